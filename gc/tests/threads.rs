//! Several mutator threads allocating and mutating shared object graphs
//! while collections happen (triggered by any of them): no reachable object
//! is freed, garbage is reclaimed, handshakes run on their target.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use gc::{Header, Heap, Meta, Mutator, Tracer};

/// A list node: `next` is a reference (or 0), `val` plain data.
#[repr(C)]
struct Node {
    h: Header,
    next: AtomicU64,
    val: u64,
}

/// # Safety
/// Called by the collector with a live `Node`.
unsafe fn trace_node(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live Node.
    let n = unsafe { &*(h as *const Node) };
    t.mark(n.next.load(Ordering::Relaxed));
}

static NODE_META: Meta = Meta {
    trace: trace_node,
    drop: None,
    kind: 7,
    flags: 0,
};

/// Shared roots: one published list head per slot.
const SLOTS: usize = 64;
static SHARED: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];

fn trace_shared(t: &mut Tracer) {
    for s in &SHARED {
        t.mark(s.load(Ordering::SeqCst));
    }
}

fn new_node(m: &Mutator, next: u64, val: u64) -> *mut Node {
    let p = m.alloc(&NODE_META, std::mem::size_of::<Node>(), false, None) as *mut Node;
    // SAFETY: a fresh Node-sized cell; its payload is written before the
    // next allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).next).write(AtomicU64::new(next));
        std::ptr::addr_of_mut!((*p).val).write(val);
    }
    p
}

/// Checks a list built by `build`: `len` nodes with values tag*1000+len-1 .. tag*1000.
fn check_list(head: u64, tag: u64, len: u64) {
    let mut p = head as *const Node;
    let mut i = len;
    while !p.is_null() {
        // SAFETY: `p` is reachable (from the caller's stack or a shared slot).
        let n = unsafe { &*p };
        assert!(
            std::ptr::eq(n.h.meta, &NODE_META),
            "a reachable node was freed"
        );
        i -= 1;
        assert_eq!(n.val, tag * 1000 + i, "a reachable node was overwritten");
        p = n.next.load(Ordering::SeqCst) as *const Node;
    }
    assert_eq!(i, 0, "list lost nodes");
}

fn build(m: &Mutator, tag: u64, len: u64) -> u64 {
    let mut head = 0u64;
    for i in 0..len {
        head = new_node(m, head, tag * 1000 + i) as u64;
        m.safepoint();
    }
    head
}

