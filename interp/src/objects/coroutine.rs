//! `coroutine`, `async_generator` and the awaitables around them
//! (CPython 3.11's `Objects/genobject.c` semantics).
//!
//! A coroutine and an async generator are `Generator` payloads (a suspended
//! frame) under their own types; `eval::gen_resume` runs all three and
//! words its messages by `Generator::flavor`.  `await x` compiles to
//! `GetAwaitable` followed by the `yield from` loop (`Send`/`YieldValue 1`),
//! so awaiting is delegation: whatever the innermost awaitable yields (an
//! asyncio Future, a bare `None` from `sleep(0)`) travels up to whoever
//! drives the outermost coroutine with `send(None)`.
//!
//! ```text
//!   task.send(None) ─▶ coroutine ─await─▶ coroutine ─await─▶ Future.__await__ (a generator)
//!                                                            yields the future ──┐
//!   task  ◀──────────────── the same value, passed through each Send ◀───────────┘
//! ```
//!
//! An async generator's frame yields two kinds of values: its own `yield v`
//! (`YieldValue 0`) and values passed through from an `await` inside it
//! (`YieldValue 1`).  CPython tags the first kind with a wrapper object; here
//! the instruction the frame is suspended at tells them apart
//! (`yielded_by_await`), so nothing is allocated per item.  The awaitables
//! `__anext__()`/`asend(v)` (type `async_generator_asend`) and
//! `athrow(...)`/`aclose()` (type `async_generator_athrow`) drive the frame:
//! an own yield finishes the awaitable with `StopIteration(v)`, a
//! passed-through value is yielded further out, and the frame's end is
//! `StopAsyncIteration`.
//!
//! `coroutine.__await__()` returns a `coroutine_wrapper`, an iterator over
//! the coroutine's steps.  `types.coroutine` marks a generator function's
//! code `CO_ITERABLE_COROUTINE` through `_coroutines.iterable_coroutine`,
//! which returns a copy of the function (CPython assigns `func.__code__`).
//! Missing: the async-generator finalizer hooks (`sys.set_asyncgen_hooks`)
//! and the "coroutine was never awaited" RuntimeWarning.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::eval::{self, Exit};
use crate::layout::{AtomicCell, Gc, Kind, PyPayload, make_permanent, meta_for};
use crate::objects::generator::{Flavor, GenState, Generator};
use crate::objects::type_::{TypeObj, lookup, type_of};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

// --- Types ---

static COROUTINE: AtomicU64 = AtomicU64::new(0);
static ASYNC_GENERATOR: AtomicU64 = AtomicU64::new(0);
static WRAPPER: AtomicU64 = AtomicU64::new(0);
static ASEND: AtomicU64 = AtomicU64::new(0);
static ATHROW: AtomicU64 = AtomicU64::new(0);

fn type_at(bits: &AtomicU64) -> Gc<TypeObj> {
    let v = Value(bits.load(Ordering::Relaxed));
    debug_assert!(!v.is_null(), "coroutine types are installed at startup");
    v.as_gc_unchecked()
}

fn is_type(v: Value, bits: &AtomicU64) -> bool {
    v.is_ptr() && type_of(v).value().bits() == bits.load(Ordering::Relaxed)
}

pub fn coroutine_type() -> Gc<TypeObj> {
    type_at(&COROUTINE)
}

pub fn async_generator_type() -> Gc<TypeObj> {
    type_at(&ASYNC_GENERATOR)
}

/// `v` is a coroutine object (made by calling an `async def` function).
pub fn as_coroutine(v: Value) -> Option<Gc<Generator>> {
    if v.is_kind(Kind::Generator) && is_type(v, &COROUTINE) {
        Some(v.as_gc_unchecked())
    } else {
        None
    }
}

/// `v` is an async generator object.
pub fn as_async_generator(v: Value) -> Option<Gc<Generator>> {
    if v.is_kind(Kind::Generator) && is_type(v, &ASYNC_GENERATOR) {
        Some(v.as_gc_unchecked())
    } else {
        None
    }
}

/// `coroutine.__await__()`'s result: steps the coroutine as an iterator.
pub struct CoroWrapper {
    pub coro: Gc<Generator>,
}

impl PyPayload for CoroWrapper {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.coro.value().bits());
    }
}

