//! The heap: size-segregated blocks with side mark bitmaps, bump allocation
//! into the free runs between live cells, a large-object space, and a
//! stop-the-world, non-moving mark-sweep collector with conservative
//! scanning of native stacks.
//!
//! ```text
//!  Block (64 KiB, aligned to 64 KiB)
//!  +-------------------------------------------+--------+--------+-----+
//!  | BlockHeader: space, cell size, frontier,  | cell 0 | cell 1 | ... |  all cells of one size
//!  |   live bitmap, mark bitmap (1 bit/16 B)   |        |        |     |
//!  +-------------------------------------------+--------+--------+-----+
//! ```
//!
//! A *space* is a size class and whether its objects have a destructor
//! (`Meta::drop`): `space = class` for plain objects (floats, tuples,
//! instances), `class + NCLASSES` for objects owning native memory (lists,
//! dicts, strs).  A block holds cells of one space.
//!
//! **Allocation.**  Each mutator owns at most one block per space and bumps a
//! cursor through a *run*: a maximal stretch of free cells (live bit clear).
//! The fast path is a load, an add, a compare and a store; taking the next run
//! or block is the slow path.  A mutator also keeps a list of empty blocks of
//! its own (`MutatorState::own_empty`), taken without the heap lock and
//! refilled at each collection with the blocks it allocated in that came out
//! empty, so a thread keeps reusing memory its core wrote last.  Objects above `MAX_SMALL` bytes live in the
//! large-object space, one system allocation each, found through an ordered map.
//!
//! **Which cells hold objects.**  The `live` bitmap holds the result of the
//! last collection (a bit at the granule where a surviving cell starts).
//! Runs are handed out in address order, and `frontier` is the end of the
//! last run handed out in the block (a collection first lowers it to the
//! owning mutator's cursor).  So a cell holds an object exactly when it lies
//! below the frontier or its live bit is set; conservative roots and the
//! sweeper use this rule, and a dead cell is never read again.
//!
//! **Collection** marks into the `mark` bitmap (and the header's MARK bit,
//! which makes "already visited" one load).  Sweeping is per block, not per
//! cell: dead cells of plain spaces are not touched at all; only spaces with
//! destructors visit their dead cells to drop them.  Then `live = mark`,
//! the frontier drops to the block start, and the block is classified as
//! empty (reusable for any space), partial or full by a population count.
//!
//! **Rooting rule** (design (b) of the heap issue, after JavaScriptCore's
//! Riptide and MMTk's StickyImmix): objects never move.  The collector finds
//! roots in four places: (1) the root function the heap's owner installs
//! (`set_root_fn`) — interpreter frames, modules, types, and every
//! `TempRoots` list of values Rust code keeps in native collections; (2) the
//! native stack and callee-saved registers of every mutator thread, scanned
//! conservatively (any word that points into an object keeps it alive);
//! (3) objects made permanent (`Heap::add_permanent`); (4) the payload an
//! allocation is about to move into its new object (`Pending`).  So Rust code
//! may hold `Value`s in local variables freely, but values kept in a Rust heap
//! collection (a `Vec`) across an allocation or a call into Python must be
//! registered as roots.  `TAIPAN_GC_STRESS=N` collects at every N-th block
//! acquisition and poisons dead cells, so a violation of the rule crashes
//! tests at once.
//!
//! **Generations** (sticky mark bits, docs/GC.md): old objects keep their
//! MARK bit and mark bit after a collection.  The first survivors of a
//! minor collection are *aged* instead (live bit kept, mark bit and MARK
//! cleared, header AGED set: still young) and old at their second
//! survival, unless an object that will be old refers to them (the marker
//! promotes those at once: `Tracer::set_bits`).  So between collections
//! `mark` is the old cells and `live` the old and aged ones.  A *minor*
//! collection traces the old objects on dirty cards (`barrier.rs`,
//! `range.rs`) and the roots, stops at marked (old) objects, and sweeps
//! only the blocks handed out since the last collection (`touched`), those
//! with aged cells (`aging`) and the young large objects; a *major*
//! collection clears the marks of the live objects first and then traces
//! and sweeps everything, and every survivor is old after it.
//!
//! Collection is triggered from the allocation slow path when the bytes
//! allocated since the last collection exceed the nursery (half the old
//! generation, at least `NURSERY` and at most `NURSERY_MAX` per running
//! mutator up to the number of cores: every collection stops every thread), or
//! when the barrier has dirtied more than `DIRTY_CARDS_MAX` cards (the old
//! objects on them are the rest of a minor collection's work); it is major when the old
//! generation has grown past its budget (`Heap::major_due`), so the heap
//! stays within about twice the live data.  The drains of the marking may
//! be shared with helper threads (`markers.rs`, parallel marking).
//! `TAIPAN_GC_GENERATIONS=0`:
//! every collection is major, triggered when the allocation exceeds the
//! live bytes (at least `MIN_TRIGGER` per running mutator).
use std::alloc::Layout;
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{
    AtomicBool, AtomicI64, AtomicIsize, AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering,
};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::header::{Header, Meta, bits};
use crate::pauselog::PauseLog;
use crate::safepoint::{HELD, Handshake, PARKED, POLL_FINALIZE, RUNNING, Registry, SAFE};
use crate::trace::Tracer;

pub const BLOCK_SIZE: usize = 64 * 1024;
/// The unit of the side bitmaps: every cell starts at a distinct granule.
pub const GRANULE: usize = 16;
const BITMAP_WORDS: usize = BLOCK_SIZE / GRANULE / 64;
/// Largest object served from size-class blocks.
pub const MAX_SMALL: usize = 2048;
/// Without generations: the least allocation between two collections.
const MIN_TRIGGER: usize = 8 * 1024 * 1024;
/// With generations: the least bytes allocated (plus native bytes noted)
/// between two collections, per running mutator (see `Heap::due`); a minor
/// collection unless a major one is due.  The nursery's blocks are resident
/// memory: `binary_trees.py 16` peaked at 31.2 MB RSS with 8 MiB and a
/// `MAJOR_MIN` of 32 MiB, 22.7 MB with 6 MiB and 4 MiB, 21.8 MB with 4 MiB
/// and 4 MiB, which cost more minor collections (docs/GC.md, "Heap sizing:
/// measurements").  6 MiB until the compiled tier, whose code pages (3 MB
/// of Cranelift) took `binary_trees.py 16` to 26.1 MB; with 4 MiB (and
/// 32-byte 2-tuples), 22.0-23.0 MB and the same wall times (docs/GC.md,
/// "A 4 MiB nursery").
const NURSERY: usize = 4 * 1024 * 1024;
/// The most the nursery grows to with the old generation, per running
/// mutator: a minor collection's pause grows with the nursery (its
/// survivors, the destructors of its dead objects), and with range-precise
/// scanning of old lists the old generation no longer needs a big nursery
/// to amortise.  16 MiB until the barrier stopped counting young objects'
/// cards (their minor collections were due on cards at 7-8 MB); then
/// `float.py` promoted up to 11 MB per collection at 16 MiB, 9-16 ms on
/// the AMD VM (docs/GC.md, "Minor pauses in a big heap").
const NURSERY_MAX: usize = 8 * 1024 * 1024;
/// The least growth of the old generation (plus native bytes noted) that
/// makes the next collection major (see `Heap::major_due`).  A major
/// collection of a small heap is cheap (it marks the live objects); a
/// large allowance is dead old objects kept resident.
const MAJOR_MIN: usize = 4 * 1024 * 1024;
/// The fragmentation trigger of a major collection (`Heap::major_due`):
/// what one allocation run beyond the first of each block costs, and what
/// a major collection costs per block of the heap, both in bytes of live
/// data marked (the unit of a major collection's marking).  Measured with
/// `gc/examples/alloc_threads.rs` (docs/GC.md, "Stale words, fragmentation
/// and the second thread"): about 13 ns per extra run; a major collection
/// of a heap of 256 blocks with little live data about 0.1 ms.
const RUN_COST: usize = 32;
const MAJOR_BLOCK_COST: usize = 1024;
/// A mutator adds its allocation to the heap's shared counters (the
/// nursery trigger, `in_use`, the statistics) once this many bytes have
/// gathered, not per run or block (`Heap::flush_run_counts`): with two
/// threads every shared update moves a cache line between the cores.
/// Another thread's trigger test thus sees this one's allocation up to
/// this late (the nursery is at least `NURSERY` per thread); the native
/// bytes of the budget lag as much (`budget::BATCH`).  With a budget cap
/// (`-X heap-max`) blocks are counted in `in_use` at once.
const FLUSH_BYTES: usize = 256 * 1024;
/// The cards a program may dirty between two minor collections, per
/// running mutator (as `NURSERY`), before the next one is due (once
/// `NURSERY_FLOOR` bytes were allocated): a minor collection traces every
/// old object on a dirty card, and on `float.py` that was up to 530,000
/// objects (most of them old floats that share their cards with instances
/// written since), most of its longest pauses.  See docs/GC.md, "Minor
/// pauses: where the time goes".  Only cards with old objects written
/// count (`range::clean_card`); 16,384 until then, when nearly every card
/// of the nursery counted.  At 4,096 the `float.py` collections that
/// follow its writes into old instances (8,500 cards, 39,000 old objects,
/// 5-8 ms of card scan per 8 MiB nursery) come twice as often; no other
/// bench program reaches it.
const DIRTY_CARDS_MAX: usize = 4 * 1024;
/// The least allocation before dirty cards alone make a minor collection
/// due (`DIRTY_CARDS_MAX`): a program that writes the same many old
/// objects in every cycle pays for them at each collection.
const NURSERY_FLOOR: usize = 1024 * 1024;
/// Collections a thread must have spent whole in a safe region before a
/// minor collection skips its roots (`Tracer::quiet`): the first one
/// marks what they refer to, which ages (roots are marked young), the
/// second promotes it (an aged object reached again is old after the
/// collection, with everything it refers to).  From then on everything
/// its frozen roots lead to is old: a minor collection, which frees no
/// old object, needs none of them, and what old objects gain later is on
/// dirty cards.
pub(crate) const QUIET: u32 = 2;
/// Aging blocks that `Heap::sweep_aging_too` looks up in the touched
/// blocks one by one (a linear scan each) rather than in a sorted copy.
const AGING_SCAN_MAX: usize = 8;
/// Objects the collector traces alone in a drain before it shares the
/// rest with helper markers (`markers.rs`): waking a helper costs tens of
/// microseconds, and a minor collection with few survivors never pays it.
const PARALLEL_MIN: usize = 10_000;
/// Blocks from which `Heap::clear_marks` is split among the markers.
const PARALLEL_CLEAR_MIN: usize = 64;
/// Blocks per grab when clearing marks in parallel.
const CLEAR_CHUNK: usize = 16;
/// Blocks from which the sweep's per-block step (the marks become the live
/// set, the block is classified) is split among the markers, and blocks
/// per grab.  About 0.3 µs per block alone; calling a helper in cost
/// 100-200 µs on the 2-vCPU VM (docs/GC.md, "A parallel sweep").
const PARALLEL_SWEEP_MIN: usize = 1024;
const SWEEP_CHUNK: usize = 64;
/// In stress mode, every STRESS_MAJOR_EVERY-th collection is major.
const STRESS_MAJOR_EVERY: usize = 4;
/// Aging pays when the aged objects die before the next minor
/// collection.  When at least `AGING_SAMPLE` bytes aged and more than
/// half of them survived the next minor collection (promoted one
/// collection late, traced twice), the next `AGING_PAUSE` minor
/// collections promote at the first survival; then aging is tried again.
/// (docs/GC.md, "Aging").
const AGING_SAMPLE: usize = 1024 * 1024;
const AGING_PAUSE: u32 = 8;
/// In stress mode (no adaptation) every AGING_OFF_EVERY-th minor
/// collection promotes at the first survival.
const AGING_OFF_EVERY: u64 = 3;
/// Blocks taken from the system at once (2 MiB: one transparent huge page,
/// see `range.rs`).
const CHUNK_BLOCKS: usize = crate::range::HUGE_PAGE / BLOCK_SIZE;
/// A mutator keeps blocks for its share of the nursery and this much more
/// (`refill_own_blocks`, `keep_own_blocks`): it allocates a little more
/// than its share before a collection is due (the trigger sees the other
/// threads' runs late), and without the margin it took a block or two from
/// the heap in every cycle and gave others back, and the threads' blocks
/// ended up interleaved (docs/GC.md, "Two threads: each sweeps its own blocks").
const KEEP_MARGIN: usize = 8 * BLOCK_SIZE;
const POISON: usize = 0xdead_0000_dead_0000;

/// Cell sizes of the size classes, in bytes (all at least one granule).
const CLASS_SIZES: [usize; 20] = [
    16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512, 768, 1024, 1536, 2048,
];
pub const NCLASSES: usize = CLASS_SIZES.len();
/// Spaces: every size class twice, without and with destructors.
pub const NSPACES: usize = 2 * NCLASSES;

/// Cell size of each space.
const SPACE_SIZES: [usize; NSPACES] = {
    let mut t = [0usize; NSPACES];
    let mut i = 0;
    while i < NSPACES {
        t[i] = CLASS_SIZES[i % NCLASSES];
        i += 1;
    }
    t
};

/// Size class for each size in 8-byte steps up to MAX_SMALL.
const fn class_table() -> [u8; MAX_SMALL / 8 + 1] {
    let mut t = [0u8; MAX_SMALL / 8 + 1];
    let mut i = 0;
    while i <= MAX_SMALL / 8 {
        let size = i * 8;
        let mut c = 0;
        while CLASS_SIZES[c] < size {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}
const CLASS_OF: [u8; MAX_SMALL / 8 + 1] = class_table();

#[inline]
pub fn size_class(size: usize) -> usize {
    CLASS_OF[size.div_ceil(8)] as usize
}

#[repr(C)]
struct BlockHeader {
    space: usize,
    /// 0 for an empty block (no space yet).
    cell_size: usize,
    ncells: usize,
    /// Every cell below this address holds an object (see the module doc).
    frontier: usize,
    /// The number of bits set in `mark` (`set_mark_bit` counts them;
    /// zero again when `mark` is cleared).  Zero means `mark` is all
    /// zero: the sweep then frees the block without reading it (`sweep`,
    /// the fast path).
    marked: usize,
    /// The number of bits set in `live`.
    nlive: usize,
    /// Non-zero while the block sits in a mutator's own list of empty or
    /// partial blocks (`MutatorState::own_empty`, `own_partial`), not in
    /// the heap's.
    own: u32,
    /// Set by the marker when it marks an object of the block at its first
    /// survival without AGED (the object stays young: `note_young`); the
    /// sweep then reads the headers of the block's first survivors, and
    /// only then (`sweep_block`).  Atomic: markers set it in parallel.
    young: AtomicU32,
    /// The number of old cells (bits set in `mark` between collections:
    /// `marked` then, and `nlive` minus the aged cells).
    nold: usize,
    /// Cells that survived the last collection: the old and the aged
    /// ones (every cell that holds an object above the frontier).
    live: [u64; BITMAP_WORDS],
    /// Between collections, the old cells (`live` minus the aged ones);
    /// during one, also the cells it reached.
    mark: [u64; BITMAP_WORDS],
}

/// What the barrier's slow path must do for a store into a block
/// (`range::clean_card`, which documents the rule).
pub(crate) enum CardNeed {
    /// The written object is young: the card stays clean.
    None,
    /// No old object overlaps the card: mark it, do not count it.
    Uncounted,
    /// Mark and count the card.
    Counted,
}

/// The barrier's test for a store into the word at `addr`, an address in
/// the block area inside a live object (the barrier runs only for stores
/// into objects).  Called by any mutator while the world runs: it reads
/// the block's cell size (fixed while the block holds objects), its mark
/// bits and `nold` (between collections, the old cells; written only
/// while the world is stopped, which orders those writes before this
/// read), and the object's header word.
pub(crate) fn store_needs_card(addr: usize) -> CardNeed {
    let b = addr & !(BLOCK_SIZE - 1);
    let bh = block_of(b);
    // SAFETY: `addr` lies inside a live object of a block (the caller's
    // contract), so `bh` is that block's initialised header.  The fields
    // are read through the raw pointer, not a reference to the header:
    // the owning mutator may move `frontier` meanwhile.
    unsafe {
        let cs = (*bh).cell_size;
        if cs == 0 || addr < b + BLOCK_HEADER {
            return CardNeed::Counted;
        }
        if (*bh).nold == 0 {
            return CardNeed::Uncounted;
        }
        // The cells overlapping the card: from the one holding its first
        // byte (or cell 0) to its end; an old one has its mark bit at the
        // granule where it starts (as in `scan_dirty_cards`; between
        // collections the mark bits are the old cells).
        let card = addr & !(crate::range::CARD_SIZE - 1);
        let lo = card.max(b + BLOCK_HEADER);
        let first = (lo - b - BLOCK_HEADER) as u32 / cs as u32;
        let g_lo = (BLOCK_HEADER + first as usize * cs) / GRANULE;
        let g_hi = ((card + crate::range::CARD_SIZE - b) / GRANULE).min(BITMAP_WORDS * 64);
        let old = std::ptr::addr_of!((*bh).mark) as *const u64;
        let mut g = g_lo;
        let mut any = false;
        while g < g_hi {
            let wi = g / 64;
            let mut w = old.add(wi).read() >> (g % 64);
            let n = (g_hi - g).min(64 - g % 64);
            if n < 64 {
                w &= (1u64 << n) - 1;
            }
            if w != 0 {
                any = true;
                break;
            }
            g += n;
        }
        if !any {
            return CardNeed::Uncounted;
        }
        let i = (addr - b - BLOCK_HEADER) as u32 / cs as u32;
        let obj = (b + BLOCK_HEADER + i as usize * cs) as *const Header;
        if (*obj).is_marked() {
            CardNeed::Counted
        } else {
            CardNeed::None
        }
    }
}

/// Offset of cell 0 in a block.
const BLOCK_HEADER: usize = std::mem::size_of::<BlockHeader>().next_multiple_of(GRANULE);

/// The bitmap word and bit of the granule at `addr`.
#[inline(always)]
fn granule_bit(addr: usize) -> (usize, u64) {
    let g = (addr & (BLOCK_SIZE - 1)) / GRANULE;
    (g / 64, 1u64 << (g % 64))
}

#[inline(always)]
fn block_of(addr: usize) -> *mut BlockHeader {
    (addr & !(BLOCK_SIZE - 1)) as *mut BlockHeader
}

impl BlockHeader {
    #[inline(always)]
    fn cell(&self, i: usize) -> usize {
        self as *const _ as usize + BLOCK_HEADER + i * self.cell_size
    }

    /// Whether cell `c` of this block holds an object.
    #[inline(always)]
    fn holds_object(&self, c: usize) -> bool {
        let (w, b) = granule_bit(c);
        c < self.frontier || self.live[w] & b != 0
    }

    /// The next run of free cells at or after cell `from`, as addresses.
    fn next_run(&self, from: usize) -> Option<(usize, usize)> {
        if self.nlive == 0 {
            // No live cell (a block taken empty, or with no survivor yet):
            // the rest of the block is one run, and the bitmap, 512 bytes
            // the allocator would otherwise read per block, stays untouched.
            debug_assert!(self.live.iter().all(|&w| w == 0), "nlive is off");
            return (from < self.ncells).then(|| (self.cell(from), self.cell(self.ncells)));
        }
        let mut i = from;
        while i < self.ncells {
            let (w, b) = granule_bit(self.cell(i));
            if self.live[w] & b == 0 {
                break;
            }
            i += 1;
        }
        if i >= self.ncells {
            return None;
        }
        // The run ends at the next live cell: the first live bit after the
        // granule where cell `i` starts, found a bitmap word at a time (a
        // swept block is mostly free: cell by cell was 4% of nbody).
        let g = (self.cell(i) & (BLOCK_SIZE - 1)) / GRANULE + 1;
        let mut end = self.ncells;
        let (mut wi, mut mask) = (g / 64, !0u64 << (g % 64));
        while wi < BITMAP_WORDS {
            let bits = self.live[wi] & mask;
            if bits != 0 {
                let gs = wi * 64 + bits.trailing_zeros() as usize;
                // The live cell starts within granule `gs` (see `for_each_marked`).
                end = (gs * GRANULE - BLOCK_HEADER)
                    .div_ceil(self.cell_size)
                    .min(self.ncells);
                break;
            }
            wi += 1;
            mask = !0;
        }
        Some((self.cell(i), self.cell(end)))
    }

    /// Addresses of the cells whose live bit lies in the granules
    /// `g_lo..g_hi` (offsets from the block's start, in granules).
    #[inline]
    fn for_each_live_in(&self, g_lo: usize, g_hi: usize, f: impl FnMut(usize)) {
        self.for_each_bit_in(|wi| self.live[wi], g_lo, g_hi, f);
    }

    /// Addresses of the cells whose live bit lies in the granules from
    /// `g_lo` on and whose mark bit is clear: old objects the marking did
    /// not reach.
    #[inline]
    /// Calls `f` with every cell that holds an object and has no mark
    /// bit: after marking, the dead objects.
    fn for_each_dead(&self, mut f: impl FnMut(usize)) {
        // Below the frontier every cell holds an object: one by one.
        let below = ((self.frontier - self.cell(0)) / self.cell_size).min(self.ncells);
        for i in 0..below {
            let c = self.cell(i);
            let (w, bit) = granule_bit(c);
            if self.mark[w] & bit == 0 {
                f(c);
            }
        }
        // From the frontier on only live (old) cells do: the dead ones a
        // bitmap word at a time.  (A block untouched since the last sweep
        // has its frontier at the first cell: a major collection visits
        // its dead objects, not its cells.)
        if below < self.ncells {
            self.for_each_unmarked_live_from((self.frontier & (BLOCK_SIZE - 1)) / GRANULE, f);
        }
    }

    fn for_each_unmarked_live_from(&self, g_lo: usize, f: impl FnMut(usize)) {
        self.for_each_bit_in(
            |wi| self.live[wi] & !self.mark[wi],
            g_lo,
            BITMAP_WORDS * 64,
            f,
        );
    }

    /// Addresses of the cells whose granule's bit is set in `word(i)` (the
    /// bitmap word `i` of some combination of the block's bitmaps), in the
    /// granules `g_lo..g_hi`.
    #[inline(always)]
    fn for_each_bit_in(
        &self,
        word: impl Fn(usize) -> u64,
        g_lo: usize,
        g_hi: usize,
        mut f: impl FnMut(usize),
    ) {
        let g_hi = g_hi.min(BITMAP_WORDS * 64);
        if g_lo >= g_hi {
            return;
        }
        let mut wi = g_lo / 64;
        let mut mask = !0u64 << (g_lo % 64);
        while wi * 64 < g_hi {
            let mut w = word(wi) & mask;
            let end = g_hi - wi * 64;
            if end < 64 {
                w &= (1u64 << end) - 1;
            }
            while w != 0 {
                let g = wi * 64 + w.trailing_zeros() as usize;
                // As in `for_each_marked`: the cell starting in granule `g`.
                let i = (g * GRANULE - BLOCK_HEADER).div_ceil(self.cell_size);
                f(self.cell(i));
                w &= w - 1;
            }
            wi += 1;
            mask = !0;
        }
    }

    /// Addresses of the cells marked in the collection in progress.
    fn for_each_marked(&self, mut f: impl FnMut(usize)) {
        for (wi, &word) in self.mark.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                let g = wi * 64 + w.trailing_zeros() as usize;
                // A cell starts within its granule, not necessarily at its
                // start (24-byte cells): the cell is the first one starting
                // at or after the granule's address.
                let i = (g * GRANULE - BLOCK_HEADER).div_ceil(self.cell_size);
                f(self.cell(i));
                w &= w - 1;
            }
        }
    }
}

pub(crate) struct HeapInner {
    blocks: Vec<usize>,
    /// One bit per block of the heap's address range (index: offset from
    /// `RANGE_BASE` / BLOCK_SIZE), set for the blocks of this heap: the
    /// test of `find_in`, which the conservative stack scan and the verify
    /// mode make for every candidate word (a hash set was 57% of a
    /// `TAIPAN_GC_STRESS=1 TAIPAN_GC_VERIFY=1` run).  Several heaps share
    /// the process's range, so the set is per heap.
    block_bits: Vec<u64>,
    /// Blocks with free cells, per space, not owned by any mutator.
    partial: Vec<Vec<usize>>,
    /// Completely empty blocks, reusable for any space.
    empty: Vec<usize>,
    /// Large objects: start -> size in bytes.
    large: BTreeMap<usize, usize>,
    /// Objects that are never collected (roots).
    permanent: Vec<usize>,
    /// Objects handed out by `walk_live_objects`, roots until `end_walk`.
    walk_roots: Vec<Arc<[usize]>>,
    /// Blocks handed to a mutator since the last collection: the only
    /// blocks with young cells, so the only ones a minor collection sweeps.
    touched: Vec<usize>,
    /// Large objects allocated since the last collection.
    young_large: Vec<usize>,
    /// Blocks with aged cells (survivors of the last collection that are
    /// still young): a minor collection sweeps them with `touched`.
    aging: Vec<usize>,
}

impl HeapInner {
    fn add_block_bit(&mut self, b: usize) {
        let i = (b - crate::range::RANGE_BASE.load(Ordering::Relaxed)) / BLOCK_SIZE;
        if i / 64 >= self.block_bits.len() {
            self.block_bits.resize(i / 64 + 1, 0);
        }
        self.block_bits[i / 64] |= 1 << (i % 64);
    }

