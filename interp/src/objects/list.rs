//! `list`: a growable array of values.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct List {
    pub items: PyCell<Vec<Value>>,
}

impl PyPayload for List {
    const KIND: Kind = Kind::List;
    fn trace(&self, t: &mut Tracer) {
        for v in self.items.gc_peek().iter() {
            t.mark(v.bits());
        }
    }
}

pub fn new_list(th: &Thread, items: Vec<Value>) -> Gc<List> {
    if items.capacity() > 256 {
        th.mutator.heap().note_external(items.capacity() * 8);
    }
    th.alloc(
        types().list,
        List {
            items: PyCell::new(items),
        },
    )
}
