//! `slice`: start, stop and step of an extended index.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::value::Value;

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl PyPayload for Slice {
    const KIND: Kind = Kind::Slice;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.start.bits());
        t.mark(self.stop.bits());
        t.mark(self.step.bits());
    }
}

// --- Resolving against a length ---

use frontend::bytecode::CmpOp;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::layout::Gc;
use crate::objects::int;
use crate::objects::list::arity;
use crate::objects::type_::TypeObj;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};

/// A slice bound as a big int (None stays None), with CPython's message.
fn bound(th: &Thread, v: Value) -> PyResult<Option<BigInt>> {
    if v == g().none {
        return Ok(None);
    }
    let i = ops::index(th, v).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error(
                "slice indices must be integers or None or have an __index__ method".into(),
            )
        } else {
            e
        }
    })?;
    Ok(int::to_bigint(i))
}

/// CPython's `_PySlice_GetLongIndices`: (start, stop, step) for a sequence
/// of `length` items, exact for any size.
pub fn long_indices(
    th: &Thread,
    s: Gc<Slice>,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = bound(th, s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(th.value_error("slice step cannot be zero".into()));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), length - 1u8)
    } else {
        (BigInt::zero(), length.clone())
    };
    let fix = |x: Option<BigInt>, default: &BigInt| -> BigInt {
        match x {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += length;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let start = fix(bound(th, s.start)?, if neg { &upper } else { &lower });
    let stop = fix(bound(th, s.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

// --- Methods ---

/// Installs the constructor and methods of `slice`.
pub fn install(th: &Thread) {
    let t = types().slice;
    crate::objects::add_fn(
        th,
        t,
        "slice",
        "__new__",
        slice_new,
        crate::objects::function::Binding::Static,
    );
    crate::objects::add_methods(th, t, "slice", &[("indices", slice_indices_m)]);
    crate::objects::type_::set_attr_str(th, t, "__hash__", g().none);
}

/// slice(stop) / slice(start, stop[, step]).
fn slice_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a.pos.first().and_then(|v| v.downcast::<TypeObj>());
    if cls.is_none() {
        return Err(th.type_error("slice.__new__(X): X is not a type object".into()));
    }
    a.no_kw(th, "slice")?;
    let args = &a.pos[1..];
    let none = g().none;
    let (start, stop, step) = match args.len() {
        1 => (none, args[0], none),
        2 => (args[0], args[1], none),
        3 => (args[0], args[1], args[2]),
        0 => return Err(th.type_error("slice expected at least 1 argument, got 0".into())),
        n => return Err(th.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(crate::builtins_types::new_slice(th, start, stop, step))
}

/// slice.indices(length) -> (start, stop, step).
fn slice_indices_m(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "slice.indices", 1, 1)?;
    let s = a.pos[0]
        .downcast::<Slice>()
        .ok_or_else(|| th.type_error("slice.indices needs a slice".into()))?;
    let n = int::to_bigint(ops::index(th, a.pos[1])?).unwrap_or_default();
    if n.is_negative() {
        return Err(th.value_error("length should not be negative".into()));
    }
    let (x, y, z) = long_indices(th, s, &n)?;
    let x = th.new_bigint(x);
    let _r1 = th.root(x);
    let y = th.new_bigint(y);
    let _r2 = th.root(y);
    let z = th.new_bigint(z);
    Ok(th.new_tuple_from(&[x, y, z]))
}

/// Slices compare like the tuples (start, stop, step).
pub fn compare(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Slice>(), b.downcast::<Slice>()) else {
        return Ok(None);
    };
    if a == b && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Some(th.bool_val(op == CmpOp::Eq)));
    }
    let l = vec![x.start, x.stop, x.step];
    let r = vec![y.start, y.stop, y.step];
    crate::arith::seq_compare(th, l, r, op).map(Some)
}
