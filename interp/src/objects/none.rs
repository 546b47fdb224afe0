//! The singletons `None`, `NotImplemented` and `Ellipsis`.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};

pub struct NoneObj;
pub struct NotImplementedObj;
pub struct EllipsisObj;

impl PyPayload for NoneObj {
    const KIND: Kind = Kind::None;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for NotImplementedObj {
    const KIND: Kind = Kind::NotImplemented;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for EllipsisObj {
    const KIND: Kind = Kind::Ellipsis;
    fn trace(&self, _t: &mut Tracer) {}
}