/// What an async-generator awaitable does when first stepped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AgOp {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(typ, val, tb)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// States of an async-generator awaitable (CPython's AWAITABLE_STATE_*).
const AW_INIT: u32 = 0;
const AW_ITER: u32 = 1;
const AW_CLOSED: u32 = 2;

/// `async_generator_asend` and `async_generator_athrow`.
pub struct AgAwaitable {
    gen_: Gc<Generator>,
    op: AgOp,
    /// The value to send (Send) or the exception to throw (Throw).
    arg: Value,
    state: AtomicCell<u32>,
}

impl PyPayload for AgAwaitable {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.gen_.value().bits());
        t.mark(self.arg.bits());
    }
}

fn as_wrapper(v: Value) -> Option<Gc<CoroWrapper>> {
    (v.is_kind(Kind::Native) && is_type(v, &WRAPPER)).then(|| v.as_gc_unchecked())
}

fn as_ag_awaitable(v: Value) -> Option<Gc<AgAwaitable>> {
    (v.is_kind(Kind::Native) && (is_type(v, &ASEND) || is_type(v, &ATHROW)))
        .then(|| v.as_gc_unchecked())
}

// --- The await protocol (GetAwaitable, GetAIter, GetANext, BeforeAsyncWith) ---

/// The iterator `await v` drives.  `why`: 0 `await`, 1 the result of
/// `__aenter__`, 2 the result of `__aexit__` (for the message).
pub fn get_awaitable(th: &Thread, v: Value, why: u32) -> PyResult<Value> {
    if let Some(c) = as_coroutine(v) {
        if c.state.get() == GenState::Suspended && eval::delegate_of(c.frame).is_some() {
            return Err(th.runtime_error("coroutine is being awaited already".into()));
        }
        return Ok(v);
    }
    if as_wrapper(v).is_some()
        || as_ag_awaitable(v).is_some()
        || (v.is_kind(Kind::Native) && is_type(v, &ANEXT))
    {
        return Ok(v);
    }
    if crate::objects::generator::is_plain_generator(v)
        && v.as_gc_unchecked::<Generator>().frame.code.code.flags
            & frontend::code::code_flags::ITERABLE_COROUTINE
            != 0
    {
        return Ok(v);
    }
    let t = type_of(v);
    let Some(f) = lookup(t, crate::name!(th, "__await__")) else {
        let tn = t.name();
        return Err(th.type_error(match why {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let it = ops::call_method_value(th, f, v, Args::new(&[]))?;
    if as_coroutine(it).is_some() {
        return Err(th.type_error("__await__() returned a coroutine".into()));
    }
    let it_t = type_of(it);
    let is_iter = crate::objects::generator::is_plain_generator(it)
        || it.is_kind(Kind::Iterator)
        || lookup(it_t, crate::name!(th, "__next__")).is_some();
    if !is_iter {
        return Err(th.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it_t.name()
        )));
    }
    Ok(it)
}

/// `v.__aiter__()` for `async for`.
pub fn get_aiter(th: &Thread, v: Value) -> PyResult<Value> {
    if as_async_generator(v).is_some() {
        return Ok(v);
    }
    let t = type_of(v);
    let Some(f) = lookup(t, crate::name!(th, "__aiter__")) else {
        return Err(th.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            t.name()
        )));
    };
    let it = ops::call_method_value(th, f, v, Args::new(&[]))?;
    if lookup(type_of(it), crate::name!(th, "__anext__")).is_none() {
        return Err(th.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_of(it).name()
        )));
    }
    Ok(it)
}

/// The awaitable of `aiter.__anext__()` for `async for`.
pub fn get_anext(th: &Thread, aiter: Value) -> PyResult<Value> {
    if let Some(ag) = as_async_generator(aiter) {
        return Ok(new_ag_awaitable(th, ag, AgOp::Send, g().none));
    }
    let t = type_of(aiter);
    let Some(f) = lookup(t, crate::name!(th, "__anext__")) else {
        return Err(th.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            t.name()
        )));
    };
    let r = ops::call_method_value(th, f, aiter, Args::new(&[]))?;
    match get_awaitable(th, r, 0) {
        Ok(a) => Ok(a),
        Err(e) if ops::is_instance_of(e.0, g().exc.type_error) => {
            let re = th.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_of(r).name()
            ));
            set_cause(re, e);
            Err(re)
        }
        Err(e) => Err(e),
    }
}

