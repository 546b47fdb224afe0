# str.format with positional/keyword/attribute/index fields
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 3 + 4j))
class P:
    x = 10
    y = [7, 8]
print("{p.x} {p.y[1]} {p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{0:{1}{2}}".format(3.14159, ">", 10))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{{}} {{{}}}".format(5), "{0:{w}.{p}f}".format(2.71828, w=10, p=3))
print("{:,} {:_} {:08.3f} {:+} {:x} {:#b} {:%}".format(1234567, 1234567, 3.14159, 5, 255, 5, 0.25))
print("{0[0]}{0[1]}".format("ab"), "{[2]}".format([1, 2, 3]), "{:d}".format(True))
d = {"name": "Bob", "n": 3}
print("{name} has {n} items".format(**d), "{0}{1}".format(*"xy"))
print("{} {}".format(*[1, 2]), "{a[0]}".format(a=(9,)), "{0.__class__.__name__}".format(1.5))
print(str.format("{}", "direct"), "x".format(), "{0}{0}".format("="))
print("{:s}".format("s"), "{!s:5}|".format(12), "{}".format(b"b"))
print("{0:<{1}}|".format("ab", 5), "{:{}}".format("q", 3) + "|", "{:{}{}}".format(7, "0", 3))
print("{.imag}".format(5), "{0[-1]}".format({"-1": "neg"}), "{0[1]}".format({1: "int key"}), "{0[a b]}".format({"a b": 1}))
for fmt, a, k in (("{} {}", (1,), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                  ("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{0:}}", (1,), {})):
    try:
        print(fmt.format(*a, **k))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
