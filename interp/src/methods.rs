//! The tables of methods installed into the builtin types' dicts: the
//! constructors (`__new__`/`__init__`), `object`'s and `BaseException`'s
//! methods, and the everyday methods of `list`, `dict`, `str`, `set`.
use crate::layout::{Gc, Kind, PyCell, SharedVec, alloc_sub};
use crate::objects::dict::{self, Dict};
use crate::objects::function::{Binding, NativeFn};
use crate::objects::int;
use crate::objects::iter::{IterKind, IterState};
use crate::objects::list::List;
use crate::objects::str::as_str;
use crate::objects::type_::{TypeObj, type_name, type_of};
use crate::objects::{add_fn, add_methods};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub fn install(th: &Thread) {
    let t = types();
    add_methods(
        th,
        t.object,
        "object",
        &[
            ("__init__", crate::objects::object::object_init),
            (
                "__getattribute__",
                crate::builtins_types::object_getattribute,
            ),
            ("__setattr__", obj_setattr),
            ("__delattr__", obj_delattr),
            ("__repr__", obj_repr),
            ("__str__", obj_str),
            ("__hash__", crate::builtins_types::object_hash),
            ("__eq__", obj_eq),
            ("__ne__", obj_ne),
            ("__lt__", obj_not_implemented),
            ("__le__", obj_not_implemented),
            ("__gt__", obj_not_implemented),
            ("__ge__", obj_not_implemented),
            ("__format__", obj_format),
            ("__init_subclass__", obj_noop),
            ("__reduce_ex__", obj_noop),
        ],
    );
    add_fn(
        th,
        t.object,
        "object",
        "__new__",
        crate::objects::object::object_new,
        Binding::Static,
    );
    add_fn(
        th,
        t.object,
        "object",
        "__init_subclass__",
        obj_noop,
        Binding::Class,
    );
    add_fn(
        th,
        t.object,
        "object",
        "__subclasshook__",
        obj_subclasshook,
        Binding::Class,
    );
    add_fn(
        th,
        t.type_,
        "type",
        "__new__",
        crate::objects::type_::type_new,
        Binding::Static,
    );
    add_methods(
        th,
        t.type_,
        "type",
        &[
            ("__init__", obj_noop),
            ("__call__", type_call),
            ("mro", type_mro),
        ],
    );
    add_fn(
        th,
        t.type_,
        "type",
        "__prepare__",
        type_prepare,
        Binding::Class,
    );
    let ctors: &[(crate::layout::Gc<TypeObj>, &'static str, NativeFn)] = &[
        (t.int, "int", int_new),
        (t.bool_, "bool", bool_new),
        (t.float, "float", float_new),
        (t.str, "str", str_new),
        (t.bytes, "bytes", crate::objects::bytes::bytes_new),
        (
            t.bytearray,
            "bytearray",
            crate::objects::bytes::bytearray_new,
        ),
        (t.complex, "complex", crate::objects::complex::complex_new),
        (t.tuple, "tuple", tuple_new),
        (t.list, "list", list_new),
        (t.dict, "dict", dict_new),
        (t.set, "set", set_new),
        (t.frozenset, "frozenset", frozenset_new),
        (t.range, "range", range_new),
        (t.property, "property", property_new),
        (t.staticmethod, "staticmethod", staticmethod_new),
        (t.classmethod, "classmethod", classmethod_new),
        (t.super_, "super", super_new),
        (
            t.iters[IterKind::Enumerate as usize],
            "enumerate",
            enumerate_new,
        ),
        (t.iters[IterKind::Zip as usize], "zip", zip_new),
        (t.iters[IterKind::Map as usize], "map", map_new),
        (t.iters[IterKind::Filter as usize], "filter", filter_new),
        (
            t.iters[IterKind::Reversed as usize],
            "reversed",
            reversed_new,
        ),
    ];
    for (ty, name, f) in ctors {
        add_fn(th, *ty, name, "__new__", *f, Binding::Static);
    }
    add_methods(th, t.list, "list", &[("__init__", list_init)]);
    add_methods(th, t.dict, "dict", &[("__init__", dict_init)]);
    for it in t.iters.iter() {
        add_methods(
            th,
            *it,
            "iterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
    }
    add_methods(
        th,
        t.generator,
        "generator",
        &[
            ("__iter__", iter_self),
            ("__next__", iter_next),
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
        ],
    );
    crate::objects::exceptions::install(th);
    add_methods(
        th,
        t.property,
        "property",
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
            ("__get__", prop_get),
            ("__set__", prop_set),
            ("__delete__", prop_delete),
            ("__set_name__", prop_set_name),
        ],
    );
    crate::objects::list::install(th);
    crate::objects::dict::install(th);
    crate::objects::str::install(th);
    crate::objects::bytes::install(th);
    crate::objects::complex::install(th);
    crate::objects::set::install(th);
    crate::objects::tuple::install(th);
    crate::objects::range::install(th);
    crate::objects::slice::install(th);
    crate::objects::dictview::install(th);
    crate::objects::type_::install(th);
}

fn obj_noop(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().none)
}
/// object.__lt__ and the other orderings: NotImplemented.
fn obj_not_implemented(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().not_implemented)
}
/// object.__subclasshook__: "no opinion" for every argument.
fn obj_subclasshook(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().not_implemented)
}
/// type.__call__(cls, *args, **kw): `__new__` then `__init__`, bypassing
/// any metaclass `__call__` override (that is what calling it via super does).
fn type_call(th: &Thread, a: Args) -> PyResult<Value> {
    let t = a.pos[0].as_gc_unchecked::<TypeObj>();
    crate::objects::type_::call_type(th, t, a.with_pos(&a.pos[1..]))
}
fn obj_setattr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__setattr__", 3, 3)?;
    crate::builtins::attr_name_arg(th, a.pos[1])?;
    ops::generic_setattr(th, a.pos[0], a.pos[1], a.pos[2])?;
    Ok(g().none)
}
fn obj_delattr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__delattr__", 2, 2)?;
    crate::builtins::attr_name_arg(th, a.pos[1])?;
    ops::generic_setattr(th, a.pos[0], a.pos[1], Value::NULL)?;
    Ok(g().none)
}
fn obj_repr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    Ok(th.new_string(crate::builtins_types::native_repr(th, a.pos[0])?))
}
fn obj_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    ops::repr_value(th, a.pos[0])
}
fn obj_eq(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__eq__", 2, 2)?;
    Ok(if a.pos[0] == a.pos[1] {
        g().true_
    } else {
        g().not_implemented
    })
}
fn obj_ne(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__ne__", 2, 2)?;
    let r = ops::call_special(th, a.pos[0], "__eq__", &[a.pos[1]])?.unwrap_or(g().not_implemented);
    if r == g().not_implemented {
        return Ok(r);
    }
    Ok(th.bool_val(!ops::truthy(th, r)?))
}
fn obj_format(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__format__", 2, 2)?;
    let spec = as_str(a.pos[1]).unwrap_or("");
    if !spec.is_empty() && type_of(a.pos[0]).layout() == Kind::Object {
        return Err(th.type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(a.pos[0])
        )));
    }
    crate::format::format_builtin(th, a.pos[0], spec)
}
fn type_mro(th: &Thread, a: Args) -> PyResult<Value> {
    let t = a.pos[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| th.type_error("mro() needs a type".into()))?;
    let v: Vec<Value> = t.mro.borrow().iter().map(|x| x.value()).collect();
    Ok(th.new_list(v))
}
fn type_prepare(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(dict::new_dict(th).value())
}

