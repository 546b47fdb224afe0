//! The runtime: process-wide state (`Globals`: builtin types, singletons,
//! interned strings, modules) and per-thread state (`Thread`).
//!
//! Every function that runs Python semantics takes `th: &Thread`.  A Thread
//! owns its allocation context (`gc::Mutator`), the chain of executing frames,
//! the currently handled exception and the recursion depth.  Objects, modules
//! and types are shared by all threads.
//!
//! Roots: `trace_roots` (installed as the heap's root function) visits the
//! globals and, for every registered thread, its frame chain, handled
//! exception and `TempRoots`.  The interned-string table is weak: each
//! collection drops its dead strings (`prune_interned`).
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use gc::{Heap, Mutator, Tracer};
use num_bigint::BigInt;

use crate::layout::{self, Gc, Kind, Published, PyCell, PyPayload};
use crate::objects::dict::Dict;
use crate::objects::exceptions::ExcTypes;
use crate::objects::float::Float;
use crate::objects::int::Int;
use crate::objects::type_::TypeObj;
use crate::value::Value;

/// The interned str for an identifier literal, memoised in a static per
/// use site (`Thread::intern_static` makes it permanent; interned strings
/// are shared by all threads), so hot paths pay one load:
/// `name!(th, "__getattribute__")`.
#[macro_export]
macro_rules! name {
    ($th:expr, $s:literal) => {{
        static CACHE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let bits = CACHE.load(std::sync::atomic::Ordering::Relaxed);
        if bits != 0 {
            $crate::value::Value::from_interned_bits(bits)
        } else {
            let v = $th.intern_static($s);
            CACHE.store(v.bits(), std::sync::atomic::Ordering::Relaxed);
            v
        }
    }};
}

/// A raised Python exception (the exception instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exc(pub Value);

pub type PyResult<T> = Result<T, Exc>;

/// The builtin types.
pub struct Types {
    pub object: Gc<TypeObj>,
    pub type_: Gc<TypeObj>,
    pub int: Gc<TypeObj>,
    pub bool_: Gc<TypeObj>,
    pub float: Gc<TypeObj>,
    pub complex: Gc<TypeObj>,
    pub str: Gc<TypeObj>,
    pub bytes: Gc<TypeObj>,
    pub bytearray: Gc<TypeObj>,
    pub tuple: Gc<TypeObj>,
    pub list: Gc<TypeObj>,
    pub dict: Gc<TypeObj>,
    pub set: Gc<TypeObj>,
    pub frozenset: Gc<TypeObj>,
    pub range: Gc<TypeObj>,
    pub slice: Gc<TypeObj>,
    pub none: Gc<TypeObj>,
    pub not_implemented: Gc<TypeObj>,
    pub ellipsis: Gc<TypeObj>,
    pub function: Gc<TypeObj>,
    pub builtin_function: Gc<TypeObj>,
    pub method_descriptor: Gc<TypeObj>,
    pub method: Gc<TypeObj>,
    pub code: Gc<TypeObj>,
    pub cell: Gc<TypeObj>,
    pub frame: Gc<TypeObj>,
    pub module: Gc<TypeObj>,
    pub generator: Gc<TypeObj>,
    pub property: Gc<TypeObj>,
    pub staticmethod: Gc<TypeObj>,
    pub classmethod: Gc<TypeObj>,
    pub super_: Gc<TypeObj>,
    pub traceback: Gc<TypeObj>,
    pub dict_keys: Gc<TypeObj>,
    pub dict_values: Gc<TypeObj>,
    pub dict_items: Gc<TypeObj>,
    /// Iterator types, by `IterKind` index.
    pub iters: Vec<Gc<TypeObj>>,
    /// Types made by native modules (deque, ...), by name.
    pub extra: PyCell<HashMap<&'static str, Gc<TypeObj>>>,
}

pub struct Globals {
    pub types: Types,
    pub exc: ExcTypes,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// The `builtins` module's dict.
    pub builtins: Gc<Dict>,
    /// `sys.modules`.
    pub modules: Gc<Dict>,
    /// The interned strings: a weak table (not a root), its dead entries
    /// dropped in every collection (`prune_interned`).
    pub interned: Mutex<Interned>,
    /// Single-character strings for code points < 256.
    pub chars: Vec<Value>,
    /// sys.path, argv etc. live in the sys module's dict.
    pub sys_dict: PyCell<Value>,
    pub recursion_limit: std::sync::atomic::AtomicU32,
    pub heap: &'static Heap,
}

