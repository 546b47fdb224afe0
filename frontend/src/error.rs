//! Compile errors: what the frontend reports for bad source, carrying exactly
//! the fields of a CPython `SyntaxError` (`filename`, `lineno`, `offset`,
//! `end_lineno`, `end_offset`, `text`).
//!
//! Positions inside the frontend are byte offsets into the source (that is
//! what the parser gives).  `LineIndex` turns them into CPython's coordinates:
//! 1-based lines and 1-based *character* offsets for errors, 0-based *byte*
//! columns for the position table of code objects (`co_positions`).
//!
//! `CompileError::render` reproduces what CPython 3.11 prints for an uncaught
//! `SyntaxError` (`print_error_text` in `Python/pythonrun.c`):
//!
//! ```text
//!   File "x.py", line 1
//!     x = (1,
//!         ^
//! SyntaxError: '(' was never closed
//! ```
use ruff_text_size::{TextRange, TextSize};

/// The exception class of a compile error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep to compile (not a SyntaxError; CPython raises
    /// `RecursionError` from its compiler).
    RecursionError,
    /// Right-recursive nesting deeper than CPython's parser stack
    /// (`MAXSTACK`, 6000 rule levels): CPython raises a bare `MemoryError`.
    MemoryError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A `SyntaxError` (or subclass) with CPython's attributes (or, for
/// `ErrorKind::RecursionError`, just a message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character offset in the line (CPython's `offset`); 0 = none.
    pub col: u32,
    pub end_line: u32,
    /// 1-based character offset just past the end (CPython's `end_offset`); 0 = none.
    pub end_col: u32,
    /// The source line the error is on (without its newline).
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// What CPython 3.11 writes to stderr for this error when it is uncaught.
    pub fn render(&self) -> String {
        if self.line == 0 {
            // No position (a source encoding problem): only the message.
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            out.push_str(&render_error_text(
                text,
                self.col as i64,
                self.end_line,
                self.line,
                self.end_col as i64,
            ));
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// The source line and caret line, as `print_error_text` does it.
fn render_error_text(text: &str, offset: i64, end_line: u32, line: u32, end_offset: i64) -> String {
    let chars: Vec<char> = text.trim_end_matches(['\n', '\r']).chars().collect();
    // Convert to 0-based, strip leading whitespace adjusting the offsets.
    let mut offset = offset - 1;
    let mut end_offset = if end_line == line && end_offset > 0 {
        end_offset - 1
    } else {
        -1
    };
    let mut start = 0;
    while start < chars.len() && matches!(chars[start], ' ' | '\t' | '\x0c') {
        start += 1;
        offset -= 1;
        end_offset -= 1;
    }
    let shown: String = chars[start..].iter().collect();
    let len = shown.chars().count() as i64;
    let mut out = format!("    {shown}\n");
    if offset < 0 || len == 0 && offset > 0 {
        return out;
    }
    if offset > len {
        offset = len;
    }
    let mut reps = if end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    if offset + reps > len + 1 {
        reps = (len + 1 - offset).max(1);
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..reps {
        out.push('^');
    }
    out.push('\n');
    out
}

// --- Line index ---

/// Maps byte offsets of a source text to lines and columns.
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset of the start of every line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    pub fn source(&self) -> &'a str {
        self.source
    }

    /// 0-based line index of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// (1-based line, 0-based byte column).
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let off = (offset.to_usize()).min(self.source.len());
        let l = self.line_of(off);
        ((l + 1) as u32, (off - self.starts[l]) as u32)
    }

    /// (1-based line, 1-based character offset).
    pub fn line_char(&self, offset: TextSize) -> (u32, u32) {
        let off = offset.to_usize().min(self.source.len());
        let l = self.line_of(off);
        let start = self.starts[l];
        let prefix = self.source.get(start..off).unwrap_or("");
        ((l + 1) as u32, prefix.chars().count() as u32 + 1)
    }

    /// The text of 1-based line `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let l = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(l)?;
        let end = self.starts.get(l + 1).copied().unwrap_or(self.source.len());
        if start > self.source.len() {
            return None;
        }
        Some(
            self.source[start..end]
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        )
    }

    /// Byte offset of the start of 1-based line `line`.
    pub fn line_start(&self, line: u32) -> usize {
        self.starts
            .get((line as usize).saturating_sub(1))
            .copied()
            .unwrap_or(self.source.len())
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// A `CompileError` spanning `range`.
    pub fn error(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        range: TextRange,
    ) -> CompileError {
        let (line, col) = self.line_char(range.start());
        let (end_line, end_col) = self.line_char(range.end());
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line,
            col,
            end_line,
            end_col,
            text: self.line_text(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_caret_span() {
        let e = CompileError {
            kind: ErrorKind::SyntaxError,
            msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?".into(),
            filename: "c.py".into(),
            line: 1,
            col: 1,
            end_line: 1,
            end_col: 4,
            text: Some("f() = 3".into()),
        };
        assert_eq!(
            e.render(),
            "  File \"c.py\", line 1\n    f() = 3\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        );
    }

    #[test]
    fn line_index() {
        let li = LineIndex::new("ab\ncdé\nx");
        assert_eq!(li.line_col(TextSize::new(3)), (2, 0));
        assert_eq!(li.line_char(TextSize::new(7)), (2, 4));
        assert_eq!(li.line_text(2).as_deref(), Some("cdé"));
    }
}
