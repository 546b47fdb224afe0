//! `time`: clocks and sleep.
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
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
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(g().none)
}

const FUNCS: &[(&str, NativeFn)] = &[
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
    Ok(())
}
