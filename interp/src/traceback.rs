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

fn source_line(file: &str, line: u32) -> Option<String> {
    let src = std::fs::read_to_string(file).ok()?;
    src.lines()
        .nth(line as usize - 1)
        .map(|l| l.trim().to_string())
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
            if let Some(l) = source_line(&co.filename, entry.lineno) {
                out.push_str(&format!("    {l}\n"));
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
        out.push_str(&format!("  File \"{file}\", line {line}\n"));
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
