//! `traceback`: one entry of an exception's traceback chain.
use gc::Tracer;

use crate::layout::{Kind, PyCell, PyPayload};
use crate::value::Value;

pub struct Traceback {
    pub next: PyCell<Value>,
    pub frame: Value,
    pub lasti: u32,
    pub lineno: u32,
}

impl PyPayload for Traceback {
    const KIND: Kind = Kind::Traceback;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.next.gc_peek().bits());
        t.mark(self.frame.bits());
    }
}
