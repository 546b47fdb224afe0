# Containers changed while they are iterated or sorted: CPython's
# RuntimeError/ValueError, or the result CPython gives when it has no check.
from collections import deque


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)


def dict_grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def dict_shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
def dict_keys_changed():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
def dict_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[v + 10] = 0
def dict_items():
    d = {1: 1, 2: 2}
    for kv in d.items():
        d.pop(kv[0])
def dict_update_same():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
def set_grow():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def set_shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
def set_replace():
    s = {1, 2}
    for x in s:
        s.discard(x); s.add(x + 100)
def list_grow_bounded():
    l = [1, 2, 3]
    n = 0
    for x in l:
        if n < 5: l.append(x)
        n += 1
    return l
def list_sort_mutate():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
def list_sort_mutate_cmp():
    class K:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            lst.append(1)
            return self.v < o.v
    global lst
    lst = [K(3), K(1), K(2)]
    lst.sort()
def list_sort_clear():
    class K:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            lst2.clear()
            return self.v < o.v
    global lst2
    lst2 = [K(3), K(1), K(2)]
    lst2.sort()
    return len(lst2)
def sorted_mutate():
    l = [3, 1, 2]
    return sorted(l, key=lambda x: l.append(x) or x)
def deque_mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
def dict_comp_mutate():
    d = {1: 1}
    return {k: d.setdefault(k + 1, 0) for k in d}
def reversed_dict():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 10] = 0
def dict_iter_after():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    return list(it)
def keys_view_len():
    d = {1: 1}
    v = d.keys()
    d[2] = 2
    return len(v), sorted(v)


def reversed_dict_values():
    d = {1: 1, 2: 2}
    for v in reversed(d.values()):
        d.pop(v)


def reversed_dict_items_ok():
    d = {1: "a", 2: "b", 3: "c"}
    return list(reversed(d.items())), list(reversed(d.keys())), list(reversed(d))


def dict_error_sticks():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    return out


def set_error_sticks():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(3)
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    return out


def list_remove_while_iterating():
    l = list(range(10))
    for x in l:
        l.remove(x)
    return l


def list_insert_front_bounded():
    l = [1, 2]
    seen = []
    for x in l:
        seen.append(x)
        if len(l) < 6:
            l.insert(0, x)
    return seen


def list_sort_raises_in_key():
    l = [3, 1, 2]

    def key(x):
        if x == 2:
            raise KeyError("key failed")
        return x

    try:
        l.sort(key=key)
    except KeyError as e:
        return repr(e), l


def list_sort_raises_in_lt():
    class K:
        def __init__(self, v):
            self.v = v

        def __lt__(self, o):
            raise TypeError("no order")

        def __repr__(self):
            return f"K({self.v})"

    l = [K(2), K(1)]
    try:
        l.sort()
    except TypeError as e:
        return repr(e), l


def deque_rotate_during():
    d = deque([1, 2, 3])
    for x in d:
        d.rotate(1)


def deque_reversed_mutate():
    d = deque([1, 2, 3])
    for x in reversed(d):
        d.appendleft(x)


for f in [dict_grow, dict_shrink, dict_keys_changed, dict_values, dict_items, dict_update_same,
          set_grow, set_shrink, set_replace, list_grow_bounded, list_sort_mutate,
          list_sort_mutate_cmp, list_sort_clear, sorted_mutate, deque_mutate,
          dict_comp_mutate, reversed_dict, dict_iter_after, keys_view_len,
          reversed_dict_values, reversed_dict_items_ok, dict_error_sticks, set_error_sticks,
          list_remove_while_iterating, list_insert_front_bounded, list_sort_raises_in_key,
          list_sort_raises_in_lt, deque_rotate_during, deque_reversed_mutate]:
    attempt(f.__name__, f)
