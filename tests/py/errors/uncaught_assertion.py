x = 3
print("checking", x)
assert x == 2, f"x should be 2, not {x}"
