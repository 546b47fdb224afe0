//! Code objects: what the compiler produces and the interpreter runs.
//!
//! A `CodeObject` is plain Rust data (the frontend knows nothing about the
//! heap); the interpreter wraps each one in a heap `code` object and turns its
//! constants into Python values once, when the code is first loaded.
//!
//! Local slots follow CPython 3.11's "localsplus" layout:
//!
//! ```text
//! slot: 0 .. nvarnames            plain locals (arguments first, in order:
//!                                  positional, keyword-only, *args, **kwargs)
//!       nvarnames .. +ncellvars    cells created by this frame
//!       .. +nfreevars              cells received through the closure
//! ```
//!
//! An argument that is also a cell variable has its value moved into the cell
//! when the frame starts (`cell2arg`).
//!
//! Exception handling is table driven (zero cost when nothing is raised): when
//! an instruction at code index `i` raises, the interpreter finds the innermost
//! entry with `start <= i < end`, pops the value stack down to `depth`, pushes
//! the offset of the raising instruction if `push_lasti`, pushes the exception,
//! and jumps to `handler`.
use std::fmt::Write;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::bytecode::{self, Opcode};

/// Bits of `CodeObject::flags`.
pub mod code_flags {
    /// A function body (locals in slots), as opposed to module or class bodies.
    pub const OPTIMIZED: u32 = 1;
    /// The frame gets a fresh locals namespace (class bodies).
    pub const NEWLOCALS: u32 = 2;
    pub const VARARGS: u32 = 4;
    pub const VARKEYWORDS: u32 = 8;
    pub const NESTED: u32 = 16;
    pub const GENERATOR: u32 = 32;
    pub const COROUTINE: u32 = 128;
    /// A generator usable with `await` (set by `types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 256;
    pub const ASYNC_GENERATOR: u32 = 512;
    /// consts[0] is the function's docstring.
    pub const HAS_DOCSTRING: u32 = 1 << 26;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Arc<CodeObject>),
}

/// Source position of one code unit (1-based lines, 0-based UTF-8 byte columns
/// within their lines, as CPython's `co_positions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One entry of the exception table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    /// Instructions (see `bytecode`).
    pub code: Vec<u32>,
    /// Number of inline-cache slots used by `code`.
    pub ncaches: u32,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell variable, the argument slot whose value it starts with.
    pub cell2arg: Vec<Option<u32>>,
    /// One entry per code unit.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

impl CodeObject {
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Name of local slot `i` (plain local, cell or free variable).
    pub fn slot_name(&self, i: usize) -> &str {
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            &self.varnames[i]
        } else if i < nv + nc {
            &self.cellvars[i - nv]
        } else {
            &self.freevars[i - nv - nc]
        }
    }

    pub fn has_docstring(&self) -> bool {
        self.flags & code_flags::HAS_DOCSTRING != 0
    }

    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    /// Calling the function makes a generator, a coroutine or an async
    /// generator instead of running the body.
    pub fn is_resumable(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// Source line of the instruction at code index `i`.
    pub fn line_at(&self, i: usize) -> u32 {
        self.positions
            .get(i)
            .map(|p| p.line)
            .unwrap_or(self.firstlineno)
    }

    /// Human-readable listing (`taipan --dis`), recursing into nested code.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.dis_into(&mut out);
        out
    }

    fn dis_into(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "Disassembly of <code object {} at line {}> ({} args, {} locals, stack {}, {} caches):",
            self.qualname,
            self.firstlineno,
            self.argcount,
            self.nlocalsplus(),
            self.max_stack,
            self.ncaches
        );
        let mut i = 0;
        let mut last_line = 0;
        while i < self.code.len() {
            let (b, arg) = bytecode::decode(self.code[i]);
            let line = self.line_at(i);
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>5}")
            } else {
                "     ".to_string()
            };
            match Opcode::from_u8(b) {
                Some(op) => {
                    let detail = self.describe_arg(op, arg);
                    let _ = writeln!(out, "{line_col} {i:>6} {:<20} {arg:>5} {detail}", op.name());
                    i += op.width();
                }
                None => {
                    let _ = writeln!(out, "{line_col} {i:>6} <bad opcode {b}>");
                    i += 1;
                }
            }
        }
        if !self.exception_table.is_empty() {
            let _ = writeln!(out, "ExceptionTable:");
            for e in &self.exception_table {
                let _ = writeln!(
                    out,
                    "  {} to {} -> {} [{}]{}",
                    e.start,
                    e.end,
                    e.handler,
                    e.depth,
                    if e.push_lasti { " lasti" } else { "" }
                );
            }
        }
        for c in &self.consts {
            if let Constant::Code(inner) = c {
                out.push('\n');
                inner.dis_into(out);
            }
        }
    }

    fn describe_arg(&self, op: Opcode, arg: u32) -> String {
        let f = op.flags();
        let a = arg as usize;
        if f & bytecode::flags::CONST != 0 {
            return match self.consts.get(a) {
                Some(Constant::Code(c)) => format!("(<code {}>)", c.qualname),
                Some(c) => format!("({})", const_repr(c)),
                None => "(?)".into(),
            };
        }
        if f & bytecode::flags::NAME != 0 {
            return format!("({})", self.names.get(a).map(String::as_str).unwrap_or("?"));
        }
        if f & bytecode::flags::LOCAL != 0 {
            return if a < self.nlocalsplus() {
                format!("({})", self.slot_name(a))
            } else {
                "(?)".into()
            };
        }
        if f & bytecode::flags::JUMP != 0 {
            return format!("(to {arg})");
        }
        match op {
            Opcode::BinaryOp => {
                let inplace = arg & bytecode::BinOp::INPLACE != 0;
                match bytecode::BinOp::from_u32(arg & !bytecode::BinOp::INPLACE) {
                    Some(b) => format!("({}{})", b.symbol(), if inplace { "=" } else { "" }),
                    None => "(?)".into(),
                }
            }
            Opcode::CompareOp => match bytecode::CmpOp::from_u32(arg) {
                Some(c) => format!("({})", c.symbol()),
                None => "(?)".into(),
            },
            _ => String::new(),
        }
    }
}

/// A short Python-like rendering of a constant, for the disassembler.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { re, im } => format!("({re:?}+{im:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Code(c) => format!("<code {}>", c.qualname),
    }
}
