//! `sys`: argv, path, modules, stdout/stderr/stdin, recursion limit,
//! version information and exit.
//!
//! The named-tuple records (`version_info`, `float_info`, `int_info`,
//! `flags`, and `time.struct_time`) are *struct sequences*: heap subclasses
//! of `tuple` whose field names are read-only getters indexing the tuple
//! (one native getter per position, `FIELD_GETTERS`), with
//! `__match_args__` naming the fields and a `__repr__` of the form
//! `sys.version_info(major=3, minor=11, ...)`.  See `struct_seq_type`.
use std::io::Write;
use std::sync::Mutex;

use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::objects::str::as_str;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

/// Command-line arguments and the script directory, set by the CLI before init.
pub static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());
pub static PATH0: Mutex<String> = Mutex::new(String::new());

pub fn write_stdout(th: &Thread, s: &str) -> PyResult<()> {
    let sys = g().sys_dict.get_copy();
    if let Some(d) = sys.downcast::<dict::Dict>()
        && let Some(out) = dict::get_str(d, crate::name!(th, "stdout"))
        && Some(out) != dict::get_str(d, crate::name!(th, "__stdout__"))
        && !out.is_kind(crate::layout::Kind::Module)
    {
        let sv = th.new_str(s);
        ops::call_method(th, out, "write", &[sv])?;
        return Ok(());
    }
    raw_stdout(s);
    Ok(())
}

pub fn raw_stdout(s: &str) {
    let mut g = STDOUT.lock().unwrap();
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let _ = w.write_all(s.as_bytes());
}

pub fn flush_stdout(_th: &Thread) -> PyResult<()> {
    if let Some(w) = STDOUT.lock().unwrap().as_mut() {
        let _ = w.flush();
    }
    Ok(())
}

pub fn flush_all() {
    if let Some(w) = STDOUT.lock().unwrap().as_mut() {
        let _ = w.flush();
    }
    let _ = std::io::stderr().flush();
}

pub fn write_stderr(s: &str) {
    write_stderr_bytes(s.as_bytes());
}

fn write_stderr_bytes(b: &[u8]) {
    flush_all();
    let _ = std::io::stderr().write_all(b);
}

fn raw_stdout_bytes(b: &[u8]) {
    let mut g = STDOUT.lock().unwrap();
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let _ = w.write_all(b);
}

/// sys.path as Rust strings.
pub fn path_list(th: &Thread) -> PyResult<Vec<String>> {
    let sys = g().sys_dict.get_copy();
    let Some(d) = sys.downcast::<dict::Dict>() else {
        return Ok(vec![".".into()]);
    };
    match dict::get_str(d, crate::name!(th, "path")) {
        Some(p) => Ok(ops::collect(th, p)?
            .into_iter()
            .filter_map(|x| as_str(x).map(str::to_string))
            .collect()),
        None => Ok(vec![]),
    }
}

fn stream_write(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "write", 2, 2)?;
    let s = ops::str_of(th, args.pos[1])?;
    let is_err = crate::ops::getattr_str(th, args.pos[0], "name")
        .ok()
        .and_then(as_str)
        == Some("<stderr>");
    if is_err {
        write_stderr(&s);
    } else {
        raw_stdout(&s);
    }
    Ok(th.new_int(s.chars().count() as i64))
}

// --- The binary layer of the standard streams (`sys.stdout.buffer`) ---
//
// Writes go through the same buffer as the text stream's, so text and bytes
// written in turn come out in order, as with CPython's BufferedWriter under
// its TextIOWrapper.

fn buffer_write(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "write", 2, 2)?;
    let data = crate::objects::bytes::bytes_data(args.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::objects::type_::type_name(args.pos[1])
        ))
    })?;
    match stream_fd(th, args.pos[0]) {
        0 => return Err(unsupported(th, "write")),
        2 => write_stderr_bytes(&data),
        _ => raw_stdout_bytes(&data),
    }
    Ok(th.new_int(data.len() as i64))
}

/// `io.UnsupportedOperation(name)`, or OSError if `io` is not importable.
fn unsupported(th: &Thread, what: &str) -> crate::runtime::Exc {
    let msg = th.new_str(what);
    let name = th.new_str("io");
    match crate::import::import_module_level(th, name, g().none, Value::small(0), None)
        .and_then(|io| ops::getattr_str(th, io, "UnsupportedOperation"))
        .and_then(|t| ops::call(th, t, &[msg]))
    {
        Ok(e) => crate::runtime::Exc(e),
        Err(e) => e,
    }
}

