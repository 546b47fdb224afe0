//! The write barrier: every store of a reference into a heap object calls
//! `write` on that object first.
//!
//! The collector of this stage is a non-generational, stop-the-world
//! mark-sweep, so the barrier records nothing yet; the heap issue turns it into
//! the sticky-mark-bit remembered-set barrier (old object not yet remembered →
//! remember it), with this same signature, so no caller changes.
use crate::header::Header;

/// Called before a reference is stored into `obj`.
#[inline(always)]
pub fn write(obj: *const Header) {
    let _ = obj;
}
