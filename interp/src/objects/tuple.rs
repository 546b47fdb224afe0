//! `tuple`: an immutable array of values.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::value::Value;

pub struct Tuple {
    pub items: Box<[Value]>,
}

impl PyPayload for Tuple {
    const KIND: Kind = Kind::Tuple;
    fn trace(&self, t: &mut Tracer) {
        for v in self.items.iter() {
            t.mark(v.bits());
        }
    }
}

/// The items of a tuple value.
pub fn as_tuple(v: Value) -> Option<Gc<Tuple>> {
    v.downcast::<Tuple>()
}
