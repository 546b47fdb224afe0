//! The allocation-scaling probe of docs/GC.md ("Allocation with threads"):
//! N threads, each registered as a mutator, allocate M short-lived 32-byte
//! objects (polling every 1024, as `benches/alloc.rs` `threads/N` does),
//! R times; each round prints the wall time, objects per second, the
//! process's voluntary and involuntary context switches and CPU time, each
//! thread's CPU and wall time, and the collections and pauses.
//!
//! `cargo run --release -p gc --example alloc_threads -- N M R [MODE]`
//! (defaults 1, 10000000, 3).  With `kept` the N threads are started once
//! and run every round, waiting in safe regions between rounds (as
//! `benches/alloc.rs` `threads_kept/N`); the round's wall time then runs
//! from their release to the end of the slowest.  With `tight` they are
//! spawned round after round with nothing in between, as in criterion's
//! `threads/N`, and only a summary is printed (`tight`).  With `alt`, N
//! kept threads run rounds of one thread (the first) and rounds of all N
//! in turn, and a summary compares them (see `alternate`); `alu` does the
//! same with a loop in registers instead of the allocation loop.  With `plain`,
//! each round runs the allocation loop and then the same stores without
//! the heap (see `plain`); with `layout`, each round prints the blocks the
//! threads wrote (see `layout`).  In the default and `kept` modes each
//! line starts with `mono=`, the round's end on CLOCK_MONOTONIC, to split
//! a `perf record -k CLOCK_MONOTONIC` profile by round.  `GAP_US=U`
//! leaves the threads idle for U microseconds before each round of the
//! `kept`, `alt` and `alu` modes and each loop of `plain`.  On a machine
//! shared with other jobs, run it as `chrt -f 1 target/release/examples/alloc_threads 2 10000000 3`, a
//! few seconds at a time: at normal priority two threads rarely get both
//! cores and the wall times measure the scheduler.
use std::hint::black_box;

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

fn new_pair(m: &Mutator) -> *mut Pair {
    let p = m.alloc(&PAIR_META, std::mem::size_of::<Pair>(), false, None) as *mut Pair;
    // SAFETY: `alloc` returned a fresh cell of at least size_of::<Pair>()
    // bytes with an initialised header; the payload is written before the
    // next allocation.
    unsafe {
        (*p).a = 0;
        (*p).b = 0;
    }
    p
}

/// The calling thread's CPU time, in seconds.
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// The process's voluntary and involuntary context switches and CPU time
/// (user + system, seconds).
fn usage() -> (i64, i64, f64) {
    // SAFETY: rusage is plain data (all-zero is valid); getrusage fills it.
    let r = unsafe {
        let mut r: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut r);
        r
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    (r.ru_nvcsw, r.ru_nivcsw, secs(r.ru_utime) + secs(r.ru_stime))
}

/// One thread's loop: `per` objects, a poll every 1024; returns its CPU
/// and wall time.  Every mode runs this one function: with a copy of the
/// loop inlined in `tight`'s closure, a spawned thread's loop measured 7%
/// slower than a kept thread's (2.02 against 1.88 ms for 2M objects),
/// from the code's placement alone.
fn alloc_loop(m: &Mutator, per: u64) -> (f64, f64) {
    let (c0, t0) = (thread_cpu(), std::time::Instant::now());
    for i in 0..per {
        black_box(new_pair(m));
        if i % 1024 == 0 {
            m.safepoint();
        }
    }
    (thread_cpu() - c0, t0.elapsed().as_secs_f64())
}

/// With `GAP_US=U`, sleeps U microseconds (before a round of the `kept`,
/// `alt` and `alu` modes, while the threads wait, and on each thread
/// before each loop of `plain`: every vCPU idle).
fn idle_gap() {
    if let Some(us) = std::env::var("GAP_US").ok().and_then(|v| v.parse().ok()) {
        std::thread::sleep(std::time::Duration::from_micros(us));
    }
}

fn arg(i: usize, default: u64) -> u64 {
    std::env::args()
        .nth(i)
        .map_or(default, |s| s.parse().expect("a number"))
}

