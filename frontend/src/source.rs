//! Source files as bytes → source text, the way CPython's tokenizer reads a
//! file (PEP 263 and PEP 3120).
//!
//! ```text
//!  bytes ──BOM?──▶ coding cookie on line 1 or 2? ──▶ decode ──▶ no NUL? ──▶ &str
//! ```
//!
//! * A UTF-8 byte-order mark is skipped; the file is then UTF-8, and a
//!   cookie naming anything else is `encoding problem: NAME with BOM`.
//! * A coding cookie is a comment matching `coding[:=]\s*([-\w.]+)` on the
//!   first line, or on the second when the first holds only a comment or
//!   blanks (`get_coding_spec` in CPython's `Parser/tokenizer.c`; a
//!   backslash ending that comment does not continue the line).  Its name
//!   is normalized as `get_normal_name` does (`utf-8-…` is UTF-8, `latin-1`,
//!   `iso-latin-1`… are ISO-8859-1) and then looked up as the codec registry
//!   does (`encodings.normalize_encoding` plus the alias table).  An unknown
//!   name, or bytes the codec cannot decode, is `encoding problem: NAME`.
//! * Without a cookie the file must be UTF-8: otherwise `Non-UTF-8 code
//!   starting with '\xNN' in file F on line N, but no encoding declared`.
//! * A NUL character anywhere is `source code cannot contain null bytes`.
//! * A script that is run (`decode_script`: `python3 FILE`, whose tokenizer
//!   reads line by line and decodes only the lines after the cookie) differs
//!   from an imported module or `compile(bytes)` (`decode_source`: the whole
//!   buffer is decoded) under a non-UTF-8 cookie: its cookie line may hold
//!   bytes that the codec cannot decode, and a line 1 before a cookie on
//!   line 2 must be UTF-8.
//!
//! The codecs are the ones in `codecs.rs` (UTF-8, ASCII, Latin-1 and a dozen
//! single-byte code pages, generated from CPython's tables).  Multi-byte
//! codecs (Shift-JIS, EUC, GBK, UTF-16…) are not there: a cookie naming one is
//! an `encoding problem` here although CPython would decode the file.
//! Under an explicit UTF-8 cookie or a BOM, invalid UTF-8 is always an error
//! here (`(unicode error) 'utf-8' codec can't decode byte …`); CPython reports
//! it only when the bytes are inside a string literal or an identifier.
mod codecs;

use codecs::{CODECS, Codec};

use crate::error::{CompileError, ErrorKind, LineIndex};
use ruff_text_size::{TextRange, TextSize};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Decodes the bytes of a module's source into text, or gives the SyntaxError
/// CPython reports for them when it imports the module or compiles the bytes
/// (`compile(source_bytes, ...)`: the whole buffer, cookie line included, is
/// decoded with the declared codec).
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    decode(bytes, filename, false)
}

/// Decodes the bytes of a script file the way CPython reads a file it runs
/// (`python3 FILE`, whose tokenizer reads the file line by line).  It differs
/// from [`decode_source`] only under a cookie naming another codec than
/// UTF-8: the lines up to the cookie are read as raw bytes, not decoded, so
/// the cookie line may hold bytes that codec cannot decode (they are in the
/// comment), and a line 1 before a cookie on line 2 must be UTF-8 (it is
/// read before any encoding is known).
pub fn decode_script(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    decode(bytes, filename, true)
}

