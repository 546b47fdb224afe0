//! The object header every heap object starts with, and the per-type `Meta`.
//!
//! ```text
//!  offset 0  +--------------------------+
//!            | meta: *const Meta        |  the object's type descriptor; null in a free cell
//!  offset 8  +--------------------------+
//!            | word: AtomicU64          |  GC state (bits 0..8) and the object lock (bits 8..64);
//!            |                          |  in a free cell: the free-list link
//!  offset 16 +--------------------------+
//!            | payload ...              |
//! ```
//!
//! The collector knows nothing about Python: it reaches an object's contents
//! only through `Meta::trace` and releases its native resources through
//! `Meta::drop`.  The interpreter embeds a `Meta` at the start of every type
//! object's payload, so `meta` doubles as the pointer to the Python type.
//!
//! The lock bits are reserved for the biased locks of the free-threading work;
//! the hash and identity of an object never share bits with them.
use std::sync::atomic::{AtomicU64, Ordering};

use crate::trace::Tracer;

/// GC state bits of `Header::word`.
pub mod bits {
    /// Set by the marker on reachable objects, cleared by the sweeper.
    pub const MARK: u64 = 1;
    /// The object is never collected (type objects of builtins, singletons).
    pub const PERMANENT: u64 = 2;
    /// Finalization (`__del__`) has run (reserved for the heap issue).
    pub const FINALIZED: u64 = 4;
    /// The object lives in the large-object space (not in a block).
    pub const LARGE: u64 = 8;
    /// Mask of the GC state byte; the rest of the word belongs to the lock.
    pub const GC_MASK: u64 = 0xff;
}

#[repr(C)]
pub struct Header {
    pub meta: *const Meta,
    pub word: AtomicU64,
}

/// Type descriptor, shared by every object of one layout.
#[repr(C)]
pub struct Meta {
    /// Visits every reference the object holds.
    ///
    /// Called with a pointer to a live, initialised object of this meta's layout.
    pub trace: unsafe fn(*const Header, &mut Tracer),
    /// Drops the object's payload in place (its native resources); the memory
    /// itself is reclaimed by the sweeper.
    /// `None` when the payload owns no native resources (floats, ints):
    /// the sweeper then skips the call.
    pub drop: Option<unsafe fn(*mut Header)>,
    /// A small number the owner of the heap uses to tell layouts apart quickly.
    pub kind: u32,
    /// Free for the owner (the interpreter keeps layout flags here).
    pub flags: u32,
}

// SAFETY: a Meta is immutable once published (function pointers and plain integers).
unsafe impl Sync for Meta {}
// SAFETY: as above.
unsafe impl Send for Meta {}

pub const HEADER_SIZE: usize = std::mem::size_of::<Header>();

impl Header {
    pub const fn new(meta: *const Meta) -> Header {
        Header {
            meta,
            word: AtomicU64::new(0),
        }
    }

    #[inline]
    pub fn is_marked(&self) -> bool {
        self.word.load(Ordering::Relaxed) & bits::MARK != 0
    }

    #[inline]
    pub fn set_word_bits(&self, b: u64) {
        let w = self.word.load(Ordering::Relaxed);
        self.word.store(w | b, Ordering::Relaxed);
    }

    #[inline]
    pub fn clear_word_bits(&self, b: u64) {
        let w = self.word.load(Ordering::Relaxed);
        self.word.store(w & !b, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_layout() {
        assert_eq!(std::mem::offset_of!(Header, meta), 0);
        assert_eq!(std::mem::offset_of!(Header, word), 8);
        assert_eq!(HEADER_SIZE, 16);
    }
}
