//! The object protocols (CPython's `Objects/abstract.c` and `typeobject.c`
//! slots): attribute access, calls, operators, comparison, hashing, truth,
//! iteration, `repr`/`str`.
//!
//! Every operation first tries a fast path for exact builtin types (small
//! ints, floats, strs), then the native implementation of builtin layouts
//! (`arith`, `objects::*`), and finally the dunder protocol on the types'
//! dicts, which is what user classes (heap types) go through.
use frontend::bytecode::{BinOp, CmpOp};

use crate::arith;
use crate::layout::{Gc, Kind};
use crate::objects::dict::{self, Dict};
use crate::objects::exceptions::BaseExc;
use crate::objects::float::{Float, float_repr};
use crate::objects::function::{
    Binding, BoundMethod, Function, NativeFunction, bind_native, new_bound,
};
use crate::objects::int;
use crate::objects::iter::{IterKind, IterState, new_iter};
use crate::objects::list::List;
use crate::objects::module::Module;
use crate::objects::property::{ClassMethod, Property, StaticMethod};
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, is_subtype, lookup, type_name, type_of};
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

// --- Attributes ---

fn attr_name(name: Value) -> &'static str {
    as_str(name).unwrap_or("?")
}

/// getattr(obj, name) for a str `name`.
pub fn getattr(th: &Thread, obj: Value, name: Value) -> PyResult<Value> {
    let ty = type_of(obj);
    if ty.is_heap() {
        let flags = crate::objects::type_::attr_flags(th, ty);
        if flags & crate::objects::type_::attr::CUSTOM_GETATTRIBUTE != 0
            && let Some(ga) = lookup(ty, crate::name!(th, "__getattribute__"))
        {
            let r = call_with(th, ga, Args::new(&[obj, name]));
            return match r {
                Err(e) if is_instance_of(e.0, g().exc.attribute_error) => {
                    getattr_hook(th, ty, obj, name, e)
                }
                r => r,
            };
        }
    }
    match generic_getattr(th, obj, name)? {
        Some(v) => Ok(v),
        None => {
            if ty.is_heap()
                && crate::objects::type_::attr_flags(th, ty)
                    & crate::objects::type_::attr::HAS_GETATTR
                    != 0
                && let Some(ga) = lookup(ty, crate::name!(th, "__getattr__"))
            {
                return call_method_value(th, ga, obj, Args::new(&[name]));
            }
            Err(no_attr_error(th, obj, name))
        }
    }
}

fn getattr_hook(th: &Thread, ty: Gc<TypeObj>, obj: Value, name: Value, e: Exc) -> PyResult<Value> {
    if let Some(ga) = lookup(ty, crate::name!(th, "__getattr__")) {
        return call_method_value(th, ga, obj, Args::new(&[name]));
    }
    Err(e)
}

pub fn no_attr_error(th: &Thread, obj: Value, name: Value) -> Exc {
    let n = attr_name(name);
    let msg = if let Some(t) = obj.downcast::<TypeObj>() {
        format!("type object '{}' has no attribute '{}'", t.name(), n)
    } else if let Some(m) = obj.downcast::<Module>() {
        let mname = dict::get_str(m.dict, crate::name!(th, "__name__"))
            .and_then(as_str)
            .unwrap_or("?");
        format!("module '{mname}' has no attribute '{n}'")
    } else {
        format!("'{}' object has no attribute '{}'", type_name(obj), n)
    };
    let e = th.attribute_error(msg);
    set_exc_attr(th, e.0, "name", name);
    set_exc_attr(th, e.0, "obj", obj);
    e
}

/// Whether a descriptor found on a type is a data descriptor.
fn is_data_descr(th: &Thread, d: Value) -> bool {
    match d.kind() {
        Kind::Property => true,
        Kind::Function
        | Kind::NativeFunction
        | Kind::StaticMethod
        | Kind::ClassMethod
        | Kind::Int
        | Kind::Str => false,
        _ => {
            let dt = type_of(d);
            dt.is_heap()
                && (lookup(dt, crate::name!(th, "__set__")).is_some()
                    || lookup(dt, crate::name!(th, "__delete__")).is_some())
        }
    }
}

/// Binds a descriptor found on `ty` to `obj` (NULL obj: accessed on the class).
pub fn descr_get(th: &Thread, d: Value, obj: Value, ty: Gc<TypeObj>) -> PyResult<Value> {
    if d.is_small() {
        return Ok(d);
    }
    match d.kind() {
        Kind::Function => {
            if obj.is_null() {
                Ok(d)
            } else {
                Ok(new_bound(th, d, obj))
            }
        }
        Kind::NativeFunction => {
            let f = d.as_gc_unchecked::<NativeFunction>();
            match f.binding {
                Binding::Method if !obj.is_null() && f.self_.is_null() => {
                    Ok(bind_native(th, f, obj))
                }
                Binding::Class if f.self_.is_null() => Ok(bind_native(th, f, ty.value())),
                Binding::Getter if !obj.is_null() => (f.func)(th, Args::new(&[obj])),
                _ => Ok(d),
            }
        }
        Kind::StaticMethod => Ok(d.as_gc_unchecked::<StaticMethod>().0.func),
        Kind::ClassMethod => {
            let f = d.as_gc_unchecked::<ClassMethod>().0.func;
            Ok(new_bound(th, f, ty.value()))
        }
        Kind::Property => {
            if obj.is_null() {
                return Ok(d);
            }
            let p = d.as_gc_unchecked::<Property>();
            let fget = p.fget.get_copy();
            if fget.is_null() || fget == g().none {
                return Err(th.attribute_error(format!(
                    "property {} of '{}' object has no getter",
                    property_name(th, p),
                    ty.name()
                )));
            }
            call(th, fget, &[obj])
        }
        _ => {
            let dt = type_of(d);
            if dt.is_heap()
                && let Some(get) = lookup(dt, crate::name!(th, "__get__"))
            {
                let o = if obj.is_null() { g().none } else { obj };
                return call_method_value(th, get, d, Args::new(&[o, ty.value()]));
            }
            Ok(d)
        }
    }
}