fn decode(bytes: &[u8], filename: &str, script: bool) -> Result<String, CompileError> {
    let (body, bom) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let text = match coding_cookie(body) {
        Some((spec, line, head_len)) => {
            let normal = normal_name(&spec);
            if bom && normal != "utf-8" {
                return Err(no_location(
                    format!("encoding problem: {normal} with BOM"),
                    filename,
                ));
            }
            let problem = || no_location(format!("encoding problem: {normal}"), filename);
            let codec = if normal == "utf-8" {
                Codec::Utf8
            } else if normal == "iso-8859-1" {
                Codec::Latin1
            } else {
                lookup_codec(&normal).ok_or_else(problem)?
            };
            match codec {
                Codec::Utf8 => decode_utf8_declared(body, filename)?,
                _ if script => {
                    let (head, tail) = body.split_at(head_len);
                    if line == 2 {
                        let first = head.split_inclusive(|&b| b == b'\n').next().unwrap_or(head);
                        undeclared_utf8(first, filename)?;
                    }
                    let mut text = String::from_utf8_lossy(head).into_owned();
                    text.push_str(&decode_single_byte(tail, codec).ok_or_else(problem)?);
                    text
                }
                _ => decode_single_byte(body, codec).ok_or_else(problem)?,
            }
        }
        None if bom => decode_utf8_declared(body, filename)?,
        None => undeclared_utf8(body, filename)?.to_string(),
    };
    if let Some(nul) = text.find('\0') {
        let li = LineIndex::new(&text);
        let mut e = li.error(
            ErrorKind::SyntaxError,
            "source code cannot contain null bytes",
            filename,
            TextRange::empty(TextSize::new(nul as u32)),
        );
        // CPython shows the line up to the NUL, without a caret.
        if let Some(t) = e.text.as_mut()
            && let Some(cut) = t.find('\0')
        {
            t.truncate(cut);
        }
        e.col = 0;
        e.end_col = 0;
        return Err(e);
    }
    Ok(text)
}

/// Text that no cookie declared: it must be UTF-8.
fn undeclared_utf8<'a>(body: &'a [u8], filename: &str) -> Result<&'a str, CompileError> {
    std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to();
        let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        no_location(
            format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            ),
            filename,
        )
    })
}

/// A SyntaxError with no position (CPython prints only its last line).
fn no_location(msg: String, filename: &str) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line: 0,
        col: 0,
        end_line: 0,
        end_col: 0,
        text: None,
    }
}

/// UTF-8 that a BOM or a cookie declared: invalid bytes are a decode error.
fn decode_utf8_declared(body: &[u8], filename: &str) -> Result<String, CompileError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = body[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if body[at] >= 0xc2 && body[at] <= 0xf4 => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            let line_end = body[at..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(body.len(), |p| at + p);
            Err(CompileError {
                kind: ErrorKind::SyntaxError,
                msg: format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {reason}",
                    body[at],
                    at - line_start
                ),
                filename: filename.to_string(),
                line,
                col: 0,
                end_line: line,
                end_col: 0,
                text: Some(String::from_utf8_lossy(&body[line_start..line_end]).into_owned()),
            })
        }
    }
}

fn decode_single_byte(body: &[u8], codec: Codec) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    for &b in body {
        let c = match codec {
            _ if b < 0x80 => b as char,
            Codec::Ascii => return None,
            Codec::Latin1 => b as char,
            Codec::Table(t) => match t[(b - 0x80) as usize] {
                '\u{ffff}' => return None,
                c => c,
            },
            Codec::Utf8 => unreachable!("UTF-8 is decoded by decode_utf8_declared"),
        };
        out.push(c);
    }
    Some(out)
}

/// Where the line holding `from` ends: at `\n`, or at `\r` (which the
/// tokenizer also takes as a line end).
fn line_end(line: &[u8], from: usize) -> usize {
    line[from..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r'))
        .map_or(line.len(), |p| from + p)
}

/// The name of the coding cookie on line 1, or on line 2 if line 1 holds
/// only a comment or blanks (a backslash at the end of that comment is part
/// of the comment, not a line continuation); with the cookie's line number
/// and the length of the text up to the end of the cookie's line.
fn coding_cookie(body: &[u8]) -> Option<(String, u32, usize)> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some((spec, end)) = cookie_in_line(first) {
        return Some((spec, 1, line_end(first, end)));
    }
    let only_comment = first
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| matches!(b, b'#' | b'\n' | b'\r'));
    if !only_comment {
        return None;
    }
    let second = lines.next()?;
    cookie_in_line(second).map(|(spec, end)| (spec, 2, first.len() + line_end(second, end)))
}