// --- Constructors ---

fn cls_of(th: &Thread, a: &Args) -> PyResult<crate::layout::Gc<TypeObj>> {
    a.pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("__new__ needs a type".into()))
}

/// Wraps a payload for `cls` (exact builtin type or a Python subclass).
macro_rules! make {
    ($th:expr, $cls:expr, $exact:expr, $payload:expr) => {{
        if $cls == $exact {
            $th.alloc($cls, $payload).value()
        } else {
            alloc_sub(&$th.mutator, $cls, $payload, Value::NULL).value()
        }
    }};
}

fn int_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 2 {
        return Err(th.type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    let x = a.get(1, "x");
    let base = a.get(2, "base");
    let v = match (x, base) {
        (None, None) => Value::small(0),
        // int(i) of an exact int is i itself, as in CPython.
        (Some(x), None) if cls == types().int && type_of(x) == types().int => return Ok(x),
        (Some(x), None) => crate::objects::int::int_from_value(th, x)?,
        (x, Some(b)) => {
            let x = x.ok_or_else(|| th.type_error("int() missing string argument".into()))?;
            let b = int::to_i64(ops::index(th, b)?).unwrap_or(-1);
            let s = match crate::objects::bytes::bytes_data(x) {
                Some(bs) => String::from_utf8_lossy(&bs).into_owned(),
                None => as_str(x)
                    .ok_or_else(|| {
                        th.type_error("int() can't convert non-string with explicit base".into())
                    })?
                    .to_string(),
            };
            crate::objects::int::int_from_str(th, &s, b)?
        }
    };
    if cls == types().int {
        return Ok(v);
    }
    Ok(alloc_sub(
        &th.mutator,
        cls,
        int::Int {
            v: int::to_bigint(v).unwrap(),
        },
        Value::NULL,
    )
    .value())
}

fn bool_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "bool", 1, 2)?;
    match a.pos.get(1) {
        Some(v) => Ok(th.bool_val(ops::truthy(th, *v)?)),
        None => Ok(g().false_),
    }
}