    /// Whether `block` (a BLOCK_SIZE-aligned address inside the range) is
    /// one of this heap's blocks.
    #[inline]
    fn has_block(&self, block: usize) -> bool {
        let i = (block - crate::range::RANGE_BASE.load(Ordering::Relaxed)) / BLOCK_SIZE;
        self.block_bits
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

// SAFETY: the raw pointers in HeapInner are addresses of heap memory owned by
// the heap and of registered mutators' states; all access goes through the Mutex.
unsafe impl Send for HeapInner {}

/// Which collection: a minor one traces from the roots and the dirty cards
/// and sweeps only the blocks allocated in since the last collection; a
/// major one traces and sweeps everything (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectionKind {
    Minor,
    Major,
}

/// Pause statistics of one kind of collection.
#[derive(Debug, Default, Clone, Copy)]
pub struct PauseStats {
    pub count: u64,
    pub total_ns: u64,
    pub median_ns: u64,
    pub p99_ns: u64,
    pub max_ns: u64,
}

impl PauseStats {
    fn of(pauses: &[u64]) -> PauseStats {
        let mut p = pauses.to_vec();
        p.sort_unstable();
        let at = |q: usize| {
            p.get((p.len() * q / 100).min(p.len().saturating_sub(1)))
                .copied()
        };
        PauseStats {
            count: p.len() as u64,
            total_ns: p.iter().sum(),
            median_ns: at(50).unwrap_or(0),
            p99_ns: at(99).unwrap_or(0),
            max_ns: p.last().copied().unwrap_or(0),
        }
    }
}

/// Statistics of the heap, readable at any time.
#[derive(Debug, Default, Clone, Copy)]
pub struct HeapStats {
    /// Collections of both kinds.
    pub collections: u64,
    pub live_bytes: usize,
    pub freed_objects: u64,
    pub blocks: usize,
    pub large_bytes: usize,
    /// Bytes handed to mutators since the start (small cells and large
    /// objects), but for up to `FLUSH_BYTES` of each running thread's
    /// latest runs (counted at its next flush or collection).
    pub allocated_bytes: u64,
    /// Largest heap footprint seen (blocks plus large objects), in bytes.
    pub peak_heap_bytes: usize,
    /// Pauses of both kinds.
    pub total_pause_ns: u64,
    pub median_pause_ns: u64,
    pub max_pause_ns: u64,
    pub minor: PauseStats,
    pub major: PauseStats,
    /// Bytes of objects that survived their first collection.
    pub promoted_bytes: u64,
    /// Allocation runs handed out (stretches of free cells: each is one
    /// trip through the allocation slow path; a block fragmented by old
    /// objects hands out many).  Like `allocated_bytes`, it may miss
    /// each running thread's last `FLUSH_BYTES` (counted at the next
    /// collection).
    pub runs: u64,
    /// Blocks handed to mutators (`take_block`).
    pub blocks_taken: u64,
    /// Time to safepoint: from a collector's request until every other
    /// mutator had stopped, summed over the collections, and its maximum
    /// (not part of the pauses above, which start once all are stopped).
    /// It includes the collector's own retire and stack notes, which it
    /// does meanwhile (`Registry::stop_others`).
    pub stop_total_ns: u64,
    pub stop_max_ns: u64,
    /// Parallel marking (`markers.rs`): drains the collector shared with
    /// helper threads, the helpers that joined them, and the successful
    /// steals of grey objects between markers.
    pub parallel_drains: u64,
    pub helpers_joined: u64,
    pub steals: u64,
    /// Sweeps whose per-block step ran on the markers (`Heap::sweep`).
    pub parallel_sweeps: u64,
    /// Minor collections in which stopped threads swept their own blocks
    /// (`sweep_by_owners`).
    pub owner_sweeps: u64,
    /// Objects freed by minor and by major collections (estimates, as
    /// `freed_objects`, their sum).
    pub freed_minor: u64,
    pub freed_major: u64,
    /// Objects allocated since the last collection (but for each running
    /// thread's latest, as `allocated_bytes`).
    pub objects_since_gc: u64,
}

/// A weak slot (`Heap::add_weak`): a word inside `owner`.
#[derive(Clone, Copy)]
struct WeakSlot {
    owner: usize,
    slot: usize,
    notify: bool,
    /// Registration number (`Finalization::registered`).
    seq: u64,
}

impl WeakSlot {
    /// The slot's referent (0 once cleared).
    ///
    /// # Safety
    /// `owner` is not freed (entries go when their owner dies).
    unsafe fn referent(&self) -> u64 {
        // SAFETY: `slot` is a word inside `owner` (the caller's contract).
        unsafe { (*(self.slot as *const AtomicU64)).load(Ordering::Relaxed) }
    }
}

/// Whether the object at `a` is old after the collection in progress
/// (marked, with AGED: old before, or promoted) or permanent.
///
/// # Safety
/// `a` is an object of the heap that is not freed.
unsafe fn old_after_marking(a: usize) -> bool {
    // SAFETY: the caller's contract.
    unsafe { (*(a as *const Header)).old_after_marking() }
}

/// Weak slots and finalizers (see `Heap::add_weak`, `Heap::add_finalizer`).
#[derive(Default)]
struct Finalization {
    /// Weak slots whose owner or referent may be young: the only ones a
    /// minor collection looks at.  An entry moves to `weak_old` once both
    /// are old.
    weak_young: Vec<WeakSlot>,
    /// Weak slots whose owner and referent are old (or the slot cleared):
    /// no minor collection frees either, so only major ones look at them
    /// (a program with 20,000 classes, each held by its base through a
    /// weak slot, paid 0.1 ms in every minor pause to read them all).
    /// Ordered by when they moved here; a major collection sorts them
    /// back into registration order.
    weak_old: Vec<WeakSlot>,
    /// Objects with a finalizer that has not run, with their registration
    /// number, that may be young (as `weak_young`).
    finalizable_young: Vec<(usize, u64)>,
    /// Those that are old (as `weak_old`).
    finalizable_old: Vec<(usize, u64)>,
    /// Registrations so far: orders the entries of the lists above.
    registered: u64,
    /// Owners of cleared weak slots to notify (roots until taken).
    cleared: Vec<usize>,
    /// Unreachable objects whose finalizer must run (roots until taken).
    to_finalize: Vec<usize>,
    /// Referent -> the owner registered as its shared weak reference
    /// (`Heap::set_shared_weak`); an entry goes when either dies.  Entries
    /// whose referent or owner may be young: what a minor collection
    /// looks at (as `weak_young`; a tree whose nodes keep `weakref.ref`s
    /// to their parents has one entry per node).
    shared_young: HashMap<usize, usize>,
    /// Entries whose referent and owner are old (as `weak_old`); no key
    /// is in both maps.
    shared_old: HashMap<usize, usize>,
}

pub struct Heap {
    inner: Mutex<HeapInner>,
    fin: Mutex<Finalization>,
    /// The registered mutators and the stop-the-world protocol.
    pub(crate) reg: Registry,
    /// Bytes handed out since the last collection, plus the native bytes
    /// noted (the nursery trigger's measure).
    allocated: AtomicUsize,
    /// `HeapInner::partial[space].len()`, readable without the lock:
    /// `take_block` takes a mutator's own empty block without the lock
    /// only when no partial block of the space waits for reuse.
    partial_len: [AtomicUsize; NSPACES],
    /// Native bytes noted since the last major collection.
    external_since_major: AtomicUsize,
    /// Bytes in use for the budget (`budget.rs`): non-empty blocks (those
    /// in use by mutators, partial or full) and large objects.  Exact after
    /// each collection, grown by `take_block` and `alloc_large` in between
    /// (a thread's own empty blocks up to `FLUSH_BYTES` late when there is
    /// no budget cap).
    in_use: AtomicUsize,
    allocated_total: AtomicU64,
    /// Objects handed out since the last collection (for `freed_objects`).
    objects_since_gc: AtomicU64,
    live_objects: AtomicU64,
    /// Bytes of the objects that survived the last collection (the old
    /// and the aged ones; dead old objects included until a major
    /// collection).
    live_after_gc: AtomicUsize,
    /// The old generation's part of `live_after_gc`: what the nursery's
    /// size and the major collection's trigger are reckoned from.
    old_after_gc: AtomicUsize,
    /// Bytes the last collection aged (`AGING_SAMPLE`).
    aged_after_gc: AtomicUsize,
    /// Minor collections left that promote at the first survival
    /// (`AGING_PAUSE`).
    aging_pause: AtomicU32,
    live_after_major: AtomicUsize,
    peak_heap: AtomicUsize,
    collections: AtomicU64,
    freed_objects: AtomicU64,
    promoted: AtomicU64,
    /// Statistics: runs and blocks handed out (`HeapStats::runs`).
    runs: AtomicU64,
    blocks_taken: AtomicU64,
    /// `runs - blocks_taken` at the end of the last major collection.
    extra_runs_at_major: AtomicU64,
    /// The last collection found the nursery's blocks fragmented by old
    /// objects at a cost above that of a major collection (see
    /// `Heap::note_fragmentation`): the next collection is major.
    defrag_due: AtomicBool,
    /// Time to safepoint (`HeapStats::stop_total_ns`).
    stop_ns: AtomicU64,
    stop_max_ns: AtomicU64,
    minor_pauses: Mutex<Vec<u64>>,
    major_pauses: Mutex<Vec<u64>>,
    root_fn: std::sync::OnceLock<fn(&mut Tracer)>,
    /// Called in every collection once marking is over (`set_weak_table_fn`).
    weak_table_fn: std::sync::OnceLock<fn(bool)>,
    stress: usize,
    stress_counter: AtomicUsize,
    verify: bool,
    /// Markers of a collection's drain (`markers.rs`): the collector and
    /// up to `markers - 1` helper threads; 1 marks alone.
    /// `TAIPAN_GC_MARKERS=N`, default the number of cores (at most
    /// `markers::MAX_HELPERS + 1`).
    markers: AtomicUsize,
    /// Objects the collector traces alone before it calls in the helpers
    /// (`PARALLEL_MIN`; `set_parallel_marking`).
    parallel_min: AtomicUsize,
    /// Blocks from which the sweep's per-block step is parallel
    /// (`PARALLEL_SWEEP_MIN`; `set_parallel_sweep`).
    parallel_sweep_min: AtomicUsize,
    /// Statistics: drains shared with helpers, helpers that joined them,
    /// successful steals.
    parallel_drains: AtomicU64,
    parallel_sweeps: AtomicU64,
    owner_sweeps: AtomicU64,
    /// Cells the parked threads left unused in their runs
    /// (`retire_own_runs`), for the next collection's statistics.
    parked_unused: AtomicU64,
    freed_major: AtomicU64,
    helpers_joined: AtomicU64,
    steals: AtomicU64,
    /// Minor collections are used (`TAIPAN_GC_GENERATIONS=0` turns them off:
    /// every collection is then major).
    generations: bool,
    /// Native buffers retired by writers while optimistic readers may
    /// still see them (`retire.rs`), freed at the next collection.
    retired: crate::retire::Retired,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        crate::range::ensure_reserved();
        let stress = std::env::var("TAIPAN_GC_STRESS")
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0);
        Heap {
            inner: Mutex::new(HeapInner {
                blocks: Vec::new(),
                block_bits: Vec::new(),
                partial: (0..NSPACES).map(|_| Vec::new()).collect(),
                empty: Vec::new(),
                large: BTreeMap::new(),
                permanent: Vec::new(),
                walk_roots: Vec::new(),
                touched: Vec::new(),
                young_large: Vec::new(),
                aging: Vec::new(),
            }),
            reg: Registry::new(),
            fin: Mutex::new(Finalization::default()),
            allocated: AtomicUsize::new(0),
            partial_len: std::array::from_fn(|_| AtomicUsize::new(0)),
            external_since_major: AtomicUsize::new(0),
            in_use: AtomicUsize::new(0),
            allocated_total: AtomicU64::new(0),
            objects_since_gc: AtomicU64::new(0),
            live_objects: AtomicU64::new(0),
            live_after_gc: AtomicUsize::new(0),
            old_after_gc: AtomicUsize::new(0),
            aged_after_gc: AtomicUsize::new(0),
            aging_pause: AtomicU32::new(0),
            live_after_major: AtomicUsize::new(0),
            peak_heap: AtomicUsize::new(0),
            collections: AtomicU64::new(0),
            freed_objects: AtomicU64::new(0),
            promoted: AtomicU64::new(0),
            runs: AtomicU64::new(0),
            blocks_taken: AtomicU64::new(0),
            extra_runs_at_major: AtomicU64::new(0),
            defrag_due: AtomicBool::new(false),
            stop_ns: AtomicU64::new(0),
            stop_max_ns: AtomicU64::new(0),
            minor_pauses: Mutex::new(Vec::new()),
            major_pauses: Mutex::new(Vec::new()),
            root_fn: std::sync::OnceLock::new(),
            weak_table_fn: std::sync::OnceLock::new(),
            stress,
            stress_counter: AtomicUsize::new(0),
            verify: std::env::var_os("TAIPAN_GC_VERIFY").is_some_and(|v| v != "0"),
            markers: AtomicUsize::new(
                std::env::var("TAIPAN_GC_MARKERS")
                    .ok()
                    .and_then(|s| s.parse::<usize>().ok())
                    .unwrap_or_else(crate::safepoint::cores)
                    .clamp(1, crate::markers::MAX_HELPERS + 1),
            ),
            parallel_min: AtomicUsize::new(PARALLEL_MIN),
            parallel_sweep_min: AtomicUsize::new(PARALLEL_SWEEP_MIN),
            parallel_drains: AtomicU64::new(0),
            parallel_sweeps: AtomicU64::new(0),
            owner_sweeps: AtomicU64::new(0),
            parked_unused: AtomicU64::new(0),
            freed_major: AtomicU64::new(0),
            helpers_joined: AtomicU64::new(0),
            steals: AtomicU64::new(0),
            generations: std::env::var_os("TAIPAN_GC_GENERATIONS").is_none_or(|v| v != "0"),
            retired: Default::default(),
        }
    }

    /// From now on `free_native` defers frees to the next collection (see
    /// `retire.rs`); called before a second mutator thread starts.
    pub fn defer_native_frees(&self) {
        self.retired.enable();
    }

    /// Whether `free_native` defers (`defer_native_frees` was called).
    #[inline]
    pub fn defers_native_frees(&self) -> bool {
        self.retired.enabled()
    }

    /// Frees a native buffer that optimistic readers on other threads may
    /// still be reading: at once while only one thread runs (or from the
    /// collector), else at the next collection.
    ///
    /// # Safety
    /// `ptr` was returned by the global allocator for `layout` and is not
    /// used after this call, except by reads that end before their thread's
    /// next safepoint.
    pub unsafe fn free_native(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract.
        unsafe { self.retired.free(ptr, layout) }
    }

    /// Bytes of retired native buffers not freed yet (for tests).
    pub fn retired_bytes(&self) -> usize {
        self.retired.pending_bytes()
    }

    /// Installs the function that reports the owner's precise roots.
    pub fn set_root_fn(&self, f: fn(&mut Tracer)) {
        let _ = self.root_fn.set(f);
    }

    /// Sets the function that prunes the mutators' weak tables (the
    /// interpreter's interned strings): called in every collection, with
    /// whether it is major, on the collector thread with the world stopped,
    /// after the marking, weak references and finalizers are done and
    /// before the sweep.  An object that is not marked then
    /// (`Header::is_marked`) is freed by this collection; its memory is
    /// still intact, so an entry can be found by the object's contents.
    /// The function must not allocate, nor wait for a lock that a stopped
    /// thread may hold.
    pub fn set_weak_table_fn(&self, f: fn(bool)) {
        let _ = self.weak_table_fn.set(f);
    }

    /// Parallel marking (`markers.rs`): at most `markers` markers (the
    /// collector and `markers - 1` helper threads; 1 marks alone, and more
    /// than the cores is allowed, for tests), called in once the collector
    /// has traced `min_alone` objects of a drain alone (0: at once, for
    /// tests).  Overrides `TAIPAN_GC_MARKERS`.
    pub fn set_parallel_marking(&self, markers: usize, min_alone: usize) {
        self.markers.store(
            markers.clamp(1, crate::markers::MAX_HELPERS + 1),
            Ordering::Relaxed,
        );
        self.parallel_min.store(min_alone, Ordering::Relaxed);
    }

    /// The sweep's per-block step runs on the markers (as many as
    /// `set_parallel_marking` or `TAIPAN_GC_MARKERS` allow) when it has at
    /// least `min_blocks` blocks to sweep (0: always, for tests).
    pub fn set_parallel_sweep(&self, min_blocks: usize) {
        self.parallel_sweep_min.store(min_blocks, Ordering::Relaxed);
    }

    /// Makes the object `h` a root for the life of the heap.
    pub fn add_permanent(&self, h: &Header) {
        h.set_word_bits(bits::PERMANENT);
        self.inner
            .lock()
            .unwrap()
            .permanent
            .push(h as *const Header as usize);
    }

    /// Objects handed out since the last collection, as far as the threads
    /// have reported them (what `stats().objects_since_gc` says, without
    /// the statistics' sorting of every pause).
    pub fn objects_since_gc(&self) -> u64 {
        self.objects_since_gc.load(Ordering::Relaxed)
    }

    /// Minor and major collections run and the objects each kind freed,
    /// `[(minor, freed), (major, freed)]` (as `stats()` counts them,
    /// without its sorting of every pause: `gc.get_stats()`).
    pub fn collection_counts(&self) -> [(u64, u64); 2] {
        let minor = self.minor_pauses.lock().unwrap().len() as u64;
        let major = self.major_pauses.lock().unwrap().len() as u64;
        let freed_major = self.freed_major.load(Ordering::Relaxed);
        let freed = self.freed_objects.load(Ordering::Relaxed);
        [
            (minor, freed.saturating_sub(freed_major)),
            (major, freed_major),
        ]
    }

    /// How many collections have run (a cheap epoch for the interpreter's
    /// per-collection heuristics).
    pub fn collection_count(&self) -> u64 {
        self.collections.load(Ordering::Relaxed)
    }

    pub fn stats(&self) -> HeapStats {
        let inner = self.inner.lock().unwrap();
        let minor = PauseStats::of(&self.minor_pauses.lock().unwrap());
        let major = PauseStats::of(&self.major_pauses.lock().unwrap());
        let mut all = self.minor_pauses.lock().unwrap().clone();
        all.extend_from_slice(&self.major_pauses.lock().unwrap());
        let both = PauseStats::of(&all);
        HeapStats {
            collections: self.collections.load(Ordering::Relaxed),
            live_bytes: self.live_after_gc.load(Ordering::Relaxed),
            freed_objects: self.freed_objects.load(Ordering::Relaxed),
            blocks: inner.blocks.len(),
            large_bytes: inner.large.values().sum(),
            allocated_bytes: self.allocated_total.load(Ordering::Relaxed),
            peak_heap_bytes: self.peak_heap.load(Ordering::Relaxed),
            total_pause_ns: both.total_ns,
            median_pause_ns: both.median_ns,
            max_pause_ns: both.max_ns,
            minor,
            major,
            promoted_bytes: self.promoted.load(Ordering::Relaxed),
            runs: self.runs.load(Ordering::Relaxed),
            blocks_taken: self.blocks_taken.load(Ordering::Relaxed),
            stop_total_ns: self.stop_ns.load(Ordering::Relaxed),
            stop_max_ns: self.stop_max_ns.load(Ordering::Relaxed),
            parallel_drains: self.parallel_drains.load(Ordering::Relaxed),
            parallel_sweeps: self.parallel_sweeps.load(Ordering::Relaxed),
            owner_sweeps: self.owner_sweeps.load(Ordering::Relaxed),
            freed_minor: self
                .freed_objects
                .load(Ordering::Relaxed)
                .saturating_sub(self.freed_major.load(Ordering::Relaxed)),
            freed_major: self.freed_major.load(Ordering::Relaxed),
            objects_since_gc: self.objects_since_gc.load(Ordering::Relaxed),
            helpers_joined: self.helpers_joined.load(Ordering::Relaxed),
            steals: self.steals.load(Ordering::Relaxed),
        }
    }

    /// Tells the heap that `bytes` of native memory were allocated for objects
    /// (list storage, string data), so collections keep pace with it.  From
    /// a mutator's thread, `Mutator::note_external` also brings its next
    /// trigger test forward.
    #[inline]
    pub fn note_external(&self, bytes: usize) {
        self.allocated.fetch_add(bytes, Ordering::Relaxed);
        self.external_since_major
            .fetch_add(bytes, Ordering::Relaxed);
    }

    /// The collection the allocator should run now, if any; if none, the
    /// bytes this thread may allocate before it asks again (`Err`).
    fn due(&self, own_unflushed: usize) -> Result<CollectionKind, usize> {
        // Before the owner installs its root function the heap cannot know
        // the roots (and objects may still be half-built): never collect.
        if self.root_fn.get().is_none() {
            return Err(0);
        }
        if self.stress > 0 {
            let n = self.stress_counter.fetch_add(1, Ordering::Relaxed);
            if !n.is_multiple_of(self.stress) {
                return Err(0);
            }
            // Most stress collections are minor; every STRESS_MAJOR_EVERY-th
            // is major.
            let major = (n / self.stress) % STRESS_MAJOR_EVERY == STRESS_MAJOR_EVERY - 1;
            return Ok(if major || !self.generations {
                CollectionKind::Major
            } else {
                CollectionKind::Minor
            });
        }
        let allocated = self.allocated.load(Ordering::Relaxed) + own_unflushed;
        // Every collection stops every thread: with a fixed least nursery,
        // N allocating threads would collect N times as often as one, and
        // each would pay for all the stops (two threads allocating 32-byte
        // objects: twice the collections of one thread, each with a stop
        // and a wake-up of the other).  So the least trigger is per running
        // thread (registered, not in a safe region: a thread blocked on a
        // lock or in I/O does not allocate), up to the number of cores
        // (threads beyond the cores do not allocate at the same time).
        // Counting the threads that allocated since the last collection
        // instead undercounts on a loaded machine, where one thread is
        // often descheduled for a whole nursery's worth of the other's.
        let threads = self.reg.running().clamp(1, crate::safepoint::cores());
        if !self.generations {
            let trigger = self
                .live_after_gc
                .load(Ordering::Relaxed)
                .max(MIN_TRIGGER * threads);
            return if allocated > trigger {
                Ok(CollectionKind::Major)
            } else {
                Err(trigger - allocated)
            };
        }
        // The nursery grows with the old generation (half its size, at
        // least NURSERY, at most NURSERY_MAX): a minor collection's fixed
        // costs grow with the heap (the card table, old objects on dirty
        // cards: small objects are traced whole, lists only past their
        // clean prefix), so fewer minors in a big heap keep them
        // amortised; the cap bounds the pause (survivors and the sweep
        // grow with the nursery).
        let nursery = (self.old_after_gc.load(Ordering::Relaxed) / 2)
            .min(NURSERY_MAX * threads)
            .max(NURSERY * threads);
        // Or sooner when many cards were dirtied: the old objects on them
        // are the other part of a minor collection's work, and a program
        // that writes into many old objects (or into young objects that
        // share cards with many old ones) would otherwise wait for a full
        // nursery and pause for all of them at once.
        if allocated <= nursery
            && (allocated <= NURSERY_FLOOR
                || crate::range::cards_dirtied() <= DIRTY_CARDS_MAX * threads)
        {
            return Err(nursery - allocated);
        }
        Ok(if self.major_due() {
            CollectionKind::Major
        } else {
            CollectionKind::Minor
        })
    }

    /// The old generation has grown past its budget: what minor
    /// collections promoted since the last major one, plus the native memory noted
    /// since then (owned by young and old objects alike: a dead old list's
    /// buffer is only freed by a major collection), exceeds the live bytes
    /// after the last major collection (at least `MAJOR_MIN`).  So the heap
    /// stays within about twice its live data, as without generations.
    fn major_due(&self) -> bool {
        if self.defrag_due.load(Ordering::Relaxed) {
            return true;
        }
        let live_major = self.live_after_major.load(Ordering::Relaxed);
        let growth = self
            .old_after_gc
            .load(Ordering::Relaxed)
            .saturating_sub(live_major)
            + self.external_since_major.load(Ordering::Relaxed);
        growth > live_major.max(MAJOR_MIN)
    }

    fn note_footprint(&self, inner: &HeapInner) {
        let bytes = inner.blocks.len() * BLOCK_SIZE + inner.large.values().sum::<usize>();
        self.peak_heap.fetch_max(bytes, Ordering::Relaxed);
    }

    // --- Allocation slow path ---

    /// Gives a mutator a block of `space` with at least one free cell,
    /// collecting first if due: one of the mutator's own partial blocks of
    /// the space, else a partial block of the heap's, else one of the
    /// mutator's own empty blocks (the own lists without the lock: see
    /// `MutatorState::own_empty`), else an empty block of the heap's.
    fn take_block(&self, m: &Mutator, space: usize) -> usize {
        let st = &*m.state;
        if st.run_bytes.get() >= FLUSH_BYTES || st.in_use_pending.get() >= FLUSH_BYTES {
            self.flush_run_counts(st);
        }
        // The trigger test reads the heap's shared counters, which the
        // other threads' flushes write: asked at every block, with two
        // threads each read could wait for the line to come back from the
        // other core.  So only once this thread's own allocation (and the
        // native bytes it noted) has used the room the last test saw, or a
        // flush (which writes those lines anyway) has passed, or once more
        // cards were dirtied than one thread's limit (the count's line is
        // written only by the barrier's slow path; seen a flush late, the
        // card trigger made `float.py`'s collections come later and its
        // heap peak at 25 MB instead of 17 in one build).  Another thread's
        // allocation is seen as late as before (up to `FLUSH_BYTES`).
        if st.run_bytes.get() >= st.due_check.get()
            || crate::range::cards_dirtied() > DIRTY_CARDS_MAX
        {
            self.collect_if_due(m);
        }
        let mut own = st.own_partial[space].take();
        let b = own.pop();
        st.own_partial[space].set(own);
        if let Some(b) = b {
            // SAFETY: `b` was in this mutator's own partial list: a block of
            // `space` with free cells that no one else uses.
            unsafe { (*block_of(b)).own = 0 };
            self.hand_out(st, b);
            return b;
        }
        if self.partial_len[space].load(Ordering::Relaxed) == 0 && crate::budget::fits(BLOCK_SIZE) {
            let mut own = st.own_empty.take();
            let b = own.pop();
            st.own_empty.set(own);
            if let Some(b) = b {
                if crate::budget::limit().is_some() {
                    self.grow_in_use(BLOCK_SIZE);
                } else {
                    // Without a cap nothing reads `in_use` for a decision
                    // before the next flush (see `FLUSH_BYTES`).
                    st.in_use_pending.set(st.in_use_pending.get() + BLOCK_SIZE);
                }
                self.hand_out(st, b);
                // SAFETY: `b` was in this mutator's own list: an empty block
                // of the heap that no one else uses.
                unsafe { init_block(b, space) };
                return b;
            }
        }
        let mut inner = self.inner.lock().unwrap();
        if let Some(b) = inner.partial[space].pop() {
            self.partial_len[space].store(inner.partial[space].len(), Ordering::Relaxed);
            drop(inner);
            self.hand_out(st, b);
            return b;
        }
        if !crate::budget::fits(BLOCK_SIZE) {
            // Over the budget: a major collection may free blocks (and
            // native memory); if it does not, the block is handed out
            // anyway and a MemoryError is armed for the next poll.
            drop(inner);
            self.over_budget(m, BLOCK_SIZE);
            inner = self.inner.lock().unwrap();
            if let Some(b) = inner.partial[space].pop() {
                self.partial_len[space].store(inner.partial[space].len(), Ordering::Relaxed);
                drop(inner);
                self.hand_out(st, b);
                return b;
            }
        }
        self.grow_in_use(BLOCK_SIZE);
        if inner.empty.is_empty() {
            // Blocks come from the heap's address range in chunks, which are
            // kept for the life of the process (empty blocks are reused, not
            // returned).
            let p = crate::range::alloc_blocks(CHUNK_BLOCKS * BLOCK_SIZE);
            for i in (0..CHUNK_BLOCKS).rev() {
                let b = p + i * BLOCK_SIZE;
                // SAFETY: `b` is a fresh block inside the chunk: mark it
                // empty (the sweeper and `find_in` read every block's header).
                unsafe {
                    (*block_of(b)).cell_size = 0;
                    (*block_of(b)).own = 0;
                }
                inner.blocks.push(b);
                inner.add_block_bit(b);
                inner.empty.push(b);
            }
            self.note_footprint(&inner);
        }
        // A mutator without own empty blocks takes a batch from the chunk
        // with the most empty blocks listed (`take_empty_batch`), to its own
        // list in the order it will use them.  Taken one at a time, two
        // threads took alternate blocks of the same chunks and kept them, and
        // a thread that wrote to the end of a block had the other thread's
        // block next, which costs: with the same loop without the heap,
        // alternate 64 KiB blocks of one buffer made the chunks with a block
        // change 10% slower with two threads than private buffers did (the
        // prefetchers, it seems, reach across the boundary into lines the
        // other core writes; docs/GC.md, "Two threads: each sweeps its own
        // blocks").
        let mut own = st.own_empty.take();
        let b = if own.is_empty() && crate::budget::limit().is_none() {
            // As many blocks as this thread used since the last collection
            // (at least one): a thread that allocates a little (one of many
            // that start and then wait) takes a block or two, not a chunk;
            // one that goes on doubles its batch each time, up to a chunk.
            // (A chunk at once: 200 threads that each started and waited on
            // an event held 394 MB of blocks until the next collection.)
            let touched = st.own_touched.take();
            let used = touched.len();
            st.own_touched.set(touched);
            let mut batch = take_empty_batch(&mut inner.empty, used);
            for &n in &batch[1..] {
                // SAFETY: `n` is an empty block of the heap just taken from
                // its empty list, under the heap lock.
                unsafe { (*block_of(n)).own = 1 };
            }
            // Ascending: the own list is popped from its end.
            let b = batch.remove(0);
            batch.reverse();
            own = batch;
            b
        } else {
            inner.empty.pop().expect("a chunk was just added")
        };
        st.own_empty.set(own);
        drop(inner);
        self.hand_out(st, b);
        // SAFETY: `b` is a BLOCK_SIZE block owned by the heap and not in use
        // (fresh or empty), just taken from the empty list.
        unsafe { init_block(b, space) };
        b
    }

    /// Adds the runs mutator `st` took since the last call to the heap's
    /// counters (the nursery trigger's `allocated`, the statistics'
    /// `allocated_total` and `objects_since_gc`), and the own blocks it
    /// took to `in_use`.  Called by the owner from `take_block` once
    /// `FLUSH_BYTES` have gathered, and for every mutator by the collector
    /// (the world stopped) and by `Mutator::drop`.  The owner's trigger
    /// test adds its own unflushed bytes (`Heap::due`), so it sees its own
    /// allocation exactly and another thread's up to `FLUSH_BYTES` late.
    fn flush_run_counts(&self, st: &MutatorState) {
        st.due_check.set(0);
        let blocks = st.in_use_pending.replace(0);
        if blocks != 0 {
            self.grow_in_use(blocks);
        }
        let bytes = st.run_bytes.replace(0);
        if bytes != 0 {
            self.allocated.fetch_add(bytes, Ordering::Relaxed);
            self.allocated_total
                .fetch_add(bytes as u64, Ordering::Relaxed);
            self.objects_since_gc
                .fetch_add(st.run_objects.replace(0), Ordering::Relaxed);
            self.runs
                .fetch_add(st.run_count.replace(0), Ordering::Relaxed);
        }
    }

    /// Records that mutator `st` allocates in block `b` until the next
    /// collection, which sweeps it (`touched`).
    #[inline]
    fn hand_out(&self, st: &MutatorState, b: usize) {
        let mut t = st.own_touched.take();
        t.push(b);
        st.own_touched.set(t);
    }

    fn alloc_large(&self, m: &Mutator, size: usize) -> *mut Header {
        self.collect_if_due(m);
        if !crate::budget::fits(size) {
            self.over_budget(m, size);
        }
        self.grow_in_use(size);
        let p = crate::range::alloc_large(size) as *mut Header;
        let mut inner = self.inner.lock().unwrap();
        inner.large.insert(p as usize, size);
        inner.young_large.push(p as usize);
        self.note_footprint(&inner);
        drop(inner);
        self.allocated.fetch_add(size, Ordering::Relaxed);
        self.allocated_total
            .fetch_add(size as u64, Ordering::Relaxed);
        self.objects_since_gc.fetch_add(1, Ordering::Relaxed);
        p
    }
    // --- The budget (`-X heap-max`, budget.rs) ---

    fn grow_in_use(&self, bytes: usize) {
        self.in_use.fetch_add(bytes, Ordering::Relaxed);
        crate::budget::heap_changed(bytes as isize);
    }

    /// An allocation of `bytes` that cannot fail would exceed the budget:
    /// collects (unless a MemoryError is already pending for this thread:
    /// one collection per poll interval, not one per block) and arms a
    /// MemoryError if it is still exceeded.
    #[cold]
    fn over_budget(&self, m: &Mutator, bytes: usize) {
        if m.memory_error_pending() {
            return;
        }
        if self.root_fn.get().is_some() {
            self.collect_from(m);
        }
        if !crate::budget::fits(bytes) {
            m.state
                .poll
                .fetch_or(crate::safepoint::POLL_MEMORY, Ordering::SeqCst);
        }
    }

    /// Asks for room for `bytes` more (native memory or objects) before
    /// allocating it: true if it fits under the budget, after a major
    /// collection if needed.  Nothing is reserved: the allocation that
    /// follows is counted when it happens.  Without a cap, false only for
    /// a request larger than the machine's physical memory
    /// (`budget::physical_memory`).
    pub fn reserve(&self, m: &Mutator, bytes: usize) -> bool {
        if bytes > crate::budget::physical_memory() {
            return false;
        }
        if crate::budget::fits(bytes) {
            return true;
        }
        if self.root_fn.get().is_some() {
            self.collect_from(m);
        }
        crate::budget::fits(bytes)
    }

    /// Bytes in use by this heap (non-empty blocks and large objects).
    pub fn in_use(&self) -> usize {
        self.in_use.load(Ordering::Relaxed)
    }

    // --- Collection ---

    /// Collects now (a major collection), from the given mutator's thread:
    /// stops every other mutator at a safepoint (or finds it in a safe
    /// region), collects, and lets them go.
    pub fn collect_from(&self, m: &Mutator) {
        self.collect_with(m, None, CollectionKind::Major, None, None);
    }

    /// `collect_from`, calling `f` during the pause, after marking, with
    /// the collection's cyclic garbage (`cyclic_garbage`): the addresses
    /// of dead objects, intact until `f` returns, and a function that
    /// lists what one of them refers to (as `referents`).  `f` must not
    /// allocate, take locks or write to the heap: the world is stopped.
    pub fn collect_from_finding_cycles(&self, m: &Mutator, f: &mut CyclicGarbageFn<'_>) {
        self.collect_with(m, None, CollectionKind::Major, None, Some(f));
    }

    /// A collection of the given kind now (tests, benchmarks).
    pub fn collect_kind_from(&self, m: &Mutator, kind: CollectionKind) {
        self.collect_with(m, None, kind, None, None);
    }

    /// The allocator's collection, if one is due: skipped if another
    /// thread collected after the count was read (while this one waited
    /// for the collector lock, or just before `due` looked: the count is
    /// read first, so a collection that reset the nursery meanwhile is
    /// seen by one test or the other, and two threads that find the
    /// nursery full at once collect once).
    fn collect_if_due(&self, m: &Mutator) {
        let before = self.collections.load(Ordering::SeqCst);
        let own = m.state.run_bytes.get();
        match self.due(own) {
            Ok(kind) => self.collect_with(m, Some(before), kind, None, None),
            Err(room) => m.state.due_check.set(own.saturating_add(room)),
        }
    }

    /// Every object alive after a major collection run for it, by address
    /// (blocks in the heap's order, then large objects), for introspection
    /// (`gc.get_objects`, `gc.get_referrers`).  The walk happens with the
    /// world still stopped after the collection: no object is half made
    /// and no allocation run is open.  The objects stay roots until
    /// `end_walk` is called with the result, so the caller may allocate
    /// while it uses them.  Slow: a full collection and a walk of the heap.
    pub fn walk_live_objects(&self, m: &Mutator) -> Arc<[usize]> {
        let mut out = Vec::new();
        self.collect_with(m, None, CollectionKind::Major, Some(&mut out), None);
        let walk: Arc<[usize]> = out.into();
        self.inner.lock().unwrap().walk_roots.push(walk.clone());
        walk
    }

    /// Ends a `walk_live_objects`: its objects are no longer roots.
    pub fn end_walk(&self, walk: &Arc<[usize]>) {
        self.inner
            .lock()
            .unwrap()
            .walk_roots
            .retain(|w| !Arc::ptr_eq(w, walk));
    }

    /// `walk_live_objects` after the collection, the world still stopped.
    fn walk_into(&self, out: &mut Vec<usize>) {
        let inner = self.inner.lock().unwrap();
        for &b in &inner.blocks {
            // SAFETY: a block of the heap; after a major collection its live
            // bits are exactly its objects, and no mutator runs.
            let bh = unsafe { &*block_of(b) };
            if bh.cell_size != 0 && bh.nlive != 0 {
                bh.for_each_live_in(0, BITMAP_WORDS * 64, |c| out.push(c));
            }
        }
        for &a in inner.large.keys() {
            // SAFETY: large objects are initialised objects owned by the heap.
            if unsafe { (*(a as *const Header)).is_marked() } {
                out.push(a);
            }
        }
    }

    fn collect_with(
        &self,
        m: &Mutator,
        skip_unless: Option<u64>,
        kind: CollectionKind,
        mut walk: Option<&mut Vec<usize>>,
        mut cyclic: Option<&mut CyclicGarbageFn<'_>>,
    ) {
        let done = || skip_unless.is_some_and(|b| self.collections.load(Ordering::SeqCst) != b);
        let Some(_collecting) = m.lock_collector(&done) else {
            return;
        };
        if done() {
            return;
        }
        let st = &*m.state;
        with_spilled_registers(&mut |sp| {
            st.saved_sp.store(sp, Ordering::SeqCst);
            let mut log = PauseLog::start();
            let threads = self.reg.threads.lock().unwrap();
            let stop = Instant::now();
            // While the others reach their safepoints, this thread does
            // what each of them does as it parks: retires its runs and
            // notes its stack's heap words (the collection's own frames are
            // below `sp`), so neither waits for the others to stop.
            self.reg.stop_others(&threads, st, || {
                self.retire_own_runs(st);
                note_stack_roots(st, sp);
            });
            let stop = stop.elapsed().as_nanos() as u64;
            self.stop_ns.fetch_add(stop, Ordering::Relaxed);
            self.stop_max_ns.fetch_max(stop, Ordering::Relaxed);
            log.phase("stop");
            self.retired.set_collecting(true);
            self.collect(&threads, st, kind, cyclic.take(), &mut log);
            if let Some(out) = walk.take() {
                self.walk_into(out);
            }
            self.retired.set_collecting(false);
            log.phase("retired_frees");
            if self.has_finalization_work() {
                st.poll.fetch_or(POLL_FINALIZE, Ordering::SeqCst);
            }
            self.reg.resume_others(&threads);
            drop(threads);
            log.phase("resume");
            log.finish(if kind == CollectionKind::Major {
                "major"
            } else {
                "minor"
            });
            st.saved_sp.store(0, Ordering::SeqCst);
        });
    }

    /// The collection proper; every mutator in `threads` is stopped (this
    /// thread in the collector, the others parked or in safe regions).
    /// `cyclic`, with a major collection: called after marking with the
    /// cyclic garbage (`cyclic_garbage`).
    fn collect(
        &self,
        threads: &[Arc<MutatorState>],
        me: &MutatorState,
        kind: CollectionKind,
        cyclic: Option<&mut CyclicGarbageFn<'_>>,
        log: &mut PauseLog,
    ) {
        let start = Instant::now();
        let major = kind == CollectionKind::Major;
        let mut inner = self.inner.lock().unwrap();
        log.phase("lock");
        // Retire every mutator's runs (`retire_runs`); the parked ones
        // retired theirs as they parked, and this one as it stopped them
        // (`retire_own_runs`).
        // A thread that stayed in a safe region since a collection retired
        // it has nothing more to retire (`MutatorState::safe_noted`).
        let noted = |ms: &MutatorState| {
            ms.status.load(Ordering::SeqCst) == SAFE && ms.safe_noted.load(Ordering::SeqCst)
        };
        let mut unused_cells = self.parked_unused.swap(0, Ordering::Relaxed);
        for ms in threads {
            if ms.status.load(Ordering::SeqCst) != PARKED && !std::ptr::eq(&**ms, me) && !noted(ms)
            {
                unused_cells += self.retire_runs(ms);
            }
        }
        // The blocks each mutator took since the last collection are swept
        // with the others (a minor collection sweeps only these); the ones
        // that come out empty or partial go back to it, up to its share of
        // the nursery.  In a minor collection a mutator parked at a
        // safepoint does that itself on its own range of `touched`
        // (`sweep_by_owners`, `keep_own_blocks`) and keeps its own lists,
        // and so does this thread, the collector, on its range (refilled
        // from the heap's lists instead, by `refill_own_blocks`, which
        // passes over the whole empty list: the allocation probe's minor
        // pause was 3.8-3.9 us against 3.5 with one thread, 7.1-7.5
        // against 6.2-6.8 with two); for the others (threads in safe
        // regions, every thread in a major collection) the collector does it
        // (`refill_own_blocks`), and their own partial blocks go back to
        // the heap's lists for the sweep, candidates for the refill too.
        // An owner keeps its partial blocks with aged cells too; those go
        // back to the heap's lists now, for `sweep_aging_too` (a block the
        // collector sweeps must be in no own list).  Only the owner's list
        // of an aging block's space is looked at, and written only when it
        // holds the block: the lists are the owner's lines (all of them,
        // taken and set back, were a tenth of a two-thread minor pause).
        let aging_spaces: Vec<(usize, usize)> = if major {
            Vec::new()
        } else {
            inner
                .aging
                .iter()
                // SAFETY: an aging block is an initialised block of the
                // heap (its sweep reads its header anyway); the world is
                // stopped.
                .map(|&b| (unsafe { (*block_of(b)).space }, b))
                .collect()
        };
        let mut owned: Vec<(&MutatorState, std::ops::Range<usize>)> = Vec::new();
        let took: Vec<Option<Vec<usize>>> = threads
            .iter()
            .map(|ms| {
                if noted(ms) {
                    // Its lists are empty (given back when it was noted).
                    return None;
                }
                let mut t = ms.own_touched.take();
                self.blocks_taken
                    .fetch_add(t.len() as u64, Ordering::Relaxed);
                let start = inner.touched.len();
                inner.touched.extend_from_slice(&t);
                let me_or_parked =
                    std::ptr::eq(&**ms, me) || ms.status.load(Ordering::SeqCst) == PARKED;
                if !major && me_or_parked {
                    if !t.is_empty() {
                        owned.push((ms, start..inner.touched.len()));
                    }
                    for &(space, b) in &aging_spaces {
                        let list = &ms.own_partial[space];
                        // SAFETY: the owner is parked or this thread:
                        // nothing else writes its lists now.
                        if !unsafe { &*list.as_ptr() }.contains(&b) {
                            continue;
                        }
                        let mut l = list.take();
                        l.retain(|&x| x != b);
                        list.set(l);
                        // SAFETY: `b` is a partial block of the heap that
                        // was in this mutator's own list; the world is
                        // stopped.
                        unsafe { (*block_of(b)).own = 0 };
                        inner.partial[space].push(b);
                    }
                    return None;
                }
                for (space, list) in ms.own_partial.iter().enumerate() {
                    for b in list.take() {
                        // SAFETY: `b` is a partial block of the heap from
                        // this mutator's own list; the world is stopped.
                        unsafe { (*block_of(b)).own = 0 };
                        inner.partial[space].push(b);
                        t.push(b);
                    }
                }
                Some(t)
            })
            .collect();
        // The blocks with aged cells are swept too: by a minor collection
        // with the blocks allocated in (it promotes or frees their aged
        // cells), by a major one with all the others (it promotes them, and
        // counts them promoted: `aged_masks`).
        let aging = std::mem::take(&mut inner.aging);
        let mut aged_masks = HashMap::new();
        if major {
            for b in aging {
                // SAFETY: `b` is a block of the heap with aged cells (live
                // bits without mark bits); the world is stopped.
                let bh = unsafe { &*block_of(b) };
                let mut m = [0u64; BITMAP_WORDS];
                for (wi, w) in m.iter_mut().enumerate() {
                    *w = bh.live[wi] & !bh.mark[wi];
                }
                aged_masks.insert(b, m);
            }
        } else if !aging.is_empty() {
            Self::sweep_aging_too(&mut inner, &self.partial_len, aging);
        }
        log.phase("retire");
        if major {
            // Marks are sticky (they say "old"): a major collection starts
            // by clearing them, in time proportional to the live objects.
            self.clear_marks(&inner);
        }
        log.phase("clear_marks");
        let aging = !major && self.aging_now();
        let mut tracer = Tracer::new(&inner, self.verify, !aging);
        tracer.minor = !major;
        let dirty_cards = if major {
            Vec::new()
        } else {
            // Before any marking: here a set MARK bit still means "old".
            Self::scan_dirty_cards(&inner, &mut tracer)
        };
        log.phase("cards");
        log.note("dirty_card_words", dirty_cards.len());
        log.note("blocks", inner.blocks.len());
        log.note("touched", inner.touched.len());
        self.drain(&mut tracer, major, log);
        log.phase("drain_cards");
        log.note("remembered", tracer.remembered_count);
        // The root function first: it scans the frames that are roots
        // (`Tracer::scan`), which must not be greyed through a conservative
        // word before.
        for &h in inner
            .permanent
            .iter()
            .chain(inner.walk_roots.iter().flat_map(|w| w.iter()))
        {
            tracer.mark(h as u64);
        }
        if let Some(f) = self.root_fn.get() {
            f(&mut tracer);
        }
        log.phase("roots");
        for ms in threads {
            let sp = ms.saved_sp.load(Ordering::SeqCst);
            if sp == 0 {
                continue;
            }
            // Conservative roots: the thread's native stack, or for a parked
            // thread (and this one) the words of its stack that it found in
            // the heap's range as it parked (`note_stack_roots`).
            let status = ms.status.load(Ordering::SeqCst);
            if tracer.quiet_state(ms) {
                // Its noted words lead to old objects only.
            } else if status == PARKED || std::ptr::eq(&**ms, me) || noted(ms) {
                // SAFETY: the owner is parked: it wrote the list before it
                // stored PARKED (which this thread read) and does not
                // touch it until it resumes; or it is this thread; or the
                // list was written by a collector while the owner was in
                // the safe region it has not left since.
                for &w in unsafe { &*ms.stack_roots.as_ptr() } {
                    tracer.mark_conservative(w);
                }
            } else if status == SAFE {
                // Noted for the next collections (`safe_noted`, set below).
                // SAFETY: the owner is in a safe region, where it does not
                // touch its `stack_roots` (only `Mutator::park` writes it).
                let roots = unsafe { &mut *ms.stack_roots.as_ptr() };
                roots.clear();
                for_each_heap_word(sp, ms.stack_base, |w| roots.push(w));
                for &w in roots.iter() {
                    tracer.mark_conservative(w);
                }
            } else {
                for_each_heap_word(sp, ms.stack_base, |w| tracer.mark_conservative(w));
            }
            if let Some((data, trace)) = ms.pending.get() {
                // SAFETY: `data` is the payload the allocating caller passed
                // to `Mutator::alloc`, alive on its stack for the whole call.
                unsafe { trace(data, &mut tracer) };
            }
        }
        let mut fin = self.fin.lock().unwrap();
        for &h in fin.cleared.iter().chain(&fin.to_finalize) {
            tracer.mark(h as u64);
        }
        log.phase("stacks");
        self.drain(&mut tracer, major, log);
        log.phase("drain");
        if let Some(f) = cyclic
            && major
        {
            let garbage = Self::cyclic_garbage(&inner);
            let referents = |h: usize| {
                // SAFETY: `f` lists only the objects it was given, dead
                // ones, intact until the sweep below.
                unsafe { list_referents(&inner, h as *const Header) }
            };
            f(&garbage, &referents);
            log.phase("cyclic");
        }
        self.process_weak_and_finalizers(&mut tracer, &mut fin, major);
        drop(fin);
        if let Some(f) = self.weak_table_fn.get() {
            f(major);
        }
        log.phase("weak");
        let scanned = std::mem::take(&mut tracer.scanned);
        drop(tracer);
        let allocated = self.objects_since_gc.swap(0, Ordering::Relaxed);
        let before = self.live_objects.load(Ordering::Relaxed) + allocated - unused_cells;
        let share = self.nursery_share(threads);
        let s = self.sweep(&mut inner, major, &aged_masks, &owned, me, share, log);
        log.phase("sweep");
        if self.verify && !major {
            Self::verify_old_objects(&inner, scanned);
        }
        let own = self.refill_own_blocks(&mut inner, threads, took, share);
        for ms in threads {
            // Retired, its lists given back, its stack noted above.
            if ms.status.load(Ordering::SeqCst) == SAFE && ms.saved_sp.load(Ordering::SeqCst) != 0 {
                // Noted before this collection: it spent all of it in the
                // region (the region is left only between collections).
                let q = if ms.safe_noted.swap(true, Ordering::SeqCst) {
                    (ms.quiet.load(Ordering::Relaxed) + 1).min(QUIET)
                } else {
                    1
                };
                ms.quiet.store(q, Ordering::Relaxed);
            }
        }
        log.phase("refill");
        let in_use = (inner.blocks.len() - inner.empty.len() - own) * BLOCK_SIZE
            + inner.large.values().sum::<usize>();
        let was = self.in_use.swap(in_use, Ordering::Relaxed);
        crate::budget::heap_changed(in_use as isize - was as isize);
        crate::budget::after_collection();
        log.phase("budget");
        if major {
            Self::clear_all_cards(&inner);
        } else {
            Self::clear_dirty_cards(&inner, &dirty_cards);
        }
        log.phase("clear_cards");
        inner.touched.clear();
        inner.young_large.clear();
        self.live_objects.store(s.live_objects, Ordering::Relaxed);
        let freed = before.saturating_sub(s.live_objects);
        if major {
            self.freed_major.fetch_add(freed, Ordering::Relaxed);
        }
        self.freed_objects.fetch_add(freed, Ordering::Relaxed);
        self.live_after_gc.store(s.live_bytes, Ordering::Relaxed);
        self.old_after_gc.store(s.old_bytes, Ordering::Relaxed);
        let aged_before = self.aged_after_gc.swap(s.aged_bytes, Ordering::Relaxed);
        if aging
            && self.stress == 0
            && aged_before >= AGING_SAMPLE
            && s.aged_survived_bytes > aged_before / 2
        {
            self.aging_pause.store(AGING_PAUSE, Ordering::Relaxed);
        }
        if major {
            self.live_after_major.store(s.live_bytes, Ordering::Relaxed);
            self.external_since_major.store(0, Ordering::Relaxed);
        }
        self.note_fragmentation(&inner, major);
        self.promoted
            .fetch_add(s.promoted_bytes as u64, Ordering::Relaxed);
        let nursery_used = self.allocated.swap(0, Ordering::Relaxed);
        let cards_dirtied = crate::range::reset_cards_dirtied();
        // After the reset of `allocated` (see `collect_if_due`).
        self.collections.fetch_add(1, Ordering::SeqCst);
        drop(inner);
        log.phase("end");
        log.note("cards_dirtied", cards_dirtied);
        log.note("allocated", nursery_used);
        log.note("promoted", s.promoted_bytes);
        log.note("aged", s.aged_bytes);
        log.note("dropped", s.dropped_bytes);
        log.note("live", s.live_bytes);
        let pause = start.elapsed().as_nanos() as u64;
        if major {
            self.major_pauses.lock().unwrap().push(pause);
        } else {
            self.minor_pauses.lock().unwrap().push(pause);
        }
    }

    /// The dead objects that reference counting could not have freed: the
    /// ones on a cycle of dead objects and the dead objects one of those
    /// reaches (what CPython's collector finds unreachable in a full
    /// collection, its other garbage being freed by reference counts
    /// first), by address in heap order.  Called in a major collection
    /// after marking: the objects without a mark bit are dead.  Time and
    /// memory grow with the dead objects and their references (each is
    /// traced once, then Tarjan's algorithm finds the cycles).
    fn cyclic_garbage(inner: &HeapInner) -> Vec<usize> {
        const NONE: u32 = u32::MAX;
        let base = crate::range::RANGE_BASE.load(Ordering::Relaxed);
        // The dead objects, numbered: a dead cell's number is found through
        // its block's ordinal in the range (`first`, into `cell_node`, one
        // entry per cell of the blocks with dead cells), a dead large
        // object's in `large`.
        let mut dead = Vec::new();
        let mut first: Vec<u32> = Vec::new();
        let mut cell_node: Vec<u32> = Vec::new();
        for &b in &inner.blocks {
            // SAFETY: a block of the heap; marking is over and the world is
            // stopped, so its bitmaps and frontier are stable.
            let bh = unsafe { &*block_of(b) };
            if bh.cell_size == 0 {
                continue;
            }
            let from = dead.len();
            bh.for_each_dead(|c| dead.push(c));
            if dead.len() == from {
                continue;
            }
            let ord = (b - base) / BLOCK_SIZE;
            if first.len() <= ord {
                first.resize(ord + 1, NONE);
            }
            first[ord] = cell_node.len() as u32;
            let cells = cell_node.len();
            cell_node.resize(cells + bh.ncells, NONE);
            for (i, &c) in dead[from..].iter().enumerate() {
                cell_node[cells + (c - bh.cell(0)) / bh.cell_size] = (from + i) as u32;
            }
        }
        let mut large = HashMap::new();
        for &a in inner.large.keys() {
            // SAFETY: large objects are initialised objects owned by the heap.
            if !unsafe { (*(a as *const Header)).is_marked() } {
                large.insert(a, dead.len() as u32);
                dead.push(a);
            }
        }
        let node_of = |w: u64| -> Option<u32> {
            let w = w as usize;
            if w == 0 || w & 7 != 0 {
                return None;
            }
            let block = w & !(BLOCK_SIZE - 1);
            if w.wrapping_sub(base) < crate::range::RANGE_SIZE && inner.has_block(block) {
                let f = *first.get((block - base) / BLOCK_SIZE)?;
                if f == NONE {
                    return None;
                }
                // SAFETY: a block of this heap with dead cells (`first`).
                let bh = unsafe { &*block_of(block) };
                let off = w.checked_sub(bh.cell(0))?;
                if off % bh.cell_size != 0 || off / bh.cell_size >= bh.ncells {
                    return None;
                }
                let n = cell_node[f as usize + off / bh.cell_size];
                (n != NONE).then_some(n)
            } else {
                large.get(&w).copied()
            }
        };
        // The references between dead objects, as adjacency lists: node
        // i's successors are succ[start[i]..start[i + 1]].
        let mut start = Vec::with_capacity(dead.len() + 1);
        let mut succ = Vec::new();
        let mut t = Tracer::new(inner, true, false);
        t.checking = true;
        let mut words = Vec::new();
        for &h in &dead {
            start.push(succ.len() as u32);
            words.clear();
            t.listing = Some(words);
            // SAFETY: a dead object is intact until the sweep (no
            // destructor has run); in listing mode `mark` only records.
            unsafe { ((*(*(h as *const Header)).meta).trace)(h as *const Header, &mut t) };
            words = t.listing.take().unwrap_or_default();
            succ.extend(words.iter().filter_map(|&w| node_of(w)));
        }
        start.push(succ.len() as u32);
        let edges = |v: u32| &succ[start[v as usize] as usize..start[v as usize + 1] as usize];
        // An object already finalized was found unreachable before, with
        // its cycle (it was kept for its finalizer), and is not new garbage.
        let finalized: Vec<bool> = dead
            .iter()
            // SAFETY: dead objects are intact until the sweep.
            .map(|&h| unsafe { (*(h as *const Header)).is_finalized() })
            .collect();
        let cyclic = strongly_connected_cycles(dead.len(), &edges, &|v| finalized[v as usize]);
        // Everything a cycle reaches.
        let mut reached = cyclic;
        let mut todo: Vec<u32> = (0..dead.len() as u32)
            .filter(|&v| reached[v as usize])
            .collect();
        while let Some(v) = todo.pop() {
            for &w in edges(v) {
                if !reached[w as usize] {
                    reached[w as usize] = true;
                    todo.push(w);
                }
            }
        }
        dead.iter()
            .zip(reached.iter().zip(&finalized))
            .filter_map(|(&h, (&r, &f))| (r && !f).then_some(h))
            .collect()
    }

    /// Traces the grey objects and everything they reach: alone, or, once
    /// `parallel_min` objects are traced and grey objects are left, with
    /// helper markers (`markers.rs`).
    fn drain(&self, tracer: &mut Tracer, major: bool, log: &mut PauseLog) {
        let markers = self.markers.load(Ordering::Relaxed);
        if markers <= 1 {
            tracer.drain();
            return;
        }
        if tracer.drain_up_to(self.parallel_min.load(Ordering::Relaxed)) {
            return;
        }
        let (helpers, steals) = crate::markers::drain_parallel(tracer, markers);
        log.phase("parallel_drain");
        Self::recount_marks(tracer.inner, major);
        log.phase("recount");
        self.parallel_drains.fetch_add(1, Ordering::Relaxed);
        self.helpers_joined
            .fetch_add(helpers as u64, Ordering::Relaxed);
        self.steals.fetch_add(steals as u64, Ordering::Relaxed);
        log.note("helpers", helpers);
        log.note("steals", steals);
    }

    /// After a parallel drain, which sets mark bits without counting them
    /// (`claim_mark_bit`): sets each block's mark count to the population
    /// count of its mark bitmap (64 words), in every block for a major
    /// collection, in the blocks allocated in since the last one for a
    /// minor collection (the only ones with unmarked objects: every
    /// other block holds old objects and free cells).  A few tens of
    /// microseconds for a heap of 2,000 blocks, against an atomic add per
    /// object marked.
    /// Start of a minor collection: adds the blocks with aged cells
    /// (`aging`) that no mutator allocated in since the last collection to
    /// `touched`, the blocks it sweeps; those in a partial list leave it
    /// (the sweep files every block it sweeps again).
    fn sweep_aging_too(inner: &mut HeapInner, partial_len: &[AtomicUsize], aging: Vec<usize>) {
        // A hash set of the touched blocks (a hundred or more) cost a
        // microsecond or two of every minor collection, when the aging
        // blocks are a handful; so did a sorted copy with two threads (128
        // blocks: 0.8 of a 9 us pause).  A handful is looked up by linear
        // scans, more by binary searches in a sorted copy.
        let mut extra: Vec<usize> = if aging.len() <= AGING_SCAN_MAX {
            aging
                .into_iter()
                .filter(|b| !inner.touched.contains(b))
                .collect()
        } else {
            let mut touched = inner.touched.clone();
            touched.sort_unstable();
            aging
                .into_iter()
                .filter(|b| touched.binary_search(b).is_err())
                .collect()
        };
        if extra.is_empty() {
            return;
        }
        extra.sort_unstable();
        for (list, len) in inner.partial.iter_mut().zip(partial_len) {
            list.retain(|b| extra.binary_search(b).is_err());
            len.store(list.len(), Ordering::Relaxed);
        }
        inner.touched.extend(extra);
    }

    fn recount_marks(inner: &HeapInner, major: bool) {
        let blocks = if major { &inner.blocks } else { &inner.touched };
        for &b in blocks {
            // SAFETY: every entry of `blocks` and `touched` is a block of
            // the heap, initialised when its cell size is non-zero; the
            // markers are done (`drain_parallel` returned).
            unsafe {
                let bh = &mut *block_of(b);
                if bh.cell_size != 0 {
                    bh.marked = bh.mark.iter().map(|w| w.count_ones() as usize).sum();
                }
            }
        }
    }

    /// At the end of a collection (every mutator's run counts flushed):
    /// decides whether the next collection is major because old objects
    /// fragment the blocks the mutators allocate in.  A stale word on a
    /// native stack (conservative scanning) makes a dead object old at a
    /// minor collection, and only a major collection frees it; the
    /// promoted bytes that trigger a major collection grow by a few words
    /// a collection this way, but each such object splits a free run of
    /// the block it lies in, and every run costs a trip through the
    /// allocation slow path.  So the extra runs since the last major
    /// collection (beyond one per block handed out) are counted, priced at
    /// `RUN_COST` bytes of marking each, and a major collection is due
    /// when they cost more than one would (the old generation it marks, dead
    /// old objects included, plus
    /// `MAJOR_BLOCK_COST` per block it sweeps).  If the runs are split by
    /// live objects, the major collection frees nothing and the count
    /// starts again: at worst the heap pays as much for these major
    /// collections as it paid for the runs.
    fn note_fragmentation(&self, inner: &HeapInner, major: bool) {
        let extra = self
            .runs
            .load(Ordering::Relaxed)
            .saturating_sub(self.blocks_taken.load(Ordering::Relaxed));
        if major {
            self.extra_runs_at_major.store(extra, Ordering::Relaxed);
            self.defrag_due.store(false, Ordering::Relaxed);
            return;
        }
        let since = extra.saturating_sub(self.extra_runs_at_major.load(Ordering::Relaxed));
        let major_cost =
            self.live_after_gc.load(Ordering::Relaxed) + inner.blocks.len() * MAJOR_BLOCK_COST;
        self.defrag_due
            .store(since as usize * RUN_COST > major_cost, Ordering::Relaxed);
    }

    /// After the sweep: gives each mutator that will allocate again (the
    /// collector, and the parked ones in a major collection; in a minor one
    /// those kept their blocks themselves, `keep_own_blocks`) the blocks it
    /// allocated in since the last collection that are empty now, the most
    /// recently taken ones up to its share of the nursery and `KEEP_MARGIN`
    /// (`recent_share`), in the order it took them (it pops the last
    /// first: the most recently written, likeliest still in its core's
    /// cache); a mutator in a safe region (blocked, sleeping, or not
    /// allocating at all) gives its own blocks back to the heap.  Returns the number of blocks in all own empty lists.  Before, every block went back to one list of the heap, and
    /// two threads each wrote blocks the other core wrote last: a working
    /// set of both nurseries for each core, and the heap lock once per
    /// 64 KiB block.
    fn refill_own_blocks(
        &self,
        inner: &mut HeapInner,
        threads: &[Arc<MutatorState>],
        took: Vec<Option<Vec<usize>>>,
        share: usize,
    ) -> usize {
        let mut own_total = 0;
        let mut returned = false;
        let mut partial_taken = false;
        for (ms, took) in threads.iter().zip(took) {
            let Some(took) = took else {
                // Refilled by its owner (`keep_own_blocks`: a parked
                // thread, or this one in a minor collection), or a thread
                // noted in a safe region (its list is empty): its list is
                // only counted, not written (the line is the owner's).
                // SAFETY: the owner is this thread, or parked and done
                // with its part of the sweep (`sweep_by_owners` waited for
                // it), or in its safe region: nothing else writes the list
                // now.
                own_total += unsafe { (*ms.own_empty.as_ptr()).len() };
                continue;
            };
            let mut own = ms.own_empty.take();
            // SAFE or HELD: in a safe region (PARKED and the collector's
            // RUNNING allocate next).
            let status = ms.status.load(Ordering::SeqCst);
            if status == SAFE || status == HELD {
                for b in own.drain(..) {
                    // SAFETY: `b` is an empty block of the heap from this
                    // mutator's own list; the world is stopped.
                    unsafe { (*block_of(b)).own = 0 };
                    inner.empty.push(b);
                }
            } else {
                let room = |b: usize| {
                    // SAFETY: `b` is a block of the heap, swept above; the
                    // world is stopped.
                    let bh = unsafe { &*block_of(b) };
                    if bh.own != 0 {
                        None
                    } else if bh.cell_size == 0 {
                        Some(BLOCK_SIZE)
                    } else if bh.nlive < bh.ncells {
                        Some((bh.ncells - bh.nlive) * bh.cell_size)
                    } else {
                        None
                    }
                };
                let kept = own.len() * BLOCK_SIZE;
                let from = recent_share(took.len(), kept, share, |i| room(took[i]));
                for &b in &took[from..] {
                    if room(b).is_none() {
                        continue;
                    }
                    // SAFETY: as in `room`.
                    let bh = unsafe { &mut *block_of(b) };
                    bh.own = 1;
                    if bh.cell_size == 0 {
                        own.push(b);
                        returned = true;
                    } else {
                        // Partial: in the heap's list of its space now.
                        let mut p = ms.own_partial[bh.space].take();
                        p.push(b);
                        ms.own_partial[bh.space].set(p);
                        partial_taken = true;
                    }
                }
            }
            own_total += own.len();
            ms.own_empty.set(own);
        }
        if returned {
            // SAFETY: every entry of `empty` is a block of the heap.
            inner.empty.retain(|&b| unsafe { (*block_of(b)).own == 0 });
        }
        if partial_taken {
            for (list, len) in inner.partial.iter_mut().zip(&self.partial_len) {
                // SAFETY: every entry of `partial` is a block of the heap.
                list.retain(|&b| unsafe { (*block_of(b)).own == 0 });
                len.store(list.len(), Ordering::Relaxed);
            }
        }
        own_total
    }

    /// Retires mutator `ms`'s runs for a collection: the unused rest of a
    /// run holds no objects, so its block's frontier drops to the cursor;
    /// its counters are flushed and its pending `in_use` growth dropped
    /// (the collection recomputes `in_use` from the block lists).  Returns
    /// the cells left unused.  `ms` is stopped (or is the calling thread):
    /// nothing else writes its runs.
    fn retire_runs(&self, ms: &MutatorState) -> u64 {
        let mut unused = 0;
        ms.in_use_pending.set(0);
        self.flush_run_counts(ms);
        for (space, run) in ms.runs.iter().enumerate() {
            let b = ms.block[space].get();
            if b != 0 {
                // SAFETY: the mutator owns block `b`, an initialised block.
                unsafe { (*block_of(b)).frontier = run.cursor.get() };
                unused += ((run.limit.get() - run.cursor.get()) / SPACE_SIZES[space]) as u64;
            }
            run.cursor.set(0);
            run.limit.set(0);
            ms.block[space].set(0);
        }
        unused
    }

    /// Called by a mutator's own thread as it parks for a collection
    /// (`Mutator::park`, before it stores PARKED), and by the collector for
    /// itself while the others stop (`collect_with`): retires its runs, so
    /// that the collector does not write the runs, block slots and
    /// counters of the other threads (lines their owners read again at
    /// their next allocation: with two threads, a tenth of a minor pause).
    /// A parked thread allocates nothing until the collection is over.
    pub(crate) fn retire_own_runs(&self, st: &MutatorState) {
        let unused = self.retire_runs(st);
        self.parked_unused.fetch_add(unused, Ordering::Relaxed);
    }

    /// The nursery's share of one running mutator (as in `due`), in free
    /// bytes, for the blocks a mutator keeps after a collection
    /// (`refill_own_blocks`, `keep_own_blocks`): partial blocks count for
    /// their free cells only, so a thread whose blocks are fragmented by
    /// old objects keeps as much room of its own as one whose blocks are
    /// empty.
    fn nursery_share(&self, threads: &[Arc<MutatorState>]) -> usize {
        let running = threads
            .iter()
            .filter(|ms| !matches!(ms.status.load(Ordering::SeqCst), SAFE | HELD))
            .count()
            .clamp(1, crate::safepoint::cores());
        (self.old_after_gc.load(Ordering::Relaxed) / 2 / running).clamp(NURSERY, NURSERY_MAX)
    }

    /// Clears the MARK bits and mark bitmaps of every live object (the
    /// start of a major collection): a load and a store per object, most
    /// of them cache misses (40% of the pause of a major collection of
    /// 2.5 million objects), so a heap of `PARALLEL_CLEAR_MIN` blocks or
    /// more is split among the markers by chunks of blocks
    /// (`markers::in_parallel`; each object lies in one block).
    fn clear_marks(&self, inner: &HeapInner) {
        let markers = self.markers.load(Ordering::Relaxed);
        if markers > 1 && inner.blocks.len() >= PARALLEL_CLEAR_MIN {
            crate::markers::in_parallel(&inner.blocks, markers, CLEAR_CHUNK, &|_, bs| {
                Self::clear_block_marks(bs)
            });
        } else {
            Self::clear_block_marks(&inner.blocks);
        }
        for &a in inner.large.keys() {
            // SAFETY: large objects are initialised objects owned by the heap.
            unsafe { (*(a as *const Header)).clear_word_bits(bits::MARK) };
        }
    }

    /// `clear_marks` of the small objects of `blocks`.
    fn clear_block_marks(blocks: &[usize]) {
        for &b in blocks {
            // SAFETY: every entry of `blocks` is a block whose header is
            // initialised when its cell size is non-zero; marked cells hold
            // objects (marks are only set on objects).  In `in_parallel`
            // each block is in one chunk, so one thread writes its header
            // and its objects' MARK bits.
            unsafe {
                let bh = &mut *block_of(b);
                if bh.cell_size == 0 {
                    continue;
                }
                if bh.marked == 0 {
                    continue;
                }
                bh.for_each_marked(|c| (*(c as *const Header)).clear_word_bits(bits::MARK));
                bh.mark = [0; BITMAP_WORDS];
                bh.marked = 0;
            }
        }
    }

    /// Minor collection: traces the contents of every old object that
    /// overlaps a dirty card (cells whose live and mark bits are set, large objects
    /// whose MARK bit is set; called before any marking).  Returns the
    /// addresses of the words of the blocks' card table that are not zero
    /// (eight cards each), for `clear_dirty_cards`.
    fn scan_dirty_cards(inner: &HeapInner, tracer: &mut Tracer) -> Vec<usize> {
        let mut dirty = Vec::new();
        const CARDS_PER_BLOCK: usize = BLOCK_SIZE / crate::range::CARD_SIZE;
        // Old large objects first: a large object is old when its MARK bit
        // is set, and tracing marks young objects (small ones are judged
        // by their live bits, which marking does not change).
        let old_large: Vec<usize> = inner
            .large
            .iter()
            .filter(|&(&a, &size)| {
                // SAFETY: a large object is an initialised object in the range.
                let old = unsafe { (*(a as *const Header)).is_marked() };
                old && crate::range::any_dirty(a, size)
            })
            .map(|(&a, _)| a)
            .collect();
        for a in old_large {
            tracer.trace_remembered(a as *const Header);
        }
        // The old cells of one block's dirty cards (reused across blocks).
        let mut old_cells: Vec<usize> = Vec::new();
        for &b in &inner.blocks {
            // SAFETY: as in `clear_marks`; the cards of a block lie in the
            // card table (blocks are in the heap's range) and are 8-aligned
            // (blocks are 64 KiB aligned); the mutators are stopped.
            unsafe {
                // The block's dirty byte first, then its cards: a block
                // whose cards are clean, most of them, is skipped without
                // reading its header (a cache and TLB miss per block of the
                // heap at every minor collection) or its 128 card bytes (2
                // MiB of card table per minor collection of a 1 GiB heap;
                // with two threads, a tenth of the pause of a small one).
                // The byte is cleared here, the cards with the others at
                // the end of the collection: nothing dirties a card between.
                if !crate::range::block_maybe_dirty(b) {
                    continue;
                }
                crate::range::clear_block_dirty(b);
                let cards = crate::range::card_of(b) as *const u64;
                if (0..CARDS_PER_BLOCK / 8).all(|wi| cards.add(wi).read() == 0) {
                    continue;
                }
                let bh = &*block_of(b);
                if bh.cell_size == 0 || bh.nold == 0 {
                    // No old object: a block allocated in since the last
                    // collection, whose young objects were written (the
                    // barrier marks cards without old objects, uncounted:
                    // `range::clean_card`), one of aged objects, or an
                    // empty block.
                    // Only the card words are recorded, for clearing.
                    dirty.extend(
                        (0..CARDS_PER_BLOCK / 8)
                            .filter(|&wi| cards.add(wi).read() != 0)
                            .map(|wi| cards.add(wi) as usize),
                    );
                    continue;
                }
                // The first granule not yet looked at: a cell that overlaps
                // two dirty cards is traced once.
                let mut next_g = 0;
                for wi in 0..CARDS_PER_BLOCK / 8 {
                    let w = cards.add(wi).read();
                    if w == 0 {
                        continue;
                    }
                    dirty.push(cards.add(wi) as usize);
                    for k in 0..8 {
                        if (w >> (k * 8)) & 0xff == 0 {
                            continue;
                        }
                        let card = b + (wi * 8 + k) * crate::range::CARD_SIZE;
                        let lo = card.max(b + BLOCK_HEADER);
                        let hi = card + crate::range::CARD_SIZE;
                        if hi <= lo {
                            continue;
                        }
                        // The cells overlapping the card are those that
                        // start from the cell holding `lo` up to `hi`
                        // (exclusive): their bits lie in the granules from
                        // that cell's start to `hi`'s.  Only the old cells'
                        // bits are visited (live and mark: an old cell has
                        // its bits at the granule where it starts, see
                        // `for_each_marked`), not every cell: most cards of
                        // a block with old objects hold few of them, or
                        // none.  (An aged cell that the tracing of another
                        // card marked already passes too: it is traced
                        // twice, and it is promoted anyway.)
                        let first = (lo - b - BLOCK_HEADER) / bh.cell_size;
                        if first >= bh.ncells {
                            continue;
                        }
                        let g_lo = ((bh.cell(first) - b) / GRANULE).max(next_g);
                        let g_hi = (hi - b) / GRANULE;
                        bh.for_each_bit_in(
                            |wi| bh.live[wi] & bh.mark[wi],
                            g_lo,
                            g_hi,
                            |c| old_cells.push(c),
                        );
                        next_g = next_g.max(g_hi);
                    }
                }
            }
            // Traced after the header's borrow ends: tracing sets mark
            // bits in this block too (a young object allocated beside an
            // old one), through a mutable view of its header.
            for c in old_cells.drain(..) {
                tracer.trace_remembered(c as *const Header);
            }
        }
        dirty
    }

    /// Verify mode, after a minor collection's sweep: every reference held
    /// by an old object (reachable or not) must lead to an object that was
    /// not freed, and, unless the holder was scanned as a root in this
    /// collection (`scanned`: the interpreter's running frames), to an old
    /// one (docs/GC.md, "Aging": at the next collection only the dirty
    /// cards and the roots lead to young objects).  Stronger than
    /// re-marking from the roots: with this and the marking itself,
    /// every object reachable from the roots survived, and no old object
    /// (which a conservative root may revive at a later major collection)
    /// refers to a freed cell.
    fn verify_old_objects(inner: &HeapInner, scanned: Vec<*const Header>) {
        let mut tracer = Tracer::new(inner, true, false);
        tracer.checking = true;
        let roots: HashSet<usize> = scanned.into_iter().map(|h| h as usize).collect();
        let mut check = |h: *const Header| {
            tracer.parent = h;
            tracer.root_scanned = roots.contains(&(h as usize));
            // SAFETY: `h` is an old object (mark bit set, or an old large
            // object), initialised and not freed.
            unsafe { ((*(*h).meta).trace)(h, &mut tracer) };
        };
        for &b in &inner.blocks {
            // SAFETY: as in `clear_marks`; old cells hold objects.
            let bh = unsafe { &*block_of(b) };
            if bh.cell_size != 0 && bh.nold != 0 {
                bh.for_each_marked(|c| check(c as *const Header));
            }
        }
        for &a in inner.large.keys() {
            // SAFETY: large objects are initialised objects owned by the heap.
            if unsafe { (*(a as *const Header)).is_marked() } {
                check(a as *const Header);
            }
        }
    }

    /// After a minor collection: clears the block card words that
    /// `scan_dirty_cards` found set (no barrier runs while the world is
    /// stopped, so every other card of a block is clean), and the cards of
    /// every large object.  Clearing every block's cards instead wrote the
    /// whole card table (128 bytes per block) at each collection: with two
    /// threads collecting in turn, its lines moved from core to core at
    /// every collection, and the next `scan_dirty_cards` read them from
    /// the other core's cache.  Clean lines stay shared.
    fn clear_dirty_cards(inner: &HeapInner, dirty: &[usize]) {
        for &w in dirty {
            // SAFETY: `w` is an 8-aligned word of the card table (the cards
            // of a block, see `scan_dirty_cards`); the mutators are stopped.
            unsafe { (w as *mut u64).write(0) };
        }
        for (&a, &size) in &inner.large {
            crate::range::clear_cards(a, size);
        }
    }

    /// Clears the cards of every block and large object of this heap.
    fn clear_all_cards(inner: &HeapInner) {
        for &b in &inner.blocks {
            crate::range::clear_cards(b, BLOCK_SIZE);
            crate::range::clear_block_dirty(b);
        }
        for (&a, &size) in &inner.large {
            crate::range::clear_cards(a, size);
        }
    }
    /// After marking: clears weak slots whose referents were not reached
    /// (queueing their owners' callbacks), then resurrects unreachable
    /// finalizable objects (and what they reach) for their finalizers, and
    /// forgets weak slots whose owners died.  Weak slots to objects that
    /// only a finalizer resurrects are cleared too, as CPython does before
    /// running finalizers; so no slot is left pointing at a freed object.
    fn process_weak_and_finalizers(
        &self,
        tracer: &mut Tracer,
        fin: &mut Finalization,
        major: bool,
    ) {
        let Finalization {
            weak_young,
            weak_old,
            finalizable_young,
            finalizable_old,
            cleared,
            to_finalize,
            shared_young,
            shared_old,
            registered: _,
        } = fin;
        // A major collection looks at every entry, in registration order,
        // and all that survive are old after it; a minor one only at the
        // young ones (in registration order too: entries leave the young
        // lists, never join them but when registered).
        let (weak, finalizable, shared) = if major {
            shared_old.extend(shared_young.drain());
            weak_old.append(weak_young);
            weak_old.sort_by_key(|e| e.seq);
            finalizable_old.append(finalizable_young);
            finalizable_old.sort_by_key(|e| e.1);
            (&mut *weak_old, &mut *finalizable_old, &mut *shared_old)
        } else {
            (
                &mut *weak_young,
                &mut *finalizable_young,
                &mut *shared_young,
            )
        };
        let marked = |a: usize| {
            // SAFETY: `a` is an object registered with the heap that has
            // not been freed (entries are dropped when their object dies).
            unsafe { (*(a as *const Header)).is_marked() }
        };
        // Owners to notify, with their referent: grouped by referent (in
        // the order their first slot was registered), the newest owner of
        // a group first, as CPython calls the callbacks of the weakrefs to
        // one object newest first.
        let mut notified: Vec<(usize, usize)> = Vec::new();
        for e in weak.iter() {
            // SAFETY: the owner is not freed yet.
            let v = unsafe { e.referent() };
            if v != 0 && v & 7 == 0 && !marked(v as usize) {
                // SAFETY: `slot` is a word inside the owner, not freed yet.
                unsafe { (*(e.slot as *const AtomicU64)).store(0, Ordering::Relaxed) };
                if e.notify && marked(e.owner) {
                    notified.push((v as usize, e.owner));
                }
            }
        }
        if notified.len() > 1 {
            let mut first: HashMap<usize, usize> = HashMap::new();
            for (i, &(v, _)) in notified.iter().enumerate() {
                first.entry(v).or_insert(i);
            }
            let mut order: Vec<usize> = (0..notified.len()).collect();
            order.sort_by_key(|&i| (first[&notified[i].0], std::cmp::Reverse(i)));
            cleared.extend(order.into_iter().map(|i| notified[i].1));
        } else {
            cleared.extend(notified.into_iter().map(|(_, owner)| owner));
        }
        // In registration order: finalizers run oldest first.
        let all = std::mem::take(finalizable);
        for (h, seq) in all {
            if marked(h) {
                finalizable.push((h, seq));
                continue;
            }
            // SAFETY: an unreachable but not yet freed object.
            let hdr = unsafe { &*(h as *const Header) };
            // An object registered twice (the interpreter registers the
            // live instances of a class that gains `__del__`, some of them
            // registered before it lost it) is queued once.
            if hdr.word.load(Ordering::Relaxed) & bits::FINALIZED != 0 {
                continue;
            }
            hdr.set_word_bits(bits::FINALIZED);
            to_finalize.push(h);
        }
        for &h in to_finalize.iter() {
            tracer.mark(h as u64);
        }
        tracer.drain();
        weak.retain(|e| marked(e.owner));
        shared.retain(|&target, &mut owner| marked(target) && marked(owner));
        if !major {
            // Entries whose objects are now old leave the young lists.
            // SAFETY: the owners and referents of the entries kept are
            // marked, so not freed.
            let old_slot = |e: &WeakSlot| unsafe {
                old_after_marking(e.owner) && {
                    let v = e.referent();
                    v == 0 || v & 7 != 0 || old_after_marking(v as usize)
                }
            };
            weak_old.extend(weak_young.extract_if(.., |e| old_slot(e)));
            // SAFETY: as above (the registered objects kept are marked).
            finalizable_old
                .extend(finalizable_young.extract_if(.., |e| unsafe { old_after_marking(e.0) }));
            // SAFETY: as above (both objects of an entry kept are marked).
            shared_old.extend(
                shared_young.extract_if(|&t, &mut o| unsafe {
                    old_after_marking(t) && old_after_marking(o)
                }),
            );
        }
    }

    /// Registers a weak slot: `slot`, a word inside the heap object
    /// `owner`, holds a reference that the collector does not follow (the
    /// owner's trace function must not report it).  When its referent
    /// dies, the collector sets the slot to 0, and, if `notify`, hands
    /// `owner` to `take_finalization_work`.
    pub fn add_weak(&self, owner: &Header, slot: &AtomicU64, notify: bool) {
        let mut fin = self.fin.lock().unwrap();
        fin.registered += 1;
        let seq = fin.registered;
        fin.weak_young.push(WeakSlot {
            owner: owner as *const Header as usize,
            slot: slot as *const AtomicU64 as usize,
            notify,
            seq,
        });
    }

    /// The owners of the weak slots that refer to `obj` now (compared by
    /// address; `obj` is not dereferenced).
    pub fn weak_owners_of(&self, obj: *const Header) -> Vec<*const Header> {
        let target = obj as u64;
        let fin = self.fin.lock().unwrap();
        let mut found: Vec<&WeakSlot> = fin
            .weak_old
            .iter()
            .chain(&fin.weak_young)
            // SAFETY: registered slots lie in objects that are not freed.
            .filter(|e| unsafe { e.referent() } == target)
            .collect();
        // In registration order, as one list kept them.
        found.sort_by_key(|e| e.seq);
        found.iter().map(|e| e.owner as *const Header).collect()
    }

    fn has_finalization_work(&self) -> bool {
        let fin = self.fin.lock().unwrap();
        !fin.cleared.is_empty() || !fin.to_finalize.is_empty()
    }

    /// Registers an object whose finalizer must run (once) when it becomes
    /// unreachable: the collection that finds it so keeps it (and what it
    /// reaches) alive and hands it to `take_finalization_work`.
    pub fn add_finalizer(&self, obj: &Header) {
        if obj.word.load(Ordering::Relaxed) & bits::FINALIZED == 0 {
            let mut fin = self.fin.lock().unwrap();
            fin.registered += 1;
            let seq = fin.registered;
            fin.finalizable_young
                .push((obj as *const Header as usize, seq));
        }
    }

    /// Records `owner` (an object with a weak slot registered by
    /// `add_weak`, now referring to `target`) as the weak reference to
    /// `target` that `shared_weak` hands out, so that one is made per
    /// referent (CPython shares a callback-less `weakref.ref`).  The entry
    /// is dropped by the collection that finds either object unreachable.
    pub fn set_shared_weak(&self, owner: &Header, target: *const Header) {
        let mut fin = self.fin.lock().unwrap();
        fin.shared_old.remove(&(target as usize));
        fin.shared_young
            .insert(target as usize, owner as *const Header as usize);
    }

    /// The owner `set_shared_weak` recorded for `target`, if both are
    /// still alive: reachable at the last collection, or made since (an
    /// entry whose owner became unreachable since then refers to an object
    /// that is not freed yet, and the caller may use it again).
    pub fn shared_weak(&self, target: *const Header) -> Option<*const Header> {
        let fin = self.fin.lock().unwrap();
        let t = target as usize;
        fin.shared_young
            .get(&t)
            .or_else(|| fin.shared_old.get(&t))
            .map(|&o| o as *const Header)
    }

    /// The words the trace function of `h` reports, in its order: the
    /// references it holds, and whatever tagged words (small integers) it
    /// passes along (`gc.get_referents`).  Nothing is marked.  The words
    /// are read without the object's lock, as the collector reads them, so
    /// a concurrent writer may be missed.
    ///
    /// # Safety
    /// `h` is the address of a live object of this heap, which the caller
    /// keeps alive (a pointer made from the address, as the collector's:
    /// the trace function reads the whole object, not only its header).
    pub unsafe fn referents(&self, h: *const Header) -> Vec<u64> {
        let inner = self.inner.lock().unwrap();
        // SAFETY: the caller's contract.
        unsafe { list_referents(&inner, h) }
    }

    /// At exit: queues every registered object whose finalizer has not run
    /// (reachable or not: both are intact, since every collection marks
    /// what a registered object reaches), in the order they were
    /// registered, as a collection queues unreachable ones; the owner takes
    /// them with `take_finalization_work`.  Returns how many were queued.
    pub fn queue_all_finalizers(&self) -> usize {
        let mut fin = self.fin.lock().unwrap();
        let mut all = std::mem::take(&mut fin.finalizable_old);
        all.append(&mut fin.finalizable_young);
        all.sort_by_key(|e| e.1);
        let mut n = 0;
        for (h, _) in all {
            // SAFETY: a registered object is alive (see above).
            let hdr = unsafe { &*(h as *const Header) };
            // Registered twice: queued once (as in a collection).
            if hdr.word.load(Ordering::Relaxed) & bits::FINALIZED != 0 {
                continue;
            }
            hdr.set_word_bits(bits::FINALIZED);
            fin.to_finalize.push(h);
            n += 1;
        }
        n
    }

    /// Takes the work the collections left: the owners of cleared weak
    /// slots that asked to be notified, and the objects to finalize.  Until
    /// taken they are roots; after, the caller must keep them reachable
    /// while it uses them.
    pub fn take_finalization_work(&self) -> (Vec<*const Header>, Vec<*const Header>) {
        let mut fin = self.fin.lock().unwrap();
        let c = std::mem::take(&mut fin.cleared);
        let f = std::mem::take(&mut fin.to_finalize);
        (
            c.into_iter().map(|a| a as *const Header).collect(),
            f.into_iter().map(|a| a as *const Header).collect(),
        )
    }

    /// Frees what the mark phase did not reach: in a major collection every
    /// block and large object, in a minor one only the blocks handed out
    /// since the last collection and the young large objects (elsewhere
    /// every object is old, hence marked).  Marks stay set: survivors are
    /// old now.
    fn sweep(
        &self,
        inner: &mut HeapInner,
        major: bool,
        aged_masks: &HashMap<usize, [u64; BITMAP_WORDS]>,
        owned: &[(&MutatorState, std::ops::Range<usize>)],
        me: &MutatorState,
        share: usize,
        log: &mut PauseLog,
    ) -> SweepResult {
        let poison = self.stress > 0;
        let markers = self.markers.load(Ordering::Relaxed);
        let blocks: Vec<usize> = if major {
            inner.blocks.clone()
        } else {
            inner.touched.clone()
        };
        let large: Vec<usize> = if major {
            inner.large.keys().copied().collect()
        } else {
            inner.young_large.clone()
        };
        // Pass 1: destructors of dead objects (spaces with destructors and
        // large objects).  Destructors may read the Meta of their (possibly
        // also dead) type, which lives in the type object's payload, so no
        // dead memory is overwritten or released before all of them ran.
        // They do not run on the markers: freeing a native buffer on a
        // thread other than the one that allocated it costs mimalloc an
        // atomic push and its owner a later collection (freeing 45,000
        // small `Vec`s on a second thread took 1.0 ms, 90,000 on the thread
        // that allocated them 0.27 ms; see docs/GC.md, "A parallel sweep").
        // But in a minor collection the parked threads sweep their own
        // blocks (`sweep_by_owners`), passes 1 and 3 at once when nothing
        // is poisoned in between (pass 3 writes only block headers and the
        // headers of survivors, never a dead object a destructor may
        // read, and nothing is released before the sweep ends): each
        // thread frees the buffers it allocated, in parallel.  Else pass 3
        // runs on the markers when there are many blocks.
        // The collector is an owner too in a minor collection (it keeps
        // its blocks as the parked owners do); alone, with many blocks, it
        // sweeps them on the markers and keeps its blocks after.
        let only_me = owned.iter().all(|(ms, _)| std::ptr::eq(*ms, me));
        let on_markers = only_me
            && markers > 1
            && blocks.len() >= self.parallel_sweep_min.load(Ordering::Relaxed);
        let by_owners = !owned.is_empty() && !on_markers;
        let dropped_bytes = AtomicUsize::new(0);
        if !by_owners || poison {
            // SAFETY: every entry of `blocks` is a block, marking is over.
            dropped_bytes.store(unsafe { Self::drop_dead_cells(&blocks) }, Ordering::Relaxed);
        }
        log.phase("drop");
        for &a in &large {
            let h = a as *mut Header;
            // SAFETY: large objects are initialised objects owned by the heap.
            unsafe {
                if !(*h).is_marked()
                    && let Some(drop) = (*(*h).meta).drop
                {
                    drop(h);
                }
            }
        }
        // Pass 2 (stress mode): overwrite dead objects so a dangling
        // reference crashes at once.
        if poison {
            for &b in &blocks {
                // SAFETY: as above; dead cells are overwritten, never read again.
                unsafe {
                    let bh = &*block_of(b);
                    if bh.cell_size == 0 {
                        continue;
                    }
                    for i in 0..bh.ncells {
                        let c = bh.cell(i);
                        let (w, bit) = granule_bit(c);
                        if bh.mark[w] & bit == 0 && bh.holds_object(c) {
                            std::ptr::write_bytes(c as *mut u8, 0xdb, bh.cell_size);
                            (*(c as *mut Header)).meta = POISON as *const Meta;
                        }
                    }
                }
            }
        }
        // Pass 3: per block, the marks become the live set, and the block
        // is classified (`sweep_block`), in parallel for many blocks; then,
        // in block order, the empty and partial lists are rebuilt.  In a
        // minor collection the live totals change by what the swept blocks
        // gained.
        let outcome: Vec<AtomicU8> = blocks.iter().map(|_| AtomicU8::new(KEEP)).collect();
        let gained_bytes = AtomicIsize::new(0);
        let gained_objects = AtomicI64::new(0);
        let promoted_bytes = AtomicUsize::new(0);
        let aged_bytes = AtomicUsize::new(0);
        let aged_survived_bytes = AtomicUsize::new(0);
        // Each thread that sweeps a range of `blocks` classifies its blocks
        // into a buffer of its own and publishes the outcomes at the end,
        // in one go: stored one by one into `outcome`, whose lines the
        // ranges of two threads share, and read back by the owner's
        // `keep_own_blocks`, they crossed between the cores (the owner's
        // keep took 1.8 us a collection with two threads, 0.35 with one).
        let publish = |start: usize, out: &[u8]| {
            for (o, &v) in outcome[start..start + out.len()].iter().zip(out) {
                o.store(v, Ordering::Relaxed);
            }
        };
        let sweep_blocks = |bs: &[usize], out: &mut [u8]| {
            let (mut bytes, mut objects, mut promoted) = (0isize, 0i64, 0);
            let (mut aged, mut aged_survived) = (0, 0);
            for (k, &b) in bs.iter().enumerate() {
                // SAFETY: `b` is a block of the heap, in one chunk only.
                let s = unsafe { Self::sweep_block(b, major, aged_masks.get(&b)) };
                bytes += s.gained * s.cell_size as isize;
                objects += s.gained as i64;
                promoted += s.promoted * s.cell_size;
                aged += s.aged * s.cell_size;
                aged_survived += s.aged_survived * s.cell_size;
                out[k] = s.outcome;
            }
            gained_bytes.fetch_add(bytes, Ordering::Relaxed);
            gained_objects.fetch_add(objects, Ordering::Relaxed);
            promoted_bytes.fetch_add(promoted, Ordering::Relaxed);
            aged_bytes.fetch_add(aged, Ordering::Relaxed);
            aged_survived_bytes.fetch_add(aged_survived, Ordering::Relaxed);
        };
        let sweep_range = |start: usize, bs: &[usize]| {
            let mut out = vec![KEEP; bs.len()];
            sweep_blocks(bs, &mut out);
            publish(start, &out);
        };
        if on_markers {
            crate::markers::in_parallel(&blocks, markers, SWEEP_CHUNK, &sweep_range);
            self.parallel_sweeps.fetch_add(1, Ordering::Relaxed);
            for (ms, r) in owned {
                let mut out: Vec<u8> = outcome[r.clone()]
                    .iter()
                    .map(|o| o.load(Ordering::Relaxed))
                    .collect();
                keep_own_blocks(ms, share, &blocks[r.clone()], &mut out);
                publish(r.start, &out);
            }
        } else if by_owners {
            let passes = |owner: Option<&MutatorState>, start: usize, bs: &[usize]| {
                if !poison {
                    // SAFETY: as above; each range of `blocks` is swept by
                    // one thread.
                    let d = unsafe { Self::drop_dead_cells(bs) };
                    dropped_bytes.fetch_add(d, Ordering::Relaxed);
                }
                let mut out = vec![KEEP; bs.len()];
                sweep_blocks(bs, &mut out);
                if let Some(ms) = owner {
                    keep_own_blocks(ms, share, bs, &mut out);
                }
                publish(start, &out);
            };
            sweep_by_owners(&blocks, owned, me, &passes);
            self.owner_sweeps.fetch_add(1, Ordering::Relaxed);
        } else {
            sweep_range(0, &blocks);
        }
        let (live, live_objects, old) = if major {
            (0usize, 0u64, 0usize)
        } else {
            (
                self.live_after_gc.load(Ordering::Relaxed),
                self.live_objects_old(),
                self.old_after_gc.load(Ordering::Relaxed),
            )
        };
        let mut live = live.saturating_add_signed(gained_bytes.into_inner());
        let mut live_objects = live_objects.saturating_add_signed(gained_objects.into_inner());
        let mut promoted = promoted_bytes.into_inner();
        // Old objects die in major collections only.
        let mut old = if major { live } else { old + promoted };
        let mut partial: Vec<Vec<usize>> = if major {
            (0..NSPACES).map(|_| Vec::new()).collect()
        } else {
            std::mem::take(&mut inner.partial)
        };
        let mut empty = if major {
            Vec::new()
        } else {
            std::mem::take(&mut inner.empty)
        };
        for (&b, o) in blocks.iter().zip(outcome) {
            let o = o.into_inner();
            if o & HAS_AGED != 0 {
                inner.aging.push(b);
            }
            match o & !HAS_AGED {
                KEEP => {}
                EMPTY => empty.push(b),
                space => partial[(space - PARTIAL) as usize].push(b),
            }
        }
        for a in large {
            let h = a as *mut Header;
            let size = inner.large[&a];
            // SAFETY: as above; a dead large object's payload was dropped in pass 1.
            unsafe {
                if (*h).is_marked() {
                    // Old now (large objects do not age).
                    live += size;
                    old += size;
                    live_objects += 1;
                    if !major {
                        promoted += size;
                    }
                } else {
                    inner.large.remove(&a);
                    if poison {
                        std::ptr::write_bytes(h as *mut u8, 0xdb, size);
                        (*h).meta = POISON as *const Meta;
                    }
                    crate::range::free_large(a, size);
                }
            }
        }
        if major {
            // Young large objects that survived are promoted.
            for &a in &inner.young_large {
                if let Some(&size) = inner.large.get(&a) {
                    promoted += size;
                }
            }
        }
        for (len, p) in self.partial_len.iter().zip(&partial) {
            len.store(p.len(), Ordering::Relaxed);
        }
        inner.partial = partial;
        inner.empty = empty;
        SweepResult {
            live_bytes: live,
            old_bytes: old,
            aged_bytes: aged_bytes.into_inner(),
            aged_survived_bytes: aged_survived_bytes.into_inner(),
            live_objects,
            promoted_bytes: promoted,
            dropped_bytes: dropped_bytes.into_inner(),
        }
    }

    /// Pass 1 of the sweep on `blocks`: runs the destructor of every dead
    /// object of a space with destructors; returns the bytes of the cells
    /// it dropped.
    ///
    /// # Safety
    /// The world is stopped, marking is over, every entry of `blocks` is a
    /// block of the heap, and no other thread sweeps the same blocks.
    unsafe fn drop_dead_cells(blocks: &[usize]) -> usize {
        let mut dropped = 0;
        for &b in blocks {
            // SAFETY: the caller's contract; an initialised header has a
            // non-zero cell size; the cells below the frontier and the live
            // ones hold initialised objects (`holds_object`), and the Meta
            // of a dead object's type is still intact (nothing is
            // overwritten before pass 1 is over).
            unsafe {
                let bh = &*block_of(b);
                if bh.cell_size == 0 || bh.space < NCLASSES {
                    continue;
                }
                bh.for_each_dead(|c| {
                    if let Some(drop) = (*(*(c as *const Header)).meta).drop {
                        drop(c as *mut Header);
                        dropped += bh.cell_size;
                    }
                });
            }
        }
        dropped
    }

    /// Pass 3 of the sweep on block `b`: its marks become its live set, and
    /// it is classified (`BlockSwept::outcome`).  In a minor collection the
    /// first survivors (marked, not AGED) become aged: MARK cleared, AGED
    /// set, mark bit cleared, live bit kept; the other survivors are old.
    /// In a major one every survivor is old (the marker set AGED);
    /// `aged_mask`, the block's aged cells before it, counts those
    /// promoted.
    ///
    /// # Safety
    /// The world is stopped, marking and pass 1 are over, `b` is a block of
    /// the heap, and no other thread sweeps it.
    unsafe fn sweep_block(
        b: usize,
        major: bool,
        aged_mask: Option<&[u64; BITMAP_WORDS]>,
    ) -> BlockSwept {
        // SAFETY: the caller's contract: nobody else reads or writes this
        // header now.
        let bh = unsafe { &mut *block_of(b) };
        let mut s = BlockSwept {
            outcome: KEEP,
            cell_size: bh.cell_size,
            gained: 0,
            promoted: 0,
            aged: 0,
            aged_survived: 0,
        };
        if bh.cell_size == 0 {
            // (Blocks in mutators' own lists stay there.)
            if major && bh.own == 0 {
                s.outcome = EMPTY;
            }
            return s;
        }
        let was = bh.nlive;
        if bh.marked == 0 {
            // Nothing marked: every cell is dead and no bit of `mark` is
            // set; `live` has the bits of the aged cells (dead now) in a
            // minor collection, of every cell live before in a major one.
            // A nursery of garbage is swept without reading its bitmaps
            // (2.3 of the 3.4 ms of pauses of two threads allocating 10M
            // 32-byte objects each went into the bitmaps' population
            // counts).
            if was != 0 {
                bh.live = [0; BITMAP_WORDS];
                bh.nlive = 0;
            }
            if !major {
                s.gained = -(was as isize);
            }
            bh.nold = 0;
            bh.frontier = b + BLOCK_HEADER;
            bh.cell_size = 0;
            s.outcome = EMPTY;
            return s;
        }
        // The counts instead of population counts of the bitmaps (1 KiB per
        // block, mostly cache misses: a reused partial block with one old
        // object cost as much as a full one).
        let n = bh.marked;
        debug_assert_eq!(
            n,
            bh.mark
                .iter()
                .map(|w| w.count_ones() as usize)
                .sum::<usize>(),
            "the mark count of a block is off"
        );
        if major {
            // `mark` was cleared and redone: `live` is no subset.
            let fresh: usize = bh
                .mark
                .iter()
                .zip(&bh.live)
                .map(|(m, l)| (m & !l).count_ones() as usize)
                .sum();
            let aged: usize = aged_mask.map_or(0, |a| {
                a.iter()
                    .zip(&bh.mark)
                    .map(|(a, m)| (a & m).count_ones() as usize)
                    .sum()
            });
            bh.live = bh.mark;
            bh.nlive = n;
            bh.nold = n;
            s.promoted = fresh + aged;
            s.gained = n as isize;
        } else if n == was && was == bh.nold {
            // No aged cell (`live` is the old cells) and no survivor
            // (`mark` still is): nothing changes.
            debug_assert!(bh.live == bh.mark, "live cells the marker did not reach");
        } else {
            // Survivors: the old cells (marked, sticky), the aged ones
            // reached (promoted: their AGED bit was set), the young ones
            // reached (aged now unless the marker promoted them).  Only a
            // block where the marker marked an object young (`young`) has
            // its first survivors' headers read: a header read per
            // survivor was 0.6 ms of each of `float.py`'s minor
            // collections, whose survivors are promoted through the
            // remembered set.
            let young = *bh.young.get_mut() != 0;
            let (mut aged, mut firsts) = (0, 0);
            if young || was > bh.nold {
                for wi in 0..BITMAP_WORDS {
                    let m = bh.mark[wi];
                    let mut first = m & !bh.live[wi];
                    firsts += first.count_ones() as usize;
                    bh.live[wi] = m;
                    if !young {
                        continue;
                    }
                    let mut old = m;
                    while first != 0 {
                        let g = wi * 64 + first.trailing_zeros() as usize;
                        // As in `for_each_marked`: the cell starting in granule `g`.
                        let i = (g * GRANULE - BLOCK_HEADER).div_ceil(bh.cell_size);
                        // SAFETY: a marked cell holds an object.
                        let h = unsafe { &*(bh.cell(i) as *const Header) };
                        let w = h.word.load(Ordering::Relaxed);
                        if w & bits::AGED == 0 {
                            h.word
                                .store((w & !bits::MARK) | bits::AGED, Ordering::Relaxed);
                            old &= !(1u64 << (g % 64));
                            aged += 1;
                        }
                        first &= first - 1;
                    }
                    bh.mark[wi] = old;
                }
                *bh.young.get_mut() = 0;
                // Survivors that were live before: old ones and aged ones.
                debug_assert!(n >= firsts + bh.nold, "an old cell lost its mark");
                s.aged_survived = n - firsts - bh.nold;
            } else {
                bh.live = bh.mark;
            }
            let nold = n - aged;
            debug_assert!(nold >= bh.nold, "an old cell lost its mark");
            s.promoted = nold - bh.nold;
            s.aged = aged;
            s.gained = n as isize - was as isize;
            bh.nlive = n;
            bh.nold = nold;
            bh.marked = nold;
        }
        bh.frontier = b + BLOCK_HEADER;
        if n < bh.ncells {
            s.outcome = PARTIAL + bh.space as u8;
        }
        if bh.nlive > bh.nold {
            s.outcome |= HAS_AGED;
        }
        s
    }

    /// Whether this minor collection ages its first survivors (else it
    /// promotes them, as a major collection does): see `AGING_PAUSE`.
    fn aging_now(&self) -> bool {
        if self.stress > 0 {
            let n = self.minor_pauses.lock().unwrap().len() as u64;
            return n % AGING_OFF_EVERY != AGING_OFF_EVERY - 1;
        }
        let left = self.aging_pause.load(Ordering::Relaxed);
        if left > 0 {
            self.aging_pause.store(left - 1, Ordering::Relaxed);
            return false;
        }
        true
    }

    fn live_objects_old(&self) -> u64 {
        self.live_objects.load(Ordering::Relaxed)
    }
}

