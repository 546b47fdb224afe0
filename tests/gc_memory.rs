//! The collector really reclaims memory, cycles included: a script that
//! allocates well over a gigabyte in short-lived objects and reference
//! cycles must stay under a peak-RSS bound (read from `-X gc-stats`).

mod common;

#[test]
fn churn_stays_under_peak_rss_bound() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let command = common::taipan;
    // The peak of a program that allocates nothing: the baseline the churn
    // is measured against (under qemu-user it includes the emulator's own
    // memory, which grows with the heap's reserved address range).
    let base_out = command()
        .args(["-X", "gc-stats", "-c", "pass"])
        .output()
        .expect("run taipan");
    let out = command()
        .args(["-X", "gc-stats"])
        .arg(root.join("tests/gc/churn.py"))
        .output()
        .expect("run taipan");
    assert!(
        out.status.success(),
        "churn.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1600000");
    let field_of = |stderr: &[u8], name: &str| -> u64 {
        let err = String::from_utf8_lossy(stderr);
        let line = err
            .lines()
            .find(|l| l.starts_with("gc-stats:"))
            .expect("gc-stats line")
            .to_string();
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {line}"))
    };
    let field = |name: &str| field_of(&out.stderr, name);
    let collections = field("collections");
    let freed = field("freed_objects");
    let peak = field("peak_rss_kb");
    let base = field_of(&base_out.stderr, "peak_rss_kb");
    println!("collections={collections} freed={freed} peak_rss_kb={peak} baseline_kb={base}");
    assert!(
        collections >= 10,
        "expected many collections, got {collections}"
    );
    assert!(
        freed >= 2_000_000,
        "expected millions of objects reclaimed, got {freed}"
    );
    // The churn may add at most 150 MB to the baseline (natively about
    // 25 MB: the live data is small).
    let bound_mb = 150;
    if peak > 0 {
        assert!(
            peak.saturating_sub(base) < bound_mb * 1024,
            "peak RSS {peak} kB is over the baseline {base} kB + {bound_mb} MB"
        );
    }
}
