//! `list`: a growable array of values.
//!
//! The methods and the special methods (`__getitem__`, `__add__`, `__eq__`
//! ...) live here and are installed in the type dict, so that `list.m`,
//! `super().m` in subclasses and the dunder protocol of heap subclasses see
//! them.  Exact lists mostly take the native fast paths of `ops`/`arith`,
//! which end up in the same code (`builtins_types::seq_getitem` etc.).
//!
//! Python code (`__eq__` of the items, key functions) may run in the middle
//! of every method, and it may mutate the list: the methods never hold a
//! borrow of `items` across such a call and re-check lengths afterwards.
use frontend::bytecode::CmpOp;
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload, SharedVec};
use crate::objects::int;
use crate::objects::iter::{IterKind, IterState, new_iter};
use crate::objects::type_::{type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, g};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct List {
    /// Other threads read items without the lock (`layout::shared`).
    /// Its clean prefix is tracked (`SharedVec<_, true>`): an old list that
    /// was appended to costs a minor collection only the new items.
    pub items: PyCell<SharedVec<Value, true>>,
}

impl PyPayload for List {
    const KIND: Kind = Kind::List;
    fn trace(&self, t: &mut Tracer) {
        // An old list on a dirty card: only the items written since its
        // last trace (`SharedVec::gc_elements`).
        let (rem, ver) = (t.remembered(), t.verifying());
        for v in self.items.gc_peek().gc_elements(rem, ver) {
            t.mark(v.bits());
        }
    }
}

pub fn new_list(th: &Thread, items: Vec<Value>) -> Gc<List> {
    if items.capacity() > 256 {
        th.mutator.note_external(items.capacity() * 8);
    }
    th.alloc(
        types().list,
        List {
            items: PyCell::new(items.into()),
        },
    )
}

// --- Argument checking shared by the container types ---

/// Checks the arguments of a native method whose `a.pos[0]` is self, with
/// CPython's messages: `fname` is `"list.append"` for METH_O/METH_NOARGS
/// methods and `"insert"` for Argument Clinic ones.
pub fn arity(th: &Thread, a: &Args, fname: &str, min: usize, max: usize) -> PyResult<()> {
    a.no_kw(th, fname)?;
    Args::new(a.pos.get(1..).unwrap_or(&[])).check(th, fname, min, max)
}

/// A clamped index argument (`list.index(x, start, end)`, `insert`):
/// `__index__` is honoured, huge values are clamped to `[0, n]`.
pub fn clamp_index(th: &Thread, v: Value, n: usize) -> PyResult<usize> {
    let i = ops::index(th, v).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error("slice indices must be integers or have an __index__ method".into())
        } else {
            e
        }
    })?;
    let n = n as i64;
    let i = match int::to_i64(i) {
        Some(i) => i,
        None => {
            if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
    };
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
}

/// A `Py_ssize_t` argument: `__index__`, OverflowError when huge.
pub fn ssize_arg(th: &Thread, v: Value) -> PyResult<i64> {
    let i = ops::index(th, v)?;
    int::to_i64(i)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C ssize_t".into()))
}

/// The `(start, end)` optional arguments of `index` (positions 2 and 3).
pub fn start_end(th: &Thread, a: &Args, n: usize) -> PyResult<(usize, usize)> {
    let s = match a.pos.get(2) {
        Some(v) => clamp_index(th, *v, n)?,
        None => 0,
    };
    let e = match a.pos.get(3) {
        Some(v) => clamp_index(th, *v, n)?,
        None => n,
    };
    Ok((s, e))
}

/// `x is y or x == y`, the membership test of the containers.
#[inline]
pub fn same_or_eq(th: &Thread, x: Value, y: Value) -> PyResult<bool> {
    Ok(x == y || ops::eq_bool(th, x, y)?)
}

// --- Methods ---

/// Installs the methods of `list`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        types().list,
        "list",
        &[
            ("append", list_append),
            ("pop", list_pop),
            ("extend", list_extend),
            ("insert", list_insert),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("index", list_index),
            ("count", list_count),
            ("remove", list_remove),
            ("copy", list_copy),
            ("clear", list_clear),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__len__", list_len),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
        ],
    );
    crate::objects::type_::set_attr_str(th, types().list, "__hash__", g().none);
}