/// Calls `f` with each word of the native stack between `sp` and
/// `stack_base` (not under Miri, which cannot read stack memory as
/// integers).  The caller guarantees that the range is a stopped thread's
/// live stack above its stack pointer: that thread (the caller itself, or
/// one stopped in the collector, at a safepoint or in a safe region, which
/// only use the stack below `sp`) does not write it meanwhile.
fn for_each_stack_word(sp: usize, stack_base: usize, mut f: impl FnMut(u64)) {
    let mut p = if cfg!(miri) { stack_base } else { sp & !7 };
    while p < stack_base {
        // SAFETY: the caller's contract: [sp, base) is a live native stack
        // that nobody writes now; we read it word by word as plain
        // integers.
        let w = unsafe { std::ptr::read_volatile(p as *const usize) };
        f(w as u64);
        p += 8;
    }
}

/// Called by a mutator's own thread as it parks for a collection, with the
/// stack pointer it parks at (`Mutator::park`, before it stores PARKED):
/// records the words of its stack that lie in the heap's range, which the
/// collector then takes as conservative roots instead of reading the
/// stack, whose lines are in this thread's core (with two threads, the
/// other thread's stack was a tenth of a minor pause).  Its frames above
/// `sp` stay as they are until it resumes.  The collector calls it for
/// itself too, while the others stop (`collect_with`).
pub(crate) fn note_stack_roots(st: &MutatorState, sp: usize) {
    let mut roots = st.stack_roots.take();
    roots.clear();
    for_each_heap_word(sp, st.stack_base, |w| roots.push(w));
    st.stack_roots.set(roots);
}

