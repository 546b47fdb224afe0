//! The heap: size-segregated blocks, a large-object space, and a
//! stop-the-world, non-moving mark-sweep collector with conservative scanning
//! of native stacks.
//!
//! ```text
//!  Block (64 KiB, aligned to 64 KiB)
//!  +-------------+--------+--------+--------+-----+
//!  | BlockHeader | cell 0 | cell 1 | cell 2 | ... |   all cells of one size class
//!  +-------------+--------+--------+--------+-----+
//!  a cell holds one object (Header + payload) or is free (meta == null,
//!  word == next free cell of the same block).
//! ```
//!
//! Objects above `MAX_SMALL` bytes live in the large-object space, one
//! allocation each, found by address through an ordered map.
//!
//! **Rooting rule** (design (b) of the heap issue, after JavaScriptCore's
//! Riptide and MMTk's StickyImmix): objects never move.  The collector finds
//! roots in three places: (1) the root function the heap's owner installs
//! (`set_root_fn`) — interpreter frames, modules, types, and every
//! `TempRoots` list of values Rust code keeps in native collections; (2) the
//! native stack and callee-saved registers of every mutator thread, scanned
//! conservatively (any word that points into a live object keeps it alive);
//! (3) objects flagged `PERMANENT`.  So Rust code may hold `Value`s in local
//! variables freely, but values kept in a Rust heap collection (a `Vec`) across
//! an allocation or a call into Python must be registered as roots.
//! `TAIPAN_GC_STRESS=N` collects at every N-th slow-path allocation and
//! poisons freed cells, so a violation of the rule crashes tests at once.
//!
//! Collection is triggered from the allocation slow path when the bytes
//! allocated since the last collection exceed the live bytes after it (but at
//! least `MIN_TRIGGER`), so the heap stays within about twice the live data.
use std::alloc::{Layout, alloc, dealloc};
use std::cell::Cell;
use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use crate::header::{Header, Meta, bits};
use crate::trace::Tracer;

pub const BLOCK_SIZE: usize = 64 * 1024;
const BLOCK_HEADER: usize = 64;
/// Largest object served from size-class blocks.
pub const MAX_SMALL: usize = 2048;
const MIN_TRIGGER: usize = 8 * 1024 * 1024;
/// Blocks taken from the system at once (2 MiB: one transparent huge page).
const CHUNK_BLOCKS: usize = 32;
const POISON: usize = 0xdead_0000_dead_0000;

/// Cell sizes of the size classes, in bytes.
const CLASS_SIZES: [usize; 20] = [
    16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 256, 320, 384, 512, 768, 1024, 1536, 2048,
];
pub const NCLASSES: usize = CLASS_SIZES.len();

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
static CLASS_OF: [u8; MAX_SMALL / 8 + 1] = class_table();

#[inline]
pub fn size_class(size: usize) -> usize {
    CLASS_OF[size.div_ceil(8)] as usize
}

#[repr(C)]
struct BlockHeader {
    class: usize,
    cell_size: usize,
    ncells: usize,
}

pub(crate) struct HeapInner {
    blocks: Vec<usize>,
    block_set: HashSet<usize>,
    /// Blocks with free cells, per class, not handed to any mutator.
    partial: Vec<Vec<(usize, *mut Header)>>,
    /// Completely empty blocks, reusable for any class.
    empty: Vec<usize>,
    large: BTreeMap<usize, usize>,
    /// Stacks of the registered mutators: (base, saved stack pointer).
    stacks: Vec<(usize, usize)>,
}

// SAFETY: the raw pointers in HeapInner are addresses of heap memory owned by
// the heap; all access goes through the Mutex.
unsafe impl Send for HeapInner {}

/// Statistics of the heap, readable at any time.
#[derive(Debug, Default, Clone, Copy)]
pub struct HeapStats {
    pub collections: u64,
    pub live_bytes: usize,
    pub freed_objects: u64,
    pub blocks: usize,
    pub large_bytes: usize,
}

pub struct Heap {
    inner: Mutex<HeapInner>,
    allocated: AtomicUsize,
    live_after_gc: AtomicUsize,
    collections: AtomicU64,
    freed_objects: AtomicU64,
    root_fn: std::sync::OnceLock<fn(&mut Tracer)>,
    stress: usize,
    stress_counter: AtomicUsize,
}

