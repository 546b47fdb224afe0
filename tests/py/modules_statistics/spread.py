from fractions import Fraction as F
import statistics as st

inf, nan = float('inf'), float('nan')
datasets = [
    [1, 2, 3, 4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.1, 0.2, 0.3, 0.4],
    [F(1, 3), F(1, 6), F(1, 2)], [1, 2.5, F(1, 2)], [1, 1, 1], [10 ** 20 + 1, 10 ** 20 + 3],
    [1e15, 1e15 + 1, 1e15 + 3], [True, False], [1.5, 1.5, 2], [1, inf], [nan, 1.0], [7],
]
for d in datasets:
    print(d)
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        try:
            v = f(d)
            print('  ', f.__name__, type(v).__name__, repr(v))
        except Exception as e:
            print('  ', f.__name__, type(e).__name__, e)
d = [1, 2, 3, 4, 6]
print(repr(st.variance(d, 3)), repr(st.variance(d, 3.2)), repr(st.pvariance(d, F(16, 5))))
print(repr(st.stdev(d, 3)), repr(st.pstdev(d, mu=3.2)), repr(st.variance(iter(d))), repr(st.pstdev(x for x in d)))
print(repr(st.pvariance([F(1, 4), F(5, 4), F(1, 2)])), repr(st.pstdev([0.1] * 5)), repr(st.stdev([2, 2])))
for e in ['st.variance([1])', 'st.variance([])', 'st.pvariance([])', 'st.stdev([1])',
          'st.pstdev([])', 'st.variance(["a", "b"])', 'st.variance([1, 1j])']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