/// The `size` argument of read/readline: None or negative means all.
fn size_arg(th: &Thread, args: &Args, name: &str) -> PyResult<Option<usize>> {
    args.check(th, name, 1, 2)?;
    match args.pos.get(1) {
        None => Ok(None),
        Some(v) if *v == g().none => Ok(None),
        Some(v) => {
            let n = ops::index_isize(th, *v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn buffer_read(th: &Thread, args: Args) -> PyResult<Value> {
    use std::io::Read;
    let size = size_arg(th, &args, "read")?;
    if stream_fd(th, args.pos[0]) != 0 {
        return Err(unsupported(th, "read"));
    }
    flush_all();
    let mut buf = Vec::new();
    let stdin = std::io::stdin();
    let _ = th.mutator.blocking(|| match size {
        None => stdin.lock().read_to_end(&mut buf),
        Some(n) => stdin.lock().take(n as u64).read_to_end(&mut buf),
    });
    Ok(crate::objects::bytes::new_bytes(th, buf))
}

fn buffer_readline(th: &Thread, args: Args) -> PyResult<Value> {
    use std::io::{BufRead, Read};
    let size = size_arg(th, &args, "readline")?;
    if stream_fd(th, args.pos[0]) != 0 {
        return Err(unsupported(th, "readline"));
    }
    flush_all();
    let mut buf = Vec::new();
    let stdin = std::io::stdin();
    let _ = th.mutator.blocking(|| match size {
        None => stdin.lock().read_until(b'\n', &mut buf),
        Some(n) => stdin.lock().take(n as u64).read_until(b'\n', &mut buf),
    });
    Ok(crate::objects::bytes::new_bytes(th, buf))
}

fn stream_writelines(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "writelines", 2, 2)?;
    let it = ops::get_iter(th, args.pos[1])?;
    let _r = th.root(it);
    while let Some(line) = ops::next(th, it)? {
        ops::call_method(th, args.pos[0], "write", &[line])?;
    }
    Ok(g().none)
}

/// The file descriptor of a standard stream (by its name).
fn stream_fd(th: &Thread, s: Value) -> i64 {
    match crate::ops::getattr_str(th, s, "name").ok().and_then(as_str) {
        Some("<stdin>") => 0,
        Some("<stderr>") => 2,
        _ => 1,
    }
}

fn stream_fileno(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "fileno", 1, 1)?;
    Ok(th.new_int(stream_fd(th, args.pos[0])))
}

fn stream_isatty(th: &Thread, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    args.check(th, "isatty", 1, 1)?;
    let tty = match stream_fd(th, args.pos[0]) {
        0 => std::io::stdin().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => std::io::stdout().is_terminal(),
    };
    Ok(th.bool_val(tty))
}

fn stream_true(th: &Thread, _args: Args) -> PyResult<Value> {
    Ok(th.bool_val(true))
}

fn stream_readable(th: &Thread, args: Args) -> PyResult<Value> {
    Ok(th.bool_val(stream_fd(th, args.pos[0]) == 0))
}

fn stream_writable(th: &Thread, args: Args) -> PyResult<Value> {
    Ok(th.bool_val(stream_fd(th, args.pos[0]) != 0))
}

fn stream_flush(_th: &Thread, _args: Args) -> PyResult<Value> {
    flush_all();
    Ok(g().none)
}

fn stream_readline(th: &Thread, _args: Args) -> PyResult<Value> {
    flush_all();
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    Ok(th.new_string(s))
}

fn stream_read(th: &Thread, _args: Args) -> PyResult<Value> {
    use std::io::Read;
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    Ok(th.new_string(s))
}

fn sys_exit(th: &Thread, args: Args) -> PyResult<Value> {
    args.no_kw(th, "exit")?;
    args.check(th, "exit", 0, 1)?;
    let code = args.pos.first().copied().unwrap_or(g().none);
    let a = th.new_tuple(if code == g().none { vec![] } else { vec![code] });
    Err(crate::runtime::Exc(
        crate::objects::exceptions::new_exception(th, g().exc.system_exit, a),
    ))
}

fn sys_getrecursionlimit(th: &Thread, _args: Args) -> PyResult<Value> {
    Ok(th.new_int(
        g().recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed) as i64,
    ))
}

fn sys_setrecursionlimit(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "setrecursionlimit", 1, 1)?;
    if args.pos[0].is_kind(crate::layout::Kind::Float) {
        return Err(th.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let iv = ops::index(th, args.pos[0])?;
    let n = crate::objects::int::to_i64(iv)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?;
    if n < 1 {
        return Err(th.value_error("recursion limit must be greater or equal than 1".into()));
    }
    // CPython counts this call itself (a METH_O builtin) in the depth.
    let depth = th.depth.get() as i64 + 1;
    if depth >= n {
        return Err(th.new_exc(
            g().exc.recursion_error,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    g().recursion_limit.store(
        n.min(u32::MAX as i64) as u32,
        std::sync::atomic::Ordering::Relaxed,
    );
    Ok(g().none)
}

fn sys_get_int_max_str_digits(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "get_int_max_str_digits", 0, 0)?;
    let lim = crate::objects::int::MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    Ok(th.new_int(lim as i64))
}

fn sys_set_int_max_str_digits(th: &Thread, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kwnames.len();
    let Some(v) = args.get(0, "maxdigits").filter(|_| given == 1) else {
        return Err(th.type_error(if given == 0 {
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)".into()
        } else {
            format!("set_int_max_str_digits() takes at most 1 argument ({given} given)")
        }));
    };
    if v.is_kind(crate::layout::Kind::Float) {
        return Err(th.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let iv = ops::index(th, v)?;
    let n = crate::objects::int::to_i64(iv)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?;
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(th.overflow_error("Python int too large to convert to C int".into()));
    }
    let threshold = crate::objects::int::STR_DIGITS_CHECK_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(th.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    crate::objects::int::MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(g().none)
}

fn sys_exc_info(th: &Thread, _args: Args) -> PyResult<Value> {
    let h = th.handled.get();
    if h.is_null() || h == g().none {
        return Ok(th.new_tuple_from(&[g().none, g().none, g().none]));
    }
    let tb = ops::getattr_str(th, h, "__traceback__")?;
    Ok(th.new_tuple_from(&[crate::objects::type_::type_of(h).value(), h, tb]))
}

/// sys.exception() (3.11): the exception being handled, or None.
fn sys_exception(_th: &Thread, _args: Args) -> PyResult<Value> {
    let h = th_handled(_th);
    Ok(h)
}

fn th_handled(th: &Thread) -> Value {
    let h = th.handled.get();
    if h.is_null() { g().none } else { h }
}

fn sys_getdefaultencoding(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "getdefaultencoding", 0, 0)?;
    Ok(th.new_str("utf-8"))
}

fn sys_getfilesystemencodeerrors(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "getfilesystemencodeerrors", 0, 0)?;
    Ok(th.new_str("surrogateescape"))
}

/// sys.getsizeof(obj[, default]): an estimate in CPython's terms (object
/// header plus the variable part), never the exact layout of Taipan's cells.
fn sys_getsizeof(th: &Thread, args: Args) -> PyResult<Value> {
    use crate::layout::Kind;
    args.check(th, "getsizeof", 1, 2)?;
    let v = args.pos[0];
    let t = crate::objects::type_::type_of(v);
    if let Some(f) = crate::objects::type_::lookup(t, crate::name!(th, "__sizeof__"))
        && t.is_heap()
    {
        let r = ops::call_method_value(th, f, v, Args::new(&[]))?;
        let n = ops::index(th, r)?;
        if crate::objects::int::to_i64(n).is_some_and(|x| x < 0) {
            return Err(th.value_error("__sizeof__() should return >= 0".into()));
        }
        return ops::binary_op(
            th,
            frontend::bytecode::BinOp::Add,
            n,
            Value::small(16),
            false,
        );
    }
    let len = |v: Value| ops::len(th, v).unwrap_or(0) as i64;
    let n: i64 = if v.is_small() {
        28
    } else {
        match v.kind() {
            Kind::Int => {
                let bits = crate::objects::int::to_bigint(v)
                    .map(|b| b.bits())
                    .unwrap_or(0) as i64;
                24 + 4 * ((bits + 29) / 30).max(1)
            }
            Kind::Bool => 28,
            Kind::Float => 24,
            Kind::Complex => 32,
            Kind::Str => {
                let s = as_str(v).unwrap_or("");
                let maxc = s.chars().map(|c| c as u32).max().unwrap_or(0);
                let n = s.chars().count() as i64;
                if maxc < 128 {
                    49 + n
                } else if maxc < 256 {
                    73 + n
                } else if maxc < 65536 {
                    74 + 2 * n
                } else {
                    76 + 4 * n
                }
            }
            Kind::Bytes => 33 + len(v),
            Kind::ByteArray => 57 + len(v),
            Kind::Tuple => 40 + 8 * len(v),
            Kind::List => 56 + 8 * len(v),
            Kind::Dict => 64 + 24 * len(v).max(8) / 8 * 8 + 168,
            Kind::Set | Kind::FrozenSet => 216 + 16 * (len(v).max(4) * 2),
            Kind::None => 16,
            _ => 48,
        }
    };
    Ok(th.new_int(n))
}

fn sys_intern(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "intern", 1, 1)?;
    match as_str(args.pos[0]) {
        Some(s) => Ok(th.intern(s)),
        None => Err(th.type_error("intern() argument must be str".into())),
    }
}

fn sys_getframe(th: &Thread, args: Args) -> PyResult<Value> {
    let mut depth = args
        .pos
        .first()
        .and_then(|v| crate::objects::int::to_i64(*v))
        .unwrap_or(0);
    let mut f = th.frame.get();
    // Python code can now reach these frames: never reuse them.
    let mut x = f;
    while let Some(fr) = x.downcast::<crate::objects::frame::Frame>() {
        fr.escaped.set(true);
        x = fr.back.get();
    }
    while depth > 0 {
        let fr = f.as_gc_unchecked::<crate::objects::frame::Frame>();
        f = fr.back.get();
        if f.is_null() {
            return Err(th.value_error("call stack is not deep enough".into()));
        }
        depth -= 1;
    }
    Ok(f)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ("getsizeof", sys_getsizeof),
    ("intern", sys_intern),
    ("_getframe", sys_getframe),
];

/// `sys.excepthook(type, value, traceback)`, also `sys.__excepthook__`:
/// prints `value` and its traceback to `sys.stderr`, as for an uncaught
/// exception (the interpreter calls whatever `sys.excepthook` holds then;
/// see `report_uncaught`).  Like CPython's, it prints the exception's own
/// traceback, and reports a value that is not an exception on the
/// process's stderr instead of raising.
fn sys_excepthook(th: &Thread, args: Args) -> PyResult<Value> {
    args.no_kw(th, "excepthook")?;
    args.check(th, "excepthook", 3, 3)?;
    let v = args.pos[1];
    if !ops::is_instance_of(v, g().exc.base_exception) {
        let tn = crate::objects::type_::type_of(v).name();
        write_stderr(&format!(
            "TypeError: print_exception(): Exception expected for value, {tn} found\n"
        ));
        return Ok(g().none);
    }
    display_exception(th, v)?;
    Ok(g().none)
}

/// Writes `s` to `sys.stderr` (nothing when it is None; the process's
/// stderr when it is missing or the original stream), then flushes it.
pub fn write_sys_stderr(th: &Thread, s: &str) -> PyResult<()> {
    let sys = g().sys_dict.get_copy();
    if let Some(d) = sys.downcast::<dict::Dict>()
        && let Some(err) = dict::get_str(d, crate::name!(th, "stderr"))
        && Some(err) != dict::get_str(d, crate::name!(th, "__stderr__"))
    {
        if err == g().none {
            return Ok(());
        }
        let sv = th.new_str(s);
        ops::call_method(th, err, "write", &[sv])?;
        ops::call_method(th, err, "flush", &[])?;
        return Ok(());
    }
    write_stderr(s);
    Ok(())
}

/// Writes `s` to `sys.stderr`, or to the process's stderr when
/// `sys.stderr` is None or missing or its `write` fails (CPython's
/// `PySys_WriteStderr`).
pub fn write_sys_stderr_or_raw(th: &Thread, s: &str) {
    let sys = g().sys_dict.get_copy();
    let err = sys
        .downcast::<dict::Dict>()
        .and_then(|d| dict::get_str(d, crate::name!(th, "stderr")));
    if err.is_none_or(|e| e == g().none) || write_sys_stderr(th, s).is_err() {
        write_stderr(s);
    }
}

/// Prints exception `e` with its traceback to `sys.stderr` (CPython's
/// `PyErr_Display`).
pub fn display_exception(th: &Thread, e: Value) -> PyResult<()> {
    let text = crate::traceback::format_exception(th, e);
    write_sys_stderr(th, &text)
}

/// Reports an exception that ended the main module, as CPython's
/// `PyErr_Print`: sets `sys.last_type`, `sys.last_value` and
/// `sys.last_traceback`, then calls `sys.excepthook(type, value,
/// traceback)`.  Without a hook the exception is printed after `sys.excepthook
/// is missing`; when the hook raises, both exceptions are printed.  A
/// SystemExit raised by the hook is returned: the caller exits with it.
pub fn report_uncaught(th: &Thread, e: Value) -> Option<Value> {
    flush_all();
    let t = crate::objects::type_::type_of(e).value();
    let tb = ops::getattr_str(th, e, "__traceback__").unwrap_or(g().none);
    let sys = g().sys_dict.get_copy();
    let hook = match sys.downcast::<dict::Dict>() {
        Some(d) => {
            for (k, v) in [("last_type", t), ("last_value", e), ("last_traceback", tb)] {
                dict::set_item_str(th, d, th.intern(k), v);
            }
            dict::get_str(d, crate::name!(th, "excepthook"))
        }
        None => None,
    };
    let Some(hook) = hook else {
        let _ = write_sys_stderr(th, "sys.excepthook is missing\n");
        let _ = display_exception(th, e);
        return None;
    };
    if let Err(e2) = ops::call(th, hook, &[t, e, tb]) {
        if ops::is_instance_of(e2.0, g().exc.system_exit) {
            return Some(e2.0);
        }
        flush_all();
        let _ = write_sys_stderr(th, "Error in sys.excepthook:\n");
        let _ = display_exception(th, e2.0);
        let _ = write_sys_stderr(th, "\nOriginal exception was:\n");
        let _ = display_exception(th, e);
    }
    None
}

/// A class namespace whose `__module__` is `module`, for the classes
/// `init_module` makes (CPython's streams are `_io` types, the namespace
/// of `sys.implementation` a `types.SimpleNamespace`).
fn module_dict(th: &Thread, module: &str) -> Gc<dict::Dict> {
    let d = dict::new_dict(th);
    let m = th.new_str(module);
    dict::set_item_str(th, d, crate::name!(th, "__module__"), m);
    d
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let d = m.dict;
    g().sys_dict.set(d.value());
    let set = |k: &str, v: Value| dict::set_item_str(th, d, th.intern(k), v);
    for (n, f) in FUNCS {
        set(n, new_native(th, n, "sys", *f, Binding::Function));
    }
    let hook = new_native(th, "excepthook", "sys", sys_excepthook, Binding::Function);
    set("excepthook", hook);
    set("__excepthook__", hook);
    let argv = ARGV.lock().unwrap().clone();
    set("argv", th.new_str_list(argv));
    let mut path = vec![PATH0.lock().unwrap().clone()];
    if let Some(lib) = crate::lib_dir() {
        path.push(lib);
    }
    set("path", th.new_str_list(path));
    set("modules", g().modules.value());
    set("maxsize", th.new_int(i64::MAX));
    set(
        "byteorder",
        th.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("version", th.new_str("3.11.7 (taipan 0.1.0)"));
    set("platform", th.new_str("linux"));
    set(
        "executable",
        th.new_str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    let vi_t = struct_seq_type(
        th,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    )?;
    let fin = th.new_str("final");
    let vi = struct_seq_new(
        th,
        vi_t,
        vec![
            Value::small(3),
            Value::small(11),
            Value::small(7),
            fin,
            Value::small(0),
        ],
    );
    set("version_info", vi);
    let fi_t = struct_seq_type(
        th,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    )?;
    let tv = crate::runtime::TempVec::new(th);
    for (i, x) in [
        f64::MAX,
        f64::MAX_EXP as f64,
        f64::MAX_10_EXP as f64,
        f64::MIN_POSITIVE,
        f64::MIN_EXP as f64,
        f64::MIN_10_EXP as f64,
        f64::DIGITS as f64,
        f64::MANTISSA_DIGITS as f64,
        f64::EPSILON,
        f64::RADIX as f64,
        1.0,
    ]
    .into_iter()
    .enumerate()
    {
        // max, min and epsilon are floats; the rest are ints.
        let v = if matches!(i, 0 | 3 | 8) {
            th.new_float(x)
        } else {
            th.new_int(x as i64)
        };
        tv.push(v);
    }
    set("float_info", struct_seq_new(th, fi_t, tv.to_vec()));
    let ii_t = struct_seq_type(
        th,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    )?;
    set(
        "int_info",
        struct_seq_new(
            th,
            ii_t,
            vec![
                Value::small(30),
                Value::small(4),
                Value::small(4300),
                Value::small(640),
            ],
        ),
    );
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let fl_t = struct_seq_type(th, "sys", "flags", &flag_names)?;
    let mut fl: Vec<Value> = flag_names.iter().map(|_| Value::small(0)).collect();
    fl[11] = Value::small(1); // hash_randomization
    fl[13] = g().false_; // dev_mode
    fl[16] = g().false_; // safe_path
    fl[17] = Value::small(-1); // int_max_str_digits
    set("flags", struct_seq_new(th, fl_t, fl));
    set("maxunicode", th.new_int(0x10ffff));
    set("float_repr_style", th.new_str("short"));
    set("api_version", th.new_int(1013));
    set("dont_write_bytecode", g().true_);
    set("prefix", th.new_str("/usr/local"));
    set("exec_prefix", th.new_str("/usr/local"));
    set(
        "copyright",
        th.new_str("Copyright (c) Taipan authors; Python semantics (c) PSF."),
    );
    set("builtin_module_names", {
        let tv = crate::runtime::TempVec::new(th);
        for n in ["builtins", "sys"] {
            let s = th.new_str(n);
            tv.push(s);
        }
        th.new_tuple(tv.to_vec())
    });
    set("hexversion", th.new_int(0x030b07f0));
    // sys.implementation and the standard streams are simple instances.
    let ns_t = crate::objects::type_::new_heap_type(
        th,
        crate::runtime::types().type_,
        "SimpleNamespace",
        vec![],
        module_dict(th, "types"),
    )?;
    let imp = crate::objects::object::new_instance(th, ns_t)?;
    ops::setattr(th, imp, crate::name!(th, "name"), th.new_str("taipan"))?;
    ops::setattr(th, imp, crate::name!(th, "cache_tag"), g().none)?;
    set("implementation", imp);
    // A plain class with native methods, for the streams' two layers.
    let stream_type =
        |name: &'static str, methods: &[(&'static str, crate::objects::function::NativeFn)]| {
            let t = crate::objects::type_::new_heap_type(
                th,
                crate::runtime::types().type_,
                name,
                vec![],
                module_dict(th, "_io"),
            )?;
            crate::objects::add_methods(th, t, name, methods);
            PyResult::Ok(t)
        };
    let stream_t = stream_type(
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("writelines", stream_writelines),
            ("flush", stream_flush),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("readable", stream_readable),
            ("writable", stream_writable),
            ("seekable", stream_true),
            ("readline", stream_readline),
            ("read", stream_read),
        ],
    )?;
    let buffer_t = stream_type(
        "BufferedStream",
        &[
            ("write", buffer_write),
            ("flush", stream_flush),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("readable", stream_readable),
            ("writable", stream_writable),
            ("seekable", stream_true),
            ("read", buffer_read),
            ("readline", buffer_readline),
        ],
    )?;
    for (n, name) in [
        ("stdout", "<stdout>"),
        ("stderr", "<stderr>"),
        ("stdin", "<stdin>"),
    ] {
        // The text stream and, under it, its binary layer (`.buffer`).
        let set_all = |obj: Value, attrs: &[(&str, Value)]| -> PyResult<()> {
            for (k, v) in attrs {
                ops::setattr(th, obj, th.intern(k), *v)?;
            }
            Ok(())
        };
        let reading = n == "stdin";
        let errors = if n == "stderr" {
            "backslashreplace"
        } else {
            "strict"
        };
        let s = crate::objects::object::new_instance(th, stream_t)?;
        set_all(
            s,
            &[
                ("name", th.new_str(name)),
                ("encoding", th.new_str("utf-8")),
                ("errors", th.new_str(errors)),
                ("mode", th.new_str(if reading { "r" } else { "w" })),
                ("closed", g().false_),
                ("line_buffering", th.bool_val(!reading)),
            ],
        )?;
        let b = crate::objects::object::new_instance(th, buffer_t)?;
        set_all(
            b,
            &[
                ("name", th.new_str(name)),
                ("mode", th.new_str(if reading { "rb" } else { "wb" })),
                ("closed", g().false_),
            ],
        )?;
        ops::setattr(th, s, crate::name!(th, "buffer"), b)?;
        set(n, s);
        set(&format!("__{n}__"), s);
    }
    Ok(())
}

// --- Struct sequences ---

macro_rules! field_getters {
    ($($i:literal),*) => {
        /// One getter per tuple position (a NativeFn carries no data).
        const FIELD_GETTERS: &[NativeFn] = &[$(|th: &Thread, a: Args| field_at(th, a, $i)),*];
    };
}
field_getters!(
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
);

fn field_at(th: &Thread, a: Args, i: usize) -> PyResult<Value> {
    match a
        .pos
        .first()
        .and_then(|v| v.downcast::<crate::objects::tuple::Tuple>())
    {
        Some(t) => Ok(t.items().get(i).copied().unwrap_or(g().none)),
        None => Err(th.type_error("descriptor requires a struct sequence".into())),
    }
}

fn struct_seq_repr(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    let v = a.pos[0];
    let t = crate::objects::type_::type_of(v);
    let fields = crate::objects::type_::lookup(t, crate::name!(th, "__match_args__"))
        .map(|f| ops::collect(th, f))
        .transpose()?
        .unwrap_or_default();
    let _rf = th.root_slice(&fields);
    // The tuple's own items (alive while `v` is): `repr` runs Python code.
    let items = match v.downcast::<crate::objects::tuple::Tuple>() {
        Some(tu) => tu.items().to_vec(),
        None => ops::collect(th, v)?,
    };
    let _ri = th.root_slice(&items);
    let module = crate::objects::type_::lookup(t, crate::name!(th, "__module__"))
        .and_then(as_str)
        .unwrap_or("")
        .to_string();
    let mut out = if module.is_empty() || module == "builtins" {
        t.name().to_string()
    } else {
        format!("{module}.{}", t.name())
    };
    out.push('(');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(f) = fields.get(i).and_then(|f| as_str(*f)) {
            out.push_str(f);
            out.push('=');
        }
        out.push_str(&ops::repr(th, *x)?);
    }
    out.push(')');
    Ok(th.new_string(out))
}

