//! Many mutator threads: stopping them for a collection, safe regions, and
//! handshakes.
//!
//! ```text
//!                 poll: collection requested        collection over
//!   RUNNING  ---------------------------------> PARKED ------------> RUNNING
//!      |  blocking(f)                                 ^
//!      v                     (counts as stopped)      | leave: CAS SAFE -> RUNNING,
//!    SAFE  <--------------------------------------------+  then re-check `requested`
//!      |  ^  another thread runs a handshake for it
//!      v  |
//!    HELD  (still counts as stopped; the owner waits to leave)
//! ```
//!
//! - Every mutator has a `poll` word that its thread reads at safepoints
//!   (`Mutator::safepoint`: one relaxed load and a branch; the interpreter
//!   polls at loop back-edges and calls, the allocator in its slow path).
//!   A collector sets `POLL_GC` in every other mutator's word; a handshake
//!   sets `POLL_HANDSHAKE` in its target's.
//! - A collection: take `collect_lock` (waiting for it in a safe region, so
//!   a competing collector is never blocked by us), lock the thread list,
//!   set `requested`, poll everyone, wait until every other mutator is
//!   PARKED, SAFE or HELD, collect, clear `requested` and wake the parked.
//! - A safe region (`Mutator::blocking`): the thread spills its registers,
//!   records its stack pointer and promises not to touch the heap until it
//!   leaves, so a collection never waits for a sleeping or blocked thread.
//!   Leaving a safe region or a park is a compare-and-swap to RUNNING
//!   followed by a re-check of `requested` (both sequentially consistent,
//!   against the collector's store of `requested` and load of the status:
//!   one of the two sees the other); if a collection started, the thread
//!   stops again and waits.
//! - Every wait of the protocol (parked until the collection ends, the
//!   collector waiting for the others to stop, a thread waiting for
//!   another's collection) spins first, for at most `SPIN`, when there are
//!   no more running mutators than cores, and sleeps on a condvar after:
//!   a minor pause is often shorter than a futex sleep and wake-up.
//! - A handshake (`Mutator::handshake`) runs an operation on behalf of one
//!   other thread, stopping no one else: queued for the target, which runs
//!   it at its next safepoint; or, if the target is in a safe region, run at
//!   once by the requester while the target is HELD there.
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use crate::heap::{Mutator, MutatorState, with_spilled_registers};

pub(crate) const RUNNING: u8 = 0;
pub(crate) const PARKED: u8 = 1;
pub(crate) const SAFE: u8 = 2;
pub(crate) const HELD: u8 = 3;

/// Bits of `MutatorState::poll`.
pub const POLL_GC: u32 = 1;
pub const POLL_HANDSHAKE: u32 = 2;
/// Set by `MutatorId::interrupt` (the interpreter's SIGINT); the heap
/// leaves it for the owner to take with `Mutator::take_interrupt`.
pub const POLL_INTERRUPT: u32 = 4;
/// Set on the thread that collected when weak-slot notifications or
/// finalizers are due (`Heap::take_finalization_work`); the owner takes it
/// with `Mutator::take_finalize` and runs them where running code is safe.
pub const POLL_FINALIZE: u32 = 8;
/// A pending MemoryError: the budget (`budget.rs`, `-X heap-max`) was
/// exceeded by an allocation that could not fail; the owner takes it with
/// `Mutator::take_memory_error`.
pub const POLL_MEMORY: u32 = 16;

/// How long a waiting thread sleeps between checks when no wake-up comes.
const WAIT_SLICE: Duration = Duration::from_millis(1);
/// How long a stopped thread (or a collector waiting for the others to
/// stop, or a thread waiting for another's collection to end) spins
/// before it sleeps, when there are no more running mutators than cores.  A minor collection of a small heap pauses for tens of
/// microseconds: a futex sleep and wake-up per thread and collection cost
/// more than that on a loaded machine (the woken thread preempts the
/// collector: 0.3-0.6 ms per collection were measured in `resume_others`
/// with two allocating threads).
const SPIN: Duration = Duration::from_micros(200);

