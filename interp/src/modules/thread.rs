//! `_thread`: OS threads that run Python code in parallel, and the basic
//! locks (`lock`, `RLock`) that `threading` builds on (lib/threading.py).
//!
//! Each started thread registers its own interpreter state (`Thread`: a heap
//! mutator, a frame chain, a recursion depth) and runs the function with no
//! global lock.  Waiting for a lock is a safe region for the collector, in
//! slices, so a KeyboardInterrupt reaches a main thread that waits.
//!
//! A lock's state lives in an `Arc<LockCore>` outside the heap, so a thread
//! blocked in a safe region touches no heap object (docs/THREADS.md).
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload, make_permanent, meta_for};
use crate::objects::function::Binding;
use crate::objects::module::Module;
use crate::objects::type_::{TypeObj, is_subtype, new_builtin_type, set_attr_str, type_of};
use crate::objects::{add_fn, add_methods, dict};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

/// Native stack of a thread started from Python (virtual memory: pages
/// are committed as the recursion reaches them).  `stack_size()` changes it.
const DEFAULT_STACK: usize = 256 << 20;
/// CPython's `threading.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Longest uninterrupted wait of the main thread: it checks for SIGINT at
/// least this often.
const WAIT_SLICE: Duration = Duration::from_millis(20);
/// Longest uninterrupted wait of another thread.  Nothing needs it awake
/// (SIGINT goes to the main thread; a collection or a handshake proceeds
/// while it waits in a safe region), and a thread that stays in its safe
/// region is scanned by the first collection only
/// (`gc::MutatorState::safe_noted`): woken every `WAIT_SLICE`, 50 threads
/// waiting on an event were scanned again at nearly every collection of
/// a thread that allocated.
pub(crate) const IDLE_SLICE: Duration = Duration::from_secs(3600);

static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// Threads started by `start_new_thread` that have not finished.
static RUNNING: AtomicU32 = AtomicU32::new(0);

