//! The `_collections` module: `collections.deque`, a double-ended queue
//! (CPython's `Modules/_collectionsmodule.c`, with a `VecDeque` ring buffer
//! in place of CPython's linked blocks).
//!
//! ```text
//!  Obj<Deque>
//!  +------------------------------------------------------+
//!  | Header                                               |
//!  | ring: PyCell<Ring { items: VecDeque<Value>,          |
//!  |                     maxlen: Option<usize>,           |
//!  |                     state: u64 }>                    |
//!  +------------------------------------------------------+
//! ```
//!
//! Every operation that runs no Python code (append, appendleft, pop,
//! popleft, extend once its iterable is collected, rotate, clear, insert,
//! `d[i]`, `d[i] = x`, `del d[i]`, reverse) takes the object lock once, so
//! it is atomic under free threading (docs/THREADS.md); with a `maxlen`,
//! the drop from the other end happens in the same critical section.
//!
//! `state` counts mutations that change the length or order the way
//! CPython's `deque->state` does (not `reverse` or `d[i] = x`): iterators
//! and the methods that call `__eq__` (count, index, remove, `in`) compare
//! it before and after each step and raise "deque mutated during iteration".
//! Python code never runs with the lock held: items are read one at a
//! time (a `Value` in a local is a root, the stacks are scanned
//! conservatively), and the comparisons copy both sides into a `TempVec`.
//!
//! Subclasses from Python get the `Sub<Deque>` layout (instance dict after
//! the payload).  Not provided: `__reduce__` (pickling) and
//! `__getitem__` via `__index__`-less wrappers' exact messages when the
//! dunder is called directly.
use std::collections::VecDeque;
use std::sync::OnceLock;

use frontend::bytecode::CmpOp;
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::function::Binding;
use crate::objects::int;
use crate::objects::list::{arity, ssize_arg, start_end};
use crate::objects::module::Module;
use crate::objects::type_::{TypeObj, is_subtype, new_builtin_type, set_attr_str, tflags, type_of};
use crate::objects::{add_fn, add_methods, dict};
use crate::ops;
use crate::runtime::{Args, PyResult, TempVec, Thread, g, types};
use crate::value::Value;

// --- Layout ---

pub struct Ring {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Bumped by every change of length or order (CPython's `state`).
    pub state: u64,
}

pub struct Deque {
    pub ring: PyCell<Ring>,
}

impl PyPayload for Deque {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        for v in self.ring.gc_peek().items.iter() {
            t.mark(v.bits());
        }
    }
}

/// An iterator over a deque (forwards or backwards).
pub struct DequeIter {
    deque: Value,
    /// (items yielded so far, the deque's state when created)
    pos: PyCell<(usize, u64)>,
    reverse: bool,
}

impl PyPayload for DequeIter {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.deque.bits());
    }
}

static DEQUE_TYPE: OnceLock<u64> = OnceLock::new();
static ITER_TYPE: OnceLock<u64> = OnceLock::new();
static REV_ITER_TYPE: OnceLock<u64> = OnceLock::new();

fn type_from(cell: &OnceLock<u64>) -> Option<Gc<TypeObj>> {
    cell.get()
        .map(|&b| Value::from_bits(b).as_gc_unchecked::<TypeObj>())
}

/// `v` as a deque (an instance of `deque` or of a subclass).
pub fn as_deque(v: Value) -> Option<Gc<Deque>> {
    let t = type_from(&DEQUE_TYPE)?;
    if !v.is_kind(Kind::Native) {
        return None;
    }
    let vt = type_of(v);
    (Gc::ptr_eq(vt, t) || is_subtype(vt, t)).then(|| v.as_gc_unchecked())
}

fn as_iter(v: Value) -> Option<Gc<DequeIter>> {
    if !v.is_kind(Kind::Native) {
        return None;
    }
    let vt = type_of(v);
    let ok = [&ITER_TYPE, &REV_ITER_TYPE]
        .iter()
        .any(|c| type_from(c).is_some_and(|t| Gc::ptr_eq(vt, t)));
    ok.then(|| v.as_gc_unchecked())
}

fn this(th: &Thread, v: Value) -> PyResult<Gc<Deque>> {
    as_deque(v).ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            crate::objects::type_::type_name(v)
        ))
    })
}

