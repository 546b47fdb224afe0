//! The interface a compiled tier plugs into, and the runtime functions its
//! code calls (docs/JIT.md).
//!
//! A compiler (`jit` crate) registers itself with `install`.  A code object
//! whose calls reach the threshold is offered to it once; the entry it
//! returns goes into `Code::jit_entry`, and every later call of the code
//! (from the interpreter loop, from `call_function`, from compiled code) runs
//! it instead of interpreting.
//!
//! Compiled code runs on the same heap frame the interpreter would use:
//! locals stay in the frame's slots, so tracebacks, `sys._getframe` and
//! `locals()` see them.  The value stack lives in machine registers and the
//! native stack (scanned conservatively, docs/GC.md).  When a runtime
//! function fails, the compiled code stores its value stack into the
//! frame's slots, sets `pc` (the instruction after the failing one), `sp`
//! and `lasti`, and returns 0; the raised exception waits in
//! `Thread::jit_exc`, and the interpreter goes on from there as if the
//! instruction had raised in `eval::run` (traceback entry, exception table,
//! the rest of the activation interpreted).
//!
//! Runtime functions return a `Value` (NULL on error) or a `u32` status
//! (`OK` or `ERR`); they set `lasti`-dependent state only through their
//! arguments.  They are `extern "C"` so that compiled code calls them with
//! the platform's calling convention.
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use frontend::bytecode::{BinOp, CmpOp};

use crate::layout::{Gc, payload_static};
use crate::objects::code::Code;
use crate::objects::frame::Frame;
use crate::objects::list::List;
use crate::objects::tuple::Tuple;
use crate::objects::type_::type_of;
use crate::ops;
use crate::runtime::{Exc, Thread, g, types};
use crate::value::Value;

/// A compiled entry installed in `Code::jit_entry`: runs the frame from its
/// first instruction; returns the returned value's bits, or 0 when the
/// interpreter must go on (see the module comment).
pub type CompiledEntry = unsafe extern "C" fn(
    th: *const Thread,
    frame: *const Frame,
    slots: *mut Value,
    poll: *const AtomicU32,
) -> u64;

