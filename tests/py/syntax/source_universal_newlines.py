x = "a\rb"
print(repr(x))
s = """line1
line2line3"""
print(repr(s))
exec("y = 1\r\nprint(y)\rprint(y + 1)")
