from fractions import Fraction as F
import statistics as st

inf, nan = float('inf'), float('nan')
datasets = [
    [1, 2, 3, 4], [1, 3], [1, 2], [2.5, 3.25, 5.75], [0.1, 0.2, 0.3], [F(1, 3), F(1, 6), F(1, 2)],
    [1, 2.5, F(1, 2)], [True, False, True], [10 ** 20, 1, -10 ** 20], [1e308, 1e308], [-1.5, 1.5],
    [1, inf], [inf, -inf], [nan, 1.0], [F(1, 2), 0.5], [3],
]
for d in datasets:
    print(d)
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high):
        try:
            v = f(d)
            print('  ', f.__name__, type(v).__name__, repr(v))
        except Exception as e:
            print('  ', f.__name__, type(e).__name__, e)
print(st.mean(x for x in [1, 2]), st.mean(iter([F(1), F(2)])), st.fmean(iter([1, 2, 4])))
print(st.fmean([1, 2, 3], [3, 2, 1]), st.fmean(iter([1, 2]), iter([1, 2])), st.fmean([1.5, 2], (0.5, 0.25)))
print(st.median([1, 3, 5, 7]), st.median([F(1), F(2)]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median(['a', 'c', 'b']), st.median_low(['b', 'a']), st.median_high(['b', 'a']))
for e in ['st.mean([])', 'st.mean([1.0, 1j])', 'st.mean(["a"])', 'st.mean([1, "a"])',
          'st.fmean([])', 'st.fmean([1,2],[1])', 'st.fmean([1,2],[0,0])', 'st.median([])',
          'st.median_low([])', 'st.median_high([])', 'st.median(["a", "b"])']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(issubclass(st.StatisticsError, ValueError))


class MyFloat(float):
    pass

v = st.mean([MyFloat(1.5), 2])
print(type(v).__name__, v)
v = st.mean([F(1), 2])
print(type(v).__name__, v)
