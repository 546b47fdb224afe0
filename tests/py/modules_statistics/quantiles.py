from fractions import Fraction as F
import statistics as st

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129]
print([round(q, 1) for q in st.quantiles(data, n=10)])
for d in [[1, 2], [1, 2, 3, 4, 5], [2.5, 1.0, 7.25], [F(1, 3), F(2, 3), 1], [1, 3]]:
    for n in (1, 2, 3, 4, 7):
        print(d, n, st.quantiles(d, n=n), st.quantiles(d, n=n, method='inclusive'))
print(st.quantiles(iter(range(10)), n=5))
for e in ['st.quantiles([1])', 'st.quantiles([])', 'st.quantiles([1,2], n=0)', 'st.quantiles([1,2], method="x")',
          'st.quantiles([1,2], 4)']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
