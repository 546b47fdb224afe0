//! `code`: a compiled code object on the heap.  Wraps the frontend's
//! `CodeObject`, its constants converted to Python values, its names
//! interned, and the per-instruction inline caches and counters the
//! interpreter keeps (the JIT reads both: see docs/JIT.md).
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use frontend::{CodeObject, Constant};
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::runtime::{Thread, g, types};
use crate::value::Value;

/// One inline-cache entry.  `tag` identifies what was cached (a type, a
/// dict keys version); `a` and `b` hold the cached data.
#[derive(Clone, Copy, Default)]
pub struct CacheEntry {
    pub tag: u64,
    pub a: u64,
    pub b: Value,
    /// Type feedback: the type seen by this instruction (for the JIT).
    pub seen: u64,
}

/// A bit of `CacheEntry::a`: `b` is a copy of a value that another object
/// holds for as long as the entry can hit (LOAD_GLOBAL's cached value of a
/// global, valid while its namespace's `values_version` is unchanged, and
/// so while the namespace holds it), so the collector does not follow
/// `b`: a stale entry (the global rebound or deleted since, the
/// instruction not run again) must not keep the old value alive.
pub const B_UNTRACED: u64 = 1 << 62;

/// The inline caches of one code object, shared by every thread that runs
/// it.  Each slot is a seqlock: a writer makes `seq` odd (one
/// compare-and-swap; a writer that finds another at work skips its update:
/// a cache may always miss), stores the words, then makes `seq` even again;
/// a reader copies the words between two reads of an equal, even `seq`, so
/// it never sees half of one entry and half of another.  Readers write
/// nothing, so threads running the same code share the cache lines.
pub struct Caches {
    slots: Box<[CacheSlot]>,
}

#[repr(C)]
#[derive(Default)]
struct CacheSlot {
    seq: AtomicU64,
    tag: AtomicU64,
    a: AtomicU64,
    b: AtomicU64,
    seen: AtomicU64,
}

