//! The bytecode compiler: AST + symbol table → `CodeObject`s.
//!
//! The shape follows CPython 3.11's `Python/compile.c`: one `Unit` per code
//! object being compiled (module, class body, function, lambda,
//! comprehension), a stack of *frame blocks* (`FBlock`) recording the
//! statements that need cleanup when control leaves them early (loops pop
//! their iterator, `with` calls `__exit__`, `finally` bodies run, exception
//! handlers restore the previous exception), and zero-cost exception handling
//! through an exception table.
//!
//! Instructions are emitted into a flat list with symbolic labels.  Every
//! instruction is tagged with the innermost active exception handler (the
//! handler stack is pushed by `setup_handler` and popped by `pop_handler`,
//! the analogues of CPython's `SETUP_FINALLY`/`SETUP_CLEANUP` and `POP_BLOCK`
//! pseudo-instructions), and the compiler tracks the stack depth as it emits,
//! so a handler records the depth the stack is unwound to.  `assemble` lays
//! the instructions out, resolves labels, builds the exception table and the
//! position table, and computes `max_stack` by a separate flow analysis that
//! also checks the stack discipline.
//!
//! Exception handler layout (`try: B except E as e: H`), depth `D` at entry:
//!
//! ```text
//!         setup L1 (D)        B        pop      [else]     Jump end
//!   L1:   setup cleanup (D+1, lasti)   PushExcInfo            [prev, exc]
//!         <E> CheckExcMatch PopJumpIfFalse next
//!         store e   setup cleanup_end (D+1, lasti)   H   pop pop
//!         PopExcept  e = None; del e   Jump end
//!   cleanup_end: e = None; del e; Reraise
//!   next: ...      Reraise 0          (no clause matched)
//!   cleanup: Copy 3; PopExcept; Reraise 1
//!   end:
//! ```
use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::visitor::Visitor as _;
use ruff_python_ast::{
    self as ast, BoolOp, CmpOp as AstCmpOp, Expr, ExprContext, Number, Operator, Stmt, UnaryOp,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::bytecode::{self, BinOp, CmpOp, Opcode, make_function};
use crate::code::{CodeObject, Constant, ExceptionEntry, Position, code_flags};
use crate::error::{CompileError, ErrorKind, LineIndex};
use crate::symtable::{self, ScopeId, ScopeKind, SymbolScope, SymbolTable, mangle, node_key};

mod assemble;
mod parse_error;
mod pattern;

pub use assemble::{check_operands, compute_max_stack};

/// What kind of source `compile` accepts (the `mode` of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    // Universal newlines, as CPython's tokenizer: "\r\n" and a lone "\r" are
    // read as "\n" (also inside string literals).
    let normalized;
    let source = if source.contains('\r') {
        normalized = source.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        source
    };
    let li = LineIndex::new(source);
    match mode {
        Mode::Exec | Mode::Single => {
            let module = parse_error::parse_module(source, filename, &li)?;
            check_nesting(|v| v.visit_body(&module.body), filename, &li)?;
            let future_line = future_imports(&module.body, filename, &li)?;
            let st = SymbolTable::build_module(&module.body, module.range)
                .map_err(|e| li.error(ErrorKind::SyntaxError, e.msg, filename, e.range))?;
            let mut c = Compiler::new(&li, filename, st, mode);
            c.future_line = future_line;
            c.compile_module(&module.body)
        }
        Mode::Eval => {
            let expr = parse_error::parse_expression(source, filename, &li)?;
            check_nesting(|v| v.visit_expr(&expr.body), filename, &li)?;
            let st = SymbolTable::build_expression(&expr.body, expr.range)
                .map_err(|e| li.error(ErrorKind::SyntaxError, e.msg, filename, e.range))?;
            let mut c = Compiler::new(&li, filename, st, mode);
            c.compile_eval(&expr.body)
        }
    }
}

type CResult<T> = Result<T, CompileError>;

// --- Nesting limit ---

/// How deeply statements and expressions may nest.  CPython's symbol table
/// stops at three times the recursion limit, less what the caller already
/// uses (running a file, `x = 1 + 1 + ... + 1` with 2999 `+` is a
/// `RecursionError`, with 2998 it is not); the same bound keeps the recursive
/// passes here (scopes, code generation) within the stack.
const MAX_NESTING: u32 = 3000;

/// CPython's PEG parser gives up (a bare `MemoryError`) when its rule
/// functions nest `MAXSTACK` (6000) deep.  Left-recursive rules (`a + b`,
/// `a.b`, `a[b]`, `a()`) and repetitions loop and cost nothing; the
/// right-recursive ones cost levels per nesting: a unary operator or `not`
/// and an `if`-`else` one, `**` and `lambda` two.  A statement at module
/// level starts about `PARSER_BASE_LEVELS` deep (so 5969 unary minus signs
/// parse, 5970 do not, as in CPython 3.11).
const PARSER_MAX_LEVELS: u32 = 6000;
const PARSER_BASE_LEVELS: u32 = 31;

struct NestingCheck {
    depth: u32,
    too_deep: bool,
    /// Parser levels on the current path and the most seen.
    parser_levels: u32,
    max_parser_levels: u32,
    /// The first replacement field nested two format specs deep
    /// (`f"{x:{y:{z}}}"`), which 3.11's f-string parser refuses.
    fstring_too_deep: Option<TextRange>,
}

/// A replacement field at format-spec nesting `level` 2 or more.
fn fstring_nested_too_deep(
    elements: &ast::InterpolatedStringElements,
    level: u32,
) -> Option<TextRange> {
    for el in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            if level >= 2 {
                return Some(i.range);
            }
            if let Some(spec) = &i.format_spec
                && let Some(r) = fstring_nested_too_deep(&spec.elements, level + 1)
            {
                return Some(r);
            }
        }
    }
    None
}

impl NestingCheck {
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.too_deep = true;
        }
        !self.too_deep
    }
}

impl<'a> ast::visitor::Visitor<'a> for NestingCheck {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if self.enter() {
            ast::visitor::walk_stmt(self, s);
        }
        self.depth -= 1;
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        let cost = match e {
            Expr::UnaryOp(_) | Expr::If(_) => 1,
            Expr::Lambda(_) => 2,
            Expr::BinOp(b) if b.op == ast::Operator::Pow => 2,
            _ => 0,
        };
        self.parser_levels += cost;
        self.max_parser_levels = self.max_parser_levels.max(self.parser_levels);
        if let Expr::FString(f) = e
            && self.fstring_too_deep.is_none()
        {
            self.fstring_too_deep = f.value.iter().find_map(|part| match part {
                ast::FStringPart::FString(fs) => fstring_nested_too_deep(&fs.elements, 0),
                ast::FStringPart::Literal(_) => None,
            });
        }
        // Past the compiler's limit the walk goes on only along the chains
        // that cost parser levels (the parser has already recursed this deep).
        if self.enter() || cost > 0 {
            ast::visitor::walk_expr(self, e);
        }
        self.depth -= 1;
        self.parser_levels -= cost;
    }
    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        if self.enter() {
            ast::visitor::walk_pattern(self, p);
        }
        self.depth -= 1;
    }
}

