//! The builtin exception hierarchy (CPython 3.11's, from one table) and the
//! `BaseException` layout: `args`, `__cause__`, `__context__`,
//! `__suppress_context__`, `__traceback__`, plus an instance dict for
//! attributes such as `ImportError.name` or `SyntaxError.lineno`.
//!
//! Attribute model.  The five layout fields are exposed as native
//! properties on `BaseException` (data descriptors, so `e.args = ...` and
//! `e.__cause__ = ...` reach the payload and keep CPython's side effects:
//! `__cause__` sets `__suppress_context__`).  The per-class attributes that
//! CPython keeps in C struct members (`ImportError.name/path/msg`,
//! `OSError.errno/strerror/filename`, `NameError.name`, ...) live in the
//! instance dict, written by the class's `__init__` (or by the runtime code
//! that raises the error); a non-data getter on the class supplies CPython's
//! default (`None`, or a value derived from `args`) when `__init__` did not
//! run, e.g. for a subclass whose `__init__` skips `super().__init__`.
//! Because the dict is consulted before non-data descriptors, an assignment
//! such as `e.errno = 5` simply shadows the default.
//!
//! `OSError(errno, strerror)` picks the subclass for the errno
//! (`OSError(2, "x")` is a `FileNotFoundError`), as CPython's `OSError.__new__`.
use std::collections::HashMap;

use gc::Tracer;

use crate::layout::{AtomicCell, Gc, Kind, PyCell, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, is_subtype, tflags, type_name, type_of};
use crate::objects::{add_fn, add_methods};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

pub struct BaseExc {
    pub args: PyCell<Value>,
    pub cause: PyCell<Value>,
    pub context: PyCell<Value>,
    pub traceback: PyCell<Value>,
    pub suppress_context: AtomicCell<bool>,
    pub dict: crate::layout::ValueCell,
    /// `BaseExceptionGroup.message` (NULL for other exceptions).
    pub eg_message: PyCell<Value>,
    /// `BaseExceptionGroup.exceptions`, a tuple (NULL for other exceptions).
    pub eg_exceptions: PyCell<Value>,
}

impl PyPayload for BaseExc {
    const KIND: Kind = Kind::BaseException;
    fn trace(&self, t: &mut Tracer) {
        for c in [
            &self.args,
            &self.cause,
            &self.context,
            &self.traceback,
            &self.eg_message,
            &self.eg_exceptions,
        ] {
            t.mark(c.gc_peek().bits());
        }
        t.mark(self.dict.gc_peek().bits());
    }
}

impl BaseExc {
    pub fn new(args: Value) -> BaseExc {
        BaseExc {
            args: PyCell::new(args),
            cause: PyCell::new(Value::NULL),
            context: PyCell::new(Value::NULL),
            traceback: PyCell::new(Value::NULL),
            suppress_context: AtomicCell::new(false),
            dict: crate::layout::ValueCell::new(Value::NULL),
            eg_message: PyCell::new(Value::NULL),
            eg_exceptions: PyCell::new(Value::NULL),
        }
    }
}

/// (name, base) in definition order.
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
    // PEP 654.  ExceptionGroup's second base, Exception, is added by the
    // bootstrap (the only builtin exception with two bases).
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
];

pub struct ExcTypes {
    pub by_name: HashMap<&'static str, Gc<TypeObj>>,
    pub base_exception: Gc<TypeObj>,
    pub exception: Gc<TypeObj>,
    pub type_error: Gc<TypeObj>,
    pub value_error: Gc<TypeObj>,
    pub attribute_error: Gc<TypeObj>,
    pub name_error: Gc<TypeObj>,
    pub unbound_local_error: Gc<TypeObj>,
    pub key_error: Gc<TypeObj>,
    pub index_error: Gc<TypeObj>,
    pub zero_division_error: Gc<TypeObj>,
    pub overflow_error: Gc<TypeObj>,
    pub stop_iteration: Gc<TypeObj>,
    pub generator_exit: Gc<TypeObj>,
    pub runtime_error: Gc<TypeObj>,
    pub recursion_error: Gc<TypeObj>,
    pub not_implemented_error: Gc<TypeObj>,
    pub import_error: Gc<TypeObj>,
    pub module_not_found_error: Gc<TypeObj>,
    pub assertion_error: Gc<TypeObj>,
    pub system_exit: Gc<TypeObj>,
    pub keyboard_interrupt: Gc<TypeObj>,
    pub syntax_error: Gc<TypeObj>,
    pub indentation_error: Gc<TypeObj>,
    pub tab_error: Gc<TypeObj>,
    pub os_error: Gc<TypeObj>,
    pub file_not_found_error: Gc<TypeObj>,
    pub memory_error: Gc<TypeObj>,
    pub lookup_error: Gc<TypeObj>,
    pub unicode_decode_error: Gc<TypeObj>,
    pub unicode_encode_error: Gc<TypeObj>,
    pub eof_error: Gc<TypeObj>,
    pub base_exception_group: Gc<TypeObj>,
    pub exception_group: Gc<TypeObj>,
}

impl ExcTypes {
    pub fn trace(&self, t: &mut Tracer) {
        for ty in self.by_name.values() {
            t.mark(ty.value().bits());
        }
    }
}