fn property_name(th: &Thread, p: Gc<Property>) -> String {
    let n = p.name.get_copy();
    if let Some(s) = as_str(n) {
        return format!("'{s}'");
    }
    let _ = th;
    "''".into()
}

/// object.__getattribute__: returns None when the attribute is missing.
pub fn generic_getattr(th: &Thread, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(t) = obj.downcast::<TypeObj>() {
        return type_getattr(th, t, name);
    }
    if let Some(s) = obj.downcast::<crate::objects::super_::Super>()
        && let Some(v) = super_getattr(th, s, name)?
    {
        return Ok(Some(v));
    }
    if let Some(m) = obj.downcast::<Module>()
        && type_of(obj) == types().module
    {
        if let Some(v) = dict::get_str(m.dict, name) {
            return Ok(Some(v));
        }
        if let Some(ga) = dict::get_str(m.dict, crate::name!(th, "__getattr__")) {
            return call(th, ga, &[name]).map(Some);
        }
        if attr_name(name) == "__dict__" {
            return Ok(Some(m.dict.value()));
        }
        return Ok(None);
    }
    let ty = type_of(obj);
    let descr = lookup(ty, name);
    if let Some(d) = descr
        && is_data_descr(th, d)
    {
        return descr_get(th, d, obj, ty).map(Some);
    }
    if let Some(slot) = obj.dict_slot() {
        let dv = slot.get_copy();
        if let Some(dd) = dv.downcast::<Dict>()
            && let Some(v) = dict::get_str(dd, name)
        {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        return descr_get(th, d, obj, ty).map(Some);
    }
    crate::builtins_types::special_getattr(th, obj, name)
}

/// super(T, obj).name: search the MRO of obj's type after T, binding what
/// is found to obj (or, when obj is a class, as on the class).
fn super_getattr(
    th: &Thread,
    s: Gc<crate::objects::super_::Super>,
    name: Value,
) -> PyResult<Option<Value>> {
    if as_str(name) == Some("__class__") || s.obj.is_null() {
        return Ok(None);
    }
    let mro = s.obj_type.mro.borrow().clone();
    let Some(start) = mro.iter().position(|t| *t == s.ty) else {
        return Ok(None);
    };
    for t in &mro[start + 1..] {
        if let Some(d) = dict::get_str(t.dict, name) {
            let inst = if s.obj == s.obj_type.value() {
                Value::NULL
            } else {
                s.obj
            };
            return descr_get(th, d, inst, s.obj_type).map(Some);
        }
    }
    Ok(None)
}

/// Attribute lookup on a type object.
fn type_getattr(th: &Thread, t: Gc<TypeObj>, name: Value) -> PyResult<Option<Value>> {
    let meta = type_of(t.value());
    let md = lookup(meta, name);
    if let Some(d) = md
        && is_data_descr(th, d)
    {
        return descr_get(th, d, t.value(), meta).map(Some);
    }
    if let Some(v) = lookup(t, name) {
        return descr_get(th, v, Value::NULL, t).map(Some);
    }
    if let Some(d) = md {
        return descr_get(th, d, t.value(), meta).map(Some);
    }
    crate::builtins_types::type_special_getattr(th, t, name)
}

/// getattr with AttributeError turned into None.
pub fn getattr_opt(th: &Thread, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match getattr(th, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_instance_of(e.0, g().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn getattr_str(th: &Thread, obj: Value, name: &'static str) -> PyResult<Value> {
    getattr(th, obj, th.intern_static(name))
}

/// setattr(obj, name, v); `v` NULL deletes.
pub fn setattr(th: &Thread, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if ty.is_heap() {
        let (sname, bit) = if v.is_null() {
            (
                crate::name!(th, "__delattr__"),
                crate::objects::type_::attr::CUSTOM_DELATTR,
            )
        } else {
            (
                crate::name!(th, "__setattr__"),
                crate::objects::type_::attr::CUSTOM_SETATTR,
            )
        };
        if crate::objects::type_::attr_flags(th, ty) & bit != 0
            && let Some(sa) = lookup(ty, sname)
        {
            if v.is_null() {
                call_method_value(th, sa, obj, Args::new(&[name]))?;
            } else {
                call_method_value(th, sa, obj, Args::new(&[name, v]))?;
            }
            return Ok(());
        }
    }
    generic_setattr(th, obj, name, v)
}

/// `property.__set__(obj, v)`, or `property.__delete__(obj)` when `v` is
/// NULL: calls the property's fset / fdel.
pub fn property_store(th: &Thread, p: Gc<Property>, obj: Value, v: Value) -> PyResult<()> {
    let f = if v.is_null() {
        p.fdel.get_copy()
    } else {
        p.fset.get_copy()
    };
    if f.is_null() || f == g().none {
        let what = if v.is_null() { "deleter" } else { "setter" };
        return Err(th.attribute_error(format!(
            "property {} of '{}' object has no {what}",
            property_name(th, p),
            type_of(obj).name()
        )));
    }
    if v.is_null() {
        call(th, f, &[obj])?;
    } else {
        call(th, f, &[obj, v])?;
    }
    Ok(())
}

/// object.__setattr__ / object.__delattr__.
pub fn generic_setattr(th: &Thread, obj: Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(t) = obj.downcast::<TypeObj>() {
        return crate::objects::type_::type_setattr(th, t, name, v);
    }
    let ty = type_of(obj);
    if let Some(d) = lookup(ty, name) {
        if let Some(p) = d.downcast::<Property>() {
            return property_store(th, p, obj, v);
        }
        let dt = type_of(d);
        if dt.is_heap() {
            let (mname, args): (&str, Vec<Value>) = if v.is_null() {
                ("__delete__", vec![obj])
            } else {
                ("__set__", vec![obj, v])
            };
            if let Some(f) = lookup(dt, th.intern_static(mname)) {
                call_method_value(th, f, d, Args::new(&args))?;
                return Ok(());
            }
        }
    }
    if let Some(slot) = obj.dict_slot() {
        // `obj.__dict__ = d` replaces the storage itself (CPython's
        // `__dict__` getset descriptor); `del obj.__dict__` drops it, and
        // the next read makes a new empty one.
        if attr_name(name) == "__dict__" {
            if !v.is_null() && v.downcast::<Dict>().is_none() {
                return Err(th.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(v)
                )));
            }
            slot.set(v);
            return Ok(());
        }
        let mut dv = slot.get_copy();
        if dv.is_null() {
            if v.is_null() {
                return Err(no_attr_error(th, obj, name));
            }
            dv = slot.get_or_init(|| dict::new_dict(th).value());
        }
        let Some(d) = dv.downcast::<Dict>() else {
            return Err(th.type_error("instance __dict__ is not a dict".into()));
        };
        if v.is_null() {
            if !dict::del_str(d, name) {
                return Err(no_attr_error(th, obj, name));
            }
        } else {
            dict::set_item_str(th, d, name, v);
        }
        return Ok(());
    }
    if let Some(m) = obj.downcast::<Module>() {
        if v.is_null() {
            if !dict::del_str(m.dict, name) {
                return Err(no_attr_error(th, obj, name));
            }
        } else {
            dict::set_item_str(th, m.dict, name, v);
        }
        return Ok(());
    }
    crate::builtins_types::special_setattr(th, obj, name, v)
}

/// Sets an attribute in an exception's dict (no Python code runs).
pub fn set_exc_attr(th: &Thread, exc: Value, name: &str, v: Value) {
    if let Some(e) = exc.downcast::<BaseExc>() {
        let d = e.dict.get_or_init(|| dict::new_dict(th).value());
        dict::set_item_str(th, d.as_gc_unchecked(), th.intern(name), v);
    }
}

// --- Calls ---

/// Calls `f` with positional arguments.
pub fn call(th: &Thread, f: Value, args: &[Value]) -> PyResult<Value> {
    call_with(th, f, Args::new(args))
}

/// Calls `f` with `self_` prepended to the arguments.
pub fn call_method_value(th: &Thread, f: Value, self_: Value, args: Args) -> PyResult<Value> {
    // A special method wrapped in staticmethod/classmethod is bound through
    // its descriptor, as CPython's special-method lookup does.
    if f.is_ptr() && matches!(f.kind(), Kind::StaticMethod | Kind::ClassMethod) {
        let bound = descr_get(th, f, self_, type_of(self_))?;
        return call_with(th, bound, args);
    }
    with_prepended(th, self_, args.pos, |pos| {
        call_with(th, f, args.with_pos(pos))
    })
}

/// Runs `k` with `[first, rest...]`.  Up to 7 items the slice is an array
/// on the native stack (scanned conservatively, and no allocation); beyond,
/// a `Vec` whose buffer the collector does not see, so `first` is rooted
/// (the items of `rest` stay where the caller keeps them).
#[inline]
pub fn with_prepended<R>(
    th: &Thread,
    first: Value,
    rest: &[Value],
    k: impl FnOnce(&[Value]) -> R,
) -> R {
    const N: usize = 8;
    if rest.len() < N {
        let mut buf = [Value::NULL; N];
        buf[0] = first;
        buf[1..=rest.len()].copy_from_slice(rest);
        let r = k(&buf[..=rest.len()]);
        std::hint::black_box(&buf);
        r
    } else {
        let _r = th.root(first);
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(first);
        v.extend_from_slice(rest);
        k(&v)
    }
}

/// Calls a method by name: obj.name(*args).
pub fn call_method(th: &Thread, obj: Value, name: &'static str, args: &[Value]) -> PyResult<Value> {
    let f = getattr(th, obj, th.intern_static(name))?;
    call(th, f, args)
}

/// Looks a special method up on the type (not the instance) and calls it.
pub fn call_special(
    th: &Thread,
    obj: Value,
    name: &'static str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    match lookup(ty, th.intern_static(name)) {
        Some(f) => {
            let bound = descr_get(th, f, obj, ty)?;
            call(th, bound, args).map(Some)
        }
        None => Ok(None),
    }
}

pub fn call_with(th: &Thread, f: Value, args: Args) -> PyResult<Value> {
    // Calls through native code (slots, descriptors, `__call__` chains) nest
    // on the native stack without a Python frame: bound them by the stack.
    if th.stack_exhausted() {
        return Err(th.new_exc(
            g().exc.recursion_error,
            "maximum recursion depth exceeded while calling a Python object".into(),
        ));
    }
    if f.is_ptr() {
        match f.kind() {
            Kind::Function => {
                return crate::eval::call_function(th, f.as_gc_unchecked::<Function>(), args);
            }
            Kind::NativeFunction => {
                let nf = f.as_gc_unchecked::<NativeFunction>();
                if nf.self_.is_null() {
                    if nf.binding == Binding::Method && !nf.owner_type.is_null() {
                        check_descr_self(th, nf, &args)?;
                    } else if nf.binding == Binding::Static && nf.name == "__new__" {
                        check_new_cls(th, nf, &args)?;
                    }
                    return (nf.func)(th, args);
                }
                return call_native_bound(th, nf, args);
            }
            Kind::BoundMethod => {
                let m = f.as_gc_unchecked::<BoundMethod>();
                return call_method_value(th, m.func, m.self_, args);
            }
            // staticmethod objects are callable (3.10+); `__new__` is one.
            Kind::StaticMethod => {
                let func = f.as_gc_unchecked::<StaticMethod>().0.func;
                return call_with(th, func, args);
            }
            Kind::Type => {
                let t = f.as_gc_unchecked::<TypeObj>();
                let meta = type_of(f);
                if meta == types().type_ {
                    return crate::objects::type_::call_type(th, t, args);
                }
                if let Some(c) = lookup(meta, crate::name!(th, "__call__"))
                    && c.is_kind(Kind::Function)
                {
                    return call_method_value(th, c, f, args);
                }
                return crate::objects::type_::call_type(th, t, args);
            }
            _ => {}
        }
    }
    let ty = type_of(f);
    if let Some(c) = lookup(ty, crate::name!(th, "__call__")) {
        // Counted in the recursion depth, as CPython's slot_tp_call does
        // (a `__call__` that is the instance itself recurses here).
        let depth = th.depth.get() + 1;
        if depth
            > g()
                .recursion_limit
                .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(th.new_exc(
                g().exc.recursion_error,
                "maximum recursion depth exceeded while calling a Python object".into(),
            ));
        }
        th.depth.set(depth);
        let r = call_method_value(th, c, f, args);
        th.depth.set(depth - 1);
        return r;
    }
    Err(th.type_error(format!("'{}' object is not callable", type_name(f))))
}