fn main() {
    let stack_base = 0u8;
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    heap.set_root_fn(|_| {});
    let m = Mutator::new(heap, &stack_base as *const u8 as usize);
    let (n, per, rounds) = (arg(1, 1), arg(2, 10_000_000), arg(3, 3));
    let kept = std::env::args().nth(4).is_some_and(|a| a == "kept");
    if std::env::args().nth(4).is_some_and(|a| a == "tight") {
        return tight(heap, &m, n, per, rounds);
    }
    if std::env::args().nth(4).is_some_and(|a| a == "alt") {
        return alternate(heap, &m, n, per, rounds, false);
    }
    if std::env::args().nth(4).is_some_and(|a| a == "alu") {
        return alternate(heap, &m, n, per, rounds, true);
    }
    if std::env::args().nth(4).is_some_and(|a| a == "layout") {
        return m.blocking(|| layout(heap, n, per, rounds));
    }
    if std::env::args().nth(4).is_some_and(|a| a == "plain") {
        return m.blocking(|| plain(heap, n, per, rounds));
    }
    // Kept threads: each round the main thread sends `true` (run a
    // round) or `false` (exit) to every worker; the workers meet at
    // `start`, run, and send back their times.
    use std::sync::{Arc, Barrier, mpsc};
    let start_barrier = Arc::new(Barrier::new(n as usize + 1));
    let (done_tx, done_rx) = mpsc::channel::<(f64, f64)>();
    let mut go = Vec::new();
    let mut workers = Vec::new();
    if kept {
        for _ in 0..n {
            let (tx, rx) = mpsc::channel::<bool>();
            go.push(tx);
            let (b, done) = (start_barrier.clone(), done_tx.clone());
            workers.push(std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                while m.blocking(|| rx.recv().unwrap()) {
                    m.blocking(|| b.wait());
                    let r = alloc_loop(&m, per);
                    done.send(r).unwrap();
                }
            }));
        }
    }
    // The main thread's mutator waits in a safe region, as in the bench.
    m.blocking(|| {
        for _ in 0..rounds {
            let (s0, u0) = (heap.stats(), usage());
            let mut start = std::time::Instant::now();
            let times: Vec<(f64, f64)> = if kept {
                idle_gap();
                for tx in &go {
                    tx.send(true).unwrap();
                }
                start_barrier.wait();
                start = std::time::Instant::now();
                (0..n).map(|_| done_rx.recv().unwrap()).collect()
            } else {
                let threads: Vec<_> = (0..n)
                    .map(|_| {
                        std::thread::spawn(move || {
                            let base = 0u8;
                            let m = Mutator::new(heap, &base as *const u8 as usize);
                            alloc_loop(&m, per)
                        })
                    })
                    .collect();
                threads.into_iter().map(|t| t.join().unwrap()).collect()
            };
            let wall = start.elapsed().as_secs_f64();
            let per_thread: Vec<String> = times
                .iter()
                .map(|(c, w)| format!("{:.2}/{:.2}", c * 1e3, w * 1e3))
                .collect();
            let (s1, u1) = (heap.stats(), usage());
            let mut ts = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            // SAFETY: clock_gettime writes the timespec it is given.
            unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
            print!("mono={:.6} ", ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9);
            println!(
                "threads={n} wall={:.2}ms Mobj/s={:.0} vcsw={} ivcsw={} cpu={:.1}ms \
                 thread_cpu/wall_ms={} collections={} pauses={:.2}ms blocks={} \
                 runs={} blocks_taken={} promoted={}B major={} stop={:.3}ms stop_max={:.3}ms",
                wall * 1e3,
                (n * per) as f64 / wall / 1e6,
                u1.0 - u0.0,
                u1.1 - u0.1,
                (u1.2 - u0.2) * 1e3,
                per_thread.join(","),
                s1.collections - s0.collections,
                (s1.total_pause_ns - s0.total_pause_ns) as f64 / 1e6,
                s1.blocks,
                s1.runs - s0.runs,
                s1.blocks_taken - s0.blocks_taken,
                s1.promoted_bytes - s0.promoted_bytes,
                s1.major.count - s0.major.count,
                (s1.stop_total_ns - s0.stop_total_ns) as f64 / 1e6,
                s1.stop_max_ns as f64 / 1e6,
            );
        }
        for tx in &go {
            tx.send(false).unwrap();
        }
        for w in workers {
            w.join().unwrap();
        }
    });
}