fn set_cause(e: Exc, cause: Exc) {
    if let Some(x) = e.0.downcast::<crate::objects::exceptions::BaseExc>() {
        x.cause.set(cause.0);
        x.context.set(cause.0);
        x.suppress_context.set(true);
    }
}

/// `async with mgr`: (bound `__aexit__`, the result of `__aenter__()`).
pub fn before_async_with(th: &Thread, mgr: Value) -> PyResult<(Value, Value)> {
    let mt = type_of(mgr);
    let enter = lookup(mt, crate::name!(th, "__aenter__"));
    let exit = lookup(mt, crate::name!(th, "__aexit__"));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if enter.is_none() {
            ""
        } else {
            " (missed __aexit__ method)"
        };
        return Err(th.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{missing}",
            mt.name()
        )));
    };
    let bound_exit = ops::descr_get(th, exit, mgr, mt)?;
    let _r = th.root(bound_exit);
    let r = ops::call_method_value(th, enter, mgr, Args::new(&[]))?;
    Ok((bound_exit, r))
}

// --- coroutine methods ---

fn coro_of(th: &Thread, v: Value, what: &str) -> PyResult<Gc<Generator>> {
    match v.downcast::<Generator>() {
        Some(c) if c.flavor() == Flavor::Coroutine => Ok(c),
        _ => Err(th.type_error(format!("descriptor requires a '{what}' object"))),
    }
}

fn coro_await(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__await__", 1, 1)?;
    let coro = coro_of(th, a.pos[0], "coroutine")?;
    Ok(th.alloc(type_at(&WRAPPER), CoroWrapper { coro }).value())
}

fn step_result(th: &Thread, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(th.stop_iteration(v)),
    }
}

fn wrapper_of(th: &Thread, a: &Args) -> PyResult<Gc<Generator>> {
    a.pos
        .first()
        .and_then(|v| as_wrapper(*v))
        .map(|w| w.coro)
        .ok_or_else(|| th.type_error("descriptor requires a 'coroutine_wrapper' object".into()))
}

fn wrapper_next(th: &Thread, a: Args) -> PyResult<Value> {
    let c = wrapper_of(th, &a)?;
    step_result(th, eval::gen_resume(th, c, g().none, None)?)
}

fn wrapper_send(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "send", 2, 2)?;
    let c = wrapper_of(th, &a)?;
    step_result(th, eval::gen_resume(th, c, a.pos[1], None)?)
}

fn wrapper_throw(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "throw", 2, 4)?;
    let c = wrapper_of(th, &a)?;
    let e = crate::methods::throw_exc(th, &a.pos[1..])?;
    step_result(th, eval::gen_throw(th, c, e)?)
}

fn wrapper_close(th: &Thread, a: Args) -> PyResult<Value> {
    let c = wrapper_of(th, &a)?;
    eval::gen_close(th, c)
}

fn iter_self(_th: &Thread, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

// --- async_generator methods ---

fn agen_of(th: &Thread, v: Value) -> PyResult<Gc<Generator>> {
    as_async_generator(v)
        .ok_or_else(|| th.type_error("descriptor requires a 'async_generator' object".into()))
}

fn new_ag_awaitable(th: &Thread, gen_: Gc<Generator>, op: AgOp, arg: Value) -> Value {
    let ty = if op == AgOp::Send {
        type_at(&ASEND)
    } else {
        type_at(&ATHROW)
    };
    th.alloc(
        ty,
        AgAwaitable {
            gen_,
            op,
            arg,
            state: AtomicCell::new(AW_INIT),
        },
    )
    .value()
}

fn agen_anext(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__anext__", 1, 1)?;
    let ag = agen_of(th, a.pos[0])?;
    Ok(new_ag_awaitable(th, ag, AgOp::Send, g().none))
}

fn agen_asend(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "asend", 2, 2)?;
    let ag = agen_of(th, a.pos[0])?;
    Ok(new_ag_awaitable(th, ag, AgOp::Send, a.pos[1]))
}

fn agen_athrow(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "athrow", 2, 4)?;
    let ag = agen_of(th, a.pos[0])?;
    let e = crate::methods::throw_exc(th, &a.pos[1..])?;
    Ok(new_ag_awaitable(th, ag, AgOp::Throw, e.0))
}

fn agen_aclose(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "aclose", 1, 1)?;
    let ag = agen_of(th, a.pos[0])?;
    Ok(new_ag_awaitable(th, ag, AgOp::Close, Value::NULL))
}