/// `for_each_stack_word` for the words that lie in the heap's range (the
/// only ones that may be roots), with the range's base read once: most
/// words of a stack are not (return addresses, stack addresses, small
/// numbers), and a call of `Tracer::mark_conservative` for each word,
/// which reads the base again, cost the collector 2.4 us of a one-thread
/// minor pause of 7 (1,200 words).  Same contract as `for_each_stack_word`.
fn for_each_heap_word(sp: usize, stack_base: usize, mut f: impl FnMut(u64)) {
    let base = crate::range::RANGE_BASE.load(Ordering::Relaxed);
    for_each_stack_word(sp, stack_base, |w| {
        if (w as usize).wrapping_sub(base) < crate::range::RANGE_SIZE {
            f(w);
        }
    });
}

/// `MutatorState::work_state`: no work; posted by the collector; taken by
/// the owner or by the collector; done by the owner.
const WORK_IDLE: u8 = 0;
const WORK_POSTED: u8 = 1;
const WORK_TAKEN: u8 = 2;
const WORK_DONE: u8 = 3;

/// A minor collection's sweep work, on the collector's stack while the
/// stopped owners take their parts (`sweep_by_owners`).
struct OwnedSweep<'a> {
    blocks: &'a [usize],
    f: OwnedFn<'a>,
}

