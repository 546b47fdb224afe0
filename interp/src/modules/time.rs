//! `time`: clocks, sleep, and calendar time (`gmtime`, `localtime`,
//! `mktime`, `strftime`, `asctime`, `ctime`, `struct_time`).
//!
//! Calendar conversions use the proleptic Gregorian calendar (Howard
//! Hinnant's `days_from_civil`/`civil_from_days`).  Taipan has no time-zone
//! database: local time is UTC (`timezone == 0`, `tzname == ('UTC', 'UTC')`),
//! which is what CPython reports on a machine whose zone is UTC, as on the
//! test machines.  `struct_time` is a struct sequence (see `sys`) of the
//! nine classic fields; `tm_zone` and `tm_gmtoff` are getters outside the
//! sequence, as in CPython.
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn mono() -> f64 {
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

fn t_time(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_float(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0),
    ))
}
fn t_mono(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_float(mono()))
}
fn t_ns(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_int(START.get_or_init(Instant::now).elapsed().as_nanos() as i64))
}
fn t_time_ns(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_int(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0),
    ))
}
fn t_sleep(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "sleep", 1, 1)?;
    let s = crate::builtins::to_f64(th, a.pos[0])?;
    if s < 0.0 {
        return Err(th.value_error("sleep length must be non-negative".into()));
    }
    if s.is_nan() {
        return Err(th.value_error("Invalid value NaN (not a number)".into()));
    }
    // CPython keeps time in i64 nanoseconds.
    if s * 1e9 >= i64::MAX as f64 {
        return Err(th.new_exc(g().exc.overflow_error, "sleep length is too large".into()));
    }
    let total = std::time::Duration::from_secs_f64(s);
    // Sleep in a safe region (collections do not wait for this thread);
    // the main thread in short slices, so SIGINT raises KeyboardInterrupt
    // promptly, as CPython's interrupted sleep does; another thread at
    // once, so that it stays in its region (collections then skip its
    // roots: `IDLE_SLICE`).
    let most = if th.is_main() {
        std::time::Duration::from_millis(10)
    } else {
        crate::modules::thread::IDLE_SLICE
    };
    let deadline = std::time::Instant::now() + total;
    loop {
        if th.mutator.poll_word() != 0 {
            crate::eval::poll_slow(th)?;
        }
        let now = std::time::Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(most);
        th.mutator.blocking(|| std::thread::sleep(slice));
    }
    Ok(g().none)
}

// --- Calendar time ---

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The nine struct_time fields of a UTC timestamp.
fn broken_down(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday = 0)
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

/// The `struct_time` type (created on first use, kept in `types().extra`).
fn struct_time_type(th: &Thread) -> PyResult<Gc<crate::objects::type_::TypeObj>> {
    if let Some(t) = crate::runtime::types()
        .extra
        .borrow()
        .get("time.struct_time")
    {
        return Ok(*t);
    }
    let t = crate::modules::sys::struct_seq_type(
        th,
        "time",
        "struct_time",
        &[
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst",
        ],
    )?;
    crate::objects::add_fn(th, t, "struct_time", "tm_zone", tm_zone, Binding::Getter);
    crate::objects::add_fn(
        th,
        t,
        "struct_time",
        "tm_gmtoff",
        tm_gmtoff,
        Binding::Getter,
    );
    crate::runtime::types()
        .extra
        .borrow_mut()
        .insert("time.struct_time", t);
    Ok(t)
}

fn tm_zone(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_str("UTC"))
}
fn tm_gmtoff(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(Value::small(0))
}

fn new_struct_time(th: &Thread, f: [i64; 9]) -> PyResult<Value> {
    let t = struct_time_type(th)?;
    let items = crate::runtime::TempVec::new(th);
    for x in f {
        let v = th.new_int(x);
        items.push(v);
    }
    Ok(crate::modules::sys::struct_seq_new(th, t, items.to_vec()))
}

