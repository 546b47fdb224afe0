"""Dates, times and time intervals (Taipan's `datetime`).

Written for Taipan from the Python 3.11 documentation, with CPython 3.11
(whose `datetime` is the C module `_datetime`) as the oracle for behaviour
and error messages.

Representation: every object keeps its fields in slots (`_year`, `_month`,
... `_fold`); a `timedelta` is normalised to (days, seconds, microseconds)
with 0 <= seconds < 86400 and 0 <= microseconds < 10**6, so two equal
intervals have equal fields.  Calendar arithmetic goes through proleptic
Gregorian ordinals (0001-01-01 is day 1) and, for datetimes, through whole
microseconds.

Local time comes from the `time` module (`localtime`, `tm_gmtoff`,
`tm_zone`); Taipan's `time` reports UTC, as CPython does on a machine whose
zone is UTC.  The conversions below work for any zone `time.localtime`
describes, including folds and gaps (PEP 495).

Results of arithmetic and of the alternative constructors have the type of
the object or class they come from: the exact built-in classes are built
directly, subclasses are built by calling the class, as CPython does.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999
_C_INT_MIN, _C_INT_MAX = -2 ** 31, 2 ** 31 - 1
_C_LONG_MIN, _C_LONG_MAX = -2 ** 63, 2 ** 63 - 1
# The range of seconds glibc's gmtime/localtime can break down (the year
# must fit a C int); CPython reports EOVERFLOW outside it.
_MIN_TIME_T = -67768040609740800
_MAX_TIME_T = 67768036191676799

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


class _Missing:
    """Marks an argument the caller did not pass."""
    __slots__ = ()


_MISSING = _Missing()


# --- Calendar arithmetic --------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd_to_ordinal(year, month, day):
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return days + day


def _ordinal_to_ymd(n):
    """(year, month, day) of ordinal n, for any integer n (years may fall
    outside 1..9999; the callers check them).  The era/day-of-era method of
    Howard Hinnant's `civil_from_days`, counted from 0000-03-01."""
    z = n - _EPOCH_ORDINAL + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4
                                - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153           # March is 0
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = year_of_era + era * 400 + (month <= 2)
    return year, month, day


def _weekday(ordinal):
    """Monday is 0 (day 1, 0001-01-01, was a Monday)."""
    return (ordinal + 6) % 7


def _iso_week1_monday(year):
    """Ordinal of the Monday of ISO week 1: the week holding January 4th."""
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - _weekday(jan4)


def _iso_calendar(ordinal, year):
    """(ISO year, week, weekday) of an ordinal that falls in `year`."""
    week1 = _iso_week1_monday(year)
    if ordinal < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    elif ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week1 = _iso_week1_monday(year)
    week, day = divmod(ordinal - week1, 7)
    return year, week + 1, day + 1


def _iso_weeks_in_year(year):
    jan1 = _weekday(_ymd_to_ordinal(year, 1, 1))
    return 53 if jan1 == 3 or (jan1 == 2 and _is_leap(year)) else 52


def _div_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    twice = 2 * abs(r)
    if twice > abs(b) or (twice == abs(b) and q % 2 == 1):
        q += 1
    return q


# --- Argument checks --------------------------------------------------------

def _c_int(value):
    """An argument as CPython's C code reads an int field: any __index__
    object whose value fits a C int."""
    value = _index(value)
    if not _C_INT_MIN <= value <= _C_INT_MAX:
        if not _C_LONG_MIN <= value <= _C_LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('signed integer is %s'
                            % ('greater than maximum' if value > 0
                               else 'less than minimum'))
    return value


def _required(value, name, position):
    if value is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)"
                        % (name, position))
    return _c_int(value)


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_offset(method, offset):
    """Validates what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _check_str_arg(value, function, position):
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str, not %s'
                        % (function, position, _arg_type_name(value)))


def _arg_type_name(value):
    return 'None' if value is None else type(value).__name__


def _type_label(cls):
    """The class name CPython's reprs and messages use: 'datetime.date' for
    this module's classes, the bare name for subclasses defined elsewhere."""
    if cls.__module__ == __name__:
        return 'datetime.' + cls.__qualname__
    return cls.__name__


# --- Building instances -----------------------------------------------------

def _new_timedelta(us, cls=None):
    """The timedelta of `us` microseconds (normalised, range-checked)."""
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, _US_PER_SECOND)
    if not _C_INT_MIN <= days <= _C_INT_MAX:
        raise OverflowError('Python int too large to convert to C int')
    if abs(days) > _MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


def _raw_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    return self


def _date_of_type(cls, year, month, day):
    if cls is date:
        return _raw_date(date, year, month, day)
    return cls(year, month, day)


def _raw_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


def _raw_datetime(cls, year, month, day, hour, minute, second, microsecond,
                  tz, fold):
    self = _raw_date(cls, year, month, day)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


