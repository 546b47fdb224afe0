# isinstance/issubclass search nested tuples recursively; CPython enters a
# recursion level per tuple (" in __instancecheck__" / " in
# __subclasscheck__"), so very deep nesting raises RecursionError with that
# suffix instead of recursing on the native stack, and shallow nesting works.


def show(label, fn):
    try:
        print(label, fn())
    except RecursionError as e:
        print(label, type(e).__name__, str(e))


def nest(inner, depth):
    t = inner
    for _ in range(depth):
        t = (t,)
    return t


deep = nest((), 100000)
show("isinstance deep", lambda: isinstance(1, deep))
show("issubclass deep", lambda: issubclass(int, deep))
deep_int = nest((int,), 5000)
show("isinstance deep, match inside", lambda: isinstance(1, deep_int))
show("issubclass deep, match inside", lambda: issubclass(bool, deep_int))
shallow = nest((str, int), 300)
show("isinstance 300", lambda: isinstance(1, shallow))
show("isinstance 300 no match", lambda: isinstance(1.5, shallow))
show("issubclass 300", lambda: issubclass(bool, shallow))
show("issubclass 300 no match", lambda: issubclass(float, shallow))
# An exact type match is found before the tuple is searched.
show("exact type first", lambda: isinstance(1, (int, deep)))
show("match before the deep item", lambda: isinstance(1, (str, int, deep)))
show("deep item first", lambda: isinstance(1, (deep, int)))
show("union in a tuple", lambda: isinstance(1, nest((str | int,), 100)))
print("done")
