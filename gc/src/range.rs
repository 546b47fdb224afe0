//! The heap's address range and its card table.
//!
//! Every block and every large object of every heap in the process lies in
//! one contiguous range of virtual memory, reserved once at startup, so
//! that the write barrier can tell "an address in the heap" from any other
//! address with one subtraction and one comparison, and find the address's
//! card with one shift:
//!
//! ```text
//!  one mmap (PROT_READ|PROT_WRITE, MAP_NORESERVE: a page costs memory only once touched)
//!  +-----------------+--------------------------------+--------------------------------+
//!  | card table      | block area (half)              | large-object area (half)        |
//!  | 1 byte / 512 B  | 2 MiB chunks of 64 KiB blocks  | spans of whole cards            |
//!  +-----------------+--------------------------------+--------------------------------+
//!                    ^ RANGE_BASE (2 MiB aligned)
//!
//!  card of addr = RANGE_BASE - CARD_TABLE_SIZE + ((addr - RANGE_BASE) >> CARD_SHIFT)
//! ```
//!
//! A card is 0 (clean) or 1 (dirty: a reference may have been stored into
//! an object overlapping it since the last collection).  The barrier
//! (`barrier::write`) marks conditionally (a load, and a store only when the
//! card is clean), so threads writing near each other do not keep stealing
//! the card's cache line.  Collections clear the cards of their heap's
//! blocks and large objects at the end.  The barrier's slow path, which
//! dirties every card of the block area, also sets its block's byte in
//! `BLOCK_DIRTY`: a minor collection reads a byte per block to find the
//! blocks with dirty cards, not the 128 card bytes of every block.
//!
//! Large objects are spans of whole cards (512-byte granules) in the second
//! half of the range, allocated best-fit from a free list that coalesces
//! neighbours; a freed span of 64 KiB or more gives its pages back to the
//! system (`madvise(MADV_DONTNEED)`).  Blocks come from a bump pointer in
//! the first half, 2 MiB at a time, and are kept by their heap for reuse.
//! Each 2 MiB chunk is aligned and, with `TAIPAN_GC_THP=1`, advised
//! `MADV_HUGEPAGE` (transparent huge pages; off by default, because
//! `chaos`, whose heap grows to 370 MB, ran 7% slower with them): its blocks are all
//! handed out before the next chunk is taken, so a huge page costs little
//! memory that 4 KiB pages would not, and the allocator, which writes
//! through 64 KiB blocks spread over the chunks, misses the TLB once per
//! 2 MiB instead of once per 4 KiB (docs/GC.md, "Allocation with threads:
//! measurements": on the 2-core KVM development machine two allocating
//! threads took about 15% less time with them, one thread about 2%).
//!
//! Under Miri (no `mmap`) the range is an ordinary allocation of 64 MiB
//! (the unit tests, each with a heap of its own, share it).
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// Bytes of address space reserved for blocks and large objects.
pub const RANGE_SIZE: usize = if cfg!(miri) { 64 << 20 } else { 64 << 30 };
/// log2 of the card size.
pub const CARD_SHIFT: u32 = 9;
pub const CARD_SIZE: usize = 1 << CARD_SHIFT;
/// One byte per card of the range; it sits right below `RANGE_BASE`.
pub const CARD_TABLE_SIZE: usize = RANGE_SIZE >> CARD_SHIFT;
/// Freed large spans at least this big return their pages to the system.
const RELEASE_MIN: usize = 64 * 1024;
/// A transparent huge page: the unit in which blocks are taken from the
/// range (`alloc_blocks`), and the alignment of `RANGE_BASE`.
pub(crate) const HUGE_PAGE: usize = 2 << 20;

/// The start of the range; before it is reserved, a value that no user
/// address matches (`addr - RANGE_BASE < RANGE_SIZE` only for kernel
/// addresses), so the barrier needs no "initialised?" test.
pub static RANGE_BASE: AtomicUsize = AtomicUsize::new(0usize.wrapping_sub(RANGE_SIZE));

/// The start of the large-object area (the second half of the reserved
/// range), published with `RANGE_BASE`: the barrier's slow path tells a
/// block's address from a large object's by it.
pub(crate) static LARGE_BASE: AtomicUsize = AtomicUsize::new(usize::MAX);

