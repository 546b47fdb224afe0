//! `generator`: a suspended frame.  `send`/`throw`/`close` resume it through
//! `eval::resume_generator`.
use std::cell::Cell;

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::frame::Frame;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

pub struct Generator {
    pub frame: Gc<Frame>,
    pub state: Cell<GenState>,
    pub name: Value,
    pub qualname: Value,
}

// SAFETY: resumed by one thread at a time (state Running refuses re-entry).
unsafe impl Sync for Generator {}

impl PyPayload for Generator {
    const KIND: Kind = Kind::Generator;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.frame.value().bits());
        t.mark(self.name.bits());
        t.mark(self.qualname.bits());
    }
}
