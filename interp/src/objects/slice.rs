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