/// An unbound method descriptor called directly: `self` must be an instance
/// of the owning type (CPython's messages).
#[inline]
fn check_descr_self(th: &Thread, nf: Gc<NativeFunction>, args: &Args) -> PyResult<()> {
    let owner = nf.owner_type.as_gc_unchecked::<TypeObj>();
    match args.pos.first() {
        Some(s) => {
            let st = type_of(*s);
            if st == owner || is_subtype(st, owner) {
                return Ok(());
            }
            Err(th.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                nf.name,
                owner.name(),
                st.name()
            )))
        }
        None => Err(th.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner.name(),
            nf.name
        ))),
    }
}

/// A builtin `T.__new__(cls, ...)`: `cls` must be a subtype of T (CPython's
/// tp_new_wrapper messages).
fn check_new_cls(th: &Thread, nf: Gc<NativeFunction>, args: &Args) -> PyResult<()> {
    let Some(owner) = nf.owner_type.downcast::<TypeObj>() else {
        return Ok(());
    };
    let Some(first) = args.pos.first() else {
        return Err(th.type_error(format!("{}.__new__(): not enough arguments", owner.name())));
    };
    let Some(cls) = first.downcast::<TypeObj>() else {
        return Err(th.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name(),
            type_name(*first)
        )));
    };
    if !is_subtype(cls, owner) {
        return Err(th.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            cls.name(),
            cls.name(),
            owner.name()
        )));
    }
    Ok(())
}

