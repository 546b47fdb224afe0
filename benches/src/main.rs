//! Taipan's benchmark runner (issue 3).
//!
//! ```text
//! cargo run --release -p benches -- [NAMES...] [--impl taipan,cpython,pypy] [--runs N] ...
//! ```
//!
//! Runs every program of `benches/programs/` (or the NAMES given) under
//! each implementation, one warm-up run and N timed runs each, thread
//! programs once per thread count (with the warm-up before the first thread
//! count only); checks every run's stdout against
//! CPython's for the same size and thread count; prints progress and a
//! table; writes `benches/results/latest.{md,json}` and the plots
//! (`speed`, `threads`, as SVG and PNG).  `--help` lists the options.
//!
//! Implementations:
//! - `taipan`: `target/release/taipan` of this workspace, built first with
//!   `cargo build --release --bin taipan` (unless `--no-build`/`--taipan`).
//! - `taipan-nojit`: Taipan with its compiled tier off.  There is no JIT
//!   yet, so it is reported as unavailable.
//! - `cpython`: Debian's optimized `/usr/bin/python3.11` (the `python3` on
//!   PATH is a slower pyenv build); falls back to `python3.11` on PATH.
//!   CPython is the reference: when it is not among the implementations
//!   timed, it still runs once per program for the expected output.
//! - `pypy`: `pypy3` on PATH (`apt-get install pypy3`), reported as
//!   unavailable when absent.
//!
//! Once an implementation fails on a program (error, timeout, wrong
//! output) its further runs of that program are skipped; the failure and
//! the last line of its error stay in the report.  A thread program that
//! timed out at one thread count is not run again at the others.
//!
//! Timing: wall clock around each run (`exec.rs`), plus the user + system
//! CPU time of the child.  The warm-up runs at the `--quick` size unless
//! `--full-warmup`: it loads the binary, the program and its modules into
//! the page cache, which is what a separate-process warm-up can do (no
//! implementation keeps JIT code or heap between processes), at a fraction
//! of the time.  Taipan's first timed run of each program adds
//! `-X gc-stats`, and its heap statistics go into the report.

mod exec;
mod machine;
mod plot;
mod programs;
mod report;
mod stats;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use exec::Exit;
use programs::Program;
use report::{CPYTHON, Cell, Config, ImplInfo, Report, Status};

const USAGE: &str = "\
usage: cargo run --release -p benches -- [NAMES...] [options]

NAMES are program names from benches/programs (without .py); default: all.

options:
  --impl LIST        comma-separated: taipan, taipan-nojit, cpython, pypy
                     (default: taipan,cpython,pypy)
  --runs N           timed runs per program and implementation (default 2; --quick: 1)
  --warmup N         untimed warm-up runs per program and implementation
                     (thread programs: before the first thread count; default 1; --quick: 0)
  --full-warmup      warm up at the measured size (default: at the --quick size)
  --threads LIST     thread counts for the thread programs (default 1,2,4,8)
  --quick            tiny sizes (smoke test); writes quick.md/quick.json instead of latest.*
  --size NAME=N      size (argv[1]) for one program; may be repeated
  --scale F          multiply every default size by F (e.g. 0.5)
  --timeout SECS     per-run timeout (default 120)
  --out DIR          where the report goes (default benches/results)
  --taipan PATH      taipan binary (default: target/release/taipan, built first)
  --cpython PATH     CPython binary (default /usr/bin/python3.11)
  --pypy PATH        PyPy binary (default pypy3 on PATH)
  --no-build         do not run `cargo build --release --bin taipan` first
  --no-plots         skip the SVG/PNG plots
  --font FILE        TrueType font for the plots (default DejaVu Sans)
  -h, --help         this text
";

const ALL_IMPLS: [&str; 4] = ["taipan", "taipan-nojit", "cpython", "pypy"];

