print("line 1 would print if this compiled")
for i in range(3):
    print(i)
x = [1, 2, 3
y = 4
