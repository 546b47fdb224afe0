# sequence patterns: which subjects are sequences, star captures, nesting
import collections
import collections.abc


def kind(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [a, *mid, z]:
            return f"many {a!r} {mid!r} {z!r}"


for subject in ([], [1], (1, 2), [1, 2, 3, 4], range(3), range(0), "ab", b"ab",
                bytearray(b"ab"), {1: 2}, {1, 2}, {"a": 1}.keys(), iter([1, 2]),
                collections.deque([7, 8, 9]), memoryview(b"xy") if False else None):
    print(type(subject).__name__, kind(subject))


def star_positions(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [_, _, *_]:
            return "at least two"
        case [*rest]:
            return f"rest {rest}"


for s in ([1, 0], [0, 1], [5, 6, 7], [9], (), (3, 0, 0)):
    print(s, star_positions(s))


def firsts_lasts(x):
    match x:
        case [first, *_, last]:
            return first, last
        case [first, second, *_]:
            return first, second
    return None


print(firsts_lasts([1, 2, 3, 4, 5]), firsts_lasts((1, 2)), firsts_lasts([1]))
print(firsts_lasts(range(10, 20)))


# star capture always builds a list
match (1, 2, 3):
    case (x, *ys):
        print(x, ys, type(ys).__name__)
match "abc":
    case [*chars]:
        print("str matched?!", chars)
    case str() as s:
        print("str is not a sequence here:", s)


# nested sequences
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, b), *others] if others:
            return f"pair {a},{b} then {len(others)}"
        case [[*inner]]:
            return f"single inner {inner}"
        case _:
            return "no"


print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested([[5, 6, 7]]), nested([1]))


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


print(kind(MySeq()), kind(MySeq(1)), kind(MySeq(1, 2, 3)))
match MySeq(10, 20, 30, 40):
    case [a, *_, b]:
        print("subscr path", a, b)


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)


print(kind(Registered(1, 2)))
collections.abc.Sequence.register(Registered)
print(kind(Registered(1, 2)))


class SubList(list):
    pass


class SubStr(str):
    pass


print(kind(SubList([4, 5])), kind(SubStr("xy")))


# length is checked before unpacking; the subject is iterated once
class Counting(list):
    def __iter__(self):
        print("  iter called")
        return super().__iter__()


match Counting([1, 2, 3]):
    case [a, b]:
        print("two?")
    case [a, b, c]:
        print("three", a, b, c)

# literals inside sequences
match [1, "x", None, True]:
    case [1, "x", None, True]:
        print("literal sequence matched")
match [1.0, 2]:
    case [1, 2]:
        print("1.0 == 1 in sequence")
