//! Taipan's regular-expression engine: the machinery behind `re`.
//!
//! Python's `re` is a *backtracking* engine (Secret Labs' SRE), and much of
//! its observable behaviour follows from that: alternation is leftmost-first
//! (`a|ab` matches `a`), quantifiers are greedy, lazy (`*?`) or possessive
//! (`*+`), atomic groups `(?>...)` and lookarounds cut backtracking,
//! backreferences and conditionals `(?(1)yes|no)` read the captures made so
//! far, a group repeated by a quantifier reports its *last* iteration, and
//! `$` matches at the end or before a final newline.  Automaton engines (the
//! `regex` crate) cannot give all of that, so this module is a backtracker of
//! its own.  Three stages:
//!
//! ```text
//!  pattern ──parse.rs──▶ Node tree ──compile.rs──▶ Program (Vec<Inst>) ──matcher.rs──▶ spans
//!  (code points;          (CPython's               (flags resolved: case           (explicit
//!   bytes as Latin-1)      SubPattern, with         folding, categories,            backtrack
//!                          re.error messages)       ^/$ per MULTILINE)              stack)
//! ```
//!
//! * `parse.rs` follows CPython's `_parser.py` token by token, so errors
//!   carry CPython's message and position ("missing ), unterminated
//!   subpattern at position 0").  It also parses `sub` templates.
//! * `compile.rs` lowers the tree to a small instruction set in the manner
//!   of Thompson/Pike programs (Russ Cox, "Regular Expression Matching: the
//!   Virtual Machine Approach", 2009), resolving flags per node: a literal
//!   under IGNORECASE becomes "lower(ch) == c", a set under IGNORECASE is
//!   closed under simple case folding the way CPython's `_optimize_charset`
//!   closes it (with the extra equivalences of `_casefix`), `\w` becomes the
//!   Unicode or ASCII category.  It rejects variable-width lookbehinds.
//! * `matcher.rs` runs the program with one explicit stack of frames: choice
//!   points (where to resume), undo records (old values of capture marks,
//!   `lastindex` and repeat counters: a trail, as in Prolog machines), and
//!   barriers for atomic groups, lookarounds and possessive repeats.
//!   Backtracking pops frames, replaying undo records, until a choice point
//!   resumes.  Leaving an atomic construct *cuts*: the choice points above
//!   its barrier are dropped and its undo records kept, so captures made
//!   inside are still undone if matching later backtracks past it.  Nothing
//!   recurses on the native stack, so long subjects cannot overflow it.
//!
//! Repeats follow SRE's rules exactly: a repeat of a single-character item
//! (`a*`, `[^x]+?`, `.*`) counts matches directly and backtracks one
//! character at a time with a single frame; other repeats keep a counter
//! and the position where the current iteration began, and stop iterating
//! once an iteration matches the empty string (SRE's "zero-width match
//! protection"), which fixes what `(a|)*` captures.  Each iteration of a
//! possessive repeat is atomic on its own, as in SRE.
//!
//! Positions are code-point indices.  A str subject is matched as its bytes
//! when it is ASCII and as a vector of code points otherwise; a bytes
//! subject as bytes.  Case-insensitive matching compares simple lower-case
//! mappings (`casemap.rs`, generated from CPython 3.11's Unicode 14 data),
//! as SRE does.
//!
//! Known differences from CPython 3.11 (half-done parts, on purpose or not):
//!
//! | feature | status |
//! |---|---|
//! | `\N{name}` escapes | every name is reported as undefined (no Unicode name database) |
//! | `re.LOCALE` (bytes only) | matched as ASCII |
//! | `re.DEBUG` | accepted, prints nothing |
//! | `re.TEMPLATE` / `re.template()` | accepted, repeats not rejected |
//! | `Pattern.scanner` | missing |
//! | captures after a failed alternative inside a possessive repeat | restored cleanly; SRE leaves the failed alternative's mark in place when no general repeat encloses it (`(?:(a)\|b)++` on `"ab"` gives `''` for group 1 in CPython, `'a'` here) |
//! | KeyboardInterrupt during a long match | not checked while matching |
pub mod casemap;
pub mod compile;
pub mod matcher;
pub mod parse;

pub use compile::Program;
pub use matcher::{Captures, Mode};