impl Heap {
    pub fn new() -> Heap {
        let stress = std::env::var("TAIPAN_GC_STRESS")
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0);
        Heap {
            inner: Mutex::new(HeapInner {
                blocks: Vec::new(),
                block_set: HashSet::new(),
                partial: (0..NCLASSES).map(|_| Vec::new()).collect(),
                empty: Vec::new(),
                large: BTreeMap::new(),
                stacks: Vec::new(),
            }),
            allocated: AtomicUsize::new(0),
            live_after_gc: AtomicUsize::new(0),
            collections: AtomicU64::new(0),
            freed_objects: AtomicU64::new(0),
            root_fn: std::sync::OnceLock::new(),
            stress,
            stress_counter: AtomicUsize::new(0),
        }
    }

    /// Installs the function that reports the owner's precise roots.
    pub fn set_root_fn(&self, f: fn(&mut Tracer)) {
        let _ = self.root_fn.set(f);
    }

    pub fn stats(&self) -> HeapStats {
        let inner = self.inner.lock().unwrap();
        HeapStats {
            collections: self.collections.load(Ordering::Relaxed),
            live_bytes: self.live_after_gc.load(Ordering::Relaxed),
            freed_objects: self.freed_objects.load(Ordering::Relaxed),
            blocks: inner.blocks.len(),
            large_bytes: inner.large.values().sum(),
        }
    }

    /// Tells the heap that `bytes` of native memory were allocated for objects
    /// (list storage, string data), so collections keep pace with it.
    #[inline]
    pub fn note_external(&self, bytes: usize) {
        self.allocated.fetch_add(bytes, Ordering::Relaxed);
    }

    fn should_collect(&self) -> bool {
        // Before the owner installs its root function the heap cannot know
        // the roots (and objects may still be half-built): never collect.
        if self.root_fn.get().is_none() {
            return false;
        }
        if self.stress > 0 {
            return self
                .stress_counter
                .fetch_add(1, Ordering::Relaxed)
                .is_multiple_of(self.stress);
        }
        let trigger = self.live_after_gc.load(Ordering::Relaxed).max(MIN_TRIGGER);
        self.allocated.load(Ordering::Relaxed) > trigger
    }

    // --- Allocation slow path ---

    /// Gives a mutator a fresh free list for `class`, collecting first if due.
    fn refill(&self, m: &Mutator, class: usize) -> *mut Header {
        if self.should_collect() {
            self.collect_from(m);
        }
        let mut inner = self.inner.lock().unwrap();
        if let Some((_, free)) = inner.partial[class].pop() {
            return free;
        }
        if inner.empty.is_empty() {
            // Blocks come from the system in chunks, which are kept for the
            // life of the process (empty blocks are reused, not returned).
            let layout = Layout::from_size_align(CHUNK_BLOCKS * BLOCK_SIZE, BLOCK_SIZE).unwrap();
            // SAFETY: the layout has a non-zero size.
            let p = unsafe { alloc(layout) } as usize;
            if p == 0 {
                std::alloc::handle_alloc_error(layout);
            }
            for i in (0..CHUNK_BLOCKS).rev() {
                let b = p + i * BLOCK_SIZE;
                // SAFETY: `b` is a fresh block inside the chunk; mark it empty.
                unsafe {
                    (b as *mut BlockHeader).write(BlockHeader { class: 0, cell_size: 0, ncells: 0 })
                };
                inner.blocks.push(b);
                inner.block_set.insert(b);
                inner.empty.push(b);
            }
        }
        let block = inner.empty.pop().expect("a chunk was just added");
        let cell_size = CLASS_SIZES[class];
        let ncells = (BLOCK_SIZE - BLOCK_HEADER) / cell_size;
        // SAFETY: `block` is a BLOCK_SIZE allocation owned by the heap and not
        // in use (fresh or empty); we initialise its header and chain all its
        // cells into a free list.
        unsafe {
            let bh = block as *mut BlockHeader;
            bh.write(BlockHeader {
                class,
                cell_size,
                ncells,
            });
            let mut next: *mut Header = std::ptr::null_mut();
            for i in (0..ncells).rev() {
                let cell = (block + BLOCK_HEADER + i * cell_size) as *mut Header;
                (*cell).meta = std::ptr::null();
                (*cell).word = AtomicU64::new(next as u64);
                next = cell;
            }
            self.allocated
                .fetch_add(ncells * cell_size, Ordering::Relaxed);
            next
        }
    }

    fn alloc_large(&self, m: &Mutator, size: usize) -> *mut Header {
        if self.should_collect() {
            self.collect_from(m);
        }
        let layout = Layout::from_size_align(size, 16).unwrap();
        // SAFETY: size > MAX_SMALL > 0.
        let p = unsafe { alloc(layout) } as *mut Header;
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        self.inner.lock().unwrap().large.insert(p as usize, size);
        self.allocated.fetch_add(size, Ordering::Relaxed);
        p
    }

    // --- Collection ---

    /// Collects now, from the given mutator's thread.
    pub fn collect_from(&self, m: &Mutator) {
        with_spilled_registers(&mut |sp| {
            m.saved_sp.set(sp);
            self.collect(sp, m.stack_base, m.pending.get());
        });
    }

    fn collect(&self, sp: usize, base: usize, pending: Option<Pending>) {
        let mut inner = self.inner.lock().unwrap();
        // Every mutator's thread-local free lists are abandoned: the sweep
        // rebuilds the free lists of every block.
        MUTATOR_EPOCH.fetch_add(1, Ordering::Relaxed);
        for list in inner.partial.iter_mut() {
            list.clear();
        }
        let stacks = inner.stacks.clone();
        let mut tracer = Tracer {
            inner: &inner,
            grey: Vec::with_capacity(1024),
            parent: std::ptr::null(),
        };
        // Conservative roots: this thread's native stack.
        let mut p = sp & !7;
        while p < base {
            // SAFETY: [sp, base) is this thread's live native stack, readable
            // memory; we read it word by word as plain integers.
            let w = unsafe { std::ptr::read_volatile(p as *const usize) };
            tracer.mark_conservative(w as u64);
            p += 8;
        }
        for &(sbase, ssp) in &stacks {
            if sbase == base || ssp == 0 {
                continue;
            }
            let mut p = ssp & !7;
            while p < sbase {
                // SAFETY: another registered mutator's stack, parked at a
                // safepoint with its stack pointer saved in `stacks`.
                let w = unsafe { std::ptr::read_volatile(p as *const usize) };
                tracer.mark_conservative(w as u64);
                p += 8;
            }
        }
        if let Some((data, trace)) = pending {
            // SAFETY: `data` is the payload the allocating caller passed to
            // `Mutator::alloc`, alive on its stack for the whole call.
            unsafe { trace(data, &mut tracer) };
        }
        if let Some(f) = self.root_fn.get() {
            f(&mut tracer);
        }
        tracer.drain();
        drop(tracer);
        let (live, freed) = self.sweep(&mut inner);
        self.live_after_gc.store(live, Ordering::Relaxed);
        self.allocated.store(0, Ordering::Relaxed);
        self.collections.fetch_add(1, Ordering::Relaxed);
        self.freed_objects.fetch_add(freed, Ordering::Relaxed);
    }

    fn sweep(&self, inner: &mut HeapInner) -> (usize, u64) {
        let mut live = 0usize;
        let mut freed = 0u64;
        let poison = self.stress > 0;
        // Destructors of dead objects may read the Meta of their (possibly also
        // dead) type, which lives in the type object's payload.  Turning a
        // cell into a free cell writes only its header, so one pass can both
        // drop and free.  Poisoning overwrites payloads: then all destructors
        // run first, in a separate pass.
        let blocks = inner.blocks.clone();
        for &b in blocks.iter().filter(|_| poison) {
            // SAFETY: every entry of `blocks` is an initialised block; a cell is
            // either free (null meta) or holds an initialised object.
            unsafe {
                let bh = &*(b as *const BlockHeader);
                if bh.cell_size == 0 {
                    continue;
                }
                for i in 0..bh.ncells {
                    let cell = (b + BLOCK_HEADER + i * bh.cell_size) as *mut Header;
                    if !(*cell).meta.is_null()
                        && !(*cell).is_marked()
                        && !is_permanent(cell)
                        && let Some(drop) = (*(*cell).meta).drop
                    {
                        drop(cell);
                    }
                }
            }
        }
        let large: Vec<(usize, usize)> = inner.large.iter().map(|(a, s)| (*a, *s)).collect();
        for &(a, _) in large.iter().filter(|_| poison) {
            let cell = a as *mut Header;
            // SAFETY: large objects are initialised objects owned by the heap.
            unsafe {
                if !(*cell).is_marked()
                    && !is_permanent(cell)
                    && let Some(drop) = (*(*cell).meta).drop
                {
                    drop(cell);
                }
            }
        }
        // Main pass: drop dead objects (unless done above), rebuild free
        // lists, clear marks, release dead large objects.
        let mut new_partial: Vec<Vec<(usize, *mut Header)>> =
            (0..NCLASSES).map(|_| Vec::new()).collect();
        let mut new_empty = Vec::new();
        for &b in &blocks {
            // SAFETY: as above; a dead payload is dropped (here or in the
            // poison pass) before its cell becomes a free cell.
            unsafe {
                let bh = &*(b as *const BlockHeader);
                if bh.cell_size == 0 {
                    new_empty.push(b);
                    continue;
                }
                let mut free: *mut Header = std::ptr::null_mut();
                let mut nlive = 0;
                for i in (0..bh.ncells).rev() {
                    let cell = (b + BLOCK_HEADER + i * bh.cell_size) as *mut Header;
                    if (*cell).meta.is_null() {
                        (*cell).word = AtomicU64::new(free as u64);
                        free = cell;
                    } else if (*cell).is_marked() || is_permanent(cell) {
                        (*cell).clear_word_bits(bits::MARK);
                        nlive += 1;
                    } else {
                        if poison {
                            std::ptr::write_bytes((cell as *mut u8).add(8), 0xdb, bh.cell_size - 8);
                        } else if let Some(drop) = (*(*cell).meta).drop {
                            drop(cell);
                        }
                        (*cell).meta = std::ptr::null();
                        (*cell).word = AtomicU64::new(free as u64);
                        free = cell;
                        freed += 1;
                    }
                }
                live += nlive * bh.cell_size;
                if nlive == 0 {
                    (*(b as *mut BlockHeader)).cell_size = 0;
                    new_empty.push(b);
                } else if !free.is_null() {
                    new_partial[bh.class].push((b, free));
                }
            }
        }
        for (a, size) in large {
            let cell = a as *mut Header;
            // SAFETY: as above; a dead large object's payload was dropped in pass 1.
            unsafe {
                if (*cell).is_marked() || is_permanent(cell) {
                    (*cell).clear_word_bits(bits::MARK);
                    live += size;
                } else {
                    inner.large.remove(&a);
                    if !poison && let Some(drop) = (*(*cell).meta).drop {
                        drop(cell);
                    }
                    if poison {
                        std::ptr::write_bytes(cell as *mut u8, 0xdb, size);
                        (*cell).meta = POISON as *const Meta;
                    }
                    dealloc(cell as *mut u8, Layout::from_size_align(size, 16).unwrap());
                    freed += 1;
                }
            }
        }
        // Keep a few empty blocks for reuse; give the rest back to the system.
        inner.partial = new_partial;
        inner.empty = new_empty;
        (live, freed)
    }
}