/// After stepping an async generator's frame: an own `yield v` finishes the
/// awaitable with StopIteration(v); a value passed through from an `await`
/// is yielded on; the frame's end is StopAsyncIteration.
fn ag_unwrap(th: &Thread, ag: Gc<Generator>, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) if !yielded_by_await(ag) => {
            ag.running_async.set(false);
            Err(th.stop_iteration(v))
        }
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(_)) => {
            ag.closed_async.set(true);
            ag.running_async.set(false);
            Err(stop_async_iteration(th))
        }
        Err(e) => {
            if ops::is_instance_of(e.0, g().exc.by_name["StopAsyncIteration"])
                || ops::is_instance_of(e.0, g().exc.generator_exit)
            {
                ag.closed_async.set(true);
            }
            ag.running_async.set(false);
            Err(e)
        }
    }
}

/// Whether the async generator is suspended inside an `await` (its last
/// yield passed a value through) rather than at its own `yield`.
fn yielded_by_await(ag: Gc<Generator>) -> bool {
    ag.state.get() == GenState::Suspended && eval::delegate_of(ag.frame).is_some()
}

fn stop_async_iteration(th: &Thread) -> Exc {
    Exc(crate::objects::exceptions::new_exception(
        th,
        g().exc.by_name["StopAsyncIteration"],
        g().empty_tuple,
    ))
}

fn aw_of(th: &Thread, a: &Args) -> PyResult<Gc<AgAwaitable>> {
    a.pos
        .first()
        .and_then(|v| as_ag_awaitable(*v))
        .ok_or_else(|| th.type_error("descriptor requires an async generator awaitable".into()))
}

fn reuse_error(th: &Thread, aw: Gc<AgAwaitable>) -> Exc {
    th.runtime_error(if aw.op == AgOp::Send {
        "cannot reuse already awaited __anext__()/asend()".into()
    } else {
        "cannot reuse already awaited aclose()/athrow()".into()
    })
}

/// The result of stepping `aclose()`: an own yield means the generator
/// ignored GeneratorExit; its end (or GeneratorExit/StopAsyncIteration)
/// finishes the awaitable with StopIteration.
fn aclose_result(th: &Thread, aw: Gc<AgAwaitable>, r: PyResult<Exit>) -> PyResult<Value> {
    let ag = aw.gen_;
    let closed = |aw: Gc<AgAwaitable>| {
        aw.gen_.running_async.set(false);
        aw.state.set(AW_CLOSED);
    };
    match r {
        Ok(Exit::Yield(v)) if yielded_by_await(ag) => Ok(v),
        Ok(Exit::Yield(_)) => {
            closed(aw);
            Err(th.runtime_error("async generator ignored GeneratorExit".into()))
        }
        Ok(Exit::Return(_)) => {
            closed(aw);
            Err(th.stop_iteration(Value::NULL))
        }
        Err(e) => {
            closed(aw);
            if ops::is_instance_of(e.0, g().exc.by_name["StopAsyncIteration"])
                || ops::is_instance_of(e.0, g().exc.generator_exit)
            {
                Err(th.stop_iteration(Value::NULL))
            } else {
                Err(e)
            }
        }
    }
}

fn aw_send_value(th: &Thread, aw: Gc<AgAwaitable>, arg: Value) -> PyResult<Value> {
    let ag = aw.gen_;
    if aw.state.get() == AW_CLOSED {
        return Err(reuse_error(th, aw));
    }
    if aw.op == AgOp::Send {
        let mut arg = arg;
        if aw.state.get() == AW_INIT {
            if ag.running_async.get() {
                return Err(
                    th.runtime_error("anext(): asynchronous generator is already running".into())
                );
            }
            if arg.is_null() || arg == g().none {
                arg = aw.arg;
            }
            aw.state.set(AW_ITER);
        }
        ag.running_async.set(true);
        let r = ag_unwrap(th, ag, eval::gen_resume(th, ag, arg, None));
        if r.is_err() {
            aw.state.set(AW_CLOSED);
        }
        return r;
    }
    if ag.state.get() == GenState::Closed || ag.frame.finished.get() {
        aw.state.set(AW_CLOSED);
        return Err(th.stop_iteration(Value::NULL));
    }
    let r = if aw.state.get() == AW_INIT {
        if ag.running_async.get() {
            aw.state.set(AW_CLOSED);
            return Err(th.runtime_error(if aw.op == AgOp::Close {
                "aclose(): asynchronous generator is already running".into()
            } else {
                "athrow(): asynchronous generator is already running".into()
            }));
        }
        if ag.closed_async.get() {
            aw.state.set(AW_CLOSED);
            return Err(stop_async_iteration(th));
        }
        if !arg.is_null() && arg != g().none {
            return Err(
                th.runtime_error("can't send non-None value to a just-started coroutine".into())
            );
        }
        aw.state.set(AW_ITER);
        ag.running_async.set(true);
        if aw.op == AgOp::Close {
            ag.closed_async.set(true);
            let exit = crate::objects::exceptions::new_exception(
                th,
                g().exc.generator_exit,
                g().empty_tuple,
            );
            eval::gen_throw(th, ag, Exc(exit))
        } else {
            eval::gen_throw(th, ag, Exc(aw.arg))
        }
    } else {
        eval::gen_resume(th, ag, arg, None)
    };
    aw_finish(th, aw, r)
}

