//! The `builtins` module: the table of builtin functions, the constructors
//! of the builtin types, and `format`/`%` formatting entry points.
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::layout::{Gc, Kind, PyCell};
use crate::objects::dict::{self, Dict};
use crate::objects::float::Float;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::int;
use crate::objects::iter::{IterKind, IterState, new_iter};
use crate::objects::list::List;
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, is_subtype, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, TempVec, Thread, g, types};
use crate::value::Value;

/// The builtin functions, installed into the builtins module.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("aiter", crate::objects::coroutine::builtin_aiter),
    ("anext", crate::objects::coroutine::builtin_anext),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("callable", builtin_callable),
    ("abs", builtin_abs),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("any", builtin_any),
    ("all", builtin_all),
    ("sorted", builtin_sorted),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("format", builtin_format),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("__build_class__", builtin_build_class),
    ("__import__", builtin_import),
    ("exit", builtin_exit),
    ("quit", builtin_exit),
    ("round", builtin_round),
    ("bin", builtin_bin),
    ("oct", builtin_oct),
    ("hex", builtin_hex),
    ("input", builtin_input),
    ("open", crate::objects::file::builtin_open),
    ("eval", builtin_eval),
    ("exec", builtin_exec),
    ("compile", builtin_compile),
];

pub fn init(th: &Thread) {
    let b = g().builtins;
    for (name, f) in FUNCTIONS {
        let v = new_native(th, name, "builtins", *f, Binding::Function);
        dict::set_item_str(th, b, th.intern(name), v);
    }
    let t = types();
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.iters[IterKind::Enumerate as usize]),
        ("zip", t.iters[IterKind::Zip as usize]),
        ("map", t.iters[IterKind::Map as usize]),
        ("filter", t.iters[IterKind::Filter as usize]),
        ("reversed", t.iters[IterKind::Reversed as usize]),
    ] {
        dict::set_item_str(th, b, th.intern(name), ty.value());
    }
    for (name, ty) in g().exc.by_name.iter() {
        dict::set_item_str(th, b, th.intern(name), ty.value());
    }
    dict::set_item_str(th, b, th.intern_static("None"), g().none);
    dict::set_item_str(th, b, th.intern_static("True"), g().true_);
    dict::set_item_str(th, b, th.intern_static("False"), g().false_);
    dict::set_item_str(
        th,
        b,
        th.intern_static("NotImplemented"),
        g().not_implemented,
    );
    dict::set_item_str(th, b, th.intern_static("Ellipsis"), g().ellipsis);
    dict::set_item_str(th, b, th.intern_static("__debug__"), g().true_);
    dict::set_item_str(th, b, th.intern_static("__name__"), th.new_str("builtins"));
    crate::methods::install(th);
    crate::objects::int::install(th);
    crate::objects::float::install(th);
    crate::objects::file::install(th);
    crate::objects::none::install(th);
    crate::objects::memoryview::install(th);
}

fn kw_or(args: &Args, name: &str, default: Value) -> Value {
    args.kw(name).unwrap_or(default)
}

// --- Output ---

fn builtin_print(th: &Thread, args: Args) -> PyResult<Value> {
    let none = g().none;
    let sep = kw_or(&args, "sep", none);
    let end = kw_or(&args, "end", none);
    let file = kw_or(&args, "file", none);
    let flush = kw_or(&args, "flush", g().false_);
    let sep_s = if sep == none {
        " ".to_string()
    } else {
        as_str(sep).map(str::to_string).ok_or_else(|| {
            th.type_error(format!(
                "sep must be None or a string, not {}",
                type_name(sep)
            ))
        })?
    };
    let end_s = if end == none {
        "\n".to_string()
    } else {
        as_str(end).map(str::to_string).ok_or_else(|| {
            th.type_error(format!(
                "end must be None or a string, not {}",
                type_name(end)
            ))
        })?
    };
    if file != none {
        // A file object gets one write() per piece, as CPython's print does.
        let sep_v = th.new_string(sep_s);
        let _r = th.root(sep_v);
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                ops::call_method(th, file, "write", &[sep_v])?;
            }
            let s = ops::str_value(th, *v)?;
            ops::call_method(th, file, "write", &[s])?;
        }
        let end_v = th.new_string(end_s);
        ops::call_method(th, file, "write", &[end_v])?;
        if ops::truthy(th, flush)? {
            ops::call_method(th, file, "flush", &[])?;
        }
        return Ok(none);
    }
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_s);
        }
        out.push_str(&ops::str_of(th, *v)?);
    }
    out.push_str(&end_s);
    crate::modules::sys::write_stdout(th, &out)?;
    if ops::truthy(th, flush)? {
        crate::modules::sys::flush_stdout(th)?;
    }
    Ok(none)
}

/// The REPL's display hook (PrintExpr).
pub fn display_hook(th: &Thread, v: Value) -> PyResult<()> {
    if v == g().none {
        return Ok(());
    }
    let r = ops::repr(th, v)?;
    crate::modules::sys::write_stdout(th, &format!("{r}\n"))?;
    dict::set_item_str(th, g().builtins, th.intern_static("_"), v);
    Ok(())
}

// --- Basic functions ---

fn builtin_len(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "len", 1, 1)?;
    Ok(th.new_int(ops::len(th, args.pos[0])? as i64))
}

fn builtin_repr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "repr", 1, 1)?;
    ops::repr_value(th, args.pos[0])
}

