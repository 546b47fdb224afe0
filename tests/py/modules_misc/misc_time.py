# time module: only properties that are deterministic
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0)
time.sleep(0.001)
t2 = time.time()
m2 = time.monotonic()
p2 = time.perf_counter()
print(type(t1).__name__, t1 > 1_600_000_000, t2 >= t1, m2 >= m1, p2 >= p1, p2 - p1 >= 0.0005)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10 ** 9, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6])
g2 = time.gmtime(1_000_000_000)
print(tuple(g2)[:6], time.strftime("%Y-%m-%d %H:%M:%S", g2))
print(time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