/// Collects the named exception types from the map built at bootstrap.
pub fn exc_types(by_name: HashMap<&'static str, Gc<TypeObj>>) -> ExcTypes {
    let n = |s: &str| by_name[s];
    ExcTypes {
        base_exception: n("BaseException"),
        exception: n("Exception"),
        type_error: n("TypeError"),
        value_error: n("ValueError"),
        attribute_error: n("AttributeError"),
        name_error: n("NameError"),
        unbound_local_error: n("UnboundLocalError"),
        key_error: n("KeyError"),
        index_error: n("IndexError"),
        zero_division_error: n("ZeroDivisionError"),
        overflow_error: n("OverflowError"),
        stop_iteration: n("StopIteration"),
        generator_exit: n("GeneratorExit"),
        runtime_error: n("RuntimeError"),
        recursion_error: n("RecursionError"),
        not_implemented_error: n("NotImplementedError"),
        import_error: n("ImportError"),
        module_not_found_error: n("ModuleNotFoundError"),
        assertion_error: n("AssertionError"),
        system_exit: n("SystemExit"),
        keyboard_interrupt: n("KeyboardInterrupt"),
        syntax_error: n("SyntaxError"),
        indentation_error: n("IndentationError"),
        tab_error: n("TabError"),
        os_error: n("OSError"),
        file_not_found_error: n("FileNotFoundError"),
        memory_error: n("MemoryError"),
        lookup_error: n("LookupError"),
        unicode_decode_error: n("UnicodeDecodeError"),
        unicode_encode_error: n("UnicodeEncodeError"),
        eof_error: n("EOFError"),
        base_exception_group: n("BaseExceptionGroup"),
        exception_group: n("ExceptionGroup"),
        by_name,
    }
}

/// Allocates an exception instance of type `ty` with the given args tuple.
pub fn new_exception(th: &Thread, ty: Gc<TypeObj>, args: Value) -> Value {
    let e = crate::layout::alloc(&th.mutator, ty, BaseExc::new(args));
    // A class statement's exception with `__del__` (built-in exception
    // types have none).
    if ty.flags.get() & tflags::HEAPTYPE != 0 {
        crate::layout::note_finalizer(ty, e.header());
    }
    e.value()
}

pub fn is_exception_type(t: Gc<TypeObj>) -> bool {
    t.flags.get() & tflags::EXCEPTION != 0
}

impl Thread {
    /// A new exception of type `ty` with one string argument.
    pub fn new_exc(&self, ty: Gc<TypeObj>, msg: String) -> Exc {
        let s = self.new_string(msg);
        let _r = self.root(s);
        let args = self.new_tuple_from(&[s]);
        Exc(new_exception(self, ty, args))
    }
    /// MemoryError(): no arguments, as CPython's `PyErr_NoMemory`.
    pub fn memory_error(&self) -> Exc {
        Exc(new_exception(self, g().exc.memory_error, g().empty_tuple))
    }

    /// Room for `bytes` more bytes of objects or native memory before
    /// building something of a size computed in advance (`[0] * n`,
    /// `bytearray(n)`): MemoryError when the size cannot be allocated at
    /// all or would exceed `-X heap-max` even after a full collection
    /// (`Heap::reserve`).
    pub fn reserve(&self, bytes: usize) -> crate::runtime::PyResult<()> {
        if bytes > isize::MAX as usize {
            return Err(self.memory_error());
        }
        if !self.mutator.heap().reserve(&self.mutator, bytes) {
            gc::budget::note_memory_error();
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// A MemoryError armed by an allocation over the budget (`POLL_MEMORY`,
    /// gc/src/budget.rs): raised if the budget is still exceeded after a
    /// full collection.  Called at polls and in native loops that consume
    /// iterators.
    #[cold]
    #[inline(never)]
    pub fn take_memory_error(&self) -> crate::runtime::PyResult<()> {
        if self.mutator.take_memory_error() && !self.mutator.heap().reserve(&self.mutator, 0) {
            gc::budget::note_memory_error();
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn type_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.type_error, msg)
    }
    pub fn value_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.value_error, msg)
    }
    pub fn attribute_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.attribute_error, msg)
    }
    pub fn index_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.index_error, msg)
    }
    pub fn overflow_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.overflow_error, msg)
    }
    pub fn zero_division(&self, msg: &str) -> Exc {
        self.new_exc(g().exc.zero_division_error, msg.to_string())
    }
    pub fn runtime_error(&self, msg: String) -> Exc {
        self.new_exc(g().exc.runtime_error, msg)
    }
    pub fn name_error(&self, name: &str) -> Exc {
        let e = self.new_exc(g().exc.name_error, format!("name '{name}' is not defined"));
        crate::ops::set_exc_attr(self, e.0, "name", self.new_str(name));
        e
    }
    /// KeyError(key): the key itself is the argument.
    pub fn key_error(&self, key: Value) -> Exc {
        let args = self.new_tuple_from(&[key]);
        Exc(new_exception(self, g().exc.key_error, args))
    }
    /// StopIteration(value).
    pub fn stop_iteration(&self, value: Value) -> Exc {
        let args = if value == g().none || value.is_null() {
            g().empty_tuple
        } else {
            self.new_tuple_from(&[value])
        };
        Exc(new_exception(self, g().exc.stop_iteration, args))
    }
}

/// The args tuple of an exception instance.
pub fn exc_args(v: Value) -> Value {
    v.downcast::<BaseExc>()
        .map(|e| e.args.get_copy())
        .unwrap_or(Value::NULL)
}

// --- Helpers ---

/// The exception payload of `v`, or a TypeError naming the method.
fn this(th: &Thread, v: Value, what: &str) -> PyResult<Gc<BaseExc>> {
    v.downcast::<BaseExc>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor '{what}' requires a 'BaseException' object but received a '{}'",
            type_name(v)
        ))
    })
}

