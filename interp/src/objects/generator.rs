//! `generator`: a suspended frame.  `send`/`throw`/`close` resume it through
//! `eval::resume_generator`.  The introspection attributes (`gi_frame`,
//! `gi_running`, `gi_code`, `gi_yieldfrom`, settable `__name__` and
//! `__qualname__`) are installed on the type by `install`.

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
    th.alloc(
        types().generator,
        Generator {
            frame,
            state: AtomicCell::new(GenState::Created),
            name: AtomicCell::new(name),
            qualname: AtomicCell::new(qualname),
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

/// Installs the generator attributes.
pub fn install(th: &Thread) {
    use crate::objects::function::{Binding, NativeFn};
    let t = types().generator;
    let getters: &[(&'static str, NativeFn)] = &[
        ("gi_frame", gi_frame),
        ("gi_running", gi_running),
        ("gi_suspended", gi_suspended),
        ("gi_code", gi_code),
        ("gi_yieldfrom", gi_yieldfrom),
    ];
    for (name, f) in getters {
        crate::objects::add_fn(th, t, "generator", name, *f, Binding::Getter);
    }
}
