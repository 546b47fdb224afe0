//! `types.GenericAlias` (`list[int]`, made by `__class_getitem__` of the
//! builtin containers) and `types.UnionType` (`int | str`).
//!
//! Both are `Kind::Native` payloads told apart by their type.  The types
//! are flagged as heap types so that `ops` finds their `__eq__`, `__hash__`,
//! `__call__`, `__getattr__` and `__or__` in their dicts like a Python
//! class's; only `repr` goes through `type_::repr_native_kind`.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload, make_permanent, meta_for};
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, tflags, type_of};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct GenericAlias {
    pub origin: Value,
    /// A tuple.
    pub args: Value,
}

impl PyPayload for GenericAlias {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.origin.bits());
        t.mark(self.args.bits());
    }
}

pub struct Union {
    /// A tuple of the distinct members.
    pub args: Value,
}

impl PyPayload for Union {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.args.bits());
    }
}

static ALIAS_TYPE: AtomicU64 = AtomicU64::new(0);
static UNION_TYPE: AtomicU64 = AtomicU64::new(0);

fn is_type(v: Value, which: &AtomicU64) -> bool {
    v.is_kind(Kind::Native) && type_of(v).value().bits() == which.load(Ordering::Relaxed)
}

pub fn as_alias(v: Value) -> Option<Gc<GenericAlias>> {
    is_type(v, &ALIAS_TYPE).then(|| v.as_gc_unchecked())
}

pub fn as_union(v: Value) -> Option<Gc<Union>> {
    is_type(v, &UNION_TYPE).then(|| v.as_gc_unchecked())
}

fn extra_type(name: &str) -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get(name)
        .expect("GenericAlias and UnionType are installed at startup")
}