fn this_list(th: &Thread, v: Value) -> PyResult<Gc<List>> {
    v.downcast::<List>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn list_append(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.append", 1, 1)?;
    let x = a.pos[1];
    this_list(th, a.pos[0])?.items.update(|items| items.push(x));
    Ok(g().none)
}

fn list_pop(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "pop", 0, 1)?;
    let l = this_list(th, a.pos[0])?;
    let i = match a.pos.get(1) {
        Some(v) => Some(ssize_arg(th, *v)?),
        None => None,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(th.index_error("pop from empty list".into()));
    }
    let n = items.len() as i64;
    let i = i.unwrap_or(n - 1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(th.index_error("pop index out of range".into()));
    }
    Ok(items.remove(j as usize))
}

fn list_extend(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.extend", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    extend(th, l, a.pos[1])?;
    Ok(g().none)
}

/// `l.extend(x)` / `l += x`.
fn extend(th: &Thread, l: Gc<List>, x: Value) -> PyResult<()> {
    let items = ops::collect(th, x)?;
    l.items.borrow_mut().extend(items);
    Ok(())
}

fn list_insert(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "insert", 2, 2)?;
    let l = this_list(th, a.pos[0])?;
    let i = ssize_arg(th, a.pos[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a.pos[2]);
    Ok(g().none)
}

fn list_sort(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        return Err(th.type_error("sort() takes no positional arguments".into()));
    }
    for k in a.kwnames {
        let k = crate::objects::str::as_str(*k).unwrap_or("");
        if k != "key" && k != "reverse" {
            return Err(th.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let l = this_list(th, a.pos[0])?;
    let key = a.kw("key").unwrap_or(Value::NULL);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::truthy(th, r)?,
        None => false,
    };
    // Root the items before the list lets go of them (TempVec allocates).
    let tv = crate::runtime::TempVec::new(th);
    let items = std::mem::take(&mut *l.items.borrow_mut());
    for x in &items {
        tv.push(*x);
    }
    let r = crate::builtins::sort_values(th, items.to_vec(), key, reverse);
    let modified = !l.items.borrow().is_empty();
    match r {
        Ok(s) => {
            *l.items.borrow_mut() = s.into();
            if modified {
                return Err(th.value_error("list modified during sort".into()));
            }
            Ok(g().none)
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.reverse", 0, 0)?;
    this_list(th, a.pos[0])?.items.borrow_mut().reverse();
    Ok(g().none)
}

/// Item `i` of the list as it is now (None when it shrank).
fn item_at(l: Gc<List>, i: usize) -> Option<Value> {
    l.items.borrow().get(i).copied()
}

fn list_index(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "index", 1, 3)?;
    let l = this_list(th, a.pos[0])?;
    let n = l.items.borrow().len();
    let (s, e) = start_end(th, &a, n)?;
    let mut i = s;
    while i < e {
        let Some(x) = item_at(l, i) else { break };
        if same_or_eq(th, x, a.pos[1])? {
            return Ok(th.new_int(i as i64));
        }
        i += 1;
    }
    Err(th.value_error(format!("{} is not in list", ops::repr(th, a.pos[1])?)))
}

fn list_count(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.count", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let mut c = 0;
    let mut i = 0;
    while let Some(x) = item_at(l, i) {
        if same_or_eq(th, x, a.pos[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(th.new_int(c))
}

fn list_remove(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.remove", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let target = a.pos[1];
    // When every comparison is decided without Python code, search and
    // remove under one lock: other threads cannot shift the items between.
    {
        let mut items = l.items.borrow_mut();
        let mut decided = true;
        let mut found = None;
        for (i, x) in items.iter().enumerate() {
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
            items.remove(i);
            return Ok(g().none);
        }
        if decided {
            return Err(th.value_error("list.remove(x): x not in list".into()));
        }
    }
    let mut i = 0;
    while let Some(x) = item_at(l, i) {
        if same_or_eq(th, x, target)? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(g().none);
        }
        i += 1;
    }
    Err(th.value_error("list.remove(x): x not in list".into()))
}

fn list_copy(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.copy", 0, 0)?;
    let items = this_list(th, a.pos[0])?.items.borrow().to_vec();
    Ok(th.new_list(items))
}

fn list_clear(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.clear", 0, 0)?;
    // Dropping the old items runs no Python code (no finalizers here).
    let old = std::mem::take(&mut *this_list(th, a.pos[0])?.items.borrow_mut());
    drop(old);
    Ok(g().none)
}

// --- Special methods ---

fn list_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__getitem__", 1, 1)?;
    this_list(th, a.pos[0])?;
    match crate::builtins_types::seq_getitem(th, a.pos[0], a.pos[1])? {
        Some(v) => Ok(v),
        None => Err(th.type_error("list indices must be integers or slices".into())),
    }
}

fn list_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__setitem__", 2, 2)?;
    this_list(th, a.pos[0])?;
    crate::builtins_types::seq_setitem(th, a.pos[0], a.pos[1], a.pos[2])?;
    Ok(g().none)
}

fn list_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__delitem__", 1, 1)?;
    this_list(th, a.pos[0])?;
    crate::builtins_types::seq_setitem(th, a.pos[0], a.pos[1], Value::NULL)?;
    Ok(g().none)
}

fn list_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__len__", 0, 0)?;
    let n = this_list(th, a.pos[0])?.items.borrow().len();
    Ok(th.new_int(n as i64))
}