/// How long `spin_while` spins without yielding: a parked thread that
/// yields at each test answers the collector's posted work (its own sweep,
/// `heap::run_posted_work`) a system call late.
const PURE_SPIN: Duration = Duration::from_micros(20);

/// An operation queued for another thread, and its completion flag.
pub(crate) type Handshake = (Box<dyn FnOnce() + Send>, Arc<AtomicBool>);

/// The registered mutators and the stop-the-world state of one heap.
pub(crate) struct Registry {
    pub(crate) threads: Mutex<Vec<Arc<MutatorState>>>,
    /// `threads.len()`, readable without the lock.
    pub(crate) count: AtomicUsize,
    /// Mutators in safe regions (`Mutator::blocking`, not counting the
    /// wait for the collector lock): `count - in_safe` threads may want a
    /// core.
    pub(crate) in_safe: AtomicUsize,
    pub(crate) collect_lock: Mutex<()>,
    pub(crate) requested: AtomicBool,
    park_lock: Mutex<()>,
    park_cv: Condvar,
    /// Threads blocked on `park_cv` (or about to be): `resume_others`
    /// makes the wake-up system call only when there is one.
    sleepers: AtomicUsize,
}

/// Whether waiting threads may spin: no more running mutators than cores,
/// so a spinning thread does not take the core of one that has work to do.
fn may_spin(mutators: usize) -> bool {
    let cores = cores();
    cores > 1 && mutators <= cores
}

/// The number of cores the process may use (read once).
pub(crate) fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Spins while `cond` holds, for at most `SPIN`; whether it still holds.
/// `PURE_SPIN` of pure spinning, then `yield_now` between tests: on
/// an idle machine the yield returns at once, on a loaded one it lets the
/// runnable threads of the core go first (among them, perhaps, the
/// collector this thread waits for, preempted on this core: a pure spin
/// then burned the rest of the thread's time slice and delayed the
/// collection it waited for).
fn spin_while(cond: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    let mut i = 0u32;
    while cond() {
        i = i.wrapping_add(1);
        if !i.is_multiple_of(64) {
            std::hint::spin_loop();
            continue;
        }
        let waited = start.elapsed();
        if waited > SPIN {
            return cond();
        }
        if waited > PURE_SPIN {
            std::thread::yield_now();
        } else {
            std::hint::spin_loop();
        }
    }
    false
}

impl Registry {
    pub(crate) fn new() -> Registry {
        Registry {
            threads: Mutex::new(Vec::new()),
            count: AtomicUsize::new(0),
            in_safe: AtomicUsize::new(0),
            collect_lock: Mutex::new(()),
            requested: AtomicBool::new(false),
            park_lock: Mutex::new(()),
            park_cv: Condvar::new(),
            sleepers: AtomicUsize::new(0),
        }
    }

    /// Asks every mutator but `me` to stop, runs `meanwhile` (the
    /// collector's own part of stopping, while the others travel to their
    /// safepoints) and waits until they have.
    pub(crate) fn stop_others(
        &self,
        threads: &[Arc<MutatorState>],
        me: &MutatorState,
        meanwhile: impl FnOnce(),
    ) {
        self.requested.store(true, Ordering::SeqCst);
        for t in threads {
            // A thread in a safe region needs no poll bit: as it leaves the
            // region it stores RUNNING and then reads `requested` (both
            // SeqCst, `resume_from`), so either it sees the request or
            // this load sees it running.  (With 50 threads waiting on a
            // lock, the atomic OR on every thread's line, and the AND that
            // cleared it, took a fifth of a minor pause.)
            if !std::ptr::eq(&**t, me) && t.status.load(Ordering::SeqCst) != SAFE {
                t.poll.fetch_or(POLL_GC, Ordering::SeqCst);
            }
        }
        meanwhile();
        let spin = may_spin(self.running());
        for t in threads {
            if std::ptr::eq(&**t, me) {
                continue;
            }
            // A running thread polls within microseconds (the interpreter
            // at every back-edge and call, the allocator at every block).
            if spin && !spin_while(|| t.status.load(Ordering::SeqCst) == RUNNING) {
                continue;
            }
            let mut spins = 0u32;
            while t.status.load(Ordering::SeqCst) == RUNNING {
                spins += 1;
                if spins < 64 {
                    std::hint::spin_loop();
                } else if spins < 128 {
                    std::thread::yield_now();
                } else {
                    std::thread::sleep(Duration::from_micros(50));
                }
            }
        }
    }