def _call_with_fold(cls, fold, *args):
    """cls(*args), passing fold= only when it is not 0 (as CPython calls
    subclasses, whose constructors may not take it)."""
    if fold:
        return cls(*args, fold=fold)
    return cls(*args)


def _datetime_of_type(cls, year, month, day, hour, minute, second,
                      microsecond, tz, fold=0):
    if cls is datetime:
        return _raw_datetime(datetime, year, month, day, hour, minute, second,
                             microsecond, tz, fold)
    return _call_with_fold(cls, fold, year, month, day, hour, minute, second,
                           microsecond, tz)


def _datetime_from_us(cls, us, tz):
    """The datetime `us` microseconds after 0001-01-01 00:00 (day 1)."""
    days, us = divmod(us, _US_PER_DAY)
    ordinal = days + 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    year, month, day = _ordinal_to_ymd(ordinal)
    seconds, us = divmod(us, _US_PER_SECOND)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return _datetime_of_type(cls, year, month, day, hour, minute, second, us,
                             tz)


# --- Local time and timestamps --------------------------------------------

def _split_timestamp(t, round_half_even=True):
    """(whole seconds, microseconds) of a POSIX timestamp, rounded as CPython
    does (half to even, or down for date.fromtimestamp)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        if not _C_LONG_MIN <= whole <= _C_LONG_MAX:
            raise OverflowError('timestamp out of range for platform time_t')
        seconds = int(whole)
        if round_half_even:
            us = round(frac * 1e6)
        else:
            us = _math.floor(frac * 1e6)
        if us >= _US_PER_SECOND:
            seconds += 1
            us -= _US_PER_SECOND
        elif us < 0:
            seconds -= 1
            us += _US_PER_SECOND
        return seconds, int(us)
    seconds = _index(t)
    if not _C_LONG_MIN <= seconds <= _C_LONG_MAX:
        raise OverflowError('timestamp out of range for platform time_t')
    return seconds, 0


def _check_time_t(seconds):
    if not _MIN_TIME_T <= seconds <= _MAX_TIME_T:
        raise OSError(75, 'Value too large for defined data type')


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of UTC seconds."""
    _check_time_t(seconds)
    days, seconds = divmod(seconds, 86400)
    year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    hour, seconds = divmod(seconds, 3600)
    minute, second = divmod(seconds, 60)
    return year, month, day, hour, minute, second


def _local_fields(seconds):
    _check_time_t(seconds)
    tm = _time.localtime(seconds)
    return tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)


def _local_offset(seconds):
    """The local UTC offset in seconds at a POSIX time."""
    return _time.localtime(seconds).tm_gmtoff


def _local_timezone(seconds):
    tm = _time.localtime(seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


def _local_fold(seconds):
    """1 if the local wall time at `seconds` also occurred earlier, when the
    clocks were set back (the second of two ambiguous readings)."""
    offset = _local_offset(seconds)
    before = _local_offset(seconds - 86400)
    if before <= offset:
        return 0
    earlier = seconds + offset - before
    return 1 if _local_offset(earlier) == before else 0


def _local_to_posix(wall, fold):
    """POSIX seconds of a local wall-clock time given as seconds since the
    epoch as if it were UTC.  Ambiguous times take `fold` into account;
    times in a gap use the offset from before (fold=0) or after (fold=1)
    the transition (PEP 495)."""
    before = wall - _local_offset(wall - 86400)
    after = wall - _local_offset(wall + 86400)
    before_ok = before + _local_offset(before) == wall
    after_ok = after + _local_offset(after) == wall
    if before_ok and after_ok:
        return max(before, after) if fold else min(before, after)
    if before_ok:
        return before
    if after_ok:
        return after
    return after if fold else before


def _wall_seconds(dt):
    """Seconds from the epoch to dt's wall-clock time read as UTC."""
    return ((_ymd_to_ordinal(dt._year, dt._month, dt._day) - _EPOCH_ORDINAL)
            * 86400 + dt._hour * 3600 + dt._minute * 60 + dt._second)


# --- Formatting -------------------------------------------------------------

def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second,
                                        microsecond // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


def _format_offset(offset, sep=':'):
    """'+HH:MM', with ':SS' and '.ffffff' only when they are not zero."""
    if offset is None:
        return ''
    sign = '+'
    if offset < _ZERO:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours + offset._days * 24, sep, minutes)
    if seconds or offset._microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset._microseconds:
            text += '.%06d' % offset._microseconds
    return text


# Directive -> what it expands to, for the composite directives (C locale).
_STRFTIME_COMPOSITE = {
    'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
    'D': '%m/%d/%y', 'F': '%Y-%m-%d', 'T': '%H:%M:%S', 'R': '%H:%M',
    'r': '%I:%M:%S %p',
}
# Conversions glibc accepts after the E and O modifiers (with the same
# output in the C locale); after any other, glibc copies '%E' and the
# character.
_STRFTIME_ALTERNATIVE = {'E': 'cnprstuxyzCPRTXYZ%',
                         'O': 'bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%'}


