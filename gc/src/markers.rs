//! Parallel marking: helper marker threads and work stealing.
//!
//! While the world is stopped, the collector thread greys the roots, the
//! remembered set and the native stacks alone (`Heap::collect`), then
//! drains the grey objects.  It drains alone first (`Tracer::drain_up_to`,
//! the same loop as before parallel marking); if `Heap::markers` allows
//! helpers and the grey set is not empty after `parallel_min` objects,
//! the rest of the drain is shared with up to `markers - 1` helper threads
//! of a process-wide pool (`Pool`), parked on a condition variable between
//! collections.  A minor collection with few survivors so never wakes a
//! helper, and a major one wakes them once its marking proves long.
//!
//! ```text
//!   marker 0 (collector)        marker 1 (helper)        marker 2 ...
//!   grey: Vec (private)         grey: Vec (private)
//!     | offers its oldest half     ^
//!     v   when a marker is idle   | steal_batch_and_pop
//!   own: Worker (Chase-Lev) ------+
//! ```
//!
//! **Marks.**  In a parallel drain `Tracer::mark` still tests the
//! header's MARK bit first (most references lead to marked objects), then
//! claims an unmarked object with one atomic read-modify-write: a small
//! object by a `fetch_or` of its bit in the block's mark bitmap
//! (`heap::claim_mark_bit`; outside the marking that bit is set exactly
//! when MARK is), after which the winner stores MARK plainly (no other
//! marker writes the word); a large object by a `fetch_or` of MARK.  Only
//! the winner greys the object, so each object is traced once.  The
//! blocks' mark counts are not kept during the drain (an atomic add per
//! object, on lines the other markers write too) but recounted after it
//! (`Heap::recount_marks`).  Marking alone keeps the plain loads and
//! stores of before (one predictable branch more).
//!
//! **Work.**  Each marker keeps its grey objects in a private `Vec` (a
//! push and a pop cost what they did before) and shares only on demand:
//! every 64 objects traced it looks whether a marker is idle (`working <
//! joined`), and if its own deque (crossbeam's Chase-Lev `Worker`) is
//! empty it moves the oldest half of its `Vec` there (at most 1,024
//! objects): the bottom of a depth-first stack, the roots of the largest
//! unexplored subgraphs.  A marker whose `Vec` and deque are empty steals
//! about half of another's deque (`Stealer::steal_batch_and_pop`).
//!
//! **Termination.**  `working` counts the markers that hold work (the
//! collector starts at 1; a helper that joins adds itself, and drops out
//! again at its first `steal`, having no work yet).  A marker decrements it
//! when its `Vec` and its own deque are empty, and a thief increments it
//! *before* it steals (and decrements it again if the steal fails).  So
//! every grey object, in a `Vec` or a deque, belongs to a marker counted
//! in `working`, and `working == 0` means the marking is done: nobody
//! holds work, so nobody can push any.
//!
//! **Trace functions run on the helpers**, each on one object at a time
//! and once per collection (by the marker that set its MARK bit).  The
//! interpreter's trace functions only read their object, except
//! `SharedVec::gc_elements`, which stores the clean prefix of the list
//! being traced with an atomic swap.  `Tracer::scan`, which traces a root
//! even if it is marked (running frames), is only called by the root
//! function, on the collector thread, before the drain.  The verify
//! mode's reference check (`Tracer::verify_ref`) runs on every marker:
//! `heap::find_object` reads the block headers through raw pointers, so it
//! does not assert that nothing writes the mark bitmaps meanwhile.  The
//! generational check after a minor collection's marking
//! (`Heap::verify_old_objects`) and the marking of finalizable objects
//! stay on the collector thread.
//!
//! **Clearing the marks** before a major collection (a load and a store
//! per live object) is split among the same threads by chunks of blocks
//! (`in_parallel`): each block, and each object, is one thread's.
//!
//! The pool is shared by every heap of the process (tests run many);
//! one parallel drain uses it at a time (a collector of another heap
//! waits for it).  A panic in a trace function during a parallel drain
//! aborts the process (the other markers hold pointers into the
//! collector's stack frame).
//!
//! The scheme is the one of Flood, Detlefs, Shavit and Zhang, "Parallel
//! Garbage Collection for Shared Memory Multiprocessors" (2001): per-thread
//! deques, stealing, a count of active threads for termination; the deque
//! is Chase and Lev's (2005), from crossbeam.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};

