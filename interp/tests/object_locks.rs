//! Object locks (`layout::PyCell`) under real threads: biased cells are
//! revoked through handshakes and no update made under a borrow is lost.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use interp::Thread;
use interp::layout::{PyCell, SharedVec};
use interp::runtime::{self, g};

fn init() -> &'static Thread {
    let base = 0u8;
    runtime::init(&base as *const u8 as usize, 4 << 20)
}

/// Runs `f` on `n` attached interpreter threads and waits for them.
fn on_threads(n: usize, f: impl Fn(&Thread, usize) + Send + Sync + 'static) {
    let f = Arc::new(f);
    let hs: Vec<_> = (0..n)
        .map(|i| {
            let f = f.clone();
            std::thread::spawn(move || {
                let base = 0u8;
                let th = Thread::attach(g().heap, &base as *const u8 as usize, 2 << 20);
                f(&th, i);
                Thread::detach(th);
            })
        })
        .collect();
    let me = interp::layout::current_thread().expect("main attached");
    // Joining is a safe region: the workers' handshakes aimed at this
    // thread run on their side meanwhile.
    me.mutator.blocking(move || {
        for h in hs {
            h.join().expect("worker panicked");
        }
    });
}

#[test]
fn object_locks() {
    let th = init();
    no_lost_updates();
    owner_keeps_running_while_revoked(false);
    owner_keeps_running_while_revoked(true);
    optimistic_reads_see_only_written_values();
    handed_off_cells_start_thin(th);
    let _ = th;
}

fn no_lost_updates() {
    // Cells biased to the main thread, shared by 4 more threads.
    let cells: &'static [PyCell<u64>] = Box::leak(
        (0..8)
            .map(|_| PyCell::new(0))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    assert!(cells.iter().all(|c| c.is_biased()));
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    on_threads(4, move |_th, i| {
        for k in 0..20_000u64 {
            let c = &cells[(k as usize + i) % cells.len()];
            *c.borrow_mut() += 1;
            let r = c.borrow();
            assert!(*r > 0);
        }
        let _ = &s2;
    });
    stop.store(true, Ordering::Relaxed);
    let total: u64 = cells.iter().map(|c| *c.borrow()).sum();
    assert_eq!(total, 4 * 20_000);
    assert!(cells.iter().all(|c| !c.is_biased()), "revoked");
}

fn owner_keeps_running_while_revoked(in_place: bool) {
    // Each worker creates its own cells (biased to itself) and keeps using
    // them, while the others take them over now and then.  With `in_place`
    // every change is a `PyCell::update` (the owner's unmarked fast path,
    // the others' locked one), a read-modify-write stretched by a spin so
    // that an owner writing after its bias was revoked would lose updates.
    let shared: &'static PyCell<Vec<&'static PyCell<u64>>> =
        Box::leak(Box::new(PyCell::new(Vec::new())));
    on_threads(3, move |th, i| {
        let mine: Vec<&'static PyCell<u64>> = (0..16)
            .map(|_| &*Box::leak(Box::new(PyCell::new(0u64))))
            .collect();
        shared.borrow_mut().extend(mine.iter().copied());
        let bump = |c: &PyCell<u64>| {
            if in_place {
                c.update(|v| {
                    let x = *v;
                    for _ in 0..20 {
                        std::hint::spin_loop();
                    }
                    *v = x + 1;
                });
            } else {
                *c.borrow_mut() += 1;
            }
        };
        for k in 0..30_000usize {
            bump(mine[k % mine.len()]);
            if k % 100 == 0 {
                let n = shared.borrow().len();
                let other = shared.borrow()[(k * 7 + i) % n];
                bump(other);
            }
            if k % 64 == 0 {
                th.mutator.safepoint();
            }
        }
    });
    let total: u64 = shared.borrow().iter().map(|c| *c.borrow()).sum();
    assert_eq!(total, 3 * 30_000 + 3 * 300);
}

