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
//! - `get_stats()`: generation 0 is the minor collections, 2 the major
//!   ones (counts and objects freed), 1 is zeros; `get_count()` is the
//!   objects allocated since the last collection, then zeros.
//! - `set_debug` keeps the flags for `get_debug` and prints nothing.
//! - `gc.callbacks` are called around `gc.collect()` only.
//! - `get_objects`/`get_referrers` walk the heap after a major collection
//!   (`gc::Heap::walk_live_objects`); `get_referents` asks the object's
//!   trace function (`gc::Heap::referents`).
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_collecting_native, new_native};
use crate::objects::module::Module;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESHOLD: Mutex<(i64, i64, i64)> = Mutex::new((700, 10, 10));

fn gc_collect(th: &Thread, a: Args) -> PyResult<Value> {
    let unused = th.result_unused.replace(false);
    let given = a.pos.len() + a.kwnames.len();
    if given > 1 {
        return Err(th.type_error(format!(
            "collect() takes at most 1 argument ({given} given)"
        )));
    }
    for k in a.kwnames {
        let k = crate::objects::str::as_str(*k).unwrap_or_default();
        if k != "generation" {
            return Err(th.type_error(format!(
                "'{k}' is an invalid keyword argument for collect()"
            )));
        }
    }
    if let Some(generation) = a.get(0, "generation") {
        let n = ops::index(th, generation)?;
        if !crate::objects::int::to_i64(n).is_some_and(|x| (0..=2).contains(&x)) {
            return Err(th.value_error("invalid generation".into()));
        }
    }
    let generation = match a.get(0, "generation") {
        Some(v) => crate::objects::int::to_i64(ops::index(th, v)?).unwrap_or(-1),
        None => 2,
    };
    run_callbacks(th, "start", generation, 0)?;
    wipe_dead_stack(th, &a);
    // Counting the cyclic garbage costs about as much as the collection
    // again: done only when the count is seen (the result is used, or
    // gc.callbacks get it).
    let mut found = 0u64;
    if unused && !has_callbacks() {
        th.mutator.collect();
    } else {
        th.mutator
            .collect_finding_cycles(&mut |garbage, referents| {
                found = cyclic_count(garbage, referents)
            });
    }
    let found = found.min(i64::MAX as u64) as i64;
    th.mutator.take_finalize();
    crate::modules::weakref::run_finalization_work(th);
    run_callbacks(th, "stop", generation, found)?;
    Ok(th.new_int(found))
}

/// The list `gc.callbacks` was made with (permanent: rebinding the module
/// attribute does not replace it, as in CPython).
static CALLBACKS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Whether `gc.callbacks` holds a function.
fn has_callbacks() -> bool {
    Value::from_bits(CALLBACKS.load(Ordering::Relaxed))
        .downcast::<crate::objects::list::List>()
        .is_some_and(|l| !l.items.borrow().is_empty())
}

/// Calls every function in `gc.callbacks` with `phase` and CPython's info
/// dict, around `gc.collect()` only: collections the allocation triggers
/// call none (they may come at any allocation, inside native code).  An
/// exception is reported as unraisable, as CPython does.
fn run_callbacks(th: &Thread, phase: &str, generation: i64, collected: i64) -> PyResult<()> {
    let Some(list) = Value::from_bits(CALLBACKS.load(Ordering::Relaxed))
        .downcast::<crate::objects::list::List>()
    else {
        return Ok(());
    };
    let cbs: Vec<Value> = list.items.borrow().to_vec();
    if cbs.is_empty() {
        return Ok(());
    }
    let keep = crate::runtime::TempVec::new(th);
    for &cb in &cbs {
        keep.push(cb);
    }
    let phase = th.new_str(phase);
    keep.push(phase);
    let info = dict::new_dict(th);
    keep.push(info.value());
    dict::set_item_str(
        th,
        info,
        th.intern_static("generation"),
        th.new_int(generation),
    );
    dict::set_item_str(
        th,
        info,
        th.intern_static("collected"),
        th.new_int(collected),
    );
    dict::set_item_str(th, info, th.intern_static("uncollectable"), Value::small(0));
    for cb in cbs {
        if let Err(e) = ops::call(th, cb, &[phase, info.value()]) {
            crate::modules::weakref::report_unraisable(th, cb, e.0);
        }
    }
    Ok(())
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
    a.check(th, "gc.enable", 0, 0)?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(g().none)
}

fn gc_disable(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.disable", 0, 0)?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(g().none)
}

fn gc_isenabled(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.isenabled", 0, 0)?;
    Ok(th.bool_val(ENABLED.load(Ordering::Relaxed)))
}

