# Recursion that goes through native slots (no Python frame per level)
# raises RecursionError instead of overflowing the native stack.
import sys


class ReprIsStr:
    pass


ReprIsStr.__repr__ = ReprIsStr.__str__
try:
    str(ReprIsStr())
except RecursionError as e:
    print("str/repr loop:", type(e).__name__)


class SelfCaller:
    pass


sc = SelfCaller()
SelfCaller.__call__ = sc
try:
    sc()
except RecursionError as e:
    print("__call__ loop:", e)


class Deep:
    def __repr__(self):
        return repr(self)


try:
    repr(Deep())
except RecursionError:
    print("__repr__ recursion caught")


def plain(n):
    return n if n == 0 else plain(n - 1)


# Deep Python recursion within a raised limit works, and the limit holds.
sys.setrecursionlimit(20000)
print(plain(15000))
sys.setrecursionlimit(1000)
try:
    plain(5000)
except RecursionError as e:
    print("limit:", e)


# After catching, the program goes on normally.
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


print(count(0) > 500)
print("still running")
