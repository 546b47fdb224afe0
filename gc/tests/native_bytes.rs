//! Native bytes noted from a mutator's thread (`Mutator::note_external`)
//! count toward the nursery at once: a thread that allocates few objects
//! and much native memory (a list of a thousand items is one small object
//! and an 8 KB buffer) is collected as often as the bytes demand.  The
//! trigger test runs at block changes, and only once the thread's room
//! (`MutatorState::due_check`) is used up; the noted bytes use it up.
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

#[test]
fn noted_native_bytes_bring_collections_forward() {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let base = 0u8;
    let m = Mutator::new(heap, &base as *const u8 as usize);
    let before = heap.stats().collections;
    // 20,000 objects of 32 bytes: 10 blocks, two or three flushes of the
    // thread's counts; 64 KiB of native bytes with each, 1.25 GiB in all,
    // about 300 nurseries of 4 MiB.  A test at every block change that
    // sees the bytes collects at about every block change.
    for _ in 0..20_000 {
        let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), false, None) as *mut Pair;
        // SAFETY: a fresh Pair-sized cell; written before the next allocation.
        unsafe {
            (*p).a = 0;
            (*p).b = 0;
        }
        std::hint::black_box(p);
        m.note_external(64 * 1024);
        m.safepoint();
    }
    let collections = heap.stats().collections - before;
    assert!(
        collections >= 8,
        "{collections} collections for 1.25 GiB of noted native bytes in 10 blocks"
    );
}
