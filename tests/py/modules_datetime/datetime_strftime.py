# strftime (C-locale directives, %f %z %Z, unknown directives) and
# datetime.strptime (directives, defaults, week/ISO dates, errors).
from datetime import datetime, date, time, timedelta, timezone


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


ALL = ('%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P '
       '%r %R %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %f %% %Q %E %O %Ec %Oy '
       '%EY %Od %+')
for d in [datetime(2020, 1, 2, 13, 4, 5, 6), datetime(5, 1, 2),
          datetime(1999, 12, 31, 0, 59, 59, 999999), datetime(2021, 1, 3, 12),
          datetime(9999, 12, 31, 23, 59, 59), datetime(2016, 2, 29, 11, 30)]:
    print(repr(d.strftime(ALL)))
print(repr(date(2020, 1, 2).strftime(ALL)))
print(repr(time(1, 2, 3, 4).strftime(ALL)))
zones = [timezone.utc, timezone(timedelta(hours=-5, minutes=-30)),
         timezone(timedelta(hours=-5, minutes=-30, seconds=-7)),
         timezone(timedelta(hours=5, seconds=7, microseconds=5)),
         timezone(timedelta(hours=1), 'CET%Y')]
for tz in zones:
    print(datetime(2020, 1, 2, 13, tzinfo=tz).strftime('%z|%Z|%H'),
          time(1, tzinfo=tz).strftime('%z|%Z'))
# glibc flags (- _ 0 ^ #), field widths and E/O modifiers; CPython replaces
# %f %z %Z itself before glibc sees the format.
for flags in ['-', '_', '0', '^', '#', '10', '-5', '_5', '05', '^#', '0-', '1']:
    for d in [datetime(2020, 1, 2, 3, 4, 5, 6), datetime(5, 11, 22, 13, 44, 55)]:
        print(flags, repr(d.strftime(' '.join(
            '%' + flags + c for c in 'dmHIMSjyYCeklaAbBpPuwUWVGgnt%cxXDTFRrzZfQ'))))
for fmt in ['%E%W', '%ET', '%Ey', '%Oy', '%O%%%f%Y', '%E%f%Q', '%#Ox', '%10O',
            '%-5Q', '%^f', '%Ez', '%03Z|', '%1Z|', '%-', '%E', '%^#p', '%^P']:
    print(repr(fmt), repr(datetime(2020, 1, 2, 13, tzinfo=timezone.utc).strftime(fmt)),
          repr(datetime(2020, 1, 2, 1).strftime(fmt)))
for fmt in ['', '%', 'abc%', '%%%', 'é%Y', '100%%', '%Y%m%d%H%M%S']:
    print(repr(fmt), repr(datetime(2020, 1, 2).strftime(fmt)))
show('int format', lambda: date(2020, 1, 2).strftime(1))
show('format spec int', lambda: format(date(2020, 1, 2), 1))
print(format(date(2020, 1, 2), '%d/%m/%Y'), f'{date(2020, 1, 2):%A}', f'{date(2020, 1, 2)}')
# Week numbers over a whole year
print(' '.join(date(2023, 1, 1 + i).strftime('%U%W%V') for i in range(0, 15)))
print(' '.join((date(2024, 12, 25) + timedelta(i)).strftime('%j%U%W%G%V%g%u%w')
               for i in range(0, 12)))