fn gc_get_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.get_count", 0, 0)?;
    // Objects allocated since the last collection (as far as the threads
    // have reported them), then zeros: Taipan has no middle generation,
    // and counts no collections towards the next major one.
    let n = g().heap.objects_since_gc().min(i64::MAX as u64) as i64;
    Ok(th.new_tuple_from(&[th.new_int(n), Value::small(0), Value::small(0)]))
}

fn gc_get_threshold(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.get_threshold", 0, 0)?;
    let (x, y, z) = *THRESHOLD.lock().unwrap_or_else(|e| e.into_inner());
    Ok(th.new_tuple_from(&[Value::small(x), Value::small(y), Value::small(z)]))
}

fn gc_set_threshold(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "gc.set_threshold")?;
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

/// Every heap object is traced; this answers as CPython's collector would (`is_tracked`).
fn gc_is_tracked(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.is_tracked", 1, 1)?;
    Ok(th.bool_val(is_tracked(a.pos[0])))
}

/// `[{collections, collected, uncollectable}]` for CPython's three
/// generations: generation 0 is Taipan's minor collections, 2 its major
/// ones, 1 is always zeros.  `collected` counts the objects freed
/// (estimates, as `gc.collect()`'s result); nothing is uncollectable.
fn gc_get_stats(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.get_stats", 0, 0)?;
    let [minor, major] = g().heap.collection_counts();
    let keep = crate::runtime::TempVec::new(th);
    for (collections, collected) in [minor, (0, 0), major] {
        let d = dict::new_dict(th);
        keep.push(d.value());
        let n = |x: u64| th.new_int(x.min(i64::MAX as u64) as i64);
        dict::set_item_str(th, d, th.intern_static("collections"), n(collections));
        dict::set_item_str(th, d, th.intern_static("collected"), n(collected));
        dict::set_item_str(th, d, th.intern_static("uncollectable"), Value::small(0));
    }
    Ok(th.new_list(keep.to_vec()))
}

static DEBUG: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// The flags are kept for `get_debug`; Taipan prints no debugging output
/// and `DEBUG_SAVEALL` keeps nothing in `gc.garbage`.
fn gc_set_debug(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "gc.set_debug")?;
    a.check(th, "gc.set_debug", 1, 1)?;
    let n = ops::index(th, a.pos[0])?;
    let flags = crate::objects::int::to_i64(n)
        .filter(|x| i32::try_from(*x).is_ok())
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?;
    DEBUG.store(flags, Ordering::Relaxed);
    Ok(g().none)
}

fn gc_get_debug(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.get_debug", 0, 0)?;
    Ok(th.new_int(DEBUG.load(Ordering::Relaxed)))
}

/// Whether the object's `__del__` has been called (`weakref::is_finalized`).
fn gc_is_finalized(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "gc.is_finalized", 1, 1)?;
    let v = a.pos[0];
    Ok(th.bool_val(crate::modules::weakref::is_finalized(v)))
}

/// The objects each argument refers to, as its trace function reports them
/// (`gc::Heap::referents`): containers' items (small ints too), instance
/// dicts, closures' cells, ...  The type of an object is listed only when
/// it is a class statement's (CPython visits heap types only).  The order
/// is Taipan's, not always CPython's.
fn gc_get_referents(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "get_referents")?;
    let mut out = Vec::new();
    for &v in a.pos.iter() {
        if !v.is_ptr() {
            continue;
        }
        // A dict whose keys are all strs: its values (CPython's split of
        // str-keyed tables); other dicts: keys and values.
        if let Some(d) = v.downcast::<dict::Dict>() {
            let items = dict::items_vec(d);
            let str_keys = items
                .iter()
                .all(|(k, _)| crate::objects::str::as_str(*k).is_some());
            for (k, val) in items {
                if !str_keys {
                    out.push(k);
                }
                out.push(val);
            }
            continue;
        }
        let ty = crate::objects::type_::type_of(v);
        let heap_type = ty.flags.get() & crate::objects::type_::tflags::HEAPTYPE != 0;
        for w in v.referents() {
            let r = Value::from_bits(w);
            if !(r.is_ptr() || r.is_small()) {
                continue;
            }
            if r == ty.value() && !heap_type {
                continue;
            }
            out.push(r);
        }
    }
    Ok(th.new_list(out))
}