impl Caches {
    pub fn new(n: usize) -> Caches {
        Caches {
            slots: (0..n).map(|_| CacheSlot::default()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Entry `i`, or None while a writer is changing it (read as a miss).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<CacheEntry> {
        let s = &self.slots[i];
        let q = s.seq.load(Ordering::Acquire);
        let e = CacheEntry {
            tag: s.tag.load(Ordering::Relaxed),
            a: s.a.load(Ordering::Relaxed),
            b: Value::from_bits(s.b.load(Ordering::Relaxed)),
            seen: s.seen.load(Ordering::Relaxed),
        };
        std::sync::atomic::fence(Ordering::Acquire);
        (q & 1 == 0 && s.seq.load(Ordering::Relaxed) == q).then_some(e)
    }

    /// Entry `i` if its `tag` and `seen` words are the given ones (the
    /// polymorphic caches' probe: a way with another tag costs two loads).
    #[inline(always)]
    pub fn get_matching(&self, i: usize, tag: u64, seen: u64) -> Option<CacheEntry> {
        let s = &self.slots[i];
        let q = s.seq.load(Ordering::Acquire);
        if s.tag.load(Ordering::Relaxed) != tag || s.seen.load(Ordering::Relaxed) != seen {
            return None;
        }
        let e = CacheEntry {
            tag,
            a: s.a.load(Ordering::Relaxed),
            b: Value::from_bits(s.b.load(Ordering::Relaxed)),
            seen,
        };
        std::sync::atomic::fence(Ordering::Acquire);
        (q & 1 == 0 && s.seq.load(Ordering::Relaxed) == q).then_some(e)
    }

    /// Entry `i` when it is not being written, else an empty entry.
    #[inline(always)]
    pub fn get_or_empty(&self, i: usize) -> CacheEntry {
        self.get(i).unwrap_or_default()
    }

    /// Replaces entry `i`, unless another thread is writing it.
    pub fn set(&self, i: usize, e: CacheEntry) {
        self.update(i, |c| *c = e);
    }

    /// Changes entry `i` with `f`, unless another thread is writing it.
    ///
    /// The entries live in native memory owned by the code object; `b` may
    /// be a reference, so the write barrier marks the card of `self` (a
    /// field of the code object).
    pub fn update(&self, i: usize, f: impl FnOnce(&mut CacheEntry)) {
        gc::barrier::write_at(self as *const Caches as usize);
        let s = &self.slots[i];
        let q = s.seq.load(Ordering::Relaxed);
        if q & 1 != 0
            || s.seq
                .compare_exchange(q, q + 1, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let mut e = CacheEntry {
            tag: s.tag.load(Ordering::Relaxed),
            a: s.a.load(Ordering::Relaxed),
            b: Value::from_bits(s.b.load(Ordering::Relaxed)),
            seen: s.seen.load(Ordering::Relaxed),
        };
        f(&mut e);
        // The release fence orders the odd `seq` before the data stores
        // for readers that see a new word and then re-read `seq`.
        std::sync::atomic::fence(Ordering::Release);
        s.tag.store(e.tag, Ordering::Relaxed);
        s.a.store(e.a, Ordering::Relaxed);
        s.b.store(e.b.bits(), Ordering::Relaxed);
        s.seen.store(e.seen, Ordering::Relaxed);
        s.seq.store(q + 2, Ordering::Release);
    }

    /// The `b` words, for the collector (not those flagged `B_UNTRACED`).
    /// The world is stopped: no entry is being written.
    pub fn trace(&self, t: &mut Tracer) {
        for s in self.slots.iter() {
            if s.a.load(Ordering::Relaxed) & B_UNTRACED == 0 {
                t.mark(s.b.load(Ordering::Relaxed));
            }
        }
    }
}

pub struct Code {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub caches: Caches,
    /// The number of positional arguments a call binds by copying them
    /// into the first slots (no keyword-only parameters, no `*args` or
    /// `**kwargs`, no cells or free variables); `u32::MAX` when binding needs
    /// `eval::bind_args_general`.  Computed once so that the call path
    /// compares one word.
    pub fast_argc: u32,
    /// `CodeObject::nlocalsplus`: the first value-stack slot of a frame
    /// (read at every frame reset).
    pub nlocalsplus: u32,
    /// Calls (function entries) counted for tier-up.
    pub call_count: AtomicU32,
    /// Loop back-edges counted for tier-up.
    pub backedge_count: AtomicU32,
    /// The replaceable entry point: 0 = interpret (not compiled yet), 1 =
    /// declined by the compiled tier or being compiled, otherwise the
    /// compiled entry (`tier::CompiledEntry`, installed by `tier::entry`).
    pub jit_entry: AtomicU64,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
}

/// Where the tier-up counters stop.  Past it a code object is hot for good;
/// stopping keeps threads that run the same code from writing one shared
/// cache line at every call and loop iteration.
pub const COUNT_LIMIT: u32 = 1 << 14;

impl Code {
    /// Counts a call (a plain, possibly lost, update: these are hints).
    #[inline(always)]
    pub fn count_call(&self) {
        let c = self.call_count.load(Ordering::Relaxed);
        if c < COUNT_LIMIT {
            self.call_count.store(c + 1, Ordering::Relaxed);
        }
    }

    /// Counts a loop back-edge, as `count_call`.
    #[inline(always)]
    pub fn count_backedge(&self) {
        let c = self.backedge_count.load(Ordering::Relaxed);
        if c < COUNT_LIMIT {
            self.backedge_count.store(c + 1, Ordering::Relaxed);
        }
    }
}

impl PyPayload for Code {
    const KIND: Kind = Kind::Code;
    fn trace(&self, t: &mut Tracer) {
        for v in self.consts.iter().chain(self.names.iter()) {
            t.mark(v.bits());
        }
        self.caches.trace(t);
        t.mark(self.name.bits());
        t.mark(self.qualname.bits());
        t.mark(self.filename.bits());
    }
}

pub fn const_value(th: &Thread, c: &Constant) -> Value {
    match c {
        Constant::None => g().none,
        Constant::True => g().true_,
        Constant::False => g().false_,
        Constant::Ellipsis => g().ellipsis,
        Constant::Int(i) => th.new_int(*i),
        Constant::BigInt(b) => th.new_bigint(b.clone()),
        Constant::Float(f) => th.new_float(*f),
        Constant::Complex { re, im } => crate::objects::complex::new_complex(th, *re, *im),
        Constant::Str(s) => {
            if s.len() < 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                th.intern(s)
            } else {
                th.new_str(s)
            }
        }
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(th, b.clone()),
        Constant::Tuple(items) => {
            let tv = crate::runtime::TempVec::new(th);
            for i in items {
                tv.push(const_value(th, i));
            }
            th.new_tuple(tv.to_vec())
        }
        Constant::Code(co) => new_code(th, co.clone()).value(),
    }
}

/// `Code::fast_argc` of `co`.
fn fast_argc(co: &CodeObject) -> u32 {
    use frontend::code::code_flags::{VARARGS, VARKEYWORDS};
    if co.kwonlyargcount == 0
        && co.flags & (VARARGS | VARKEYWORDS) == 0
        && co.cellvars.is_empty()
        && co.freevars.is_empty()
    {
        co.argcount
    } else {
        u32::MAX
    }
}

pub fn new_code(th: &Thread, co: Arc<CodeObject>) -> Gc<Code> {
    let tv = crate::runtime::TempVec::new(th);
    for c in &co.consts {
        tv.push(const_value(th, c));
    }
    // Interned names live only as long as something refers to them (the
    // table is weak): rooted until the code object holds them.
    let names = crate::runtime::TempVec::new(th);
    for n in &co.names {
        names.push(th.intern(n));
    }
    // The interpreter indexes these tables with operands the frontend
    // checked against the CodeObject's (`layout::Unchecked`).
    assert!(tv.len() == co.consts.len() && names.len() == co.names.len());
    let name = th.intern(&co.name);
    let qualname = th.new_str(&co.qualname);
    let _r = th.root(qualname);
    let filename = th.new_str(&co.filename);
    th.alloc(
        types().code,
        Code {
            consts: tv.to_vec().into_boxed_slice(),
            names: names.to_vec().into_boxed_slice(),
            caches: Caches::new(co.ncaches as usize),
            fast_argc: fast_argc(&co),
            nlocalsplus: co.nlocalsplus() as u32,
            call_count: AtomicU32::new(0),
            backedge_count: AtomicU32::new(0),
            jit_entry: AtomicU64::new(0),
            name,
            qualname,
            filename,
            code: co,
        },
    )
}

// --- Attributes of code objects ---

use crate::runtime::{Args, PyResult};

fn this(th: &Thread, a: &Args) -> PyResult<Gc<Code>> {
    a.pos
        .first()
        .and_then(|v| v.downcast::<Code>())
        .ok_or_else(|| th.type_error("descriptor requires a 'code' object".into()))
}

fn str_tuple(th: &Thread, names: &[String]) -> Value {
    let tv = crate::runtime::TempVec::new(th);
    for n in names {
        tv.push(th.intern(n));
    }
    th.new_tuple(tv.to_vec())
}

fn co_varnames(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(str_tuple(th, &this(th, &a)?.code.varnames))
}
fn co_cellvars(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(str_tuple(th, &this(th, &a)?.code.cellvars))
}
fn co_freevars(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(str_tuple(th, &this(th, &a)?.code.freevars))
}
fn co_names(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_tuple_from(&this(th, &a)?.names))
}
fn co_consts(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_tuple_from(&this(th, &a)?.consts))
}
fn co_argcount(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.argcount as i64))
}
fn co_posonlyargcount(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.posonlyargcount as i64))
}
fn co_kwonlyargcount(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.kwonlyargcount as i64))
}
fn co_nlocals(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.varnames.len() as i64))
}
fn co_stacksize(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.max_stack as i64))
}
fn co_firstlineno(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.code.firstlineno as i64))
}
fn co_name(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.name)
}
fn co_qualname(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.qualname)
}
fn co_filename(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.filename)
}

