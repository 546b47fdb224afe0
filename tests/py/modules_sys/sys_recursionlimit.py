# get/setrecursionlimit and RecursionError
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
m = measure()
print(150 < m <= 200)
sys.setrecursionlimit(5000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000))
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
