import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(repr(st.covariance(x, y)), repr(st.covariance(z, x)), repr(st.covariance(z, y)))
print(repr(st.correlation(x, x)), repr(st.correlation(x, z)), repr(st.correlation(x, y)))
print(repr(st.covariance([0.1, 0.7, 2.2], [1.5, -0.3, 4.25])), repr(st.correlation([0.1, 0.7, 2.2], [1.5, -0.3, 4.25])))
r = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(r, type(r).__name__, r.slope, r.intercept, r._fields)
print(st.linear_regression(x, y), st.linear_regression([0.5, 1.5, 4], [1.1, 3.2, 7.9]))
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
for e in ['st.linear_regression([1],[2])', 'st.linear_regression([1,2],[2])', 'st.linear_regression([1,1],[2,3])',
          'st.linear_regression([0,0],[2,3], proportional=True)',
          'st.correlation([1,1],[2,3])', 'st.covariance([1],[1])', 'st.covariance([1,2],[1])',
          'st.correlation([1],[1])', 'st.correlation([1,2],[1])', 'st.linear_regression([1,2],[3,4],True)']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
