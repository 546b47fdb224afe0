//! The remembered set of a minor collection, range-precise: an old object
//! on a dirty card is traced with `Tracer::remembered()` set, and a trace
//! function that keeps the range of its native buffer written since its
//! last trace (as the interpreter's lists and dicts do,
//! `interp::layout::shared::SharedVec`) reports only that range.  The test
//! checks that the flag is set exactly then (young objects and major
//! collections trace everything), that only the range is visited, and that
//! the young object stored in the range survives the minor collection.
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use gc::{Header, Heap, Meta, Mutator, Tracer};

/// A node: plain data, no references.
#[repr(C)]
struct Node {
    h: Header,
    val: u64,
}

/// # Safety
/// Called by the collector with a live `Node`; it holds no references.
unsafe fn trace_node(_h: *const Header, _t: &mut Tracer) {}

static NODE_META: Meta = Meta {
    trace: trace_node,
    drop: None,
    kind: 7,
    flags: 0,
};

/// An object whose references live in a native buffer (like a list's
/// items), with the range written since its last trace.
#[repr(C)]
struct Array {
    h: Header,
    items: *const [AtomicU64],
    /// Written range `lo..hi` (empty when `lo >= hi`).
    lo: AtomicUsize,
    hi: AtomicUsize,
}

/// Items reported by the last traces of an `Array`, and how many of those
/// traces ran with `remembered()` set.
static VISITED: AtomicUsize = AtomicUsize::new(0);
static REMEMBERED_TRACES: AtomicUsize = AtomicUsize::new(0);

/// # Safety
/// Called by the collector with a live `Array`.
unsafe fn trace_array(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live Array; its buffer is leaked.
    let a = unsafe { &*(h as *const Array) };
    // SAFETY: the buffer is leaked, never freed.
    let items = unsafe { &*a.items };
    let (lo, hi) = if t.remembered() {
        REMEMBERED_TRACES.fetch_add(1, Ordering::Relaxed);
        (a.lo.load(Ordering::Relaxed), a.hi.load(Ordering::Relaxed))
    } else {
        (0, items.len())
    };
    for w in items.iter().take(hi).skip(lo) {
        t.mark(w.load(Ordering::Relaxed));
        VISITED.fetch_add(1, Ordering::Relaxed);
    }
    if !t.verifying() {
        a.lo.store(usize::MAX, Ordering::Relaxed);
        a.hi.store(0, Ordering::Relaxed);
    }
}

static ARRAY_META: Meta = Meta {
    trace: trace_array,
    drop: None,
    kind: 8,
    flags: 0,
};

static ROOT: AtomicU64 = AtomicU64::new(0);

fn trace_root(t: &mut Tracer) {
    t.mark(ROOT.load(Ordering::SeqCst));
}

fn new_node(m: &Mutator, val: u64) -> u64 {
    let p = m.alloc(&NODE_META, std::mem::size_of::<Node>(), false, None) as *mut Node;
    // SAFETY: a fresh Node-sized cell, initialised before the next allocation.
    unsafe { std::ptr::addr_of_mut!((*p).val).write(val) };
    p as u64
}

/// Stores a new node with `val` at `items[i]` of the (old) array, as a
/// mutator does: the store, the written range, the card.  Not inlined, so
/// that no copy of the node's address stays in the caller's frame (the
/// stack is scanned conservatively).
#[inline(never)]
fn store_young(m: &Mutator, a: &Array, i: usize, val: u64) {
    let n = new_node(m, val);
    // SAFETY: the buffer is leaked, never freed.
    unsafe { (&*a.items)[i].store(n, Ordering::Relaxed) };
    a.lo.fetch_min(i, Ordering::Relaxed);
    a.hi.fetch_max(i + 1, Ordering::Relaxed);
    gc::barrier::write_at(a as *const Array as usize);
}

#[test]
fn minor_collection_traces_only_the_written_range_of_an_old_object() {
    // Miri (gc/sanitize.sh): a smaller array and less garbage.
    const N: usize = if cfg!(miri) { 1_000 } else { 10_000 };
    const MID: usize = N / 2;
    let garbage = if cfg!(miri) { 5_000 } else { 100_000 };
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(trace_root);
    let base = 0u8;
    let m = Mutator::new(heap, &base as *const u8 as usize);
    let items: &'static [AtomicU64] = Box::leak((0..N).map(|_| AtomicU64::new(0)).collect());
    let a = m.alloc(&ARRAY_META, std::mem::size_of::<Array>(), false, None) as *mut Array;
    // SAFETY: a fresh Array-sized cell, initialised before the next allocation.
    unsafe {
        std::ptr::addr_of_mut!((*a).items).write(items as *const [AtomicU64]);
        std::ptr::addr_of_mut!((*a).lo).write(AtomicUsize::new(0));
        std::ptr::addr_of_mut!((*a).hi).write(AtomicUsize::new(N));
    }
    ROOT.store(a as u64, Ordering::SeqCst);
    for (i, w) in items.iter().enumerate() {
        w.store(new_node(&m, i as u64), Ordering::Relaxed);
    }
    // SAFETY: the array is rooted (ROOT) and never freed.
    let arr = unsafe { &*a };

    // The array is young: a minor collection traces it whole, without the
    // remembered flag; it and its nodes age.  The next one traces it whole
    // again, and they become old.
    for _ in 0..2 {
        VISITED.store(0, Ordering::SeqCst);
        m.collect_minor();
        assert_eq!(
            VISITED.load(Ordering::SeqCst),
            N,
            "a young object is traced whole"
        );
    }
    assert_eq!(REMEMBERED_TRACES.load(Ordering::SeqCst), 0);

    // Old and clean: a minor collection does not trace it at all.
    VISITED.store(0, Ordering::SeqCst);
    m.collect_minor();
    assert_eq!(
        VISITED.load(Ordering::SeqCst),
        0,
        "an old object on a clean card is not traced"
    );

    // Young nodes stored at two places of the old array: only the written
    // range is visited, and both nodes survive.
    store_young(&m, arr, MID, 1_000_005);
    store_young(&m, arr, MID + 3, 1_000_008);
    VISITED.store(0, Ordering::SeqCst);
    m.collect_minor();
    assert_eq!(REMEMBERED_TRACES.load(Ordering::SeqCst), 1);
    assert_eq!(
        VISITED.load(Ordering::SeqCst),
        4,
        "only items MID..MID + 4 are traced"
    );
    // Garbage that would reuse the nodes' cells had they been freed.
    for _ in 0..garbage {
        std::hint::black_box(new_node(&m, u64::MAX));
    }
    m.collect_minor();
    for (i, want) in [
        (MID, 1_000_005),
        (MID + 3, 1_000_008),
        (MID - 1, MID as u64 - 1),
        (MID + 1, MID as u64 + 1),
    ] {
        // SAFETY: the items are reachable from the rooted array.
        let n = unsafe { &*(items[i].load(Ordering::Relaxed) as *const Node) };
        assert!(std::ptr::eq(n.h.meta, &NODE_META), "item {i} was freed");
        assert!(n.h.is_marked(), "item {i} is not old after surviving");
        assert_eq!(n.val, want, "item {i} was overwritten");
    }

    // A major collection traces everything, without the remembered flag.
    VISITED.store(0, Ordering::SeqCst);
    m.collect();
    assert_eq!(
        VISITED.load(Ordering::SeqCst),
        N,
        "a major collection traces everything"
    );
    assert_eq!(REMEMBERED_TRACES.load(Ordering::SeqCst), 1);
}