fn float_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    a.check(th, "float", 1, 2)?;
    let f = match a.pos.get(1) {
        None => 0.0,
        Some(x) if cls == types().float && type_of(*x) == types().float => return Ok(*x),
        Some(x) => crate::objects::float::float_from_value(th, *x)?,
    };
    Ok(make!(
        th,
        cls,
        types().float,
        crate::objects::float::Float { v: f }
    ))
}

fn str_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 3 {
        return Err(th.type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    let s = match a.get(1, "object") {
        None => String::new(),
        Some(x) if given == 1 && cls == types().str && type_of(x) == types().str => return Ok(x),
        Some(x) => {
            let enc = a.get(2, "encoding");
            let errors = a.get(3, "errors");
            if enc.is_some() || errors.is_some() {
                crate::objects::bytes::str_from_encoded(th, x, enc, errors)?
            } else {
                ops::str_of(th, x)?
            }
        }
    };
    if cls == types().str {
        return Ok(th.new_string(s));
    }
    Ok(alloc_sub(
        &th.mutator,
        cls,
        crate::objects::str::Str::new(s.into_boxed_str()),
        Value::NULL,
    )
    .value())
}

fn tuple_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    a.check(th, "tuple", 1, 2)?;
    let items = match a.pos.get(1) {
        Some(x) => {
            if cls == types().tuple && type_of(*x) == types().tuple {
                return Ok(*x);
            }
            ops::collect(th, *x)?
        }
        None => vec![],
    };
    if cls == types().tuple {
        return Ok(th.new_tuple(items));
    }
    Ok(crate::objects::tuple::alloc_tuple(th, cls, &items).value())
}

fn list_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    Ok(make!(
        th,
        cls,
        types().list,
        List {
            items: PyCell::new(SharedVec::new())
        }
    ))
}

fn list_init(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "list", 1, 2)?;
    let l = a.pos[0].downcast::<List>().unwrap();
    if let Some(x) = a.pos.get(1) {
        let items = ops::collect(th, *x)?;
        *l.items.borrow_mut() = items.into();
    } else {
        l.items.borrow_mut().clear();
    }
    Ok(g().none)
}

fn dict_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    Ok(make!(th, cls, types().dict, dict::new_dict_payload()))
}

