//! Callables: `function` (Python functions), `builtin_function_or_method`
//! (Rust functions, also used as method descriptors in builtin types'
//! dicts) and `method` (a function bound to an instance).
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::runtime::{Args, PyResult, Thread, types};
use crate::value::Value;

pub struct Function {
    pub code: Gc<Code>,
    pub globals: Gc<Dict>,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// Tuple of positional defaults, or NULL.
    pub defaults: PyCell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: PyCell<Value>,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    pub doc: PyCell<Value>,
    pub module: PyCell<Value>,
    pub annotations: PyCell<Value>,
    /// Function attributes (`f.x = 1`), NULL until used.
    pub dict: crate::layout::ValueCell,
}

impl PyPayload for Function {
    const KIND: Kind = Kind::Function;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.code.value().bits());
        t.mark(self.globals.value().bits());
        for c in [
            &self.name,
            &self.qualname,
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.module,
            &self.annotations,
        ] {
            t.mark(c.gc_peek().bits());
        }
        t.mark(self.dict.gc_peek().bits());
        t.mark(self.closure.bits());
    }
}

pub type NativeFn = fn(&Thread, Args) -> PyResult<Value>;

/// How a native function binds when found on a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Binding {
    /// A plain function (module-level builtin): never binds.
    Function,
    /// A method descriptor: binds `self` as the first argument.
    Method,
    /// Like `staticmethod`.
    Static,
    /// Like `classmethod`: binds the type.
    Class,
    /// A computed attribute: reading it on an instance calls the function with the instance.
    Getter,
}

pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub binding: Binding,
    /// Bound receiver (for `[].append` style bound builtins), or NULL.
    pub self_: Value,
    /// Owning type or module name for repr, e.g. "list".
    pub owner: &'static str,
    /// For method descriptors: the type `self` must be an instance of.
    pub owner_type: Value,
    /// The interpreter calls it with its loop's native frame gone and after
    /// `gc::forget_dead_roots` (`eval::run`): set on the functions that
    /// collect and should free what the caller dropped (`gc.collect`,
    /// `gc.get_objects`, `gc.get_referrers`).
    pub clean_stack: bool,
}

impl PyPayload for NativeFunction {
    const KIND: Kind = Kind::NativeFunction;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.self_.bits());
        t.mark(self.owner_type.bits());
    }
}

pub fn new_native(
    th: &Thread,
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    binding: Binding,
) -> Value {
    alloc_native(th, name, owner, func, binding, false)
}

/// A module function that collects (`NativeFunction::clean_stack`).
pub fn new_collecting_native(
    th: &Thread,
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
) -> Value {
    alloc_native(th, name, owner, func, Binding::Function, true)
}

fn alloc_native(
    th: &Thread,
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    binding: Binding,
    clean_stack: bool,
) -> Value {
    let ty = if binding == Binding::Method {
        types().method_descriptor
    } else {
        types().builtin_function
    };
    th.alloc(
        ty,
        NativeFunction {
            name,
            func,
            binding,
            self_: Value::NULL,
            owner,
            owner_type: Value::NULL,
            clean_stack,
        },
    )
    .value()
}

pub fn bind_native(th: &Thread, f: Gc<NativeFunction>, self_: Value) -> Value {
    th.alloc(
        types().builtin_function,
        NativeFunction {
            name: f.name,
            func: f.func,
            binding: Binding::Function,
            self_,
            owner: f.owner,
            owner_type: f.owner_type,
            clean_stack: f.clean_stack,
        },
    )
    .value()
}

/// A method descriptor of type `owner`: calls check `self` against it.
pub fn new_method_descr(
    th: &Thread,
    name: &'static str,
    owner: Gc<crate::objects::type_::TypeObj>,
    owner_name: &'static str,
    func: NativeFn,
    binding: Binding,
) -> Value {
    let ty = if binding == Binding::Method {
        types().method_descriptor
    } else {
        types().builtin_function
    };
    let nf = NativeFunction {
        name,
        func,
        binding,
        self_: Value::NULL,
        owner: owner_name,
        owner_type: owner.value(),
        clean_stack: false,
    };
    th.alloc(ty, nf).value()
}

pub fn native_fn_ptr(v: Value) -> Option<NativeFn> {
    v.downcast::<NativeFunction>().map(|f| f.func)
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

impl PyPayload for BoundMethod {
    const KIND: Kind = Kind::BoundMethod;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.func.bits());
        t.mark(self.self_.bits());
    }
}

pub fn new_bound(th: &Thread, func: Value, self_: Value) -> Value {
    th.alloc(types().method, BoundMethod { func, self_ })
        .value()
}

// --- Methods of function, method ---

/// `function.__get__(obj, type=None)`: binds the function to `obj`; on
/// the class (`obj` None) the function itself.
fn function_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    let obj = a.pos[1];
    if obj == crate::runtime::g().none {
        if a.pos.get(2).is_none_or(|t| *t == crate::runtime::g().none) {
            return Err(th.type_error("__get__(None, None) is invalid".into()));
        }
        return Ok(a.pos[0]);
    }
    Ok(new_bound(th, a.pos[0], obj))
}