/// `tight`: spawned threads as criterion's `threads/N` runs them, round
/// after round with nothing in between; prints the mean and the median
/// round at the end (criterion's estimate is a mean), and the medians of
/// a thread's start (from the round's start to its first allocation), of
/// its loop's CPU and wall time, and of its end (from its last allocation
/// to the end of the round: exit and join).
fn tight(heap: &'static Heap, m: &Mutator, n: u64, per: u64, rounds: u64) {
    let (mut walls, mut starts, mut cpus, mut loops, mut ends) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let s0 = heap.stats();
    m.blocking(|| {
        for _ in 0..rounds {
            let start = std::time::Instant::now();
            let threads: Vec<_> = (0..n)
                .map(|_| {
                    std::thread::spawn(move || {
                        let base = 0u8;
                        let m = Mutator::new(heap, &base as *const u8 as usize);
                        let t0 = std::time::Instant::now();
                        let (c, _) = alloc_loop(&m, per);
                        (t0, std::time::Instant::now(), c)
                    })
                })
                .collect();
            let times: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
            let end = std::time::Instant::now();
            walls.push((end - start).as_secs_f64() * 1e3);
            for (t0, t1, cpu) in times {
                starts.push((t0 - start).as_secs_f64() * 1e3);
                loops.push((t1 - t0).as_secs_f64() * 1e3);
                cpus.push(cpu * 1e3);
                ends.push((end - t1).as_secs_f64() * 1e3);
            }
        }
    });
    let s1 = heap.stats();
    let mean = walls.iter().sum::<f64>() / walls.len() as f64;
    let med = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let p90 = walls.clone();
    println!(
        "threads={n} tight rounds={rounds} mean={mean:.2}ms p10={:.2}ms median={:.2}ms p90={:.2}ms \
         thread: start={:.3} loop={:.2} cpu={:.2} end={:.3} ms; per round: collections={:.2} \
         pauses={:.3}ms stop={:.3}ms blocks_taken={:.0} owner_sweeps={:.2}, blocks={}",
        {
            let mut p = walls.clone();
            p.sort_by(f64::total_cmp);
            p[p.len() / 10]
        },
        med(&mut walls),
        {
            let mut p = p90;
            p.sort_by(f64::total_cmp);
            p[p.len() * 9 / 10]
        },
        med(&mut starts),
        med(&mut loops),
        med(&mut cpus),
        med(&mut ends),
        (s1.collections - s0.collections) as f64 / rounds as f64,
        (s1.total_pause_ns - s0.total_pause_ns) as f64 / 1e6 / rounds as f64,
        (s1.stop_total_ns - s0.stop_total_ns) as f64 / 1e6 / rounds as f64,
        (s1.blocks_taken - s0.blocks_taken) as f64 / rounds as f64,
        (s1.owner_sweeps - s0.owner_sweeps) as f64 / rounds as f64,
        s1.blocks,
    );
}