thread_local! {
    /// Locks made by `_set_sentinel` on this thread, released when it ends.
    static SENTINELS: std::cell::RefCell<Vec<Arc<LockCore>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

// --- The lock ---

/// A non-recursive lock that any thread may release.
///
/// The state is one atomic flag: acquiring an uncontended lock is one
/// compare-and-swap and releasing it one swap, with no system call.  A
/// thread that must block counts itself in `waiters` and sleeps on the
/// condition variable; a release wakes one only when `waiters` is non-zero.
/// (A release swaps the flag, then reads `waiters`; a waiter adds itself,
/// then tests the flag under `sleep`, which the waker takes before it
/// notifies: either the waiter sees the flag clear, or the waker sees the
/// waiter and its notification finds it asleep.)  std's primitives and
/// not parking_lot's raw mutex: a Python lock is released by any thread,
/// which `lock_api::RawMutex::unlock` allows only as an unsafe call.
pub struct LockCore {
    locked: AtomicBool,
    waiters: AtomicU32,
    sleep: Mutex<()>,
    cv: Condvar,
}

/// How long a thread that finds a lock taken spins (polling safepoints)
/// before it sleeps, when no more threads run than there are cores: a
/// hand-off through `queue.Queue` or a `Condition` is released within
/// microseconds, and a sleep and wake-up costs two system calls and a
/// context switch each time.
const LOCK_SPIN: Duration = Duration::from_micros(50);

impl LockCore {
    fn new() -> LockCore {
        LockCore {
            locked: AtomicBool::new(false),
            waiters: AtomicU32::new(0),
            sleep: Mutex::new(()),
            cv: Condvar::new(),
        }
    }

    #[inline]
    fn try_acquire(&self) -> bool {
        self.locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Waits until the lock is taken (true) or `until` passes (false).
    fn acquire_until(&self, until: Instant) -> bool {
        self.waiters.fetch_add(1, Ordering::SeqCst);
        let mut g = self.sleep.lock().unwrap();
        let got = loop {
            if self.try_acquire() {
                break true;
            }
            let now = Instant::now();
            if now >= until {
                break false;
            }
            g = self.cv.wait_timeout(g, until - now).unwrap().0;
        };
        drop(g);
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        got
    }

    /// Releases; false if it was not locked.
    fn release(&self) -> bool {
        if !self.locked.swap(false, Ordering::SeqCst) {
            return false;
        }
        if self.waiters.load(Ordering::SeqCst) != 0 {
            let _g = self.sleep.lock().unwrap();
            self.cv.notify_one();
        }
        true
    }

    fn is_locked(&self) -> bool {
        self.locked.load(Ordering::Relaxed)
    }
}

/// Acquires `core` as `lock.acquire(blocking, timeout)` does, waiting in a
/// safe region in slices so SIGINT raises KeyboardInterrupt in a waiting
/// main thread (`WAIT_SLICE`; other threads `IDLE_SLICE`).
fn acquire(th: &Thread, core: &Arc<LockCore>, blocking: bool, timeout: f64) -> PyResult<bool> {
    if core.try_acquire() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let until = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    if th.mutator.may_spin() {
        let start = Instant::now();
        let spin_end = until.map_or(start + LOCK_SPIN, |u| u.min(start + LOCK_SPIN));
        let mut i = 0u32;
        loop {
            if th.mutator.poll_word() != 0 {
                crate::eval::poll_slow(th)?;
            }
            if !core.is_locked() && core.try_acquire() {
                return Ok(true);
            }
            i += 1;
            if i < 128 {
                std::hint::spin_loop();
                continue;
            }
            if Instant::now() >= spin_end {
                break;
            }
            // Lets the runnable threads of this core go first (perhaps
            // the one that will release the lock).
            std::thread::yield_now();
        }
    }
    loop {
        if th.mutator.poll_word() != 0 {
            crate::eval::poll_slow(th)?;
        }
        let slice_end = Instant::now() + if th.is_main() { WAIT_SLICE } else { IDLE_SLICE };
        let end = until.map_or(slice_end, |u| u.min(slice_end));
        let c = core.clone();
        if th.mutator.blocking(move || c.acquire_until(end)) {
            return Ok(true);
        }
        if until.is_some_and(|u| Instant::now() >= u) {
            return Ok(false);
        }
    }
}

/// `blocking` and `timeout` of `acquire(blocking=True, timeout=-1)`.
fn acquire_args(th: &Thread, a: &Args, name: &str) -> PyResult<(bool, f64)> {
    if a.pos.len() > 3 {
        return Err(th.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    for k in a.kwnames {
        let k = crate::objects::str::as_str(*k).unwrap_or("");
        if k != "blocking" && k != "timeout" {
            return Err(th.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    let blocking = match a.get(1, "blocking") {
        Some(v) => crate::ops::truthy(th, v)?,
        None => true,
    };
    let timeout = match a.get(2, "timeout") {
        Some(v) => crate::builtins::to_f64(th, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(th.value_error("can't specify a timeout for a non-blocking call".into()));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(th.value_error("timeout value must be positive".into()));
    }
    // CPython converts to i64 nanoseconds first.
    if timeout * 1e9 >= i64::MAX as f64 {
        return Err(th.new_exc(
            g().exc.overflow_error,
            "timestamp out of range for platform time_t".into(),
        ));
    }
    Ok((blocking, timeout))
}

/// Payload of `_thread.lock`.
pub struct Lock {
    core: Arc<LockCore>,
}

impl PyPayload for Lock {
    const KIND: Kind = Kind::Native;
    fn trace(&self, _t: &mut Tracer) {}
}

/// Payload of `_thread.RLock`: the lock, its owner's tag and the depth.
pub struct RLock {
    core: Arc<LockCore>,
    owner: AtomicU32,
    count: AtomicU64,
}

impl PyPayload for RLock {
    const KIND: Kind = Kind::Native;
    fn trace(&self, _t: &mut Tracer) {}
}

static LOCK_TYPE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
static RLOCK_TYPE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

fn type_from(cell: &std::sync::OnceLock<u64>) -> Option<Gc<TypeObj>> {
    cell.get()
        .map(|&b| Value::from_bits(b).as_gc_unchecked::<TypeObj>())
}

fn as_lock(v: Value) -> Option<Gc<Lock>> {
    let t = type_from(&LOCK_TYPE)?;
    (v.is_kind(Kind::Native) && is_subtype(type_of(v), t)).then(|| v.as_gc_unchecked())
}

fn as_rlock(v: Value) -> Option<Gc<RLock>> {
    let t = type_from(&RLOCK_TYPE)?;
    (v.is_kind(Kind::Native) && is_subtype(type_of(v), t)).then(|| v.as_gc_unchecked())
}

fn self_lock(th: &Thread, a: &Args, what: &str) -> PyResult<Gc<Lock>> {
    a.pos.first().and_then(|v| as_lock(*v)).ok_or_else(|| {
        th.type_error(format!(
            "descriptor '{what}' requires a '_thread.lock' object"
        ))
    })
}

fn self_rlock(th: &Thread, a: &Args, what: &str) -> PyResult<Gc<RLock>> {
    a.pos.first().and_then(|v| as_rlock(*v)).ok_or_else(|| {
        th.type_error(format!(
            "descriptor '{what}' requires a '_thread.RLock' object"
        ))
    })
}

fn new_lock_value(th: &Thread, core: Arc<LockCore>) -> Value {
    let t = type_from(&LOCK_TYPE).expect("_thread is initialised");
    th.alloc(t, Lock { core }).value()
}

fn lock_new(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || a.has_kw() {
        return Err(th.type_error("lock() takes no arguments".into()));
    }
    Ok(new_lock_value(th, Arc::new(LockCore::new())))
}

fn lock_acquire(th: &Thread, a: Args) -> PyResult<Value> {
    let l = self_lock(th, &a, "acquire")?;
    let (blocking, timeout) = acquire_args(th, &a, "acquire")?;
    Ok(th.bool_val(acquire(th, &l.core, blocking, timeout)?))
}

fn lock_enter(th: &Thread, a: Args) -> PyResult<Value> {
    let l = self_lock(th, &a, "__enter__")?;
    Ok(th.bool_val(acquire(th, &l.core, true, -1.0)?))
}

fn lock_release(th: &Thread, a: Args) -> PyResult<Value> {
    let l = self_lock(th, &a, "release")?;
    if !l.core.release() {
        return Err(th.runtime_error("release unlocked lock".into()));
    }
    Ok(g().none)
}

fn lock_locked(th: &Thread, a: Args) -> PyResult<Value> {
    let l = self_lock(th, &a, "locked")?;
    Ok(th.bool_val(l.core.is_locked()))
}

fn lock_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let l = self_lock(th, &a, "__repr__")?;
    let state = if l.core.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(th.new_string(format!(
        "<{state} {} object at {:#x}>",
        qualified_name(type_of(a.pos[0])),
        a.pos[0].bits()
    )))
}

fn qualified_name(t: Gc<TypeObj>) -> String {
    let m = t.module.borrow().clone();
    let q = t.qualname.borrow().clone();
    if m.is_empty() || m == "builtins" {
        q
    } else {
        format!("{m}.{q}")
    }
}

fn rlock_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|c| c.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("RLock.__new__(X): X is not a type object".into()))?;
    Ok(th
        .alloc(
            cls,
            RLock {
                core: Arc::new(LockCore::new()),
                owner: AtomicU32::new(0),
                count: AtomicU64::new(0),
            },
        )
        .value())
}

fn rlock_init(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().none)
}

/// Takes `r` for the calling thread (depth + 1 if it owns it already).
fn rlock_take(th: &Thread, r: Gc<RLock>, blocking: bool, timeout: f64) -> PyResult<bool> {
    let me = th.tag;
    if r.owner.load(Ordering::Relaxed) == me {
        let c = r.count.load(Ordering::Relaxed);
        if c == u64::MAX {
            return Err(th.new_exc(
                g().exc.overflow_error,
                "Internal lock count overflowed".into(),
            ));
        }
        r.count.store(c + 1, Ordering::Relaxed);
        return Ok(true);
    }
    if !acquire(th, &r.core, blocking, timeout)? {
        return Ok(false);
    }
    r.owner.store(me, Ordering::Relaxed);
    r.count.store(1, Ordering::Relaxed);
    Ok(true)
}

fn rlock_acquire(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "acquire")?;
    let (blocking, timeout) = acquire_args(th, &a, "acquire")?;
    Ok(th.bool_val(rlock_take(th, r, blocking, timeout)?))
}

fn rlock_enter(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "__enter__")?;
    Ok(th.bool_val(rlock_take(th, r, true, -1.0)?))
}

fn rlock_release(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "release")?;
    if r.owner.load(Ordering::Relaxed) != th.tag || r.count.load(Ordering::Relaxed) == 0 {
        return Err(th.runtime_error("cannot release un-acquired lock".into()));
    }
    let c = r.count.load(Ordering::Relaxed) - 1;
    r.count.store(c, Ordering::Relaxed);
    if c == 0 {
        r.owner.store(0, Ordering::Relaxed);
        r.core.release();
    }
    Ok(g().none)
}

fn rlock_exit(th: &Thread, a: Args) -> PyResult<Value> {
    rlock_release(th, Args::new(&a.pos[..1.min(a.pos.len())]))
}

fn rlock_is_owned(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "_is_owned")?;
    Ok(th
        .bool_val(r.owner.load(Ordering::Relaxed) == th.tag && r.count.load(Ordering::Relaxed) > 0))
}