fn call_native_bound(th: &Thread, nf: Gc<NativeFunction>, args: Args) -> PyResult<Value> {
    with_prepended(th, nf.self_, args.pos, |pos| {
        (nf.func)(th, args.with_pos(pos))
    })
}

// --- Operators ---

/// `a op b` (or `a op= b` when `inplace`).
#[inline]
pub fn binary_op(th: &Thread, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        if let Some(v) = arith::small_int_op(th, op, a.as_small(), b.as_small()) {
            return v;
        }
    } else if let (Some(x), Some(y)) = (exact_float(a), exact_float(b))
        && let Some(v) = arith::float_op(th, op, x, y)
    {
        return v;
    }
    binary_op_slow(th, op, a, b, inplace)
}

#[inline]
pub fn exact_float(v: Value) -> Option<f64> {
    if v.is_ptr() && v.heap_type() == types().float {
        Some(v.as_gc_unchecked::<Float>().v)
    } else {
        None
    }
}

#[cold]
fn binary_op_slow(th: &Thread, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let ta = type_of(a);
    let tb = type_of(b);
    if inplace {
        if !ta.is_heap() {
            if let Some(v) = arith::native_inplace(th, op, a, b)? {
                return Ok(v);
            }
        } else {
            let iname = op.dunders().2;
            if let Some(f) = lookup(ta, th.intern_static(iname)) {
                let r = call_method_value(th, f, a, Args::new(&[b]))?;
                if r != g().not_implemented {
                    return Ok(r);
                }
            }
        }
    }
    if !ta.is_heap() && !tb.is_heap() {
        if let Some(v) = arith::native_binop(th, op, a, b)? {
            return Ok(v);
        }
        // `int | str`, `int | None`: a union type.
        if op == BinOp::Or
            && let Some(v) = crate::objects::generic_alias::union_or(th, a, b)?
        {
            return Ok(v);
        }
        return Err(unsupported(th, op, a, b, inplace));
    }
    let (lname, rname, _) = op.dunders();
    let lf = lookup(ta, th.intern_static(lname));
    let rf = if ta != tb {
        lookup(tb, th.intern_static(rname))
    } else {
        None
    };
    // A subclass's reflected method goes first.
    if let Some(r) = rf
        && is_subtype(tb, ta)
        && !ptr_same(Some(r), lookup(ta, th.intern_static(rname)))
    {
        let v = call_binop_method(th, r, b, a)?;
        if v != g().not_implemented {
            return Ok(v);
        }
        if let Some(l) = lf {
            let v = call_binop_method(th, l, a, b)?;
            if v != g().not_implemented {
                return Ok(v);
            }
        }
        return Err(unsupported(th, op, a, b, inplace));
    }
    if let Some(l) = lf {
        let v = call_binop_method(th, l, a, b)?;
        if v != g().not_implemented {
            return Ok(v);
        }
    }
    if let Some(r) = rf {
        let v = call_binop_method(th, r, b, a)?;
        if v != g().not_implemented {
            return Ok(v);
        }
    }
    Err(unsupported(th, op, a, b, inplace))
}

fn ptr_same(a: Option<Value>, b: Option<Value>) -> bool {
    a == b
}

fn call_binop_method(th: &Thread, f: Value, a: Value, b: Value) -> PyResult<Value> {
    if let Some(nf) = f.downcast::<NativeFunction>() {
        return (nf.func)(th, Args::new(&[a, b]));
    }
    call_method_value(th, f, a, Args::new(&[b]))
}

