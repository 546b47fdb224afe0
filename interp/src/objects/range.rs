//! `range`: an immutable arithmetic sequence of ints.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::value::Value;

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl PyPayload for Range {
    const KIND: Kind = Kind::Range;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.start.bits());
        t.mark(self.stop.bits());
        t.mark(self.step.bits());
    }
}

// --- Arithmetic on the (possibly huge) bounds ---

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::layout::Gc;
use crate::objects::int;
use crate::objects::iter::{IterKind, IterState, new_iter};
use crate::objects::list::arity;
use crate::objects::slice::{Slice, long_indices};
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};

fn big(v: Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

/// (start, stop, step) as big ints.
pub fn bounds(r: Gc<Range>) -> (BigInt, BigInt, BigInt) {
    (big(r.start), big(r.stop), big(r.step))
}

/// The number of items (CPython's `compute_range_length`).
pub fn length(r: Gc<Range>) -> BigInt {
    let (a, b, s) = bounds(r);
    if s.is_positive() {
        if b > a {
            (&b - &a - 1u8) / &s + 1u8
        } else {
            BigInt::zero()
        }
    } else if a > b {
        (&a - &b - 1u8) / (-&s) + 1u8
    } else {
        BigInt::zero()
    }
}

fn new_range(th: &Thread, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let start = th.new_bigint(start);
    let _r1 = th.root(start);
    let stop = th.new_bigint(stop);
    let _r2 = th.root(stop);
    let step = th.new_bigint(step);
    th.alloc(types().range, Range { start, stop, step }).value()
}

/// Whether the int `x` is an item of the range.
fn contains_int(r: Gc<Range>, x: &BigInt) -> bool {
    let (a, b, s) = bounds(r);
    let inside = if s.is_positive() {
        *x >= a && *x < b
    } else {
        *x <= a && *x > b
    };
    inside && (x - &a).mod_floor(&s).is_zero()
}

/// `r[k]` for an index or a slice.
pub fn getitem(th: &Thread, rv: Value, k: Value) -> PyResult<Value> {
    let r = rv
        .downcast::<Range>()
        .ok_or_else(|| th.type_error("range.__getitem__ needs a range".into()))?;
    let (start, _, step) = bounds(r);
    let n = length(r);
    if let Some(sl) = k.downcast::<Slice>() {
        let (s0, s1, st) = long_indices(th, sl, &n)?;
        let nstart = &start + &step * &s0;
        let nstop = &start + &step * &s1;
        return Ok(new_range(th, nstart, nstop, &step * &st));
    }
    let i = ops::index(th, k).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error(format!(
                "range indices must be integers or slices, not {}",
                type_name(k)
            ))
        } else {
            e
        }
    })?;
    let mut i = big(i);
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(th.index_error("range object index out of range".into()));
    }
    Ok(th.new_bigint(start + step * i))
}

/// `a == b` for two ranges (equal as sequences).
pub fn equal(a: Gc<Range>, b: Gc<Range>) -> bool {
    if a.value() == b.value() {
        return true;
    }
    let (la, lb) = (length(a), length(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    let (sa, _, pa) = bounds(a);
    let (sb, _, pb) = bounds(b);
    sa == sb && (la == BigInt::from(1) || pa == pb)
}

/// hash(range): the hash of (len, start, step) with None for what does not matter.
pub fn hash(th: &Thread, r: Gc<Range>) -> PyResult<i64> {
    let n = length(r);
    let (start, step) = if n.is_zero() {
        (g().none, g().none)
    } else if n == BigInt::from(1) {
        (r.start, g().none)
    } else {
        (r.start, r.step)
    };
    let nv = th.new_bigint(n);
    let _r = th.root(nv);
    let t = th.new_tuple_from(&[nv, start, step]);
    ops::hash(th, t)
}

// --- Methods ---

/// Installs the methods of `range`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        types().range,
        "range",
        &[
            ("index", range_index),
            ("count", range_count),
            ("__reversed__", range_reversed),
            ("__getitem__", range_getitem),
            ("__len__", range_len),
            ("__contains__", range_contains),
            ("__iter__", range_iter),
            ("__hash__", range_hash),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
        ],
    );
}

