//! The collector really reclaims memory, cycles included: a script that
//! allocates well over a gigabyte in short-lived objects and reference
//! cycles must stay under a peak-RSS bound (read from `-X gc-stats`).
use std::process::Command;

#[test]
fn churn_stays_under_peak_rss_bound() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let runner = std::env::var("TAIPAN_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    let exe = env!("CARGO_BIN_EXE_taipan");
    let mut cmd = match words.next() {
        Some(p) => {
            let mut c = Command::new(p);
            c.args(words).arg(exe);
            c
        }
        None => Command::new(exe),
    };
    let out = cmd
        .args(["-X", "gc-stats"])
        .arg(root.join("tests/gc/churn.py"))
        .output()
        .expect("run taipan");
    assert!(out.status.success(), "churn.py failed: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1600000");
    let err = String::from_utf8_lossy(&out.stderr);
    let field = |name: &str| -> u64 {
        let line = err.lines().find(|l| l.starts_with("gc-stats:")).expect("gc-stats line");
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {line}"))
    };
    let collections = field("collections");
    let freed = field("freed_objects");
    let peak = field("peak_rss_kb");
    println!("collections={collections} freed={freed} peak_rss_kb={peak}");
    assert!(collections >= 10, "expected many collections, got {collections}");
    assert!(freed >= 2_000_000, "expected millions of objects reclaimed, got {freed}");
    // Under an emulator (qemu-user) the process's peak includes the
    // emulator itself, so the bound is looser there.
    let bound_mb = if runner.is_empty() { 150 } else { 400 };
    if peak > 0 {
        assert!(peak < bound_mb * 1024, "peak RSS {peak} kB is over the {bound_mb} MB bound");
    }
}