    /// Registered mutators not in safe regions (approximate: read without
    /// a lock, used only to choose between spinning and sleeping).
    pub(crate) fn running(&self) -> usize {
        let n = self.count.load(Ordering::Relaxed);
        n.saturating_sub(self.in_safe.load(Ordering::Relaxed))
    }

    /// Ends a stop-the-world pause: clears the request and wakes the parked.
    pub(crate) fn resume_others(&self, threads: &[Arc<MutatorState>]) {
        for t in threads {
            if t.poll.load(Ordering::Relaxed) & POLL_GC != 0 {
                t.poll.fetch_and(!POLL_GC, Ordering::SeqCst);
            }
        }
        let g = self.park_lock.lock().unwrap();
        self.requested.store(false, Ordering::SeqCst);
        drop(g);
        // A sleeper registers before it takes `park_lock` to test its
        // condition; it tested before the store above (and is waiting on
        // the condvar now) or it sees the store.  Notified after the lock
        // is released, the woken thread does not block on it again.
        if self.sleepers.load(Ordering::SeqCst) != 0 {
            self.park_cv.notify_all();
        }
    }

    /// Blocks the calling thread (already PARKED or SAFE) while `cond`
    /// holds: spinning first (for `SPIN`, when there are no more mutators
    /// than cores: most pauses are shorter), then sleeping on `park_cv`.
    /// `work` runs at each test while the thread spins (a parked thread's
    /// share of the collection: `heap::run_posted_work`).
    fn wait_while(&self, cond: impl Fn() -> bool, work: impl Fn()) {
        if may_spin(self.running())
            && !spin_while(|| {
                work();
                cond()
            })
        {
            return;
        }
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        let mut g = self.park_lock.lock().unwrap();
        while cond() {
            g = self.park_cv.wait_timeout(g, WAIT_SLICE).unwrap().0;
        }
        drop(g);
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
    }

    /// Wakes the sleepers of `wait_while` after the caller changed what
    /// they wait for (with a SeqCst store).  With none registered it does
    /// nothing: a sleeper registers (SeqCst) before it tests its condition
    /// under `park_lock`, so one that registers after this load sees the
    /// change, and one that registered before it is notified under the
    /// lock (not between its test and its wait).
    fn notify(&self) {
        if self.sleepers.load(Ordering::SeqCst) == 0 {
            return;
        }
        let _g = self.park_lock.lock().unwrap();
        self.park_cv.notify_all();
    }
}

/// Identifies a registered mutator, for handshakes.
#[derive(Clone)]
pub struct MutatorId(pub(crate) Arc<MutatorState>);

impl MutatorId {
    /// Asks the thread to stop at its next poll with an interrupt.
    pub fn interrupt(&self) {
        self.0.poll.fetch_or(POLL_INTERRUPT, Ordering::SeqCst);
    }
}

impl Mutator {
    /// Whether a thread that waits for another may spin a little before it
    /// sleeps: no more mutators run than there are cores.
    pub fn may_spin(&self) -> bool {
        may_spin(self.heap().reg.running())
    }

    /// The poll: stops here if a collection or a handshake is pending.
    #[inline(always)]
    pub fn safepoint(&self) {
        if self.state.poll.load(Ordering::Relaxed) != 0 {
            self.safepoint_slow();
        }
    }

    /// The poll word, for callers that handle `POLL_INTERRUPT` themselves:
    /// when non-zero, call `safepoint_slow` and then `take_interrupt`.
    #[inline(always)]
    pub fn poll_word(&self) -> u32 {
        self.state.poll.load(Ordering::Relaxed)
    }

    /// The address of the poll word, for compiled code that polls inline
    /// (valid while the mutator is registered).
    #[inline(always)]
    pub fn poll_addr(&self) -> *const AtomicU32 {
        &self.state.poll
    }