/// `get_coding_spec`: a comment that is alone on its line and contains
/// `coding:` or `coding=` followed by a name.
fn cookie_in_line(line: &[u8]) -> Option<(String, usize)> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let comment = &line[hash..];
    let mut i = 0;
    while i + 6 <= comment.len() {
        if &comment[i..i + 6] == b"coding" {
            let mut t = i + 6;
            if t < comment.len() && matches!(comment[t], b':' | b'=') {
                t += 1;
                while t < comment.len() && matches!(comment[t], b' ' | b'\t') {
                    t += 1;
                }
                let begin = t;
                while t < comment.len()
                    && (comment[t].is_ascii_alphanumeric()
                        || matches!(comment[t], b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if t > begin {
                    let name = String::from_utf8_lossy(&comment[begin..t]).into_owned();
                    return Some((name, hash + t));
                }
            }
        }
        i += 1;
    }
    None
}

/// `get_normal_name`: UTF-8 and Latin-1 spellings to one name; anything else
/// is returned as it was written.
fn normal_name(spec: &str) -> String {
    let buf: String = spec
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| buf.starts_with(p))
    {
        "iso-8859-1".into()
    } else {
        spec.to_string()
    }
}

/// The codec registry's lookup: lower case, runs of punctuation (other than
/// `.`) become one `_`, then the alias table.
fn lookup_codec(name: &str) -> Option<Codec> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    let find = |n: &str| CODECS.iter().find(|(k, _)| *k == n).map(|(_, c)| *c);
    find(&norm).or_else(|| find(&norm.replace('.', "_")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f").unwrap(),
            "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
        );
        assert!(
            decode_source(
                b"#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = '\xc1'\n",
                "f"
            )
            .unwrap()
            .ends_with("x = '\u{430}'\n")
        );
        // A cookie on line 2 after code does not count.
        assert!(decode_source(b"x = 1\n# coding: latin-1\ny = '\xe9'\n", "f").is_err());
        assert_eq!(
            decode_source(b"# coding: uft-8\n", "f").unwrap_err().msg,
            "encoding problem: uft-8"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: utf8\n", "f")
                .unwrap_err()
                .msg,
            "encoding problem: utf8 with BOM"
        );
        assert_eq!(
            decode_source(b"# coding: ascii\nx = '\xe9'\n", "f")
                .unwrap_err()
                .msg,
            "encoding problem: ascii"
        );
        assert!(decode_source(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n", "f").is_ok());
        assert!(decode_source(b"# coding=Windows-1252\nx = '\x80'\n", "f").is_ok());
    }

    #[test]
    fn script_reads_lines_up_to_the_cookie_raw() {
        // The cookie line's own bytes are not decoded when a file is run...
        let src = b"# coding: ascii \xe9\nx = 1\n";
        assert_eq!(
            decode_script(src, "f").unwrap(),
            "# coding: ascii \u{fffd}\nx = 1\n"
        );
        // ...but they are when the bytes are imported or compiled.
        assert_eq!(
            decode_source(src, "f").unwrap_err().msg,
            "encoding problem: ascii"
        );
        let src = b"#\n#\xcf -*- coding: iso-8859-1 -*-\nx = '\xe9'\n";
        assert!(decode_script(src, "f").unwrap().ends_with("x = '\u{e9}'\n"));
        // Line 1 is read before the cookie on line 2 is known: UTF-8 only.
        let src = b"#\xe9\n# coding: latin-1\nx = 1\n";
        assert_eq!(
            decode_script(src, "a.py").unwrap_err().msg,
            "Non-UTF-8 code starting with '\\xe9' in file a.py on line 1, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert!(decode_source(src, "a.py").is_ok());
        // Bytes after the cookie line are decoded in both.
        let src = b"# coding: ascii\nx = '\xe9'\n";
        assert_eq!(
            decode_script(src, "f").unwrap_err().msg,
            "encoding problem: ascii"
        );
        // A backslash at the end of a comment on line 1 continues nothing.
        let src = b"# x \\\n# coding: latin-1\nx = '\xe9'\n";
        assert!(decode_script(src, "f").unwrap().ends_with("x = '\u{e9}'\n"));
        assert!(decode_source(src, "f").unwrap().ends_with("x = '\u{e9}'\n"));
    }

    #[test]
    fn undeclared_non_utf8() {
        let e = decode_source(b"x = 1\ny = '\xf6'\n", "a.py").unwrap_err();
        assert_eq!(
            e.msg,
            "Non-UTF-8 code starting with '\\xf6' in file a.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        let e = decode_source(b"x = 1\ny = '\0'\n", "a.py").unwrap_err();
        assert_eq!((e.line, e.text.as_deref()), (2, Some("y = '")));
    }
}
