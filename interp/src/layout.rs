//! Object layout: how Python objects sit in the `gc` heap.  This module and
//! `gc` are the only places with raw pointers; everything above them uses the
//! safe `Gc<T>` handle and `PyCell`.
//!
//! ```text
//!  Obj<T>                            Obj<Sub<T>>  (instance of a Python subclass of T)
//!  +--------------------+            +--------------------+
//!  | Header  meta, word |  16 bytes  | Header             |
//!  +--------------------+            +--------------------+
//!  | payload T          |            | payload T          |  same offset: a Gc<T> can point at it
//!  +--------------------+            +--------------------+
//!                                    | dict: Value        |  at Meta::flags (the dict offset)
//!                                    +--------------------+
//! ```
//!
//! `Header::meta` points at the `Meta` that starts every type object's payload,
//! so the Python type of an object is `meta - HEADER_SIZE`.  `Meta::kind` is
//! the `Kind` of the *layout* (a subclass of `list` has kind `List`), used for
//! fast downcasts; exact-type checks compare type pointers.
//!
//! Mutable state inside objects lives in `PyCell`s, each guarded by a
//! biased lock in its first word (below, and docs/THREADS.md); re-entrant
//! access from one thread is an interpreter bug, reported by a panic.
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering, fence};

pub mod shared;
pub use shared::{RacySlice, RacyView, SharedVec};

use gc::{HEADER_SIZE, Header, Meta, Tracer};

use crate::objects::type_::TypeObj;
use crate::value::Value;

/// Layout kinds.  The numbering is part of the layout contract the JIT reads.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object = 0,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    None,
    NotImplemented,
    Ellipsis,
    Type,
    Function,
    NativeFunction,
    BoundMethod,
    Code,
    Cell,
    Frame,
    Module,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    BaseException,
    Traceback,
    Iterator,
    DictView,
    Native,
}

/// A Rust type that is the payload of a Python object.  `Send + Sync`:
/// every thread may reach the object, and its destructor runs on whichever
/// thread collects (`gc::Meta::drop`).
pub trait PyPayload: Sized + Send + Sync + 'static {
    const KIND: Kind;
    /// Visits every reference the payload holds.
    fn trace(&self, t: &mut Tracer);
}

#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub payload: T,
}

/// Payload of an instance of a Python class derived from a built-in layout:
/// the base payload, then the instance dictionary.
#[repr(C)]
pub struct Sub<T> {
    pub base: T,
    pub dict: ValueCell,
}

/// A typed handle to a heap object whose layout starts with payload `T`.
pub struct Gc<T> {
    ptr: NonNull<Obj<T>>,
    _p: PhantomData<T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, o: &Self) -> bool {
        self.ptr == o.ptr
    }
}
impl<T> Eq for Gc<T> {}

// SAFETY: heap objects are shared between threads by design; their mutable
// state is behind PyCell (and, with free threading, the object lock).
unsafe impl<T> Send for Gc<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Gc<T> {}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a Gc<T> is only created for a live object whose layout starts
        // with a T (checked by `downcast` or produced by `alloc`), and the
        // rooting rule keeps reachable objects alive and in place.
        unsafe { &(*self.ptr.as_ptr()).payload }
    }
}

impl<T> Gc<T> {
    #[inline(always)]
    pub fn value(self) -> Value {
        Value::from_header(self.ptr.as_ptr() as *const Header)
    }

    #[inline(always)]
    pub fn header(self) -> &'static Header {
        // SAFETY: as in Deref: the object is live.
        unsafe { &(*self.ptr.as_ptr()).header }
    }

    /// The object's Python type.
    #[inline(always)]
    pub fn type_of(self) -> Gc<TypeObj> {
        type_of_header(self.header())
    }

    pub fn ptr_eq(a: Gc<T>, b: Gc<T>) -> bool {
        a.ptr == b.ptr
    }

    /// Reinterprets the handle; the caller checked the layout by kind.
    #[inline(always)]
    fn cast<U>(self) -> Gc<U> {
        Gc {
            ptr: self.ptr.cast(),
            _p: PhantomData,
        }
    }
}

#[inline(always)]
fn type_of_header(h: &Header) -> Gc<TypeObj> {
    let t = (h.meta as usize - HEADER_SIZE) as *mut Obj<TypeObj>;
    Gc {
        // SAFETY: every object's meta points at the Meta at payload offset 0 of
        // its live type object (types are kept alive by their instances' trace).
        ptr: unsafe { NonNull::new_unchecked(t) },
        _p: PhantomData,
    }
}

impl Value {
    /// The Meta of a heap object (null for small ints).
    #[inline(always)]
    fn meta(self) -> *const Meta {
        // SAFETY: is_ptr() values point at live object headers.
        unsafe { (*self.header()).meta }
    }

    /// Layout kind of a heap object; `Int` for small ints.
    #[inline(always)]
    pub fn kind(self) -> Kind {
        if self.is_small() {
            return Kind::Int;
        }
        // SAFETY: Meta::kind is always written from a `Kind` discriminant.
        unsafe { std::mem::transmute::<u32, Kind>((*self.meta()).kind) }
    }

    #[inline(always)]
    pub fn is_kind(self, k: Kind) -> bool {
        self.is_ptr() && self.kind() == k
    }

    /// Downcasts to a payload type by layout kind (subclass instances included).
    #[inline(always)]
    pub fn downcast<T: PyPayload>(self) -> Option<Gc<T>> {
        if self.is_ptr() && self.kind() == T::KIND {
            Some(self.as_gc_unchecked())
        } else {
            None
        }
    }

    /// A handle without a check; callers know the kind.
    #[inline(always)]
    pub fn as_gc_unchecked<T>(self) -> Gc<T> {
        debug_assert!(self.is_ptr());
        Gc {
            // SAFETY: is_ptr() values are non-null.
            ptr: unsafe { NonNull::new_unchecked(self.0 as *mut Obj<T>) },
            _p: PhantomData,
        }
    }

    /// The Python type of a heap object (callers handle small ints).
    #[inline(always)]
    pub fn heap_type(self) -> Gc<TypeObj> {
        // SAFETY: is_ptr() values point at live object headers.
        type_of_header(unsafe { &*self.header() })
    }

    /// The instance dict slot of a heap object whose layout has one.
    pub fn dict_slot(self) -> Option<&'static ValueCell> {
        if !self.is_ptr() {
            return None;
        }
        // SAFETY: live header; flags holds the dict offset written by make_meta.
        let off = unsafe { (*self.meta()).flags } as usize;
        if off == 0 {
            return None;
        }
        // SAFETY: the layout of this meta has a ValueCell at offset `off`.
        Some(unsafe { &*((self.0 as usize + off) as *const ValueCell) })
    }
}

// --- Metas ---

/// Trace function of `Obj<T>`: the type first, then the payload.
unsafe fn trace_obj<T: PyPayload>(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector calls this only on live objects of this meta's layout.
    let o = unsafe { &*(h as *const Obj<T>) };
    t.mark((o.header.meta as usize - HEADER_SIZE) as u64);
    o.payload.trace(t);
}

unsafe fn drop_obj<T>(h: *mut Header) {
    // SAFETY: called once by the sweeper on a dead object of this layout.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut Obj<T>)).payload) }
}

impl<T: PyPayload> PyPayload for Sub<T> {
    const KIND: Kind = T::KIND;
    fn trace(&self, t: &mut Tracer) {
        self.base.trace(t);
        t.mark(self.dict.gc_peek().0);
    }
}

/// The payload destructor of layout `T`, if it has one.
fn drop_fn<T>() -> Option<unsafe fn(*mut Header)> {
    if std::mem::needs_drop::<T>() {
        Some(drop_obj::<T>)
    } else {
        None
    }
}