/// The items of the args tuple of an exception.
fn args_items(v: Value) -> Vec<Value> {
    exc_args(v)
        .downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

/// An attribute stored in the exception's instance dict.
pub fn dict_attr(th: &Thread, v: Value, name: &'static str) -> Option<Value> {
    let e = v.downcast::<BaseExc>()?;
    let d = e.dict.get_copy().downcast::<Dict>()?;
    dict::get_str(d, th.intern_static(name))
}

fn none_if_null(v: Value) -> Value {
    if v.is_null() { g().none } else { v }
}

fn exc_type(name: &str) -> Gc<TypeObj> {
    g().exc
        .by_name
        .get(name)
        .copied()
        .unwrap_or(g().exc.os_error)
}

// --- BaseException ---

fn exc_init(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__init__")?;
    if a.has_kw() {
        return Err(th.type_error(format!(
            "{}() takes no keyword arguments",
            type_of(a.pos[0]).name()
        )));
    }
    let args = th.new_tuple_from(&a.pos[1..]);
    e.args.set(args);
    Ok(g().none)
}

/// `BaseException.__str__`: '' / str(arg) / repr(args).
pub fn base_str(th: &Thread, v: Value) -> PyResult<Value> {
    let args = exc_args(v);
    let items = args_items(v);
    match items.len() {
        0 => Ok(g().empty_str),
        1 => ops::str_value(th, items[0]),
        _ => ops::repr_value(th, args),
    }
}

fn exc_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    this(th, a.pos[0], "__str__")?;
    base_str(th, a.pos[0])
}

fn exc_repr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    this(th, a.pos[0], "__repr__")?;
    let name = type_of(a.pos[0]).name().to_string();
    let items = args_items(a.pos[0]);
    let s = if items.len() == 1 {
        format!("{name}({})", ops::repr(th, items[0])?)
    } else {
        format!("{name}{}", ops::repr(th, exc_args(a.pos[0]))?)
    };
    Ok(th.new_string(s))
}

fn exc_with_tb(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "with_traceback", 2, 2)?;
    set_traceback(th, a.pos[0], a.pos[1])?;
    Ok(a.pos[0])
}

fn set_traceback(th: &Thread, e: Value, tb: Value) -> PyResult<()> {
    let x = this(th, e, "__traceback__")?;
    if tb == g().none {
        x.traceback.set(Value::NULL);
    } else if tb.is_kind(Kind::Traceback) {
        x.traceback.set(tb);
    } else {
        return Err(th.type_error("__traceback__ must be a traceback or None".into()));
    }
    Ok(())
}

/// `add_note(note)` (3.11): appends to the `__notes__` list.
fn exc_add_note(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "add_note", 2, 2)?;
    a.no_kw(th, "add_note")?;
    let (e, note) = (a.pos[0], a.pos[1]);
    if !note.is_kind(Kind::Str) {
        return Err(th.type_error(format!("note must be a str, not '{}'", type_name(note))));
    }
    let key = crate::name!(th, "__notes__");
    let notes = match ops::getattr_opt(th, e, key)? {
        Some(n) => n,
        None => {
            let l = th.new_list(vec![]);
            ops::setattr(th, e, key, l)?;
            l
        }
    };
    match notes.downcast::<crate::objects::list::List>() {
        Some(l) => l.items.borrow_mut().push(note),
        None => return Err(th.type_error("Cannot add note: __notes__ is not a list".into())),
    }
    Ok(g().none)
}

fn exc_reduce(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__reduce__", 1, 1)?;
    let e = this(th, a.pos[0], "__reduce__")?;
    let t = type_of(a.pos[0]).value();
    let args = e.args.get_copy();
    let d = e.dict.get_copy();
    match d.downcast::<Dict>() {
        Some(dd) if dict::len(dd) > 0 => Ok(th.new_tuple_from(&[t, args, d])),
        _ => Ok(th.new_tuple_from(&[t, args])),
    }
}

fn exc_setstate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__setstate__", 2, 2)?;
    let state = a.pos[1];
    if state == g().none {
        return Ok(g().none);
    }
    let Some(d) = state.downcast::<Dict>() else {
        return Err(th.type_error("state is not a dictionary".into()));
    };
    let items = dict::items_vec(d);
    // `__setattr__` may change the state dict.
    let _r = th.root_pairs(&items);
    for (k, v) in items {
        ops::setattr(th, a.pos[0], k, v)?;
    }
    Ok(g().none)
}

// --- Properties over the payload fields ---

fn get_args(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(this(th, a.pos[0], "args")?.args.get_copy()))
}
fn set_args(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "args")?;
    let t = th.new_tuple(ops::collect(th, a.pos[1])?);
    e.args.set(t);
    Ok(g().none)
}
fn get_tb(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(
        this(th, a.pos[0], "__traceback__")?.traceback.get_copy(),
    ))
}
fn set_tb(th: &Thread, a: Args) -> PyResult<Value> {
    set_traceback(th, a.pos[0], a.pos[1])?;
    Ok(g().none)
}
fn get_cause(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(
        this(th, a.pos[0], "__cause__")?.cause.get_copy(),
    ))
}
fn set_cause(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__cause__")?;
    let v = a.pos[1];
    if v == g().none {
        e.cause.set(Value::NULL);
    } else if v.is_kind(Kind::BaseException) {
        e.cause.set(v);
    } else {
        return Err(
            th.type_error("exception cause must be None or derive from BaseException".into())
        );
    }
    e.suppress_context.set(true);
    Ok(g().none)
}
fn get_context(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(
        this(th, a.pos[0], "__context__")?.context.get_copy(),
    ))
}
fn set_context(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__context__")?;
    let v = a.pos[1];
    if v == g().none {
        e.context.set(Value::NULL);
    } else if v.is_kind(Kind::BaseException) {
        e.context.set(v);
    } else {
        return Err(
            th.type_error("exception context must be None or derive from BaseException".into())
        );
    }
    Ok(g().none)
}
fn get_suppress(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.bool_val(
        this(th, a.pos[0], "__suppress_context__")?
            .suppress_context
            .get(),
    ))
}
fn set_suppress(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__suppress_context__")?;
    e.suppress_context.set(ops::truthy(th, a.pos[1])?);
    Ok(g().none)
}
fn no_delete(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("this attribute may not be deleted".into()))
}
fn no_delete_args(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("args may not be deleted".into()))
}
fn no_delete_cause(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("__cause__ may not be deleted".into()))
}
fn no_delete_context(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("__context__ may not be deleted".into()))
}
fn no_delete_tb(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("__traceback__ may not be deleted".into()))
}