fn builtin_ascii(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "ascii", 1, 1)?;
    let r = ops::repr(th, args.pos[0])?;
    Ok(th.new_string(crate::builtins_types::ascii_escape(&r)))
}

/// isinstance with tuples and __instancecheck__.
pub fn isinstance(th: &Thread, v: Value, cls: Value) -> PyResult<bool> {
    // As CPython: an exact type match wins, then a tuple is searched, then
    // the __instancecheck__ of type(cls) decides (even against a subclass).
    let meta = type_of(cls);
    let t = cls.downcast::<TypeObj>();
    if let Some(t) = t {
        if type_of(v) == t {
            return Ok(true);
        }
        if meta == types().type_ {
            return Ok(crate::objects::type_::is_instance(v, t));
        }
    }
    // CPython's object_recursive_isinstance enters a recursion level for a
    // tuple (nested tuples: RecursionError, not a native overflow) and for
    // the __instancecheck__ call.
    const INSTANCECHECK: &str = " in __instancecheck__";
    if let Some(tt) = cls.downcast::<Tuple>() {
        let _level = crate::eval::enter_recursive_call(th, INSTANCECHECK)?;
        for x in tt.items().iter() {
            if isinstance(th, v, *x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if meta.is_heap()
        && let Some(f) = crate::objects::type_::lookup(meta, th.intern_static("__instancecheck__"))
    {
        let _level = crate::eval::enter_recursive_call(th, INSTANCECHECK)?;
        let r = ops::call_method_value(th, f, cls, Args::new(&[v]))?;
        return ops::truthy(th, r);
    }
    if let Some(t) = t {
        return Ok(crate::objects::type_::is_instance(v, t));
    }
    if let Some(members) = crate::objects::generic_alias::union_args(cls) {
        let _level = crate::eval::enter_recursive_call(th, INSTANCECHECK)?;
        for x in members {
            if isinstance(th, v, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Any object whose class defines __instancecheck__ (typing's aliases).
    if let Some(r) = check_hook(th, cls, v, "__instancecheck__")? {
        return Ok(r);
    }
    Err(th.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into()))
}

fn builtin_isinstance(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "isinstance", 2, 2)?;
    Ok(th.bool_val(isinstance(th, args.pos[0], args.pos[1])?))
}

/// `type(cls).hook(cls, arg)` for a non-class `cls` whose class is a
/// Python class defining the hook; None when there is no such hook.
fn check_hook(th: &Thread, cls: Value, arg: Value, hook: &'static str) -> PyResult<Option<bool>> {
    let meta = type_of(cls);
    if !meta.is_heap() {
        return Ok(None);
    }
    match crate::objects::type_::lookup(meta, th.intern_static(hook)) {
        Some(f) => {
            let r = ops::call_method_value(th, f, cls, Args::new(&[arg]))?;
            Ok(Some(ops::truthy(th, r)?))
        }
        None => Ok(None),
    }
}

fn issubclass(th: &Thread, c: Value, cls: Value) -> PyResult<bool> {
    // As CPython: a plain class is checked directly, a tuple is searched,
    // otherwise the __subclasscheck__ of type(cls) decides.
    let meta = type_of(cls);
    let arg1 = || {
        c.downcast::<TypeObj>()
            .ok_or_else(|| th.type_error("issubclass() arg 1 must be a class".into()))
    };
    if let Some(t) = cls.downcast::<TypeObj>()
        && meta == types().type_
    {
        return Ok(is_subtype(arg1()?, t));
    }
    // As in isinstance: a level for a tuple and for __subclasscheck__.
    const SUBCLASSCHECK: &str = " in __subclasscheck__";
    if let Some(tt) = cls.downcast::<Tuple>() {
        let _level = crate::eval::enter_recursive_call(th, SUBCLASSCHECK)?;
        for x in tt.items().iter() {
            if issubclass(th, c, *x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if meta.is_heap()
        && let Some(f) = crate::objects::type_::lookup(meta, th.intern_static("__subclasscheck__"))
    {
        let _level = crate::eval::enter_recursive_call(th, SUBCLASSCHECK)?;
        let r = ops::call_method_value(th, f, cls, Args::new(&[c]))?;
        return ops::truthy(th, r);
    }
    if let Some(t) = cls.downcast::<TypeObj>() {
        return Ok(is_subtype(arg1()?, t));
    }
    if let Some(members) = crate::objects::generic_alias::union_args(cls) {
        let _level = crate::eval::enter_recursive_call(th, SUBCLASSCHECK)?;
        for x in members {
            if issubclass(th, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(th.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union".into()))
}

fn builtin_issubclass(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "issubclass", 2, 2)?;
    Ok(th.bool_val(issubclass(th, args.pos[0], args.pos[1])?))
}

fn builtin_id(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "id", 1, 1)?;
    Ok(th.new_int((args.pos[0].bits() >> 1) as i64))
}

fn builtin_hash(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "hash", 1, 1)?;
    Ok(th.new_int(ops::hash(th, args.pos[0])?))
}

fn builtin_iter(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "iter", 1, 2)?;
    if args.pos.len() == 2 {
        let f = args.pos[0];
        if !is_callable(th, f) {
            return Err(th.type_error("iter(v, w): v must be callable".into()));
        }
        return Ok(new_iter(
            th,
            IterKind::Callable,
            IterState::Callable {
                f,
                sentinel: args.pos[1],
            },
        ));
    }
    ops::get_iter(th, args.pos[0])
}

fn builtin_next(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "next", 1, 2)?;
    let it = args.pos[0];
    let plain_gen = crate::objects::generator::is_plain_generator(it);
    if !(it.is_kind(Kind::Iterator) || plain_gen)
        && crate::objects::type_::lookup(type_of(it), th.intern_static("__next__")).is_none()
    {
        return Err(th.type_error(format!("'{}' object is not an iterator", type_name(it))));
    }
    if !(it.is_kind(Kind::Iterator) || plain_gen) && args.pos.len() == 1 {
        // A Python-level __next__: its StopIteration (and value) propagates.
        return ops::call_method(th, it, "__next__", &[]);
    }
    if plain_gen {
        return match crate::eval::gen_resume(th, it.as_gc_unchecked(), g().none, None)? {
            crate::eval::Exit::Yield(v) => Ok(v),
            crate::eval::Exit::Return(r) => {
                if args.pos.len() == 2 {
                    Ok(args.pos[1])
                } else {
                    Err(th.stop_iteration(r))
                }
            }
        };
    }
    match ops::next_raw(th, it) {
        Ok(Some(v)) => Ok(v),
        Err(e) if args.pos.len() == 2 && ops::is_instance_of(e.0, g().exc.stop_iteration) => {
            Ok(args.pos[1])
        }
        Err(e) => Err(e),
        Ok(None) => {
            if args.pos.len() == 2 {
                Ok(args.pos[1])
            } else {
                Err(th.stop_iteration(Value::NULL))
            }
        }
    }
}

pub fn attr_name_arg(th: &Thread, v: Value) -> PyResult<Value> {
    if v.is_kind(Kind::Str) {
        Ok(v)
    } else {
        Err(th.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )))
    }
}

fn builtin_getattr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "getattr", 2, 3)?;
    let name = attr_name_arg(th, args.pos[1])?;
    let name = th.intern(as_str(name).unwrap());
    if args.pos.len() == 3 {
        return Ok(ops::getattr_opt(th, args.pos[0], name)?.unwrap_or(args.pos[2]));
    }
    ops::getattr(th, args.pos[0], name)
}

fn builtin_setattr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "setattr", 3, 3)?;
    let name = attr_name_arg(th, args.pos[1])?;
    let name = th.intern(as_str(name).unwrap());
    ops::setattr(th, args.pos[0], name, args.pos[2])?;
    Ok(g().none)
}

fn builtin_hasattr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "hasattr", 2, 2)?;
    let name = attr_name_arg(th, args.pos[1])?;
    let name = th.intern(as_str(name).unwrap());
    Ok(th.bool_val(ops::getattr_opt(th, args.pos[0], name)?.is_some()))
}