#[derive(Debug, Clone, PartialEq)]
struct Options {
    names: Vec<String>,
    impls: Vec<String>,
    runs: u32,
    warmup: u32,
    full_warmup: bool,
    threads: Vec<u32>,
    quick: bool,
    sizes: Vec<(String, u64)>,
    scale: Option<f64>,
    timeout_s: u64,
    out: Option<PathBuf>,
    taipan: Option<PathBuf>,
    cpython: Option<PathBuf>,
    pypy: Option<PathBuf>,
    build: bool,
    plots: bool,
    font: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        names: vec![],
        impls: vec!["taipan".into(), "cpython".into(), "pypy".into()],
        runs: 0,
        warmup: u32::MAX,
        full_warmup: false,
        threads: vec![1, 2, 4, 8],
        quick: false,
        sizes: vec![],
        scale: None,
        timeout_s: 120,
        out: None,
        taipan: None,
        cpython: None,
        pypy: None,
        build: true,
        plots: true,
        font: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        // Accept both `--opt value` and `--opt=value`.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = || -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} needs a value")),
            }
        };
        let num = |v: String| -> Result<u64, String> {
            v.parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {v}"))
        };
        match flag {
            "-h" | "--help" => return Err(String::new()),
            "--impl" => {
                o.impls = value()?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                for i in &o.impls {
                    if !ALL_IMPLS.contains(&i.as_str()) {
                        return Err(format!(
                            "unknown implementation {i:?} (known: {})",
                            ALL_IMPLS.join(", ")
                        ));
                    }
                }
            }
            "--runs" => o.runs = num(value()?)?.max(1) as u32,
            "--warmup" => o.warmup = num(value()?)? as u32,
            "--full-warmup" => o.full_warmup = true,
            "--threads" => {
                o.threads = value()?
                    .split(',')
                    .map(|t| t.parse::<u32>().ok().filter(|t| *t > 0))
                    .collect::<Option<Vec<_>>>()
                    .ok_or("--threads: expected a list of positive numbers like 1,2,4,8")?;
            }
            "--quick" => o.quick = true,
            "--size" => {
                let v = value()?;
                let (name, n) = v.split_once('=').ok_or("--size: expected NAME=N")?;
                o.sizes.push((
                    name.trim_end_matches(".py").to_string(),
                    num(n.to_string())?,
                ));
            }
            "--scale" => {
                let v = value()?;
                o.scale = Some(
                    v.parse::<f64>()
                        .ok()
                        .filter(|f| *f > 0.0)
                        .ok_or("--scale: expected a positive number")?,
                );
            }
            "--timeout" => o.timeout_s = num(value()?)?.max(1),
            "--out" => o.out = Some(value()?.into()),
            "--taipan" => o.taipan = Some(value()?.into()),
            "--cpython" => o.cpython = Some(value()?.into()),
            "--pypy" => o.pypy = Some(value()?.into()),
            "--font" => o.font = Some(value()?.into()),
            "--no-build" => o.build = false,
            "--no-plots" => o.plots = false,
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            name => o.names.push(name.trim_end_matches(".py").to_string()),
        }
    }
    if o.runs == 0 {
        o.runs = if o.quick { 1 } else { 2 };
    }
    if o.warmup == u32::MAX {
        o.warmup = if o.quick { 0 } else { 1 };
    }
    Ok(o)
}

/// The size a program runs with under these options.
fn size_for(o: &Options, p: &Program) -> u64 {
    if let Some((_, n)) = o.sizes.iter().find(|(name, _)| *name == p.name) {
        return *n;
    }
    if o.quick {
        return programs::quick_size(&p.name).unwrap_or(p.default_size);
    }
    match o.scale {
        Some(f) => ((p.default_size as f64 * f).round() as u64).max(1),
        None => p.default_size,
    }
}

