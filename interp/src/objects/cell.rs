//! `cell`: a box holding a variable shared between a function and the
//! closures defined in it.  An empty cell holds NULL.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct CellObj {
    pub value: PyCell<Value>,
}

impl PyPayload for CellObj {
    const KIND: Kind = Kind::Cell;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.value.gc_peek().bits());
    }
}

fn this(th: &Thread, a: &Args) -> PyResult<Gc<CellObj>> {
    a.pos
        .first()
        .and_then(|v| v.downcast::<CellObj>())
        .ok_or_else(|| th.type_error("descriptor requires a 'cell' object".into()))
}

/// `cell.cell_contents` getter: ValueError on an empty cell.
fn contents_get(th: &Thread, a: Args) -> PyResult<Value> {
    let c = this(th, &a)?;
    let v = c.value.get_copy();
    if v.is_null() {
        return Err(th.value_error("Cell is empty".into()));
    }
    Ok(v)
}

/// `cell.cell_contents` setter (and deleter, called with one argument).
fn contents_set(th: &Thread, a: Args) -> PyResult<Value> {
    let c = this(th, &a)?;
    c.value.set(a.pos.get(1).copied().unwrap_or(Value::NULL));
    Ok(g().none)
}

/// `cell(contents)`: a new cell, empty without an argument.
fn cell_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "cell")?;
    a.check(th, "cell", 1, 2)?;
    let v = a.pos.get(1).copied().unwrap_or(Value::NULL);
    Ok(th
        .alloc(
            types().cell,
            CellObj {
                value: PyCell::new(v),
            },
        )
        .value())
}

/// Installs `cell_contents` (a property over native accessors) and `cell.__new__`.
pub fn install(th: &Thread) {
    use crate::objects::function::{Binding, new_native};
    let t = types().cell;
    let fget = new_native(th, "cell_contents", "cell", contents_get, Binding::Function);
    let _r = th.root(fget);
    let fset = new_native(th, "cell_contents", "cell", contents_set, Binding::Function);
    let _r2 = th.root(fset);
    let p = crate::objects::property::native_property(th, fget, fset, fset);
    crate::objects::type_::set_attr_str(th, t, "cell_contents", p);
    crate::objects::add_fn(th, t, "cell", "__new__", cell_new, Binding::Static);
}