/// dict(...) / dict.update(...) argument handling.
pub fn dict_update_from(
    th: &Thread,
    d: crate::layout::Gc<Dict>,
    a: &Args,
    first: usize,
) -> PyResult<()> {
    if let Some(src) = a.pos.get(first) {
        if let Some(sd) = src.downcast::<Dict>() {
            dict::update(th, d, sd)?;
        } else if ops::getattr_opt(th, *src, th.intern_static("keys"))?.is_some() {
            let keys = ops::call_method(th, *src, "keys", &[])?;
            // `keys()` may have made the keys (a generator): rooted before
            // `__getitem__` and the insertions run Python code.
            let _rk = th.root(keys);
            let ks = ops::collect(th, keys)?;
            let _r = th.root_slice(&ks);
            for k in ks {
                let v = ops::getitem(th, *src, k)?;
                dict::set_item(th, d, k, v)?;
            }
        } else {
            let it = ops::get_iter(th, *src)?;
            let _r = th.root(it);
            let mut n = 0;
            while let Some(item) = ops::next(th, it)? {
                // A pair tuple is read in place; rooting it keeps both items
                // alive while `set_item` runs `__hash__`/`__eq__`.
                if let Some(t) = item.downcast::<crate::objects::tuple::Tuple>()
                    && type_of(item) == crate::runtime::types().tuple
                    && t.items().len() == 2
                {
                    let _r = th.root(item);
                    dict::set_item(th, d, t.items()[0], t.items()[1])?;
                    n += 1;
                    continue;
                }
                let kv = ops::collect(th, item).map_err(|_| {
                    th.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                })?;
                // The pair may be fresh (a generator's tuple, a custom
                // iterator's items): `set_item` may run `__hash__`/`__eq__`.
                let _r = th.root_slice(&kv);
                if kv.len() != 2 {
                    return Err(th.value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                dict::set_item(th, d, kv[0], kv[1])?;
                n += 1;
            }
        }
    }
    for (i, k) in a.kwnames.iter().enumerate() {
        dict::set_item(th, d, *k, a.kwvals[i])?;
    }
    Ok(())
}

fn dict_init(th: &Thread, a: Args) -> PyResult<Value> {
    let d = a.pos[0].downcast::<Dict>().unwrap();
    if a.pos.len() > 2 {
        return Err(th.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    dict_update_from(th, d, &a, 1)?;
    Ok(g().none)
}

fn set_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    let v = make!(th, cls, types().set, crate::objects::set::Set::empty());
    let _r = th.root(v);
    if let (Some(x), Some(s)) = (a.pos.get(1), crate::objects::set::set_table(v)) {
        crate::objects::set::update_table(th, s, *x)?;
    }
    Ok(v)
}

fn frozenset_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    // frozenset(f) of an exact frozenset is f itself.
    if let Some(x) = a.pos.get(1)
        && cls == types().frozenset
        && crate::objects::type_::type_of(*x) == types().frozenset
    {
        return Ok(*x);
    }
    let v = make!(
        th,
        cls,
        types().frozenset,
        crate::objects::set::FrozenSet(crate::objects::set::Set::empty())
    );
    let _r = th.root(v);
    if let (Some(x), Some(s)) = (a.pos.get(1), crate::objects::set::set_table(v)) {
        crate::objects::set::update_table(th, s, *x)?;
    }
    Ok(v)
}

fn range_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "range")?;
    let args = &a.pos[1..];
    let idx = |v: Value| ops::index(th, v);
    let (start, stop, step) = match args.len() {
        1 => (Value::small(0), idx(args[0])?, Value::small(1)),
        2 => (idx(args[0])?, idx(args[1])?, Value::small(1)),
        3 => (idx(args[0])?, idx(args[1])?, idx(args[2])?),
        0 => return Err(th.type_error("range expected at least 1 argument, got 0".into())),
        n => return Err(th.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if int::is_zero(step) {
        return Err(th.value_error("range() arg 3 must not be zero".into()));
    }
    Ok(th
        .alloc(
            types().range,
            crate::objects::range::Range { start, stop, step },
        )
        .value())
}

fn property_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = cls_of(th, &a)?;
    let arg = |i: usize, n: &str| {
        a.get(i, n)
            .filter(|v| *v != g().none)
            .unwrap_or(Value::NULL)
    };
    let fget = arg(1, "fget");
    let mut doc = arg(4, "doc");
    if doc.is_null() && !fget.is_null() {
        doc = ops::getattr_opt(th, fget, th.intern_static("__doc__"))?.unwrap_or(Value::NULL);
    }
    let p = crate::objects::property::Property {
        fget: PyCell::new(fget),
        fset: PyCell::new(arg(2, "fset")),
        fdel: PyCell::new(arg(3, "fdel")),
        doc: PyCell::new(doc),
        name: PyCell::new(Value::NULL),
    };
    Ok(make!(th, cls, types().property, p))
}

fn prop_copy(th: &Thread, a: &Args, which: usize) -> PyResult<Value> {
    let p = a.pos[0]
        .downcast::<crate::objects::property::Property>()
        .unwrap();
    let f = a.pos.get(1).copied().unwrap_or(Value::NULL);
    let pick = |i: usize, cur: Value| if i == which { f } else { cur };
    let np = crate::objects::property::Property {
        fget: PyCell::new(pick(0, p.fget.get_copy())),
        fset: PyCell::new(pick(1, p.fset.get_copy())),
        fdel: PyCell::new(pick(2, p.fdel.get_copy())),
        doc: PyCell::new(p.doc.get_copy()),
        name: PyCell::new(p.name.get_copy()),
    };
    Ok(th.alloc(type_of(a.pos[0]), np).value())
}
fn prop_getter(th: &Thread, a: Args) -> PyResult<Value> {
    prop_copy(th, &a, 0)
}
fn prop_setter(th: &Thread, a: Args) -> PyResult<Value> {
    prop_copy(th, &a, 1)
}
fn prop_deleter(th: &Thread, a: Args) -> PyResult<Value> {
    prop_copy(th, &a, 2)
}
fn prop_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    let obj = if a.pos[1] == g().none {
        Value::NULL
    } else {
        a.pos[1]
    };
    ops::descr_get(th, a.pos[0], obj, type_of(a.pos[1]))
}
fn prop_this(th: &Thread, a: &Args) -> PyResult<Gc<crate::objects::property::Property>> {
    a.pos[0]
        .downcast::<crate::objects::property::Property>()
        .ok_or_else(|| {
            th.type_error(format!(
                "descriptor requires a 'property' object but received a '{}'",
                type_name(a.pos[0])
            ))
        })
}
/// `property.__set__(obj, value)`: calls fset.
fn prop_set(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__set__", 3, 3)?;
    ops::property_store(th, prop_this(th, &a)?, a.pos[1], a.pos[2])?;
    Ok(g().none)
}
/// `property.__delete__(obj)`: calls fdel.
fn prop_delete(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__delete__", 2, 2)?;
    ops::property_store(th, prop_this(th, &a)?, a.pos[1], Value::NULL)?;
    Ok(g().none)
}
fn prop_set_name(th: &Thread, a: Args) -> PyResult<Value> {
    if let Some(p) = a.pos[0].downcast::<crate::objects::property::Property>()
        && let Some(n) = a.pos.get(2)
    {
        p.name.set(*n);
    }
    let _ = th;
    Ok(g().none)
}