/// `RecursionError: maximum recursion depth exceeded during compilation` if
/// the tree is nested deeper than `MAX_NESTING`; the f-string nesting error.
fn check_nesting(
    walk: impl FnOnce(&mut NestingCheck),
    filename: &str,
    li: &LineIndex,
) -> CResult<()> {
    let mut v = NestingCheck {
        depth: 0,
        too_deep: false,
        parser_levels: PARSER_BASE_LEVELS,
        max_parser_levels: 0,
        fstring_too_deep: None,
    };
    walk(&mut v);
    if v.max_parser_levels > PARSER_MAX_LEVELS {
        return Err(CompileError {
            kind: ErrorKind::MemoryError,
            msg: String::new(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
        });
    }
    if let Some(range) = v.fstring_too_deep {
        return Err(li.error(
            ErrorKind::SyntaxError,
            "f-string: expressions nested too deeply",
            filename,
            range,
        ));
    }
    if !v.too_deep {
        return Ok(());
    }
    Err(CompileError {
        kind: ErrorKind::RecursionError,
        msg: "maximum recursion depth exceeded during compilation".into(),
        filename: filename.to_string(),
        line: 0,
        col: 0,
        end_line: 0,
        end_col: 0,
        text: None,
    })
}

// --- Future statements ---

const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

fn is_future_import_stmt(i: &ast::StmtImportFrom) -> bool {
    i.module
        .as_ref()
        .is_some_and(|m| m.id.as_str() == "__future__")
}

fn is_future_import(s: &Stmt) -> Option<&ast::StmtImportFrom> {
    match s {
        Stmt::ImportFrom(i) if is_future_import_stmt(i) => Some(i),
        _ => None,
    }
}

/// The future statements at the top of a module (`future_parse` in CPython's
/// `Python/future.c`): after an optional docstring, a run of `from
/// __future__ import ...` statements.  Their features are checked here; the
/// line of the last one is returned (0 if none), and the compiler rejects any
/// `from __future__` import on a later line.  A future import on the same
/// line as a statement ending the run (`import x; from __future__ import y`)
/// is rejected here.
fn future_imports(body: &[Stmt], filename: &str, li: &LineIndex) -> CResult<u32> {
    let mut future_line = 0;
    let mut done = false;
    let mut prev_line = 0;
    let has_docstring =
        matches!(body.first(), Some(Stmt::Expr(e)) if e.value.is_string_literal_expr());
    for s in &body[usize::from(has_docstring)..] {
        let (line, _) = li.line_col(s.range().start());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match is_future_import(s) {
            Some(_) if done => {
                let mut e = li.error(ErrorKind::SyntaxError, LATE_FUTURE, filename, s.range());
                e.end_line = 0;
                e.end_col = 0;
                return Err(e);
            }
            Some(i) => {
                for a in &i.names {
                    let n = a.name.id.as_str();
                    let known = matches!(
                        n,
                        "nested_scopes"
                            | "generators"
                            | "division"
                            | "absolute_import"
                            | "with_statement"
                            | "print_function"
                            | "unicode_literals"
                            | "barry_as_FLUFL"
                            | "generator_stop"
                            | "annotations"
                    );
                    if !known {
                        let msg = if n == "braces" {
                            "not a chance".to_string()
                        } else {
                            format!("future feature {n} is not defined")
                        };
                        return Err(li.error(ErrorKind::SyntaxError, msg, filename, a.range));
                    }
                }
                future_line = line;
            }
            None => done = true,
        }
    }
    Ok(future_line)
}

// --- Units, labels, frame blocks ---

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(usize);

#[derive(Clone, Copy, Debug)]
struct Instr {
    op: Opcode,
    arg: u32,
    target: Option<Label>,
    range: TextRange,
    handler: Option<usize>,
}

#[derive(Clone, Copy, Debug)]
struct Handler {
    label: Label,
    depth: u32,
    lasti: bool,
}

/// A statement that needs cleanup when control leaves it early.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        range: TextRange,
        is_async: bool,
    },
    ExceptionHandler,
    /// The handlers of a `try ... except*` (break/continue/return may not
    /// leave them).
    ExceptionGroupHandler,
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    label_depth: Vec<Option<i32>>,
    consts: Vec<Constant>,
    /// `const_hash` of each constant → its indices in `consts` (so that
    /// `add_const` does not scan the list: a module with 100,000 literals).
    const_index: HashMap<u64, Vec<u32>>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    handlers: Vec<Handler>,
    handler_stack: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    depth: i32,
    loc: TextRange,
    private: Option<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    /// The body of an `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION).
    async_def: bool,
}

struct Compiler<'a> {
    li: &'a LineIndex<'a>,
    filename: String,
    st: SymbolTable,
    units: Vec<Unit<'a>>,
    mode: Mode,
    /// Line of the last valid future statement (0: none); a `from
    /// __future__` import after it is an error.
    future_line: u32,
}