/// The arity errors of CPython's METH_VARARGS methods (`index`, `insert`).
fn varargs_arity(th: &Thread, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    a.no_kw(th, name)?;
    let n = a.pos.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{name}() takes exactly {min} {} ({n} given)", plural(min))
    } else if n < min {
        format!("{name}() takes at least {min} {} ({n} given)", plural(min))
    } else {
        format!("{name}() takes at most {max} {} ({n} given)", plural(max))
    };
    Err(th.type_error(msg))
}

fn mutated(th: &Thread) -> crate::runtime::Exc {
    th.runtime_error("deque mutated during iteration".into())
}

// --- Ring operations (one critical section each) ---

impl Ring {
    fn push_back(&mut self, x: Value) {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen == Some(self.items.len()) {
            self.items.pop_front();
        }
        self.items.push_back(x);
    }
    fn push_front(&mut self, x: Value) {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen == Some(self.items.len()) {
            self.items.pop_back();
        }
        self.items.push_front(x);
    }
    fn rotate(&mut self, n: i64) {
        self.state = self.state.wrapping_add(1);
        let len = self.items.len() as i64;
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len) as usize;
        self.items.rotate_right(k);
    }
}

fn new_deque(th: &Thread, items: VecDeque<Value>, maxlen: Option<usize>) -> Gc<Deque> {
    let t = type_from(&DEQUE_TYPE).expect("deque type exists once _collections is imported");
    th.alloc(
        t,
        Deque {
            ring: PyCell::new(Ring {
                items,
                maxlen,
                state: 0,
            }),
        },
    )
}

/// The items of an iterable, rooted in `keep` (a deque is read under its
/// lock, so `d.extend(d)` sees a snapshot).
fn collect_rooted(th: &Thread, keep: &TempVec, x: Value) -> PyResult<Vec<Value>> {
    let items = match as_deque(x) {
        Some(d) => d.ring.borrow().items.iter().copied().collect(),
        None => ops::collect(th, x)?,
    };
    for v in &items {
        keep.push(*v);
    }
    Ok(items)
}

// --- Construction ---

fn deque_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|c| c.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("deque.__new__(X): X is not a type object".into()))?;
    let t = type_from(&DEQUE_TYPE).expect("deque type");
    if !is_subtype(cls, t) {
        return Err(th.type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            cls.name(),
            cls.name()
        )));
    }
    Ok(th
        .alloc(
            cls,
            Deque {
                ring: PyCell::new(Ring {
                    items: VecDeque::new(),
                    maxlen: None,
                    state: 0,
                }),
            },
        )
        .value())
}

/// The `maxlen` argument: None or a non-negative int.
fn maxlen_arg(th: &Thread, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v == g().none => Ok(None),
        Some(v) => {
            if !int::is_int(v) {
                return Err(th.type_error("an integer is required".into()));
            }
            let n = int::to_i64(v).ok_or_else(|| {
                th.overflow_error("Python int too large to convert to C ssize_t".into())
            })?;
            if n < 0 {
                return Err(th.value_error("maxlen must be non-negative".into()));
            }
            Ok(Some(n as usize))
        }
    }
}

fn deque_init(th: &Thread, a: Args) -> PyResult<Value> {
    let d = this(th, a.pos[0])?;
    let pos = &a.pos[1..];
    let mut iterable = pos.first().copied();
    let mut maxlen = pos.get(1).copied();
    let given = pos.len() + a.kwnames.len();
    if given > 2 {
        return Err(th.type_error(format!("deque() takes at most 2 arguments ({given} given)")));
    }
    for (i, k) in a.kwnames.iter().enumerate() {
        let name = crate::objects::str::as_str(*k).unwrap_or("");
        let slot = match name {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(th.type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )));
            }
        };
        if slot.is_some() {
            let n = if name == "iterable" { 1 } else { 2 };
            return Err(th.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({n})"
            )));
        }
        *slot = Some(a.kwvals[i]);
    }
    let maxlen = maxlen_arg(th, maxlen)?;
    let keep = TempVec::new(th);
    let items = match iterable {
        Some(x) => collect_rooted(th, &keep, x)?,
        None => Vec::new(),
    };
    let mut r = d.ring.borrow_mut();
    r.items.clear();
    r.maxlen = maxlen;
    r.state = r.state.wrapping_add(1);
    for x in items {
        r.push_back(x);
    }
    Ok(g().none)
}

