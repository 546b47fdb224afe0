//! The symbol table: for every scope of a module, how every name is bound.
//!
//! This is CPython 3.11's `Python/symtable.c`, redone over the ruff AST, in
//! two passes:
//!
//! 1. **Collect.**  Walk the AST, open a `Scope` for the module and for every
//!    function, lambda, class, comprehension and generator expression, and
//!    record per name how it is used (`flags::*`: assigned, parameter, used,
//!    declared `global` / `nonlocal`, imported, annotated, comprehension
//!    iteration variable).
//! 2. **Analyze.**  Walk the scope tree top-down with the set of names bound
//!    in enclosing function scopes and decide each name's `SymbolScope`
//!    (`analyze_block` in CPython):
//!
//! ```text
//!   global decl  -> GlobalExplicit        nonlocal decl -> Free (must be bound outside)
//!   bound here   -> Local (Cell if a nested scope uses it freely)
//!   bound in an enclosing *function* -> Free
//!   otherwise    -> GlobalImplicit
//! ```
//!
//! Class bodies are special: names bound in a class are not visible to the
//! functions nested in it (they are not added to the "bound" set handed to
//! children), so a method's free variables skip the class.  A method that uses
//! `super` or `__class__` makes `__class__` free; the class body then owns an
//! implicit `__class__` cell (`needs_class_closure`).  A name that is local to
//! a class *and* free in a method nested in it is also passed through the
//! class's closure (`DEF_FREE_CLASS`).
//!
//! Comprehensions are functions with one parameter `.0` (the iterator of
//! their first `for`, which is evaluated in the enclosing scope).  A walrus
//! inside a comprehension binds in the nearest enclosing function (as if
//! declared `nonlocal` in the comprehension) or module (`global`).
//!
//! Scopes are keyed by the address of their AST node; the compiler walks the
//! same, unmoved AST and finds each scope again with `SymbolTable::lookup`.
use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Comprehension, Expr, ExprContext, Parameters, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Bits recorded per name and scope in the collection pass.
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE_CLASS: u32 = 32;
    pub const DEF_IMPORT: u32 = 64;
    pub const DEF_ANNOT: u32 = 128;
    pub const DEF_COMP_ITER: u32 = 256;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymbolScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GenExpr,
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: locals live in slots.
    pub fn is_function(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::SetComp | ScopeKind::DictComp | ScopeKind::GenExpr
        )
    }
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub range: TextRange,
    /// Names in order of first appearance.
    pub symbol_order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters, in slot order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// Contains `await` or `async for`/`async with`/an async comprehension,
    /// or is an `async def` (CPython's `ste_coroutine`).  With
    /// `is_generator` it is an async generator.
    pub is_coroutine: bool,
    /// Nested inside a function scope (code flag NESTED).
    pub nested: bool,
    /// A class body whose methods use `__class__` / `super`.
    pub needs_class_closure: bool,
    /// Some name of this scope is free (it reads an enclosing function's cell).
    pub has_free: bool,
    pub child_free: bool,
    /// Where each `global` / `nonlocal` declaration of a name is.
    pub directives: HashMap<String, TextRange>,
    /// Names of an enclosing class for private-name mangling.
    pub private: Option<String>,
}

impl Scope {
    fn new(
        kind: ScopeKind,
        name: &str,
        range: TextRange,
        nested: bool,
        private: Option<String>,
    ) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            range,
            symbol_order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nested,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            directives: HashMap::new(),
            private,
        }
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// The resolved scope of `name` (GlobalImplicit for unknown names).
    pub fn scope_of(&self, name: &str) -> SymbolScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(SymbolScope::GlobalImplicit)
    }

    /// Local slots of a function scope: parameters first, then other locals.
    pub fn varnames(&self) -> Vec<String> {
        let mut v = self.params.clone();
        if self.kind.is_function() {
            for name in &self.symbol_order {
                let s = &self.symbols[name];
                if s.scope == SymbolScope::Local && s.flags & DEF_PARAM == 0 {
                    v.push(name.clone());
                }
            }
        }
        v
    }

    /// Cell variables, sorted (`__class__` first in a class that needs it).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymbolScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        if self.needs_class_closure {
            v.insert(0, "__class__".to_string());
        }
        v
    }

    /// Free variables, sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymbolScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// An error found while building the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymtableError {
    pub msg: String,
    pub range: TextRange,
}

