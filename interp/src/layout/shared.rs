//! Container state that other threads read without taking its lock.
//!
//! A thin `PyCell` (one that more than one thread has used) carries a
//! write sequence in its lock word: every exclusive release makes it one
//! more.  A reader that only copies a few words out of the cell (a list
//! item, a dict lookup) need not write the lock word at all, which on a
//! shared container would be one contended cache line for every thread:
//! it reads the word, reads the state, and checks that the word still has
//! the same sequence and no writer (a seqlock, as in the Linux kernel and
//! CPython 3.13's lock-free list and dict reads).  A failed check falls
//! back to the lock.
//!
//! What such a reader sees may be torn or stale, so it must never follow a
//! pointer it has not validated first, and the memory it reads must stay
//! allocated while it reads:
//!
//! - `SharedVec` is a `Vec` that never reallocates in place or frees its
//!   buffer while another thread may read it: growth copies into a new
//!   buffer and hands the old one to `gc::Heap::free_native`, which frees
//!   it at the next collection once a second thread exists.  No optimistic
//!   read spans a safepoint, so no reader holds a buffer by then.
//! - `PyCell::read_optimistic` reads the buffer address and length, checks
//!   the sequence (so they belong together and the buffer is one the cell
//!   held after the reader started), then reads elements, and checks the
//!   sequence again before the result is used.
//! - Values read this way are objects that were reachable after the last
//!   collection began (they were in the container when the read started,
//!   or a writer stored them since), and no collection runs during the
//!   read, so even a stale value is a live object: comparing keys with
//!   `ops::eq_pure` (which reads immutable objects only) is sound.
//!
//! The element reads are volatile reads of words that a writer may store
//! concurrently with plain stores: the usual seqlock compromise (crossbeam's
//! `AtomicCell` does the same); the validation discards any such value.
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering, fence};

use super::{LOCK_TAG_MASK, LOCK_THIN, PyCell, THIN_WRITER};

static HEAP: OnceLock<&'static gc::Heap> = OnceLock::new();

/// Tells `SharedVec` which heap frees retired buffers (once, at start-up).
pub fn set_heap(heap: &'static gc::Heap) {
    let _ = HEAP.set(heap);
}

/// The heap, when frees must be deferred (a second thread has started).
#[inline]
fn deferring_heap() -> Option<&'static gc::Heap> {
    HEAP.get().copied().filter(|h| h.defers_native_frees())
}

/// A growable array whose buffer is never freed under an optimistic
/// reader (see the module comment).  Only methods that cannot reallocate
/// in place are offered; the element slice is reached through `Deref`.
///
/// `SharedVec<T, true>` (a list's items) also keeps the length of its
/// *clean prefix*: the elements not written since the collector last
/// traced it (see "The clean prefix" below), so that a minor collection
/// that scans an old list for the remembered set visits only what
/// changed, not the whole buffer.
pub struct SharedVec<T: Copy, const TRACK: bool = false> {
    v: ManuallyDrop<Vec<T>>,
    /// With `TRACK`: elements `..clean` were not written since the last
    /// trace.  Unused without it.
    clean: AtomicUsize,
}

// --- The clean prefix ---
//
// The generational invariant (docs/GC.md) needs every old object that may
// refer to a young one to be on a dirty card; a minor collection then
// traces it.  Cards are 512 bytes of the heap, but a list's items live in
// this native buffer, so a dirty card used to mean "trace all of it": a
// list of 500,000 points that was appended to cost 500,000 header loads
// at every minor collection.  So the buffer itself remembers how many of
// its first elements were not written since the collector last traced it:
// every method that may store an element lowers `clean` to the first index
// it wrote or shifted (`DerefMut`, which can write anywhere, to 0), and
// `gc_elements` sets it to the length.  Elements below `clean` are the
// ones the last trace saw, and that trace marked their referents, which
// are old since (only a major collection frees old objects, and it traces
// everything).  Removing elements (`pop`, `truncate`, `clear`) writes none.
// A new buffer (`new`, `From<Vec>`, `clone`) has no clean prefix.  The
// common writes cost a load and a compare: `push` writes at the length,
// which is at least `clean` unless elements were removed since the trace.

impl<T: Copy, const TRACK: bool> SharedVec<T, TRACK> {
    pub const fn new() -> Self {
        SharedVec {
            v: ManuallyDrop::new(Vec::new()),
            clean: AtomicUsize::new(0),
        }
    }

