//! The `taipan` command: run a script, `-c CODE`, `-m MODULE`, `-` (stdin),
//! or start the REPL; `--dis` disassembles a file; `--compile-only` checks
//! that a file compiles (parse, scopes, bytecode) without running it.
use std::io::{IsTerminal, Read};

use interp::objects::dict;

/// mimalloc: the VM allocates many small native buffers (list and dict
/// storage, strings); it is markedly faster than glibc's malloc for that.
/// `CountingAlloc` counts the bytes in use for `-X heap-max`
/// (gc/src/budget.rs).
#[global_allocator]
static GLOBAL: gc::budget::CountingAlloc<mimalloc::MiMalloc> =
    gc::budget::CountingAlloc(mimalloc::MiMalloc);
use interp::runtime::{self, g};
use interp::{Thread, Value};

const HELP: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd     program passed in as string
  -m mod     run library module as a script
  -          program read from stdin
  --dis FILE print the bytecode of FILE and exit
  --compile-only FILE
             compile FILE without running it: exit 0, or print the
             SyntaxError and exit 1
  --version  print the version and exit
  -h, --help print this help and exit
  -X opt     set a VM option:
               -X gc-stress=N   collect at every N-th slow-path allocation
               -X gc-stats      print heap statistics at exit
               -X heap-max=SIZE cap the memory of objects (heap and the
                                native memory they own) at SIZE bytes
                                (suffix k, M or G); beyond it allocations
                                raise MemoryError
Environment:
  TAIPAN_JIT=0             interpret only (no compiled tier)
  TAIPAN_JIT_THRESHOLD=N   compile a function at its N-th call (default 1000)
  TAIPAN_JIT_LOG=1         report compiled and declined functions on stderr
";

/// Native stack for the interpreter thread (virtual; pages are touched on use).
const STACK_SIZE: usize = 1 << 30;

enum Mode {
    File(String),
    Code(String),
    Module(String),
    Stdin,
    Repl,
}

/// Installs the compiled tier unless `TAIPAN_JIT=0`; `TAIPAN_JIT_THRESHOLD=N`
/// compiles a function at its N-th call (default `eval::HOT_CALLS`).
fn install_jit() {
    if std::env::var_os("TAIPAN_JIT").is_some_and(|v| v == "0") {
        return;
    }
    let threshold = std::env::var("TAIPAN_JIT_THRESHOLD")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(interp::eval::HOT_CALLS);
    if let Err(e) = jit::install(threshold) {
        eprintln!("taipan: the compiled tier is unavailable: {e}");
    }
}

