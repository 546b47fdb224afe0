//! The frontend targets' harness: compile one input on a long-lived worker
//! thread with the stack size the `taipan` CLI gives its frontend (the parser
//! and the compiler recurse as deep as the source nests, and the nesting
//! limits CPython imposes are measured against that stack).
//!
//! When the process's own stack limit is at least that big (`ulimit -s
//! 262144` before starting the fuzzer: the main thread may then grow that
//! far), the input is compiled on the calling thread instead, which saves
//! two thread switches per input.
//!
//! A panic on the worker aborts the process (libfuzzer-sys installs an
//! aborting panic hook), which libFuzzer reports as a crash with the input.
use std::sync::Mutex;
use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, Sender, channel};

/// The `taipan` CLI's interpreter/frontend thread stack (src/main.rs).
const STACK_SIZE: usize = 256 << 20;

/// What to compile.
pub enum Job {
    /// Bytes of a file: PEP 263 decoding, then module mode (`taipan FILE`).
    File(Vec<u8>),
    /// Text in each of the modes of `compile()`: exec, eval, single.
    Text(String),
}

struct Worker {
    jobs: Sender<Job>,
    done: Receiver<()>,
}

fn worker() -> &'static Mutex<Worker> {
    static W: OnceLock<Mutex<Worker>> = OnceLock::new();
    W.get_or_init(|| {
        let (jobs, rx) = channel::<Job>();
        let (tx, done) = channel();
        std::thread::Builder::new()
            .name("frontend".into())
            .stack_size(STACK_SIZE)
            .spawn(move || {
                for job in rx {
                    run(job);
                    if tx.send(()).is_err() {
                        return;
                    }
                }
            })
            .expect("spawn the frontend worker");
        Mutex::new(Worker { jobs, done })
    })
}

fn run(job: Job) {
    match job {
        Job::File(bytes) => {
            let _ = frontend::compile_file(&bytes, "<fuzz>");
        }
        Job::Text(text) => {
            for mode in [
                frontend::Mode::Exec,
                frontend::Mode::Eval,
                frontend::Mode::Single,
            ] {
                let _ = frontend::compile(&text, "<fuzz>", mode);
            }
        }
    }
}

/// Whether the main thread's stack may grow to `STACK_SIZE`
/// (`Max stack size` in /proc/self/limits).
fn main_stack_is_big() -> bool {
    static BIG: OnceLock<bool> = OnceLock::new();
    *BIG.get_or_init(|| {
        let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
        limits
            .lines()
            .find(|l| l.starts_with("Max stack size"))
            .and_then(|l| l.split_whitespace().nth(3))
            .is_some_and(|soft| {
                soft == "unlimited" || soft.parse::<usize>().is_ok_and(|n| n >= STACK_SIZE)
            })
    })
}

/// Whether the caller is the process's initial thread (its thread id, in
/// `/proc/thread-self` = `PID/task/TID`, is the process id).
/// Looked up once per thread (it was one `readlink` system call per input).
fn on_main_thread() -> bool {
    thread_local! {
        static MAIN: bool = std::fs::read_link("/proc/thread-self").is_ok_and(|p| {
            let p = p.to_string_lossy().into_owned();
            let mut parts = p.split('/');
            let pid = parts.next();
            parts.nth(1) == pid && pid.is_some()
        });
    }
    MAIN.with(|m| *m)
}

/// Compiles `job` on a stack of `STACK_SIZE` bytes: the calling thread's
/// if it is the main thread and the limit allows it, else the worker's.
pub fn check(job: Job) {
    if main_stack_is_big() && on_main_thread() {
        run(job);
        return;
    }
    let w = worker().lock().unwrap_or_else(|e| e.into_inner());
    w.jobs.send(job).expect("frontend worker is gone");
    w.done.recv().expect("frontend worker died");
}