/// The Meta for layout `T` (dict offset 0: no instance dict).
pub fn meta_for<T: PyPayload>() -> Meta {
    Meta {
        trace: trace_obj::<T>,
        drop: drop_fn::<T>(),
        kind: T::KIND as u32,
        flags: 0,
    }
}

/// The Meta for a Python subclass of layout `T` (with an instance dict).
pub fn sub_meta_for<T: PyPayload>() -> Meta {
    let off = HEADER_SIZE + std::mem::offset_of!(Sub<T>, dict);
    Meta {
        trace: trace_obj::<Sub<T>>,
        drop: drop_fn::<Sub<T>>(),
        kind: T::KIND as u32,
        flags: off as u32,
    }
}

/// The Meta for a layout `T` that has its own dict cell at `dict_off` bytes into the payload.
pub fn meta_with_dict<T: PyPayload>(dict_off: usize) -> Meta {
    Meta {
        trace: trace_obj::<T>,
        drop: drop_fn::<T>(),
        kind: T::KIND as u32,
        flags: (HEADER_SIZE + dict_off) as u32,
    }
}

// --- Allocation ---

/// Traces a payload that is being moved into a new object (see `gc::Pending`).
unsafe fn trace_pending<T: PyPayload>(p: *const u8, t: &mut Tracer) {
    // SAFETY: `p` is the address of a live `T` on the allocating caller's stack.
    unsafe { (*(p as *const T)).trace(t) }
}

/// Allocates an object of layout `T` and type `ty`.  The payload's
/// references stay roots while the allocation may collect.
#[inline(always)]
pub fn alloc<T: PyPayload>(m: &gc::Mutator, ty: Gc<TypeObj>, payload: T) -> Gc<T> {
    // A Python subclass of layout T (e.g. a metaclass instance, a property
    // subclass) has an instance dict after the payload: allocate Sub<T>.
    if ty.meta.flags as usize >= std::mem::size_of::<Obj<T>>() {
        return alloc_sub(m, ty, payload, Value::NULL);
    }
    alloc_exact(m, ty, payload)
}

/// Allocates an `Obj<T>` exactly (the type's instances have layout `T`).
#[inline(always)]
fn alloc_exact<T: PyPayload>(m: &gc::Mutator, ty: Gc<TypeObj>, payload: T) -> Gc<T> {
    let meta = &ty.meta as *const Meta;
    let pending: gc::Pending = (&payload as *const T as *const u8, trace_pending::<T>);
    let p = m.alloc(
        meta,
        std::mem::size_of::<Obj<T>>(),
        std::mem::needs_drop::<T>(),
        Some(pending),
    ) as *mut Obj<T>;
    // SAFETY: `p` is a fresh cell of at least size_of::<Obj<T>>() bytes with an
    // initialised header; we initialise the payload before anything else runs.
    unsafe {
        std::ptr::addr_of_mut!((*p).payload).write(payload);
        Gc {
            ptr: NonNull::new_unchecked(p),
            _p: PhantomData,
        }
    }
}

/// Allocates an instance of a Python subclass of layout `T`.
pub fn alloc_sub<T: PyPayload>(m: &gc::Mutator, ty: Gc<TypeObj>, payload: T, dict: Value) -> Gc<T> {
    let g = alloc_exact::<Sub<T>>(
        m,
        ty,
        Sub {
            base: payload,
            dict: ValueCell::new(dict),
        },
    );
    note_finalizer(ty, g.header());
    g.cast()
}

/// A new instance `h` of a Python class `ty` is registered for
/// finalization if the class defines `__del__`: plain instances
/// (`object::new_instance`), exceptions (`exceptions::new_exception`) and
/// instances of subclasses of built-in types (`alloc_sub`,
/// `alloc_inline_values`).
#[cold]
#[inline(never)]
pub fn note_finalizer(ty: Gc<TypeObj>, h: &gc::Header) {
    use crate::objects::type_::{attr, attr_flags};
    if let Some(th) = current_thread()
        && attr_flags(th, ty) & attr::HAS_DEL != 0
    {
        crate::runtime::g().heap.add_finalizer(h);
    }
}

/// Registers the heap object `v` for finalization outside an allocation
/// (a class gaining `__del__`: `type_::type_setattr`).
pub fn add_finalizer(v: Value) {
    assert!(!v.is_small(), "a small int has no header");
    // SAFETY: `v` is a heap object (not a small int), which the caller
    // keeps alive; the heap reads its header only during this call.
    crate::runtime::g()
        .heap
        .add_finalizer(unsafe { &*v.header() });
}

/// Marks an object as never collected (once: an object already permanent
/// is not listed again).
pub fn make_permanent<T>(g: Gc<T>) {
    let h = g.header();
    if !h.is_permanent() {
        crate::runtime::g().heap.add_permanent(h);
    }
}

// --- PyCell: object state behind a biased lock ---
//
// Every piece of mutable object state (a list's items, a dict's table, an
// instance's dict pointer, ...) lives in a `PyCell`, whose first word is
// the lock that guards it (docs/THREADS.md draws the states):
//
// ```text
//   63    62 ........ 32   31 ............ 0
//  +------+--------------+------------------+
//  | THIN | thread tag   | count            |   count: 0 free, 1.. readers,
//  +------+--------------+------------------+          WRITER = u32::MAX
// ```
//
// Cells created on a thread that runs no Python code start thin.
//
// - Biased (THIN clear, tag = owner): the cell was created by, and still
//   belongs to, the thread with that tag.  The owner borrows and releases
//   with plain loads and stores: no atomic read-modify-write, no fence.
// - In place (`PyCell::update`): for a short change that reaches no
//   safepoint, the owner of a biased, free cell does not write the word at
//   all (one load and compare against its tag).
// - Thin (THIN set): any thread borrows with one compare-and-swap; the tag
//   names the writer while one holds the cell (for re-entrancy checks).
// - Revocation: a thread that finds a cell biased to another thread asks
//   that thread, through a heap handshake, to turn the cell thin.  The owner
//   does it at its next safepoint, or the requester does it at once if the
//   owner is in a safe region (blocked) or has exited; no other thread
//   stops.  The owner never runs a borrow or release concurrently with its
//   own handshakes, so its plain stores cannot race with the revocation.
//   A borrow held across a safepoint stays counted in the thin word.
//
// The rules that keep this deadlock-free: a borrow is never held while
// Python code runs (re-entering the same cell is an interpreter bug and
// panics), and a thread waiting for a cell polls safepoints, so collections
// and handshakes proceed.

const LOCK_THIN: u64 = 1 << 63;
/// Biased: the owner's tag.  Thin: the write sequence, one more at every
/// exclusive release (optimistic readers compare it before and after).
const LOCK_TAG_MASK: u64 = 0x7fff_ffff << 32;
const LOCK_COUNT_MASK: u64 = 0xffff_ffff;
/// Biased: the count of a cell held for writing.
const LOCK_WRITER: u64 = 0xffff_ffff;
/// Thin: the low half of a cell held for writing is this flag and the
/// writer's tag (for re-entrancy checks); otherwise it counts readers.
const THIN_WRITER: u64 = 1 << 31;
const THIN_SEQ_ONE: u64 = 1 << 32;

