//! The write barrier: card marking.
//!
//! Every store of a reference into a heap object marks the card (512 bytes
//! of the heap's address range, `range.rs`) that holds the written word.  A
//! minor collection traces the old objects that overlap dirty cards, so an
//! old object that was given a reference to a young one since the last
//! collection keeps it alive (the generational invariant, docs/GC.md).
//!
//! The fast path is a few inline instructions: load `RANGE_BASE`, subtract,
//! compare with `RANGE_SIZE`, shift, load the card byte; only when it was
//! clean, an out-of-line call (`range::clean_card`) marks it, unless the
//! written object is young and the card holds old objects (a young object
//! is traced whole by the next minor collection, and the card would make
//! it trace the old neighbours too), and counts it if it holds old objects
//! (the collection policy's measure of the next minor collection's
//! remembered set).  Addresses outside the heap (a
//! `PyCell` in a Rust struct) are ignored, so the barrier can sit in the
//! interpreter's storage primitives (`PyCell`, `ValueCell`, `AtomicCell`,
//! `SlotArray`) without knowing where they live.  Compiled code inlines the
//! same sequence with the constants in `gc::heap::layout`, and the call
//! on the clean-card path.
use crate::header::Header;

/// Records a store into the word at `addr` (any address: only addresses in
/// the heap mark a card).  Call it after the store or before it, with no
/// safepoint in between.
#[inline(always)]
pub fn write_at(addr: usize) {
    crate::range::mark_card(addr);
}

/// Records a store into the object `obj` (its header's card; a minor
/// collection traces the whole object).
#[inline(always)]
pub fn write(obj: *const Header) {
    crate::range::mark_card(obj as usize);
}

/// The barrier's slow path for compiled code, which inlines the fast path
/// (`heap::layout`) and calls this when the card of `addr`, an address in
/// the heap's range, is clean.
#[inline(never)]
pub extern "C" fn slow_path(addr: usize) {
    crate::range::mark_card(addr);
}