CASES = [
    ('2020-01-02', '%Y-%m-%d'), ('2020-1-2 3:4:5', '%Y-%m-%d %H:%M:%S'),
    ('02/01/20', '%d/%m/%y'), ('02/01/69', '%d/%m/%y'), ('02/01/68', '%d/%m/%y'),
    ('Thu Jan  2 13:04:05 2020', '%c'), ('01/02/20', '%x'), ('13:04:05', '%X'),
    ('2020 001', '%Y %j'), ('2020 366', '%Y %j'), ('2019 366', '%Y %j'),
    ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('1 pm', '%I %p'), ('11 am', '%I %p'),
    ('13', '%I'), ('2020-01-02T03:04:05.123Z', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('+0130', '%z'), ('-01:30:15.5', '%z'), ('+01:3', '%z'), ('-0000', '%z'),
    ('+01:30:15', '%z'), ('+0130 UTC', '%z %Z'),
    ('UTC', '%Z'), ('GMT', '%Z'), ('EST', '%Z'), ('january', '%B'), ('Mon', '%a'),
    ('SEPTEMBER 5', '%B %d'), ('sep 5', '%b %d'),
    ('monday 2020 1', '%A %Y %W'), ('2020 1 0', '%Y %U %w'), ('2020 00 1', '%Y %W %w'),
    ('2020 53 1', '%Y %W %w'), ('2020 5', '%Y %W'), ('2021 0 Sun', '%Y %U %a'),
    ('2020', '%Y-%m'), ('2020-01-02x', '%Y-%m-%d'), ('2020-01-02', '%Y-%m-%d%'),
    ('2020-01-02', '%Y-%m-%Q'), ('%2020', '%%%Y'), ('29 2', '%d %m'),
    ('  2020', '%Y'), ('2020  01', '%Y %m'), ('2020 01', '%Y  %m'),
    ('202001', '%Y%m'), ('20201', '%Y%m'), ('2020011', '%Y%m%d'),
    ('5', '%f'), ('1234567', '%f'), ('2020 12 1', '%G %V %u'), ('2020 12', '%G %V'),
    ('12 1', '%V %u'), ('2020 12 1', '%Y %V %u'), ('12', '%V'),
    ('2020 12', '%Y %V'), ('2020 1', '%G %u'), ('2020 12 1 5', '%G %V %u %j'),
    ('2020 1', '%Y %u'), ('Thursday', '%A'), ('31 2', '%d %m'),
    ('2020-02-30', '%Y-%m-%d'), ('10000', '%Y'), ('0999', '%Y'), ('999', '%Y'),
    ('2020\n01', '%Y %m'), ('a.b', 'a.b'), ('axb', 'a.b'), ('[2020]', '[%Y]'),
    ('(x)+*?', '(x)+*?'), ('2020-01-02 03', '%Y-%m-%d %I'), ('1 2020', '%j %Y'),
    ('60', '%S'), ('61', '%S'), ('Z', '%z'), ('z', '%z'), (' 5', '%d'),
    ('2020-01-02 03:04:05.000006 PM', '%Y-%m-%d %I:%M:%S.%f %p'),
    # a later directive for the same field wins
    ('2020 19', '%Y %y'), ('19 2020', '%y %Y'), ('06 18', '%I %H'),
    ('18 06', '%H %I'), ('March 4', '%B %m'), ('2 Sunday', '%u %A'),
    ('2020 10 11 3', '%Y %U %W %u'), ('2020 10 11 3', '%Y %W %U %u'),
    ('1900 0 3', '%Y %W %u'), ('1900 0 3', '%Y %U %u'), ('2023 0 1', '%Y %U %u'),
    ('12 3 1', '%V %W %u'), ('2020 12 3 1', '%G %V %W %u'), ('2020 2020', '%G %Y'),
    ('2020 2020 12 1', '%G %Y %V %u'), ('-5244587.', '%z%V%y.'),
    ('+0000 UTC', '%z %Z'), ('5 Mon 2020', '%V %a %G'),
]
for s, f in CASES:
    show('strptime(%r, %r)' % (s, f), lambda: datetime.strptime(s, f))
show('int data', lambda: datetime.strptime(1, '%Y'))
show('int format', lambda: datetime.strptime('1', 1))
# strftime output parses back
d = datetime(2021, 7, 4, 15, 16, 17, 180000)
for f in ['%Y-%m-%d %H:%M:%S.%f', '%c', '%A %d %B %Y %I%p', '%y%j']:
    print(f, datetime.strptime(d.strftime(f), f))
