//! `generator`: a suspended frame.  `send`/`throw`/`close` resume it through
//! `eval::resume_generator`.  The introspection attributes (`gi_frame`,
//! `gi_running`, `gi_code`, `gi_yieldfrom`, settable `__name__` and
//! `__qualname__`) are installed on the type by `install`.
//!
//! Coroutines (`async def`) and async generators (`async def` with `yield`)
//! are the same payload under other types (`objects/coroutine.rs`): which
//! one a `Generator` is follows from its code's flags (`Flavor`).

use gc::Tracer;

use crate::layout::{AtomicCell, Gc, Kind, PyPayload};
use crate::objects::frame::Frame;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

pub struct Generator {
    pub frame: Gc<Frame>,
    pub state: AtomicCell<GenState>,
    pub name: AtomicCell<Value>,
    pub qualname: AtomicCell<Value>,
    /// Async generators: an `__anext__()`/`asend()`/`athrow()` awaitable is
    /// in progress (CPython's `ag_running_async`, shown as `ag_running`).
    pub running_async: AtomicCell<bool>,
    /// Async generators: finished by `aclose()` or by StopAsyncIteration /
    /// GeneratorExit (CPython's `ag_closed`).
    pub closed_async: AtomicCell<bool>,
}

/// What a `Generator` payload is, by its code's flags.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Flavor {
    /// The name used in messages ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            Flavor::Generator => "generator",
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
        }
    }
}

impl Generator {
    pub fn flavor(&self) -> Flavor {
        use frontend::code::code_flags as f;
        let fl = self.frame.code.code.flags;
        if fl & f::COROUTINE != 0 {
            Flavor::Coroutine
        } else if fl & f::ASYNC_GENERATOR != 0 {
            Flavor::AsyncGenerator
        } else {
            Flavor::Generator
        }
    }
}

/// Whether `v` is a plain generator (not a coroutine or async generator,
/// which share the payload).
pub fn is_plain_generator(v: Value) -> bool {
    v.is_kind(Kind::Generator) && crate::objects::type_::type_of(v) == types().generator
}

impl PyPayload for Generator {
    const KIND: Kind = Kind::Generator;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.frame.value().bits());
        t.mark(self.name.get().bits());
        t.mark(self.qualname.get().bits());
    }
}

impl crate::layout::AtomicWord for GenState {
    fn to_word(self) -> u64 {
        self as u64
    }
    fn from_word(w: u64) -> Self {
        match w {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Closed,
        }
    }
}

/// A new generator over `frame` (not started).
pub fn new_generator(th: &Thread, frame: Gc<Frame>, name: Value, qualname: Value) -> Gc<Generator> {
    use frontend::code::code_flags as f;
    let fl = frame.code.code.flags;
    let ty = if fl & f::COROUTINE != 0 {
        crate::objects::coroutine::coroutine_type()
    } else if fl & f::ASYNC_GENERATOR != 0 {
        crate::objects::coroutine::async_generator_type()
    } else {
        types().generator
    };
    th.alloc(
        ty,
        Generator {
            frame,
            state: AtomicCell::new(GenState::Created),
            name: AtomicCell::new(name),
            qualname: AtomicCell::new(qualname),
            running_async: AtomicCell::new(false),
            closed_async: AtomicCell::new(false),
        },
    )
}

// --- Attributes ---

fn this(th: &Thread, a: &Args) -> PyResult<Gc<Generator>> {
    a.pos
        .first()
        .and_then(|v| v.downcast::<Generator>())
        .ok_or_else(|| th.type_error("descriptor requires a 'generator' object".into()))
}

/// `gi_frame`: the suspended frame, None once the generator has finished.
fn gi_frame(th: &Thread, a: Args) -> PyResult<Value> {
    let gn = this(th, &a)?;
    if gn.state.get() == GenState::Closed || gn.frame.finished.get() {
        return Ok(g().none);
    }
    gn.frame.escaped.set(true);
    Ok(gn.frame.value())
}

fn gi_running(th: &Thread, a: Args) -> PyResult<Value> {
    let gn = this(th, &a)?;
    Ok(th.bool_val(gn.state.get() == GenState::Running))
}

fn gi_suspended(th: &Thread, a: Args) -> PyResult<Value> {
    let gn = this(th, &a)?;
    Ok(th.bool_val(gn.state.get() == GenState::Suspended))
}

fn gi_code(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.frame.code.value())
}

/// `gi_yieldfrom`: the iterator a suspended `yield from` delegates to.
fn gi_yieldfrom(th: &Thread, a: Args) -> PyResult<Value> {
    let gn = this(th, &a)?;
    if gn.state.get() != GenState::Suspended {
        return Ok(g().none);
    }
    Ok(crate::eval::delegate_of(gn.frame).unwrap_or(g().none))
}

/// Assignment to a generator's `__name__` or `__qualname__` (a str);
/// None for other attributes.
pub fn set_name_attr(th: &Thread, gn: Gc<Generator>, name: &str, v: Value) -> Option<PyResult<()>> {
    let cell = match name {
        "__name__" => &gn.name,
        "__qualname__" => &gn.qualname,
        _ => return None,
    };
    if !v.is_kind(Kind::Str) {
        return Some(Err(
            th.type_error(format!("{name} must be set to a string object"))
        ));
    }
    cell.set(v);
    Some(Ok(()))
}

/// The introspection getters, by their generator names (`coroutine.rs`
/// installs them again under `cr_*`/`ag_*` names).
pub fn getters() -> &'static [(&'static str, crate::objects::function::NativeFn)] {
    &[
        ("gi_frame", gi_frame),
        ("gi_running", gi_running),
        ("gi_suspended", gi_suspended),
        ("gi_code", gi_code),
        ("gi_yieldfrom", gi_yieldfrom),
    ]
}

/// Installs the generator attributes.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let t = types().generator;
    for (name, f) in getters() {
        crate::objects::add_fn(th, t, "generator", name, *f, Binding::Getter);
    }
}