fn main() {
    install_jit();
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut mode = None;
    let mut gc_stats = false;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--version" | "-V" => {
                println!("Taipan 0.1.0 (Python 3.11)");
                return;
            }
            "-h" | "--help" => {
                print!("{HELP}");
                return;
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("taipan: --dis needs a file");
                    std::process::exit(2);
                };
                std::process::exit(on_big_stack(dis, f));
            }
            "--compile-only" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("taipan: --compile-only needs a file");
                    std::process::exit(2);
                };
                std::process::exit(on_big_stack(compile_only, f));
            }
            s if s.starts_with("-X") => {
                // `-X opt` or `-Xopt`, as CPython.
                let (opt, used) = if s == "-X" {
                    (args.get(i + 1).cloned().unwrap_or_default(), 2)
                } else {
                    (s[2..].to_string(), 1)
                };
                if let Some(n) = opt.strip_prefix("gc-stress=") {
                    // SAFETY-free: set before any thread starts.
                    unsafe_env_set("TAIPAN_GC_STRESS", n);
                } else if opt == "gc-stats" {
                    gc_stats = true;
                } else if let Some(size) = opt.strip_prefix("heap-max=") {
                    match gc::budget::parse_size(size) {
                        Ok(n) => gc::budget::set_limit(Some(n)),
                        Err(e) => {
                            eprintln!("taipan: invalid -X heap-max: {e}");
                            std::process::exit(2);
                        }
                    }
                } else if opt == "heap-max" {
                    eprintln!("taipan: -X heap-max needs a size: -X heap-max=SIZE (e.g. 64M)");
                    std::process::exit(2);
                } else {
                    eprintln!("taipan: unknown -X option: {opt}");
                    std::process::exit(2);
                }
                i += used;
                continue;
            }
            "-c" => {
                let Some(c) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    std::process::exit(2);
                };
                mode = Some((Mode::Code(c.clone()), i + 1));
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    std::process::exit(2);
                };
                mode = Some((Mode::Module(m.clone()), i + 1));
                break;
            }
            "-" => {
                mode = Some((Mode::Stdin, i));
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{HELP}");
                std::process::exit(2);
            }
            _ => {
                mode = Some((Mode::File(a.to_string()), i));
                break;
            }
        }
    }
    let (mode, argv_start) = mode.unwrap_or((Mode::Repl, args.len()));
    let mut argv: Vec<String> = args[argv_start.min(args.len())..].to_vec();
    if matches!(mode, Mode::Code(_)) {
        argv[0] = "-c".into();
    }
    if argv.is_empty() {
        argv.push(String::new());
    }
    // As CPython (3.9+): the script's __file__ and code filename are made
    // absolute by joining the working directory, without normalising;
    // sys.path[0] is the real directory of the script.
    let mode = match mode {
        Mode::File(f) if !std::path::Path::new(&f).is_absolute() => match std::env::current_dir() {
            Ok(d) => Mode::File(format!("{}/{f}", d.display())),
            Err(_) => Mode::File(f),
        },
        m => m,
    };
    let path0 = match &mode {
        Mode::File(f) => std::fs::canonicalize(f)
            .ok()
            .and_then(|p| p.parent().map(|d| d.display().to_string()))
            .or_else(|| {
                std::path::Path::new(f)
                    .parent()
                    .map(|p| p.display().to_string())
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| ".".into()),
        _ => String::new(),
    };
    *interp::modules::sys::ARGV.lock().unwrap() = argv;
    *interp::modules::sys::PATH0.lock().unwrap() = path0;
    // SIGINT sets the interpreter's interrupt flag; the running thread raises
    // KeyboardInterrupt at its next loop back-edge or call.
    let _ = ctrlc::set_handler(interp::runtime::interrupt_main);
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(mode, gc_stats))
        .expect("spawn interpreter thread");
    let code = child.join().unwrap_or(1);
    if UNHANDLED_KEYBOARD_INTERRUPT.load(std::sync::atomic::Ordering::SeqCst) {
        // As CPython (`exit_sigint` in Modules/main.c): a program ended by
        // an uncaught KeyboardInterrupt dies of SIGINT, so that its parent
        // (a shell running a loop, `make`) sees the interrupt and stops too.
        // The SIGINT handler goes back to the default and the signal is
        // raised; 130 (128 + SIGINT) if that fails.
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
        std::process::exit(130);
    }
    std::process::exit(code);
}

/// Set when the main module ended with an uncaught exception whose type is
/// exactly KeyboardInterrupt (not a subclass: CPython compares the type
/// itself): the process then exits by SIGINT once the interpreter has shut
/// down (atexit functions run and the streams flushed).
static UNHANDLED_KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Runs a frontend-only command on a thread with the interpreter's stack
/// size: the parser and the compiler recurse as deep as the source nests.
fn on_big_stack(f: fn(&str) -> i32, file: &str) -> i32 {
    let file = file.to_string();
    std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || f(&file))
        .expect("spawn frontend thread")
        .join()
        .unwrap_or(101)
}

fn unsafe_env_set(k: &str, v: &str) {
    // SAFETY: called from main before any other thread exists.
    unsafe { std::env::set_var(k, v) };
}

/// `--compile-only FILE`: 0 if the file compiles, else the SyntaxError as
/// CPython prints it and 1 (2 if the file cannot be read).
fn compile_only(file: &str) -> i32 {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("taipan: can't open file '{file}': {e}");
            return 2;
        }
    };
    match frontend::compile_file(&bytes, file) {
        Ok(_) => 0,
        Err(e) => {
            eprint!("{}", e.render());
            1
        }
    }
}

fn dis(file: &str) -> i32 {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("taipan: can't open file '{file}': {e}");
            return 2;
        }
    };
    match frontend::compile_file(&bytes, file) {
        Ok(c) => {
            print!("{}", c.disassemble());
            0
        }
        Err(e) => {
            eprint!("{}", e.render());
            1
        }
    }
}