/// How a name is used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn new(li: &'a LineIndex<'a>, filename: &str, st: SymbolTable, mode: Mode) -> Self {
        Compiler {
            li,
            filename: filename.to_string(),
            st,
            units: Vec::new(),
            mode,
            future_line: 0,
        }
    }

    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.li
            .error(ErrorKind::SyntaxError, msg, &self.filename, range)
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    // --- Entering and leaving code units ---

    fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: &str,
        range: TextRange,
        firstline_range: TextRange,
    ) {
        let s = &self.st.scopes[scope];
        let kind = s.kind;
        let qualname = self.qualname_for(scope, name);
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let varnames = s.varnames();
        let cellvars = s.cellvars();
        let freevars = s.freevars();
        let mut flags = 0;
        if kind.is_function() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if s.nested {
                flags |= code_flags::NESTED;
            }
            flags |= resumable_flags(s);
        }
        let firstlineno = self.li.line_col(firstline_range.start()).0;
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            loc: range,
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            async_def: false,
        });
    }

    fn qualname_for(&self, scope: ScopeId, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        let kind = self.st.scopes[scope].kind;
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == SymbolScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn leave_unit(&mut self) -> CResult<Arc<CodeObject>> {
        let mut u = self.units.pop().unwrap();
        self.thread_bool_jumps(&mut u);
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        let (code, positions, exception_table, ncaches) = self.assemble(&u);
        let nlocals = u.varnames.len() + u.cellvars.len() + u.freevars.len();
        let max_stack = compute_max_stack(&code, &exception_table)
            .and_then(|m| {
                check_operands(
                    &code,
                    u.consts.len(),
                    u.names.len(),
                    nlocals,
                    ncaches as usize,
                )
                .map(|()| m)
            })
            .map_err(|e| {
                self.error(
                    format!("internal compiler error in {}: {e}", u.qualname),
                    u.loc,
                )
            })?;
        let mut flags = u.flags;
        let s = &self.st.scopes[u.scope];
        if s.kind.is_function() {
            flags |= resumable_flags(s);
        }
        Ok(Arc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            firstlineno: u.firstlineno,
            code,
            ncaches,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            positions,
            exception_table,
            max_stack,
        }))
    }

    fn assemble(&self, u: &Unit<'a>) -> (Vec<u32>, Vec<Position>, Vec<ExceptionEntry>, u32) {
        // Offsets of every instruction.
        let mut offsets = Vec::with_capacity(u.instrs.len() + 1);
        let mut off = 0u32;
        for i in &u.instrs {
            offsets.push(off);
            off += i.op.width() as u32;
        }
        offsets.push(off);
        let label_off = |l: Label| -> u32 { offsets[u.labels[l.0].expect("unbound label")] };
        let mut code = Vec::with_capacity(off as usize);
        let mut positions = Vec::with_capacity(off as usize);
        let mut ncaches = 0u32;
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut cur: Option<(usize, u32)> = None; // (handler, start)
        for (idx, i) in u.instrs.iter().enumerate() {
            let arg = match i.target {
                Some(l) => label_off(l),
                None => i.arg,
            };
            let pos = self.position(i.range);
            let start = offsets[idx];
            if cur.map(|c| c.0) != i.handler.or(Some(usize::MAX)) || cur.is_none() {
                if let Some((h, s)) = cur.take()
                    && h != usize::MAX
                {
                    let hd = u.handlers[h];
                    table.push(ExceptionEntry {
                        start: s,
                        end: start,
                        handler: label_off(hd.label),
                        depth: hd.depth,
                        push_lasti: hd.lasti,
                    });
                }
                cur = Some((i.handler.unwrap_or(usize::MAX), start));
            }
            code.push(bytecode::encode(i.op, arg));
            positions.push(pos);
            if i.op.has_cache() {
                code.push(0xff | (ncaches << 8));
                positions.push(pos);
                ncaches += i.op.cache_entries();
            }
        }
        if let Some((h, s)) = cur
            && h != usize::MAX
        {
            let hd = u.handlers[h];
            table.push(ExceptionEntry {
                start: s,
                end: off,
                handler: label_off(hd.label),
                depth: hd.depth,
                push_lasti: hd.lasti,
            });
        }
        (code, positions, table, ncaches)
    }

    /// CPython 3.11's jump threading of `and`/`or` chains (its flow-graph
    /// optimizer), which decides how often `__bool__` runs: a
    /// `JumpIf{False,True}OrPop` that lands on a test of the same value on
    /// the same line skips it.  Landing on the same test (`(a and b) and
    /// c`) or on a `PopJumpIf` of the same sense, it jumps straight to that
    /// test's target; landing on the opposite test (`(a and b) or c`: a
    /// false `a` cannot make the `or` jump), it pops and goes on after it.
    fn thread_bool_jumps(&self, u: &mut Unit<'a>) {
        use Opcode::{JumpIfFalseOrPop, JumpIfTrueOrPop, PopJumpIfFalse, PopJumpIfTrue};
        let line = |r: TextRange| self.li.line_col(r.start()).0;
        for idx in 0..u.instrs.len() {
            // Each rewrite moves the target strictly forward (the compiler
            // only emits these jumps forward), so this ends.
            loop {
                let i = u.instrs[idx];
                let (sense, Some(l)) = (
                    match i.op {
                        JumpIfFalseOrPop => false,
                        JumpIfTrueOrPop => true,
                        _ => break,
                    },
                    i.target,
                ) else {
                    break;
                };
                let Some(t) = u.labels[l.0] else { break };
                let Some(target) = u.instrs.get(t).copied() else {
                    break;
                };
                if line(target.range) != line(i.range) || t <= idx {
                    break;
                }
                let (same_keep, same_pop, other_keep, other_pop) = match sense {
                    false => (
                        JumpIfFalseOrPop,
                        PopJumpIfFalse,
                        JumpIfTrueOrPop,
                        PopJumpIfTrue,
                    ),
                    true => (
                        JumpIfTrueOrPop,
                        PopJumpIfTrue,
                        JumpIfFalseOrPop,
                        PopJumpIfFalse,
                    ),
                };
                let new = if target.op == same_keep && target.target != Some(l) {
                    (same_keep, target.target)
                } else if target.op == same_pop {
                    (same_pop, target.target)
                } else if target.op == other_keep || target.op == other_pop {
                    u.labels.push(Some(t + 1));
                    u.label_depth.push(None);
                    (same_pop, Some(Label(u.labels.len() - 1)))
                } else {
                    break;
                };
                u.instrs[idx].op = new.0;
                u.instrs[idx].target = new.1;
                if new.0 == same_pop {
                    break;
                }
            }
        }
    }

    fn position(&self, r: TextRange) -> Position {
        let (line, col) = self.li.line_col(r.start());
        let (end_line, end_col) = self.li.line_col(r.end());
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    // --- Emitting ---

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            range: u.loc,
            handler,
        });
        u.depth += op.stack_effect(arg);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.instrs.len());
        let after_terminator = u.instrs.last().is_some_and(|i| i.op.is_terminator());
        match u.label_depth[l.0] {
            Some(d) if after_terminator => u.depth = d,
            Some(d) => {
                debug_assert_eq!(
                    d, u.depth,
                    "label reached with two stack depths in {}",
                    u.qualname
                );
            }
            None => u.label_depth[l.0] = Some(u.depth),
        }
    }

    /// Emits a jump instruction to `l` (forward `Jump`/conditional, or
    /// `JumpBackward` when `op` is `Jump` and `l` is already bound).
    fn jump(&mut self, op: Opcode, l: Label) {
        let u = self.u();
        let op = if op == Opcode::Jump && u.labels[l.0].is_some() {
            Opcode::JumpBackward
        } else {
            op
        };
        let handler = u.handler_stack.last().copied();
        let target_depth = u.depth + op.jump_effect().unwrap_or(0);
        if u.label_depth[l.0].is_none() {
            u.label_depth[l.0] = Some(target_depth);
        }
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(l),
            range: u.loc,
            handler,
        });
        u.depth += op.stack_effect(0);
    }

    /// Starts a region protected by the handler at `l`; the stack is unwound
    /// to `depth` (the current depth unless given) when an exception arrives.
    fn setup_handler(&mut self, l: Label, lasti: bool, depth: Option<i32>) -> usize {
        let u = self.u();
        let d = depth.unwrap_or(u.depth);
        u.handlers.push(Handler {
            label: l,
            depth: d as u32,
            lasti,
        });
        let id = u.handlers.len() - 1;
        u.handler_stack.push(id);
        let hd = d + 1 + lasti as i32;
        if u.label_depth[l.0].is_none() {
            u.label_depth[l.0] = Some(hd);
        }
        id
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    fn push_handler(&mut self, id: usize) {
        self.u().handler_stack.push(id);
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        if matches!(c, Constant::Code(_)) {
            u.consts.push(c);
            return (u.consts.len() - 1) as u32;
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        const_hash(&c, &mut h);
        let key = std::hash::Hasher::finish(&h);
        let same = u.const_index.entry(key).or_default();
        if let Some(&i) = same
            .iter()
            .find(|&&i| const_identical(&u.consts[i as usize], &c))
        {
            return i;
        }
        let i = u.consts.len() as u32;
        same.push(i);
        u.consts.push(c);
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    fn with_loc<T>(&mut self, r: TextRange, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        let saved = self.u().loc;
        self.u().loc = r;
        let res = f(self);
        self.u().loc = saved;
        res
    }

    fn set_loc(&mut self, r: TextRange) {
        self.u().loc = r;
    }

    // --- Names ---

    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        if name == "__debug__" {
            if ctx == Ctx::Load {
                self.load_const(Constant::True);
                return Ok(());
            }
            return Err(self.error(
                if ctx == Ctx::Store {
                    "cannot assign to __debug__"
                } else {
                    "cannot delete __debug__"
                },
                self.ur().loc,
            ));
        }
        let mangled = self.mangle(name);
        let u = self.ur();
        let kind = u.kind;
        let scope = self.st.scopes[u.scope].scope_of(&mangled);
        enum Op {
            Fast,
            Deref,
            Global,
            Name,
        }
        let op = match scope {
            SymbolScope::Free | SymbolScope::Cell => Op::Deref,
            SymbolScope::Local if kind.is_function() => Op::Fast,
            SymbolScope::GlobalImplicit if kind.is_function() => Op::Global,
            SymbolScope::GlobalExplicit => Op::Global,
            _ => Op::Name,
        };
        match op {
            Op::Fast => {
                let slot = self.local_slot(&mangled);
                let opc = match ctx {
                    Ctx::Load => Opcode::LoadFast,
                    Ctx::Store => Opcode::StoreFast,
                    Ctx::Del => Opcode::DeleteFast,
                };
                self.emit(opc, slot);
            }
            Op::Deref => {
                let slot = self.deref_slot(&mangled);
                let opc = match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    Ctx::Load => Opcode::LoadDeref,
                    Ctx::Store => Opcode::StoreDeref,
                    Ctx::Del => Opcode::DeleteDeref,
                };
                self.emit(opc, slot);
            }
            Op::Global => {
                let opc = match ctx {
                    Ctx::Load => Opcode::LoadGlobal,
                    Ctx::Store => Opcode::StoreGlobal,
                    Ctx::Del => Opcode::DeleteGlobal,
                };
                self.emit_name(opc, &mangled);
            }
            Op::Name => {
                let opc = match ctx {
                    Ctx::Load => Opcode::LoadName,
                    Ctx::Store => Opcode::StoreName,
                    Ctx::Del => Opcode::DeleteName,
                };
                self.emit_name(opc, &mangled);
            }
        }
        Ok(())
    }

    fn local_slot(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        // Not known to the symbol table as a local (should not happen): add it.
        // Cells and frees are laid out after varnames, so only safe before any
        // deref slot is used; the symbol table lists all locals up front.
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    fn deref_slot(&self, name: &str) -> u32 {
        let u = self.ur();
        let nv = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|v| v == name) {
            return (nv + i) as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| v == name) {
            return (nv + u.cellvars.len() + i) as u32;
        }
        0
    }

    /// The slot to `LoadClosure` for a free variable `name` of a child scope.
    fn closure_slot(&self, name: &str) -> u32 {
        let u = self.ur();
        let nv = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|v| v == name) {
            return (nv + i) as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| v == name) {
            return (nv + u.cellvars.len() + i) as u32;
        }
        0
    }

    // --- Module, eval ---

    fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<Arc<CodeObject>> {
        let range = TextRange::new(TextSize::new(0), TextSize::new(0));
        self.enter_unit(0, "<module>", range, range);
        self.compile_body(body)?;
        if let Some(last) = body.last() {
            self.set_loc(last.range());
        }
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        self.leave_unit()
    }

    fn compile_eval(&mut self, e: &'a Expr) -> CResult<Arc<CodeObject>> {
        self.enter_unit(0, "<module>", e.range(), e.range());
        self.expr(e)?;
        self.emit(Opcode::ReturnValue, 0);
        self.leave_unit()
    }

    /// A module or class body: annotations setup, docstring, statements.
    fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if find_ann(body) {
            if let Some(first) = body.first() {
                self.set_loc(first.range());
            }
            self.emit(Opcode::SetupAnnotations, 0);
        }
        let mut rest = body;
        if self.mode != Mode::Single
            && let Some(doc) = docstring(body)
        {
            self.set_loc(body[0].range());
            self.load_const(Constant::Str(doc));
            self.name_op("__doc__", Ctx::Store)?;
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    // --- Statements ---

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.range());
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.check_try_star(t)?;
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_loc(s.range());
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_loc(s.range());
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.set_loc(s.range());
                    self.emit(Opcode::PrintExpr, 0);
                    return Ok(());
                }
                if is_constant_expr(&e.value) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.set_loc(s.range());
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_stmt(b.range),
            Stmt::Continue(c) => self.continue_stmt(c.range),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.set_loc(clause.range);
            self.jump(Opcode::Jump, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_loc(clause.range);
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        if !is_true_constant(&w.test) {
            self.jump_if(&w.test, false, anchor)?;
        }
        self.u().fblocks.push(FBlock::WhileLoop { start, exit });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.set_loc(w.range);
        self.jump(Opcode::Jump, start);
        self.bind(anchor);
        self.stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.iter_expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.set_loc(f.range);
        self.jump(Opcode::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::ForLoop { start, exit });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_loc(f.range);
        self.jump(Opcode::Jump, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `async for` (CPython 3.11's layout):
    ///
    /// ```text
    ///         <iter> GetAIter
    ///   start: setup L (depth with the aiter)  GetANext  <await>  pop
    ///         store target; body; Jump start
    ///   L:    EndAsyncFor      (StopAsyncIteration ends the loop)
    ///         orelse
    /// ```
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if !self.ur().async_def {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.iter_expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(Opcode::GetAIter, 0);
        self.bind(start);
        self.set_loc(f.range);
        self.setup_handler(except, false, None);
        self.emit(Opcode::GetANext, 0);
        self.await_tos();
        self.pop_handler();
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::ForLoop { start, exit });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_loc(f.range);
        self.jump(Opcode::Jump, start);
        self.bind(except);
        self.set_loc(f.range);
        self.emit(Opcode::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `[awaitable source]` -> the result of awaiting it (GetAwaitable
    /// already applied for `GetANext`, which pushes an awaitable iterator).
    fn await_tos(&mut self) {
        self.load_const(Constant::None);
        self.yield_from_loop();
    }

    fn loop_index(&self) -> Option<usize> {
        self.ur()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }))
    }

    fn break_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(idx) = self.loop_index() else {
            // CPython meets the except* block first while unwinding.
            self.leave_check(0, range)?;
            return Err(self.error("'break' outside loop", range));
        };
        self.leave_check(idx + 1, range)?;
        let saved = self.save_state();
        self.unwind_to(idx + 1, false)?;
        let lp = self.ur().fblocks[idx];
        self.unwind_one(lp, false)?;
        let exit = match lp {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
            _ => unreachable!(),
        };
        self.set_loc(range);
        self.jump(Opcode::Jump, exit);
        self.restore_state(saved);
        Ok(())
    }

    fn continue_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(idx) = self.loop_index() else {
            self.leave_check(0, range)?;
            return Err(self.error("'continue' not properly in loop", range));
        };
        self.leave_check(idx + 1, range)?;
        let saved = self.save_state();
        self.unwind_to(idx + 1, false)?;
        let start = match self.ur().fblocks[idx] {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => start,
            _ => unreachable!(),
        };
        self.set_loc(range);
        self.jump(Opcode::Jump, start);
        self.restore_state(saved);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.ur().kind.is_function() {
            return Err(self.error("'return' outside function", r.range));
        }
        let sc = &self.st.scopes[self.ur().scope];
        if r.value.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        // CPython reports this at the value when it is on the same line.
        let at = match &r.value {
            Some(v)
                if self.li.line_col(v.range().start()).0 == self.li.line_col(r.range.start()).0 =>
            {
                v.range()
            }
            _ => r.range,
        };
        self.leave_check(0, at)?;
        let saved = self.save_state();
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Constant::None),
        }
        self.unwind_to(0, true)?;
        self.set_loc(r.range);
        self.emit(Opcode::ReturnValue, 0);
        self.restore_state(saved);
        Ok(())
    }

    /// break/continue/return may not leave an except* block (the frame
    /// blocks above index `stop` are the ones the statement leaves).
    fn leave_check(&self, stop: usize, range: TextRange) -> CResult<()> {
        if self.ur().fblocks[stop..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptionGroupHandler))
        {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        Ok(())
    }

    fn save_state(&self) -> (Vec<usize>, Vec<FBlock<'a>>, i32, TextRange) {
        let u = self.ur();
        (u.handler_stack.clone(), u.fblocks.clone(), u.depth, u.loc)
    }

    fn restore_state(&mut self, s: (Vec<usize>, Vec<FBlock<'a>>, i32, TextRange)) {
        let u = self.u();
        u.handler_stack = s.0;
        u.fblocks = s.1;
        u.depth = s.2;
        u.loc = s.3;
    }

    /// Emits the cleanup of every frame block above index `stop`, innermost
    /// first, leaving those blocks popped (the caller restores them).
    fn unwind_to(&mut self, stop: usize, preserve_tos: bool) -> CResult<()> {
        while self.ur().fblocks.len() > stop {
            let b = self.u().fblocks.pop().unwrap();
            self.unwind_one(b, preserve_tos)?;
        }
        Ok(())
    }

    fn unwind_one(&mut self, b: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match b {
            // (Leaving an except* block is refused by `leave_check`.)
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.pop_handler(),
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let loc = self.ur().loc;
                self.stmts(body)?;
                self.set_loc(loc);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With { range, is_async } => {
                let loc = self.ur().loc;
                self.set_loc(range);
                self.pop_handler();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if is_async {
                    self.emit(Opcode::GetAwaitable, 2);
                    self.await_tos();
                }
                self.emit(Opcode::PopTop, 0);
                self.set_loc(loc);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_handler();
                }
                self.pop_handler();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.setup_handler(handler_l, false, None);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.set_loc(t.range);
        self.jump(Opcode::Jump, end);
        if t.is_star {
            self.except_star_handlers(&t.handlers, handler_l, end)?;
        } else {
            self.except_handlers(&t.handlers, handler_l, end)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `except*` clauses need a type, and may not be mixed with `except`
    /// (the parser accepts both).
    fn check_try_star(&self, t: &'a ast::StmtTry) -> CResult<()> {
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() {
                return Err(self.error("expected one or more exception types", h.range));
            }
        }
        Ok(())
    }

    /// The handlers of `try ... except*` (CPython's layout):
    ///
    /// ```text
    /// [prev, orig, list, exc]        after the first clause's setup
    /// each clause:  <type> CheckEgMatch      [.., rest, match]
    ///               match None -> the next clause with [.., exc]
    ///               else bind match, run the body; an exception raised in
    ///               it is appended to list; go on with [.., rest]
    /// last clause:  append the final rest to list, PrepReraiseStar
    /// ```
    ///
    /// Every clause runs at most once, each with the part of the group that
    /// it matched; what is left and what the bodies raised is re-raised.
    fn except_star_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        handler_l: Label,
        end: Label,
    ) -> CResult<()> {
        self.bind(handler_l);
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.setup_handler(cleanup, true, None);
        self.emit(Opcode::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::ExceptionGroupHandler);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [prev, exc] -> [prev, orig, [], exc]
                self.emit(Opcode::Copy, 1);
                self.emit(Opcode::BuildList, 0);
                self.emit(Opcode::Swap, 2);
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_loc(h.range);
                self.emit(Opcode::CheckEgMatch, 0);
                self.emit(Opcode::Copy, 1);
                self.jump(Opcode::PopJumpIfNone, no_match);
            }
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(nm) => self.name_op(nm, Ctx::Store)?,
                None => self.emit(Opcode::PopTop, 0),
            }
            // [prev, orig, list, rest]
            let cleanup_end = self.new_label();
            self.setup_handler(cleanup_end, true, None);
            self.u().fblocks.push(FBlock::HandlerCleanup { name });
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.set_loc(h.range);
            self.pop_handler();
            if let Some(nm) = name {
                self.load_const(Constant::None);
                self.name_op(nm, Ctx::Store)?;
                self.name_op(nm, Ctx::Del)?;
            }
            self.jump(Opcode::Jump, next);
            // Raised in the body: [prev, orig, list, rest, lasti, exc].
            self.bind(cleanup_end);
            if let Some(nm) = name {
                self.load_const(Constant::None);
                self.name_op(nm, Ctx::Store)?;
                self.name_op(nm, Ctx::Del)?;
            }
            self.emit(Opcode::ListAppend, 3);
            self.emit(Opcode::PopTop, 0);
            self.jump(Opcode::Jump, next);
            // No match: [prev, orig, list, exc, None].
            self.bind(no_match);
            self.emit(Opcode::PopTop, 0);
            self.bind(next);
            if i + 1 == n {
                self.emit(Opcode::ListAppend, 1);
                self.jump(Opcode::Jump, reraise_star);
            }
        }
        self.u().fblocks.pop();
        // [prev, orig, list] -> [prev, exc or None]
        self.bind(reraise_star);
        let reraise = self.new_label();
        self.emit(Opcode::PrepReraiseStar, 0);
        self.emit(Opcode::Copy, 1);
        self.jump(Opcode::PopJumpIfNotNone, reraise);
        self.pop_handler();
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        Ok(())
    }

    fn except_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        handler_l: Label,
        end: Label,
    ) -> CResult<()> {
        self.bind(handler_l);
        let cleanup = self.new_label();
        let c = self.setup_handler(cleanup, true, None);
        self.emit(Opcode::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.set_loc(h.range);
                self.emit(Opcode::CheckExcMatch, 0);
                self.jump(Opcode::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                let name = name.id.as_str();
                self.name_op(name, Ctx::Store)?;
                let cleanup_end = self.new_label();
                self.setup_handler(cleanup_end, true, None);
                self.u()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: Some(name) });
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.set_loc(h.range);
                self.pop_handler();
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                self.load_const(Constant::None);
                self.name_op(name, Ctx::Store)?;
                self.name_op(name, Ctx::Del)?;
                self.jump(Opcode::Jump, end);
                self.push_handler(c);
                self.bind(cleanup_end);
                self.load_const(Constant::None);
                self.name_op(name, Ctx::Store)?;
                self.name_op(name, Ctx::Del)?;
                self.emit(Opcode::Reraise, 1);
            } else {
                self.emit(Opcode::PopTop, 0);
                self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.set_loc(h.range);
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                self.jump(Opcode::Jump, end);
                self.push_handler(c);
            }
            self.bind(next);
        }
        self.u().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let end = self.new_label();
        let exit = self.new_label();
        self.setup_handler(end, false, None);
        self.u()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.finalbody)?;
        self.set_loc(t.range);
        self.jump(Opcode::Jump, exit);
        // Exceptional path.
        self.bind(end);
        let cleanup = self.new_label();
        self.setup_handler(cleanup, true, None);
        self.emit(Opcode::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.set_loc(t.range);
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `with` and `async with` (the async form awaits `__aenter__()`'s and
    /// `__aexit__()`'s results).
    fn with_stmt(&mut self, w: &'a ast::StmtWith, idx: usize) -> CResult<()> {
        let is_async = w.is_async;
        if is_async && !self.ur().async_def {
            return Err(self.error("'async with' outside async function", w.range));
        }
        let item = &w.items[idx];
        let exit = self.new_label();
        let final_l = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(w.range);
        if is_async {
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit(Opcode::GetAwaitable, 1);
            self.await_tos();
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        let d = self.ur().depth - 1;
        self.setup_handler(final_l, false, Some(d));
        self.u().fblocks.push(FBlock::With {
            range: w.range,
            is_async,
        });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        if idx + 1 < w.items.len() {
            self.with_stmt(w, idx + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_loc(w.range);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.await_tos();
        }
        self.emit(Opcode::PopTop, 0);
        self.jump(Opcode::Jump, exit);
        // Exceptional exit: [exit, exc].
        self.bind(final_l);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.setup_handler(cleanup, true, None);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        if is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.await_tos();
        }
        self.jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(exit);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.set_loc(alias.range);
            let full = alias.name.id.as_str();
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.emit_name(Opcode::ImportName, full);
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    for (k, part) in parts.iter().enumerate().skip(1) {
                        self.emit_name(Opcode::ImportFrom, part);
                        if k + 1 < parts.len() {
                            self.emit(Opcode::Swap, 2);
                            self.emit(Opcode::PopTop, 0);
                        }
                    }
                    self.name_op(asname.id.as_str(), Ctx::Store)?;
                    if parts.len() > 1 {
                        self.emit(Opcode::PopTop, 0);
                    }
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        if is_future_import_stmt(i) && self.li.line_col(i.range.start()).0 > self.future_line {
            return Err(self.error(LATE_FUTURE, i.range));
        }
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.id.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit_name(Opcode::ImportName, module);
        if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for a in &i.names {
            self.set_loc(a.range);
            self.emit_name(Opcode::ImportFrom, a.name.id.as_str());
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            self.name_op(bound.id.as_str(), Ctx::Store)?;
        }
        self.set_loc(i.range);
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    // --- Assignment ---

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.with_loc(t.range(), |c| match t {
            Expr::Name(n) => c.name_op(n.id.as_str(), Ctx::Store),
            Expr::Attribute(a) => {
                c.expr(&a.value)?;
                c.set_loc(a.range);
                c.check_debug_store(a.attr.id.as_str())?;
                let attr = c.mangle(a.attr.id.as_str());
                c.emit_name(Opcode::StoreAttr, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                c.expr(&s.value)?;
                c.subscript_index(&s.slice)?;
                c.set_loc(s.range);
                c.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                c.unpack_into(elts, t.range())
            }
            Expr::Starred(s) => Err(c.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(c.error(
                format!("cannot assign to {}", expr_name(other)),
                other.range(),
            )),
        })
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UnpackEx, i as u32 | ((after as u32) << 8));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.with_loc(t.range(), |c| match t {
            Expr::Name(n) => c.name_op(n.id.as_str(), Ctx::Del),
            Expr::Attribute(a) => {
                c.expr(&a.value)?;
                c.set_loc(a.range);
                let attr = c.mangle(a.attr.id.as_str());
                c.emit_name(Opcode::DeleteAttr, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                c.expr(&s.value)?;
                c.subscript_index(&s.slice)?;
                c.set_loc(s.range);
                c.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    c.delete_target(e)?;
                }
                Ok(())
            }
            other => Err(c.error(format!("cannot delete {}", expr_name(other)), other.range())),
        })
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op) as u32 + BinOp::INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Load)?;
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Store)?;
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.set_loc(at.range);
                let attr = self.mangle(at.attr.id.as_str());
                self.emit(Opcode::Copy, 1);
                self.emit_name(Opcode::LoadAttr, &attr);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.set_loc(at.range);
                self.emit(Opcode::Swap, 2);
                self.emit_name(Opcode::StoreAttr, &attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.set_loc(s.range);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(other)
                    ),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        self.set_loc(a.range);
        match &*a.target {
            Expr::Name(n) => {
                self.check_debug_store(n.id.as_str())?;
                if a.simple && module_or_class {
                    self.annotation(&a.annotation)?;
                    self.set_loc(a.range);
                    self.emit_name(Opcode::LoadName, "__annotations__");
                    let m = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(m));
                    self.emit(Opcode::StoreSubscr, 0);
                    return Ok(());
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_debug_store(at.attr.id.as_str())?;
                    self.expr(&at.value)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.emit(Opcode::PopTop, 0);
                    self.subscript_index(&s.slice)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            other => return Err(self.error("illegal target for annotation", other.range())),
        }
        if !a.simple && module_or_class && !self.st.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    /// Pushes an annotation value (its source text under `from __future__
    /// import annotations`).
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.st.future_annotations {
            let r = e.range();
            let text = self.li.source()[r.start().to_usize()..r.end().to_usize()].to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else if let Expr::Starred(s) = e {
            // `*args: *Ts` (PEP 646): the annotation is the one element of
            // `[*Ts]`, as CPython 3.11 evaluates it.
            self.expr(&s.value)?;
            self.emit(Opcode::UnpackSequence, 1);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    // --- Functions and classes ---

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        let first_range = f.decorator_list.first().map(|d| d.range).unwrap_or(f.range);
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_loc(f.range);
        self.check_debug_params(&f.parameters)?;
        let mut flags = self.defaults(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= make_function::ANNOTATIONS;
        }
        let scope = self.st.lookup(node_key(f)).expect("function scope");
        self.enter_unit(scope, f.name.id.as_str(), f.range, first_range);
        self.u().async_def = f.is_async;
        self.set_arg_counts(&f.parameters);
        let body: &'a [Stmt] = &f.body;
        let rest = match docstring(body) {
            Some(doc) => {
                self.add_const(Constant::Str(doc));
                self.u().flags |= code_flags::HAS_DOCSTRING;
                &body[1..]
            }
            None => {
                self.add_const(Constant::None);
                body
            }
        };
        self.stmts(rest)?;
        if self
            .ur()
            .instrs
            .last()
            .is_none_or(|i| !i.op.is_terminator())
            || self.ends_reachable()
        {
            if let Some(last) = body.last() {
                self.set_loc(last.range());
            }
            self.load_const(Constant::None);
            self.emit(Opcode::ReturnValue, 0);
        }
        let code = self.leave_unit()?;
        self.set_loc(f.range);
        self.make_closure(code, scope, flags);
        for _ in &f.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(f.name.id.as_str(), Ctx::Store)
    }

    /// Whether the end of the current instruction list may be reached by a
    /// jump to a label bound at the very end.
    fn ends_reachable(&self) -> bool {
        let u = self.ur();
        let n = u.instrs.len();
        u.labels.contains(&Some(n))
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.u();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Pushes positional defaults and keyword-only defaults; returns the
    /// `MakeFunction` flags for them.
    fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, pos.len() as u32);
            flags |= make_function::DEFAULTS;
        }
        let mut nkw = 0;
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                let name = self.mangle(a.parameter.name.id.as_str());
                self.load_const(Constant::Str(name));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Opcode::BuildMap, nkw);
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if there are annotations.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut items: Vec<(&'a str, &'a Expr)> = Vec::new();
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            if let Some(ann) = &a.parameter.annotation {
                items.push((a.parameter.name.id.as_str(), ann));
            }
        }
        if let Some(v) = &p.vararg
            && let Some(ann) = &v.annotation
        {
            items.push((v.name.id.as_str(), ann));
        }
        for a in p.kwonlyargs.iter() {
            if let Some(ann) = &a.parameter.annotation {
                items.push((a.parameter.name.id.as_str(), ann));
            }
        }
        if let Some(v) = &p.kwarg
            && let Some(ann) = &v.annotation
        {
            items.push((v.name.id.as_str(), ann));
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        let loc = self.ur().loc;
        for (name, ann) in &items {
            let m = self.mangle(name);
            self.load_const(Constant::Str(m));
            self.annotation(ann)?;
        }
        self.set_loc(loc);
        self.emit(Opcode::BuildMap, items.len() as u32);
        Ok(true)
    }

    /// Pushes a function object for `code` (a child of the current unit).
    fn make_closure(&mut self, code: Arc<CodeObject>, _scope: ScopeId, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let slot = self.closure_slot(&name);
                self.emit(Opcode::LoadClosure, slot);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, flags);
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let first_range = c.decorator_list.first().map(|d| d.range).unwrap_or(c.range);
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_loc(c.range);
        self.emit(Opcode::LoadBuildClass, 0);
        let scope = self.st.lookup(node_key(c)).expect("class scope");
        let name = c.name.id.as_str();
        self.enter_unit(scope, name, c.range, first_range);
        self.set_loc(c.range);
        self.emit_name(Opcode::LoadName, "__name__");
        self.emit_name(Opcode::StoreName, "__module__");
        let q = self.ur().qualname.clone();
        self.load_const(Constant::Str(q));
        self.emit_name(Opcode::StoreName, "__qualname__");
        self.compile_body(&c.body)?;
        self.set_loc(c.range);
        if self.st.scopes[scope].needs_class_closure {
            let slot = self.ur().varnames.len() as u32;
            self.emit(Opcode::LoadClosure, slot);
            self.emit_name(Opcode::StoreName, "__classcell__");
        }
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_loc(c.range);
        self.make_closure(code, scope, 0);
        self.load_const(Constant::Str(name.to_string()));
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.check_keywords(keywords)?;
        self.call_helper(2, args, keywords, false, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(name, Ctx::Store)
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let empty = ast::Parameters::default();
        let flags = match &l.parameters {
            Some(p) => {
                self.check_debug_params(p)?;
                self.defaults(p)?
            }
            None => 0,
        };
        let scope = self.st.lookup(node_key(l)).expect("lambda scope");
        self.enter_unit(scope, "<lambda>", l.range, l.range);
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        self.set_arg_counts(params);
        self.add_const(Constant::None);
        self.expr(&l.body)?;
        self.set_loc(l.body.range());
        if self.st.scopes[scope].is_generator {
            self.emit(Opcode::PopTop, 0);
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_loc(l.range);
        self.make_closure(code, scope, flags);
        Ok(())
    }

    // --- Expressions ---

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.ur().loc;
        self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.set_loc(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                match &*n.target {
                    Expr::Name(t) => {
                        self.set_loc(t.range);
                        self.name_op(t.id.as_str(), Ctx::Store)?;
                    }
                    other => {
                        return Err(self.error(
                            format!(
                                "cannot use assignment expressions with {}",
                                expr_name(other)
                            ),
                            other.range(),
                        ));
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Opcode::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) if s.elts.len() > 2 && is_const_set(&s.elts) => {
                // CPython folds the items into a frozenset constant that
                // it merges into a new set (BUILD_SET 0; SET_UPDATE 1).
                self.emit(Opcode::BuildSet, 0);
                self.const_set(&s.elts)?;
                self.emit(Opcode::SetUpdate, 1);
            }
            Expr::Set(s) => self.starunpack(
                &s.elts,
                0,
                Opcode::BuildSet,
                Opcode::SetAdd,
                Opcode::SetUpdate,
                false,
            )?,
            Expr::List(l) => {
                if l.ctx != ExprContext::Load {
                    return Err(self.error("invalid syntax", l.range));
                }
                self.starunpack(
                    &l.elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    false,
                )?
            }
            Expr::Tuple(t) => {
                if t.ctx != ExprContext::Load {
                    return Err(self.error("invalid syntax", t.range));
                }
                self.starunpack(
                    &t.elts,
                    0,
                    Opcode::BuildTuple,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?
            }
            Expr::ListComp(c) => self.comprehension(
                node_key(c),
                "<listcomp>",
                ScopeKind::ListComp,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::SetComp(c) => self.comprehension(
                node_key(c),
                "<setcomp>",
                ScopeKind::SetComp,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(
                    node_key(c),
                    "<dictcomp>",
                    ScopeKind::DictComp,
                    &c.generators,
                    k,
                    Some(&c.value),
                    c.range,
                )?,
                None => {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                }
            },
            Expr::Generator(c) => self.comprehension(
                node_key(c),
                "<genexpr>",
                ScopeKind::GenExpr,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::Await(a) => {
                let u = self.ur();
                if !u.kind.is_function() {
                    return Err(self.error("'await' outside function", a.range));
                }
                if !u.async_def && !u.kind.is_comprehension() {
                    return Err(self.error("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::GetAwaitable, 0);
                self.await_tos();
            }
            Expr::Yield(y) => {
                self.check_in_function(y.range, "'yield' outside function")?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_in_function(y.range, "'yield' outside function")?;
                if self.ur().async_def {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants are handled above"),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let attr = self.mangle(a.attr.id.as_str());
                self.emit_name(Opcode::LoadAttr, &attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range));
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Load)?,
            Expr::Slice(s) => self.slice(s)?,
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_in_function(&self, range: TextRange, msg: &str) -> CResult<()> {
        if self.ur().kind.is_function() {
            Ok(())
        } else {
            Err(self.error(msg, range))
        }
    }

    /// `[receiver, value]` → the result of `yield from receiver`.
    fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 1);
        self.jump(Opcode::Jump, send);
        self.bind(exit);
    }

    fn subscript_index(&mut self, e: &'a Expr) -> CResult<()> {
        self.expr(e)
    }

    fn slice(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        let mut n = 2;
        for part in [&s.lower, &s.upper] {
            match part {
                Some(v) => self.expr(v)?,
                None => self.load_const(Constant::None),
            }
        }
        if let Some(step) = &s.step {
            self.expr(step)?;
            n = 3;
        }
        self.set_loc(s.range);
        self.emit(Opcode::BuildSlice, n);
        Ok(())
    }

    /// Builds a list/tuple/set display, with `*` items via extend/update.
    fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult<()> {
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, pushed + elts.len() as u32);
            return Ok(());
        }
        let build = if tuple { Opcode::BuildList } else { build };
        let mut built = false;
        let mut prefix = 0;
        for e in elts {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, pushed + prefix);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend, 1);
            } else if built {
                self.expr(e)?;
                self.emit(add, 1);
            } else {
                self.expr(e)?;
                prefix += 1;
            }
        }
        if tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut have_dict = false;
        let mut run = 0u32;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 || !have_dict {
                        self.emit(Opcode::BuildMap, run);
                        if have_dict {
                            self.emit(Opcode::DictUpdate, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        if run > 0 || !have_dict {
            self.emit(Opcode::BuildMap, run);
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
        }
        Ok(())
    }

    /// The right operand of a comparison: the set display of constants in
    /// `x in {1, 2, 3}` is built plainly (CPython makes it a frozenset
    /// constant, whose layout cannot be observed there).
    fn comparator(&mut self, op: AstCmpOp, e: &'a Expr) -> CResult<()> {
        if matches!(op, AstCmpOp::In | AstCmpOp::NotIn)
            && let Expr::Set(s) = e
            && is_const_set(&s.elts)
        {
            for x in &s.elts {
                self.expr(x)?;
            }
            self.emit(Opcode::BuildSet, s.elts.len() as u32);
            return Ok(());
        }
        self.expr(e)
    }

    /// Pushes a set laid out as CPython's frozenset constant of a display
    /// of constants: the items added in order to a first set, whose elements
    /// are then added in its iteration order to a second one (CPython builds
    /// the frozenset again when it merges the constants of a code object).
    /// The layout decides the iteration order.
    fn const_set(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.emit(Opcode::BuildSet, 0);
        self.emit(Opcode::BuildList, 0);
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Opcode::BuildSet, elts.len() as u32);
        self.emit(Opcode::ListExtend, 1);
        self.emit(Opcode::SetUpdate, 1);
        Ok(())
    }

    /// The iterable of a `for` loop or comprehension: CPython turns a set
    /// display of constants there into a frozenset constant.
    fn iter_expr(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Set(s) = e
            && is_const_set(&s.elts)
        {
            return self.const_set(&s.elts);
        }
        self.expr(e)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.comparator(c.ops[0], &c.comparators[0])?;
            self.set_loc(c.range);
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.comparator(c.ops[i], &c.comparators[i])?;
            self.set_loc(c.range);
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.cmp_op(c.ops[i]);
            self.jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(c.ops[n - 1], &c.comparators[n - 1])?;
        self.set_loc(c.range);
        self.cmp_op(c.ops[n - 1]);
        self.jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: AstCmpOp) {
        match op {
            AstCmpOp::Eq => self.emit(Opcode::CompareOp, CmpOp::Eq as u32),
            AstCmpOp::NotEq => self.emit(Opcode::CompareOp, CmpOp::Ne as u32),
            AstCmpOp::Lt => self.emit(Opcode::CompareOp, CmpOp::Lt as u32),
            AstCmpOp::LtE => self.emit(Opcode::CompareOp, CmpOp::Le as u32),
            AstCmpOp::Gt => self.emit(Opcode::CompareOp, CmpOp::Gt as u32),
            AstCmpOp::GtE => self.emit(Opcode::CompareOp, CmpOp::Ge as u32),
            AstCmpOp::Is => self.emit(Opcode::IsOp, 0),
            AstCmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            AstCmpOp::In => self.emit(Opcode::ContainsOp, 0),
            AstCmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    /// Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`).
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOp::Or;
                let n = b.values.len();
                if cond != is_or {
                    // and-jump-if-true / or-jump-if-false: skip to `next` on the first decisive value.
                    let next = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(&b.values[n - 1], cond, target)?;
                    self.bind(next);
                } else {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc(e.range());
        self.jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args: &'a [Expr] = &c.arguments.args;
        let keywords: &'a [ast::Keyword] = &c.arguments.keywords;
        self.check_keywords(keywords)?;
        let has_star =
            args.iter().any(|a| a.is_starred_expr()) || keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func
            && !has_star
            && a.ctx == ExprContext::Load
        {
            self.expr(&a.value)?;
            self.set_loc(a.range);
            let attr = self.mangle(a.attr.id.as_str());
            self.emit_name(Opcode::LoadMethod, &attr);
            return self.call_helper(0, args, keywords, true, c.range());
        }
        self.expr(&c.func)?;
        self.call_helper(0, args, keywords, false, c.range())
    }

    /// `forbidden_name` of CPython's compiler for a store: `__debug__` is
    /// not a name a program may bind (argument, keyword, attribute).
    fn check_debug_store(&self, name: &str) -> CResult<()> {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", self.ur().loc));
        }
        Ok(())
    }

    /// No parameter may be called `__debug__` (`compiler_check_debug_args`).
    fn check_debug_params(&self, p: &ast::Parameters) -> CResult<()> {
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for a in names {
            self.check_debug_store(a.name.id.as_str())?;
        }
        Ok(())
    }

    /// `validate_keywords`: no `__debug__=`, no keyword given twice.
    fn check_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.as_ref().is_some_and(|n| n.id.as_str() == "__debug__") {
                return Err(self.error("cannot assign to __debug__", self.ur().loc));
            }
            if let Some(name) = &k.arg
                && keywords[..i]
                    .iter()
                    .any(|o| o.arg.as_ref().is_some_and(|n| n.id == name.id))
            {
                return Err(self.error(format!("keyword argument repeated: {}", name.id), k.range));
            }
        }
        Ok(())
    }

    /// Emits the arguments and the call.  `pushed` items are already on the
    /// stack above the callable (they become the first positional arguments).
    fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        method: bool,
        range: TextRange,
    ) -> CResult<()> {
        let has_star =
            args.iter().any(|a| a.is_starred_expr()) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_loc(range);
            let n = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(
                    if method {
                        Opcode::CallMethod
                    } else {
                        Opcode::Call
                    },
                    n,
                );
            } else {
                let names = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_ref().unwrap().id.to_string()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                self.emit(
                    if method {
                        Opcode::CallMethodKw
                    } else {
                        Opcode::CallKw
                    },
                    n,
                );
            }
            return Ok(());
        }
        // Positional arguments as a tuple.
        if args.is_empty() {
            self.emit(Opcode::BuildTuple, pushed);
        } else {
            let has_star_arg = args.iter().any(|a| a.is_starred_expr());
            if has_star_arg {
                self.starunpack(
                    args,
                    pushed,
                    Opcode::BuildTuple,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?;
            } else {
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Opcode::BuildTuple, pushed + args.len() as u32);
            }
        }
        // Keyword arguments as a dict.
        if keywords.is_empty() {
            self.emit(Opcode::PushNull, 0);
            self.set_loc(range);
            self.emit(Opcode::CallEx, 0);
            return Ok(());
        }
        let mut have_dict = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.id.to_string()));
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit(Opcode::BuildMap, run);
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        if run > 0 {
            self.emit(Opcode::BuildMap, run);
            if have_dict {
                self.emit(Opcode::DictMerge, 1);
            }
        }
        self.set_loc(range);
        self.emit(Opcode::CallEx, 1);
        Ok(())
    }

    // --- Comprehensions ---

    #[allow(clippy::too_many_arguments)]
    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        kind: ScopeKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        range: TextRange,
    ) -> CResult<()> {
        let scope = self.st.lookup(key).expect("comprehension scope");
        let (parent_async, parent_kind) = (self.ur().async_def, self.ur().kind);
        // A list/set/dict comprehension that awaits is a coroutine, awaited
        // where it is made.
        let awaited = self.st.scopes[scope].is_coroutine && kind != ScopeKind::GenExpr;
        if awaited && !parent_async && !parent_kind.is_comprehension() {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            ));
        }
        self.enter_unit(scope, name, range, range);
        self.u().argcount = 1;
        match kind {
            ScopeKind::ListComp => self.emit(Opcode::BuildList, 0),
            ScopeKind::SetComp => self.emit(Opcode::BuildSet, 0),
            ScopeKind::DictComp => self.emit(Opcode::BuildMap, 0),
            _ => {}
        }
        self.comprehension_generator(generators, 0, 0, kind, elt, value)?;
        self.set_loc(range);
        if kind == ScopeKind::GenExpr {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.set_loc(range);
        self.make_closure(code, scope, 0);
        self.iter_expr(&generators[0].iter)?;
        self.set_loc(range);
        let get_iter = if generators[0].is_async {
            Opcode::GetAIter
        } else {
            Opcode::GetIter
        };
        self.emit(get_iter, 0);
        self.emit(Opcode::Call, 1);
        if awaited {
            self.emit(Opcode::GetAwaitable, 0);
            self.await_tos();
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        depth: u32,
        kind: ScopeKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[i];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            self.set_loc(g.range);
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.iter_expr(&g.iter)?;
            self.set_loc(g.range);
            let get_iter = if g.is_async {
                Opcode::GetAIter
            } else {
                Opcode::GetIter
            };
            self.emit(get_iter, 0);
        }
        self.bind(start);
        self.set_loc(g.range);
        if g.is_async {
            self.setup_handler(anchor, false, None);
            self.emit(Opcode::GetANext, 0);
            self.await_tos();
            self.pop_handler();
        } else {
            self.jump(Opcode::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        let depth = depth + 1;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if i + 1 < generators.len() {
            self.comprehension_generator(generators, i + 1, depth, kind, elt, value)?;
        } else {
            match kind {
                ScopeKind::GenExpr => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
                ScopeKind::ListComp => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::ListAppend, depth + 1);
                }
                ScopeKind::SetComp => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::SetAdd, depth + 1);
                }
                _ => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.set_loc(elt.range());
                    self.emit(Opcode::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.set_loc(g.range);
        self.jump(Opcode::Jump, start);
        self.bind(anchor);
        if g.is_async {
            self.emit(Opcode::EndAsyncFor, 0);
        }
        Ok(())
    }

    // --- f-strings ---

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_lit(&mut pieces, &s.value),
                ast::FStringPart::FString(fs) => collect_pieces(&mut pieces, &fs.elements),
            }
        }
        self.emit_pieces(&pieces)
    }

    fn emit_pieces(&mut self, pieces: &[Piece<'a>]) -> CResult<()> {
        match pieces {
            [] => self.load_const(Constant::Str(String::new())),
            [Piece::Lit(s)] => self.load_const(Constant::Str(s.clone())),
            [Piece::Expr(e)] => self.formatted_value(e)?,
            _ => {
                for p in pieces {
                    match p {
                        Piece::Lit(s) => self.load_const(Constant::Str(s.clone())),
                        Piece::Expr(e) => self.formatted_value(e)?,
                    }
                }
                self.emit(Opcode::BuildString, pieces.len() as u32);
            }
        }
        Ok(())
    }

    fn formatted_value(&mut self, el: &'a ast::InterpolatedElement) -> CResult<()> {
        use crate::bytecode::format_value as fv;
        self.expr(&el.expression)?;
        let mut flags = match el.conversion {
            ast::ConversionFlag::None => {
                if el.debug_text.is_some() && el.format_spec.is_none() {
                    fv::CONV_REPR
                } else {
                    fv::CONV_NONE
                }
            }
            ast::ConversionFlag::Str => fv::CONV_STR,
            ast::ConversionFlag::Repr => fv::CONV_REPR,
            ast::ConversionFlag::Ascii => fv::CONV_ASCII,
        };
        if let Some(spec) = &el.format_spec {
            let mut pieces = Vec::new();
            collect_pieces(&mut pieces, &spec.elements);
            self.emit_pieces(&pieces)?;
            flags |= fv::HAS_SPEC;
        }
        self.set_loc(el.range);
        self.emit(Opcode::FormatValue, flags);
        Ok(())
    }
}