static GLOBALS: Published<Globals> = Published::new();

/// The process-wide runtime state.
#[inline(always)]
pub fn g() -> &'static Globals {
    GLOBALS.get()
}

/// The builtin types.
#[inline(always)]
pub fn types() -> &'static Types {
    &GLOBALS.get().types
}

pub fn is_initialized() -> bool {
    GLOBALS.is_set()
}

// --- Threads ---

/// Per-thread interpreter state.
pub struct Thread {
    pub mutator: Mutator,
    /// The innermost executing frame (a Frame object) or NULL.
    pub frame: Cell<Value>,
    /// The exception being handled (sys.exc_info()), or NULL.
    pub handled: Cell<Value>,
    pub depth: Cell<u32>,
    /// Values Rust code keeps in native collections across allocations.
    pub temp_roots: PyCell<Vec<Value>>,
    /// Frames whose slots are being written while they are off the frame
    /// chain, across allocations (argument binding, `eval::FrameSetup`):
    /// scanned in full by every collection, like the chain.
    pub frames_in_setup: PyCell<Vec<Value>>,
    /// Lowest address the native stack may reach before RecursionError.
    pub stack_limit: usize,
    /// Set by the SIGINT handler; checked at safepoints.
    /// Finished frames kept for reuse by the next calls.
    pub frame_cache: crate::objects::frame::FrameCache,
    /// The exception a runtime function called by compiled code raised
    /// (`tier`), held until the interpreter takes it over.
    pub jit_exc: Cell<Value>,
    /// Set by the interpreter just before it calls a `clean_stack` native
    /// (`gc.collect`) whose result the next instruction discards
    /// (POP_TOP); the callee reads and clears it at its start, and `run`
    /// clears it after the call.
    pub result_unused: Cell<bool>,
    /// This thread's tag in object lock words (`layout::PyCell`) and its
    /// `_thread.get_ident()`.
    pub tag: u32,
    /// Revocations of this thread's cells in the current collection epoch
    /// (counted by the revokers, read by `layout::adapt_bias`).
    pub revoked: Arc<AtomicU32>,
}

static THREADS: crate::layout::Registry<Thread> = crate::layout::Registry::new();