/// A property made of native getter/setter/deleter functions.
fn add_property(
    th: &Thread,
    t: Gc<TypeObj>,
    name: &'static str,
    get: NativeFn,
    set: NativeFn,
    del: NativeFn,
) {
    let fget = new_native(th, name, "BaseException", get, Binding::Function);
    let _r1 = th.root(fget);
    let fset = new_native(th, name, "BaseException", set, Binding::Function);
    let _r2 = th.root(fset);
    let fdel = new_native(th, name, "BaseException", del, Binding::Function);
    let _r3 = th.root(fdel);
    let n = th.intern_static(name);
    let p = crate::objects::property::Property {
        fget: PyCell::new(fget),
        fset: PyCell::new(fset),
        fdel: PyCell::new(fdel),
        doc: PyCell::new(g().none),
        name: PyCell::new(n),
    };
    let pv = th.alloc(types().property, p).value();
    crate::objects::type_::set_attr_str(th, t, name, pv);
}

// --- Per-class default getters (see the module docs) ---

fn get_none(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(g().none)
}

/// `StopIteration.value`: the first argument.
fn get_first_arg(_th: &Thread, a: Args) -> PyResult<Value> {
    Ok(args_items(a.pos[0]).first().copied().unwrap_or(g().none))
}

/// `SystemExit.code`: None, the argument, or the args tuple.
pub fn system_exit_code(v: Value) -> Value {
    let items = args_items(v);
    match items.len() {
        0 => g().none,
        1 => items[0],
        _ => exc_args(v),
    }
}
fn get_exit_code(_th: &Thread, a: Args) -> PyResult<Value> {
    Ok(system_exit_code(a.pos[0]))
}

/// `ImportError.msg` when `__init__` did not store it: the sole argument.
fn get_import_msg(_th: &Thread, a: Args) -> PyResult<Value> {
    let items = args_items(a.pos[0]);
    Ok(if items.len() == 1 { items[0] } else { g().none })
}

// --- Subclass constructors ---

/// Stores the keyword arguments named in `allowed` (None when absent) and
/// rejects others, as the `__init__` of ImportError, NameError and
/// AttributeError do.
fn init_with_kw(th: &Thread, a: Args, cls: &str, allowed: &[&str]) -> PyResult<()> {
    for k in a.kwnames {
        let ks = as_str(*k).unwrap_or("");
        if !allowed.contains(&ks) {
            return Err(th.type_error(format!("'{ks}' is an invalid keyword argument for {cls}()")));
        }
    }
    let e = this(th, a.pos[0], "__init__")?;
    let args = th.new_tuple_from(&a.pos[1..]);
    e.args.set(args);
    for k in allowed {
        ops::set_exc_attr(th, a.pos[0], k, a.kw(k).unwrap_or(g().none));
    }
    Ok(())
}

fn import_error_init(th: &Thread, a: Args) -> PyResult<Value> {
    init_with_kw(th, a, "ImportError", &["name", "path"])?;
    let msg = if a.pos.len() == 2 { a.pos[1] } else { g().none };
    ops::set_exc_attr(th, a.pos[0], "msg", msg);
    Ok(g().none)
}

fn import_error_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    let msg = match dict_attr(th, a.pos[0], "msg") {
        Some(m) => m,
        None => get_import_msg(th, a)?,
    };
    if msg.is_kind(Kind::Str) {
        return Ok(msg);
    }
    base_str(th, a.pos[0])
}

fn name_error_init(th: &Thread, a: Args) -> PyResult<Value> {
    init_with_kw(th, a, "NameError", &["name"])?;
    Ok(g().none)
}

fn attribute_error_init(th: &Thread, a: Args) -> PyResult<Value> {
    init_with_kw(th, a, "AttributeError", &["name", "obj"])?;
    Ok(g().none)
}

fn key_error_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    let items = args_items(a.pos[0]);
    if items.len() == 1 {
        return ops::repr_value(th, items[0]);
    }
    base_str(th, a.pos[0])
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// `OSError.__new__(cls, *args)`: maps the errno to a subclass.
fn os_error_new(th: &Thread, a: Args) -> PyResult<Value> {
    let Some(mut cls) = a.pos.first().and_then(|v| v.downcast::<TypeObj>()) else {
        return Err(th.type_error("OSError.__new__(X): X is not a type object".into()));
    };
    if !is_subtype(cls, g().exc.os_error) {
        return Err(th.type_error(format!(
            "OSError.__new__({}): {} is not a subtype of OSError",
            cls.name(),
            cls.name()
        )));
    }
    if cls == g().exc.os_error
        && (2..=5).contains(&(a.pos.len() - 1))
        && let Some(n) = crate::objects::int::to_i64(a.pos[1])
        && let Some(sub) = os_error_subclass(n)
    {
        cls = exc_type(sub);
    }
    let args = th.new_tuple_from(&a.pos[1..]);
    Ok(new_exception(th, cls, args))
}