fn run(mode: Mode, gc_stats: bool) -> i32 {
    let base = 0u8;
    let th = runtime::init(&base as *const u8 as usize, STACK_SIZE);
    let main = interp::objects::module::new_module(th, "__main__");
    let md = main.dict;
    // As in CPython, `__main__.__builtins__` is the builtins module (other
    // modules get its dict); name lookups use the builtins dict either way.
    let builtins_name = th.new_str("builtins");
    let builtins = dict::get_item(th, g().modules, builtins_name)
        .ok()
        .flatten()
        .unwrap_or(g().builtins.value());
    dict::set_item_str(th, md, th.intern_static("__builtins__"), builtins);
    let k = th.new_str("__main__");
    let _ = dict::set_item(th, g().modules, k, main.value());
    let result = match mode {
        Mode::File(f) => match std::fs::read(&f) {
            Ok(bytes) => {
                dict::set_item_str(th, md, th.intern_static("__file__"), th.new_str(&f));
                // A script run as __main__ has no cached bytecode and no spec.
                for k in ["__cached__", "__package__", "__spec__"] {
                    dict::set_item_str(th, md, th.intern(k), g().none);
                }
                match frontend::decode_script(&bytes, &f) {
                    Ok(src) => interp::import::run_module_source(th, &src, &f, md),
                    Err(e) => Err(interp::modules::syntax_error(th, &e)),
                }
            }
            Err(e) => {
                eprintln!(
                    "taipan: can't open file '{}': [Errno {}] {}",
                    f,
                    e.raw_os_error().unwrap_or(2),
                    io_msg(&e)
                );
                return 2;
            }
        },
        Mode::Code(c) => interp::import::run_module_source(th, &c, "<string>", md),
        Mode::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            interp::import::run_module_source(th, &s, "<stdin>", md)
        }
        Mode::Module(m) => {
            let _ = dict::pop_item(th, g().modules, k);
            run_module(th, &m, md)
        }
        Mode::Repl => {
            repl(th, md);
            Ok(g().none)
        }
    };
    let code = match result {
        Ok(_) => 0,
        Err(e) => {
            if interp::objects::type_::type_of(e.0) == g().exc.keyboard_interrupt {
                UNHANDLED_KEYBOARD_INTERRUPT.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            handle_uncaught(th, e.0)
        }
    };
    interp::modules::shutdown_threads(th);
    interp::modules::run_atexit(th);
    interp::modules::weakref::finalize_at_exit(th);
    interp::modules::sys::flush_all();
    if gc_stats {
        let s = th.mutator.heap().stats();
        let ms = |ns: u64| ns as f64 / 1e6;
        eprintln!(
            "gc-stats: collections={} pause_total_ms={:.3} pause_median_ms={:.3} pause_max_ms={:.3} \
             minor={} minor_total_ms={:.3} minor_median_ms={:.3} minor_p99_ms={:.3} minor_max_ms={:.3} \
             major={} major_total_ms={:.3} major_median_ms={:.3} major_p99_ms={:.3} major_max_ms={:.3} \
             promoted_bytes={} \
             allocated_bytes={} live_bytes={} freed_objects={} peak_heap_bytes={} blocks={} \
             large_bytes={} peak_rss_kb={} heap_in_use_bytes={} budget_used_bytes={} \
             runs={} blocks_taken={} stop_total_ms={:.3} stop_max_ms={:.3} \
             parallel_drains={} helpers_joined={} steals={} parallel_sweeps={} owner_sweeps={}",
            s.collections,
            ms(s.total_pause_ns),
            ms(s.median_pause_ns),
            ms(s.max_pause_ns),
            s.minor.count,
            ms(s.minor.total_ns),
            ms(s.minor.median_ns),
            ms(s.minor.p99_ns),
            ms(s.minor.max_ns),
            s.major.count,
            ms(s.major.total_ns),
            ms(s.major.median_ns),
            ms(s.major.p99_ns),
            ms(s.major.max_ns),
            s.promoted_bytes,
            s.allocated_bytes,
            s.live_bytes,
            s.freed_objects,
            s.peak_heap_bytes,
            s.blocks,
            s.large_bytes,
            peak_rss_kb(),
            th.mutator.heap().in_use(),
            gc::budget::used(),
            s.runs,
            s.blocks_taken,
            ms(s.stop_total_ns),
            ms(s.stop_max_ns),
            s.parallel_drains,
            s.helpers_joined,
            s.steals,
            s.parallel_sweeps,
            s.owner_sweeps
        );
    }
    code
}

