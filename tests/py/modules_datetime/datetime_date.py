# datetime.date: construction checks, ordinals, weekdays, ISO calendar,
# arithmetic, comparisons, replace, repr and subclasses.
import datetime
from datetime import date, datetime as DT, timedelta, MINYEAR, MAXYEAR


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(MINYEAR, MAXYEAR, datetime.__all__ if hasattr(datetime, '__all__') else '')
print(repr(date.min), repr(date.max), repr(date.resolution))

# Construction
show('ok', lambda: date(2020, 1, 2))
show('keywords', lambda: date(year=2020, month=2, day=29))
show('bool', lambda: date(True, True, True))
show('year 0', lambda: date(0, 1, 1))
show('year 10000', lambda: date(10000, 1, 1))
show('month 13', lambda: date(2020, 13, 1))
show('month 0', lambda: date(2020, 0, 1))
show('day 0', lambda: date(2020, 1, 0))
show('feb 30', lambda: date(2020, 2, 30))
show('feb 29 1900', lambda: date(1900, 2, 29))
show('feb 29 2000', lambda: date(2000, 2, 29))
show('apr 31', lambda: date(2021, 4, 31))
show('float year', lambda: date(2020.0, 1, 1))
show('str year', lambda: date('2020', 1, 1))
show('float day', lambda: date(2020, 13, 1.5))
show('year 2**31', lambda: date(2 ** 31, 1, 1))
show('year 2**31-1', lambda: date(2 ** 31 - 1, 1, 1))
show('year -2**31-1', lambda: date(-2 ** 31 - 1, 1, 1))
show('year 2**63', lambda: date(2 ** 63, 1, 1))
show('month 2**40', lambda: date(2020, 2 ** 40, 1))
show('fromordinal 2**31', lambda: date.fromordinal(2 ** 31))
show('fromordinal 2**70', lambda: date.fromordinal(2 ** 70))
show('fromisocalendar 2**31', lambda: date.fromisocalendar(2 ** 31, 1, 1))
show('replace 2**31', lambda: date(2020, 1, 1).replace(year=2 ** 31))
show('missing day', lambda: date(2020, 1))
show('missing month', lambda: date(2020))
show('missing all', lambda: date())

# Ordinals
for d in [date(1, 1, 1), date(1, 12, 31), date(1970, 1, 1), date(2000, 2, 29),
          date(2020, 1, 1), date(9999, 12, 31)]:
    n = d.toordinal()
    print(d, n, date.fromordinal(n) == d, d.weekday(), d.isoweekday())
show('fromordinal 0', lambda: date.fromordinal(0))
show('fromordinal max+1', lambda: date.fromordinal(3652060))
show('fromordinal float', lambda: date.fromordinal(1.0))
show('datetime.fromordinal', lambda: DT.fromordinal(737000))
ok = all(date.fromordinal(n).toordinal() == n
         for n in range(1, 3652060, 9973))
print('ordinal round trip', ok)

# ISO calendar
for d in [date(2020, 1, 1), date(2021, 1, 3), date(2019, 12, 30),
          date(2015, 12, 31), date(2016, 1, 3), date(1, 1, 1),
          date(9999, 12, 31), date(2008, 12, 29)]:
    ic = d.isocalendar()
    print(d, repr(ic), ic.year, ic.week, ic.weekday, ic[0], tuple(ic),
          ic == tuple(ic), type(ic).__name__, isinstance(ic, tuple))
