"""Statistics of numeric data.

Averages (mean, fmean, geometric_mean, harmonic_mean, median,
median_low, median_high, median_grouped, mode, multimode), spread
(pvariance, variance, pstdev, stdev), quantiles and the bivariate
covariance, correlation and linear_regression.

Written for Taipan from the Python 3.11 documentation; CPython was used
only as a black-box oracle for results and messages.  Sums of int,
Fraction and float data are computed exactly (as fractions) and converted
once to the type of the data.
"""

import math
import numbers
from bisect import bisect_left, bisect_right
from collections import namedtuple
from fractions import Fraction

__all__ = [
    'StatisticsError',
    'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
    'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles',
    'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact accumulation

def _as_ratio(x):
    """(numerator, denominator) of a number; denominator 0 flags a NaN or an
    infinity, whose float value is then the numerator."""
    kind = type(x)
    if kind is int:
        return x, 1
    if kind is float or isinstance(x, float):
        if x - x != 0.0:  # inf or nan
            return float(x), 0
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


# Families of numeric types ordered by how a mix of them is reported:
# ints give way to fractions, which give way to floats.
def _family(kind):
    if issubclass(kind, int):
        return 0
    if issubclass(kind, float):
        return 2
    return 1


def _result_type(kinds):
    """The type in which a result computed from values of the given types
    is returned."""
    chosen = int
    for kind in kinds:
        if kind is chosen or kind is int or kind is bool:
            continue
        if chosen is int:
            chosen = kind
            continue
        if issubclass(kind, chosen):
            chosen = kind
            continue
        if issubclass(chosen, kind):
            continue
        mine, theirs = _family(chosen), _family(kind)
        if theirs > mine:
            chosen = kind
        elif theirs == mine and mine != 0:
            raise TypeError("don't know how to coerce %s and %s"
                            % (chosen.__name__, kind.__name__))
    return chosen


class _Tally:
    """Exact running sums of values (and optionally of their squares)."""

    __slots__ = ('count', 'kinds', 'by_den', 'squares', 'special', 'want_squares')

    def __init__(self, want_squares=False):
        self.count = 0
        self.kinds = {}
        self.by_den = {}
        self.squares = {}
        self.special = None
        self.want_squares = want_squares

    def add_all(self, values):
        by_den = self.by_den
        squares = self.squares
        kinds = self.kinds
        want = self.want_squares
        count = 0
        for x in values:
            kinds[type(x)] = None
            n, d = _as_ratio(x)
            count += 1
            if d == 0:
                self.special = n if self.special is None else self.special + n
                continue
            by_den[d] = by_den.get(d, 0) + n
            if want:
                dd = d * d
                squares[dd] = squares.get(dd, 0) + n * n
        self.count += count
        return self

    def kind(self):
        return _result_type(self.kinds)

    def total(self):
        """The exact sum as a Fraction, or a float for NaN/infinite data."""
        if self.special is not None:
            return self.special
        return _sum_groups(self.by_den)

    def sum_of_squares(self):
        return _sum_groups(self.squares)


def _sum_groups(groups):
    num, den = 0, 1
    for d, n in groups.items():
        num = num * d + n * den
        den *= d
    return Fraction(num, den)


def _to_type(value, kind):
    """Convert an exact (or special float) result to the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_ratio(num, den):
    """The float nearest to sqrt(num/den), for num >= 0 and den > 0."""
    if num <= 0:
        return 0.0
    # Scale by 4**k so that the integer square root carries at least 55
    # significant bits, then mark an inexact root with a sticky low bit so
    # that int -> float rounds correctly.
    k = max(0, (110 - num.bit_length() + den.bit_length()) // 2 + 1)
    scaled, rest = divmod(num << (2 * k), den)
    root = math.isqrt(scaled)
    if rest or root * root != scaled:
        root |= 1
    return math.ldexp(float(root), -k)


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Arithmetic mean of the data, computed exactly and returned in the
    data's type."""
    tally = _Tally().add_all(data)
    if tally.count < 1:
        raise StatisticsError('mean requires at least one data point')
    kind = tally.kind()
    return _to_type(tally.total() / tally.count, kind)


def fmean(data, weights=None):
    """Arithmetic mean of the data as a float, optionally weighted."""
    if weights is None:
        if not hasattr(data, '__len__'):
            data = list(data)
        total = math.fsum(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(data, '__len__'):
        data = list(data)
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    top = math.fsum([x * w for x, w in zip(data, weights)])
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    problem = ('geometric mean requires a non-empty dataset '
               'containing positive numbers')
    logs = []
    for x in data:
        try:
            logs.append(math.log(x))
        except ValueError:
            raise StatisticsError(problem) from None
    if not logs:
        raise StatisticsError(problem)
    return math.exp(math.fsum(logs) / len(logs))


def _non_negative(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if isinstance(only, numbers.Real):
            if only < 0:
                raise StatisticsError(negative)
            return only
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _Tally().add_all(_non_negative(weights, negative)).total()
    try:
        tally = _Tally().add_all(w / x if w else 0 for w, x in
                                 zip(weights, _non_negative(data, negative)))
    except ZeroDivisionError:
        return 0
    total = tally.total()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / total, tally.kind())


def median(data):
    """Middle value of the data; the average of the two middle values
    when their number is even."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The smaller middle value of the data."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[(n - 1) // 2]


def median_high(data):
    """The larger middle value of the data."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2]


def median_grouped(data, interval=1):
    """Median of continuous data grouped in classes `interval` wide,
    by interpolation within the class holding the middle value."""
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    middle = ordered[n // 2]
    below = bisect_left(ordered, middle)
    same = bisect_right(ordered, middle, below) - below
    try:
        width = float(interval)
        lower = float(middle) - width / 2
    except (TypeError, ValueError):
        raise TypeError('Value cannot be converted to a float') from None
    return lower + width * (n / 2 - below) / same


def mode(data):
    """Most frequent value of the data (the first one seen on a tie)."""
    counts = _count(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best_value, best_count = None, 0
    for value, c in counts.items():
        if c > best_count:
            best_value, best_count = value, c
    return best_value


def multimode(data):
    """List of the most frequent values, in order of first appearance."""
    counts = _count(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def _count(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n intervals of equal
    probability ('exclusive' or 'inclusive' of the data's extremes)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            pos, frac = divmod(i * span, n)
            cuts.append((ordered[pos] * (n - frac) + ordered[pos + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            pos = min(max(i * span // n, 1), size - 1)
            frac = i * span - pos * n
            cuts.append((ordered[pos - 1] * (n - frac) + ordered[pos] * frac) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Spread

def _deviation_sums(data, centre):
    """(result type, exact sum of squared deviations, count)."""
    if centre is not None:
        tally = _Tally().add_all((x - centre) * (x - centre) for x in data)
        return tally.kind(), tally.total(), tally.count
    tally = _Tally(want_squares=True).add_all(data)
    n = tally.count
    kind = tally.kind()
    if tally.special is not None:
        return kind, tally.special, n
    if n == 0:
        return kind, Fraction(0), 0
    s = tally.total()
    return kind, tally.sum_of_squares() - s * s / n, n


def variance(data, xbar=None):
    """Sample variance (divided by n - 1); xbar is the mean if known."""
    kind, squares, n = _deviation_sums(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(squares / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divided by n); mu is the mean if known."""
    kind, squares, n = _deviation_sums(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(squares / n, kind)


def stdev(data, xbar=None):
    """Square root of the sample variance, as a float."""
    kind, squares, n = _deviation_sums(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    per_point = squares / (n - 1)
    return _sqrt_ratio(per_point.numerator, per_point.denominator)


def pstdev(data, mu=None):
    """Square root of the population variance, as a float."""
    kind, squares, n = _deviation_sums(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    per_point = squares / n
    return _sqrt_ratio(per_point.numerator, per_point.denominator)


# ---------------------------------------------------------------------------
# Two inputs

def _paired_means(name, x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return n, math.fsum(x) / n, math.fsum(y) / n


def covariance(x, y, /):
    """Sample covariance of the paired inputs x and y."""
    n, xbar, ybar = _paired_means('covariance', x, y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of the paired inputs x and y."""
    n, xbar, ybar = _paired_means('correlation', x, y)
    dx = [xi - xbar for xi in x]
    dy = [yi - ybar for yi in y]
    sxy = math.fsum(a * b for a, b in zip(dx, dy))
    sxx = math.fsum(a * a for a in dx)
    syy = math.fsum(b * b for b in dy)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y);
    with proportional=True the line passes through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
