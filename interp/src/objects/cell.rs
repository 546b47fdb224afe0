//! `cell`: a box holding a variable shared between a function and the
//! closures defined in it.
use gc::Tracer;

use crate::layout::{Kind, PyCell, PyPayload};
use crate::value::Value;

pub struct CellObj {
    pub value: PyCell<Value>,
}

impl PyPayload for CellObj {
    const KIND: Kind = Kind::Cell;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.value.gc_peek().bits());
    }
}
