//! Criterion micro-benchmarks of the heap's hot paths, through the gc
//! crate's public API only (`Heap`, `Mutator::alloc`, `barrier::write`).
//!
//! - `alloc/pair_32B`: `Mutator::alloc` of a 32-byte object (header + two
//!   words) that is garbage at once.  The time per allocation is the
//!   bump fast path plus its share of the slow path (the next free run or
//!   block) and of the collections that the allocations trigger, i.e. the
//!   steady-state cost of a short-lived small object.
//! - `alloc/pair_32B_x1000_kept`: 1000 allocations linked into a list that
//!   stays reachable from the stack until the batch ends (so collections
//!   that run meanwhile have live objects to mark).
//! - `barrier/store`: the write barrier (a conditional card mark,
//!   `range::mark_card`) followed by the pointer store it guards.
//! - `threads/N`, `threads_kept/N`: see `bench_threads`.
//! - `ceiling/N`: the loop of `threads/N` without the heap, for the
//!   machine's limit (see `bench_ceiling`).
//!
//! Lock enter/exit (the biased object lock) does not exist yet and is not
//! measured.
//!
//! Run with `cargo bench -p gc` (`-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use gc::{Header, Heap, Meta, Mutator, Tracer};

#[repr(C)]
struct Pair {
    h: Header,
    a: u64,
    b: u64,
}

/// # Safety
/// Called by the collector with a live `Pair`.
unsafe fn trace_pair(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live, initialised Pair (its meta is PAIR_META).
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

fn new_pair(m: &Mutator, a: u64) -> *mut Pair {
    let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), false, None) as *mut Pair;
    // SAFETY: `alloc` returned a fresh cell of at least size_of::<Pair>()
    // bytes with an initialised header; the payload is written here, before
    // the next allocation, as `Mutator::alloc` requires.
    unsafe {
        (*p).a = a;
        (*p).b = 0;
    }
    p
}

fn bench_alloc(c: &mut Criterion, m: &Mutator) {
    let mut g = c.benchmark_group("alloc");
    g.throughput(Throughput::Elements(1));
    g.bench_function("pair_32B", |b| b.iter(|| black_box(new_pair(m, 0))));
    g.throughput(Throughput::Elements(1000));
    g.bench_function("pair_32B_x1000_kept", |b| {
        b.iter(|| {
            let mut head = std::ptr::null_mut::<Pair>();
            for _ in 0..1000 {
                head = new_pair(m, head as u64);
            }
            black_box(head)
        })
    });
    g.finish();
}

/// The objects each thread allocates in an iteration of `threads/N`,
/// `threads_kept/N` and `ceiling/N`: about 27 ms of one thread's loop on
/// the development VM.  2M (about 5 ms) until 2026-12-06: an iteration of
/// two threads lasts as long as the slower one, and the first to end did
/// so a median 0.36 ms (p90 1.7 ms) before the other (`threads_kept/2`);
/// over 10M objects that gap is about as large (median 0.43 ms), so the
/// ratio measures the allocation rate rather than the gap (docs/GC.md,
/// "Two threads: longer iterations").
const PER_THREAD: u64 = 10_000_000;

