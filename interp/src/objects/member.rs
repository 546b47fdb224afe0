//! `member_descriptor`: the descriptor `__slots__` creates for each slot
//! name (CPython's `PyMemberDescr`).
//!
//! Slot values of instances of a class with nonempty `__slots__` (a class
//! with the `SLOTTED` flag, layout `object`) live in a dict in the
//! instance's `Instance::dict` cell, keyed by the (mangled) slot name; the
//! instance's `__dict__`, if the class has one, is then the separate dict
//! of the `Sub<Instance>` layout (see `type_::instance_meta`).  For
//! classes with another solid base (a slotted `list` subclass), slot
//! values are kept in the instance `__dict__`.
//!
//! The type is flagged as a heap type so that the generic descriptor
//! protocol in `ops` (`__get__`/`__set__`/`__delete__` found on the
//! descriptor's type) applies to it unchanged.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload, make_permanent, meta_for};
use crate::objects::dict::{self, Dict};
use crate::objects::object::Instance;
use crate::objects::type_::{TypeObj, is_subtype, tflags, type_of};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct Member {
    /// The slot name (an interned str).
    pub name: Value,
    /// The class whose `__slots__` declared it.
    pub owner: Gc<TypeObj>,
}

impl PyPayload for Member {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.name.bits());
        t.mark(self.owner.value().bits());
    }
}

/// The `member_descriptor` type (bits of its value), set by `install`.
static MEMBER_TYPE: AtomicU64 = AtomicU64::new(0);

/// `v` as a member descriptor.
pub fn as_member(v: Value) -> Option<Gc<Member>> {
    if v.is_kind(Kind::Native) && type_of(v).value().bits() == MEMBER_TYPE.load(Ordering::Relaxed) {
        Some(v.as_gc_unchecked())
    } else {
        None
    }
}

pub fn new_member(th: &Thread, name: Value, owner: Gc<TypeObj>) -> Value {
    let t = *types()
        .extra
        .borrow()
        .get("member_descriptor")
        .expect("member_descriptor is installed at startup");
    th.alloc(t, Member { name, owner }).value()
}

/// The cell holding the slot-storage dict of `obj`.
fn storage(obj: Value) -> Option<&'static crate::layout::ValueCell> {
    if type_of(obj).flags.get() & tflags::SLOTTED != 0
        && let Some(i) = obj.downcast::<Instance>()
    {
        return Some(&crate::layout::payload_static(i).dict);
    }
    obj.dict_slot()
}

fn this(th: &Thread, a: &Args) -> PyResult<Gc<Member>> {
    a.pos
        .first()
        .and_then(|v| as_member(*v))
        .ok_or_else(|| th.type_error("descriptor requires a 'member_descriptor' object".into()))
}

/// Checks that `obj` is an instance of the slot's class.
fn check_obj(th: &Thread, m: Gc<Member>, obj: Value) -> PyResult<()> {
    let t = type_of(obj);
    if t == m.owner || is_subtype(t, m.owner) {
        return Ok(());
    }
    Err(th.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        crate::objects::str::as_str(m.name).unwrap_or("?"),
        m.owner.name(),
        t.name()
    )))
}

/// `member.__get__(obj, type=None)`.
fn member_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    let m = this(th, &a)?;
    let obj = a.pos[1];
    if obj == g().none {
        return Ok(a.pos[0]);
    }
    check_obj(th, m, obj)?;
    let found = storage(obj)
        .and_then(|c| c.get_copy().downcast::<Dict>())
        .and_then(|d| dict::get_str(d, m.name));
    found.ok_or_else(|| crate::ops::no_attr_error(th, obj, m.name))
}

/// `member.__set__(obj, value)`.
fn member_set(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__set__", 3, 3)?;
    let m = this(th, &a)?;
    let obj = a.pos[1];
    check_obj(th, m, obj)?;
    let Some(cell) = storage(obj) else {
        return Err(crate::ops::no_attr_error(th, obj, m.name));
    };
    let d = match cell.get_copy().downcast::<Dict>() {
        Some(d) => d,
        None => cell
            .get_or_init(|| dict::new_dict(th).value())
            .downcast::<Dict>()
            .ok_or_else(|| th.type_error("__dict__ must be set to a dictionary".into()))?,
    };
    dict::set_item_str(th, d, m.name, a.pos[2]);
    Ok(g().none)
}

/// `member.__delete__(obj)`.
fn member_delete(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__delete__", 2, 2)?;
    let m = this(th, &a)?;
    let obj = a.pos[1];
    check_obj(th, m, obj)?;
    let deleted = storage(obj)
        .and_then(|c| c.get_copy().downcast::<Dict>())
        .is_some_and(|d| dict::del_str(d, m.name));
    if !deleted {
        return Err(crate::ops::no_attr_error(th, obj, m.name));
    }
    Ok(g().none)
}

fn member_name(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.name)
}

fn member_objclass(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.owner.value())
}

/// `<member 'x' of 'P' objects>`.
pub fn member_repr(m: Gc<Member>) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        crate::objects::str::as_str(m.name).unwrap_or("?"),
        m.owner.name()
    )
}

/// Creates the `member_descriptor` type.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let t = crate::objects::type_::new_builtin_type(
        th,
        "member_descriptor",
        Some(types().object),
        meta_for::<Member>(),
        false,
    );
    make_permanent(t);
    t.flags.set(t.flags.get() | tflags::HEAPTYPE);
    MEMBER_TYPE.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert("member_descriptor", t);
    crate::objects::add_methods(
        th,
        t,
        "member_descriptor",
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
        ],
    );
    crate::objects::add_fn(
        th,
        t,
        "member_descriptor",
        "__name__",
        member_name,
        Binding::Getter,
    );
    crate::objects::add_fn(
        th,
        t,
        "member_descriptor",
        "__qualname__",
        member_name,
        Binding::Getter,
    );
    crate::objects::add_fn(
        th,
        t,
        "member_descriptor",
        "__objclass__",
        member_objclass,
        Binding::Getter,
    );
}