    /// Elements from `i` on may have been written (see "The clean prefix").
    #[inline(always)]
    fn wrote_from(&self, i: usize) {
        if TRACK && i < self.clean.load(Ordering::Relaxed) {
            self.clean.store(i, Ordering::Relaxed);
        }
    }

    /// The elements the collector must trace; the caller marks all of
    /// them, so the clean prefix becomes the whole buffer.  `remembered`:
    /// the owner is an old object scanned for the remembered set of a
    /// minor collection (`gc::Tracer::remembered`), and with `TRACK` only
    /// the elements after the clean prefix are returned; otherwise all.
    /// `verifying` (`gc::Tracer::verifying`): all, and nothing changes.
    #[inline]
    pub fn gc_elements(&self, remembered: bool, verifying: bool) -> &[T] {
        if !TRACK || verifying {
            return &self.v;
        }
        let len = self.v.len();
        let clean = self.clean.swap(len, Ordering::Relaxed);
        if remembered {
            &self.v[clean.min(len)..]
        } else {
            &self.v
        }
    }

    /// Overwrites element `i` if it exists (returns whether it did).
    #[inline]
    pub fn set(&mut self, i: usize, x: T) -> bool {
        match self.v.get_mut(i) {
            Some(slot) => {
                *slot = x;
                self.wrote_from(i);
                true
            }
            None => false,
        }
    }

    pub fn with_capacity(n: usize) -> Self {
        Vec::with_capacity(n).into()
    }

    pub fn as_vec(&self) -> &Vec<T> {
        &self.v
    }

    pub fn capacity(&self) -> usize {
        self.v.capacity()
    }

    /// Room for `extra` more elements, so that the `Vec` operation that
    /// follows does not reallocate.
    #[inline(always)]
    pub fn reserve(&mut self, extra: usize) {
        if self.v.capacity() - self.v.len() < extra {
            self.grow(extra);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, extra: usize) {
        if deferring_heap().is_none() {
            self.v.reserve(extra);
            return;
        }
        let need = self.v.len().checked_add(extra).expect("capacity overflow");
        let cap = need.max(self.v.capacity() * 2).max(4);
        let mut n = Vec::with_capacity(cap);
        n.extend_from_slice(&self.v);
        retire(std::mem::replace(&mut *self.v, n));
    }

    #[inline]
    pub fn push(&mut self, x: T) {
        self.reserve(1);
        self.wrote_from(self.v.len());
        self.v.push(x);
    }

    pub fn pop(&mut self) -> Option<T> {
        self.v.pop()
    }

    pub fn insert(&mut self, i: usize, x: T) {
        self.reserve(1);
        self.wrote_from(i);
        self.v.insert(i, x);
    }

    pub fn remove(&mut self, i: usize) -> T {
        self.wrote_from(i);
        self.v.remove(i)
    }

    pub fn truncate(&mut self, n: usize) {
        self.v.truncate(n);
    }

    pub fn clear(&mut self) {
        self.v.clear();
    }

    pub fn extend_from_slice(&mut self, s: &[T]) {
        self.reserve(s.len());
        self.wrote_from(self.v.len());
        self.v.extend_from_slice(s);
    }

    pub fn extend(&mut self, it: impl IntoIterator<Item = T>) {
        let it = it.into_iter();
        self.reserve(it.size_hint().0);
        for x in it {
            self.push(x);
        }
    }

    pub fn resize(&mut self, n: usize, x: T) {
        self.reserve(n.saturating_sub(self.v.len()));
        self.wrote_from(self.v.len());
        self.v.resize(n, x);
    }

    pub fn retain(&mut self, f: impl FnMut(&T) -> bool) {
        self.wrote_from(0);
        self.v.retain(f);
    }

    /// Removes `range` and returns its elements.
    pub fn drain(&mut self, range: impl std::ops::RangeBounds<usize>) -> Vec<T> {
        let start = match range.start_bound() {
            std::ops::Bound::Included(&i) => i,
            std::ops::Bound::Excluded(&i) => i + 1,
            std::ops::Bound::Unbounded => 0,
        };
        self.wrote_from(start);
        self.v.drain(range).collect()
    }

    /// Replaces `range` with `with`.
    pub fn splice(&mut self, range: std::ops::Range<usize>, with: &[T]) {
        self.reserve(with.len().saturating_sub(range.len()));
        self.wrote_from(range.start);
        self.v.splice(range, with.iter().copied());
    }

    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        self.v.split_off(at)
    }