pub fn unsupported(th: &Thread, op: BinOp, a: Value, b: Value, inplace: bool) -> Exc {
    if let Some(msg) = crate::objects::str::sequence_op_error(op, a, b) {
        return th.type_error(msg);
    }
    let sym = if inplace && op != BinOp::Pow {
        format!("{}=", op.symbol())
    } else if inplace {
        "**=".to_string()
    } else {
        op.symbol().to_string()
    };
    th.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    ))
}

/// Unary operators: "neg", "pos", "invert".
pub fn unary_op(th: &Thread, which: &str, v: Value) -> PyResult<Value> {
    let t = type_of(v);
    if !t.is_heap()
        && let Some(r) = arith::native_unary(th, which, v)?
    {
        return Ok(r);
    }
    let dunder = match which {
        "neg" => "__neg__",
        "pos" => "__pos__",
        _ => "__invert__",
    };
    if let Some(f) = lookup(t, th.intern_static(dunder)) {
        return call_method_value(th, f, v, Args::new(&[]));
    }
    let sym = match which {
        "neg" => "-",
        "pos" => "+",
        _ => "~",
    };
    Err(th.type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        type_name(v)
    )))
}

// --- Comparison ---

/// Equality decidable without running Python code (builtin immutables).
pub fn eq_pure(a: Value, b: Value) -> Option<bool> {
    eq_pure_nested(a, b, 0)
}

/// Tuples nested deeper than this are left to `compare`, which counts the
/// levels against the recursion limit (CPython raises RecursionError for
/// deeply nested tuples).
const EQ_PURE_MAX_NESTING: u32 = 8;

fn eq_pure_nested(a: Value, b: Value, level: u32) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_small() && b.is_small() {
        return Some(false);
    }
    let ka = if a.is_small() { Kind::Int } else { a.kind() };
    let kb = if b.is_small() { Kind::Int } else { b.kind() };
    let heap = |v: Value| v.is_ptr() && v.heap_type().is_heap();
    if heap(a) || heap(b) {
        return None;
    }
    match (ka, kb) {
        (Kind::Str, Kind::Str) => Some(as_str(a) == as_str(b)),
        (Kind::Int | Kind::Bool | Kind::Float, Kind::Int | Kind::Bool | Kind::Float) => {
            Some(arith::num_eq(a, b))
        }
        (Kind::Tuple, Kind::Tuple) => {
            let x = a.as_gc_unchecked::<Tuple>();
            let y = b.as_gc_unchecked::<Tuple>();
            if x.items().len() != y.items().len() {
                return Some(false);
            }
            if level >= EQ_PURE_MAX_NESTING {
                return None;
            }
            for (p, q) in x.items().iter().zip(y.items().iter()) {
                match eq_pure_nested(*p, *q, level + 1) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Kind::Bytes, Kind::Bytes) => Some(
            a.as_gc_unchecked::<crate::objects::bytes::Bytes>().b
                == b.as_gc_unchecked::<crate::objects::bytes::Bytes>().b,
        ),
        (Kind::None, _) | (_, Kind::None) => Some(false),
        (x, y) if x != y && is_immutable_kind(x) && is_immutable_kind(y) => Some(false),
        _ => None,
    }
}

fn is_immutable_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Str | Kind::Int | Kind::Bool | Kind::Float | Kind::Tuple | Kind::Bytes | Kind::None
    )
}

/// `a == b` as a bool.
pub fn eq_bool(th: &Thread, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = eq_pure(a, b) {
        return Ok(r);
    }
    let r = compare(th, a, b, CmpOp::Eq)?;
    truthy(th, r)
}

/// Rich comparison `a op b`.
#[inline]
pub fn compare(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        let (x, y) = (a.as_small(), b.as_small());
        return Ok(th.bool_val(cmp_ord(op, x.cmp(&y))));
    }
    if let (Some(x), Some(y)) = (exact_float(a), exact_float(b)) {
        return Ok(th.bool_val(cmp_f64(op, x, y)));
    }
    compare_slow(th, a, b, op)
}

pub fn cmp_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

pub fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

#[cold]
fn compare_slow(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    // Containers compare their items through here: nesting is bounded by
    // the recursion limit, as in CPython's PyObject_RichCompare.
    let _level = crate::eval::enter_recursive_call(th, " in comparison")?;
    let ta = type_of(a);
    let tb = type_of(b);
    // Native-layout types (weakref, array, ...) define their comparisons
    // in their type dicts, like classes.
    let native = |v: Value| v.is_ptr() && v.kind() == Kind::Native;
    if !ta.is_heap() && !tb.is_heap() && !native(a) && !native(b) {
        if let Some(v) = arith::native_compare(th, a, b, op)? {
            return Ok(v);
        }
    } else {
        let name = op.dunder();
        let rname = op.swapped().dunder();
        let try_right_first =
            ta != tb && is_subtype(tb, ta) && lookup(tb, th.intern_static(rname)).is_some();
        if try_right_first && let Some(r) = call_cmp(th, tb, b, a, rname)? {
            return Ok(r);
        }
        if let Some(r) = call_cmp(th, ta, a, b, name)? {
            return Ok(r);
        }
        if !try_right_first && let Some(r) = call_cmp(th, tb, b, a, rname)? {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(th.bool_val(a == b)),
        CmpOp::Ne => Ok(th.bool_val(a != b)),
        _ => Err(th.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Calls a comparison dunder; None when absent or NotImplemented.
fn call_cmp(
    th: &Thread,
    t: Gc<TypeObj>,
    a: Value,
    b: Value,
    name: &'static str,
) -> PyResult<Option<Value>> {
    let Some(f) = lookup(t, th.intern_static(name)) else {
        return Ok(None);
    };
    let r = call_binop_method(th, f, a, b)?;
    if r == g().not_implemented {
        // __ne__ defaults to the negation of __eq__.
        if name == "__ne__"
            && f.is_kind(Kind::NativeFunction)
            && let Some(eqf) = lookup(t, crate::name!(th, "__eq__"))
        {
            let r2 = call_binop_method(th, eqf, a, b)?;
            if r2 != g().not_implemented {
                return Ok(Some(th.bool_val(!truthy(th, r2)?)));
            }
        }
        return Ok(None);
    }
    Ok(Some(r))
}

/// `a < b` as a bool (sorting, min, max).
pub fn lt_bool(th: &Thread, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.as_small() < b.as_small());
    }
    let r = compare(th, a, b, CmpOp::Lt)?;
    truthy(th, r)
}

/// `a > b` as a bool (`max`, which compares each item with the best so
/// far as CPython does: `item > best`).
pub fn gt_bool(th: &Thread, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.as_small() > b.as_small());
    }
    let r = compare(th, a, b, CmpOp::Gt)?;
    truthy(th, r)
}

