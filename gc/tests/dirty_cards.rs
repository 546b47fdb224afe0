//! The collection policy bounds a minor collection's remembered set: once
//! the mutators have dirtied more cards than `DIRTY_CARDS_MAX` (16,384 per
//! running mutator) and allocated at least `NURSERY_FLOOR` (1 MiB), a
//! minor collection is due even though the nursery (6 MiB here) is not
//! full.  Without dirty cards, the same allocation collects nothing.
//! (Its own test binary: the count of dirtied cards is per process.)
use std::sync::atomic::{AtomicU64, Ordering};

use gc::{Header, Heap, Meta, Mutator, Tracer};

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

/// The old nodes, each a root (their count spans more than 16,384 cards).
const OLD: usize = 500_000;
static ROOTS: [AtomicU64; OLD] = [const { AtomicU64::new(0) }; OLD];

fn trace_roots(t: &mut Tracer) {
    for r in &ROOTS {
        t.mark(r.load(Ordering::Relaxed));
    }
}

fn new_node(m: &Mutator, val: u64) -> u64 {
    let p = m.alloc(&NODE_META, std::mem::size_of::<Node>(), false, None) as *mut Node;
    // SAFETY: a fresh Node-sized cell, initialised before the next allocation.
    unsafe { std::ptr::addr_of_mut!((*p).val).write(val) };
    p as u64
}

/// Allocates about `bytes` of garbage nodes; returns the collections it made.
fn garbage(heap: &Heap, m: &Mutator, bytes: usize) -> u64 {
    let before = heap.collection_count();
    for i in 0..bytes / 24 {
        std::hint::black_box(new_node(m, i as u64));
    }
    heap.collection_count() - before
}

#[test]
fn many_dirty_cards_make_a_minor_collection_due_before_the_nursery_is_full() {
    if cfg!(miri) || std::env::var_os("TAIPAN_GC_STRESS").is_some() {
        return; // 12 MB of nodes; stress mode collects by its own count
    }
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(trace_roots);
    let base = 0u8;
    let m = Mutator::new(heap, &base as *const u8 as usize);
    for (i, r) in ROOTS.iter().enumerate() {
        r.store(new_node(&m, i as u64), Ordering::Relaxed);
    }
    // All old, every card clean, the nursery empty.
    m.collect();
    m.collect_minor();
    assert_eq!(
        garbage(heap, &m, 2 << 20),
        0,
        "2 MiB of garbage and no dirty card: the 6 MiB nursery is not full"
    );
    m.collect_minor();
    // A store into every old node (the barrier alone: the stored value
    // does not matter to the policy).
    for r in &ROOTS {
        gc::barrier::write_at(r.load(Ordering::Relaxed) as usize + 16);
    }
    assert!(
        garbage(heap, &m, 2 << 20) >= 1,
        "over 16,384 cards dirtied and 1 MiB allocated: a minor collection is due"
    );
    // The old nodes are intact.
    for (i, r) in ROOTS.iter().enumerate().step_by(997) {
        // SAFETY: the node is rooted, hence alive.
        let n = unsafe { &*(r.load(Ordering::Relaxed) as *const Node) };
        assert_eq!(n.val, i as u64, "old node {i} was overwritten");
    }
}
