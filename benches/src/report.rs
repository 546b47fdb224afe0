//! The results of a suite run and their three renderings: the console
//! table, `latest.md` and `latest.json`.
//!
//! A *cell* is one (program, thread count, implementation) with its timed
//! runs.  Speed ratios are always relative to CPython on the same program,
//! size and thread count: `CPython median / implementation median`, so a
//! ratio above 1 means faster than CPython.

use serde_json::{Value, json};

use crate::stats;

/// The reference implementation's name.
pub const CPYTHON: &str = "cpython";

#[derive(Debug, Clone, Default)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_kb: Option<u64>,
    pub os: String,
    pub kernel: String,
}

#[derive(Debug, Clone)]
pub struct ImplInfo {
    pub name: String,
    pub binary: Option<String>,
    pub version: Option<String>,
    /// Why the implementation was not run, if it was not.
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub command: String,
    pub warmup: u32,
    /// Whether the warm-up ran at the measured size (else at the `--quick`
    /// size).
    pub full_warmup: bool,
    pub runs: u32,
    pub timeout_s: u64,
    pub threads: Vec<u32>,
    pub quick: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Ok,
    /// Non-zero exit, signal, timeout or wrong output; the reason.
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub program: String,
    pub threads: Option<u32>,
    pub size: u64,
    pub imp: String,
    pub status: Status,
    /// Wall-clock seconds of the timed runs (not the warm-up).
    pub wall_s: Vec<f64>,
    /// User + system CPU seconds of the timed runs.
    pub cpu_s: Vec<f64>,
    /// Whether stdout was compared with CPython's (false when CPython
    /// itself failed on this program).
    pub verified: bool,
    pub gc_stats: Option<Vec<(String, String)>>,
}

impl Cell {
    pub fn median(&self) -> Option<f64> {
        if self.status != Status::Ok {
            return None;
        }
        stats::median(&self.wall_s)
    }
    pub fn label(&self) -> String {
        label(&self.program, self.threads)
    }
}

/// `program` or `program/4` for a thread program at 4 threads.
pub fn label(program: &str, threads: Option<u32>) -> String {
    match threads {
        Some(t) => format!("{program}/{t}"),
        None => program.to_string(),
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub date: String,
    pub machine: Machine,
    pub impls: Vec<ImplInfo>,
    pub config: Config,
    pub cells: Vec<Cell>,
    /// Plot files (relative to the report) that were written.
    pub plots: Vec<String>,
}

impl Report {
    /// The implementations that were run, in the order given.
    pub fn run_impls(&self) -> Vec<&str> {
        self.impls
            .iter()
            .filter(|i| i.unavailable.is_none())
            .map(|i| i.name.as_str())
            .collect()
    }

    /// (program, threads, size) of every benchmark row, in run order.
    pub fn rows(&self) -> Vec<(String, Option<u32>, u64)> {
        let mut rows: Vec<(String, Option<u32>, u64)> = Vec::new();
        for c in &self.cells {
            if !rows
                .iter()
                .any(|(p, t, _)| *p == c.program && *t == c.threads)
            {
                rows.push((c.program.clone(), c.threads, c.size));
            }
        }
        rows
    }

    pub fn cell(&self, program: &str, threads: Option<u32>, imp: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.program == program && c.threads == threads && c.imp == imp)
    }

    /// CPython's median time over this cell's: above 1 is faster.
    pub fn ratio(&self, cell: &Cell) -> Option<f64> {
        let base = self.cell(&cell.program, cell.threads, CPYTHON)?.median()?;
        Some(base / cell.median()?)
    }

    /// Geometric mean of an implementation's ratios, and how many rows it
    /// covers.
    pub fn geomean_ratio(&self, imp: &str) -> Option<(f64, usize)> {
        let ratios: Vec<f64> = self
            .cells
            .iter()
            .filter(|c| c.imp == imp)
            .filter_map(|c| self.ratio(c))
            .collect();
        Some((stats::geomean(&ratios)?, ratios.len()))
    }

    /// Failed cells, numbered from 1 in report order.
    fn failures(&self) -> Vec<&Cell> {
        self.cells
            .iter()
            .filter(|c| matches!(c.status, Status::Failed(_)))
            .collect()
    }
}