/// The work of `sweep_by_owners` on a range of blocks that starts at the
/// given index: with the owner's state when it is an owner's range.
type OwnedFn<'a> = &'a (dyn Fn(Option<&MutatorState>, usize, &[usize]) + Sync);

/// Runs `f` over every range of `blocks` (a minor collection's `touched`):
/// the range of each owner parked at a safepoint (`owned`) is posted to
/// it, and the owner, spinning until the pause ends, runs it on its own
/// core (`run_posted_work`); the collector runs its own range (as an
/// owner: `me`) and the others (those of threads in safe regions and of
/// exited ones) and then every posted
/// range its owner has not taken (an owner that sleeps instead of spinning
/// never takes it), and waits for the ranges being run.  A block is read
/// and written in the pause by the core that allocates in it before and
/// after: when the collector swept a second thread's nursery, each of its
/// block headers crossed between the cores twice per collection (docs/GC.md,
/// "Two threads: the pause touches the other thread's blocks").
fn sweep_by_owners(
    blocks: &[usize],
    owned: &[(&MutatorState, std::ops::Range<usize>)],
    me: &MutatorState,
    f: OwnedFn<'_>,
) {
    let job = OwnedSweep { blocks, f };
    let others = || owned.iter().filter(|(ms, _)| !std::ptr::eq(*ms, me));
    for (ms, r) in others() {
        debug_assert_eq!(ms.status.load(Ordering::SeqCst), PARKED);
        ms.work
            .set((&job as *const OwnedSweep<'_> as usize, r.start, r.end));
        ms.work_state.store(WORK_POSTED, Ordering::Release);
    }
    let mut from = 0;
    for (ms, r) in owned {
        debug_assert!(r.start >= from, "owned ranges out of order");
        f(None, from, &blocks[from..r.start]);
        if std::ptr::eq(*ms, me) {
            f(Some(me), r.start, &blocks[r.clone()]);
        }
        from = r.end;
    }
    f(None, from, &blocks[from..]);
    for (ms, r) in others() {
        if take_work(ms) {
            f(Some(ms), r.start, &blocks[r.clone()]);
        } else {
            let mut spins = 0u32;
            while ms.work_state.load(Ordering::Acquire) != WORK_DONE {
                spins = spins.wrapping_add(1);
                if spins < 1024 {
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
            }
        }
        ms.work_state.store(WORK_IDLE, Ordering::Relaxed);
    }
}

/// After the sweep of `bs` (an owner's blocks, `outcome` their sweep's
/// outcomes): keeps for `ms` the blocks that came out empty or partial,
/// the most recently taken ones, until its own lists hold `share` free
/// bytes (as `Heap::refill_own_blocks` does for the threads the collector
/// refills); their outcomes become `KEEP` (with `HAS_AGED` kept: the next
/// minor collection sweeps the blocks with aged cells, and takes them out
/// of the own lists first), so the heap's lists do not get them.  Run by
/// the owner (or by the collector while the owner sleeps): every block
/// header it reads or writes is the owner's.
fn keep_own_blocks(ms: &MutatorState, share: usize, bs: &[usize], outcome: &mut [u8]) {
    // What a block of `bs` adds to the own lists' free bytes if kept.
    let room = |b: usize, out: u8| {
        // SAFETY: `b` is a block of the heap, swept above; the world is
        // stopped and no other thread reads this block's header now.
        let bh = unsafe { &*block_of(b) };
        match out & !HAS_AGED {
            _ if bh.own != 0 => None,
            EMPTY => Some(BLOCK_SIZE),
            KEEP => None,
            _ => Some((bh.ncells - bh.nlive) * bh.cell_size),
        }
    };
    let mut own = ms.own_empty.take();
    let mut kept = own.len() * BLOCK_SIZE;
    for list in &ms.own_partial {
        let l = list.take();
        for &b in &l {
            // SAFETY: `b` is a partial block of the heap in this mutator's
            // own list, initialised; the world is stopped.
            let bh = unsafe { &*block_of(b) };
            kept += (bh.ncells - bh.nlive) * bh.cell_size;
        }
        list.set(l);
    }
    let from = recent_share(bs.len(), kept, share, |i| room(bs[i], outcome[i]));
    for (&b, o) in bs[from..].iter().zip(&mut outcome[from..]) {
        let out = *o;
        if room(b, out).is_none() {
            continue;
        }
        // SAFETY: as in `room`.
        let bh = unsafe { &mut *block_of(b) };
        bh.own = 1;
        if out & !HAS_AGED == EMPTY {
            own.push(b);
        } else {
            let mut p = ms.own_partial[bh.space].take();
            p.push(b);
            ms.own_partial[bh.space].set(p);
        }
        *o = KEEP | (out & HAS_AGED);
    }
    ms.own_empty.set(own);
}

/// Where the blocks a mutator keeps after a collection start among the
/// `n` blocks it took since the last one, in the order it took them: the
/// last ones, as many as fill its share of the nursery and `KEEP_MARGIN`
/// (with the `kept` free bytes it holds already), `room(i)` saying what
/// the i-th adds (`None`: not kept).  The last written are the likeliest
/// still in this core's cache, and the own lists pop the last kept first;
/// those given
/// back to the heap, which another thread may take, are the ones written
/// longest ago.  (Kept from the first, a thread that took a few blocks
/// more than its share in a cycle gave the heap the lines it had just
/// written, in its core's cache.  With `gc/examples/alloc_threads.rs 2
/// 2000000 2000 layout`, three runs alternated with the build before:
/// 90-92 distinct blocks written per thread and round against 94-96, the
/// same 1.93-1.95 ms a round.)
fn recent_share(
    n: usize,
    mut kept: usize,
    share: usize,
    room: impl Fn(usize) -> Option<usize>,
) -> usize {
    for i in (0..n).rev() {
        if kept >= share + KEEP_MARGIN {
            return i + 1;
        }
        kept += room(i).unwrap_or(0);
    }
    0
}

/// Takes the work posted to `st` (POSTED -> TAKEN), for its owner or the
/// collector: whether this caller got it.  Acquire: the work the collector
/// wrote before posting it is visible.
fn take_work(st: &MutatorState) -> bool {
    st.work_state
        .compare_exchange(
            WORK_POSTED,
            WORK_TAKEN,
            Ordering::Acquire,
            Ordering::Relaxed,
        )
        .is_ok()
}

/// Runs the work the collector posted to `st` (`sweep_by_owners`), if
/// any; called by `st`'s own thread while it is parked at a safepoint.
pub(crate) fn run_posted_work(st: &MutatorState) {
    if st.work_state.load(Ordering::Relaxed) != WORK_POSTED || !take_work(st) {
        return;
    }
    let (ctx, start, end) = st.work.get();
    // SAFETY: `ctx` is the address of the collector's `OwnedSweep`, set
    // before the work was posted (the Release store this thread's
    // successful Acquire exchange read); the collector does not leave
    // `sweep_by_owners` (where it lives) before this thread stores
    // `WORK_DONE`, and nothing else runs this range.
    let job = unsafe { &*(ctx as *const OwnedSweep<'_>) };
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        (job.f)(Some(st), start, &job.blocks[start..end])
    }));
    if run.is_err() {
        eprintln!("taipan: a panic during a thread's own sweep");
        std::process::abort();
    }
    st.work_state.store(WORK_DONE, Ordering::Release);
}

/// `BlockSwept::outcome`: the block stays where it is (full, or a
/// mutator's own empty block), goes to the empty list, or to the partial
/// list of space `outcome - PARTIAL`.
const KEEP: u8 = 0;
const EMPTY: u8 = 1;
const PARTIAL: u8 = 2;
/// Or'ed into an outcome: the block holds aged cells (`HeapInner::aging`).
const HAS_AGED: u8 = 0x80;
const _: () = assert!(PARTIAL as usize + NSPACES < HAS_AGED as usize);

/// What the sweep did to one block (`Heap::sweep_block`).
struct BlockSwept {
    outcome: u8,
    cell_size: usize,
    /// Cells added to the live totals: all survivors in a major
    /// collection, the survivors minus the cells live before in a minor
    /// one (negative when more aged cells died than young ones survived).
    gained: isize,
    /// Cells that were young (new or aged) and are old now.
    promoted: usize,
    /// Cells aged now (first survivors of a minor collection that ages).
    aged: usize,
    /// Aged cells (of the last collection) that survived.
    aged_survived: usize,
}

/// What a sweep leaves: the survivors' size, the old generation's, and
/// what was promoted.
struct SweepResult {
    live_bytes: usize,
    old_bytes: usize,
    /// Bytes aged by this collection (its first survivors that stay young).
    aged_bytes: usize,
    /// Bytes aged by the last collection that survived this one.
    aged_survived_bytes: usize,
    live_objects: u64,
    promoted_bytes: usize,
    /// Bytes of the dead small objects whose destructor pass 1 ran.
    dropped_bytes: usize,
}

/// Takes a batch of empty blocks out of the heap's empty list (not empty):
/// all those of the chunk (an aligned `CHUNK_BLOCKS` run of the address
/// space) with the most of them, by address, or the first `max` of those (at
/// least one).  The list is sorted first (it is short unless the heap is, and
/// a batch is taken only by a thread whose own list ran out).  A chunk whose
/// blocks are all in the list has no block in use by another thread: the
/// batch's blocks have their own neighbours, except at its ends; blocks that
/// threads give back (an exiting thread, one in a safe region at a
/// collection) come together again this way, where single blocks taken in
/// list order mixed the threads' blocks more with every cycle (two kept
/// threads of the allocation probe: the block after the one taken was in use
/// by the other thread at 44-48% of the block changes after 300 rounds).
fn take_empty_batch(empty: &mut Vec<usize>, max: usize) -> Vec<usize> {
    const CHUNK: usize = CHUNK_BLOCKS * BLOCK_SIZE;
    empty.sort_unstable();
    let (mut best, mut i) = (0..0, 0);
    while i < empty.len() {
        let chunk = empty[i] / CHUNK;
        let j = i + empty[i..].partition_point(|&b| b / CHUNK == chunk);
        if j - i >= best.len() {
            best = i..j;
        }
        i = j;
    }
    let end = best.end.min(best.start + max.max(1));
    empty.drain(best.start..end).collect()
}

/// Initialises the header of the empty block `b` for `space`: no cell
/// holds an object.
///
/// # Safety
/// `b` is a block of the heap that is empty and not in use by any mutator
/// or list (just taken from an empty list).
unsafe fn init_block(b: usize, space: usize) {
    let cell_size = SPACE_SIZES[space];
    // SAFETY: the caller's contract: `b` is a BLOCK_SIZE block nobody uses.
    let bh = unsafe { &mut *block_of(b) };
    // An empty block's bitmaps are clear (fresh memory is zero; the sweep
    // empties a block only when nothing in it is marked, and clears `live`
    // then if a major collection left it set), so only the scalar fields
    // are written: the bitmaps are 1 KiB of the header's 1.6 KiB.
    debug_assert!(
        bh.cell_size == 0 && bh.marked == 0 && bh.nlive == 0,
        "init_block on a block in use"
    );
    debug_assert!(
        bh.live.iter().chain(&bh.mark).all(|&w| w == 0),
        "an empty block with bits set in its bitmaps"
    );
    bh.space = space;
    bh.cell_size = cell_size;
    bh.ncells = (BLOCK_SIZE - BLOCK_HEADER) / cell_size;
    bh.frontier = b + BLOCK_HEADER;
    bh.own = 0;
    bh.nold = 0;
    *bh.young.get_mut() = 0;
}

pub(crate) fn find_in(inner: &HeapInner, addr: usize) -> Option<*const Header> {
    find_object(inner, addr).map(|(h, _)| h)
}

/// `find_in`, and whether the object is a large one (the verify mode's
/// check of the header's LARGE bit, without a second search).
pub(crate) fn find_object(inner: &HeapInner, addr: usize) -> Option<(*const Header, bool)> {
    // Most words of a native stack (return addresses, stack addresses,
    // small integers) lie outside the heap's range: one subtraction and
    // compare instead of a hash lookup and a search of the large objects.
    let base = crate::range::RANGE_BASE.load(Ordering::Relaxed);
    if addr.wrapping_sub(base) >= crate::range::RANGE_SIZE {
        return None;
    }
    let block = addr & !(BLOCK_SIZE - 1);
    if inner.has_block(block) {
        // SAFETY: `block` is a block of this heap; its header is initialised
        // whenever its cell size is non-zero.  The fields are read through
        // a raw pointer, not a reference to the whole header: in a parallel
        // drain (the verify mode's check) other markers write its mark
        // bitmap meanwhile (`claim_mark_bit`); the fields read here
        // are not written while the world is stopped.
        unsafe {
            let bh = block_of(block);
            let cell_size = (*bh).cell_size;
            if cell_size == 0 || addr < block + BLOCK_HEADER {
                return None;
            }
            let i = (addr - block - BLOCK_HEADER) / cell_size;
            if i >= (*bh).ncells {
                return None;
            }
            let c = block + BLOCK_HEADER + i * cell_size;
            let (w, b) = granule_bit(c);
            let holds = c < (*bh).frontier || (*bh).live[w] & b != 0;
            return holds.then_some((c as *const Header, false));
        }
    }
    let (&start, &size) = inner.large.range(..=addr).next_back()?;
    if addr < start + size {
        Some((start as *const Header, true))
    } else {
        None
    }
}

/// Records the mark of a small object in its block's mark bitmap (the
/// marker calls this once per object, when it first reaches it).
#[inline(always)]
pub(crate) fn set_mark_bit(h: *const Header) {
    let (w, bit) = granule_bit(h as usize);
    // SAFETY: `h` is a small object, so it lies in an initialised block; the
    // world is stopped and only the marker writes the mark bitmap.
    unsafe {
        let bh = &mut *block_of(h as usize);
        if bh.mark[w] & bit == 0 {
            bh.mark[w] |= bit;
            bh.marked += 1;
        }
    }
}

/// Notes that the marker marked a small object of `h`'s block young (at
/// its first survival, without AGED): the sweep ages it
/// (`BlockHeader::young`).
#[inline]
pub(crate) fn note_young(h: *const Header) {
    let bh = block_of(h as usize);
    // SAFETY: `h` is a small object, so it lies in an initialised block;
    // the field is atomic (markers set it in parallel), and only a raw
    // pointer to the header is formed.
    unsafe { (*std::ptr::addr_of!((*bh).young)).store(1, Ordering::Relaxed) };
}

/// Claims a small object in a parallel drain (`markers.rs`): sets its
/// mark bit with an atomic read-modify-write (other markers set bits of
/// the same word) and returns whether this call set it.  The block's mark
/// count is left alone: `recount_marks` redoes it after the drain.  Only
/// a raw pointer to the bitmap word is formed: no reference to the block
/// header asserts that nothing else writes it.
#[inline]
pub(crate) fn claim_mark_bit(h: *const Header) -> bool {
    let (w, bit) = granule_bit(h as usize);
    let bh = block_of(h as usize);
    // SAFETY: `h` is a small object, so it lies in an initialised block;
    // during a parallel drain the markers access the block's mark bitmap
    // only atomically (this function), and nothing else accesses it until
    // the drain's end, which every marker's writes happen before
    // (`Pool::close`).  The word is 8-aligned.
    unsafe {
        AtomicU64::from_ptr(&raw mut (*bh).mark[w]).fetch_or(bit, Ordering::Relaxed) & bit == 0
    }
}

/// Forgets the stale words a conservative stack scan would take for roots
/// in the frames of the calls that follow: zeroes the callee-saved
/// registers the caller holds no live value in (their values go to the
/// stack of the calls that save them) and 8 KiB of the dead stack below
/// the caller's frame (slots those frames never write).  A runtime calls
/// it before a collection whose caller expects what it dropped to be
/// freed (`gc.collect()`).  It cannot reach a stale word in a frame that is
/// live, nor a register the compiler reserves (`rbx` on x86-64, `x19` on
/// aarch64).
#[inline(always)]
pub fn forget_dead_roots() {
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: only writes zero to registers declared clobbered, so the
    // compiler keeps any live value of theirs elsewhere; no memory access.
    unsafe {
        std::arch::asm!(
            "xor r12d, r12d", "xor r13d, r13d", "xor r14d, r14d", "xor r15d, r15d",
            out("r12") _, out("r13") _, out("r14") _, out("r15") _,
            options(nomem, nostack)
        );
    }
    #[cfg(all(target_arch = "aarch64", not(miri)))]
    // SAFETY: as above (x19 and x29 cannot be named: the compiler reserves them).
    unsafe {
        std::arch::asm!(
            "mov x20, xzr", "mov x21, xzr", "mov x22, xzr", "mov x23, xzr", "mov x24, xzr",
            "mov x25, xzr", "mov x26, xzr", "mov x27, xzr", "mov x28, xzr",
            "movi d8, #0", "movi d9, #0", "movi d10, #0", "movi d11, #0",
            "movi d12, #0", "movi d13, #0", "movi d14, #0", "movi d15, #0",
            out("x20") _, out("x21") _, out("x22") _, out("x23") _, out("x24") _,
            out("x25") _, out("x26") _, out("x27") _, out("x28") _,
            out("v8") _, out("v9") _, out("v10") _, out("v11") _,
            out("v12") _, out("v13") _, out("v14") _, out("v15") _,
            options(nomem, nostack, preserves_flags)
        );
    }
    clear_dead_stack();
}

/// Zeroes 8 KiB of the stack below the caller's frame (`forget_dead_roots`).
#[inline(never)]
fn clear_dead_stack() {
    let zeros = [0u64; 1024];
    // The opaque use makes the compiler store the zeros.
    std::hint::black_box(&zeros);
}

/// The words object `h`'s trace function reports (`Heap::referents`).
///
/// # Safety
/// `h` is an intact object of the heap `inner` belongs to.
unsafe fn list_referents(inner: &HeapInner, h: *const Header) -> Vec<u64> {
    let mut t = Tracer::new(inner, true, false);
    t.checking = true;
    t.listing = Some(Vec::new());
    // SAFETY: `h` is intact (the caller's contract), so its Meta gives its
    // trace function; in listing mode `mark` only records.
    unsafe { ((*(*h).meta).trace)(h, &mut t) };
    t.listing.take().unwrap_or_default()
}

/// What `Mutator::collect_finding_cycles` calls with a collection's cyclic
/// garbage and a function listing an object's referents.
pub type CyclicGarbageFn<'a> = dyn FnMut(&[usize], &dyn Fn(usize) -> Vec<u64>) + 'a;

/// Which of the nodes `0..n` of a graph lie on a cycle: in a strongly
/// connected component of two or more nodes, or with an edge to
/// themselves, and with no node for which `old` holds.  Tarjan's
/// algorithm, with an explicit stack.
fn strongly_connected_cycles<'a>(
    n: usize,
    edges: &dyn Fn(u32) -> &'a [u32],
    old: &dyn Fn(u32) -> bool,
) -> Vec<bool> {
    const NONE: u32 = u32::MAX;
    struct Walk {
        order: Vec<u32>,
        low: Vec<u32>,
        on_stack: Vec<bool>,
        stack: Vec<u32>,
        /// (node, index of its next edge to follow)
        calls: Vec<(u32, usize)>,
        next: u32,
    }
    impl Walk {
        fn visit(&mut self, v: u32) {
            self.order[v as usize] = self.next;
            self.low[v as usize] = self.next;
            self.next += 1;
            self.stack.push(v);
            self.on_stack[v as usize] = true;
            self.calls.push((v, 0));
        }
    }
    let mut k = Walk {
        order: vec![NONE; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        calls: Vec::new(),
        next: 0,
    };
    let mut cyclic = vec![false; n];
    for root in 0..n as u32 {
        if k.order[root as usize] != NONE {
            continue;
        }
        k.visit(root);
        while let Some(&(v, e)) = k.calls.last() {
            let out = edges(v);
            if let Some(&w) = out.get(e) {
                k.calls.last_mut().unwrap().1 += 1;
                if k.order[w as usize] == NONE {
                    k.visit(w);
                } else if k.on_stack[w as usize] {
                    k.low[v as usize] = k.low[v as usize].min(k.order[w as usize]);
                }
                continue;
            }
            k.calls.pop();
            if let Some(&(u, _)) = k.calls.last() {
                k.low[u as usize] = k.low[u as usize].min(k.low[v as usize]);
            }
            if k.low[v as usize] == k.order[v as usize] {
                let from = k.stack.iter().rposition(|&w| w == v).unwrap_or(0);
                let on_cycle = (k.stack.len() - from > 1 || out.contains(&v))
                    && !k.stack[from..].iter().any(|&w| old(w));
                for w in k.stack.drain(from..) {
                    k.on_stack[w as usize] = false;
                    cyclic[w as usize] = on_cycle;
                }
            }
        }
    }
    cyclic
}

/// Spills the callee-saved registers onto the stack, then calls `f` with the
/// current stack pointer, so a conservative scan from there sees them.
#[inline(never)]
pub(crate) fn with_spilled_registers(f: &mut dyn FnMut(usize)) {
    // Written only by the inline assembly, which Miri does not run.
    #[cfg_attr(miri, allow(unused_mut))]
    let mut regs = [0usize; 20];
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: stores six callee-saved registers into a local array; no other effect.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    #[cfg(all(target_arch = "aarch64", not(miri)))]
    // SAFETY: stores the callee-saved registers x19-x29 and d8-d15 into a
    // local array of 20 words; no other effect.  (The compiler may keep a
    // pointer in d8-d15 across a call, so they are roots too.)
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "str x29, [{0}, #80]",
            "stp d8, d9, [{0}, #88]", "stp d10, d11, [{0}, #104]",
            "stp d12, d13, [{0}, #120]", "stp d14, d15, [{0}, #136]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    let sp = &regs as *const _ as usize;
    f(sp);
    std::hint::black_box(&regs);
}

// --- Mutators ---

/// The upper end of a thread's conservative stack scan: 4 KiB above
/// `stack_base` (the caller's outermost frame may keep references in slots
/// above the local whose address it passed), but never past the top of
/// the thread's stack.  A spawned thread's outermost frames lie a few
/// hundred bytes below the top of its stack mapping, and the memory above
/// (glibc's thread descriptor and TLS, then possibly another thread's
/// guard page) ends before `base + 4096`: the scan read a guard page and
/// crashed (about one run in six of a two-thread allocation loop).
fn scan_limit(stack_base: usize) -> usize {
    let want = stack_base + 4096;
    #[cfg(all(target_os = "linux", not(miri)))]
    {
        // SAFETY: pthread_getattr_np fills `attr` for the calling thread;
        // pthread_attr_getstack reads it; `attr` is destroyed after use.
        unsafe {
            let mut attr: libc::pthread_attr_t = std::mem::zeroed();
            if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
                let mut addr: *mut libc::c_void = std::ptr::null_mut();
                let mut size: libc::size_t = 0;
                let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
                libc::pthread_attr_destroy(&mut attr);
                let top = addr as usize + size;
                if ok && stack_base < top {
                    return want.min(top);
                }
            }
        }
    }
    want
}

/// A bump-allocation run: `cursor` is the next free cell, `limit` the end
/// of the run.  `cursor == limit` (both 0 when there is no run) sends the
/// next allocation to the slow path.
#[repr(C)]
pub struct Run {
    pub cursor: Cell<usize>,
    pub limit: Cell<usize>,
}

/// The part of a mutator the collector and other threads read: its
/// allocation runs, its poll word and its stop state.  Shared through an
/// `Arc`, so its address (registered with the heap) never changes;
/// `layout` gives the offsets a compiled fast path uses.
///
/// Aligned to 128 bytes (two cache lines, as the adjacent-line prefetcher
/// pairs them) so that one thread's runs, which it writes at every
/// allocation, share no line with another thread's state.
#[repr(C, align(128))]
pub struct MutatorState {
    pub runs: [Run; NSPACES],
    /// Non-zero: the next safepoint must stop (`safepoint::POLL_*`).
    pub poll: AtomicU32,
    /// RUNNING, PARKED, SAFE or HELD (`safepoint`).
    pub(crate) status: AtomicU8,
    /// The block each run lies in (0: none).
    pub(crate) block: [Cell<usize>; NSPACES],
    /// Stack pointer while the thread is stopped or in a safe region (0: running).
    pub(crate) saved_sp: AtomicUsize,
    pub(crate) stack_base: usize,
    pub(crate) pending: Cell<Option<Pending>>,
    /// Operations other threads asked this one to run at a safepoint.
    pub(crate) handshakes: Mutex<Vec<Handshake>>,
    /// Empty blocks kept for this mutator: `take_block` pops one without
    /// the heap lock.  Each collection refills it with the blocks this
    /// mutator allocated in that came out empty, up to its share of the
    /// nursery, so a thread keeps reusing the same memory (still in its
    /// core's cache) instead of blocks another core wrote last; a thread
    /// in a safe region at the collection gives its list back to the heap.
    /// Blocks here have `BlockHeader::own` set and are in no heap list.
    pub(crate) own_empty: Cell<Vec<usize>>,
    /// Blocks handed to this mutator since the last collection (the
    /// collection sweeps them with `HeapInner::touched`).
    pub(crate) own_touched: Cell<Vec<usize>>,
    /// Partial blocks kept for this mutator, per space: like `own_empty`,
    /// the blocks it allocated in that came out of the last collection
    /// with free cells and some survivor (which stays until a major
    /// collection: in a long run nearly every block has one).  Taken before
    /// any other block of the space, without the heap lock.  At the start
    /// of each collection they go back to the heap's partial lists, so
    /// the sweep sees every partial block there.
    pub(crate) own_partial: [Cell<Vec<usize>>; NSPACES],
    /// Bytes and cells of the runs taken since they were last added to
    /// the heap's shared counters (`Heap::flush_run_counts`).
    pub(crate) run_bytes: Cell<usize>,
    pub(crate) run_objects: Cell<u64>,
    pub(crate) run_count: Cell<u64>,
    /// Bytes of own empty blocks taken since `in_use` was last grown
    /// (`Heap::flush_run_counts`).
    pub(crate) in_use_pending: Cell<usize>,
    /// `take_block` asks whether a collection is due (`Heap::due`) only
    /// once `run_bytes` reaches this: the nursery's room as `due` last saw
    /// it; 0 after a flush, so at least once per `FLUSH_BYTES`.
    pub(crate) due_check: Cell<usize>,
    /// Sweep work a collector posted to this parked thread (`WORK_*`,
    /// `sweep_by_owners`), and the work: (address of the collector's
    /// `OwnedSweep`, first block index, end).
    pub(crate) work_state: AtomicU8,
    pub(crate) work: Cell<(usize, usize, usize)>,
    /// The words of its stack in the heap's range, found by the thread as
    /// it last parked (`note_stack_roots`).
    pub(crate) stack_roots: Cell<Vec<u64>>,
    /// Set by a collector that found this thread in a safe region,
    /// retired it (runs, touched and own lists) and noted its stack's heap
    /// words in `stack_roots`; cleared as the thread leaves the region.
    /// Until then nothing of it changes, and the next collections only
    /// mark those words (`Heap::collect`): a thread blocked in I/O or on a
    /// lock costs a collection a few loads, not its stack and its lists.
    pub(crate) safe_noted: AtomicBool,
    /// Collections this thread has spent whole in its safe region (up to
    /// `QUIET`): set by the collector at the end of each collection that
    /// finds it there, cleared as it leaves (and after a handshake runs on
    /// its behalf).  From `QUIET` on, a minor collection skips its roots
    /// (`Tracer::quiet`).
    pub(crate) quiet: AtomicU32,
}

// SAFETY: the Cells are read and written by the owning thread, and by a
// collector only while the owner is stopped (PARKED or SAFE, published by
// SeqCst stores of `status` that the collector reads); the other fields are
// atomics or locks.  `work` is written by the collector before a Release
// store of `work_state` and read by the owner only after taking the work
// with an Acquire exchange.
unsafe impl Sync for MutatorState {}
// SAFETY: as above; `Pending` holds a pointer into the owner's stack that
// only the owner sets and only a stop-the-world collector reads.
unsafe impl Send for MutatorState {}

/// One thread's allocation context.
///
/// The fast path (`alloc`) bumps the cursor of the thread's run for the
/// object's space: a load, an add, a compare and a store, no atomic
/// operation.
pub struct Mutator {
    heap: &'static Heap,
    pub(crate) state: Arc<MutatorState>,
}

/// A value under construction that must be traced if a collection runs
/// while its object is being allocated: (address, trace function).
pub type Pending = (*const u8, unsafe fn(*const u8, &mut Tracer));

impl Mutator {
    /// Registers the calling thread.  `stack_base` must be an address in the
    /// outermost native frame that will ever hold references to heap objects
    /// (e.g. the address of a local of the thread's entry function).
    pub fn new(heap: &'static Heap, stack_base: usize) -> Mutator {
        let state = Arc::new(MutatorState {
            runs: std::array::from_fn(|_| Run {
                cursor: Cell::new(0),
                limit: Cell::new(0),
            }),
            poll: AtomicU32::new(0),
            status: AtomicU8::new(RUNNING),
            block: std::array::from_fn(|_| Cell::new(0)),
            saved_sp: AtomicUsize::new(0),
            stack_base: scan_limit(stack_base),
            pending: Cell::new(None),
            handshakes: Mutex::new(Vec::new()),
            own_empty: Cell::new(Vec::new()),
            own_touched: Cell::new(Vec::new()),
            own_partial: std::array::from_fn(|_| Cell::new(Vec::new())),
            run_bytes: Cell::new(0),
            run_objects: Cell::new(0),
            run_count: Cell::new(0),
            in_use_pending: Cell::new(0),
            due_check: Cell::new(0),
            work_state: AtomicU8::new(WORK_IDLE),
            work: Cell::new((0, 0, 0)),
            stack_roots: Cell::new(Vec::new()),
            safe_noted: AtomicBool::new(false),
            quiet: AtomicU32::new(0),
        });
        // Registration waits while a collection runs (the collector holds
        // the list); this thread holds no heap references yet.
        let mut threads = heap.reg.threads.lock().unwrap();
        threads.push(state.clone());
        heap.reg.count.store(threads.len(), Ordering::Relaxed);
        drop(threads);
        crate::budget::set_thread_poll(&state.poll, true);
        Mutator { heap, state }
    }

    pub fn heap(&self) -> &'static Heap {
        self.heap
    }

    /// Allocates `size` bytes (header included) for an object of type `meta`.
    /// The header is initialised; the payload is uninitialised and must be
    /// written before the next allocation.
    ///
    /// `has_drop` must be `meta.drop.is_some()` (the meta may still be
    /// under construction, so the caller says it): objects with destructors
    /// live in their own blocks.  `pending` is traced as a root if a
    /// collection runs during the allocation: the caller passes the payload
    /// it is about to move into the new object, whose references exist
    /// nowhere else yet.
    #[inline(always)]
    pub fn alloc(
        &self,
        meta: *const Meta,
        size: usize,
        has_drop: bool,
        pending: Option<Pending>,
    ) -> *mut Header {
        let p = if size <= MAX_SMALL {
            let space = size_class(size) + if has_drop { NCLASSES } else { 0 };
            let run = &self.state.runs[space];
            let p = run.cursor.get();
            let next = p + SPACE_SIZES[space];
            if next > run.limit.get() {
                self.state.pending.set(pending);
                let p = self.alloc_slow(space);
                self.state.pending.set(None);
                p
            } else {
                run.cursor.set(next);
                p as *mut Header
            }
        } else {
            self.state.pending.set(pending);
            let p = self.heap.alloc_large(self, size);
            self.state.pending.set(None);
            p
        };
        // SAFETY: `p` is a free cell (or large allocation) of at least `size`
        // bytes that nothing else refers to.
        unsafe {
            (*p).meta = meta;
            (*p).word.store(
                if size > MAX_SMALL { bits::LARGE } else { 0 },
                Ordering::Relaxed,
            );
        }
        p
    }

    /// Starts a new run for `space` and returns its first cell.
    #[cold]
    #[inline(never)]
    fn alloc_slow(&self, space: usize) -> *mut Header {
        let st = &*self.state;
        let run = &st.runs[space];
        let cs = SPACE_SIZES[space];
        loop {
            let b = st.block[space].get();
            if b != 0 {
                // SAFETY: the mutator owns block `b`, an initialised block of
                // `space`; nothing else allocates in it.
                let bh = unsafe { &mut *block_of(b) };
                let from = if run.limit.get() == 0 {
                    0
                } else {
                    (run.limit.get() - b - BLOCK_HEADER) / cs
                };
                if let Some((start, end)) = bh.next_run(from) {
                    bh.frontier = end;
                    run.cursor.set(start + cs);
                    run.limit.set(end);
                    // Counted here, added to the heap's shared counters
                    // when the block is exhausted (`Heap::flush_run_counts`):
                    // a block fragmented by old objects hands out dozens of
                    // runs, and with two threads each shared update moved a
                    // cache line between the cores.
                    let bytes = end - start;
                    st.run_bytes.set(st.run_bytes.get() + bytes);
                    st.run_objects
                        .set(st.run_objects.get() + (bytes / cs) as u64);
                    st.run_count.set(st.run_count.get() + 1);
                    return start as *mut Header;
                }
            }
            // This block is exhausted: take another (a collection there
            // resets every run and block, this one's included).
            run.cursor.set(0);
            run.limit.set(0);
            st.block[space].set(0);
            let nb = self.heap.take_block(self, space);

            st.block[space].set(nb);
        }
    }

    /// Forces a major (full) collection now.
    pub fn collect(&self) {
        self.heap.collect_from(self);
    }

    /// `collect`, calling `f` during the pause with the collection's
    /// cyclic garbage (`Heap::collect_from_finding_cycles`).
    pub fn collect_finding_cycles(&self, f: &mut CyclicGarbageFn<'_>) {
        self.heap.collect_from_finding_cycles(self, f);
    }

    /// `Heap::note_external` from this mutator's thread: the bytes also
    /// use up the room its next trigger test waits for
    /// (`MutatorState::due_check`), so a thread that allocates mostly
    /// native memory (big lists, each with a small object) tests as often
    /// as the bytes demand, not once per `FLUSH_BYTES` of objects.
    #[inline]
    pub fn note_external(&self, bytes: usize) {
        self.heap.note_external(bytes);
        let st = &*self.state;
        st.due_check.set(st.due_check.get().saturating_sub(bytes));
    }

    /// Forces a minor collection now (tests and benchmarks).
    pub fn collect_minor(&self) {
        self.heap.collect_kind_from(self, CollectionKind::Minor);
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        // Unregister from a safe region: a collection may be waiting for
        // this thread while it waits for the thread list.
        self.blocking(|| {
            let mut threads = self.heap.reg.threads.lock().unwrap();
            self.heap.flush_run_counts(&self.state);
            threads.retain(|t| !Arc::ptr_eq(t, &self.state));
            self.heap.reg.count.store(threads.len(), Ordering::Relaxed);
            // The rest of this mutator's runs hold no objects; its blocks
            // become full (in no list) until the next collection
            // classifies them again.
            for (space, run) in self.state.runs.iter().enumerate() {
                let b = self.state.block[space].get();
                if b != 0 {
                    // SAFETY: the mutator owned block `b`, an initialised
                    // block; collections are excluded by the thread list lock.
                    unsafe { (*block_of(b)).frontier = run.cursor.get() };
                }
                run.cursor.set(0);
                run.limit.set(0);
                self.state.block[space].set(0);
            }
            // The blocks it allocated in are swept by the next collection;
            // its own empty blocks go back to the heap.
            let mut inner = self.heap.inner.lock().unwrap();
            let touched = self.state.own_touched.take();
            self.heap
                .blocks_taken
                .fetch_add(touched.len() as u64, Ordering::Relaxed);
            inner.touched.extend(touched);
            // By address, highest first: the list is popped from its end, so
            // the next threads' batches (`take_block`) are runs of adjacent
            // blocks.
            let mut own = self.state.own_empty.take();
            own.sort_unstable_by(|a, b| b.cmp(a));
            for b in own {
                // SAFETY: `b` is an empty block of the heap that was in
                // this mutator's own list; the heap lock is held.
                unsafe { (*block_of(b)).own = 0 };
                inner.empty.push(b);
            }
            for (space, list) in self.state.own_partial.iter().enumerate() {
                for b in list.take() {
                    // SAFETY: as above, a partial block of `space`.
                    unsafe { (*block_of(b)).own = 0 };
                    inner.partial[space].push(b);
                }
                self.heap.partial_len[space].store(inner.partial[space].len(), Ordering::Relaxed);
            }
        });
        crate::budget::set_thread_poll(&self.state.poll, false);
        // From now on the state stays SAFE: a handshake aimed at this
        // thread runs on the requester.
        self.run_handshakes();
        self.state.status.store(SAFE, Ordering::SeqCst);
        self.state.saved_sp.store(0, Ordering::SeqCst);
    }
}