use crossbeam_deque::{Steal, Stealer, Worker};

use crate::header::Header;
use crate::heap::HeapInner;
use crate::trace::Tracer;

/// Objects traced between two looks at whether another marker is idle.
const OFFER_EVERY: usize = 64;
/// The most grey objects offered at once: the owner pops back what no
/// thief took one at a time, each pop with a full fence.
const OFFER_MAX: usize = 1024;
/// The most helper threads the pool starts.
pub const MAX_HELPERS: usize = 15;

/// A grey object handed from one marker to another.
#[derive(Clone, Copy)]
pub(crate) struct Grey(pub(crate) *const Header);

// SAFETY: a grey object is a live heap object; it is handed between the
// markers of one collection only, while the world is stopped, and the
// marker that takes it is the only one that traces it.
unsafe impl Send for Grey {}

/// What the markers of one parallel drain share (on the collector's stack
/// for the drain's duration; the pool waits for every helper to leave it).
pub(crate) struct Shared {
    inner: *const HeapInner,
    verify: bool,
    /// Every survivor will be old (`Tracer::new`).
    promote_all: bool,
    stealers: Vec<Stealer<Grey>>,
    /// The deques of the helpers' slots, taken by the helpers that join.
    slots: Mutex<Vec<Worker<Grey>>>,
    /// Markers that hold work (see the module doc, "Termination").
    working: AtomicUsize,
    /// Markers taking part (the collector and the helpers that joined).
    joined: AtomicUsize,
    /// Successful steals (statistics).
    steals: AtomicUsize,
}

impl Shared {
    /// Whether a marker has run out of work (a cheap, racy look).
    #[inline]
    fn hungry(&self) -> bool {
        self.working.load(Ordering::Relaxed) < self.joined.load(Ordering::Relaxed)
    }
}

/// A marker's part in a parallel drain (`Tracer::par`).
pub(crate) struct Local {
    shared: *const Shared,
    own: Worker<Grey>,
    /// This marker's index in `Shared::stealers`.
    index: usize,
}

// --- Draining with work stealing ---

impl Tracer<'_> {
    /// Drains the grey objects in a parallel drain (`self.par` is set):
    /// returns when every marker has run out of work.
    fn drain_shared(&mut self) {
        loop {
            let mut traced = 0usize;
            while let Some(h) = self.grey.pop() {
                self.parent = h;
                // SAFETY: a grey object is live.
                self.set_bits = unsafe { self.bits_for(h) };
                // SAFETY: only live, initialised objects are greyed; their
                // meta is valid for as long as the object is.
                unsafe { ((*(*h).meta).trace)(h, self) };
                traced += 1;
                if traced.is_multiple_of(OFFER_EVERY) && self.grey.len() > 1 {
                    self.offer();
                }
            }
            let local = self
                .par
                .as_ref()
                .expect("drain_shared without a parallel drain");
            if let Some(g) = local.own.pop() {
                self.grey.push(g.0);
                continue;
            }
            if !self.steal() {
                return;
            }
        }
    }

    /// Moves the older half of the grey `Vec` (at most `OFFER_MAX`) to
    /// this marker's deque if another marker is idle and the deque is
    /// empty.
    #[cold]
    fn offer(&mut self) {
        let local = self.par.as_ref().expect("offer without a parallel drain");
        // SAFETY: `shared` outlives the drain (see `Shared`).
        let shared = unsafe { &*local.shared };
        if !shared.hungry() || !local.own.is_empty() {
            return;
        }
        let half = (self.grey.len() / 2).min(OFFER_MAX);
        for h in self.grey.drain(..half) {
            local.own.push(Grey(h));
        }
    }

    /// Out of work: becomes idle and steals from the other markers until
    /// it gets work (true) or every marker is idle (false).
    fn steal(&mut self) -> bool {
        let local = self.par.as_ref().expect("steal without a parallel drain");
        // SAFETY: `shared` outlives the drain (see `Shared`).
        let shared = unsafe { &*local.shared };
        let n = shared.stealers.len();
        shared.working.fetch_sub(1, Ordering::SeqCst);
        let mut rounds = 0u32;
        loop {
            for k in 1..n {
                let victim = &shared.stealers[(local.index + k) % n];
                if victim.is_empty() {
                    continue;
                }
                // Counted as working before the steal: whatever it takes is
                // never held by an idle marker (the termination test).
                shared.working.fetch_add(1, Ordering::SeqCst);
                loop {
                    match victim.steal_batch_and_pop(&local.own) {
                        Steal::Success(g) => {
                            shared.steals.fetch_add(1, Ordering::Relaxed);
                            self.grey.push(g.0);
                            return true;
                        }
                        Steal::Empty => break,
                        Steal::Retry => std::hint::spin_loop(),
                    }
                }
                shared.working.fetch_sub(1, Ordering::SeqCst);
            }
            if shared.working.load(Ordering::SeqCst) == 0 {
                return false;
            }
            rounds += 1;
            if rounds < 64 {
                std::hint::spin_loop();
            } else {
                // Two cores shared with other work: let the marker that
                // holds the work run.
                std::thread::yield_now();
            }
        }
    }
}

