//! Object locks (`layout::PyCell`) under real threads: biased cells are
//! revoked through handshakes and no update made under a borrow is lost.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use interp::Thread;
use interp::layout::PyCell;
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
    owner_keeps_running_while_revoked();
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

fn owner_keeps_running_while_revoked() {
    // Each worker creates its own cells (biased to itself) and keeps using
    // them, while the others take them over now and then.
    let shared: &'static PyCell<Vec<&'static PyCell<u64>>> =
        Box::leak(Box::new(PyCell::new(Vec::new())));
    on_threads(3, move |th, i| {
        let mine: Vec<&'static PyCell<u64>> = (0..16)
            .map(|_| &*Box::leak(Box::new(PyCell::new(0u64))))
            .collect();
        shared.borrow_mut().extend(mine.iter().copied());
        for k in 0..30_000usize {
            *mine[k % mine.len()].borrow_mut() += 1;
            if k % 100 == 0 {
                let n = shared.borrow().len();
                let other = shared.borrow()[(k * 7 + i) % n];
                *other.borrow_mut() += 1;
            }
            if k % 64 == 0 {
                th.mutator.safepoint();
            }
        }
    });
    let total: u64 = shared.borrow().iter().map(|c| *c.borrow()).sum();
    assert_eq!(total, 3 * 30_000 + 3 * 300);
}