fn aw_finish(th: &Thread, aw: Gc<AgAwaitable>, r: PyResult<Exit>) -> PyResult<Value> {
    if aw.op == AgOp::Close {
        return aclose_result(th, aw, r);
    }
    let out = ag_unwrap(th, aw.gen_, r);
    if out.is_err() {
        aw.state.set(AW_CLOSED);
    }
    out
}

fn aw_send(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "send", 2, 2)?;
    let aw = aw_of(th, &a)?;
    aw_send_value(th, aw, a.pos[1])
}

fn aw_next(th: &Thread, a: Args) -> PyResult<Value> {
    let aw = aw_of(th, &a)?;
    aw_send_value(th, aw, Value::NULL)
}

fn aw_throw(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "throw", 2, 4)?;
    let aw = aw_of(th, &a)?;
    if aw.state.get() == AW_CLOSED {
        return Err(reuse_error(th, aw));
    }
    let e = crate::methods::throw_exc(th, &a.pos[1..])?;
    let ag = aw.gen_;
    if aw.op == AgOp::Send {
        let r = ag_unwrap(th, ag, eval::gen_throw(th, ag, e));
        if r.is_err() {
            aw.state.set(AW_CLOSED);
        }
        return r;
    }
    aw_finish(th, aw, eval::gen_throw(th, ag, e))
}

fn aw_close(th: &Thread, a: Args) -> PyResult<Value> {
    let aw = aw_of(th, &a)?;
    aw.state.set(AW_CLOSED);
    Ok(g().none)
}

// --- aiter() and anext() ---

/// `anext(ait, default)`'s awaitable: awaits `ait.__anext__()` and turns
/// its StopAsyncIteration into the default value.
pub struct AnextAwaitable {
    wrapped: Value,
    default: Value,
    /// The iterator of `wrapped` once first stepped (NULL before).
    iter: AtomicCell<Value>,
}

impl PyPayload for AnextAwaitable {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.wrapped.bits());
        t.mark(self.default.bits());
        t.mark(self.iter.get().bits());
    }
}

static ANEXT: AtomicU64 = AtomicU64::new(0);

/// `aiter(obj)`.
pub fn builtin_aiter(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "aiter")?;
    a.check(th, "aiter", 1, 1)?;
    let v = a.pos[0];
    let t = type_of(v);
    let Some(f) = lookup(t, crate::name!(th, "__aiter__")) else {
        return Err(th.type_error(format!("'{}' object is not an async iterable", t.name())));
    };
    let it = ops::call_method_value(th, f, v, Args::new(&[]))?;
    if lookup(type_of(it), crate::name!(th, "__anext__")).is_none() {
        return Err(th.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_of(it).name()
        )));
    }
    Ok(it)
}

/// `anext(ait[, default])`.
pub fn builtin_anext(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "anext")?;
    a.check(th, "anext", 1, 2)?;
    let v = a.pos[0];
    let t = type_of(v);
    let Some(f) = lookup(t, crate::name!(th, "__anext__")) else {
        return Err(th.type_error(format!("'{}' object is not an async iterator", t.name())));
    };
    let wrapped = ops::call_method_value(th, f, v, Args::new(&[]))?;
    if a.pos.len() == 1 {
        return Ok(wrapped);
    }
    Ok(th
        .alloc(
            type_at(&ANEXT),
            AnextAwaitable {
                wrapped,
                default: a.pos[1],
                iter: AtomicCell::new(Value::NULL),
            },
        )
        .value())
}

