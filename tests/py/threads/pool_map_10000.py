# ThreadPoolExecutor.map over 10,000 tasks: the results come back complete,
# in order, with the exact sum.
import concurrent.futures as cf

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(lambda x: x * x % 1000, range(10000)))
print(len(results), sum(results), sum(x * x % 1000 for x in range(10000)))
print(results == [x * x % 1000 for x in range(10000)])
