//! The memory budget behind `-X heap-max=SIZE`.
//!
//! A program's memory is of two kinds: the heap's own (blocks of small
//! objects and large objects, in the reserved range) and the native memory
//! that objects own (a list's item buffer, a dict's entries, the bytes of
//! a str, a bytearray or a big int: Rust `Vec`s and `Box`es from the global
//! allocator).  A program can grow either without bound, so the budget
//! counts both:
//!
//! ```text
//!   used = heap bytes in use                     (Heap: non-empty blocks × 64 KiB
//!                                                 + large objects; exact after
//!                                                 each collection, grows in between)
//!        + native bytes in use                   (CountingAlloc: every alloc/free
//!                                                 of the process, batched per thread)
//!   used ≤ LIMIT  (usize::MAX: no cap)
//! ```
//!
//! The limit is enforced at three kinds of places:
//!
//! 1. **Explicit growth requests** (`Heap::reserve`): code about to build
//!    something big from a size it computed (`[0] * n`, `b'x' * n`,
//!    `bytearray(n)`, `str.ljust`) asks first.  Over the limit, the heap
//!    runs a major collection and asks again; still over, the request
//!    fails and the caller raises MemoryError.  Nothing was allocated.
//! 2. **The heap's slow paths** (a new block, a large object): over the
//!    limit after one major collection, the allocation still succeeds (the
//!    allocator cannot fail: its callers build objects in place) and the
//!    thread's poll word gets `POLL_MEMORY`.
//! 3. **Native allocation** (`CountingAlloc`): each thread batches its
//!    allocation balance and publishes it every `BATCH` bytes; a thread
//!    that publishes while over the limit gets `POLL_MEMORY` too.
//!
//! `POLL_MEMORY` is a pending MemoryError: the owner of the mutator takes
//! it at its next poll (`Mutator::take_memory_error`), collects, and raises
//! MemoryError if the budget is still exceeded.  The overdraft between the
//! arming and the poll is what one native operation allocates without a
//! poll; bulk operations (1) ask before allocating, and native loops that
//! consume iterators poll (the interpreter's choice, see docs/GC.md).
//!
//! The counts are process-wide: the global allocator is.  Without
//! `CountingAlloc` installed (unit tests) only heap bytes count.
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicU32, AtomicUsize, Ordering};

use crate::safepoint::POLL_MEMORY;

/// The cap in bytes; `usize::MAX` when there is none.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Native bytes in use, as published by the threads (may lag by up to
/// `BATCH` per thread; may go transiently negative when one thread frees
/// what another allocated before either published).
static NATIVE: AtomicIsize = AtomicIsize::new(0);
/// Heap bytes in use (every `Heap` adds its changes).
static HEAP: AtomicIsize = AtomicIsize::new(0);

/// After a MemoryError: the bytes in use when it was raised (0: none
/// since usage was last found under the limit).  See `allowed`.
static OOM_LEVEL: AtomicUsize = AtomicUsize::new(0);

/// A thread publishes its native balance when it moves this far.
const BATCH: isize = 256 * 1024;

thread_local! {
    /// Native bytes allocated minus freed by this thread, not yet published.
    static BALANCE: Cell<isize> = const { Cell::new(0) };
    /// The poll word of the mutator registered on this thread (null: none).
    static POLL: Cell<*const AtomicU32> = const { Cell::new(std::ptr::null()) };
}

/// Sets the cap (`None`: no cap).
pub fn set_limit(bytes: Option<usize>) {
    LIMIT.store(bytes.unwrap_or(usize::MAX), Ordering::Relaxed);
}

/// The cap, if any.
pub fn limit() -> Option<usize> {
    let l = LIMIT.load(Ordering::Relaxed);
    (l != usize::MAX).then_some(l)
}

/// Bytes in use (heap and native) as far as published.
pub fn used() -> usize {
    let n = NATIVE.load(Ordering::Relaxed) + HEAP.load(Ordering::Relaxed);
    n.max(0) as usize
}

/// The bytes that may be in use now: the limit; after a MemoryError, the
/// usage when it was raised plus a margin (an eighth of the limit, at
/// least 1 MiB), never more than twice the limit, until a collection
/// finds the usage under the limit again.
///
/// The margin is for the program that catches MemoryError and goes on:
/// the garbage of the failed operation (a half-built dict, the frames of
/// its traceback) is freed only when a collection proves it dead, and a
/// stale word on a native stack (conservative scanning) can keep it a
/// while; without the margin, every allocation of the handler would fail
/// too.  A program that keeps growing still gets a MemoryError at each
/// margin's worth of growth, and at twice the limit at every poll.
pub fn allowed() -> usize {
    let limit = LIMIT.load(Ordering::Relaxed);
    if limit == usize::MAX {
        return limit;
    }
    match OOM_LEVEL.load(Ordering::Relaxed) {
        0 => limit,
        level => {
            let margin = (limit / 8).max(1 << 20);
            level
                .saturating_add(margin)
                .max(limit)
                .min(limit.saturating_mul(2))
        }
    }
}

