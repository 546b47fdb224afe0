//! `-X heap-max=SIZE` (gc/src/budget.rs, docs/GC.md "The budget"): invalid
//! sizes are refused at startup with a clear message, valid ones are
//! accepted in both spellings (`-X opt`, `-Xopt`), and a program that grows
//! without bound under a cap gets MemoryError while the process's peak RSS
//! stays within a small multiple of the cap.  The Python-visible behaviour
//! is in the differential tests `tests/py/robustness/heap_max_*.py`.
use std::process::Output;

mod common;

fn taipan(args: &[&str]) -> Output {
    common::taipan().args(args).output().expect("run taipan")
}

#[test]
fn invalid_sizes_are_refused_at_startup() {
    for (opt, want) in [
        ("heap-max=abc", "'abc' is not a size"),
        ("heap-max=", "'' is not a size"),
        ("heap-max=12T", "unknown size suffix 'T'"),
        ("heap-max=1.5G", "'1.5G' is not a size"),
        ("heap-max=-5M", "'-5M' is not a size"),
        ("heap-max=0", "the size must be positive"),
        ("heap-max=99999999999G", "'99999999999G' is too large"),
        ("heap-max", "-X heap-max needs a size"),
    ] {
        let out = taipan(&["-X", opt, "-c", "print('ran')"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "-X {opt}: status, stderr {err:?}"
        );
        assert!(out.stdout.is_empty(), "-X {opt} ran the program");
        assert!(
            err.contains("heap-max") && err.contains(want),
            "-X {opt}: stderr {err:?} lacks {want:?}"
        );
    }
}

#[test]
fn valid_sizes_are_accepted() {
    for args in [
        &["-X", "heap-max=4000000"][..],
        &["-X", "heap-max=64M"],
        &["-X", "heap-max=64m"],
        &["-Xheap-max=1G"],
        &["-X", "heap-max=8192k"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-c", "print(len([0] * 1000))"]);
        let out = taipan(&a);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), "1000\n", "{args:?}");
    }
}

#[test]
fn a_cap_below_the_vms_own_memory_gives_memory_error() {
    // The budget counts the VM's own native memory (about 1 MB at start):
    // under 500000 bytes the first allocations raise MemoryError, cleanly.
    let out = taipan(&["-X", "heap-max=500000", "-c", "print(len([0] * 1000))"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr {err:?}");
    assert_eq!(err.lines().last(), Some("MemoryError"), "stderr {err:?}");
}

#[test]
fn growth_under_a_cap_stays_bounded() {
    // Native growth (a list's items), heap growth (small objects), both.
    let script = "import itertools\n\
        for f in (lambda: list(itertools.count()),\n\
                  lambda: [str(i) for i in itertools.count()],\n\
                  lambda: {i: [i] for i in itertools.count()}):\n\
        \x20   try:\n\
        \x20       f()\n\
        \x20   except MemoryError as e:\n\
        \x20       print('MemoryError', e.args)\n\
        print('done')\n";
    let out = taipan(&["-X", "gc-stats", "-X", "heap-max=64M", "-c", script]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {err}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "MemoryError ()\nMemoryError ()\nMemoryError ()\ndone\n"
    );
    let peak: u64 = err
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("peak_rss_kb="))
        .and_then(|v| v.parse().ok())
        .expect("peak_rss_kb in gc-stats");
    println!("peak_rss_kb={peak} under -X heap-max=64M");
    // The cap counts bytes in use; the peak RSS adds the last doubling of a
    // growing buffer (counted once it is allocated), the allocator's
    // retained pages and the emulator under qemu-user.
    let bound = if std::env::var("TAIPAN_TEST_RUNNER").is_ok_and(|r| !r.is_empty()) {
        1024 * 1024
    } else {
        4 * 64 * 1024
    };
    assert!(peak < bound, "peak RSS {peak} KiB over {bound} KiB");
}
