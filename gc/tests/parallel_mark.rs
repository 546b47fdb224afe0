//! Parallel marking (gc/src/markers.rs) on a large object graph: a deep
//! chain, wide large objects whose items lead to small trees, and a random
//! graph with shared references (many markers reach the same object at
//! once), mixed with garbage.  Collections (the ones the allocation
//! triggers while the graph is built, then minor and major ones) run
//! with four markers called in at once.  Every reachable node must be
//! marked, none may be dropped (a destructor seeing a reachable node is
//! counted as lost), and the garbage must be freed: a marker that lost
//! grey objects (a steal that dropped what it took, a deque left
//! unchecked before stopping) shows up as lost nodes.
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use gc::{CollectionKind, Header, Heap, Meta, Mutator, Tracer};

const REACHABLE: u64 = 0x5afe;
const GARBAGE: u64 = 0xdead;

/// A node: a tag (reachable or garbage), an identity, four references.
#[repr(C)]
struct Node {
    h: Header,
    tag: u64,
    val: u64,
    kids: [AtomicU64; 4],
}

/// # Safety
/// Called by the collector with a live `Node`.
unsafe fn trace_node(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live Node.
    let n = unsafe { &*(h as *const Node) };
    for k in &n.kids {
        t.mark(k.load(Ordering::Relaxed));
    }
}

/// Reachable nodes dropped (must stay 0) and garbage nodes dropped.
static LOST: AtomicUsize = AtomicUsize::new(0);
static FREED: AtomicUsize = AtomicUsize::new(0);

/// # Safety
/// Called by the sweeper with a dead `Node`.
unsafe fn drop_node(h: *mut Header) {
    // SAFETY: the sweeper passes a Node that is no longer reachable.
    let n = unsafe { &*(h as *const Node) };
    if n.tag == REACHABLE {
        LOST.fetch_add(1, Ordering::Relaxed);
    } else {
        FREED.fetch_add(1, Ordering::Relaxed);
    }
}

static NODE_META: Meta = Meta {
    trace: trace_node,
    drop: Some(drop_node),
    kind: 1,
    flags: 0,
};

/// A large object: `n` references (it lives in the large-object space).
#[repr(C)]
struct Wide {
    h: Header,
    n: usize,
    items: [AtomicU64; 0],
}

impl Wide {
    fn items(&self) -> &[AtomicU64] {
        // SAFETY: `alloc_wide` allocated `n` items after the header and
        // initialised them.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.n) }
    }
}

/// # Safety
/// Called by the collector with a live `Wide`.
unsafe fn trace_wide(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live Wide.
    let w = unsafe { &*(h as *const Wide) };
    for x in w.items() {
        t.mark(x.load(Ordering::Relaxed));
    }
}

static WIDE_META: Meta = Meta {
    trace: trace_wide,
    drop: None,
    kind: 2,
    flags: 0,
};

/// The roots: the head of the chain and the two wide objects.
static ROOTS: [AtomicU64; 3] = [const { AtomicU64::new(0) }; 3];

fn trace_roots(t: &mut Tracer) {
    for r in &ROOTS {
        t.mark(r.load(Ordering::SeqCst));
    }
}

fn new_node(m: &Mutator, tag: u64, val: u64, kids: [u64; 4]) -> u64 {
    let p = m.alloc(&NODE_META, std::mem::size_of::<Node>(), true, None) as *mut Node;
    // SAFETY: a fresh Node-sized cell; its payload is written before the
    // next allocation (the kids are on this stack until then).
    unsafe {
        std::ptr::addr_of_mut!((*p).tag).write(tag);
        std::ptr::addr_of_mut!((*p).val).write(val);
        std::ptr::addr_of_mut!((*p).kids).write(kids.map(AtomicU64::new));
    }
    p as u64
}

