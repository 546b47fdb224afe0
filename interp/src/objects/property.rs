//! Descriptors: `property`, `staticmethod`, `classmethod`.
use gc::Tracer;

use crate::layout::{Kind, PyCell, PyPayload};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct Property {
    pub fget: PyCell<Value>,
    pub fset: PyCell<Value>,
    pub fdel: PyCell<Value>,
    pub doc: PyCell<Value>,
    pub name: PyCell<Value>,
}

impl PyPayload for Property {
    const KIND: Kind = Kind::Property;
    fn trace(&self, t: &mut Tracer) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            t.mark(c.gc_peek().bits());
        }
    }
}

/// staticmethod / classmethod payload: the wrapped callable.
pub struct MethodWrapper {
    pub func: Value,
    pub dict: crate::layout::ValueCell,
}

pub struct StaticMethod(pub MethodWrapper);
pub struct ClassMethod(pub MethodWrapper);

impl PyPayload for StaticMethod {
    const KIND: Kind = Kind::StaticMethod;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.0.func.bits());
        t.mark(self.0.dict.gc_peek().bits());
    }
}
impl PyPayload for ClassMethod {
    const KIND: Kind = Kind::ClassMethod;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.0.func.bits());
        t.mark(self.0.dict.gc_peek().bits());
    }
}

/// Wraps `f` in a staticmethod or classmethod.
pub fn wrap_method(th: &Thread, f: Value, kind: Kind) -> Value {
    let w = MethodWrapper {
        func: f,
        dict: crate::layout::ValueCell::new(Value::NULL),
    };
    if kind == Kind::StaticMethod {
        th.alloc(types().staticmethod, StaticMethod(w)).value()
    } else {
        th.alloc(types().classmethod, ClassMethod(w)).value()
    }
}

// --- Methods of staticmethod and classmethod ---

use crate::runtime::{Args, PyResult, g};

/// The wrapped callable of a staticmethod or classmethod.
fn wrapped(th: &Thread, v: Value) -> PyResult<Value> {
    if let Some(s) = v.downcast::<StaticMethod>() {
        return Ok(s.0.func);
    }
    if let Some(c) = v.downcast::<ClassMethod>() {
        return Ok(c.0.func);
    }
    Err(th.type_error(format!(
        "descriptor requires a 'staticmethod' or 'classmethod' object but received '{}'",
        crate::objects::type_::type_name(v)
    )))
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped callable.
fn staticmethod_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    wrapped(th, a.pos[0])
}

/// `classmethod.__get__(obj, type=None)`: the callable bound to `type`
/// (or to `type(obj)` when `type` is omitted).
fn classmethod_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    let f = wrapped(th, a.pos[0])?;
    let owner = match a.pos.get(2) {
        Some(t) if *t != g().none => *t,
        _ => {
            if a.pos[1] == g().none {
                return Err(th.type_error("__get__(None, None) is invalid".into()));
            }
            crate::objects::type_::type_of(a.pos[1]).value()
        }
    };
    Ok(crate::objects::function::new_bound(th, f, owner))
}

/// `staticmethod.__call__`: calls the wrapped callable.
fn staticmethod_call(th: &Thread, a: Args) -> PyResult<Value> {
    let Some((this, rest)) = a.pos.split_first() else {
        return Err(th.type_error("staticmethod.__call__ needs an argument".into()));
    };
    let f = wrapped(th, *this)?;
    crate::ops::call_with(th, f, a.with_pos(rest))
}

/// `__func__` / `__wrapped__` of a staticmethod or classmethod.
fn wrapper_func(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__func__", 1, 1)?;
    wrapped(th, a.pos[0])
}

/// `__isabstractmethod__`: whether the wrapped callable(s) are abstract.
fn is_abstract(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__isabstractmethod__", 1, 1)?;
    let v = a.pos[0];
    let funcs: Vec<Value> = if let Some(p) = v.downcast::<Property>() {
        vec![p.fget.get_copy(), p.fset.get_copy(), p.fdel.get_copy()]
    } else {
        vec![wrapped(th, v)?]
    };
    let name = crate::name!(th, "__isabstractmethod__");
    for f in funcs {
        if f.is_null() || f == g().none {
            continue;
        }
        if let Some(r) = crate::ops::getattr_opt(th, f, name)?
            && crate::ops::truthy(th, r)?
        {
            return Ok(g().true_);
        }
    }
    Ok(g().false_)
}

/// Installs the methods of `staticmethod`, `classmethod` and the computed
/// attributes they share with `property`.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let t = types();
    crate::objects::add_methods(
        th,
        t.staticmethod,
        "staticmethod",
        &[
            ("__get__", staticmethod_get),
            ("__call__", staticmethod_call),
        ],
    );
    crate::objects::add_methods(
        th,
        t.classmethod,
        "classmethod",
        &[("__get__", classmethod_get)],
    );
    for (ty, owner) in [
        (t.staticmethod, "staticmethod"),
        (t.classmethod, "classmethod"),
    ] {
        crate::objects::add_fn(th, ty, owner, "__func__", wrapper_func, Binding::Getter);
        crate::objects::add_fn(th, ty, owner, "__wrapped__", wrapper_func, Binding::Getter);
        crate::objects::add_fn(
            th,
            ty,
            owner,
            "__isabstractmethod__",
            is_abstract,
            Binding::Getter,
        );
    }
    crate::objects::add_fn(
        th,
        t.property,
        "property",
        "__isabstractmethod__",
        is_abstract,
        Binding::Getter,
    );
}

/// A `property` over native accessor functions (CPython's getset
/// descriptors): `fset` and `fdel` may be NULL.
pub fn native_property(th: &Thread, fget: Value, fset: Value, fdel: Value) -> Value {
    th.alloc(
        types().property,
        Property {
            fget: PyCell::new(fget),
            fset: PyCell::new(fset),
            fdel: PyCell::new(fdel),
            doc: PyCell::new(Value::NULL),
            name: PyCell::new(Value::NULL),
        },
    )
    .value()
}