/// `co_flags` with CPython's bit values (function bodies also have
/// CO_NEWLOCALS; the interpreter-private bits are masked out).
fn co_flags(th: &Thread, a: Args) -> PyResult<Value> {
    use frontend::code::code_flags as f;
    let c = this(th, &a)?;
    let fl = c.code.flags;
    let mut out = fl
        & (f::OPTIMIZED
            | f::VARARGS
            | f::VARKEYWORDS
            | f::NESTED
            | f::GENERATOR
            | f::COROUTINE
            | f::ITERABLE_COROUTINE
            | f::ASYNC_GENERATOR);
    if fl & f::OPTIMIZED != 0 {
        out |= f::NEWLOCALS;
    }
    Ok(th.new_int(out as i64))
}

/// Installs the computed attributes of `code`.
pub fn install(th: &Thread) {
    use crate::objects::function::{Binding, NativeFn};
    let defs: &[(&'static str, NativeFn)] = &[
        ("co_varnames", co_varnames),
        ("co_cellvars", co_cellvars),
        ("co_freevars", co_freevars),
        ("co_names", co_names),
        ("co_consts", co_consts),
        ("co_argcount", co_argcount),
        ("co_posonlyargcount", co_posonlyargcount),
        ("co_kwonlyargcount", co_kwonlyargcount),
        ("co_nlocals", co_nlocals),
        ("co_stacksize", co_stacksize),
        ("co_firstlineno", co_firstlineno),
        ("co_name", co_name),
        ("co_qualname", co_qualname),
        ("co_filename", co_filename),
        ("co_flags", co_flags),
    ];
    for (name, f) in defs {
        crate::objects::add_fn(th, types().code, "code", name, *f, Binding::Getter);
    }
}
