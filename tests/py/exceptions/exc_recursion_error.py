# deep recursion raises RecursionError which can be caught
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print(d > 100, d < sys.getrecursionlimit() + 10)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
print("still alive", down.__name__)