fn deque_maxlen(th: &Thread, a: Args) -> PyResult<Value> {
    let d = this(th, a.pos[0])?;
    let m = d.ring.borrow().maxlen;
    Ok(match m {
        Some(n) => th.new_int(n as i64),
        None => g().none,
    })
}

// --- Ends ---

fn deque_append(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.append", 1, 1)?;
    this(th, a.pos[0])?.ring.borrow_mut().push_back(a.pos[1]);
    Ok(g().none)
}

fn deque_appendleft(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.appendleft", 1, 1)?;
    this(th, a.pos[0])?.ring.borrow_mut().push_front(a.pos[1]);
    Ok(g().none)
}

fn deque_pop(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.pop", 0, 0)?;
    let d = this(th, a.pos[0])?;
    let mut r = d.ring.borrow_mut();
    match r.items.pop_back() {
        Some(v) => {
            r.state = r.state.wrapping_add(1);
            Ok(v)
        }
        None => Err(th.index_error("pop from an empty deque".into())),
    }
}

fn deque_popleft(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.popleft", 0, 0)?;
    let d = this(th, a.pos[0])?;
    let mut r = d.ring.borrow_mut();
    match r.items.pop_front() {
        Some(v) => {
            r.state = r.state.wrapping_add(1);
            Ok(v)
        }
        None => Err(th.index_error("pop from an empty deque".into())),
    }
}

fn extend_right(th: &Thread, d: Gc<Deque>, x: Value) -> PyResult<()> {
    let keep = TempVec::new(th);
    let items = collect_rooted(th, &keep, x)?;
    let mut r = d.ring.borrow_mut();
    if items.is_empty() {
        return Ok(());
    }
    for v in items {
        r.push_back(v);
    }
    Ok(())
}

fn deque_extend(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.extend", 1, 1)?;
    let d = this(th, a.pos[0])?;
    extend_right(th, d, a.pos[1])?;
    Ok(g().none)
}

fn deque_extendleft(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.extendleft", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let keep = TempVec::new(th);
    let items = collect_rooted(th, &keep, a.pos[1])?;
    let mut r = d.ring.borrow_mut();
    for v in items {
        r.push_front(v);
    }
    Ok(g().none)
}

fn deque_clear(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.clear", 0, 0)?;
    let d = this(th, a.pos[0])?;
    let mut r = d.ring.borrow_mut();
    r.items.clear();
    r.state = r.state.wrapping_add(1);
    Ok(g().none)
}

/// A copy of `d`: a plain deque for an exact deque, else `type(d)(d)` or
/// `type(d)(d, maxlen)` as CPython does for subclasses.
fn copy_of(th: &Thread, v: Value, d: Gc<Deque>) -> PyResult<Value> {
    let t = type_from(&DEQUE_TYPE).expect("deque type");
    let (items, maxlen) = {
        let r = d.ring.borrow();
        (r.items.clone(), r.maxlen)
    };
    if Gc::ptr_eq(type_of(v), t) {
        return Ok(new_deque(th, items, maxlen).value());
    }
    drop(items);
    let cls = type_of(v).value();
    match maxlen {
        None => ops::call(th, cls, &[v]),
        Some(n) => {
            let n = th.new_int(n as i64);
            ops::call(th, cls, &[v, n])
        }
    }
}

fn deque_copy(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.copy", 0, 0)?;
    let d = this(th, a.pos[0])?;
    copy_of(th, a.pos[0], d)
}

// --- Searching (these call __eq__: never under the lock) ---

/// Item `i` if the deque is still in `state`, else the mutation error.
fn item_checked(th: &Thread, d: Gc<Deque>, i: usize, state: u64) -> PyResult<Option<Value>> {
    let r = d.ring.borrow();
    if r.state != state {
        return Err(mutated(th));
    }
    Ok(r.items.get(i).copied())
}

fn deque_count(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.count", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let state = d.ring.borrow().state;
    let mut c = 0;
    let mut i = 0;
    while let Some(x) = item_checked(th, d, i, state)? {
        let eq = crate::objects::list::same_or_eq(th, x, a.pos[1])?;
        if d.ring.borrow().state != state {
            return Err(mutated(th));
        }
        if eq {
            c += 1;
        }
        i += 1;
    }
    Ok(th.new_int(c))
}

fn deque_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__contains__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let state = d.ring.borrow().state;
    let mut i = 0;
    while let Some(x) = item_checked(th, d, i, state)? {
        let eq = crate::objects::list::same_or_eq(th, x, a.pos[1])?;
        if d.ring.borrow().state != state {
            return Err(mutated(th));
        }
        if eq {
            return Ok(g().true_);
        }
        i += 1;
    }
    Ok(g().false_)
}

