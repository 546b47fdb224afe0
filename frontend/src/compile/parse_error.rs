//! Parsing, and turning the parser's errors into CPython's `SyntaxError`s.
//!
//! `ruff_python_parser` recovers from errors and reports them with its own
//! wording.  CPython reports only the first error, with different wording and
//! sometimes a different location.  The translation here follows CPython's
//! order of checks (`_PyPegen_set_syntax_error` and the tokenizer):
//!
//! 1. tokenizer errors come first: unterminated strings, bad indentation,
//!    and, scanning the brackets of the token stream, a closing bracket that
//!    matches nothing (`unmatched ')'`) or the wrong opener;
//! 2. an error at the end of the input with brackets still open is
//!    `'(' was never closed`, pointing at the innermost open bracket;
//! 3. everything else maps by kind (`expected ':'`, `unexpected indent`,
//!    `cannot assign to function call`, `expected an indented block after
//!    'if' statement on line 1`, ...), falling back to `invalid syntax`.
//!
//! Invalid assignment targets are described from the recovered AST, using the
//! same names CPython uses (`function call`, `literal`, `comparison`, ...).
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, ModExpression, ModModule, PythonVersion, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions,
    Parsed, UnsupportedSyntaxErrorKind, parse_unchecked,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::expr_name;
use crate::error::{CompileError, ErrorKind, LineIndex};

fn options(mode: Mode) -> ParseOptions {
    ParseOptions::from(mode).with_target_version(PythonVersion::PY311)
}