fn struct_seq_reduce(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__reduce__", 1, 1)?;
    let t = crate::objects::type_::type_of(a.pos[0]);
    let items = ops::collect(th, a.pos[0])?;
    let tup = th.new_tuple(items);
    let args = th.new_tuple_from(&[tup]);
    Ok(th.new_tuple_from(&[t.value(), args]))
}

/// A struct-sequence type `module.name`: a tuple subclass whose fields are
/// named getters (at most `FIELD_GETTERS.len()` fields).
pub fn struct_seq_type(
    th: &Thread,
    module: &str,
    name: &str,
    fields: &[&'static str],
) -> PyResult<Gc<crate::objects::type_::TypeObj>> {
    let ns = dict::new_dict(th);
    let t = crate::objects::type_::new_heap_type(
        th,
        crate::runtime::types().type_,
        name,
        vec![crate::runtime::types().tuple],
        ns,
    )?;
    let _r = th.root(t.value());
    crate::objects::type_::set_attr_str(th, t, "__module__", th.new_str(module));
    *t.module.borrow_mut() = module.to_string();
    let names = th.new_str_list(fields.iter().copied());
    let _r2 = th.root(names);
    let names_t = th.new_tuple(ops::collect(th, names)?);
    crate::objects::type_::set_attr_str(th, t, "__match_args__", names_t);
    crate::objects::type_::set_attr_str(th, t, "n_fields", th.new_int(fields.len() as i64));
    crate::objects::type_::set_attr_str(
        th,
        t,
        "n_sequence_fields",
        th.new_int(fields.len() as i64),
    );
    crate::objects::type_::set_attr_str(th, t, "n_unnamed_fields", Value::small(0));
    for (f, get) in fields.iter().zip(FIELD_GETTERS) {
        crate::objects::add_fn(th, t, "structseq", f, *get, Binding::Getter);
    }
    crate::objects::add_methods(
        th,
        t,
        "structseq",
        &[
            ("__repr__", struct_seq_repr),
            ("__reduce__", struct_seq_reduce),
        ],
    );
    Ok(t)
}

/// An instance of a struct-sequence type.
pub fn struct_seq_new(
    th: &Thread,
    t: Gc<crate::objects::type_::TypeObj>,
    items: Vec<Value>,
) -> Value {
    crate::objects::tuple::alloc_tuple(th, t, &items).value()
}
