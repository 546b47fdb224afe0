//! Arbitrary bytes as a source file: decode (BOM, PEP 263), parse, scopes,
//! compile.  Oracle: no panic, no hang, no stack overflow.
#![no_main]
use libfuzzer_sys::fuzz_target;
use taipan_fuzz::frontend_check::{Job, check};

fuzz_target!(|data: &[u8]| check(Job::File(data.to_vec())));
