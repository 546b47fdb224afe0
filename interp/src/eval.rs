//! The interpreter loop.
//!
//! One `execute` activation runs one frame until it returns, yields or lets
//! an exception escape.  Python-to-Python calls recurse on the native stack
//! (bounded by the recursion limit and a native-stack check).  Exceptions
//! are found in the code object's exception table (zero cost when nothing
//! is raised); each frame an exception passes through adds a traceback
//! entry.
//!
//! Tiering interface (docs/JIT.md): every code object counts calls
//! (`Code::call_count`) and loop back-edges (`Code::backedge_count`), up to
//! `code::COUNT_LIMIT`, and
//! holds a replaceable entry (`Code::jit_entry`).  A compiled tier installs
//! its entry there (`tier`); inline calls, `execute` and calls from compiled
//! code run it after entering the frame.  The
//! frame layout (slots = locals, cells, free variables, then the value
//! stack) is shared with compiled code.
use std::sync::atomic::Ordering;

use frontend::bytecode::{
    self, ATTR_CACHE_WAYS, BinOp, CmpOp, Opcode, format_value, make_function,
};

use crate::layout::{Gc, Kind, PyCell};
use crate::objects::cell::CellObj;
use crate::objects::code::{CacheEntry, Caches, Code};
use crate::objects::dict::{self, Dict};
use crate::objects::exceptions::BaseExc;
use crate::objects::frame::{Frame, new_frame};
use crate::objects::function::{Function, NativeFunction};
use crate::objects::generator::{Flavor, GenState, Generator};
use crate::objects::list::List;
use crate::objects::str::as_str;
use crate::objects::traceback::Traceback;
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, is_subtype, lookup, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

const ADD: u32 = BinOp::Add as u32;
const SUB: u32 = BinOp::Sub as u32;
const MUL: u32 = BinOp::Mul as u32;
const TRUEDIV: u32 = BinOp::TrueDiv as u32;
const FLOORDIV: u32 = BinOp::FloorDiv as u32;
const MOD: u32 = BinOp::Mod as u32;
const POW: u32 = BinOp::Pow as u32;
const AND: u32 = BinOp::And as u32;
const OR: u32 = BinOp::Or as u32;
const XOR: u32 = BinOp::Xor as u32;

// --- Arithmetic fast paths ---

/// `a <op> b` for two small ints when the result is a small int (`None`:
/// another operator, a zero divisor, or a result out of the small range;
/// `ops::binary_op` then decides, with CPython's semantics and errors).
#[inline(always)]
fn small_int_binop(op: u32, a: Value, b: Value) -> Option<Value> {
    // + and - on the tagged words: 2x+1 + 2y = 2(x+y)+1, and i64 overflow
    // is exactly small-int overflow.
    let (ta, tb) = (a.bits() as i64, b.bits() as i64);
    let (x, y) = (a.as_small(), b.as_small());
    let r = match op {
        ADD => return ta.checked_add(tb - 1).map(|r| Value::from_bits(r as u64)),
        SUB => return ta.checked_sub(tb - 1).map(|r| Value::from_bits(r as u64)),
        // The tag bit survives & and |, and ^ clears it.
        AND => return Some(Value::from_bits((ta & tb) as u64)),
        OR => return Some(Value::from_bits((ta | tb) as u64)),
        XOR => return Some(Value::from_bits(((ta ^ tb) | 1) as u64)),
        MUL => x.checked_mul(y)?,
        FLOORDIV if y != 0 => {
            // Python rounds the quotient toward negative infinity.
            let q = x.wrapping_div(y);
            if x.wrapping_rem(y) != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        MOD if y != 0 => {
            // The remainder takes the sign of the divisor.
            let m = x.wrapping_rem(y);
            if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            }
        }
        _ => return None,
    };
    Value::fits_small(r).then(|| Value::small(r))
}

/// Both operands as floats when one is an exact float and the other an
/// exact float or a small int (converted as `float.__add__` and friends
/// convert an int: correctly rounded).
#[inline(always)]
fn float_operands(a: Value, b: Value) -> Option<(f64, f64)> {
    let x = match ops::exact_float(a) {
        Some(x) => x,
        None if a.is_small() => a.as_small() as f64,
        None => return None,
    };
    let y = match ops::exact_float(b) {
        Some(y) => y,
        None if b.is_small() && !a.is_small() => b.as_small() as f64,
        None => return None,
    };
    Some((x, y))
}

/// Both operands as floats for a comparison: exact floats, or one of them a
/// small int of at most 2**53 in magnitude (converted exactly; CPython
/// compares a float with a larger int exactly, which `ops::compare` does).
#[inline(always)]
fn float_cmp_operands(a: Value, b: Value) -> Option<(f64, f64)> {
    const EXACT: i64 = 1 << 53;
    let conv = |v: Value| match ops::exact_float(v) {
        Some(x) => Some(x),
        None if v.is_small() && (-EXACT..=EXACT).contains(&v.as_small()) => {
            Some(v.as_small() as f64)
        }
        None => None,
    };
    Some((conv(a)?, conv(b)?))
}

/// `x <op> y` on floats for the operators that cannot fail (`None` for the
/// others and for a zero divisor: `ops::binary_op` raises).
#[inline(always)]
fn float_binop(op: u32, x: f64, y: f64) -> Option<f64> {
    match op {
        ADD => Some(x + y),
        SUB => Some(x - y),
        MUL => Some(x * y),
        TRUEDIV if y != 0.0 => Some(x / y),
        // A positive finite base and a finite exponent: C pow, unless it
        // overflows (`arith::float_pow` has the other cases and errors).
        POW if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(r)
        }
        _ => None,
    }
}

/// Counts after which a code object is considered hot (read by the JIT).
pub const HOT_CALLS: u32 = 1000;
pub const HOT_BACKEDGES: u32 = 10000;

/// How a frame activation ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

// --- Calls ---

/// Counts a call of `f` (tier-up feedback, see `Code::count_call`)
/// and gets a frame for it: a cached one of the same code, or a new one.
#[inline]
fn frame_for_call(th: &Thread, f: Gc<Function>) -> Gc<Frame> {
    let code = f.code;
    code.count_call();
    match th.frame_cache.take(code, f.globals) {
        Some(fr) => fr,
        None => new_frame(th, code, f.globals, g().builtins, Value::NULL),
    }
}

/// The checks before a frame starts running (the recursion limit, a pending
/// SIGINT); returns the depth the frame runs at.
#[inline]
fn check_frame_entry(th: &Thread) -> PyResult<u32> {
    let depth = th.depth.get() + 1;
    if depth > g().recursion_limit.load(Ordering::Relaxed) {
        return Err(recursion_error(th));
    }
    if th.mutator.poll_word() != 0 {
        poll_slow(th)?;
    }
    Ok(depth)
}

/// A non-zero poll word: a collection or handshake is pending (stop here),
/// SIGINT arrived (raise KeyboardInterrupt), or a collection left weakref
/// callbacks and finalizers to run (run them here, between instructions).
#[cold]
#[inline(never)]
pub fn poll_slow(th: &Thread) -> PyResult<()> {
    th.mutator.safepoint_slow();
    crate::layout::adapt_bias(&th.revoked, th.mutator.heap().collection_count());
    if th.mutator.take_interrupt() {
        return Err(th.new_exc(g().exc.keyboard_interrupt, String::new()));
    }
    if th.mutator.take_finalize() {
        crate::modules::weakref::run_finalization_work(th);
    }
    th.take_memory_error()
}

/// Calls a Python function.
pub fn call_function(th: &Thread, f: Gc<Function>, args: Args) -> PyResult<Value> {
    let code = f.code;
    let frame = frame_for_call(th, f);
    bind_args(th, f, frame, args)?;
    if code.code.is_resumable() {
        let gen_ = crate::objects::generator::new_generator(
            th,
            frame,
            f.name.get_copy(),
            f.qualname.get_copy(),
        );
        return Ok(gen_.value());
    }
    let r = execute(th, frame, None);
    if !frame.escaped.get() {
        th.frame_cache.put(frame);
    }
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(th.runtime_error("yield in a non-generator frame".into())),
    }
}

/// The function to run inline in the caller's `run` loop: a plain Python
/// function (not a generator, coroutine or async generator, whose frame
/// outlives the call).
#[inline(always)]
fn inline_callee(f: Value) -> Option<Gc<Function>> {
    let func = f.downcast::<Function>()?;
    if func.code.code.is_resumable() {
        return None;
    }
    Some(func)
}

/// Prepares and links the frame of an inline call of `f` (what
/// `call_function` and `execute` do before `run`): binds the arguments,
/// checks the recursion limit and pending interrupts, and makes the new frame
/// the thread's current one.
#[inline(always)]
fn enter_frame(th: &Thread, f: Gc<Function>, args: &[Value]) -> PyResult<Gc<Frame>> {
    let frame = frame_for_call(th, f);
    bind_args(
        th,
        f,
        frame,
        Args {
            pos: args,
            kwnames: &[],
            kwvals: &[],
        },
    )?;
    let depth = check_frame_entry(th)?;
    th.depth.set(depth);
    frame.back.set_scanned(th.frame.get());
    th.frame.set(frame.value());
    frame.caller_handled.set_scanned(th.handled.get());
    Ok(frame)
}

/// Unlinks a finished inline frame (the end of `execute` and
/// `call_function`) and returns its caller.
#[inline]
fn leave_frame(th: &Thread, frame: Gc<Frame>) -> Gc<Frame> {
    th.handled.set(frame.caller_handled.get());
    let caller = frame.back.get();
    th.frame.set(caller);
    th.depth.set(th.depth.get() - 1);
    if !frame.escaped.get() {
        // `put` resets the frame (`back` and `caller_handled` included).
        th.frame_cache.put(frame);
    } else {
        escaped_frame_left(frame);
    }
    let caller: Gc<Frame> = caller.as_gc_unchecked();
    caller.sp_exact.set(false);
    caller
}

/// The next item of the iterator `it` (`ForIter`), None when exhausted.
#[inline(always)]
pub(crate) fn for_iter_next(th: &Thread, it: Value) -> PyResult<Option<Value>> {
    // Fast path: range and list iterators (not a Python subclass, which may
    // override __next__).
    if it.is_ptr()
        && it.kind() == Kind::Iterator
        && !it.heap_type().is_heap()
        && let Some(r) = crate::builtins_types::iter_next_fast(it.as_gc_unchecked())
    {
        return Ok(r);
    }
    ops::next(th, it)
}

/// Calls `f` for compiled code (`tier::rt_call`): a plain Python function
/// runs its compiled entry, or the interpreter, in a frame entered as the
/// interpreter loop enters one; anything else is called as usual.
pub(crate) fn call_from_compiled(th: &Thread, f: Value, args: &[Value]) -> PyResult<Value> {
    let Some(func) = inline_callee(f) else {
        return call_value(th, f, args, &[]);
    };
    // Compiled frames nest on the native stack.
    if th.stack_exhausted() {
        return Err(recursion_error(th));
    }
    let frame = enter_frame(th, func, args)?;
    let r = match crate::tier::entry(crate::layout::payload_static(func.code)) {
        Some(e) => match crate::tier::run_compiled(th, frame, e) {
            Ok(v) => Ok(v),
            Err(pending) => run_to_return(th, frame, pending),
        },
        None => run_to_return(th, frame, None),
    };
    leave_frame(th, frame);
    r
}

/// Runs an inline callee's compiled entry (`call_inline!` in `run`); when
/// it returns, leaves its frame.  Out of line: the interpreter loop keeps
/// only the entry check (inlined, this path cost the loop registers:
/// richards +12.7% instructions with the tier off).
#[inline(never)]
fn call_compiled(
    th: &Thread,
    frame: Gc<Frame>,
    e: crate::tier::CompiledEntry,
) -> Result<Value, Option<Exc>> {
    let r = crate::tier::run_compiled(th, frame, e)?;
    leave_frame(th, frame);
    Ok(r)
}

/// Interprets an entered frame from its saved position until it returns.
fn run_to_return(th: &Thread, frame: Gc<Frame>, pending: Option<Exc>) -> PyResult<Value> {
    match run(th, frame, pending)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(th.runtime_error("yield in a non-generator frame".into())),
    }
}

/// An escaped frame (a traceback can reach it) left the chain: its slots
/// were written without the barrier, so mark its card (docs/GC.md).
#[cold]
#[inline(never)]
fn escaped_frame_left(frame: Gc<Frame>) {
    frame.finished.set(true);
    frame.back.set(Value::NULL);
    crate::layout::write_barrier(frame);
}

fn fname(f: Gc<Function>) -> String {
    as_str(f.qualname.get_copy()).unwrap_or("?").to_string()
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Binds call arguments to the frame's parameter slots (CPython's rules and messages).
#[inline(always)]
fn bind_args(th: &Thread, f: Gc<Function>, frame: Gc<Frame>, args: Args) -> PyResult<()> {
    // Fast path: an exact positional call of a function without cells
    // (`Code::fast_argc`, one comparison).
    if args.pos.len() == f.code.fast_argc as usize && args.kwnames.is_empty() {
        copy_args(frame.slots.slice_mut(), args.pos);
        return Ok(());
    }
    bind_args_general(th, f, frame, args)
}