/// Bumped at every collection; mutators whose epoch is older drop their free lists.
static MUTATOR_EPOCH: AtomicU64 = AtomicU64::new(0);

fn is_permanent(h: *const Header) -> bool {
    // SAFETY: callers pass initialised object headers.
    unsafe { (*h).word.load(Ordering::Relaxed) & bits::PERMANENT != 0 }
}

pub(crate) fn find_in(inner: &HeapInner, addr: usize) -> Option<*const Header> {
    let block = addr & !(BLOCK_SIZE - 1);
    if inner.block_set.contains(&block) {
        // SAFETY: `block` is a block of this heap, so its header is initialised.
        let bh = unsafe { &*(block as *const BlockHeader) };
        if bh.cell_size == 0 || addr < block + BLOCK_HEADER {
            return None;
        }
        let i = (addr - block - BLOCK_HEADER) / bh.cell_size;
        if i >= bh.ncells {
            return None;
        }
        let cell = (block + BLOCK_HEADER + i * bh.cell_size) as *const Header;
        // SAFETY: `cell` is a cell of an initialised block.
        if unsafe { (*cell).meta.is_null() } {
            return None;
        }
        return Some(cell);
    }
    let (&start, &size) = inner.large.range(..=addr).next_back()?;
    if addr < start + size {
        Some(start as *const Header)
    } else {
        None
    }
}

