//! The `match` statement (PEP 634), compiled as CPython 3.11's
//! `compiler_match` / `compiler_pattern_*` do.
//!
//! The subject stays on the stack while a case's pattern runs.  A pattern
//! consumes the subject copy it is given and either falls through on success,
//! leaving the values of its capture names on the stack (in the order of
//! `PatternCtx::stores`, the first name's value on top), or jumps to a
//! *fail-pop* label that pops whatever the pattern had pushed so far:
//!
//! ```text
//!   fail_pop[n]:   PopTop        ; n items were on the stack at the failure
//!   ...
//!   fail_pop[1]:   PopTop
//!   fail_pop[0]:                 ; next case
//! ```
//!
//! `on_top` counts the pattern's temporaries above the captured values; a
//! new capture is rotated below them (`Swap` chain) so that the captures
//! accumulate at the bottom.  Or-patterns compile every alternative against
//! a copy of the subject with its own fail-pop labels, reorder each
//! alternative's captures to the first alternative's order, and jump to a
//! common end.
//!
//! Runtime tests use the instructions `MatchSequence`, `MatchMapping`,
//! `MatchKeys`, `MatchClass` and `GetLen` (CPython's `MATCH_*` and `GET_LEN`).
use ruff_python_ast::{self as ast, Expr, Operator, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, Ctx, Label, constant_of};
use crate::bytecode::{BinOp, CmpOp, Opcode};
use crate::code::{Constant, const_repr};