show('fromisocalendar 2020-53-7', lambda: date.fromisocalendar(2020, 53, 7))
show('fromisocalendar 2021-53', lambda: date.fromisocalendar(2021, 53, 7))
show('fromisocalendar day 8', lambda: date.fromisocalendar(2020, 1, 8))
show('fromisocalendar day 0', lambda: date.fromisocalendar(2020, 1, 0))
show('fromisocalendar week 0', lambda: date.fromisocalendar(2020, 0, 1))
show('fromisocalendar year 0', lambda: date.fromisocalendar(0, 1, 1))
show('fromisocalendar year 1e4', lambda: date.fromisocalendar(10000, 54, 1))
show('fromisocalendar float', lambda: date.fromisocalendar(2020.0, 1, 1))
show('fromisocalendar past max', lambda: date.fromisocalendar(9999, 52, 7))
show('fromisocalendar 1-1-1', lambda: date.fromisocalendar(1, 1, 1))
ok = all(date.fromisocalendar(*date.fromordinal(n).isocalendar())
         == date.fromordinal(n) for n in range(1, 3652060, 10007))
print('isocalendar round trip', ok)

# Arithmetic
d = date(2020, 2, 28)
show('+1 day', lambda: d + timedelta(days=1))
show('+2 days', lambda: d + timedelta(days=2))
show('td + date', lambda: timedelta(days=366) + d)
show('+25 hours', lambda: d + timedelta(hours=25))
show('-1 hour', lambda: d - timedelta(hours=1))
show('-1 day', lambda: d - timedelta(days=1))
show('-400 days', lambda: d - timedelta(days=400))
show('date - date', lambda: date(2020, 3, 1) - date(2020, 2, 1))
show('date - later', lambda: date(2020, 1, 1) - date(2021, 1, 1))
show('max + 1', lambda: date.max + timedelta(1))
show('min - 1', lambda: date.min - timedelta(1))
show('min + td.min', lambda: date.min + timedelta.min)
for op in ['d + 1', 'd - 1', 'd + d', 'd - DT(2020, 1, 1)',
           'DT(2020, 1, 1) - d', 'timedelta(1) - d', 'd < 1']:
    try:
        eval(op)
        print(op, 'no error')
    except TypeError:
        print(op, 'TypeError')

# Comparisons and hashing
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1),
      date(2020, 1, 1) != date(2020, 1, 1), date(2021, 1, 1) >= date(2020, 12, 31))
print(date(2020, 1, 1) == DT(2020, 1, 1), date(2020, 1, 1) != DT(2020, 1, 1),
      date(2020, 1, 1) == 1, date(2020, 1, 1) != 'x')
show('date < datetime', lambda: date(2020, 1, 1) < DT(2020, 1, 1))
show('datetime < date', lambda: DT(2020, 1, 1) < date(2020, 1, 1))
show('datetime >= date', lambda: DT(2020, 1, 1) >= date(2020, 1, 1))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)),
      len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(sorted([date(2020, 5, 1), date(1999, 1, 1), date(2020, 1, 31)]))

# replace, repr, str, ctime, timetuple
d = date(2020, 1, 31)
show('replace month', lambda: d.replace(month=3))
show('replace positional', lambda: d.replace(2021, 3))
show('replace bad day', lambda: d.replace(month=2))
show('replace year 0', lambda: d.replace(year=0))
print(repr(date(5, 1, 1)), str(date(5, 1, 1)), date(5, 1, 1).isoformat())
print(date(5, 1, 1).ctime(), '|', date(2020, 1, 2).ctime())
tt = date(2020, 3, 1).timetuple()
print(tuple(tt), tt.tm_yday, tt.tm_wday, tt.tm_isdst)
print(d.year, d.month, d.day)
try:
    d.year = 2000
except AttributeError:
    print('year is read-only')


# Subclasses keep their type through arithmetic and constructors
class MyDate(date):
    def double_day(self):
        return self.day * 2


m = MyDate(2020, 1, 2)
print(repr(m), m.double_day(), repr(m + timedelta(1)), repr(m - timedelta(1)))
print(repr(m.replace(day=3)), repr(MyDate.fromordinal(5)),
      repr(MyDate.fromisoformat('2020-01-02')),
      repr(MyDate.fromisocalendar(2020, 1, 1)))
print(type(MyDate.today()).__name__, m == date(2020, 1, 2))
print(m - date(2020, 1, 1))

# today(): type and plausibility only
t = date.today()
print(type(t).__name__, 2020 <= t.year <= 2200)