thread_local! {
    /// This thread's view of the interned table (no lock, fast hash), valid
    /// while `INTERN_EPOCH` is `INTERN_CACHE_EPOCH`.
    static INTERN_CACHE: std::cell::RefCell<rustc_hash::FxHashSet<InternKey>> =
        std::cell::RefCell::new(rustc_hash::FxHashSet::default());
    static INTERN_CACHE_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Interned strings by the address of their `&'static str` (see
    /// `Thread::intern_static`); the values are permanent objects.
    static STATIC_NAMES: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize), Value>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// Bumped by every collection that drops interned strings from the table
/// (`prune_interned`): the threads' `INTERN_CACHE`s and the method cache
/// (`type_::lookup`, keyed by a name's address, which a new string may
/// take) forget what they saw before.
pub static INTERN_EPOCH: AtomicU64 = AtomicU64::new(0);
/// The main thread's mutator, which SIGINT interrupts (`interrupt_main`).
static MAIN_MUTATOR: std::sync::OnceLock<gc::MutatorId> = std::sync::OnceLock::new();
/// The main thread's tag (`Thread::is_main`); 0 before it registers.
static MAIN_TAG: AtomicU32 = AtomicU32::new(0);

/// A SIGINT that came before the main thread registered: delivered when it
/// does (`Thread::register`).  Without it a Ctrl-C during start-up was
/// dropped, and a script that then looped forever could not be stopped
/// by it (seen under qemu, whose start-up takes seconds).
static INTERRUPT_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// SIGINT: the main thread raises KeyboardInterrupt at its next poll (a
/// loop back-edge, a call, a sleep slice).  Runs in the signal-handling
/// thread (`ctrlc`), so it may race with the registration: the flag is
/// set first and taken with a swap on both sides, so exactly one of them
/// delivers it.
pub fn interrupt_main() {
    INTERRUPT_PENDING.store(true, std::sync::atomic::Ordering::SeqCst);
    if let Some(m) = MAIN_MUTATOR.get()
        && INTERRUPT_PENDING.swap(false, std::sync::atomic::Ordering::SeqCst)
    {
        m.interrupt();
    }
}

/// Lock statistics (for the lock micro-benchmarks and `-X gc-stats`).
pub struct LockStats {
    pub revocations: std::sync::atomic::AtomicU64,
}
pub static LOCK_STATS: LockStats = LockStats {
    revocations: std::sync::atomic::AtomicU64::new(0),
};

/// The next thread tag (tags are never reused, so a stale tag in a lock
/// word never names a newer thread).
static NEXT_TAG: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// Live threads by tag, for handshakes aimed at a lock's owner, with their
/// revocation counts (`Thread::revoked`).
static BY_TAG: Mutex<Vec<(u32, gc::MutatorId, Arc<AtomicU32>)>> = Mutex::new(Vec::new());

/// Runs `op` on behalf of the thread tagged `tag` (at its next safepoint,
/// or at once if it is blocked); false if that thread has exited.  Counted
/// as a revocation of its cells (`Thread::revoked`): revoking is its use.
pub fn run_on_thread(tag: u32, op: impl FnOnce() + Send + 'static) -> bool {
    let found = BY_TAG
        .lock()
        .unwrap()
        .iter()
        .find(|(t, _, _)| *t == tag)
        .map(|(_, id, revoked)| (id.clone(), revoked.clone()));
    let Some((id, revoked)) = found else {
        return false;
    };
    revoked.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let me = layout::current_thread().expect("object locks are taken by interpreter threads");
    me.mutator.handshake(&id, op);
    true
}

/// Called by a thread waiting for a contended object lock: lets a
/// collection or a handshake proceed.
pub fn poll_for_lock_wait() {
    if let Some(th) = layout::current_thread() {
        th.mutator.safepoint();
    }
}

impl Thread {
    /// Registers the calling OS thread as the process's first (main)
    /// interpreter thread.  `stack_base` is an address in its outermost
    /// frame; `stack_size` the native stack's size.
    pub fn register(heap: &'static Heap, stack_base: usize, stack_size: usize) -> &'static Thread {
        let th: &'static Thread = Box::leak(Thread::attach(heap, stack_base, stack_size));
        let _ = MAIN_MUTATOR.set(th.mutator.id());
        MAIN_TAG.store(th.tag, std::sync::atomic::Ordering::Relaxed);
        if INTERRUPT_PENDING.swap(false, std::sync::atomic::Ordering::SeqCst) {
            th.mutator.id().interrupt();
        }
        th
    }

    /// Whether this is the main thread (the one SIGINT interrupts).
    pub fn is_main(&self) -> bool {
        MAIN_TAG.load(std::sync::atomic::Ordering::Relaxed) == self.tag
    }

    /// Registers the calling OS thread (a thread started by `_thread`); it
    /// calls `detach` with the box before it ends.
    pub fn attach(heap: &'static Heap, stack_base: usize, stack_size: usize) -> Box<Thread> {
        let tag = NEXT_TAG.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        assert!(tag < 1 << 31, "thread tags exhausted");
        // Cells created from here on are biased to this thread.
        layout::set_lock_tag(tag);
        let th = Box::new(Thread {
            mutator: Mutator::new(heap, stack_base),
            frame: Cell::new(Value::NULL),
            handled: Cell::new(Value::NULL),
            depth: Cell::new(0),
            temp_roots: PyCell::new(Vec::new()),
            frames_in_setup: PyCell::new(Vec::new()),
            stack_limit: stack_base.saturating_sub(stack_size) + 256 * 1024,
            frame_cache: Default::default(),
            jit_exc: Cell::new(Value::NULL),
            result_unused: Cell::new(false),
            tag,
            revoked: Arc::new(AtomicU32::new(0)),
        });
        layout::set_current_thread(&th);
        BY_TAG
            .lock()
            .unwrap()
            .push((tag, th.mutator.id(), th.revoked.clone()));
        THREADS.register(&th);
        th
    }

    /// Unregisters a thread made by `attach`: it stops being a root, and
    /// handshakes aimed at it run on the requester from now on.
    pub fn detach(th: Box<Thread>) {
        // Frames still linked (a thread stopped by an internal error) were
        // written without the barrier and stop being scanned: mark them.
        let mut f = th.frame.get();
        while let Some(fr) = f.downcast::<crate::objects::frame::Frame>() {
            layout::write_barrier(fr);
            f = fr.back.get();
        }
        th.frame.set(Value::NULL);
        th.handled.set(Value::NULL);
        th.temp_roots.borrow_mut().clear();
        // The cached frames become garbage: no old one may keep a link to
        // a young one (`FrameCache::clear`).
        th.frame_cache.clear();
        // While this thread runs, no collection is tracing roots, so taking
        // the registry's lock cannot wait for a collector that waits for us.
        THREADS.unregister(&th);
        BY_TAG.lock().unwrap().retain(|(t, _, _)| *t != th.tag);
        layout::clear_current_thread();
        // Dropping the mutator leaves the heap's thread list.
        drop(th);
        layout::set_lock_tag(0);
    }

    #[inline]
    pub fn alloc<T: PyPayload>(&self, ty: Gc<TypeObj>, payload: T) -> Gc<T> {
        layout::alloc(&self.mutator, ty, payload)
    }

    /// Keeps `v` alive until the returned guard is dropped.
    pub fn root(&self, v: Value) -> TempRoot<'_> {
        self.temp_roots.borrow_mut().push(v);
        TempRoot { th: self }
    }

    /// Whether the native stack is close to its end.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        let x = 0u8;
        (&x as *const u8 as usize) < self.stack_limit
    }
}