/// A compiled tier.
pub trait Compiler: Send + Sync {
    /// Compiles `code`, or declines (an instruction it does not handle).
    fn compile(&self, code: &'static Code) -> Option<CompiledEntry>;
}

static COMPILER: OnceLock<Box<dyn Compiler>> = OnceLock::new();
/// Calls of a code object before it is compiled.
static THRESHOLD: AtomicU32 = AtomicU32::new(u32::MAX);

/// `Code::jit_entry` of a code object the compiler declined or is compiling.
const DECLINED: u64 = 1;

/// Registers the compiled tier: code objects called `threshold` times are
/// compiled (0: at their first call).  Only the first call has an effect.
pub fn install(c: Box<dyn Compiler>, threshold: u32) {
    if COMPILER.set(c).is_ok() {
        THRESHOLD.store(
            threshold.min(crate::objects::code::COUNT_LIMIT),
            Ordering::Relaxed,
        );
    }
}

/// Whether a compiled tier is installed.
pub fn enabled() -> bool {
    COMPILER.get().is_some()
}

/// The compiled entry of `code`, compiling it first when it just became
/// hot.  Called after `Code::count_call`.
#[inline(always)]
pub(crate) fn entry(code: &'static Code) -> Option<CompiledEntry> {
    // Acquire: pairs with the Release store in `compile`, so the compiled
    // bytes (written by another thread) are visible before they are run.
    let e = code.jit_entry.load(Ordering::Acquire);
    if e > DECLINED {
        // SAFETY: values above DECLINED are only ever stored by `compile`,
        // from a `CompiledEntry`.
        return Some(unsafe { std::mem::transmute::<u64, CompiledEntry>(e) });
    }
    if e == 0 && code.call_count.load(Ordering::Relaxed) >= THRESHOLD.load(Ordering::Relaxed) {
        return compile(code);
    }
    None
}

#[cold]
#[inline(never)]
fn compile(code: &'static Code) -> Option<CompiledEntry> {
    use frontend::code::code_flags as cf;
    let c = COMPILER.get()?;
    // One thread compiles; the others interpret meanwhile.
    if code
        .jit_entry
        .compare_exchange(0, DECLINED, Ordering::Relaxed, Ordering::Relaxed)
        .is_err()
    {
        return None;
    }
    let co = &code.code;
    let resumable = co.is_resumable();
    if resumable || co.flags & cf::OPTIMIZED == 0 {
        return None;
    }
    let e = c.compile(code)?;
    code.jit_entry.store(e as usize as u64, Ordering::Release);
    Some(e)
}

/// Runs `frame`, linked on the thread's chain with its arguments bound, in
/// compiled code.  `Err` carries the exception to raise at the frame's
/// `pc - 1` when the interpreter must take over (`None`: nothing raised).
#[inline]
pub(crate) fn run_compiled(
    th: &Thread,
    frame: Gc<Frame>,
    e: CompiledEntry,
) -> Result<Value, Option<Exc>> {
    let fr = payload_static(frame);
    // SAFETY: `e` came from the installed compiler for this frame's code;
    // the frame is linked and bound, so its slots and the poll word are
    // valid for the whole run, and only this thread touches them.
    let r = unsafe { e(th, fr, fr.slots.as_ptr(), th.mutator.poll_addr()) };
    if r != 0 {
        return Ok(Value::from_bits(r));
    }
    let x = th.jit_exc.replace(Value::NULL);
    Err((!x.is_null()).then_some(Exc(x)))
}

// --- Frame layout for compiled code ---

/// Byte offsets in a `Frame` payload of the fields compiled code stores
/// when it hands the frame back to the interpreter.  `pc`, `sp` and
/// `lasti` are 64-bit words (`AtomicCell<u32>` stores a u64).
pub const FRAME_PC: i32 = std::mem::offset_of!(Frame, pc) as i32;
pub const FRAME_SP: i32 = std::mem::offset_of!(Frame, sp) as i32;
pub const FRAME_LASTI: i32 = std::mem::offset_of!(Frame, lasti) as i32;

/// What `rt_for_iter` returns when the iterator is exhausted: a word that
/// is neither a small int (bit 0 clear) nor a heap address (not 8-aligned).
pub const EXHAUSTED: u64 = 2;
/// Status returned by the runtime functions that return no value.
pub const OK: u32 = 1;
pub const ERR: u32 = 0;

/// The preallocated objects compiled code compares with (their addresses
/// never change).
pub fn constants() -> (u64, u64, u64) {
    let gl = g();
    (gl.none.bits(), gl.true_.bits(), gl.false_.bits())
}

// --- Runtime functions ---

#[inline]
fn raise(th: &Thread, e: Exc) -> Value {
    th.jit_exc.set(e.0);
    Value::NULL
}

#[inline]
fn value(th: &Thread, r: crate::runtime::PyResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(e) => raise(th, e),
    }
}

#[inline]
fn status(th: &Thread, r: crate::runtime::PyResult<()>) -> u32 {
    match r {
        Ok(()) => OK,
        Err(e) => {
            raise(th, e);
            ERR
        }
    }
}

/// The values `p[0..n]`.
///
/// # Safety
/// `p` points at `n` initialized slots of the running frame.
unsafe fn values<'a>(p: *const Value, n: u32) -> &'a [Value] {
    // SAFETY: the caller's contract.
    unsafe { std::slice::from_raw_parts(p, n as usize) }
}

/// `Call n` (`method` 0) or `CallMethod n` (`method` 1) on the `n + 1 +
/// method` values at `base` (see `bytecode`'s calling convention).
///
/// # Safety
/// `base` points at those values, in the running frame's slots.
pub unsafe extern "C" fn rt_call(th: &Thread, base: *const Value, n: u32, method: u32) -> Value {
    // SAFETY: the caller's contract.
    let all = unsafe { values(base, n + 1 + method) };
    let (f, args) = if method == 0 {
        (all[0], &all[1..])
    } else if all[0].is_null() {
        (all[1], &all[2..])
    } else {
        (all[0], &all[1..])
    };
    value(th, crate::eval::call_from_compiled(th, f, args))
}

pub extern "C" fn rt_load_global(th: &Thread, frame: &Frame, slot: u32, name: u32) -> Value {
    let code = payload_static(frame.code);
    let r = crate::eval::load_global(
        th,
        code,
        slot as usize,
        frame.globals,
        frame.builtins,
        code.names[name as usize],
    );
    value(th, r)
}

pub extern "C" fn rt_load_attr(
    th: &Thread,
    frame: &Frame,
    slot: u32,
    name: u32,
    o: Value,
) -> Value {
    let code = payload_static(frame.code);
    let r = crate::eval::load_attr(th, code, slot as usize, o, code.names[name as usize]);
    value(th, r)
}

