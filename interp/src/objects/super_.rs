//! `super`: attribute lookup that starts after a class in an object's MRO.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::type_::{TypeObj, is_subtype, type_of};
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;

pub struct Super {
    /// The class whose successors are searched.
    pub ty: Gc<TypeObj>,
    /// The bound object (instance or class).
    pub obj: Value,
    /// type(obj), or obj itself when obj is a subclass of ty.
    pub obj_type: Gc<TypeObj>,
}

impl PyPayload for Super {
    const KIND: Kind = Kind::Super;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.ty.value().bits());
        t.mark(self.obj.bits());
        t.mark(self.obj_type.value().bits());
    }
}

/// `super(T)`: an unbound super object (`obj` is NULL, `obj_type` is T).
pub fn new_unbound_super(th: &Thread, ty: Gc<TypeObj>) -> Value {
    th.alloc(
        types().super_,
        Super {
            ty,
            obj: Value::NULL,
            obj_type: ty,
        },
    )
    .value()
}

/// `__thisclass__`, `__self__`, `__self_class__`.
pub fn super_attr(s: Gc<Super>, name: &str) -> Option<Value> {
    let none = crate::runtime::g().none;
    Some(match name {
        "__thisclass__" => s.ty.value(),
        "__self__" if s.obj.is_null() => none,
        "__self__" => s.obj,
        "__self_class__" if s.obj.is_null() => none,
        "__self_class__" => s.obj_type.value(),
        _ => return None,
    })
}

/// `<super: <class 'T'>, <U object>>` (CPython's super_repr).
pub fn super_repr(s: Gc<Super>) -> String {
    if s.obj.is_null() {
        format!("<super: <class '{}'>, NULL>", s.ty.name())
    } else {
        format!(
            "<super: <class '{}'>, <{} object>>",
            s.ty.name(),
            s.obj_type.name()
        )
    }
}

pub fn new_super(th: &Thread, ty: Gc<TypeObj>, obj: Value) -> PyResult<Value> {
    let ot = type_of(obj);
    let obj_type = if is_subtype(ot, ty) {
        ot
    } else if let Some(t) = obj.downcast::<TypeObj>().filter(|t| is_subtype(*t, ty)) {
        t
    } else {
        return Err(th.type_error(
            "super(type, obj): obj must be an instance or subtype of type".to_string(),
        ));
    };
    Ok(th
        .alloc(types().super_, Super { ty, obj, obj_type })
        .value())
}