/// The machine's physical memory in bytes (`usize::MAX` if unknown): a
/// single request beyond it fails even without a cap, as the kernel
/// refuses such an allocation under its default overcommit policy (CPython
/// gets MemoryError from malloc there; mimalloc may reserve it lazily and
/// the program would die later, touching it).
pub fn physical_memory() -> usize {
    static PHYS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *PHYS.get_or_init(|| {
        if cfg!(miri) {
            return usize::MAX;
        }
        // SAFETY: sysconf has no preconditions.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages <= 0 || size <= 0 {
            usize::MAX
        } else {
            (pages as usize).saturating_mul(size as usize)
        }
    })
}

/// Whether `extra` more bytes fit under the cap.
#[inline]
pub fn fits(extra: usize) -> bool {
    let limit = LIMIT.load(Ordering::Relaxed);
    limit == usize::MAX || used().saturating_add(extra) <= allowed()
}

/// A MemoryError is being raised for the budget: remembers the usage
/// (`allowed`).
pub fn note_memory_error() {
    OOM_LEVEL.store(used().max(1), Ordering::Relaxed);
}

/// After a collection: usage back under the limit ends the margin.
pub(crate) fn after_collection() {
    if used() <= LIMIT.load(Ordering::Relaxed) {
        OOM_LEVEL.store(0, Ordering::Relaxed);
    }
}

/// The heap's bytes in use changed by `delta`.
pub(crate) fn heap_changed(delta: isize) {
    HEAP.fetch_add(delta, Ordering::Relaxed);
}

/// Registers the calling thread's poll word (`None`: unregisters it if it
/// is `word`).
pub(crate) fn set_thread_poll(word: *const AtomicU32, register: bool) {
    POLL.with(|p| {
        if register {
            p.set(word);
        } else if p.get() == word {
            p.set(std::ptr::null());
        }
    });
}

/// Arms a pending MemoryError on the calling thread's mutator, if any.
pub(crate) fn arm_current_thread() {
    POLL.with(|p| {
        let w = p.get();
        if !w.is_null() {
            // SAFETY: `w` is the poll word inside the `MutatorState` of the
            // mutator registered on this thread (`Mutator::new`); the
            // mutator's `Arc` keeps it alive until `Mutator::drop`, which
            // unregisters it first.
            unsafe { (*w).fetch_or(POLL_MEMORY, Ordering::SeqCst) };
        }
    });
}

#[inline]
fn account(delta: isize) {
    // `try_with`: never fails for a const-initialised Cell without a
    // destructor, but an allocator must not panic.
    let _ = BALANCE.try_with(|b| {
        let n = b.get() + delta;
        if n.abs() < BATCH {
            b.set(n);
        } else {
            b.set(0);
            publish(n);
        }
    });
}

#[cold]
#[inline(never)]
fn publish(n: isize) {
    let native = NATIVE.fetch_add(n, Ordering::Relaxed) + n;
    if n > 0 && LIMIT.load(Ordering::Relaxed) != usize::MAX {
        let used = (native + HEAP.load(Ordering::Relaxed)).max(0) as usize;
        if used > allowed() {
            arm_current_thread();
        }
    }
}

/// A global allocator that counts the bytes in use for the budget and
/// delegates to `A`.  The `taipan` binary installs it around mimalloc.
pub struct CountingAlloc<A>(pub A);

// SAFETY: every method delegates to `A` with the caller's arguments and
// returns its result unchanged; the counting touches only thread-locals and
// atomics (no allocation, no panic).
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAlloc<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on.
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            account(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on.
        unsafe { self.0.dealloc(ptr, layout) };
        account(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is passed on.
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            account(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Parses a `-X heap-max` size: digits with an optional `k`, `M` or `G`
/// suffix (case-insensitive; powers of 1024).  Errors say what is wrong.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let all_digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    let (digits, mult) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() && all_digits(&s[..i]) => {
            let m: u64 = match c.to_ascii_lowercase() {
                'k' => 1 << 10,
                'm' => 1 << 20,
                'g' => 1 << 30,
                _ => return Err(format!("unknown size suffix '{c}' (use k, M or G)")),
            };
            (&s[..i], m)
        }
        _ => (s, 1),
    };
    if !all_digits(digits) {
        return Err(format!(
            "'{s}' is not a size (digits with an optional k, M or G)"
        ));
    }
    let n: u64 = digits.parse().map_err(|_| format!("'{s}' is too large"))?;
    let bytes = n
        .checked_mul(mult)
        .filter(|&b| b <= isize::MAX as u64)
        .ok_or_else(|| format!("'{s}' is too large"))?;
    if bytes == 0 {
        return Err("the size must be positive".into());
    }
    Ok(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("500000"), Ok(500000));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("8k"), Ok(8 << 10));
        assert!(parse_size("").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("12T").unwrap_err().contains("suffix"));
        assert!(parse_size("abc").unwrap_err().contains("not a size"));
        assert!(parse_size("-5").is_err());
        assert!(parse_size("1.5G").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("99999999999999999999").is_err());
        assert!(parse_size("9999999999G").is_err());
    }
}