/// `alt`: N kept threads; even rounds run the first thread alone (the
/// others wait in safe regions, so the heap counts one running mutator),
/// odd rounds all N.  A round is timed as `threads_kept/N` times an
/// iteration: from the first thread's start to the last one's end, by
/// their own clocks.  Criterion runs `threads_kept/1` and then
/// `threads_kept/2`, a minute apart: on this VM, where a vCPU runs at
/// two-thirds speed for seconds at a time (one thread alone as well), one
/// of them may run in such a stretch and the other not.  Alternated, both
/// meet the same stretches; the summary gives the 10th percentile and
/// median of each and the ratio N * t(1) / t(N) of both, and the median
/// and 10th percentile of that ratio for each one-thread round and the
/// N-thread round after it.
fn alternate(heap: &'static Heap, m: &Mutator, n: u64, per: u64, rounds: u64, alu: bool) {
    use std::sync::{Arc, Barrier, mpsc};
    use std::time::Instant;
    type Round = Option<Arc<Barrier>>;
    let (done_tx, done_rx) = mpsc::channel::<(Instant, Instant)>();
    let (go, workers): (Vec<_>, Vec<_>) = (0..n)
        .map(|_| {
            let (tx, rx) = mpsc::channel::<Round>();
            let done = done_tx.clone();
            let w = std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                while let Some(b) = m.blocking(|| rx.recv().unwrap()) {
                    m.blocking(|| b.wait());
                    let t0 = Instant::now();
                    if alu {
                        register_loop(per);
                    } else {
                        alloc_loop(&m, per);
                    }
                    done.send((t0, Instant::now())).unwrap();
                }
            });
            (tx, w)
        })
        .unzip();
    let (mut one, mut all) = (Vec::new(), Vec::new());
    m.blocking(|| {
        for r in 0..2 * rounds {
            let k = if r % 2 == 0 { 1 } else { n as usize };
            idle_gap();
            let b = Arc::new(Barrier::new(k + 1));
            for tx in &go[..k] {
                tx.send(Some(b.clone())).unwrap();
            }
            b.wait();
            let spans: Vec<_> = (0..k).map(|_| done_rx.recv().unwrap()).collect();
            let first = spans.iter().map(|s| s.0).min().expect("k >= 1");
            let last = spans.iter().map(|s| s.1).max().expect("k >= 1");
            let ms = (last - first).as_secs_f64() * 1e3;
            if k == 1 { one.push(ms) } else { all.push(ms) }
        }
        for tx in &go {
            tx.send(None).unwrap();
        }
    });
    for w in workers {
        w.join().unwrap();
    }
    let q = |v: &mut Vec<f64>, f: f64| {
        v.sort_by(f64::total_cmp);
        v[((v.len() as f64 * f) as usize).min(v.len() - 1)]
    };
    let nf = n as f64;
    let mut pairs: Vec<f64> = one.iter().zip(&all).map(|(o, a)| nf * o / a).collect();
    let (p10, p50) = (q(&mut pairs, 0.1), q(&mut pairs, 0.5));
    let (o10, o50) = (q(&mut one, 0.1), q(&mut one, 0.5));
    let (a10, a50) = (q(&mut all, 0.1), q(&mut all, 0.5));
    println!(
        "{} rounds={rounds} one: p10={o10:.3} median={o50:.3} ms | {n}: p10={a10:.3} \
         median={a50:.3} ms | ratio p10={:.2}x median={:.2}x | pairs: median {p50:.2}x, \
         10th percentile {p10:.2}x",
        if alu { "alu" } else { "alt" },
        nf * o10 / a10,
        nf * o50 / a50
    );
}

/// `per` steps of two multiply-add chains in registers: no memory, no
/// heap; the CPU's own speed (`alu` mode).
fn register_loop(per: u64) {
    let (mut x, mut y) = (1u64, 2u64);
    for i in 0..per {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(i);
        y = y.wrapping_mul(2862933555777941757).wrapping_add(x);
    }
    black_box((x, y));
}

/// `per` 32-byte records written (four volatile word stores each, as
/// `new_pair` writes a `Pair`) through `buf` from its start, again from the
/// start when it is full: the memory traffic of the allocation loop without
/// the heap.  Returns the wall time.
fn plain_loop(buf: &mut [u64], per: u64) -> f64 {
    let t0 = std::time::Instant::now();
    let words = buf.len();
    let p = buf.as_mut_ptr();
    let mut at = 0usize;
    for _ in 0..per {
        if at + 4 > words {
            at = 0;
        }
        // SAFETY: `at + 4 <= words`: the four words lie inside `buf`,
        // which this thread alone holds.
        unsafe {
            let q = p.add(at);
            q.write_volatile(&PAIR_META as *const Meta as u64);
            q.add(1).write_volatile(0);
            q.add(2).write_volatile(0);
            q.add(3).write_volatile(0);
        }
        at += 4;
    }
    t0.elapsed().as_secs_f64()
}

