//! The compile corpus, fast part: the frontend must never panic, hang, or
//! disagree with CPython about whether a file compiles.
//!
//! * `cli_compile_only`: `taipan --compile-only` exits 0 for a good file, 1
//!   with CPython's SyntaxError text for a bad one (source encodings too), 2
//!   for a missing file.
//! * `regressions`: every file in `tests/compile/` (inputs that once crashed
//!   or fooled the frontend) compiles or is a SyntaxError as its first line
//!   says (`# expect: ok` or `# expect: SyntaxError: MESSAGE`, after a BOM
//!   if the file has one), with no panic.  The expectations are CPython 3.11's
//!   when it runs the file.
//! * `deep_nesting`: pathologically nested sources give CPython's limits
//!   (`too many nested parentheses`, `too many levels of indentation`, …),
//!   not a stack overflow.
//! * `mutants_never_panic`: a few thousand deterministic mutations of this
//!   repository's own test scripts, compiled in-process.
//! * `stdlib_sample`: if Debian's `/usr/lib/python3.11` is installed, the
//!   top-level modules compile and the test suite's known-bad files
//!   (`badsyntax_*`, `bad_coding*`) do not; skipped with a note otherwise.
//!
//! The whole corpus (every file of the standard library and its tests,
//! verdicts from CPython itself, and `--mutate`) is `tests/compile_corpus.py`.
use std::path::{Path, PathBuf};

mod common;
use common::taipan;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `f` on a thread with a large stack, as the VM's own thread has.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// `Ok(())`, or `Err("SyntaxError: msg")`; a panic is a test failure with the name.
fn verdict(bytes: &[u8], name: &str) -> Result<(), String> {
    let r = std::panic::catch_unwind(|| frontend::compile_file(bytes, name));
    match r {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(format!("{}: {}", e.kind.name(), e.msg)),
        Err(_) => panic!("the frontend panicked on {name}"),
    }
}

