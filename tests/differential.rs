//! Differential tests: every `tests/py/<area>/NAME.py` (and `examples/NAME.py`)
//! is run by taipan and its stdout compared byte for byte with CPython's,
//! checked in as `NAME.out`; `NAME.err` (present when CPython exits non-zero)
//! holds the exit status and the last stderr line, compared too.
//!
//! `tests/py/KNOWN_FAILURES` lists scripts that do not pass yet.  The test
//! fails when a script outside that list fails, and also when a listed script
//! passes (so the list only shrinks).  Set `TAIPAN_TEST_FILTER=substr` to run a
//! subset, `TAIPAN_UPDATE_KNOWN=1` to rewrite the list, and
//! `TAIPAN_TEST_RUNNER` to start taipan through an emulator (qemu-aarch64).
//!
//! A script whose first line is `# taipan-args: ARGS` is run as `taipan ARGS
//! NAME.py` (ARGS split at whitespace, e.g. `-X heap-max=32M`); CPython
//! (tests/regen.py) ignores the line.
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with('_') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else if name.ends_with(".py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

fn run_one(script: &Path, gc_stress: Option<&str>) -> Result<(), String> {
    run_with(script, gc_stress, &[])
}

/// `run_one` with more environment variables for taipan.  Under an
/// emulator, a run that times out is run once more (and said so on
/// stdout): qemu-user has hung once in several thousand runs of a script
/// that only prints a SyntaxError (CI, session 22's aarch64 leg), which
/// taipan does in a few milliseconds; a hang of taipan's own hangs again.
fn run_with(script: &Path, gc_stress: Option<&str>, env: &[(&str, &str)]) -> Result<(), String> {
    match run_once(script, gc_stress, env) {
        Err(e) if e.starts_with("timeout") && common::emulated() => {
            println!("{}: {e}; running it again", script.display());
            run_once(script, gc_stress, env).map_err(|again| format!("{e}; then {again}"))
        }
        r => r,
    }
}

/// What the threads of the process `pid` were doing: for each, its state
/// letter and the kernel function it sleeps in (from /proc), to tell a
/// deadlock (all sleeping) from a loop (one running) in a timeout.
fn threads_of(pid: u32) -> String {
    let Ok(rd) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return "no /proc".into();
    };
    let mut out = Vec::new();
    for t in rd.flatten() {
        let dir = t.path();
        let stat = std::fs::read_to_string(dir.join("stat")).unwrap_or_default();
        // The state follows the command name, which is in parentheses.
        let state = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .unwrap_or("?")
            .to_string();
        let wchan = std::fs::read_to_string(dir.join("wchan")).unwrap_or_default();
        out.push(format!("{state} {wchan}"));
    }
    out.join(", ")
}

