//! One file per Python type.  Each defines the type's payload (its
//! `PyPayload` layout) and the Rust functions behind its methods; the
//! tables that install those methods into the type dicts are in
//! `methods.rs` and the files of the types themselves.
pub mod bool_;
pub mod bootstrap;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod none;
pub mod object;
pub mod property;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod super_;
pub mod traceback;
pub mod tuple;
pub mod type_;

use gc::Meta;

use crate::layout::{Gc, Kind, sub_meta_for};
use crate::objects::function::{Binding, NativeFn, new_method_descr};
use crate::objects::type_::{TypeObj, set_attr_str};
use crate::runtime::Thread;

/// The instance Meta of a Python subclass of the builtin layout `k`.
pub fn sub_meta(k: Kind) -> Meta {
    match k {
        Kind::Int => sub_meta_for::<int::Int>(),
        Kind::Float => sub_meta_for::<float::Float>(),
        Kind::Complex => sub_meta_for::<complex::Complex>(),
        Kind::Str => sub_meta_for::<str::Str>(),
        Kind::Bytes => sub_meta_for::<bytes::Bytes>(),
        Kind::ByteArray => sub_meta_for::<bytes::ByteArray>(),
        Kind::Tuple => sub_meta_for::<tuple::Tuple>(),
        Kind::List => sub_meta_for::<list::List>(),
        Kind::Dict => sub_meta_for::<dict::Dict>(),
        Kind::Set => sub_meta_for::<set::Set>(),
        Kind::FrozenSet => sub_meta_for::<set::FrozenSet>(),
        Kind::Type => sub_meta_for::<type_::TypeObj>(),
        Kind::Module => sub_meta_for::<module::Module>(),
        Kind::Property => sub_meta_for::<property::Property>(),
        Kind::Iterator => sub_meta_for::<iter::Iter>(),
        _ => object::instance_meta(),
    }
}

/// Native-layout types (`Kind::Native`) that Python classes may extend,
/// with the instance Meta of such a subclass (`layout::sub_meta_for`).
static NATIVE_SUB_METAS: std::sync::Mutex<Vec<(usize, fn() -> Meta)>> =
    std::sync::Mutex::new(Vec::new());

/// Lets Python classes extend the native-layout type `t`.
pub fn allow_native_subclass(t: Gc<TypeObj>, sub_meta: fn() -> Meta) {
    NATIVE_SUB_METAS
        .lock()
        .unwrap()
        .push((t.value().bits() as usize, sub_meta));
}

/// The subclass instance Meta of a native-layout type, if it allows subclasses.
pub fn native_sub_meta(t: Gc<TypeObj>) -> Option<Meta> {
    let a = t.value().bits() as usize;
    let l = NATIVE_SUB_METAS.lock().unwrap();
    l.iter().find(|(k, _)| *k == a).map(|(_, f)| f())
}

/// Installs native methods (bound as methods) into a type's dict.
pub fn add_methods(
    th: &Thread,
    t: Gc<TypeObj>,
    owner: &'static str,
    defs: &[(&'static str, NativeFn)],
) {
    for (name, f) in defs {
        let v = new_method_descr(th, name, t, owner, *f, Binding::Method);
        set_attr_str(th, t, name, v);
    }
}

/// Installs a native function with an explicit binding.
pub fn add_fn(
    th: &Thread,
    t: Gc<TypeObj>,
    owner: &'static str,
    name: &'static str,
    f: NativeFn,
    b: Binding,
) {
    let v = new_method_descr(th, name, t, owner, f, b);
    set_attr_str(th, t, name, v);
}