enum Piece<'a> {
    Lit(String),
    Expr(&'a ast::InterpolatedElement),
}

fn push_lit(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = pieces.last_mut() {
        prev.push_str(s);
    } else {
        pieces.push(Piece::Lit(s.to_string()));
    }
}

fn collect_pieces<'a>(pieces: &mut Vec<Piece<'a>>, elements: &'a ast::InterpolatedStringElements) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                    push_lit(pieces, &text);
                }
                pieces.push(Piece::Expr(i));
            }
        }
    }
}

// --- AST helpers ---

fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// Constants compare by value *and* type for deduplication (1, 1.0 and True
/// are distinct constants; so are 0.0 and -0.0).
/// A hash consistent with `const_identical` (floats by their bits, so
/// `0.0` and `-0.0` differ as they must).
fn const_hash(c: &Constant, h: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    std::mem::discriminant(c).hash(h);
    match c {
        Constant::Int(i) => i.hash(h),
        Constant::BigInt(b) => b.hash(h),
        Constant::Float(f) => f.to_bits().hash(h),
        Constant::Complex { re, im } => (re.to_bits(), im.to_bits()).hash(h),
        Constant::Str(s) => s.hash(h),
        Constant::Bytes(b) => b.hash(h),
        Constant::Tuple(t) => {
            t.len().hash(h);
            for x in t {
                const_hash(x, h);
            }
        }
        Constant::None | Constant::True | Constant::False | Constant::Ellipsis => {}
        Constant::Code(c) => std::sync::Arc::as_ptr(c).hash(h),
    }
}

