# or-patterns, as-patterns, guards, value patterns, and match in every scope
class Shade:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Shade {self.name}>"


class Color:
    RED = Shade("RED")
    GREEN = Shade("GREEN")


class Const:
    LIMIT = 10


def classify(v):
    match v:
        case Color.RED | Color.GREEN as c:
            return f"color {c.name}"
        case Const.LIMIT:
            return "the limit"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"has zero, other {x}"
        case (a, b) | {"a": a, "b": b} | [a, b, _]:
            return f"a={a} b={b}"
        case -1 | -2.5 | 3j | 1 + 2j | -1 - 1j:
            return f"odd literal {v!r}"
        case "x" "y":
            return "concatenated literal"
        case _:
            return "nothing"


for v in (Color.RED, Color.GREEN, 10, 0, 2, [5, 0], [0, 6], (1, 2), {"a": 3, "b": 4},
          [7, 8, 9], -1, -2.5, 3j, 1 + 2j, -1 - 1j, "xy", 99):
    print(repr(v), "->", classify(v))


# singletons compare by identity
for v in (True, 1, 1.0, False, 0, None):
    match v:
        case True:
            r = "is True"
        case False:
            r = "is False"
        case None:
            r = "is None"
        case 1:
            r = "== 1"
        case _:
            r = "== 0"
    print(repr(v), r)


# guards: evaluated after binding; a failed guard leaves the names bound
def guard_order(v):
    calls = []

    def g(tag, result):
        calls.append(tag)
        return result

    match v:
        case [x, y] if g("first", x > y):
            res = "desc"
        case [x, y] if g("second", x == y):
            res = "equal"
        case [x, y]:
            res = "asc"
        case _:
            res = "?"
    return res, calls, x, y


print(guard_order([2, 1]), guard_order([1, 1]), guard_order([1, 2]))


# bindings survive a failed later sub-pattern (CPython stores only on success)
z = "unset"
match [1, 2]:
    case [z, 3]:
        pass
print("z after failed match:", z)

# as-patterns at several levels
match [1, [2, 3]]:
    case [int() as a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)

# or-pattern binding the same names in different orders
for v in ([1, "a"], ["b", 2]):
    match v:
        case [int(n), str(s)] | [str(s), int(n)]:
            print("n", n, "s", s)

# nested or inside sequence and class
match (3, (4, 5)):
    case (1 | 3, (4 | 5, 5 | 6) as t):
        print("nested or", t)

# match in a closure, capturing into a cell
def outer(v):
    match v:
        case [a, *rest]:
            pass
        case _:
            a, rest = None, None

    def inner():
        return a, rest

    return inner()


print(outer([1, 2, 3]), outer("no"))


# match in a class body and at module level
class Body:
    match {"size": 3}:
        case {"size": size}:
            doubled = size * 2


print(Body.size, Body.doubled)


# control flow inside cases
def loop(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return out + ["negative"]
            case other:
                out.append(other)
    return out


print(loop([1, "skip", 2, "stop", 3]), loop([1, -1, 2]))


# generator with match
def gen(xs):
    for x in xs:
        match x:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield str(x)


print(list(gen([("a", 1), 2, ("b", 3)])))

# the subject is evaluated once
def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [1]:
        pass
    case [1, 3]:
        pass
    case [_, two]:
        print("two =", two)

# exceptions inside a case body, and try around match
try:
    match 5:
        case int(n):
            raise ValueError(n)
except ValueError as e:
    print("raised from case:", e)

# walrus in guard and match inside comprehension-using function
match 10:
    case n if (half := n // 2) > 3:
        print("half", half)
print([r for r in (classify(i) for i in range(4))])
