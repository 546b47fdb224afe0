//! The differential oracle: one program run by CPython (`python3`) and by
//! Taipan (the release binary), each as a subprocess with a time limit;
//! their stdout, exit status and the type of an uncaught exception (the
//! last line of stderr) must agree.
//!
//! * CPython's run decides whether the program is usable: if it times out,
//!   is killed, or prints more than `MAX_OUTPUT`, the input is skipped.
//! * A Taipan crash (exit status >= 101, a signal, "panicked" on stderr) or
//!   a hang (no answer in `TAIPAN_TIMEOUT` on a program CPython ran in under
//!   a second) is always a crash of the target.
//! * A difference in output is written to the findings folder
//!   (`TAIPAN_FUZZ_FINDINGS`, default `/tmp/taipan-differential`) as
//!   `<hash>.py` plus `<hash>.txt` (both outputs), and the run goes on;
//!   with `TAIPAN_FUZZ_STRICT=1` it is a crash instead (for minimizing).
//!
//! The Taipan binary is `TAIPAN_BIN`, by default `target/release/taipan` of
//! the repository this crate sits in (`cargo build --release` first).
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CPYTHON_TIMEOUT: Duration = Duration::from_secs(2);
const TAIPAN_TIMEOUT: Duration = Duration::from_secs(20);
const MAX_OUTPUT: usize = 64 << 10;

/// How one interpreter ended.
#[derive(Debug, PartialEq)]
pub enum Exit {
    Code(i32),
    Signal,
    Timeout,
}

#[derive(Debug)]
pub struct Outcome {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Outcome {
    /// The type of the uncaught exception (`ValueError`), from the last
    /// line of the traceback, if the program ended with one.
    pub fn exception_type(&self) -> Option<String> {
        if self.exit != Exit::Code(1) {
            return None;
        }
        let last = self.stderr.lines().rev().find(|l| !l.trim().is_empty())?;
        let name = last.split(':').next()?.trim();
        let ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
        ok.then(|| name.rsplit('.').next().unwrap_or(name).to_string())
    }
}

fn taipan_bin() -> PathBuf {
    match std::env::var_os("TAIPAN_BIN") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/taipan"),
    }
}

fn scratch() -> PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("create the scratch folder");
    d
}

/// Runs `cmd` with stdout/stderr sent to files (no pipe can fill up),
/// killing it after `limit`.
fn run(mut cmd: Command, limit: Duration, tag: &str) -> Outcome {
    let dir = scratch();
    let (out_path, err_path) = (
        dir.join(format!("{tag}.out")),
        dir.join(format!("{tag}.err")),
    );
    let out = std::fs::File::create(&out_path).expect("create stdout file");
    let err = std::fs::File::create(&err_path).expect("create stderr file");
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .env("PYTHONHASHSEED", "0")
        .spawn()
        .expect("start an interpreter");
    let exit = loop {
        if let Some(st) = child.try_wait().expect("wait for the interpreter") {
            break match st.code() {
                Some(c) => Exit::Code(c),
                None => Exit::Signal,
            };
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break Exit::Timeout;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    let read = |p: &Path| {
        let mut s = Vec::new();
        if let Ok(mut f) = std::fs::File::open(p) {
            let _ = f.by_ref().take(4 * MAX_OUTPUT as u64).read_to_end(&mut s);
        }
        String::from_utf8_lossy(&s).into_owned()
    };
    Outcome {
        exit,
        stdout: read(&out_path),
        stderr: read(&err_path),
        elapsed,
    }
}

/// CPython's outcome for the program in `file`.
pub fn cpython(file: &Path) -> Outcome {
    let mut c = Command::new("python3");
    c.arg("-S").arg(file);
    run(c, CPYTHON_TIMEOUT, "cpython")
}

/// Taipan's outcome for the program in `file`.
pub fn taipan(file: &Path) -> Outcome {
    let mut c = Command::new(taipan_bin());
    c.arg(file);
    run(c, TAIPAN_TIMEOUT, "taipan")
}

fn findings_dir() -> PathBuf {
    std::env::var_os("TAIPAN_FUZZ_FINDINGS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/taipan-differential"))
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// Runs `program` under both interpreters and checks that they agree.
pub fn check(program: &str) {
    let file = scratch().join("prog.py");
    std::fs::write(&file, program).expect("write the program");
    let want = cpython(&file);
    let usable = matches!(want.exit, Exit::Code(0) | Exit::Code(1))
        && want.stdout.len() <= MAX_OUTPUT
        && !want.stderr.contains("MemoryError")
        && !want.stderr.contains("RecursionError");
    if !usable {
        return;
    }
    let got = taipan(&file);
    let crashed = matches!(got.exit, Exit::Signal)
        || matches!(got.exit, Exit::Code(c) if c >= 101)
        || got.stderr.contains("panicked");
    assert!(
        !crashed,
        "Taipan crashed ({:?}):\n{}\n--- program ---\n{program}",
        got.exit, got.stderr
    );
    let hung = got.exit == Exit::Timeout && want.elapsed < Duration::from_secs(1);
    assert!(
        !hung,
        "Taipan hung ({:?}; CPython took {:?})\n--- program ---\n{program}",
        TAIPAN_TIMEOUT, want.elapsed
    );
    if got.exit == Exit::Timeout {
        return;
    }
    let same = got.stdout == want.stdout
        && got.exit == want.exit
        && got.exception_type() == want.exception_type();
    if same {
        return;
    }
    let report = format!(
        "CPython: {:?} {:?}\nTaipan:  {:?} {:?}\n--- CPython stdout ---\n{}\n--- Taipan stdout ---\n{}\n--- CPython stderr ---\n{}\n--- Taipan stderr ---\n{}\n",
        want.exit,
        want.exception_type(),
        got.exit,
        got.exception_type(),
        want.stdout,
        got.stdout,
        want.stderr,
        got.stderr
    );
    if std::env::var_os("TAIPAN_FUZZ_STRICT").is_some_and(|v| v != "0") {
        panic!("CPython and Taipan disagree\n{report}--- program ---\n{program}");
    }
    let dir = findings_dir();
    let _ = std::fs::create_dir_all(&dir);
    let h = fnv(program);
    let _ = std::fs::write(dir.join(format!("{h:016x}.py")), program);
    let _ = std::fs::write(dir.join(format!("{h:016x}.txt")), report);
}
