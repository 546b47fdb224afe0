//! The builtin exception hierarchy (CPython 3.11's, from one table) and the
//! `BaseException` layout: `args`, `__cause__`, `__context__`,
//! `__suppress_context__`, `__traceback__`, plus an instance dict for
//! attributes such as `StopIteration.value` or `SyntaxError.lineno`.
use std::collections::HashMap;

use gc::Tracer;

use crate::layout::{AtomicCell, Gc, Kind, PyCell, PyPayload};
use crate::objects::type_::{TypeObj, tflags};
use crate::runtime::{Exc, Thread, g};
use crate::value::Value;

pub struct BaseExc {
    pub args: PyCell<Value>,
    pub cause: PyCell<Value>,
    pub context: PyCell<Value>,
    pub traceback: PyCell<Value>,
    pub suppress_context: AtomicCell<bool>,
    pub dict: PyCell<Value>,
}

impl PyPayload for BaseExc {
    const KIND: Kind = Kind::BaseException;
    fn trace(&self, t: &mut Tracer) {
        for c in [
            &self.args,
            &self.cause,
            &self.context,
            &self.traceback,
            &self.dict,
        ] {
            t.mark(c.gc_peek().bits());
        }
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
            dict: PyCell::new(Value::NULL),
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
        by_name,
    }
}

/// Allocates an exception instance of type `ty` with the given args tuple.
pub fn new_exception(th: &Thread, ty: Gc<TypeObj>, args: Value) -> Value {
    crate::layout::alloc(&th.mutator, ty, BaseExc::new(args)).value()
}

pub fn is_exception_type(t: Gc<TypeObj>) -> bool {
    t.flags.get() & tflags::EXCEPTION != 0
}

impl Thread {
    /// A new exception of type `ty` with one string argument.
    pub fn new_exc(&self, ty: Gc<TypeObj>, msg: String) -> Exc {
        let s = self.new_string(msg);
        let _r = self.root(s);
        let args = self.new_tuple(vec![s]);
        Exc(new_exception(self, ty, args))
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
        let args = self.new_tuple(vec![key]);
        Exc(new_exception(self, g().exc.key_error, args))
    }
    /// StopIteration(value).
    pub fn stop_iteration(&self, value: Value) -> Exc {
        let args = if value == g().none || value.is_null() {
            g().empty_tuple
        } else {
            self.new_tuple(vec![value])
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
