# datetime.timedelta: construction, normalisation, float rounding, arithmetic,
# repr/str, comparisons and error messages.
from datetime import timedelta


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


# Construction and normalisation
show('empty', lambda: timedelta())
show('all args', lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show('keywords', lambda: timedelta(weeks=1, days=-1, hours=25, minutes=61,
                                   seconds=3661, milliseconds=1001,
                                   microseconds=1000001))
show('negative hours', lambda: timedelta(hours=-1))
show('negative us', lambda: timedelta(microseconds=-1))
show('bool arg', lambda: timedelta(True, False))
t = timedelta(days=-1, seconds=5, microseconds=7)
print('fields', t.days, t.seconds, t.microseconds)

# Float arguments round to the nearest microsecond, ties to even
for kw in [{'seconds': 1.5}, {'microseconds': 0.5}, {'microseconds': 1.5},
           {'microseconds': 2.5}, {'microseconds': -0.5},
           {'microseconds': -1.5}, {'days': 0.1, 'seconds': 0.3},
           {'days': 1 / 3}, {'weeks': 1.123456789}, {'minutes': 1e-7},
           {'hours': -2.75}, {'milliseconds': 0.0005},
           {'milliseconds': 0.0015}, {'days': 1.0000000001},
           {'seconds': 0.1, 'microseconds': 0.4},
           {'seconds': 1e-7, 'microseconds': 0.4}]:
    show('float %r' % sorted(kw.items()), lambda: timedelta(**kw))

# Errors
show('str arg', lambda: timedelta('1'))
show('str seconds', lambda: timedelta(seconds='1'))
show('none weeks', lambda: timedelta(weeks=None))
show('too many days', lambda: timedelta(days=1000000000))
show('too few days', lambda: timedelta(days=-1000000000))
show('float days', lambda: timedelta(days=1e9))
show('carry over', lambda: timedelta(days=999999999, hours=24))
show('huge days', lambda: timedelta(days=10 ** 12))
show('nan', lambda: timedelta(seconds=float('nan')))
show('inf', lambda: timedelta(seconds=float('inf')))

# Class attributes
print('min', repr(timedelta.min), timedelta.min)
print('max', repr(timedelta.max), timedelta.max)
print('resolution', repr(timedelta.resolution))

# repr and str
for d in [timedelta(0), timedelta(seconds=3), timedelta(microseconds=3),
          timedelta(days=1, microseconds=3), timedelta(days=-1),
          timedelta(days=2, seconds=5, microseconds=7),
          timedelta(microseconds=-1), timedelta(days=-2, hours=3),
          timedelta(days=1), timedelta(hours=10, minutes=3),
          timedelta(days=-1, seconds=86399)]:
    print(repr(d), '|', str(d), '|', d.total_seconds())


class Span(timedelta):
    pass


print(repr(Span(1)), repr(Span(1) + timedelta(1)), type(-Span(1)).__name__)
print(type(Span(hours=1) * 2).__name__, Span(seconds=90))

# Arithmetic
a, b = timedelta(days=1, hours=2), timedelta(hours=5, microseconds=9)
show('a + b', lambda: a + b)
show('a - b', lambda: a - b)
show('b - a', lambda: b - a)
show('-a', lambda: -a)
show('+a', lambda: +a)
show('abs(-a)', lambda: abs(-a))
show('a * 3', lambda: a * 3)
show('3 * a', lambda: 3 * a)
show('a * -1', lambda: a * -1)
show('a * True', lambda: a * True)
show('a * 2.5', lambda: a * 2.5)
show('a * 0.1', lambda: a * 0.1)
show('us*0.5', lambda: timedelta(microseconds=1) * 0.5)
show('3us*0.5', lambda: timedelta(microseconds=3) * 0.5)
show('15us*0.1', lambda: timedelta(microseconds=15) * 0.1)
show('a / 3', lambda: a / 3)
show('a / 3.5', lambda: a / 3.5)
show('a / 7', lambda: timedelta(-1, 5, 3) / 7)
show('-5us / 2', lambda: timedelta(microseconds=-5) / 2)
show('5us / 2', lambda: timedelta(microseconds=5) / 2)
show('7us / 2', lambda: timedelta(microseconds=7) / 2)
show('a // 3', lambda: a // 3)
show('a // 7', lambda: timedelta(-1, 5, 3) // 7)
show('a / b', lambda: a / b)
show('a // b', lambda: a // b)
show('a % b', lambda: a % b)
show('divmod(a, b)', lambda: divmod(a, b))
show('divmod(-a, b)', lambda: divmod(-a, b))
show('a % -b', lambda: a % -b)
show('day / 7h', lambda: timedelta(days=1) / timedelta(hours=7))
show('total', lambda: (a + b).total_seconds())
show('max total', lambda: timedelta.max.total_seconds())
show('1us total', lambda: timedelta(microseconds=1).total_seconds())

# Arithmetic errors
show('a / 0', lambda: a / 0)
show('a // 0', lambda: a // 0)
show('a / zero', lambda: a / timedelta(0))
show('a // zero', lambda: a // timedelta(0))
show('a % zero', lambda: a % timedelta(0))
show('a * nan', lambda: a * float('nan'))
show('a * inf', lambda: a * float('inf'))
show('a / nan', lambda: a / float('nan'))
show('a * 1e20', lambda: a * 1e20)
show('max + 1', lambda: timedelta.max + timedelta(1))
show('min - 1us', lambda: timedelta.min - timedelta.resolution)
show('big * 2', lambda: timedelta(days=999999999) * 2)
show('-min', lambda: -timedelta.min)
for op in ['a + 1', 'a - 1', 'a * "x"', 'a // 1.5', 'a % 3', 'a < 1',
           'divmod(a, 3)', '1 - a']:
    try:
        eval(op)
        print(op, 'no error')
    except TypeError:
        print(op, 'TypeError')

# Comparisons, hashing, truth
print(a == timedelta(hours=26), a != b, a > b, a >= b, b < a, b <= a)
print(a == 1, a != 1, timedelta(0) == 0)
print(timedelta(seconds=1) == timedelta(microseconds=1000000))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)))
print(hash(timedelta(seconds=-1)) == hash(timedelta(days=-1, seconds=86399)))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-a))
print(sorted([a, b, -a, timedelta(0)]))
print(len({timedelta(hours=24), timedelta(days=1), timedelta(minutes=1440)}))
try:
    a.days = 3
except AttributeError:
    print('days is read-only')