fn deque_index(th: &Thread, a: Args) -> PyResult<Value> {
    varargs_arity(th, &a, "index", 1, 3)?;
    let d = this(th, a.pos[0])?;
    let n = d.ring.borrow().items.len();
    let (s, e) = start_end(th, &a, n)?;
    let state = d.ring.borrow().state;
    let mut i = s;
    while i < e {
        let Some(x) = item_checked(th, d, i, state)? else {
            break;
        };
        let eq = crate::objects::list::same_or_eq(th, x, a.pos[1])?;
        if d.ring.borrow().state != state {
            return Err(mutated(th));
        }
        if eq {
            return Ok(th.new_int(i as i64));
        }
        i += 1;
    }
    Err(th.value_error(format!("{} is not in deque", ops::repr(th, a.pos[1])?)))
}

fn deque_remove(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.remove", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let target = a.pos[1];
    // Comparisons decided without Python code: search and remove under
    // one lock.
    let state = {
        let mut r = d.ring.borrow_mut();
        let mut decided = true;
        let mut found = None;
        for (i, x) in r.items.iter().enumerate() {
            match if *x == target {
                Some(true)
            } else {
                ops::eq_pure(*x, target)
            } {
                Some(true) => {
                    found = Some(i);
                    break;
                }
                Some(false) => {}
                None => {
                    decided = false;
                    break;
                }
            }
        }
        if let Some(i) = found {
            r.items.remove(i);
            r.state = r.state.wrapping_add(1);
            return Ok(g().none);
        }
        if decided {
            return Err(th.value_error(format!("{} is not in deque", ops::repr(th, target)?)));
        }
        r.state
    };
    let mut i = 0;
    loop {
        let x = {
            let r = d.ring.borrow();
            if r.state != state {
                return Err(th.index_error("deque mutated during iteration".into()));
            }
            match r.items.get(i) {
                Some(x) => *x,
                None => break,
            }
        };
        let eq = crate::objects::list::same_or_eq(th, x, target)?;
        let mut r = d.ring.borrow_mut();
        if r.state != state {
            return Err(th.index_error("deque mutated during iteration".into()));
        }
        if eq {
            r.items.remove(i);
            r.state = r.state.wrapping_add(1);
            return Ok(g().none);
        }
        i += 1;
    }
    Err(th.value_error(format!("{} is not in deque", ops::repr(th, target)?)))
}

// --- Reordering ---

fn deque_insert(th: &Thread, a: Args) -> PyResult<Value> {
    varargs_arity(th, &a, "insert", 2, 2)?;
    let d = this(th, a.pos[0])?;
    let i = ssize_arg(th, a.pos[1])?;
    let mut r = d.ring.borrow_mut();
    let n = r.items.len() as i64;
    if r.maxlen == Some(r.items.len()) {
        return Err(th.index_error("deque already at its maximum size".into()));
    }
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    r.items.insert(j as usize, a.pos[2]);
    r.state = r.state.wrapping_add(1);
    Ok(g().none)
}

fn deque_reverse(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.reverse", 0, 0)?;
    let d = this(th, a.pos[0])?;
    let mut r = d.ring.borrow_mut();
    r.items.make_contiguous().reverse();
    Ok(g().none)
}

fn deque_rotate(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.rotate", 0, 1)?;
    let d = this(th, a.pos[0])?;
    let n = match a.pos.get(1) {
        Some(v) => ssize_arg(th, *v)?,
        None => 1,
    };
    d.ring.borrow_mut().rotate(n);
    Ok(g().none)
}

// --- Sequence protocol ---

/// A subscript as an `i64` index, with CPython's errors.
fn index_raw(th: &Thread, k: Value) -> PyResult<i64> {
    let has_index = int::is_int(k)
        || crate::objects::type_::lookup(type_of(k), th.intern_static("__index__")).is_some();
    if !has_index {
        return Err(th.type_error(format!(
            "sequence index must be integer, not '{}'",
            crate::objects::type_::type_name(k)
        )));
    }
    let i = ops::index(th, k)?;
    int::to_i64(i)
        .ok_or_else(|| th.index_error("cannot fit 'int' into an index-sized integer".into()))
}

