# datetime.datetime: construction, combine, arithmetic, naive/aware rules,
# astimezone, timestamps (UTC-based ones only), now()/today() plausibility.
import time as _time
from datetime import datetime, date, time, timedelta, timezone, UTC


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))

# Construction and repr
show('ymdhms', lambda: datetime(2020, 1, 2, 3, 4, 5))
show('ymdhm', lambda: datetime(2020, 1, 2, 3, 4))
show('ymdh', lambda: datetime(2020, 1, 2, 3))
show('us', lambda: datetime(2020, 1, 2, 0, 0, 0, 1))
show('fold tz', lambda: datetime(2020, 1, 2, 0, 0, 0, 0, UTC, fold=1))
show('ist', lambda: datetime(2020, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30))))
show('hour 24', lambda: datetime(2020, 1, 1, 24))
show('month 13 hour 24', lambda: datetime(2020, 13, 1, 24))
show('tzinfo int', lambda: datetime(2020, 1, 1, tzinfo=1))
show('fold 2', lambda: datetime(2020, 1, 1, fold=2))
show('missing day', lambda: datetime(2020, 1))
show('missing month', lambda: datetime(2020))
show('missing year', lambda: datetime())
show('float minute', lambda: datetime(2020, 1, 1, 0, 1.0))
d = datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond,
      d.tzinfo, d.fold)
print(repr(d.date()), repr(d.time()), repr(d.timetz()))
print(isinstance(d, date), issubclass(datetime, date))

# str / isoformat
d = datetime(2020, 1, 2, 3, 4, 5, 123456)
print(str(d), d.isoformat(), d.isoformat(' '), d.isoformat(sep='x', timespec='hours'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, d.isoformat(timespec=spec), d.replace(microsecond=0).isoformat(timespec=spec))
show('bad timespec', lambda: d.isoformat(timespec='foo'))
show('long sep', lambda: d.isoformat('ab'))
show('int sep', lambda: d.isoformat(1))
print(str(datetime(2020, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30)))))
print(str(datetime(2020, 1, 2, 0, 0, 0, 5, timezone(timedelta(hours=-5, minutes=-30, seconds=-7, microseconds=-8)))))
print(datetime(2020, 1, 2, 3, 4, 5).ctime(), '|', datetime(5, 1, 1).ctime())
print(format(datetime(2020, 1, 2), ''), f'{datetime(2020, 1, 2, 13):%Y/%m/%d %H}')

# combine
show('combine', lambda: datetime.combine(date(2020, 1, 2), time(1, 2)))
show('combine tz', lambda: datetime.combine(date(2020, 1, 2), time(1, tzinfo=UTC)))
show('combine tz None', lambda: datetime.combine(date(2020, 1, 2), time(1, tzinfo=UTC), None))
show('combine new tz', lambda: datetime.combine(date(2020, 1, 2), time(1), UTC))
show('combine fold', lambda: datetime.combine(date(2020, 1, 2), time(1, fold=1)))
show('combine datetime', lambda: datetime.combine(datetime(2020, 1, 2, 5), time(1)))
show('combine int', lambda: datetime.combine(1, time(1)))
show('combine int time', lambda: datetime.combine(date(2020, 1, 2), 1))

# replace
d = datetime(2020, 1, 31, 10, tzinfo=UTC)
show('replace day', lambda: d.replace(day=1, hour=0))
show('replace tz None', lambda: d.replace(tzinfo=None))
show('replace fold', lambda: d.replace(fold=1))
show('replace bad', lambda: d.replace(month=2))
show('replace bad tz', lambda: d.replace(tzinfo='x'))

# Arithmetic
d = datetime(2020, 2, 28, 23, 59, 59, 999999)
show('+1us', lambda: d + timedelta(microseconds=1))
show('+1 day', lambda: d + timedelta(days=1))
show('td + dt', lambda: timedelta(hours=1) + d)
show('-1.5 days', lambda: d - timedelta(days=1.5))
show('dt - dt', lambda: d - datetime(2020, 1, 1))
show('earlier - later', lambda: datetime(2020, 1, 1) - d)
show('max + 1us', lambda: datetime.max + timedelta(microseconds=1))
show('min - 1us', lambda: datetime.min - timedelta(microseconds=1))
show('tz kept', lambda: datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=1))
show('fold reset', lambda: datetime(2020, 1, 1, fold=1) + timedelta(hours=1))
utc = datetime(2020, 1, 1, tzinfo=UTC)
plus1 = datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
minus5 = datetime(2019, 12, 31, 19, tzinfo=timezone(timedelta(hours=-5)))
show('aware - aware', lambda: utc - datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))))
show('utc - plus1', lambda: utc - plus1)
show('plus1 - minus5', lambda: plus1 - minus5)
show('naive - aware', lambda: datetime(2020, 1, 1) - utc)
for op in ['d + 1', 'd - 1', 'd + d', 'd - date(2020, 1, 1)', 'date(2020, 1, 1) - d']:
    try:
        eval(op)
        print(op, 'no error')
    except TypeError:
        print(op, 'TypeError')

