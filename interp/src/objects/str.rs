//! `str`: immutable text.  Stored as UTF-8 with its length in code points;
//! indexing and slicing are O(1) for ASCII strings (the common case) and
//! walk the UTF-8 otherwise.  The hash is computed once and cached.
use std::sync::atomic::{AtomicI64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::runtime::{Thread, g, is_initialized, types};
use crate::value::Value;

pub struct Str {
    pub s: Box<str>,
    /// Length in code points.
    pub nchars: usize,
    /// Cached hash; 0 = not computed yet (a real hash of 0 is stored as 1).
    hash: AtomicI64,
}

impl PyPayload for Str {
    const KIND: Kind = Kind::Str;
    fn trace(&self, _t: &mut Tracer) {}
}

impl Str {
    pub fn new(s: Box<str>) -> Str {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            s,
            nchars,
            hash: AtomicI64::new(0),
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    /// Byte offset of code point `i` (i <= nchars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
    /// Code point `i` (i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap()
        }
    }
}

/// FxHash-style string hash (never -1, never 0).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x51_7cc1_b727_220a_95);
    }
    for &x in chunks.remainder() {
        h = (h.rotate_left(5) ^ x as u64).wrapping_mul(0x51_7cc1_b727_220a_95);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 || h == 0 {
        -2 + (h == 0) as i64 * 3
    } else {
        h
    }
}

pub fn new_str(th: &Thread, s: &str) -> Value {
    if is_initialized() {
        if s.is_empty() {
            return g().empty_str;
        }
        if s.len() == 1 {
            return g().chars[s.as_bytes()[0] as usize];
        }
    }
    th.alloc(types().str, Str::new(s.into())).value()
}

pub fn new_str_owned(th: &Thread, s: String) -> Value {
    if s.len() <= 1 && is_initialized() {
        return new_str(th, &s);
    }
    th.alloc(types().str, Str::new(s.into_boxed_str())).value()
}

/// The text of a str value (or of an instance of a str subclass).
#[inline]
pub fn as_str(v: Value) -> Option<&'static str> {
    v.downcast::<Str>().map(|s| {
        let g: Gc<Str> = s;
        // The object outlives this borrow by the rooting rule: callers hold `v`.
        let r: &'static Str = unsafe_static(g);
        &*r.s
    })
}

fn unsafe_static(g: Gc<Str>) -> &'static Str {
    crate::layout::payload_static(g)
}

/// Hash of a value known to be a str.
#[inline]
pub fn str_hash(v: Value) -> i64 {
    v.as_gc_unchecked::<Str>().hash()
}

/// Equality of two values where the first is known to be a str key:
/// true when both are strs with the same text.
#[inline]
pub fn str_eq_any(a: Value, b: Value) -> bool {
    match (a.downcast::<Str>(), b.downcast::<Str>()) {
        (Some(x), Some(y)) => x.s == y.s,
        _ => false,
    }
}