/// Resolves the index against the length under the lock and runs `f`
/// there (one critical section).
fn at_index<R>(
    th: &Thread,
    d: Gc<Deque>,
    k: Value,
    f: impl FnOnce(&mut Ring, usize) -> R,
) -> PyResult<R> {
    let raw = index_raw(th, k)?;
    let mut r = d.ring.borrow_mut();
    let n = r.items.len() as i64;
    let j = if raw < 0 { raw + n } else { raw };
    if j < 0 || j >= n {
        drop(r);
        return Err(th.index_error("deque index out of range".into()));
    }
    Ok(f(&mut r, j as usize))
}

fn deque_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__getitem__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    at_index(th, d, a.pos[1], |r, i| r.items[i])
}

fn deque_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__setitem__", 2, 2)?;
    let d = this(th, a.pos[0])?;
    let v = a.pos[2];
    at_index(th, d, a.pos[1], |r, i| r.items[i] = v)?;
    Ok(g().none)
}

fn deque_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__delitem__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    at_index(th, d, a.pos[1], |r, i| {
        r.items.remove(i);
        r.state = r.state.wrapping_add(1);
    })?;
    Ok(g().none)
}

fn deque_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__len__", 0, 0)?;
    let n = this(th, a.pos[0])?.ring.borrow().items.len();
    Ok(th.new_int(n as i64))
}

// --- Iteration ---

fn new_iter(th: &Thread, v: Value, d: Gc<Deque>, reverse: bool) -> Value {
    let cell = if reverse { &REV_ITER_TYPE } else { &ITER_TYPE };
    let t = type_from(cell).expect("deque iterator type");
    let state = d.ring.borrow().state;
    th.alloc(
        t,
        DequeIter {
            deque: v,
            pos: PyCell::new((0, state)),
            reverse,
        },
    )
    .value()
}

fn deque_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__iter__", 0, 0)?;
    let d = this(th, a.pos[0])?;
    Ok(new_iter(th, a.pos[0], d, false))
}

fn deque_reversed(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__reversed__", 0, 0)?;
    let d = this(th, a.pos[0])?;
    Ok(new_iter(th, a.pos[0], d, true))
}

fn iter_self(th: &Thread, a: Args) -> PyResult<Value> {
    as_iter(a.pos[0]).ok_or_else(|| th.type_error("expected a deque iterator".into()))?;
    Ok(a.pos[0])
}

fn iter_next(th: &Thread, a: Args) -> PyResult<Value> {
    let it = as_iter(a.pos[0]).ok_or_else(|| th.type_error("expected a deque iterator".into()))?;
    let d = as_deque(it.deque).expect("a deque iterator holds a deque");
    let mut p = it.pos.borrow_mut();
    let r = d.ring.borrow();
    if r.state != p.1 {
        // As in CPython, every later call raises too.
        drop(r);
        drop(p);
        return Err(mutated(th));
    }
    let n = r.items.len();
    if p.0 >= n {
        p.0 = usize::MAX;
        drop(r);
        drop(p);
        return Err(th.new_exc(g().exc.stop_iteration, String::new()));
    }
    let v = if it.reverse {
        r.items[n - 1 - p.0]
    } else {
        r.items[p.0]
    };
    p.0 += 1;
    Ok(v)
}

fn iter_length_hint(th: &Thread, a: Args) -> PyResult<Value> {
    let it = as_iter(a.pos[0]).ok_or_else(|| th.type_error("expected a deque iterator".into()))?;
    let d = as_deque(it.deque).expect("a deque iterator holds a deque");
    let done = it.pos.borrow().0;
    let n = d.ring.borrow().items.len();
    Ok(th.new_int(n.saturating_sub(done) as i64))
}

// --- Representation and operators ---

fn deque_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let v = a.pos[0];
    let d = this(th, v)?;
    let name = type_of(v).name();
    let (items, maxlen) = {
        let r = d.ring.borrow();
        (r.items.iter().copied().collect::<Vec<_>>(), r.maxlen)
    };
    let list = th.new_list(items);
    let inner = match ops::repr_guard(v, || ops::repr(th, list)) {
        Some(r) => r?,
        None => return Ok(th.new_str("[...]")),
    };
    let s = match maxlen {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    };
    Ok(th.new_str(&s))
}

