//! `code`: a compiled code object on the heap.  Wraps the frontend's
//! `CodeObject`, its constants converted to Python values, its names
//! interned, and the per-instruction inline caches and counters the
//! interpreter keeps (the JIT reads both: see docs/JIT.md).
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64};

use frontend::{CodeObject, Constant};
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::runtime::{Thread, g, types};
use crate::value::Value;

/// One inline-cache slot.  `tag` identifies what was cached (a type version,
/// a dict keys version); `a` and `b` hold the cached data.  A slot is written
/// as a whole by one thread; readers check the tag first.
#[derive(Clone, Copy, Default)]
pub struct CacheEntry {
    pub tag: u64,
    pub a: u64,
    pub b: Value,
    /// Type feedback: the type seen by this instruction (for the JIT).
    pub seen: u64,
}

pub struct Code {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub caches: PyCell<Box<[CacheEntry]>>,
    /// The number of positional arguments a call binds by copying them
    /// into the first slots (no keyword-only parameters, no `*args` or
    /// `**kwargs`, no cells or free variables); `u32::MAX` when binding needs
    /// `eval::bind_args_general`.  Computed once so that the call path
    /// compares one word.
    pub fast_argc: u32,
    /// Calls (function entries) counted for tier-up.
    pub call_count: AtomicU32,
    /// Loop back-edges counted for tier-up.
    pub backedge_count: AtomicU32,
    /// The replaceable entry point: 0 = interpret; otherwise a compiled
    /// tier's entry (installed by the JIT, see `eval::CompiledEntry`).
    pub jit_entry: AtomicU64,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
}

impl PyPayload for Code {
    const KIND: Kind = Kind::Code;
    fn trace(&self, t: &mut Tracer) {
        for v in self.consts.iter().chain(self.names.iter()) {
            t.mark(v.bits());
        }
        for c in self.caches.gc_peek().iter() {
            t.mark(c.b.bits());
        }
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
    let names: Vec<Value> = co.names.iter().map(|n| th.intern(n)).collect();
    let name = th.intern(&co.name);
    let qualname = th.new_str(&co.qualname);
    let _r = th.root(qualname);
    let filename = th.new_str(&co.filename);
    th.alloc(
        types().code,
        Code {
            consts: tv.to_vec().into_boxed_slice(),
            names: names.into_boxed_slice(),
            caches: PyCell::new(
                vec![CacheEntry::default(); co.ncaches as usize].into_boxed_slice(),
            ),
            fast_argc: fast_argc(&co),
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
    Ok(th.new_tuple(this(th, &a)?.names.to_vec()))
}
fn co_consts(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_tuple(this(th, &a)?.consts.to_vec()))
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
