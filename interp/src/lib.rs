//! Taipan's interpreter: values, the object model, builtins, native
//! modules and the interpreter loop.  See docs/ARCHITECTURE.md.
pub mod arith;
pub mod builtins;
pub mod builtins_types;
pub mod eval;
pub mod format;
pub mod import;
pub mod layout;
pub mod methods;
pub mod modules;
pub mod objects;
pub mod ops;
pub mod regex;
pub mod runtime;
pub mod tier;
pub mod traceback;
pub mod value;

pub use runtime::{Exc, PyResult, Thread};
pub use value::Value;

/// The directory of Python library modules (`lib/`), if found.
pub fn lib_dir() -> Option<String> {
    if let Ok(d) = std::env::var("TAIPAN_LIB") {
        return Some(d);
    }
    let exe = std::env::current_exe().ok()?;
    let mut dir = exe.parent();
    while let Some(d) = dir {
        let cand = d.join("lib");
        if cand.join("collections").is_dir() || cand.join("README.md").is_file() {
            return Some(cand.display().to_string());
        }
        dir = d.parent();
    }
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()?
        .join("lib");
    Some(here.display().to_string())
}
