//! `TAIPAN_GC_PHASES=1`: one line on stderr per collection, with the time
//! of each phase of the pause and the collector thread's own CPU time,
//! page faults and context switches over it.
//!
//! ```text
//! gc-phase minor wall_us=3102.4 cpu_us=3099.0 minflt=0 vcsw=0 ivcsw=0 stop=4.1 ...
//!          sweep=91.3 ... remembered=58210 cards_dirtied=15987 promoted=...
//! ```
//!
//! A pause whose wall time exceeds its CPU time by tens of milliseconds was
//! not the collector's work: the thread did not run (the kernel's real-time
//! throttling under `chrt`, or another process on the core); see
//! docs/GC.md, "Minor pauses: where the time goes".  A phase is the wall
//! time since the previous one; notes are counts the collector knows
//! (dirty card words, old objects traced for the remembered set, bytes
//! promoted).  Off, the log costs one load of a flag per phase.
use std::sync::OnceLock;
use std::time::Instant;

/// The phases and notes of the collection in progress (see the module doc).
pub(crate) struct PauseLog {
    on: bool,
    start: Instant,
    last: Instant,
    cpu0: u64,
    usage0: Usage,
    /// The phases (nanoseconds) and notes so far, formatted by `finish`:
    /// a `format!` per phase cost the pause ~0.2 us each.
    items: Vec<(&'static str, Item)>,
}

enum Item {
    Phase(u64),
    Note(usize),
}

/// A thread's minor page faults, voluntary and involuntary context switches.
type Usage = (i64, i64, i64);

fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec passed to it.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn thread_usage() -> Usage {
    // SAFETY: rusage is plain integers (all-zero is a valid value), and
    // getrusage only writes the struct passed to it.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_THREAD, &mut ru);
        (ru.ru_minflt, ru.ru_nvcsw, ru.ru_nivcsw)
    }
}

impl PauseLog {
    /// Starts the log of a collection (before the world is stopped).
    pub(crate) fn start() -> PauseLog {
        static ON: OnceLock<bool> = OnceLock::new();
        let on = *ON.get_or_init(|| std::env::var_os("TAIPAN_GC_PHASES").is_some_and(|v| v != "0"));
        // The CPU clock and usage first: reading the thread's CPU clock
        // brings the kernel's accounting up to date, and a real-time
        // throttle due then takes effect before the wall clock starts.
        let (cpu0, usage0) = if on {
            (thread_cpu_ns(), thread_usage())
        } else {
            (0, (0, 0, 0))
        };
        let now = Instant::now();
        PauseLog {
            on,
            start: now,
            last: now,
            cpu0,
            usage0,
            items: if on {
                Vec::with_capacity(48)
            } else {
                Vec::new()
            },
        }
    }

    /// Ends the phase `name` (its time is since the previous phase).
    pub(crate) fn phase(&mut self, name: &'static str) {
        if self.on {
            let now = Instant::now();
            let ns = (now - self.last).as_nanos() as u64;
            self.items.push((name, Item::Phase(ns)));
            self.last = now;
        }
    }

    /// Adds a count to the line.
    pub(crate) fn note(&mut self, name: &'static str, value: usize) {
        if self.on {
            self.items.push((name, Item::Note(value)));
        }
    }

    /// Prints the line of a collection of the given kind.
    pub(crate) fn finish(&mut self, kind: &str) {
        if !self.on {
            return;
        }
        let wall = self.start.elapsed().as_nanos() as f64 / 1e3;
        let cpu = (thread_cpu_ns() - self.cpu0) as f64 / 1e3;
        let u = thread_usage();
        let mut line = String::new();
        for (name, item) in &self.items {
            match item {
                Item::Phase(ns) => line.push_str(&format!(" {name}={:.1}", *ns as f64 / 1e3)),
                Item::Note(v) => line.push_str(&format!(" {name}={v}")),
            }
        }
        eprintln!(
            "gc-phase {kind} wall_us={wall:.1} cpu_us={cpu:.1} minflt={} vcsw={} ivcsw={}{line}",
            u.0 - self.usage0.0,
            u.1 - self.usage0.1,
            u.2 - self.usage0.2,
        );
    }
}
