//! `_weakref`: weak references, over the heap's weak slots (docs/GC.md),
//! and the running of weakref callbacks and `__del__` finalizers.
//!
//! A `ref` object keeps its referent in a word the collector does not
//! follow (`gc::Heap::add_weak`); the collection that finds the referent
//! unreachable sets the word to NULL and, if the ref has a callback, queues
//! the ref.  Queued callbacks and finalizers (`__del__` of unreachable
//! instances, registered at creation by `object.__new__`) run on the thread
//! that collected, at its next poll (a loop back-edge or a call), where no
//! native code is in the middle of an operation; `gc.collect()` runs them
//! before it returns.
//!
//! Differences from CPython: objects are reclaimed by the tracing collector,
//! so a referent dies at a collection, not when its last reference goes
//! (`del x` alone does not call `__del__` or clear weakrefs; `gc.collect()`
//! does, unless a stale word on a native stack still points at the object:
//! native stacks are scanned conservatively).  `ref(o)` without a
//! callback returns the existing callback-less ref to `o`, as CPython's
//! does (`gc::Heap::set_shared_weak`).  `proxy` is not provided here.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::objects::type_::{TypeObj, is_subtype, lookup, new_builtin_type, set_attr_str, type_of};
use crate::objects::{add_fn, add_methods};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

/// Payload of `weakref.ReferenceType`.
pub struct WeakRef {
    /// The referent's bits; NULL once it died.  Not traced.
    referent: AtomicU64,
    callback: PyCell<Value>,
    /// The referent's hash, once asked for (it outlives the referent).
    hash: PyCell<Option<i64>>,
}

impl PyPayload for WeakRef {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.callback.gc_peek().0);
    }
}

static REF_TYPE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

fn ref_type() -> Option<Gc<TypeObj>> {
    REF_TYPE
        .get()
        .map(|&a| Value::from_bits(a as u64).as_gc_unchecked::<TypeObj>())
}

fn as_ref(v: Value) -> Option<Gc<WeakRef>> {
    let rt = ref_type()?;
    (v.is_kind(Kind::Native) && is_subtype(type_of(v), rt)).then(|| v.as_gc_unchecked())
}

fn self_ref(th: &Thread, a: &Args, what: &str) -> PyResult<Gc<WeakRef>> {
    a.pos.first().and_then(|v| as_ref(*v)).ok_or_else(|| {
        th.type_error(format!(
            "descriptor '{what}' requires a 'weakref.ReferenceType' object"
        ))
    })
}

impl WeakRef {
    pub fn get(&self) -> Value {
        Value::from_bits(self.referent.load(Ordering::Relaxed))
    }
}

/// Whether `v` accepts weak references (`type_::accepts_weakrefs`).
fn weakrefable(v: Value) -> bool {
    !v.is_small() && crate::objects::type_::accepts_weakrefs(type_of(v))
}

/// ref.__new__(cls, obj, callback=None)
fn ref_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|c| c.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("ref.__new__(X): X is not a type object".into()))?;
    let rest = &a.pos[1..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(th.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            rest.len()
        )));
    }
    let obj = rest[0];
    if !weakrefable(obj) {
        // CPython names a type by its `tp_name`, which for the weakref
        // types has the module ("weakref.ReferenceType").
        let t = type_of(obj);
        let mut name = t.name();
        if *t.module.borrow() == "weakref"
            && ["ReferenceType", "ProxyType", "CallableProxyType"].contains(&name.as_str())
        {
            name = format!("weakref.{name}");
        }
        return Err(th.type_error(format!("cannot create weak reference to '{name}' object")));
    }
    let callback = rest.get(1).copied().filter(|c| *c != g().none);
    // `ref(obj)` without a callback is shared: CPython returns the
    // existing callback-less ref of exactly this type.
    let shared = callback.is_none() && Some(cls) == ref_type();
    if shared
        && let Some(h) = g().heap.shared_weak(obj.header())
        && let Some(r) = as_ref(Value::from_bits(h as u64))
        && r.get() == obj
    {
        return Ok(r.value());
    }
    let r = th.alloc(
        cls,
        WeakRef {
            referent: AtomicU64::new(obj.bits()),
            callback: PyCell::new(callback.unwrap_or(Value::NULL)),
            hash: PyCell::new(None),
        },
    );
    g().heap
        .add_weak(r.header(), &r.referent, callback.is_some());
    if shared {
        g().heap.set_shared_weak(r.header(), obj.header());
    }
    Ok(r.value())
}

