# less common distributions, randbytes-free state round trips, Random subclass-free API
import random
r = random.Random(11)
print([round(r.betavariate(2, 3), 10) for _ in range(3)])
print([round(r.gammavariate(0.5, 2), 10) for _ in range(2)], [round(r.gammavariate(3, 1), 10) for _ in range(2)])
print([round(r.normalvariate(5, 2), 10) for _ in range(3)], [round(r.lognormvariate(0, 0.5), 10) for _ in range(2)])
print([round(r.vonmisesvariate(1, 4), 10) for _ in range(2)], [round(r.paretovariate(3), 10) for _ in range(2)], [round(r.weibullvariate(1, 2), 10) for _ in range(2)])
st = r.getstate()
print(st[0], len(st[1]), st[2])
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
r.seed(3.5)
print(r.random())
r.seed(True)
print(r.random(), r.getrandbits(0), r.randrange(0, 100, 7))
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    r.sample({1, 2}, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    r.choices("ab", [1, 1], cum_weights=[1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