fn const_identical(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { re: a, im: b }, Constant::Complex { re: c, im: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| const_identical(a, b))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

/// The constant value of a literal (and of tuples of literals).
fn constant_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect()),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(parse_big_int(&i.to_string())?),
            },
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex {
                re: *real,
                im: *imag,
            },
        },
        Expr::BooleanLiteral(b) => {
            if b.value {
                Constant::True
            } else {
                Constant::False
            }
        }
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::Tuple(t) if t.ctx == ExprContext::Load && !t.elts.is_empty() => {
            let mut items = Vec::with_capacity(t.elts.len());
            for e in &t.elts {
                items.push(constant_of(e)?);
            }
            Constant::Tuple(items)
        }
        Expr::Tuple(t) if t.ctx == ExprContext::Load => Constant::Tuple(Vec::new()),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => Constant::Int(-v),
                    None => {
                        let b = -parse_big_int(&i.to_string())?;
                        match i64::try_from(&b) {
                            Ok(v) => Constant::Int(v),
                            Err(_) => Constant::BigInt(b),
                        }
                    }
                },
                Number::Float(f) => Constant::Float(-*f),
                Number::Complex { real, imag } => Constant::Complex {
                    re: -*real,
                    im: -*imag,
                },
            },
            _ => return None,
        },
        _ => return None,
    })
}