/// ref.__init__: the arguments were taken by __new__ (subclasses call it).
fn ref_init(th: &Thread, a: Args) -> PyResult<Value> {
    self_ref(th, &a, "__init__")?;
    Ok(g().none)
}

fn ref_call(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_ref(th, &a, "__call__")?;
    if a.pos.len() > 1 || a.has_kw() {
        return Err(th.type_error(format!(
            "weakref() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let v = r.get();
    Ok(if v.is_null() { g().none } else { v })
}

fn ref_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_ref(th, &a, "__hash__")?;
    if let Some(h) = *r.hash.borrow() {
        return Ok(th.new_int(h));
    }
    let v = r.get();
    if v.is_null() {
        return Err(th.type_error("weak object has gone away".into()));
    }
    let h = ops::hash(th, v)?;
    *r.hash.borrow_mut() = Some(h);
    Ok(th.new_int(h))
}

fn ref_compare(th: &Thread, a: &Args, negate: bool) -> PyResult<Value> {
    let r = self_ref(th, a, if negate { "__ne__" } else { "__eq__" })?;
    let Some(o) = a.pos.get(1).and_then(|v| as_ref(*v)) else {
        return Ok(g().not_implemented);
    };
    let (x, y) = (r.get(), o.get());
    let same = if x.is_null() || y.is_null() {
        r == o
    } else {
        ops::eq_bool(th, x, y)?
    };
    Ok(th.bool_val(same != negate))
}

fn ref_eq(th: &Thread, a: Args) -> PyResult<Value> {
    ref_compare(th, &a, false)
}

fn ref_ne(th: &Thread, a: Args) -> PyResult<Value> {
    ref_compare(th, &a, true)
}

fn ref_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_ref(th, &a, "__repr__")?;
    let v = r.get();
    let s = if v.is_null() {
        format!("<weakref at {:#x}; dead>", r.value().bits())
    } else {
        format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            r.value().bits(),
            crate::objects::type_::type_name(v),
            v.bits()
        )
    };
    Ok(th.new_string(s))
}

fn ref_get_callback(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_ref(th, &a, "__callback__")?;
    let c = r.callback.get_copy();
    Ok(if c.is_null() { g().none } else { c })
}

fn ref_class_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    crate::objects::generic_alias::class_getitem(th, a)
}

/// The refs to `obj` that are alive now.
fn refs_to(obj: Value) -> Vec<Value> {
    if !obj.is_ptr() {
        return Vec::new();
    }
    g().heap
        .weak_owners_of(obj.header())
        .into_iter()
        .map(|h| Value::from_bits(h as u64))
        .filter(|v| as_ref(*v).is_some())
        .collect()
}

fn getweakrefcount(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getweakrefcount", 1, 1)?;
    Ok(th.new_int(refs_to(a.pos[0]).len() as i64))
}

fn getweakrefs(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getweakrefs", 1, 1)?;
    Ok(th.new_list(refs_to(a.pos[0])))
}

/// `_remove_dead_weakref(d, key)`: deletes `d[key]` if it is a dead ref.
fn remove_dead_weakref(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "_remove_dead_weakref", 2, 2)?;
    let d = a.pos[0]
        .downcast::<crate::objects::dict::Dict>()
        .ok_or_else(|| th.type_error("not a dict".into()))?;
    if let Some(v) = dict::get_item(th, d, a.pos[1])?
        && as_ref(v).is_some_and(|r| r.get().is_null())
    {
        dict::pop_item(th, d, a.pos[1])?;
    }
    Ok(g().none)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
    ("_remove_dead_weakref", remove_dead_weakref),
];

/// A callback-less weak reference to `target` (a heap object that accepts
/// them) of its own, not the shared one `ref(target)` returns: how a base
/// class holds each subclass made at run time (`TypeObj::subclasses`).
pub fn new_private_ref(th: &Thread, target: Value) -> Value {
    let r = th.alloc(
        ensure_ref_type(th),
        WeakRef {
            referent: AtomicU64::new(target.bits()),
            callback: PyCell::new(Value::NULL),
            hash: PyCell::new(None),
        },
    );
    g().heap.add_weak(r.header(), &r.referent, false);
    r.value()
}

/// The referent of `v` if `v` is a weak reference whose referent lives.
pub fn referent(v: Value) -> Option<Value> {
    as_ref(v).map(|r| r.get()).filter(|x| !x.is_null())
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let t = ensure_ref_type(th);
    let set = |k: &str, v: Value| dict::set_item_str(th, m.dict, th.intern(k), v);
    set("ref", t.value());
    set("ReferenceType", t.value());
    for (n, f) in FUNCS {
        set(n, new_native(th, n, "_weakref", *f, Binding::Function));
    }
    Ok(())
}

