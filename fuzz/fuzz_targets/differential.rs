//! A generated program (`taipan_fuzz::program`) run by CPython and by
//! Taipan; outputs compared (`taipan_fuzz::differential`).
#![no_main]
use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    if let Ok(program) = taipan_fuzz::program::generate(&mut u) {
        if std::env::var_os("TAIPAN_FUZZ_PRINT").is_some() {
            eprintln!("{program}");
        }
        taipan_fuzz::differential::check(&program);
    }
});
