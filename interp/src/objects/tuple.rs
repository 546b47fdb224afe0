//! `tuple`: an immutable array of values.
//!
//! A tuple is one heap object: the header (whose word also holds the
//! length), then the items inline (`layout::InlineValues`; a Python
//! subclass has its instance dict between the header and the items).  No native buffer, so no
//! destructor for the collector to run, and one allocation per tuple.
//! The items are written only while the object is built
//! (`layout::alloc_inline_values`), so they need no write barrier; build
//! every tuple from its finished items (`Thread::new_tuple`,
//! `Thread::new_tuple_from`).
use gc::Tracer;

use crate::layout::{Gc, InlineItems, InlineValues, Kind, PyPayload};
use crate::value::Value;

#[repr(transparent)]
pub struct Tuple {
    items: InlineValues,
}

impl Tuple {
    /// The items.
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        self.items.as_slice()
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl PyPayload for Tuple {
    const KIND: Kind = Kind::Tuple;
    fn trace(&self, t: &mut Tracer) {
        self.items.trace(t);
    }
}

impl InlineItems for Tuple {
    fn from_inline(items: InlineValues) -> Self {
        Tuple { items }
    }
}

/// A new object of type `ty` (`tuple` or a Python subclass of it) holding
/// a copy of `items`.
pub fn alloc_tuple(
    th: &crate::runtime::Thread,
    ty: Gc<crate::objects::type_::TypeObj>,
    items: &[Value],
) -> Gc<Tuple> {
    crate::layout::alloc_inline_values::<Tuple>(&th.mutator, ty, items)
}

/// The items of a tuple value.
pub fn as_tuple(v: Value) -> Option<Gc<Tuple>> {
    v.downcast::<Tuple>()
}

// --- Methods ---

use frontend::bytecode::CmpOp;

use crate::objects::iter::{IterKind, IterState, new_iter};
use crate::objects::list::{arity, same_or_eq, start_end};
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};

/// Installs the methods of `tuple`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        types().tuple,
        "tuple",
        &[
            ("index", tuple_index),
            ("count", tuple_count),
            ("__getitem__", tuple_getitem),
            ("__len__", tuple_len),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__hash__", tuple_hash),
            ("__getnewargs__", tuple_getnewargs),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
        ],
    );
}

fn this_tuple(th: &Thread, v: Value) -> PyResult<Gc<Tuple>> {
    v.downcast::<Tuple>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn tuple_index(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "index", 1, 3)?;
    let t = this_tuple(th, a.pos[0])?;
    let (s, e) = start_end(th, &a, t.items().len())?;
    for i in s..e {
        if same_or_eq(th, t.items()[i], a.pos[1])? {
            return Ok(th.new_int(i as i64));
        }
    }
    Err(th.value_error("tuple.index(x): x not in tuple".into()))
}

fn tuple_count(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.count", 1, 1)?;
    let t = this_tuple(th, a.pos[0])?;
    let mut c = 0;
    for x in t.items().iter() {
        if same_or_eq(th, *x, a.pos[1])? {
            c += 1;
        }
    }
    Ok(th.new_int(c))
}

fn tuple_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__getitem__", 1, 1)?;
    this_tuple(th, a.pos[0])?;
    match crate::builtins_types::seq_getitem(th, a.pos[0], a.pos[1])? {
        Some(v) => Ok(v),
        None => Err(th.type_error("tuple indices must be integers or slices".into())),
    }
}

fn tuple_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__len__", 0, 0)?;
    Ok(th.new_int(this_tuple(th, a.pos[0])?.items().len() as i64))
}

fn tuple_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__contains__", 1, 1)?;
    let t = this_tuple(th, a.pos[0])?;
    for x in t.items().iter() {
        if same_or_eq(th, *x, a.pos[1])? {
            return Ok(g().true_);
        }
    }
    Ok(g().false_)
}

fn tuple_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__iter__", 0, 0)?;
    this_tuple(th, a.pos[0])?;
    Ok(new_iter(
        th,
        IterKind::Tuple,
        IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}

fn tuple_add(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__add__", 1, 1)?;
    let t = this_tuple(th, a.pos[0])?;
    let Some(r) = a.pos[1].downcast::<Tuple>() else {
        return Err(th.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(a.pos[1])
        )));
    };
    let mut v = t.items().to_vec();
    v.extend_from_slice(r.items());
    Ok(th.new_tuple(v))
}

fn tuple_mul(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__mul__", 1, 1)?;
    let t = this_tuple(th, a.pos[0])?;
    let n = a.pos[1];
    if !crate::objects::int::is_int(n)
        && crate::objects::type_::lookup(
            crate::objects::type_::type_of(n),
            th.intern_static("__index__"),
        )
        .is_none()
    {
        return Ok(g().not_implemented);
    }
    let i = ops::index(th, n)?;
    let n = match crate::objects::int::to_i64(i) {
        Some(i) => i,
        None if crate::objects::int::to_bigint(i)
            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
        {
            0
        }
        None => {
            return Err(th.overflow_error("cannot fit 'int' into an index-sized integer".into()));
        }
    };
    let v = crate::objects::list::repeat_items(th, t.items(), n)?;
    Ok(th.new_tuple(v))
}

fn tuple_hash(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__hash__", 0, 0)?;
    this_tuple(th, a.pos[0])?;
    Ok(th.new_int(crate::arith::native_hash(th, a.pos[0])?))
}

fn tuple_getnewargs(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "tuple.__getnewargs__", 0, 0)?;
    let items = this_tuple(th, a.pos[0])?.items().to_vec();
    let t = th.new_tuple(items);
    Ok(th.new_tuple_from(&[t]))
}

fn tuple_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    let t = this_tuple(th, a.pos[0])?;
    let Some(r) = a.pos[1].downcast::<Tuple>() else {
        return Ok(g().not_implemented);
    };
    crate::arith::seq_compare(th, t.items().to_vec(), r.items().to_vec(), op)
}

crate::rich_compare_fns!(tuple_cmp => tuple_eq, tuple_ne, tuple_lt, tuple_le, tuple_gt, tuple_ge);