/// Drains `tracer`'s grey objects with up to `markers - 1` helpers (see
/// the module doc).  Returns the number of helpers that joined and the
/// steals.
pub(crate) fn drain_parallel(tracer: &mut Tracer, markers: usize) -> (usize, usize) {
    let helpers = markers.clamp(2, MAX_HELPERS + 1) - 1;
    let pool = pool();
    // Another heap's collection may be using the pool: wait for it (it
    // does not wait for anything this collector holds).
    let _use = pool.user.lock().unwrap_or_else(|e| e.into_inner());
    pool.ensure_threads(helpers);
    let mut deques: Vec<Worker<Grey>> = (0..=helpers).map(|_| Worker::new_lifo()).collect();
    let stealers = deques.iter().map(Worker::stealer).collect();
    let own = deques.remove(0);
    let shared = Shared {
        inner: tracer.inner as *const HeapInner,
        verify: tracer.verify,
        promote_all: tracer.base_bits & crate::header::bits::AGED != 0,
        stealers,
        slots: Mutex::new(deques),
        working: AtomicUsize::new(1),
        joined: AtomicUsize::new(1),
        steals: AtomicUsize::new(0),
    };
    pool.post((help_job, &shared as *const Shared as usize), helpers);
    tracer.par = Some(Local {
        shared: &shared,
        own,
        index: 0,
    });
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| tracer.drain_shared()));
    if run.is_err() {
        eprintln!("taipan: a trace function panicked during parallel marking");
        std::process::abort();
    }
    tracer.par = None;
    tracer.set_bits = tracer.base_bits;
    pool.close();
    debug_assert!(
        tracer.grey.is_empty(),
        "a parallel drain ended with grey objects"
    );
    (
        shared.joined.load(Ordering::Relaxed) - 1,
        shared.steals.load(Ordering::Relaxed),
    )
}

/// A helper's part in the drain posted as `shared` (a `Job`).
///
/// # Safety
/// `shared` is the address of the `Shared` of a drain in progress.
unsafe fn help_job(shared: usize) {
    // SAFETY: the caller's contract.
    help(unsafe { &*(shared as *const Shared) });
}

fn help(shared: &Shared) {
    let (own, index) = {
        let mut slots = shared.slots.lock().unwrap();
        let Some(own) = slots.pop() else {
            return;
        };
        // Slot k of `slots` is marker k + 1.
        (own, slots.len() + 1)
    };
    // It joins as a marker with (no) work: its first `steal` makes it idle.
    shared.joined.fetch_add(1, Ordering::SeqCst);
    shared.working.fetch_add(1, Ordering::SeqCst);
    // SAFETY: the collector holds the heap lock and keeps `inner` alive
    // until every helper has left the drain (`Pool::close`).
    let inner = unsafe { &*shared.inner };
    let mut t = Tracer::new(inner, shared.verify, shared.promote_all);
    t.par = Some(Local { shared, own, index });
    t.drain_shared();
}

// --- Work split in chunks ---

/// The work of an `in_parallel`: called with the index of a chunk's first
/// item and the chunk.
pub(crate) type ChunkFn<'a> = &'a (dyn Fn(usize, &[usize]) + Sync);

/// A list of items that the markers take in chunks (`in_parallel`).
struct Chunks<'a> {
    items: &'a [usize],
    chunk: usize,
    next: AtomicUsize,
    f: ChunkFn<'a>,
}

impl Chunks<'_> {
    fn run(&self) {
        loop {
            let i = self.next.fetch_add(self.chunk, Ordering::Relaxed);
            if i >= self.items.len() {
                return;
            }
            (self.f)(i, &self.items[i..(i + self.chunk).min(self.items.len())]);
        }
    }
}

