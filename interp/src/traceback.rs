//! Printing uncaught exceptions as CPython does: the chain of causes and
//! contexts, each traceback entry with its file, line, function and source
//! line, and the final `Type: message` line; exception groups (PEP 654) as
//! CPython 3.11's nested boxes (see "The printer" below).
use crate::layout::Kind;
use crate::objects::exceptions::BaseExc;
use crate::objects::str::as_str;
use crate::objects::traceback::Traceback;
use crate::objects::type_::type_of;
use crate::ops;
use crate::runtime::{Thread, g};
use crate::value::Value;

fn raw_source_line(file: &str, line: u32) -> Option<String> {
    let src = std::fs::read_to_string(file).ok()?;
    src.lines()
        .nth((line as usize).checked_sub(1)?)
        .map(str::to_string)
}

// --- Position indicators (CPython 3.11's `~~~^^^~~~` lines) ---

/// The character offset of UTF-8 byte offset `b` in `line`.
fn char_offset(line: &str, b: usize) -> usize {
    let b = b.min(line.len());
    line.char_indices().take_while(|(i, _)| *i < b).count()
}

/// The indicator line under a traceback entry's source line, or "" when
/// the instruction's range covers the whole (stripped) line.  Binary
/// operations and subscripts get `~` under the operands and `^` under the
/// operator / the `[index]`, as CPython's `extract_anchors_from_line`.
fn caret_line(line: &str, p: &frontend::code::Position) -> String {
    let chars: Vec<char> = line.chars().collect();
    let start = char_offset(line, p.col as usize);
    let mut end = char_offset(line, p.end_col as usize);
    if p.end_line > p.line {
        end = chars.len();
    }
    let lead = chars.iter().take_while(|c| c.is_whitespace()).count();
    let trail = chars.iter().rev().take_while(|c| c.is_whitespace()).count();
    let stripped_len = chars.len().saturating_sub(lead + trail);
    if end <= start || start < lead {
        return String::new();
    }
    let anchors = if p.end_line == p.line {
        anchors(&chars[start..end])
    } else {
        None
    };
    if end - start >= stripped_len && anchors.is_none() {
        return String::new();
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - lead));
    for i in 0..end - start {
        let c = match anchors {
            Some((l, r)) if i >= l && i < r => '^',
            Some(_) => '~',
            None => '^',
        };
        out.push(c);
    }
    out.push('\n');
    out
}