/// The size of a job's warm-up run: the `--quick` size, which starts the
/// binary and loads the program and the modules it imports (the caches a
/// warm-up is for) in a fraction of a second, unless `--full-warmup` asks
/// for the measured size.
fn warmup_size(o: &Options, job: &Job) -> u64 {
    match o.full_warmup {
        true => job.size,
        false => programs::quick_size(&job.program.name)
            .unwrap_or(job.size)
            .min(job.size),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is inside the workspace")
        .to_path_buf()
}

/// `name` looked up on PATH.
fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// One implementation that can be run.
struct Impl {
    info: ImplInfo,
    binary: PathBuf,
}

fn resolve_impl(name: &str, o: &Options) -> Result<Impl, ImplInfo> {
    let unavailable = |why: &str| ImplInfo {
        name: name.into(),
        binary: None,
        version: None,
        unavailable: Some(why.into()),
    };
    let binary = match name {
        "taipan" => o
            .taipan
            .clone()
            .unwrap_or_else(|| workspace_root().join("target/release/taipan")),
        "taipan-nojit" => return Err(unavailable("Taipan has no compiled tier (JIT) yet")),
        "cpython" => match &o.cpython {
            Some(p) => p.clone(),
            None => {
                let debian = PathBuf::from("/usr/bin/python3.11");
                if debian.is_file() {
                    debian
                } else {
                    which("python3.11").ok_or_else(|| {
                        unavailable("neither /usr/bin/python3.11 nor python3.11 on PATH")
                    })?
                }
            }
        },
        "pypy" => match &o.pypy {
            Some(p) => p.clone(),
            None => which("pypy3")
                .ok_or_else(|| unavailable("pypy3 not found (apt-get install pypy3)"))?,
        },
        _ => return Err(unavailable("unknown implementation")),
    };
    if !binary.is_file() {
        return Err(ImplInfo {
            binary: Some(binary.display().to_string()),
            ..unavailable("binary not found")
        });
    }
    let mut version = exec::version_line(&binary, &["--version"]);
    if name == "taipan"
        && let Some(rev) = git_revision()
    {
        version = Some(format!(
            "{} (git {rev})",
            version.unwrap_or_else(|| "taipan".into())
        ));
    }
    Ok(Impl {
        info: ImplInfo {
            name: name.into(),
            binary: Some(binary.display().to_string()),
            version,
            unavailable: None,
        },
        binary,
    })
}

fn git_revision() -> Option<String> {
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(workspace_root())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let rev = run(&["rev-parse", "--short", "HEAD"])?;
    let dirty =
        run(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    Some(if dirty {
        format!("{rev}, with uncommitted changes")
    } else {
        rev
    })
}

fn build_taipan() -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building taipan: cargo build --release --bin taipan");
    let status = std::process::Command::new(cargo)
        .args(["build", "--release", "--bin", "taipan"])
        .current_dir(workspace_root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("cargo build --release --bin taipan failed".into())
    }
}

/// Why one run failed, or `None` if it exited 0 with the expected stdout.
fn check_run(out: &exec::RunOutput, expected: Option<&str>, timeout_s: u64) -> Option<String> {
    let err = || stats::error_line(&out.stderr).unwrap_or_else(|| "(no stderr)".into());
    match &out.exit {
        Exit::Code(0) => {}
        Exit::Code(c) => return Some(format!("exit status {c}: {}", err())),
        Exit::Signal(s) => {
            return Some(format!(
                "killed by signal {}: {}",
                s.map(|s| s.to_string()).unwrap_or("?".into()),
                err()
            ));
        }
        Exit::TimedOut => return Some(format!("timed out after {timeout_s} s")),
    }
    expected.and_then(|e| stats::compare_output(e, &out.stdout))
}

struct Job<'a> {
    program: &'a Program,
    threads: Option<u32>,
    size: u64,
}

impl Job<'_> {
    fn args(&self, gc_stats: bool) -> Vec<String> {
        self.args_sized(self.size, gc_stats)
    }

    /// The command line with another size (the warm-up's).
    fn args_sized(&self, size: u64, gc_stats: bool) -> Vec<String> {
        let mut a = Vec::new();
        if gc_stats {
            a.extend(["-X".to_string(), "gc-stats".to_string()]);
        }
        a.push(format!("{}.py", self.program.name));
        a.push(size.to_string());
        if let Some(t) = self.threads {
            a.push(t.to_string());
        }
        a
    }
}