/// Peak resident set size of this process (Linux: VmHWM), 0 if unknown.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn io_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn run_module(
    th: &Thread,
    name: &str,
    md: interp::layout::Gc<dict::Dict>,
) -> interp::PyResult<Value> {
    let paths = interp::modules::sys::path_list(th)?;
    let rel = name.replace('.', "/");
    for p in paths {
        let p = if p.is_empty() { ".".to_string() } else { p };
        for cand in [format!("{p}/{rel}.py"), format!("{p}/{rel}/__main__.py")] {
            if let Ok(src) = std::fs::read_to_string(&cand) {
                dict::set_item_str(th, md, th.intern_static("__file__"), th.new_str(&cand));
                let k = th.new_str("__main__");
                let _ = dict::set_item(th, g().modules, k, Value::NULL);
                return interp::import::run_module_source(th, &src, &cand, md);
            }
        }
    }
    interp::modules::sys::write_stderr(&format!("taipan: No module named {name}\n"));
    std::process::exit(1);
}

/// Prints an uncaught exception (or handles SystemExit); returns the exit status.
fn handle_uncaught(th: &Thread, e: Value) -> i32 {
    interp::modules::sys::flush_all();
    if interp::ops::is_instance_of(e, g().exc.system_exit) {
        let code = interp::eval::stop_value(e);
        if code == g().none {
            return 0;
        }
        if let Some(i) = interp::objects::int::to_i64(code) {
            return i as i32;
        }
        // As CPython's handle_system_exit: to sys.stderr, or to the
        // process's stderr when sys.stderr is None or missing.
        let s = interp::ops::str_of(th, code).unwrap_or_default();
        interp::modules::sys::write_sys_stderr_or_raw(th, &format!("{s}\n"));
        return 1;
    }
    match interp::modules::sys::report_uncaught(th, e) {
        // The hook raised SystemExit: exit as it says (not by SIGINT: as
        // in CPython, the exit comes first).
        Some(exit) => {
            UNHANDLED_KEYBOARD_INTERRUPT.store(false, std::sync::atomic::Ordering::SeqCst);
            handle_uncaught(th, exit)
        }
        None => 1,
    }
}

fn repl(th: &Thread, md: interp::layout::Gc<dict::Dict>) {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        println!("Taipan 0.1.0 (Python 3.11) — type exit() or Ctrl-D to quit");
    }
    let mut rl = rustyline::DefaultEditor::new().ok();
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match rl.as_mut() {
            Some(r) if interactive => match r.readline(prompt) {
                Ok(l) => {
                    let _ = r.add_history_entry(l.as_str());
                    l
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    println!("KeyboardInterrupt");
                    buf.clear();
                    continue;
                }
                Err(_) => break,
            },
            _ => {
                let mut l = String::new();
                match std::io::stdin().read_line(&mut l) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => l.trim_end_matches('\n').to_string(),
                }
            }
        };
        buf.push_str(&line);
        buf.push('\n');
        let complete =
            line.trim().is_empty() || (buf.lines().count() == 1 && !line.trim_end().ends_with(':'));
        if !complete {
            continue;
        }
        let src = std::mem::take(&mut buf);
        if src.trim().is_empty() {
            continue;
        }
        match frontend::compile(&src, "<stdin>", frontend::Mode::Single) {
            Ok(code) => {
                let c = interp::objects::code::new_code(th, code);
                if let Err(e) = interp::eval::run_code(th, c, md, md.value()) {
                    // SystemExit, or one raised by sys.excepthook while it
                    // reported the error, ends the session.
                    let exit = if interp::ops::is_instance_of(e.0, g().exc.system_exit) {
                        Some(e.0)
                    } else {
                        interp::modules::sys::report_uncaught(th, e.0)
                    };
                    if let Some(exit) = exit {
                        let code = handle_uncaught(th, exit);
                        interp::modules::shutdown_threads(th);
                        interp::modules::run_atexit(th);
                        interp::modules::weakref::finalize_at_exit(th);
                        interp::modules::sys::flush_all();
                        std::process::exit(code);
                    }
                }
            }
            Err(e) => {
                interp::modules::sys::flush_all();
                eprint!("{}", e.render());
            }
        }
        interp::modules::sys::flush_all();
    }
}