thread_local! {
    /// The running thread's tag shifted into the lock word's tag field
    /// (`tag << 32`), or 0 on a thread that runs no Python code.
    static LOCK_BIAS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

thread_local! {
    /// The word a new cell starts with: `LOCK_BIAS` (biased to this
    /// thread), or thin while other threads keep revoking this thread's
    /// cells (`adapt_bias`), or on a thread that runs no Python code.
    static NEW_CELL: std::cell::Cell<u64> = const { std::cell::Cell::new(LOCK_THIN) };
    /// `adapt_bias`'s state: the collection count at which this thread's
    /// revocation count was last reset, and whether new cells are thin.
    static BIAS_EPOCH: std::cell::Cell<(u64, bool)> = const { std::cell::Cell::new((0, false)) };
}

/// Sets the calling OS thread's lock tag (1 ..= 2^31 - 1; 0 = none).
pub fn set_lock_tag(tag: u32) {
    debug_assert!(tag < 1 << 31);
    let bias = (tag as u64) << 32;
    LOCK_BIAS.with(|c| c.set(bias));
    NEW_CELL.with(|c| c.set(if tag == 0 { LOCK_THIN } else { bias }));
    BIAS_EPOCH.with(|c| c.set((0, false)));
}

/// Revocations of one thread's cells within one collection epoch after
/// which the thread creates its new cells thin (`adapt_bias`).
const REVOKE_LIMIT: u32 = 32;

/// Bulk revocation by thread, with collections as epochs: called by the
/// thread itself at its interpreter safepoints (`eval::poll_slow`, where it
/// also answers the handshakes that revoke its cells).  `revoked` counts
/// the revocations of its cells since the epoch began.  When other threads
/// revoke more than `REVOKE_LIMIT` of them within one epoch (objects this
/// thread makes are handed to others: a producer), the cells it creates
/// from then on start thin, so handing them over costs no handshake; after
/// the next collection its new cells are biased again and counting starts
/// over.  HotSpot made the same choice per class; a Taipan cell does not
/// know its object's type, and a thread that hands off one kind of object
/// usually hands off what goes with it (an instance and its attribute dict
/// and lists).
pub fn adapt_bias(revoked: &AtomicU32, epoch: u64) {
    let (since, thin) = BIAS_EPOCH.with(|c| c.get());
    if epoch != since {
        // A new epoch: biased again, counting from zero.
        revoked.store(0, Ordering::Relaxed);
        BIAS_EPOCH.with(|c| c.set((epoch, false)));
        if thin {
            NEW_CELL.with(|c| c.set(my_bias()));
        }
    } else if !thin && revoked.load(Ordering::Relaxed) > REVOKE_LIMIT && my_bias() != 0 {
        BIAS_EPOCH.with(|c| c.set((epoch, true)));
        NEW_CELL.with(|c| c.set(LOCK_THIN));
    }
}

thread_local! {
    /// The interpreter thread running on this OS thread (its address).
    static CURRENT_THREAD: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

pub fn set_current_thread(th: &crate::runtime::Thread) {
    CURRENT_THREAD.with(|c| c.set(th as *const crate::runtime::Thread as usize));
}

pub fn clear_current_thread() {
    CURRENT_THREAD.with(|c| c.set(0));
}

/// The interpreter thread of the calling OS thread, for code that has no
/// `th` at hand (a wait for a contended object lock).
pub fn current_thread() -> Option<&'static crate::runtime::Thread> {
    let p = CURRENT_THREAD.with(|c| c.get());
    // SAFETY: set by `Thread::attach` to the thread's boxed state, cleared
    // by `Thread::detach` before the box is freed; only the owning OS
    // thread reads it, and it does not outlive its own Thread.
    (p != 0).then(|| unsafe { &*(p as *const crate::runtime::Thread) })
}

#[inline(always)]
fn my_bias() -> u64 {
    LOCK_BIAS.with(|c| c.get())
}

/// Interior mutability for object state, guarded by a biased lock.
pub struct PyCell<T> {
    lock: AtomicU64,
    value: UnsafeCell<T>,
}

// SAFETY: access to `value` is granted by the lock word (shared for `Ref`,
// exclusive for `RefMut`), across threads as well (see above).
unsafe impl<T: Send> Sync for PyCell<T> {}

pub struct Ref<'a, T> {
    cell: &'a PyCell<T>,
}
pub struct RefMut<'a, T> {
    cell: &'a PyCell<T>,
}

impl<T> PyCell<T> {
    /// A cell biased to the calling thread (thin if it is not an
    /// interpreter thread).
    #[inline]
    pub fn new(v: T) -> PyCell<T> {
        PyCell {
            lock: AtomicU64::new(NEW_CELL.with(|c| c.get())),
            value: UnsafeCell::new(v),
        }
    }

    /// Shared access; waits while another thread writes.
    #[cfg(not(feature = "no-object-locks"))]
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        let w = self.lock.load(Ordering::Relaxed);
        // Biased to this thread (equal high halves) with room for a reader
        // (fewer than `THIN_WRITER - 1`, so that the count fits a thin word).
        if w ^ my_bias() < THIN_WRITER - 1 {
            self.lock.store(w + 1, Ordering::Relaxed);
        } else {
            lock_shared_slow(&self.lock);
        }
        Ref { cell: self }
    }

    /// Without object locks (the `no-object-locks` feature, only for
    /// measuring what the locks cost one thread): a borrow flag.
    #[cfg(feature = "no-object-locks")]
    #[inline]
    pub fn borrow(&self) -> Ref<'_, T> {
        let w = self.lock.load(Ordering::Relaxed);
        if w & LOCK_COUNT_MASK >= LOCK_WRITER - 1 {
            borrow_conflict();
        }
        self.lock.store(w + 1, Ordering::Relaxed);
        Ref { cell: self }
    }

    #[cfg(feature = "no-object-locks")]
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        let w = self.lock.load(Ordering::Relaxed);
        if w & LOCK_COUNT_MASK != 0 {
            borrow_conflict();
        }
        self.lock.store(w | LOCK_WRITER, Ordering::Relaxed);
        self.write_barrier();
        RefMut { cell: self }
    }

    /// Exclusive access; waits while another thread reads or writes.
    #[cfg(not(feature = "no-object-locks"))]
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        // Biased to this thread and free (an unregistered thread's bias, 0,
        // never matches: its cells are created thin).
        let me = my_bias();
        if self.lock.load(Ordering::Relaxed) == me {
            self.lock.store(me | LOCK_WRITER, Ordering::Relaxed);
        } else {
            lock_exclusive_slow(&self.lock);
        }
        self.write_barrier();
        RefMut { cell: self }
    }

    /// The write barrier (card marking, `gc::barrier`) for a store into this
    /// cell: taken with every exclusive borrow, again when it is released
    /// (a borrow may be held across an allocation whose collection cleans
    /// the card and makes the owner old), and with every `set`/`set_at`.
    #[inline(always)]
    fn write_barrier(&self) {
        gc::barrier::write_at(self as *const Self as usize);
    }

    /// Read access for the collector, ignoring the lock.
    ///
    /// The collector runs while every mutator is stopped inside an
    /// allocation or at a safepoint.  A borrow may be held across such a
    /// point (`list.items.borrow_mut().push(alloc())`), but no native
    /// container operation is ever in progress there, so the value is
    /// consistent.
    pub fn gc_peek(&self) -> &T {
        // SAFETY: see the doc comment; the collector only reads.
        unsafe { &*self.value.get() }
    }

    /// Replaces the value, returning the old one.
    pub fn replace(&self, v: T) -> T {
        std::mem::replace(&mut *self.borrow_mut(), v)
    }

    /// Whether the cell is still biased to the thread that created it (for
    /// tests and the lock micro-benchmarks).
    pub fn is_biased(&self) -> bool {
        self.lock.load(Ordering::Relaxed) & LOCK_THIN == 0
    }
}

impl<T> PyCell<T> {
    /// Whether the calling thread may read the value without marking a
    /// borrow: the cell is biased to it and not held for writing.  No
    /// other thread touches a biased cell before revoking the bias, which
    /// happens only at this thread's safepoints, and no safepoint (nor any
    /// other code) runs during a one-element copy.
    #[inline(always)]
    fn owner_may_read(&self) -> bool {
        self.lock.load(Ordering::Relaxed) ^ my_bias() < LOCK_WRITER
    }