    /// Clears a pending interrupt; whether there was one.
    pub fn take_interrupt(&self) -> bool {
        self.state.poll.fetch_and(!POLL_INTERRUPT, Ordering::SeqCst) & POLL_INTERRUPT != 0
    }

    /// Clears the finalization-work bit; whether it was set.
    pub fn take_finalize(&self) -> bool {
        self.state.poll.fetch_and(!POLL_FINALIZE, Ordering::SeqCst) & POLL_FINALIZE != 0
    }

    /// Clears the pending-MemoryError bit; whether it was set.
    pub fn take_memory_error(&self) -> bool {
        self.state.poll.fetch_and(!POLL_MEMORY, Ordering::SeqCst) & POLL_MEMORY != 0
    }

    /// Whether a MemoryError is pending (for native loops that poll
    /// without stopping for collections).
    #[inline(always)]
    pub fn memory_error_pending(&self) -> bool {
        self.state.poll.load(Ordering::Relaxed) & POLL_MEMORY != 0
    }

    /// Runs pending handshakes and parks for a requested collection.
    #[cold]
    #[inline(never)]
    pub fn safepoint_slow(&self) {
        self.run_handshakes();
        if self.heap().reg.requested.load(Ordering::SeqCst) {
            with_spilled_registers(&mut |sp| self.park(sp));
        }
    }

    /// Parks at a safepoint until the collection in progress is over,
    /// retiring its allocation runs and noting its stack's roots first
    /// (`Heap::retire_own_runs`, `heap::note_stack_roots`).
    fn park(&self, sp: usize) {
        let st = &*self.state;
        self.heap().retire_own_runs(st);
        crate::heap::note_stack_roots(st, sp);
        st.saved_sp.store(sp, Ordering::SeqCst);
        st.status.store(PARKED, Ordering::SeqCst);
        self.resume_from(PARKED);
        st.saved_sp.store(0, Ordering::SeqCst);
    }

    /// Leaves a stopped state (`PARKED` or `SAFE`) once no collection is
    /// requested.  Storing RUNNING and then re-reading `requested` (both
    /// SeqCst) pairs with the collector's store of `requested` and load of
    /// the status: either this thread sees the new request and stops again,
    /// or the collector sees RUNNING and waits for it.  (Reading
    /// `requested == false` and then storing RUNNING would let a collector
    /// that started in between take this thread for stopped.)
    fn resume_from(&self, stopped: u8) {
        let st = &*self.state;
        let reg = &self.heap().reg;
        loop {
            reg.wait_while(
                || reg.requested.load(Ordering::SeqCst) || st.status.load(Ordering::SeqCst) == HELD,
                || {
                    if stopped == PARKED {
                        crate::heap::run_posted_work(st);
                    }
                },
            );
            if st
                .status
                .compare_exchange(stopped, RUNNING, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
            {
                if !reg.requested.load(Ordering::SeqCst) {
                    return;
                }
                // A collection started meanwhile: stop again and wait.
                st.status.store(stopped, Ordering::SeqCst);
            }
        }
    }

    /// Runs `f` in a safe region: a blocking call (sleep, lock wait, I/O)
    /// during which collections proceed without this thread.  `f` must not
    /// touch heap objects, nor write to its caller's stack frames (a
    /// collection reads those meanwhile: the stack above the safe point);
    /// its result is stored once the region is left.
    pub fn blocking<R>(&self, f: impl FnOnce() -> R) -> R {
        self.safe_region(true, f)
    }

    /// `blocking`; `idle`: the thread counts as not running meanwhile
    /// (`Registry::running`), false for the short waits of the collector
    /// protocol itself.
    fn safe_region<R>(&self, idle: bool, f: impl FnOnce() -> R) -> R {
        let st = &*self.state;
        let mut f = Some(f);
        let mut r = None;
        with_spilled_registers(&mut |sp| {
            // Writes to this frame's captures (above `sp`) happen only
            // while the thread still counts as running.
            let f = f.take().expect("called once");
            st.saved_sp.store(sp, Ordering::SeqCst);
            let reg = &self.heap().reg;
            if idle {
                reg.in_safe.fetch_add(1, Ordering::Relaxed);
            }
            st.status.store(SAFE, Ordering::SeqCst);
            let out = f();
            self.leave_safe_region();
            if idle {
                reg.in_safe.fetch_sub(1, Ordering::Relaxed);
            }
            r = Some(out);
        });
        self.safepoint();
        r.expect("ran")
    }

    fn leave_safe_region(&self) {
        self.resume_from(SAFE);
        // Running again (a collector that starts now waits for it to park):
        // its runs, lists and stack are no longer those a collector noted.
        self.state.safe_noted.store(false, Ordering::SeqCst);
        self.state.quiet.store(0, Ordering::Relaxed);
        self.state.saved_sp.store(0, Ordering::SeqCst);
    }

    /// Takes the collector lock, unless `done` becomes true first (another
    /// thread collected: the caller's collection is no longer due).  While
    /// another thread collects, this one polls (so it is stopped like any
    /// other) and spins, when there are no more running mutators than
    /// cores; then waits for the lock in a safe region (so a competing
    /// collector can stop it meanwhile).  Two threads that fill the
    /// nursery at once thus meet without a futex sleep and wake-up.
    pub(crate) fn lock_collector(&self, done: &dyn Fn() -> bool) -> Option<MutexGuard<'_, ()>> {
        let reg = &self.heap().reg;
        if may_spin(reg.running()) {
            let start = Instant::now();
            loop {
                match reg.collect_lock.try_lock() {
                    Ok(g) => return Some(g),
                    Err(std::sync::TryLockError::Poisoned(e)) => {
                        panic!("collector lock poisoned: {e}")
                    }
                    Err(std::sync::TryLockError::WouldBlock) => {}
                }
                self.safepoint();
                if done() {
                    return None;
                }
                if start.elapsed() > SPIN {
                    break;
                }
                std::thread::yield_now();
            }
        }
        let g = self.safe_region(false, || reg.collect_lock.lock().unwrap());
        Some(g)
    }

