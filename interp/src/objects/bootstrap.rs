//! Building the builtin types before the runtime globals exist.
//!
//! `type`, `object` and `dict` refer to each other (a type has a dict, a dict
//! has a type, `type` is its own type), so they are allocated with
//! placeholder metas and patched; every other type is then made normally
//! with explicit `type`/`dict` types.  Methods are installed afterwards,
//! once `runtime::g()` is published (`builtins::init`).
use std::collections::HashMap;
use std::sync::Mutex;

use gc::{Heap, Meta};

use crate::layout::{self, Gc, PyCell, meta_for};
use crate::objects::dict::{Dict, new_dict_payload};
use crate::objects::exceptions;
use crate::objects::type_::{TypeObj, tflags};
use crate::objects::*;
use crate::runtime::{Globals, Thread, Types};
use crate::value::Value;

struct Maker<'a> {
    th: &'a Thread,
    type_t: Gc<TypeObj>,
    dict_t: Gc<TypeObj>,
}

impl Maker<'_> {
    fn dict(&self) -> Gc<Dict> {
        layout::alloc(&self.th.mutator, self.dict_t, new_dict_payload())
    }
    fn ty(&self, name: &str, base: Gc<TypeObj>, meta: Meta, basetype: bool) -> Gc<TypeObj> {
        let t = layout::alloc(
            &self.th.mutator,
            self.type_t,
            TypeObj {
                meta,
                name: PyCell::new(name.to_string()),
                qualname: PyCell::new(name.to_string()),
                module: PyCell::new("builtins".into()),
                bases: PyCell::new(vec![base]),
                mro: PyCell::new(Vec::new()),
                dict: self.dict(),
                flags: crate::layout::AtomicCell::new(if basetype { tflags::BASETYPE } else { 0 }),
                attr_flags: PyCell::new((0, 0)),
                subclasses: PyCell::new(Vec::new()),
            },
        );
        let mut mro = vec![t];
        base.subclasses.borrow_mut().push(t.value());
        mro.extend(base.mro.borrow().iter().copied());
        *t.mro.borrow_mut() = mro;
        if base.flags.get() & tflags::EXCEPTION != 0 {
            t.flags.set(t.flags.get() | tflags::EXCEPTION);
        }
        t
    }
}

