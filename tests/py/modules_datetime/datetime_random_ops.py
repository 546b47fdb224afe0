# Pseudo-random (fixed LCG) cross-checks of datetime arithmetic, ordinals,
# ISO calendar, formatting round trips and float timedelta rounding.
from datetime import date, datetime, time, timedelta, timezone

state = 12345


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n


def rand_datetime():
    d = date.fromordinal(1 + rand(3652059))
    tz = None
    if rand(3) == 0:
        tz = timezone(timedelta(minutes=rand(2879) - 1439))
    return datetime(d.year, d.month, d.day, rand(24), rand(60), rand(60),
                    rand(1000000) if rand(2) else 0, tz)


def rand_delta():
    kind = rand(4)
    if kind == 0:
        return timedelta(days=rand(200000) - 100000, seconds=rand(86400),
                         microseconds=rand(1000000))
    if kind == 1:
        return timedelta(hours=rand(100000) - 50000, minutes=rand(1000))
    if kind == 2:
        return timedelta(seconds=(rand(10 ** 9) - 5 * 10 ** 8) / 1000.0)
    return timedelta(microseconds=rand(10 ** 12) - 5 * 10 ** 11)


def attempt(fn):
    try:
        return repr(fn())
    except (OverflowError, ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)


for i in range(150):
    a, b = rand_datetime(), rand_datetime()
    d1, d2 = rand_delta(), rand_delta()
    print(i, repr(a), a.isoformat(), str(d1))
    print('  +', attempt(lambda: a + d1), attempt(lambda: a - d2))
    print('  -', attempt(lambda: a - b), attempt(lambda: a < b), a == b)
    print('  td', repr(d1 + d2), repr(d1 - d2), repr(d1 * 3), repr(d1 / 7),
          repr(d1 * 0.37), attempt(lambda: d1 // d2), attempt(lambda: d1 % d2),
          attempt(lambda: d1 / d2))
    print('  cal', a.toordinal(), a.weekday(), tuple(a.isocalendar()),
          a.strftime('%j %U %W %V %G %a %b'), a.ctime())
    print('  iso', datetime.fromisoformat(a.isoformat()) == a,
          datetime.strptime('%04d' % a.year + a.strftime('-%m-%d %H:%M:%S.%f'),
                            '%Y-%m-%d %H:%M:%S.%f') == a.replace(tzinfo=None))
    if a.tzinfo is not None:
        print('  tz', a.timestamp(), attempt(lambda: a.astimezone(timezone.utc)),
              hash(a) == hash(a.astimezone(timezone(timedelta(hours=5)))))
    t = time(rand(24), rand(60), rand(60), rand(1000000))
    print('  time', repr(t), t.isoformat('milliseconds'), time.fromisoformat(str(t)) == t)
    f = (rand(10 ** 9) - 5 * 10 ** 8) / (rand(1000) + 1)
    print('  float', repr(timedelta(seconds=f)), repr(timedelta(milliseconds=f)),
          repr(timedelta(days=f / 1000)))