struct Space {
    /// Bytes actually reserved after `RANGE_BASE` (at most RANGE_SIZE).
    size: usize,
    /// Advise block chunks `MADV_HUGEPAGE` (when `TAIPAN_GC_THP=1`).
    huge_pages: bool,
    next_block: usize,
    next_large: usize,
    /// Free large spans: start -> length, and (length, start) for best fit.
    free_by_addr: BTreeMap<usize, usize>,
    free_by_size: BTreeSet<(usize, usize)>,
}

static SPACE: Mutex<Option<Space>> = Mutex::new(None);

fn with_space<R>(f: impl FnOnce(&mut Space) -> R) -> R {
    let mut g = SPACE.lock().unwrap();
    f(g.get_or_insert_with(reserve))
}

/// Reserves the range (once per process) and publishes `RANGE_BASE`.
pub fn ensure_reserved() {
    with_space(|_| ());
}

/// Reserves the card table and as much of RANGE_SIZE as the system gives
/// (halving down to 1 GiB: valgrind, for one, refuses 64 GiB).  The card
/// table always covers all of RANGE_SIZE, so the barrier, which tests
/// against the constant RANGE_SIZE, may mark a card for an address past
/// the reservation: harmless, such cards are never read.
fn reserve() -> Space {
    #[cfg(not(miri))]
    let (p, size) = {
        let mut size = RANGE_SIZE;
        loop {
            let total = CARD_TABLE_SIZE + size + HUGE_PAGE;
            // SAFETY: an anonymous private mapping at an address of the
            // kernel's choice; no existing memory is affected.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    total,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                break (p as usize, size);
            }
            if size <= 1 << 30 {
                panic!("gc: cannot reserve {total} bytes of address space for the heap");
            }
            size /= 2;
        }
    };
    #[cfg(miri)]
    let (p, size) = {
        let total = CARD_TABLE_SIZE + RANGE_SIZE + HUGE_PAGE;
        let layout = std::alloc::Layout::from_size_align(total, crate::heap::BLOCK_SIZE).unwrap();
        // SAFETY: non-zero size.
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        (p as usize, RANGE_SIZE)
    };
    let base = (p + CARD_TABLE_SIZE).next_multiple_of(HUGE_PAGE);
    LARGE_BASE.store(base + size / 2, Ordering::Release);
    RANGE_BASE.store(base, Ordering::Release);
    Space {
        size,
        huge_pages: std::env::var_os("TAIPAN_GC_THP").is_some_and(|v| v == "1"),
        next_block: base,
        next_large: base + size / 2,
        free_by_addr: BTreeMap::new(),
        free_by_size: BTreeSet::new(),
    }
}

/// The card byte of `addr`, which must lie in the range.
#[inline(always)]
pub(crate) fn card_of(addr: usize) -> *mut u8 {
    let base = RANGE_BASE.load(Ordering::Relaxed);
    debug_assert!(
        addr.wrapping_sub(base) < RANGE_SIZE,
        "card of an address outside the heap"
    );
    (base - CARD_TABLE_SIZE + ((addr - base) >> CARD_SHIFT)) as *mut u8
}

/// Marks the card of `addr` dirty if `addr` lies in the heap (the barrier's
/// fast path; any other address is ignored).
#[inline(always)]
pub fn mark_card(addr: usize) {
    let base = RANGE_BASE.load(Ordering::Relaxed);
    let off = addr.wrapping_sub(base);
    if off < RANGE_SIZE {
        let card = (base - CARD_TABLE_SIZE + (off >> CARD_SHIFT)) as *const AtomicU8;
        // SAFETY: `off < RANGE_SIZE`, so the card lies in the card table,
        // which is mapped read-write for the life of the process.
        let card = unsafe { &*card };
        if card.load(Ordering::Relaxed) == 0 {
            clean_card(addr);
        }
    }
}