/// Guard of `Thread::root`.
pub struct TempRoot<'a> {
    th: &'a Thread,
}
impl Drop for TempRoot<'_> {
    fn drop(&mut self) {
        self.th.temp_roots.borrow_mut().pop();
    }
}

/// Roots for a slice of values (`Thread::root_slice`), dropped together.
pub struct TempRoots<'a> {
    th: &'a Thread,
    len: usize,
}
impl Drop for TempRoots<'_> {
    fn drop(&mut self) {
        self.th.temp_roots.borrow_mut().truncate(self.len);
    }
}

impl Thread {
    /// Keeps every value of `vals` alive until the returned guard is
    /// dropped: for a snapshot of a container's items held in a Rust `Vec`
    /// while Python code (`__eq__`, `__index__`) may empty the container.
    pub fn root_slice(&self, vals: &[Value]) -> TempRoots<'_> {
        let mut r = self.temp_roots.borrow_mut();
        let len = r.len();
        r.extend_from_slice(vals);
        TempRoots { th: self, len }
    }

    /// `root_slice` for a snapshot of a dict's items (`dict::items_vec`):
    /// keys and values stay alive until the guard is dropped.
    pub fn root_pairs(&self, pairs: &[(Value, Value)]) -> TempRoots<'_> {
        let mut r = self.temp_roots.borrow_mut();
        let len = r.len();
        r.reserve(pairs.len() * 2);
        for &(k, v) in pairs {
            r.push(k);
            r.push(v);
        }
        TempRoots { th: self, len }
    }
}

/// A vector of values that the collector sees (a root while it lives).
/// Use it instead of `Vec<Value>` when values are kept across allocations
/// or calls into Python.
pub struct TempVec {
    list: Gc<crate::objects::list::List>,
}

impl TempVec {
    pub fn new(th: &Thread) -> TempVec {
        TempVec {
            list: crate::objects::list::new_list(th, Vec::new()),
        }
    }
    /// A TempVec that stores into `v` (empty, with the capacity wanted).
    pub fn with_storage(th: &Thread, v: Vec<Value>) -> TempVec {
        debug_assert!(v.is_empty(), "TempVec storage must start empty");
        TempVec {
            list: crate::objects::list::new_list(th, v),
        }
    }
    pub fn push(&self, v: Value) {
        self.list.items.borrow_mut().push(v);
    }
    pub fn len(&self) -> usize {
        self.list.items.borrow().len()
    }
    pub fn get(&self, i: usize) -> Value {
        self.list.items.borrow()[i]
    }
    pub fn to_vec(&self) -> Vec<Value> {
        self.list.items.borrow().to_vec()
    }
    /// The backing list object (keep the TempVec on the stack while using it).
    pub fn as_list(&self) -> Gc<crate::objects::list::List> {
        self.list
    }
}