/// `method.__eq__`: the same function bound to the same object.
fn method_eq(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__eq__", 2, 2)?;
    match method_eq_bool(th, a.pos[0], a.pos[1])? {
        Some(b) => Ok(th.bool_val(b)),
        None => Ok(crate::runtime::g().not_implemented),
    }
}

fn method_ne(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__ne__", 2, 2)?;
    match method_eq_bool(th, a.pos[0], a.pos[1])? {
        Some(b) => Ok(th.bool_val(!b)),
        None => Ok(crate::runtime::g().not_implemented),
    }
}

/// Equality of two bound methods (None: `b` is not a method).
pub fn method_eq_bool(th: &Thread, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.downcast::<BoundMethod>(), b.downcast::<BoundMethod>()) else {
        return Ok(None);
    };
    if x.self_ != y.self_ {
        return Ok(Some(false));
    }
    Ok(Some(crate::ops::eq_bool(th, x.func, y.func)?))
}

/// `hash(method)`: combines the identity of `__self__` with the function's hash.
pub fn method_hash_value(th: &Thread, v: Value) -> PyResult<i64> {
    let Some(m) = v.downcast::<BoundMethod>() else {
        return Ok(crate::ops::identity_hash(v));
    };
    let h = crate::ops::identity_hash(m.self_) ^ crate::ops::hash(th, m.func)?;
    Ok(if h == -1 { -2 } else { h })
}

fn method_hash(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__hash__", 1, 1)?;
    Ok(th.new_int(method_hash_value(th, a.pos[0])?))
}

/// `method.__get__`: a bound method is returned unchanged.
fn method_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__get__", 2, 3)?;
    Ok(a.pos[0])
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`
/// (`types.FunctionType`), with CPython's checks and messages.
fn function_new(th: &Thread, a: Args) -> PyResult<Value> {
    use crate::objects::type_::type_name;
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 5 {
        return Err(th.type_error(format!(
            "function() takes at most 5 arguments ({given} given)"
        )));
    }
    for (i, name) in [(1, "code"), (2, "globals")] {
        if a.get(i, name).is_none() {
            return Err(th.type_error(format!(
                "function() missing required argument '{name}' (pos {i})"
            )));
        }
    }
    let none = crate::runtime::g().none;
    let arg = |i: usize, name: &str| a.get(i, name).filter(|v| *v != none);
    let code = a.get(1, "code").unwrap_or(none);
    let Some(c) = code.downcast::<Code>() else {
        // CPython's argument clinic names None itself, other values by type.
        let what = match code == none {
            true => "None".to_string(),
            false => type_name(code),
        };
        return Err(th.type_error(format!(
            "function() argument 'code' must be code, not {what}"
        )));
    };
    let globals = a.get(2, "globals").unwrap_or(none);
    let Some(gd) = globals.downcast::<Dict>() else {
        let what = match globals == none {
            true => "None".to_string(),
            false => type_name(globals),
        };
        return Err(th.type_error(format!(
            "function() argument 'globals' must be dict, not {what}"
        )));
    };
    let name = arg(3, "name");
    if name.is_some_and(|n| crate::objects::str::as_str(n).is_none()) {
        return Err(th.type_error("arg 3 (name) must be None or string".into()));
    }
    let defaults = arg(4, "argdefs");
    if defaults.is_some_and(|d| !d.is_kind(Kind::Tuple)) {
        return Err(th.type_error("arg 4 (defaults) must be None or tuple".into()));
    }
    let closure = arg(5, "closure");
    let nfree = c.code.freevars.len();
    let cells = match closure {
        Some(t) => match t.downcast::<crate::objects::tuple::Tuple>() {
            Some(t) => t.items().to_vec(),
            None => return Err(th.type_error("arg 5 (closure) must be None or tuple".into())),
        },
        None if nfree > 0 => {
            return Err(th.type_error("arg 5 (closure) must be tuple".into()));
        }
        None => vec![],
    };
    if cells.len() != nfree {
        return Err(th.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            c.code.name,
            cells.len()
        )));
    }
    if let Some(bad) = cells.iter().find(|v| !v.is_kind(Kind::Cell)) {
        return Err(th.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            type_name(*bad)
        )));
    }
    let f = crate::eval::make_func(
        th,
        code,
        gd,
        defaults.unwrap_or(Value::NULL),
        Value::NULL,
        Value::NULL,
        closure.unwrap_or(Value::NULL),
    );
    if let (Some(n), Some(fo)) = (name, f.downcast::<Function>()) {
        fo.name.set(n);
    }
    Ok(f)
}

/// Installs the methods of `function` and `method`.
pub fn install(th: &Thread) {
    let t = types();
    crate::objects::add_methods(th, t.function, "function", &[("__get__", function_get)]);
    crate::objects::add_fn(
        th,
        t.function,
        "function",
        "__new__",
        function_new,
        crate::objects::Binding::Static,
    );
    crate::objects::add_methods(
        th,
        t.method,
        "method",
        &[
            ("__eq__", method_eq),
            ("__ne__", method_ne),
            ("__hash__", method_hash),
            ("__get__", method_get),
        ],
    );
}
