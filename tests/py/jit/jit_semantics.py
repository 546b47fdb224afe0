# Functions hot enough to be compiled (called past the JIT threshold), then
# checked on the paths where compiled code hands over to the interpreter:
# raised exceptions, tracebacks, handlers, unbound locals, instructions the
# compiler leaves to the interpreter, and the inline small-int fast paths at
# their overflow boundaries.
import sys
import traceback

N = 3000


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def lt(a, b):
    if a < b:
        return "lt"
    return "ge"


def is_none(x):
    if x is None:
        return 1
    return 0


def unpack(x):
    a, b = x
    return b, a


def loop(n):
    t = 0
    for i in range(n):
        t += i
    return t


def truth(x):
    if x:
        return True
    return False


for i in range(N):
    add(i, 1)
    sub(i, 1)
    lt(i, 5)
    is_none(i)
    unpack((i, i))
    truth(i)
    loop(3)

# Small-int overflow into big ints, and the generic paths.
big = (1 << 62) - 1
print(add(big, 1), add(-big - 1, -1), sub(-big - 1, 1), sub(big, -1))
print(add(1.5, 2), add("a", "b"), add([1], [2]), sub(2.5, 1))
print(lt(1, 2), lt(2, 1), lt(1.0, 2), lt("a", "b"), lt((1 << 70), 5))
print(is_none(None), is_none(0), unpack([1, 2]), unpack("xy"), loop(10))
print(truth(0), truth(3), truth([]), truth([0]), truth(None), truth(""), truth(0.0))


class Bad:
    def __bool__(self):
        raise ValueError("no bool")

    def __lt__(self, other):
        raise TypeError("no lt")


for thing in [Bad(), (1, 2, 3), 5]:
    for f in (truth, unpack):
        try:
            f(thing)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    lt(Bad(), 1)
except TypeError as e:
    print("lt", e)
try:
    add(1, "x")
except TypeError as e:
    print("add", e)


def raiser(x):
    if x > N:
        raise KeyError(x)
    return x


def calls_raiser(x):
    y = raiser(x)
    return y + 1


for i in range(N):
    calls_raiser(i)
try:
    calls_raiser(N + 1)
except KeyError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if l.strip().startswith("File")].__len__())
    print("\n".join(l.split(", ", 1)[1] for l in tb if l.strip().startswith("File")))


def handler(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
    finally:
        pass


print(sum(handler(i) for i in range(-5, 6)) + sum(handler(0) for _ in range(N)))


def maybe_unbound(flag):
    if flag:
        v = 1
    return v


for i in range(N):
    maybe_unbound(True)
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    print(e)


def with_closure(n):
    acc = []

    def push(x):
        acc.append(x)

    for i in range(n):
        push(i * 2)
    return acc


for i in range(N):
    with_closure(2)
print(with_closure(5))


def kw(a, b=2, *, c=3):
    return a * 100 + b * 10 + c


def calls_kw(i):
    return kw(i, c=1) + kw(a=i, b=0)


print(sum(calls_kw(i) for i in range(N)))


def line_of_caller():
    return sys._getframe(1).f_lineno


def caller():
    x = 1
    return line_of_caller() - x


print(len({caller() for _ in range(N)}))


def generator_user(n):
    return sum(x for x in range(n))


def builds(i):
    d = {"k": i}
    s = f"{i}-{d['k']}"
    return [i, s][1:]


print(sum(generator_user(i) for i in range(200)), [builds(i) for i in range(N)][-1])


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


for i in range(N // 10):
    deep(5)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)


G = 0


def set_global(v):
    global G
    G = v
    return G


print(sum(set_global(i) for i in range(N)), G)