pub extern "C" fn rt_store_attr(
    th: &Thread,
    frame: &Frame,
    slot: u32,
    name: u32,
    o: Value,
    v: Value,
) -> u32 {
    let code = payload_static(frame.code);
    let r = crate::eval::store_attr(th, code, slot as usize, o, code.names[name as usize], v);
    status(th, r)
}

/// `LoadMethod`: writes the two values it pushes to `out[0..2]`.
///
/// # Safety
/// `out` points at two slots of the running frame.
pub unsafe extern "C" fn rt_load_method(
    th: &Thread,
    frame: &Frame,
    slot: u32,
    name: u32,
    o: Value,
    out: *mut Value,
) -> u32 {
    let code = payload_static(frame.code);
    let name = code.names[name as usize];
    let pair = match crate::eval::load_method_cached(th, code, slot as usize, o, name) {
        Ok(Some(f)) => (f, o),
        Ok(None) => match ops::getattr(th, o, name) {
            Ok(v) => (Value::NULL, v),
            Err(e) => return status(th, Err(e)),
        },
        Err(e) => return status(th, Err(e)),
    };
    // SAFETY: the caller's contract.
    unsafe {
        out.write(pair.0);
        out.add(1).write(pair.1);
    }
    OK
}

pub extern "C" fn rt_binary_op(th: &Thread, a: Value, b: Value, arg: u32) -> Value {
    let inplace = arg & BinOp::INPLACE != 0;
    let op = BinOp::from_u32(arg & !BinOp::INPLACE).unwrap_or(BinOp::Add);
    value(th, ops::binary_op(th, op, a, b, inplace))
}

pub extern "C" fn rt_compare(th: &Thread, a: Value, b: Value, arg: u32) -> Value {
    let op = CmpOp::from_u32(arg).unwrap_or(CmpOp::Eq);
    value(th, ops::compare(th, a, b, op))
}

/// `bool(v)`: 0 or 1, or 2 when it raised.
pub extern "C" fn rt_truthy(th: &Thread, v: Value) -> u32 {
    match ops::truthy(th, v) {
        Ok(b) => b as u32,
        Err(e) => {
            raise(th, e);
            2
        }
    }
}

/// `ContainsOp`: `a in b` (`invert` 1: `not in`).
pub extern "C" fn rt_contains(th: &Thread, a: Value, b: Value, invert: u32) -> Value {
    match ops::contains(th, b, a) {
        Ok(r) => th.bool_val(r != (invert == 1)),
        Err(e) => raise(th, e),
    }
}

/// Unary operators: 0 `-`, 1 `+`, 2 `~`, 3 `not`.
pub extern "C" fn rt_unary(th: &Thread, v: Value, which: u32) -> Value {
    let r = match which {
        0 => ops::unary_op(th, "neg", v),
        1 => ops::unary_op(th, "pos", v),
        2 => ops::unary_op(th, "invert", v),
        _ => ops::truthy(th, v).map(|b| th.bool_val(!b)),
    };
    value(th, r)
}

pub extern "C" fn rt_subscr(th: &Thread, c: Value, k: Value) -> Value {
    value(th, ops::getitem(th, c, k))
}

pub extern "C" fn rt_store_subscr(th: &Thread, c: Value, k: Value, v: Value) -> u32 {
    status(th, ops::setitem(th, c, k, v))
}

/// # Safety
/// `p` points at `n` values in the running frame's slots.
pub unsafe extern "C" fn rt_build_tuple(th: &Thread, p: *const Value, n: u32) -> Value {
    // SAFETY: the caller's contract.
    th.new_tuple_from(unsafe { values(p, n) })
}

/// # Safety
/// `p` points at `n` values in the running frame's slots.
pub unsafe extern "C" fn rt_build_list(th: &Thread, p: *const Value, n: u32) -> Value {
    // SAFETY: the caller's contract.
    th.new_list(unsafe { values(p, n) }.to_vec())
}