fn err<T>(msg: impl Into<String>, range: TextRange) -> Result<T, SymtableError> {
    Err(SymtableError {
        msg: msg.into(),
        range,
    })
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

/// The key of an AST node: its address (the AST is not moved between passes).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Builds and analyzes the table of a module (or of an expression for
    /// `eval`).
    pub fn build_module(body: &[Stmt], range: TextRange) -> Result<SymbolTable, SymtableError> {
        let mut b = Builder::new(range);
        b.table.future_annotations = has_future_annotations(body);
        for s in body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    pub fn build_expression(expr: &Expr, range: TextRange) -> Result<SymbolTable, SymtableError> {
        let mut b = Builder::new(range);
        b.visit_expr(expr)?;
        b.finish()
    }

    pub fn root(&self) -> ScopeId {
        0
    }

    /// The scope opened by the AST node at `key` (see `node_key`).
    pub fn lookup(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

fn has_future_annotations(body: &[Stmt]) -> bool {
    for s in body {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.id.as_str() == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if e.value.is_string_literal_expr() => {}
            _ => return false,
        }
    }
    false
}

/// Private name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

// --- Collection pass ---

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Builder {
    fn new(range: TextRange) -> Self {
        let module = Scope::new(ScopeKind::Module, "top", range, false, None);
        Builder {
            table: SymbolTable {
                scopes: vec![module],
                by_node: HashMap::new(),
                future_annotations: false,
            },
            stack: vec![0],
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    fn finish(mut self) -> Result<SymbolTable, SymtableError> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        analyze_block(&mut self.table.scopes, 0, None, &mut free, &mut global)?;
        Ok(self.table)
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur()].private.as_deref(), name)
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, range: TextRange) {
        let parent = self.cur();
        let p = &self.table.scopes[parent];
        let nested = p.nested || p.kind.is_function();
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            p.private.clone()
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, range, nested, private));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    /// Records `flag` for `name` (already mangled) in scope `id`.
    fn add_def_in(
        &mut self,
        id: ScopeId,
        name: &str,
        flag: u32,
        range: TextRange,
    ) -> Result<(), SymtableError> {
        let scope = &mut self.table.scopes[id];
        let entry = scope
            .symbols
            .entry(name.to_string())
            .or_insert_with(|| Symbol {
                flags: 0,
                scope: SymbolScope::GlobalImplicit,
            });
        let old = entry.flags;
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
        }
        entry.flags |= flag;
        if old == 0 && !scope.symbol_order.iter().any(|n| n == name) {
            scope.symbol_order.push(name.to_string());
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.to_string());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            let e = module
                .symbols
                .entry(name.to_string())
                .or_insert_with(|| Symbol {
                    flags: 0,
                    scope: SymbolScope::GlobalImplicit,
                });
            if e.flags == 0 && !module.symbol_order.iter().any(|n| n == name) {
                module.symbol_order.push(name.to_string());
            }
            e.flags |= DEF_GLOBAL;
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result<(), SymtableError> {
        let name = self.mangle(name);
        let id = self.cur();
        self.add_def_in(id, &name, flag, range)
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SymtableError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> Result<(), SymtableError> {
        if self.table.future_annotations {
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_param_annotations(&mut self, p: &Parameters) -> Result<(), SymtableError> {
        for param in p.iter() {
            if let Some(a) = param.annotation() {
                self.visit_annotation(a)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &Parameters) -> Result<(), SymtableError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.add_def(
                a.parameter.name.id.as_str(),
                DEF_PARAM,
                a.parameter.name.range,
            )?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(v.name.id.as_str(), DEF_PARAM, v.name.range)?;
        }
        if let Some(v) = &p.kwarg {
            self.add_def(v.name.id.as_str(), DEF_PARAM, v.name.range)?;
        }
        Ok(())
    }

    fn visit_defaults(&mut self, p: &Parameters) -> Result<(), SymtableError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), SymtableError> {
        match s {
            Stmt::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return err("invalid syntax", s.range());
                }
                self.add_def(f.name.id.as_str(), DEF_LOCAL, f.name.range)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(
                    ScopeKind::Function,
                    f.name.id.as_str(),
                    node_key(f),
                    f.range,
                );
                if f.is_async {
                    self.cur_scope().is_coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return err("invalid syntax", s.range());
                }
                self.add_def(c.name.id.as_str(), DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(ScopeKind::Class, c.name.id.as_str(), node_key(c), c.range);
                self.visit_body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangle(n.id.as_str());
                    let cur = self.table.scopes[self.cur()].flags_of(&name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && a.simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(
                            format!("annotated name '{}' can't be {what}", n.id),
                            n.range,
                        );
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.visit_expr(&a.target)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.visit_expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    let bound = match &alias.asname {
                        Some(a) => a.id.as_str(),
                        None => full.split('.').next().unwrap_or(full),
                    };
                    self.add_def(bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    if name == "*" {
                        if self.table.scopes[self.cur()].kind != ScopeKind::Module {
                            return err("import * only allowed at module level", i.range);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().map(|a| a.id.as_str()).unwrap_or(name);
                    self.add_def(bound, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => self.visit_directive(&g.names, DEF_GLOBAL, "global", g.range)?,
            Stmt::Nonlocal(g) => {
                self.visit_directive(&g.names, DEF_NONLOCAL, "nonlocal", g.range)?
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => return err("invalid syntax", t.range),
            Stmt::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn visit_directive(
        &mut self,
        names: &[ast::Identifier],
        flag: u32,
        what: &str,
        range: TextRange,
    ) -> Result<(), SymtableError> {
        for n in names {
            let name = self.mangle(n.id.as_str());
            let cur = self.table.scopes[self.cur()].flags_of(&name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return err(msg, range);
            }
            let id = self.cur();
            self.add_def_in(id, &name, flag, n.range)?;
            self.table.scopes[id]
                .directives
                .entry(name)
                .or_insert(range);
        }
        Ok(())
    }

    /// A `case` pattern: capture names are local bindings; value patterns,
    /// class names and mapping keys are ordinary expressions.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> Result<(), SymtableError> {
        match p {
            ast::Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            ast::Pattern::MatchSingleton(_) => {}
            ast::Pattern::MatchSequence(s) => {
                for q in &s.patterns {
                    self.visit_pattern(q)?;
                }
            }
            ast::Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for q in &m.patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.id.as_str(), DEF_LOCAL, r.range)?;
                }
            }
            ast::Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.visit_pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            ast::Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            ast::Pattern::MatchOr(o) => {
                for q in &o.patterns {
                    self.visit_pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), SymtableError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                if self.comp_iter_expr > 0 {
                    return err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    );
                }
                if self.table.scopes[self.cur()].kind.is_comprehension() {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "lambda", node_key(l), l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::ListComp(c) => self.visit_comprehension(
                ScopeKind::ListComp,
                "listcomp",
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                ScopeKind::SetComp,
                "setcomp",
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(
                    ScopeKind::DictComp,
                    "dictcomp",
                    node_key(c),
                    c.range,
                    &c.generators,
                    k,
                    Some(&c.value),
                )?,
                None => {
                    return err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                }
            },
            Expr::Generator(c) => self.visit_comprehension(
                ScopeKind::GenExpr,
                "genexpr",
                node_key(c),
                c.range,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                self.cur_scope().is_coroutine = true;
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.note_yield(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.note_yield(y.range)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.visit_expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(t) => return err("invalid syntax", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ExprContext::Load => {
                        self.add_def(id, USE, n.range)?;
                        if id == "super" && self.table.scopes[self.cur()].kind.is_function() {
                            self.add_def("__class__", USE, n.range)?;
                        }
                    }
                    _ => {
                        let flag = if self.comp_iter_target {
                            DEF_LOCAL | DEF_COMP_ITER
                        } else {
                            DEF_LOCAL
                        };
                        self.add_def(id, flag, n.range)?;
                    }
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(v)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn visit_fstring_element(
        &mut self,
        el: &ast::InterpolatedStringElement,
    ) -> Result<(), SymtableError> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn note_yield(&mut self, range: TextRange) -> Result<(), SymtableError> {
        let scope = self.cur_scope();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", range),
            ScopeKind::ListComp => err("'yield' inside list comprehension", range),
            ScopeKind::SetComp => err("'yield' inside set comprehension", range),
            ScopeKind::DictComp => err("'yield' inside dict comprehension", range),
            ScopeKind::GenExpr => err("'yield' inside generator expression", range),
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_comprehension(
        &mut self,
        kind: ScopeKind,
        name: &str,
        key: usize,
        range: TextRange,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), SymtableError> {
        let first = &generators[0];
        self.comp_iter_expr += 1;
        self.visit_expr(&first.iter)?;
        self.comp_iter_expr -= 1;
        self.enter(kind, name, key, range);
        let id = self.cur();
        if generators.iter().any(|g| g.is_async) {
            self.cur_scope().is_coroutine = true;
        }
        self.add_def_in(id, ".0", DEF_PARAM, range)?;
        self.comp_iter_target = true;
        self.visit_expr(&first.target)?;
        self.comp_iter_target = false;
        for i in &first.ifs {
            self.visit_expr(i)?;
        }
        for g in &generators[1..] {
            self.comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.comp_iter_target = false;
            self.comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.comp_iter_expr -= 1;
            for i in &g.ifs {
                self.visit_expr(i)?;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == ScopeKind::GenExpr {
            self.cur_scope().is_generator = true;
        }
        // A list/set/dict comprehension that awaits is a coroutine awaited by
        // its parent, which therefore awaits too (an async generator
        // expression is only iterated, never awaited, where it is made).
        let awaited = kind != ScopeKind::GenExpr && self.cur_scope().is_coroutine;
        self.leave();
        if awaited {
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<(), SymtableError> {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = self.mangle(n.id.as_str());
        // CPython 3.11 looks the target up in the enclosing scopes by its
        // unmangled name (and defines it mangled): `global __x` in a method
        // does not make `[__x := 1 for ...]` global there.
        let raw = n.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            if scope.kind.is_comprehension() {
                if scope.flags_of(raw) & DEF_COMP_ITER != 0 {
                    return err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{raw}'"
                        ),
                        n.range,
                    );
                }
                continue;
            }
            let cur = self.cur();
            match scope.kind {
                ScopeKind::Module => {
                    self.add_def_in(cur, &name, DEF_GLOBAL, n.range)?;
                    self.table.scopes[cur]
                        .directives
                        .entry(name.clone())
                        .or_insert(n.range);
                    return self.add_def_in(id, &name, DEF_GLOBAL, n.range);
                }
                ScopeKind::Class => {
                    return err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        n.range,
                    );
                }
                _ => {
                    let flag = if scope.flags_of(raw) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(cur, &name, flag, n.range)?;
                    self.table.scopes[cur]
                        .directives
                        .entry(name.clone())
                        .or_insert(n.range);
                    return self.add_def_in(id, &name, DEF_LOCAL, n.range);
                }
            }
        }
        Ok(())
    }
}

// --- Analysis pass ---

type NameSet = HashSet<String>;

fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: Option<&NameSet>,
    free: &mut NameSet,
    global: &mut NameSet,
) -> Result<(), SymtableError> {
    let mut local = NameSet::new();
    let mut resolved: HashMap<String, SymbolScope> = HashMap::new();
    let mut newglobal = NameSet::new();
    let mut newfree = NameSet::new();
    let mut newbound = NameSet::new();
    let kind = scopes[id].kind;

    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }

    let order = scopes[id].symbol_order.clone();
    let mut bound_local: Option<NameSet> = bound.cloned();
    for name in &order {
        let fl = scopes[id].symbols[name].flags;
        let s = analyze_name(
            &mut scopes[id],
            name,
            fl,
            bound_local.as_mut(),
            &mut local,
            free,
            global,
        )?;
        resolved.insert(name.clone(), s);
    }

    if kind != ScopeKind::Class {
        if kind.is_function() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_local {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut allfree = NameSet::new();
    let children = scopes[id].children.clone();
    for child in children {
        let mut child_free = newfree.clone();
        let mut child_global = newglobal.clone();
        let child_bound = newbound.clone();
        analyze_block(
            scopes,
            child,
            Some(&child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        allfree.extend(child_free);
        if scopes[child].has_free || scopes[child].child_free {
            scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);

    if kind.is_function() {
        // analyze_cells: locals used freely by children become cells.
        for (name, sc) in resolved.iter_mut() {
            if *sc == SymbolScope::Local && newfree.contains(name) {
                *sc = SymbolScope::Cell;
                newfree.remove(name);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }

    // update_symbols
    let scope = &mut scopes[id];
    for (name, sc) in &resolved {
        scope.symbols.get_mut(name).unwrap().scope = *sc;
    }
    let mut free_sorted: Vec<&String> = newfree.iter().collect();
    free_sorted.sort();
    for name in free_sorted {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound
            && !b.contains(name)
        {
            continue;
        }
        if bound.is_none() {
            continue;
        }
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: SymbolScope::Free,
            },
        );
        scope.symbol_order.push(name.clone());
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    scope: &mut Scope,
    name: &str,
    fl: u32,
    bound: Option<&mut NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
) -> Result<SymbolScope, SymtableError> {
    let directive = scope.directives.get(name).copied().unwrap_or(scope.range);
    if fl & DEF_GLOBAL != 0 {
        if fl & DEF_NONLOCAL != 0 {
            return err(format!("name '{name}' is nonlocal and global"), directive);
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if fl & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return err(
                "nonlocal declaration not allowed at module level",
                directive,
            );
        };
        if !b.contains(name) {
            return err(format!("no binding for nonlocal '{name}' found"), directive);
        }
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if fl & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if let Some(b) = &bound
        && b.contains(name)
    {
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if global.contains(name) {
        return Ok(SymbolScope::GlobalImplicit);
    }
    if scope.nested {
        scope.has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        let m = parsed.into_syntax();
        // Leak the AST so node keys stay valid for the test's lifetime.
        let m: &'static ast::ModModule = Box::leak(Box::new(m));
        SymbolTable::build_module(&m.body, m.range).unwrap()
    }

    fn table_err(src: &str) -> String {
        let m = ruff_python_parser::parse_module(src).unwrap().into_syntax();
        match SymbolTable::build_module(&m.body, m.range) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.msg,
        }
    }

    fn scope_named<'a>(t: &'a SymbolTable, name: &str) -> &'a Scope {
        t.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn locals_cells_and_frees() {
        let t = table(
            "def f(a):\n    b = 1\n    def g():\n        return a + c\n    return g\nc = 2\n",
        );
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("a"), SymbolScope::Cell);
        assert_eq!(f.scope_of("b"), SymbolScope::Local);
        assert_eq!(f.cellvars(), vec!["a"]);
        let g = scope_named(&t, "g");
        assert_eq!(g.scope_of("a"), SymbolScope::Free);
        assert_eq!(g.scope_of("c"), SymbolScope::GlobalImplicit);
        assert_eq!(g.freevars(), vec!["a"]);
    }

    #[test]
    fn class_scope_is_skipped() {
        let t = table(
            "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
        );
        let m = scope_named(&t, "m");
        assert_eq!(m.scope_of("x"), SymbolScope::Free);
        let c = scope_named(&t, "C");
        assert_eq!(c.scope_of("x"), SymbolScope::Local);
        assert!(c.freevars().contains(&"x".to_string()));
        assert_eq!(scope_named(&t, "f").scope_of("x"), SymbolScope::Cell);
    }

    #[test]
    fn class_cell_for_super() {
        let t = table("class C:\n    def m(self):\n        return super().m()\n");
        let c = scope_named(&t, "C");
        assert!(c.needs_class_closure);
        assert_eq!(c.cellvars(), vec!["__class__"]);
        assert_eq!(scope_named(&t, "m").freevars(), vec!["__class__"]);
    }

    #[test]
    fn global_and_nonlocal() {
        let t = table(
            "def f():\n    global g\n    g = 1\n    y = 0\n    def h():\n        nonlocal y\n        y = 2\n",
        );
        assert_eq!(
            scope_named(&t, "f").scope_of("g"),
            SymbolScope::GlobalExplicit
        );
        assert_eq!(scope_named(&t, "f").scope_of("y"), SymbolScope::Cell);
        assert_eq!(scope_named(&t, "h").scope_of("y"), SymbolScope::Free);
        assert_eq!(
            scope_named(&t, "top").scope_of("g"),
            SymbolScope::GlobalExplicit
        );
    }

    #[test]
    fn comprehension_scoping() {
        let t = table("def f(xs):\n    return [y for x in xs if (y := x)]\n");
        let lc = scope_named(&t, "listcomp");
        assert_eq!(lc.params, vec![".0"]);
        assert_eq!(lc.scope_of("x"), SymbolScope::Local);
        assert_eq!(lc.scope_of("y"), SymbolScope::Free);
        assert_eq!(lc.scope_of("xs"), SymbolScope::GlobalImplicit);
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("y"), SymbolScope::Cell);
        assert_eq!(f.scope_of("xs"), SymbolScope::Local);
    }

    #[test]
    fn generators() {
        let t = table("def f():\n    yield 1\ng = (x for x in y)\n");
        assert!(scope_named(&t, "f").is_generator);
        assert!(scope_named(&t, "genexpr").is_generator);
    }

    #[test]
    fn errors() {
        assert_eq!(
            table_err("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            table_err("def f():\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            table_err("def f(x):\n    global x\n"),
            "name 'x' is parameter and global"
        );
        assert_eq!(
            table_err("def f():\n    print(x)\n    global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            table_err("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            table_err("def f(x, x):\n    pass\n"),
            "duplicate argument 'x' in function definition"
        );
        assert_eq!(table_err("yield 1\n"), "'yield' outside function");
        assert_eq!(
            table_err("class C:\n    yield 1\n"),
            "'yield' outside function"
        );
        assert_eq!(
            table_err("def f():\n    from os import *\n"),
            "import * only allowed at module level"
        );
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
