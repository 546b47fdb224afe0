//! Arbitrary valid UTF-8 as source text, compiled in exec, eval and single
//! mode.  Oracle: no panic, no hang, no stack overflow.
#![no_main]
use libfuzzer_sys::fuzz_target;
use taipan_fuzz::frontend_check::{Job, check};

fuzz_target!(|text: &str| check(Job::Text(text.to_string())));
