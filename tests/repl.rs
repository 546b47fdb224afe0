//! The interactive loop, fed on a pipe: statements run one at a time, an
//! error is reported through sys.excepthook and the session goes on, and
//! SystemExit (also one raised by the hook) ends it with its status.
use std::io::Write;
use std::process::Stdio;

mod common;

/// Runs the REPL on `input`; returns stdout and the exit status.
fn repl(input: &str) -> (String, i32) {
    let mut child = common::taipan()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn taipan");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(input.as_bytes())
        .expect("write the input");
    let out = child.wait_with_output().expect("wait for taipan");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn an_error_does_not_end_the_session() {
    let (out, code) = repl("x = 6\n1/0\nprint(x * 7)\n");
    assert_eq!((out.as_str(), code), ("42\n", 0));
}

#[test]
fn system_exit_ends_the_session_with_its_status() {
    let (out, code) = repl("print('a')\nraise SystemExit(3)\nprint('b')\n");
    assert_eq!((out.as_str(), code), ("a\n", 3));
}

#[test]
fn excepthook_reports_errors_and_its_system_exit_ends_the_session() {
    let (out, code) = repl(
        "import sys\ndef h(t, v, tb):\n    print('hook', t.__name__)\n    if t is KeyError:\n        sys.exit(4)\n\nsys.excepthook = h\n1/0\n{}['k']\nprint('after')\n",
    );
    assert_eq!(
        (out.as_str(), code),
        ("hook ZeroDivisionError\nhook KeyError\n", 4)
    );
}