fn list_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__contains__", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let mut i = 0;
    while let Some(x) = item_at(l, i) {
        if same_or_eq(th, x, a.pos[1])? {
            return Ok(g().true_);
        }
        i += 1;
    }
    Ok(g().false_)
}

fn list_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__iter__", 0, 0)?;
    this_list(th, a.pos[0])?;
    Ok(new_iter(
        th,
        IterKind::List,
        IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}

fn list_reversed(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__reversed__", 0, 0)?;
    let n = this_list(th, a.pos[0])?.items.borrow().len();
    Ok(new_iter(
        th,
        IterKind::ListReverse,
        IterState::Index {
            seq: a.pos[0],
            i: n as isize - 1,
        },
    ))
}

fn list_add(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__add__", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let Some(r) = a.pos[1].downcast::<List>() else {
        return Err(th.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(a.pos[1])
        )));
    };
    let mut v = l.items.borrow().to_vec();
    v.extend_from_slice(&r.items.borrow());
    Ok(th.new_list(v))
}

fn list_iadd(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__iadd__", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    extend(th, l, a.pos[1])?;
    Ok(a.pos[0])
}

/// The repeat count of `seq * n` (NotImplemented when `n` is no index).
fn repeat_arg(th: &Thread, n: Value) -> PyResult<Option<i64>> {
    if !int::is_int(n)
        && crate::objects::type_::lookup(type_of(n), th.intern_static("__index__")).is_none()
    {
        return Ok(None);
    }
    let i = ops::index(th, n)?;
    match int::to_i64(i) {
        Some(i) => Ok(Some(i.max(0))),
        None => {
            if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                Ok(Some(0))
            } else {
                Err(th.overflow_error("cannot fit 'int' into an index-sized integer".into()))
            }
        }
    }
}

/// `items * n` with a MemoryError for absurd sizes.
pub fn repeat_items(th: &Thread, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let n = n.max(0) as u128;
    if n * items.len() as u128 > (1u128 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n as usize * items.len() * 8)?;
    let mut v = Vec::with_capacity(items.len() * n as usize);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn list_mul(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__mul__", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let Some(n) = repeat_arg(th, a.pos[1])? else {
        return Ok(g().not_implemented);
    };
    let items = l.items.borrow().to_vec();
    let v = repeat_items(th, &items, n)?;
    Ok(th.new_list(v))
}

fn list_imul(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "list.__imul__", 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let Some(n) = repeat_arg(th, a.pos[1])? else {
        return Ok(g().not_implemented);
    };
    let items = l.items.borrow().to_vec();
    let v = repeat_items(th, &items, n)?;
    *l.items.borrow_mut() = v.into();
    Ok(a.pos[0])
}

fn list_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    let l = this_list(th, a.pos[0])?;
    let Some(r) = a.pos[1].downcast::<List>() else {
        return Ok(g().not_implemented);
    };
    let x = l.items.borrow().to_vec();
    let y = r.items.borrow().to_vec();
    let keep = crate::runtime::TempVec::new(th);
    for v in x.iter().chain(y.iter()) {
        keep.push(*v);
    }
    crate::arith::seq_compare(th, x, y, op)
}

/// Defines the six rich comparisons of a type from one `fn(th, &Args, CmpOp)`.
#[macro_export]
macro_rules! rich_compare_fns {
    ($imp:path => $eq:ident, $ne:ident, $lt:ident, $le:ident, $gt:ident, $ge:ident) => {
        fn $eq(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Eq)
        }
        fn $ne(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Ne)
        }
        fn $lt(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Lt)
        }
        fn $le(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Le)
        }
        fn $gt(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Gt)
        }
        fn $ge(th: &Thread, a: Args) -> PyResult<Value> {
            $imp(th, &a, CmpOp::Ge)
        }
    };
}

rich_compare_fns!(list_cmp => list_eq, list_ne, list_lt, list_le, list_gt, list_ge);
