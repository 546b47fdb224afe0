//! `bool`: the two singletons True and False, a subclass of int.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::runtime::g;
use crate::value::Value;

pub struct Bool {
    pub v: bool,
}

impl PyPayload for Bool {
    const KIND: Kind = Kind::Bool;
    fn trace(&self, _t: &mut Tracer) {}
}

#[inline]
pub fn bool_value(v: Value) -> bool {
    v == g().true_
}