fn anext_of(th: &Thread, a: &Args) -> PyResult<Gc<AnextAwaitable>> {
    a.pos
        .first()
        .filter(|v| v.is_kind(Kind::Native) && is_type(**v, &ANEXT))
        .map(|v| v.as_gc_unchecked())
        .ok_or_else(|| th.type_error("descriptor requires an 'anext_awaitable' object".into()))
}

/// Steps an awaitable iterator: sends `v` (NULL: next) or throws `exc`.
fn step_iter(th: &Thread, it: Value, v: Value, exc: Option<Exc>) -> PyResult<Value> {
    if let Some(gn) = it.downcast::<Generator>() {
        let r = match exc {
            Some(e) => eval::gen_throw(th, gn, e)?,
            None => eval::gen_resume(th, gn, v, None)?,
        };
        return step_result(th, r);
    }
    match exc {
        Some(e) => ops::call_method(th, it, "throw", &[e.0]),
        None if v.is_null() || v == g().none => ops::call_method(th, it, "__next__", &[]),
        None => ops::call_method(th, it, "send", &[v]),
    }
}

fn anext_step(th: &Thread, a: &Args, v: Value, exc: Option<Exc>) -> PyResult<Value> {
    let aw = anext_of(th, a)?;
    let mut it = aw.iter.get();
    if it.is_null() {
        it = get_awaitable(th, aw.wrapped, 0)?;
        aw.iter.set(it);
    }
    match step_iter(th, it, v, exc) {
        Err(e) if ops::is_instance_of(e.0, g().exc.by_name["StopAsyncIteration"]) => {
            Err(th.stop_iteration(aw.default))
        }
        r => r,
    }
}

fn anext_next(th: &Thread, a: Args) -> PyResult<Value> {
    anext_step(th, &a, Value::NULL, None)
}

fn anext_send(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "send", 2, 2)?;
    anext_step(th, &a, a.pos[1], None)
}

fn anext_throw(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "throw", 2, 4)?;
    let e = crate::methods::throw_exc(th, &a.pos[1..])?;
    anext_step(th, &a, Value::NULL, Some(e))
}

fn anext_close(th: &Thread, a: Args) -> PyResult<Value> {
    let aw = anext_of(th, &a)?;
    let it = aw.iter.get();
    if it.is_null() {
        return Ok(g().none);
    }
    if let Some(gn) = it.downcast::<Generator>() {
        return eval::gen_close(th, gn);
    }
    match ops::getattr_opt(th, it, crate::name!(th, "close"))? {
        Some(c) => ops::call(th, c, &[]),
        None => Ok(g().none),
    }
}

// --- Attributes ---

fn ag_running(th: &Thread, a: Args) -> PyResult<Value> {
    let ag = agen_of(th, a.pos[0])?;
    Ok(th.bool_val(ag.running_async.get()))
}

// --- Installation ---

fn make_type(th: &Thread, name: &'static str, meta: gc::Meta, bits: &AtomicU64) -> Gc<TypeObj> {
    let t = crate::objects::type_::new_builtin_type(th, name, Some(types().object), meta, false);
    make_permanent(t);
    bits.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert(name, t);
    t
}

