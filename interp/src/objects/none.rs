//! The singletons `None`, `NotImplemented` and `Ellipsis`.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::objects::function::{Binding, NativeFn};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct NoneObj;
pub struct NotImplementedObj;
pub struct EllipsisObj;

impl PyPayload for NoneObj {
    const KIND: Kind = Kind::None;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for NotImplementedObj {
    const KIND: Kind = Kind::NotImplemented;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for EllipsisObj {
    const KIND: Kind = Kind::Ellipsis;
    fn trace(&self, _t: &mut Tracer) {}
}

// --- Methods ---

/// Installs the constructors and methods of the three singleton types:
/// calling the type returns the singleton, as in CPython.
pub fn install(th: &Thread) {
    let t = types();
    for (ty, name, new, repr) in [
        (
            t.none,
            "NoneType",
            none_new as NativeFn,
            none_repr as NativeFn,
        ),
        (t.not_implemented, "NotImplementedType", ni_new, ni_repr),
        (t.ellipsis, "ellipsis", ellipsis_new, ellipsis_repr),
    ] {
        crate::objects::add_fn(th, ty, name, "__new__", new, Binding::Static);
        crate::objects::add_methods(th, ty, name, &[("__repr__", repr)]);
    }
    crate::objects::add_methods(th, t.none, "NoneType", &[("__bool__", none_bool)]);
    crate::objects::add_methods(
        th,
        t.not_implemented,
        "NotImplementedType",
        &[("__reduce__", ni_repr)],
    );
    crate::objects::add_methods(th, t.ellipsis, "ellipsis", &[("__reduce__", ellipsis_repr)]);
}

fn singleton_new(th: &Thread, a: Args, name: &str, v: Value) -> PyResult<Value> {
    if a.pos.len() > 1 || a.has_kw() {
        return Err(th.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(th: &Thread, a: Args) -> PyResult<Value> {
    singleton_new(th, a, "NoneType", g().none)
}

fn ni_new(th: &Thread, a: Args) -> PyResult<Value> {
    singleton_new(th, a, "NotImplementedType", g().not_implemented)
}

fn ellipsis_new(th: &Thread, a: Args) -> PyResult<Value> {
    singleton_new(th, a, "ellipsis", g().ellipsis)
}

fn none_repr(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_str("None"))
}

fn ni_repr(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_str("NotImplemented"))
}

fn ellipsis_repr(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_str("Ellipsis"))
}

fn none_bool(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().false_)
}
