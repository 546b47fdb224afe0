# datetime.time, datetime.timezone and tzinfo subclasses: construction,
# offsets, naive/aware comparison rules, hashing, repr and errors.
from datetime import time, timezone, tzinfo, timedelta, datetime, UTC


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


# time construction
show('default', lambda: time())
show('full', lambda: time(1, 2, 3, 4, timezone.utc, fold=1))
show('seconds', lambda: time(0, 0, 1))
show('us', lambda: time(0, 0, 0, 1))
show('hour 24', lambda: time(24))
show('hour -1', lambda: time(-1))
show('minute 60', lambda: time(0, 60))
show('second 60', lambda: time(0, 0, 60))
show('us 1e6', lambda: time(0, 0, 0, 1000000))
show('fold 2', lambda: time(fold=2))
show('tzinfo int', lambda: time(0, 0, 0, 0, 1))
show('float hour', lambda: time(1.5))
show('hour 2**31', lambda: time(2 ** 31))
show('fold 2**31', lambda: time(fold=2 ** 31))
print(repr(time.min), repr(time.max), repr(time.resolution))
t = time(12, 34, 56, 789, timezone(timedelta(hours=-3)), fold=1)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(str(t), t.isoformat(), t.utcoffset(), t.dst(), t.tzname())
print(str(time(1, 2, 3, 40)), str(time(1)), time(1).utcoffset(), time(1).tzname())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds',
             'microseconds']:
    print(spec, time(1, 2, 3, 999999).isoformat(spec),
          time(1, 2, 3).isoformat(timespec=spec))
show('bad timespec', lambda: time(1).isoformat('foo'))
show('int timespec', lambda: time(1).isoformat(timespec=1))
show('replace', lambda: t.replace(hour=5, fold=0))
show('replace tz None', lambda: t.replace(tzinfo=None))
show('replace bad', lambda: t.replace(minute=61))
print(format(time(1), ''), format(time(13, 5), '%I:%M %p'), f'{time(7):%H}')
print(bool(time(0)), bool(time(0, tzinfo=timezone(timedelta(hours=1)))))

# time comparisons
a = time(1, tzinfo=timezone(timedelta(hours=1)))
b = time(0, tzinfo=timezone.utc)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b))
print(time(1) == time(1, 0), time(1) < time(1, 0, 0, 1), time(2) > time(1))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=UTC))
show('naive < aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == 1, time(1) != 'x')
print(time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
print(sorted([time(5), time(1, 30), time(23, 59, 59, 999999), time(0)]))

# timezone
show('utc', lambda: timezone.utc)
show('UTC is utc', lambda: UTC is timezone.utc)
show('zero offset', lambda: timezone(timedelta(0)))
show('zero is utc', lambda: timezone(timedelta(0)) is timezone.utc)
show('named zero', lambda: timezone(timedelta(0), 'UTC'))
show('+1h', lambda: timezone(timedelta(hours=1)))
show('+1h named', lambda: timezone(timedelta(hours=1), 'X'))
show('keywords', lambda: timezone(offset=timedelta(hours=1), name='x'))
show('empty name', lambda: timezone(timedelta(hours=1), ''))
show('us offset', lambda: timezone(timedelta(hours=1, microseconds=5)))
show('min', lambda: timezone.min)
show('max', lambda: timezone.max)
show('24h', lambda: timezone(timedelta(hours=24)))
show('-24h', lambda: timezone(timedelta(hours=-24)))
show('int offset', lambda: timezone(1))
show('int name', lambda: timezone(timedelta(hours=1), 1))
show('None name', lambda: timezone(timedelta(hours=1), None))
for off in [timedelta(hours=1, microseconds=5), timedelta(hours=1, seconds=5),
            timedelta(hours=-1, seconds=5), timedelta(hours=-1),
            timedelta(hours=5, minutes=30), timedelta(0),
            timedelta(minutes=-1439)]:
    tz = timezone(off)
    print(tz.tzname(None), str(tz), tz.utcoffset(None), tz.dst(None))
tz = timezone(timedelta(hours=-1))
show('tzname(1)', lambda: tz.tzname(1))
show('utcoffset(1)', lambda: tz.utcoffset(1))
show('dst(1)', lambda: tz.dst('x'))
show('fromutc naive', lambda: tz.fromutc(datetime(2020, 1, 1)))
show('fromutc other tz', lambda: tz.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show('fromutc int', lambda: tz.fromutc(1))
show('fromutc ok', lambda: tz.fromutc(datetime(2020, 1, 1, tzinfo=tz)))
print(timezone.utc == timezone(timedelta(0)),
      timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'),
      timezone(timedelta(hours=1)) == 1,
      hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'x')))
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))
try:
    class Sub(timezone):
        pass
    print('subclassed')
except TypeError as e:
    print('TypeError:', e)

# tzinfo base class
base = tzinfo()
show('base utcoffset', lambda: base.utcoffset(None))
show('base dst', lambda: base.dst(None))
show('base tzname', lambda: base.tzname(None))
show('base fromutc', lambda: base.fromutc(datetime(2020, 1, 1)))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%s)' % self.name


est = Fixed(-5, 'EST')
d = datetime(2020, 1, 2, 3, 4, tzinfo=est)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname())
print(d.astimezone(UTC), d.timestamp(), d.timetuple().tm_isdst)
print(est.fromutc(datetime(2020, 1, 2, 8, 4, tzinfo=est)))
print(repr(time(1, tzinfo=est)), time(1, tzinfo=est).isoformat())


class Bad(tzinfo):
    def __init__(self, offset, name='bad'):
        self.offset = offset
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name


for off in [1, timedelta(hours=24), timedelta(hours=-24),
            timedelta(microseconds=1), None]:
    dt = datetime(2020, 1, 1, tzinfo=Bad(off))
    show('utcoffset %r' % (off,), dt.utcoffset)
    show('dst %r' % (off,), dt.dst)
    show('time utcoffset %r' % (off,), time(1, tzinfo=Bad(off)).utcoffset)
show('tzname int', datetime(2020, 1, 1, tzinfo=Bad(None, 3)).tzname)
show('tzname None', datetime(2020, 1, 1, tzinfo=Bad(None, None)).tzname)
no_offset = Bad(None)
show('fromutc None offset',
     lambda: no_offset.fromutc(datetime(2020, 1, 1, tzinfo=no_offset)))
naive_ish = Bad(None)
show('None offset compare',
     lambda: datetime(2020, 1, 1, tzinfo=naive_ish) == datetime(2020, 1, 1))