fn fmt_s(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else if x >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}

fn fmt_ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.1}x")
    } else {
        format!("{r:.2}x")
    }
}

fn threads_text(t: Option<u32>) -> String {
    t.map(|t| t.to_string()).unwrap_or_else(|| "-".into())
}

// --- Console table ---

/// The plain-text table printed at the end of a run.
pub fn console_table(r: &Report) -> String {
    let impls = r.run_impls();
    let rows = r.rows();
    let w = rows
        .iter()
        .map(|(p, t, _)| label(p, *t).len())
        .max()
        .unwrap_or(9)
        .max(9);
    let mut out = format!("{:<w$}", "benchmark");
    for imp in &impls {
        if *imp == CPYTHON {
            out += &format!("  {:>10}", imp);
        } else {
            out += &format!("  {:>10} {:>8}", imp, "vs cpy");
        }
    }
    out.push('\n');
    for (p, t, _) in &rows {
        out += &format!("{:<w$}", label(p, *t));
        for imp in &impls {
            let cell = r.cell(p, *t, imp);
            let time = match cell {
                Some(c) if c.status == Status::Ok => {
                    c.median().map(fmt_s).unwrap_or_default() + " s"
                }
                Some(_) => "FAILED".into(),
                None => "-".into(),
            };
            let ratio = cell
                .and_then(|c| r.ratio(c))
                .map(fmt_ratio)
                .unwrap_or_else(|| "-".into());
            if *imp == CPYTHON {
                out += &format!("  {time:>10}");
            } else {
                out += &format!("  {time:>10} {ratio:>8}");
            }
        }
        out.push('\n');
    }
    out += &format!("{:<w$}", "geomean");
    for imp in &impls {
        if *imp == CPYTHON {
            out += &format!("  {:>10}", "");
        } else {
            let g = r
                .geomean_ratio(imp)
                .map(|(g, _)| fmt_ratio(g))
                .unwrap_or_else(|| "-".into());
            out += &format!("  {:>10} {g:>8}", "");
        }
    }
    out.push('\n');
    for (i, c) in r.failures().iter().enumerate() {
        if let Status::Failed(why) = &c.status {
            out += &format!("[{}] {} on {}: {why}\n", i + 1, c.imp, c.label());
        }
    }
    out
}

// --- Markdown ---

