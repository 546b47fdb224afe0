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
    pub dict: PyCell<Value>,
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
        dict: PyCell::new(Value::NULL),
    };
    if kind == Kind::StaticMethod {
        th.alloc(types().staticmethod, StaticMethod(w)).value()
    } else {
        th.alloc(types().classmethod, ClassMethod(w)).value()
    }
}
