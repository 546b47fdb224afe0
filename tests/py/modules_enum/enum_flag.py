from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, format(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(list(rw), list(Perm), len(rw), len(Perm))
print(Perm.R in rw, Perm.X in rw, rw in rw, Perm(0) in rw)
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm.R & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(7)), repr(Perm(5)), Perm(6) is rw)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in rw
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), list(Color.__members__), repr(Color.WHITE), repr(Color.RED | Color.GREEN))
print([m.value for m in Color.__members__.values()], list(Color.WHITE))


class Perm2(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm2.R | Perm2.W), str(Perm2.R | Perm2.W), format(Perm2.R), Perm2.R | 1)
print(repr(Perm2(8)), repr(Perm2.R | 8), repr(~Perm2.R), Perm2.R + 1, Perm2.R == 4)
print(isinstance(Perm2.R | Perm2.W, Perm2), isinstance(Perm2.R | 2, int), repr(Perm2.R & 6))
print(repr(Perm2(0)), list(Perm2.R | Perm2.X), 4 & Perm2.R, repr(1 | Perm2.R))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), repr(Eject(3)))
print(list(FlagBoundary), STRICT, repr(KEEP))


class Unordered(Flag):
    B = 2
    A = 1
    C = 4


print(list(Unordered), list(Unordered(7)))