/// `weakref.ReferenceType`, made on first use (the first class statement
/// needs it, before any import of `_weakref`).
fn ensure_ref_type(th: &Thread) -> Gc<TypeObj> {
    match ref_type() {
        Some(t) => t,
        None => {
            let t = new_builtin_type(
                th,
                "weakref",
                Some(types().object),
                meta_for::<WeakRef>(),
                true,
            );
            make_permanent(t);
            crate::objects::allow_native_subclass(t, crate::layout::sub_meta_for::<WeakRef>);
            *t.module.borrow_mut() = "weakref".into();
            *t.qualname.borrow_mut() = "ReferenceType".into();
            *t.name.borrow_mut() = "ReferenceType".into();
            add_fn(th, t, "weakref", "__new__", ref_new, Binding::Static);
            add_fn(
                th,
                t,
                "weakref",
                "__class_getitem__",
                ref_class_getitem,
                Binding::Class,
            );
            add_methods(
                th,
                t,
                "weakref",
                &[
                    ("__init__", ref_init),
                    ("__call__", ref_call),
                    ("__hash__", ref_hash),
                    ("__eq__", ref_eq),
                    ("__ne__", ref_ne),
                    ("__repr__", ref_repr),
                ],
            );
            let getter = new_native(
                th,
                "__callback__",
                "weakref",
                ref_get_callback,
                Binding::Function,
            );
            let _r = th.root(getter);
            let p = crate::objects::property::Property {
                fget: PyCell::new(getter),
                fset: PyCell::new(g().none),
                fdel: PyCell::new(g().none),
                doc: PyCell::new(g().none),
                name: PyCell::new(th.intern_static("__callback__")),
            };
            let pv = th.alloc(types().property, p).value();
            set_attr_str(th, t, "__callback__", pv);
            let k = th.new_str("weakref");
            set_attr_str(th, t, "__module__", k);
            // Two threads making the first class at once may both get
            // here: the first type stored is the one every ref uses.
            let _ = REF_TYPE.set(t.value().bits() as usize);
            ref_type().expect("REF_TYPE was just set")
        }
    }
}

// --- Callbacks and finalizers ---