/// Whether CPython 3.11's collector would track `v` (`gc.is_tracked`,
/// and what `get_objects` lists): a collected type's instance
/// (`collected_type`), and a dict only when a key or a value is one
/// (CPython tracks a dict from the first such insertion: one whose tracked
/// items were all removed since still is there, not here).  Tuples are
/// tracked (CPython untracks a tuple of untracked items at a collection;
/// not imitated).
fn is_tracked(v: Value) -> bool {
    if !collected_type(v) {
        return false;
    }
    match v.downcast::<crate::objects::dict::Dict>() {
        Some(d) if crate::objects::type_::type_of(v) == crate::runtime::types().dict => {
            dict::items_vec(d)
                .iter()
                .any(|&(k, x)| collected_type(k) || collected_type(x))
        }
        _ => true,
    }
}

/// What CPython's `gc.collect()` returns for a full collection whose
/// cyclic garbage is `garbage` (dead objects on cycles and what they
/// reach; everything else CPython frees by reference counting before):
/// how many of them its collector tracks (`is_tracked`).  An instance's
/// attribute dict and a generator's frame are not counted: CPython 3.11
/// keeps attributes in the instance until its `__dict__` is asked for, and
/// a generator's frame inside the generator.  Runs in the collection's
/// pause, so it reads the objects without locks (a dict's items through
/// `referents`, the words its trace function reports).
fn cyclic_count(garbage: &[usize], referents: &dyn Fn(usize) -> Vec<u64>) -> u64 {
    use crate::objects::type_::TypeObj;
    let mut inner_parts: rustc_hash::FxHashSet<u64> = Default::default();
    for &h in garbage {
        // A class's dict is counted with the class (`class_count`); the
        // weak references to its subclasses are not (CPython's
        // `tp_subclasses` is not traversed).
        if let Some(t) = Value::from_bits(h as u64).downcast::<TypeObj>() {
            inner_parts.insert(t.dict.value().bits());
            inner_parts.extend(t.subclasses.gc_peek().iter().map(|e| e.bits()));
        }
    }
    inner_parts.extend(garbage.iter().filter_map(|&h| {
        let v = Value::from_bits(h as u64);
        if v.is_kind(crate::layout::Kind::Type) {
            return None;
        }
        // A generator's frame is part of the generator in CPython 3.11.
        if let Some(g) = v.downcast::<crate::objects::generator::Generator>() {
            return Some(g.frame.value().bits());
        }
        let d = v.dict_slot()?.gc_peek();
        d.is_ptr().then(|| d.bits())
    }));
    let dict_type = crate::runtime::types().dict;
    let tracked_dict = |h: usize| {
        referents(h)
            .into_iter()
            .any(|w| collected_type(Value::from_bits(w)))
    };
    garbage
        .iter()
        .map(|&h| {
            let v = Value::from_bits(h as u64);
            if inner_parts.contains(&v.bits()) || !collected_type(v) {
                return 0;
            }
            if let Some(t) = v.downcast::<TypeObj>() {
                let d = t.dict.value().bits() as usize;
                return class_count(t, || tracked_dict(d));
            }
            u64::from(crate::objects::type_::type_of(v) != dict_type || tracked_dict(h))
        })
        .sum()
}

/// What CPython's collector counts for a dead class `t`: the class, its
/// `__mro__` and `__bases__` tuples (kept in the `TypeObj` here), the
/// `__dict__` and `__weakref__` descriptors it adds to its dict when no
/// base provides them (none here: those attributes are found by the
/// lookup), and the dict when they make it tracked or its items do
/// (`dict_tracked`).
fn class_count(t: Gc<crate::objects::type_::TypeObj>, dict_tracked: impl Fn() -> bool) -> u64 {
    use crate::objects::type_::accepts_weakrefs;
    // In the pause: no lock is taken (`PyCell::gc_peek`).
    let bases = t.bases.gc_peek();
    let metaclass = t.layout() == crate::layout::Kind::Type;
    let adds_dict = !metaclass
        && t.has_instance_dict()
        && !bases
            .iter()
            .any(|b| b.has_instance_dict() || b.layout() == crate::layout::Kind::Type);
    let adds_weakref =
        !metaclass && accepts_weakrefs(t) && !bases.iter().any(|b| accepts_weakrefs(*b));
    let descriptors = u64::from(adds_dict) + u64::from(adds_weakref);
    3 + descriptors + u64::from(descriptors > 0 || dict_tracked())
}