// --- Hashing and truth ---

pub fn hash(th: &Thread, v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(int::hash_i64(v.as_small()));
    }
    let t = v.heap_type();
    if !t.is_heap() && v.kind() != Kind::Native {
        return arith::native_hash(th, v);
    }
    match lookup(t, crate::name!(th, "__hash__")) {
        Some(f) if f == g().none => Err(th.type_error(format!("unhashable type: '{}'", t.name()))),
        Some(f) => {
            if crate::objects::object::is_object_slot(th, f, "__hash__") {
                return Ok(identity_hash(v));
            }
            let r = call_method_value(th, f, v, Args::new(&[]))?;
            match int::to_bigint(r) {
                Some(b) => Ok(match int::to_i64(r) {
                    Some(i) => {
                        if i == -1 {
                            -2
                        } else {
                            i
                        }
                    }
                    None => int::hash_bigint(&b),
                }),
                None => Err(th.type_error("__hash__ method should return an integer".into())),
            }
        }
        None => Ok(identity_hash(v)),
    }
}

pub fn identity_hash(v: Value) -> i64 {
    (v.bits() >> 4) as i64
}

/// Truth value.
#[inline]
pub fn truthy(th: &Thread, v: Value) -> PyResult<bool> {
    let gl = g();
    if v == gl.true_ {
        return Ok(true);
    }
    if v == gl.false_ || v == gl.none {
        return Ok(false);
    }
    if v.is_small() {
        return Ok(v.as_small() != 0);
    }
    truthy_slow(th, v)
}

fn truthy_slow(th: &Thread, v: Value) -> PyResult<bool> {
    let t = v.heap_type();
    if !t.is_heap() {
        return Ok(match v.kind() {
            Kind::Float => v.as_gc_unchecked::<Float>().v != 0.0,
            Kind::Complex => crate::objects::complex::parts(v) != Some((0.0, 0.0)),
            Kind::Int => !int::is_zero(v),
            Kind::Str => v.as_gc_unchecked::<Str>().nchars != 0,
            Kind::List => !v.as_gc_unchecked::<List>().items.borrow().is_empty(),
            Kind::Tuple => !v.as_gc_unchecked::<Tuple>().items().is_empty(),
            Kind::Dict => dict::len(v.as_gc_unchecked()) != 0,
            _ => match arith::native_len(th, v)? {
                Some(n) => n != 0,
                None => true,
            },
        });
    }
    if let Some(f) = lookup(t, crate::name!(th, "__bool__")) {
        let r = call_method_value(th, f, v, Args::new(&[]))?;
        if !r.is_kind(Kind::Bool) {
            return Err(th.type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name(r)
            )));
        }
        return Ok(r == g().true_);
    }
    if let Some(f) = lookup(t, crate::name!(th, "__len__")) {
        let r = call_method_value(th, f, v, Args::new(&[]))?;
        return Ok(!int::is_zero(len_result(th, r)?));
    }
    if t.layout() != Kind::Object {
        return Ok(arith::native_len(th, v)?.is_none_or(|n| n != 0));
    }
    Ok(true)
}

fn len_result(th: &Thread, r: Value) -> PyResult<Value> {
    if !int::is_int(r) {
        return Err(th.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(r)
        )));
    }
    if int::to_i64(r).is_some_and(|i| i < 0) {
        return Err(th.value_error("__len__() should return >= 0".into()));
    }
    Ok(r)
}

/// len(v).
pub fn len(th: &Thread, v: Value) -> PyResult<usize> {
    let t = type_of(v);
    if t.is_heap()
        && let Some(f) = lookup(t, crate::name!(th, "__len__"))
    {
        let r = call_method_value(th, f, v, Args::new(&[]))?;
        let r = len_result(th, r)?;
        return int::to_i64(r).map(|i| i as usize).ok_or_else(|| {
            th.overflow_error("cannot fit 'int' into an index-sized integer".into())
        });
    }
    match arith::native_len(th, v)? {
        Some(n) => Ok(n),
        None => Err(th.type_error(format!("object of type '{}' has no len()", t.name()))),
    }
}

// --- Iteration ---

