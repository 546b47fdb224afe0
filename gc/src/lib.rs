//! Taipan's garbage-collected heap.
//!
//! This crate knows nothing about Python.  It provides the object `Header`
//! every heap object starts with, a per-type `Meta` (trace and drop
//! functions), per-thread allocation (`Mutator`), and the collector
//! (`Heap`).  See `docs/GC.md` for the design and the rooting rule.
pub mod barrier;
pub mod budget;
pub mod header;
pub mod heap;
mod markers;
mod pauselog;
pub mod range;
mod retire;
pub mod safepoint;
pub mod trace;

pub use header::{HEADER_SIZE, Header, Meta};
pub use heap::{
    CollectionKind, CyclicGarbageFn, Heap, HeapStats, Mutator, MutatorState, PauseStats, Pending,
    Run, forget_dead_roots,
};
pub use safepoint::MutatorId;
pub use trace::{Trace, Tracer};