    /// This mutator's identity, for other threads' handshakes.
    pub fn id(&self) -> MutatorId {
        MutatorId(self.state.clone())
    }

    /// Runs `op` on behalf of `target` at a point where `target` does not
    /// run: at its next safepoint, or at once (on this thread) if it is in a
    /// safe region.  Other threads are not stopped.  Returns when `op` ran.
    pub fn handshake(&self, target: &MutatorId, op: impl FnOnce() + Send + 'static) {
        let t = &*target.0;
        if std::ptr::eq(t, &*self.state) {
            op();
            return;
        }
        let done = Arc::new(AtomicBool::new(false));
        t.handshakes
            .lock()
            .unwrap()
            .push((Box::new(op), done.clone()));
        t.poll.fetch_or(POLL_HANDSHAKE, Ordering::SeqCst);
        let reg = &self.heap().reg;
        self.blocking(|| {
            let mut tries = 0u32;
            while !done.load(Ordering::SeqCst) {
                tries += 1;
                // A target in a safe region (or one that has exited) does
                // not reach a safepoint soon: run its queue from here,
                // holding it in the region meanwhile.
                if t.status
                    .compare_exchange(SAFE, HELD, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
                {
                    run_queue(t);
                    // The operation may have changed what the thread's
                    // roots hold: the next collections scan them again.
                    t.quiet.store(0, Ordering::Relaxed);
                    t.status.store(SAFE, Ordering::SeqCst);
                    reg.notify();
                } else if tries < 200 {
                    // A running target polls within microseconds.
                    std::thread::yield_now();
                } else {
                    std::thread::sleep(Duration::from_micros(20));
                }
            }
        });
    }

    pub(crate) fn run_handshakes(&self) {
        if self.state.poll.load(Ordering::Relaxed) & POLL_HANDSHAKE != 0 {
            run_queue(&self.state);
        }
    }
}

/// Runs and completes every operation queued for `t`.
fn run_queue(t: &MutatorState) {
    t.poll.fetch_and(!POLL_HANDSHAKE, Ordering::SeqCst);
    let ops = std::mem::take(&mut *t.handshakes.lock().unwrap());
    for (op, done) in ops {
        op();
        done.store(true, Ordering::SeqCst);
    }
}
