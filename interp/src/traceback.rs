//! Printing uncaught exceptions as CPython does: the chain of causes and
//! contexts, each traceback entry with its file, line, function and source
//! line, and the final `Type: message` line.
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

fn format_one(th: &Thread, e: Value, out: &mut String) {
    let tb = e
        .downcast::<BaseExc>()
        .map(|x| x.traceback.get_copy())
        .unwrap_or(Value::NULL);
    if !tb.is_null() && tb != g().none {
        out.push_str("Traceback (most recent call last):\n");
        let mut t = tb;
        while let Some(entry) = t.downcast::<Traceback>() {
            let fr = entry
                .frame
                .as_gc_unchecked::<crate::objects::frame::Frame>();
            let co = &fr.code.code;
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                co.filename, entry.lineno, co.name
            ));
            if let Some(full) = raw_source_line(&co.filename, entry.lineno) {
                out.push_str(&format!("    {}\n", full.trim()));
                if let Some(p) = co.positions.get(entry.lasti as usize)
                    && p.line == entry.lineno
                {
                    out.push_str(&caret_line(&full, p));
                }
            }
            t = entry.next.get_copy();
        }
    }
    if crate::objects::type_::is_subtype(type_of(e), g().exc.syntax_error) {
        let get = |n: &str| ops::getattr_str(th, e, n).ok().filter(|v| *v != g().none);
        let file = get("filename")
            .and_then(as_str)
            .unwrap_or("<string>")
            .to_string();
        let line = get("lineno")
            .and_then(crate::objects::int::to_i64)
            .unwrap_or(0);
        // A source encoding problem has no position: only the message line.
        if line != 0 || get("text").is_some() {
            out.push_str(&format!("  File \"{file}\", line {line}\n"));
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
        out.push_str(&format!("{}: {}\n", type_of(e).name(), msg));
        return;
    }
    out.push_str(&exc_line(th, e));
    out.push('\n');
    out.push_str(&notes_text(th, e));
}

/// The `__notes__` of an exception (3.11), one line per note line.
pub fn notes_text(th: &Thread, e: Value) -> String {
    let mut out = String::new();
    let Ok(Some(notes)) = ops::getattr_opt(th, e, crate::name!(th, "__notes__")) else {
        return out;
    };
    if notes == g().none {
        return out;
    }
    let is_seq = notes.is_ptr() && matches!(notes.kind(), Kind::List | Kind::Tuple);
    if !is_seq {
        match ops::repr(th, notes) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<__notes__ repr() failed>"),
        }
        out.push('\n');
        return out;
    }
    for note in ops::collect(th, notes).unwrap_or_default() {
        match ops::str_of(th, note) {
            Ok(s) => {
                for l in s.split('\n') {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            Err(_) => out.push_str("<note str() failed>\n"),
        }
    }
    out
}

fn format_chain(th: &Thread, e: Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(e);
    if let Some(x) = e.downcast::<BaseExc>() {
        let cause = x.cause.get_copy();
        let ctx = x.context.get_copy();
        if !cause.is_null()
            && cause != g().none
            && cause.is_kind(Kind::BaseException)
            && !seen.contains(&cause)
        {
            format_chain(th, cause, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !x.suppress_context.get()
            && !ctx.is_null()
            && ctx != g().none
            && !seen.contains(&ctx)
        {
            format_chain(th, ctx, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(th, e, out);
}

/// Formats an uncaught exception as CPython prints it.
pub fn format_exception(th: &Thread, e: Value) -> String {
    let mut out = String::new();
    format_chain(th, e, &mut out, &mut Vec::new());
    out
}
