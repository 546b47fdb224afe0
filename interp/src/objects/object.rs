//! `object`: the root of the hierarchy, and plain instances of Python
//! classes (a header and an instance dict).
use gc::{Meta, Tracer};

use crate::layout::{self, Gc, Kind, PyPayload};
use crate::objects::type_::{TypeObj, lookup};
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

pub struct Instance {
    pub dict: crate::layout::ValueCell,
}

impl PyPayload for Instance {
    const KIND: Kind = Kind::Object;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.dict.gc_peek().bits());
    }
}

/// Meta of plain instances of Python classes.
pub fn instance_meta() -> Meta {
    layout::meta_with_dict::<Instance>(std::mem::offset_of!(Instance, dict))
}

/// Allocates an instance of `t` (whose layout is `object`, or a builtin
/// layout the caller initialises through its own `__new__`).
pub fn new_instance(th: &Thread, t: Gc<TypeObj>) -> PyResult<Value> {
    if t.layout() != Kind::Object {
        return Err(th.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        )));
    }
    let o = layout::alloc(
        &th.mutator,
        t,
        Instance {
            dict: crate::layout::ValueCell::new(Value::NULL),
        },
    );
    if crate::objects::type_::attr_flags(th, t) & crate::objects::type_::attr::HAS_DEL != 0 {
        crate::runtime::g().heap.add_finalizer(o.header());
    }
    Ok(o.value())
}

/// Whether `v` is `object`'s own `name` (e.g. `__init__` not overridden).
/// Compares the descriptor objects, not function pointers.
#[inline]
pub fn is_object_slot(th: &Thread, v: Value, name: &'static str) -> bool {
    crate::objects::dict::get_str(crate::runtime::types().object.dict, th.intern_static(name))
        == Some(v)
}

/// object.__new__ as called from type.__call__: excess arguments are an
/// error only when neither __new__ nor __init__ is overridden.
pub fn new_instance_checked(th: &Thread, t: Gc<TypeObj>, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() || args.has_kw() {
        let init = lookup(t, crate::name!(th, "__init__"));
        let init_is_object = init.is_none_or(|i| is_object_slot(th, i, "__init__"));
        if init_is_object {
            return Err(th.type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.flags.get() & crate::objects::type_::tflags::EXCEPTION != 0 {
        let args_t = th.new_tuple_from(args.pos);
        return Ok(crate::objects::exceptions::new_exception(th, t, args_t));
    }
    new_instance(th, t)
}

/// object.__new__(cls, *args)
pub fn object_new(th: &Thread, args: Args) -> PyResult<Value> {
    let t = args
        .pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("object.__new__(X): X is not a type object".to_string()))?;
    if t.flags.get() & crate::objects::type_::tflags::EXCEPTION != 0 {
        let args_t = th.new_tuple_from(&args.pos[1..]);
        return Ok(crate::objects::exceptions::new_exception(th, t, args_t));
    }
    new_instance(th, t)
}

/// object.__init__(self, *args)
pub fn object_init(_th: &Thread, _args: Args) -> PyResult<Value> {
    Ok(g().none)
}
