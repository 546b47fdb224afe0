//! `bytes` (immutable) and `bytearray` (mutable) byte strings.
use gc::Tracer;

use crate::layout::{Kind, PyCell, PyPayload};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct Bytes {
    pub b: Box<[u8]>,
}

pub struct ByteArray {
    pub b: PyCell<Vec<u8>>,
}

impl PyPayload for Bytes {
    const KIND: Kind = Kind::Bytes;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for ByteArray {
    const KIND: Kind = Kind::ByteArray;
    fn trace(&self, _t: &mut Tracer) {}
}

pub fn new_bytes(th: &Thread, b: Vec<u8>) -> Value {
    th.alloc(
        types().bytes,
        Bytes {
            b: b.into_boxed_slice(),
        },
    )
    .value()
}

pub fn new_bytearray(th: &Thread, b: Vec<u8>) -> Value {
    th.alloc(types().bytearray, ByteArray { b: PyCell::new(b) })
        .value()
}

/// The bytes of a bytes or bytearray value (copied).
pub fn bytes_data(v: Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.b.to_vec());
    }
    v.downcast::<ByteArray>().map(|b| b.b.borrow().clone())
}