/// Copies positional arguments into the first slots of a frame: the usual
/// one to three without a call to `memcpy`.
#[inline(always)]
fn copy_args(slots: &mut [Value], args: &[Value]) {
    match *args {
        [] => {}
        [a] => slots[0] = a,
        [a, b] => {
            slots[0] = a;
            slots[1] = b;
        }
        [a, b, c] => {
            slots[0] = a;
            slots[1] = b;
            slots[2] = c;
        }
        _ => slots[..args.len()].copy_from_slice(args),
    }
}

/// A frame whose slots are written off the frame chain by code that may
/// allocate between the stores (`bind_args_general`, `init_cells`): a
/// collection there would clean the frame's card, and an old frame (one
/// taken from the frame cache) on a clean card is not traced by a minor
/// collection, so a young object stored after it (a `*args` tuple stored
/// before the `**kwargs` dict is allocated, a cell before the next cell)
/// would be freed.  While the guard lives, the frame is in
/// `Thread::frames_in_setup`, which every collection scans in full; when it
/// is dropped (on success and on error) the frame's card is marked for the
/// stores made since the last collection (docs/GC.md, "Frames").
struct FrameSetup<'a> {
    th: &'a Thread,
    frame: Gc<Frame>,
}

impl<'a> FrameSetup<'a> {
    #[inline]
    fn new(th: &'a Thread, frame: Gc<Frame>) -> FrameSetup<'a> {
        th.frames_in_setup.borrow_mut().push(frame.value());
        FrameSetup { th, frame }
    }
}

impl Drop for FrameSetup<'_> {
    #[inline]
    fn drop(&mut self) {
        let popped = self.th.frames_in_setup.borrow_mut().pop();
        debug_assert_eq!(
            popped,
            Some(self.frame.value()),
            "frames in setup are released in reverse order"
        );
        crate::layout::write_barrier(self.frame);
    }
}

/// `bind_args` for every other call shape (CPython's rules and messages).
fn bind_args_general(th: &Thread, f: Gc<Function>, frame: Gc<Frame>, args: Args) -> PyResult<()> {
    let _setup = FrameSetup::new(th, frame);
    bind_args_in_setup(th, f, frame, args)
}