/// iter(v).
pub fn get_iter(th: &Thread, v: Value) -> PyResult<Value> {
    let t = type_of(v);
    if !t.is_heap() || t.layout() != Kind::Object {
        let st = match v.kind() {
            Kind::List => Some((IterKind::List, IterState::Index { seq: v, i: 0 })),
            Kind::Tuple => Some((IterKind::Tuple, IterState::Index { seq: v, i: 0 })),
            Kind::Str => Some((IterKind::Str, IterState::Index { seq: v, i: 0 })),
            Kind::Bytes => Some((IterKind::Bytes, IterState::Index { seq: v, i: 0 })),
            Kind::ByteArray => Some((IterKind::ByteArray, IterState::Index { seq: v, i: 0 })),
            Kind::Dict
                if !t.is_heap()
                    || lookup(t, crate::name!(th, "__iter__"))
                        == lookup(types().dict, crate::name!(th, "__iter__")) =>
            {
                let d = v.as_gc_unchecked::<Dict>();
                Some((IterKind::DictKeys, crate::objects::iter::dict_state(d)))
            }
            Kind::Set | Kind::FrozenSet => {
                let s = crate::objects::set::set_table(v).unwrap();
                Some((IterKind::Set, crate::objects::iter::set_state(s)))
            }
            Kind::DictView => {
                let dv = v.as_gc_unchecked::<crate::objects::dictview::DictView>();
                Some((dv.which, crate::objects::iter::dict_state(dv.d)))
            }
            Kind::Range => return Ok(crate::builtins_types::range_iter(th, v)),
            Kind::Iterator if !t.is_heap() => return Ok(v),
            Kind::Generator if !t.is_heap() && crate::objects::generator::is_plain_generator(v) => {
                return Ok(v);
            }
            _ => None,
        };
        if let Some((k, s)) = st
            && (!t.is_heap()
                || lookup(t, crate::name!(th, "__iter__"))
                    .is_none_or(|f| f.is_kind(Kind::NativeFunction)))
        {
            return Ok(new_iter(th, k, s));
        }
    }
    if let Some(f) = lookup(t, crate::name!(th, "__iter__")) {
        if f == g().none {
            return Err(th.type_error(format!("'{}' object is not iterable", t.name())));
        }
        let it = call_method_value(th, f, v, Args::new(&[]))?;
        let it_t = type_of(it);
        if !matches!(it.kind(), Kind::Iterator | Kind::Generator)
            && lookup(it_t, crate::name!(th, "__next__")).is_none()
        {
            return Err(th.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                it_t.name()
            )));
        }
        return Ok(it);
    }
    if lookup(t, crate::name!(th, "__getitem__")).is_some() {
        return Ok(new_iter(
            th,
            IterKind::Seq,
            IterState::Index { seq: v, i: 0 },
        ));
    }
    Err(th.type_error(format!("'{}' object is not iterable", t.name())))
}

/// next(it): Some(value), or None when exhausted (StopIteration consumed).
pub fn next(th: &Thread, it: Value) -> PyResult<Option<Value>> {
    // Native loops that consume iterators (`list(it)`, `dict.fromkeys(it)`)
    // take a MemoryError armed by the budget here (docs/GC.md).
    if th.mutator.memory_error_pending() {
        th.take_memory_error()?;
    }
    match next_raw(th, it) {
        Err(e) if is_instance_of(e.0, g().exc.stop_iteration) => Ok(None),
        r => r,
    }
}

/// `tp_iternext`: Some(value), None when exhausted without an exception, or
/// the exception the iterator raised, a StopIteration included (so `next()`
/// and `yield from` see its arguments, as in CPython).
pub fn next_raw(th: &Thread, it: Value) -> PyResult<Option<Value>> {
    if it.is_ptr() {
        match it.kind() {
            // A Python subclass (`class m(map)`) may override __next__.
            Kind::Iterator if !it.heap_type().is_heap() => {
                return crate::builtins_types::iter_next(th, it.as_gc_unchecked());
            }
            Kind::Generator if crate::objects::generator::is_plain_generator(it) => {
                return crate::eval::gen_next(th, it.as_gc_unchecked());
            }
            _ => {}
        }
    }
    let t = type_of(it);
    let Some(f) = lookup(t, crate::name!(th, "__next__")) else {
        return Err(th.type_error(format!("'{}' object is not an iterator", t.name())));
    };
    call_method_value(th, f, it, Args::new(&[])).map(Some)
}

/// Collects an iterable into a Vec (kept rooted while iterating).
pub fn collect(th: &Thread, v: Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.downcast::<List>()
        && !type_of(v).is_heap()
    {
        return Ok(l.items.borrow().to_vec());
    }
    if let Some(t) = v.downcast::<Tuple>()
        && !type_of(v).is_heap()
    {
        return Ok(t.items().to_vec());
    }
    let it = get_iter(th, v)?;
    let _r = th.root(it);
    // A range or sequence iterator says how many items come: as CPython
    // (`__length_hint__`), allocate them first, so `list(range(2**60))`
    // fails at once with MemoryError instead of growing until it does.
    let out = match crate::objects::iter::exact_items_left(it) {
        Some(n) if n > 1024 => {
            th.reserve(n.saturating_mul(std::mem::size_of::<Value>()))?;
            let mut v = Vec::new();
            v.try_reserve_exact(n).map_err(|_| th.memory_error())?;
            crate::runtime::TempVec::with_storage(th, v)
        }
        _ => crate::runtime::TempVec::new(th),
    };
    while let Some(x) = next(th, it)? {
        out.push(x);
    }
    Ok(out.to_vec())
}

// --- Items ---

pub fn getitem(th: &Thread, c: Value, k: Value) -> PyResult<Value> {
    let t = type_of(c);
    if (!t.is_heap()
        || lookup(t, crate::name!(th, "__getitem__"))
            .is_some_and(|f| f.is_kind(Kind::NativeFunction)))
        && let Some(v) = arith::native_getitem(th, c, k)?
    {
        return Ok(v);
    }
    if let Some(f) = lookup(t, crate::name!(th, "__getitem__")) {
        return call_method_value(th, f, c, Args::new(&[k]));
    }
    if let Some(ct) = c.downcast::<TypeObj>() {
        if let Some(f) = lookup(ct, crate::name!(th, "__class_getitem__")) {
            let b = descr_get(th, f, Value::NULL, ct)?;
            return call(th, b, &[k]);
        }
        if ct == types().type_ {
            return Ok(crate::objects::generic_alias::new_alias(th, c, k));
        }
        return Err(th.type_error(format!("type '{}' is not subscriptable", ct.name())));
    }
    Err(th.type_error(format!("'{}' object is not subscriptable", t.name())))
}