/// The list is a root only while a word on the native stack points at it:
/// using it in `drop` keeps it there until the end of the TempVec's scope
/// (without this, the compiler may reuse its slot after the last `push`
/// while the values are still needed; aarch64 builds did).
impl Drop for TempVec {
    fn drop(&mut self) {
        std::hint::black_box(self.list);
    }
}

// --- Roots ---

fn trace_roots(t: &mut Tracer) {
    let g = g();
    g.trace_globals(t);
    let mut chain = Vec::new();
    THREADS.for_each(|th| {
        // A thread blocked (in a safe region) since before the last
        // collections: its roots have not changed and lead to old objects
        // only, which a minor collection does not free (`Tracer::quiet`).
        // 50 threads waiting on an event cost each minor collection of the
        // main thread 70-110 us when scanned.
        if t.quiet(&th.mutator) {
            return;
        }
        // The frame chain: running frames' slots are written without the
        // write barrier, so each is scanned in full, old or young (a frame
        // card-marks itself when it leaves the chain; docs/GC.md).  Oldest
        // first: a frame's `back` link must not reach a frame before it is
        // scanned (`Tracer::scan`).
        chain.clear();
        let mut f = th.frame.get();
        while !f.is_null() {
            chain.push(f);
            f = f
                .as_gc_unchecked::<crate::objects::frame::Frame>()
                .back
                .get();
        }
        for f in chain.iter().rev() {
            t.scan(f.bits());
        }
        t.mark(th.handled.get().0);
        t.mark(th.jit_exc.get().0);
        th.frame_cache.trace(t);
        for v in th.temp_roots.gc_peek().iter() {
            t.mark(v.0);
        }
        // Frames being bound: their slots are written without the barrier
        // across allocations (`eval::FrameSetup`).
        for v in th.frames_in_setup.gc_peek().iter() {
            t.scan(v.0);
        }
    });
}

impl Globals {
    fn trace_globals(&self, t: &mut Tracer) {
        let ty = &self.types;
        for tyo in [
            ty.object,
            ty.type_,
            ty.int,
            ty.bool_,
            ty.float,
            ty.complex,
            ty.str,
            ty.bytes,
            ty.bytearray,
            ty.tuple,
            ty.list,
            ty.dict,
            ty.set,
            ty.frozenset,
            ty.range,
            ty.slice,
            ty.none,
            ty.not_implemented,
            ty.ellipsis,
            ty.function,
            ty.builtin_function,
            ty.method_descriptor,
            ty.method,
            ty.code,
            ty.cell,
            ty.frame,
            ty.module,
            ty.generator,
            ty.property,
            ty.staticmethod,
            ty.classmethod,
            ty.super_,
            ty.traceback,
            ty.dict_keys,
            ty.dict_values,
            ty.dict_items,
        ] {
            t.mark(tyo.value().0);
        }
        for x in &ty.iters {
            t.mark(x.value().0);
        }
        for x in ty.extra.gc_peek().values() {
            t.mark(x.value().0);
        }
        self.exc.trace(t);
        for v in [
            self.none,
            self.true_,
            self.false_,
            self.not_implemented,
            self.ellipsis,
            self.empty_tuple,
            self.empty_str,
            self.builtins.value(),
            self.modules.value(),
            *self.sys_dict.gc_peek(),
        ] {
            t.mark(v.0);
        }
        for v in &self.chars {
            t.mark(v.0);
        }
    }
}

/// The interned strings (`Thread::intern`), keyed by their text.
#[derive(Default)]
pub struct Interned {
    table: rustc_hash::FxHashSet<InternKey>,
    /// The strings of `table` that may still be young: the only ones a
    /// minor collection can free, so the only ones its pruning visits.
    young: Vec<Value>,
}

/// An interned string as the key of a table: hashed and compared by its
/// text, which it borrows from the string (the table holds no copy).  The
/// string outlives the key: `prune_interned` drops the keys of the
/// strings a collection frees before its sweep, and a thread's cache is
/// cleared when `INTERN_EPOCH` moves.
#[derive(Clone, Copy)]
pub struct InternKey(Value);