/// The flag bits of `re` (the values of `re.RegexFlag`).
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
    pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
}

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error(msg, pattern, pos)`
    Re,
    OverflowError,
    ValueError,
}

/// A pattern compile error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    /// Position in the pattern (code points), when CPython gives one.
    pub pos: Option<usize>,
}

impl Error {
    pub fn at(msg: String, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg,
            pos: Some(pos),
        }
    }
    pub fn plain(msg: &str) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: None,
        }
    }
    pub fn overflow(msg: &str) -> Error {
        Error {
            kind: ErrorKind::OverflowError,
            msg: msg.into(),
            pos: None,
        }
    }
    pub fn value(msg: &str) -> Error {
        Error {
            kind: ErrorKind::ValueError,
            msg: msg.into(),
            pos: None,
        }
    }
}

/// A compiled pattern: the program plus what the Python object reports.
pub struct Regex {
    pub prog: Program,
    /// Flags after inline flags and the str/bytes fix-up (`Pattern.flags`).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    pub istext: bool,
}

impl Regex {
    /// Compiles a pattern given as code points (a bytes pattern as Latin-1).
    pub fn new(pattern: &[u32], istext: bool, flags: u32) -> Result<Regex, Error> {
        let parsed = parse::parse(pattern, istext, flags)?;
        let prog = compile::compile(&parsed, istext)?;
        Ok(Regex {
            prog,
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            istext,
        })
    }

    /// Runs the pattern on `text[..end]` from `start`.  See `matcher::exec`.
    pub fn exec<T: matcher::Unit>(
        &self,
        text: &[T],
        start: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        matcher::exec(&self.prog, text, start, end, mode, must_advance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cp(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    fn search(p: &str, s: &str, f: u32) -> Option<Vec<Option<(usize, usize)>>> {
        let r = Regex::new(&cp(p), true, f).expect("compiles");
        let t = cp(s);
        r.exec(&t, 0, t.len(), Mode::Search, false)
            .map(|c| (0..=r.groups).map(|g| c.span(g)).collect())
    }

    #[test]
    fn leftmost_first_alternation() {
        assert_eq!(search("a|ab", "ab", 0), Some(vec![Some((0, 1))]));
    }

    #[test]
    fn greedy_lazy_possessive() {
        assert_eq!(search("a+", "xaaa", 0), Some(vec![Some((1, 4))]));
        assert_eq!(search("a+?", "xaaa", 0), Some(vec![Some((1, 2))]));
        assert_eq!(search("a++a", "aaa", 0), None);
        assert_eq!(search("(?:ab)++ab", "ababab", 0), None);
        assert_eq!(search("(?>a+)b", "aab", 0), Some(vec![Some((0, 3))]));
    }

    #[test]
    fn last_iteration_capture() {
        assert_eq!(
            search("(a|b)*", "abab", 0),
            Some(vec![Some((0, 4)), Some((3, 4))])
        );
        assert_eq!(
            search("(a|)*", "aa", 0),
            Some(vec![Some((0, 2)), Some((2, 2))])
        );
    }

    #[test]
    fn backrefs_and_conditionals() {
        assert_eq!(
            search(r"(a)\1", "xaa", 0),
            Some(vec![Some((1, 3)), Some((1, 2))])
        );
        assert_eq!(
            search(r"(<)?a(?(1)>|$)", "<a>", 0),
            Some(vec![Some((0, 3)), Some((0, 1))])
        );
        assert_eq!(
            search(r"(<)?a(?(1)>|$)", "<a", 0),
            Some(vec![Some((1, 2)), None])
        );
    }

    #[test]
    fn lookarounds() {
        assert_eq!(search("a(?=b)", "acab", 0), Some(vec![Some((2, 3))]));
        assert_eq!(search("a(?!b)", "abac", 0), Some(vec![Some((2, 3))]));
        assert_eq!(search("(?<=a)b", "bab", 0), Some(vec![Some((2, 3))]));
        assert_eq!(search("(?<!a)b", "abb", 0), Some(vec![Some((2, 3))]));
    }

    #[test]
    fn dollar_before_final_newline() {
        assert_eq!(search("a$", "a\n", 0), Some(vec![Some((0, 1))]));
        assert_eq!(search("a\\Z", "a\n", 0), None);
    }

    #[test]
    fn ignorecase() {
        assert_eq!(
            search("K", "\u{212a}", flags::IGNORECASE),
            Some(vec![Some((0, 1))])
        );
        assert_eq!(
            search("[a-z]+", "ABC", flags::IGNORECASE),
            Some(vec![Some((0, 3))])
        );
        assert_eq!(
            search("i", "\u{131}", flags::IGNORECASE),
            Some(vec![Some((0, 1))])
        );
    }

    #[test]
    fn long_subject_does_not_overflow() {
        let s = "ab".repeat(200_000);
        assert_eq!(search("(?:ab)*$", &s, 0), Some(vec![Some((0, s.len()))]));
        let short = "ab".repeat(500);
        assert_eq!(search("(a|b)*c", &short, 0), None);
    }

    #[test]
    fn lookbehind_must_be_fixed_width() {
        let Err(e) = Regex::new(&cp("(?<=a*)b"), true, 0) else {
            panic!("variable-width lookbehind compiled");
        };
        assert_eq!(e.msg, "look-behind requires fixed-width pattern");
        assert_eq!(e.pos, None);
    }
}
