//! The fragmentation trigger of a major collection (`Heap::major_due`,
//! docs/GC.md "Stale words, fragmentation and the second thread"): old
//! objects scattered through the blocks a mutator allocates in, dead but
//! promoted (as stale words on native stacks make them), split its free
//! runs; only a major collection frees them, and the promoted bytes alone
//! (here far below `MAJOR_MIN`) would not call for one.  The test makes
//! one old object every 32 cells, drops them, allocates on, and checks
//! that a major collection came and that the runs are whole again after.
use std::sync::Mutex;

use gc::{Header, Heap, Meta, Mutator, Tracer};

#[repr(C)]
struct Pair {
    h: Header,
    a: u64,
    b: u64,
}

/// # Safety
/// Called by the collector with a live `Pair`; it holds no references.
unsafe fn trace_pair(_h: *const Header, _t: &mut Tracer) {}

static PAIR_META: Meta = Meta {
    trace: trace_pair,
    drop: None,
    kind: 0,
    flags: 0,
};

/// The precise roots: addresses of objects kept alive until cleared.
static ROOTS: Mutex<Vec<u64>> = Mutex::new(Vec::new());

fn roots(t: &mut Tracer) {
    for &r in ROOTS.lock().unwrap().iter() {
        t.mark(r);
    }
}

fn pair(m: &Mutator) -> *mut Pair {
    let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), false, None) as *mut Pair;
    // SAFETY: a fresh cell of at least size_of::<Pair>() bytes; the payload
    // is written before the next allocation.
    unsafe {
        (*p).a = 0;
        (*p).b = 0;
    }
    p
}

/// Allocates `n` pairs that die at once.
#[inline(never)]
fn churn(m: &Mutator, n: usize) {
    for i in 0..n {
        std::hint::black_box(pair(m));
        if i % 1024 == 0 {
            m.safepoint();
        }
    }
}

#[test]
fn scattered_dead_old_objects_bring_a_major_collection() {
    if std::env::var_os("TAIPAN_GC_STRESS").is_some()
        || std::env::var_os("TAIPAN_GC_GENERATIONS").is_some_and(|v| v == "0")
    {
        // Collections are then not driven by the nursery policy.
        return;
    }
    let base = 0u8;
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(roots);
    let m = Mutator::new(heap, &base as *const u8 as usize);
    // 8 MiB of pairs, one in 32 kept: 8192 objects, 256 KiB promoted
    // (MAJOR_MIN is 4 MiB), one in every 1 KiB of the blocks.
    const N: usize = 8 << 20 >> 5;
    for i in 0..N {
        let p = pair(&m);
        if i % 32 == 0 {
            ROOTS.lock().unwrap().push(p as u64);
        }
    }
    m.collect_minor();
    ROOTS.lock().unwrap().clear();
    let s0 = heap.stats();
    assert_eq!(s0.major.count, 0, "no major collection yet");
    assert!(
        s0.promoted_bytes < 1 << 20,
        "the kept pairs were promoted ({} bytes), far below MAJOR_MIN",
        s0.promoted_bytes
    );
    // Runs started beyond one per block taken between two snapshots (a
    // block taken may also start no run at all: a collection can come
    // first, so the difference may be below zero).
    let extra_runs = |a: &gc::HeapStats, b: &gc::HeapStats| {
        (b.runs - a.runs) as i64 - (b.blocks_taken - a.blocks_taken) as i64
    };
    // Allocate through the fragmented blocks until a collection is major
    // (each pass over them takes about 8192 extra runs).
    churn(&m, 64 << 20 >> 5);
    let s1 = heap.stats();
    assert!(
        s1.major.count >= 1,
        "dead old objects split {} runs beyond one per block and no major \
         collection freed them",
        extra_runs(&s0, &s1)
    );
    // After it the blocks are whole: about one run per block.
    churn(&m, 32 << 20 >> 5);
    let s2 = heap.stats();
    let extra = extra_runs(&s1, &s2);
    assert!(
        extra < 1000,
        "{extra} runs beyond one per block after the major collection"
    );
}