fn staticmethod_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "staticmethod", 2, 2)?;
    Ok(crate::objects::property::wrap_method(
        th,
        a.pos[1],
        Kind::StaticMethod,
    ))
}
fn classmethod_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "classmethod", 2, 2)?;
    Ok(crate::objects::property::wrap_method(
        th,
        a.pos[1],
        Kind::ClassMethod,
    ))
}

fn super_new(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() >= 3 {
        let t = a.pos[1].downcast::<TypeObj>().ok_or_else(|| {
            th.type_error(format!(
                "super() argument 1 must be a type, not {}",
                type_name(a.pos[1])
            ))
        })?;
        return crate::objects::super_::new_super(th, t, a.pos[2]);
    }
    if a.pos.len() == 2 {
        let t = a.pos[1].downcast::<TypeObj>().ok_or_else(|| {
            th.type_error(format!(
                "super() argument 1 must be a type, not {}",
                type_name(a.pos[1])
            ))
        })?;
        return Ok(crate::objects::super_::new_unbound_super(th, t));
    }
    // Zero-argument form: __class__ cell and first argument of the caller.
    let f = th
        .frame
        .get()
        .downcast::<crate::objects::frame::Frame>()
        .ok_or_else(|| th.runtime_error("super(): no current frame".into()))?;
    let co = &f.code.code;
    if co.argcount == 0 && co.flags & frontend::code::code_flags::VARARGS == 0 {
        return Err(th.runtime_error("super(): no arguments".into()));
    }
    let mut first = f.slots.get(0);
    if let Some(ci) = co.cellvars.iter().position(|c| c == &co.varnames[0]) {
        let c = f.slots.get(co.varnames.len() + ci);
        if let Some(cell) = c.downcast::<crate::objects::cell::CellObj>() {
            first = cell.value.get_copy();
        }
    }
    let nv = co.varnames.len() + co.cellvars.len();
    let idx = co
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .ok_or_else(|| th.runtime_error("super(): __class__ cell not found".into()))?;
    let cell = f
        .slots
        .get(nv + idx)
        .as_gc_unchecked::<crate::objects::cell::CellObj>();
    let cls = cell.value.get_copy();
    let t = cls
        .downcast::<TypeObj>()
        .ok_or_else(|| th.runtime_error("super(): empty __class__ cell".into()))?;
    crate::objects::super_::new_super(th, t, first)
}

