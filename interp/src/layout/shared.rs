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
use std::sync::atomic::{Ordering, fence};

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
pub struct SharedVec<T: Copy> {
    v: ManuallyDrop<Vec<T>>,
}

impl<T: Copy> SharedVec<T> {
    pub const fn new() -> Self {
        SharedVec {
            v: ManuallyDrop::new(Vec::new()),
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
        self.v.push(x);
    }

    pub fn pop(&mut self) -> Option<T> {
        self.v.pop()
    }

    pub fn insert(&mut self, i: usize, x: T) {
        self.reserve(1);
        self.v.insert(i, x);
    }

    pub fn remove(&mut self, i: usize) -> T {
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
        self.v.resize(n, x);
    }

    pub fn retain(&mut self, f: impl FnMut(&T) -> bool) {
        self.v.retain(f);
    }

    /// Removes `range` and returns its elements.
    pub fn drain(&mut self, range: impl std::ops::RangeBounds<usize>) -> Vec<T> {
        self.v.drain(range).collect()
    }

    /// Replaces `range` with `with`.
    pub fn splice(&mut self, range: std::ops::Range<usize>, with: &[T]) {
        self.reserve(with.len().saturating_sub(range.len()));
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

impl<T: Copy> Drop for SharedVec<T> {
    fn drop(&mut self) {
        // SAFETY: `self.v` is not used after this.
        retire(unsafe { ManuallyDrop::take(&mut self.v) });
    }
}

impl<T: Copy> From<Vec<T>> for SharedVec<T> {
    fn from(v: Vec<T>) -> Self {
        // The buffer is new to every reader: no copy.
        SharedVec {
            v: ManuallyDrop::new(v),
        }
    }
}

impl<T: Copy> Default for SharedVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy> Clone for SharedVec<T> {
    fn clone(&self) -> Self {
        self.v.to_vec().into()
    }
}

impl<T: Copy> FromIterator<T> for SharedVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        it.into_iter().collect::<Vec<T>>().into()
    }
}

impl<T: Copy> Deref for SharedVec<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        &self.v
    }
}

impl<T: Copy> DerefMut for SharedVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.v
    }
}

impl<T: Copy + std::fmt::Debug> std::fmt::Debug for SharedVec<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.v.fmt(f)
    }
}

impl<'a, T: Copy> IntoIterator for &'a SharedVec<T> {
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

impl<T: Copy> RacyView for SharedVec<T> {
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

impl<T: Copy> PyCell<SharedVec<T>> {
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
            match unsafe { (&mut *self.value.get()).get_mut(i) } {
                Some(slot) => {
                    *slot = v;
                    self.write_barrier();
                    true
                }
                None => false,
            }
        } else {
            match self.borrow_mut().get_mut(i) {
                Some(slot) => {
                    *slot = v;
                    true
                }
                None => false,
            }
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
