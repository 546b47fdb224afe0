//! The object header every heap object starts with, and the per-type `Meta`.
//!
//! ```text
//!  offset 0  +--------------------------+
//!            | meta: *const Meta        |  the object's type descriptor; null in a free cell
//!  offset 8  +--------------------------+
//!            | word: AtomicU64          |  GC state (bits 0..8); bits 8..64 belong to the
//!            |                          |  heap's owner (`Header::owner_bits`)
//!  offset 16 +--------------------------+
//!            | payload ...              |
//! ```
//!
//! The collector knows nothing about Python: it reaches an object's contents
//! only through `Meta::trace` and releases its native resources through
//! `Meta::drop`.  The interpreter embeds a `Meta` at the start of every type
//! object's payload, so `meta` doubles as the pointer to the Python type.
//!
//! The collector reads and writes only the GC state byte of a live object's
//! word, and writes the whole word only when it hands out the cell
//! (`Mutator::alloc`, which zeroes the owner's bits).  The interpreter keeps
//! the length of its immutable inline arrays (tuples) there; it could keep
//! other per-object data that is written once, before the object is
//! published.
use std::sync::atomic::{AtomicU64, Ordering};

use crate::trace::Tracer;

/// GC state bits of `Header::word`.
pub mod bits {
    /// Set by the marker on reachable objects, cleared by the sweeper.
    pub const MARK: u64 = 1;
    /// The object is never collected (type objects of builtins, singletons).
    pub const PERMANENT: u64 = 2;
    /// The object's finalizer (`__del__`) was queued; it is not queued again.
    pub const FINALIZED: u64 = 4;
    /// The object lives in the large-object space (not in a block).
    pub const LARGE: u64 = 8;
    /// The object survived a collection: with MARK clear between
    /// collections it is *aged* (young, promoted if it survives the next
    /// minor collection); old objects have it too.  Set by the marker on
    /// objects that must be old after the collection in progress, and by
    /// the sweep on first survivors (docs/GC.md, "Aging").  A large
    /// object is promoted at its first survival, so its marker sets
    /// AGED with MARK (`AGED == LARGE << 1` makes that branch-free).
    pub const AGED: u64 = 16;
    /// Mask of the GC state byte; the rest of the word belongs to the
    /// heap's owner (`Header::owner_bits`).
    pub const GC_MASK: u64 = 0xff;
    /// Where the owner's bits start.
    pub const OWNER_SHIFT: u32 = 8;
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

    /// Whether the object is old after the collection in progress, once
    /// its marking is over: marked with AGED (old before, or promoted by
    /// this collection), or permanent.  Between collections, and for an
    /// object that is not marked, it means nothing.
    #[inline]
    pub fn old_after_marking(&self) -> bool {
        let w = self.word.load(Ordering::Relaxed);
        w & (bits::MARK | bits::AGED) == bits::MARK | bits::AGED || w & bits::PERMANENT != 0
    }

    /// Whether the object is a root for the life of the heap
    /// (`Heap::add_permanent`).
    #[inline]
    pub fn is_permanent(&self) -> bool {
        self.word.load(Ordering::Relaxed) & bits::PERMANENT != 0
    }

    /// Whether the object's finalizer has been queued or run
    /// (`Heap::add_finalizer`).
    #[inline]
    pub fn is_finalized(&self) -> bool {
        self.word.load(Ordering::Relaxed) & bits::FINALIZED != 0
    }

    /// The owner's 56 bits of the word (bits 8..64).
    #[inline(always)]
    pub fn owner_bits(&self) -> u64 {
        self.word.load(Ordering::Relaxed) >> bits::OWNER_SHIFT
    }

    /// Sets the owner's bits, keeping the GC state.  Only while the object
    /// is being built, before any other thread can see it: the collector
    /// updates the GC state byte with plain stores of the word it loaded
    /// (see `Tracer::mark`), so a concurrent change of the owner's bits
    /// could be lost; and with the world stopped, marking only ever adds
    /// GC bits to the value loaded, so bits set before are kept.
    #[inline(always)]
    pub fn set_owner_bits(&self, v: u64) {
        debug_assert!(v < 1 << (64 - bits::OWNER_SHIFT));
        let w = self.word.load(Ordering::Relaxed);
        self.word.store(
            (w & bits::GC_MASK) | (v << bits::OWNER_SHIFT),
            Ordering::Relaxed,
        );
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

    #[test]
    fn owner_bits_keep_gc_state() {
        let h = Header::new(std::ptr::null());
        h.set_word_bits(bits::MARK | bits::LARGE);
        h.set_owner_bits((1 << 55) | 5);
        assert_eq!(h.owner_bits(), (1 << 55) | 5);
        assert!(h.is_marked());
        h.clear_word_bits(bits::MARK);
        assert_eq!(h.owner_bits(), (1 << 55) | 5);
        assert_eq!(h.word.load(Ordering::Relaxed) & bits::GC_MASK, bits::LARGE);
    }
}
