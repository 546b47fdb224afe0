# assorted builtin error messages that are part of the specification
tests = [
    lambda: {}.__getitem__([]),
    lambda: set([[1]]),
    lambda: frozenset([{}]),
    lambda: hash({1}),
    lambda: [1, 2, 3][1:2:0],
    lambda: "abc".index("d"),
    lambda: (1, 2).index(3),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: getattr(1, "x"),
    lambda: setattr(1, "x", 2),
    lambda: delattr(1, "real"),
    lambda: object().__dict__,
    lambda: int.nope,
    lambda: (lambda: 0).nope,
    lambda: [].nope,
    lambda: type.nope,
    lambda: 1 .real.__setattr__("x", 1),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: sorted(5),
    lambda: min(1),
    lambda: max(),
    lambda: divmod(1, "a"),
    lambda: round("x"),
    lambda: chr("a"),
    lambda: ord(1),
    lambda: ord(""),
    lambda: list.append(1, 2),
    lambda: str.join(",", "ab", "cd"),
    lambda: bytes("x", "ascii", "strict", 1),
    lambda: zip(1),
    lambda: map(1, [1]).__next__(),
    lambda: enumerate(1),
    lambda: range(1, 2, 3, 4),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