fn rlock_recursion_count(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "_recursion_count")?;
    let n = if r.owner.load(Ordering::Relaxed) == th.tag {
        r.count.load(Ordering::Relaxed)
    } else {
        0
    };
    Ok(th.new_int(n as i64))
}

/// `_release_save()`: releases completely, returning (count, owner).
fn rlock_release_save(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "_release_save")?;
    let count = r.count.load(Ordering::Relaxed);
    if count == 0 {
        return Err(th.runtime_error("cannot release un-acquired lock".into()));
    }
    let owner = r.owner.load(Ordering::Relaxed);
    r.count.store(0, Ordering::Relaxed);
    r.owner.store(0, Ordering::Relaxed);
    r.core.release();
    let c = th.new_int(count as i64);
    Ok(th.new_tuple_from(&[c, th.new_int(owner as i64)]))
}

/// `_acquire_restore((count, owner))`.
fn rlock_acquire_restore(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "_acquire_restore")?;
    let state = a
        .pos
        .get(1)
        .and_then(|v| crate::objects::tuple::as_tuple(*v))
        .filter(|t| t.items().len() == 2)
        .ok_or_else(|| th.type_error("_acquire_restore() argument 1 must be tuple".into()))?;
    let count = crate::objects::int::to_i64(state.items()[0])
        .unwrap_or(1)
        .max(1) as u64;
    let owner = crate::objects::int::to_i64(state.items()[1]).unwrap_or(0) as u32;
    acquire(th, &r.core, true, -1.0)?;
    r.owner.store(owner, Ordering::Relaxed);
    r.count.store(count, Ordering::Relaxed);
    Ok(g().none)
}

