//! `Value`: one 64-bit word that is either a small integer or a pointer to a
//! heap object.
//!
//! ```text
//!  63                                               1 0
//! +--------------------------------------------------+-+
//! |            signed 63-bit integer                 |1|   small int
//! +--------------------------------------------------+-+
//! |     address of an object Header (8-aligned)   |000|   heap object
//! +--------------------------------------------------+-+
//! |                       0                          |0|   NULL (unbound slot,
//! +--------------------------------------------------+-+    "no value" marker)
//! ```
//!
//! Integers outside the 63-bit range live on the heap as `int` objects; the
//! invariant is that a heap `int` of exact type `int` never holds a value that
//! fits the small range, so equal ints of type `int` are either both small or
//! both big.  `None`, `True`, `False`, `NotImplemented` and `Ellipsis` are
//! preallocated permanent heap objects (see `runtime::Globals`).
use gc::Header;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub(crate) u64);

pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The "no value" marker: an unbound local, an empty cell, a missing
    /// optional argument.  Never visible to Python code.
    pub const NULL: Value = Value(0);

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 & 1 != 0
    }

    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }

    /// A small int; `i` must be in `SMALL_MIN..=SMALL_MAX`.
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!(Self::fits_small(i), "small int out of range");
        Value(((i << 1) | 1) as u64)
    }

    #[inline(always)]
    pub fn as_small(self) -> i64 {
        debug_assert!(self.is_small());
        (self.0 as i64) >> 1
    }

    #[inline(always)]
    pub fn from_header(h: *const Header) -> Value {
        Value(h as u64)
    }

    #[inline(always)]
    pub fn header(self) -> *const Header {
        debug_assert!(self.is_ptr(), "header() of a non-pointer value");
        self.0 as *const Header
    }

    /// The words this heap object's trace function reports
    /// (`gc::Heap::referents`); the caller keeps the object alive.
    pub fn referents(self) -> Vec<u64> {
        assert!(self.is_ptr(), "referents() of a non-pointer value");
        // SAFETY: is_ptr() values point at live heap objects, and the
        // pointer is made from the value's bits, as the collector's are.
        unsafe { crate::runtime::g().heap.referents(self.header()) }
    }

    /// Whether this is a heap object whose finalizer (`__del__`) was
    /// queued or has run (`gc.is_finalized`).
    pub fn is_finalized(self) -> bool {
        // SAFETY: is_ptr() values point at live object headers.
        self.is_ptr() && unsafe { (*self.header()).is_finalized() }
    }

    /// Whether the collection under way marked this heap object: called by
    /// a weak table's pruning (`gc::Heap::set_weak_table_fn`), where an
    /// unmarked object is about to be freed.
    pub fn is_marked(self) -> bool {
        // SAFETY: is_ptr() values point at object headers, intact until
        // the sweep that follows the pruning.
        self.is_ptr() && unsafe { (*self.header()).is_marked() }
    }

    /// Whether this heap object, marked by the collection under way, is
    /// old after it (promoted now or before, or permanent): a weak table's
    /// pruning (`gc::Heap::set_weak_table_fn`) needs to visit it again
    /// only in a major collection.
    pub fn old_after_marking(self) -> bool {
        // SAFETY: is_ptr() values point at object headers; the caller is
        // a weak table's pruning, which runs before the sweep, so even an
        // object this collection frees is intact.
        self.is_ptr() && unsafe { (*self.header()).old_after_marking() }
    }

    /// Rebuilds a Value from the bits of an interned str (see `name!`).
    #[doc(hidden)]
    #[inline(always)]
    pub fn from_interned_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// The raw word (for tracing and identity).
    /// The value whose word is `bits` (the inverse of `bits`); callers
    /// build only small ints or words that came from `bits`.
    #[inline(always)]
    pub fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small() {
            write!(f, "{}", self.as_small())
        } else {
            write!(f, "<obj {:#x}>", self.0)
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_tagging() {
        for i in [0, 1, -1, 42, -42, SMALL_MAX, SMALL_MIN] {
            let v = Value::small(i);
            assert!(v.is_small());
            assert!(!v.is_ptr());
            assert_eq!(v.as_small(), i);
        }
        assert!(!Value::fits_small(SMALL_MAX + 1));
        assert!(!Value::fits_small(SMALL_MIN - 1));
        assert!(Value::NULL.is_null());
        assert!(!Value::NULL.is_ptr());
    }
}