    /// Likewise for a one-element store: biased to the caller and free.
    #[inline(always)]
    fn owner_may_write(&self) -> bool {
        self.lock.load(Ordering::Relaxed) == my_bias()
    }
}

impl<T> PyCell<T> {
    /// Runs `f` on the value with exclusive access: the owner's fast path
    /// for short native changes (`list.append`, `d[k] = v`).  The owner of
    /// a biased, free cell changes the value in place without writing the
    /// lock word at all (one load and compare against its tag, as `set`
    /// does); everyone else takes the lock (`borrow_mut`, out of line).
    ///
    /// `f` must run no Python code, reach no safepoint and allocate no
    /// heap object (the native allocator is fine: a `SharedVec` growing),
    /// and must not touch this cell again.  That is what makes the
    /// unmarked access sound: no other thread touches a biased cell before
    /// revoking its bias, and revocation runs only at the owner's
    /// safepoints (or while it is blocked in a safe region), none of which
    /// `f` reaches; no collection can run during `f` either, so one write
    /// barrier after it is enough.
    #[inline(always)]
    pub fn update<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // One call of `f` (so that it is inlined here): the lock, when the
        // fast path does not apply, is taken and released out of line.
        let guard = if self.owner_may_update() {
            None
        } else {
            Some(self.update_lock())
        };
        // SAFETY: either the cell is biased to this thread and not borrowed
        // (the word equals the bare tag, so no `Ref`/`RefMut` exists) and
        // no other thread accesses it while `f` runs (see above), or
        // `guard` holds it exclusively and is not used until `f` returns.
        let r = f(unsafe { &mut *self.value.get() });
        match guard {
            None => self.write_barrier(),
            Some(g) => update_unlock(g),
        }
        r
    }

    /// `update` for the owner only, for a change that stores no object
    /// reference (an iterator's position): `None`, without running `f`,
    /// when the cell is not biased to the caller and free (the caller then
    /// takes its locked path).  No write barrier.  The smallest inlined
    /// code, for the interpreter loop (`ForIter`).
    #[inline(always)]
    pub fn update_if_owner_no_refs<R>(&self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        if self.owner_may_update() {
            // SAFETY: as in `update` (the owner's case).
            Some(f(unsafe { &mut *self.value.get() }))
        } else {
            None
        }
    }

    /// The lock for `update` on a cell this thread does not own free of
    /// borrows (out of line: the owner's path is the one inlined).
    #[cold]
    #[inline(never)]
    fn update_lock(&self) -> RefMut<'_, T> {
        self.borrow_mut()
    }

    /// Whether `update` may change the value in place: with object locks,
    /// the cell is biased to the caller and free (`owner_may_write`);
    /// without them (the measuring build) it is not borrowed.
    #[cfg(not(feature = "no-object-locks"))]
    #[inline(always)]
    fn owner_may_update(&self) -> bool {
        self.owner_may_write()
    }

    #[cfg(feature = "no-object-locks")]
    #[inline(always)]
    fn owner_may_update(&self) -> bool {
        self.lock.load(Ordering::Relaxed) & LOCK_COUNT_MASK == 0
    }
}

impl<T: Copy> PyCell<T> {
    /// A copy of the value (the owner of a biased cell reads without
    /// marking a borrow; others take the lock).
    #[inline]
    pub fn get_copy(&self) -> T {
        if self.owner_may_read() {
            // SAFETY: see `owner_may_read`: no RefMut exists and no other
            // thread accesses the cell during the copy.
            unsafe { *self.value.get() }
        } else {
            *self.borrow()
        }
    }
    /// Overwrites the value (see `get_copy`).
    #[inline]
    pub fn set(&self, v: T) {
        if self.owner_may_write() {
            // SAFETY: see `owner_may_write`: no borrow exists and no other
            // thread accesses the cell during the store.
            unsafe { *self.value.get() = v }
            self.write_barrier();
        } else {
            *self.borrow_mut() = v;
        }
    }
}

impl<T: Copy> PyCell<Box<[T]>> {
    /// A copy of element `i` (`None` past the end); see `get_copy`.
    #[inline]
    pub fn get_at(&self, i: usize) -> Option<T> {
        if self.owner_may_read() {
            // SAFETY: as in `get_copy`.
            unsafe { (&*self.value.get()).get(i).copied() }
        } else {
            self.borrow().get(i).copied()
        }
    }
}

#[inline]
fn lock_is_thin(w: u64) -> bool {
    w & LOCK_THIN != 0
}

#[cfg_attr(feature = "no-object-locks", allow(dead_code))]
fn lock_shared_slow(lock: &AtomicU64) {
    lock_slow(lock, false)
}

#[cfg_attr(feature = "no-object-locks", allow(dead_code))]
fn lock_exclusive_slow(lock: &AtomicU64) {
    lock_slow(lock, true)
}