fn rlock_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let r = self_rlock(th, &a, "__repr__")?;
    let owner = r.owner.load(Ordering::Relaxed);
    let state = if r.core.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(th.new_string(format!(
        "<{state} {} object owner={owner} count={} at {:#x}>",
        qualified_name(type_of(a.pos[0])),
        r.count.load(Ordering::Relaxed),
        a.pos[0].bits()
    )))
}

// --- Threads ---

/// `start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "start_new_thread")?;
    a.check(th, "start_new_thread", 2, 3)?;
    let f = a.pos[0];
    if !crate::builtins::is_callable(th, f) {
        return Err(th.type_error("first arg must be callable".into()));
    }
    if !a.pos[1].is_kind(Kind::Tuple) {
        return Err(th.type_error("2nd arg must be a tuple".into()));
    }
    let kwargs = a.pos.get(2).copied().filter(|v| *v != g().none);
    if let Some(k) = kwargs
        && !k.is_kind(Kind::Dict)
    {
        return Err(th.type_error("optional 3rd arg must be a dictionary".into()));
    }
    // The new thread roots the call before it signals that it started;
    // until then this frame's reference (on its stack) keeps it alive.
    let call = th.new_tuple_from(&[f, a.pos[1], kwargs.unwrap_or(Value::NULL)]);
    let bits = call.bits();
    let started = Arc::new((Mutex::new(0u32), Condvar::new()));
    let s2 = started.clone();
    let size = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n,
    };
    RUNNING.fetch_add(1, Ordering::SeqCst);
    // From now on other threads may read containers optimistically, so
    // replaced buffers wait for a collection (`layout::shared`).
    th.mutator.heap().defer_native_frees();
    let spawned = std::thread::Builder::new()
        .stack_size(size)
        .spawn(move || thread_main(bits, size, s2));
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(th.runtime_error("can't start new thread".into()));
    }
    let tag = th.mutator.blocking(move || {
        let (m, cv) = &*started;
        let mut t = m.lock().unwrap();
        while *t == 0 {
            t = cv.wait(t).unwrap();
        }
        *t
    });
    std::hint::black_box(call);
    Ok(th.new_int(tag as i64))
}