#[test]
fn cli_compile_only() {
    let dir = std::env::temp_dir().join(format!("taipan-compile-only-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: &[(&str, &[u8], i32, &str)] = &[
        ("good.py", b"def f(x):\n    return x + 1\n", 0, ""),
        (
            "latin1.py",
            b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
            0,
            "",
        ),
        (
            "bad.py",
            b"x = (1,\n",
            1,
            "  File \"{}\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
        ),
        (
            "undeclared.py",
            b"x = 1\ny = '\xe9'\n",
            1,
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        ),
        (
            "cookie.py",
            b"# coding: uft-8\n",
            1,
            "SyntaxError: encoding problem: uft-8\n",
        ),
        // A file that is run is read line by line: line 1, read before the
        // cookie on line 2, must be UTF-8 (compile(bytes) would accept it).
        (
            "line1.py",
            b"#\xe9\n# coding: latin-1\nx = 1\n",
            1,
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 1, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        ),
        // ... while the cookie line itself is not decoded.
        ("raw_cookie.py", b"# coding: ascii \xe9\nx = 1\n", 0, ""),
    ];
    for (name, src, status, stderr) in cases {
        let p = dir.join(name);
        std::fs::write(&p, src).unwrap();
        let out = taipan().arg("--compile-only").arg(&p).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*status), "{name}: {err}");
        assert_eq!(
            err,
            stderr.replace("{}", &p.display().to_string()),
            "{name}"
        );
        assert!(out.stdout.is_empty(), "{name}: compile-only prints nothing");
    }
    let out = taipan()
        .arg("--compile-only")
        .arg(dir.join("missing.py"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn regressions() {
    let dir = repo().join("tests/compile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    for p in files {
        let bytes = std::fs::read(&p).unwrap();
        let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        let first = first.strip_prefix(b"\xef\xbb\xbf").unwrap_or(first);
        let first = String::from_utf8_lossy(first);
        let expect = first
            .strip_prefix("# expect: ")
            .unwrap_or_else(|| panic!("{}: first line must be '# expect: ...'", p.display()))
            .trim_end()
            .to_string();
        let name = p.display().to_string();
        let got = big_stack(move || verdict(&bytes, &name));
        let got = match got {
            Ok(()) => "ok".to_string(),
            Err(e) => e,
        };
        assert_eq!(got, expect, "{}", p.display());
    }
}

#[test]
fn deep_nesting() {
    let n = 100_000;
    let cases: Vec<(String, &str)> = vec![
        (
            format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            format!("x = {}1{}\n", "[".repeat(300), "]".repeat(300)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            (0..120)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(120)
                + "pass\n",
            "IndentationError: too many levels of indentation",
        ),
    ];
    for (src, expect) in cases {
        let got = big_stack(move || verdict(src.as_bytes(), "<deep>"));
        assert_eq!(got, Err(expect.to_string()));
    }
    // Long flat chains are fine for CPython's parser; they must not crash ours
    // (CPython may report a recursion error for some, so only "no panic").
    for src in [
        format!("x = {}1\n", "-".repeat(n)),
        format!("x = {}1\n", "not ".repeat(n / 10)),
        format!("x = {}1\n", "1 + ".repeat(n)),
        format!("x = a{}\n", ".b".repeat(n)),
        format!("x = f{}\n", "()".repeat(n)),
        format!("x = {}\n", "lambda: ".repeat(n / 10)),
    ] {
        let _ = big_stack(move || verdict(src.as_bytes(), "<chain>"));
    }
}

/// A small deterministic generator (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

const PIECES: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b":",
    b",",
    b"=",
    b"*",
    b"**",
    b"\\",
    b"\n",
    b"\t",
    b"    ",
    b"'",
    b"\"",
    b"\"\"\"",
    b"#",
    b"@",
    b".",
    b";",
    b"lambda",
    b"yield",
    b"await",
    b"async",
    b"def",
    b"class",
    b"return",
    b"nonlocal x",
    b"global x",
    b"f'{",
    b"}'",
    b"\xff",
    b"\r",
    b"0x",
    b"1e",
    b"match",
    b"case",
    b"except*",
    b"del",
    b"from __future__ import x",
];

fn mutate(rng: &mut Lcg, data: &[u8]) -> Vec<u8> {
    let mut data = data.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(4) {
            0 => data.truncate(at),
            1 => {
                let end = (at + 1 + rng.below(8)).min(data.len());
                data.drain(at..end);
            }
            2 => {
                let end = (at + 1 + rng.below(8)).min(data.len());
                let piece = data[at..end].to_vec();
                data.splice(at..at, piece);
            }
            _ => {
                let piece = PIECES[rng.below(PIECES.len())];
                data.splice(at..at, piece.iter().copied());
            }
        }
    }
    data
}

#[test]
fn mutants_never_panic() {
    let mut files = Vec::new();
    py_files(&repo().join("tests/py"), &mut files);
    let sources: Vec<Vec<u8>> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter(|b| b.len() < 20_000)
        .collect();
    assert!(!sources.is_empty());
    big_stack(move || {
        let mut rng = Lcg(0x5eed);
        for i in 0..3000 {
            let src = &sources[rng.below(sources.len())];
            let m = mutate(&mut rng, src);
            let _ = verdict(&m, &format!("<mutant {i}>"));
        }
    });
}

#[test]
fn stdlib_sample() {
    let lib = Path::new("/usr/lib/python3.11");
    if !lib.join("os.py").exists() {
        eprintln!("note: /usr/lib/python3.11 is not installed; stdlib_sample skipped");
        return;
    }
    let mut good: Vec<PathBuf> = std::fs::read_dir(lib)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    good.sort();
    let test = lib.join("test");
    let mut bad = Vec::new();
    if test.is_dir() {
        // libpython3.11-testsuite: files with source encodings, and files
        // CPython itself rejects.
        for name in [
            "encoded_modules/module_iso_8859_1.py",
            "encoded_modules/module_koi8_r.py",
            "coding20731.py",
            "test_source_encoding.py",
            "test_typing.py",
        ] {
            good.push(test.join(name));
        }
        for e in std::fs::read_dir(&test).unwrap().flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            if (n.starts_with("badsyntax_") || n.starts_with("bad_coding")) && n.ends_with(".py") {
                bad.push(e.path());
            }
        }
        bad.sort();
    }
    let results = big_stack(move || {
        let mut failures = Vec::new();
        for p in &good {
            let Ok(bytes) = std::fs::read(p) else {
                continue;
            };
            if let Err(e) = verdict(&bytes, &p.display().to_string()) {
                failures.push(format!("{}: {e}", p.display()));
            }
        }
        for p in &bad {
            let bytes = std::fs::read(p).unwrap();
            if verdict(&bytes, &p.display().to_string()).is_ok() {
                failures.push(format!("{}: compiled, CPython rejects it", p.display()));
            }
        }
        failures
    });
    assert!(results.is_empty(), "{}", results.join("\n"));
}