/// `latest.md`.
pub fn markdown(r: &Report) -> String {
    let mut md = String::new();
    md += "# Taipan benchmark results\n\n";
    if r.config.quick {
        md += "> **QUICK RUN (`--quick`): tiny sizes, one run each. A smoke test of the runner and of \
               the implementations' output; the times below are NOT meaningful measurements.**\n\n";
    }
    md += "<!-- generated by benches/src/main.rs (`cargo run --release -p benches`) -->\n\n";
    md += &format!("Date: {}  \nCommand: `{}`\n\n", r.date, r.config.command);

    md += "## Machine\n\n";
    let m = &r.machine;
    md += &format!("- CPU: {} ({} cores available)\n", m.cpu, m.cores);
    if let Some(kb) = m.memory_kb {
        md += &format!("- Memory: {:.1} GiB\n", kb as f64 / 1024.0 / 1024.0);
    }
    md += &format!("- OS: {}, kernel {}\n\n", m.os, m.kernel);

    md += "## Implementations\n\n| name | binary | version |\n|---|---|---|\n";
    for i in &r.impls {
        let version = match (&i.unavailable, &i.version) {
            (Some(why), _) => format!("not run: {why}"),
            (None, Some(v)) => v.clone(),
            (None, None) => "?".into(),
        };
        md += &format!(
            "| {} | `{}` | {} |\n",
            i.name,
            i.binary.as_deref().unwrap_or("-"),
            version
        );
    }
    md += &format!(
        "\nEach program ran {} warm-up run(s) {} (a thread program: before its first thread count \
         only), then {} timed run(s) (timeout {} s per run); thread programs ran with {} threads. An implementation stops running a program after its first \
         failure (and after a timeout, at the other thread counts too). Every run's stdout is compared with CPython's for the same size and thread count.\n\n",
        r.config.warmup,
        match r.config.full_warmup {
            true => "at the measured size",
            false =>
                "at the small `--quick` size (it loads the binary and the modules; its output is not compared)",
        },
        r.config.runs,
        r.config.timeout_s,
        r.config
            .threads
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );

    let impls = r.run_impls();
    let failures = r.failures();
    md += "## Times\n\n";
    md += "Wall-clock seconds: median of the timed runs, (min-max). **vs CPython** = CPython's median \
           / this implementation's median: above 1 is faster than CPython.\n\n";
    md += "| benchmark | threads | size |";
    let mut sep = String::from("|---|---:|---:|");
    for imp in &impls {
        md += &format!(" {imp} |");
        sep += "---:|";
        if *imp != CPYTHON {
            md += &format!(" {imp} vs CPython |");
            sep += "---:|";
        }
    }
    md += "\n";
    md += &sep;
    md += "\n";
    for (p, t, size) in r.rows() {
        md += &format!("| {p} | {} | {size} |", threads_text(t));
        for imp in &impls {
            let cell = r.cell(&p, t, imp);
            let text = match cell {
                Some(c) => match &c.status {
                    Status::Ok => format!(
                        "{} ({}-{}){}",
                        fmt_s(c.median().unwrap_or(0.0)),
                        fmt_s(stats::min(&c.wall_s).unwrap_or(0.0)),
                        fmt_s(stats::max(&c.wall_s).unwrap_or(0.0)),
                        if c.verified { "" } else { " unverified" }
                    ),
                    Status::Failed(_) => {
                        let n = failures
                            .iter()
                            .position(|f| std::ptr::eq(*f, c))
                            .map(|i| i + 1)
                            .unwrap_or(0);
                        format!("**failed** [{n}]")
                    }
                },
                None => "-".into(),
            };
            md += &format!(" {text} |");
            if *imp != CPYTHON {
                let ratio = cell
                    .and_then(|c| r.ratio(c))
                    .map(fmt_ratio)
                    .unwrap_or_else(|| "-".into());
                md += &format!(" {ratio} |");
            }
        }
        md += "\n";
    }
    md += "| **geometric mean** | | |";
    for imp in &impls {
        if *imp == CPYTHON {
            md += " |";
        } else {
            let g = r
                .geomean_ratio(imp)
                .map(|(g, n)| format!("**{}** ({n} rows)", fmt_ratio(g)))
                .unwrap_or_else(|| "-".into());
            md += &format!(" | {g} |");
        }
    }
    md += "\n\n";

    if !failures.is_empty() {
        md += "## Failures\n\nThe last line of the error (or why the output was rejected):\n\n";
        for (i, c) in failures.iter().enumerate() {
            if let Status::Failed(why) = &c.status {
                md += &format!(
                    "{}. {} on `{}` ({} threads): `{}`\n",
                    i + 1,
                    c.imp,
                    c.program,
                    threads_text(c.threads),
                    why.replace('`', "'")
                );
            }
        }
        md += "\n";
    }

    md += "## CPU time\n\nUser + system CPU seconds (median of the timed runs; 10 ms resolution). \
           For a thread program, CPU time above wall time means threads ran in parallel.\n\n";
    md += "| benchmark | threads |";
    let mut sep = String::from("|---|---:|");
    for imp in &impls {
        md += &format!(" {imp} cpu | {imp} cpu/wall |");
        sep += "---:|---:|";
    }
    md += &format!("\n{sep}\n");
    for (p, t, _) in r.rows() {
        md += &format!("| {p} | {} |", threads_text(t));
        for imp in &impls {
            match r.cell(&p, t, imp).filter(|c| c.status == Status::Ok) {
                Some(c) => {
                    let cpu = stats::median(&c.cpu_s);
                    let wall = c.median();
                    match (cpu, wall) {
                        (Some(cpu), Some(wall)) if wall > 0.0 => {
                            md += &format!(" {} | {:.2} |", fmt_s(cpu), cpu / wall)
                        }
                        _ => md += " - | - |",
                    }
                }
                None => md += " - | - |",
            }
        }
        md += "\n";
    }
    md += "\n";

    let gc: Vec<&Cell> = r.cells.iter().filter(|c| c.gc_stats.is_some()).collect();
    if !gc.is_empty() {
        md += "## GC statistics\n\nTaipan's `-X gc-stats` line (printed on stderr at exit), taken from \
               its first timed run of each row.\n\n";
        let mut keys: Vec<String> = Vec::new();
        for c in &gc {
            for (k, _) in c.gc_stats.as_ref().into_iter().flatten() {
                if !keys.contains(k) {
                    keys.push(k.clone());
                }
            }
        }
        md += "| benchmark | threads |";
        for k in &keys {
            md += &format!(" {k} |");
        }
        md += &format!("\n|---|---:|{}\n", "---:|".repeat(keys.len()));
        for c in &gc {
            md += &format!("| {} | {} |", c.program, threads_text(c.threads));
            let stats = c.gc_stats.as_ref().expect("filtered on is_some");
            for k in &keys {
                let v = stats
                    .iter()
                    .find(|(kk, _)| kk == k)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or("-");
                md += &format!(" {v} |");
            }
            md += "\n";
        }
        md += "\n";
    }

    if !r.plots.is_empty() {
        md += "## Plots\n\n";
        for p in r.plots.iter().filter(|p| p.ends_with(".svg")) {
            let png = p.trim_end_matches(".svg").to_string() + ".png";
            md += &format!("![{p}]({p})\n\n");
            if r.plots.contains(&png) {
                md += &format!("([PNG]({png}))\n\n");
            }
        }
    }
    md
}

