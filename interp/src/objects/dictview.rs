//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::dict::Dict;
use crate::objects::iter::IterKind;
use crate::value::Value;

pub struct DictView {
    pub d: Gc<Dict>,
    /// DictKeys, DictValues or DictItems.
    pub which: IterKind,
}

impl PyPayload for DictView {
    const KIND: Kind = Kind::DictView;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.d.value().bits());
    }
}

pub fn view_dict(v: Value) -> Option<Gc<Dict>> {
    v.downcast::<DictView>().map(|x| x.d)
}

// --- Set-like behaviour of keys() and items() ---

use frontend::bytecode::{BinOp, CmpOp};

use crate::objects::list::arity;
use crate::objects::set;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};

/// Whether `v` is a `dict_keys` or `dict_items` view (set-like).
pub fn is_setlike(v: Value) -> bool {
    v.downcast::<DictView>()
        .is_some_and(|dv| dv.which != IterKind::DictValues)
}

/// `x in view` for a set-like view.
fn view_contains(th: &Thread, view: Value, x: Value) -> PyResult<bool> {
    Ok(crate::arith::native_contains(th, view, x)?.unwrap_or(false))
}

/// Whether every item of `a` is in `b` (`x in b`, any container).
fn all_contained_in(th: &Thread, a: Value, b: Value) -> PyResult<bool> {
    let it = ops::get_iter(th, a)?;
    let _r = th.root(it);
    while let Some(x) = ops::next(th, it)? {
        if !ops::contains(th, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of a set-like view with a set or view (CPython's
/// `dictview_richcompare`); None when not applicable.
pub fn compare(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
    let setlike = |v: Value| is_setlike(v) || set::is_anyset(v);
    if !(is_setlike(a) || is_setlike(b)) || !setlike(a) || !setlike(b) {
        // A values view (or a non-set) compares by identity.
        return Ok(match op {
            CmpOp::Eq => Some(th.bool_val(a == b)),
            CmpOp::Ne => Some(th.bool_val(a != b)),
            _ => None,
        });
    }
    let la = ops::len(th, a)?;
    let lb = ops::len(th, b)?;
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(th, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(th, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(th, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(th, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(th, b, a)?,
    };
    Ok(Some(th.bool_val(r)))
}

/// `a op b` where one side is a set-like view: a new set (CPython's
/// `dictviews_or` and friends); None when not applicable.
pub fn binop(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !(is_setlike(a) || is_setlike(b))
        || !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
    {
        return Ok(None);
    }
    let out = set::new_set(th);
    let _r = th.root(out.value());
    let t = set::SetRef::from(out);
    if op == BinOp::And {
        let (view, other) = if is_setlike(a) { (a, b) } else { (b, a) };
        let it = ops::get_iter(th, other)?;
        let _r2 = th.root(it);
        while let Some(x) = ops::next(th, it)? {
            if view_contains(th, view, x)? {
                set::add_key(th, t, x)?;
            }
        }
        return Ok(Some(out.value()));
    }
    set::update_table(th, t, a)?;
    match op {
        BinOp::Or => set::update_table(th, t, b)?,
        BinOp::Sub => set::difference_into(th, t, &[b])?,
        _ => set::symdiff_into(th, t, b)?,
    }
    Ok(Some(out.value()))
}

// --- Methods ---

/// Installs the methods of `dict_keys`, `dict_values` and `dict_items`.
pub fn install(th: &Thread) {
    let t = types();
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
    ];
    let setlike: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__contains__", view_contains_m),
        ("isdisjoint", view_isdisjoint),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
    ];
    for (ty, name) in [
        (t.dict_keys, "dict_keys"),
        (t.dict_values, "dict_values"),
        (t.dict_items, "dict_items"),
    ] {
        crate::objects::add_methods(th, ty, name, common);
        crate::objects::add_fn(
            th,
            ty,
            name,
            "mapping",
            view_mapping,
            crate::objects::function::Binding::Getter,
        );
        if name != "dict_values" {
            crate::objects::add_methods(th, ty, name, setlike);
            crate::objects::type_::set_attr_str(th, ty, "__hash__", g().none);
        }
    }
}

fn this_view(th: &Thread, v: Value) -> PyResult<Gc<DictView>> {
    v.downcast::<DictView>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a dict view but received a '{}'",
            type_name(v)
        ))
    })
}

fn view_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__len__", 0, 0)?;
    let dv = this_view(th, a.pos[0])?;
    Ok(th.new_int(crate::objects::dict::len(dv.d) as i64))
}

fn view_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__iter__", 0, 0)?;
    let dv = this_view(th, a.pos[0])?;
    Ok(crate::objects::iter::new_iter(
        th,
        dv.which,
        crate::objects::iter::dict_state(dv.d),
    ))
}

fn view_reversed(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__reversed__", 0, 0)?;
    let dv = this_view(th, a.pos[0])?;
    crate::objects::dict::reversed_iter(th, dv.d, dv.which)
}

fn view_mapping(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this_view(th, a.pos[0])?.d.value())
}

fn view_contains_m(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__contains__", 1, 1)?;
    this_view(th, a.pos[0])?;
    Ok(th.bool_val(view_contains(th, a.pos[0], a.pos[1])?))
}

fn view_isdisjoint(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "isdisjoint", 1, 1)?;
    this_view(th, a.pos[0])?;
    let it = ops::get_iter(th, a.pos[1])?;
    let _r = th.root(it);
    while let Some(x) = ops::next(th, it)? {
        if view_contains(th, a.pos[0], x)? {
            return Ok(g().false_);
        }
    }
    Ok(g().true_)
}

fn view_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    this_view(th, a.pos[0])?;
    if !(is_setlike(a.pos[1]) || set::is_anyset(a.pos[1])) {
        return Ok(g().not_implemented);
    }
    Ok(compare(th, a.pos[0], a.pos[1], op)?.unwrap_or(g().not_implemented))
}

crate::rich_compare_fns!(view_cmp => view_eq, view_ne, view_lt, view_le, view_gt, view_ge);

macro_rules! view_binops {
    ($($name:ident, $rname:ident, $op:expr);*) => {$(
        fn $name(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($name), 1, 1)?;
            Ok(binop(th, $op, a.pos[0], a.pos[1])?.unwrap_or(g().not_implemented))
        }
        fn $rname(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($rname), 1, 1)?;
            Ok(binop(th, $op, a.pos[1], a.pos[0])?.unwrap_or(g().not_implemented))
        }
    )*};
}

view_binops!(
    view_or, view_ror, BinOp::Or;
    view_and, view_rand, BinOp::And;
    view_sub, view_rsub, BinOp::Sub;
    view_xor, view_rxor, BinOp::Xor
);