/// CPython's `pattern_context`.
struct PatternCtx {
    /// Names captured so far, in the order their values lie on the stack
    /// (first on top of the captures).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and continues with the next case.
    fail_pop: Vec<Label>,
    /// Items on the stack above the captured values.
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> Self {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `case _` (no sub-pattern, no name).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// The constant a literal pattern key stands for (folding `-1` and `1+2j`
/// the way CPython's AST optimizer does), for the duplicate-key check.
fn key_constant(e: &Expr) -> Option<Constant> {
    if let Some(c) = constant_of(e) {
        return Some(c);
    }
    if let Expr::BinOp(b) = e
        && matches!(b.op, Operator::Add | Operator::Sub)
    {
        let re = match constant_of(&b.left)? {
            Constant::Int(i) => i as f64,
            Constant::Float(f) => f,
            _ => return None,
        };
        let Constant::Complex { re: 0.0, im } = constant_of(&b.right)? else {
            return None;
        };
        let im = if b.op == Operator::Sub { -im } else { im };
        return Some(Constant::Complex { re, im });
    }
    None
}

/// Python equality of two literal keys (`1 == 1.0 == True`, `0 == -0.0`).
fn keys_equal(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<i128>)> {
        Some(match c {
            Constant::True => (1.0, 0.0, Some(1)),
            Constant::False => (0.0, 0.0, Some(0)),
            Constant::Int(i) => (*i as f64, 0.0, Some(*i as i128)),
            Constant::Float(f) => (
                *f,
                0.0,
                (f.fract() == 0.0 && f.abs() < 1e30).then_some(*f as i128),
            ),
            Constant::Complex { re, im } => (*re, *im, None),
            _ => return None,
        })
    }
    match (num(a), num(b)) {
        (Some((ar, ai, ax)), Some((br, bi, bx))) => match (ax, bx) {
            (Some(x), Some(y)) => x == y && ai == bi,
            _ => ar == br && ai == bi,
        },
        (None, None) => match (a, b) {
            (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
            (Constant::Str(x), Constant::Str(y)) => x == y,
            (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
            (Constant::None, Constant::None) => true,
            (Constant::Ellipsis, Constant::Ellipsis) => true,
            _ => false,
        },
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    // --- The statement ---

    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        for (i, case) in m.cases[..cases - has_default as usize].iter().enumerate() {
            self.set_loc(case.pattern.range());
            let last = i + 1 == cases - has_default as usize;
            // Only copy the subject if we are not on the last case.
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            // Irrefutable cases must be either guarded, last, or both.
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0, "pattern left temporaries on the stack");
            // A match: store the captured names (their values are on the stack).
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, Ctx::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, false, target)?;
            }
            // Success: done with the subject.
            if !last {
                self.emit(Opcode::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.set_loc(m.range);
            self.jump(Opcode::Jump, end);
            // A failed match's cleanup belongs to the pattern's line.
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject.
            let case = &m.cases[cases - 1];
            self.set_loc(case.pattern.range());
            if cases == 1 {
                self.emit(Opcode::PopTop, 0);
            } else {
                self.emit(Opcode::Nop, 0);
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    // --- Fail-pop labels ---

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps with `op` to the label popping everything the pattern pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(op, l);
    }

    /// Emits the fail-pop labels (deepest first) and forgets them.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for l in rest.iter().rev() {
            self.bind(*l);
            self.emit(Opcode::PopTop, 0);
        }
        self.bind(*first);
    }

    /// Moves TOS `count - 1` places down (CPython's `pattern_helper_rotate`).
    fn pattern_rotate(&mut self, count: usize) {
        let mut count = count;
        while count > 1 {
            self.emit(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    /// Captures TOS as `name` (or discards it for `_`).
    fn pattern_store_name(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        range: TextRange,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        let n = name.id.as_str();
        // Errors point where CPython's compiler location is: the pattern
        // visited last.
        let loc = self.ur().loc;
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(
                format!("multiple assignments to name '{n}' in pattern"),
                loc,
            ));
        }
        // Rotate the value underneath the items we need to preserve.
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    // --- Patterns ---

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(
                    &*v.value,
                    Expr::Attribute(_)
                        | Expr::NumberLiteral(_)
                        | Expr::StringLiteral(_)
                        | Expr::BytesLiteral(_)
                        | Expr::UnaryOp(_)
                        | Expr::BinOp(_)
                ) {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        v.range,
                    ));
                }
                self.expr(&v.value)?;
                self.set_loc(p.range());
                self.emit(Opcode::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::True,
                    Singleton::False => Constant::False,
                });
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, s.range, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.pattern_store_name(s.name.as_ref(), pc, s.range),
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        }
    }

    /// A sub-pattern: irrefutable patterns are always allowed.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx) -> CResult<()> {
        let Some(sub) = &a.pattern else {
            // An irrefutable match.
            if !pc.allow_irrefutable {
                return Err(match &a.name {
                    Some(n) => self.error(
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.id
                        ),
                        a.range,
                    ),
                    None => self.error("wildcard makes remaining patterns unreachable", a.range),
                });
            }
            return self.pattern_store_name(a.name.as_ref(), pc, a.range);
        };
        // Keep a copy of the subject for storing on success.
        pc.on_top += 1;
        self.emit(Opcode::Copy, 1);
        self.pattern(sub, pc)?;
        pc.on_top -= 1;
        self.pattern_store_name(a.name.as_ref(), pc, a.range)
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // Keep the subject on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::CompareOp, CmpOp::Ge as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            // [] / [_] / [_, _] / [*_] / [_, *_] / ...
            self.emit(Opcode::PopTop, 0);
            Ok(())
        } else if let (true, Some(star)) = (star_wildcard, star) {
            self.sequence_subscr(patterns, star, pc)
        } else {
            self.sequence_unpack(patterns, star, range, pc)
        }
    }

    /// Unpacks the subject (`UnpackSequence`/`UnpackEx`) and matches every element.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let n = patterns.len();
        match star {
            None => self.emit(Opcode::UnpackSequence, n as u32),
            Some(i) => {
                let after = n - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        range,
                    ));
                }
                self.emit(Opcode::UnpackEx, i as u32 | ((after as u32) << 8));
            }
        }
        // New subjects on the stack stay there across each sub-pattern.
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Like `sequence_unpack`, but indexes the subject, for patterns with a
    /// starred wildcard (`[first, *_, last]`).
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.set_loc(p.range());
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                // The subject may not support negative indexing.
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Opcode::BinaryOp, BinOp::Sub as u32);
            }
            self.emit(Opcode::BinarySubscr, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error("invalid syntax", m.range));
        }
        let star_target = m.rest.as_ref();
        // Keep the subject on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && star_target.is_none() {
            // `{}`: done, pop the subject.
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        // Keys are literals or dotted names; literal duplicates are an error.
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            if let Some(c) = key_constant(key) {
                if seen.iter().any(|s| keys_equal(s, &c)) {
                    let shown = match &c {
                        Constant::Str(s) => py_str_repr(s),
                        Constant::Complex { re, im } if *re == 0.0 => {
                            format!("{}j", float_repr(*im))
                        }
                        Constant::Complex { re, im } => {
                            format!(
                                "({}{}{}j)",
                                float_repr(*re),
                                if *im < 0.0 || (*im == 0.0 && im.is_sign_negative()) {
                                    "-"
                                } else {
                                    "+"
                                },
                                float_repr(im.abs())
                            )
                        }
                        Constant::Float(f) => float_repr(*f),
                        Constant::Bytes(b) => py_bytes_repr(b),
                        other => const_repr(other),
                    };
                    return Err(self.error(
                        format!("mapping pattern checks duplicate key ({shown})"),
                        m.range,
                    ));
                }
                seen.push(c);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    m.range,
                ));
            }
            self.expr(key)?;
        }
        self.set_loc(m.range);
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        // A tuple of keys and a tuple of values (or None) on the subject.
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        // The values tuple is replaced by its items.
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        if let Some(rest) = star_target {
            // rest = dict(subject); for key in keys: del rest[key]
            self.emit(Opcode::BuildMap, 0); // [subject, keys, {}]
            self.emit(Opcode::Swap, 3); // [{}, keys, subject]
            self.emit(Opcode::DictUpdate, 2); // [copy, keys]
            self.emit(Opcode::UnpackSequence, size as u32); // [copy, keys...]
            let mut n = size;
            while n > 0 {
                self.emit(Opcode::Copy, 1 + n as u32); // [copy, keys..., copy]
                n -= 1;
                self.emit(Opcode::Swap, 2); // [copy, keys..., copy, key]
                self.emit(Opcode::DeleteSubscr, 0); // [copy, keys...]
            }
            self.pattern_store_name(Some(rest), pc, m.range)?;
        } else {
            self.emit(Opcode::PopTop, 0); // the keys
            self.emit(Opcode::PopTop, 0); // the subject
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, k) in args.keywords.iter().enumerate() {
            let attr = k.attr.id.as_str();
            if attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.pattern.range()));
            }
            if let Some(dup) = args.keywords[i + 1..]
                .iter()
                .find(|o| o.attr.id.as_str() == attr)
            {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    dup.pattern.range(),
                ));
            }
        }
        self.set_loc(c.range);
        self.expr(&c.cls)?;
        let names: Vec<Constant> = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.id.to_string()))
            .collect();
        self.set_loc(c.range);
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MatchClass, nargs as u32);
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        // TOS is a tuple of nargs + nattrs attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, (nargs + nattrs) as u32);
        // The attributes tuple is replaced by its items.
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let size = o.patterns.len();
        // The names bound by the first alternative: the others must bind the
        // same set, and are reordered to this order.
        let mut control: Option<Vec<String>> = None;
        let outer_allow = pc.allow_irrefutable;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            // An irrefutable alternative must be last, if allowed at all.
            let mut apc = PatternCtx::new(i + 1 == size && outer_allow);
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, &mut apc)?;
            let nstores = apc.stores.len();
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    let loc = self.ur().loc;
                    return Err(self.error("alternative patterns bind different names", loc));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = apc.stores.iter().position(|s| s == name) else {
                            let loc = self.ur().loc;
                            return Err(
                                self.error("alternative patterns bind different names", loc)
                            );
                        };
                        if icontrol != istores {
                            // Move the value to the control's position:
                            // rotated = stores[:rotations]; del stores[:rotations];
                            // stores[icontrol-istores:icontrol-istores] = rotated
                            let rotations = istores + 1;
                            let rotated: Vec<String> = apc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, s) in rotated.into_iter().enumerate() {
                                apc.stores.insert(at + k, s);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::Jump, end);
            self.emit_and_reset_fail_pop(&mut apc);
        }
        // No alternative matched: pop the subject copy and fail.  (The
        // location stays the last alternative's, as in CPython.)
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Between the new captures and their place: the other new captures,
        // the subject copy, the temporaries and the earlier captures.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                let loc = self.ur().loc;
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    loc,
                ));
            }
            pc.stores.push(name);
        }
        // Pop the subject copy.
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}

/// `repr()` of a str, as CPython writes it in error messages.
fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `repr()` of a bytes object.
fn py_bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q as char);
    out
}

/// `repr()` of a float (shortest round-trip, Python's spelling).
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    if f.fract() == 0.0 && f.abs() < 1e16 {
        return s;
    }
    if let Some((m, e)) = s.split_once('e') {
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    s
}
