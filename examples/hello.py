# The smallest Taipan example: print a greeting, then a little arithmetic and a loop.

print("Hello, world!")

name = "Taipan"
print(f"{name} runs Python {3}.{11} programs.")

squares = [n * n for n in range(1, 6)]
print("squares:", squares, "sum:", sum(squares))

for word in ("fast", "small", "safe"):
    print(word.upper().center(9, "*"))