/// Body of a thread started by `start_new_thread`.
fn thread_main(call_bits: u64, stack_size: usize, started: Arc<(Mutex<u32>, Condvar)>) {
    let base = 0u8;
    let heap = g().heap;
    let th = Thread::attach(heap, &base as *const u8 as usize, stack_size);
    let call = Value::from_bits(call_bits);
    th.temp_roots.borrow_mut().push(call);
    {
        let (m, cv) = &*started;
        *m.lock().unwrap() = th.tag;
        cv.notify_all();
    }
    // A panic (an interpreter bug) ends this thread only; the thread
    // state must still leave the registries before it is freed.
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_call(&th, call))).is_err() {
        crate::modules::sys::write_stderr("taipan: a thread stopped on an internal error\n");
    }
    crate::modules::sys::flush_all();
    SENTINELS.with(|s| {
        for l in s.borrow_mut().drain(..) {
            l.release();
        }
    });
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    Thread::detach(th);
}

fn run_call(th: &Thread, call: Value) {
    let t = crate::objects::tuple::as_tuple(call).expect("call tuple");
    let (f, args, kwargs) = (t.items()[0], t.items()[1], t.items()[2]);
    let pos = crate::objects::tuple::as_tuple(args)
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    let (names, vals): (Vec<Value>, Vec<Value>) = match kwargs.downcast::<dict::Dict>() {
        Some(d) => dict::items_vec(d).into_iter().unzip(),
        None => (Vec::new(), Vec::new()),
    };
    let r = crate::ops::call_with(
        th,
        f,
        Args {
            pos: &pos,
            kwnames: &names,
            kwvals: &vals,
        },
    );
    if let Err(e) = r {
        if crate::ops::is_instance_of(e.0, g().exc.system_exit) {
            return;
        }
        let what = crate::ops::repr(th, f).unwrap_or_else(|_| "<object>".into());
        let text = crate::traceback::format_exception(th, e.0);
        crate::modules::sys::flush_all();
        crate::modules::sys::write_stderr(&format!(
            "Exception ignored in thread started by: {what}\n{text}"
        ));
    }
}

fn get_ident(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "get_ident", 0, 0)?;
    Ok(th.new_int(th.tag as i64))
}

fn get_native_id(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "get_native_id", 0, 0)?;
    Ok(th.new_int(native_id() as i64))
}

/// The kernel's id of the calling thread.
fn native_id() -> u64 {
    // /proc/thread-self names the calling task: its target is
    // "<pid>/task/<tid>".
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name().and_then(|n| n.to_str()?.parse().ok()))
        .unwrap_or(std::process::id() as u64)
}

