from fractions import Fraction as F
import statistics as st

for d in [[1, 1, 2, 3, 3, 3, 3, 4], ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'],
          'aabbbbccddddeeffffgg', [1, 2, 2, 1], [3.5], [1, 1.0, True, 2, 2]]:
    print(repr(st.mode(d)), st.multimode(d))
print(st.multimode(''), st.multimode(iter([4, 4, 5])))
try:
    st.mode([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
for d, i in [([52, 52, 53, 54], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([1, 3, 3, 5, 7], 1),
             ([1, 3, 3, 5, 7], 2), ([1], 1), ([1, 2, 3, 4], 2), ([F(1), F(2)], F(1, 2)),
             ([2.5, 2.5, 3.5], 0.5), ([F(7, 5), F(1, 3), F(-2)], 1), ([5, 5, 5, 5], 10)]:
    v = st.median_grouped(d, i)
    print(d, i, type(v).__name__, repr(v))
print(repr(st.median_grouped([1, 2, 3])), repr(st.median_grouped([3, 1, 2, 2])))
for e in ['st.median_grouped([])', 'st.median_grouped(["a","b"])', 'st.median_grouped([1, 2], "x")']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