def _strftime(fmt, year, month, day, hour, minute, second, microsecond,
              obj=None):
    """strftime as CPython does it: %f, %z and %Z are replaced first (the
    latter two from `obj`'s utcoffset()/tzname() when it has them), and the
    result goes to the C library's strftime, here glibc's in the C locale."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != '%' or i + 1 == n:
            out.append(fmt[i])
            i += 1
            continue
        code = fmt[i + 1]
        if code == 'f':
            out.append('%06d' % microsecond)
        elif code == 'z':
            utcoffset = getattr(obj, 'utcoffset', None)
            out.append(_format_offset(utcoffset(), '') if utcoffset else '')
        elif code == 'Z':
            tzname = getattr(obj, 'tzname', None)
            name = tzname() if tzname else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append(fmt[i:i + 2])
        i += 2
    return _c_strftime(''.join(out), year, month, day, hour, minute, second)


def _c_strftime(fmt, year, month, day, hour, minute, second):
    """glibc's strftime in the C locale, with its flags (`_ - 0 ^ #`), field
    widths and E/O modifiers: %[flags][width][E|O]conversion."""
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = _weekday(ordinal)
    yday = ordinal - _ymd_to_ordinal(year, 1, 1)       # 0-based
    hour12 = (hour + 11) % 12 + 1

    def convert(code):
        """(value, digits, pad) for a number, a str for text, None when
        glibc does not know the conversion."""
        if code in 'dmHIMSjyUWVgeklCYGsuw':
            if code in 'UWVgG':
                iso_year, iso_week, _ = _iso_calendar(ordinal, year)
            number = {
                'd': (day, 2, '0'), 'm': (month, 2, '0'),
                'H': (hour, 2, '0'), 'I': (hour12, 2, '0'),
                'M': (minute, 2, '0'), 'S': (second, 2, '0'),
                'j': (yday + 1, 3, '0'), 'y': (year % 100, 2, '0'),
                'e': (day, 2, ' '), 'k': (hour, 2, ' '), 'l': (hour12, 2, ' '),
                'C': (year // 100, 1, '0'), 'Y': (year, 1, '0'),
                'u': (weekday + 1, 1, '0'), 'w': ((weekday + 1) % 7, 1, '0'),
            }.get(code)
            if number is not None:
                return number
            if code == 'U':
                return (yday + 7 - (weekday + 1) % 7) // 7, 2, '0'
            if code == 'W':
                return (yday + 7 - weekday) // 7, 2, '0'
            if code == 'V':
                return iso_week, 2, '0'
            if code == 'G':
                return iso_year, 1, '0'
            if code == 'g':
                return iso_year % 100, 2, '0'
            wall = ((ordinal - _EPOCH_ORDINAL) * 86400 + hour * 3600
                    + minute * 60 + second)
            return _local_to_posix(wall, 0), 1, '0'            # %s
        if code in 'aA':
            return _DAY_NAMES[weekday][:3 if code == 'a' else None]
        if code in 'bhB':
            return _MONTH_NAMES[month - 1][:None if code == 'B' else 3]
        if code == 'p':
            return 'AM' if hour < 12 else 'PM'
        if code == 'P':
            return 'am' if hour < 12 else 'pm'
        return {'n': '\n', 't': '\t', '%': '%'}.get(code)

    out = []
    i = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != '%':
            out.append(fmt[i])
            i += 1
            continue
        j = i + 1
        pad_flag = ''
        case_flags = ''
        while j < n and fmt[j] in '_-0^#':
            if fmt[j] in '_-0':
                pad_flag = fmt[j]
            else:
                case_flags += fmt[j]
            j += 1
        width_start = j
        while j < n and '0' <= fmt[j] <= '9':
            j += 1
        width = int(fmt[width_start:j]) if j > width_start else 0
        code = fmt[j] if j < n else ''
        if code in ('E', 'O'):
            j += 1
            if j >= n or fmt[j] not in _STRFTIME_ALTERNATIVE[code]:
                code = ''           # a modifier glibc does not accept
            else:
                code = fmt[j]
        end = min(j + 1, n)
        pad = '0' if pad_flag == '0' else ' '
        upper = '^' in case_flags
        if code in _STRFTIME_COMPOSITE:
            text = _c_strftime(_STRFTIME_COMPOSITE[code], year, month, day,
                               hour, minute, second)
            if pad_flag == '-':
                width = 0
        elif code == 'z':
            text, width = '', 0     # %Ez, %-3z...: glibc prints nothing
        elif code == 'Z':
            text = ''               # %EZ, %-3Z...: an empty, padded name
        else:
            text = convert(code) if code else None
            if text is None:        # unknown: glibc copies it
                text = fmt[i:end]
            elif isinstance(text, tuple):
                out.append(_pad_number(*text, pad_flag, width))
                i = end
                continue
        # Case: ^ upper-cases; # upper-cases names and lower-cases %p; %P
        # is always lower case (lower case wins).
        if code == 'P' or (code == 'p' and '#' in case_flags):
            text = text.lower()
        elif upper or (code and code in 'aAbhB' and '#' in case_flags):
            text = text.upper()
        out.append(text.rjust(width, pad))
        i = end
    return ''.join(out)


def _pad_number(value, digits, pad, pad_flag, width):
    """A number as glibc's strftime pads it: to its usual digits with its
    usual padding, or as the flag ('-' none, '_' spaces, '0' zeros) and the
    field width say."""
    if pad_flag == '-':
        pad, digits = ' ', 0
    elif pad_flag:
        pad = ' ' if pad_flag == '_' else '0'
    size = max(width, digits)
    if value < 0 and pad == '0':
        return '-' + str(-value).rjust(size - 1, '0')
    return str(value).rjust(size, pad)


# --- ISO 8601 parsing (the formats fromisoformat accepts in 3.11) -----------

def _is_digits(s):
    return s != '' and all('0' <= c <= '9' for c in s)


def _iso_date_length(s):
    """Length of the date part at the start of a datetime string (None when
    no date form fits).  The separator after it may be any character, so
    week dates are ambiguous; this resolves them as CPython 3.11 does."""
    if len(s) == 7:
        return 7
    if s[4:5] == '-':
        if s[5:6] != 'W':
            return 10                               # YYYY-MM-DD
        if s[8:9] != '-':
            return 8                                # YYYY-Www
        if len(s) == 9:
            return None
        if len(s) > 10 and '0' <= s[10] <= '9':
            return 8                                # YYYY-Www, '-', time
        return 10                                   # YYYY-Www-D
    if s[4:5] == 'W':
        end = 7
        while end < len(s) and '0' <= s[end] <= '9':
            end += 1
        if end < 9:
            return end                              # YYYYWww or YYYYWwwD
        # A run of digits: the time's digits come in pairs.
        return 7 if end % 2 == 0 else 8
    return 8                                        # YYYYMMDD


def _parse_iso_date(s):
    """Parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] at the start
    of s; returns (year, month, day) or None.  Like CPython, it ignores what
    follows a complete date (date.fromisoformat checks only the length).
    Month and day are range-checked later, by the constructor; week dates
    are checked here."""
    if not _is_digits(s[:4]):
        return None
    year = int(s[:4])
    extended = s[4:5] == '-'
    i = 5 if extended else 4
    if s[i:i + 1] == 'W':
        week_text = s[i + 1:i + 3]
        i += 3
        if len(week_text) != 2 or not _is_digits(week_text):
            return None
        weekday = 1
        if i < len(s):
            if extended:
                if s[i] != '-':
                    return None
                i += 1
            if not _is_digits(s[i:i + 1]):
                return None
            weekday = int(s[i])
        week = int(week_text)
        if not (MINYEAR <= year <= MAXYEAR and 1 <= weekday <= 7
                and 1 <= week <= _iso_weeks_in_year(year)):
            return None
        return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7
                               + weekday - 1)
    month_text = s[i:i + 2]
    i += 2
    if extended:
        if s[i:i + 1] != '-':
            return None
        i += 1
    day_text = s[i:i + 2]
    if len(month_text) != 2 or len(day_text) != 2 \
            or not _is_digits(month_text + day_text):
        return None
    return year, int(month_text), int(day_text)


def _parse_hms(s, start, end):
    """Parses HH[:MM[:SS]][.fff] (or HH[MM[SS]]...) in s[start:end].
    Returns ((hour, minute, second, microsecond), clean) or None; `clean` is
    False when one stray character ends the text after a complete field,
    which CPython tolerates only in front of a UTC offset."""
    values = [0, 0, 0, 0]
    colons = False
    i = start
    for k in range(3):
        if i + 2 > end or not _is_digits(s[i:i + 2]):
            return None
        values[k] = int(s[i:i + 2])
        i += 2
        if i >= end:
            return values, True
        c = s[i]
        i += 1
        if k == 0:
            colons = c == ':'
        if i >= end:
            # CPython works on UTF-8 bytes: a non-ASCII character is more
            # than one stray byte.
            return (values, False) if c < '\x80' else None
        if colons and c == ':':
            continue
        if c in '.,':
            break
        if colons:
            return None
        i -= 1                      # basic format: no separator
    # Fraction: up to six digits count, more are ignored.
    digits = s[i:min(end, i + 6)]
    if not _is_digits(digits):
        return None
    values[3] = int(digits.ljust(6, '0'))
    i += len(digits)
    while i < end and '0' <= s[i] <= '9':
        i += 1
    return values, i == end


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) or None."""
    tz_start = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            tz_start = i
            break
    parsed = _parse_hms(s, 0, tz_start)
    if parsed is None:
        return None
    fields, clean = parsed
    if tz_start == len(s):
        return (*fields, None) if clean else None
    if s[tz_start] == 'Z':
        if tz_start != len(s) - 1:
            return None
        return (*fields, timezone.utc)
    parsed = _parse_hms(s, tz_start + 1, len(s))
    if parsed is None or not parsed[1]:
        return None
    hours, minutes, seconds, microseconds = parsed[0]
    sign = -1 if s[tz_start] == '-' else 1
    seconds = sign * (hours * 3600 + minutes * 60 + seconds)
    if seconds == 0:
        tz = timezone.utc
    else:
        tz = timezone(timedelta(seconds=seconds,
                                microseconds=sign * microseconds))
    return (*fields, tz)


