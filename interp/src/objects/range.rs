//! `range`: an immutable arithmetic sequence of ints.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::value::Value;

pub struct Range {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl PyPayload for Range {
    const KIND: Kind = Kind::Range;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.start.bits());
        t.mark(self.stop.bits());
        t.mark(self.step.bits());
    }
}
