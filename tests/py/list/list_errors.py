# list errors
a = [1, 2, 3]
cases = [
    lambda: a[3],
    lambda: a[-4],
    lambda: [].pop(),
    lambda: a.pop(10),
    lambda: a.remove(99),
    lambda: a.index(99),
    lambda: a["0"],
    lambda: a + (4,),
    lambda: a * [],
    lambda: a.insert(1),
    lambda: a.append(1, 2),
    lambda: [1, "a"].sort(),
    lambda: sorted([None, 1]),
    lambda: [1] < ["a"],
    lambda: a.foo,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: list(5),
    lambda: a.index(1, 1),
    lambda: max([]),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