fn alloc_wide(m: &Mutator, n: usize) -> u64 {
    let size = std::mem::size_of::<Wide>() + n * 8;
    let p = m.alloc(&WIDE_META, size, false, None) as *mut Wide;
    // SAFETY: a fresh cell of `size` bytes: the count, then `n` items.
    unsafe {
        std::ptr::addr_of_mut!((*p).n).write(n);
        let items = (p as *mut u8).add(std::mem::size_of::<Wide>()) as *mut AtomicU64;
        for i in 0..n {
            items.add(i).write(AtomicU64::new(0));
        }
    }
    p as u64
}

/// Stores `x` into item `i` of the wide object `w` (with the barrier).
fn store_item(w: u64, i: usize, x: u64) {
    // SAFETY: `w` is a rooted Wide.
    let wide = unsafe { &*(w as *const Wide) };
    wide.items()[i].store(x, Ordering::Relaxed);
    gc::barrier::write_at(&wide.items()[i] as *const AtomicU64 as usize);
}

/// A few garbage nodes that refer to each other (and to nothing reachable).
fn garbage(m: &Mutator, n: usize, made: &mut usize) {
    let mut prev = 0;
    for i in 0..n {
        prev = new_node(m, GARBAGE, i as u64, [prev, 0, 0, 0]);
        *made += 1;
    }
    std::hint::black_box(prev);
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const CHAIN: u64 = 100_000;
const TREES: usize = 20_000;
const TREE_NODES: u64 = 7;
const GRAPH: usize = 60_000;

/// Builds the graph (with garbage in between); returns the reachable
/// nodes made and the garbage nodes made.
fn build(m: &Mutator) -> (u64, usize) {
    let mut made = 0u64;
    let mut junk = 0usize;
    let trees = alloc_wide(m, TREES);
    ROOTS[1].store(trees, Ordering::SeqCst);
    let graph = alloc_wide(m, GRAPH);
    ROOTS[2].store(graph, Ordering::SeqCst);
    // The chain: deep, one grey object at a time.
    for i in 0..CHAIN {
        let head = ROOTS[0].load(Ordering::SeqCst);
        let n = new_node(m, REACHABLE, i, [head, 0, 0, 0]);
        ROOTS[0].store(n, Ordering::SeqCst);
        made += 1;
        if i % 16 == 0 {
            garbage(m, 8, &mut junk);
        }
    }
    // Wide: 20,000 trees of 7 nodes under one large object.
    for t in 0..TREES {
        let base = 1_000_000 + t as u64 * TREE_NODES;
        // On the stack (a conservative root) until the parents hold them.
        let l: [u64; 4] =
            std::array::from_fn(|k| new_node(m, REACHABLE, base + 3 + k as u64, [0; 4]));
        let a = new_node(m, REACHABLE, base + 1, [l[0], l[1], 0, 0]);
        let b = new_node(m, REACHABLE, base + 2, [l[2], l[3], 0, 0]);
        let r = new_node(m, REACHABLE, base, [a, b, 0, 0]);
        store_item(trees, t, r);
        made += TREE_NODES;
        if t % 4 == 0 {
            garbage(m, 8, &mut junk);
        }
    }
    // A random graph: every node is an item of the second large object
    // and refers to four random nodes of the graph.
    for i in 0..GRAPH {
        let n = new_node(m, REACHABLE, 2_000_000 + i as u64, [0; 4]);
        store_item(graph, i, n);
        made += 1;
        if i % 8 == 0 {
            garbage(m, 4, &mut junk);
        }
    }
    let mut rng = Lcg(42);
    // SAFETY: `graph` is rooted.
    let items = unsafe { &*(graph as *const Wide) }.items();
    for x in items {
        let n = x.load(Ordering::Relaxed) as *const Node;
        // SAFETY: every item is a live node of the graph.
        let node = unsafe { &*n };
        for k in &node.kids {
            let to = items[rng.next() as usize % GRAPH].load(Ordering::Relaxed);
            k.store(to, Ordering::Relaxed);
        }
        gc::barrier::write(n as *const Header);
    }
    (made, junk)
}

/// Walks the graph from the roots: every node must be marked (it survived
/// the last collection) and intact, and there must be `expected` of them.
fn check(expected: u64) {
    let mut seen: HashSet<u64> = HashSet::with_capacity(expected as usize);
    let mut stack: Vec<u64> = vec![ROOTS[0].load(Ordering::SeqCst)];
    for w in [&ROOTS[1], &ROOTS[2]] {
        let w = w.load(Ordering::SeqCst);
        // SAFETY: a rooted Wide.
        let wide = unsafe { &*(w as *const Wide) };
        assert!(wide.h.is_marked(), "a rooted large object is not marked");
        stack.extend(wide.items().iter().map(|x| x.load(Ordering::Relaxed)));
    }
    while let Some(p) = stack.pop() {
        if p == 0 || !seen.insert(p) {
            continue;
        }
        // SAFETY: reachable from the roots; if the collector freed it the
        // checks below fail (freed cells are not reused before this walk).
        let n = unsafe { &*(p as *const Node) };
        assert!(n.h.is_marked(), "reachable node {} not marked", n.val);
        assert_eq!(n.tag, REACHABLE, "a reachable node was overwritten");
        stack.extend(n.kids.iter().map(|k| k.load(Ordering::Relaxed)));
    }
    assert_eq!(seen.len() as u64, expected, "reachable nodes");
    assert_eq!(LOST.load(Ordering::SeqCst), 0, "reachable nodes freed");
}

#[test]
fn parallel_marking_keeps_every_reachable_node_and_frees_garbage() {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    // Four markers (more than the cores of a small machine: the helpers
    // then also take turns), called in at once.
    heap.set_parallel_marking(4, 0);
    heap.set_root_fn(trace_roots);
    let base = 0u8;
    let m = Mutator::new(heap, &base as *const u8 as usize);
    let (made, junk) = build(&m);
    m.collect_minor();
    check(made);
    for kind in [
        CollectionKind::Major,
        CollectionKind::Minor,
        CollectionKind::Major,
    ] {
        heap.collect_kind_from(&m, kind);
        check(made);
    }
    // Half of the trees become garbage: the next major collection frees
    // them, and nothing else.
    // SAFETY: a rooted Wide.
    let trees = unsafe { &*(ROOTS[1].load(Ordering::SeqCst) as *const Wide) };
    for x in trees.items().iter().step_by(2) {
        x.store(0, Ordering::Relaxed);
    }
    let freed_before = FREED.load(Ordering::SeqCst);
    // Garbage nodes are GARBAGE-tagged; the trees cut off are REACHABLE-
    // tagged, so count them apart: their drop counts as LOST.
    LOST.store(0, Ordering::SeqCst);
    m.collect();
    let cut = (TREES as u64).div_ceil(2) * TREE_NODES;
    let lost = LOST.swap(0, Ordering::SeqCst) as u64;
    // A stale word on this thread's stack may keep a tree or two alive.
    assert!(
        lost <= cut && lost + 10 * TREE_NODES >= cut,
        "the major collection freed {lost} nodes of the {cut} cut off"
    );
    check(made - cut);
    let freed = FREED.load(Ordering::SeqCst);
    assert!(
        freed >= junk * 99 / 100,
        "only {freed} of {junk} garbage nodes freed ({freed_before} before the last collection)"
    );
    let s = heap.stats();
    assert!(s.parallel_drains > 0, "no drain was shared: {s:?}");
    assert!(s.helpers_joined > 0, "no helper joined a drain: {s:?}");
    eprintln!(
        "parallel_mark: {} reachable, {} garbage; {} collections, {} parallel drains, \
         {} helpers joined, {} steals",
        made, junk, s.collections, s.parallel_drains, s.helpers_joined, s.steals
    );
}