fn run_once(script: &Path, gc_stress: Option<&str>, env: &[(&str, &str)]) -> Result<(), String> {
    let dir = script.parent().unwrap();
    // Cross-target runs (CI's aarch64 leg) start taipan through an emulator
    // (TAIPAN_TEST_RUNNER, see `common::taipan`).
    let mut cmd = common::taipan();
    if let Some(n) = gc_stress {
        // Collect often, poison dead cells, and check every reference the
        // marker follows (docs/GC.md, "Stress and verify modes").
        cmd.env("TAIPAN_GC_STRESS", n).env("TAIPAN_GC_VERIFY", "1");
    }
    cmd.envs(env.iter().copied());
    cmd.args(taipan_args(script));
    let mut child = cmd
        .arg(script.file_name().unwrap())
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn: {e}"))?;
    let start = Instant::now();
    // TAIPAN_TEST_TIMEOUT (seconds) overrides, to measure slow scripts.
    let timeout = Duration::from_secs(
        std::env::var("TAIPAN_TEST_TIMEOUT")
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(if common::emulated() { 300 } else { 60 }),
    );
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut v);
        v
    });
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > timeout {
            let threads = threads_of(child.id());
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timeout (threads: {threads})"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = out_t.join().unwrap();
    let err = err_t.join().unwrap();
    let want = std::fs::read(script.with_extension("out")).unwrap();
    // Killed by a signal: minus its number, as Python's `returncode` (which
    // tests/regen.py writes), e.g. -2 for a program ended by an uncaught
    // KeyboardInterrupt (both interpreters then die of SIGINT).
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        status.signal().map_or(-1, |s| -s)
    });
    let err_s = String::from_utf8_lossy(&err);
    if err_s.contains("panicked") {
        return Err(format!(
            "rust panic: {}",
            err_s.lines().find(|l| l.contains("panicked")).unwrap_or("")
        ));
    }
    if out != want {
        let o = String::from_utf8_lossy(&out);
        let w = String::from_utf8_lossy(&want);
        let line = o
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(o.lines().count().min(w.lines().count()));
        return Err(format!(
            "stdout differs at line {}: got {:?}, want {:?}; stderr tail: {:?}",
            line + 1,
            o.lines().nth(line).unwrap_or("<eof>"),
            w.lines().nth(line).unwrap_or("<eof>"),
            err_s.lines().last().unwrap_or("")
        ));
    }
    let errf = script.with_extension("err");
    if errf.exists() {
        let e = std::fs::read_to_string(&errf).unwrap();
        let mut lines = e.lines();
        let want_code: i32 = lines
            .next()
            .unwrap_or("")
            .trim_start_matches("exit: ")
            .parse()
            .unwrap_or(1);
        let want_last = lines.next().unwrap_or("");
        if code != want_code {
            return Err(format!(
                "exit status {code}, want {want_code}; stderr: {:?}",
                err_s.lines().last().unwrap_or("")
            ));
        }
        let got_last = err_s.lines().last().unwrap_or("");
        if got_last != want_last {
            return Err(format!("last stderr line {got_last:?}, want {want_last:?}"));
        }
    } else if code != 0 {
        return Err(format!(
            "exit status {code}; stderr: {:?}",
            err_s.lines().last().unwrap_or("")
        ));
    }
    Ok(())
}

