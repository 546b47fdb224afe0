//! Native modules, from one table: name → initialiser.  Modules written in
//! Python live in `lib/` and are found on `sys.path` like user modules.
pub mod array;
pub mod binascii;
pub mod collections;
pub mod gc;
pub mod io;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

use crate::objects::dict;
use crate::objects::module::new_module;
use crate::runtime::{Exc, PyResult, Thread, g};
use crate::value::Value;

type ModInit = fn(&Thread, crate::layout::Gc<crate::objects::module::Module>) -> PyResult<()>;

/// The native modules.
const NATIVE: &[(&str, ModInit)] = &[
    ("sys", sys::init_module),
    ("math", math::init_module),
    ("time", time::init_module),
    ("_random", random::init_module),
    ("gc", gc::init_module),
    ("_coroutines", crate::objects::coroutine::init_module),
    ("_re", re::init_module),
    ("_os", os::init_module),
    ("binascii", binascii::init_module),
    ("_io", io::init_module),
    ("_struct", struct_::init_module),
    ("array", array::init_module),
    ("_weakref", weakref::init_module),
    ("_thread", thread::init_module),
    ("_collections", collections::init_module),
];

pub fn init(th: &Thread) {
    // sys is created eagerly: print() and import need it.
    let m = load_native(th, "sys").ok().flatten().expect("sys module");
    let _ = m;
    // The `builtins` module's namespace is the builtins dict itself, so
    // `builtins.x = v` is seen by every name lookup.
    let b = crate::objects::module::module_over(th, g().builtins);
    let k = th.new_str("builtins");
    let _ = dict::set_item(th, g().modules, k, b.value());
}

/// Runs `atexit._run_exitfuncs()` if the program imported `atexit` (called
/// by the CLI once the main program has ended, before the final flush).
pub fn run_atexit(th: &Thread) {
    let k = th.new_str("atexit");
    let Ok(Some(m)) = dict::get_item(th, g().modules, k) else {
        return;
    };
    if let Ok(f) = crate::ops::getattr_str(th, m, "_run_exitfuncs") {
        let _ = crate::ops::call(th, f, &[]);
    }
}

/// Waits for the program's non-daemon threads, as CPython's finalization
/// does: calls `threading._shutdown()` if the program imported threading
/// (called by the CLI once the main program has ended, before atexit).
pub fn shutdown_threads(th: &Thread) {
    let k = th.new_str("threading");
    let Ok(Some(m)) = dict::get_item(th, g().modules, k) else {
        return;
    };
    if let Ok(f) = crate::ops::getattr_str(th, m, "_shutdown")
        && let Err(e) = crate::ops::call(th, f, &[])
    {
        let text = crate::traceback::format_exception(th, e.0);
        sys::flush_all();
        sys::write_stderr(&format!(
            "Exception ignored in: {}\n{text}",
            "<module 'threading'>"
        ));
    }
}

/// Creates a native module on first import.
pub fn load_native(th: &Thread, name: &str) -> PyResult<Option<Value>> {
    for (n, init) in NATIVE {
        if *n == name {
            let m = new_module(th, name);
            let _r = th.root(m.value());
            init(th, m)?;
            let k = th.new_str(name);
            dict::set_item(th, g().modules, k, m.value())?;
            return Ok(Some(m.value()));
        }
    }
    Ok(None)
}

/// A SyntaxError instance from a compile error.
pub fn syntax_error(th: &Thread, e: &frontend::CompileError) -> Exc {
    let ty = match e.kind {
        frontend::ErrorKind::SyntaxError => g().exc.syntax_error,
        frontend::ErrorKind::IndentationError => g().exc.indentation_error,
        frontend::ErrorKind::TabError => g().exc.tab_error,
        frontend::ErrorKind::RecursionError => {
            return th.new_exc(g().exc.recursion_error, e.msg.clone());
        }
        frontend::ErrorKind::MemoryError => {
            return th.new_exc(g().exc.memory_error, e.msg.clone());
        }
    };
    let exc = th.new_exc(ty, e.msg.clone());
    let set = |n: &str, v: Value| crate::ops::set_exc_attr(th, exc.0, n, v);
    set("msg", th.new_str(&e.msg));
    set("filename", th.new_str(&e.filename));
    set("lineno", th.new_int(e.line as i64));
    set("offset", th.new_int(e.col as i64));
    set("end_lineno", th.new_int(e.end_line as i64));
    set("end_offset", th.new_int(e.end_col as i64));
    set(
        "text",
        e.text.as_deref().map(|t| th.new_str(t)).unwrap_or(g().none),
    );
    set("print_file_and_line", g().none);
    exc
}