/// `plain`: N kept threads; in each round every thread runs the allocation
/// loop, and then, once all have, `plain_loop` through a private buffer of
/// `PLAIN_MB` MiB (default 4, one thread's nursery); one line per thread
/// and round: `plain ROUND THREAD cpuCPU heap=MS plain=MS`.  Both loops
/// meet the same state of the machine a few milliseconds apart: a slow
/// stretch of the VM shows in both, one of the heap's own in the first.
fn plain(heap: &'static Heap, n: u64, per: u64, rounds: u64) {
    use std::sync::{Arc, Barrier};
    let mb: usize = std::env::var("PLAIN_MB").map_or(4, |s| s.parse().expect("MiB"));
    let b = Arc::new(Barrier::new(n as usize));
    let ws: Vec<_> = (0..n as usize)
        .map(|i| {
            let b = b.clone();
            std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                let mut buf = vec![1u64; mb << 17];
                let mut lines = Vec::new();
                for r in 0..rounds {
                    m.blocking(|| {
                        idle_gap();
                        b.wait()
                    });
                    let (_, h) = alloc_loop(&m, per);
                    m.blocking(|| {
                        idle_gap();
                        b.wait()
                    });
                    let c = plain_loop(&mut buf, per);
                    // SAFETY: sched_getcpu has no preconditions.
                    let cpu = unsafe { libc::sched_getcpu() };
                    lines.push(format!(
                        "plain {r} {i} cpu{cpu} heap={:.3} plain={:.3}",
                        h * 1e3,
                        c * 1e3
                    ));
                }
                lines
            })
        })
        .collect();
    for w in ws {
        for l in w.join().unwrap() {
            println!("{l}");
        }
    }
}

/// `layout`: N kept threads run the allocation loop round after round,
/// each noting the 64 KiB block of every 1024th object (twice a block);
/// one line per round: `layout ROUND t=MS,.. blocks=B,.. shared=S
/// adjacent=A`: each thread's loop time and distinct blocks written, the
/// blocks both wrote, and the first thread's blocks next to one of the
/// second's (two threads).
fn layout(heap: &'static Heap, n: u64, per: u64, rounds: u64) {
    use std::collections::HashSet;
    use std::sync::{Arc, Barrier};
    let b = Arc::new(Barrier::new(n as usize));
    let ws: Vec<_> = (0..n as usize)
        .map(|_| {
            let b = b.clone();
            std::thread::spawn(move || {
                let base = 0u8;
                let m = Mutator::new(heap, &base as *const u8 as usize);
                let mut out = Vec::new();
                for _ in 0..rounds {
                    m.blocking(|| b.wait());
                    let t0 = std::time::Instant::now();
                    let mut blocks = HashSet::new();
                    for i in 0..per {
                        let p = black_box(new_pair(&m));
                        if i % 1024 == 0 {
                            blocks.insert(p as usize >> 16);
                            m.safepoint();
                        }
                    }
                    out.push((t0.elapsed().as_secs_f64() * 1e3, blocks));
                }
                out
            })
        })
        .collect();
    let per_thread: Vec<_> = ws.into_iter().map(|w| w.join().unwrap()).collect();
    for r in 0..rounds as usize {
        let row: Vec<_> = per_thread.iter().map(|t| &t[r]).collect();
        let times: Vec<String> = row.iter().map(|x| format!("{:.3}", x.0)).collect();
        let counts: Vec<String> = row.iter().map(|x| x.1.len().to_string()).collect();
        let (mut shared, mut adjacent) = (0, 0);
        if let [(_, a), (_, b)] = row[..] {
            shared = a.intersection(b).count();
            adjacent = a
                .iter()
                .filter(|&&x| b.contains(&(x + 1)) || b.contains(&(x - 1)))
                .count();
        }
        println!(
            "layout {r} t={} blocks={} shared={shared} adjacent={adjacent}",
            times.join(","),
            counts.join(",")
        );
    }
}
