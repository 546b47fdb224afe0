//! `sys`: argv, path, modules, stdout/stderr/stdin, recursion limit,
//! version information and exit.
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
        && !out.is_kind(crate::layout::Kind::Native)
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
    flush_all();
    let _ = std::io::stderr().write_all(s.as_bytes());
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
    let n = crate::objects::int::to_i64(args.pos[0])
        .ok_or_else(|| th.type_error("an integer is required".into()))?;
    if n < 1 {
        return Err(th.value_error("recursion limit must be greater or equal than 1".into()));
    }
    g().recursion_limit.store(
        n.min(u32::MAX as i64) as u32,
        std::sync::atomic::Ordering::Relaxed,
    );
    Ok(g().none)
}

fn sys_exc_info(th: &Thread, _args: Args) -> PyResult<Value> {
    let h = th.handled.get();
    if h.is_null() || h == g().none {
        return Ok(th.new_tuple(vec![g().none, g().none, g().none]));
    }
    let tb = ops::getattr_str(th, h, "__traceback__")?;
    Ok(th.new_tuple(vec![crate::objects::type_::type_of(h).value(), h, tb]))
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
    ("exc_info", sys_exc_info),
    ("intern", sys_intern),
    ("_getframe", sys_getframe),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let d = m.dict;
    g().sys_dict.set(d.value());
    let set = |k: &str, v: Value| dict::set_item_str(th, d, th.intern(k), v);
    for (n, f) in FUNCS {
        set(n, new_native(th, n, "sys", *f, Binding::Function));
    }
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
    let vi = th.new_tuple(vec![
        Value::small(3),
        Value::small(11),
        Value::small(7),
        th.new_str("final"),
        Value::small(0),
    ]);
    set("version_info", vi);
    set("hexversion", th.new_int(0x030b07f0));
    // sys.implementation and the standard streams are simple instances.
    let ns_t = crate::objects::type_::new_heap_type(
        th,
        crate::runtime::types().type_,
        "SimpleNamespace",
        vec![],
        dict::new_dict(th),
    )?;
    let imp = crate::objects::object::new_instance(th, ns_t)?;
    ops::setattr(th, imp, crate::name!(th, "name"), th.new_str("taipan"))?;
    ops::setattr(th, imp, crate::name!(th, "cache_tag"), g().none)?;
    set("implementation", imp);
    let stream_t = crate::objects::type_::new_heap_type(
        th,
        crate::runtime::types().type_,
        "TextIOWrapper",
        vec![],
        dict::new_dict(th),
    )?;
    crate::objects::add_methods(
        th,
        stream_t,
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
        ],
    );
    for (n, name) in [
        ("stdout", "<stdout>"),
        ("stderr", "<stderr>"),
        ("stdin", "<stdin>"),
    ] {
        let s = crate::objects::object::new_instance(th, stream_t)?;
        ops::setattr(th, s, crate::name!(th, "name"), th.new_str(name))?;
        set(n, s);
        set(&format!("__{n}__"), s);
    }
    Ok(())
}