pub(super) fn parse_module(
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> Result<ModModule, CompileError> {
    let parsed = parse_unchecked(source, options(Mode::Module));
    if let Some(e) = first_error(&parsed, source, filename, li) {
        return Err(e);
    }
    Ok(parsed.try_into_module().expect("module").into_syntax())
}

pub(super) fn parse_expression(
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> Result<ModExpression, CompileError> {
    // Like CPython's `compile(..., "eval")`: leading blanks are an unexpected
    // indent (the `eval()` builtin strips them before compiling).
    let parsed = parse_unchecked(source, options(Mode::Expression));
    if let Some(mut e) = first_error(&parsed, source, filename, li) {
        if source.starts_with([' ', '\t', '\x0c']) {
            e = li.error(
                ErrorKind::IndentationError,
                "unexpected indent",
                filename,
                TextRange::default(),
            );
            e.col = 0;
            e.end_col = 0;
        }
        return Err(e);
    }
    match parsed.into_syntax() {
        ruff_python_ast::Mod::Expression(e) => Ok(e),
        ruff_python_ast::Mod::Module(_) => unreachable!("expression mode"),
    }
}

fn first_error(
    parsed: &Parsed<ruff_python_ast::Mod>,
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> Option<CompileError> {
    let errors = parsed.errors();
    let unsupported = parsed.unsupported_syntax_errors();
    let mk = |kind: ErrorKind, msg: &str, range: TextRange| li.error(kind, msg, filename, range);
    let lex = errors
        .iter()
        .filter(|e| matches!(&e.error, ParseErrorType::Lexical(k) if !matches!(k, LexicalErrorType::Eof)))
        .min_by_key(|e| e.location.start());
    // A grammar-level indentation error (`unexpected indent`, `expected an
    // indented block`) stops CPython's parser where it is; the tokenizer
    // never reads further, so tokenizer errors after it are not reported.
    // The line CPython reports it on: the indented line, or the first token
    // after the block's header.
    let indent_at = errors
        .iter()
        .min_by_key(|e| e.location.start())
        .and_then(|e| match &e.error {
            ParseErrorType::UnexpectedIndentation => Some(e.location.start()),
            ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
                parsed
                    .tokens()
                    .iter()
                    .find(|t| {
                        t.range().start() >= e.location.end()
                            && !matches!(
                                t.kind(),
                                TokenKind::Newline
                                    | TokenKind::NonLogicalNewline
                                    | TokenKind::Comment
                                    | TokenKind::Indent
                                    | TokenKind::Dedent
                            )
                    })
                    .map(|t| t.range().start())
            }
            _ => None,
        })
        .map(|pos| li.line_col(pos).0);
    // (The tokenizer checks a line's indentation before it makes the INDENT
    // token, so an error on the same line is still the tokenizer's.)
    let before_indent = |pos: TextSize| indent_at.is_none_or(|i| li.line_col(pos).0 <= i);
    let lex = lex.filter(|l| before_indent(l.location.start()));
    // Inconsistent tabs are a tokenizer error too; ruff does not check them.
    // Nor does it count a tab as 8 columns, so CPython's dedent errors in
    // indentation with tabs are found here as well.
    if let Some((bad, tab)) = tab_error(parsed, source)
        && lex.is_none_or(|l| bad <= l.location.start())
        && before_indent(bad)
    {
        if !tab {
            return Some(dedent_error(mk, TextRange::empty(bad)));
        }
        let mut e = mk(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            TextRange::empty(bad),
        );
        e.col = 1;
        e.end_col = 0;
        return Some(e);
    }
    // So are the tokenizer's limits on nesting.
    if let Some((kind, msg, range)) = nesting_limit_error(parsed)
        && lex.is_none_or(|l| range.start() <= l.location.start())
    {
        return Some(mk(kind, msg, range));
    }
    if errors.is_empty() && unsupported.is_empty() {
        return None;
    }
    let mut first: Option<&ParseError> = errors.iter().min_by_key(|e| e.location.start());
    // `lambda (x): 1` is also read as an annotated assignment whose error
    // spans the statement; the parenthesized parameters are the real error.
    if let Some(f) = first
        && let Some(inner) = errors.iter().find(|e| {
            matches!(
                e.error,
                ParseErrorType::ExpectedToken {
                    expected: TokenKind::Colon,
                    found: TokenKind::Lpar
                }
            ) && after_lambda_params(parsed, e.location.start())
        })
        && f.location.contains(inner.location.start())
    {
        first = Some(inner);
    }
    // A malformed number literal is a tokenizer error at that token.
    if let Some((token_start, msg, cur)) = number_error(parsed, source)
        && first.is_none_or(|f| token_start <= f.location.start())
    {
        let mut e = mk(ErrorKind::SyntaxError, &msg, TextRange::empty(cur));
        // CPython's offset counts the characters before the tokenizer's
        // position, so the caret lands one character to the left.
        e.col = e.col.saturating_sub(1);
        e.end_col = e.col;
        return Some(e);
    }
    let parser_err = parser_error(parsed, first, unsupported, source, filename, li);

    // Tokenizer errors anywhere in the file take precedence (CPython
    // tokenizes the rest of the input after a parser error).
    let brackets = scan_brackets(parsed);
    let lex_pos = lex.map(|e| e.location.start());
    let close_pos = brackets.bad_close.as_ref().map(|(_, r)| r.start());
    match (lex_pos, close_pos) {
        (Some(l), c) if c.is_none_or(|c| l <= c) => {
            let lex = lex.unwrap();
            if let ParseErrorType::Lexical(kind) = &lex.error
                && let Some(err) = lexical_error(kind, lex.location, source, filename, li)
            {
                return Some(err);
            }
        }
        (_, Some(_)) => {
            let (msg, range) = brackets.bad_close.as_ref().unwrap();
            return Some(mk(ErrorKind::SyntaxError, msg, *range));
        }
        _ => {}
    }
    // Brackets still open at the end of the input, opened before the error line.
    if let Some((open, range)) = brackets.unclosed.last() {
        let (open_line, _) = li.line_col(range.start());
        if parser_err.line.max(parser_err.end_line) > open_line {
            return Some(mk(
                ErrorKind::SyntaxError,
                &format!("'{open}' was never closed"),
                *range,
            ));
        }
    }
    Some(parser_err)
}

/// The error the parser itself reports (before tokenizer errors are considered).
fn parser_error(
    parsed: &Parsed<ruff_python_ast::Mod>,
    first: Option<&ParseError>,
    unsupported: &[ruff_python_parser::UnsupportedSyntaxError],
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> CompileError {
    let mk = |kind: ErrorKind, msg: &str, range: TextRange| li.error(kind, msg, filename, range);
    let brackets = scan_brackets(parsed);
    let Some(first) = first else {
        let u = unsupported.iter().min_by_key(|u| u.range.start()).unwrap();
        // Syntax of later Pythons; where 3.11's grammar has a rule for it,
        // its message.
        let msg = match u.kind {
            // (The kind's own enum is not exported by the parser.)
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(k)
                if format!("{k:?}") == "DictInDict" =>
            {
                "dict unpacking cannot be used in dict comprehension"
            }
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
                "iterable unpacking cannot be used in comprehension"
            }
            UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
                "expression cannot contain assignment, perhaps you meant \"==\"?"
            }
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                "multiple exception types must be parenthesized"
            }
            _ => "invalid syntax",
        };
        return mk(ErrorKind::SyntaxError, msg, u.range);
    };
    let loc = first.location;
    let invalid = |range: TextRange| mk(ErrorKind::SyntaxError, "invalid syntax", range);
    match &first.error {
        ParseErrorType::Lexical(LexicalErrorType::Eof) => invalid(token_at(parsed, loc)),
        ParseErrorType::Lexical(kind) => {
            lexical_error(kind, loc, source, filename, li).unwrap_or_else(|| invalid(loc))
        }
        ParseErrorType::UnexpectedIndentation => {
            let mut e = mk(ErrorKind::IndentationError, "unexpected indent", loc);
            // CPython's offset is the width of the indentation (end offset -1).
            e.col = e.text.as_deref().map_or(0, |t| {
                t.chars()
                    .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                    .count() as u32
            });
            e.end_col = 0;
            e
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Lpar,
        } if after_lambda_params(parsed, loc.start()) => mk(
            ErrorKind::SyntaxError,
            "Lambda expression parameters cannot be parenthesized",
            loc,
        ),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => mk(
            ErrorKind::SyntaxError,
            "expected ':'",
            prev_token_end(parsed, loc),
        ),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar,
            found: TokenKind::Lpar,
        } if in_def_params(parsed, loc.start())
            && !prev_kinds(parsed, loc.start(), usize::MAX)
                .iter()
                .take_while(|k| **k != TokenKind::Def)
                .any(|k| *k == TokenKind::Equal) =>
        {
            // Only after parameters without defaults, as 3.11's rule says.
            mk(
                ErrorKind::SyntaxError,
                "Function parameters cannot be parenthesized",
                loc,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar,
            found: TokenKind::Lpar,
        } if in_def_params(parsed, loc.start()) => invalid(loc),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } if prev_kinds(parsed, loc.start(), 2) == [TokenKind::Name, TokenKind::Def] => {
            mk(ErrorKind::SyntaxError, "expected '('", loc)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rsqb | TokenKind::Rbrace,
            found: TokenKind::For,
        } if for_clause_follows(parsed, loc.start()) => mk(
            ErrorKind::SyntaxError,
            "did you forget parentheses around the comprehension target?",
            loc,
        ),
        ParseErrorType::OtherError(msg)
            if msg == "Trailing comma not allowed"
                && prev_kinds(parsed, loc.start(), usize::MAX).contains(&TokenKind::From) =>
        {
            let (line, _) = li.line_col(loc.start());
            let from_import = li
                .line_text(line)
                .is_some_and(|t| t.trim_start().starts_with("from "));
            let msg = if from_import {
                "trailing comma not allowed without surrounding parentheses"
            } else {
                "invalid syntax"
            };
            mk(ErrorKind::SyntaxError, msg, loc)
        }
        ParseErrorType::OtherError(msg)
            if msg == "Position-only parameter separator not allowed as first parameter" =>
        {
            let after = source[loc.end().to_usize().min(source.len())..].trim_start();
            let msg = if after.starts_with(',') {
                "at least one argument must precede /"
            } else {
                "invalid syntax"
            };
            mk(ErrorKind::SyntaxError, msg, loc)
        }
        ParseErrorType::OtherError(msg)
            if msg == "Expected a parameter name"
                && !in_def_params(parsed, loc.start())
                && innermost_open_bracket(parsed, loc.start()) == Some('(') =>
        {
            // `f(x.y=1)`: a keyword argument whose name is an expression.
            let msg = if source[loc.start().to_usize().min(source.len())..].starts_with('*') {
                "invalid syntax"
            } else {
                "expression cannot contain assignment, perhaps you meant \"==\"?"
            };
            mk(ErrorKind::SyntaxError, msg, loc)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
            indented_block_error(msg, loc, source, filename, li)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => {
            target_error(parsed, &first.error, loc, filename, li).unwrap_or_else(|| invalid(loc))
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } if !brackets.unclosed_at(loc.start()) => invalid(token_at(parsed, loc)),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            ..
        } => {
            // Two expressions side by side inside brackets.
            let start = prev_expr_start(parsed, loc.start());
            let end = token_at(parsed, loc).end();
            mk(
                ErrorKind::SyntaxError,
                "invalid syntax. Perhaps you forgot a comma?",
                TextRange::new(start, end),
            )
        }
        ParseErrorType::FStringError(f) => fstring_error(f, loc, filename, li),
        ParseErrorType::ExpectedExpression if empty_fstring_field(parsed, loc).is_some() => {
            let end = empty_fstring_field(parsed, loc).unwrap_or(loc.end());
            let msg = match token_at(parsed, loc).start().to_usize() {
                i if source.as_bytes().get(i) == Some(&b'!') => {
                    "f-string: expression required before '!'"
                }
                i if source.as_bytes().get(i) == Some(&b':') => {
                    "f-string: expression required before ':'"
                }
                i if source.as_bytes().get(i) == Some(&b'=') => {
                    "f-string: expression required before '='"
                }
                _ => "f-string: empty expression not allowed",
            };
            mk(ErrorKind::SyntaxError, msg, TextRange::empty(end))
        }
        ParseErrorType::ExpectedExpression
            if source[..loc.start().to_usize().min(source.len())]
                .trim_end()
                .ends_with('=')
                && in_def_params(parsed, loc.start()) =>
        {
            mk(
                ErrorKind::SyntaxError,
                "expected default value expression",
                loc,
            )
        }
        ParseErrorType::ExpectedExpression
            if source[..loc.start().to_usize().min(source.len())]
                .trim_end()
                .ends_with(':')
                && innermost_open_bracket(parsed, loc.start()) == Some('{') =>
        {
            mk(
                ErrorKind::SyntaxError,
                "expression expected after dictionary key and ':'",
                loc,
            )
        }
        ParseErrorType::InvalidMatchPatternTarget => {
            // `{**_}` is plain invalid syntax for CPython; `1 as _` is not.
            let before = source.get(..loc.start().to_usize()).unwrap_or("");
            if before.trim_end().ends_with("**") {
                invalid(loc)
            } else {
                mk(ErrorKind::SyntaxError, "cannot use '_' as a target", loc)
            }
        }
        ParseErrorType::ExpectedRealNumber => mk(
            ErrorKind::SyntaxError,
            "real number required in complex literal",
            loc,
        ),
        ParseErrorType::ExpectedImaginaryNumber => mk(
            ErrorKind::SyntaxError,
            "imaginary number required in complex literal",
            loc,
        ),
        ParseErrorType::OtherError(msg) if cpython_message(msg).is_some() => {
            mk(ErrorKind::SyntaxError, cpython_message(msg).unwrap(), loc)
        }
        ParseErrorType::ParamAfterVarKeywordParam => mk(
            ErrorKind::SyntaxError,
            "arguments cannot follow var-keyword argument",
            loc,
        ),
        ParseErrorType::VarParameterWithDefault => {
            // `*args=1` or `**kwargs=1`: the stars before the name say which.
            let before = source[..loc.start().to_usize().min(source.len())]
                .trim_end_matches(|c: char| c != '*');
            let msg = if before.ends_with("**") {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            };
            mk(ErrorKind::SyntaxError, msg, loc)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => mk(
            ErrorKind::SyntaxError,
            "expected 'else' after 'if' expression",
            loc,
        ),
        ParseErrorType::OtherError(msg) if msg.starts_with("Only single target (not ") => {
            // "only single target (not list) can be annotated"
            let msg = format!("o{}", &msg[1..]);
            mk(ErrorKind::SyntaxError, &msg, loc)
        }
        ParseErrorType::OtherError(msg)
            if msg == "Positional patterns cannot follow keyword patterns" =>
        {
            mk(
                ErrorKind::SyntaxError,
                "positional patterns follow keyword patterns",
                loc,
            )
        }
        ParseErrorType::PositionalAfterKeywordArgument => mk(
            ErrorKind::SyntaxError,
            "positional argument follows keyword argument",
            loc,
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => mk(
            ErrorKind::SyntaxError,
            "positional argument follows keyword argument unpacking",
            loc,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => mk(
            ErrorKind::SyntaxError,
            "iterable argument unpacking follows keyword argument unpacking",
            TextRange::at(loc.start(), TextSize::new(1)),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => mk(
            ErrorKind::SyntaxError,
            "non-default argument follows default argument",
            loc,
        ),
        ParseErrorType::ExpectedKeywordParam => mk(
            ErrorKind::SyntaxError,
            "named arguments must follow bare *",
            loc,
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => mk(
            ErrorKind::SyntaxError,
            "Generator expression must be parenthesized",
            loc,
        ),
        ParseErrorType::IterableUnpackingInComprehension => mk(
            ErrorKind::SyntaxError,
            "iterable unpacking cannot be used in comprehension",
            loc,
        ),
        ParseErrorType::InvalidStarredExpressionUsage => {
            // 3.11's grammar names two places; elsewhere a starred
            // expression the grammar does not allow is just invalid.
            let before = source[..loc.start().to_usize().min(source.len())].trim_end();
            let msg = if parenthesized(source, loc) {
                "cannot use starred expression here"
            } else if before.ends_with(':')
                && innermost_open_bracket(parsed, loc.start()) == Some('{')
            {
                "cannot use a starred expression in a dictionary value"
            } else {
                "invalid syntax"
            };
            mk(ErrorKind::SyntaxError, msg, loc)
        }
        _ => {
            // Python 2 style `print x` / `exec x`.
            let (line, _) = li.line_col(loc.start());
            let text = li.line_text(line).unwrap_or_default();
            let t = text.trim_start();
            for kw in ["print", "exec"] {
                if let Some(rest) = t.strip_prefix(kw)
                    && rest.starts_with([' ', '\t'])
                    && !rest.trim_start().starts_with(['(', '=', '.', '['])
                {
                    let indent = (text.len() - t.len()) as u32;
                    let start = TextSize::new(li.line_start(line) as u32 + indent);
                    let end = TextSize::new((li.line_start(line) + text.trim_end().len()) as u32);
                    return mk(
                        ErrorKind::SyntaxError,
                        &format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                        TextRange::new(start, end),
                    );
                }
            }
            invalid(token_at(parsed, loc))
        }
    }
}

fn lexical_error(
    kind: &LexicalErrorType,
    loc: TextRange,
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> Option<CompileError> {
    let mk = |kind: ErrorKind, msg: &str, range: TextRange| li.error(kind, msg, filename, range);
    Some(match kind {
        LexicalErrorType::UnclosedStringError => {
            let start = loc.start();
            let text = &source[start.to_usize().min(source.len())..];
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let prefix_len = text.len() - body.len();
            let quote_at = start + TextSize::new(prefix_len as u32);
            if body.starts_with("\"\"\"") || body.starts_with("'''") {
                let last_line = li.line_count() - u32::from(source.ends_with('\n'));
                mk(
                    ErrorKind::SyntaxError,
                    &format!(
                        "unterminated triple-quoted string literal (detected at line {last_line})"
                    ),
                    TextRange::new(quote_at, quote_at),
                )
            } else {
                let (line, _) = li.line_col(start);
                mk(
                    ErrorKind::SyntaxError,
                    &format!("unterminated string literal (detected at line {line})"),
                    TextRange::new(quote_at, quote_at),
                )
            }
        }
        LexicalErrorType::IndentationError => dedent_error(mk, loc),
        LexicalErrorType::UnrecognizedToken { tok } => {
            if *tok == '$' || *tok == '?' || *tok == '!' || *tok == '`' {
                mk(ErrorKind::SyntaxError, "invalid syntax", loc)
            } else {
                mk(
                    ErrorKind::SyntaxError,
                    &format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    loc,
                )
            }
        }
        LexicalErrorType::LineContinuationError => mk(
            ErrorKind::SyntaxError,
            "unexpected character after line continuation character",
            loc,
        ),
        LexicalErrorType::Eof => mk(ErrorKind::SyntaxError, "unexpected EOF while parsing", loc),
        LexicalErrorType::FStringError(f) => fstring_error(f, loc, filename, li),
        LexicalErrorType::InvalidByteLiteral => mk(
            ErrorKind::SyntaxError,
            "bytes can only contain ASCII literal characters",
            loc,
        ),
        LexicalErrorType::UnicodeError
        | LexicalErrorType::MissingUnicodeLbrace
        | LexicalErrorType::MissingUnicodeRbrace => mk(
            ErrorKind::SyntaxError,
            "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape",
            loc,
        ),
        LexicalErrorType::OtherError(msg) => {
            let m = msg.to_string();
            let text = source.get(loc.start().to_usize()..).unwrap_or("");
            if m.contains("decimal integer") && text.starts_with('0') {
                // CPython underlines the leading zeros and the first other digit.
                let rest = text.as_bytes();
                let mut i = 1;
                loop {
                    if rest.get(i) == Some(&b'_') {
                        i += 1;
                    }
                    if rest.get(i) != Some(&b'0') {
                        break;
                    }
                    i += 1;
                }
                let end = loc.start() + TextSize::new(i.min(text.len()) as u32);
                mk(
                    ErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    TextRange::new(loc.start(), end),
                )
            } else if m.contains("decimal") {
                mk(ErrorKind::SyntaxError, "invalid decimal literal", loc)
            } else if m.contains("tab") {
                mk(
                    ErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    loc,
                )
            } else {
                mk(ErrorKind::SyntaxError, "invalid syntax", loc)
            }
        }
        _ => return None,
    })
}

fn fstring_error(
    f: &InterpolatedStringErrorType,
    loc: TextRange,
    filename: &str,
    li: &LineIndex,
) -> CompileError {
    let msg = match f {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::UnterminatedString => "f-string: unterminated string",
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            "f-string: unterminated string"
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        _ => "f-string: invalid syntax",
    };
    li.error(ErrorKind::SyntaxError, msg, filename, loc)
}

fn indented_block_error(
    msg: &str,
    loc: TextRange,
    source: &str,
    filename: &str,
    li: &LineIndex,
) -> CompileError {
    let what = msg.trim_start_matches("Expected an indented block after ");
    let (keywords, cpython): (&[&str], String) = match what {
        "function definition" => (&["def"], "function definition".into()),
        "`class` definition" => (&["class"], "class definition".into()),
        other => {
            let kw = other.split('`').nth(1).unwrap_or("if");
            let kws: &[&str] = match kw {
                "if" => &["if"],
                "elif" => &["elif"],
                "else" => &["else"],
                "for" => &["for"],
                "while" => &["while"],
                "with" => &["with"],
                "try" => &["try"],
                "except" => &["except"],
                "finally" => &["finally"],
                _ => &["case"],
            };
            (kws, format!("'{kw}' statement"))
        }
    };
    // The rest of the input is blank: CPython reports the last line, no caret.
    let rest = &source[loc.start().to_usize().min(source.len())..];
    let at_eof = rest.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    });
    let (err_line, err_col) = li.line_col(loc.start());
    let err_line = if at_eof {
        li.line_count() - u32::from(source.ends_with('\n'))
    } else {
        err_line
    };
    // Find the header line: the nearest line at or before the error that starts with the keyword.
    let mut header = err_line.saturating_sub(1).max(1);
    for l in (1..=err_line).rev() {
        let text = li.line_text(l).unwrap_or_default();
        let t = text.trim_start();
        let at_line_start = !at_eof && l == err_line && err_col as usize <= text.len() - t.len();
        if !at_line_start
            && keywords.iter().any(|k| {
                t.starts_with(k)
                    && !t[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        {
            header = l;
            break;
        }
    }
    let mut e = li.error(
        ErrorKind::IndentationError,
        format!("expected an indented block after {cpython} on line {header}"),
        filename,
        loc,
    );
    e.end_line = e.line;
    e.end_col = e.col + 1;
    if at_eof {
        e.line = err_line.max(1);
        e.end_line = e.line;
        e.text = Some(li.line_text(e.line).unwrap_or_default());
        e.col = 0;
        e.end_col = 0;
    }
    e
}

/// `unindent does not match any outer indentation level` on the line of `loc`.
fn dedent_error(
    mk: impl Fn(ErrorKind, &str, TextRange) -> CompileError,
    loc: TextRange,
) -> CompileError {
    let mut e = mk(
        ErrorKind::IndentationError,
        "unindent does not match any outer indentation level",
        loc,
    );
    // CPython points just past the end of the offending line.
    if let Some(text) = &e.text {
        e.col = text.chars().count() as u32 + 1;
        e.end_col = e.col;
    }
    e
}

// --- Tabs and f-strings ---

/// The start of the first logical line whose indentation CPython's tokenizer
/// rejects (`tok_get`, tabs to the next multiple of 8 columns), if any, and
/// whether that is a TabError (the line compares differently with tabs as 8
/// columns and as 1 column: the `altcol` check) or else a dedent to a column
/// that no enclosing block has.  ruff's lexer counts a tab as 2 columns, so
/// it can take such a dedent for an indent.
fn tab_error(parsed: &Parsed<ruff_python_ast::Mod>, source: &str) -> Option<(TextSize, bool)> {
    if !source.contains('\t') {
        return None;
    }
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    for t in parsed.tokens().iter() {
        match t.kind() {
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent => continue,
            TokenKind::EndOfFile => break,
            _ => {}
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let pos = t.range().start().to_usize();
        let line_start = source[..pos.min(source.len())]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i + 1);
        let (mut col, mut alt) = (0usize, 0usize);
        for b in source.as_bytes()[line_start..].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let bad = TextSize::new(line_start as u32);
        let &(top, top_alt) = stack.last()?;
        if col == top {
            if alt != top_alt {
                return Some((bad, true));
            }
        } else if col > top {
            if alt <= top_alt {
                return Some((bad, true));
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
                stack.pop();
            }
            let &(top, top_alt) = stack.last()?;
            if col != top {
                return Some((bad, false));
            }
            if alt != top_alt {
                return Some((bad, true));
            }
        }
    }
    None
}

/// The first number literal CPython's tokenizer rejects (`1_`, `1a`, `0x`,
/// `0b2`, `1e+`): (token start, message, tokenizer position).  Follows
/// `tok_get`'s number branch and `verify_end_of_number` in
/// `Parser/tokenizer.c`; leading zeros are left to the lexer's own error.
fn number_error(
    parsed: &Parsed<ruff_python_ast::Mod>,
    source: &str,
) -> Option<(TextSize, String, TextSize)> {
    let b = source.as_bytes();
    for t in parsed.tokens().iter() {
        if !matches!(
            t.kind(),
            TokenKind::Int | TokenKind::Float | TokenKind::Complex | TokenKind::Unknown
        ) {
            continue;
        }
        let mut start = t.range().start().to_usize();
        if t.kind() == TokenKind::Unknown {
            // The lexer may drop the number and keep only the bad tail
            // (`1.` of `1.__class__`): back up over the literal's characters.
            while start > 0
                && b.get(start - 1)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
            {
                start -= 1;
            }
            while b.get(start) == Some(&b'.') {
                start += 1;
            }
        }
        let first = b.get(start).copied().unwrap_or(0);
        let starts_number = first.is_ascii_digit()
            || (first == b'.' && b.get(start + 1).is_some_and(u8::is_ascii_digit));
        if !starts_number {
            continue;
        }
        if let Err((msg, cur)) = scan_number(b, start) {
            return Some((TextSize::new(start as u32), msg, TextSize::new(cur as u32)));
        }
    }
    None
}

/// Scans one number literal at `start`; `Err((message, position))` as the
/// tokenizer reports it.
fn scan_number(b: &[u8], start: usize) -> Result<(), (String, usize)> {
    let mut pos = start;
    let nextc = |pos: &mut usize| -> u8 {
        let c = b.get(*pos).copied().unwrap_or(0);
        *pos += 1;
        c
    };
    let err = |msg: &str, pos: usize| Err((msg.to_string(), pos));
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    // `verify_end_of_number`: the literal may not run into an identifier
    // (a following keyword is only a warning).
    let verify_end = |c: u8, pos: usize, kind: &str| -> Result<(), (String, usize)> {
        let rest = b.get(pos..).unwrap_or(&[]);
        let keyword = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword && is_ident(c) {
            // tok_backup(c): the position is at `c`.
            return Err((format!("invalid {kind} literal"), pos - 1));
        }
        Ok(())
    };
    // `tok_decimal_tail`: digits with single underscores between them.
    let decimal_tail = |pos: &mut usize| -> Result<u8, (String, usize)> {
        loop {
            let mut c = nextc(pos);
            while c.is_ascii_digit() {
                c = nextc(pos);
            }
            if c != b'_' {
                return Ok(c);
            }
            let c2 = nextc(pos);
            if !c2.is_ascii_digit() {
                return Err(("invalid decimal literal".to_string(), *pos - 1));
            }
        }
    };
    let mut c = nextc(&mut pos);
    let mut fraction_or_exp = false;
    if c == b'.' {
        c = nextc(&mut pos);
        fraction_or_exp = true;
    } else if c == b'0' {
        c = nextc(&mut pos);
        let radix = match c {
            b'x' | b'X' => Some((16, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix {
            c = nextc(&mut pos);
            let ok = |c: u8| (c as char).is_digit(radix) && c.is_ascii_alphanumeric();
            loop {
                if c == b'_' {
                    c = nextc(&mut pos);
                }
                if !ok(c) {
                    if radix != 16 && c.is_ascii_digit() {
                        return err(
                            &format!("invalid digit '{}' in {kind} literal", c as char),
                            pos,
                        );
                    }
                    return err(&format!("invalid {kind} literal"), pos - 1);
                }
                while ok(c) {
                    c = nextc(&mut pos);
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && c.is_ascii_digit() {
                return err(
                    &format!("invalid digit '{}' in {kind} literal", c as char),
                    pos,
                );
            }
            return verify_end(c, pos, kind);
        }
        // Zeros, maybe old-style octal (reported by the lexer).
        loop {
            if c == b'_' {
                c = nextc(&mut pos);
                if !c.is_ascii_digit() {
                    return err("invalid decimal literal", pos - 1);
                }
            }
            if c != b'0' {
                break;
            }
            c = nextc(&mut pos);
        }
        let mut nonzero = false;
        if c.is_ascii_digit() {
            nonzero = true;
            c = decimal_tail(&mut pos)?;
        }
        if c == b'.' {
            c = nextc(&mut pos);
            fraction_or_exp = true;
        } else if !matches!(c, b'e' | b'E' | b'j' | b'J') {
            if nonzero {
                return Ok(());
            }
            return verify_end(c, pos, "decimal");
        }
    } else {
        c = decimal_tail(&mut pos)?;
        if c == b'.' {
            c = nextc(&mut pos);
            fraction_or_exp = true;
        }
    }
    if fraction_or_exp && c.is_ascii_digit() {
        c = decimal_tail(&mut pos)?;
    }
    if c == b'e' || c == b'E' {
        let e = c;
        c = nextc(&mut pos);
        if c == b'+' || c == b'-' {
            c = nextc(&mut pos);
            if !c.is_ascii_digit() {
                return err("invalid decimal literal", pos - 1);
            }
        } else if !c.is_ascii_digit() {
            // `1e` followed by something else: the number ends before `e`.
            return verify_end(e, pos - 1, "decimal");
        }
        c = decimal_tail(&mut pos)?;
    }
    if c == b'j' || c == b'J' {
        c = nextc(&mut pos);
        return verify_end(c, pos, "imaginary");
    }
    verify_end(c, pos, "decimal")
}

/// When the parser expected an expression at `loc` right after the `{` of an
/// f-string replacement field (`f"{}"`, `f"{!r}"`, `f"{:x}"`), the end of that
/// f-string: CPython 3.11 reports `f-string: empty expression not allowed`
/// just past it.
fn empty_fstring_field(parsed: &Parsed<ruff_python_ast::Mod>, loc: TextRange) -> Option<TextSize> {
    // Innermost-last stack of open f-strings ('f') and brackets.
    let mut stack: Vec<char> = Vec::new();
    let mut prev_is_field_open = false;
    let mut found_depth: Option<usize> = None;
    for t in parsed.tokens().iter() {
        if let Some(d) = found_depth {
            if t.kind() == TokenKind::FStringEnd && stack.len() == d {
                return Some(t.range().end());
            }
        } else if t.range().start() >= loc.start() {
            if !prev_is_field_open
                || !matches!(
                    t.kind(),
                    TokenKind::Rbrace
                        | TokenKind::Exclamation
                        | TokenKind::Colon
                        | TokenKind::Equal
                )
            {
                return None;
            }
            // The f-string is the element below the field's `{`.
            found_depth = Some(stack.len() - 1);
        }
        prev_is_field_open = false;
        match t.kind() {
            TokenKind::FStringStart => stack.push('f'),
            TokenKind::FStringEnd => {
                while let Some(c) = stack.pop() {
                    if c == 'f' {
                        break;
                    }
                }
            }
            TokenKind::Lbrace => {
                prev_is_field_open = stack.last() == Some(&'f');
                stack.push('{');
            }
            TokenKind::Lpar | TokenKind::Lsqb => stack.push('('),
            TokenKind::Rbrace | TokenKind::Rpar | TokenKind::Rsqb
                if stack.last().is_some_and(|&c| c != 'f') =>
            {
                stack.pop();
            }
            _ => {}
        }
    }
    None
}

// --- Brackets ---

#[derive(Default)]
struct Brackets {
    /// The first closing bracket that matches no opener, or the wrong one.
    bad_close: Option<(String, TextRange)>,
    /// Openers still open at the end (innermost last).
    unclosed: Vec<(char, TextRange)>,
    /// Ranges of all bracketed regions (opener start, closer end or input end).
    regions: Vec<TextRange>,
}

impl Brackets {
    fn unclosed_at(&self, pos: TextSize) -> bool {
        self.regions
            .iter()
            .any(|r| r.start() < pos && pos <= r.end())
    }
}

/// CPython's tokenizer allows 200 nested brackets (`MAXLEVEL`) and 100
/// levels of indentation (`MAXINDENT`).
fn nesting_limit_error(
    parsed: &Parsed<ruff_python_ast::Mod>,
) -> Option<(ErrorKind, &'static str, TextRange)> {
    const MAX_LEVEL: usize = 200;
    const MAX_INDENT: usize = 100;
    let (mut level, mut indent) = (0usize, 0usize);
    for t in parsed.tokens().iter() {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if level >= MAX_LEVEL {
                    return Some((
                        ErrorKind::SyntaxError,
                        "too many nested parentheses",
                        t.range(),
                    ));
                }
                level += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                level = level.saturating_sub(1)
            }
            TokenKind::Indent => {
                indent += 1;
                if indent >= MAX_INDENT {
                    return Some((
                        ErrorKind::IndentationError,
                        "too many levels of indentation",
                        t.range(),
                    ));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The kinds of the last `n` significant tokens before `pos`, nearest first.
fn prev_kinds(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize, n: usize) -> Vec<TokenKind> {
    let mut kinds: Vec<TokenKind> = parsed
        .tokens()
        .iter()
        .take_while(|t| t.range().start() < pos)
        .filter(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
        .map(|t| t.kind())
        .collect();
    kinds.reverse();
    kinds.truncate(n);
    kinds
}

/// Whether `pos` is inside the parameter list of a `def`.
fn in_def_params(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize) -> bool {
    let mut stack: Vec<TextSize> = Vec::new();
    for t in parsed.tokens().iter() {
        if t.range().start() >= pos {
            break;
        }
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => stack.push(t.range().start()),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.last().is_some_and(|&open| {
        parsed
            .tokens()
            .iter()
            .any(|t| t.range().start() == open && t.kind() == TokenKind::Lpar)
            && prev_kinds(parsed, open, 2) == [TokenKind::Name, TokenKind::Def]
    })
}

/// Whether the tokens just before `pos` are a lambda's parameters (back to
/// the `lambda` keyword, with no bracket or colon in between).
fn after_lambda_params(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize) -> bool {
    let before: Vec<TokenKind> = parsed
        .tokens()
        .iter()
        .take_while(|t| t.range().start() < pos)
        .map(|t| t.kind())
        .collect();
    for k in before.iter().rev() {
        match k {
            TokenKind::Lambda => return true,
            TokenKind::Name
            | TokenKind::Comma
            | TokenKind::Star
            | TokenKind::DoubleStar
            | TokenKind::Slash => {}
            _ => return false,
        }
    }
    false
}

/// Whether `for NAME... in` follows the `for` at `pos` before the bracket
/// closes (a comprehension clause, not just a stray `for`).
fn for_clause_follows(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize) -> bool {
    let mut depth = 0usize;
    for t in parsed.tokens().iter().filter(|t| t.range().start() > pos) {
        match t.kind() {
            TokenKind::In if depth == 0 => return true,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if depth == 0 => return false,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Newline | TokenKind::EndOfFile => return false,
            _ => {}
        }
    }
    false
}

/// The innermost bracket still open at `pos`.
fn innermost_open_bracket(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize) -> Option<char> {
    let mut stack = Vec::new();
    for t in parsed.tokens().iter() {
        if t.range().start() >= pos {
            break;
        }
        match t.kind() {
            TokenKind::Lpar => stack.push('('),
            TokenKind::Lsqb => stack.push('['),
            TokenKind::Lbrace => stack.push('{'),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

fn scan_brackets(parsed: &Parsed<ruff_python_ast::Mod>) -> Brackets {
    let mut b = Brackets::default();
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    let mut end = TextSize::default();
    for t in parsed.tokens().iter() {
        end = t.range().end();
        let open = match t.kind() {
            TokenKind::Lpar => Some('('),
            TokenKind::Lsqb => Some('['),
            TokenKind::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(o) = open {
            stack.push((o, t.range()));
            continue;
        }
        let close = match t.kind() {
            TokenKind::Rpar => '(',
            TokenKind::Rsqb => '[',
            TokenKind::Rbrace => '{',
            _ => continue,
        };
        let closer = match close {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        match stack.pop() {
            None => {
                if b.bad_close.is_none() {
                    b.bad_close = Some((format!("unmatched '{closer}'"), t.range()));
                }
            }
            Some((o, r)) if o != close => {
                if b.bad_close.is_none() {
                    b.bad_close = Some((
                        format!(
                            "closing parenthesis '{closer}' does not match opening parenthesis '{o}'"
                        ),
                        t.range(),
                    ));
                    let _ = r;
                }
            }
            Some((_, r)) => b.regions.push(TextRange::new(r.start(), t.range().end())),
        }
    }
    for (_, r) in &stack {
        b.regions.push(TextRange::new(r.start(), end));
    }
    b.unclosed = stack;
    b
}

fn token_at(parsed: &Parsed<ruff_python_ast::Mod>, loc: TextRange) -> TextRange {
    for t in parsed.tokens().iter() {
        if t.range().start() >= loc.start()
            && !matches!(t.kind(), TokenKind::Dedent | TokenKind::Indent)
        {
            if t.kind() == TokenKind::Newline || t.kind() == TokenKind::EndOfFile {
                return TextRange::new(t.range().start(), t.range().start() + TextSize::new(1));
            }
            return t.range();
        }
    }
    loc
}

/// The end of the last token before `loc` (CPython points `expected ':'` there).
fn prev_token_end(parsed: &Parsed<ruff_python_ast::Mod>, loc: TextRange) -> TextRange {
    let mut prev = None;
    for t in parsed.tokens().iter() {
        if t.range().start() >= loc.start() {
            break;
        }
        if !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline) {
            prev = Some(t.range());
        }
    }
    match prev {
        Some(r) => TextRange::new(r.end(), r.end() + TextSize::new(1)),
        None => loc,
    }
}

/// Start of the expression that ends just before `pos` (for the comma hint).
fn prev_expr_start(parsed: &Parsed<ruff_python_ast::Mod>, pos: TextSize) -> TextSize {
    struct Finder {
        pos: TextSize,
        best: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            let r = e.range();
            if r.end() <= self.pos
                && (self.best.is_none()
                    || r.end() > self.best.unwrap().end()
                    || (r.end() == self.best.unwrap().end()
                        && r.start() < self.best.unwrap().start()))
            {
                // Only atoms/primaries directly before the position count.
                let text_between_ok = true;
                if text_between_ok {
                    self.best = Some(r);
                }
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut f = Finder { pos, best: None };
    match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => {
            for s in &m.body {
                f.visit_stmt(s);
            }
        }
        ruff_python_ast::Mod::Expression(e) => f.visit_expr(&e.body),
    }
    // Prefer the innermost expression ending closest: take the largest one
    // ending at the same place that starts after the last comma/opener.
    f.best.map(|r| r.start()).unwrap_or(pos)
}

/// CPython's wording for the parser's own messages that have a 3.11 rule.
fn cpython_message(ruff: &str) -> Option<&'static str> {
    Some(match ruff {
        "Only one '/' separator allowed" => "/ may appear only once",
        "Only one '*' parameter allowed" => "* argument may appear only once",
        "'/' parameter must appear before '*' parameter" => "/ must be ahead of *",
        "Expected `except` or `finally` after `try` block" => {
            "expected 'except' or 'finally' block"
        }
        "Expected one or more exception types" => "expected one or more exception types",
        "Multiple exception types must be parenthesized when using `as`" => {
            "multiple exception types must be parenthesized"
        }
        "Bytes literal cannot be mixed with non-bytes literals" => {
            "cannot mix bytes and nonbytes literals"
        }
        "Cannot have both 'except' and 'except*' on the same 'try'" => {
            "cannot have both 'except' and 'except*' on the same 'try'"
        }
        _ => return None,
    })
}

// --- Invalid targets ---

/// Whether the expression at `range` is written inside parentheses of its own.
fn parenthesized(source: &str, range: TextRange) -> bool {
    let before = source[..range.start().to_usize()].trim_end();
    let after = source[range.end().to_usize()..].trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// The first sub-expression of an assignment target that cannot be assigned.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::Starred(s) if !del => invalid_target(&s.value, del),
        _ => Some(e),
    }
}

fn target_error(
    parsed: &Parsed<ruff_python_ast::Mod>,
    kind: &ParseErrorType,
    loc: TextRange,
    filename: &str,
    li: &LineIndex,
) -> Option<CompileError> {
    // Find the statement holding the target.
    struct Finder<'a> {
        loc: TextRange,
        stmt: Option<&'a Stmt>,
        expr: Option<&'a Expr>,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if s.range().contains_range(self.loc) {
                self.stmt = Some(s);
            }
            visitor::walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            if e.range() == self.loc && self.expr.is_none() {
                self.expr = Some(e);
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut f = Finder {
        loc,
        stmt: None,
        expr: None,
    };
    match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => {
            for s in &m.body {
                f.visit_stmt(s);
            }
        }
        ruff_python_ast::Mod::Expression(e) => f.visit_expr(&e.body),
    }
    let expr = f.expr?;
    let mk = |msg: String, e: &Expr| li.error(ErrorKind::SyntaxError, msg, filename, e.range());
    Some(match kind {
        ParseErrorType::InvalidDeleteTarget => {
            let bad = invalid_target(expr, true).unwrap_or(expr);
            mk(format!("cannot delete {}", expr_name(bad)), bad)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => mk(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(expr)
            ),
            expr,
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let what = match expr {
                Expr::Tuple(_) => "only single target (not tuple) can be annotated".to_string(),
                Expr::List(_) => "only single target (not list) can be annotated".to_string(),
                _ => "illegal target for annotation".to_string(),
            };
            mk(what, expr)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => mk(
            format!("cannot use assignment expressions with {}", expr_name(expr)),
            expr,
        ),
        _ if matches!(expr, Expr::Yield(_) | Expr::YieldFrom(_))
            && !parenthesized(li.source(), expr.range()) =>
        {
            mk("assignment to yield expression not possible".into(), expr)
        }
        _ => {
            let bad = invalid_target(expr, false).unwrap_or(expr);
            let simple_assign = matches!(f.stmt, Some(Stmt::Assign(a)) if a.targets.len() == 1
                && a.targets[0].range() == expr.range()
                && !matches!(&*a.value, Expr::Tuple(t) if !t.parenthesized)
                && !matches!(&*a.value, Expr::Starred(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) | Expr::Lambda(_) | Expr::If(_)));
            let excluded = matches!(
                expr,
                Expr::List(_)
                    | Expr::Tuple(_)
                    | Expr::Generator(_)
                    | Expr::BooleanLiteral(_)
                    | Expr::NoneLiteral(_)
            );
            if simple_assign
                && !excluded
                && std::ptr::eq(bad, expr)
                && !matches!(expr, Expr::Compare(_))
            {
                mk(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(bad)
                    ),
                    bad,
                )
            } else {
                mk(format!("cannot assign to {}", expr_name(bad)), bad)
            }
        }
    })
}