/// The options given to taipan only, from a first line `# taipan-args: ...`.
fn taipan_args(script: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(script).unwrap_or_default();
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# taipan-args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// A script's name (relative to the root), its result and its run time.
type Outcome = (String, Result<(), String>, Duration);

/// Runs `f` on every script in parallel; returns the outcomes sorted by name.
fn run_all(
    root: &Path,
    scripts: &[PathBuf],
    f: &(dyn Fn(&Path) -> Result<(), String> + Sync),
) -> Vec<Outcome> {
    let rel = |p: &Path| p.strip_prefix(root).unwrap().to_string_lossy().to_string();
    let results = std::sync::Mutex::new(Vec::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= scripts.len() {
                        break;
                    }
                    let start = Instant::now();
                    let r = f(&scripts[i]);
                    let t = start.elapsed();
                    results.lock().unwrap().push((rel(&scripts[i]), r, t));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    results
}

fn known_failures(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("tests/py/KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim().to_string())
        .collect()
}

fn all_scripts(root: &Path) -> Vec<PathBuf> {
    let mut scripts = Vec::new();
    collect(&root.join("tests/py"), &mut scripts);
    collect(&root.join("examples"), &mut scripts);
    let filter = std::env::var("TAIPAN_TEST_FILTER").unwrap_or_default();
    scripts.retain(|p| p.to_string_lossy().contains(&filter));
    scripts
}

/// Scripts listed in `tests/py/GC_STRESS_RATES` with the stress rate they
/// run at in `differential_gc_stress` instead of 1: at `TAIPAN_GC_STRESS=1`
/// a collection comes at nearly every allocation, and these take minutes
/// (each line says how long).
fn gc_stress_rates(root: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(root.join("tests/py/GC_STRESS_RATES"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut w = l.split('#').next()?.split_whitespace();
            Some((w.next()?.to_string(), w.next().unwrap_or("").to_string()))
        })
        .collect()
}

/// The passing scripts again, each with `TAIPAN_GC_STRESS=1
/// TAIPAN_GC_VERIFY=1` (a collection at every block refill, which with the
/// thread's blocks retired at each collection is nearly every allocation):
/// a missed root or barrier shows up as a crash, a verify abort or a wrong
/// answer.  The scripts of `tests/py/GC_STRESS_RATES` run at the larger rate
/// given there.  Under an emulator (the aarch64 leg) every script runs at
/// rate 7 or its listed rate if larger: qemu is 10-30 times slower.
#[test]
fn differential_gc_stress() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let known = known_failures(root);
    let mut scripts = all_scripts(root);
    scripts
        .retain(|p| !known.contains(&p.strip_prefix(root).unwrap().to_string_lossy().to_string()));
    let emulated = common::emulated();
    let rates = gc_stress_rates(root);
    for (s, r) in &rates {
        assert!(
            root.join(s).exists(),
            "GC_STRESS_RATES lists {s}, which does not exist"
        );
        assert!(
            r.parse::<u32>().is_ok_and(|n| n > 1),
            "GC_STRESS_RATES: {s}: bad rate {r}"
        );
    }
    let rate_of = |p: &Path| -> String {
        let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
        let listed: u32 = rates
            .iter()
            .find(|(s, _)| *s == rel)
            .map_or(1, |(_, r)| r.parse().unwrap_or(1));
        if emulated { listed.max(7) } else { listed }.to_string()
    };
    let results = run_all(root, &scripts, &|p| {
        let rate = rate_of(p);
        run_one(p, Some(&rate)).map_err(|e| format!("TAIPAN_GC_STRESS={rate}: {e}"))
    });
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(n, r, _)| r.as_ref().err().map(|e| format!("{n}: {e}")))
        .collect();
    for f in &failures {
        println!("FAIL under GC stress: {f}");
    }
    // The slowest runs, to see where the time goes (and what belongs in
    // GC_STRESS_RATES).
    let mut slow: Vec<&Outcome> = results.iter().collect();
    slow.sort_by_key(|o| std::cmp::Reverse(o.2));
    // TAIPAN_TEST_TIMES=1 lists them all.
    let shown = if std::env::var_os("TAIPAN_TEST_TIMES").is_some() {
        slow.len()
    } else {
        15
    };
    for (n, r, t) in slow.iter().take(shown) {
        let ok = if r.is_ok() { "" } else { " FAILED" };
        println!(
            "slowest: {:7.2} s  {n} (rate {}){ok}",
            t.as_secs_f64(),
            rate_of(&root.join(n))
        );
    }
    println!(
        "total run time {:.1} s",
        results.iter().map(|o| o.2.as_secs_f64()).sum::<f64>()
    );
    println!(
        "differential_gc_stress: {} passed, {} failed",
        results.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} scripts fail under GC stress",
        failures.len()
    );
}

/// Scripts that check the generational invariant on paths where a frame's
/// references are stored without the write barrier (argument binding, the
/// frame cache, a thread's exit), and the rooting of items a builtin has
/// collected into native memory.  Their bugs needed a collection at one
/// particular allocation, which `TAIPAN_GC_STRESS=7` almost never gives;
/// each failed within a second at one of these rates before its fix.
const GC_FREQUENT: &[&str] = &[
    "tests/py/gc/gc_frames_arg_binding.py",
    "tests/py/gc/gc_frame_cache_eviction.py",
    "tests/py/threads/thread_exit_frame_cache.py",
    // min/max over a generator of fresh tuples crashed at rates 1-3
    // (items held only by a Vec across an allocation), not at 7.
    "tests/py/gc/gc_collected_items_rooted.py",
    // Items held only by a native snapshot across Python code or an
    // allocation (dict(x) with keys(), fresh pairs, `a, *b = gen`, dict
    // repr/merge/__set_name__ walking a dict that the code changes):
    // crashed at rates 1-4 before they were rooted.
    "tests/py/gc/gc_dict_update_fresh_items.py",
    "tests/py/gc/gc_unpack_ex_rooted.py",
    "tests/py/gc/gc_dict_snapshots_rooted.py",
    // zip's iterators, cloned out of its state, freed when a nested
    // next() exhausted it: crashed at rate 2.
    "tests/py/gc/gc_zip_reentrant_exhaust.py",
];

