//! `gc`: the interface of CPython's cycle collector over Taipan's tracing
//! collector (`gc` crate, see docs/GC.md).
//!
//! Taipan's heap is a mark-sweep collector that reclaims cycles like any
//! other garbage, so there is no separate cycle detector to control:
//!
//! - `gc.collect()` runs a full collection now (`Mutator::collect`) and
//!   returns how many objects it freed (CPython returns the number of
//!   unreachable objects found; both are counts >= 0).
//! - `gc.disable()` / `gc.enable()` / `gc.isenabled()` record a flag only.
//!   Collections triggered by allocation still run while "disabled": the
//!   heap must collect to stay bounded, and no Python-visible behaviour
//!   depends on when a collection happens, beyond when weakref callbacks
//!   and `__del__` run.
//! - Weakref callbacks and `__del__` methods that the collection queued
//!   run before `gc.collect()` returns.
//! - `get_threshold` / `set_threshold` keep CPython's three numbers for
//!   programs that read them back; they do not tune the heap.
//! - `garbage` is always an empty list: nothing is ever uncollectable.
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESHOLD: Mutex<(i64, i64, i64)> = Mutex::new((700, 10, 10));

fn gc_collect(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "collect", 0, 1)?;
    if let Some(generation) = a.get(0, "generation") {
        let n = ops::index(th, generation)?;
        if !crate::objects::int::to_i64(n).is_some_and(|x| (0..=2).contains(&x)) {
            return Err(th.value_error("invalid generation".into()));
        }
    }
    wipe_dead_stack(th, &a);
    let before = g().heap.stats().freed_objects;
    th.mutator.collect();
    let freed = g().heap.stats().freed_objects.saturating_sub(before);
    th.mutator.take_finalize();
    crate::modules::weakref::run_finalization_work(th);
    Ok(th.new_int(freed.min(i64::MAX as u64) as i64))
}

/// Clears the dead slots of the value stacks of the calling thread's
/// frames, so stale values of earlier expressions do not keep objects (and
/// their weakrefs and `__del__`) alive through an explicit collection.
/// The innermost frame: when `gc.collect()` is called from the interpreter
/// loop, its arguments are the top of that frame's value stack (checked by
/// address).  Outer frames: those suspended at a call made by the loop,
/// where the saved stack depth is exact (`Frame::sp_exact`).
fn wipe_dead_stack(th: &Thread, a: &Args) {
    use crate::objects::frame::Frame;
    let Some(fr) = th.frame.get().downcast::<Frame>() else {
        return;
    };
    let inner = crate::layout::payload_static(fr);
    let slots = inner.slots.slice_mut();
    let range = slots.as_ptr_range();
    let mut top = None;
    for s in [a.pos, a.kwvals] {
        let r = s.as_ptr_range();
        if r.start >= range.start && r.end <= range.end {
            let i = (r.end as usize - range.start as usize) / std::mem::size_of::<Value>();
            top = Some(top.map_or(i, |t: usize| t.max(i)));
        }
    }
    if let Some(i) = top
        && i >= inner.code.code.nlocalsplus()
    {
        slots[i..].fill(Value::NULL);
    }
    let mut f = inner.back.get();
    while let Some(outer) = f.downcast::<Frame>() {
        let o = crate::layout::payload_static(outer);
        if o.sp_exact.get() {
            let sp = o.sp.get() as usize;
            let slots = o.slots.slice_mut();
            if sp >= o.code.code.nlocalsplus() && sp <= slots.len() {
                slots[sp..].fill(Value::NULL);
            }
        }
        f = o.back.get();
    }
}

fn gc_enable(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "enable", 0, 0)?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(g().none)
}

fn gc_disable(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "disable", 0, 0)?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(g().none)
}

fn gc_isenabled(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "isenabled", 0, 0)?;
    Ok(th.bool_val(ENABLED.load(Ordering::Relaxed)))
}

fn gc_get_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "get_count", 0, 0)?;
    Ok(th.new_tuple_from(&[Value::small(0), Value::small(0), Value::small(0)]))
}

fn gc_get_threshold(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "get_threshold", 0, 0)?;
    let (x, y, z) = *THRESHOLD.lock().unwrap_or_else(|e| e.into_inner());
    Ok(th.new_tuple_from(&[Value::small(x), Value::small(y), Value::small(z)]))
}

fn gc_set_threshold(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "set_threshold")?;
    if a.pos.is_empty() || a.pos.len() > 3 {
        return Err(th.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut vals = [0i64; 3];
    for (i, v) in a.pos.iter().enumerate() {
        let n = ops::index(th, *v)?;
        vals[i] = crate::objects::int::to_i64(n)
            .filter(|x| i32::try_from(*x).is_ok())
            .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?;
    }
    let mut t = THRESHOLD.lock().unwrap_or_else(|e| e.into_inner());
    t.0 = vals[0];
    if a.pos.len() > 1 {
        t.1 = vals[1];
    }
    if a.pos.len() > 2 {
        t.2 = vals[2];
    }
    Ok(g().none)
}

/// Every heap object is traced; CPython answers False for atoms.
fn gc_is_tracked(th: &Thread, a: Args) -> PyResult<Value> {
    use crate::layout::Kind;
    a.check(th, "is_tracked", 1, 1)?;
    let v = a.pos[0];
    let atom = v.is_small()
        || matches!(
            v.kind(),
            Kind::Int
                | Kind::Float
                | Kind::Complex
                | Kind::Str
                | Kind::Bytes
                | Kind::None
                | Kind::Bool
        );
    Ok(th.bool_val(!atom))
}

fn gc_noop(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().none)
}

fn gc_get_freeze_count(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(Value::small(0))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("is_tracked", gc_is_tracked),
    ("freeze", gc_noop),
    ("unfreeze", gc_noop),
    ("get_freeze_count", gc_get_freeze_count),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let set = |k: &str, v: Value| dict::set_item_str(th, m.dict, th.intern(k), v);
    for (n, f) in FUNCS {
        set(n, new_native(th, n, "gc", *f, Binding::Function));
    }
    set("garbage", th.new_list(vec![]));
    set("callbacks", th.new_list(vec![]));
    set("DEBUG_STATS", Value::small(1));
    set("DEBUG_COLLECTABLE", Value::small(2));
    set("DEBUG_UNCOLLECTABLE", Value::small(4));
    set("DEBUG_SAVEALL", Value::small(32));
    set("DEBUG_LEAK", Value::small(38));
    Ok(())
}