def _check_isoformat_arg(s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')


def _invalid_isoformat(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


# --- timedelta --------------------------------------------------------------

class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0)

    All arguments are optional and default to 0; they may be ints or
    floats, positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            seconds += ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60
            return _new_timedelta(seconds * _US_PER_SECOND
                                  + milliseconds * 1000 + microseconds, cls)
        total = 0
        leftover = 0.0      # fractions of a microsecond from float arguments
        for value, factor, name in (
                (microseconds, 1, 'microseconds'),
                (milliseconds, 1000, 'milliseconds'),
                (seconds, _US_PER_SECOND, 'seconds'),
                (minutes, 60 * _US_PER_SECOND, 'minutes'),
                (hours, 3600 * _US_PER_SECOND, 'hours'),
                (days, _US_PER_DAY, 'days'),
                (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (name, type(value).__name__))
        if leftover:
            # Round to the nearest microsecond, ties to an even total.
            whole = _math.floor(leftover)
            rest = leftover - whole
            if rest > 0.5 or (rest == 0.5 and (total + int(whole)) % 2):
                whole += 1
            total += int(whole)
        return _new_timedelta(total, cls)

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds,
                       doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (>= 0 and less than '
                                '1 second).')

    def _to_microseconds(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / _US_PER_SECOND

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_label(type(self)), ', '.join(args) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        return text

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_microseconds()
                                  + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_microseconds()
                                  - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _new_timedelta(-self._to_microseconds())

    def __pos__(self):
        return _new_timedelta(self._to_microseconds())

    def __abs__(self):
        return _new_timedelta(abs(self._to_microseconds()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_timedelta(self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _new_timedelta(_div_nearest(
                self._to_microseconds() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return _new_timedelta(_div_nearest(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _new_timedelta(_div_nearest(
                self._to_microseconds() * denominator, numerator))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return _new_timedelta(self._to_microseconds() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_microseconds()
                                  % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, _new_timedelta(r)
        return NotImplemented

    # Comparisons

    def _key(self):
        return self._days, self._seconds, self._microseconds

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = _new_timedelta(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _new_timedelta((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _new_timedelta(1)
_ZERO = _new_timedelta(0)
_ONE_DAY = _new_timedelta(_US_PER_DAY)


# --- date -------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        _check_date_fields(year, month, day)
        return _raw_date(cls, year, month, day)

    # Alternative constructors

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is
        interpreted as local time."""
        seconds, _ = _split_timestamp(t, round_half_even=False)
        year, month, day = _local_fields(seconds)[:3]
        return cls(year, month, day)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        _check_isoformat_arg(date_string)
        ymd = None
        # CPython checks the length of the UTF-8 encoding.
        if len(date_string.encode('utf-8', 'surrogatepass')) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise _invalid_isoformat(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number
        and weekday.

        This is the inverse of the date.isocalendar() function"""
        try:
            year, week, day = _c_int(year), _c_int(week), _c_int(day)
        except OverflowError:
            raise ValueError('ISO calendar component out of range') from None
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 1 <= week <= _iso_weeks_in_year(year):
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ordinal_to_ymd(ordinal))

    # Fields

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    # Conversions

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_label(type(self)), self._year,
                                   self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return self.strftime('%a %b %e %H:%M:%S ') + '%04d' % self._year

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_str_arg(format, 'strftime', 1)
        return _strftime(format, self._year, self._month, self._day,
                         0, 0, 0, 0)

    def __format__(self, fmt):
        _check_str_arg(fmt, 'format', 1)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
        Monday == 0 ... Sunday == 6"""
        return _weekday(self.toordinal())

    def isoweekday(self):
        """Return the day of the week represented by the date.
        Monday == 1 ... Sunday == 7"""
        return _weekday(self.toordinal()) + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and
        weekday."""
        return IsoCalendarDate(*_iso_calendar(self.toordinal(), self._year))

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        # Like CPython, this bypasses a subclass's __new__ and __init__.
        return date.__new__(type(self), year, month, day)

    # Comparisons: a date is never equal to a datetime, and not ordered
    # with one (datetime raises TypeError for that).

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def _key(self):
        return self._year, self._month, self._day

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    # Arithmetic: only whole days of a timedelta count.

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return _date_of_type(type(self), *_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() - other._days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return _date_of_type(type(self), *_ordinal_to_ymd(ordinal))
        if self._comparable(other):
            return _new_timedelta((self.toordinal() - other.toordinal())
                                  * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return type(self), self._key()


date.min = _raw_date(date, 1, 1, 1)
date.max = _raw_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


def _struct_time(year, month, day, hour, minute, second, isdst):
    ordinal = _ymd_to_ordinal(year, month, day)
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    return _time.struct_time((year, month, day, hour, minute, second,
                              _weekday(ordinal), yday, isdst))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple date.isocalendar() returns."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            _type_label(type(self)), self[0], self[1], self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)


# --- tzinfo -------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values
        indicating West of UTC"""
        raise NotImplementedError(
            'a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = _check_offset('utcoffset', self.utcoffset(dt))
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt += offset - dst
        dst = _check_offset('dst', dt.dst())
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args else ()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state) if state else (type(self), args)


# --- time ---------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time
    object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second = _c_int(hour), _c_int(minute), _c_int(second)
        microsecond, fold = _c_int(microsecond), _c_int(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _raw_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        _check_isoformat_arg(time_string)
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise _invalid_isoformat(time_string)
        return cls(*fields)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # Time zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # Conversions

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_label(type(self)), text)

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

        The optional argument timespec specifies the number of additional
        terms of the time to include. Valid options are 'auto', 'hours',
        'minutes', 'seconds', 'milliseconds' and 'microseconds'."""
        _check_str_arg(timespec, 'isoformat', 1)
        return (_format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_str_arg(format, 'strftime', 1)
        return _strftime(format, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self)

    def __format__(self, fmt):
        _check_str_arg(fmt, 'format', 1)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        # Like CPython, this bypasses a subclass's __new__ and __init__.
        return _time_class.__new__(type(self), hour, minute, second,
                                   microsecond, tzinfo, fold=fold)

    # Comparisons and hashing: aware times compare by their UTC equivalent.

    def _us_of_day(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    def _compare(self, other, ordering):
        """-1, 0 or 1; None for unequal naive/aware times under ==/!="""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._us_of_day(), other._us_of_day()
        else:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                if not ordering:
                    return None
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
            mine, theirs = self._us_of_day(), other._us_of_day()
            if my_offset is not None:
                mine -= my_offset._to_microseconds()
                theirs -= their_offset._to_microseconds()
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        us = self._us_of_day()
        offset = self.replace(fold=0).utcoffset() if self._fold \
            else self.utcoffset()
        if offset is not None:
            us -= offset._to_microseconds()
        return hash(us)

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


time.min = _raw_time(time, 0, 0, 0, 0, None, 0)
time.max = _raw_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# --- datetime -----------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0,
                minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        hour, minute, second = _c_int(hour), _c_int(minute), _c_int(second)
        microsecond, fold = _c_int(microsecond), _c_int(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _raw_datetime(cls, year, month, day, hour, minute, second,
                             microsecond, tzinfo, fold)

    # Alternative constructors

    @classmethod
    def _from_posix(cls, seconds, us, tz):
        if tz is None:
            fields = _local_fields(seconds)
            return _call_with_fold(cls, _local_fold(seconds), *fields, us,
                                   None)
        fields = _utc_fields(seconds)
        return tz.fromutc(cls(*fields, us, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        return cls._from_posix(seconds, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return cls(*_utc_fields(seconds), us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

          tz
            Timezone object.

        If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        seconds, ns = divmod(_time.time_ns(), 1000000000)
        us = _div_nearest(ns, 1000)
        if us == _US_PER_SECOND:
            seconds, us = seconds + 1, 0
        return cls._from_posix(seconds, us, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        seconds, ns = divmod(_time.time_ns(), 1000000000)
        us = _div_nearest(ns, 1000)
        if us == _US_PER_SECOND:
            seconds, us = seconds + 1, 0
        return cls(*_utc_fields(seconds), us, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % _arg_type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % _arg_type_name(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        return _call_with_fold(cls, time._fold, date._year, date._month,
                               date._day, time._hour, time._minute,
                               time._second, time._microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        _check_isoformat_arg(date_string)
        length = _iso_date_length(date_string)
        ymd = None
        if length is not None:
            ymd = _parse_iso_date(date_string[:length])
        if ymd is None:
            raise _invalid_isoformat(date_string)
        if len(date_string) == length:
            return cls(*ymd)
        fields = _parse_iso_time(date_string[length + 1:])
        if fields is None:
            raise _invalid_isoformat(date_string)
        return cls(*ymd, *fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like
        time.strptime())."""
        args = _strptime(date_string, format)
        if args[-1] is None:            # no %z: CPython passes no tzinfo
            args = args[:-1]
        return cls(*args)

    # Fields

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # Parts

    def date(self):
        """Return date object with same year, month and day."""
        return _raw_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _raw_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _raw_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        # Like CPython, this bypasses a subclass's __new__ and __init__.
        return datetime.__new__(type(self), year, month, day, hour, minute,
                                second, microsecond, tzinfo, fold=fold)

    # Time zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _local_timezone(self):
        """The local zone in effect at this naive local time."""
        return _local_timezone(_local_to_posix(_wall_seconds(self), self._fold))

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        own = self._tzinfo
        if own is None:
            own = self._local_timezone()
        if own is tz:
            return self
        offset = _check_offset('utcoffset', own.utcoffset(self))
        if offset is None:
            own = self._local_timezone()
            offset = _check_offset('utcoffset', own.utcoffset(self))
        utc = _datetime_from_us(type(self),
                                self._to_microseconds()
                                - offset._to_microseconds(), None)
        if tz is None:
            tz = _local_timezone((utc._to_microseconds()
                                  - (_EPOCH_ORDINAL - 1) * _US_PER_DAY)
                                 // _US_PER_SECOND)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = _local_to_posix(_wall_seconds(self), self._fold)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, isdst)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        dt = self
        offset = self.utcoffset()
        if offset:
            dt = _datetime_from_us(datetime, self._to_microseconds()
                                   - offset._to_microseconds(), None)
        return _struct_time(dt._year, dt._month, dt._day, dt._hour,
                            dt._minute, dt._second, 0)

    # Formatting

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        text = ', '.join(map(str, fields))
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_type_label(type(self)), text)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
        sep is used to separate the year from the time, and defaults to 'T'.
        The optional argument timespec specifies the number of additional
        terms of the time to include. Valid options are 'auto', 'hours',
        'minutes', 'seconds', 'milliseconds' and 'microseconds'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % _arg_type_name(sep))
        _check_str_arg(timespec, 'isoformat', 2)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        """Return ctime() style string."""
        return self.strftime('%a %b %e %H:%M:%S ') + '%04d' % self._year

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_str_arg(format, 'strftime', 1)
        return _strftime(format, self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond, self)

    # Comparisons and hashing: aware datetimes compare by their UTC
    # equivalent, unless they share a tzinfo object.

    def _to_microseconds(self):
        """Microseconds from 0001-01-01 00:00 (day 1) to the wall time."""
        return ((self.toordinal() - 1) * _US_PER_DAY
                + ((self._hour * 60 + self._minute) * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    def _offset_depends_on_fold(self, offset):
        return self.replace(fold=1 - self._fold).utcoffset() != offset

    def _compare(self, other, ordering):
        """-1, 0 or 1; None when == must be False whatever the fields."""
        mine, theirs = self._to_microseconds(), other._to_microseconds()
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                if not ordering:
                    return None
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
            if my_offset is not None:
                # PEP 495: an ambiguous time is never equal to a time in
                # another zone.
                if not ordering and (
                        self._offset_depends_on_fold(my_offset)
                        or other._offset_depends_on_fold(their_offset)):
                    return None
                mine -= my_offset._to_microseconds()
                theirs -= their_offset._to_microseconds()
        return (mine > theirs) - (mine < theirs)

    def _check_other(self, other):
        """True for a datetime; raises for a plain date (ordering only)."""
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (
                _type_label(type(self)), _type_label(type(other))))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if self._check_other(other):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if self._check_other(other):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._check_other(other):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._check_other(other):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        us = self._to_microseconds()
        offset = self.replace(fold=0).utcoffset() if self._fold \
            else self.utcoffset()
        if offset is not None:
            us -= offset._to_microseconds()
        return hash(us)

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._to_microseconds()
                                     + other._to_microseconds(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._to_microseconds()
                                     - other._to_microseconds(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        us = self._to_microseconds() - other._to_microseconds()
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if my_offset is not None:
                us -= (my_offset._to_microseconds()
                       - their_offset._to_microseconds())
        return _new_timedelta(us)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour,
                            self._minute, self._second, self._microsecond,
                            self._tzinfo)


_date_class = date
_time_class = time
datetime.min = _raw_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _raw_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999,
                             None, 0)
datetime.resolution = timedelta.resolution


# --- timezone -------------------------------------------------------------

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta,'
                            ' not %s' % _arg_type_name(offset))
        if name is not _MISSING and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_type_name(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        if name is _MISSING:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base "
                        "type")

    def _check_dt(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt('dst', dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.
        Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


_UTC = None
_UTC = timezone(_ZERO)
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


# --- strptime -------------------------------------------------------------

def _names_pattern(names):
    """A regex alternation of names, longest first (so 'march' beats 'mar')."""
    return '|'.join(sorted((n.lower() for n in names), key=len, reverse=True))


_STRPTIME_FIELDS = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'G': r'\d\d\d\d',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[0-1]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
    'a': _names_pattern(n[:3] for n in _DAY_NAMES),
    'A': _names_pattern(_DAY_NAMES),
    'b': _names_pattern(n[:3] for n in _MONTH_NAMES),
    'B': _names_pattern(_MONTH_NAMES),
    'p': 'am|pm',
}
_STRPTIME_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                       'X': '%H:%M:%S'}
_strptime_cache = {}


def _strptime_regex(fmt):
    """Compiles a strptime format into a regex with one named group per
    directive (whitespace matches any run of whitespace)."""
    import re
    compiled = _strptime_cache.get(fmt)
    if compiled is not None:
        return compiled
    zones = {'utc', 'gmt'}
    zones.update(name.lower() for name in _time.tzname)
    fields = dict(_STRPTIME_FIELDS, Z=_names_pattern(zones))

    def translate(text):
        out = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == '%':
                if i + 1 == len(text):
                    raise ValueError("stray %% in format '%s'" % fmt)
                code = text[i + 1]
                i += 2
                if code == '%':
                    out.append('%')
                elif code in _STRPTIME_COMPOSITE:
                    out.append(translate(_STRPTIME_COMPOSITE[code]))
                elif code in fields:
                    out.append('(?P<%s>%s)' % (code, fields[code]))
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'"
                                     % (code, fmt))
            elif c.isspace():
                while i < len(text) and text[i].isspace():
                    i += 1
                out.append(r'\s+')
            else:
                out.append(re.escape(c))
                i += 1
        return ''.join(out)

    compiled = re.compile(translate(fmt), re.IGNORECASE)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[fmt] = compiled
    return compiled


def _strptime(data, fmt):
    """The datetime constructor arguments strptime(data, fmt) describes."""
    _check_str_arg(data, 'strptime', 1)
    _check_str_arg(fmt, 'strptime', 2)
    match = _strptime_regex(fmt).match(data)
    if match is None:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if match.end() != len(data):
        raise ValueError('unconverted data remains: %s'
                         % data[match.end():])
    found = {k: v for k, v in match.groupdict().items() if v is not None}

    # Fields in the order the format gives them: a later directive for the
    # same field wins, as in CPython.
    year = iso_year = None
    month = day = 1
    hour = minute = second = microsecond = 0
    weekday = julian = week = week_code = iso_week = tz = None
    for code, text in found.items():
        if code == 'y':
            year = int(text) + (2000 if int(text) <= 68 else 1900)
        elif code == 'Y':
            year = int(text)
        elif code == 'G':
            iso_year = int(text)
        elif code == 'm':
            month = int(text)
        elif code in 'Bb':
            names = [n if code == 'B' else n[:3] for n in _MONTH_NAMES]
            month = [n.lower() for n in names].index(text.lower()) + 1
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
        elif code == 'I':
            hour = int(text) % 12
            if found.get('p', '').lower() == 'pm':
                hour += 12
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            microsecond = int(text.ljust(6, '0'))
        elif code in 'Aa':
            names = [n if code == 'A' else n[:3] for n in _DAY_NAMES]
            weekday = [n.lower() for n in names].index(text.lower())
        elif code == 'w':
            weekday = (int(text) - 1) % 7           # Monday is 0
        elif code == 'u':
            weekday = int(text) - 1
        elif code == 'j':
            julian = int(text)
        elif code in 'UW':
            week, week_code = int(text), code
        elif code == 'V':
            iso_week = int(text)

    # Which combinations CPython rejects: %G needs %V and a weekday unless
    # %Y/%y is there too; %V without %U/%W needs %G (the ISO branch).
    if iso_year is not None and year is None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None and week_code is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    if year is None:
        year = 1900

    # The day: from %j, else from a week number and a weekday.
    ordinal = None
    jan1 = _ymd_to_ordinal(year, 1, 1)
    if julian is not None:
        ordinal = jan1 + julian - 1
    elif weekday is not None and week_code is not None:
        # Week 1 starts on the year's first Monday (%W) or Sunday (%U);
        # week 0 is the days before it.
        shift = 1 if week_code == 'U' else 0
        first_weekday = (_weekday(jan1) + shift) % 7
        day_of_week = (weekday + shift) % 7
        if week == 0:
            ordinal = jan1 - first_weekday + day_of_week
        else:
            ordinal = (jan1 + (7 - first_weekday) % 7 + (week - 1) * 7
                       + day_of_week)
    elif weekday is not None and iso_year is not None \
            and iso_week is not None:
        ordinal = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
    if ordinal is not None:
        year, month, day = _ordinal_to_ymd(ordinal)
    if 'z' in found:
        tz = _strptime_offset(found['z'], found.get('Z'))
    return year, month, day, hour, minute, second, microsecond, tz


def _strptime_offset(text, zone_name):
    """The timezone of a %z field ('Z', '+HHMM', '-HH:MM:SS.ffffff', ...)."""
    if text == 'Z':
        seconds = microseconds = 0
    else:
        if text[3:4] == ':':
            if len(text) > 6 and text[6] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            text = text.replace(':', '')
        sign = -1 if text[0] == '-' else 1
        seconds = int(text[1:3]) * 3600 + int(text[3:5]) * 60
        seconds += int(text[5:7] or 0)
        microseconds = int(text[8:].ljust(6, '0')) if text[7:8] == '.' else 0
        seconds *= sign
        microseconds *= sign
    delta = timedelta(seconds=seconds, microseconds=microseconds)
    if zone_name:
        return timezone(delta, zone_name)
    return timezone(delta)
