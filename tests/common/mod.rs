//! Helpers shared by the end-to-end tests.
use std::process::Command;

/// A command that runs the taipan binary, under TAIPAN_TEST_RUNNER
/// (`qemu-aarch64 -L /usr/aarch64-linux-gnu` on CI's aarch64 leg) when
/// it is set.
pub fn taipan() -> Command {
    let exe = env!("CARGO_BIN_EXE_taipan");
    let runner = std::env::var("TAIPAN_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    match words.next() {
        Some(prog) => {
            let mut c = Command::new(prog);
            c.args(words).arg(exe);
            c
        }
        None => Command::new(exe),
    }
}

/// Whether taipan runs under an emulator (TAIPAN_TEST_RUNNER is set):
/// timeouts are longer then.
#[allow(dead_code)] // Not every test crate that includes this module asks.
pub fn emulated() -> bool {
    std::env::var("TAIPAN_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}