/// Creates the types and installs their methods and attributes.
pub fn install(th: &Thread) {
    use crate::objects::function::{Binding, NativeFn};
    use crate::objects::{add_fn, add_methods};
    let coro = make_type(th, "coroutine", meta_for::<Generator>(), &COROUTINE);
    let agen = make_type(
        th,
        "async_generator",
        meta_for::<Generator>(),
        &ASYNC_GENERATOR,
    );
    let wrapper = make_type(th, "coroutine_wrapper", meta_for::<CoroWrapper>(), &WRAPPER);
    let asend = make_type(
        th,
        "async_generator_asend",
        meta_for::<AgAwaitable>(),
        &ASEND,
    );
    let athrow = make_type(
        th,
        "async_generator_athrow",
        meta_for::<AgAwaitable>(),
        &ATHROW,
    );
    let anext = make_type(th, "anext_awaitable", meta_for::<AnextAwaitable>(), &ANEXT);
    add_methods(
        th,
        anext,
        "anext_awaitable",
        &[
            ("__await__", iter_self),
            ("__iter__", iter_self),
            ("__next__", anext_next),
            ("send", anext_send),
            ("throw", anext_throw),
            ("close", anext_close),
        ],
    );
    add_methods(
        th,
        coro,
        "coroutine",
        &[
            ("send", crate::methods::gen_send),
            ("throw", crate::methods::gen_throw),
            ("close", crate::methods::gen_close),
            ("__await__", coro_await),
        ],
    );
    add_methods(
        th,
        wrapper,
        "coroutine_wrapper",
        &[
            ("__iter__", iter_self),
            ("__next__", wrapper_next),
            ("send", wrapper_send),
            ("throw", wrapper_throw),
            ("close", wrapper_close),
        ],
    );
    add_methods(
        th,
        agen,
        "async_generator",
        &[
            ("__aiter__", iter_self),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
    for (t, owner) in [
        (asend, "async_generator_asend"),
        (athrow, "async_generator_athrow"),
    ] {
        add_methods(
            th,
            t,
            owner,
            &[
                ("__await__", iter_self),
                ("__iter__", iter_self),
                ("__next__", aw_next),
                ("send", aw_send),
                ("throw", aw_throw),
                ("close", aw_close),
            ],
        );
    }
    let gi = crate::objects::generator::getters();
    let attrs: &[(Gc<TypeObj>, &'static str, &'static str, &'static str)] = &[
        (coro, "coroutine", "cr_frame", "gi_frame"),
        (coro, "coroutine", "cr_running", "gi_running"),
        (coro, "coroutine", "cr_suspended", "gi_suspended"),
        (coro, "coroutine", "cr_code", "gi_code"),
        (coro, "coroutine", "cr_await", "gi_yieldfrom"),
        (agen, "async_generator", "ag_frame", "gi_frame"),
        (agen, "async_generator", "ag_suspended", "gi_suspended"),
        (agen, "async_generator", "ag_code", "gi_code"),
        (agen, "async_generator", "ag_await", "gi_yieldfrom"),
    ];
    for (t, owner, name, from) in attrs {
        let f: NativeFn = gi.iter().find(|(n, _)| n == from).map(|(_, f)| *f).unwrap();
        add_fn(th, *t, owner, name, f, Binding::Getter);
    }
    add_fn(
        th,
        agen,
        "async_generator",
        "ag_running",
        ag_running,
        Binding::Getter,
    );
}

// --- types.coroutine support (native module `_coroutines`) ---

/// `_coroutines.iterable_coroutine(f)`: a copy of the generator function
/// `f` whose code is flagged `CO_ITERABLE_COROUTINE`, so that its
/// generators may be awaited and may `yield from` coroutines.
fn iterable_coroutine(th: &Thread, a: Args) -> PyResult<Value> {
    use crate::layout::PyCell;
    use crate::objects::function::Function;
    a.check(th, "iterable_coroutine", 1, 1)?;
    let Some(f) = a.pos[0].downcast::<Function>() else {
        return Err(th.type_error("iterable_coroutine() expects a function".into()));
    };
    let mut co: frontend::CodeObject = (*f.code.code).clone();
    co.flags |= frontend::code::code_flags::ITERABLE_COROUTINE;
    let code = crate::objects::code::new_code(th, std::sync::Arc::new(co));
    let _r = th.root(code.value());
    let nf = th.alloc(
        types().function,
        Function {
            code,
            globals: f.globals,
            name: PyCell::new(f.name.get_copy()),
            qualname: PyCell::new(f.qualname.get_copy()),
            defaults: PyCell::new(f.defaults.get_copy()),
            kwdefaults: PyCell::new(f.kwdefaults.get_copy()),
            closure: f.closure,
            doc: PyCell::new(f.doc.get_copy()),
            module: PyCell::new(f.module.get_copy()),
            annotations: PyCell::new(f.annotations.get_copy()),
            dict: crate::layout::ValueCell::new(f.dict.get_copy()),
        },
    );
    Ok(nf.value())
}

/// Initialises the `_coroutines` module.
pub fn init_module(th: &Thread, m: Gc<crate::objects::module::Module>) -> PyResult<()> {
    let f = crate::objects::function::new_native(
        th,
        "iterable_coroutine",
        "_coroutines",
        iterable_coroutine,
        crate::objects::function::Binding::Function,
    );
    crate::objects::dict::set_item_str(th, m.dict, crate::name!(th, "iterable_coroutine"), f);
    Ok(())
}
