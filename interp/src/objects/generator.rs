//! `generator`: a suspended frame.  `send`/`throw`/`close` resume it through
//! `eval::resume_generator`.

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
    pub state: crate::layout::AtomicCell<GenState>,
    pub name: Value,
    pub qualname: Value,
}

impl PyPayload for Generator {
    const KIND: Kind = Kind::Generator;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.frame.value().bits());
        t.mark(self.name.bits());
        t.mark(self.qualname.bits());
    }
}

impl crate::layout::AtomicWord for GenState {
    fn to_word(self) -> u64 {
        self as u64
    }
    fn from_word(w: u64) -> Self {
        match w {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Closed,
        }
    }
}
