# implicit and explicit line joins
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",   # comment inside
    "c",
]
print(items)
value = 1 + \
    2 + \
    3
print(value)
def f(a,
      b=2,
      *args,
      **kw):
    return a + b
print(f(1,
        3))
if (total > 5 and
        value > 5):
    print("both")
s = ("implicit "
     "string "
     'concatenation')
print(s)
x = {
    "k": [1,
          2],
}
print(x)
print("semi"); print("colons")
