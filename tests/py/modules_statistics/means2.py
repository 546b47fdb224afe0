from fractions import Fraction as F
import statistics as st

for d in [[2, 4], [40, 60], [5], [F(1), F(2)], [1.5, 2.5, 10], [1, 0], [0.5], [F(5, 3)],
          [2, 8], [1, 3, 9], [4.5, 4.5]]:
    for f in (st.harmonic_mean, st.geometric_mean):
        try:
            v = f(d)
            print(f.__name__, d, type(v).__name__, repr(v))
        except Exception as e:
            print(f.__name__, d, type(e).__name__, e)
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.harmonic_mean([F(1), F(3)], [1, F(1, 2)])))
print(repr(st.harmonic_mean(iter([1, 2, 4]), iter([1, 1, 2]))), repr(st.harmonic_mean([2.5, 3], [0, 1])))
print(repr(st.geometric_mean(iter([54, 24, 36]))), repr(st.geometric_mean([F(1, 2), 8])))
for e in ['st.harmonic_mean([])', 'st.harmonic_mean([-1])', 'st.harmonic_mean(["a"])',
          'st.harmonic_mean([1, -1])', 'st.harmonic_mean([1,2],[1])', 'st.harmonic_mean([1,2],[0,0])',
          'st.harmonic_mean([1,2],[-1,2])', 'st.geometric_mean([])', 'st.geometric_mean([0])',
          'st.geometric_mean([1, -2])']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
