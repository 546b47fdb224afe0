//! Running one program once: wall-clock time, CPU time, output, timeout.
//!
//! The child's stdout and stderr go to files in a scratch directory (no
//! pipes, so a chatty program cannot block on a full pipe while we wait).
//! Wall time is measured around spawn..exit with `Instant`.  CPU time
//! (user + sys of the child and everything it waited for) is the growth of
//! this process's `cutime + cstime` in `/proc/self/stat` across the run:
//! the kernel adds a child's times there when it is reaped, and runs are
//! strictly sequential, so the difference belongs to that one child.  The
//! clock tick is `USER_HZ`, which Linux fixes at 100 for user space, so CPU
//! times have a 10 ms resolution.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wait_timeout::ChildExt;

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Exit {
    Code(i32),
    /// Killed by a signal (the number, when known).
    Signal(Option<i32>),
    TimedOut,
}

#[derive(Debug, Clone)]
pub struct RunOutput {
    pub exit: Exit,
    pub wall_s: f64,
    /// User + system CPU seconds, if `/proc/self/stat` could be read.
    pub cpu_s: Option<f64>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `program args...` in `cwd`, killing it after `timeout`.
pub fn run(
    program: &Path,
    args: &[String],
    cwd: &Path,
    timeout: Duration,
    scratch: &Path,
) -> Result<RunOutput, String> {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let out = std::fs::File::create(&out_path).map_err(|e| e.to_string())?;
    let err = std::fs::File::create(&err_path).map_err(|e| e.to_string())?;
    let cpu_before = children_cpu_ticks();
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let status = child.wait_timeout(timeout).map_err(|e| e.to_string())?;
    let wall_s = start.elapsed().as_secs_f64();
    let exit = match status {
        Some(s) => exit_of(s),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            Exit::TimedOut
        }
    };
    let cpu_s = match (cpu_before, children_cpu_ticks()) {
        (Some(a), Some(b)) => Some(b.saturating_sub(a) as f64 / 100.0),
        _ => None,
    };
    let read =
        |p: &PathBuf| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    Ok(RunOutput {
        exit,
        wall_s,
        cpu_s,
        stdout: read(&out_path),
        stderr: read(&err_path),
    })
}

fn exit_of(status: std::process::ExitStatus) -> Exit {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(c) => Exit::Code(c),
        None => Exit::Signal(status.signal()),
    }
}

/// `cutime + cstime` of this process, in clock ticks.
fn children_cpu_ticks() -> Option<u64> {
    parse_children_ticks(&std::fs::read_to_string("/proc/self/stat").ok()?)
}

/// Fields 16 and 17 (cutime, cstime) of a `/proc/PID/stat` line.  The
/// second field (the command name, in parentheses) may hold spaces, so the
/// count starts after its closing parenthesis, at field 3.
pub fn parse_children_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let cutime: u64 = fields.get(16 - 3)?.parse().ok()?;
    let cstime: u64 = fields.get(17 - 3)?.parse().ok()?;
    Some(cutime + cstime)
}

/// Runs `program args` and returns the first line of its stdout, or of its
/// stderr if stdout is empty (`python2`-era tools print versions there).
pub fn version_line(program: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = if out.stdout.iter().any(|b| !b.is_ascii_whitespace()) {
        out.stdout
    } else {
        out.stderr
    };
    let text = String::from_utf8_lossy(&text);
    let joined: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if joined.is_empty() {
        None
    } else {
        Some(joined.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_stat() {
        let line = "1234 (my (odd) prog) S 1 2 3 4 5 6 7 8 9 10 11 12 250 17 20 0 1 0 100 200 300";
        // utime=11 stime=12 cutime=250 cstime=17
        assert_eq!(parse_children_ticks(line), Some(267));
        assert_eq!(parse_children_ticks("garbage"), None);
    }

    #[test]
    fn runs_a_process_and_captures_output() {
        let dir = std::env::temp_dir().join(format!("taipan-bench-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let sh = Path::new("/bin/sh");
        let r = run(
            sh,
            &["-c".into(), "echo hi; echo oops >&2; exit 3".into()],
            &dir,
            Duration::from_secs(10),
            &dir,
        )
        .unwrap();
        assert_eq!(r.exit, Exit::Code(3));
        assert_eq!(r.stdout, "hi\n");
        assert_eq!(r.stderr, "oops\n");
        let r = run(
            sh,
            &["-c".into(), "sleep 5".into()],
            &dir,
            Duration::from_millis(200),
            &dir,
        )
        .unwrap();
        assert_eq!(r.exit, Exit::TimedOut);
        assert!(r.wall_s < 4.0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