pub fn setitem(th: &Thread, c: Value, k: Value, v: Value) -> PyResult<()> {
    let t = type_of(c);
    if t.is_heap() {
        let name = if v.is_null() {
            "__delitem__"
        } else {
            "__setitem__"
        };
        if let Some(f) = lookup(t, th.intern_static(name))
            && !f.is_kind(Kind::NativeFunction)
        {
            if v.is_null() {
                call_method_value(th, f, c, Args::new(&[k]))?;
            } else {
                call_method_value(th, f, c, Args::new(&[k, v]))?;
            }
            return Ok(());
        }
    }
    if arith::native_setitem(th, c, k, v)? {
        return Ok(());
    }
    // A native __setitem__/__delitem__ of a type without a native layout
    // for it (memoryview).
    if t.is_heap() {
        let name = if v.is_null() {
            "__delitem__"
        } else {
            "__setitem__"
        };
        if let Some(f) = lookup(t, th.intern_static(name)) {
            if v.is_null() {
                call_method_value(th, f, c, Args::new(&[k]))?;
            } else {
                call_method_value(th, f, c, Args::new(&[k, v]))?;
            }
            return Ok(());
        }
    }
    if v.is_null() {
        Err(th.type_error(format!(
            "'{}' object doesn't support item deletion",
            t.name()
        )))
    } else {
        Err(th.type_error(format!(
            "'{}' object does not support item assignment",
            t.name()
        )))
    }
}

/// `k in c`.
pub fn contains(th: &Thread, c: Value, k: Value) -> PyResult<bool> {
    let t = type_of(c);
    if t.is_heap()
        && let Some(f) = lookup(t, crate::name!(th, "__contains__"))
        && !f.is_kind(Kind::NativeFunction)
    {
        let r = call_method_value(th, f, c, Args::new(&[k]))?;
        return truthy(th, r);
    }
    if let Some(r) = arith::native_contains(th, c, k)? {
        return Ok(r);
    }
    let it = get_iter(th, c).map_err(|e| {
        if is_instance_of(e.0, g().exc.type_error) {
            th.type_error(format!("argument of type '{}' is not iterable", t.name()))
        } else {
            e
        }
    })?;
    let _r = th.root(it);
    while let Some(x) = next(th, it)? {
        if x == k || eq_bool(th, x, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// --- repr / str ---

thread_local! {
    static REPR_STACK: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being repr'd on this thread (then `None`).
pub fn repr_guard<T>(v: Value, f: impl FnOnce() -> T) -> Option<T> {
    let busy = REPR_STACK.with(|s| s.borrow().contains(&v.bits()));
    if busy {
        return None;
    }
    REPR_STACK.with(|s| s.borrow_mut().push(v.bits()));
    let r = f();
    REPR_STACK.with(|s| s.borrow_mut().pop());
    Some(r)
}

/// repr(v) as a Rust string.
pub fn repr(th: &Thread, v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    let _level = crate::eval::enter_recursive_call(th, " while getting the repr of an object")?;
    let t = v.heap_type();
    if !t.is_heap() {
        return crate::builtins_types::native_repr(th, v);
    }
    let f = lookup(t, crate::name!(th, "__repr__")).expect("object defines __repr__");
    // A subclass of a builtin that inherits the builtin's own __repr__
    // (not one a heap class defines natively, like struct_time's).
    if f.is_kind(Kind::NativeFunction)
        && t.layout() != Kind::Object
        && t.mro
            .borrow()
            .iter()
            .find(|c| dict::get_str(c.dict, crate::name!(th, "__repr__")).is_some())
            .is_some_and(|c| !c.is_heap())
    {
        return crate::builtins_types::native_repr(th, v);
    }
    let r = call_method_value(th, f, v, Args::new(&[]))?;
    match as_str(r) {
        Some(s) => Ok(s.to_string()),
        None => Err(th.type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name(r)
        ))),
    }
}

/// repr(v) as a str object.
pub fn repr_value(th: &Thread, v: Value) -> PyResult<Value> {
    let s = repr(th, v)?;
    Ok(th.new_string(s))
}

/// str(v) as a Rust string.
pub fn str_of(th: &Thread, v: Value) -> PyResult<String> {
    Ok(as_str(str_value(th, v)?).unwrap_or("").to_string())
}

/// str(v) as a str object.
pub fn str_value(th: &Thread, v: Value) -> PyResult<Value> {
    if v.is_small() {
        return Ok(th.new_string(v.as_small().to_string()));
    }
    let t = v.heap_type();
    if t == types().str {
        return Ok(v);
    }
    if t == types().float {
        return Ok(th.new_string(float_repr(v.as_gc_unchecked::<Float>().v)));
    }
    let _level = crate::eval::enter_recursive_call(th, " while getting the str of an object")?;
    let f = lookup(t, crate::name!(th, "__str__")).expect("object defines __str__");
    if let Some(nf) = f.downcast::<NativeFunction>() {
        return (nf.func)(th, Args::new(&[v]));
    }
    let r = call_method_value(th, f, v, Args::new(&[]))?;
    if as_str(r).is_none() {
        return Err(th.type_error(format!(
            "__str__ returned non-string (type {})",
            type_name(r)
        )));
    }
    Ok(r)
}

// --- Exceptions ---

/// isinstance(v, t) by type only.
pub fn is_instance_of(v: Value, t: Gc<TypeObj>) -> bool {
    crate::objects::type_::is_instance(v, t)
}

/// Converts a `Value` that should be an index (`__index__`).
pub fn index(th: &Thread, v: Value) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(v);
    }
    let t = type_of(v);
    if let Some(f) = lookup(t, crate::name!(th, "__index__")) {
        let r = call_method_value(th, f, v, Args::new(&[]))?;
        if int::is_int(r) {
            return Ok(r);
        }
        return Err(th.type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(r)
        )));
    }
    Err(th.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        t.name()
    )))
}

/// An index as isize (OverflowError/IndexError per CPython when huge).
pub fn index_isize(th: &Thread, v: Value) -> PyResult<isize> {
    let i = index(th, v)?;
    int::to_i64(i).map(|x| x as isize).ok_or_else(|| {
        th.index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(v)
        ))
    })
}