    /// The elements as a `Vec` (the buffer itself while one thread runs, a
    /// copy once readers may still see it).
    pub fn into_vec(self) -> Vec<T> {
        let mut me = ManuallyDrop::new(self);
        // SAFETY: `me` is never used or dropped again.
        let v = unsafe { ManuallyDrop::take(&mut me.v) };
        if deferring_heap().is_some() {
            let copy = v.clone();
            retire(v);
            copy
        } else {
            v
        }
    }
}

/// Frees a buffer replaced while readers may still see it.
fn retire<T>(v: Vec<T>) {
    if v.capacity() == 0 || std::mem::size_of::<T>() == 0 {
        return;
    }
    match deferring_heap() {
        None => drop(v),
        Some(heap) => {
            let mut v = ManuallyDrop::new(v);
            let layout = std::alloc::Layout::array::<T>(v.capacity()).expect("Vec layout");
            // SAFETY: a Vec's buffer comes from the global allocator with
            // `Layout::array::<T>(capacity)` (documented by `Vec`); `v` is
            // forgotten, so only optimistic readers still see the buffer,
            // and they finish before their next safepoint.
            unsafe { heap.free_native(v.as_mut_ptr() as *mut u8, layout) };
        }
    }
}

impl<T: Copy, const TRACK: bool> Drop for SharedVec<T, TRACK> {
    fn drop(&mut self) {
        // SAFETY: `self.v` is not used after this.
        retire(unsafe { ManuallyDrop::take(&mut self.v) });
    }
}

impl<T: Copy, const TRACK: bool> From<Vec<T>> for SharedVec<T, TRACK> {
    fn from(v: Vec<T>) -> Self {
        // The buffer is new to every reader: no copy.  Not traced yet: no
        // clean prefix.
        SharedVec {
            v: ManuallyDrop::new(v),
            clean: AtomicUsize::new(0),
        }
    }
}

impl<T: Copy, const TRACK: bool> Default for SharedVec<T, TRACK> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy, const TRACK: bool> Clone for SharedVec<T, TRACK> {
    fn clone(&self) -> Self {
        self.v.to_vec().into()
    }
}

impl<T: Copy, const TRACK: bool> FromIterator<T> for SharedVec<T, TRACK> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        it.into_iter().collect::<Vec<T>>().into()
    }
}

impl<T: Copy, const TRACK: bool> Deref for SharedVec<T, TRACK> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        &self.v
    }
}

impl<T: Copy, const TRACK: bool> DerefMut for SharedVec<T, TRACK> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // May write anywhere (`sort`, `reverse`, `items[i] = v`).
        self.wrote_from(0);
        &mut self.v
    }
}

impl<T: Copy + std::fmt::Debug, const TRACK: bool> std::fmt::Debug for SharedVec<T, TRACK> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.v.fmt(f)
    }
}

impl<'a, T: Copy, const TRACK: bool> IntoIterator for &'a SharedVec<T, TRACK> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.v.iter()
    }
}

/// The elements of a `SharedVec` as an optimistic reader sees them: an
/// address and a length that belonged together when they were validated.
/// Made only by `RacyView::racy_view` and lent to the reader by
/// `PyCell::read`; it cannot be copied out of that call.
pub struct RacySlice<T> {
    ptr: *const T,
    len: usize,
}

impl<T: Copy> RacySlice<T> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Element `i`, possibly stale (the caller's read is validated after).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<T> {
        if i < self.len {
            // SAFETY: `ptr`/`len` were read together from a `SharedVec`
            // and validated against the cell's write sequence, so `ptr` is
            // a buffer of at least `len` initialised elements that the
            // cell held after this read began; a buffer replaced since is
            // retired, not freed, until the reader's next safepoint, which
            // it has not reached.  A concurrent store may change the word
            // read (volatile: the read happens once, as written); the
            // final validation discards such a value.
            Some(unsafe { std::ptr::read_volatile(self.ptr.add(i)) })
        } else {
            None
        }
    }
}

/// State that an optimistic reader can take a view of.
pub trait RacyView {
    type View;
    /// The view of state nobody else writes meanwhile (plain reads, which
    /// the compiler may drop when the reader does not use them).
    fn view(&self) -> Self::View;
    /// Reads the addresses and lengths of the state at `p`.
    ///
    /// # Safety
    /// `p` points to a live value, which another thread may be writing
    /// (the reads are volatile copies; the caller validates the result
    /// before using it).
    unsafe fn racy_view(p: *const Self) -> Self::View;
}