/// Parses an integer literal's source text (`123`, `0x_ff`, `0o7`, `0b1`).
fn parse_big_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Whether a set display's items are all constants (CPython folds it into a
/// frozenset constant).
fn is_const_set(elts: &[Expr]) -> bool {
    !elts.is_empty() && elts.iter().all(|e| folded_const(e).is_some())
}

/// Whether CPython's AST optimizer makes `e` a constant, as far as the
/// folding of set displays needs it: `Some(Some(n))` for an int constant,
/// `Some(None)` for another constant, `None` for an expression.  Operators
/// on constants fold, except that CPython leaves alone int results over 128
/// bits (`safe_multiply`, `safe_power`, `safe_lshift`) and divisions by zero.
fn folded_const(e: &Expr) -> Option<Option<BigInt>> {
    const MAX_BITS: u64 = 128;
    let zero = BigInt::from(0);
    match e {
        Expr::BinOp(b) => {
            if b.op == Operator::MatMult {
                return None;
            }
            let l = folded_const(&b.left)?;
            let r = folded_const(&b.right)?;
            let divides = matches!(b.op, Operator::Div | Operator::FloorDiv | Operator::Mod);
            let (Some(l), Some(r)) = (l, r) else {
                let zero_divisor = matches!(
                    constant_of(&b.right),
                    Some(Constant::Float(f)) if f == 0.0
                );
                return if divides && zero_divisor {
                    None
                } else {
                    Some(None)
                };
            };
            Some(Some(match b.op {
                Operator::Add => l + r,
                Operator::Sub => l - r,
                Operator::Mult => {
                    if l != zero && r != zero && l.bits() + r.bits() > MAX_BITS {
                        return None;
                    }
                    l * r
                }
                Operator::Pow => {
                    if r < zero {
                        return if l == zero { None } else { Some(None) };
                    }
                    let w = u32::try_from(&r).ok()?;
                    if l != zero && w > 0 && l.bits() > MAX_BITS / u64::from(w) {
                        return None;
                    }
                    l.pow(w)
                }
                Operator::LShift => {
                    let w = u64::try_from(&r).ok()?;
                    if l != zero && (w > MAX_BITS || l.bits() > MAX_BITS - w) {
                        return None;
                    }
                    l << w
                }
                Operator::RShift => l >> u64::try_from(&r).ok()?,
                Operator::BitAnd => l & r,
                Operator::BitOr => l | r,
                Operator::BitXor => l ^ r,
                _ => {
                    // `/`, `//`, `%`: the value is not needed further.
                    return if r == zero { None } else { Some(None) };
                }
            }))
        }
        Expr::UnaryOp(u) => {
            let v = folded_const(&u.operand)?;
            Some(match (u.op, v) {
                (UnaryOp::USub, Some(n)) => Some(-n),
                (UnaryOp::UAdd, Some(n)) => Some(n),
                (UnaryOp::Invert, Some(n)) => Some(!n),
                _ => None,
            })
        }
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            for x in &t.elts {
                folded_const(x)?;
            }
            Some(None)
        }
        _ => Some(match constant_of(e)? {
            Constant::Int(n) => Some(BigInt::from(n)),
            Constant::BigInt(n) => Some(n),
            Constant::True => Some(BigInt::from(1)),
            Constant::False => Some(zero),
            _ => None,
        }),
    }
}

fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

fn is_true_constant(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => i.as_i64() != Some(0),
            _ => false,
        },
        _ => false,
    }
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body contains an annotated assignment (outside
/// nested functions and classes).
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        _ => false,
    })
}

/// CPython's `_PyPegen_get_expr_name`: how an expression is called in
/// "cannot assign to ..." messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

#[cfg(test)]
mod tests;

/// The code flags saying what calling a function scope makes: a generator,
/// a coroutine, or an async generator (CPython's `compute_code_flags`).
fn resumable_flags(s: &symtable::Scope) -> u32 {
    match (s.is_generator, s.is_coroutine) {
        (true, false) => code_flags::GENERATOR,
        (false, true) => code_flags::COROUTINE,
        (true, true) => code_flags::ASYNC_GENERATOR,
        (false, false) => 0,
    }
}