fn enumerate_new(th: &Thread, a: Args) -> PyResult<Value> {
    let it = a.get(1, "iterable").ok_or_else(|| {
        th.type_error("enumerate() missing required argument 'iterable' (pos 1)".into())
    })?;
    let start = a.get(2, "start").unwrap_or(Value::small(0));
    if !int::is_int(start) {
        return Err(th.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(start)
        )));
    }
    let it = ops::get_iter(th, it)?;
    Ok(crate::objects::iter::new_iter_for(
        th,
        cls_of(th, &a)?,
        IterKind::Enumerate,
        IterState::Enumerate { it, count: start },
    ))
}

fn zip_new(th: &Thread, a: Args) -> PyResult<Value> {
    let strict = match a.kw("strict") {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    let tv = crate::runtime::TempVec::new(th);
    for x in a.pos[1..].iter() {
        // CPython 3.11: the plain "'int' object is not iterable".
        let it = ops::get_iter(th, *x)?;
        tv.push(it);
    }
    Ok(crate::objects::iter::new_iter_for(
        th,
        cls_of(th, &a)?,
        IterKind::Zip,
        IterState::Zip {
            its: tv.to_vec(),
            strict,
        },
    ))
}

fn map_new(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(th.type_error("map() must have at least two arguments.".into()));
    }
    let tv = crate::runtime::TempVec::new(th);
    for x in &a.pos[2..] {
        tv.push(ops::get_iter(th, *x)?);
    }
    Ok(crate::objects::iter::new_iter_for(
        th,
        cls_of(th, &a)?,
        IterKind::Map,
        IterState::Map {
            f: a.pos[1],
            its: tv.to_vec(),
        },
    ))
}

fn filter_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "filter", 3, 3)?;
    let it = ops::get_iter(th, a.pos[2])?;
    Ok(crate::objects::iter::new_iter_for(
        th,
        cls_of(th, &a)?,
        IterKind::Filter,
        IterState::Filter { f: a.pos[1], it },
    ))
}