impl InternKey {
    #[inline]
    fn text(&self) -> &str {
        crate::objects::str::as_str(self.0).expect("interned strings are str objects")
    }
}

impl std::hash::Hash for InternKey {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        // As `str` hashes, for the `Borrow<str>` lookups.
        self.text().hash(h)
    }
}

impl PartialEq for InternKey {
    #[inline]
    fn eq(&self, other: &InternKey) -> bool {
        self.text() == other.text()
    }
}

impl Eq for InternKey {}

impl std::borrow::Borrow<str> for InternKey {
    #[inline]
    fn borrow(&self) -> &str {
        self.text()
    }
}

/// The collector's pruning of the interned table (`gc::Heap::
/// set_weak_table_fn`), in every collection, the world stopped: drops the
/// strings that nothing else refers to, which this collection frees.  A
/// minor collection frees young strings only, so it visits only the
/// `young` list (the strings not yet seen old: walking the whole table,
/// a program that kept 1M names paid 28 ms in every minor collection); a
/// major one visits the whole table, and every string it keeps is old.  Interning
/// the same text later makes a new string.  Names that Rust code keeps in
/// statics (`name!`, `intern_static`) are permanent.  No thread holds the
/// table's lock at a safepoint.
fn prune_interned(major: bool) {
    let mut guard = g().interned.lock().unwrap();
    let Interned { table, young } = &mut *guard;
    let before = table.len();
    if major {
        table.retain(|k| k.0.is_marked());
        young.clear();
    } else {
        young.retain(|&v| {
            if !v.is_marked() {
                // Its memory is intact until the sweep: the text finds it.
                table.remove(&InternKey(v));
                return false;
            }
            !v.old_after_marking()
        });
    }
    if table.len() != before {
        INTERN_EPOCH.fetch_add(1, Ordering::Relaxed);
    }
    // A burst of names leaves the list's and the table's capacity behind
    // (8 MB for the list after 1M names): give it back once it is less
    // than a quarter used.  The table is rehashed only in a major
    // collection, which walks it anyway.
    if young.capacity() > SHRINK_FLOOR && young.len() < young.capacity() / 4 {
        young.shrink_to(young.len() * 2);
    }
    if major && table.capacity() > SHRINK_FLOOR && table.len() < table.capacity() / 4 {
        table.shrink_to(table.len() * 2);
    }
}

/// The capacity below which `prune_interned` leaves the interned table
/// and its young list as they are.
const SHRINK_FLOOR: usize = 4096;

// --- Initialisation ---

/// Creates the heap, the builtin types and modules, and registers the
/// calling thread as the main thread.
pub fn init(stack_base: usize, stack_size: usize) -> &'static Thread {
    let heap: &'static Heap = Box::leak(Box::new(Heap::new()));
    layout::shared::set_heap(heap);
    let th = Thread::register(heap, stack_base, stack_size);
    let globals = crate::objects::type_::bootstrap(th, heap);
    GLOBALS.publish(Box::leak(Box::new(globals)));
    heap.set_root_fn(trace_roots);
    heap.set_weak_table_fn(prune_interned);
    crate::builtins::init(th);
    crate::modules::init(th);
    th
}

// --- Constructors used everywhere ---

impl Thread {
    #[inline]
    pub fn new_float(&self, f: f64) -> Value {
        self.alloc(types().float, Float { v: f }).value()
    }

    pub fn new_str(&self, s: &str) -> Value {
        crate::objects::str::new_str(self, s)
    }

    pub fn new_string(&self, s: String) -> Value {
        crate::objects::str::new_str_owned(self, s)
    }

    #[inline]
    pub fn new_int(&self, i: i64) -> Value {
        if Value::fits_small(i) {
            Value::small(i)
        } else {
            self.alloc(types().int, Int { v: BigInt::from(i) }).value()
        }
    }

    pub fn new_bigint(&self, b: BigInt) -> Value {
        crate::objects::int::from_bigint(self, b)
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        self.new_tuple_from(&items)
    }

    /// A tuple holding a copy of `items` (which stay rooted while it is
    /// allocated, wherever they live).
    #[inline]
    pub fn new_tuple_from(&self, items: &[Value]) -> Value {
        if items.is_empty() && is_initialized() {
            return g().empty_tuple;
        }
        crate::objects::tuple::alloc_tuple(self, types().tuple, items).value()
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        crate::objects::list::new_list(self, items).value()
    }