fn deque_add(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__add__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let Some(o) = as_deque(a.pos[1]) else {
        return Err(th.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            crate::objects::type_::type_name(a.pos[1])
        )));
    };
    let new = copy_of(th, a.pos[0], d)?;
    let _keep = th.root(new);
    let nd = this(th, new)?;
    extend_right(th, nd, o.value())?;
    Ok(new)
}

fn deque_iadd(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__iadd__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    extend_right(th, d, a.pos[1])?;
    Ok(a.pos[0])
}

/// The repeat count of `d * n` (None when `n` is no index).
fn repeat_count(th: &Thread, n: Value) -> PyResult<Option<i64>> {
    if !int::is_int(n)
        && crate::objects::type_::lookup(type_of(n), th.intern_static("__index__")).is_none()
    {
        return Ok(None);
    }
    let i = ops::index(th, n)?;
    match int::to_i64(i) {
        Some(i) => Ok(Some(i)),
        None if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => {
            Ok(Some(0))
        }
        None => Err(th.overflow_error("cannot fit 'int' into an index-sized integer".into())),
    }
}

/// `d * x` for a non-index `x`: NotImplemented when `x`'s class is a
/// Python class that may define the reflected operation, else CPython's
/// sequence-repeat error.
fn not_a_count(th: &Thread, x: Value) -> PyResult<Value> {
    let t = type_of(x);
    if t.is_heap()
        && as_deque(x).is_none()
        && crate::objects::type_::lookup(t, th.intern_static("__rmul__")).is_some()
    {
        return Ok(g().not_implemented);
    }
    Err(th.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        crate::objects::type_::type_name(x)
    )))
}

/// `d *= n` in place (one critical section): with a maxlen only the last
/// `maxlen` items of the repetition stay.
fn repeat_in_place(th: &Thread, d: Gc<Deque>, n: i64) -> PyResult<()> {
    let mut r = d.ring.borrow_mut();
    if n <= 0 || r.items.is_empty() {
        r.items.clear();
        r.state = r.state.wrapping_add(1);
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let len = r.items.len() as u128;
    let cap = r.maxlen.map(|m| m as u128).unwrap_or(u128::MAX);
    let total = (len * n as u128).min(cap);
    if total > (1u128 << 34) {
        drop(r);
        return Err(th.memory_error());
    }
    if !gc::budget::fits(total as usize * 8) {
        // A collection runs no Python code: the deque is unchanged after it.
        drop(r);
        th.reserve(total as usize * 8)?;
        r = d.ring.borrow_mut();
    }
    let base: Vec<Value> = r.items.iter().copied().collect();
    // The result is the repetition's last `total` items.
    let full = len * n as u128;
    let skip = (full - total) as usize;
    let mut out = VecDeque::with_capacity(total as usize);
    let l = base.len();
    for k in skip..full as usize {
        out.push_back(base[k % l]);
    }
    r.items = out;
    r.state = r.state.wrapping_add(1);
    Ok(())
}

fn deque_imul(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__imul__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let Some(n) = repeat_count(th, a.pos[1])? else {
        return Ok(g().not_implemented);
    };
    repeat_in_place(th, d, n)?;
    Ok(a.pos[0])
}

fn deque_mul(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__mul__", 1, 1)?;
    let d = this(th, a.pos[0])?;
    let Some(n) = repeat_count(th, a.pos[1])? else {
        return not_a_count(th, a.pos[1]);
    };
    let new = copy_of(th, a.pos[0], d)?;
    let _keep = th.root(new);
    repeat_in_place(th, this(th, new)?, n)?;
    Ok(new)
}

fn deque_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    let d = this(th, a.pos[0])?;
    let Some(o) = as_deque(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    // The TempVec is allocated before the copies exist: from then on no
    // allocation happens until they are rooted in it.
    let keep = TempVec::new(th);
    let x: Vec<Value> = d.ring.borrow().items.iter().copied().collect();
    let y: Vec<Value> = o.ring.borrow().items.iter().copied().collect();
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(if op == CmpOp::Eq {
            g().false_
        } else {
            g().true_
        });
    }
    for v in x.iter().chain(y.iter()) {
        keep.push(*v);
    }
    crate::arith::seq_compare(th, x, y, op)
}

crate::rich_compare_fns!(deque_cmp => deque_eq, deque_ne, deque_lt, deque_le, deque_gt, deque_ge);

