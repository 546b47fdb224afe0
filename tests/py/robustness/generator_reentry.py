# Re-entering a running generator or coroutine, and closing, throwing into
# or sending to finished and unstarted ones, as in CPython 3.11.
def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)

def reenter():
    def g():
        yield next(it)
    it = g()
    return next(it)
def reenter_send():
    def g():
        x = yield 1
        yield it.send(5)
    global it
    it = g()
    next(it)
    return it.send(2)
def throw_running():
    def g():
        yield it2.throw(ValueError("x"))
    global it2
    it2 = g()
    return next(it2)
def close_running():
    def g():
        it3.close()
        yield 1
    global it3
    it3 = g()
    return next(it3)
def finished():
    def g():
        yield 1
    it = g()
    list(it)
    out = []
    out.append(it.close())
    try:
        it.throw(KeyError("k"))
    except KeyError as e:
        out.append(repr(e))
    try:
        next(it)
    except StopIteration:
        out.append("stop")
    try:
        it.send(None)
    except StopIteration:
        out.append("stop2")
    return out
def unstarted_send():
    def g():
        yield 1
    it = g()
    it.send(5)
def unstarted_throw():
    def g():
        try:
            yield 1
        except Exception:
            yield 2
    it = g()
    try:
        it.throw(ValueError("v"))
    except ValueError as e:
        return repr(e), it.gi_frame is None
def close_ignored():
    def g():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    it = g()
    next(it)
    it.close()
def close_raises():
    def g():
        try:
            yield 1
        finally:
            raise KeyError("in finally")
    it = g()
    next(it)
    it.close()
def close_returns():
    def g():
        try:
            yield 1
        except GeneratorExit:
            return 5
    it = g()
    next(it)
    return it.close()
def stopiter_inside():
    def g():
        yield 1
        raise StopIteration("x")
    return list(g())
def throw_type():
    def g():
        yield 1
    it = g()
    next(it)
    it.throw(ValueError, ValueError("a"), None)
def throw_bad():
    def g():
        yield 1
    it = g()
    it.throw(1)
def throw_instance_and_value():
    def g():
        yield 1
    it = g()
    it.throw(ValueError("a"), 5)
def gen_running_attr():
    def g():
        yield it4.gi_running
    global it4
    it4 = g()
    return next(it4), it4.gi_running
def yield_from_self():
    def g():
        yield from it5
    global it5
    it5 = g()
    return next(it5)
def coroutine_reenter():
    async def c():
        co.send(None)
    global co
    co = c()
    co.send(None)
def coroutine_reuse():
    async def c():
        return 1
    x = c()
    try:
        x.send(None)
    except StopIteration as e:
        pass
    x.send(None)
def genexp_reenter():
    global ge
    ge = (next(ge) for i in range(3))
    return next(ge)
for f in [reenter, reenter_send, throw_running, close_running, finished, unstarted_send, unstarted_throw,
          close_ignored, close_raises, close_returns, stopiter_inside, throw_type, throw_bad,
          throw_instance_and_value, gen_running_attr, yield_from_self, coroutine_reenter, coroutine_reuse,
          genexp_reenter]:
    attempt(f.__name__, f)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 1


try:
    print(next(deep(100000)))
except RecursionError as e:
    print("deep yield from:", type(e).__name__, e)
print(next(deep(500)))