/// Element `i` of the vector is always `pattern(i)`, whatever the length.
fn pattern(i: usize) -> u64 {
    (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1
}

fn optimistic_reads_see_only_written_values() {
    // One writer grows, shrinks and replaces a shared vector (its buffers
    // are retired, and freed by the collections it runs); three readers
    // read it without the lock (the cell is thin once they have used it)
    // and must only ever see an element at its own position's value, and
    // never read a freed buffer (that would crash or give other values).
    g().heap.defer_native_frees();
    let cell: &'static PyCell<SharedVec<u64>> = Box::leak(Box::new(PyCell::new(SharedVec::new())));
    let done = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let (d2, r2) = (done.clone(), reads.clone());
    on_threads(4, move |th, i| {
        if i == 0 {
            let mut seed = 12345u64;
            for k in 0..40_000usize {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                match seed >> 61 {
                    // Every element a writer takes out of the vector is
                    // poisoned (0) first, while it holds the cell: a reader
                    // whose read is not validated would see it.
                    0 => {
                        let n = (seed >> 20) as usize % 60_000;
                        let mut v = cell.borrow_mut();
                        let mut old = std::mem::replace(&mut *v, (0..n).map(pattern).collect());
                        old.fill(0);
                    }
                    1 => {
                        let n = (seed >> 20) as usize % 64;
                        let mut v = cell.borrow_mut();
                        let len = v.len();
                        let keep = len.saturating_sub(n);
                        v[keep..].fill(0);
                        v.truncate(keep);
                    }
                    2 => {
                        let mut v = cell.borrow_mut();
                        if !v.is_empty() {
                            let j = (seed >> 20) as usize % v.len();
                            v[j] = 0;
                            std::hint::black_box(&mut *v);
                            v[j] = pattern(j);
                        }
                    }
                    _ => {
                        let mut v = cell.borrow_mut();
                        for _ in 0..(seed >> 40) % 50 {
                            let len = v.len();
                            v.push(pattern(len));
                        }
                    }
                }
                if k % 2000 == 0 {
                    th.mutator.heap().collect_from(&th.mutator);
                }
                if k % 16 == 0 {
                    th.mutator.safepoint();
                }
            }
            d2.store(true, Ordering::SeqCst);
        } else {
            let mut n = 0u64;
            let mut k = i;
            let mut step = 0u64;
            while !d2.load(Ordering::SeqCst) {
                step += 1;
                let len = cell.len_now();
                k = k.wrapping_mul(31).wrapping_add(7);
                let j = if len == 0 { k % 8 } else { k % (len + 8) };
                if let Some(x) = cell.get_at(j) {
                    assert_eq!(x, pattern(j), "element {j} read without the lock");
                    n += 1;
                }
                if step.is_multiple_of(8) {
                    th.mutator.safepoint();
                }
            }
            r2.fetch_add(n, Ordering::Relaxed);
        }
    });
    assert!(!cell.is_biased());
    assert!(reads.load(Ordering::Relaxed) > 0);
    // Everything retired was freed by a collection or is still waiting.
    g().heap
        .collect_from(&interp::layout::current_thread().unwrap().mutator);
    assert_eq!(g().heap.retired_bytes(), 0);
}

/// `layout::adapt_bias`: once other threads have revoked more than its
/// limit (32) of a thread's cells within one collection epoch, the cells
/// that thread creates start thin; a new epoch makes them biased again.
fn handed_off_cells_start_thin(th: &'static Thread) {
    let epoch = th.mutator.heap().collection_count();
    // A fresh epoch: biased, counting from zero.
    interp::layout::adapt_bias(&th.revoked, epoch + 1000);
    assert!(PyCell::new(0u64).is_biased());
    let few: &'static [PyCell<u64>] = Box::leak(
        (0..16)
            .map(|_| PyCell::new(0))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    on_threads(1, move |_th, _| {
        for c in few {
            *c.borrow_mut() += 1;
        }
    });
    interp::layout::adapt_bias(&th.revoked, epoch + 1000);
    assert!(
        PyCell::new(0u64).is_biased(),
        "16 revocations are below the limit"
    );
    let many: &'static [PyCell<u64>] = Box::leak(
        (0..40)
            .map(|_| PyCell::new(0))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    assert!(many.iter().all(|c| c.is_biased()));
    on_threads(1, move |_th, _| {
        for c in many {
            *c.borrow_mut() += 1;
        }
    });
    assert!(many.iter().all(|c| !c.is_biased()), "revoked");
    interp::layout::adapt_bias(&th.revoked, epoch + 1000);
    let fresh = PyCell::new(0u64);
    assert!(
        !fresh.is_biased(),
        "56 revocations in one epoch: new cells thin"
    );
    // Thin cells work for their creator as for anyone.
    *fresh.borrow_mut() += 5;
    assert_eq!(*fresh.borrow(), 5);
    interp::layout::adapt_bias(&th.revoked, epoch + 1001);
    assert!(PyCell::new(0u64).is_biased(), "a new epoch biases again");
    assert_eq!(th.revoked.load(Ordering::Relaxed), 0);
}
