# float comparisons including nan in containers
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan is nan)
n2 = float("nan")
print([n2] == [nan], {nan: 1}.get(nan), {nan: 1}.get(n2))
print(sorted([3.0, 1.0, 2.0]), max([1.0, 2.0, 3.0]), min(0.5, 0.25))
print(1.0 < 2, 2.0 <= 2, 3.0 > 3, -0.0 < 0.0, -0.0 == 0)
print(0.1 + 0.2 > 0.3, 1e-320 > 0, -1e-320 < 0)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(1.0 == 1 == True, 2.5 != 5 / 2)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-6))