/// The barrier's slow path: a store into the word at `addr` (in the
/// range) whose card is clean.  Out of line: it runs once per card and
/// collection cycle, and again for each store into a young object on a
/// card that stays clean (below).
///
/// The card is marked unless the store cannot make an old-to-young
/// reference the next minor collection would miss:
/// - the card holds no old object (its block's live bits, which change
///   only in a collection): it is marked, since the minor collection's
///   scan of it costs a few bitmap words, but not counted among the cards
///   that make a minor collection due (`cards_dirtied`);
/// - the written object is young (its MARK bit is clear): the card stays
///   clean.  A young object that is reachable at the next minor collection
///   is traced whole by it, so its referents survive whatever it was
///   given; and a store is followed by no safepoint before its barrier
///   (the barrier rule), so the object cannot have become old in between.
///   Without this, the young objects' own stores marked nearly every card
///   the nursery was allocated in, and the minor collection traced every
///   old object sharing those cards (docs/GC.md, "Minor pauses in a big
///   heap").
///
/// Large objects (and a card with any old object on it, written in an old
/// one) are marked and counted.
#[cold]
#[inline(never)]
fn clean_card(addr: usize) {
    // SAFETY: the caller found `addr` in the range; its card lies in the
    // card table, mapped read-write for the life of the process.
    let card = unsafe { &*(card_of(addr) as *const AtomicU8) };
    if addr < LARGE_BASE.load(Ordering::Relaxed) {
        let counted = match crate::heap::store_needs_card(addr) {
            crate::heap::CardNeed::None => return,
            crate::heap::CardNeed::Uncounted => false,
            crate::heap::CardNeed::Counted => true,
        };
        card.store(1, Ordering::Relaxed);
        BLOCK_DIRTY[block_index(addr)].store(1, Ordering::Relaxed);
        if counted {
            note_card_dirtied();
        }
        return;
    }
    card.store(1, Ordering::Relaxed);
    note_card_dirtied();
}

/// Blocks in the block area (the first half of the range).
const BLOCKS_IN_RANGE: usize = RANGE_SIZE / 2 / crate::heap::BLOCK_SIZE;

/// One byte per block of the block area: 1 when one of the block's cards
/// may be dirty (set by the barrier's slow path after the card, cleared by
/// a collection with the cards).  512 KiB of zeroed static memory, whose
/// pages cost memory only once a block on them is written.
static BLOCK_DIRTY: [AtomicU8; BLOCKS_IN_RANGE] = [const { AtomicU8::new(0) }; BLOCKS_IN_RANGE];

/// The index in `BLOCK_DIRTY` of the block holding `addr` (in the block
/// area).
#[inline(always)]
fn block_index(addr: usize) -> usize {
    (addr - RANGE_BASE.load(Ordering::Relaxed)) / crate::heap::BLOCK_SIZE
}

/// Whether a card of block `b` may be dirty (false: all its cards are
/// clean).  Called by a collector with every mutator stopped.
#[inline(always)]
pub(crate) fn block_maybe_dirty(b: usize) -> bool {
    BLOCK_DIRTY[block_index(b)].load(Ordering::Relaxed) != 0
}

/// Forgets that block `b` had dirty cards (its cards are being cleared);
/// called by a collector with every mutator stopped.
#[inline(always)]
pub(crate) fn clear_block_dirty(b: usize) {
    BLOCK_DIRTY[block_index(b)].store(0, Ordering::Relaxed);
}

/// Cards turned dirty since the last collection (counted by the barrier
/// when it stores a 1 over a 0; racing threads may both count a card):
/// the collection policy's measure of a minor collection's remembered set
/// (`Heap::due`).
static CARDS_DIRTIED: AtomicUsize = AtomicUsize::new(0);

/// The barrier's count of a card with old objects that it dirtied.
#[inline(always)]
fn note_card_dirtied() {
    CARDS_DIRTIED.fetch_add(1, Ordering::Relaxed);
}

/// Cards dirtied since the last collection (see `CARDS_DIRTIED`).
pub(crate) fn cards_dirtied() -> usize {
    CARDS_DIRTIED.load(Ordering::Relaxed)
}

/// Starts the count again (a collection, with the mutators stopped, after
/// it cleared the cards); returns the old count.
pub(crate) fn reset_cards_dirtied() -> usize {
    CARDS_DIRTIED.swap(0, Ordering::Relaxed)
}

/// Whether any card of `[addr, addr + len)` (inside the range) is dirty.
/// Called by a collector with every mutator stopped.
pub(crate) fn any_dirty(addr: usize, len: usize) -> bool {
    let first = card_of(addr);
    let n = (addr + len - 1 - (addr & !(CARD_SIZE - 1))) / CARD_SIZE + 1;
    // SAFETY: the cards of a span inside the range lie in the card table;
    // the mutators that wrote them are stopped (the stop-the-world
    // handshake orders their stores before these loads).
    unsafe { std::slice::from_raw_parts(first as *const u8, n) }
        .iter()
        .any(|&c| c != 0)
}

/// Clears the cards of `[addr, addr + len)` (inside the range); called by a
/// collector with every mutator stopped.
pub(crate) fn clear_cards(addr: usize, len: usize) {
    let first = card_of(addr);
    let n = (addr + len - 1 - (addr & !(CARD_SIZE - 1))) / CARD_SIZE + 1;
    // SAFETY: as in `any_dirty`.
    unsafe { std::ptr::write_bytes(first, 0, n) };
}