/// Spills the callee-saved registers onto the stack, then calls `f` with the
/// current stack pointer, so a conservative scan from there sees them.
#[inline(never)]
fn with_spilled_registers(f: &mut dyn FnMut(usize)) {
    let mut regs = [0usize; 12];
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores six callee-saved registers into a local array; no other effect.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: stores callee-saved registers x19-x29 into a local array; no other effect.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "str x29, [{0}, #80]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    let sp = &regs as *const _ as usize;
    f(sp);
    std::hint::black_box(&regs);
}

// --- Mutators ---

/// One thread's allocation context: a free list per size class.
///
/// The fast path (`alloc`) pops the head of a thread-local free list: a load,
/// a compare and a store, no atomic operation.
pub struct Mutator {
    heap: &'static Heap,
    free: [Cell<*mut Header>; NCLASSES],
    epoch: Cell<u64>,
    stack_base: usize,
    saved_sp: Cell<usize>,
    pending: Cell<Option<Pending>>,
}

/// A value under construction that must be traced if a collection runs
/// while its object is being allocated: (address, trace function).
pub type Pending = (*const u8, unsafe fn(*const u8, &mut Tracer));

impl Mutator {
    /// Registers the calling thread.  `stack_base` must be an address in the
    /// outermost native frame that will ever hold references to heap objects
    /// (e.g. the address of a local of the thread's entry function).
    pub fn new(heap: &'static Heap, stack_base: usize) -> Mutator {
        heap.inner
            .lock()
            .unwrap()
            .stacks
            .push((stack_base + 4096, 0));
        Mutator {
            heap,
            free: std::array::from_fn(|_| Cell::new(std::ptr::null_mut())),
            epoch: Cell::new(MUTATOR_EPOCH.load(Ordering::Relaxed)),
            stack_base: stack_base + 4096,
            saved_sp: Cell::new(0),
            pending: Cell::new(None),
        }
    }

