//! The frontend targets' harness: compile one input on a long-lived worker
//! thread with the stack size the `taipan` CLI gives its frontend (the parser
//! and the compiler recurse as deep as the source nests, and the nesting
//! limits CPython imposes are measured against that stack).
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

/// Compiles `job` on the big-stack worker and waits for it.
pub fn check(job: Job) {
    let w = worker().lock().unwrap_or_else(|e| e.into_inner());
    w.jobs.send(job).expect("frontend worker is gone");
    w.done.recv().expect("frontend worker died");
}