pub fn run(th: &Thread, heap: &'static Heap) -> Globals {
    // type, object and dict, patched into shape.
    let boot_dict_meta: &'static Meta = Box::leak(Box::new(meta_for::<Dict>()));
    let d1 = layout::alloc_raw(&th.mutator, boot_dict_meta, new_dict_payload());
    let d2 = layout::alloc_raw(&th.mutator, boot_dict_meta, new_dict_payload());
    let d3 = layout::alloc_raw(&th.mutator, boot_dict_meta, new_dict_payload());
    let type_t = type_::raw_type(th, "type", meta_for::<TypeObj>(), d1, true);
    // Plain `object()` instances have no `__dict__`.
    let object_t = type_::raw_type(
        th,
        "object",
        layout::meta_for::<object::Instance>(),
        d2,
        true,
    );
    let dict_t = type_::raw_type(th, "dict", meta_for::<Dict>(), d3, true);
    for t in [type_t, object_t, dict_t] {
        layout::set_type(t, type_t);
    }
    for d in [d1, d2, d3] {
        layout::set_type(d, dict_t);
    }
    *object_t.mro.borrow_mut() = vec![object_t];
    *type_t.bases.borrow_mut() = vec![object_t];
    *type_t.mro.borrow_mut() = vec![type_t, object_t];
    *dict_t.bases.borrow_mut() = vec![object_t];
    *dict_t.mro.borrow_mut() = vec![dict_t, object_t];

    let m = Maker { th, type_t, dict_t };
    let o = object_t;
    let int_t = m.ty("int", o, meta_for::<int::Int>(), true);
    let str_t = m.ty("str", o, meta_for::<str::Str>(), true);
    let tuple_t = m.ty("tuple", o, meta_for::<tuple::Tuple>(), true);
    let function_t = m.ty("function", o, meta_for::<function::Function>(), false);
    let iters: Vec<Gc<TypeObj>> = iter::ITER_NAMES
        .iter()
        .map(|n| {
            let basetype = matches!(*n, "enumerate" | "zip" | "map" | "filter" | "reversed");
            m.ty(n, o, meta_for::<iter::Iter>(), basetype)
        })
        .collect();
    let types = Types {
        object: object_t,
        type_: type_t,
        bool_: m.ty("bool", int_t, meta_for::<bool_::Bool>(), false),
        int: int_t,
        float: m.ty("float", o, meta_for::<float::Float>(), true),
        complex: m.ty("complex", o, meta_for::<complex::Complex>(), true),
        str: str_t,
        bytes: m.ty("bytes", o, meta_for::<bytes::Bytes>(), true),
        bytearray: m.ty("bytearray", o, meta_for::<bytes::ByteArray>(), true),
        tuple: tuple_t,
        list: m.ty("list", o, meta_for::<list::List>(), true),
        dict: dict_t,
        set: m.ty("set", o, meta_for::<set::Set>(), true),
        frozenset: m.ty("frozenset", o, meta_for::<set::FrozenSet>(), true),
        range: m.ty("range", o, meta_for::<range::Range>(), false),
        slice: m.ty("slice", o, meta_for::<slice::Slice>(), false),
        none: m.ty("NoneType", o, meta_for::<none::NoneObj>(), false),
        not_implemented: m.ty(
            "NotImplementedType",
            o,
            meta_for::<none::NotImplementedObj>(),
            false,
        ),
        ellipsis: m.ty("ellipsis", o, meta_for::<none::EllipsisObj>(), false),
        function: function_t,
        builtin_function: m.ty(
            "builtin_function_or_method",
            o,
            meta_for::<function::NativeFunction>(),
            false,
        ),
        method_descriptor: m.ty(
            "method_descriptor",
            o,
            meta_for::<function::NativeFunction>(),
            false,
        ),
        method: m.ty("method", o, meta_for::<function::BoundMethod>(), false),
        code: m.ty("code", o, meta_for::<code::Code>(), false),
        cell: m.ty("cell", o, meta_for::<cell::CellObj>(), false),
        frame: m.ty("frame", o, meta_for::<frame::Frame>(), false),
        module: m.ty("module", o, meta_for::<module::Module>(), true),
        generator: m.ty("generator", o, meta_for::<generator::Generator>(), false),
        property: m.ty("property", o, meta_for::<property::Property>(), true),
        staticmethod: m.ty(
            "staticmethod",
            o,
            meta_for::<property::StaticMethod>(),
            true,
        ),
        classmethod: m.ty("classmethod", o, meta_for::<property::ClassMethod>(), true),
        super_: m.ty("super", o, meta_for::<super_::Super>(), true),
        traceback: m.ty("traceback", o, meta_for::<traceback::Traceback>(), false),
        dict_keys: m.ty("dict_keys", o, meta_for::<dictview::DictView>(), false),
        dict_values: m.ty("dict_values", o, meta_for::<dictview::DictView>(), false),
        dict_items: m.ty("dict_items", o, meta_for::<dictview::DictView>(), false),
        iters,
        extra: PyCell::new(HashMap::new()),
    };
    // Exceptions.
    let mut by_name: HashMap<&'static str, Gc<TypeObj>> = HashMap::new();
    let exc_meta = || {
        layout::meta_with_dict::<exceptions::BaseExc>(std::mem::offset_of!(
            exceptions::BaseExc,
            dict
        ))
    };
    for (name, base) in exceptions::HIERARCHY {
        let b = if base.is_empty() { o } else { by_name[base] };
        let t = m.ty(name, b, exc_meta(), true);
        t.flags.set(t.flags.get() | tflags::EXCEPTION);
        by_name.insert(name, t);
    }
    // class ExceptionGroup(BaseExceptionGroup, Exception): the MRO is
    // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
    {
        let (eg, beg, e) = (
            by_name["ExceptionGroup"],
            by_name["BaseExceptionGroup"],
            by_name["Exception"],
        );
        eg.bases.borrow_mut().push(e);
        e.subclasses.borrow_mut().push(eg.value());
        let mut mro = vec![eg, beg];
        mro.extend(e.mro.borrow().iter().copied());
        *eg.mro.borrow_mut() = mro;
    }
    let exc = exceptions::exc_types(by_name);

    let none = layout::alloc(&th.mutator, types.none, none::NoneObj).value();
    let true_ = layout::alloc(&th.mutator, types.bool_, bool_::Bool { v: true }).value();
    let false_ = layout::alloc(&th.mutator, types.bool_, bool_::Bool { v: false }).value();
    let not_implemented =
        layout::alloc(&th.mutator, types.not_implemented, none::NotImplementedObj).value();
    let ellipsis = layout::alloc(&th.mutator, types.ellipsis, none::EllipsisObj).value();
    let empty_tuple = tuple::alloc_tuple(th, tuple_t, &[]).value();
    let empty_str = layout::alloc(&th.mutator, str_t, str::Str::new("".into())).value();
    let chars: Vec<Value> = (0u32..256)
        .map(|c| {
            let s = char::from_u32(c).unwrap().to_string();
            layout::alloc(&th.mutator, str_t, str::Str::new(s.into_boxed_str())).value()
        })
        .collect();
    let builtins = m.dict();
    let modules = m.dict();
    Globals {
        types,
        exc,
        none,
        true_,
        false_,
        not_implemented,
        ellipsis,
        empty_tuple,
        empty_str,
        builtins,
        modules,
        interned: Mutex::new(crate::runtime::Interned::default()),
        chars,
        sys_dict: PyCell::new(Value::NULL),
        recursion_limit: std::sync::atomic::AtomicU32::new(1000),
        heap,
    }
}