/// (left, right) anchors within `seg` when it is a binary operation or a
/// subscript at the top level: a small scanner over brackets and strings.
fn anchors(seg: &[char]) -> Option<(usize, usize)> {
    // Binary operators by precedence level, lowest first.
    const LEVELS: &[&[&str]] = &[
        &["|"],
        &["^"],
        &["&"],
        &["<<", ">>"],
        &["+", "-"],
        &["*", "/", "//", "%", "@"],
        &["**"],
    ];
    let mut depth = 0i32;
    let mut i = 0;
    let mut prev_operand = false;
    let mut ops_found: Vec<(usize, usize, usize)> = Vec::new(); // (level, pos, len)
    let mut last_open_sq: Option<usize> = None;
    let mut last_close_sq: Option<usize> = None;
    while i < seg.len() {
        let c = seg[i];
        if c == '\'' || c == '"' {
            let q = c;
            i += 1;
            while i < seg.len() && seg[i] != q {
                if seg[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            prev_operand = true;
            continue;
        }
        match c {
            '(' | '[' | '{' => {
                if c == '[' && depth == 0 {
                    last_open_sq = Some(i);
                }
                depth += 1;
                prev_operand = false;
            }
            ')' | ']' | '}' => {
                depth -= 1;
                if c == ']' && depth == 0 {
                    last_close_sq = Some(i);
                }
                prev_operand = true;
            }
            c if c.is_whitespace() => {}
            c if c.is_alphanumeric() || c == '_' || c == '.' => {
                let s = i;
                while i < seg.len() && (seg[i].is_alphanumeric() || seg[i] == '_' || seg[i] == '.')
                {
                    i += 1;
                }
                let word: String = seg[s..i].iter().collect();
                if depth == 0
                    && matches!(
                        word.as_str(),
                        "and" | "or" | "not" | "if" | "else" | "lambda" | "in" | "is" | "await"
                    )
                {
                    return None;
                }
                prev_operand = true;
                continue;
            }
            _ => {
                let two: String = seg[i..(i + 2).min(seg.len())].iter().collect();
                let one = c.to_string();
                if depth == 0
                    && matches!(c, '<' | '>' | '=' | '!' | ',' | ':')
                    && !(two == "<<" || two == ">>")
                {
                    return None;
                }
                let (tok, len) = if LEVELS.iter().any(|l| l.contains(&two.as_str())) {
                    (two, 2)
                } else {
                    (one, 1)
                };
                if depth == 0
                    && prev_operand
                    && let Some(level) = LEVELS.iter().position(|l| l.contains(&tok.as_str()))
                {
                    ops_found.push((level, i, len));
                }
                prev_operand = false;
                i += len;
                continue;
            }
        }
        i += 1;
    }
    if let Some(min) = ops_found.iter().map(|o| o.0).min() {
        let at_level = ops_found.iter().filter(|o| o.0 == min);
        // `**` is right-associative: the root is its leftmost use.
        let root = if min == LEVELS.len() - 1 {
            at_level.min_by_key(|o| o.1)
        } else {
            at_level.max_by_key(|o| o.1)
        }?;
        return Some((root.1, root.1 + root.2));
    }
    // A subscript: `value[index]` ending the segment.
    match (last_open_sq, last_close_sq) {
        (Some(o), Some(c)) if o > 0 && c + 1 == seg.len() && !seg[o - 1].is_whitespace() => {
            Some((o, c + 1))
        }
        _ => None,
    }
}

/// The `Type: message` line of an exception.
pub fn exc_line(th: &Thread, e: Value) -> String {
    let t = type_of(e);
    let m = t.module.borrow().clone();
    let name = if m == "builtins" || m == "__main__" {
        t.qualname.borrow().clone()
    } else {
        format!("{}.{}", m, t.qualname.borrow())
    };
    let msg = match ops::str_of(th, e) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".into(),
    };
    if crate::objects::type_::is_subtype(t, g().exc.syntax_error) {
        return if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// How many identical traceback entries in a row are printed before the
/// rest are counted (CPython's `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The "[Previous line repeated N more times]" line of a run of `count`
/// identical entries, if it was cut.
fn repeated_line(text: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        text.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `sys.tracebacklimit` when it is an int (at most 0: no traceback at all;
/// a huge value: no limit), else CPython's default of 1000.  The entries
/// beyond the limit are dropped from the top (the outermost calls).
fn traceback_limit(th: &Thread) -> usize {
    let sys = g().sys_dict.get_copy();
    let v = sys
        .downcast::<crate::objects::dict::Dict>()
        .and_then(|d| crate::objects::dict::get_str(d, crate::name!(th, "tracebacklimit")));
    match v {
        Some(v) if crate::objects::int::is_int(v) => match crate::objects::int::to_bigint(v) {
            Some(n) if n.sign() != num_bigint::Sign::Plus => 0,
            Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
            None => 1000,
        },
        _ => 1000,
    }
}

// --- The printer (CPython 3.11's `print_exception_recursive`) ---
//
// An exception group prints as a box: its own traceback under
// "Exception Group Traceback", then each sub-exception in a numbered
// section, nested one level deeper (two columns) per group:
//
// ```text
//   + Exception Group Traceback (most recent call last):
//   |   File "x.py", line 1, in <module>
//   | ExceptionGroup: eg (2 sub-exceptions)
//   +-+---------------- 1 ----------------
//     | ValueError: 1
//     +---------------- 2 ----------------
//     | TypeError: 2
//     +------------------------------------
// ```
//
// At most `MAX_GROUP_WIDTH` sub-exceptions and `MAX_GROUP_DEPTH` levels are
// shown, as CPython does.

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

struct Printer<'t> {
    th: &'t Thread,
    out: String,
    /// Exceptions already printed in the chain (by identity).
    seen: Vec<Value>,
    /// How many groups enclose the exception being printed.
    depth: usize,
    /// The closing line of the innermost group is still to be written.
    need_close: bool,
}

impl Printer<'_> {
    fn indent(&self) -> usize {
        2 * self.depth
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }

    fn indented_margin(&mut self) {
        let (n, m) = (self.indent(), self.margin());
        self.out.push_str(&" ".repeat(n));
        self.out.push_str(m);
    }

    /// One exception with its causes and contexts before it.
    fn recursive(&mut self, e: Value) {
        self.cause_and_context(e);
        if crate::objects::exceptions::is_group(e) {
            self.group(e);
        } else {
            self.one(e);
        }
    }

    fn cause_and_context(&mut self, e: Value) {
        self.seen.push(e);
        let Some(x) = e.downcast::<BaseExc>() else {
            return;
        };
        let cause = x.cause.get_copy();
        if !cause.is_null() && cause != g().none {
            if cause.is_kind(Kind::BaseException) && !self.seen.contains(&cause) {
                self.chained(cause, CAUSE_MESSAGE);
            }
            return;
        }
        if x.suppress_context.get() {
            return;
        }
        let ctx = x.context.get_copy();
        if !ctx.is_null() && ctx != g().none && !self.seen.contains(&ctx) {
            self.chained(ctx, CONTEXT_MESSAGE);
        }
    }

    fn chained(&mut self, e: Value, message: &str) {
        let need_close = self.need_close;
        self.recursive(e);
        self.need_close = need_close;
        self.indented_margin();
        self.out.push('\n');
        self.indented_margin();
        self.out.push_str(message);
        self.indented_margin();
        self.out.push('\n');
    }

    fn group(&mut self, e: Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.indented_margin();
            self.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top = self.depth == 0;
        if top {
            self.depth = 1;
        }
        self.one(e);
        let excs = crate::objects::exceptions::group_items(e);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // A nested group may write the closing line itself.
                self.need_close = true;
            }
            self.out.push_str(&" ".repeat(self.indent()));
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out
                    .push_str(&format!("{lead}+---------------- ... ----------------\n"));
            } else {
                self.out.push_str(&format!(
                    "{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                self.indented_margin();
                let s = if more > 1 { "s" } else { "" };
                self.out
                    .push_str(&format!("and {more} more exception{s}\n"));
            } else {
                self.recursive(*sub);
            }
            if last && self.need_close {
                self.out.push_str(&" ".repeat(self.indent()));
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 && top {
            self.depth = 0;
        }
    }

    /// Writes `text` (whole lines) with the margin before every line.
    fn margined(&mut self, text: &str) {
        for l in text.split_inclusive('\n') {
            self.indented_margin();
            self.out.push_str(l);
        }
    }

    /// The traceback, the `Type: message` line and the notes of `e`.
    fn one(&mut self, e: Value) {
        let th = self.th;
        let tb = e
            .downcast::<BaseExc>()
            .map(|x| x.traceback.get_copy())
            .unwrap_or(Value::NULL);
        let limit = traceback_limit(th);
        if !tb.is_null() && tb != g().none && limit > 0 {
            let is_group = crate::objects::exceptions::is_group(e);
            let (header, header_margin) = if is_group {
                (
                    "Exception Group Traceback (most recent call last):\n",
                    if self.depth == 1 { "+ " } else { self.margin() },
                )
            } else {
                ("Traceback (most recent call last):\n", self.margin())
            };
            self.out.push_str(&" ".repeat(self.indent()));
            self.out.push_str(header_margin);
            self.out.push_str(header);
            let mut t = tb;
            // Only the last `limit` entries (sys.tracebacklimit).
            let mut depth = 0usize;
            while let Some(entry) = t.downcast::<Traceback>() {
                depth += 1;
                t = entry.next.get_copy();
            }
            t = tb;
            while depth > limit {
                let Some(entry) = t.downcast::<Traceback>() else {
                    break;
                };
                depth -= 1;
                t = entry.next.get_copy();
            }
            let mut text = String::new();
            // A run of entries with the same file, line and function prints
            // its first RECURSIVE_CUTOFF entries, then a count of the rest.
            let mut last: Option<(String, u32, String)> = None;
            let mut count = 0usize;
            while let Some(entry) = t.downcast::<Traceback>() {
                let fr = entry
                    .frame
                    .as_gc_unchecked::<crate::objects::frame::Frame>();
                let co = &fr.code.code;
                let key = (co.filename.to_string(), entry.lineno, co.name.to_string());
                if last.as_ref() != Some(&key) {
                    repeated_line(&mut text, count);
                    last = Some(key);
                    count = 0;
                }
                count += 1;
                if count > RECURSIVE_CUTOFF {
                    t = entry.next.get_copy();
                    continue;
                }
                text.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    co.filename, entry.lineno, co.name
                ));
                if let Some(full) = raw_source_line(&co.filename, entry.lineno) {
                    text.push_str(&format!("    {}\n", full.trim()));
                    if let Some(p) = co.positions.get(entry.lasti as usize)
                        && p.line == entry.lineno
                    {
                        text.push_str(&caret_line(&full, p));
                    }
                }
                t = entry.next.get_copy();
            }
            repeated_line(&mut text, count);
            self.margined(&text);
        }
        if crate::objects::type_::is_subtype(type_of(e), g().exc.syntax_error) {
            // CPython puts the margin before the "File" and message lines
            // only, not before the source text and its caret line.
            let (file_line, text, msg) = syntax_error_text(th, e);
            if let Some(f) = file_line {
                self.margined(&f);
            }
            self.out.push_str(&text);
            self.margined(&msg);
            return;
        }
        self.indented_margin();
        self.out.push_str(&exc_line(th, e));
        self.out.push('\n');
        self.notes(e);
    }

    /// The `__notes__` of an exception (3.11), each line after the margin.
    fn notes(&mut self, e: Value) {
        let th = self.th;
        let Ok(Some(notes)) = ops::getattr_opt(th, e, crate::name!(th, "__notes__")) else {
            return;
        };
        let is_seq = notes.is_ptr() && matches!(notes.kind(), Kind::List | Kind::Tuple);
        if !is_seq {
            self.indented_margin();
            match ops::repr(th, notes) {
                Ok(s) => self.out.push_str(&s),
                Err(_) => self.out.push_str("<__notes__ repr() failed>"),
            }
            self.out.push('\n');
            return;
        }
        let notes = ops::collect(th, notes).unwrap_or_default();
        // `__str__` of a note may change the `__notes__` list.
        let _r = th.root_slice(&notes);
        for note in notes {
            match ops::str_of(th, note) {
                Ok(s) => {
                    for l in split_lines_keepends(&s) {
                        self.indented_margin();
                        self.out.push_str(l);
                    }
                }
                Err(_) => self.out.push_str("<note str() failed>"),
            }
            self.out.push('\n');
        }
    }
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r'
            && let Some((j, '\n')) = it.peek().copied()
        {
            it.next();
            end = j + 1;
        }
        out.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The `File "...", line N` line, the source and caret lines, and the
/// `SyntaxError: msg` line of a SyntaxError.
fn syntax_error_text(th: &Thread, e: Value) -> (Option<String>, String, String) {
    let mut out = String::new();
    let mut file_line = None;
    let get = |n: &'static str| ops::getattr_str(th, e, n).ok().filter(|v| *v != g().none);
    let file = get("filename")
        .and_then(as_str)
        .unwrap_or("<string>")
        .to_string();
    let line = get("lineno")
        .and_then(crate::objects::int::to_i64)
        .unwrap_or(0);
    // A source encoding problem has no position: only the message line.
    if line != 0 || get("text").is_some() {
        file_line = Some(format!("  File \"{file}\", line {line}\n"));
    }
    if let Some(text) = get("text").and_then(as_str) {
        let col = get("offset")
            .and_then(crate::objects::int::to_i64)
            .unwrap_or(0);
        let end = get("end_offset")
            .and_then(crate::objects::int::to_i64)
            .unwrap_or(col + 1);
        let stripped = text.trim_start();
        let lead = text.chars().count() - stripped.chars().count();
        let text_t = stripped.trim_end_matches('\n');
        out.push_str(&format!("    {text_t}\n"));
        let c = (col as usize).saturating_sub(1).saturating_sub(lead);
        let w = ((end - col).max(1)) as usize;
        out.push_str(&format!("    {}{}\n", " ".repeat(c), "^".repeat(w)));
    }
    let msg = get("msg")
        .and_then(as_str)
        .unwrap_or("invalid syntax")
        .to_string();
    let msg_line = format!("{}: {}\n", type_of(e).name(), msg);
    (file_line, out, msg_line)
}

/// Formats an uncaught exception as CPython prints it: the chain of causes
/// and contexts, exception groups as nested boxes.
pub fn format_exception(th: &Thread, e: Value) -> String {
    let mut p = Printer {
        th,
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    p.recursive(e);
    p.out
}