/// Offsets and constants for code that inlines the allocation fast path
/// and the write barrier (the JIT).
///
/// Barrier: `off = addr - load(RANGE_BASE); if off < RANGE_SIZE { card =
/// load(RANGE_BASE) - CARD_TABLE_SIZE + (off >> CARD_SHIFT); if *card == 0
/// { call barrier::slow_path(addr) } }` (`range::mark_card`).
pub mod layout {
    use super::{MutatorState, Run};
    pub use crate::range::{CARD_SHIFT, CARD_TABLE_SIZE, RANGE_BASE, RANGE_SIZE};
    /// Offset of `runs[0]` in `MutatorState`; run `s` is at `RUNS + s * RUN_SIZE`.
    pub const RUNS: usize = std::mem::offset_of!(MutatorState, runs);
    pub const RUN_SIZE: usize = std::mem::size_of::<Run>();
    pub const RUN_CURSOR: usize = std::mem::offset_of!(Run, cursor);
    pub const RUN_LIMIT: usize = std::mem::offset_of!(Run, limit);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::Tracer;
    use std::sync::atomic::AtomicU64;

    #[repr(C)]
    struct Pair {
        h: Header,
        a: u64,
        b: u64,
    }

    unsafe fn trace_pair(h: *const Header, t: &mut Tracer) {
        // SAFETY: called by the collector on live Pair objects.
        let p = unsafe { &*(h as *const Pair) };
        t.mark(p.a);
    }

