# %-formatting with mappings, widths from args and edge conversions
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in rows:
    print("%-12s|%6.2f|%4d|%8.3f" % (name, price, qty, price * qty))
print("%(a)s %(a)r %(b)05.1f" % {"a": "q", "b": 2.345})
print("%-*s|" % (5, "x"), "%*s|" % (-5, "y"), "%.*s|" % (2, "abcdef"))
print("%s" % {"k": 1}, "%s" % ((1, 2),), "%r %r" % ((1,), [2]))
print("%5.1s|%-3c|%3c|" % ("xyz", "a", "b"), "%#5x|%-#6o|" % (10, 8))
print("%.3d|%5.3d|%-+5d|" % (7, 7, 7), "%x" % -255, "%o" % -8, "%e" % 0)
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1e-5), "%.0e" % 12345, "%#.3g" % 1)