fn run_threads(heap: &'static Heap, nthreads: usize, rounds: u64) {
    let stop_checks = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..nthreads)
        .map(|t| {
            let stop_checks = stop_checks.clone();
            std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                for r in 0..rounds {
                    let tag = (t as u64) * 100_000 + r;
                    // A private list, reachable only from this stack.
                    let mine = build(&m, tag, 200);
                    // Garbage around it.
                    for _ in 0..2000 {
                        std::hint::black_box(new_node(&m, 0, 1));
                    }
                    // Publish a list in a shared slot, read another thread's.
                    let slot = (t * 7 + r as usize) % SLOTS;
                    let shared = build(&m, tag + 50_000, 20);
                    SHARED[slot].store(shared, Ordering::SeqCst);
                    let other = SHARED[(slot + 13) % SLOTS].load(Ordering::SeqCst);
                    if other != 0 {
                        // SAFETY: `other` is a list head in a shared root slot,
                        // and stays reachable from this stack while we read it.
                        let v = unsafe { (*(other as *const Node)).val };
                        check_list(other, v / 1000, v % 1000 + 1);
                    }
                    if r % 16 == t as u64 % 16 {
                        m.collect();
                    }
                    check_list(mine, tag, 200);
                    stop_checks.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("a mutator thread failed");
    }
    assert_eq!(
        stop_checks.load(Ordering::Relaxed),
        nthreads * rounds as usize
    );
}

#[test]
fn threads_allocate_and_share_while_collecting() {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(trace_shared);
    for n in [2, 4, 8] {
        let before = heap.stats();
        run_threads(heap, n, 300);
        let after = heap.stats();
        assert!(
            after.collections > before.collections + 4,
            "too few collections with {n} threads: {after:?}"
        );
        assert!(
            after.freed_objects > before.freed_objects + (n as u64) * 300 * 1000,
            "garbage was not reclaimed with {n} threads: {after:?}"
        );
    }
}

#[test]
fn handshake_runs_on_target_or_for_it_in_safe_region() {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let (tx, rx) = std::sync::mpsc::channel();
    let quit = Arc::new(AtomicBool::new(false));
    let ran = Arc::new(AtomicUsize::new(0));
    let q = quit.clone();
    let target = std::thread::spawn(move || {
        let base = 0u8;
        let m = Mutator::new(heap, &base as *const u8 as usize);
        tx.send(m.id()).unwrap();
        let mut i = 0u64;
        while !q.load(Ordering::SeqCst) {
            // Alternate running code (polling) and a safe region.
            std::hint::black_box(new_node(&m, 0, i));
            m.safepoint();
            if i.is_multiple_of(64) {
                m.blocking(|| std::thread::sleep(std::time::Duration::from_micros(200)));
            }
            i += 1;
        }
    });
    let id = rx.recv().unwrap();
    let base = 0u8;
    let me = Mutator::new(heap, &base as *const u8 as usize);
    for _ in 0..200 {
        let r = ran.clone();
        me.handshake(&id, move || {
            r.fetch_add(1, Ordering::SeqCst);
        });
    }
    assert_eq!(ran.load(Ordering::SeqCst), 200);
    quit.store(true, Ordering::SeqCst);
    target.join().unwrap();
    // The target has exited: a handshake still completes (run by us).
    let r = ran.clone();
    me.handshake(&id, move || {
        r.fetch_add(1, Ordering::SeqCst);
    });
    assert_eq!(ran.load(Ordering::SeqCst), 201);
}

/// An object with a destructor: `dropped` is set by it (a second run
/// counts as an error), `val` identifies it.
#[repr(C)]
struct Finite {
    h: Header,
    next: AtomicU64,
    val: u64,
    dropped: AtomicU64,
}

static DROPS: AtomicU64 = AtomicU64::new(0);
static DOUBLE_DROPS: AtomicU64 = AtomicU64::new(0);

/// The destructors' body: marks the dead `Finite` at `h` dropped (a
/// second run counts as an error) and counts it in `counter`.
///
/// # Safety
/// `h` is a dead `Finite`, still intact.
unsafe fn count_drop(h: *mut Header, counter: &AtomicU64) {
    // SAFETY: the caller's contract.
    let f = unsafe { &*(h as *const Finite) };
    if f.dropped.swap(1, Ordering::Relaxed) != 0 {
        DOUBLE_DROPS.fetch_add(1, Ordering::Relaxed);
    }
    counter.fetch_add(1, Ordering::Relaxed);
}

/// # Safety
/// Called by the collector with a dead `Finite`, once.
unsafe fn drop_finite(h: *mut Header) {
    // SAFETY: the collector passes a dead Finite, still intact.
    unsafe { count_drop(h, &DROPS) }
}

static FINITE_META: Meta = Meta {
    trace: trace_node,
    drop: Some(drop_finite),
    kind: 8,
    flags: 0,
};

fn new_finite(m: &Mutator, next: u64, val: u64) -> *mut Finite {
    let p = m.alloc(&FINITE_META, std::mem::size_of::<Finite>(), true, None) as *mut Finite;
    // SAFETY: a fresh Finite-sized cell; its payload is written before the
    // next allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).next).write(AtomicU64::new(next));
        std::ptr::addr_of_mut!((*p).val).write(val);
        std::ptr::addr_of_mut!((*p).dropped).write(AtomicU64::new(0));
    }
    p
}

/// Minor collections in which the stopped threads sweep their own blocks
/// (`owner_sweeps`): objects with destructors, garbage and a private list
/// per thread, one thread forcing minor collections while the others run
/// into their safepoints.  No reachable object is dropped or freed, no
/// object is dropped twice, and the garbage is dropped.  With no more
/// threads than cores the parked threads spin and take their work; with
/// more they sleep and the collector takes it (on a machine of two cores
/// or more).
#[test]
fn stopped_threads_sweep_their_own_blocks() {
    for nthreads in [2, 3] {
        own_sweeps(nthreads);
    }
}