    /// A list of new str objects (built in a rooted list, so the strings
    /// made first stay alive while the later ones are allocated).
    pub fn new_str_list<S: AsRef<str>>(&self, items: impl IntoIterator<Item = S>) -> Value {
        let tv = TempVec::new(self);
        for s in items {
            let v = self.new_str(s.as_ref());
            tv.push(v);
        }
        tv.as_list().value()
    }

    pub fn new_dict(&self) -> Gc<Dict> {
        crate::objects::dict::new_dict(self)
    }

    #[inline]
    pub fn bool_val(&self, b: bool) -> Value {
        if b { g().true_ } else { g().false_ }
    }

    /// The interned string object for `s`: the one string with this text
    /// while anything refers to it (the table is weak: see
    /// `prune_interned`).
    pub fn intern(&self, s: &str) -> Value {
        let epoch = INTERN_EPOCH.load(Ordering::Relaxed);
        if INTERN_CACHE_EPOCH.get() != epoch {
            INTERN_CACHE.with(|c| c.borrow_mut().clear());
            INTERN_CACHE_EPOCH.set(epoch);
        }
        if let Some(k) = INTERN_CACHE.with(|c| c.borrow().get(s).copied()) {
            return k.0;
        }
        if let Some(k) = g().interned.lock().unwrap().table.get(s).copied() {
            INTERN_CACHE.with(|c| c.borrow_mut().insert(k));
            return k.0;
        }
        let v = self.new_str(s);
        let mut guard = g().interned.lock().unwrap();
        let Interned { table, young } = &mut *guard;
        if let Some(k) = table.get(s) {
            // Another thread interned the text meanwhile.
            return k.0;
        }
        table.insert(InternKey(v));
        young.push(v);
        crate::objects::str::mark_interned(v);
        v
    }

    /// The interned string for a `&'static str` (identifiers in Rust code),
    /// made permanent: Rust code keeps these in statics (`name!`) and
    /// looks them up again and again (a name that no type defines would
    /// otherwise die and be made anew between collections).  A per-thread
    /// cache keyed by the string's address skips the global table: a
    /// static string's address always denotes the same text.
    #[inline]
    pub fn intern_static(&self, s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(v) = STATIC_NAMES.with(|c| c.borrow().get(&key).copied()) {
            return v;
        }
        let v = self.intern(s);
        if let Some(st) = v.downcast::<crate::objects::str::Str>() {
            layout::make_permanent(st);
        }
        STATIC_NAMES.with(|c| c.borrow_mut().insert(key, v));
        v
    }
}

/// Native function arguments: positional values, then keyword values named by `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    /// The same keyword arguments with `pos` as the positional ones.
    pub fn with_pos<'b>(&self, pos: &'b [Value]) -> Args<'b>
    where
        'a: 'b,
    {
        Args {
            pos,
            kwnames: self.kwnames,
            kwvals: self.kwvals,
        }
    }

    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The keyword argument `name`, if passed.
    pub fn kw(&self, name: &str) -> Option<Value> {
        for (i, k) in self.kwnames.iter().enumerate() {
            if crate::objects::str::as_str(*k) == Some(name) {
                return Some(self.kwvals[i]);
            }
        }
        None
    }
    /// Checks there are no keyword arguments.
    pub fn no_kw(&self, th: &Thread, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(th.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }
    /// Checks the count of positional arguments (CPython's messages).
    pub fn check(&self, th: &Thread, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
            let msg = if min == max {
                if min == 0 {
                    format!("{fname}() takes no arguments ({n} given)")
                } else if min == 1 {
                    format!("{fname}() takes exactly one argument ({n} given)")
                } else {
                    format!("{fname} expected {min} arguments, got {n}")
                }
            } else if n < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(th.type_error(msg));
        }
        Ok(())
    }
    /// Positional argument `i`, or keyword `name`, or None.
    pub fn get(&self, i: usize, name: &str) -> Option<Value> {
        if i < self.pos.len() {
            Some(self.pos[i])
        } else {
            self.kw(name)
        }
    }
}

pub fn is_kind(v: Value, k: Kind) -> bool {
    v.is_kind(k)
}
