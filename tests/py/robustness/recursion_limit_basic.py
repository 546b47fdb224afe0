# Unbounded Python recursion raises RecursionError, which can be caught; the
# program goes on and can recurse again.  sys.setrecursionlimit checks.
import sys


def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)


def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


print("depth reached:", count(0))
print("again:", count(0))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), "depth reached:", count(0))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), "depth reached:", count(0))
sys.setrecursionlimit(1000)


def set_limit_at_depth(n, limit):
    if n:
        return set_limit_at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        print("set to", limit)
    except RecursionError as e:
        print(type(e).__name__, e)


set_limit_at_depth(50, 10)
set_limit_at_depth(50, 53)
set_limit_at_depth(50, 54)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(type(e).__name__, e)
for bad in (0, -1, -(10**30)):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "10", None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(10**30)
except OverflowError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())


# A generator that recurses through itself.
def gen(n):
    yield from gen(n + 1)


try:
    next(gen(0))
except RecursionError as e:
    print("generator:", e)

# Recursion in a class body / lambda / comprehension.
f = lambda n: f(n + 1)  # noqa: E731
try:
    f(0)
except RecursionError as e:
    print("lambda:", e)


def comp(n):
    return [comp(n + 1) for _ in range(1)]


try:
    comp(0)
except RecursionError as e:
    # CPython's message here depends on which internal check trips first.
    print("comprehension:", type(e).__name__)

# Exceptions raised while handling a RecursionError.
def handler_recurses(n):
    try:
        return handler_recurses(n + 1)
    except RecursionError:
        raise ValueError(n > 100)


try:
    handler_recurses(0)
except ValueError as e:
    print("handler:", e)
print("still running", count(0))