/// # Safety
/// `chunks` is the address of the `Chunks` of an `in_parallel` in progress.
unsafe fn chunks_job(chunks: usize) {
    // SAFETY: the caller's contract.
    unsafe { &*(chunks as *const Chunks) }.run();
}

/// Calls `f` on chunks of `items` (`chunk` each, the last one shorter) on
/// this thread and up to `markers - 1` helpers, and returns when every
/// chunk is done (all the helpers' writes happen before the return).  For
/// work that splits by block with nothing shared between blocks: clearing
/// the marks before a major collection (`Heap::clear_marks`) and the
/// sweep's per-block step (`Heap::sweep`).
pub(crate) fn in_parallel(items: &[usize], markers: usize, chunk: usize, f: ChunkFn) {
    let helpers = markers.clamp(2, MAX_HELPERS + 1) - 1;
    let pool = pool();
    let _use = pool.user.lock().unwrap_or_else(|e| e.into_inner());
    pool.ensure_threads(helpers);
    let chunks = Chunks {
        items,
        chunk: chunk.max(1),
        next: AtomicUsize::new(0),
        f,
    };
    pool.post((chunks_job, &chunks as *const Chunks as usize), helpers);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| chunks.run()));
    if run.is_err() {
        eprintln!("taipan: a panic during parallel collector work");
        std::process::abort();
    }
    pool.close();
}

// --- The helper pool ---

/// Work posted to the helpers: a function and its argument (the address
/// of the state the collector keeps on its stack until `Pool::close`).
type Job = (unsafe fn(usize), usize);

/// Helper marker threads, parked between parallel drains.
struct Pool {
    /// Held by the collector that uses the pool.
    user: Mutex<()>,
    state: Mutex<PoolState>,
    wake: Condvar,
    done: Condvar,
}

struct PoolState {
    /// The work posted, if any.
    job: Option<Job>,
    /// Bumped at each post: a helper joins each drain at most once.
    epoch: u64,
    /// Helpers the posted drain still wants.
    wanted: usize,
    /// Helpers inside the posted drain.
    inside: usize,
    threads: usize,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool {
        user: Mutex::new(()),
        state: Mutex::new(PoolState {
            job: None,
            epoch: 0,
            wanted: 0,
            inside: 0,
            threads: 0,
        }),
        wake: Condvar::new(),
        done: Condvar::new(),
    })
}

impl Pool {
    /// Starts helper threads until there are `n`.
    fn ensure_threads(&'static self, n: usize) {
        let mut st = self.state.lock().unwrap();
        while st.threads < n {
            st.threads += 1;
            let seen = st.epoch;
            std::thread::Builder::new()
                .name(format!("taipan-marker-{}", st.threads))
                .spawn(move || self.helper_main(seen))
                .expect("cannot start a marker thread");
        }
    }

    /// Offers `job` to `helpers` helpers.
    fn post(&self, job: Job, helpers: usize) {
        let mut st = self.state.lock().unwrap();
        st.job = Some(job);
        st.epoch += 1;
        st.wanted = helpers;
        drop(st);
        self.wake.notify_all();
    }

    /// Withdraws the posted job and waits until no helper is inside it.
    fn close(&self) {
        let mut st = self.state.lock().unwrap();
        st.job = None;
        st.wanted = 0;
        while st.inside > 0 {
            st = self.done.wait(st).unwrap();
        }
    }

    fn helper_main(&self, mut seen: u64) {
        loop {
            // Joins a job at most once, and only under the lock that
            // `close` takes: once `close` has seen `inside == 0`, no helper
            // enters the job any more.
            let (f, arg) = {
                let mut st = self.state.lock().unwrap();
                loop {
                    if st.epoch != seen
                        && st.wanted > 0
                        && let Some(job) = st.job
                    {
                        seen = st.epoch;
                        st.wanted -= 1;
                        st.inside += 1;
                        break job;
                    }
                    seen = seen.max(st.epoch);
                    st = self.wake.wait(st).unwrap();
                }
            };
            // SAFETY: the collector that posted `job` waits in `close` until
            // `inside` is back to zero, so its state outlives this call.
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| unsafe { f(arg) }));
            if run.is_err() {
                eprintln!("taipan: a panic in a marker thread (a trace function?)");
                std::process::abort();
            }
            let mut st = self.state.lock().unwrap();
            st.inside -= 1;
            if st.inside == 0 {
                self.done.notify_all();
            }
        }
    }
}