/// `(type(d), ((), maxlen) or (), d.__dict__ or None, iter(d))`, as CPython.
fn deque_reduce(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "deque.__reduce__", 0, 0)?;
    let v = a.pos[0];
    let d = this(th, v)?;
    let maxlen = d.ring.borrow().maxlen;
    let empty = th.new_tuple_from(&[]);
    let args = match maxlen {
        Some(m) => {
            let m = th.new_int(m as i64);
            th.new_tuple_from(&[empty, m])
        }
        None => empty,
    };
    let state = v
        .dict_slot()
        .map(|c| c.get_copy())
        .filter(|x| !x.is_null() && dict_len(*x) > 0)
        .unwrap_or(g().none);
    let it = new_iter(th, v, d, false);
    Ok(th.new_tuple_from(&[type_of(v).value(), args, state, it]))
}

fn dict_len(v: Value) -> usize {
    v.downcast::<dict::Dict>().map(dict::len).unwrap_or(0)
}

fn deque_class_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    crate::objects::generic_alias::class_getitem(th, a)
}

// --- Installation ---

fn make_type(
    th: &Thread,
    name: &'static str,
    module: &str,
    meta: gc::Meta,
    basetype: bool,
) -> Gc<TypeObj> {
    let t = new_builtin_type(th, name, Some(types().object), meta, basetype);
    make_permanent(t);
    // Flagged as a heap type (as `array`), so `ops` finds the dunders in
    // the type dict.
    t.flags.set(t.flags.get() | tflags::HEAPTYPE);
    *t.module.borrow_mut() = module.into();
    let k = th.new_str(module);
    set_attr_str(th, t, "__module__", k);
    t
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let t = match type_from(&DEQUE_TYPE) {
        Some(t) => t,
        None => {
            let t = make_type(th, "deque", "collections", meta_for::<Deque>(), true);
            crate::objects::allow_native_subclass(t, crate::layout::sub_meta_for::<Deque>);
            add_fn(th, t, "deque", "__new__", deque_new, Binding::Static);
            add_fn(
                th,
                t,
                "deque",
                "__class_getitem__",
                deque_class_getitem,
                Binding::Class,
            );
            add_fn(th, t, "deque", "maxlen", deque_maxlen, Binding::Getter);
            add_methods(
                th,
                t,
                "deque",
                &[
                    ("__init__", deque_init),
                    ("append", deque_append),
                    ("appendleft", deque_appendleft),
                    ("pop", deque_pop),
                    ("popleft", deque_popleft),
                    ("extend", deque_extend),
                    ("extendleft", deque_extendleft),
                    ("clear", deque_clear),
                    ("copy", deque_copy),
                    ("__copy__", deque_copy),
                    ("count", deque_count),
                    ("index", deque_index),
                    ("insert", deque_insert),
                    ("remove", deque_remove),
                    ("reverse", deque_reverse),
                    ("rotate", deque_rotate),
                    ("__len__", deque_len),
                    ("__getitem__", deque_getitem),
                    ("__setitem__", deque_setitem),
                    ("__delitem__", deque_delitem),
                    ("__contains__", deque_contains),
                    ("__iter__", deque_iter),
                    ("__reversed__", deque_reversed),
                    ("__repr__", deque_repr),
                    ("__add__", deque_add),
                    ("__iadd__", deque_iadd),
                    ("__mul__", deque_mul),
                    ("__rmul__", deque_mul),
                    ("__imul__", deque_imul),
                    ("__eq__", deque_eq),
                    ("__ne__", deque_ne),
                    ("__lt__", deque_lt),
                    ("__le__", deque_le),
                    ("__gt__", deque_gt),
                    ("__ge__", deque_ge),
                    ("__reduce__", deque_reduce),
                ],
            );
            set_attr_str(th, t, "__hash__", g().none);
            let _ = DEQUE_TYPE.set(t.value().bits());
            for (cell, name) in [
                (&ITER_TYPE, "_deque_iterator"),
                (&REV_ITER_TYPE, "_deque_reverse_iterator"),
            ] {
                let it = make_type(th, name, "_collections", meta_for::<DequeIter>(), false);
                add_methods(
                    th,
                    it,
                    name,
                    &[
                        ("__iter__", iter_self),
                        ("__next__", iter_next),
                        ("__length_hint__", iter_length_hint),
                    ],
                );
                let _ = cell.set(it.value().bits());
            }
            t
        }
    };
    dict::set_item_str(th, m.dict, th.intern_static("deque"), t.value());
    Ok(())
}
