# bisect
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 4, 5, 9, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=5))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, lo=-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