fn tuple_items(v: Value) -> Vec<Value> {
    v.downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

/// `origin[args]`; a non-tuple `item` is a single argument.
pub fn new_alias(th: &Thread, origin: Value, item: Value) -> Value {
    let args = if item.is_kind(Kind::Tuple) {
        item
    } else {
        th.new_tuple_from(&[item])
    };
    th.alloc(extra_type("GenericAlias"), GenericAlias { origin, args })
        .value()
}

/// The members of a union, for isinstance/issubclass.
pub fn union_args(v: Value) -> Option<Vec<Value>> {
    as_union(v).map(|u| tuple_items(u.args))
}

/// Whether `v` may be a member of `X | Y`.
fn unionable(v: Value) -> bool {
    v == g().none || v.is_kind(Kind::Type) || as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` for types, None, aliases and unions; None when not applicable.
pub fn union_or(th: &Thread, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    let tv = crate::runtime::TempVec::new(th);
    for x in [a, b] {
        let parts = match as_union(x) {
            Some(u) => tuple_items(u.args),
            None => vec![x],
        };
        for p in parts {
            let p = if p == g().none {
                types().none.value()
            } else {
                p
            };
            let mut dup = false;
            for q in tv.to_vec() {
                if q == p || (as_alias(p).is_some() && crate::ops::eq_bool(th, q, p)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                tv.push(p);
            }
        }
    }
    let items = tv.to_vec();
    if items.len() == 1 {
        return Ok(Some(items[0]));
    }
    let args = th.new_tuple(items);
    Ok(Some(
        th.alloc(extra_type("UnionType"), Union { args }).value(),
    ))
}

// --- repr ---

/// CPython's `ga_repr_item`: a type by its qualified name, `...` for
/// Ellipsis, anything else by repr.
fn repr_item(th: &Thread, v: Value) -> PyResult<String> {
    if v == g().ellipsis {
        return Ok("...".into());
    }
    if let Some(t) = v.downcast::<TypeObj>()
        && as_alias(v).is_none()
    {
        let m = t.module.borrow().clone();
        let q = t.qualname.borrow().clone();
        return Ok(if m == "builtins" {
            q
        } else {
            format!("{m}.{q}")
        });
    }
    crate::ops::repr(th, v)
}

pub fn alias_repr(th: &Thread, a: Gc<GenericAlias>) -> PyResult<String> {
    let items = tuple_items(a.args);
    let mut out = repr_item(th, a.origin)?;
    out.push('[');
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_item(th, *x)?);
    }
    out.push(']');
    Ok(out)
}

pub fn union_repr(th: &Thread, u: Gc<Union>) -> PyResult<String> {
    let mut parts = Vec::new();
    for x in tuple_items(u.args) {
        parts.push(if x == types().none.value() {
            "None".to_string()
        } else {
            repr_item(th, x)?
        });
    }
    Ok(parts.join(" | "))
}

// --- Methods ---

fn alias_this(th: &Thread, a: &Args) -> PyResult<Gc<GenericAlias>> {
    a.pos
        .first()
        .and_then(|v| as_alias(*v))
        .ok_or_else(|| th.type_error("descriptor requires a 'types.GenericAlias' object".into()))
}

fn union_this(th: &Thread, a: &Args) -> PyResult<Gc<Union>> {
    a.pos
        .first()
        .and_then(|v| as_union(*v))
        .ok_or_else(|| th.type_error("descriptor requires a 'types.UnionType' object".into()))
}

/// `cls.__class_getitem__(item)` of the builtin generic classes.
pub fn class_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__class_getitem__", 2, 2)?;
    Ok(new_alias(th, a.pos[0], a.pos[1]))
}

fn alias_origin(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(alias_this(th, &a)?.origin)
}
fn alias_args(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(alias_this(th, &a)?.args)
}
fn alias_parameters(th: &Thread, a: Args) -> PyResult<Value> {
    alias_this(th, &a)?;
    Ok(g().empty_tuple)
}

fn alias_call(th: &Thread, a: Args) -> PyResult<Value> {
    let Some((this, rest)) = a.pos.split_first() else {
        return Err(th.type_error("GenericAlias.__call__ needs an argument".into()));
    };
    let ga = as_alias(*this).ok_or_else(|| th.type_error("expected a GenericAlias".into()))?;
    crate::ops::call_with(th, ga.origin, a.with_pos(rest))
}

/// Other attributes come from the origin class.
fn alias_getattr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getattr__", 2, 2)?;
    let ga = alias_this(th, &a)?;
    crate::ops::getattr(th, ga.origin, a.pos[1])
}

fn alias_mro_entries(th: &Thread, a: Args) -> PyResult<Value> {
    let ga = alias_this(th, &a)?;
    Ok(th.new_tuple_from(&[ga.origin]))
}

fn alias_eq(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__eq__", 2, 2)?;
    let x = alias_this(th, &a)?;
    let Some(y) = as_alias(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let same =
        crate::ops::eq_bool(th, x.origin, y.origin)? && crate::ops::eq_bool(th, x.args, y.args)?;
    Ok(th.bool_val(same))
}

fn alias_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let x = alias_this(th, &a)?;
    let h = crate::ops::hash(th, x.origin)? ^ crate::ops::hash(th, x.args)?;
    Ok(th.new_int(h))
}

fn union_args_get(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(union_this(th, &a)?.args)
}

fn union_eq(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__eq__", 2, 2)?;
    let x = union_this(th, &a)?;
    let Some(y) = as_union(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let (xs, ys) = (tuple_items(x.args), tuple_items(y.args));
    let same = xs.len() == ys.len() && xs.iter().all(|v| ys.contains(v));
    Ok(th.bool_val(same))
}

fn union_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let x = union_this(th, &a)?;
    let mut h: i64 = 0x345678;
    for v in tuple_items(x.args) {
        h ^= crate::ops::hash(th, v)?;
    }
    Ok(th.new_int(if h == -1 { -2 } else { h }))
}

fn or(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__or__", 2, 2)?;
    Ok(union_or(th, a.pos[0], a.pos[1])?.unwrap_or(g().not_implemented))
}

fn ror(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__ror__", 2, 2)?;
    Ok(union_or(th, a.pos[1], a.pos[0])?.unwrap_or(g().not_implemented))
}

fn make_type(th: &Thread, name: &'static str, meta: gc::Meta, bits: &AtomicU64) -> Gc<TypeObj> {
    let t = crate::objects::type_::new_builtin_type(th, name, Some(types().object), meta, false);
    make_permanent(t);
    t.flags.set(t.flags.get() | tflags::HEAPTYPE);
    *t.module.borrow_mut() = "types".into();
    bits.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert(name, t);
    t
}

/// Creates `types.GenericAlias` and `types.UnionType` and gives the builtin
/// containers their `__class_getitem__`.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let ga = make_type(th, "GenericAlias", meta_for::<GenericAlias>(), &ALIAS_TYPE);
    crate::objects::add_methods(
        th,
        ga,
        "GenericAlias",
        &[
            ("__call__", alias_call),
            ("__getattr__", alias_getattr),
            ("__mro_entries__", alias_mro_entries),
            ("__eq__", alias_eq),
            ("__hash__", alias_hash),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    for (n, f) in [
        (
            "__origin__",
            alias_origin as crate::objects::function::NativeFn,
        ),
        ("__args__", alias_args),
        ("__parameters__", alias_parameters),
    ] {
        crate::objects::add_fn(th, ga, "GenericAlias", n, f, Binding::Getter);
    }
    let un = make_type(th, "UnionType", meta_for::<Union>(), &UNION_TYPE);
    crate::objects::add_methods(
        th,
        un,
        "UnionType",
        &[
            ("__eq__", union_eq),
            ("__hash__", union_hash),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    crate::objects::add_fn(
        th,
        un,
        "UnionType",
        "__args__",
        union_args_get,
        Binding::Getter,
    );
    let t = types();
    for (ty, owner) in [
        (t.list, "list"),
        (t.dict, "dict"),
        (t.tuple, "tuple"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.dict_keys, "dict_keys"),
        (t.dict_values, "dict_values"),
        (t.dict_items, "dict_items"),
    ] {
        crate::objects::add_fn(
            th,
            ty,
            owner,
            "__class_getitem__",
            class_getitem,
            Binding::Class,
        );
    }
}