thread_local! {
    /// The objects whose `__del__` this thread is running, innermost last.
    static RUNNING_DEL: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `v`'s `__del__` has run: CPython marks an object finalized when
/// its `__del__` returns, so it is not yet inside the call (the heap's
/// FINALIZED bit is set when the call is queued).
pub fn is_finalized(v: Value) -> bool {
    v.is_finalized() && !RUNNING_DEL.with(|r| r.borrow().contains(&v.bits()))
}

/// Runs the weakref callbacks and `__del__` methods the collections queued
/// (see the module doc).  Exceptions are reported as CPython reports
/// unraisable ones ("Exception ignored in: ...") and do not propagate.
pub fn run_finalization_work(th: &Thread) {
    run_queued(th, false);
}

/// At exit, after the atexit functions: runs `__del__` of every object
/// that has one and has not been finalized, reachable or not, as CPython's
/// finalization does when it tears the modules down.  Those reached from
/// `__main__`'s globals go first, in the order CPython's teardown was seen
/// to finalize them (`teardown_order`); the rest in the order they were
/// made.  Objects a `__del__` makes are finalized too, for a few rounds.
pub fn finalize_at_exit(th: &Thread) {
    for _ in 0..8 {
        if g().heap.queue_all_finalizers() == 0 {
            return;
        }
        run_queued(th, true);
    }
}

/// The `__main__` module's globals, if it exists.
fn main_globals(th: &Thread) -> Option<Gc<dict::Dict>> {
    let k = th.new_str("__main__");
    let m = dict::get_item(th, g().modules, k).ok().flatten()?;
    m.downcast::<Module>().map(|m| m.dict)
}

/// Puts `finals` in the order CPython 3.11's finalization runs them when
/// it tears `__main__` down, as observed: the globals in dict order; an
/// instance goes at once, with the values of its attributes in order
/// (depth first); a list, tuple or dict that has no `__del__` goes after
/// all the globals (first come, first gone), and then its items go (a
/// list's and a tuple's last first, a dict's values in order).  The walk is
/// bounded; objects it does not reach keep their order, after the others.
fn teardown_order(th: &Thread, finals: &mut [*const gc::Header]) {
    use std::collections::{HashMap, HashSet, VecDeque};
    struct Walk {
        pending: HashSet<u64>,
        rank: HashMap<u64, usize>,
        seen: HashSet<u64>,
        later: VecDeque<Value>,
        budget: usize,
    }
    /// What `v` holds, in the order it lets go of it.
    fn held(v: Value) -> Vec<Value> {
        if let Some(l) = v.downcast::<crate::objects::list::List>() {
            l.items.borrow().iter().rev().copied().collect()
        } else if let Some(t) = crate::objects::tuple::as_tuple(v) {
            t.items().iter().rev().copied().collect()
        } else if let Some(d) = v.downcast::<dict::Dict>() {
            dict::items_vec(d).into_iter().map(|e| e.1).collect()
        } else if let Some(d) = v
            .dict_slot()
            .and_then(|c| c.get_copy().downcast::<dict::Dict>())
        {
            dict::items_vec(d).into_iter().map(|e| e.1).collect()
        } else {
            Vec::new()
        }
    }
    fn container(v: Value) -> bool {
        v.downcast::<crate::objects::list::List>().is_some()
            || crate::objects::tuple::as_tuple(v).is_some()
            || v.downcast::<dict::Dict>().is_some()
    }
    fn visit(w: &mut Walk, v: Value, depth: usize) {
        if !v.is_ptr()
            || w.budget == 0
            || v.downcast::<TypeObj>().is_some()
            || v.downcast::<Module>().is_some()
            || !w.seen.insert(v.bits())
        {
            return;
        }
        w.budget -= 1;
        let pending = w.pending.contains(&v.bits());
        if (container(v) && !pending) || depth == 0 {
            w.later.push_back(v);
            return;
        }
        if pending {
            let n = w.rank.len();
            w.rank.insert(v.bits(), n);
        }
        for k in held(v) {
            visit(w, k, depth - 1);
        }
    }
    let Some(globals) = main_globals(th) else {
        return;
    };
    let mut w = Walk {
        pending: finals.iter().map(|&h| h as u64).collect(),
        rank: HashMap::new(),
        seen: HashSet::new(),
        later: VecDeque::new(),
        budget: 100_000,
    };
    for (k, v) in dict::items_vec(globals) {
        if crate::objects::str::as_str(k) != Some("__builtins__") {
            visit(&mut w, v, 32);
        }
    }
    while let Some(c) = w.later.pop_front() {
        if w.pending.contains(&c.bits()) && !w.rank.contains_key(&c.bits()) {
            let n = w.rank.len();
            w.rank.insert(c.bits(), n);
        }
        for k in held(c) {
            visit(&mut w, k, 32);
        }
    }
    // A stable sort: the objects not reached keep their order, last.
    finals.sort_by_key(|&h| w.rank.get(&(h as u64)).copied().unwrap_or(usize::MAX));
}

/// Runs the queued weakref callbacks and finalizers (`at_exit`: in
/// `teardown_order`).
fn run_queued(th: &Thread, at_exit: bool) {
    loop {
        // The rooted list exists before the work leaves the heap's roots:
        // making it allocates, and may collect.
        let keep = crate::runtime::TempVec::new(th);
        let (cleared, mut finals) = g().heap.take_finalization_work();
        if cleared.is_empty() && finals.is_empty() {
            return;
        }
        for h in cleared.iter().chain(&finals) {
            keep.push(Value::from_bits(*h as u64));
        }
        if at_exit {
            teardown_order(th, &mut finals);
        }
        for h in cleared {
            let w = Value::from_bits(h as u64);
            let Some(r) = as_ref(w) else { continue };
            let cb = r.callback.get_copy();
            if cb.is_null() {
                continue;
            }
            if let Err(e) = ops::call(th, cb, &[w]) {
                report_unraisable(th, cb, e.0);
            }
        }
        for h in finals {
            let o = Value::from_bits(h as u64);
            let Some(del) = lookup(type_of(o), crate::name!(th, "__del__")) else {
                continue;
            };
            RUNNING_DEL.with(|r| r.borrow_mut().push(o.bits()));
            let r = ops::call(th, del, &[o]);
            RUNNING_DEL.with(|r| r.borrow_mut().pop());
            if let Err(e) = r {
                report_unraisable(th, del, e.0);
            }
        }
    }
}

/// Prints an exception that cannot propagate, as CPython's default
/// `sys.unraisablehook` does.
pub(crate) fn report_unraisable(th: &Thread, obj: Value, e: Value) {
    let what = ops::repr(th, obj).unwrap_or_else(|_| "<object>".into());
    let text = crate::traceback::format_exception(th, e);
    crate::modules::sys::flush_all();
    crate::modules::sys::write_stderr(&format!("Exception ignored in: {what}\n{text}"));
}