/// `bytes` (a multiple of BLOCK_SIZE) of fresh, zeroed, BLOCK_SIZE-aligned
/// block memory.
pub(crate) fn alloc_blocks(bytes: usize) -> usize {
    with_space(|s| {
        let p = s.next_block;
        let base = RANGE_BASE.load(Ordering::Relaxed);
        if p + bytes > base + s.size / 2 {
            panic!(
                "gc: the heap's block area ({} bytes) is exhausted",
                s.size / 2
            );
        }
        s.next_block = p + bytes;
        // Not the first chunk: a small program touches a few of its blocks
        // (one per size class it uses), and a huge page there made an
        // empty program's peak RSS 1.6 MB larger.
        #[cfg(not(miri))]
        if s.huge_pages
            && p != base
            && p.is_multiple_of(HUGE_PAGE)
            && bytes.is_multiple_of(HUGE_PAGE)
        {
            // SAFETY: `[p, p + bytes)` lies in the reserved range and holds
            // no block yet; the advice changes how the kernel backs it,
            // not its contents (fresh memory reads as zeros either way).
            // A kernel without THP refuses it, which changes nothing.
            unsafe { libc::madvise(p as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE) };
        }
        p
    })
}

/// The span length a large object of `size` bytes occupies.
#[inline]
pub(crate) fn large_span(size: usize) -> usize {
    size.next_multiple_of(CARD_SIZE)
}

/// A span for a large object of `size` bytes (card-aligned).
pub(crate) fn alloc_large(size: usize) -> usize {
    let len = large_span(size);
    with_space(|s| {
        if let Some(&(flen, start)) = s.free_by_size.range((len, 0)..).next() {
            s.free_by_size.remove(&(flen, start));
            s.free_by_addr.remove(&start);
            if flen > len {
                s.free_by_addr.insert(start + len, flen - len);
                s.free_by_size.insert((flen - len, start + len));
            }
            return start;
        }
        let p = s.next_large;
        let base = RANGE_BASE.load(Ordering::Relaxed);
        if p + len > base + s.size {
            panic!("gc: the heap's large-object area is exhausted");
        }
        s.next_large = p + len;
        p
    })
}

/// Returns a large object's span (its cards are cleared).
pub(crate) fn free_large(addr: usize, size: usize) {
    let len = large_span(size);
    clear_cards(addr, len);
    with_space(|s| {
        let (mut start, mut len) = (addr, len);
        // Coalesce with the free neighbours.
        if let Some((&ps, &pl)) = s.free_by_addr.range(..start).next_back()
            && ps + pl == start
        {
            s.free_by_addr.remove(&ps);
            s.free_by_size.remove(&(pl, ps));
            start = ps;
            len += pl;
        }
        if let Some(&nl) = s.free_by_addr.get(&(start + len)) {
            s.free_by_addr.remove(&(start + len));
            s.free_by_size.remove(&(nl, start + len));
            len += nl;
        }
        if len >= RELEASE_MIN {
            release_pages(start, len);
        }
        s.free_by_addr.insert(start, len);
        s.free_by_size.insert((len, start));
    });
}

/// Gives the whole pages inside `[start, start + len)` back to the system
/// (they read as zeros when touched again).
fn release_pages(start: usize, len: usize) {
    #[cfg(not(miri))]
    {
        const PAGE: usize = 4096;
        let a = start.next_multiple_of(PAGE);
        let e = (start + len) & !(PAGE - 1);
        if e > a {
            // SAFETY: the pages lie in a free span of the reservation that no
            // object uses; MADV_DONTNEED only discards their contents.
            unsafe { libc::madvise(a as *mut libc::c_void, e - a, libc::MADV_DONTNEED) };
        }
    }
    #[cfg(miri)]
    let _ = (start, len);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_of_heap_addresses_only() {
        ensure_reserved();
        let a = alloc_large(5000);
        assert_eq!(a % CARD_SIZE, 0);
        assert!(!any_dirty(a, 5000));
        mark_card(a + 4000);
        assert!(any_dirty(a, 5000));
        assert!(!any_dirty(a, 3584));
        // Addresses outside the range are ignored.
        let x = 0u64;
        mark_card(&x as *const u64 as usize);
        mark_card(0);
        mark_card(usize::MAX);
        free_large(a, 5000);
        assert!(!any_dirty(a, 5000));
    }
}