// --- JSON ---

/// `latest.json`.
pub fn json(r: &Report) -> Value {
    let cells: Vec<Value> = r
        .cells
        .iter()
        .map(|c| {
            let (status, error) = match &c.status {
                Status::Ok => ("ok", None),
                Status::Failed(why) => ("failed", Some(why.clone())),
            };
            json!({
                "program": c.program,
                "threads": c.threads,
                "size": c.size,
                "impl": c.imp,
                "status": status,
                "error": error,
                "verified": c.verified,
                "wall_s": c.wall_s,
                "cpu_s": c.cpu_s,
                "median_s": c.median(),
                "min_s": if c.status == Status::Ok { stats::min(&c.wall_s) } else { None },
                "max_s": if c.status == Status::Ok { stats::max(&c.wall_s) } else { None },
                "median_cpu_s": if c.status == Status::Ok { stats::median(&c.cpu_s) } else { None },
                "speed_vs_cpython": r.ratio(c),
                "gc_stats": c.gc_stats.as_ref().map(|s| {
                    s.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect::<serde_json::Map<_, _>>()
                }),
            })
        })
        .collect();
    let geomeans: serde_json::Map<String, Value> = r
        .run_impls()
        .iter()
        .filter(|i| **i != CPYTHON)
        .filter_map(|i| {
            r.geomean_ratio(i)
                .map(|(g, n)| (i.to_string(), json!({"speed_vs_cpython": g, "rows": n})))
        })
        .collect();
    json!({
        "date": r.date,
        "quick": r.config.quick,
        "command": r.config.command,
        "machine": {
            "cpu": r.machine.cpu,
            "cores": r.machine.cores,
            "memory_kb": r.machine.memory_kb,
            "os": r.machine.os,
            "kernel": r.machine.kernel,
        },
        "implementations": r.impls.iter().map(|i| json!({
            "name": i.name,
            "binary": i.binary,
            "version": i.version,
            "unavailable": i.unavailable,
        })).collect::<Vec<_>>(),
        "settings": {
            "warmup": r.config.warmup,
            "full_warmup": r.config.full_warmup,
            "runs": r.config.runs,
            "timeout_s": r.config.timeout_s,
            "threads": r.config.threads,
        },
        "geomean": geomeans,
        "results": cells,
        "plots": r.plots,
    })
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn cell(program: &str, threads: Option<u32>, imp: &str, walls: &[f64]) -> Cell {
        Cell {
            program: program.into(),
            threads,
            size: 10,
            imp: imp.into(),
            status: Status::Ok,
            wall_s: walls.to_vec(),
            cpu_s: walls.to_vec(),
            verified: true,
            gc_stats: None,
        }
    }

    pub fn sample() -> Report {
        let mut failed = cell("threads_cpu", Some(2), "taipan", &[]);
        failed.status = Status::Failed("ModuleNotFoundError: No module named 'threading'".into());
        let mut gc = cell("fib", None, "taipan", &[1.0, 1.2, 0.8]);
        gc.gc_stats = Some(vec![
            ("collections".into(), "3".into()),
            ("peak_rss_kb".into(), "1000".into()),
        ]);
        Report {
            date: "2026-12-01T21:00:00Z".into(),
            machine: Machine {
                cpu: "Test CPU".into(),
                cores: 2,
                memory_kb: Some(24 * 1024 * 1024),
                os: "Debian".into(),
                kernel: "6.1".into(),
            },
            impls: vec![
                ImplInfo {
                    name: "cpython".into(),
                    binary: Some("/usr/bin/python3.11".into()),
                    version: Some("Python 3.11.2".into()),
                    unavailable: None,
                },
                ImplInfo {
                    name: "taipan".into(),
                    binary: Some("target/release/taipan".into()),
                    version: Some("0.1.0".into()),
                    unavailable: None,
                },
                ImplInfo {
                    name: "pypy".into(),
                    binary: None,
                    version: None,
                    unavailable: Some("pypy3 not found".into()),
                },
            ],
            config: Config {
                command: "benches".into(),
                warmup: 1,
                full_warmup: false,
                runs: 3,
                timeout_s: 120,
                threads: vec![1, 2],
                quick: false,
            },
            cells: vec![
                cell("fib", None, "cpython", &[2.0, 2.2, 1.9]),
                gc,
                cell("threads_cpu", Some(2), "cpython", &[1.0]),
                failed,
            ],
            plots: vec!["speed.svg".into(), "speed.png".into()],
        }
    }

    #[test]
    fn ratios_and_geomean() {
        let r = sample();
        let taipan = r.cell("fib", None, "taipan").unwrap();
        assert_eq!(taipan.median(), Some(1.0));
        assert!((r.ratio(taipan).unwrap() - 2.0).abs() < 1e-12);
        let failed = r.cell("threads_cpu", Some(2), "taipan").unwrap();
        assert_eq!(r.ratio(failed), None);
        let (g, n) = r.geomean_ratio("taipan").unwrap();
        assert!((g - 2.0).abs() < 1e-12);
        assert_eq!(n, 1);
        assert_eq!(r.run_impls(), ["cpython", "taipan"]);
        assert_eq!(r.rows().len(), 2);
    }

    #[test]
    fn markdown_has_every_part() {
        let md = markdown(&sample());
        assert!(
            md.contains("| fib | - | 10 | 2.000 (1.900-2.200) | 1.000 (0.800-1.200) | 2.00x |"),
            "{md}"
        );
        assert!(
            md.contains("| threads_cpu | 2 | 10 | 1.000 (1.000-1.000) | **failed** [1] | - |"),
            "{md}"
        );
        assert!(md.contains("1. taipan on `threads_cpu` (2 threads): `ModuleNotFoundError: No module named 'threading'`"));
        assert!(md.contains("| pypy | `-` | not run: pypy3 not found |"));
        assert!(md.contains("Test CPU (2 cores available)"));
        assert!(md.contains("| fib | - | 3 | 1000 |"));
        assert!(md.contains("![speed.svg](speed.svg)") && md.contains("([PNG](speed.png))"));
        assert!(md.contains("**2.00x** (1 rows)"));
        assert!(!md.contains("QUICK"));
    }

    #[test]
    fn json_round_trips() {
        let v = json(&sample());
        let text = serde_json::to_string_pretty(&v).unwrap();
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["machine"]["cores"], 2);
        let results = back["results"].as_array().unwrap();
        assert_eq!(results.len(), 4);
        assert_eq!(results[1]["speed_vs_cpython"], 2.0);
        assert_eq!(results[1]["gc_stats"]["collections"], "3");
        assert_eq!(results[3]["status"], "failed");
        assert_eq!(results[3]["median_s"], Value::Null);
        assert_eq!(back["geomean"]["taipan"]["rows"], 1);
        assert_eq!(back["implementations"][2]["unavailable"], "pypy3 not found");
    }

    #[test]
    fn console_table_lists_failures() {
        let t = console_table(&sample());
        assert!(t.contains("FAILED"));
        assert!(t.contains("[1] taipan on threads_cpu/2: ModuleNotFoundError"));
        assert!(t.lines().next().unwrap().starts_with("benchmark"));
        assert!(t.contains("2.00x"));
    }
}