impl<T: Copy, const TRACK: bool> RacyView for SharedVec<T, TRACK> {
    type View = RacySlice<T>;
    #[inline(always)]
    fn view(&self) -> RacySlice<T> {
        RacySlice {
            ptr: self.v.as_ptr(),
            len: self.v.len(),
        }
    }
    #[inline(always)]
    unsafe fn racy_view(p: *const Self) -> RacySlice<T> {
        // SAFETY: `p` points to a live SharedVec (the caller's contract); a
        // bitwise copy of its Vec, never dropped, gives address and length.
        let v = unsafe { std::ptr::read_volatile(&raw const (*p).v) };
        RacySlice {
            ptr: v.as_ptr(),
            len: v.len(),
        }
    }
}

impl<T: RacyView> PyCell<T> {
    /// Runs the pure read `f` on a view of the state: directly when the
    /// calling thread owns the biased cell, optimistically (writing
    /// nothing) when the cell is thin and no writer holds it, else under a
    /// shared borrow.  `f` may run more than once; it must not allocate,
    /// run Python code or reach a safepoint.
    #[inline(always)]
    pub fn read<R>(&self, f: impl Fn(&T::View) -> R) -> R {
        if self.owner_may_read() {
            // SAFETY: the owner reads its own biased cell, which nobody
            // writes meanwhile (see `owner_may_read`).
            return f(&unsafe { &*self.value.get() }.view());
        }
        self.read_shared(f)
    }

    /// `read` that never waits, revokes or polls a safepoint: `None` when
    /// it would have to (the cell is biased to another thread, or a writer
    /// holds it or took it during the read).  For reads made while the
    /// caller changes another cell in place (`PyCell::update`).
    #[inline(always)]
    pub fn try_read<R>(&self, f: impl Fn(&T::View) -> R) -> Option<R> {
        if self.owner_may_read() {
            // SAFETY: as in `read`.
            return Some(f(&unsafe { &*self.value.get() }.view()));
        }
        self.try_read_shared(f)
    }

    #[inline(never)]
    fn try_read_shared<R>(&self, f: impl Fn(&T::View) -> R) -> Option<R> {
        self.read_optimistic(&f)
    }

    /// `read` on a cell that another thread owns or that is thin (kept
    /// out of line: the owner's path is the one inlined into the
    /// interpreter loop).
    #[inline(never)]
    fn read_shared<R>(&self, f: impl Fn(&T::View) -> R) -> R {
        if let Some(r) = self.read_optimistic(&f) {
            return r;
        }
        let guard = self.borrow();
        f(&guard.view())
    }

    /// The optimistic part of `read`: `None` if the cell is biased or held
    /// for writing, or if a writer took it during the read.
    #[inline(always)]
    fn read_optimistic<R>(&self, f: impl FnOnce(&T::View) -> R) -> Option<R> {
        let w = self.lock.load(Ordering::Acquire);
        if w & LOCK_THIN == 0 || w & THIN_WRITER != 0 {
            return None;
        }
        // SAFETY: the cell is live (we hold a reference); a writer may be
        // storing into it, which the validation below detects.
        let view = unsafe { T::racy_view(self.value.get()) };
        if !self.unchanged_since(w) {
            return None;
        }
        let r = f(&view);
        self.unchanged_since(w).then_some(r)
    }

    /// Whether no writer took the cell since its word was `w` (thin, not
    /// held for writing): the reads before this call are ordered before
    /// the second load of the word, and a writer's flag is visible before
    /// its stores (`lock_slow`), its new sequence after them.
    #[inline(always)]
    fn unchanged_since(&self, w: u64) -> bool {
        fence(Ordering::Acquire);
        let now = self.lock.load(Ordering::Relaxed);
        now & (LOCK_TAG_MASK | THIN_WRITER) == w & LOCK_TAG_MASK
    }
}

impl<T: Copy, const TRACK: bool> PyCell<SharedVec<T, TRACK>> {
    /// A copy of element `i` (`None` past the end); see `read`.
    #[inline]
    pub fn get_at(&self, i: usize) -> Option<T> {
        self.read(|s| s.get(i))
    }

    /// The length; see `read`.
    #[inline]
    pub fn len_now(&self) -> usize {
        self.read(|s| s.len())
    }

    /// Overwrites element `i` if it exists (returns whether it did); see
    /// `PyCell::set`.
    #[inline]
    pub fn set_at(&self, i: usize, v: T) -> bool {
        if self.owner_may_write() {
            // SAFETY: as in `PyCell::set`.
            let done = unsafe { (&mut *self.value.get()).set(i, v) };
            if done {
                self.write_barrier();
            }
            done
        } else {
            self.borrow_mut().set(i, v)
        }
    }
}

