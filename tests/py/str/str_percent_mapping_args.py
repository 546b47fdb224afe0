# str % mapping: a keyed conversion consumes the argument; positional
# conversions then have none left.
for f in ["%(foo)s %s %(foo)s", "%s %(foo)s %(foo)s", "%(foo)s %s", "%(foo)s %(foo)s", "%s", "%s %s"]:
    try:
        print(repr(f % {"foo": 1}))
    except TypeError as e:
        print("TypeError:", e)
print(b"%(k)s" % {b"k": b"v"})
try:
    print(b"%(k)s %s" % {b"k": b"v"})
except TypeError as e:
    print("TypeError:", e)
