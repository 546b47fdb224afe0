# Self-referencing containers print with [...] / {...}; containers nested
# deeper than the recursion limit raise RecursionError from repr and from
# comparisons (CPython's " while getting the repr of an object" and
# " in comparison"), never a native stack overflow or a wrong answer.
import sys
from collections import OrderedDict, deque

l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
ll = [l, l, [l]]
print(ll)
t = (l, d)
print(t)
s = {"k": [d]}
s["k"].append(s)
print(s)
od = OrderedDict()
od["x"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
print(l == l, d == d)
a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nested_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def nested_dict(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r if isinstance(r, bool) else len(r))
    except RecursionError as e:
        print(name, type(e).__name__, e)


for n in (500, 2000, 100000):
    p, q = nested_list(n), nested_list(n)
    attempt(f"list {n} ==", lambda: p == q)
    attempt(f"list {n} <", lambda: p < q)
    attempt(f"list {n} repr", lambda: repr(p))
    attempt(f"list {n} str", lambda: str(p))
    tp, tq = nested_tuple(n), nested_tuple(n)
    attempt(f"tuple {n} ==", lambda: tp == tq)
    attempt(f"tuple {n} repr", lambda: repr(tp))
    dp, dq2 = nested_dict(n), nested_dict(n)
    attempt(f"dict {n} ==", lambda: dp == dq2)
    attempt(f"dict {n} repr", lambda: repr(dp))
    attempt(f"list {n} in", lambda: nested_list(n) in [p])

# The limit is respected when raised.
sys.setrecursionlimit(5000)
p, q = nested_list(3000), nested_list(3000)
attempt("list 3000 == at limit 5000", lambda: p == q)
attempt("list 3000 repr at limit 5000", lambda: repr(p))
sys.setrecursionlimit(1000)
attempt("list 3000 == at limit 1000", lambda: p == q)
print("done")
