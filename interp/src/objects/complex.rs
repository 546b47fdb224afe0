//! `complex`: a pair of doubles.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl PyPayload for Complex {
    const KIND: Kind = Kind::Complex;
    fn trace(&self, _t: &mut Tracer) {}
}

pub fn new_complex(th: &Thread, re: f64, im: f64) -> Value {
    th.alloc(types().complex, Complex { re, im }).value()
}