/// The seconds argument of gmtime/localtime/ctime (None: now).
fn secs_arg(th: &Thread, a: &Args, fname: &str) -> PyResult<i64> {
    a.check(th, fname, 0, 1)?;
    match a.pos.first() {
        None => Ok(now_secs().floor() as i64),
        Some(v) if *v == g().none => Ok(now_secs().floor() as i64),
        Some(v) => {
            if let Some(i) = crate::objects::int::to_i64(*v) {
                return Ok(i);
            }
            let f = crate::builtins::to_f64(th, *v)?;
            if !f.is_finite() {
                return Err(th.value_error(if f.is_nan() {
                    "Invalid value NaN (not a number)".into()
                } else {
                    "cannot convert float infinity to integer".into()
                }));
            }
            if f.abs() > 1e17 {
                return Err(th.overflow_error("timestamp out of range for platform time_t".into()));
            }
            Ok(f.floor() as i64)
        }
    }
}

fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn t_gmtime(th: &Thread, a: Args) -> PyResult<Value> {
    let s = secs_arg(th, &a, "gmtime")?;
    if !(-67768040609740800..=67768036191676799).contains(&s) {
        return Err(th.overflow_error("timestamp out of range for platform time_t".into()));
    }
    new_struct_time(th, broken_down(s))
}

fn t_localtime(th: &Thread, a: Args) -> PyResult<Value> {
    let s = secs_arg(th, &a, "localtime")?;
    if !(-67768040609740800..=67768036191676799).contains(&s) {
        return Err(th.overflow_error("timestamp out of range for platform time_t".into()));
    }
    new_struct_time(th, broken_down(s))
}

/// The nine fields of a struct_time or 9-sequence argument.
fn tuple_arg(th: &Thread, v: Value, fname: &str) -> PyResult<[i64; 9]> {
    // The tuple's own items, as CPython reads them (a subclass's
    // `__iter__` is not called); the tuple keeps them alive.
    let items = if let Some(t) = v.downcast::<crate::objects::tuple::Tuple>() {
        t.items().to_vec()
    } else {
        return Err(th.type_error("Tuple or struct_time argument required".into()));
    };
    if items.len() != 9 {
        return Err(th.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        let n = ops::index(th, *x)?;
        out[i] = crate::objects::int::to_i64(n)
            .ok_or_else(|| th.overflow_error("Python int too large to convert to C long".into()))?;
    }
    Ok(out)
}

/// The time argument of strftime/asctime (absent: the current local time).
fn opt_tuple_arg(th: &Thread, a: &Args, i: usize, fname: &str) -> PyResult<[i64; 9]> {
    match a.pos.get(i) {
        Some(v) => tuple_arg(th, *v, fname),
        None => Ok(broken_down(now_secs().floor() as i64)),
    }
}

fn t_mktime(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "mktime", 1, 1)?;
    let f = tuple_arg(th, a.pos[0], "mktime")?;
    // Normalise the month like C's mktime, then count days.
    let m0 = f[1] - 1;
    let y = f[0] + m0.div_euclid(12);
    let m = m0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let secs = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    Ok(th.new_float(secs as f64))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(w: i64) -> &'static str {
    DAYS[w.rem_euclid(7) as usize]
}
fn month_name(m: i64) -> &'static str {
    MONTHS[(m - 1).rem_euclid(12) as usize]
}