# Comparisons and hashing
print(utc == plus1, utc == minus5, plus1 == minus5, utc != plus1,
      utc <= plus1, utc < plus1 + timedelta(microseconds=1))
print(hash(utc) == hash(plus1) == hash(minus5))
print(datetime(2020, 1, 1) == utc, datetime(2020, 1, 1) != utc)
show('naive < aware', lambda: datetime(2020, 1, 1) < utc)
print(datetime(2020, 1, 1) == 1, datetime(2020, 1, 1) == date(2020, 1, 1))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1),
      hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print(len({utc, plus1, minus5, datetime(2020, 1, 1)}))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5, 5), datetime(2020, 1, 1, 23)]))

# astimezone with fixed zones
show('to -7', lambda: utc.astimezone(timezone(timedelta(hours=-7))))
show('to utc', lambda: plus1.astimezone(UTC))
show('same tz', lambda: utc.astimezone(UTC) is utc)
show('bad tz', lambda: utc.astimezone(1))
show('overflow', lambda: datetime(1, 1, 1, tzinfo=UTC).astimezone(timezone(timedelta(hours=-7))))

# UTC timestamps
for t in [0, 1.5, -1.5, 1e-7, 0.0000005, 0.0000015, 1.9999995, -1e-7,
          1e11, 1577934245.123456, True, -62135596800]:
    show('utcfromtimestamp(%r)' % (t,), lambda: datetime.utcfromtimestamp(t))
for t in [1e20, -1e11, -62135596801, 253402300800, float('nan'),
          float('inf'), '1', None, 1e15, 1e18]:
    show('utcfromtimestamp(%r)' % (t,), lambda: datetime.utcfromtimestamp(t))
show('fromtimestamp utc', lambda: datetime.fromtimestamp(0, UTC))
show('fromtimestamp -3', lambda: datetime.fromtimestamp(0, tz=timezone(timedelta(hours=-3))))
show('fromtimestamp 1e11 -3', lambda: datetime.fromtimestamp(1e11, timezone(timedelta(hours=-3))))
show('fromtimestamp bad tz', lambda: datetime.fromtimestamp(0, 1))
show('fromtimestamp nan', lambda: datetime.fromtimestamp(float('nan')))
for d in [datetime(1970, 1, 1, tzinfo=UTC), datetime(2020, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
          datetime(2020, 1, 2, 3, 4, 5, 123456, tzinfo=timezone(timedelta(hours=2))),
          datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)]:
    print(d.timestamp())
    show('back', lambda: datetime.fromtimestamp(d.timestamp(), UTC))

# timetuple / utctimetuple
d = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5)))
print(tuple(d.timetuple()), tuple(d.utctimetuple()))
print(tuple(datetime(2020, 12, 31, 23).timetuple()), tuple(datetime(2020, 1, 2).utctimetuple()))

# Local time: consistency checks that hold in any zone
t = 1577934245
local = datetime.fromtimestamp(t)
print(local.tzinfo, local.timestamp() == t, datetime.fromtimestamp(t + 0.25).microsecond)
aware = local.astimezone()
print(type(aware.tzinfo).__name__, aware.timestamp() == t,
      aware.utcoffset() == timedelta(seconds=_time.localtime(t).tm_gmtoff))
print(date.fromtimestamp(t) == local.date(), date.fromtimestamp(-0.5) == datetime.fromtimestamp(-1).date())
print(datetime(2020, 1, 1, tzinfo=UTC).astimezone().astimezone(UTC))

# now / today / utcnow: types and plausibility only
n = datetime.now()
u = datetime.now(UTC)
print(type(n).__name__, n.tzinfo, u.tzinfo, 2020 <= u.year <= 2200)
print(abs(datetime.utcnow() - u.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(datetime.today() - n) < timedelta(seconds=5), abs(n.timestamp() - _time.time()) < 5)
show('now bad tz', lambda: datetime.now(1))


# Subclasses
class Stamp(datetime):
    pass


s = Stamp(2020, 1, 2)
print(repr(s), repr(s + timedelta(1)), repr(s.replace(day=3)))
print(repr(Stamp.combine(date(2020, 1, 2), time(1))),
      repr(Stamp.fromtimestamp(0, UTC)), repr(Stamp.utcfromtimestamp(0)))
print(repr(Stamp(2020, 1, 2, tzinfo=UTC).astimezone(timezone(timedelta(hours=1)))))
print(repr(s.date()), repr(Stamp.fromisoformat('2020-01-02T03:04')),
      repr(Stamp.strptime('2020', '%Y')))
