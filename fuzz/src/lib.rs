//! Generators and oracles for Taipan's fuzz targets (the targets themselves,
//! in `fuzz_targets/`, are a few lines each), in the manner of wasmtime's
//! `fuzz/` + `crates/fuzzing` split.
//!
//! * `frontend_check`: runs the frontend (decode, parse, scopes, compile) on
//!   a thread with the CLI's stack size; the only oracle is "no panic".
//! * `program`: a grammar-based generator of small deterministic Python
//!   programs from the fuzzer's bytes; `differential`: runs one under
//!   CPython (`python3`) and under Taipan (subprocesses with time limits)
//!   and compares stdout and the uncaught exception's type.
//! * `heap_model`: random operation sequences on the `gc` heap, checked
//!   against a shadow object graph.
//!
//! See `fuzz/README.md` for how to run the targets.
pub mod differential;
pub mod frontend_check;
pub mod heap_model;
pub mod program;