/// Whether `v`'s type is one CPython's collector handles: not exactly
/// int, float, complex, str, bytes, bool, None, bytearray, range, code,
/// object, `...` or NotImplemented, nor a range iterator, nor a built-in
/// type object, nor the empty tuple (instances of subclasses are
/// collected).
fn collected_type(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    let t = crate::objects::type_::type_of(v);
    let ty = crate::runtime::types();
    if [
        ty.int,
        ty.float,
        ty.complex,
        ty.str,
        ty.bytes,
        ty.bool_,
        ty.none,
        ty.bytearray,
        ty.range,
        ty.code,
        ty.object,
        ty.ellipsis,
        ty.not_implemented,
    ]
    .contains(&t)
    {
        return false;
    }
    if let Some(c) = v.downcast::<crate::objects::type_::TypeObj>() {
        return c.is_heap();
    }
    if let Some(it) = v.downcast::<crate::objects::iter::Iter>() {
        // CPython's range iterator holds no references.
        return !matches!(
            it.kind,
            crate::objects::iter::IterKind::Range | crate::objects::iter::IterKind::LongRange
        );
    }
    t != ty.tuple || crate::objects::tuple::as_tuple(v).is_some_and(|tu| !tu.items().is_empty())
}

/// Every live heap object CPython would track (`is_tracked`), after a major collection
/// (`gc::Heap::walk_live_objects`), passed to `f` while they are still
/// roots; then they are released.
fn with_live_objects<R>(th: &Thread, f: impl FnOnce(&[Value]) -> R) -> R {
    // Told whether its result is used, as gc.collect is (`clean_stack`).
    th.result_unused.set(false);
    let walk = g().heap.walk_live_objects(&th.mutator);
    let objs: Vec<Value> = walk
        .iter()
        .map(|&a| Value::from_bits(a as u64))
        .filter(|&v| is_tracked(v))
        .collect();
    let r = f(&objs);
    g().heap.end_walk(&walk);
    r
}

/// `gc.get_objects(generation=None)`: the live objects CPython would track
/// (not ints, floats, strs, ...), in address order.  Every generation
/// gives the same list (the walk follows a major collection).
fn gc_get_objects(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() + a.kwnames.len() > 1 {
        return Err(th.type_error(format!(
            "get_objects() takes at most 1 argument ({} given)",
            a.pos.len() + a.kwnames.len()
        )));
    }
    if let Some(generation) = a.get(0, "generation")
        && generation != g().none
    {
        let Ok(n) = ops::index(th, generation) else {
            return Err(th.type_error(format!(
                "argument should be integer or None, not '{}'",
                crate::objects::type_::type_name(generation)
            )));
        };
        let n = crate::objects::int::to_i64(n).unwrap_or(i64::MAX);
        if n >= 3 {
            return Err(th.value_error(
                "generation parameter must be less than the number of available generations (3)"
                    .into(),
            ));
        }
        if n < -1 {
            return Err(th.value_error("generation parameter cannot be negative".into()));
        }
    }
    Ok(with_live_objects(th, |objs| th.new_list(objs.to_vec())))
}

/// `gc.get_referrers(*objs)`: the live objects that refer to any of
/// `objs` (by their trace functions, as `get_referents` sees them).
fn gc_get_referrers(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "get_referrers")?;
    let targets: std::collections::HashSet<u64> = a.pos.iter().map(|v| v.bits()).collect();
    Ok(with_live_objects(th, |objs| {
        let found: Vec<Value> = objs
            .iter()
            .copied()
            .filter(|&o| {
                !targets.contains(&o.bits()) && o.referents().iter().any(|w| targets.contains(w))
            })
            .collect();
        th.new_list(found)
    }))
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
    ("is_finalized", gc_is_finalized),
    ("get_referents", gc_get_referents),
    ("get_referrers", gc_get_referrers),
    ("get_objects", gc_get_objects),
    ("get_stats", gc_get_stats),
    ("get_debug", gc_get_debug),
    ("set_debug", gc_set_debug),
    ("freeze", gc_noop),
    ("unfreeze", gc_noop),
    ("get_freeze_count", gc_get_freeze_count),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let set = |k: &str, v: Value| dict::set_item_str(th, m.dict, th.intern(k), v);
    for (n, f) in FUNCS {
        // The functions that collect should free what their caller dropped
        // just before (`NativeFunction::clean_stack`).
        let f = if matches!(*n, "collect" | "get_objects" | "get_referrers") {
            new_collecting_native(th, n, "gc", *f)
        } else {
            new_native(th, n, "gc", *f, Binding::Function)
        };
        set(n, f);
    }
    set("garbage", th.new_list(vec![]));
    let callbacks = th.new_list(vec![]);
    if let Some(l) = callbacks.downcast::<crate::objects::list::List>() {
        crate::layout::make_permanent(l);
        CALLBACKS.store(callbacks.bits(), Ordering::Relaxed);
    }
    set("callbacks", callbacks);
    set("DEBUG_STATS", Value::small(1));
    set("DEBUG_COLLECTABLE", Value::small(2));
    set("DEBUG_UNCOLLECTABLE", Value::small(4));
    set("DEBUG_SAVEALL", Value::small(32));
    set("DEBUG_LEAK", Value::small(38));
    Ok(())
}