/// Takes a cell that the fast path could not: a thin word (compare-and-
/// swap), a word biased to another thread (revoke, then retry), or a busy
/// one (wait).  Re-entering a cell this thread holds is a bug (panic).
#[cfg_attr(feature = "no-object-locks", allow(dead_code))]
#[cold]
#[inline(never)]
fn lock_slow(lock: &AtomicU64, exclusive: bool) {
    let me = my_bias();
    let mut waited = 0u32;
    loop {
        let w = lock.load(Ordering::Acquire);
        let count = w & LOCK_COUNT_MASK;
        if lock_is_thin(w) {
            let new = if exclusive {
                (count == 0).then_some(w | THIN_WRITER | me >> 32)
            } else {
                (count < THIN_WRITER - 1).then_some(w + 1)
            };
            if let Some(new) = new {
                if lock
                    .compare_exchange_weak(w, new, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
                {
                    if exclusive {
                        // The writer flag is visible before any of the
                        // writer's stores to the value (optimistic readers
                        // that see a store also see the flag or a new
                        // sequence when they check).
                        fence(Ordering::Release);
                    }
                    return;
                }
                continue;
            }
            if count == THIN_WRITER | me >> 32 && me != 0 {
                borrow_conflict();
            }
        } else if w & LOCK_TAG_MASK == me {
            // Biased to this thread, which holds it (or its readers
            // overflowed): a re-entrant borrow.
            borrow_conflict();
        } else {
            revoke_bias(lock, w);
            continue;
        }
        lock_backoff(&mut waited);
    }
}

/// Releases a shared borrow.  A word that is not thin is biased to this
/// thread: the borrow was taken biased and not revoked since (thin words
/// never become biased again).
#[cfg(feature = "no-object-locks")]
#[inline]
fn unlock_shared(lock: &AtomicU64) {
    lock.store(lock.load(Ordering::Relaxed) - 1, Ordering::Relaxed);
}

#[cfg(feature = "no-object-locks")]
#[inline]
fn unlock_exclusive(lock: &AtomicU64) {
    lock.store(
        lock.load(Ordering::Relaxed) & !LOCK_COUNT_MASK,
        Ordering::Relaxed,
    );
}

#[cfg(not(feature = "no-object-locks"))]
#[inline]
fn unlock_shared(lock: &AtomicU64) {
    let w = lock.load(Ordering::Relaxed);
    if w & LOCK_THIN == 0 {
        lock.store(w - 1, Ordering::Relaxed);
    } else {
        lock.fetch_sub(1, Ordering::Release);
    }
}

/// Releases an exclusive borrow (see `unlock_shared`).
#[cfg(not(feature = "no-object-locks"))]
#[inline]
fn unlock_exclusive(lock: &AtomicU64) {
    let w = lock.load(Ordering::Relaxed);
    if w & LOCK_THIN == 0 {
        lock.store(w & !LOCK_COUNT_MASK, Ordering::Relaxed);
    } else {
        // Thin: only the writer changes the word while it holds it; the
        // release publishes a new sequence and no readers.
        lock.store(
            LOCK_THIN | (w + THIN_SEQ_ONE) & LOCK_TAG_MASK,
            Ordering::Release,
        );
    }
}

/// The thin word for biased word `w` (its borrows stay counted; a writer
/// stays named).  The sequence starts at 0: no optimistic reader has seen
/// the cell before, since a biased cell is never read that way.
fn lock_thin_of(w: u64) -> u64 {
    let count = w & LOCK_COUNT_MASK;
    if count == LOCK_WRITER {
        LOCK_THIN | THIN_WRITER | (w & LOCK_TAG_MASK) >> 32
    } else {
        LOCK_THIN | count
    }
}

/// Makes the cell whose word was `w` (biased to another thread) thin.
fn revoke_bias(lock: &AtomicU64, w: u64) {
    let owner = ((w & LOCK_TAG_MASK) >> 32) as u32;
    let addr = lock as *const AtomicU64 as usize;
    let op = move || {
        // SAFETY: `addr` is the lock word of a cell inside a heap object
        // that the requesting thread holds (a reference on its stack, which
        // the conservative scan keeps alive; objects never move), and the
        // requester waits until this operation has run.
        let lock = unsafe { &*(addr as *const AtomicU64) };
        let w = lock.load(Ordering::Relaxed);
        if w & LOCK_THIN == 0 && ((w & LOCK_TAG_MASK) >> 32) as u32 == owner {
            lock.store(lock_thin_of(w), Ordering::Release);
        }
    };
    if !crate::runtime::run_on_thread(owner, op) {
        // The owner has exited: no thread stores to the word with plain
        // stores any more, so a compare-and-swap decides.
        let _ = lock.compare_exchange(w, lock_thin_of(w), Ordering::AcqRel, Ordering::Relaxed);
    }
    crate::runtime::LOCK_STATS
        .revocations
        .fetch_add(1, Ordering::Relaxed);
}

/// Waits a little for a contended cell: spins, then yields, then sleeps,
/// polling safepoints so that collections and handshakes go on.  A cell is
/// never held while Python code runs, so a wait of minutes means a lock
/// cycle in the VM: that is reported (a panic) instead of hanging.
fn lock_backoff(waited: &mut u32) {
    *waited += 1;
    if *waited < 64 {
        std::hint::spin_loop();
        return;
    }
    crate::runtime::poll_for_lock_wait();
    if *waited < 256 {
        std::thread::yield_now();
    } else {
        std::thread::sleep(std::time::Duration::from_micros(50));
        if *waited > 256 + 20 * 60 * 120 {
            panic!("object lock wait exceeded two minutes (lock cycle in the VM)");
        }
    }
}

/// Releases the lock `PyCell::update` took out of line.
#[cold]
#[inline(never)]
fn update_unlock<T>(g: RefMut<'_, T>) {
    drop(g)
}

#[cold]
#[inline(never)]
fn borrow_conflict() -> ! {
    panic!("object state borrowed re-entrantly (interpreter bug)")
}

impl<T> std::ops::Deref for Ref<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the lock counts this shared borrow; no RefMut exists.
        unsafe { &*self.cell.value.get() }
    }
}
impl<T> Drop for Ref<'_, T> {
    #[inline]
    fn drop(&mut self) {
        unlock_shared(&self.cell.lock);
    }
}
impl<T> std::ops::Deref for RefMut<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the lock is held exclusively by this RefMut.
        unsafe { &*self.cell.value.get() }
    }
}
impl<T> std::ops::DerefMut for RefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the lock is held exclusively by this RefMut.
        unsafe { &mut *self.cell.value.get() }
    }
}
impl<T> Drop for RefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        // Again at release: see `PyCell::write_barrier`.
        self.cell.write_barrier();
        unlock_exclusive(&self.cell.lock);
    }
}

// --- ValueCell ---

/// One Value that threads read and write without a lock (an object's
/// `__dict__` pointer, read on every attribute access): acquire loads and
/// release stores, so a dict stored by one thread is seen initialised by
/// another.  Creating the value lazily is one compare-and-swap
/// (`get_or_init`), so two threads never install two different dicts.
pub struct ValueCell {
    bits: AtomicU64,
}

impl ValueCell {
    pub const fn new(v: Value) -> ValueCell {
        ValueCell {
            bits: AtomicU64::new(v.0),
        }
    }
    #[inline(always)]
    pub fn get_copy(&self) -> Value {
        Value(self.bits.load(Ordering::Acquire))
    }
    #[inline(always)]
    pub fn set(&self, v: Value) {
        self.bits.store(v.0, Ordering::Release);
        // Storing NULL or a small int never makes an old-to-young reference.
        if v.is_ptr() {
            gc::barrier::write_at(self as *const Self as usize);
        }
    }
    /// For the collector (the world is stopped).
    pub fn gc_peek(&self) -> Value {
        Value(self.bits.load(Ordering::Relaxed))
    }
    /// The value, or `init()` installed if it is NULL; when two threads
    /// race, both get the one installed first.
    pub fn get_or_init(&self, init: impl FnOnce() -> Value) -> Value {
        let v = self.get_copy();
        if !v.is_null() {
            return v;
        }
        let n = init();
        match self
            .bits
            .compare_exchange(0, n.0, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => {
                gc::barrier::write_at(self as *const Self as usize);
                n
            }
            Err(cur) => Value(cur),
        }
    }
}

// --- Frame slots ---

/// The values stored inline at the end of a variable-size heap object
/// (a frame's locals and value stack).
///
/// ```text
///  Obj<Frame>: | Header | ... Frame fields ... | SlotArray { len } | slot 0 | slot 1 | ... |
/// ```
///
/// A `SlotArray` must be the last field of a `#[repr(C)]` payload allocated
/// with `alloc_with_slots`, so the slots start right after it.  The thread
/// that executes the frame takes the slice exclusively while it runs it.
#[repr(C)]
pub struct SlotArray {
    len: usize,
}

// SAFETY: a frame is run by one thread at a time (generators refuse to be
// resumed while running), which is the exclusivity `slice_mut` relies on.
unsafe impl Sync for SlotArray {}
// SAFETY: as above.
unsafe impl Send for SlotArray {}

impl SlotArray {
    /// The header of `n` slots; the memory comes from `alloc_with_slots`.
    pub fn new(n: usize) -> SlotArray {
        SlotArray { len: n }
    }

    #[inline(always)]
    fn base(&self) -> *mut Value {
        (self as *const SlotArray as usize + std::mem::size_of::<SlotArray>()) as *mut Value
    }

    /// The first slot, for compiled code running the frame (`tier`).
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut Value {
        self.base()
    }

    /// The slots, for the thread that runs the frame.
    ///
    /// Sound because only the thread executing the frame calls it, once per
    /// activation, and the frame is marked running meanwhile.
    ///
    /// Stores through the slice have no barrier: this call marks the card
    /// of the object (so stores made before the next safepoint are seen),
    /// and while the frame runs it is on its thread's frame chain, which
    /// every collection scans in full (`runtime::trace_roots`).  A frame
    /// written after a safepoint while off the chain must be card-marked
    /// again (`write_barrier`; docs/GC.md, "where the barrier lives").
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub fn slice_mut(&self) -> &mut [Value] {
        gc::barrier::write_at(self as *const SlotArray as usize);
        // SAFETY: `alloc_with_slots` placed `len` initialised values right
        // after this header; one activation at a time holds the slice.
        unsafe { std::slice::from_raw_parts_mut(self.base(), self.len) }
    }

    /// The slots of a frame that is on its thread's frame chain, for the
    /// interpreter loop, without the write barrier: every collection scans
    /// the chain's frames in full (`runtime::trace_roots`).  The caller must
    /// keep using the view only while the frame stays on the chain.
    #[inline(always)]
    pub fn slots_on_chain(&self) -> FrameSlots {
        FrameSlots {
            ptr: self.base(),
            #[cfg(debug_assertions)]
            len: self.len,
        }
    }