/// `UnpackSequence n`: writes the items to `out[0..n]`, the first item
/// last (on top of the stack).
///
/// # Safety
/// `out` points at `n` slots of the running frame.
pub unsafe extern "C" fn rt_unpack(th: &Thread, v: Value, n: u32, out: *mut Value) -> u32 {
    let n = n as usize;
    let put = |items: &[Value]| {
        for (i, x) in items.iter().rev().enumerate() {
            // SAFETY: the caller's contract; i < n.
            unsafe { out.add(i).write(*x) };
        }
    };
    if let Some(t) = v
        .downcast::<Tuple>()
        .filter(|_| type_of(v) == types().tuple)
    {
        if t.items().len() != n {
            return status(
                th,
                Err(crate::eval::unpack_error(th, t.items().len(), n, false)),
            );
        }
        put(t.items());
        return OK;
    }
    if let Some(l) = v.downcast::<List>().filter(|_| type_of(v) == types().list) {
        let items = l.items.borrow();
        if items.len() != n {
            let got = items.len();
            drop(items);
            return status(th, Err(crate::eval::unpack_error(th, got, n, false)));
        }
        put(&items);
        return OK;
    }
    match crate::eval::unpack_iter(th, v, n) {
        Ok(items) if items.len() == n => {
            put(&items);
            OK
        }
        Ok(items) => status(
            th,
            Err(crate::eval::unpack_error(th, items.len(), n, false)),
        ),
        Err(e) => status(th, Err(e)),
    }
}

pub extern "C" fn rt_get_iter(th: &Thread, v: Value) -> Value {
    value(th, ops::get_iter(th, v))
}

/// `ForIter`: the next item, `EXHAUSTED`, or NULL when `next` raised.
pub extern "C" fn rt_for_iter(th: &Thread, it: Value) -> Value {
    match crate::eval::for_iter_next(th, it) {
        Ok(Some(v)) => v,
        Ok(None) => Value::from_bits(EXHAUSTED),
        Err(e) => raise(th, e),
    }
}

/// The poll word was non-zero (a collection, a handshake, SIGINT,
/// finalizers): `OK`, or `ERR` with KeyboardInterrupt or MemoryError.
pub extern "C" fn rt_poll(th: &Thread) -> u32 {
    status(th, crate::eval::poll_slow(th))
}

/// Raises UnboundLocalError for local slot `i` (always returns NULL).
pub extern "C" fn rt_unbound_local(th: &Thread, frame: &Frame, i: u32) -> Value {
    raise(
        th,
        crate::eval::unbound_local(th, &frame.code.code, i as usize),
    )
}

/// `ListAppend`: appends `v` to the list `l`.
pub extern "C" fn rt_list_append(l: Value, v: Value) {
    l.as_gc_unchecked::<List>().items.borrow_mut().push(v);
}

/// `LoadDeref` of local slot `i`, which holds the cell `cell`.
pub extern "C" fn rt_load_deref(th: &Thread, frame: &Frame, cell: Value, i: u32) -> Value {
    let v = cell
        .as_gc_unchecked::<crate::objects::cell::CellObj>()
        .value
        .get_copy();
    if v.is_null() {
        return raise(
            th,
            crate::eval::unbound_deref(th, &frame.code.code, i as usize),
        );
    }
    v
}

/// `StoreDeref`: stores `v` into the cell `cell`.
pub extern "C" fn rt_store_deref(cell: Value, v: Value) {
    cell.as_gc_unchecked::<crate::objects::cell::CellObj>()
        .value
        .set(v);
}

/// `CallKw n` (`method` 0) or `CallMethodKw n` (`method` 1) on the `n + 2 +
/// method` values at `base` (the keyword names tuple last).
///
/// # Safety
/// `base` points at those values, in the running frame's slots.
pub unsafe extern "C" fn rt_call_kw(th: &Thread, base: *const Value, n: u32, method: u32) -> Value {
    // SAFETY: the caller's contract.
    let all = unsafe { values(base, n + 2 + method) };
    let (rest, kw) = all.split_at(all.len() - 1);
    let kwt = kw[0].as_gc_unchecked::<Tuple>();
    let kwnames: &[Value] = payload_static(kwt).items();
    let (f, args) = if method == 0 || !rest[0].is_null() {
        (rest[0], &rest[1..])
    } else {
        (rest[1], &rest[2..])
    };
    value(th, crate::eval::call_value(th, f, args, kwnames))
}

/// `StoreGlobal`: `globals[names[name]] = v`.
pub extern "C" fn rt_store_global(th: &Thread, frame: &Frame, name: u32, v: Value) {
    let code = payload_static(frame.code);
    crate::objects::dict::set_item_str(th, frame.globals, code.names[name as usize], v);
}