/// `OSError.__init__(errno, strerror[, filename[, winerror[, filename2]]])`.
fn os_error_init(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__init__")?;
    if a.has_kw() {
        return Err(th.type_error(format!(
            "{}() takes no keyword arguments",
            type_of(a.pos[0]).name()
        )));
    }
    let rest = &a.pos[1..];
    let set = |k: &str, v: Value| ops::set_exc_attr(th, a.pos[0], k, v);
    if (2..=5).contains(&rest.len()) {
        set("errno", rest[0]);
        set("strerror", rest[1]);
        if let Some(f) = rest.get(2) {
            set("filename", *f);
        }
        if let Some(f) = rest.get(4) {
            set("filename2", *f);
        }
        // With a filename, args keeps only (errno, strerror).
        let kept = if rest.len() >= 3 { &rest[..2] } else { rest };
        let t = th.new_tuple_from(kept);
        e.args.set(t);
    } else {
        let t = th.new_tuple_from(rest);
        e.args.set(t);
    }
    Ok(g().none)
}

fn os_error_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    let e = a.pos[0];
    let get = |k: &'static str| ops::getattr_str(th, e, k).ok().filter(|v| *v != g().none);
    let errno = get("errno");
    let strerror = get("strerror");
    let s = |v: Option<Value>| -> PyResult<String> {
        match v {
            Some(v) => ops::str_of(th, v),
            None => Ok("None".into()),
        }
    };
    if let Some(f) = get("filename") {
        let mut out = format!(
            "[Errno {}] {}: {}",
            s(errno)?,
            s(strerror)?,
            ops::repr(th, f)?
        );
        if let Some(f2) = get("filename2") {
            out.push_str(&format!(" -> {}", ops::repr(th, f2)?));
        }
        return Ok(th.new_string(out));
    }
    if let (Some(n), Some(m)) = (errno, strerror) {
        return Ok(th.new_string(format!("[Errno {}] {}", s(Some(n))?, s(Some(m))?)));
    }
    base_str(th, e)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_error_init(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__init__")?;
    if a.has_kw() {
        return Err(th.type_error(format!(
            "{}() takes no keyword arguments",
            type_of(a.pos[0]).name()
        )));
    }
    let args = th.new_tuple_from(&a.pos[1..]);
    e.args.set(args);
    let set = |k: &str, v: Value| ops::set_exc_attr(th, a.pos[0], k, v);
    if let Some(m) = a.pos.get(1) {
        set("msg", *m);
    }
    if a.pos.len() == 3 {
        let info = ops::collect(th, a.pos[2])?;
        // Perhaps made by a generator; setting the attributes allocates.
        let _r = th.root_slice(&info);
        if !(4..=6).contains(&info.len()) {
            return Err(th.index_error("tuple index out of range".into()));
        }
        for (k, v) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .zip(info.iter())
        {
            set(k, *v);
        }
    }
    Ok(g().none)
}

/// `str(SyntaxError)`: the message and "(file, line N)" when known.
fn syntax_error_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    let e = a.pos[0];
    let get = |k: &'static str| ops::getattr_str(th, e, k).ok().filter(|v| *v != g().none);
    let msg = ops::str_of(th, get("msg").unwrap_or(g().none))?;
    let file = get("filename")
        .and_then(as_str)
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = get("lineno").filter(|v| crate::objects::int::is_int(*v));
    let line = match line {
        Some(l) => Some(ops::str_of(th, l)?),
        None => None,
    };
    let s = match (file, line) {
        (None, None) => msg,
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
    };
    Ok(th.new_string(s))
}

// --- BaseExceptionGroup / ExceptionGroup (PEP 654) ---
//
// A group keeps its message and its exceptions (a tuple) in the payload
// fields `eg_message` / `eg_exceptions`, read-only from Python like
// CPython's struct members.  `args` is the (message, exceptions) pair
// exactly as passed to the constructor.  `split` / `subgroup` walk the
// tree of nested groups; every group they build comes from `derive()` and
// gets the original's `__traceback__`, `__cause__`, `__context__` and a
// copy of its `__notes__`.  `prep_reraise_star` is the interpreter's half
// of `except*` (CPython's `_PyExc_PrepReraiseStar`).

/// Whether `v` is an instance of BaseExceptionGroup.
pub fn is_group(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), g().exc.base_exception_group)
}