fn asctime_str(f: &[i64; 9]) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day_name(f[6])[..3],
        &month_name(f[1])[..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

/// Week number of the year, weeks starting on `first` (0 = Sunday for %U, 1 = Monday for %W).
fn week_number(f: &[i64; 9], monday_first: bool) -> i64 {
    let yday = f[7] - 1; // 0-based
    // CPython's wday: Monday = 0; C's: Sunday = 0.
    let cwday = (f[6] + 1) % 7;
    let wd = if monday_first { (cwday + 6) % 7 } else { cwday };
    (yday + 7 - wd) / 7
}

fn strftime_str(th: &Thread, fmt: &str, f: &[i64; 9]) -> PyResult<String> {
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let hour12 = if f[3] % 12 == 0 { 12 } else { f[3] % 12 };
        match d {
            'Y' => out.push_str(&f[0].to_string()),
            'y' => out.push_str(&format!("{:02}", f[0].rem_euclid(100))),
            'C' => out.push_str(&format!("{:02}", f[0].div_euclid(100))),
            'm' => out.push_str(&format!("{:02}", f[1])),
            'd' => out.push_str(&format!("{:02}", f[2])),
            'e' => out.push_str(&format!("{:2}", f[2])),
            'H' => out.push_str(&format!("{:02}", f[3])),
            'I' => out.push_str(&format!("{hour12:02}")),
            'M' => out.push_str(&format!("{:02}", f[4])),
            'S' => out.push_str(&format!("{:02}", f[5])),
            'p' => out.push_str(if f[3] < 12 { "AM" } else { "PM" }),
            'a' => out.push_str(&day_name(f[6])[..3]),
            'A' => out.push_str(day_name(f[6])),
            'b' | 'h' => out.push_str(&month_name(f[1])[..3]),
            'B' => out.push_str(month_name(f[1])),
            'j' => out.push_str(&format!("{:03}", f[7])),
            'w' => out.push_str(&((f[6] + 1) % 7).to_string()),
            'u' => out.push_str(&(f[6].rem_euclid(7) + 1).to_string()),
            'U' => out.push_str(&format!("{:02}", week_number(f, false))),
            'W' => out.push_str(&format!("{:02}", week_number(f, true))),
            'Z' => out.push_str("UTC"),
            'z' => out.push_str("+0000"),
            'c' => out.push_str(&asctime_str(f)),
            'x' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                f[1],
                f[2],
                f[0].rem_euclid(100)
            )),
            'X' | 'T' => out.push_str(&format!("{:02}:{:02}:{:02}", f[3], f[4], f[5])),
            'D' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                f[1],
                f[2],
                f[0].rem_euclid(100)
            )),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", f[0], f[1], f[2])),
            'R' => out.push_str(&format!("{:02}:{:02}", f[3], f[4])),
            'r' => out.push_str(&format!(
                "{hour12:02}:{:02}:{:02} {}",
                f[4],
                f[5],
                if f[3] < 12 { "AM" } else { "PM" }
            )),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    let _ = th;
    Ok(out)
}

fn t_strftime(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "strftime", 1, 2)?;
    let fmt = crate::objects::str::as_str(a.pos[0]).ok_or_else(|| {
        th.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            crate::objects::type_::type_name(a.pos[0])
        ))
    })?;
    let f = opt_tuple_arg(th, &a, 1, "strftime")?;
    if !(1..=12).contains(&f[1]) && f[1] != 0 {
        return Err(th.value_error("month out of range".into()));
    }
    Ok(th.new_string(strftime_str(th, fmt, &f)?))
}

fn t_asctime(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "asctime", 0, 1)?;
    let f = opt_tuple_arg(th, &a, 0, "asctime")?;
    Ok(th.new_string(asctime_str(&f)))
}

fn t_ctime(th: &Thread, a: Args) -> PyResult<Value> {
    let s = secs_arg(th, &a, "ctime")?;
    Ok(th.new_string(asctime_str(&broken_down(s))))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("gmtime", t_gmtime),
    ("localtime", t_localtime),
    ("mktime", t_mktime),
    ("strftime", t_strftime),
    ("asctime", t_asctime),
    ("ctime", t_ctime),
    ("thread_time", t_mono),
    ("time", t_time),
    ("time_ns", t_time_ns),
    ("perf_counter", t_mono),
    ("perf_counter_ns", t_ns),
    ("monotonic", t_mono),
    ("monotonic_ns", t_ns),
    ("process_time", t_mono),
    ("sleep", t_sleep),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    for (n, f) in FUNCS {
        dict::set_item_str(
            th,
            m.dict,
            th.intern(n),
            new_native(th, n, "time", *f, Binding::Function),
        );
    }
    let set = |k: &str, v: Value| dict::set_item_str(th, m.dict, th.intern(k), v);
    set("struct_time", struct_time_type(th)?.value());
    set("timezone", Value::small(0));
    set("altzone", Value::small(0));
    set("daylight", Value::small(0));
    let utc = th.new_str("UTC");
    set("tzname", th.new_tuple_from(&[utc, utc]));
    Ok(())
}