    pub fn heap(&self) -> &'static Heap {
        self.heap
    }

    /// Allocates `size` bytes (header included) for an object of type `meta`.
    /// The header is initialised; the payload is uninitialised and must be
    /// written before the next allocation.
    ///
    /// `pending` is traced as a root if a collection runs during the
    /// allocation: the caller passes the payload it is about to move into the
    /// new object, whose references exist nowhere else yet.
    #[inline(always)]
    pub fn alloc(&self, meta: *const Meta, size: usize, pending: Option<Pending>) -> *mut Header {
        if size <= MAX_SMALL {
            let class = size_class(size);
            let mut p = self.free[class].get();
            if p.is_null() || self.epoch.get() != MUTATOR_EPOCH.load(Ordering::Relaxed) {
                self.pending.set(pending);
                p = self.alloc_slow(class);
                self.pending.set(None);
            }
            // SAFETY: `p` is a free cell of this mutator's list for `class`
            // (cell size >= size); its word holds the next free cell.
            unsafe {
                let next = (*p).word.load(Ordering::Relaxed) as *mut Header;
                self.free[class].set(next);
                (*p).meta = meta;
                (*p).word.store(0, Ordering::Relaxed);
            }
            p
        } else {
            self.pending.set(pending);
            let p = self.heap.alloc_large(self, size);
            self.pending.set(None);
            // SAFETY: `p` is a fresh allocation of `size` >= HEADER_SIZE bytes.
            unsafe {
                p.write(Header::new(meta));
            }
            p
        }
    }

    #[cold]
    fn alloc_slow(&self, class: usize) -> *mut Header {
        let p = self.heap.refill(self, class);
        // A collection inside refill abandoned every free list but the new one.
        let e = MUTATOR_EPOCH.load(Ordering::Relaxed);
        if self.epoch.get() != e {
            for f in &self.free {
                f.set(std::ptr::null_mut());
            }
            self.epoch.set(e);
        }
        p
    }

    /// Forces a collection now.
    pub fn collect(&self) {
        self.heap.collect_from(self);
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        let base = self.stack_base;
        self.heap
            .inner
            .lock()
            .unwrap()
            .stacks
            .retain(|s| s.0 != base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::Tracer;

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
        t.mark(p.b);
    }

    static PAIR_META: Meta = Meta {
        trace: trace_pair,
        drop: None,
        kind: 0,
        flags: 0,
    };

    fn heap() -> &'static Heap {
        Box::leak(Box::new(Heap::new()))
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

    #[test]
    fn reclaims_garbage_and_keeps_reachable() {
        let h = heap();
        let base = 0usize;
        let m = Mutator::new(h, &base as *const _ as usize);
        h.set_root_fn(|_| {});
        let mk = |a: u64, b: u64| {
            let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), None) as *mut Pair;
            // SAFETY: fresh allocation of a Pair-sized cell.
            unsafe {
                (*p).a = a;
                (*p).b = b;
            }
            p
        };
        // A chain kept alive from the stack.
        let mut head = mk(0, 0);
        for _ in 0..1000 {
            head = mk(head as u64, 0);
        }
        // Lots of garbage, including cycles.
        for _ in 0..200_000 {
            let x = mk(0, 0);
            let y = mk(x as u64, 0);
            // SAFETY: x is a live Pair.
            unsafe { (*x).a = y as u64 };
        }
        m.collect();
        let s = h.stats();
        assert!(
            s.freed_objects > 100_000,
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
}