fn builtin_delattr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "delattr", 2, 2)?;
    let name = attr_name_arg(th, args.pos[1])?;
    let name = th.intern(as_str(name).unwrap());
    ops::setattr(th, args.pos[0], name, Value::NULL)?;
    Ok(g().none)
}

pub fn is_callable(th: &Thread, v: Value) -> bool {
    matches!(
        v.kind(),
        Kind::Function | Kind::NativeFunction | Kind::BoundMethod | Kind::Type
    ) && v.is_ptr()
        || crate::objects::type_::lookup(type_of(v), th.intern_static("__call__")).is_some()
}

fn builtin_callable(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "callable", 1, 1)?;
    Ok(th.bool_val(is_callable(th, args.pos[0])))
}

fn builtin_abs(th: &Thread, args: Args) -> PyResult<Value> {
    args.no_kw(th, "abs")?;
    args.check(th, "abs", 1, 1)?;
    let v = args.pos[0];
    if v.is_small() {
        return Ok(th.new_int(v.as_small().abs()));
    }
    match v.kind() {
        Kind::Float if !type_of(v).is_heap() => {
            Ok(th.new_float(v.as_gc_unchecked::<Float>().v.abs()))
        }
        Kind::Int | Kind::Bool if !type_of(v).is_heap() => {
            let b = int::to_bigint(v).unwrap();
            Ok(th.new_bigint(if b.sign() == num_bigint::Sign::Minus {
                -b
            } else {
                b
            }))
        }
        Kind::Complex if !type_of(v).is_heap() => {
            let c = v.as_gc_unchecked::<crate::objects::complex::Complex>();
            Ok(th.new_float(c.re.hypot(c.im)))
        }
        _ => match ops::call_special(th, v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(th.type_error(format!("bad operand type for abs(): '{}'", type_name(v)))),
        },
    }
}

