# format_map and __format__ dispatch
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a="A")))
print("{x:>5}|".format_map({"x": "r"}))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$%.2f" % self.v
        if spec.endswith("k"):
            return "$%.1fk" % (self.v / 1000)
        return format(self.v, spec)
m = Money(12345.678)
print(format(m), f"{m}", f"{m:k}", "{:>12.1f}".format(m), "{0:k}".format(m))
class NoFormat:
    def __str__(self):
        return "NoFormat-str"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