fn this_range(th: &Thread, v: Value) -> PyResult<Gc<Range>> {
    v.downcast::<Range>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            type_name(v)
        ))
    })
}

/// Exact ints and bools take the arithmetic path of `index`/`count`.
fn is_plain_int(v: Value) -> bool {
    v.is_small() || v.is_kind(Kind::Bool) || (v.is_kind(Kind::Int) && !v.heap_type().is_heap())
}

fn range_index(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.index", 1, 1)?;
    let r = this_range(th, a.pos[0])?;
    let x = a.pos[1];
    if !is_plain_int(x) {
        let it = ops::get_iter(th, a.pos[0])?;
        let _r = th.root(it);
        let mut i: i64 = 0;
        while let Some(v) = ops::next(th, it)? {
            if ops::eq_bool(th, v, x)? {
                return Ok(th.new_int(i));
            }
            i += 1;
        }
        return Err(th.value_error("sequence.index(x): x not in sequence".into()));
    }
    let xb = big(x);
    if contains_int(r, &xb) {
        let (start, _, step) = bounds(r);
        return Ok(th.new_bigint((xb - start) / step));
    }
    Err(th.value_error(format!("{} is not in range", ops::repr(th, x)?)))
}

fn range_count(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.count", 1, 1)?;
    let r = this_range(th, a.pos[0])?;
    let x = a.pos[1];
    if is_plain_int(x) {
        return Ok(Value::small(contains_int(r, &big(x)) as i64));
    }
    let it = ops::get_iter(th, a.pos[0])?;
    let _r = th.root(it);
    let mut c: i64 = 0;
    while let Some(v) = ops::next(th, it)? {
        if ops::eq_bool(th, v, x)? {
            c += 1;
        }
    }
    Ok(th.new_int(c))
}

fn range_reversed(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__reversed__", 0, 0)?;
    let r = this_range(th, a.pos[0])?;
    let (start, _, step) = bounds(r);
    let n = length(r);
    let last = &start + (&n - 1u8) * &step;
    let stop = &start - &step;
    let (nstep, first) = (-step, if n.is_zero() { start.clone() } else { last });
    let stop = if n.is_zero() { start } else { stop };
    if let (Some(c), Some(s), Some(p)) = (first.to_i64(), stop.to_i64(), nstep.to_i64()) {
        return Ok(new_iter(
            th,
            IterKind::Range,
            IterState::Range {
                cur: c,
                stop: s,
                step: p,
            },
        ));
    }
    let nr = new_range(th, first, stop, nstep);
    let _r = th.root(nr);
    Ok(crate::builtins_types::range_iter(th, nr))
}

fn range_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__getitem__", 1, 1)?;
    getitem(th, a.pos[0], a.pos[1])
}

fn range_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__len__", 0, 0)?;
    let n = crate::builtins_types::range_len(th, this_range(th, a.pos[0])?.value())?;
    Ok(th.new_int(n as i64))
}

fn range_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__contains__", 1, 1)?;
    this_range(th, a.pos[0])?;
    Ok(th.bool_val(crate::builtins_types::range_contains(
        th, a.pos[0], a.pos[1],
    )?))
}

fn range_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__iter__", 0, 0)?;
    this_range(th, a.pos[0])?;
    Ok(crate::builtins_types::range_iter(th, a.pos[0]))
}

fn range_hash(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "range.__hash__", 0, 0)?;
    let h = hash(th, this_range(th, a.pos[0])?)?;
    Ok(th.new_int(h))
}

fn range_eq_ne(th: &Thread, a: &Args, ne: bool) -> PyResult<Value> {
    arity(th, a, if ne { "__ne__" } else { "__eq__" }, 1, 1)?;
    let r = this_range(th, a.pos[0])?;
    let Some(o) = a.pos[1].downcast::<Range>() else {
        return Ok(g().not_implemented);
    };
    Ok(th.bool_val(equal(r, o) != ne))
}

fn range_eq(th: &Thread, a: Args) -> PyResult<Value> {
    range_eq_ne(th, &a, false)
}

fn range_ne(th: &Thread, a: Args) -> PyResult<Value> {
    range_eq_ne(th, &a, true)
}