fn reversed_new(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "reversed", 2, 2)?;
    let v = a.pos[1];
    if let Some(r) = ops::call_special(th, v, "__reversed__", &[])? {
        return Ok(r);
    }
    let n = match v.kind() {
        Kind::List | Kind::Tuple => {
            let n = ops::len(th, v)?;
            return Ok(crate::objects::iter::new_iter_for(
                th,
                cls_of(th, &a)?,
                IterKind::Reversed,
                IterState::Index {
                    seq: v,
                    i: n as isize - 1,
                },
            ));
        }
        Kind::Dict => {
            let mut keys = dict::keys_vec(v.as_gc_unchecked());
            keys.reverse();
            let l = th.new_list(keys);
            return ops::get_iter(th, l);
        }
        _ => {
            if crate::objects::type_::lookup(type_of(v), th.intern_static("__getitem__")).is_none()
            {
                return Err(th.type_error(format!("'{}' object is not reversible", type_name(v))));
            }
            ops::len(th, v)?
        }
    };
    Ok(crate::objects::iter::new_iter_for(
        th,
        cls_of(th, &a)?,
        IterKind::Reversed,
        IterState::Index {
            seq: v,
            i: n as isize - 1,
        },
    ))
}

fn iter_self(_th: &Thread, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

/// `__next__` of the native iterators and of generators: the native step
/// itself (never a lookup of `__next__`, which a subclass may override).
fn iter_next(th: &Thread, a: Args) -> PyResult<Value> {
    let v = a.pos[0];
    let r = if let Some(gen_) = v.downcast::<crate::objects::generator::Generator>() {
        match crate::eval::gen_resume(th, gen_, g().none, None)? {
            crate::eval::Exit::Yield(y) => Some(y),
            crate::eval::Exit::Return(r) => return Err(th.stop_iteration(r)),
        }
    } else if v.is_kind(Kind::Iterator) {
        crate::builtins_types::iter_next(th, v.as_gc_unchecked())?
    } else {
        ops::next_raw(th, v)?
    };
    r.ok_or_else(|| th.stop_iteration(Value::NULL))
}

fn gen_of(
    th: &Thread,
    v: Value,
) -> PyResult<crate::layout::Gc<crate::objects::generator::Generator>> {
    v.downcast()
        .ok_or_else(|| th.type_error("expected a generator".into()))
}

pub(crate) fn gen_send(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "send", 2, 2)?;
    match crate::eval::gen_resume(th, gen_of(th, a.pos[0])?, a.pos[1], None)? {
        crate::eval::Exit::Yield(v) => Ok(v),
        crate::eval::Exit::Return(r) => Err(th.stop_iteration(r)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises (`args` without self).
pub(crate) fn throw_exc(th: &Thread, args: &[Value]) -> PyResult<crate::runtime::Exc> {
    let mut e = args[0];
    let val = args.get(1).copied().unwrap_or(g().none);
    if let Some(t) = e
        .downcast::<TypeObj>()
        .filter(|t| crate::objects::exceptions::is_exception_type(*t))
    {
        // Normalised as CPython does: an instance of the class is used as is,
        // a tuple gives the constructor arguments, None none.
        e = if val != g().none && ops::is_instance_of(val, t) {
            val
        } else if let Some(tup) = val.downcast::<crate::objects::tuple::Tuple>() {
            ops::call(th, t.value(), tup.items())?
        } else if val != g().none {
            ops::call(th, t.value(), &[val])?
        } else {
            ops::call(th, t.value(), &[])?
        };
        if !e.is_kind(Kind::BaseException) {
            return Err(th.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::objects::type_::type_repr(th, t),
                type_name(e)
            )));
        }
    } else if e.is_kind(Kind::BaseException) && val != g().none {
        return Err(th.type_error("instance exception may not have a separate value".into()));
    }
    if !e.is_kind(Kind::BaseException) {
        return Err(th.type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &type_name(e),
        ));
    }
    Ok(crate::runtime::Exc(e))
}

pub(crate) fn gen_throw(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "throw", 2, 4)?;
    let e = throw_exc(th, &a.pos[1..])?;
    match crate::eval::gen_throw(th, gen_of(th, a.pos[0])?, e)? {
        crate::eval::Exit::Yield(v) => Ok(v),
        crate::eval::Exit::Return(r) => Err(th.stop_iteration(r)),
    }
}

pub(crate) fn gen_close(th: &Thread, a: Args) -> PyResult<Value> {
    crate::eval::gen_close(th, gen_of(th, a.pos[0])?)
}