    /// Sets every slot to NULL.  No write barrier: storing NULL never
    /// makes an old-to-young reference.
    pub fn fill_null(&self) {
        // SAFETY: as in `slice_mut` (the caller runs or owns the frame).
        unsafe { std::slice::from_raw_parts_mut(self.base(), self.len) }.fill(Value::NULL);
    }

    /// Read-only view for tracing and introspection (locals(), tracebacks).
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.len, "slot index out of range");
        // SAFETY: `i < len`; a word-sized read of an initialised slot; a racing
        // write from the running thread yields either the old or the new value.
        unsafe { std::ptr::read_volatile(self.base().add(i)) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn trace(&self, t: &mut Tracer) {
        for i in 0..self.len {
            t.mark(self.get(i).0);
        }
    }
}

/// Payloads whose last field is a `SlotArray`.
pub trait WithSlots: PyPayload {
    fn slots(&self) -> &SlotArray;
    /// Traces every field but the slots (a payload still on the stack,
    /// before its slots exist, is traced with this).
    fn trace_fields(&self, t: &mut Tracer);
}

unsafe fn trace_pending_fields<T: WithSlots>(p: *const u8, t: &mut Tracer) {
    // SAFETY: `p` is the address of a live `T` on the allocating caller's stack.
    unsafe { (*(p as *const T)).trace_fields(t) }
}

/// Allocates an object whose payload ends with a `SlotArray` of `n` slots,
/// all NULL.
pub fn alloc_with_slots<T: WithSlots>(
    m: &gc::Mutator,
    ty: Gc<TypeObj>,
    payload: T,
    n: usize,
) -> Gc<T> {
    debug_assert_eq!(payload.slots().len(), n, "slot count mismatch");
    debug_assert_eq!(
        std::mem::size_of::<Obj<T>>() % 8,
        0,
        "a slot-carrying object must end on a word boundary"
    );
    let meta = &ty.meta as *const Meta;
    let pending: gc::Pending = (&payload as *const T as *const u8, trace_pending_fields::<T>);
    let size = std::mem::size_of::<Obj<T>>() + n * std::mem::size_of::<Value>();
    let p = m.alloc(meta, size, std::mem::needs_drop::<T>(), Some(pending)) as *mut Obj<T>;
    // SAFETY: `p` is a fresh cell of `size` bytes: the payload goes first and
    // the `n` slots right after it (SlotArray is the payload's last field, so
    // `SlotArray::base` is the end of `Obj<T>`); all are initialised before
    // anything else runs.
    unsafe {
        std::ptr::addr_of_mut!((*p).payload).write(payload);
        let slots = (p as *mut u8).add(std::mem::size_of::<Obj<T>>()) as *mut Value;
        for i in 0..n {
            slots.add(i).write(Value::NULL);
        }
        Gc {
            ptr: NonNull::new_unchecked(p),
            _p: PhantomData,
        }
    }
}

// --- Inline value arrays (tuples) ---

/// The items of an immutable variable-size object (a tuple), stored inline
/// right after the header: no native buffer, so no destructor either, and
/// no length word in the payload.
///
/// ```text
///  Obj<Tuple>:       | meta | word: len << 1 | 0, GC bits | item 0 | item 1 | ... |
///  Obj<Sub<Tuple>>:  | meta | word: len << 1 | 1, GC bits | dict   | item 0 | ... |
/// ```
///
/// The length lives in the owner's bits of the header word
/// (`gc::Header::owner_bits`): a tuple has no lock (it is immutable, see
/// docs/THREADS.md), so the word's upper bits are free, and a 2-tuple is a
/// 32-byte cell instead of 40.  The low bit of the length says whether one
/// word (the instance dict of a Python subclass, `Sub<T>::dict`) lies
/// between the header and the items, so the dict keeps the fixed offset
/// `sub_meta_for` records in `Meta::flags` while the items follow it.
/// Reading the items is one load of the header word, a shift, a mask and
/// an add.  `InlineValues` itself is empty: a reference to it is the
/// address right after the header.
///
/// **No write barrier.**  The items are written only by
/// `alloc_inline_values`, right after the object is allocated and before
/// anything else runs: the object is young (allocated since the last
/// collection) and no safepoint lies between the allocation and the last
/// store, so no old-to-young reference can be missed (docs/GC.md, "the
/// barrier rule").  There is no way to write them afterwards: this type
/// hands out shared slices only, and it has no public constructor, so an
/// `InlineValues` exists only inside an object made by `alloc_inline_values`.
#[repr(C)]
pub struct InlineValues {
    /// Zero-sized, 8-aligned (the items that follow are words), and not
    /// constructible outside this module.
    _items: [u64; 0],
}

impl InlineValues {
    /// The length word: `len << 1 | sub`, from the object's header.
    #[inline(always)]
    fn word(&self) -> u64 {
        let header = (self as *const InlineValues as usize - HEADER_SIZE) as *const Header;
        // SAFETY: an `InlineValues` exists only as the payload of an object
        // made by `alloc_inline_values` (no public constructor), which
        // starts `HEADER_SIZE` bytes before it with the header that
        // function wrote; whoever holds `self` keeps the object alive.
        unsafe { (*header).owner_bits() }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        (self.word() >> 1) as usize
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items.
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        let w = self.word();
        let skip = (w & 1) as usize * std::mem::size_of::<Value>();
        let base = (self as *const InlineValues as usize + skip) as *const Value;
        // SAFETY: `alloc_inline_values` placed `len` initialised values at
        // `base` (after the header and, for a subclass instance, the dict),
        // inside the object, which is immutable after construction and kept
        // alive by whoever holds `self`.
        unsafe { std::slice::from_raw_parts(base, (w >> 1) as usize) }
    }

    pub fn trace(&self, t: &mut Tracer) {
        for v in self.as_slice() {
            t.mark(v.0);
        }
    }
}

/// Payloads that are exactly an `InlineValues` (a tuple): the items follow
/// the object inline.  Allocated only with `alloc_inline_values`.
pub trait InlineItems: PyPayload {
    /// The payload around its item header (a `#[repr(transparent)]` wrapper).
    fn from_inline(v: InlineValues) -> Self;
}

/// Traces the items an allocation is about to copy into its new object:
/// `p` is the address of a `&[Value]` on the allocating caller's stack.
unsafe fn trace_pending_values(p: *const u8, t: &mut Tracer) {
    // SAFETY: `p` points at a live `&[Value]` (see `alloc_inline_values`).
    let items = unsafe { *(p as *const &[Value]) };
    for v in items {
        t.mark(v.0);
    }
}

