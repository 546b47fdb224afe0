//! SIGINT raises KeyboardInterrupt in the running Python code, both in a
//! busy loop and inside `time.sleep` (which otherwise would not wake).
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn interrupted_output(code: &str) -> String {
    // Under TAIPAN_TEST_RUNNER (qemu-aarch64) the emulator forwards the signal.
    let exe = env!("CARGO_BIN_EXE_taipan");
    let runner = std::env::var("TAIPAN_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    let mut cmd = match words.next() {
        Some(prog) => {
            let mut c = Command::new(prog);
            c.args(words).arg(exe);
            c
        }
        None => Command::new(exe),
    };
    let child = cmd
        .args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn taipan");
    // Give the interpreter time to start and enter the loop or the sleep.
    std::thread::sleep(Duration::from_millis(1500));
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -INT failed");
    let start = Instant::now();
    let out = child.wait_with_output().expect("wait for taipan");
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "taipan took too long to react to SIGINT"
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn sigint_interrupts_busy_loop() {
    let out = interrupted_output(
        "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught loop')\n",
    );
    assert_eq!(out, "caught loop\n");
}

#[test]
fn sigint_interrupts_sleep() {
    let out = interrupted_output(
        "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught sleep')\n",
    );
    assert_eq!(out, "caught sleep\n");
}
