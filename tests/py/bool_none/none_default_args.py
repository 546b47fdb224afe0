# None as sentinel default
def append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append(1), append(2), append(3, [0]))
def bad(x, lst=[]):
    lst.append(x)
    return lst
print(bad(1), bad(2), bad(3))
print(bad.__defaults__)
_missing = object()
def get(d, k, default=_missing):
    if k in d:
        return d[k]
    if default is _missing:
        raise KeyError(k)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "zz")
except KeyError as e:
    print(type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., ... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
