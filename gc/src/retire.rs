//! Native memory that other threads may still be reading without a lock.
//!
//! The interpreter reads some shared containers optimistically (a seqlock:
//! read, then check that no writer came in between).  Such a reader may
//! hold the address of a buffer that a writer has just replaced, so the
//! writer must not give the old buffer back to the allocator at once: it
//! *retires* it here, and the heap frees everything retired at its next
//! collection.  A collection stops every mutator at a safepoint or in a
//! safe region, and an optimistic read never spans either, so by then no
//! reader can still hold a retired buffer (a grace period, as in RCU or
//! CPython 3.13's QSBR, with the stop-the-world pause as the quiescent
//! state).
//!
//! Until the owner calls `Heap::defer_native_frees` (the interpreter does
//! before it starts a second thread) nothing is deferred: with one thread
//! there is no concurrent reader.  During a collection nothing is deferred
//! either: the only code running then is the collector's (destructors of
//! dead objects, which no reader can reach).
use std::alloc::Layout;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Default)]
pub(crate) struct Retired {
    /// Set once, never cleared: frees are deferred from then on.
    enabled: AtomicBool,
    /// A collection is running (only the collector runs mutator code).
    collecting: AtomicBool,
    list: Mutex<Vec<(usize, Layout)>>,
}

impl Retired {
    #[inline]
    pub(crate) fn enabled(&self) -> bool {
        self.enabled.load(Ordering::Relaxed)
    }

    pub(crate) fn enable(&self) {
        self.enabled.store(true, Ordering::SeqCst);
    }

    /// Frees `ptr` (allocated with `layout` by the global allocator) now,
    /// or at the next collection if readers may still see it.
    ///
    /// # Safety
    /// `ptr` was returned by `std::alloc::alloc` with `layout`, and nobody
    /// uses it after this call except optimistic readers as described above.
    pub(crate) unsafe fn free(&self, ptr: *mut u8, layout: Layout) {
        if self.enabled.load(Ordering::Relaxed) && !self.collecting.load(Ordering::Relaxed) {
            self.list.lock().unwrap().push((ptr as usize, layout));
        } else {
            // SAFETY: the caller's contract.
            unsafe { std::alloc::dealloc(ptr, layout) };
        }
    }

    /// Called by the collector with every mutator stopped: frees what was
    /// retired, and marks the collection running (`false` at its end).
    pub(crate) fn set_collecting(&self, on: bool) {
        if on {
            let list = std::mem::take(&mut *self.list.lock().unwrap());
            for (p, layout) in list {
                // SAFETY: retired by `free` (its contract), and no reader
                // can hold it across the safepoint every mutator is at.
                unsafe { std::alloc::dealloc(p as *mut u8, layout) };
            }
        }
        self.collecting.store(on, Ordering::SeqCst);
    }

    /// Bytes waiting for the next collection.
    pub(crate) fn pending_bytes(&self) -> usize {
        self.list
            .lock()
            .unwrap()
            .iter()
            .map(|(_, l)| l.size())
            .sum()
    }
}