fn own_sweeps(nthreads: usize) {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let rounds = 150;
    let before = heap.stats();
    let drops_before = DROPS.load(Ordering::Relaxed);
    let garbage = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    // The round each thread is in: thread 0 collects in round r once the
    // others are in it too (else, collecting all the time, it could keep
    // them out of their loops, waiting in safe regions to resume).
    let progress: Arc<Vec<AtomicU64>> =
        Arc::new((0..nthreads).map(|_| AtomicU64::new(0)).collect());
    let handles: Vec<_> = (0..nthreads)
        .map(|t| {
            let (garbage, done, progress) = (garbage.clone(), done.clone(), progress.clone());
            std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                for r in 0..rounds {
                    progress[t].store(r, Ordering::SeqCst);
                    let tag = (t as u64) * 100_000 + r;
                    let mut head = 0u64;
                    for i in 0..100 {
                        head = new_finite(&m, head, tag * 1000 + i) as u64;
                        for _ in 0..10 {
                            std::hint::black_box(new_finite(&m, 0, 1));
                        }
                        garbage.fetch_add(10, Ordering::Relaxed);
                        m.safepoint();
                    }
                    if t == 0 {
                        while progress.iter().any(|p| p.load(Ordering::SeqCst) < r) {
                            m.safepoint();
                            std::thread::yield_now();
                        }
                        m.collect_minor();
                    }
                    check_finite(head, &FINITE_META, tag, 100);
                    std::hint::black_box(head);
                }
                // Each keeps running into safepoints (thread 0 collecting)
                // until all are done, so the others' last rounds still see
                // collections and they are parked in them.
                done.fetch_add(1, Ordering::SeqCst);
                let mut i = 0u64;
                while done.load(Ordering::SeqCst) < nthreads {
                    std::hint::black_box(new_finite(&m, 0, 2));
                    m.safepoint();
                    i += 1;
                    if t == 0 && i.is_multiple_of(1000) {
                        m.collect_minor();
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("a mutator thread failed");
    }
    let after = heap.stats();
    assert_eq!(
        DOUBLE_DROPS.load(Ordering::Relaxed),
        0,
        "an object was dropped twice"
    );
    assert!(
        after.owner_sweeps > before.owner_sweeps,
        "no minor collection let the stopped threads sweep: {after:?}"
    );
    let dropped = DROPS.load(Ordering::Relaxed) - drops_before;
    assert!(
        dropped >= garbage.load(Ordering::Relaxed) / 2,
        "the garbage was not dropped: {dropped} of {}",
        garbage.load(Ordering::Relaxed)
    );
}

static NOTED_DROPS: AtomicU64 = AtomicU64::new(0);

/// # Safety
/// Called by the collector with a dead `Finite` of `NOTED_META`, once.
unsafe fn drop_noted(h: *mut Header) {
    // SAFETY: the collector passes a dead Finite, still intact.
    unsafe { count_drop(h, &NOTED_DROPS) }
}

static NOTED_META: Meta = Meta {
    trace: trace_node,
    drop: Some(drop_noted),
    kind: 9,
    flags: 0,
};

/// Builds a list of `len` objects of `NOTED_META` (values tag*1000+i) and
/// `len` garbage objects of it.
fn build_noted(m: &Mutator, tag: u64, len: u64) -> u64 {
    let mut head = 0u64;
    for i in 0..len {
        let p = new_finite(m, head, tag * 1000 + i);
        // SAFETY: a fresh Finite; the meta is set before the next allocation.
        unsafe { (*p).h.meta = &NOTED_META };
        head = p as u64;
        // SAFETY: as above.
        unsafe { (*new_finite(m, 0, 1)).h.meta = &NOTED_META };
        m.safepoint();
    }
    head
}

/// Checks a list of `len` objects of `meta` with values
/// tag*1000+len-1 .. tag*1000: none freed, dropped or overwritten.
fn check_finite(head: u64, meta: &'static Meta, tag: u64, len: u64) {
    let mut p = head as *const Finite;
    let mut n = len;
    while !p.is_null() {
        // SAFETY: `p` is on a list reachable from the caller's stack.
        let f = unsafe { &*p };
        assert!(std::ptr::eq(f.h.meta, meta), "a reachable object was freed");
        assert_eq!(
            f.dropped.load(Ordering::Relaxed),
            0,
            "a reachable object was dropped"
        );
        n -= 1;
        assert_eq!(f.val, tag * 1000 + n, "a reachable object was overwritten");
        p = f.next.load(Ordering::Relaxed) as *const Finite;
    }
    assert_eq!(n, 0, "a list lost objects");
}

/// A thread that waits in a safe region while another collects: the first
/// collection retires it and notes its stack's heap words
/// (`MutatorState::safe_noted`), the next ones only mark those words.  Its
/// list, young when it blocks and reachable only from its stack, survives
/// minor and major collections; a list made after it left the region and
/// entered another survives the same way (the note is made again), and
/// garbage around both is dropped.
#[test]
fn a_thread_in_a_safe_region_keeps_its_stack_roots() {
    use std::sync::mpsc;
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let (to_collector, blocked) = mpsc::channel::<()>();
    let (to_holder, collected) = mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        let base = 0u8;
        let m = Mutator::new(heap, &base as *const u8 as usize);
        for tag in [1, 2] {
            let head = build_noted(&m, tag, 300);
            to_collector.send(()).unwrap();
            m.blocking(|| collected.recv().unwrap());
            check_finite(head, &NOTED_META, tag, 300);
            std::hint::black_box(head);
        }
    });
    let base = 0u8;
    let m = Mutator::new(heap, &base as *const u8 as usize);
    let drops_before = NOTED_DROPS.load(Ordering::Relaxed);
    for _ in [1, 2] {
        m.blocking(|| blocked.recv().unwrap());
        for i in 0..8 {
            // Allocation between the collections, so minor ones have
            // something to do.
            for _ in 0..5000 {
                std::hint::black_box(new_node(&m, 0, 0));
            }
            if i == 5 {
                m.collect();
            } else {
                m.collect_minor();
            }
        }
        to_holder.send(()).unwrap();
    }
    holder.join().expect("the holder thread failed");
    assert_eq!(
        DOUBLE_DROPS.load(Ordering::Relaxed),
        0,
        "an object was dropped twice"
    );
    // Of the 600 garbage objects, a stale word may keep a few.
    let dropped = NOTED_DROPS.load(Ordering::Relaxed) - drops_before;
    assert!(
        dropped >= 550,
        "only {dropped} of 600 garbage objects were dropped"
    );
}