/// Runs one implementation on one job: warm-up + timed runs, stopping at
/// the first failure.  Returns the cell and the first successful stdout.
fn run_cell(
    job: &Job,
    imp: &Impl,
    o: &Options,
    expected: Option<&str>,
    warmup: u32,
    dir: &Path,
    scratch: &Path,
) -> (Cell, Option<String>) {
    let mut cell = Cell {
        program: job.program.name.clone(),
        threads: job.threads,
        size: job.size,
        imp: imp.info.name.clone(),
        status: Status::Ok,
        wall_s: vec![],
        cpu_s: vec![],
        verified: expected.is_some() || imp.info.name == CPYTHON,
        gc_stats: None,
    };
    let mut first_stdout: Option<String> = None;
    let total = warmup + o.runs;
    for i in 0..total {
        let warming = i < warmup;
        // Taipan's first timed run of a cell also reports its heap
        // statistics (`-X gc-stats` only prints them at exit).
        let gc_stats = imp.info.name.starts_with("taipan") && i == warmup;
        let timeout = Duration::from_secs(o.timeout_s);
        let args = match warming {
            true => job.args_sized(warmup_size(o, job), false),
            false => job.args(gc_stats),
        };
        let out = match exec::run(&imp.binary, &args, dir, timeout, scratch) {
            Ok(out) => out,
            Err(e) => {
                cell.status = Status::Failed(e);
                break;
            }
        };
        if warming && warmup_size(o, job) != job.size {
            // A smaller size prints other results: only its exit counts.
            if let Some(why) = check_run(&out, None, o.timeout_s) {
                eprint!("x");
                cell.status =
                    Status::Failed(format!("warm-up (size {}): {why}", warmup_size(o, job)));
                break;
            }
            eprint!("-");
            continue;
        }
        let reference = expected.or(first_stdout.as_deref());
        if let Some(why) = check_run(&out, reference, o.timeout_s) {
            eprint!("x");
            cell.status = Status::Failed(why);
            break;
        }
        eprint!(".");
        if gc_stats {
            cell.gc_stats = stats::parse_gc_stats(&out.stderr);
        }
        if first_stdout.is_none() {
            first_stdout = Some(out.stdout.clone());
        }
        if i >= warmup {
            cell.wall_s.push(out.wall_s);
            if let Some(c) = out.cpu_s {
                cell.cpu_s.push(c);
            }
        }
    }
    if cell.status != Status::Ok {
        cell.wall_s.clear();
        cell.cpu_s.clear();
    }
    (cell, first_stdout)
}