/// Allocates an object of layout `T` (or, when `ty` is a Python subclass,
/// `Sub<T>` with a NULL dict) of type `ty` whose items are a copy of `items`.
/// The object is one allocation of header + word (+ dict) + items: a small
/// cell up to `gc::MAX_SMALL` bytes, a large object beyond.  `items` stay
/// roots while the allocation may collect (they may live in a `Vec`).
#[inline]
pub fn alloc_inline_values<T: InlineItems>(
    m: &gc::Mutator,
    ty: Gc<TypeObj>,
    items: &[Value],
) -> Gc<T> {
    const {
        assert!(std::mem::size_of::<T>() == std::mem::size_of::<InlineValues>());
        assert!(!std::mem::needs_drop::<T>() && !std::mem::needs_drop::<Sub<T>>());
    }
    let word = std::mem::size_of::<Value>();
    // As in `alloc`: a Python subclass has its instance dict right after the
    // payload (at the offset `sub_meta_for::<T>` put in `flags`).
    let sub = ty.meta.flags as usize >= std::mem::size_of::<Obj<T>>();
    debug_assert!(
        !sub || ty.meta.flags as usize == std::mem::size_of::<Obj<T>>(),
        "the dict of an inline-items subclass must follow the item header"
    );
    let n = items.len();
    let size = std::mem::size_of::<Obj<T>>() + (sub as usize + n) * word;
    let meta = &ty.meta as *const Meta;
    let pending: gc::Pending = (&items as *const &[Value] as *const u8, trace_pending_values);
    let p = m.alloc(meta, size, false, Some(pending)) as *mut Obj<T>;
    // SAFETY: `p` is a fresh cell of `size` bytes with an initialised header,
    // not yet seen by any other thread: the length goes into the header
    // word, then the (empty) payload, the dict word if `sub`, then `n`
    // values, all written here before anything else runs (no safepoint, no
    // barrier needed: the object is young, see `InlineValues`).  `T` is
    // exactly an `InlineValues` (checked above), so `InlineValues::as_slice`
    // finds the items where they are written.
    unsafe {
        (*p).header.set_owner_bits(((n as u64) << 1) | sub as u64);
        let payload = std::ptr::addr_of_mut!((*p).payload);
        payload.write(T::from_inline(InlineValues { _items: [] }));
        let mut dst = (p as *mut u8).add(std::mem::size_of::<Obj<T>>()) as *mut Value;
        if sub {
            (dst as *mut ValueCell).write(ValueCell::new(Value::NULL));
            dst = dst.add(1);
        }
        std::ptr::copy_nonoverlapping(items.as_ptr(), dst, n);
        if sub {
            note_finalizer(ty, &(*p).header);
        }
        Gc {
            ptr: NonNull::new_unchecked(p),
            _p: PhantomData,
        }
    }
}

// --- Word-sized fields ---

/// A word-sized `Copy` field of a shared object (a counter, a flag, a link),
/// read and written with relaxed atomic loads and stores: plain `mov`s on
/// x86-64 and aarch64, and sound when several threads share the object.
pub struct AtomicCell<T: AtomicWord> {
    bits: std::sync::atomic::AtomicU64,
    _p: PhantomData<T>,
}

/// Types that round-trip through a u64.
pub trait AtomicWord: Copy {
    /// Whether the word may be a reference to a heap object: then stores
    /// take the write barrier.  Only `Value` is one; references never live
    /// in `AtomicCell<u64>` (or any other word type).
    const REF: bool = false;
    fn to_word(self) -> u64;
    fn from_word(w: u64) -> Self;
}

impl AtomicWord for u32 {
    fn to_word(self) -> u64 {
        self as u64
    }
    fn from_word(w: u64) -> Self {
        w as u32
    }
}
impl AtomicWord for u64 {
    fn to_word(self) -> u64 {
        self
    }
    fn from_word(w: u64) -> Self {
        w
    }
}
impl AtomicWord for bool {
    fn to_word(self) -> u64 {
        self as u64
    }
    fn from_word(w: u64) -> Self {
        w != 0
    }
}
impl AtomicWord for Value {
    const REF: bool = true;
    fn to_word(self) -> u64 {
        self.0
    }
    fn from_word(w: u64) -> Self {
        Value(w)
    }
}

impl<T: AtomicWord> AtomicCell<T> {
    pub fn new(v: T) -> Self {
        AtomicCell {
            bits: std::sync::atomic::AtomicU64::new(v.to_word()),
            _p: PhantomData,
        }
    }
    #[inline(always)]
    pub fn get(&self) -> T {
        T::from_word(self.bits.load(Ordering::Relaxed))
    }
    #[inline(always)]
    pub fn set(&self, v: T) {
        let w = v.to_word();
        self.bits.store(w, Ordering::Relaxed);
        // Storing NULL or a small int never makes an old-to-young reference.
        if T::REF && Value(w).is_ptr() {
            gc::barrier::write_at(self as *const Self as usize);
        }
    }
    /// A store without the write barrier, only for a field of a frame that
    /// every collection scans in full: one on its thread's frame chain (or
    /// linked into it before the next safepoint), or in its thread's frame
    /// cache (`FrameCache::trace`).
    #[inline(always)]
    pub fn set_scanned(&self, v: T) {
        self.bits.store(v.to_word(), Ordering::Relaxed);
    }

    /// Stores `new` if the value is `old` (acquire-release); whether it did.
    #[inline]
    pub fn compare_exchange(&self, old: T, new: T) -> bool {
        let ok = self
            .bits
            .compare_exchange(
                old.to_word(),
                new.to_word(),
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok();
        if T::REF && ok && Value(new.to_word()).is_ptr() {
            gc::barrier::write_at(self as *const Self as usize);
        }
        ok
    }
}

// --- Thread registry ---

/// The registered per-thread states, for the collector's root scan.
pub struct Registry<T: 'static> {
    items: std::sync::Mutex<Vec<usize>>,
    _p: PhantomData<fn() -> *const T>,
}

impl<T: 'static> Registry<T> {
    pub const fn new() -> Self {
        Registry {
            items: std::sync::Mutex::new(Vec::new()),
            _p: PhantomData,
        }
    }
    /// Registers a state; it must stay valid until `unregister`.
    pub fn register(&self, t: &T) {
        self.items.lock().unwrap().push(t as *const T as usize);
    }
    /// Visits every registered state.  Called by the collector while the
    /// owning threads are stopped, so their states are not being mutated.
    /// Removes a state registered before (its thread is ending).
    pub fn unregister(&self, t: &T) {
        let p = t as *const T as usize;
        self.items.lock().unwrap().retain(|&q| q != p);
    }
    pub fn for_each(&self, mut f: impl FnMut(&T)) {
        for &p in self.items.lock().unwrap().iter() {
            // SAFETY: a registered state stays valid until it is
            // unregistered (`Thread::detach` does so before freeing it).
            f(unsafe { &*(p as *const T) })
        }
    }
}

// --- Global pointers ---

/// A pointer published once at startup and read everywhere (the builtin
/// types and singletons).
pub struct Published<T> {
    p: std::sync::atomic::AtomicPtr<T>,
}

impl<T> Published<T> {
    pub const fn new() -> Self {
        Published {
            p: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    }
    pub fn publish(&self, v: &'static T) {
        self.p.store(v as *const T as *mut T, Ordering::Release);
    }
    #[inline(always)]
    pub fn get(&self) -> &'static T {
        let p = self.p.load(Ordering::Relaxed);
        debug_assert!(!p.is_null(), "runtime globals used before initialisation");
        // SAFETY: published once from a &'static before any reader runs
        // (runtime initialisation happens-before interpreter threads start).
        unsafe { &*p }
    }
    pub fn is_set(&self) -> bool {
        !self.p.load(Ordering::Relaxed).is_null()
    }
}

/// The payload of a live object with an unbounded lifetime.  Sound under the
/// rooting rule as long as the caller keeps the object reachable (holds the
/// `Value` or `Gc` in a local) while it uses the reference.
#[inline(always)]
pub fn payload_static<T>(g: Gc<T>) -> &'static T {
    // SAFETY: see the doc comment; objects never move and are freed only when unreachable.
    unsafe { &(*g.ptr.as_ptr()).payload }
}

/// Allocates an object with an explicit meta (bootstrap only).
pub fn alloc_raw<T: PyPayload>(m: &gc::Mutator, meta: *const Meta, payload: T) -> Gc<T> {
    let p = m.alloc(
        meta,
        std::mem::size_of::<Obj<T>>(),
        std::mem::needs_drop::<T>(),
        None,
    ) as *mut Obj<T>;
    // SAFETY: fresh cell large enough for Obj<T>; the payload is initialised here.
    unsafe {
        std::ptr::addr_of_mut!((*p).payload).write(payload);
        Gc {
            ptr: NonNull::new_unchecked(p),
            _p: PhantomData,
        }
    }
}