/// A dict's table as `PyCell::read` lends it (`objects/dict.rs`).
pub struct DictView {
    pub index: RacySlice<u32>,
    pub entries: RacySlice<crate::objects::dict::Entry>,
    pub len: usize,
}

impl RacyView for crate::objects::dict::DictInner {
    type View = DictView;
    #[inline(always)]
    fn view(&self) -> DictView {
        DictView {
            index: self.index.view(),
            entries: self.entries.view(),
            len: self.len,
        }
    }
    #[inline(always)]
    unsafe fn racy_view(p: *const Self) -> DictView {
        // SAFETY: `p` points to a live DictInner (the caller's contract);
        // its fields are read as volatile copies, like `SharedVec`'s.
        unsafe {
            DictView {
                index: SharedVec::racy_view(&raw const (*p).index),
                entries: SharedVec::racy_view(&raw const (*p).entries),
                len: std::ptr::read_volatile(&raw const (*p).len),
            }
        }
    }
}

/// A set's table as `PyCell::read` lends it (`objects/set.rs`).
pub struct SetView {
    pub slots: RacySlice<crate::objects::set::Slot>,
    pub used: usize,
}

impl RacyView for crate::objects::set::SetTable {
    type View = SetView;
    #[inline(always)]
    fn view(&self) -> SetView {
        SetView {
            slots: self.slots.view(),
            used: self.len(),
        }
    }
    #[inline(always)]
    unsafe fn racy_view(p: *const Self) -> SetView {
        // SAFETY: `p` points to a live SetTable (the caller's contract);
        // its fields are read as volatile copies, like `SharedVec`'s.
        unsafe {
            SetView {
                slots: SharedVec::racy_view(&raw const (*p).slots),
                used: std::ptr::read_volatile(&raw const (*p).used),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SharedVec;

    /// What a remembered-set trace would report now (the prefix becomes
    /// the whole buffer).
    fn traced(v: &SharedVec<u64, true>) -> Vec<u64> {
        v.gc_elements(true, false).to_vec()
    }

    #[test]
    fn clean_prefix_excludes_every_write_since_the_last_trace() {
        let mut v: SharedVec<u64, true> = (0..100).collect();
        // Never traced: all of it.
        assert_eq!(traced(&v).len(), 100);
        assert!(traced(&v).is_empty(), "a trace makes it all clean");
        v.push(100);
        v.push(101);
        assert_eq!(traced(&v), [100, 101]);
        assert!(v.set(20, 1020));
        assert!(!v.set(500, 0), "past the end: nothing written");
        assert_eq!(traced(&v).len(), 102 - 20);
        // Removals write nothing; a push after them does.
        v.pop();
        v.truncate(90);
        assert!(traced(&v).is_empty());
        v.push(7);
        assert_eq!(traced(&v), [7]);
        v.truncate(80);
        v.push(8);
        assert_eq!(traced(&v), [8], "a push below the old length");
        // Shifts cover everything after the index.
        v.insert(70, 9);
        assert_eq!(traced(&v).len(), 82 - 70);
        v.remove(75);
        assert_eq!(traced(&v).len(), 81 - 75);
        v.splice(3..5, &[1, 2, 3]);
        assert_eq!(traced(&v).len(), v.len() - 3);
        v.extend_from_slice(&[9, 9]);
        assert_eq!(traced(&v), [9, 9]);
        v.resize(v.len() + 3, 4);
        assert_eq!(traced(&v), [4, 4, 4]);
        let _ = v.drain(10..12);
        assert_eq!(traced(&v).len(), v.len() - 10);
        v.retain(|&x| x != 4);
        assert_eq!(traced(&v).len(), v.len());
        // Any `&mut [T]` access: all of it.
        v.reverse();
        assert_eq!(traced(&v).len(), v.len());
        // A full trace also cleans it; a verifying one changes nothing.
        v.push(1);
        assert_eq!(v.gc_elements(false, false).len(), v.len());
        assert!(traced(&v).is_empty());
        v.push(2);
        assert_eq!(v.gc_elements(false, true).len(), v.len());
        assert_eq!(traced(&v), [2]);
        // Untracked vectors always give everything.
        let u: SharedVec<u64> = (0..10).collect();
        assert!(u.gc_elements(true, false).len() == 10 && u.gc_elements(true, false).len() == 10);
    }
}