fn min_max(th: &Thread, args: Args, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let key = args.kw("key").filter(|k| *k != g().none);
    let default = args.kw("default");
    for k in args.kwnames {
        let n = as_str(*k).unwrap_or("");
        if n != "key" && n != "default" {
            return Err(th.type_error(format!(
                "{fname}() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    // Made first: `items` lives in native memory, so no heap allocation
    // may come between `collect` returning it and its items being pushed
    // here (a collection there freed the tuples a generator had made).
    let tv = TempVec::new(th);
    let items = if args.pos.len() == 1 {
        ops::collect(th, args.pos[0])?
    } else if args.pos.is_empty() {
        return Err(th.type_error(format!("{fname} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(th.type_error(format!(
                "Cannot specify a default for {fname}() with multiple positional arguments"
            )));
        }
        args.pos.to_vec()
    };
    for x in &items {
        tv.push(*x);
    }
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(th.value_error(format!("{fname}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_k = match key {
        Some(k) => ops::call(th, k, &[best])?,
        None => best,
    };
    tv.push(best_k);
    for x in &items[1..] {
        let xk = match key {
            Some(k) => ops::call(th, k, &[*x])?,
            None => *x,
        };
        tv.push(xk);
        let better = if is_max {
            ops::gt_bool(th, xk, best_k)?
        } else {
            ops::lt_bool(th, xk, best_k)?
        };
        if better {
            best = *x;
            best_k = xk;
        }
    }
    Ok(best)
}

fn builtin_min(th: &Thread, args: Args) -> PyResult<Value> {
    min_max(th, args, false)
}

fn builtin_max(th: &Thread, args: Args) -> PyResult<Value> {
    min_max(th, args, true)
}

fn builtin_sum(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "sum", 1, 2)?;
    let mut acc = args.get(1, "start").unwrap_or(Value::small(0));
    if acc.is_kind(Kind::Str) {
        return Err(th.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    let it = ops::get_iter(th, args.pos[0])?;
    let _r = th.root(it);
    // Exact float summation uses plain addition, as CPython's fast path does.
    while let Some(x) = ops::next(th, it)? {
        let _r2 = th.root(acc);
        acc = ops::binary_op(th, frontend::bytecode::BinOp::Add, acc, x, false)?;
    }
    Ok(acc)
}

fn builtin_any(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "any", 1, 1)?;
    let it = ops::get_iter(th, args.pos[0])?;
    let _r = th.root(it);
    while let Some(x) = ops::next(th, it)? {
        if ops::truthy(th, x)? {
            return Ok(g().true_);
        }
    }
    Ok(g().false_)
}

fn builtin_all(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "all", 1, 1)?;
    let it = ops::get_iter(th, args.pos[0])?;
    let _r = th.root(it);
    while let Some(x) = ops::next(th, it)? {
        if !ops::truthy(th, x)? {
            return Ok(g().false_);
        }
    }
    Ok(g().true_)
}

/// Stable sort of `items` by `key`, with `reverse`; errors from comparisons propagate.
pub fn sort_values(
    th: &Thread,
    items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let tv = TempVec::new(th);
    let keys: Vec<Value> = if key.is_null() || key == g().none {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for x in &items {
            let k = ops::call(th, key, &[*x])?;
            tv.push(k);
            ks.push(k);
        }
        ks
    };
    for x in &items {
        tv.push(*x);
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Merge sort keeps stability; comparisons may fail, so record the first error.
    let mut less = |a: &usize, b: &usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (x, y) = if reverse {
            (keys[*b], keys[*a])
        } else {
            (keys[*a], keys[*b])
        };
        match ops::lt_bool(th, x, y) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(&mut idx, &mut less);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(idx.into_iter().map(|i| items[i]).collect())
}

fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    if !less(&v[mid], &v[mid - 1]) {
        return;
    }
    let left = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if less(&v[j], &left[i]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
}

fn builtin_sorted(th: &Thread, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(th.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let items = ops::collect(th, args.pos[0])?;
    let l = crate::objects::list::new_list(th, items);
    let key = args.kw("key").unwrap_or(Value::NULL);
    let reverse = match args.kw("reverse") {
        Some(r) => ops::truthy(th, r)?,
        None => false,
    };
    let items = l.items.borrow().to_vec();
    let sorted = sort_values(th, items, key, reverse)?;
    *l.items.borrow_mut() = sorted.into();
    Ok(l.value())
}

fn builtin_chr(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "chr", 1, 1)?;
    let i = ops::index(th, args.pos[0])?;
    let n = int::to_i64(i)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(th.new_string(c.to_string())),
        None if (0..0x110000).contains(&n) => Ok(th.new_string('\u{fffd}'.to_string())),
        None => Err(th.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn builtin_ord(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "ord", 1, 1)?;
    let v = args.pos[0];
    if let Some(s) = as_str(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(th.new_int(c as i64)),
            _ => Err(th.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::objects::bytes::bytes_data(v) {
        if b.len() == 1 {
            return Ok(th.new_int(b[0] as i64));
        }
        return Err(th.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(th.type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name(v)
    )))
}

fn builtin_divmod(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let is_float = |v: Value| crate::objects::float::as_f64(v).is_some();
    if !type_of(a).is_heap() && !type_of(b).is_heap() && !is_float(a) && !is_float(b) {
        let q = ops::binary_op(th, frontend::bytecode::BinOp::FloorDiv, a, b, false)
            .map_err(|e| remap_divmod(th, e, a, b))?;
        let _r = th.root(q);
        let r = ops::binary_op(th, frontend::bytecode::BinOp::Mod, a, b, false)
            .map_err(|e| remap_divmod(th, e, a, b))?;
        return Ok(th.new_tuple_from(&[q, r]));
    }
    if let Some(f) = crate::objects::type_::lookup(type_of(a), th.intern_static("__divmod__")) {
        let r = ops::call_method_value(th, f, a, Args::new(&[b]))?;
        if r != g().not_implemented {
            return Ok(r);
        }
    }
    if let Some(f) = crate::objects::type_::lookup(type_of(b), th.intern_static("__rdivmod__")) {
        let r = ops::call_method_value(th, f, b, Args::new(&[a]))?;
        if r != g().not_implemented {
            return Ok(r);
        }
    }
    Err(th.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn remap_divmod(th: &Thread, e: crate::runtime::Exc, a: Value, b: Value) -> crate::runtime::Exc {
    if ops::is_instance_of(e.0, g().exc.type_error) {
        return th.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    e
}

fn builtin_pow(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "pow", 2, 3)?;
    let base = args.get(0, "base").unwrap();
    let exp = args.get(1, "exp").unwrap();
    let m = args.get(2, "mod").filter(|m| *m != g().none);
    match m {
        None => ops::binary_op(th, frontend::bytecode::BinOp::Pow, base, exp, false),
        Some(m) => {
            if int::is_int(base) && int::is_int(exp) && int::is_int(m) {
                return pow_mod(th, base, exp, m);
            }
            for (v, name) in [(base, "__pow__"), (exp, "__rpow__")] {
                if type_of(v).is_heap()
                    && let Some(f) =
                        crate::objects::type_::lookup(type_of(v), th.intern_static(name))
                {
                    let other = if name == "__pow__" { exp } else { base };
                    let r = ops::call_method_value(th, f, v, Args::new(&[other, m]))?;
                    if r != g().not_implemented {
                        return Ok(r);
                    }
                }
            }
            Err(th.type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".into(),
            ))
        }
    }
}

/// pow(base, exp, m) for ints.
pub fn pow_mod(th: &Thread, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) =
        (int::to_bigint(base), int::to_bigint(exp), int::to_bigint(m))
    else {
        return Err(th.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".into(),
        ));
    };
    if md.is_zero() {
        return Err(th.value_error("pow() 3rd argument cannot be 0".into()));
    }
    use num_integer::Integer;
    let (b, e) = if e.sign() == num_bigint::Sign::Minus {
        let inv = mod_inverse(&b, &md)
            .ok_or_else(|| th.value_error("base is not invertible for the given modulus".into()))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let absm = if md.sign() == num_bigint::Sign::Minus {
        -md.clone()
    } else {
        md.clone()
    };
    let mut r = b.modpow(&e, &absm);
    r = r.mod_floor(&absm);
    if md.sign() == num_bigint::Sign::Minus && !r.is_zero() {
        r += &md;
    }
    Ok(th.new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = if m.sign() == num_bigint::Sign::Minus {
        -m.clone()
    } else {
        m.clone()
    };
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn builtin_format(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "format", 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => as_str(*s).ok_or_else(|| {
            th.type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(*s)
            ))
        })?,
        None => "",
    };
    format_value(th, args.pos[0], spec)
}

/// format(v, spec): `__format__` of the value's type.
pub fn format_value(th: &Thread, v: Value, spec: &str) -> PyResult<Value> {
    let t = type_of(v);
    if !t.is_heap()
        || crate::objects::type_::lookup(t, th.intern_static("__format__"))
            .is_some_and(|f| f.is_kind(Kind::NativeFunction))
    {
        return crate::format::format_builtin(th, v, spec);
    }
    let sv = th.new_str(spec);
    let r = ops::call_special(th, v, "__format__", &[sv])?.unwrap_or(g().none);
    if !r.is_kind(Kind::Str) {
        return Err(th.type_error(format!(
            "__format__ must return a str, not {}",
            type_name(r)
        )));
    }
    Ok(r)
}

/// `str % args`.
pub fn percent_format(th: &Thread, fmt: Value, args: Value) -> PyResult<Value> {
    crate::format::percent_format(th, as_str(fmt).unwrap_or(""), args)
}

fn builtin_globals(th: &Thread, _args: Args) -> PyResult<Value> {
    let f = th.frame.get();
    match f.downcast::<crate::objects::frame::Frame>() {
        Some(fr) => Ok(fr.globals.value()),
        None => Ok(dict::new_dict(th).value()),
    }
}

/// locals(): the frame's locals dict, or a snapshot of its slots.
pub fn frame_locals(th: &Thread, fr: Gc<crate::objects::frame::Frame>) -> PyResult<Value> {
    if !fr.locals.is_null() {
        return Ok(fr.locals);
    }
    let d = dict::new_dict(th);
    let co = &fr.code.code;
    for i in 0..co.nlocalsplus() {
        let mut v = fr.slots.get(i);
        if i >= co.varnames.len()
            && let Some(c) = v.downcast::<crate::objects::cell::CellObj>()
        {
            v = c.value.get_copy();
        }
        if !v.is_null() {
            dict::set_item_str(th, d, th.intern(co.slot_name(i)), v);
        }
    }
    Ok(d.value())
}

fn builtin_locals(th: &Thread, _args: Args) -> PyResult<Value> {
    match th.frame.get().downcast::<crate::objects::frame::Frame>() {
        Some(fr) => frame_locals(th, fr),
        None => Ok(dict::new_dict(th).value()),
    }
}

fn builtin_vars(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "vars", 0, 1)?;
    if args.pos.is_empty() {
        return builtin_locals(th, args);
    }
    match ops::getattr_opt(th, args.pos[0], th.intern_static("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(th.type_error("vars() argument must have __dict__ attribute".into())),
    }
}

fn builtin_dir(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if args.pos.is_empty() {
        let l = builtin_locals(th, args)?;
        if type_of(l) != types().dict {
            // A mapping given as locals (eval/exec): sorted(locals.keys()).
            let keys = ops::call_method(th, l, "keys", &[])?;
            let lst = th.new_list(ops::collect(th, keys)?);
            ops::call_method(th, lst, "sort", &[])?;
            return Ok(lst);
        }
        names = dict::keys_vec(l.as_gc_unchecked())
            .into_iter()
            .filter_map(|k| as_str(k).map(str::to_string))
            .collect();
    } else {
        let v = args.pos[0];
        let t = type_of(v);
        if let Some(f) = crate::objects::type_::lookup(t, th.intern_static("__dir__"))
            && f.is_kind(Kind::Function)
        {
            let r = ops::call_method_value(th, f, v, Args::new(&[]))?;
            let items = ops::collect(th, r)?;
            let l = th.new_list(items);
            return builtin_sorted(th, Args::new(&[l]));
        }
        let mut add = |d: Gc<Dict>| {
            for k in dict::keys_vec(d) {
                if let Some(s) = as_str(k) {
                    names.push(s.to_string());
                }
            }
        };
        if let Some(m) = v.downcast::<crate::objects::module::Module>() {
            add(m.dict);
        } else {
            if let Some(slot) = v.dict_slot()
                && let Some(d) = slot.get_copy().downcast::<Dict>()
            {
                add(d);
            }
            let mro_src = v.downcast::<TypeObj>().unwrap_or(t);
            for c in mro_src.mro.borrow().iter() {
                add(c.dict);
            }
            if v.downcast::<TypeObj>().is_none() {
                names.push("__class__".into());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(th.new_str_list(names))
}

fn builtin_build_class(th: &Thread, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(th.type_error("__build_class__: not enough arguments".into()));
    }
    let func = args.pos[0]
        .downcast::<crate::objects::function::Function>()
        .ok_or_else(|| th.type_error("__build_class__: func must be a function".into()))?;
    let name = args.pos[1];
    let orig_bases: Vec<Value> = args.pos[2..].to_vec();
    let orig_t = th.new_tuple(orig_bases.clone());
    let _r0 = th.root(orig_t);
    // PEP 560: a base that is not a class may stand for other classes
    // through `__mro_entries__` (`class C(Generic[T])`).
    let mut bases_v: Vec<Value> = Vec::with_capacity(orig_bases.len());
    let mut changed = false;
    let mut entry_roots = Vec::new();
    for &b in &orig_bases {
        if b.downcast::<TypeObj>().is_none()
            && let Some(m) = ops::getattr_opt(th, b, th.intern_static("__mro_entries__"))?
        {
            let entries = ops::call(th, m, &[orig_t])?;
            entry_roots.push(th.root(entries));
            if !entries.is_kind(Kind::Tuple) {
                return Err(th.type_error("__mro_entries__ must return a tuple".into()));
            }
            // The tuple's own items (`entries` is rooted above).
            bases_v.extend_from_slice(entries.as_gc_unchecked::<Tuple>().items());
            changed = true;
            continue;
        }
        bases_v.push(b);
    }
    let mut meta: Option<Value> = None;
    let mut kwn = Vec::new();
    let mut kwv = Vec::new();
    for (i, k) in args.kwnames.iter().enumerate() {
        if as_str(*k) == Some("metaclass") {
            meta = Some(args.kwvals[i]);
        } else {
            kwn.push(*k);
            kwv.push(args.kwvals[i]);
        }
    }
    let bases_t = th.new_tuple(bases_v.clone());
    let _r = th.root(bases_t);
    let meta = match meta {
        Some(m) => m,
        None => match bases_v.first() {
            Some(b) => type_of(*b).value(),
            None => types().type_.value(),
        },
    };
    // Most derived metaclass among the bases.
    let mut meta = meta;
    if let Some(mt) = meta.downcast::<TypeObj>() {
        let mut winner = mt;
        for b in &bases_v {
            let bt = type_of(*b);
            if is_subtype(bt, winner) {
                winner = bt;
            }
        }
        meta = winner.value();
    }
    let ns = match ops::getattr_opt(th, meta, th.intern_static("__prepare__"))? {
        Some(p) if !p.is_kind(Kind::NativeFunction) => ops::call_with(
            th,
            p,
            Args {
                pos: &[name, bases_t],
                kwnames: &kwn,
                kwvals: &kwv,
            },
        )?,
        _ => dict::new_dict(th).value(),
    };
    let _r2 = th.root(ns);
    let nsd = ns
        .downcast::<Dict>()
        .ok_or_else(|| th.type_error("__prepare__() must return a mapping".into()))?;
    let cell = crate::eval::run_class_body(th, func, nsd)?;
    let _r3 = th.root(cell);
    if changed {
        ops::setitem(th, ns, th.intern_static("__orig_bases__"), orig_t)?;
    }
    let cls = ops::call_with(
        th,
        meta,
        Args {
            pos: &[name, bases_t, ns],
            kwnames: &kwn,
            kwvals: &kwv,
        },
    )?;
    if let Some(c) = cell.downcast::<crate::objects::cell::CellObj>() {
        c.value.set(cls);
    }
    Ok(cls)
}

fn builtin_import(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "__import__", 1, 5)?;
    let name = args.pos[0];
    let fromlist = args.get(3, "fromlist").unwrap_or(g().none);
    let level = args.get(4, "level").unwrap_or(Value::small(0));
    crate::import::import_module_level(th, name, fromlist, level, None)
}

fn builtin_exit(th: &Thread, args: Args) -> PyResult<Value> {
    let code = args.pos.first().copied().unwrap_or(g().none);
    let a = th.new_tuple(if code == g().none { vec![] } else { vec![code] });
    Err(crate::runtime::Exc(
        crate::objects::exceptions::new_exception(th, g().exc.system_exit, a),
    ))
}

/// Bytes from a bytes-like object, an iterable of ints, or an int count.
pub fn bytes_from(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::bytes_data(v) {
        return Ok(b);
    }
    if v.is_kind(Kind::Str) {
        return Err(th.type_error("string argument without an encoding".into()));
    }
    if int::is_int(v) {
        let n = int::to_i64(v).unwrap_or(-1);
        if n < 0 {
            return Err(th.value_error("negative count".into()));
        }
        return Ok(vec![0; n as usize]);
    }
    // `__index__` may run Python code: the items (perhaps made by a
    // generator, held only by the native `items`) are rooted first.
    let keep = TempVec::new(th);
    let items = ops::collect(th, v)
        .map_err(|_| th.type_error(format!("cannot convert '{}' object to bytes", type_name(v))))?;
    for x in &items {
        keep.push(*x);
    }
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let i = ops::index(th, x)?;
        let n = int::to_i64(i).unwrap_or(-1);
        if !(0..256).contains(&n) {
            return Err(th.value_error("bytes must be in range(0, 256)".into()));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// A list object's items, for natives.
pub fn list_items(v: Value) -> Option<Vec<Value>> {
    v.downcast::<List>().map(|l| l.items.borrow().to_vec())
}

/// Float conversion used by `float()` and math functions (`__float__`, `__index__`).
pub fn to_f64(th: &Thread, v: Value) -> PyResult<f64> {
    if let Some(f) = crate::objects::float::as_f64(v) {
        return Ok(f);
    }
    if int::is_int(v) {
        return int::int_to_f64(th, v);
    }
    if let Some(r) = ops::call_special(th, v, "__float__", &[])? {
        return crate::objects::float::as_f64(r).ok_or_else(|| {
            th.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(r)
            ))
        });
    }
    if let Some(r) = ops::call_special(th, v, "__index__", &[])? {
        return int::int_to_f64(th, r);
    }
    Err(th.type_error(format!("must be real number, not {}", type_name(v))))
}

/// Big integer of an int-like value or TypeError.
pub fn to_bigint_arg(th: &Thread, v: Value) -> PyResult<BigInt> {
    let i = ops::index(th, v)?;
    Ok(int::to_bigint(i).unwrap_or_default())
}

#[allow(dead_code)]
fn unused(_: PyCell<u8>) -> Option<i64> {
    BigInt::from(1).to_i64()
}

// --- Numbers ---

fn builtin_round(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "round", 1, 2)?;
    let x = args.get(0, "number").ok_or_else(|| {
        th.type_error("round() missing required argument 'number' (pos 1)".into())
    })?;
    let nd = args.get(1, "ndigits").filter(|v| *v != g().none);
    let t = type_of(x);
    let Some(f) = crate::objects::type_::lookup(t, th.intern_static("__round__")) else {
        return Err(th.type_error(format!("type {} doesn't define __round__ method", t.name())));
    };
    match nd {
        None => ops::call_method_value(th, f, x, Args::new(&[])),
        Some(n) => ops::call_method_value(th, f, x, Args::new(&[n])),
    }
}

/// bin/oct/hex: `prefix` and digits of an integer in `radix`.
fn int_in_radix(th: &Thread, v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = ops::index(th, v)?;
    let b = int::to_bigint(i).unwrap_or_default();
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(th.new_string(format!("{sign}{prefix}{digits}")))
}

fn builtin_bin(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "bin", 1, 1)?;
    int_in_radix(th, args.pos[0], 2, "0b")
}

fn builtin_oct(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "oct", 1, 1)?;
    int_in_radix(th, args.pos[0], 8, "0o")
}

fn builtin_hex(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "hex", 1, 1)?;
    int_in_radix(th, args.pos[0], 16, "0x")
}

// --- Input ---

fn builtin_input(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "input", 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = ops::str_of(th, *p)?;
        crate::modules::sys::write_stdout(th, &s)?;
    }
    crate::modules::sys::flush_stdout(th)?;
    // A replaced sys.stdin is read through its readline().
    let sys = g().sys_dict.get_copy();
    if let Some(d) = sys.downcast::<Dict>()
        && let Some(inp) = dict::get_str(d, th.intern_static("stdin"))
        && type_of(inp).name() != "TextIOWrapper"
    {
        let line = ops::call_method(th, inp, "readline", &[])?;
        let s = as_str(line).unwrap_or("").to_string();
        if s.is_empty() {
            return Err(th.new_exc(g().exc.eof_error, "EOF when reading a line".into()));
        }
        return Ok(th.new_string(s.strip_suffix('\n').unwrap_or(&s).to_string()));
    }
    let mut line = String::new();
    let n = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| crate::objects::file::os_error(th, &e, None))?;
    if n == 0 {
        return Err(th.new_exc(g().exc.eof_error, "EOF when reading a line".into()));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(th.new_string(line))
}

// --- eval / exec / compile ---

/// Source text of a str/bytes argument, or None for other types.
/// The source of compile/exec/eval: a str, or bytes decoded as a source
/// file is (BOM, PEP 263 coding cookie).  Bytes with a NUL are passed on
/// as they are, for the caller's "cannot contain null bytes" check.
fn source_text(th: &Thread, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = as_str(v) {
        return Ok(Some(s.to_string()));
    }
    let Some(b) = crate::objects::bytes::bytes_data(v) else {
        return Ok(None);
    };
    if b.contains(&0) {
        return Ok(Some(String::from_utf8_lossy(&b).into_owned()));
    }
    frontend::decode_source(&b, "<string>")
        .map(Some)
        .map_err(|e| crate::modules::syntax_error(th, &e))
}

/// The globals and locals for eval/exec: the caller's when not given.
fn namespaces(
    th: &Thread,
    fname: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Gc<Dict>, Value)> {
    let globals = globals.filter(|v| *v != g().none);
    let locals = locals.filter(|v| *v != g().none);
    let gd = match globals {
        Some(gv) => gv.downcast::<Dict>().ok_or_else(|| {
            th.type_error(if fname == "eval" {
                // CPython tells mappings (anything with __getitem__,
                // PyMapping_Check) apart.
                match crate::objects::type_::lookup(type_of(gv), th.intern_static("__getitem__")) {
                    Some(_) => "globals must be a real dict; try eval(expr, {}, mapping)",
                    None => "globals must be a dict",
                }
                .to_string()
            } else {
                format!("exec() globals must be a dict, not {}", type_name(gv))
            })
        })?,
        None => match th.frame.get().downcast::<crate::objects::frame::Frame>() {
            Some(fr) => fr.globals,
            None => dict::new_dict(th),
        },
    };
    if let Some(l) = locals
        && crate::objects::type_::lookup(type_of(l), th.intern_static("__getitem__")).is_none()
    {
        return Err(th.type_error(if fname == "eval" {
            "locals must be a mapping".to_string()
        } else {
            format!("locals must be a mapping or None, not {}", type_name(l))
        }));
    }
    let lv = match (locals, globals) {
        (Some(l), _) => l,
        (None, Some(_)) => gd.value(),
        (None, None) => match th.frame.get().downcast::<crate::objects::frame::Frame>() {
            Some(fr) => frame_locals(th, fr)?,
            None => gd.value(),
        },
    };
    let key = th.intern_static("__builtins__");
    if dict::get_str(gd, key).is_none() {
        dict::set_item_str(th, gd, key, g().builtins.value());
    }
    Ok((gd, lv))
}

fn run_source(th: &Thread, fname: &str, args: Args, mode: frontend::Mode) -> PyResult<Value> {
    let src = args.get(0, "source").ok_or_else(|| {
        th.type_error(format!(
            "{fname}() missing required argument 'source' (pos 1)"
        ))
    })?;
    let (gd, lv) = namespaces(th, fname, args.get(1, "globals"), args.get(2, "locals"))?;
    let _r = th.root(gd.value());
    let _r2 = th.root(lv);
    let code = match src.downcast::<crate::objects::code::Code>() {
        Some(c) => c,
        None => {
            let Some(text) = source_text(th, src)? else {
                return Err(th.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )));
            };
            let text = if fname == "eval" {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            if text.contains('\0') {
                return Err(th.new_exc(
                    g().exc.syntax_error,
                    "source code string cannot contain null bytes".into(),
                ));
            }
            let co = frontend::compile(&text, "<string>", mode)
                .map_err(|e| crate::modules::syntax_error(th, &e))?;
            crate::objects::code::new_code(th, co)
        }
    };
    let _r3 = th.root(code.value());
    crate::eval::run_code(th, code, gd, lv)
}

fn builtin_eval(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "eval", 1, 3)?;
    run_source(th, "eval", args, frontend::Mode::Eval)
}

fn builtin_exec(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "exec", 1, 3)?;
    run_source(th, "exec", args, frontend::Mode::Exec)?;
    Ok(g().none)
}

fn builtin_compile(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "compile", 3, 6)?;
    let src = args.get(0, "source").unwrap_or(g().none);
    let filename = args.get(1, "filename").unwrap_or(g().none);
    let mode = args.get(2, "mode").unwrap_or(g().none);
    if src.is_kind(Kind::Code) {
        return Ok(src);
    }
    let Some(text) = source_text(th, src)? else {
        return Err(th.type_error("compile() arg 1 must be a string, bytes or AST object".into()));
    };
    let filename = match as_str(filename) {
        Some(f) => f.to_string(),
        None => match crate::objects::bytes::bytes_data(filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(th.type_error(format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    type_name(filename)
                )));
            }
        },
    };
    let (m, text) = match as_str(mode) {
        Some("exec") => (frontend::Mode::Exec, text),
        Some("eval") => (
            frontend::Mode::Eval,
            text.trim_start_matches([' ', '\t']).to_string(),
        ),
        Some("single") => (frontend::Mode::Single, text),
        Some(_) => {
            return Err(th.value_error("compile() mode must be 'exec', 'eval' or 'single'".into()));
        }
        None => {
            return Err(th.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(mode)
            )));
        }
    };
    if text.contains('\0') {
        return Err(th.new_exc(
            g().exc.syntax_error,
            "source code string cannot contain null bytes".into(),
        ));
    }
    let co =
        frontend::compile(&text, &filename, m).map_err(|e| crate::modules::syntax_error(th, &e))?;
    Ok(crate::objects::code::new_code(th, co).value())
}
