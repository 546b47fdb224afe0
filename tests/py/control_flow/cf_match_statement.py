# structural pattern matching
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello":
            return "greeting"
        case str(s):
            return f"string of length {len(s)}"
        case []:
            return "empty list"
        case [a]:
            return f"one element {a}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"type {t} with {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"
for v in (0, 2, -7, 3.5, 100, "hello", "abc", [], [1], [1, 2], [1, 2, 3], (4, 5), {"type": "point", "x": 1, "y": 2}, {"type": "t", "a": 1, "b": 2}, None, {1, 2}):
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
print([where(p) for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 42)])
def literal_kinds(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case "x" | b"x":
            return "x-ish"
        case (1, *_):
            return "tuple starting with 1"
        case _:
            return "default"
print([literal_kinds(v) for v in (True, 1, 1.0, "x", b"x", (1, 9), [1], "y")])
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("captured", x)