/// `threads/N`: N threads, each registered as a mutator, each allocating
/// `PER_THREAD` short-lived 32-byte objects (collections included: any
/// thread may trigger one, which stops the others at their safepoints).
/// The throughput is objects per second over all threads; compare
/// `threads/2` with `threads/1` for the scaling the heap issue asks for
/// (the same work per thread: with perfect scaling both take the same
/// time).  Each iteration spawns, registers and joins its threads, and
/// a new thread starts with no blocks of its own (see `threads_kept/N`).
/// On a machine whose cores run other jobs too, `threads/2` measures
/// mostly the scheduler: run it with the threads at real-time priority
/// (`chrt -f 1`, a few seconds: `--bench threads --warm-up-time 1
/// --measurement-time 3`), as the numbers in docs/GC.md ("Allocation with
/// threads") were.
///
/// `threads_kept/N`: the same allocation loop on N threads started once
/// and kept (registered) for the whole benchmark; between iterations they
/// wait in safe regions.  An iteration is timed by the workers' own
/// clocks, from the first one's start to the last one's end: steady-state
/// allocation, without thread start-up and exit.  (Timed from the main
/// thread's release at the start barrier instead, it read too short under
/// `chrt -f 1`: with N workers on N cores, the released main thread, of
/// the same real-time priority, waited for a core until a worker
/// stopped, often its first collection: `threads_kept/2` measured 1.97
/// ms an iteration while its workers' loops took 2.14 ms.)
fn bench_threads(c: &mut Criterion, heap: &'static Heap) {
    fn alloc_loop(m: &Mutator) {
        for i in 0..PER_THREAD {
            black_box(new_pair(m, 0));
            if i % 1024 == 0 {
                m.safepoint();
            }
        }
    }
    let mut g = c.benchmark_group("threads");
    for n in [1u64, 2] {
        g.throughput(Throughput::Elements(n * PER_THREAD));
        g.bench_function(format!("{n}"), |b| {
            b.iter_custom(|iters| {
                spawned_iterations(iters, n as usize, move |_| {
                    let base = 0u8;
                    let m = Mutator::new(heap, &base as *const u8 as usize);
                    alloc_loop(&m);
                })
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("threads_kept");
    for n in [1usize, 2] {
        // Each round: the main thread sends `Some(k)` (run k iterations)
        // or `None` (exit) to every worker through `go`; every worker
        // waits at `start` for the others, runs an iteration, records
        // when its loop began and ended in `spans`, then waits at `end`
        // and the main thread with it, k times over.
        use std::sync::{Arc, Barrier, Mutex, mpsc};
        use std::time::Instant;
        let start = Arc::new(Barrier::new(n + 1));
        let end = Arc::new(Barrier::new(n + 1));
        let spans = Arc::new(Mutex::new(Vec::<(Instant, Instant)>::new()));
        let mut go = Vec::new();
        let workers: Vec<_> = (0..n)
            .map(|_| {
                let (tx, rx) = mpsc::channel::<Option<u64>>();
                go.push(tx);
                let (start, end, spans) = (start.clone(), end.clone(), spans.clone());
                std::thread::spawn(move || {
                    let base = 0u8;
                    let m = Mutator::new(heap, &base as *const u8 as usize);
                    while let Some(k) = m.blocking(|| rx.recv().unwrap()) {
                        for _ in 0..k {
                            m.blocking(|| start.wait());
                            let t0 = Instant::now();
                            alloc_loop(&m);
                            let t1 = Instant::now();
                            m.blocking(|| {
                                spans.lock().unwrap().push((t0, t1));
                                end.wait()
                            });
                        }
                    }
                })
            })
            .collect();
        g.throughput(Throughput::Elements(n as u64 * PER_THREAD));
        g.bench_function(format!("{n}"), |b| {
            b.iter_custom(|iters| {
                for tx in &go {
                    tx.send(Some(iters)).unwrap();
                }
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    start.wait();
                    end.wait();
                    let mut s = spans.lock().unwrap();
                    let first = s.iter().map(|x| x.0).min().expect("n workers ran");
                    let last = s.iter().map(|x| x.1).max().expect("n workers ran");
                    total += last - first;
                    s.clear();
                }
                total
            })
        });
        for tx in &go {
            tx.send(None).unwrap();
        }
        for w in workers {
            w.join().unwrap();
        }
    }
    g.finish();
}

/// Runs `iters` iterations of `n` threads spawned and joined in each, the
/// i-th running `body(i)`; returns the time of all, spawns and joins
/// included (`threads/N`, `ceiling/N`).
fn spawned_iterations(
    iters: u64,
    n: usize,
    body: impl Fn(usize) + Send + Sync + Clone + 'static,
) -> std::time::Duration {
    let mut total = std::time::Duration::ZERO;
    for _ in 0..iters {
        let start = std::time::Instant::now();
        let hs: Vec<_> = (0..n)
            .map(|i| {
                let body = body.clone();
                std::thread::spawn(move || body(i))
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        total += start.elapsed();
    }
    total
}

/// `ceiling/N`: the machine's own limit for the loop of `threads/N`,
/// without the heap.  N threads, spawned in every iteration as for
/// `threads/N`, each write `PER_THREAD` 32-byte records (a `Pair` with its
/// header, as `new_pair`) through a private 4 MiB buffer (one thread's
/// least nursery) cut into 64 KiB blocks, taken in alternating order (as
/// a thread reuses its own blocks), with the cursor and limit in memory
/// (`Cell`s in a heap-allocated, 128-byte aligned struct, as a mutator's
/// run: the compiler reloads them after every record's stores) and a poll
/// every 1024 records.  No collection, no block list, nothing shared: when
/// `ceiling/2` is short of twice `ceiling/1`, the machine (its cores,
/// caches, memory, and a VM's host) is the limit for this loop, and
/// `threads/2` cannot be expected to do better (docs/GC.md, "Two threads
/// on this VM").
fn bench_ceiling(c: &mut Criterion) {
    const BUF: usize = 4 * 1024 * 1024;
    const BLOCK: usize = 64 * 1024;
    const NBLOCKS: usize = BUF / BLOCK;
    #[repr(C, align(128))]
    struct Run {
        cursor: std::cell::Cell<usize>,
        limit: std::cell::Cell<usize>,
        poll: std::sync::atomic::AtomicU32,
        block: std::cell::Cell<usize>,
        backwards: std::cell::Cell<bool>,
    }
    /// Moves `run` to the next block of `buf` (the same order as a thread's
    /// own blocks: up, then down) and returns its first record.
    #[cold]
    #[inline(never)]
    fn next_block(run: &Run, buf: usize) -> usize {
        let b = run.block.get();
        let b = match (run.backwards.get(), b) {
            (false, b) if b + 1 == NBLOCKS => {
                run.backwards.set(true);
                b
            }
            (false, b) => b + 1,
            (true, 0) => {
                run.backwards.set(false);
                0
            }
            (true, b) => b - 1,
        };
        run.block.set(b);
        let p = buf + b * BLOCK;
        run.cursor.set(p + 32);
        run.limit.set(p + BLOCK);
        p
    }
    fn ceiling_loop(buf: usize) {
        let run = Box::new(Run {
            cursor: std::cell::Cell::new(0),
            limit: std::cell::Cell::new(0),
            poll: std::sync::atomic::AtomicU32::new(0),
            block: std::cell::Cell::new(0),
            backwards: std::cell::Cell::new(false),
        });
        for i in 0..PER_THREAD {
            let p = run.cursor.get();
            let next = p + 32;
            let p = if next > run.limit.get() {
                next_block(&run, buf)
            } else {
                run.cursor.set(next);
                p
            } as *mut Pair;
            // SAFETY: `p` is the start of 32 bytes inside this thread's
            // buffer (64 blocks of 2048 records from `buf`; `next_block`
            // starts a new block before the cursor passes the limit), a
            // pointer from `as_mut_ptr` into a vector that `bench_ceiling`
            // keeps alive and untouched until every thread is joined, and
            // that no other thread writes.
            unsafe {
                (*p).h.meta = &PAIR_META;
                (*p).h.word.store(0, std::sync::atomic::Ordering::Relaxed);
                (*p).a = 0;
                (*p).b = 0;
            }
            black_box(p);
            if i % 1024 == 0 && run.poll.load(std::sync::atomic::Ordering::Relaxed) != 0 {
                unreachable!("nothing sets the poll word");
            }
        }
    }
    // One buffer per thread for the whole benchmark, written once before
    // (as the heap's blocks are resident after the first collections),
    // and its start rounded up to 64 bytes (records on 32-byte boundaries,
    // as cells; the 64 spare bytes keep the 4 MiB inside).  The threads
    // write through pointers taken once from `as_mut_ptr`; nothing else
    // touches the vectors until they are dropped after the group.
    let mut bufs: Vec<Vec<u64>> = (0..2).map(|_| vec![1u64; BUF / 8 + 8]).collect();
    let starts: Vec<usize> = bufs
        .iter_mut()
        .map(|b| (b.as_mut_ptr() as usize).next_multiple_of(64))
        .collect();
    let mut g = c.benchmark_group("ceiling");
    for n in [1u64, 2] {
        g.throughput(Throughput::Elements(n * PER_THREAD));
        g.bench_function(format!("{n}"), |b| {
            b.iter_custom(|iters| {
                let starts = starts.clone();
                spawned_iterations(iters, n as usize, move |i| ceiling_loop(starts[i]))
            })
        });
    }
    g.finish();
    drop(bufs);
}

fn bench_barrier(c: &mut Criterion, m: &Mutator) {
    let obj = new_pair(m, 0);
    let target = new_pair(m, 0);
    let mut g = c.benchmark_group("barrier");
    g.throughput(Throughput::Elements(1));
    g.bench_function("store", |b| {
        b.iter(|| {
            let o = black_box(obj);
            gc::barrier::write(o as *const Header);
            // SAFETY: `obj` is a live Pair: it is referenced from this
            // frame's stack (conservatively scanned) for the whole benchmark.
            unsafe { (*o).a = black_box(target) as u64 };
        })
    });
    g.finish();
    black_box((obj, target));
}

fn main() {
    // The outermost frame that holds heap references: the conservative
    // stack scan covers everything below this local.
    let stack_base = 0u8;
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let m = Mutator::new(heap, &stack_base as *const u8 as usize);
    let mut c = Criterion::default().configure_from_args();
    bench_alloc(&mut c, &m);
    bench_barrier(&mut c, &m);
    // The main thread's mutator stays registered: it idles in a safe
    // region so collections triggered by the benchmark threads proceed.
    m.blocking(|| bench_threads(&mut c, heap));
    bench_ceiling(&mut c);
    c.final_summary();
    let s = heap.stats();
    eprintln!(
        "heap after the benchmarks: {} collections, {} objects freed",
        s.collections, s.freed_objects
    );
}
