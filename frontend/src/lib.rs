//! Taipan's frontend: Python source → AST → scopes → bytecode.
//!
//! ```text
//!  source ──ruff_python_parser──▶ AST ──symtable──▶ scopes ──compile──▶ CodeObject
//! ```
//!
//! Parsing is done by `ruff_python_parser` (pinned, see the workspace
//! manifest). Everything after the AST is ours: `symtable` decides for every
//! name in every scope whether it is local, global, a cell or a free variable
//! (Python 3 rules, including class-scope resolution), and `compile` turns the
//! AST into the instruction set of `bytecode`, with a position table and an
//! exception table per code object.  Errors come back as `CompileError`,
//! carrying what CPython prints for a `SyntaxError`.  `source` turns the
//! bytes of a file into text first (BOM, PEP 263 coding cookie).
pub mod bytecode;
pub mod code;
pub mod compile;
pub mod error;
pub mod source;
pub mod symtable;

pub use code::{CodeObject, Constant};
pub use compile::{Mode, compile};
pub use error::{CompileError, ErrorKind};
pub use source::{decode_script, decode_source};

/// Compiles the bytes of a source file (module mode): decodes them as
/// CPython reads a file it runs (BOM, PEP 263 coding cookie;
/// [`decode_script`]), then compiles.
pub fn compile_file(
    bytes: &[u8],
    filename: &str,
) -> Result<std::sync::Arc<CodeObject>, CompileError> {
    let text = decode_script(bytes, filename)?;
    compile(&text, filename, Mode::Exec)
}