    /// A Pair: `a` is a reference (or 0), `b` plain data.
    static PAIR_META: Meta = Meta {
        trace: trace_pair,
        drop: None,
        kind: 0,
        flags: 0,
    };

    fn heap() -> &'static Heap {
        Box::leak(Box::new(Heap::new()))
    }

    fn mk(m: &Mutator, a: u64, b: u64) -> *mut Pair {
        let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), false, None) as *mut Pair;
        // SAFETY: fresh allocation of a Pair-sized cell.
        unsafe {
            (*p).a = a;
            (*p).b = b;
        }
        p
    }

    /// `take_empty_batch` takes the listed blocks of the chunk with the
    /// most of them (the later chunk on a tie), in address order, up to
    /// its limit (at least one), and leaves the others listed.
    #[test]
    fn empty_batch_is_the_fullest_chunk() {
        const CHUNK: usize = CHUNK_BLOCKS * BLOCK_SIZE;
        let block = |chunk: usize, i: usize| (chunk + 1) * CHUNK + i * BLOCK_SIZE;
        let mut empty = vec![
            block(2, 5),
            block(0, 1),
            block(1, 3),
            block(2, 0),
            block(1, 0),
            block(2, 31),
            block(0, 2),
        ];
        assert_eq!(
            take_empty_batch(&mut empty, 2),
            vec![block(2, 0), block(2, 5)]
        );
        // Chunks 0 and 1 have two blocks listed now, chunk 2 one.
        assert_eq!(take_empty_batch(&mut empty, 0), vec![block(1, 0)]);
        assert_eq!(
            empty,
            vec![block(0, 1), block(0, 2), block(1, 3), block(2, 31)]
        );
        assert_eq!(
            take_empty_batch(&mut empty, 32),
            vec![block(0, 1), block(0, 2)]
        );
        assert_eq!(take_empty_batch(&mut empty, 32), vec![block(2, 31)]);
        assert_eq!(take_empty_batch(&mut empty, 32), vec![block(1, 3)]);
        assert!(empty.is_empty());
    }

    /// `recent_share` keeps the last blocks taken: from the end back until
    /// the free bytes held reach the share and `KEEP_MARGIN`, skipping the
    /// blocks that add nothing; none when the own lists are full already,
    /// all when they do not reach it.
    #[test]
    fn recent_share_keeps_the_last_taken() {
        let limit = NURSERY + KEEP_MARGIN;
        let blocks = limit / BLOCK_SIZE;
        let empty = |_: usize| Some(BLOCK_SIZE);
        assert_eq!(recent_share(blocks + 5, 0, NURSERY, empty), 5);
        assert_eq!(recent_share(blocks + 5, 3 * BLOCK_SIZE, NURSERY, empty), 8);
        assert_eq!(recent_share(blocks + 5, limit, NURSERY, empty), blocks + 5);
        assert_eq!(recent_share(blocks - 1, 0, NURSERY, empty), 0);
        // Every other block is full (adds nothing): twice as many back.
        let alternate = |i: usize| i.is_multiple_of(2).then_some(BLOCK_SIZE);
        assert_eq!(recent_share(2 * blocks + 10, 0, NURSERY, alternate), 10);
        // Partial blocks count their free bytes.
        let half = |_: usize| Some(BLOCK_SIZE / 2);
        assert_eq!(recent_share(2 * blocks + 1, 0, NURSERY, half), 1);
    }

    /// `next_run` (word-at-a-time) agrees with a cell-by-cell scan, for
    /// every size class and scattered live cells.
    #[test]
    fn next_run_matches_cell_by_cell_scan() {
        use std::alloc::{Layout, alloc, dealloc};
        let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).unwrap();
        // SAFETY: a fresh, aligned block-sized allocation, freed below.
        let b = unsafe { alloc(layout) } as usize;
        assert_ne!(b, 0);
        for (space, &cs) in SPACE_SIZES.iter().enumerate().take(NCLASSES) {
            let ncells = (BLOCK_SIZE - BLOCK_HEADER) / cs;
            // SAFETY: `b` is our block; we initialise its header.
            let bh = unsafe {
                block_of(b).write(BlockHeader {
                    space,
                    cell_size: cs,
                    ncells,
                    frontier: b + BLOCK_HEADER,
                    marked: 0,
                    nlive: 0,
                    own: 0,
                    young: AtomicU32::new(0),
                    nold: 0,
                    live: [0; BITMAP_WORDS],
                    mark: [0; BITMAP_WORDS],
                });
                &mut *block_of(b)
            };
            let mut x = 12345u64 + cs as u64;
            for i in 0..ncells {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if (x >> 33) % 7 < 2 || i == ncells - 1 && cs == 48 {
                    let (w, bit) = granule_bit(bh.cell(i));
                    bh.live[w] |= bit;
                    bh.nlive += 1;
                }
            }
            let is_live = |i: usize| {
                let (w, bit) = granule_bit(bh.cell(i));
                bh.live[w] & bit != 0
            };
            // Miri: every 13th start (the reference scan is quadratic).
            let stride = if cfg!(miri) { 13 } else { 1 };
            for from in (0..ncells).step_by(stride) {
                let mut i = from;
                while i < ncells && is_live(i) {
                    i += 1;
                }
                let want = (i < ncells).then(|| {
                    let mut e = i;
                    while e < ncells && !is_live(e) {
                        e += 1;
                    }
                    (bh.cell(i), bh.cell(e))
                });
                assert_eq!(bh.next_run(from), want, "cell size {cs}, from {from}");
            }
        }
        // SAFETY: allocated above with this layout.
        unsafe { dealloc(b as *mut u8, layout) };
    }

    /// `strongly_connected_cycles` finds the nodes on cycles (loops of
    /// several nodes and self-edges), not the ones that only reach one.
    #[test]
    fn cycles_found_by_tarjan() {
        let graph: Vec<Vec<u32>> = vec![
            vec![1],     // 0: on 0-1-2
            vec![2],     // 1
            vec![0, 5],  // 2
            vec![3],     // 3: self-edge
            vec![0],     // 4: reaches the cycle only
            vec![6],     // 5: a chain
            vec![],      // 6
            vec![],      // 7: alone
            vec![9],     // 8: on 8-9
            vec![8, 10], // 9
            vec![4],     // 10: reached from 8-9, reaches 0-1-2
        ];
        let edges = |v: u32| graph[v as usize].as_slice();
        let got = strongly_connected_cycles(graph.len(), &edges, &|_| false);
        let want = [
            true, true, true, true, false, false, false, false, true, true, false,
        ];
        assert_eq!(got, want);
        // A cycle with an old node is not one.
        let got = strongly_connected_cycles(graph.len(), &edges, &|v| v == 9);
        let want = [
            true, true, true, true, false, false, false, false, false, false, false,
        ];
        assert_eq!(got, want);
        // A long chain closed into one ring, then left open: no recursion.
        let n = if cfg!(miri) { 1_000 } else { 200_000 };
        let ring: Vec<Vec<u32>> = (0..n).map(|i| vec![((i + 1) % n) as u32]).collect();
        let edges = |v: u32| ring[v as usize].as_slice();
        assert!(
            strongly_connected_cycles(n, &edges, &|_| false)
                .iter()
                .all(|&c| c)
        );
        let chain: Vec<Vec<u32>> = (0..n)
            .map(|i| {
                if i + 1 < n {
                    vec![i as u32 + 1]
                } else {
                    vec![]
                }
            })
            .collect();
        let edges = |v: u32| chain[v as usize].as_slice();
        assert!(
            strongly_connected_cycles(n, &edges, &|_| false)
                .iter()
                .all(|&c| !c)
        );
    }

    #[test]
    fn size_classes_cover_sizes() {
        for size in 1..=MAX_SMALL {
            let c = size_class(size);
            assert!(CLASS_SIZES[c] >= size, "class too small for {size}");
            if c > 0 {
                assert!(CLASS_SIZES[c - 1] < size);
            }
        }
    }

    /// Under Miri the collector does not scan native stacks (Miri cannot
    /// read them as integers: each local is an allocation of its own, and
    /// padding is uninitialised), so a test that keeps objects only in its
    /// locals also publishes them here, for the root function to report.
    /// Elsewhere the slot is not read: the stack scan alone keeps them.
    fn miri_stack_twin(slot: &AtomicU64, p: usize) {
        if cfg!(miri) {
            slot.store(p as u64, Ordering::Relaxed);
        }
    }

    static STACK_TWIN_CHAIN: AtomicU64 = AtomicU64::new(0);

    #[test]
    fn reclaims_garbage_and_keeps_reachable() {
        let h = heap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        h.set_root_fn(|t| t.mark(STACK_TWIN_CHAIN.load(Ordering::Relaxed)));
        // Miri: a smaller heap (no automatic collection, only the explicit one).
        let garbage = if cfg!(miri) { 5_000 } else { 200_000 };
        // A chain kept alive from the stack.
        let mut head = mk(&m, 0, 0);
        for _ in 0..1000 {
            head = mk(&m, head as u64, 0);
            miri_stack_twin(&STACK_TWIN_CHAIN, head as usize);
        }
        // Lots of garbage, including cycles.
        for _ in 0..garbage {
            let x = mk(&m, 0, 0);
            let y = mk(&m, x as u64, 0);
            // SAFETY: x is a live Pair.
            unsafe { (*x).a = y as u64 };
        }
        m.collect();
        let s = h.stats();
        assert!(
            s.freed_objects > garbage as u64 / 2,
            "garbage was not reclaimed: {s:?}"
        );
        // Walk the chain: every node must still be a Pair.
        let mut n = 0;
        let mut p = std::hint::black_box(head);
        while !p.is_null() {
            // SAFETY: the chain is reachable from `head`, a stack root.
            unsafe {
                assert!(
                    std::ptr::eq((*p).h.meta, &PAIR_META),
                    "reachable object freed"
                );
                p = (*p).a as *mut Pair;
            }
            n += 1;
        }
        assert_eq!(n, 1001);
    }

    static ROOT: AtomicU64 = AtomicU64::new(0);

    /// A value replaced by a new allocation over and over, reachable only
    /// from the root function, survives every collection.
    #[test]
    fn precise_root_survives_many_collections() {
        let h = heap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        h.set_root_fn(|t| t.mark(ROOT.load(Ordering::Relaxed)));
        ROOT.store(mk(&m, 0, 7) as u64, Ordering::Relaxed);
        let (n, every) = if cfg!(miri) {
            (3_000, 500)
        } else {
            (300_000, 50_000)
        };
        for i in 0..n {
            let old = ROOT.load(Ordering::Relaxed) as *mut Pair;
            // SAFETY: ROOT always holds a live Pair.
            let v = unsafe { (*old).b };
            assert_eq!(v, i + 7, "root lost at {i}");
            let n = mk(&m, 0, v + 1);
            ROOT.store(n as u64, Ordering::Relaxed);
            if i % every == 0 {
                m.collect();
            }
        }
        assert!(h.stats().collections > 3);
    }

    #[repr(C)]
    struct One {
        h: Header,
        a: u64,
    }

    unsafe fn trace_one(h: *const Header, t: &mut Tracer) {
        // SAFETY: called by the collector on live One objects.
        t.mark(unsafe { (*(h as *const One)).a });
    }

    static ONE_META: Meta = Meta {
        trace: trace_one,
        drop: None,
        kind: 0,
        flags: 0,
    };

    static STACK_TWIN_UNALIGNED: AtomicU64 = AtomicU64::new(0);

    /// 24-byte cells do not all start on a granule boundary: a chain of
    /// them, kept from the stack while garbage is made around it, survives
    /// several collections intact, and its header MARK bit is set after
    /// each one (sticky marks: the survivors are old).
    #[test]
    fn unaligned_cells_survive_repeated_collections() {
        let h = heap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        h.set_root_fn(|t| t.mark(STACK_TWIN_UNALIGNED.load(Ordering::Relaxed)));
        let per_round: usize = if cfg!(miri) { 600 } else { 2000 };
        let mk = |a: u64| {
            let p = m.alloc(&ONE_META, 24, false, None) as *mut One;
            // SAFETY: fresh allocation of a 24-byte cell.
            unsafe { (*p).a = a };
            p
        };
        let mut head = mk(0);
        miri_stack_twin(&STACK_TWIN_UNALIGNED, head as usize);
        for round in 0..5 {
            for i in 0..per_round {
                if i % 3 == 0 {
                    head = mk(head as u64);
                    miri_stack_twin(&STACK_TWIN_UNALIGNED, head as usize);
                } else {
                    std::hint::black_box(mk(0));
                }
            }
            m.collect();
            let mut n = 0;
            let mut p = std::hint::black_box(head);
            while !p.is_null() {
                // SAFETY: the chain is reachable from `head`, a stack root.
                unsafe {
                    assert!(
                        std::ptr::eq((*p).h.meta, &ONE_META),
                        "reachable object freed"
                    );
                    // Survivors stay marked (sticky marks: old).
                    assert_ne!((*p).h.word.load(Ordering::Relaxed) & bits::MARK, 0);
                    p = (*p).a as *mut One;
                }
                n += 1;
            }
            assert_eq!(n, 1 + per_round.div_ceil(3) * (round + 1));
        }
    }

    /// A Weak: `slot` is a weak reference (not traced).
    #[repr(C)]
    struct Weak {
        h: Header,
        slot: AtomicU64,
    }

    unsafe fn trace_nothing(_: *const Header, _: &mut Tracer) {}

    static WEAK_META: Meta = Meta {
        trace: trace_nothing,
        drop: None,
        kind: 1,
        flags: 0,
    };

    static W_ROOT: AtomicU64 = AtomicU64::new(0);
    static F_KEEP: AtomicU64 = AtomicU64::new(0);

    #[test]
    fn weak_slots_clear_and_finalizers_resurrect_once() {
        let h = heap();
        h.set_root_fn(|t| {
            t.mark(W_ROOT.load(Ordering::Relaxed));
            t.mark(F_KEEP.load(Ordering::Relaxed));
        });
        // The objects are made on another thread, which exits, and their
        // addresses come back complemented: the conservative stack scan
        // finds no copy of them, only the roots above decide.
        let (w, f, c) = std::thread::spawn(move || {
            let base = 0usize;
            let m = Mutator::new(h, &base as *const _ as usize);
            // W (rooted) weakly refers to X (rooted through F_KEEP for now).
            let x = mk(&m, 0, 42);
            F_KEEP.store(x as u64, Ordering::Relaxed);
            let w = m.alloc(&WEAK_META, std::mem::size_of::<Weak>(), false, None) as *mut Weak;
            // SAFETY: a fresh Weak-sized cell, then a live (rooted) one.
            unsafe {
                std::ptr::addr_of_mut!((*w).slot).write(AtomicU64::new(x as u64));
                h.add_weak(&(*w).h, &(*w).slot, true);
            }
            W_ROOT.store(w as u64, Ordering::Relaxed);
            // F, finalizable, holds C; both unreachable.
            let c = mk(&m, 0, 7);
            let f = mk(&m, c as u64, 9);
            // SAFETY: `f` is live.
            h.add_finalizer(unsafe { &(*f).h });
            (!(w as usize), !(f as usize), !(c as usize))
        })
        .join()
        .unwrap();
        let (w, f, c) = (!w as *const Weak, !f as *const Pair, !c as *const Pair);
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        /// Reads the slot in a frame of its own, then wipes the dead stack
        /// below the caller, so no copy of the referent stays on the stack.
        #[inline(never)]
        fn slot_is_set(w: *const Weak) -> bool {
            // SAFETY: `w` is rooted.
            let set = unsafe { (*w).slot.load(Ordering::Relaxed) } != 0;
            wipe_stack();
            set
        }
        #[inline(never)]
        fn wipe_stack() {
            let buf = [0u64; 1024];
            std::hint::black_box(&buf);
        }
        // X is still rooted, so its weak slot stays.
        m.collect();
        assert!(slot_is_set(w), "live referent cleared");
        wipe_stack();
        let (cleared, finals) = h.take_finalization_work();
        assert!(cleared.is_empty());
        assert_eq!(finals, vec![f as *const Header]);
        // The finalizable object and its child survived, intact.
        // SAFETY: resurrected by the collection and unswept.
        unsafe {
            assert!(std::ptr::eq((*f).h.meta, &PAIR_META));
            assert_eq!((*f).a, c as u64);
            assert_eq!((*c).b, 7);
            assert_ne!((*f).h.word.load(Ordering::Relaxed) & bits::FINALIZED, 0);
            // Not finalized twice: registering again is refused.
            h.add_finalizer(&(*f).h);
        }
        // X loses its last strong reference.
        F_KEEP.store(0, Ordering::Relaxed);
        wipe_stack();
        m.collect();
        let (cleared, finals) = h.take_finalization_work();
        // SAFETY: `w` is rooted.
        let slot = unsafe { (*w).slot.load(Ordering::Relaxed) };
        assert_eq!(slot, 0, "dead referent not cleared");
        assert_eq!(cleared, vec![w as *const Header]);
        assert!(finals.is_empty(), "finalized twice");
    }

    /// A new Weak referring to `x`, registered with notification; the
    /// caller roots it before its next allocation.
    fn weak_to(h: &Heap, m: &Mutator, x: u64) -> usize {
        let w = m.alloc(&WEAK_META, std::mem::size_of::<Weak>(), false, None) as *mut Weak;
        // SAFETY: a fresh Weak-sized cell, written before any allocation.
        unsafe {
            std::ptr::addr_of_mut!((*w).slot).write(AtomicU64::new(x));
            h.add_weak(&(*w).h, &(*w).slot, true);
        }
        w as usize
    }

    static WA: AtomicU64 = AtomicU64::new(0);
    static WB: AtomicU64 = AtomicU64::new(0);
    static XK: AtomicU64 = AtomicU64::new(0);

    #[test]
    fn weak_owners_of_one_referent_notified_newest_first() {
        let h = heap();
        h.set_root_fn(|t| {
            t.mark(WA.load(Ordering::Relaxed));
            t.mark(WB.load(Ordering::Relaxed));
            t.mark(XK.load(Ordering::Relaxed));
        });
        // Made on another thread, addresses returned complemented (as in
        // the test above): only the roots keep X alive.
        let (wa, wb, x) = std::thread::spawn(move || {
            let base = 0usize;
            let m = Mutator::new(h, &base as *const _ as usize);
            let x = mk(&m, 0, 1);
            XK.store(x as u64, Ordering::Relaxed);
            let mut ws = [0usize; 2];
            for (w_out, root) in ws.iter_mut().zip([&WA, &WB]) {
                let w = weak_to(h, &m, x as u64);
                root.store(w as u64, Ordering::Relaxed);
                *w_out = !w;
            }
            // SAFETY: the second owner is live (rooted).
            h.set_shared_weak(unsafe { &(*(!ws[1] as *const Weak)).h }, x as *const Header);
            (ws[0], ws[1], !(x as usize))
        })
        .join()
        .unwrap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        #[inline(never)]
        fn wipe_stack() {
            let buf = [0u64; 1024];
            std::hint::black_box(&buf);
        }
        /// The complemented owner shared for the complemented target:
        /// no plain copy of X's address stays in this thread's frames.
        #[inline(never)]
        fn shared_compl(h: &Heap, xc: usize) -> Option<usize> {
            h.shared_weak(!xc as *const Header).map(|o| !(o as usize))
        }
        m.collect();
        assert_eq!(shared_compl(h, x), Some(wb), "live entry dropped");
        wipe_stack();
        XK.store(0, Ordering::Relaxed);
        m.collect();
        let (cleared, _) = h.take_finalization_work();
        let cleared: Vec<usize> = cleared.iter().map(|&o| !(o as usize)).collect();
        assert_eq!(cleared, vec![wb, wa], "not newest first");
        assert_eq!(shared_compl(h, x), None, "entry of a dead referent kept");
    }

    static OLD_W: AtomicU64 = AtomicU64::new(0);
    static NEW_W: AtomicU64 = AtomicU64::new(0);
    static OLD_X: AtomicU64 = AtomicU64::new(0);

    /// A weak slot whose owner and referent are old leaves the young list
    /// (minor collections skip it); when its referent dies in a major
    /// collection, the owners are still notified newest first, an old
    /// entry and one registered after it.
    #[test]
    fn old_weak_slots_cleared_in_registration_order() {
        let h = heap();
        h.set_root_fn(|t| {
            t.mark(OLD_W.load(Ordering::Relaxed));
            t.mark(NEW_W.load(Ordering::Relaxed));
            t.mark(OLD_X.load(Ordering::Relaxed));
        });
        // Made on another thread (addresses returned complemented, as in
        // the tests above): only the roots keep X alive.
        let (first, second) = std::thread::spawn(move || {
            let base = 0usize;
            let m = Mutator::new(h, &base as *const _ as usize);
            let x = mk(&m, 0, 1);
            OLD_X.store(x as u64, Ordering::Relaxed);
            let w = weak_to(h, &m, x as u64);
            OLD_W.store(w as u64, Ordering::Relaxed);
            // SAFETY: `w` is live (rooted).
            h.set_shared_weak(unsafe { &(*(w as *const Weak)).h }, x as *const Header);
            // Two survivals: X and the first owner are old.
            m.collect_minor();
            m.collect_minor();
            {
                let fin = h.fin.lock().unwrap();
                assert_eq!(fin.weak_old.len(), 1, "old entry not moved");
                assert_eq!(fin.shared_old.len(), 1, "old shared entry not moved");
            }
            assert_eq!(h.shared_weak(x as *const Header), Some(w as *const Header));
            let w2 = weak_to(h, &m, x as u64);
            NEW_W.store(w2 as u64, Ordering::Relaxed);
            (!w, !w2)
        })
        .join()
        .unwrap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        OLD_X.store(0, Ordering::Relaxed);
        // X is old: a minor collection does not free it, nor clear a slot.
        m.collect_minor();
        assert!(
            h.take_finalization_work().0.is_empty(),
            "old referent cleared by a minor collection"
        );
        m.collect();
        let (cleared, _) = h.take_finalization_work();
        let cleared: Vec<usize> = cleared.iter().map(|&o| !(o as usize)).collect();
        assert_eq!(cleared, vec![second, first], "not newest first");
        let fin = h.fin.lock().unwrap();
        assert!(fin.weak_young.is_empty() && fin.weak_old.len() == 2);
        assert!(
            fin.shared_young.is_empty() && fin.shared_old.is_empty(),
            "entry of a dead referent kept"
        );
    }

    // --- Generations ---

    fn is_marked_at(p: *const Pair) -> bool {
        // SAFETY: `p` is a cell of the test's heap (alive or freed, never
        // returned to the system); only its header word is read.
        unsafe { (*p).h.word.load(Ordering::Relaxed) & bits::MARK != 0 }
    }

    /// Runs `f` on a thread of its own that registers a mutator and exits,
    /// so the conservative stack scan finds nothing it left behind; `f`'s
    /// result comes back complemented (`!`) for the same reason.  `me`, the
    /// caller's mutator, waits for the thread in a safe region: a
    /// collection that `f` starts must not wait for the caller to poll
    /// (a plain `join` deadlocked under `TAIPAN_GC_STRESS=1`).
    fn on_thread(me: &Mutator, f: impl FnOnce(&Mutator) -> usize + Send + 'static) -> usize {
        let h = me.heap();
        let t = std::thread::spawn(move || {
            let base = 0usize;
            let m = Mutator::new(h, &base as *const _ as usize);
            !f(&m)
        });
        me.blocking(|| t.join()).unwrap()
    }

    /// Whether the object at `!c` is marked, read in a frame of its own
    /// whose stack is wiped afterwards (no copy of the address stays).
    #[inline(never)]
    fn marked_compl(c: usize) -> bool {
        let r = is_marked_at(!c as *const Pair);
        wipe();
        r
    }

    #[inline(never)]
    fn wipe() {
        let buf = [0u64; 1024];
        std::hint::black_box(&buf);
    }

    static G_MIXED: AtomicU64 = AtomicU64::new(0);

    /// The barrier's slow path (`store_needs_card`): a store into an old
    /// object is counted, a store into a young object on a card with old
    /// objects leaves the card clean, one on a card without old objects
    /// marks it uncounted; and a young object written without a card is
    /// still traced whole by the next minor collection.
    #[test]
    fn barrier_skips_stores_into_young_objects() {
        let h = heap();
        h.set_root_fn(|t| t.mark(G_MIXED.load(Ordering::Relaxed)));
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let seen = on_thread(&m, |m| {
            // Every other pair rooted (a chain through `a`): after the
            // collection, old pairs with free cells between them.
            let mut prev = 0u64;
            let mut old = Vec::new();
            for i in 0..64 {
                let p = mk(m, 0, i);
                if i % 2 == 0 {
                    // SAFETY: fresh pair.
                    unsafe { (*p).a = prev };
                    prev = p as u64;
                    old.push(!(p as usize));
                }
            }
            G_MIXED.store(prev, Ordering::Relaxed);
            // Old at their second survival.
            m.collect_minor();
            m.collect_minor();
            let card = |a: usize| a & !(crate::range::CARD_SIZE - 1);
            let old_cards: HashSet<usize> = old
                .iter()
                .flat_map(|&p| [card(!p), card(!p + std::mem::size_of::<Pair>() - 1)])
                .collect();
            for &p in &old {
                let o = !p as *mut Pair;
                assert!(is_marked_at(o), "rooted pair not old");
                // SAFETY: `o` is a live pair.
                let slot = unsafe { std::ptr::addr_of!((*o).a) } as usize;
                assert!(matches!(store_needs_card(slot), CardNeed::Counted));
            }
            let (mut mixed, mut alone) = (Vec::new(), 0);
            for i in 0..256 {
                let y = mk(m, 0, 1000 + i);
                // SAFETY: fresh pair.
                let slot = unsafe { std::ptr::addr_of!((*y).a) } as usize;
                let shares = old_cards.contains(&card(y as usize))
                    || old_cards.contains(&card(y as usize + std::mem::size_of::<Pair>() - 1));
                match store_needs_card(slot) {
                    CardNeed::None => {
                        assert!(shares, "young pair alone on its card left clean");
                        mixed.push(!(y as usize));
                    }
                    CardNeed::Uncounted => {
                        assert!(!shares, "young pair beside old ones marked");
                        alone += 1;
                    }
                    CardNeed::Counted => panic!("a store into a young pair counted"),
                }
            }
            assert!(!mixed.is_empty(), "no young pair was put between old ones");
            assert!(alone > 0, "no young pair on a card of its own");
            // The chain's head (old, a root) gets a young pair `y` from
            // between old ones (its card is marked), and `y` a young `z`
            // (no card): head -> y -> z -> the rest of the chain.
            let head = G_MIXED.load(Ordering::Relaxed) as *mut Pair;
            let y = !mixed[0] as *mut Pair;
            let z = mk(m, 0, 77);
            // SAFETY: live pairs; each store is followed by its barrier.
            unsafe {
                (*z).a = (*head).a;
                crate::barrier::write_at(std::ptr::addr_of!((*z).a) as usize);
                (*y).a = z as u64;
                crate::barrier::write_at(std::ptr::addr_of!((*y).a) as usize);
                assert!(
                    !crate::range::any_dirty(y as usize, std::mem::size_of::<Pair>()),
                    "a store into a young pair between old ones marked its card"
                );
                (*head).a = y as u64;
                crate::barrier::write_at(std::ptr::addr_of!((*head).a) as usize);
                assert!(
                    crate::range::any_dirty(head as usize, 16),
                    "old head's card clean"
                );
            }
            z as usize
        });
        let z = !seen;
        wipe();
        m.collect_minor();
        assert!(marked_compl(!z), "the young pair's young child was freed");
        // SAFETY: survived, so intact.
        assert_eq!(unsafe { (*(z as *const Pair)).b }, 77);
    }

    static G_OLD: AtomicU64 = AtomicU64::new(0);
    static G_OLD2: AtomicU64 = AtomicU64::new(0);

    /// An old object given a young child through the barrier keeps it alive
    /// across a minor collection; the same store without the barrier loses
    /// it (which is what the barrier is for).
    #[test]
    fn barrier_keeps_young_child_of_old_object() {
        let h = heap();
        h.set_root_fn(|t| {
            t.mark(G_OLD.load(Ordering::Relaxed));
            t.mark(G_OLD2.load(Ordering::Relaxed));
        });
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        G_OLD.store(
            !on_thread(&m, |m| mk(m, 0, 1) as usize) as u64,
            Ordering::Relaxed,
        );
        G_OLD2.store(
            !on_thread(&m, |m| mk(m, 0, 2) as usize) as u64,
            Ordering::Relaxed,
        );
        // Old at their second survival.
        m.collect_minor();
        m.collect_minor();
        let old = G_OLD.load(Ordering::Relaxed) as *mut Pair;
        let old2 = G_OLD2.load(Ordering::Relaxed) as *mut Pair;
        assert!(is_marked_at(old) && is_marked_at(old2), "roots are old now");
        let (o, o2) = (old as usize, old2 as usize);
        let kids = on_thread(&m, move |m| {
            let a = mk(m, 0, 77);
            let b = mk(m, 0, 78);
            // SAFETY: `o` and `o2` are live (rooted) Pairs.
            unsafe {
                (*(o as *mut Pair)).a = a as u64;
                crate::barrier::write(o as *const Header);
                (*(o2 as *mut Pair)).a = b as u64;
            }
            0
        });
        assert_eq!(!kids, 0);
        m.collect_minor();
        // SAFETY: `old` and `old2` are rooted.
        let (a, b) = unsafe { ((*old).a as *const Pair, (*old2).a as *const Pair) };
        assert!(
            is_marked_at(a),
            "the young child stored with the barrier was lost"
        );
        // SAFETY: `a` survived (marked), so it is intact.
        assert_eq!(unsafe { (*a).b }, 77);
        assert!(
            !is_marked_at(b),
            "a store without the barrier was seen anyway?"
        );
        // SAFETY: repair the dangling field before anything traces it.
        unsafe { (*old2).a = 0 };
        assert_eq!(h.stats().minor.count, 3);
    }

    static G_AGE_A: AtomicU64 = AtomicU64::new(0);
    static G_AGE_R: AtomicU64 = AtomicU64::new(0);
    /// Y and Z of the aging test, complemented (passed between threads).
    static G_AGE_YZ: std::sync::Mutex<u128> = std::sync::Mutex::new(0);

    /// `survived` of the object at `!c`, read in a frame of its own whose
    /// stack is wiped afterwards (as `marked_compl`).
    #[inline(never)]
    fn survived_compl(c: usize) -> bool {
        let r = survived(!c as u64);
        wipe();
        r
    }

    /// The `b` field of the live Pair at `!c` (as `marked_compl`).
    #[inline(never)]
    fn pair_b_compl(c: usize) -> u64 {
        // SAFETY: the caller's Pair survived, so it is intact.
        let b = unsafe { (*(!c as *const Pair)).b };
        wipe();
        b
    }

    /// Aging: a survivor of a minor collection stays young (aged: MARK
    /// clear, live bit set), is freed by the next minor collection if
    /// unreachable, and is old at its second survival.  An object that
    /// turns old promotes what it refers to, also an object marked young
    /// earlier in the same collection, and what that one refers to (the
    /// verify mode checks every old object's referents after each of these
    /// collections).
    #[test]
    fn survivors_age_once_and_promote_what_old_objects_reach() {
        let mut hp = Heap::new();
        hp.verify = true;
        let h: &'static Heap = Box::leak(Box::new(hp));
        // `A` is marked before `R`: the drain pops `R` first (LIFO), which
        // marks `Y` and `Z` young; then `A`, aged, reaches `Y` again.
        h.set_root_fn(|t| {
            t.mark(G_AGE_A.load(Ordering::Relaxed));
            t.mark(G_AGE_R.load(Ordering::Relaxed));
        });
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let na = on_thread(&m, |m| mk(m, 0, 1) as usize);
        G_AGE_A.store(!na as u64, Ordering::Relaxed);
        let nb = on_thread(&m, move |m| {
            let b = mk(m, 0, 2);
            // SAFETY: `!na` is a live (rooted below) Pair.
            unsafe { (*(!na as *mut Pair)).a = b as u64 };
            crate::barrier::write(!na as *const Header);
            b as usize
        });
        m.collect_minor();
        assert!(!marked_compl(na), "promoted at its first survival");
        assert!(
            survived_compl(na) && survived_compl(nb),
            "a survivor was freed"
        );
        // Y -> Z, R -> Y (R young), A -> Y (A aged: its card is clean).
        // Made on a thread of their own, and only complemented addresses
        // reach this one (a stale word would keep R alive: it did on
        // aarch64 when this thread computed R's address).
        let nr = on_thread(&m, move |m| {
            let z = mk(m, 0, 26);
            let y = mk(m, z as u64, 25);
            let r = mk(m, y as u64, 18);
            G_AGE_R.store(r as u64, Ordering::Relaxed);
            // SAFETY: `!na` is a live (rooted) Pair.  No card: as the
            // barrier leaves it for a store into a young object on a
            // card with old ones (A is aged, hence young).
            unsafe { (*(!na as *mut Pair)).a = y as u64 };
            *G_AGE_YZ.lock().unwrap() = ((!(y as u64)) as u128) << 64 | (!(z as u64)) as u128;
            r as usize
        });
        let yz = *G_AGE_YZ.lock().unwrap();
        let (ny, nz) = ((yz >> 64) as usize, yz as u64 as usize);
        wipe();
        m.collect_minor();
        assert!(marked_compl(na), "not old at its second survival");
        assert!(
            !survived_compl(nb),
            "aged garbage kept by a minor collection"
        );
        assert!(marked_compl(ny), "an old object refers to a young one");
        assert!(
            marked_compl(nz),
            "an object promoted late did not promote its referent"
        );
        assert!(!marked_compl(nr) && survived_compl(nr), "R is aged");
        assert_eq!(pair_b_compl(nz), 26, "Z was overwritten");
        G_AGE_R.store(0, Ordering::Relaxed);
        wipe();
        m.collect_minor();
        assert!(!survived_compl(nr), "unreachable aged R kept");
        assert!(marked_compl(na) && marked_compl(ny) && marked_compl(nz));
        let s = h.stats();
        assert_eq!(s.minor.count, 3);
    }

    static G_CHAIN: AtomicU64 = AtomicU64::new(0);

    /// Young garbage is freed by a minor collection; old garbage stays
    /// until a major one.
    #[test]
    fn minor_frees_young_garbage_major_frees_old() {
        let h = heap();
        h.set_root_fn(|t| t.mark(G_CHAIN.load(Ordering::Relaxed)));
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let n_old = if cfg!(miri) { 200 } else { 5000 };
        let n_young = if cfg!(miri) { 500 } else { 50_000 };
        // `nhead`: the chain's head, complemented.
        let nhead = on_thread(&m, move |m| {
            let mut head = 0u64;
            for _ in 0..n_old {
                head = mk(m, head, 0) as u64;
            }
            head as usize
        });
        G_CHAIN.store(!nhead as u64, Ordering::Relaxed);
        m.collect_minor();
        // Aged, not old: a minor collection would free it now.
        assert!(!marked_compl(nhead), "promoted at its first survival");
        m.collect_minor();
        let live_old = h.stats().live_bytes;
        assert!(live_old >= n_old * 32, "the chain is old: {live_old}");
        // The chain becomes garbage; then young garbage is made.
        G_CHAIN.store(0, Ordering::Relaxed);
        on_thread(&m, move |m| {
            for _ in 0..n_young {
                std::hint::black_box(mk(m, 0, 0));
            }
            0
        });
        wipe();
        let freed0 = h.stats().freed_objects;
        m.collect_minor();
        let s = h.stats();
        assert!(
            s.freed_objects - freed0 >= n_young as u64,
            "young garbage not freed by the minor collection: {s:?}"
        );
        // (Freed counts are estimates: an exited thread's unused run
        // counts as allocated; the old generation's size is exact.)
        assert!(
            s.live_bytes >= n_old * 32,
            "old garbage freed by a minor collection: {s:?}"
        );
        assert!(marked_compl(nhead), "old garbage is kept until a major");
        wipe();
        m.collect();
        let s2 = h.stats();
        assert!(
            s2.live_bytes < n_old * 32,
            "old garbage not freed by the major collection: {s2:?}"
        );
        assert_eq!((s2.minor.count, s2.major.count), (3, 1));
    }

    /// A large object: `refs` are references (or 0).
    #[repr(C)]
    struct Big {
        h: Header,
        refs: [u64; 400],
    }

    unsafe fn trace_big(h: *const Header, t: &mut Tracer) {
        // SAFETY: called by the collector on live Big objects.
        for &r in unsafe { &(*(h as *const Big)).refs } {
            t.mark(r);
        }
    }

    static BIG_META: Meta = Meta {
        trace: trace_big,
        drop: None,
        kind: 2,
        flags: 0,
    };

    static G_BIG: AtomicU64 = AtomicU64::new(0);

    /// A store far from the header of an old large object marks the card
    /// of the written word; the minor collection traces the whole object.
    #[test]
    fn card_marked_large_object() {
        let h = heap();
        h.set_root_fn(|t| t.mark(G_BIG.load(Ordering::Relaxed)));
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let big = on_thread(&m, |m| {
            let p = m.alloc(&BIG_META, std::mem::size_of::<Big>(), false, None) as *mut Big;
            // SAFETY: a fresh Big-sized allocation.
            unsafe { std::ptr::addr_of_mut!((*p).refs).write([0; 400]) };
            p as usize
        });
        let big = !big;
        assert!(std::mem::size_of::<Big>() > MAX_SMALL);
        G_BIG.store(big as u64, Ordering::Relaxed);
        m.collect_minor();
        // SAFETY: rooted.
        assert!(unsafe { (*(big as *const Header)).is_marked() }, "old now");
        on_thread(&m, move |m| {
            let kid = mk(m, 0, 5);
            // SAFETY: `big` is a live, rooted Big.
            unsafe {
                let slot = &mut (*(big as *mut Big)).refs[390];
                *slot = kid as u64;
                crate::barrier::write_at(slot as *mut u64 as usize);
            }
            0
        });
        assert!(
            crate::range::any_dirty(big, std::mem::size_of::<Big>()),
            "the store marked no card"
        );
        m.collect_minor();
        // SAFETY: rooted.
        let kid = unsafe { (*(big as *const Big)).refs[390] } as *const Pair;
        assert!(is_marked_at(kid), "the large object's young child was lost");
        // SAFETY: survived, so intact.
        assert_eq!(unsafe { (*kid).b }, 5);
        assert!(
            !crate::range::any_dirty(big, std::mem::size_of::<Big>()),
            "cards cleared"
        );
    }

    #[repr(C)]
    struct Two {
        h: Header,
        l: u64,
        r: u64,
    }

    unsafe fn trace_two(h: *const Header, t: &mut Tracer) {
        // SAFETY: called by the collector on live Two objects.
        let o = unsafe { &*(h as *const Two) };
        t.mark(o.l);
        t.mark(o.r);
    }

    static TWO_META: Meta = Meta {
        trace: trace_two,
        drop: None,
        kind: 3,
        flags: 0,
    };

    static PAR_ROOT: AtomicU64 = AtomicU64::new(0);

    /// Counts the nodes of the tree under `p`, each of which must be marked.
    /// A new `Two` with no children.
    fn new_two(m: &Mutator) -> u64 {
        let p = m.alloc(&TWO_META, std::mem::size_of::<Two>(), false, None) as *mut Two;
        // SAFETY: a fresh Two-sized cell.
        unsafe {
            (*p).l = 0;
            (*p).r = 0;
        }
        p as u64
    }

    /// Builds a binary tree of `nodes` `Two`s top down into `root` (every
    /// node rooted as soon as it exists, so Miri, which scans no stack,
    /// runs it too), calling `between` after each node.
    fn grow_tree(m: &Mutator, root: &AtomicU64, nodes: usize, between: impl Fn(&Mutator)) {
        root.store(new_two(m), Ordering::Relaxed);
        let mut queue = std::collections::VecDeque::from([root.load(Ordering::Relaxed)]);
        let mut made = 1;
        while made < nodes {
            let p = queue.pop_front().unwrap();
            for side in 0..2 {
                let kid = new_two(m);
                between(m);
                // SAFETY: `p` is a node of the rooted tree.
                unsafe {
                    let o = &mut *(p as *mut Two);
                    if side == 0 { o.l = kid } else { o.r = kid }
                }
                crate::barrier::write(p as *const Header);
                queue.push_back(kid);
                made += 1;
            }
        }
    }

    /// The nodes reached from `p`, all checked to be marked; panics past
    /// `limit` (a cell handed out twice may close a cycle).
    fn count_marked_tree(p: u64, limit: usize) -> usize {
        let mut stack = vec![p];
        let mut n = 0;
        while let Some(p) = stack.pop() {
            if p == 0 {
                continue;
            }
            assert!(n < limit, "more than {limit} nodes reached");
            assert!(survived(p), "a node of the rooted tree was freed");
            // SAFETY: a node of the rooted tree, which survived the last
            // collection (checked).
            let o = unsafe { &*(p as *const Two) };
            n += 1;
            stack.extend([o.l, o.r]);
        }
        n
    }

    /// Whether the small object at `p` survived the last collection (old
    /// or aged: its live bit is set).
    fn survived(p: u64) -> bool {
        let (w, bit) = granule_bit(p as usize);
        // SAFETY: `p` is in a block of the heap (the caller's object).
        unsafe { (*block_of(p as usize)).live[w] & bit != 0 }
    }

    static WALK_ROOT: AtomicU64 = AtomicU64::new(0);

    /// `Heap::referents` lists what a trace function reports (tagged words
    /// too), and `walk_live_objects` finds every reachable object after its
    /// major collection, keeps them through later collections until
    /// `end_walk`, and leaves out the garbage a finished thread made.
    #[test]
    fn referents_and_walk_of_live_objects() {
        let h = heap();
        h.set_root_fn(|t| t.mark(WALK_ROOT.load(Ordering::Relaxed)));
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let n = if cfg!(miri) { 50 } else { 2000 };
        let mut head = 0u64;
        for i in 0..n {
            head = mk(&m, head, i) as u64;
            WALK_ROOT.store(head, Ordering::Relaxed);
        }
        // SAFETY: `head` is the rooted chain's first Pair.
        let (next, first) = unsafe {
            (
                (*(head as *const Pair)).a,
                h.referents(head as *const Header),
            )
        };
        assert_eq!(first, vec![next]);
        // A tagged word is listed as it is (the interpreter's small ints).
        let tagged = mk(&m, 0x2b, 0) as usize;
        // SAFETY: a fresh Pair, not collected before this line.
        let listed = unsafe { h.referents(tagged as *const Header) };
        assert_eq!(listed, vec![0x2b]);
        let junk = if cfg!(miri) { 500 } else { 10_000 };
        on_thread(&m, move |m| {
            for _ in 0..junk {
                std::hint::black_box(mk(m, 0, 0));
            }
            0
        });
        wipe();
        let walk = h.walk_live_objects(&m);
        let found: std::collections::HashSet<usize> = walk.iter().copied().collect();
        let mut p = WALK_ROOT.load(Ordering::Relaxed);
        let mut chain = 0;
        while p != 0 {
            assert!(
                found.contains(&(p as usize)),
                "a reachable object was not walked"
            );
            chain += 1;
            // SAFETY: a Pair of the rooted chain.
            p = unsafe { (*(p as *const Pair)).a };
        }
        assert_eq!(chain, n as usize);
        // Stale words of this thread's stack may keep a few more.
        assert!(
            walk.len() >= chain && walk.len() <= chain + 64,
            "{} walked",
            walk.len()
        );
        // The walked objects are roots until `end_walk`: unroot the chain,
        // collect, and it is still there.
        WALK_ROOT.store(0, Ordering::Relaxed);
        m.collect();
        for &a in walk.iter() {
            // SAFETY: a walked object, kept by the walk's roots.
            let marked = unsafe { (*(a as *const Header)).is_marked() };
            assert!(marked, "a walked object was freed");
        }
        h.end_walk(&walk);
        let live = h.stats().live_bytes;
        drop(walk);
        wipe();
        m.collect();
        assert!(
            h.stats().live_bytes < live,
            "end_walk did not release the objects"
        );
    }

    static SWEEP_ROOT: AtomicU64 = AtomicU64::new(0);
    static SWEEP_CHAIN: AtomicU64 = AtomicU64::new(0);

    /// The sweep's per-block step on three threads (`set_parallel_sweep(0)`):
    /// a tree whose nodes share their blocks with garbage keeps exactly its
    /// nodes through major and minor collections, the live total agrees
    /// with a sequential sweep's, and the cells freed between the nodes are
    /// reused without touching them.  (Marking stays on the collector:
    /// crossbeam's deque is not for Miri's Stacked Borrows, see
    /// gc/sanitize.sh.)
    #[test]
    fn parallel_sweep_keeps_a_tree_among_garbage() {
        let h = heap();
        h.set_parallel_marking(3, usize::MAX);
        h.set_parallel_sweep(0);
        h.set_root_fn(|t| {
            t.mark(SWEEP_ROOT.load(Ordering::Relaxed));
            t.mark(SWEEP_CHAIN.load(Ordering::Relaxed));
        });
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let nodes = if cfg!(miri) { 255 } else { 32_767 };
        // Three garbage cells after every node.
        let garbage = |m: &Mutator| {
            for _ in 0..3 {
                std::hint::black_box(new_two(m));
            }
        };
        grow_tree(&m, &SWEEP_ROOT, nodes, garbage);
        wipe();
        let cell = SPACE_SIZES[size_class(std::mem::size_of::<Two>())];
        // A stale word on this thread's stack may keep a garbage cell or
        // two; the tree is rooted precisely.
        let check_live = |what: &str| {
            let live = h.stats().live_bytes;
            assert!(
                live >= nodes * cell && live <= (nodes + 32) * cell,
                "{what}: {live} bytes live for {nodes} nodes of {cell} bytes"
            );
            live
        };
        h.collect_kind_from(&m, CollectionKind::Major);
        assert_eq!(
            count_marked_tree(SWEEP_ROOT.load(Ordering::Relaxed), nodes),
            nodes
        );
        let parallel = check_live("parallel major");
        let sweeps = h.stats().parallel_sweeps;
        assert!(sweeps >= 1, "the sweep did not run in parallel");
        h.set_parallel_sweep(usize::MAX);
        wipe();
        h.collect_kind_from(&m, CollectionKind::Major);
        let sequential = check_live("sequential major");
        assert!(
            parallel.abs_diff(sequential) <= 32 * cell,
            "parallel {parallel} vs sequential {sequential} live bytes"
        );
        assert_eq!(h.stats().parallel_sweeps, sweeps);
        // The freed cells between the nodes are reused (three of every
        // four cells of the tree's blocks), then swept in parallel again:
        // a rooted chain is made until the heap grows, so every block the
        // sweep called partial or empty was handed out (a block of the
        // tree wrongly called empty would be written over).
        h.set_parallel_sweep(0);
        let blocks = h.stats().blocks;
        let mut chain = 0;
        // (Under Miri a short chain: the heap grows at 2 MiB.)
        let cap = if cfg!(miri) { 4 * nodes } else { 64 * nodes };
        while chain < cap && (chain % 1024 != 0 || h.stats().blocks == blocks) {
            let p = new_two(&m);
            // SAFETY: `p` is a fresh Two.
            unsafe { (*(p as *mut Two)).l = SWEEP_CHAIN.load(Ordering::Relaxed) };
            SWEEP_CHAIN.store(p, Ordering::Relaxed);
            chain += 1;
        }
        assert!(
            cfg!(miri) || h.stats().blocks > blocks,
            "the heap did not grow"
        );
        wipe();
        h.collect_kind_from(&m, CollectionKind::Minor);
        assert_eq!(
            count_marked_tree(SWEEP_ROOT.load(Ordering::Relaxed), nodes),
            nodes
        );
        assert_eq!(
            count_marked_tree(SWEEP_CHAIN.load(Ordering::Relaxed), chain),
            chain
        );
        let live = h.stats().live_bytes;
        assert!(
            live >= (nodes + chain) * cell && live <= (nodes + chain + 32) * cell,
            "parallel minor: {live} bytes live for {} cells of {cell} bytes",
            nodes + chain
        );
        assert!(h.stats().parallel_sweeps > sweeps);
    }

    /// Parallel marking (`markers.rs`) with three markers called in at
    /// once: a binary tree built top down (every node rooted as soon as it
    /// exists, so Miri, which scans no stack, runs it too) survives major
    /// and minor collections whole.
    #[test]
    fn parallel_marking_keeps_a_tree() {
        let h = heap();
        h.set_parallel_marking(3, 0);
        h.set_root_fn(|t| t.mark(PAR_ROOT.load(Ordering::Relaxed)));
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        let nodes = if cfg!(miri) { 511 } else { 65_535 };
        grow_tree(&m, &PAR_ROOT, nodes, |_| {});
        for kind in [
            CollectionKind::Major,
            CollectionKind::Minor,
            CollectionKind::Major,
        ] {
            h.collect_kind_from(&m, kind);
            assert_eq!(
                count_marked_tree(PAR_ROOT.load(Ordering::Relaxed), nodes),
                nodes
            );
        }
        assert!(h.stats().parallel_drains >= 2, "the drains were not shared");
    }
}