fn count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "_count", 0, 0)?;
    Ok(th.new_int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn stack_size(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = a.pos.first() {
        let n = crate::objects::int::to_i64(*v).ok_or_else(|| {
            th.type_error("'float' object cannot be interpreted as an integer".into())
        })?;
        if n < 0 {
            return Err(th.value_error("size must be 0 or a positive value".into()));
        }
        if n != 0 && n < 32768 {
            return Err(th.value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(th.new_int(old as i64))
}

/// `_set_sentinel()`: a lock held until the calling thread ends.
fn set_sentinel(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "_set_sentinel", 0, 0)?;
    let core = Arc::new(LockCore::new());
    core.try_acquire();
    SENTINELS.with(|s| s.borrow_mut().push(core.clone()));
    Ok(new_lock_value(th, core))
}

fn interrupt_main(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "interrupt_main", 0, 1)?;
    crate::runtime::interrupt_main();
    Ok(g().none)
}

fn daemon_threads_allowed(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().true_)
}

fn make_type(th: &Thread, name: &'static str, meta: gc::Meta) -> Gc<TypeObj> {
    let t = new_builtin_type(th, name, Some(types().object), meta, false);
    make_permanent(t);
    *t.module.borrow_mut() = "_thread".into();
    let k = th.new_str("_thread");
    set_attr_str(th, t, "__module__", k);
    t
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let lock_t = match type_from(&LOCK_TYPE) {
        Some(t) => t,
        None => {
            let t = make_type(th, "lock", meta_for::<Lock>());
            add_fn(th, t, "_thread", "__new__", lock_new, Binding::Static);
            add_methods(
                th,
                t,
                "lock",
                &[
                    ("acquire", lock_acquire),
                    ("acquire_lock", lock_acquire),
                    ("__enter__", lock_enter),
                    ("release", lock_release),
                    ("release_lock", lock_release),
                    ("__exit__", lock_release_exit),
                    ("locked", lock_locked),
                    ("locked_lock", lock_locked),
                    ("__repr__", lock_repr),
                ],
            );
            let _ = LOCK_TYPE.set(t.value().bits());
            t
        }
    };
    let rlock_t = match type_from(&RLOCK_TYPE) {
        Some(t) => t,
        None => {
            let t = make_type(th, "RLock", meta_for::<RLock>());
            crate::objects::allow_native_subclass(t, crate::layout::sub_meta_for::<RLock>);
            add_fn(th, t, "_thread", "__new__", rlock_new, Binding::Static);
            add_methods(
                th,
                t,
                "RLock",
                &[
                    ("__init__", rlock_init),
                    ("acquire", rlock_acquire),
                    ("__enter__", rlock_enter),
                    ("release", rlock_release),
                    ("__exit__", rlock_exit),
                    ("_is_owned", rlock_is_owned),
                    ("_recursion_count", rlock_recursion_count),
                    ("_release_save", rlock_release_save),
                    ("_acquire_restore", rlock_acquire_restore),
                    ("__repr__", rlock_repr),
                ],
            );
            let _ = RLOCK_TYPE.set(t.value().bits());
            t
        }
    };
    let md = m.dict;
    let set = |name: &str, v: Value| dict::set_item_str(th, md, th.intern(name), v);
    set("LockType", lock_t.value());
    set("RLock", rlock_t.value());
    set("error", g().exc.runtime_error.value());
    set("TIMEOUT_MAX", th.new_float(TIMEOUT_MAX));
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", lock_new_fn),
        ("allocate", lock_new_fn),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("_set_sentinel", set_sentinel),
        ("interrupt_main", interrupt_main),
        ("daemon_threads_allowed", daemon_threads_allowed),
    ];
    for (name, f) in fns {
        let v = crate::objects::function::new_native(th, name, "_thread", *f, Binding::Function);
        set(name, v);
    }
    Ok(())
}

fn lock_new_fn(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "allocate_lock", 0, 0)?;
    Ok(new_lock_value(th, Arc::new(LockCore::new())))
}

fn lock_release_exit(th: &Thread, a: Args) -> PyResult<Value> {
    lock_release(th, Args::new(&a.pos[..1.min(a.pos.len())]))
}