/// The cell of a run skipped because the same program timed out at another
/// thread count.
fn skipped_cell(job: &Job, imp: &Impl, prev: &Cell) -> Cell {
    let why = match &prev.status {
        Status::Failed(w) => w.as_str(),
        Status::Ok => "failed",
    };
    Cell {
        program: job.program.name.clone(),
        threads: job.threads,
        size: job.size,
        imp: imp.info.name.clone(),
        status: Status::Failed(format!(
            "not run: {why} with {} threads",
            prev.threads.map(|t| t.to_string()).unwrap_or_default()
        )),
        wall_s: vec![],
        cpu_s: vec![],
        verified: false,
        gc_stats: None,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let o = match parse_args(&args) {
        Ok(o) => o,
        Err(e) if e.is_empty() => {
            print!("{USAGE}");
            return;
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Err(e) = run_suite(&o, &args) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run_suite(o: &Options, args: &[String]) -> Result<(), String> {
    let started = Instant::now();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut all = programs::discover(&dir)?;
    if !o.names.is_empty() {
        for n in &o.names {
            if !all.iter().any(|p| &p.name == n) {
                let known: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
                return Err(format!(
                    "no program {n:?} in {} (known: {})",
                    dir.display(),
                    known.join(", ")
                ));
            }
        }
        all.retain(|p| o.names.contains(&p.name));
    }
    for (name, _) in &o.sizes {
        if !all.iter().any(|p| &p.name == name) {
            return Err(format!("--size: no program {name:?} selected"));
        }
    }

    if o.build && o.taipan.is_none() && o.impls.iter().any(|i| i.starts_with("taipan")) {
        build_taipan()?;
    }

    // CPython first: it is the reference for every other implementation.
    let mut order: Vec<&str> = o.impls.iter().map(String::as_str).collect();
    order.sort_by_key(|i| *i != CPYTHON);
    order.dedup();
    let mut impls: Vec<Impl> = Vec::new();
    let mut infos: Vec<ImplInfo> = Vec::new();
    for name in &order {
        match resolve_impl(name, o) {
            Ok(i) => {
                infos.push(i.info.clone());
                impls.push(i);
            }
            Err(info) => infos.push(info),
        }
    }
    // The reference, even when CPython is not timed.
    let reference = match impls.iter().position(|i| i.info.name == CPYTHON) {
        Some(_) => None,
        None => resolve_impl(CPYTHON, o).ok(),
    };
    for i in &infos {
        match &i.unavailable {
            None => eprintln!(
                "{:<13} {}  ({})",
                i.name,
                i.binary.as_deref().unwrap_or("?"),
                i.version.as_deref().unwrap_or("?")
            ),
            Some(why) => eprintln!("{:<13} not run: {why}", i.name),
        }
    }
    if let Some(r) = &reference {
        eprintln!(
            "reference     {} (expected output only, not timed)",
            r.binary.display()
        );
    }
    if impls.is_empty() {
        return Err("no implementation to run".into());
    }

    let jobs: Vec<Job> = all
        .iter()
        .flat_map(|p| {
            let size = size_for(o, p);
            let threads: Vec<Option<u32>> = if p.threaded {
                o.threads.iter().map(|t| Some(*t)).collect()
            } else {
                vec![None]
            };
            threads.into_iter().map(move |threads| Job {
                program: p,
                threads,
                size,
            })
        })
        .collect();
    let scratch = std::env::temp_dir().join(format!("taipan-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    eprintln!(
        "{} programs, {} benchmark rows, {} warm-up + {} timed runs each, timeout {} s\n",
        all.len(),
        jobs.len(),
        o.warmup,
        o.runs,
        o.timeout_s
    );

    let mut cells: Vec<Cell> = Vec::new();
    let width = jobs
        .iter()
        .map(|j| report::label(&j.program.name, j.threads).len())
        .max()
        .unwrap_or(10);
    for (k, job) in jobs.iter().enumerate() {
        let label = report::label(&job.program.name, job.threads);
        let mut expected: Option<String> = None;
        if let Some(r) = &reference {
            let out = exec::run(
                &r.binary,
                &job.args(false),
                &dir,
                Duration::from_secs(o.timeout_s),
                &scratch,
            )?;
            if check_run(&out, None, o.timeout_s).is_none() {
                expected = Some(out.stdout);
            }
        }
        for imp in &impls {
            eprint!(
                "[{:>2}/{}] {label:<width$} {:<12} {:>4.0}s ",
                k + 1,
                jobs.len(),
                imp.info.name,
                started.elapsed().as_secs_f64()
            );
            // A program that timed out at one thread count is not run
            // again at the others (a hang would cost the timeout each time).
            let timed_out = cells.iter().find(|c| {
                c.program == job.program.name
                    && c.imp == imp.info.name
                    && matches!(&c.status, Status::Failed(why) if why.starts_with("timed out"))
            });
            let (cell, stdout) = match timed_out {
                Some(prev) => (skipped_cell(job, imp, prev), None),
                None => {
                    // One warm-up per program and implementation: a thread
                    // program warms up before its first thread count only.
                    let seen = cells
                        .iter()
                        .any(|c| c.program == job.program.name && c.imp == imp.info.name);
                    let warmup = if seen { 0 } else { o.warmup };
                    run_cell(job, imp, o, expected.as_deref(), warmup, &dir, &scratch)
                }
            };
            if imp.info.name == CPYTHON {
                expected = stdout.filter(|_| cell.status == Status::Ok);
            }
            match &cell.status {
                Status::Ok => {
                    let med = cell.median().unwrap_or(0.0);
                    let base = cells
                        .iter()
                        .find(|c| {
                            c.program == cell.program
                                && c.threads == cell.threads
                                && c.imp == CPYTHON
                        })
                        .and_then(|c| c.median());
                    let ratio = base
                        .map(|b| format!("  {:.2}x cpython", b / med))
                        .unwrap_or_default();
                    eprintln!(
                        " {med:.3} s ({:.3}-{:.3}){ratio}",
                        stats::min(&cell.wall_s).unwrap_or(0.0),
                        stats::max(&cell.wall_s).unwrap_or(0.0)
                    );
                }
                Status::Failed(why) => eprintln!(" FAILED: {why}"),
            }
            cells.push(cell);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);

    let command = std::iter::once("cargo run --release -p benches --".to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let mut report = Report {
        date: machine::now_utc(),
        machine: machine::detect(),
        impls: infos,
        config: Config {
            command,
            warmup: o.warmup,
            full_warmup: o.full_warmup,
            runs: o.runs,
            timeout_s: o.timeout_s,
            threads: o.threads.clone(),
            quick: o.quick,
        },
        cells,
        plots: vec![],
    };

    let out_dir = o
        .out
        .clone()
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("results"));
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let (stem, prefix) = if o.quick {
        ("quick", "quick-")
    } else {
        ("latest", "")
    };
    if o.plots {
        let font = o
            .font
            .clone()
            .unwrap_or_else(|| PathBuf::from(plot::DEFAULT_FONT));
        match plot::load_font(&font).and_then(|()| plot::write_all(&report, &out_dir, prefix)) {
            Ok(files) => report.plots = files,
            Err(e) => eprintln!("warning: no plots: {e}"),
        }
    }
    let md_path = out_dir.join(format!("{stem}.md"));
    let json_path = out_dir.join(format!("{stem}.json"));
    std::fs::write(&md_path, report::markdown(&report))
        .map_err(|e| format!("{}: {e}", md_path.display()))?;
    let json =
        serde_json::to_string_pretty(&report::json(&report)).map_err(|e| e.to_string())? + "\n";
    std::fs::write(&json_path, json).map_err(|e| format!("{}: {e}", json_path.display()))?;

    println!("\n{}", report::console_table(&report));
    println!("report: {}", md_path.display());
    println!("json:   {}", json_path.display());
    for p in &report.plots {
        println!("plot:   {}", out_dir.join(p).display());
    }
    println!("total time: {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn default_options() {
        let o = parse_args(&[]).unwrap();
        assert_eq!(o.impls, ["taipan", "cpython", "pypy"]);
        assert_eq!((o.warmup, o.runs, o.timeout_s), (1, 2, 120));
        assert!(!o.full_warmup);
        assert!(parse_args(&args("--full-warmup")).unwrap().full_warmup);
        assert_eq!(o.threads, [1, 2, 4, 8]);
        let q = parse_args(&args("--quick")).unwrap();
        assert_eq!((q.warmup, q.runs), (0, 1));
        let q = parse_args(&args("--quick --runs 2 --warmup=1")).unwrap();
        assert_eq!((q.warmup, q.runs), (1, 2));
    }

    #[test]
    fn option_parsing() {
        let o = parse_args(&args(
            "fib nbody.py --impl=taipan,cpython --threads 1,4 --size fib=20 --timeout 5 --no-build --no-plots",
        ))
        .unwrap();
        assert_eq!(o.names, ["fib", "nbody"]);
        assert_eq!(o.impls, ["taipan", "cpython"]);
        assert_eq!(o.threads, [1, 4]);
        assert_eq!(o.sizes, [("fib".to_string(), 20)]);
        assert_eq!(o.timeout_s, 5);
        assert!(!o.build && !o.plots);
        assert!(
            parse_args(&args("--impl jython"))
                .unwrap_err()
                .contains("unknown implementation")
        );
        assert!(parse_args(&args("--threads 0")).is_err());
        assert!(
            parse_args(&args("--runs"))
                .unwrap_err()
                .contains("needs a value")
        );
        assert!(
            parse_args(&args("--bogus"))
                .unwrap_err()
                .contains("unknown option")
        );
        assert_eq!(parse_args(&args("--help")).unwrap_err(), "");
    }

    #[test]
    fn sizes() {
        let p = Program {
            name: "fib".into(),
            path: "fib.py".into(),
            default_size: 36,
            threaded: false,
        };
        let o = parse_args(&[]).unwrap();
        assert_eq!(size_for(&o, &p), 36);
        let o = parse_args(&args("--quick")).unwrap();
        assert_eq!(size_for(&o, &p), 20);
        let o = parse_args(&args("--scale 0.5")).unwrap();
        assert_eq!(size_for(&o, &p), 18);
        let o = parse_args(&args("--quick --size fib=30")).unwrap();
        assert_eq!(size_for(&o, &p), 30);
    }

    #[test]
    fn run_checks() {
        let ok = exec::RunOutput {
            exit: Exit::Code(0),
            wall_s: 1.0,
            cpu_s: None,
            stdout: "1\n".into(),
            stderr: String::new(),
        };
        assert_eq!(check_run(&ok, Some("1\n"), 10), None);
        assert!(check_run(&ok, Some("2\n"), 10).unwrap().contains("line 1"));
        let err = exec::RunOutput {
            exit: Exit::Code(1),
            stderr: "Traceback\nNameError: x\n".into(),
            ..ok.clone()
        };
        assert_eq!(
            check_run(&err, Some("1\n"), 10).unwrap(),
            "exit status 1: NameError: x"
        );
        let t = exec::RunOutput {
            exit: Exit::TimedOut,
            ..ok
        };
        assert_eq!(check_run(&t, None, 10).unwrap(), "timed out after 10 s");
    }
}