/// The exceptions of a group (empty for anything else).
pub fn group_items(v: Value) -> Vec<Value> {
    v.downcast::<BaseExc>()
        .and_then(|e| e.eg_exceptions.get_copy().downcast::<Tuple>())
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(th: &Thread, a: Args) -> PyResult<Value> {
    let beg = g().exc.base_exception_group;
    let Some(cls) = a.pos.first().and_then(|v| v.downcast::<TypeObj>()) else {
        return Err(th.type_error("BaseExceptionGroup.__new__(X): X is not a type object".into()));
    };
    if !is_subtype(cls, beg) {
        return Err(th.type_error(format!(
            "BaseExceptionGroup.__new__({}): {} is not a subtype of BaseExceptionGroup",
            cls.name(),
            cls.name()
        )));
    }
    let args = &a.pos[1..];
    if args.len() != 2 {
        return Err(th.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, seq) = (args[0], args[1]);
    if !message.is_kind(Kind::Str) {
        return Err(th.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    let is_sequence = !seq.is_kind(Kind::Dict)
        && crate::objects::type_::lookup(type_of(seq), crate::name!(th, "__getitem__")).is_some();
    if !is_sequence {
        return Err(th.type_error("second argument (exceptions) must be a sequence".into()));
    }
    let items = ops::collect(th, seq)?;
    let excs = th.new_tuple(items);
    let _r = th.root(excs);
    let items = group_items_tuple(excs);
    if items.is_empty() {
        return Err(
            th.value_error("second argument (exceptions) must be a non-empty sequence".into())
        );
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !e.is_kind(Kind::BaseException) {
            return Err(th.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(type_of(*e), g().exc.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls;
    if cls == g().exc.exception_group {
        if nested_base {
            return Err(th.type_error("Cannot nest BaseExceptions in an ExceptionGroup".into()));
        }
    } else if cls == beg {
        if !nested_base {
            cls = g().exc.exception_group;
        }
    } else if nested_base && is_subtype(cls, g().exc.exception) {
        return Err(th.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let args_t = th.new_tuple_from(args);
    let _r2 = th.root(args_t);
    let v = new_exception(th, cls, args_t);
    let e = v.downcast::<BaseExc>().expect("a new exception");
    e.eg_message.set(message);
    e.eg_exceptions.set(excs);
    Ok(v)
}

fn group_items_tuple(t: Value) -> Vec<Value> {
    t.downcast::<Tuple>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

/// `BaseExceptionGroup.__init__`: no keywords, then `BaseException.__init__`.
fn eg_init(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this(th, a.pos[0], "__init__")?;
    if a.has_kw() {
        return Err(th.type_error(format!(
            "{}() takes no keyword arguments",
            type_of(a.pos[0]).name()
        )));
    }
    let args = th.new_tuple_from(&a.pos[1..]);
    e.args.set(args);
    Ok(g().none)
}

/// The group payload of `v`, or CPython's descriptor TypeError.
fn this_group(th: &Thread, v: Value, what: &str) -> PyResult<Gc<BaseExc>> {
    match v.downcast::<BaseExc>() {
        Some(e) if is_group(v) => Ok(e),
        _ => Err(th.type_error(format!(
            "descriptor '{what}' requires a 'BaseExceptionGroup' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn eg_get_message(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(
        this_group(th, a.pos[0], "message")?.eg_message.get_copy(),
    ))
}
fn eg_get_exceptions(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(none_if_null(
        this_group(th, a.pos[0], "exceptions")?
            .eg_exceptions
            .get_copy(),
    ))
}
fn readonly(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.attribute_error("readonly attribute".into()))
}

/// `str(group)`: "message (N sub-exception[s])".
fn eg_str(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__str__", 1, 1)?;
    let e = this_group(th, a.pos[0], "__str__")?;
    let msg = ops::str_of(th, none_if_null(e.eg_message.get_copy()))?;
    let n = group_items(a.pos[0]).len();
    let s = if n > 1 { "s" } else { "" };
    Ok(th.new_string(format!("{msg} ({n} sub-exception{s})")))
}

/// `derive(excs)`: a BaseExceptionGroup with the same message.
fn eg_derive(th: &Thread, a: Args) -> PyResult<Value> {
    let e = this_group(th, a.pos[0], "derive")?;
    a.no_kw(th, "derive")?;
    if a.pos.len() != 2 {
        return Err(th.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let msg = none_if_null(e.eg_message.get_copy());
    ops::call(th, g().exc.base_exception_group.value(), &[msg, a.pos[1]])
}

/// How `split` / `subgroup` decide that a leaf (or a whole group) matches.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A Python function called with the exception.
    Predicate(Value),
    /// The identities of the leaves to keep (`except*` re-raise).
    Ids(std::collections::HashSet<u64>),
}

fn matcher_of(th: &Thread, v: Value) -> PyResult<Matcher> {
    let is_exc_class = |x: Value| x.downcast::<TypeObj>().is_some_and(is_exception_type);
    if v.is_kind(Kind::Function) {
        return Ok(Matcher::Predicate(v));
    }
    if is_exc_class(v) {
        return Ok(Matcher::Type(v));
    }
    if let Some(t) = v.downcast::<Tuple>()
        && type_of(v) == types().tuple
        && t.items().iter().all(|x| is_exc_class(*x))
    {
        return Ok(Matcher::Type(v));
    }
    Err(th.type_error("expected a function, exception type or tuple of exception types".into()))
}

/// `isinstance(exc, t)` for an exception class or a (nested) tuple of them.
fn matches_type(exc: Value, t: Value) -> bool {
    if let Some(tt) = t.downcast::<Tuple>() {
        return tt.items().iter().any(|x| matches_type(exc, *x));
    }
    t.downcast::<TypeObj>()
        .is_some_and(|ty| is_subtype(type_of(exc), ty))
}

fn matcher_test(th: &Thread, m: &Matcher, exc: Value) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => Ok(matches_type(exc, *t)),
        Matcher::Predicate(f) => {
            let r = ops::call(th, *f, &[exc])?;
            ops::truthy(th, r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&exc.bits())),
    }
}

/// The (match, rest) parts of `exc`; rest is only built when asked for.
fn split_recursive(
    th: &Thread,
    exc: Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher_test(th, m, exc)? {
        return Ok((Some(exc), None));
    }
    if !is_group(exc) {
        return Ok((None, want_rest.then_some(exc)));
    }
    // Each nested group counts against the recursion limit, as in CPython.
    let depth = th.depth.get() + 1;
    if depth
        > g()
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed)
        || th.stack_exhausted()
    {
        return Err(th.new_exc(
            g().exc.recursion_error,
            "maximum recursion depth exceeded in exceptiongroup_split_recursive".into(),
        ));
    }
    let matched = crate::runtime::TempVec::new(th);
    let rest = crate::runtime::TempVec::new(th);
    th.depth.set(depth);
    let walked: PyResult<()> = group_items(exc).into_iter().try_for_each(|e| {
        let (mt, rs) = split_recursive(th, e, m, want_rest)?;
        if let Some(x) = mt {
            matched.push(x);
        }
        if let Some(x) = rs {
            rest.push(x);
        }
        Ok(())
    });
    th.depth.set(depth - 1);
    walked?;
    let mt = subset(th, exc, &matched)?;
    let _r = mt.map(|v| th.root(v));
    let rs = if want_rest {
        subset(th, exc, &rest)?
    } else {
        None
    };
    Ok((mt, rs))
}

/// `orig.derive(excs)` with the metadata of `orig` copied over, or None
/// when `excs` is empty.
fn subset(th: &Thread, orig: Value, excs: &crate::runtime::TempVec) -> PyResult<Option<Value>> {
    if excs.len() == 0 {
        return Ok(None);
    }
    let list = excs.as_list().value();
    let eg = ops::call_method(th, orig, "derive", &[list])?;
    let _r = th.root(eg);
    if !is_group(eg) {
        return Err(th.type_error("derive must return an instance of BaseExceptionGroup".into()));
    }
    let (o, n) = (
        orig.downcast::<BaseExc>().expect("a group"),
        eg.downcast::<BaseExc>().expect("a group"),
    );
    let tb = o.traceback.get_copy();
    if !tb.is_null() {
        n.traceback.set(tb);
    }
    n.context.set(o.context.get_copy());
    n.cause.set(o.cause.get_copy());
    n.suppress_context.set(true);
    if let Some(notes) = ops::getattr_opt(th, orig, crate::name!(th, "__notes__"))? {
        let is_seq = !notes.is_kind(Kind::Dict)
            && crate::objects::type_::lookup(type_of(notes), crate::name!(th, "__getitem__"))
                .is_some();
        if is_seq {
            let copy = th.new_list(ops::collect(th, notes)?);
            ops::setattr(th, eg, crate::name!(th, "__notes__"), copy)?;
        }
    }
    Ok(Some(eg))
}

fn eg_split(th: &Thread, a: Args) -> PyResult<Value> {
    this_group(th, a.pos[0], "split")?;
    a.no_kw(th, "split")?;
    if a.pos.len() != 2 {
        return Err(th.type_error(format!(
            "split expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let m = matcher_of(th, a.pos[1])?;
    let (mt, rs) = split_recursive(th, a.pos[0], &m, true)?;
    let none = g().none;
    Ok(th.new_tuple_from(&[mt.unwrap_or(none), rs.unwrap_or(none)]))
}

fn eg_subgroup(th: &Thread, a: Args) -> PyResult<Value> {
    this_group(th, a.pos[0], "subgroup")?;
    a.no_kw(th, "subgroup")?;
    if a.pos.len() != 2 {
        return Err(th.type_error(format!(
            "subgroup expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let m = matcher_of(th, a.pos[1])?;
    let (mt, _) = split_recursive(th, a.pos[0], &m, false)?;
    Ok(mt.unwrap_or(g().none))
}

/// `BaseExceptionGroup("", excs)`: the group `except*` wraps a naked
/// exception in and combines re-raised parts with.
pub fn new_group(th: &Thread, excs: Value) -> PyResult<Value> {
    ops::call(
        th,
        g().exc.base_exception_group.value(),
        &[g().empty_str, excs],
    )
}

/// `except*`'s handler matching (CPython's `exception_group_match`):
/// (match, rest), each None when absent.  A naked exception that matches is
/// wrapped in a group; one that does not match is left alone (rest None,
/// the caller keeps the original).
pub fn group_match(th: &Thread, exc: Value, match_type: Value) -> PyResult<(Value, Value)> {
    let none = g().none;
    if exc == none {
        return Ok((none, none));
    }
    if matches_type(exc, match_type) {
        if is_group(exc) {
            return Ok((exc, none));
        }
        let t = th.new_tuple_from(&[exc]);
        return Ok((new_group(th, t)?, none));
    }
    if is_group(exc) {
        let pair = ops::call_method(th, exc, "split", &[match_type])?;
        let items = group_items_tuple(pair);
        if items.len() == 2 {
            return Ok((items[0], items[1]));
        }
        return Err(th.type_error("split() must return a 2-tuple".into()));
    }
    Ok((none, none))
}

/// The identities of the leaf exceptions under `e`.
fn leaf_ids(th: &Thread, e: Value, out: &mut std::collections::HashSet<u64>) -> PyResult<()> {
    if e == g().none {
        return Ok(());
    }
    if !is_group(e) {
        out.insert(e.bits());
        return Ok(());
    }
    let depth = th.depth.get() + 1;
    if depth
        > g()
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed)
        || th.stack_exhausted()
    {
        return Err(th.new_exc(
            g().exc.recursion_error,
            "maximum recursion depth exceeded in collect_exception_group_leaf_ids".into(),
        ));
    }
    th.depth.set(depth);
    let r = group_items(e)
        .into_iter()
        .try_for_each(|x| leaf_ids(th, x, out));
    th.depth.set(depth - 1);
    r
}

/// Same traceback, cause and context: an exception that an `except*`
/// handler re-raised with a bare `raise` (a part of the original group).
fn same_metadata(a: Value, b: Value) -> bool {
    match (a.downcast::<BaseExc>(), b.downcast::<BaseExc>()) {
        (Some(x), Some(y)) => {
            x.traceback.get_copy() == y.traceback.get_copy()
                && x.cause.get_copy() == y.cause.get_copy()
                && x.context.get_copy() == y.context.get_copy()
        }
        _ => false,
    }
}

/// What a `try ... except*` statement raises when its handlers are done:
/// `orig` is the exception the try body raised, `excs` the list of what the
/// handlers raised plus, last, the unhandled rest (None entries ignored).
/// Re-raised parts of `orig` are put back together in the shape of `orig`
/// (the original object itself when nothing was lost); exceptions raised
/// by handlers are combined with that in a new group.  None when nothing
/// is left to raise.
pub fn prep_reraise_star(th: &Thread, orig: Value, excs: Value) -> PyResult<Value> {
    let none = g().none;
    let items = ops::collect(th, excs)?;
    if items.is_empty() {
        return Ok(none);
    }
    if !is_group(orig) {
        // A naked exception was wrapped: at most one handler ran.
        return Ok(items[0]);
    }
    let raised = crate::runtime::TempVec::new(th);
    let mut keep = std::collections::HashSet::new();
    for e in items {
        if e == none {
            continue;
        }
        if same_metadata(e, orig) {
            leaf_ids(th, e, &mut keep)?;
        } else {
            raised.push(e);
        }
    }
    let (reraised, _) = split_recursive(th, orig, &Matcher::Ids(keep), false)?;
    if raised.len() == 0 {
        return Ok(reraised.unwrap_or(none));
    }
    if let Some(r) = reraised {
        raised.push(r);
    }
    if raised.len() == 1 {
        return Ok(raised.get(0));
    }
    new_group(th, raised.as_list().value())
}

// --- Installation ---

/// Installs the methods and attributes of the builtin exception classes.
pub fn install(th: &Thread) {
    let x = &g().exc;
    let be = x.base_exception;
    add_methods(
        th,
        be,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_tb),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
            ("__setstate__", exc_setstate),
        ],
    );
    add_property(th, be, "args", get_args, set_args, no_delete_args);
    add_property(th, be, "__traceback__", get_tb, set_tb, no_delete_tb);
    add_property(th, be, "__cause__", get_cause, set_cause, no_delete_cause);
    add_property(
        th,
        be,
        "__context__",
        get_context,
        set_context,
        no_delete_context,
    );
    add_property(
        th,
        be,
        "__suppress_context__",
        get_suppress,
        set_suppress,
        no_delete,
    );
    add_methods(th, x.key_error, "KeyError", &[("__str__", key_error_str)]);
    add_methods(
        th,
        x.import_error,
        "ImportError",
        &[
            ("__init__", import_error_init),
            ("__str__", import_error_str),
        ],
    );
    add_methods(
        th,
        x.name_error,
        "NameError",
        &[("__init__", name_error_init)],
    );
    add_methods(
        th,
        x.attribute_error,
        "AttributeError",
        &[("__init__", attribute_error_init)],
    );
    add_methods(
        th,
        x.os_error,
        "OSError",
        &[("__init__", os_error_init), ("__str__", os_error_str)],
    );
    add_fn(
        th,
        x.os_error,
        "OSError",
        "__new__",
        os_error_new,
        Binding::Static,
    );
    add_methods(
        th,
        x.syntax_error,
        "SyntaxError",
        &[
            ("__init__", syntax_error_init),
            ("__str__", syntax_error_str),
        ],
    );
    let getters: &[(Gc<TypeObj>, &'static str, &'static str, NativeFn)] = &[
        (x.import_error, "ImportError", "name", get_none),
        (x.import_error, "ImportError", "path", get_none),
        (x.import_error, "ImportError", "msg", get_import_msg),
        (x.name_error, "NameError", "name", get_none),
        (x.attribute_error, "AttributeError", "name", get_none),
        (x.attribute_error, "AttributeError", "obj", get_none),
        (x.os_error, "OSError", "errno", get_none),
        (x.os_error, "OSError", "strerror", get_none),
        (x.os_error, "OSError", "filename", get_none),
        (x.os_error, "OSError", "filename2", get_none),
        (x.stop_iteration, "StopIteration", "value", get_first_arg),
        (x.system_exit, "SystemExit", "code", get_exit_code),
        (x.syntax_error, "SyntaxError", "msg", get_first_arg),
        (x.syntax_error, "SyntaxError", "filename", get_none),
        (x.syntax_error, "SyntaxError", "lineno", get_none),
        (x.syntax_error, "SyntaxError", "offset", get_none),
        (x.syntax_error, "SyntaxError", "text", get_none),
        (x.syntax_error, "SyntaxError", "end_lineno", get_none),
        (x.syntax_error, "SyntaxError", "end_offset", get_none),
        (
            x.syntax_error,
            "SyntaxError",
            "print_file_and_line",
            get_none,
        ),
    ];
    for (t, owner, name, f) in getters {
        add_fn(th, *t, owner, name, *f, Binding::Getter);
    }
    let beg = x.base_exception_group;
    add_methods(
        th,
        beg,
        "BaseExceptionGroup",
        &[
            ("__init__", eg_init),
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
    );
    add_fn(
        th,
        beg,
        "BaseExceptionGroup",
        "__new__",
        eg_new,
        Binding::Static,
    );
    add_fn(
        th,
        beg,
        "BaseExceptionGroup",
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
        Binding::Class,
    );
    add_property(th, beg, "message", eg_get_message, readonly, readonly);
    add_property(th, beg, "exceptions", eg_get_exceptions, readonly, readonly);
    // IOError and EnvironmentError are aliases of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        dict::set_item_str(th, g().builtins, th.intern(alias), x.os_error.value());
    }
}
