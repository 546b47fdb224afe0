# printf-style formatting
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %g %G %.3g" % (12345.678, 12345.678, 12345.678, 0.00001234, 1e20, 2.0 / 3))
print("%f %.2f %10.3f|%-10.1f|%010.2f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print("%c%c%c" % (72, "i", 0x1F600), "%%", "100%% sure" % ())
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%d" % 3.99, "%d" % True, "%x" % 2**70)
print("%s" % "single", "%r" % 2.5, "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%i%%" % 50, "%.0f %.0f" % (0.5, 1.5), "%#.0f" % 1, "%+.1e" % -0.0)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%b" % b"x", b"%5s|" % b"ab")
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab"), ("%x", 1.5), ("%(a)s", {})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