/// The body of `bind_args_general`, with the frame in setup.
fn bind_args_in_setup(th: &Thread, f: Gc<Function>, frame: Gc<Frame>, args: Args) -> PyResult<()> {
    let co = &f.code.code;
    let slots = frame.slots.slice_mut();
    let argc = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let has_varargs = co.flags & frontend::code::code_flags::VARARGS != 0;
    let has_varkw = co.flags & frontend::code::code_flags::VARKEYWORDS != 0;
    let npos = args.pos.len();
    // Fast path: exact positional call.
    if npos == argc && args.kwnames.is_empty() && !has_varargs && !has_varkw && kwonly == 0 {
        slots[..npos].copy_from_slice(args.pos);
        return init_cells(th, f, frame);
    }
    let n = npos.min(argc);
    slots[..n].copy_from_slice(&args.pos[..n]);
    let mut idx = argc + kwonly;
    if has_varargs {
        let rest = if npos > argc {
            args.pos[argc..].to_vec()
        } else {
            Vec::new()
        };
        slots[idx] = th.new_tuple(rest);
        idx += 1;
    } else if npos > argc {
        let defaults = f.defaults.get_copy();
        let ndef = defaults
            .downcast::<Tuple>()
            .map(|t| t.items().len())
            .unwrap_or(0);
        let nkw_given = args.kwnames.len();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argc - ndef, argc)
        } else {
            format!(
                "{} positional argument{}",
                argc,
                if argc == 1 { "" } else { "s" }
            )
        };
        let given = if nkw_given > 0 && kwonly > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                nkw_given,
                if nkw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(th.type_error(format!("{}() takes {} but {}", fname(f), takes, given)));
    }
    let kwdict = if has_varkw {
        let d = dict::new_dict(th);
        slots[idx] = d.value();
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (i, k) in args.kwnames.iter().enumerate() {
        let name = as_str(*k).unwrap_or("");
        let v = args.kwvals[i];
        let pos = co.varnames[..argc + kwonly].iter().position(|p| p == name);
        match pos {
            Some(p) if p >= posonly => {
                if !slots[p].is_null() {
                    return Err(th.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(f),
                        name
                    )));
                }
                slots[p] = v;
            }
            _ => match kwdict {
                Some(d) => dict::set_item(th, d, *k, v)?,
                None => {
                    if pos.is_some() {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(th.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname(f),
                            name
                        )));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(th.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(f),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positionals.
    if npos < argc {
        let defaults = f.defaults.get_copy();
        let defs: &[Value] = match defaults.downcast::<Tuple>() {
            Some(t) => crate::layout::payload_static(t).items(),
            None => &[],
        };
        let first_def = argc - defs.len();
        let mut missing = Vec::new();
        for i in npos..argc {
            if slots[i].is_null() {
                if i >= first_def {
                    slots[i] = defs[i - first_def];
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(th.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname(f),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwd = f.kwdefaults.get_copy().downcast::<Dict>();
        let mut missing = Vec::new();
        for (slot, name) in slots[argc..argc + kwonly]
            .iter_mut()
            .zip(&co.varnames[argc..])
        {
            if slot.is_null() {
                match kwd.and_then(|d| dict::get_str(d, th.intern(name))) {
                    Some(v) => *slot = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(th.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(f),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    init_cells(th, f, frame)
}

/// Creates the frame's cells and copies in its free variables; the caller
/// holds a `FrameSetup` for the frame (the cells are allocated between
/// stores into its slots).
fn init_cells(th: &Thread, f: Gc<Function>, frame: Gc<Frame>) -> PyResult<()> {
    let co = &f.code.code;
    if co.cellvars.is_empty() && co.freevars.is_empty() {
        return Ok(());
    }
    let slots = frame.slots.slice_mut();
    let nv = co.varnames.len();
    for (i, a) in co.cell2arg.iter().enumerate() {
        let init = match a {
            Some(a) => slots[*a as usize],
            None => Value::NULL,
        };
        slots[nv + i] = th
            .alloc(
                types().cell,
                CellObj {
                    value: PyCell::new(init),
                },
            )
            .value();
    }
    if let Some(cl) = f.closure.downcast::<Tuple>() {
        let base = nv + co.cellvars.len();
        for (i, c) in cl.items().iter().enumerate() {
            slots[base + i] = *c;
        }
    }
    Ok(())
}

/// Runs module-level or class-body code with a locals dict.
pub fn run_code(th: &Thread, code: Gc<Code>, globals: Gc<Dict>, locals: Value) -> PyResult<Value> {
    let frame = new_frame(th, code, globals, g().builtins, locals);
    match execute(th, frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(th.runtime_error("yield outside a generator".into())),
    }
}

/// Runs a class body function with a fresh namespace (for __build_class__).
pub fn run_class_body(th: &Thread, f: Gc<Function>, ns: Gc<Dict>) -> PyResult<Value> {
    let frame = new_frame(th, f.code, f.globals, g().builtins, ns.value());
    {
        let _setup = FrameSetup::new(th, frame);
        init_cells(th, f, frame)?;
    }
    match execute(th, frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(th.runtime_error("yield in a class body".into())),
    }
}

// --- Generators ---

/// Resumes a generator with `sent` (or throws `exc` into it).
pub fn gen_resume(
    th: &Thread,
    gen_: Gc<Generator>,
    sent: Value,
    exc: Option<Exc>,
) -> PyResult<Exit> {
    let flavor = gen_.flavor();
    match gen_.state.get() {
        GenState::Running => {
            return Err(th.value_error(format!("{} already executing", flavor.noun())));
        }
        GenState::Closed => {
            if flavor == Flavor::Coroutine {
                return Err(th.runtime_error("cannot reuse already awaited coroutine".into()));
            }
            if let Some(e) = exc {
                return Err(e);
            }
            return Ok(Exit::Return(g().none));
        }
        GenState::Created => {
            if let Some(e) = exc {
                // Thrown in before the first step: the body never runs.
                gen_.state.set(GenState::Closed);
                gen_.frame.finished.set(true);
                return Err(e);
            }
            if sent != g().none && !sent.is_null() {
                return Err(th.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    flavor.noun()
                )));
            }
        }
        GenState::Suspended => {}
    }
    let frame = gen_.frame;
    let from = gen_.state.get();
    // Claim the frame: another thread may be resuming it right now.
    if (from != GenState::Created && from != GenState::Suspended)
        || !gen_.state.compare_exchange(from, GenState::Running)
    {
        return Err(th.value_error(format!("{} already executing", flavor.noun())));
    }
    if from == GenState::Suspended && exc.is_none() {
        // The value of the suspended yield expression.
        let slots = frame.slots.slice_mut();
        let sp = frame.sp.get() as usize;
        slots[sp] = if sent.is_null() { g().none } else { sent };
        frame.sp.set(sp as u32 + 1);
    }
    let r = execute(th, frame, exc);
    match &r {
        Ok(Exit::Yield(_)) => gen_.state.set(GenState::Suspended),
        _ => gen_.state.set(GenState::Closed),
    }
    match r {
        Err(e)
            if ops::is_instance_of(e.0, g().exc.stop_iteration)
                || (flavor == Flavor::AsyncGenerator
                    && ops::is_instance_of(e.0, g().exc.by_name["StopAsyncIteration"])) =>
        {
            let what = if ops::is_instance_of(e.0, g().exc.stop_iteration) {
                "StopIteration"
            } else {
                "StopAsyncIteration"
            };
            let re = th.runtime_error(format!("{} raised {what}", flavor.noun()));
            if let Some(x) = re.0.downcast::<BaseExc>() {
                x.cause.set(e.0);
                x.context.set(e.0);
                x.suppress_context.set(true);
            }
            Err(re)
        }
        r => r,
    }
}

/// next(gen) for the iterator protocol.
pub fn gen_next(th: &Thread, gen_: Gc<Generator>) -> PyResult<Option<Value>> {
    match gen_resume(th, gen_, g().none, None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

/// gen.throw(exc) with delegation to a `yield from` sub-iterator.
pub fn gen_throw(th: &Thread, gen_: Gc<Generator>, exc: Exc) -> PyResult<Exit> {
    if gen_.state.get() == GenState::Suspended
        && let Some(sub) = delegate_of(gen_.frame)
    {
        let is_exit = ops::is_instance_of(exc.0, g().exc.generator_exit);
        let r = if let Some(sg) = sub.downcast::<Generator>() {
            if is_exit {
                gen_close(th, sg).map(|_| None)
            } else {
                if !gen_
                    .state
                    .compare_exchange(GenState::Suspended, GenState::Running)
                {
                    return Err(
                        th.value_error(format!("{} already executing", gen_.flavor().noun()))
                    );
                }
                let r = gen_throw(th, sg, exc);
                gen_.state.set(GenState::Suspended);
                match r {
                    Ok(Exit::Yield(v)) => return Ok(Exit::Yield(v)),
                    Ok(Exit::Return(v)) => Ok(Some(v)),
                    Err(e) => Err(e),
                }
            }
        } else if is_exit {
            match ops::getattr_opt(th, sub, crate::name!(th, "close"))? {
                Some(c) => ops::call(th, c, &[]).map(|_| None),
                None => Ok(None),
            }
        } else {
            match ops::getattr_opt(th, sub, crate::name!(th, "throw"))? {
                Some(t) => match ops::call(th, t, &[exc.0]) {
                    Ok(v) => return Ok(Exit::Yield(v)),
                    Err(e) if ops::is_instance_of(e.0, g().exc.stop_iteration) => {
                        Ok(Some(stop_value(e.0)))
                    }
                    Err(e) => Err(e),
                },
                None => Err(exc),
            }
        };
        let frame = gen_.frame;
        match r {
            Ok(Some(v)) if !is_exit => {
                // The sub-iterator returned: finish the Send as if it had.
                let slots = frame.slots.slice_mut();
                let sp = frame.sp.get() as usize;
                slots[sp - 1] = v;
                let pc = frame.pc.get() as usize;
                let (_, send_pc) = bytecode::decode(frame.code.code.code[pc]);
                let (_, target) = bytecode::decode(frame.code.code.code[send_pc as usize]);
                frame.pc.set(target);
                return gen_resume_raw(th, gen_);
            }
            Ok(_) => return gen_resume(th, gen_, Value::NULL, Some(exc)),
            Err(e) => return gen_resume(th, gen_, Value::NULL, Some(e)),
        }
    }
    gen_resume(th, gen_, Value::NULL, Some(exc))
}

/// Resumes without pushing a sent value (the stack is already set up).
fn gen_resume_raw(th: &Thread, gen_: Gc<Generator>) -> PyResult<Exit> {
    if !gen_
        .state
        .compare_exchange(GenState::Suspended, GenState::Running)
    {
        return Err(th.value_error(format!("{} already executing", gen_.flavor().noun())));
    }
    let r = execute(th, gen_.frame, None);
    match &r {
        Ok(Exit::Yield(_)) => gen_.state.set(GenState::Suspended),
        _ => gen_.state.set(GenState::Closed),
    }
    r
}

/// The sub-iterator a suspended generator delegates to (`yield from`).
pub(crate) fn delegate_of(frame: Gc<Frame>) -> Option<Value> {
    let pc = frame.pc.get() as usize;
    let code = &frame.code.code.code;
    if pc == 0 || pc > code.len() {
        return None;
    }
    let (op, arg) = bytecode::decode(code[pc - 1]);
    if op == Opcode::YieldValue as u8 && arg == 1 {
        let sp = frame.sp.get() as usize;
        return Some(frame.slots.get(sp - 1));
    }
    None
}

/// gen.close().
pub fn gen_close(th: &Thread, gen_: Gc<Generator>) -> PyResult<Value> {
    if matches!(gen_.state.get(), GenState::Created | GenState::Closed) {
        gen_.state.set(GenState::Closed);
        return Ok(g().none);
    }
    let exc =
        crate::objects::exceptions::new_exception(th, g().exc.generator_exit, g().empty_tuple);
    match gen_throw(th, gen_, Exc(exc)) {
        Ok(Exit::Yield(_)) => {
            Err(th.runtime_error(format!("{} ignored GeneratorExit", gen_.flavor().noun())))
        }
        Ok(Exit::Return(_)) => Ok(g().none),
        Err(e)
            if ops::is_instance_of(e.0, g().exc.generator_exit)
                || ops::is_instance_of(e.0, g().exc.stop_iteration) =>
        {
            Ok(g().none)
        }
        Err(e) => Err(e),
    }
}

/// StopIteration.value of an exception instance.
pub fn stop_value(e: Value) -> Value {
    let args = crate::objects::exceptions::exc_args(e);
    match args.downcast::<Tuple>() {
        Some(t) if !t.items().is_empty() => t.items()[0],
        _ => g().none,
    }
}

// --- Exceptions ---

/// Normalises the operand of `raise`: a class is instantiated.
fn make_raisable(th: &Thread, v: Value) -> PyResult<Value> {
    if let Some(t) = v.downcast::<TypeObj>() {
        if crate::objects::exceptions::is_exception_type(t) {
            let e = ops::call(th, v, &[])?;
            if !e.is_kind(Kind::BaseException) {
                return Err(th.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::objects::type_::type_repr(th, t),
                    crate::objects::type_::type_repr(th, type_of(e))
                )));
            }
            return Ok(e);
        }
    } else if v.is_kind(Kind::BaseException) {
        return Ok(v);
    }
    Err(th.type_error("exceptions must derive from BaseException".into()))
}

#[inline(never)]
fn add_traceback(th: &Thread, exc: Value, frame: Gc<Frame>, lasti: usize) {
    frame.escaped.set(true);
    if let Some(e) = exc.downcast::<BaseExc>() {
        let tb = th.alloc(
            types().traceback,
            Traceback {
                next: PyCell::new(e.traceback.get_copy()),
                frame: frame.value(),
                lasti: lasti as u32,
                lineno: frame.code.code.line_at(lasti),
            },
        );
        e.traceback.set(tb.value());
    }
}

/// Sets __context__ of a newly raised exception to the handled one.
#[inline(never)]
fn set_context(th: &Thread, exc: Value) {
    let handled = th.handled.get();
    if handled.is_null() || handled == exc || handled == g().none {
        return;
    }
    if let Some(e) = exc.downcast::<BaseExc>() {
        if !e.context.get_copy().is_null() {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut o = handled;
        let mut n = 0;
        while let Some(x) = o.downcast::<BaseExc>() {
            let c = x.context.get_copy();
            if c == exc {
                x.context.set(Value::NULL);
                break;
            }
            o = c;
            n += 1;
            if n > 1000 {
                break;
            }
        }
        e.context.set(handled);
    }
}

#[inline(never)]
fn find_handler(code: &frontend::CodeObject, pc: usize) -> Option<frontend::code::ExceptionEntry> {
    let pc = pc as u32;
    let mut best: Option<frontend::code::ExceptionEntry> = None;
    for e in &code.exception_table {
        if e.start <= pc && pc < e.end {
            match best {
                Some(b) if b.end - b.start <= e.end - e.start => {}
                _ => best = Some(*e),
            }
        }
    }
    best
}

pub fn recursion_error(th: &Thread) -> Exc {
    th.new_exc(
        g().exc.recursion_error,
        "maximum recursion depth exceeded".into(),
    )
}

/// One level of native nesting (a comparison, a repr, ...) counted in the
/// recursion depth together with the Python frames, as CPython's
/// `_Py_EnterRecursiveCall(where)` does; the level ends when the guard drops.
pub struct RecursionGuard<'a>(&'a Thread);

impl Drop for RecursionGuard<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get() - 1);
    }
}

/// Enters a native nesting level, or raises `RecursionError: maximum
/// recursion depth exceeded{suffix}` past the recursion limit (or near the
/// end of the native stack).
#[inline]
pub fn enter_recursive_call<'a>(th: &'a Thread, suffix: &str) -> PyResult<RecursionGuard<'a>> {
    let depth = th.depth.get() + 1;
    if depth > g().recursion_limit.load(Ordering::Relaxed) || th.stack_exhausted() {
        return Err(th.new_exc(
            g().exc.recursion_error,
            format!("maximum recursion depth exceeded{suffix}"),
        ));
    }
    th.depth.set(depth);
    Ok(RecursionGuard(th))
}

// --- The loop ---

/// Runs `frame` from its saved position.  `throw` raises an exception at the
/// current instruction first (generator.throw).
pub fn execute(th: &Thread, frame: Gc<Frame>, throw: Option<Exc>) -> PyResult<Exit> {
    // `run` nests on the native stack here, so the stack bounds it too.
    if th.stack_exhausted() {
        return Err(recursion_error(th));
    }
    let depth = check_frame_entry(th)?;
    th.depth.set(depth);
    frame.back.set(th.frame.get());
    th.frame.set(frame.value());
    let saved = frame.saved_handled.replace(Value::NULL);
    let outer_handled = th.handled.get();
    if !saved.is_null() {
        th.handled.set(saved);
    }
    let compiled = if throw.is_none() && frame.pc.get() == 0 {
        crate::tier::entry(crate::layout::payload_static(frame.code))
    } else {
        None
    };
    let r = match compiled {
        Some(e) => match crate::tier::run_compiled(th, frame, e) {
            Ok(v) => {
                frame.finished.set(true);
                Ok(Exit::Return(v))
            }
            Err(pending) => run(th, frame, pending),
        },
        None => run(th, frame, throw),
    };
    if let Ok(Exit::Yield(_)) = r {
        // Keep the generator's handled exception for its next resumption.
        let h = th.handled.get();
        if h != outer_handled {
            frame.saved_handled.set(h);
        }
    }
    th.handled.set(outer_handled);
    th.frame.set(frame.back.get());
    frame.back.set(Value::NULL);
    // Off the chain, maybe still reachable (a suspended generator, a
    // traceback): its slots were written without the barrier (docs/GC.md).
    crate::layout::write_barrier(frame);
    th.depth.set(depth - 1);
    r
}

macro_rules! name_str {
    ($code:expr, $i:expr) => {
        $code.names[$i as usize]
    };
}

/// What `run_loop` stopped at.
enum Step {
    Done(Exit),
    /// A call of a `NativeFunction::clean_stack` function (`gc.collect`),
    /// which `run` makes once the loop's native frame is gone: the loop
    /// keeps words of the values it handled in its stack slots for as long
    /// as it runs, and the conservative stack scan would take them for
    /// roots, so what a program dropped just before would survive the
    /// collection it asked for.  The callee and its arguments are on
    /// `frame`'s value stack; `pop` entries go, the result takes their place.
    CleanCall {
        frame: Gc<Frame>,
        depth: u32,
        f: Value,
        args: std::ops::Range<usize>,
        pop: usize,
    },
}

/// Interprets `entry` from its saved position until it returns, yields or
/// raises.  Makes the `clean_stack` calls `run_loop` hands it (`Step`).
fn run(th: &Thread, entry: Gc<Frame>, throw: Option<Exc>) -> PyResult<Exit> {
    let mut step = run_loop(th, entry, 0, throw)?;
    loop {
        let (frame, depth, f, args, pop) = match step {
            Step::Done(exit) => return Ok(exit),
            Step::CleanCall {
                frame,
                depth,
                f,
                args,
                pop,
            } => (frame, depth, f, args, pop),
        };
        let mut slots = crate::layout::payload_static(frame).slots.slots_on_chain();
        let sp = frame.sp.get() as usize;
        let next = crate::layout::code_tables(crate::layout::payload_static(frame.code)).0
            [frame.pc.get() as usize];
        // Zeroes the loop's dead frame and the registers it left.
        gc::forget_dead_roots();
        th.result_unused
            .set(bytecode::decode(next).0 == Opcode::PopTop as u8);
        let r = call_any(th, f, &slots[args], &[]);
        // Taken by the callee, unless it failed before it looked.
        th.result_unused.set(false);
        frame.sp_exact.set(false);
        let pending = match r {
            Ok(v) => {
                slots[sp - pop] = v;
                frame.sp.set((sp - pop + 1) as u32);
                None
            }
            Err(e) => {
                // Raised at the call instruction, as the loop would.
                frame.sp.set((sp - pop) as u32);
                frame.pc.set(frame.lasti.get() + 1);
                Some(e)
            }
        };
        step = run_loop(th, frame, depth, pending)?;
    }
}

/// The interpreter loop: runs `current` (entered `depth` plain calls deep
/// in this loop: `run` resumes it so after a `Step::CleanCall`).
fn run_loop(th: &Thread, current: Gc<Frame>, depth: u32, throw: Option<Exc>) -> PyResult<Step> {
    // The state of the executing frame, cached in locals.  Calls of plain
    // Python functions do not recurse into `run`: they switch these to the
    // callee's frame (`enter_frame`) and back on return or unwinding
    // (`leave_frame`); `inline_depth` counts the frames entered so.
    let mut frame = current;
    let mut code_ref: &'static Code = crate::layout::payload_static(frame.code);
    let mut co: &'static frontend::CodeObject = &code_ref.code;
    let mut units = crate::layout::code_tables(code_ref).0;
    let mut slots = crate::layout::payload_static(frame).slots.slots_on_chain();
    let mut sp = frame.sp.get() as usize;
    let mut pc = frame.pc.get() as usize;
    let mut pending = throw;
    let mut inline_depth = depth;

    // The constants and names tables are read through `code_ref` where
    // used rather than kept in locals of their own: fewer values live across
    // the loop leaves more registers for the rest (-1.6% instructions).
    macro_rules! name {
        ($i:expr) => {
            crate::layout::code_tables(code_ref).2[$i as usize]
        };
    }
    macro_rules! switch_to {
        ($fr:expr) => {{
            frame = $fr;
            code_ref = crate::layout::payload_static(frame.code);
            co = &code_ref.code;
            units = crate::layout::code_tables(code_ref).0;
            slots = crate::layout::payload_static(frame).slots.slots_on_chain();
            sp = frame.sp.get() as usize;
        }};
    }
    // Calls `$f` with `slots[$args]`, popping `$pop` stack entries: a plain
    // Python function continues in this loop, anything else is called.
    macro_rules! call_inline {
        ($f:expr, $args:expr, $pop:expr, $cur:expr, $outer:lifetime) => {{
            let f: Value = $f;
            if let Some(func) = inline_callee(f) {
                let new = tri!(enter_frame(th, func, &slots[$args]));
                sp -= $pop;
                frame.sp.set(sp as u32);
                frame.sp_exact.set(true);
                frame.pc.set(pc as u32);
                frame.lasti.set($cur as u32);
                let mut stopped = None;
                if let Some(e) = crate::tier::entry(crate::layout::payload_static(func.code)) {
                    match call_compiled(th, new, e) {
                        Ok(v) => {
                            push!(v);
                            continue;
                        }
                        Err(p) => stopped = Some(p),
                    }
                }
                // Interpret the callee: from its start, or where its
                // compiled code stopped (with the exception it raised).
                switch_to!(new);
                pc = frame.pc.get() as usize;
                inline_depth += 1;
                if let Some(p) = stopped {
                    pending = p;
                    continue $outer;
                }
                continue;
            }
            frame.sp.set(sp as u32);
            frame.sp_exact.set(true);
            if let Some(nf) = f.downcast::<NativeFunction>()
                && nf.clean_stack
            {
                frame.pc.set(pc as u32);
                return Ok(Step::CleanCall {
                    frame,
                    depth: inline_depth,
                    f,
                    args: $args,
                    pop: $pop,
                });
            }
            let r = call_any(th, f, &slots[$args], &[]);
            frame.sp_exact.set(false);
            let r = tri!(r);
            sp -= $pop;
            push!(r);
        }};
    }

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            slots[sp] = v;
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            slots[sp]
        }};
    }
    macro_rules! top {
        () => {
            slots[sp - 1]
        };
    }

    'outer: loop {
        // A throw() into a suspended generator raises at its yield.
        let mut cur = pc.saturating_sub(1);
        let mut skip_tb = false;
        let exc: Exc = 'op: {
            if let Some(e) = pending.take() {
                break 'op e;
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'op e,
                    }
                };
            }
            // CallKw / CallMethodKw (`$is_m`): separate match arms with a
            // constant flag, as for DictUpdate/DictMerge and the match
            // instructions: an arm that reads `op` keeps it alive across the
            // whole loop, which costs a spill on every dispatch.
            macro_rules! call_kw {
                ($is_m:expr, $arg:expr) => {{
                    frame.lasti.set(cur as u32);
                    let n = $arg as usize;
                    let kwnames_v = pop!();
                    let kwt = kwnames_v.as_gc_unchecked::<Tuple>();
                    let kwnames: &[Value] = &crate::layout::payload_static(kwt).items();
                    let is_m: bool = $is_m;
                    let base = sp - n - if is_m { 2 } else { 1 };
                    let (f, args_start) = if is_m {
                        if slots[base].is_null() {
                            (slots[base + 1], base + 2)
                        } else {
                            (slots[base], base + 1)
                        }
                    } else {
                        (slots[base], base + 1)
                    };
                    let r = tri!(call_value(th, f, &slots[args_start..sp], kwnames));
                    sp = base;
                    push!(r);
                }};
            }
            loop {
                cur = pc;
                let (op, arg) = crate::layout::fetch(units, pc);
                pc += 1;
                match op {
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        sp -= 1;
                    }
                    Opcode::Copy => {
                        let v = slots[sp - arg as usize];
                        push!(v);
                    }
                    Opcode::Swap => {
                        slots.swap(sp - 1, sp - arg as usize);
                    }
                    Opcode::PushNull => push!(Value::NULL),
                    Opcode::LoadConst => {
                        push!(crate::layout::code_tables(code_ref).1[arg as usize])
                    }
                    Opcode::LoadFast => {
                        let v = slots[arg as usize];
                        if v.is_null() {
                            break 'op unbound_local(th, co, arg as usize);
                        }
                        push!(v);
                    }
                    // StoreFast runs a following LoadFast or StoreFast
                    // itself, without going through the dispatch (CPython
                    // 3.11's STORE_FAST__LOAD_FAST and STORE_FAST__STORE_FAST
                    // superinstructions; the bytecode is unchanged, so a
                    // compiled tier sees the plain instructions).  LoadFast
                    // does not peek: it is mostly followed by an attribute or
                    // arithmetic instruction, and the failed check cost more
                    // than the saved dispatches (+4% instructions on
                    // richards).
                    Opcode::StoreFast => {
                        let v = pop!();
                        slots[arg as usize] = v;
                        let (nop, narg) = bytecode::decode(units[pc]);
                        if nop == Opcode::LoadFast as u8 {
                            cur = pc;
                            pc += 1;
                            let v = slots[narg as usize];
                            if v.is_null() {
                                break 'op unbound_local(th, co, narg as usize);
                            }
                            push!(v);
                        } else if nop == Opcode::StoreFast as u8 {
                            pc += 1;
                            let v = pop!();
                            slots[narg as usize] = v;
                        }
                    }
                    Opcode::DeleteFast => {
                        if slots[arg as usize].is_null() {
                            break 'op unbound_local(th, co, arg as usize);
                        }
                        slots[arg as usize] = Value::NULL;
                    }
                    Opcode::LoadDeref => {
                        let c = slots[arg as usize].as_gc_unchecked::<CellObj>();
                        let v = c.value.get_copy();
                        if v.is_null() {
                            break 'op unbound_deref(th, co, arg as usize);
                        }
                        push!(v);
                    }
                    Opcode::StoreDeref => {
                        let v = pop!();
                        slots[arg as usize]
                            .as_gc_unchecked::<CellObj>()
                            .value
                            .set(v);
                    }
                    Opcode::DeleteDeref => {
                        let c = slots[arg as usize].as_gc_unchecked::<CellObj>();
                        if c.value.get_copy().is_null() {
                            break 'op unbound_deref(th, co, arg as usize);
                        }
                        c.value.set(Value::NULL);
                    }
                    Opcode::LoadClosure => push!(slots[arg as usize]),
                    Opcode::LoadClassDeref => {
                        let name = th.intern(co.slot_name(arg as usize));
                        let found = match frame.locals.downcast::<Dict>() {
                            Some(d) => dict::get_str(d, name),
                            None => None,
                        };
                        match found {
                            Some(v) => push!(v),
                            None => {
                                let c = slots[arg as usize].as_gc_unchecked::<CellObj>();
                                let v = c.value.get_copy();
                                if v.is_null() {
                                    break 'op unbound_deref(th, co, arg as usize);
                                }
                                push!(v);
                            }
                        }
                    }
                    Opcode::LoadGlobal => {
                        let slot = (units[pc] >> 8) as usize;
                        pc += 1;
                        let v = tri!(load_global(
                            th,
                            code_ref,
                            slot,
                            frame.globals,
                            frame.builtins,
                            name!(arg)
                        ));
                        push!(v);
                    }
                    Opcode::StoreGlobal => {
                        let v = pop!();
                        dict::set_item_str(th, frame.globals, name!(arg), v);
                    }
                    Opcode::DeleteGlobal => {
                        if !dict::del_str(frame.globals, name!(arg)) {
                            break 'op th.name_error(as_str(name!(arg)).unwrap_or("?"));
                        }
                    }
                    Opcode::LoadName => {
                        let name = name!(arg);
                        let v = tri!(load_name(th, frame, name));
                        push!(v);
                    }
                    Opcode::StoreName => {
                        let v = pop!();
                        let name = name_str!(code_ref, arg);
                        match frame.locals.downcast::<Dict>() {
                            Some(d) if type_of(frame.locals) == types().dict => {
                                dict::set_item_str(th, d, name, v)
                            }
                            _ => {
                                if frame.locals.is_null() {
                                    break 'op th.new_exc(
                                        g().exc.by_name["SystemError"],
                                        "no locals".into(),
                                    );
                                }
                                tri!(ops::setitem(th, frame.locals, name, v))
                            }
                        }
                    }
                    Opcode::DeleteName => {
                        let name = name!(arg);
                        let ok = match frame.locals.downcast::<Dict>() {
                            Some(d) => dict::del_str(d, name),
                            None => false,
                        };
                        if !ok {
                            break 'op th.name_error(as_str(name).unwrap_or("?"));
                        }
                    }
                    Opcode::LoadAttr => {
                        let slot = (units[pc] >> 8) as usize;
                        pc += 1;
                        let o = top!();
                        let v = tri!(load_attr(th, code_ref, slot, o, name!(arg)));
                        slots[sp - 1] = v;
                    }
                    Opcode::StoreAttr => {
                        let slot = (units[pc] >> 8) as usize;
                        pc += 1;
                        let o = pop!();
                        let v = pop!();
                        tri!(store_attr(th, code_ref, slot, o, name!(arg), v));
                    }
                    Opcode::DeleteAttr => {
                        let o = pop!();
                        tri!(ops::setattr(th, o, name!(arg), Value::NULL));
                    }
                    Opcode::LoadMethod => {
                        let slot = (units[pc] >> 8) as usize;
                        pc += 1;
                        let o = top!();
                        let name = name!(arg);
                        match tri!(load_method_cached(th, code_ref, slot, o, name)) {
                            Some(f) => {
                                slots[sp - 1] = f;
                                push!(o);
                            }
                            None => {
                                let v = tri!(ops::getattr(th, o, name));
                                slots[sp - 1] = Value::NULL;
                                push!(v);
                            }
                        }
                    }
                    Opcode::Call => {
                        pc += 1;
                        // The caller's line stays visible to the callee
                        // (sys._getframe(1).f_lineno, warnings, tracebacks of the stack).
                        frame.lasti.set(cur as u32);
                        let n = arg as usize;
                        call_inline!(slots[sp - n - 1], sp - n..sp, n + 1, cur, 'outer);
                    }
                    Opcode::CallMethod => {
                        pc += 1;
                        frame.lasti.set(cur as u32);
                        let n = arg as usize;
                        let x = slots[sp - n - 2];
                        if x.is_null() {
                            call_inline!(slots[sp - n - 1], sp - n..sp, n + 2, cur, 'outer);
                        } else {
                            call_inline!(x, sp - n - 1..sp, n + 2, cur, 'outer);
                        }
                    }
                    Opcode::CallKw => call_kw!(false, arg),
                    Opcode::CallMethodKw => call_kw!(true, arg),
                    Opcode::CallEx => {
                        frame.lasti.set(cur as u32);
                        // The kwargs slot is always there (NULL when absent).
                        let kw = pop!();
                        let args_t = pop!();
                        let f = pop!();
                        let r = tri!(call_ex(th, f, args_t, kw));
                        push!(r);
                    }
                    Opcode::MakeFunction => {
                        let codev = pop!();
                        let closure = if arg & make_function::CLOSURE != 0 {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let ann = if arg & make_function::ANNOTATIONS != 0 {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let kwd = if arg & make_function::KWDEFAULTS != 0 {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let defs = if arg & make_function::DEFAULTS != 0 {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let f = make_func(th, codev, frame.globals, defs, kwd, ann, closure);
                        push!(f);
                    }
                    Opcode::LoadBuildClass => {
                        let v = tri!(
                            dict::get_str(frame.builtins, crate::name!(th, "__build_class__"))
                                .ok_or_else(|| th.name_error("__build_class__"))
                        );
                        push!(v);
                    }
                    Opcode::BinaryOp => {
                        pc += 1;
                        // Fast paths: two small ints (on the tagged words,
                        // `small_int_binop`), or floats mixed with small ints
                        // (`float_binop`); anything else, or a result that
                        // does not fit, takes `ops::binary_op`.
                        let (a, b) = (slots[sp - 2], slots[sp - 1]);
                        let bop = arg & !BinOp::INPLACE;
                        if a.is_small() && b.is_small() {
                            if let Some(r) = small_int_binop(bop, a, b) {
                                sp -= 1;
                                slots[sp - 1] = r;
                                continue;
                            }
                        } else if let Some((x, y)) = float_operands(a, b)
                            && let Some(r) = float_binop(bop, x, y)
                        {
                            let v = th.new_float(r);
                            sp -= 1;
                            slots[sp - 1] = v;
                            continue;
                        }
                        let b = pop!();
                        let a = top!();
                        let inplace = arg & BinOp::INPLACE != 0;
                        let bop = BinOp::from_u32(arg & !BinOp::INPLACE).unwrap_or(BinOp::Add);
                        let r = tri!(ops::binary_op(th, bop, a, b, inplace));
                        slots[sp - 1] = r;
                    }
                    Opcode::CompareOp => {
                        pc += 1;
                        // Fast path: two small ints (tagging preserves
                        // order) or floats mixed with small ints, fused with
                        // a following conditional jump.
                        let (a, b) = (slots[sp - 2], slots[sp - 1]);
                        let fast = if a.is_small() && b.is_small() {
                            Some(ops::cmp_ord(
                                CmpOp::from_u32(arg).unwrap_or(CmpOp::Eq),
                                (a.bits() as i64).cmp(&(b.bits() as i64)),
                            ))
                        } else if let Some((x, y)) = float_cmp_operands(a, b) {
                            Some(ops::cmp_f64(
                                CmpOp::from_u32(arg).unwrap_or(CmpOp::Eq),
                                x,
                                y,
                            ))
                        } else {
                            None
                        };
                        if let Some(r) = fast {
                            let (nop, narg) = bytecode::decode(units[pc]);
                            if nop == Opcode::PopJumpIfFalse as u8 {
                                sp -= 2;
                                pc = if r { pc + 1 } else { narg as usize };
                            } else if nop == Opcode::PopJumpIfTrue as u8 {
                                sp -= 2;
                                pc = if r { narg as usize } else { pc + 1 };
                            } else {
                                sp -= 1;
                                slots[sp - 1] = th.bool_val(r);
                            }
                            continue;
                        }
                        let b = pop!();
                        let a = top!();
                        let r = tri!(ops::compare(
                            th,
                            a,
                            b,
                            CmpOp::from_u32(arg).unwrap_or(CmpOp::Eq)
                        ));
                        slots[sp - 1] = r;
                    }
                    Opcode::IsOp => {
                        let b = pop!();
                        let a = top!();
                        slots[sp - 1] = th.bool_val((a == b) != (arg == 1));
                    }
                    Opcode::ContainsOp => {
                        let b = pop!();
                        let a = top!();
                        let r = tri!(ops::contains(th, b, a));
                        slots[sp - 1] = th.bool_val(r != (arg == 1));
                    }
                    Opcode::UnaryNegative => {
                        let v = top!();
                        slots[sp - 1] = tri!(ops::unary_op(th, "neg", v));
                    }
                    Opcode::UnaryPositive => {
                        let v = top!();
                        slots[sp - 1] = tri!(ops::unary_op(th, "pos", v));
                    }
                    Opcode::UnaryInvert => {
                        let v = top!();
                        slots[sp - 1] = tri!(ops::unary_op(th, "invert", v));
                    }
                    Opcode::UnaryNot => {
                        let v = top!();
                        let b = tri!(ops::truthy(th, v));
                        slots[sp - 1] = th.bool_val(!b);
                    }
                    Opcode::BinarySubscr => {
                        pc += 1;
                        let k = pop!();
                        let c = top!();
                        // Fast path: exact list or tuple, in-range small int.
                        if k.is_small() && c.is_ptr() {
                            let t = c.heap_type();
                            if t == types().list {
                                let l = c.as_gc_unchecked::<List>();
                                let i = k.as_small();
                                let j = if i < 0 {
                                    i + l.items.len_now() as i64
                                } else {
                                    i
                                };
                                if j >= 0
                                    && let Some(v) = l.items.get_at(j as usize)
                                {
                                    slots[sp - 1] = v;
                                    continue;
                                }
                            } else if t == types().tuple {
                                let tup = c.as_gc_unchecked::<Tuple>();
                                let i = k.as_small();
                                let j = if i < 0 {
                                    i + tup.items().len() as i64
                                } else {
                                    i
                                };
                                if j >= 0 && (j as usize) < tup.items().len() {
                                    slots[sp - 1] = tup.items()[j as usize];
                                    continue;
                                }
                            }
                        }
                        slots[sp - 1] = tri!(ops::getitem(th, c, k));
                    }
                    Opcode::StoreSubscr => {
                        let k = pop!();
                        let c = pop!();
                        let v = pop!();
                        // Fast path: exact list, in-range small int.
                        if k.is_small() && c.is_ptr() && c.heap_type() == types().list {
                            let l = c.as_gc_unchecked::<List>();
                            let i = k.as_small();
                            let j = if i < 0 {
                                i + l.items.len_now() as i64
                            } else {
                                i
                            };
                            if j >= 0 && l.items.set_at(j as usize, v) {
                                continue;
                            }
                        }
                        tri!(ops::setitem(th, c, k, v));
                    }
                    Opcode::DeleteSubscr => {
                        let k = pop!();
                        let c = pop!();
                        tri!(ops::setitem(th, c, k, Value::NULL));
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { g().none };
                        let stop = pop!();
                        let start = pop!();
                        push!(crate::builtins_types::new_slice(th, start, stop, step));
                    }
                    Opcode::BuildTuple => {
                        let n = arg as usize;
                        let t = th.new_tuple_from(&slots[sp - n..sp]);
                        sp -= n;
                        push!(t);
                    }
                    Opcode::BuildList => {
                        let n = arg as usize;
                        let l = th.new_list(slots[sp - n..sp].to_vec());
                        sp -= n;
                        push!(l);
                    }
                    Opcode::BuildSet => {
                        let n = arg as usize;
                        let s = crate::objects::set::new_set(th);
                        for &x in &slots[sp - n..sp] {
                            tri!(crate::objects::set::add_key(th, s.into(), x));
                        }
                        sp -= n;
                        push!(s.value());
                    }
                    Opcode::BuildMap => {
                        let n = arg as usize;
                        let d = dict::new_dict(th);
                        let base = sp - 2 * n;
                        for i in 0..n {
                            tri!(dict::set_item(
                                th,
                                d,
                                slots[base + 2 * i],
                                slots[base + 2 * i + 1]
                            ));
                        }
                        sp = base;
                        push!(d.value());
                    }
                    Opcode::BuildString => {
                        let n = arg as usize;
                        let mut s = String::new();
                        for &x in &slots[sp - n..sp] {
                            s.push_str(as_str(x).unwrap_or(""));
                        }
                        sp -= n;
                        push!(th.new_string(s));
                    }
                    Opcode::FormatValue => {
                        let spec = if arg & format_value::HAS_SPEC != 0 {
                            pop!()
                        } else {
                            Value::NULL
                        };
                        let v = pop!();
                        let conv = match arg & format_value::CONV_MASK {
                            format_value::CONV_STR => tri!(ops::str_value(th, v)),
                            format_value::CONV_REPR => tri!(ops::repr_value(th, v)),
                            format_value::CONV_ASCII => {
                                let r = tri!(ops::repr(th, v));
                                th.new_string(crate::builtins_types::ascii_escape(&r))
                            }
                            _ => v,
                        };
                        let spec_s = if spec.is_null() {
                            ""
                        } else {
                            as_str(spec).unwrap_or("")
                        };
                        let r = if spec_s.is_empty()
                            && conv.is_kind(Kind::Str)
                            && type_of(conv) == types().str
                        {
                            conv
                        } else {
                            tri!(crate::builtins::format_value(th, conv, spec_s))
                        };
                        push!(r);
                    }
                    Opcode::ListAppend => {
                        let v = pop!();
                        let l = slots[sp - arg as usize].as_gc_unchecked::<List>();
                        l.items.borrow_mut().push(v);
                    }
                    Opcode::SetAdd => {
                        let v = pop!();
                        let s = slots[sp - arg as usize];
                        tri!(crate::objects::set::add_key(
                            th,
                            crate::objects::set::set_table(s).unwrap(),
                            v
                        ));
                    }
                    Opcode::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        let d = slots[sp - arg as usize].as_gc_unchecked::<Dict>();
                        tri!(dict::set_item(th, d, k, v));
                    }
                    Opcode::ListExtend => {
                        let it = pop!();
                        let l = slots[sp - arg as usize].as_gc_unchecked::<List>();
                        let items = match ops::collect(th, it) {
                            Ok(x) => x,
                            Err(e) => {
                                if ops::is_instance_of(e.0, g().exc.type_error)
                                    && ops::get_iter(th, it).is_err()
                                {
                                    let at = sp - arg as usize;
                                    let below = if at > 0 { slots[at - 1] } else { Value::NULL };
                                    break 'op star_arg_error(th, &co.code, cur, l, below, it);
                                }
                                break 'op e;
                            }
                        };
                        l.items.borrow_mut().extend(items);
                    }
                    Opcode::SetUpdate => {
                        let it = pop!();
                        let s = slots[sp - arg as usize];
                        let t = crate::objects::set::set_table(s).unwrap();
                        tri!(crate::objects::set::update_table(th, t, it));
                    }
                    Opcode::DictUpdate => {
                        let m = pop!();
                        let d = slots[sp - arg as usize].as_gc_unchecked::<Dict>();
                        tri!(dict_merge(th, d, m, false, Value::NULL));
                    }
                    Opcode::DictMerge => {
                        let m = pop!();
                        let d = slots[sp - arg as usize].as_gc_unchecked::<Dict>();
                        // f(**m): the callable lies below the args tuple.
                        let func = slots[sp - arg as usize - 2];
                        tri!(dict_merge(th, d, m, true, func));
                    }
                    Opcode::ListToTuple => {
                        let l = top!().as_gc_unchecked::<List>();
                        let items = l.items.borrow().to_vec();
                        slots[sp - 1] = th.new_tuple(items);
                    }
                    Opcode::UnpackSequence => {
                        let v = pop!();
                        let n = arg as usize;
                        // Exact tuples and lists are pushed straight from their storage.
                        if let Some(t) = v
                            .downcast::<Tuple>()
                            .filter(|_| type_of(v) == types().tuple)
                        {
                            if t.items().len() != n {
                                break 'op unpack_error(th, t.items().len(), n, false);
                            }
                            for x in t.items().iter().rev() {
                                push!(*x);
                            }
                            continue;
                        }
                        if let Some(l) = v.downcast::<List>().filter(|_| type_of(v) == types().list)
                        {
                            let items = l.items.borrow();
                            if items.len() != n {
                                let got = items.len();
                                drop(items);
                                break 'op unpack_error(th, got, n, false);
                            }
                            for x in items.iter().rev() {
                                push!(*x);
                            }
                            continue;
                        }
                        let items: Vec<Value> = { tri!(unpack_iter(th, v, n)) };
                        if items.len() != n {
                            break 'op unpack_error(th, items.len(), n, false);
                        }
                        for x in items.iter().rev() {
                            push!(*x);
                        }
                    }
                    Opcode::UnpackEx => {
                        let v = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = tri!(ops::collect(th, v).map_err(|e| {
                            if ops::is_instance_of(e.0, g().exc.type_error)
                                && ops::get_iter(th, v).is_err()
                            {
                                th.type_error(format!(
                                    "cannot unpack non-iterable {} object",
                                    type_name(v)
                                ))
                            } else {
                                e
                            }
                        }));
                        if items.len() < before + after {
                            break 'op th.value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ));
                        }
                        let mid_end = items.len() - after;
                        // The first `before` items are only in `items` while
                        // the starred list is allocated (a generator made them).
                        let _r = th.root_slice(&items[..before]);
                        for x in items[mid_end..].iter().rev() {
                            push!(*x);
                        }
                        push!(th.new_list(items[before..mid_end].to_vec()));
                        for x in items[..before].iter().rev() {
                            push!(*x);
                        }
                    }
                    Opcode::Jump => pc = arg as usize,
                    Opcode::JumpBackward => {
                        pc = arg as usize;
                        code_ref.count_backedge();
                        if th.mutator.poll_word() != 0
                            && let Err(e) = poll_slow(th)
                        {
                            break 'op e;
                        }
                    }
                    Opcode::PopJumpIfFalse => {
                        let v = pop!();
                        let b = if v == g().false_ {
                            false
                        } else if v == g().true_ {
                            true
                        } else if v.is_small() {
                            v != Value::small(0)
                        } else {
                            tri!(ops::truthy(th, v))
                        };
                        if !b {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfTrue => {
                        let v = pop!();
                        let b = if v == g().true_ {
                            true
                        } else if v == g().false_ {
                            false
                        } else if v.is_small() {
                            v != Value::small(0)
                        } else {
                            tri!(ops::truthy(th, v))
                        };
                        if b {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNone => {
                        if pop!() == g().none {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNotNone => {
                        if pop!() != g().none {
                            pc = arg as usize;
                        }
                    }
                    Opcode::JumpIfFalseOrPop => {
                        let v = top!();
                        if !tri!(ops::truthy(th, v)) {
                            pc = arg as usize;
                        } else {
                            sp -= 1;
                        }
                    }
                    Opcode::JumpIfTrueOrPop => {
                        let v = top!();
                        if tri!(ops::truthy(th, v)) {
                            pc = arg as usize;
                        } else {
                            sp -= 1;
                        }
                    }
                    Opcode::GetIter => {
                        let v = top!();
                        slots[sp - 1] = tri!(ops::get_iter(th, v));
                    }
                    Opcode::ForIter => {
                        pc += 1;
                        match tri!(for_iter_next(th, top!())) {
                            Some(v) => push!(v),
                            None => {
                                sp -= 1;
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::ReturnValue => {
                        let v = pop!();
                        if inline_depth > 0 {
                            let caller = leave_frame(th, frame);
                            switch_to!(caller);
                            pc = frame.pc.get() as usize;
                            inline_depth -= 1;
                            push!(v);
                            continue;
                        }
                        frame.sp.set(sp as u32);
                        frame.pc.set(pc as u32);
                        frame.finished.set(true);
                        return Ok(Step::Done(Exit::Return(v)));
                    }
                    Opcode::YieldValue => {
                        let v = pop!();
                        frame.sp.set(sp as u32);
                        frame.pc.set(pc as u32);
                        frame.lasti.set(cur as u32);
                        return Ok(Step::Done(Exit::Yield(v)));
                    }
                    Opcode::GetYieldFromIter => {
                        let v = top!();
                        if crate::objects::coroutine::as_coroutine(v).is_some() {
                            use frontend::code::code_flags as cf;
                            if co.flags & (cf::COROUTINE | cf::ITERABLE_COROUTINE) == 0 {
                                break 'op th.type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator"
                                        .into(),
                                );
                            }
                        } else if !crate::objects::generator::is_plain_generator(v) {
                            slots[sp - 1] = tri!(ops::get_iter(th, v));
                        }
                    }
                    Opcode::GetAwaitable => {
                        let v = top!();
                        slots[sp - 1] = tri!(crate::objects::coroutine::get_awaitable(th, v, arg));
                    }
                    Opcode::GetAIter => {
                        let v = top!();
                        slots[sp - 1] = tri!(crate::objects::coroutine::get_aiter(th, v));
                    }
                    Opcode::GetANext => {
                        let v = tri!(crate::objects::coroutine::get_anext(th, top!()));
                        push!(v);
                    }
                    Opcode::EndAsyncFor => {
                        let e = pop!();
                        if !ops::is_instance_of(e, g().exc.by_name["StopAsyncIteration"]) {
                            skip_tb = true;
                            break 'op Exc(e);
                        }
                        sp -= 1;
                    }
                    Opcode::BeforeAsyncWith => {
                        let mgr = pop!();
                        let (exit, r) = tri!(crate::objects::coroutine::before_async_with(th, mgr));
                        push!(exit);
                        push!(r);
                    }
                    Opcode::Send => {
                        let v = pop!();
                        let recv = top!();
                        let r = if let Some(gen_) = recv.downcast::<Generator>() {
                            match tri!(gen_resume(th, gen_, v, None)) {
                                Exit::Yield(y) => Some(y),
                                Exit::Return(r) => {
                                    slots[sp - 1] = r;
                                    None
                                }
                            }
                        } else if v == g().none {
                            match ops::next_raw(th, recv) {
                                Ok(Some(y)) => Some(y),
                                Ok(None) => {
                                    slots[sp - 1] = g().none;
                                    None
                                }
                                Err(e) if ops::is_instance_of(e.0, g().exc.stop_iteration) => {
                                    slots[sp - 1] = stop_value(e.0);
                                    None
                                }
                                Err(e) => break 'op e,
                            }
                        } else {
                            // `__next__` when sending None, keeping the
                            // StopIteration value (the result of an await).
                            let r = if v == g().none {
                                ops::call_method(th, recv, "__next__", &[])
                            } else {
                                ops::call_method(th, recv, "send", &[v])
                            };
                            match r {
                                Ok(y) => Some(y),
                                Err(e) if ops::is_instance_of(e.0, g().exc.stop_iteration) => {
                                    slots[sp - 1] = stop_value(e.0);
                                    None
                                }
                                Err(e) => break 'op e,
                            }
                        };
                        match r {
                            Some(y) => push!(y),
                            None => pc = arg as usize,
                        }
                    }
                    Opcode::RaiseVarargs => match arg {
                        0 => {
                            let h = th.handled.get();
                            skip_tb = true;
                            if h.is_null() || h == g().none {
                                skip_tb = false;
                                break 'op th
                                    .runtime_error("No active exception to reraise".into());
                            }
                            break 'op Exc(h);
                        }
                        1 => {
                            let v = pop!();
                            let e = tri!(make_raisable(th, v));
                            break 'op Exc(e);
                        }
                        _ => {
                            let cause = pop!();
                            let v = pop!();
                            let e = tri!(make_raisable(th, v));
                            let c = if cause == g().none {
                                Value::NULL
                            } else {
                                tri!(make_raisable(th, cause).map_err(|_| {
                                    th.type_error(
                                        "exception causes must derive from BaseException".into(),
                                    )
                                }))
                            };
                            if let Some(x) = e.downcast::<BaseExc>() {
                                x.cause.set(if c.is_null() { g().none } else { c });
                                x.suppress_context.set(true);
                            }
                            break 'op Exc(e);
                        }
                    },
                    Opcode::Reraise => {
                        let e = pop!();
                        skip_tb = true;
                        break 'op Exc(e);
                    }
                    Opcode::PushExcInfo => {
                        let e = pop!();
                        let prev = th.handled.get();
                        push!(if prev.is_null() { g().none } else { prev });
                        push!(e);
                        th.handled.set(e);
                    }
                    Opcode::PopExcept => {
                        let prev = pop!();
                        th.handled
                            .set(if prev == g().none { Value::NULL } else { prev });
                    }
                    Opcode::CheckExcMatch => {
                        let t = pop!();
                        let e = top!();
                        let m = tri!(exc_matches(th, e, t));
                        push!(th.bool_val(m));
                    }
                    Opcode::CheckEgMatch => {
                        let t = pop!();
                        let e = top!();
                        tri!(check_except_star_type(th, t));
                        let (m, rest) = tri!(crate::objects::exceptions::group_match(th, e, t));
                        if m != g().none {
                            slots[sp - 1] = rest;
                            th.handled.set(m);
                        }
                        push!(m);
                    }
                    Opcode::PrepReraiseStar => {
                        let excs = pop!();
                        let orig = pop!();
                        let r = tri!(crate::objects::exceptions::prep_reraise_star(
                            th, orig, excs
                        ));
                        push!(r);
                    }
                    Opcode::LoadAssertionError => push!(g().exc.assertion_error.value()),
                    Opcode::BeforeWith => {
                        let mgr = pop!();
                        let mt = type_of(mgr);
                        let enter = lookup(mt, crate::name!(th, "__enter__"));
                        let exit = lookup(mt, crate::name!(th, "__exit__"));
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let missing = if lookup(mt, crate::name!(th, "__enter__")).is_none() {
                                ""
                            } else {
                                " (missed __exit__ method)"
                            };
                            break 'op th.type_error(format!(
                                "'{}' object does not support the context manager protocol{missing}",
                                mt.name()
                            ));
                        };
                        let bound_exit = tri!(ops::descr_get(th, exit, mgr, mt));
                        push!(bound_exit);
                        let r = tri!(ops::call_method_value(th, enter, mgr, Args::new(&[])));
                        push!(r);
                    }
                    Opcode::WithExceptStart => {
                        let e = slots[sp - 1];
                        let exit = slots[sp - 3];
                        let tb = e
                            .downcast::<BaseExc>()
                            .map(|x| x.traceback.get_copy())
                            .unwrap_or(Value::NULL);
                        let tb = if tb.is_null() { g().none } else { tb };
                        let r = tri!(ops::call(th, exit, &[type_of(e).value(), e, tb]));
                        push!(r);
                    }
                    Opcode::ImportName => {
                        let fromlist = pop!();
                        let level = pop!();
                        let m = tri!(crate::import::import_name(
                            th,
                            frame,
                            name!(arg),
                            fromlist,
                            level
                        ));
                        push!(m);
                    }
                    Opcode::ImportFrom => {
                        let m = top!();
                        let v = tri!(crate::import::import_from(th, m, name!(arg)));
                        push!(v);
                    }
                    Opcode::ImportStar => {
                        let m = pop!();
                        tri!(crate::import::import_star(th, m, frame.locals));
                    }
                    Opcode::SetupAnnotations => {
                        if let Some(d) = frame.locals.downcast::<Dict>() {
                            let k = crate::name!(th, "__annotations__");
                            if dict::get_str(d, k).is_none() {
                                let nd = dict::new_dict(th);
                                dict::set_item_str(th, d, k, nd.value());
                            }
                        }
                    }
                    Opcode::PrintExpr => {
                        let v = pop!();
                        tri!(crate::builtins::display_hook(th, v));
                    }
                    Opcode::GetLen => {
                        let n = tri!(ops::len(th, top!()));
                        push!(th.new_int(n as i64));
                    }
                    Opcode::MatchSequence => {
                        let c = tri!(match_collection(th, top!()));
                        push!(th.bool_val(c == Some(true)));
                    }
                    Opcode::MatchMapping => {
                        let c = tri!(match_collection(th, top!()));
                        push!(th.bool_val(c == Some(false)));
                    }
                    Opcode::MatchKeys => {
                        let r = tri!(match_keys(th, slots[sp - 2], slots[sp - 1]));
                        push!(r);
                    }
                    Opcode::MatchClass => {
                        let (subject, cls, kw) = (slots[sp - 3], slots[sp - 2], slots[sp - 1]);
                        let r = tri!(match_class(th, subject, cls, arg as usize, kw));
                        sp -= 3;
                        push!(r);
                    }
                }
            }
        };
        // --- Exception unwinding ---
        let mut exc = exc;
        if !skip_tb {
            if exc
                .0
                .downcast::<BaseExc>()
                .is_some_and(|e| e.traceback.get_copy().is_null())
            {
                set_context(th, exc.0);
            }
            if !exc.0.is_kind(Kind::BaseException) {
                exc = th.type_error("exceptions must derive from BaseException".into());
            }
            add_traceback(th, exc.0, frame, cur);
        }
        frame.lasti.set(cur as u32);
        match find_handler(co, cur) {
            Some(h) => {
                sp = co.nlocalsplus() + h.depth as usize;
                if h.push_lasti {
                    push!(Value::small(cur as i64));
                }
                push!(exc.0);
                pc = h.handler as usize;
                continue 'outer;
            }
            None => {
                frame.sp.set(sp as u32);
                frame.pc.set(pc as u32);
                frame.finished.set(true);
                if inline_depth > 0 {
                    // Go on unwinding in the caller, at its call instruction.
                    let caller = leave_frame(th, frame);
                    switch_to!(caller);
                    inline_depth -= 1;
                    pc = frame.lasti.get() as usize + 1;
                    pending = Some(exc);
                    continue 'outer;
                }
                return Err(exc);
            }
        }
    }
}

pub(crate) fn unbound_local(th: &Thread, co: &frontend::CodeObject, i: usize) -> Exc {
    th.new_exc(
        g().exc.unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            co.slot_name(i)
        ),
    )
}

pub(crate) fn unbound_deref(th: &Thread, co: &frontend::CodeObject, i: usize) -> Exc {
    let name = co.slot_name(i);
    if i >= co.varnames.len() + co.cellvars.len() {
        th.new_exc(
            g().exc.name_error,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    } else {
        th.new_exc(
            g().exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

#[inline(never)]
pub(crate) fn unpack_error(th: &Thread, got: usize, want: usize, _ex: bool) -> Exc {
    if got > want {
        th.value_error(format!("too many values to unpack (expected {want})"))
    } else {
        th.value_error(format!(
            "not enough values to unpack (expected {want}, got {got})"
        ))
    }
}

#[inline(never)]
pub(crate) fn unpack_iter(th: &Thread, v: Value, n: usize) -> PyResult<Vec<Value>> {
    let it = ops::get_iter(th, v).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ))
        } else {
            e
        }
    })?;
    let _r = th.root(it);
    let out = crate::runtime::TempVec::new(th);
    while let Some(x) = ops::next(th, it)? {
        out.push(x);
        if out.len() > n {
            return Err(th.value_error(format!("too many values to unpack (expected {n})")));
        }
    }
    Ok(out.to_vec())
}

#[inline(never)]
fn exc_matches(th: &Thread, e: Value, t: Value) -> PyResult<bool> {
    if let Some(tt) = t.downcast::<Tuple>() {
        for x in tt.items().iter() {
            if exc_matches(th, e, *x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match t.downcast::<TypeObj>() {
        Some(ty) if crate::objects::exceptions::is_exception_type(ty) => {
            Ok(is_subtype(type_of(e), ty))
        }
        _ => Err(th.type_error(
            "catching classes that do not inherit from BaseException is not allowed".into(),
        )),
    }
}

/// The type of an `except*` clause: exception classes (or a tuple of them),
/// none of them an exception group class.
fn check_except_star_type(th: &Thread, t: Value) -> PyResult<()> {
    let items = match t.downcast::<Tuple>() {
        Some(tt) => tt.items().to_vec(),
        None => vec![t],
    };
    for x in &items {
        match x.downcast::<TypeObj>() {
            Some(ty) if crate::objects::exceptions::is_exception_type(ty) => {}
            _ => {
                return Err(th.type_error(
                    "catching classes that do not inherit from BaseException is not allowed".into(),
                ));
            }
        }
    }
    let beg = g().exc.base_exception_group;
    if items.iter().any(|x| {
        x.downcast::<TypeObj>()
            .is_some_and(|ty| is_subtype(ty, beg))
    }) {
        return Err(th.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.".into(),
        ));
    }
    Ok(())
}

/// LOAD_GLOBAL cache entries: `a` = 1 + the name's position, with these flags.
/// Found in the builtins (not the globals).
const IN_BUILTINS: u64 = 1 << 63;
/// `b` is the value itself and `seen` the `values_version` of its namespace
/// when it was read (see `Dict::values_version`).
const GLOBAL_BY_VALUE: u64 = crate::objects::code::B_UNTRACED;

#[inline(always)]
pub(crate) fn load_global(
    th: &Thread,
    code: &Code,
    slot: usize,
    globals: Gc<Dict>,
    builtins: Gc<Dict>,
    name: Value,
) -> PyResult<Value> {
    let c = code.caches.get_or_empty(slot);
    // The value itself, while the namespace it came from has not changed
    // (module namespaces only: `Dict::values_version`; never 0 when set).
    if c.a & GLOBAL_BY_VALUE != 0 {
        if c.a & IN_BUILTINS == 0 {
            if c.seen == globals.values_version.get() {
                return Ok(c.b);
            }
        } else if c.seen == builtins.values_version.get() && c.tag == globals.keys_version.get() {
            return Ok(c.b);
        }
    }
    if c.tag == globals.keys_version.get() && c.a != 0 && c.a & GLOBAL_BY_VALUE == 0 {
        if c.a & IN_BUILTINS == 0 {
            let v = dict::value_at_version(globals, (c.a - 1) as usize, c.tag);
            if !v.is_null() {
                return Ok(v);
            }
        } else if c.seen == builtins.keys_version.get() {
            let v = dict::value_at_version(builtins, ((c.a & !IN_BUILTINS) - 1) as usize, c.seen);
            // The global name must still be absent: the globals' version
            // was checked above, without the lock.
            if !v.is_null() && globals.keys_version.get() == c.tag {
                return Ok(v);
            }
        }
    }
    if c.a & (GLOBAL_BY_VALUE | IN_BUILTINS) == GLOBAL_BY_VALUE
        && c.tag == globals.keys_version.get()
    {
        // A global whose namespace changed since: its position still holds
        // while the keys do (the cache keeps the stale value; refilling it
        // at every write would make a rebound global slower than before).
        let v = dict::value_at_version(globals, ((c.a & !GLOBAL_BY_VALUE) - 1) as usize, c.tag);
        if !v.is_null() {
            return Ok(v);
        }
    }
    load_global_miss(th, code, slot, globals, builtins, name)
}

/// `load_global` when the cache does not answer: looks the name up and
/// fills the cache (out of line, to keep the interpreter loop small).
#[inline(never)]
fn load_global_miss(
    th: &Thread,
    code: &Code,
    slot: usize,
    globals: Gc<Dict>,
    builtins: Gc<Dict>,
    name: Value,
) -> PyResult<Value> {
    // Positions and versions are read together under each dict's lock.
    let (gi, gver) = dict::index_of_str(globals, name);
    if let Some(i) = gi {
        let (v, vver) = dict::value_and_values_version(globals, i, gver);
        if !v.is_null() {
            code.caches.update(slot, |c| {
                c.tag = gver;
                if vver != 0 {
                    c.a = (i as u64 + 1) | GLOBAL_BY_VALUE;
                    c.b = v;
                    c.seen = vver;
                } else {
                    c.a = i as u64 + 1;
                }
            });
            return Ok(v);
        }
    } else {
        let (bi, bver) = dict::index_of_str(builtins, name);
        if let Some(i) = bi {
            let (v, vver) = dict::value_and_values_version(builtins, i, bver);
            if !v.is_null() {
                code.caches.update(slot, |c| {
                    c.tag = gver;
                    if vver != 0 {
                        c.seen = vver;
                        c.b = v;
                        c.a = (i as u64 + 1) | IN_BUILTINS | GLOBAL_BY_VALUE;
                    } else {
                        c.seen = bver;
                        c.a = (i as u64 + 1) | IN_BUILTINS;
                    }
                });
                return Ok(v);
            }
        }
    }
    // Another thread changed a namespace meanwhile: look up uncached.
    if let Some(v) = dict::get_str(globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict::get_str(builtins, name) {
        return Ok(v);
    }
    Err(th.name_error(as_str(name).unwrap_or("?")))
}

// --- Attribute caches ---
//
// LoadAttr and StoreAttr cache, per instruction, what the lookup on the
// receiver's type found: `tag` = the type, `seen` = TYPE_EPOCH when filled,
// `a` = the case below, `b` = the attribute found on the type.  Only heap
// types whose __getattribute__/__setattr__ are object's are cached; any type
// change bumps the epoch and so invalidates every entry.

/// The attribute is not on the type: look in the instance dict.
const ATTR_INSTANCE: u64 = 1;
/// A plain function on the type: instance dict first, else a bound method.
const ATTR_METHOD: u64 = 2;
/// A non-descriptor class attribute: instance dict first, else the value.
const ATTR_CLASS_VALUE: u64 = 3;

fn instance_dict_get(o: Value, name: Value) -> Option<Value> {
    let d = o.dict_slot()?.get_copy().downcast::<Dict>()?;
    dict::get_str(d, name)
}

// --- Attribute inline caches ---
//
// `LoadAttr`, `StoreAttr` and `LoadMethod` own `ATTR_CACHE_WAYS` consecutive
// cache entries: a small polymorphic inline cache (Hölzle, Chambers and
// Ungar, ECOOP '91), one entry per receiver type seen, each valid for one
// `TYPE_EPOCH`.  `tag` is the type, `seen` the epoch, `a` the kind of hit and
// `b` its datum.  The entries are also the type feedback a compiled tier reads.

/// The way of the polymorphic cache at `slot` that holds `tag` in `epoch`.
#[inline(always)]
fn pic_find(caches: &Caches, slot: usize, tag: u64, epoch: u64) -> Option<(usize, CacheEntry)> {
    for i in slot..slot + ATTR_CACHE_WAYS {
        if let Some(c) = caches.get_matching(i, tag, epoch) {
            return Some((i, c));
        }
    }
    None
}

/// Records `e` in the polymorphic cache at `slot`: in a free or stale way,
/// else in the first way, moving the others down (the oldest falls out).
fn pic_fill(code: &Code, slot: usize, e: CacheEntry) {
    let caches = &code.caches;
    let ways = slot..slot + ATTR_CACHE_WAYS;
    match ways.clone().find(|&i| {
        caches
            .get(i)
            .is_some_and(|c| c.tag == 0 || c.seen != e.seen)
    }) {
        Some(i) => caches.set(i, e),
        None => {
            // Each way moves down whole; a reader may see the move half
            // done (one entry twice), which is still a correct cache.
            for i in ways.rev().skip(1) {
                if let Some(c) = caches.get(i) {
                    caches.set(i + 1, c);
                }
            }
            caches.set(slot, e);
        }
    }
}

/// What a `LoadAttr` cache entry for `ty` should say about `name`, if the
/// lookup is cacheable.
#[inline(never)]
fn attr_cache_kind(th: &Thread, ty: Gc<TypeObj>, name: Value) -> Option<(u64, Value)> {
    if !ty.is_heap()
        || crate::objects::type_::attr_flags(th, ty)
            & crate::objects::type_::attr::CUSTOM_GETATTRIBUTE
            != 0
    {
        return None;
    }
    match lookup(ty, name) {
        None => Some((ATTR_INSTANCE, Value::small(0))),
        Some(d) if d.is_kind(Kind::Function) => Some((ATTR_METHOD, d)),
        Some(d)
            if d.is_small()
                || matches!(
                    d.kind(),
                    Kind::Int | Kind::Float | Kind::Str | Kind::None | Kind::Bool | Kind::Tuple
                ) =>
        {
            Some((ATTR_CLASS_VALUE, d))
        }
        Some(_) => None,
    }
}

/// `load_attr` on a cache miss: fills the cache when the lookup is
/// cacheable, then does the full lookup (out of line, to keep the
/// interpreter loop small).
#[inline(never)]
fn load_attr_miss(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
    ty: Gc<TypeObj>,
    epoch: u64,
) -> PyResult<Value> {
    if let Some((a, b)) = attr_cache_kind(th, ty, name) {
        pic_fill(
            code,
            slot,
            CacheEntry {
                tag: ty.value().bits(),
                a,
                b,
                seen: epoch,
            },
        );
    }
    ops::getattr(th, o, name)
}

// Always: also called by `tier`'s runtime functions, and with two
// callers LLVM stopped inlining it into `run` (richards +10% instructions).
#[inline(always)]
pub(crate) fn load_attr(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
) -> PyResult<Value> {
    // Classes and modules look attributes up in their own namespaces.
    if o.is_ptr() && !matches!(o.kind(), Kind::Type | Kind::Module) {
        let ty = o.heap_type();
        let epoch = crate::objects::type_::TYPE_EPOCH.load(Ordering::Relaxed);
        let Some((way, c)) = pic_find(&code.caches, slot, ty.value().bits(), epoch) else {
            return load_attr_miss(th, code, slot, o, name, ty, epoch);
        };
        if c.a == ATTR_INSTANCE {
            // `b` holds the entry position the name had last time.
            if let Some(d) = o.dict_slot().and_then(|s| s.get_copy().downcast::<Dict>())
                && let Some((v, pos)) = dict::get_str_hinted(d, name, c.b.as_small() as usize)
            {
                if pos as i64 != c.b.as_small() {
                    code.caches.update(way, |c| c.b = Value::small(pos as i64));
                }
                return Ok(v);
            }
            return ops::getattr(th, o, name);
        }
        if let Some(v) = instance_dict_get(o, name) {
            return Ok(v);
        }
        match c.a {
            ATTR_METHOD => return Ok(crate::objects::function::new_bound(th, c.b, o)),
            ATTR_CLASS_VALUE => return Ok(c.b),
            _ => {}
        }
    }
    ops::getattr(th, o, name)
}

// Always: also called by `tier`'s runtime functions, and with two
// callers LLVM stopped inlining it into `run` (richards +10% instructions).
#[inline(always)]
pub(crate) fn store_attr(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
    v: Value,
) -> PyResult<()> {
    if o.is_ptr() && !matches!(o.kind(), Kind::Type | Kind::Module) {
        let ty = o.heap_type();
        let epoch = crate::objects::type_::TYPE_EPOCH.load(Ordering::Relaxed);
        let hit = pic_find(&code.caches, slot, ty.value().bits(), epoch);
        if let Some((way, c)) = hit
            && c.a == ATTR_INSTANCE
        {
            if let Some(dslot) = o.dict_slot() {
                let d = dslot.get_or_init(|| dict::new_dict(th).value());
                if let Some(dd) = d.downcast::<Dict>() {
                    let hint = c.b.as_small() as usize;
                    let pos = dict::set_str_hinted(dd, name, v, hint);
                    if pos != hint {
                        code.caches.update(way, |c| c.b = Value::small(pos as i64));
                    }
                    return Ok(());
                }
            }
        } else if hit.is_none() {
            return store_attr_miss(th, code, slot, o, name, v, ty, epoch);
        }
    }
    ops::setattr(th, o, name, v)
}

/// `store_attr` on a cache miss: fills the cache when the store is
/// cacheable, then does the full store (out of line, to keep the
/// interpreter loop small).
#[inline(never)]
fn store_attr_miss(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
    v: Value,
    ty: Gc<TypeObj>,
    epoch: u64,
) -> PyResult<()> {
    {
        // `__dict__` replaces the storage itself (`ops::generic_setattr`).
        if ty.is_heap()
            && o.dict_slot().is_some()
            && name != crate::name!(th, "__dict__")
            && crate::objects::type_::attr_flags(th, ty)
                & crate::objects::type_::attr::CUSTOM_SETATTR
                == 0
            && lookup(ty, name).is_none_or(|d| {
                d.is_kind(Kind::Function)
                    || d.is_small()
                    || matches!(
                        d.kind(),
                        Kind::Int | Kind::Float | Kind::Str | Kind::None | Kind::Bool | Kind::Tuple
                    )
            })
        {
            pic_fill(
                code,
                slot,
                CacheEntry {
                    tag: ty.value().bits(),
                    a: ATTR_INSTANCE,
                    b: Value::small(0),
                    seen: epoch,
                },
            );
        }
    }
    ops::setattr(th, o, name, v)
}

#[inline(never)]
fn load_name(th: &Thread, frame: Gc<Frame>, name: Value) -> PyResult<Value> {
    if !frame.locals.is_null() {
        if let Some(d) = frame.locals.downcast::<Dict>() {
            if let Some(v) = dict::get_str(d, name) {
                return Ok(v);
            }
        } else {
            match ops::getitem(th, frame.locals, name) {
                Ok(v) => return Ok(v),
                Err(e) if ops::is_instance_of(e.0, g().exc.key_error) => {}
                Err(e) => return Err(e),
            }
        }
    }
    if let Some(v) = dict::get_str(frame.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict::get_str(frame.builtins, name) {
        return Ok(v);
    }
    Err(th.name_error(as_str(name).unwrap_or("?")))
}

/// LoadMethod with its inline cache: `tag` = type, `seen` = TYPE_EPOCH,
/// `b` = the method found on the type, `a` = 1 when instances have a dict
/// that could shadow it.
// Always: also called by `tier`'s runtime functions, and with two
// callers LLVM stopped inlining it into `run` (richards +10% instructions).
#[inline(always)]
pub(crate) fn load_method_cached(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
) -> PyResult<Option<Value>> {
    let t = type_of(o);
    let epoch = crate::objects::type_::TYPE_EPOCH.load(Ordering::Relaxed);
    if let Some((_, c)) = pic_find(&code.caches, slot, t.value().bits(), epoch) {
        if c.a == 1 && instance_dict_get(o, name).is_some() {
            return Ok(None);
        }
        return Ok(Some(c.b));
    }
    load_method_miss(th, code, slot, o, name, t, epoch)
}

/// `load_method_cached` on a cache miss: the lookup, then the cache fill.
#[inline(never)]
fn load_method_miss(
    th: &Thread,
    code: &Code,
    slot: usize,
    o: Value,
    name: Value,
    t: Gc<TypeObj>,
    epoch: u64,
) -> PyResult<Option<Value>> {
    let r = load_method(th, o, name)?;
    if let Some(f) = r {
        let shadowable = t.is_heap() && o.dict_slot().is_some();
        pic_fill(
            code,
            slot,
            CacheEntry {
                tag: t.value().bits(),
                a: shadowable as u64,
                b: f,
                seen: epoch,
            },
        );
    }
    Ok(r)
}

/// For LoadMethod: the plain function to call with `o` as self, if the
/// attribute is a method found on the type and not shadowed.
#[inline(never)]
fn load_method(th: &Thread, o: Value, name: Value) -> PyResult<Option<Value>> {
    let t = type_of(o);
    if o.is_kind(Kind::Type) || o.is_kind(Kind::Module) || o.is_kind(Kind::Super) {
        return Ok(None);
    }
    let Some(d) = lookup(t, name) else {
        return Ok(None);
    };
    let is_method = match d.kind() {
        Kind::Function => true,
        Kind::NativeFunction => {
            let nf = d.as_gc_unchecked::<NativeFunction>();
            nf.binding == crate::objects::function::Binding::Method && nf.self_.is_null()
        }
        _ => false,
    };
    if !is_method {
        return Ok(None);
    }
    if t.is_heap() {
        if crate::objects::type_::attr_flags(th, t)
            & crate::objects::type_::attr::CUSTOM_GETATTRIBUTE
            != 0
        {
            return Ok(None);
        }
        if let Some(slot) = o.dict_slot()
            && let Some(dd) = slot.get_copy().downcast::<Dict>()
            && dict::get_str(dd, name).is_some()
        {
            return Ok(None);
        }
    }
    Ok(Some(d))
}

/// Calls `f` with positional `args` whose last `kwnames.len()` are keywords.
#[inline]
pub(crate) fn call_value(
    th: &Thread,
    f: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if let Some(nf) = f.downcast::<NativeFunction>()
        && nf.clean_stack
    {
        // In this frame, before the callee's frames exist (the loop's own
        // calls of these go through `run`: `Step::CleanCall`).
        gc::forget_dead_roots();
    }
    call_any(th, f, args, kwnames)
}

/// `call_value` without the `clean_stack` test.
#[inline]
fn call_any(th: &Thread, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let a = Args {
        pos: &args[..npos],
        kwnames,
        kwvals: &args[npos..],
    };
    if f.is_kind(Kind::Function) {
        return call_function(th, f.as_gc_unchecked(), a);
    }
    ops::call_with(th, f, a)
}

#[inline(never)]
fn call_ex(th: &Thread, f: Value, args_t: Value, kw: Value) -> PyResult<Value> {
    let pos: Vec<Value> = match args_t.downcast::<Tuple>() {
        Some(t) => t.items().to_vec(),
        None => ops::collect(th, args_t)?,
    };
    let mut kwnames = Vec::new();
    let mut all = pos.clone();
    if !kw.is_null() {
        let d = kw.as_gc_unchecked::<Dict>();
        for (k, v) in dict::items_vec(d) {
            if !k.is_kind(Kind::Str) {
                return Err(th.type_error("keywords must be strings".into()));
            }
            kwnames.push(k);
            all.push(v);
        }
    }
    let tv = th.new_tuple(all.clone());
    let _r = th.root(tv);
    let kt = th.new_tuple(kwnames.clone());
    let _r2 = th.root(kt);
    let npos = pos.len();
    ops::call_with(
        th,
        f,
        Args {
            pos: &all[..npos],
            kwnames: &kwnames,
            kwvals: &all[npos..],
        },
    )
}

fn dict_merge(th: &Thread, d: Gc<Dict>, m: Value, check_dup: bool, func: Value) -> PyResult<()> {
    let mut pair_roots = None;
    let items: Vec<(Value, Value)> = if let Some(md) = m.downcast::<Dict>() {
        let items = dict::items_vec(md);
        // `set_item` may run `__hash__`/`__eq__`, which may empty `md`.
        if !check_dup {
            pair_roots = Some(th.root_pairs(&items));
        }
        items
    } else {
        let keys_f = match ops::getattr_opt(th, m, crate::name!(th, "keys"))? {
            Some(k) => k,
            None => {
                let what = if check_dup {
                    format!(
                        "{} argument after ** must be a mapping, not {}",
                        func_desc(func),
                        type_name(m)
                    )
                } else {
                    format!("'{}' object is not a mapping", type_name(m))
                };
                return Err(th.type_error(what));
            }
        };
        let keys = ops::call(th, keys_f, &[])?;
        // The keys are rooted before anything else is allocated: `ks`
        // lives in native memory, and `keys()` may have made them.
        let tv = crate::runtime::TempVec::new(th);
        let ks = ops::collect(th, keys)?;
        for k in &ks {
            tv.push(*k);
        }
        let mut out = Vec::new();
        for k in ks {
            let v = ops::getitem(th, m, k)?;
            tv.push(v);
            out.push((k, v));
        }
        // `tv` ends with this block: the pairs stay rooted for the
        // insertions below (`__hash__`/`__eq__` may run Python code).
        pair_roots = Some(th.root_pairs(&out));
        out
    };
    let _pair_roots = pair_roots;
    for (k, v) in items {
        if check_dup {
            if !k.is_kind(Kind::Str) {
                return Err(th.type_error("keywords must be strings".into()));
            }
            if dict::get_str(d, k).is_some() {
                return Err(th.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(func),
                    as_str(k).unwrap_or("?")
                )));
            }
        }
        dict::set_item(th, d, k, v)?;
    }
    Ok(())
}

/// The TypeError for `*x` with a non-iterable `x`: CPython names the callee
/// when `x` is a call's only star argument (`f(*x)`, compiled here as an
/// empty list extended by `x`, then turned into the args tuple).
#[cold]
fn star_arg_error(
    th: &Thread,
    units: &[u32],
    cur: usize,
    l: Gc<List>,
    below: Value,
    it: Value,
) -> Exc {
    let op_at = |i: usize| {
        units
            .get(i)
            .and_then(|u| Opcode::from_u8(bytecode::decode(*u).0))
    };
    let in_call = !below.is_null()
        && l.items.borrow().is_empty()
        && op_at(cur + 1) == Some(Opcode::ListToTuple)
        && matches!(
            op_at(cur + 2),
            Some(Opcode::PushNull | Opcode::BuildMap | Opcode::CallEx)
        );
    if in_call {
        return th.type_error(format!(
            "{} argument after * must be an iterable, not {}",
            func_desc(below),
            type_name(it)
        ));
    }
    th.type_error(format!(
        "Value after * must be an iterable, not {}",
        type_name(it)
    ))
}

fn func_desc(f: Value) -> String {
    if let Some(func) = f.downcast::<Function>() {
        let qn = as_str(func.qualname.get_copy()).unwrap_or("?");
        return match as_str(func.module.get_copy()) {
            Some(m) if m != "builtins" => format!("{m}.{qn}()"),
            _ => format!("{qn}()"),
        };
    }
    if let Some(nf) = f.downcast::<NativeFunction>() {
        return format!("{}()", nf.name);
    }
    if let Some(t) = f.downcast::<TypeObj>() {
        return format!("{}()", t.name());
    }
    format!("{} object", type_name(f))
}

#[inline(never)]
pub(crate) fn make_func(
    th: &Thread,
    codev: Value,
    globals: Gc<Dict>,
    defs: Value,
    kwd: Value,
    ann: Value,
    closure: Value,
) -> Value {
    let code = codev.as_gc_unchecked::<Code>();
    let doc = match code.code.consts.first() {
        Some(frontend::Constant::Str(_))
            if code.code.flags & frontend::code::code_flags::OPTIMIZED != 0 =>
        {
            if code.code.has_docstring() {
                code.consts[0]
            } else {
                g().none
            }
        }
        _ => g().none,
    };
    let module = dict::get_str(globals, crate::name!(th, "__name__")).unwrap_or(g().none);
    th.alloc(
        types().function,
        Function {
            code,
            globals,
            name: PyCell::new(code.name),
            qualname: PyCell::new(code.qualname),
            defaults: PyCell::new(defs),
            kwdefaults: PyCell::new(kwd),
            closure,
            doc: PyCell::new(doc),
            module: PyCell::new(module),
            annotations: PyCell::new(ann),
            dict: crate::layout::ValueCell::new(Value::NULL),
        },
    )
    .value()
}

// --- Structural pattern matching (the match statement) ---

/// CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` for `match`:
/// `Some(true)` when sequence patterns apply to `v`, `Some(false)` when
/// mapping patterns do.  Built-in layouts decide directly (str, bytes and
/// bytearray are never sequences); other classes count when their MRO holds
/// `collections.abc.Sequence`/`Mapping`, or a class registered with one of
/// those ABCs or with an ABC derived from them (`deque` is registered with
/// `MutableSequence`).
fn match_collection(th: &Thread, v: Value) -> PyResult<Option<bool>> {
    match v.kind() {
        Kind::Str | Kind::Bytes | Kind::ByteArray => return Ok(None),
        Kind::List | Kind::Tuple | Kind::Range => return Ok(Some(true)),
        Kind::Dict => return Ok(Some(false)),
        _ => {}
    }
    let t = type_of(v);
    if !t.is_heap() {
        return Ok(None);
    }
    let mro: Vec<Gc<TypeObj>> = t.mro.borrow().clone();
    for c in &mro {
        if c.module.borrow().as_str() == "collections.abc" {
            match c.name.borrow().as_str() {
                "Sequence" => return Ok(Some(true)),
                "Mapping" => return Ok(Some(false)),
                _ => {}
            }
        }
    }
    let Some(abc) = dict::get_str(g().modules, th.intern_static("collections.abc")) else {
        return Ok(None);
    };
    for (name, is_seq) in [("Sequence", true), ("Mapping", false)] {
        let Some(root) = ops::getattr_opt(th, abc, th.intern_static(name))? else {
            continue;
        };
        // The ABCs are reachable from the module, so this Vec needs no rooting.
        let mut todo = vec![root];
        let mut seen: Vec<Value> = Vec::new();
        while let Some(a) = todo.pop() {
            let Some(at) = a.downcast::<TypeObj>() else {
                continue;
            };
            if seen.contains(&a) {
                continue;
            }
            seen.push(a);
            // The registry is a `WeakSet`: a set of weak references in its
            // `data` attribute.
            let reg = dict::get_str(at.dict, th.intern_static("_abc_registry"));
            let data = match reg {
                Some(r) => ops::getattr_opt(th, r, th.intern_static("data"))?,
                None => None,
            };
            if let Some(refs) = data.and_then(crate::objects::set::set_table) {
                let registered: Vec<Value> = crate::objects::set::keys_vec(refs)
                    .into_iter()
                    .filter_map(crate::modules::weakref::referent)
                    .collect();
                if registered
                    .iter()
                    .any(|r| mro.iter().any(|c| c.value() == *r))
                {
                    return Ok(Some(is_seq));
                }
            }
            todo.extend(
                crate::objects::type_::subclasses(at)
                    .iter()
                    .map(|t| t.value()),
            );
        }
    }
    Ok(None)
}

/// `MatchKeys`: the tuple of `subject.get(key, dummy)` for every key, or
/// None when a key is missing (CPython's `match_keys`).
#[inline(never)]
fn match_keys(th: &Thread, subject: Value, keys: Value) -> PyResult<Value> {
    // The keys tuple stays on the value stack, so its items are rooted.
    let keys: Vec<Value> = match keys.downcast::<Tuple>() {
        Some(t) => t.items().to_vec(),
        None => Vec::new(),
    };
    if keys.is_empty() {
        return Ok(th.new_tuple(Vec::new()));
    }
    let get = ops::getattr(th, subject, th.intern_static("get"))?;
    let dummy = ops::call(th, types().object.value(), &[])?;
    let values = crate::runtime::TempVec::new(th);
    values.push(get);
    values.push(dummy);
    let mut hashes = Vec::with_capacity(keys.len());
    for (i, &k) in keys.iter().enumerate() {
        let h = ops::hash(th, k)?;
        for (j, &prev) in keys[..i].iter().enumerate() {
            if hashes[j] == h && (prev == k || ops::eq_bool(th, prev, k)?) {
                let r = ops::repr(th, k)?;
                return Err(th.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        hashes.push(h);
        let v = ops::call(th, get, &[k, dummy])?;
        if v == dummy {
            return Ok(g().none);
        }
        values.push(v);
    }
    let items = values.to_vec();
    Ok(th.new_tuple_from(&items[2..]))
}

/// Whether class patterns with one positional sub-pattern match the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn match_self(t: Gc<TypeObj>) -> bool {
    matches!(
        t.layout(),
        Kind::Bool
            | Kind::ByteArray
            | Kind::Bytes
            | Kind::Dict
            | Kind::Float
            | Kind::FrozenSet
            | Kind::Int
            | Kind::List
            | Kind::Set
            | Kind::Str
            | Kind::Tuple
    )
}

/// One attribute of a class pattern; `None` when the subject lacks it.
fn match_class_attr(
    th: &Thread,
    subject: Value,
    t: Gc<TypeObj>,
    name: Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    let s = as_str(name).unwrap_or("");
    if seen.iter().any(|x| as_str(*x) == Some(s)) {
        let r = ops::repr(th, name)?;
        return Err(th.type_error(format!(
            "{}() got multiple sub-patterns for attribute {r}",
            t.name()
        )));
    }
    seen.push(name);
    ops::getattr_opt(th, subject, name)
}

/// `MatchClass`: `isinstance(subject, cls)`, then the attributes named by
/// the first `nargs` entries of `cls.__match_args__` and by `kwnames`, as a
/// tuple, or None when the subject does not match (CPython's `match_class`).
#[inline(never)]
fn match_class(
    th: &Thread,
    subject: Value,
    cls: Value,
    nargs: usize,
    kwnames: Value,
) -> PyResult<Value> {
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Err(th.type_error("called match pattern must be a type".into()));
    };
    if !crate::builtins::isinstance(th, subject, cls)? {
        return Ok(g().none);
    }
    let attrs = crate::runtime::TempVec::new(th);
    // Attribute names live in tuples held by `attrs` or on the value stack.
    let mut seen: Vec<Value> = Vec::new();
    if nargs > 0 {
        let (match_args, self_match) =
            match ops::getattr(th, cls, th.intern_static("__match_args__")) {
                Ok(m) => {
                    if type_of(m) != types().tuple {
                        return Err(th.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            t.name(),
                            type_name(m)
                        )));
                    }
                    (m, false)
                }
                Err(e) if ops::is_instance_of(e.0, g().exc.attribute_error) => {
                    (th.new_tuple(Vec::new()), match_self(t))
                }
                Err(e) => return Err(e),
            };
        attrs.push(match_args);
        let names: Vec<Value> = match match_args.downcast::<Tuple>() {
            Some(tt) => tt.items().to_vec(),
            None => Vec::new(),
        };
        let allowed = if self_match { 1 } else { names.len() };
        if allowed < nargs {
            return Err(th.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                t.name(),
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if self_match {
            attrs.push(subject);
        } else {
            for &name in &names[..nargs] {
                if type_of(name) != types().str {
                    return Err(th.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match match_class_attr(th, subject, t, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(g().none),
                }
            }
        }
    }
    let kw: Vec<Value> = match kwnames.downcast::<Tuple>() {
        Some(tt) => tt.items().to_vec(),
        None => Vec::new(),
    };
    for name in kw {
        match match_class_attr(th, subject, t, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(g().none),
        }
    }
    let items = attrs.to_vec();
    let skip = usize::from(nargs > 0);
    Ok(th.new_tuple_from(&items[skip..]))
}
