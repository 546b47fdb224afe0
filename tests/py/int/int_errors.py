# TypeErrors from int operations
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - [],
    lambda: 2 * None,
    lambda: 5 / "2",
    lambda: 5 // {},
    lambda: 5 % (),
    lambda: 2 ** "3",
    lambda: 1 < "2",
    lambda: 1 >= None,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 & 1.0,
    lambda: 1 << 2.0,
    lambda: [] > 1,
    lambda: len(5),
    lambda: 5(),
    lambda: 5[0],
    lambda: 5.0[0],
    lambda: (5).foo,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    x = 5
    x += "a"
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("abc" * 2, 2 * "abc", [0] * 3, 3 * (1,), "x" * 0, "x" * -3)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__ + ":", e)