/// `GC_FREQUENT` with a collection at every 1st to 4th allocation refill,
/// with the verifier on (a missed old-to-young reference aborts).
#[test]
fn differential_gc_stress_frequent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runs: Vec<(PathBuf, &str)> = GC_FREQUENT
        .iter()
        .flat_map(|s| ["1", "2", "3", "4"].map(|n| (root.join(s), n)))
        .collect();
    let failures: Vec<String> = runs
        .iter()
        .filter_map(|(p, n)| {
            run_one(p, Some(n))
                .err()
                .map(|e| format!("{} under TAIPAN_GC_STRESS={n}: {e}", p.display()))
        })
        .collect();
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(failures.is_empty(), "{} runs failed", failures.len());
}

#[test]
fn differential() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let filter = std::env::var("TAIPAN_TEST_FILTER").unwrap_or_default();
    let scripts = all_scripts(root);
    let known_path = root.join("tests/py/KNOWN_FAILURES");
    let known = known_failures(root);
    let results = run_all(root, &scripts, &|p| run_one(p, None));
    let mut passed = 0;
    let mut failed = 0;
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut failing = Vec::new();
    for (name, r, _) in &results {
        let is_known = known.contains(name);
        match r {
            Ok(()) => {
                passed += 1;
                if is_known {
                    fixed.push(name.clone());
                }
            }
            Err(e) => {
                failed += 1;
                failing.push(name.clone());
                if !is_known {
                    unexpected.push(format!("{name}: {e}"));
                }
            }
        }
    }
    if std::env::var("TAIPAN_UPDATE_KNOWN").is_ok() && filter.is_empty() {
        let mut s =
            String::from("# Differential scripts that do not pass yet (tests/differential.rs).\n");
        for f in &failing {
            s.push_str(f);
            s.push('\n');
        }
        std::fs::write(&known_path, s).unwrap();
    }
    for u in &unexpected {
        println!("FAIL {u}");
    }
    for f in &fixed {
        println!("NOW PASSING (remove from KNOWN_FAILURES): {f}");
    }
    println!(
        "differential: {passed} passed, {failed} failed ({} known failures)",
        known.len()
    );
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} unexpected failures, {} fixed",
        unexpected.len(),
        fixed.len()
    );
}

/// The passing scripts again with every function compiled at its first call
/// (`TAIPAN_JIT_THRESHOLD=0`), so that compiled code runs everything the
/// compiler handles and hands the rest to the interpreter; then the
/// `GC_FREQUENT` scripts and tests/py/jit with compiled code and a
/// collection at every allocation refill, with the verifier on.
#[test]
fn differential_jit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let known = known_failures(root);
    let scripts: Vec<PathBuf> = all_scripts(root)
        .into_iter()
        .filter(|p| !known.contains(&p.strip_prefix(root).unwrap().to_string_lossy().to_string()))
        .collect();
    let jit0 = [("TAIPAN_JIT_THRESHOLD", "0")];
    let mut failures: Vec<String> = run_all(root, &scripts, &|p| run_with(p, None, &jit0))
        .into_iter()
        .filter_map(|(name, r, _)| r.err().map(|e| format!("{name}: {e}")))
        .collect();
    let mut stressed: Vec<PathBuf> = GC_FREQUENT.iter().map(|s| root.join(s)).collect();
    collect(&root.join("tests/py/jit"), &mut stressed);
    failures.extend(
        run_all(root, &stressed, &|p| run_with(p, Some("1"), &jit0))
            .into_iter()
            .filter_map(|(name, r, _)| {
                r.err()
                    .map(|e| format!("{name} under TAIPAN_GC_STRESS=1: {e}"))
            }),
    );
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} runs failed under TAIPAN_JIT_THRESHOLD=0",
        failures.len()
    );
}