/// Sets an object's type (bootstrap and `__class__` assignment between
/// layout-compatible types).
pub fn set_type<T>(g: Gc<T>, ty: Gc<TypeObj>) {
    let meta = &ty.meta as *const Meta;
    // SAFETY: the object is live; the header's meta field is written by one
    // thread (bootstrap, or the owner under the object lock).
    unsafe { std::ptr::addr_of_mut!((*g.ptr.as_ptr()).header.meta).write(meta) }
    // The meta is a reference to the type object (traced by `trace_obj`).
    write_barrier(g);
}

/// Card-marks the object `g` for a store made without a barrier (frame
/// slots written while the frame was off its thread's chain; see
/// `SlotArray::slice_mut`).
#[inline(always)]
pub fn write_barrier<T>(g: Gc<T>) {
    gc::barrier::write(g.header());
}

impl<T: std::fmt::Display> std::fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_offsets() {
        assert_eq!(std::mem::offset_of!(Obj<u64>, payload), HEADER_SIZE);
        assert_eq!(std::mem::offset_of!(Sub<u64>, base), 0);
        assert_eq!(std::mem::size_of::<Value>(), 8);
    }

    #[test]
    fn inline_values_layout() {
        use crate::objects::tuple::Tuple;
        // `InlineValues::base` skips one word for a subclass instance: the
        // dict `sub_meta_for` places right after the payload.
        assert_eq!(
            std::mem::size_of::<Tuple>(),
            std::mem::size_of::<InlineValues>()
        );
        assert_eq!(std::mem::size_of::<InlineValues>(), 0);
        assert_eq!(std::mem::offset_of!(Obj<Tuple>, payload), HEADER_SIZE);
        assert_eq!(
            std::mem::offset_of!(Sub<Tuple>, dict),
            std::mem::size_of::<InlineValues>()
        );
        assert_eq!(
            sub_meta_for::<Tuple>().flags as usize,
            std::mem::size_of::<Obj<Tuple>>()
        );
        assert!(
            meta_for::<Tuple>().drop.is_none(),
            "tuples need no destructor"
        );
        assert!(sub_meta_for::<Tuple>().drop.is_none());
        // A 2-tuple is a 32-byte cell.
        assert_eq!(std::mem::size_of::<Obj<Tuple>>() + 2 * 8, 32);
    }
}

/// A code object's units, constants or names as the interpreter loop reads
/// them: indexed without bounds checks (one pointer, no length to keep in a
/// register).
///
/// Sound because the frontend verified the code (`frontend::compile::
/// compute_max_stack` and `check_operands`): every instruction reachable
/// from the entry lies inside the code, and so does the unit after every
/// reachable non-terminator; every jump target is inside the code; every
/// constant, name and inline-cache operand is inside its table.  The
/// interpreter only indexes units at reachable program counters (the entry,
/// fall-through, jump targets, exception handlers and the program counter a
/// suspended frame saved) and tables with operands of such instructions.
/// Debug builds check every index.
#[derive(Clone, Copy)]
pub struct Unchecked<T: 'static> {
    ptr: *const T,
    #[cfg(debug_assertions)]
    len: usize,
}

impl<T: 'static> Unchecked<T> {
    #[inline(always)]
    fn new(s: &'static [T]) -> Self {
        Unchecked {
            ptr: s.as_ptr(),
            #[cfg(debug_assertions)]
            len: s.len(),
        }
    }
}

impl<T: 'static> std::ops::Index<usize> for Unchecked<T> {
    type Output = T;
    #[inline(always)]
    fn index(&self, i: usize) -> &T {
        #[cfg(debug_assertions)]
        assert!(
            i < self.len,
            "unchecked index {i} out of range {}",
            self.len
        );
        // SAFETY: `i` is in range by the verified-code invariant above; the
        // tables are immutable boxed slices owned by the code object, which
        // the running frame keeps alive.
        unsafe { &*self.ptr.add(i) }
    }
}

/// The slots of the frame the interpreter loop runs (locals, cells, free
/// variables, then the value stack), indexed without a range check.
///
/// Sound by the verified-code invariant of `Unchecked`, and the frame's
/// size: `new_frame` gives a frame `nlocalsplus + max_stack + 1` slots, where
/// `frontend::compile::compute_max_stack` proved that no path of the code
/// holds more than `max_stack` values on the stack (every instruction's
/// `pops`/`pushes` from the one instruction table, exception handlers
/// included), and `check_operands` that every local operand is below
/// `nlocals`.  The interpreter's instructions move the stack pointer by
/// exactly the table's effects; debug builds check every index against the
/// frame's length, so a divergence fails the differential suite there.
/// Only the thread running the frame holds a `FrameSlots`, while the frame
/// is on its chain (`SlotArray::slots_on_chain`).
#[derive(Clone, Copy)]
pub struct FrameSlots {
    ptr: *mut Value,
    #[cfg(debug_assertions)]
    len: usize,
}

impl FrameSlots {
    #[inline(always)]
    fn check(&self, _end: usize) {
        #[cfg(debug_assertions)]
        assert!(
            _end <= self.len,
            "frame slot {_end} out of range {}",
            self.len
        );
    }

    /// Exchanges two slots.
    #[inline(always)]
    pub fn swap(&mut self, a: usize, b: usize) {
        let (x, y) = (self[a], self[b]);
        self[a] = y;
        self[b] = x;
    }
}

impl std::ops::Index<usize> for FrameSlots {
    type Output = Value;
    #[inline(always)]
    fn index(&self, i: usize) -> &Value {
        self.check(i + 1);
        // SAFETY: `i` is a slot of the frame (see the type's comment); the
        // frame, on the running thread's chain, is alive.
        unsafe { &*self.ptr.add(i) }
    }
}

impl std::ops::IndexMut<usize> for FrameSlots {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Value {
        self.check(i + 1);
        // SAFETY: as in `index`; only the running thread writes the slots.
        unsafe { &mut *self.ptr.add(i) }
    }
}

impl std::ops::Index<std::ops::Range<usize>> for FrameSlots {
    type Output = [Value];
    #[inline(always)]
    fn index(&self, r: std::ops::Range<usize>) -> &[Value] {
        assert!(r.start <= r.end);
        self.check(r.end);
        // SAFETY: as in `index`, for every slot of the range.
        unsafe { std::slice::from_raw_parts(self.ptr.add(r.start), r.end - r.start) }
    }
}

/// The verified tables of a code object, for the interpreter loop: code
/// units, constants and names (see `Unchecked`).
#[inline(always)]
pub fn code_tables(
    code: &'static crate::objects::code::Code,
) -> (Unchecked<u32>, Unchecked<Value>, Unchecked<Value>) {
    (
        Unchecked::new(&code.code.code),
        Unchecked::new(&code.consts),
        Unchecked::new(&code.names),
    )
}

/// The instruction at a reachable program counter: its opcode and argument,
/// decoded without a range check on the opcode byte (the dispatch `match`
/// then needs none either).
///
/// Sound because `frontend::compile::check_operands` verified that every
/// instruction unit of the code holds a valid opcode, `Opcode` is
/// `#[repr(u8)]` with the encodings as discriminants, and `pc` is a
/// reachable program counter (see `Unchecked`).
#[inline(always)]
pub fn fetch(units: Unchecked<u32>, pc: usize) -> (frontend::bytecode::Opcode, u32) {
    let (b, arg) = frontend::bytecode::decode(units[pc]);
    debug_assert!(frontend::bytecode::Opcode::from_u8(b).is_some());
    // SAFETY: see above: `b` is the discriminant of an `Opcode`.
    (
        unsafe { std::mem::transmute::<u8, frontend::bytecode::Opcode>(b) },
        arg,
    )
}
