//! Python pattern syntax → node tree.
//!
//! The grammar, the error messages and the error positions are CPython
//! 3.11's (`Lib/re/_parser.py`): a tokenizer that treats a backslash and
//! the character after it as one token, a recursive-descent parser for
//! alternations, sequences, groups and character sets, and the same checks
//! in the same order, so that `re.error` says what CPython says at the same
//! position.  Recursion here is proportional to the nesting depth of
//! parentheses in the pattern, never to the length of the subject string.
//!
//! Patterns are parsed as sequences of code points; a bytes pattern is read
//! as Latin-1 (each byte one code point), as CPython does, and the messages
//! of errors in bytes patterns escape non-ASCII characters.
use super::{Error, flags};

/// The largest repeat count (`_sre.MAXREPEAT`); a `max` of this value
/// means "no upper bound".
pub const MAXREPEAT: u32 = u32::MAX;
/// The largest number of groups (`_sre.MAXGROUPS` on 64-bit builds).
pub const MAXGROUPS: usize = 1_073_741_823;

/// A character category (`\d`, `\s`, `\w` and their negations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

/// Greedy, lazy (`*?`) or possessive (`*+`) repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The parse tree (CPython's `SubPattern` items).
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In(Vec<SetItem>),
    At(At),
    Branch(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: Vec<Node>,
    },
    /// A group: capturing when `index` is set; `add`/`del` are scoped flags.
    Group {
        index: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Assert {
        negative: bool,
        behind: bool,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// What parsing produces besides the tree.
pub struct Parsed {
    pub nodes: Vec<Node>,
    /// The pattern's flags after inline global flags and the str/bytes fix-up.
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// (min, max) width of each closed group (index 0 unused).
    pub group_widths: Vec<Option<(u64, u64)>>,
}

// --- Tokenizer ---

/// One token: a character, or a backslash escape (`\` and the next char).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc { 2 } else { 1 }
    }
    fn is(self, c: char) -> bool {
        !self.esc && self.c == c as u32
    }
    fn text(self) -> String {
        let ch = char::from_u32(self.c).unwrap_or('\u{fffd}');
        if self.esc {
            format!("\\{ch}")
        } else {
            ch.to_string()
        }
    }
}

struct Tokenizer<'a> {
    s: &'a [u32],
    istext: bool,
    index: usize,
    next: Option<Tok>,
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_octdigit(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hexdigit(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

impl<'a> Tokenizer<'a> {
    fn new(s: &'a [u32], istext: bool) -> Result<Tokenizer<'a>, Error> {
        let mut t = Tokenizer {
            s,
            istext,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), Error> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.next = Some(Tok { c: d, esc: true });
                    self.index = i + 2;
                }
                None => {
                    return Err(Error::at(
                        "bad escape (end of pattern)".into(),
                        self.s.len() - 1,
                    ));
                }
            }
        } else {
            self.next = Some(Tok { c, esc: false });
            self.index = i + 1;
        }
        Ok(())
    }

    /// Consumes the next token if it is the plain character `c`.
    fn matches(&mut self, c: char) -> Result<bool, Error> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> Result<Option<Tok>, Error> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    fn next_plain_in(&self, f: fn(u32) -> bool) -> bool {
        self.next.is_some_and(|t| !t.esc && f(t.c))
    }

    /// Up to `n` plain characters satisfying `f`.
    fn getwhile(&mut self, n: usize, f: fn(u32) -> bool) -> Result<Vec<u32>, Error> {
        let mut out = Vec::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.esc && f(t.c) => {
                    out.push(t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Characters up to `term` (CPython's `getuntil`); escapes count as
    /// their two characters.
    fn getuntil(&mut self, term: char, name: &str) -> Result<Vec<u32>, Error> {
        let mut out: Vec<u32> = Vec::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {term}, unterminated name"), out.len()));
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    if t.esc {
                        out.push('\\' as u32);
                    }
                    out.push(t.c);
                }
            }
        }
        Ok(out)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: String, offset: usize) -> Error {
        Error::at(self.fix_msg(msg), self.tell() - offset)
    }

    /// Messages about bytes patterns are ASCII with backslash escapes.
    fn fix_msg(&self, msg: String) -> String {
        if self.istext || msg.is_ascii() {
            return msg;
        }
        let mut out = String::new();
        for c in msg.chars() {
            if c.is_ascii() {
                out.push(c);
            } else if (c as u32) < 0x100 {
                out.push_str(&format!("\\x{:02x}", c as u32));
            } else if (c as u32) < 0x10000 {
                out.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                out.push_str(&format!("\\U{:08x}", c as u32));
            }
        }
        out
    }

    fn checkgroupname(&self, name: &[u32], offset: usize) -> Result<(), Error> {
        let s: String = name.iter().map(|&c| ch(c)).collect();
        if !crate::objects::str::is_identifier(&s) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.len() + offset,
            ));
        }
        Ok(())
    }
}

/// Python's `repr` of a str given as code points.
pub fn py_repr(s: &[u32]) -> String {
    let text: String = s.iter().map(|&c| ch(c)).collect();
    crate::builtins_types::str_repr(&text)
}

fn to_string(s: &[u32]) -> String {
    s.iter().map(|&c| ch(c)).collect()
}

// --- Parser state ---

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Per group: None while open, its width once closed (index 0 unused).
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// First position of each numeric reference in a conditional.
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(&(_, old)) = self.names.iter().find(|(n, _)| n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    crate::builtins_types::str_repr(name)
                ));
            }
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    fn checklookbehindgroup(&self, gid: usize, src: &Tokenizer) -> Result<(), Error> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return Err(src.error("cannot refer to an open group".into(), 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern".into(),
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|p| p.1)
    }
}

// --- Widths (CPython's getwidth) ---

/// (min, max) width of a sequence, capped as CPython caps it.
pub fn width(nodes: &[Node], group_widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let maxr = MAXREPEAT as u64;
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    for n in nodes {
        let (l, h) = match n {
            Node::Branch(alts) => {
                let mut i = maxr - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = width(a, group_widths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(b) => width(b, group_widths),
            Node::Group { body, .. } => width(body, group_widths),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = width(body, group_widths);
                (l.saturating_mul(*min as u64), h.saturating_mul(*max as u64))
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => (1, 1),
            Node::GroupRef(g) => group_widths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, group_widths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, group_widths);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo.min(maxr - 1), hi.min(maxr))
}

// --- Escapes ---

fn escape_code(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

enum Esc {
    Node(Node),
    Item(SetItem),
}

fn category(c: u32) -> Option<Category> {
    Some(match ch(c) {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn hex_value(d: &[u32]) -> u32 {
    d.iter()
        .fold(0u32, |a, &c| a * 16 + ch(c).to_digit(16).unwrap_or(0))
}

/// `\x`, `\u`, `\U`, `\N` escapes, shared by sets and sequences.
fn numeric_escape(src: &mut Tokenizer, t: Tok) -> Result<Option<u32>, Error> {
    let c = ch(t.c);
    let (n, prefix) = match c {
        'x' => (2, 'x'),
        'u' if src.istext => (4, 'u'),
        'U' if src.istext => (8, 'U'),
        'N' if src.istext => {
            if !src.matches('{')? {
                return Err(src.error("missing {".into(), 0));
            }
            let name = src.getuntil('}', "character name")?;
            // No Unicode name database in Taipan: every name is unknown.
            return Err(src.error(
                format!("undefined character name {}", py_repr(&name)),
                name.len() + 4,
            ));
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hexdigit)?;
    if digits.len() != n {
        let text = format!("\\{prefix}{}", to_string(&digits));
        return Err(src.error(format!("incomplete escape {text}"), digits.len() + 2));
    }
    let v = hex_value(&digits);
    if prefix == 'U' && v > 0x10ffff {
        let text = format!("\\U{}", to_string(&digits));
        return Err(src.error(format!("bad escape {text}"), 10));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Tokenizer, t: Tok) -> Result<SetItem, Error> {
    if let Some(v) = escape_code(t.c) {
        return Ok(SetItem::Literal(v));
    }
    if let Some(cat) = category(t.c) {
        return Ok(SetItem::Category(cat));
    }
    if let Some(v) = numeric_escape(src, t)? {
        return Ok(SetItem::Literal(v));
    }
    if is_octdigit(t.c) {
        let mut digits = vec![t.c];
        digits.extend(src.getwhile(2, is_octdigit)?);
        let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
        if v > 0o377 {
            return Err(src.error(
                format!(
                    "octal escape value \\{} outside of range 0-0o377",
                    to_string(&digits)
                ),
                digits.len() + 1,
            ));
        }
        return Ok(SetItem::Literal(v));
    }
    if is_digit(t.c) || is_ascii_letter(t.c) {
        return Err(src.error(format!("bad escape {}", t.text()), 2));
    }
    Ok(SetItem::Literal(t.c))
}

fn escape(src: &mut Tokenizer, t: Tok, state: &mut State) -> Result<Esc, Error> {
    match ch(t.c) {
        'A' => return Ok(Esc::Node(Node::At(At::BeginningString))),
        'b' => return Ok(Esc::Node(Node::At(At::Boundary))),
        'B' => return Ok(Esc::Node(Node::At(At::NonBoundary))),
        'Z' => return Ok(Esc::Node(Node::At(At::EndString))),
        _ => {}
    }
    if let Some(cat) = category(t.c) {
        return Ok(Esc::Item(SetItem::Category(cat)));
    }
    if let Some(v) = escape_code(t.c) {
        return Ok(Esc::Node(Node::Literal(v)));
    }
    if let Some(v) = numeric_escape(src, t)? {
        return Ok(Esc::Node(Node::Literal(v)));
    }
    if t.c == '0' as u32 {
        let digits = src.getwhile(2, is_octdigit)?;
        let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
        return Ok(Esc::Node(Node::Literal(v)));
    }
    if is_digit(t.c) {
        let mut digits = vec![t.c];
        if src.next_plain_in(is_digit) {
            let d = src.get()?.map_or(0, |t| t.c);
            digits.push(d);
            if is_octdigit(digits[0]) && is_octdigit(digits[1]) && src.next_plain_in(is_octdigit) {
                let d = src.get()?.map_or(0, |t| t.c);
                digits.push(d);
                let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
                if v > 0o377 {
                    return Err(src.error(
                        format!(
                            "octal escape value \\{} outside of range 0-0o377",
                            to_string(&digits)
                        ),
                        digits.len() + 1,
                    ));
                }
                return Ok(Esc::Node(Node::Literal(v)));
            }
        }
        let group = digits
            .iter()
            .fold(0usize, |a, &d| a * 10 + (d - '0' as u32) as usize);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(src.error("cannot refer to an open group".into(), digits.len() + 1));
            }
            state.checklookbehindgroup(group, src)?;
            return Ok(Esc::Node(Node::GroupRef(group)));
        }
        return Err(src.error(format!("invalid group reference {group}"), digits.len()));
    }
    if is_ascii_letter(t.c) {
        return Err(src.error(format!("bad escape {}", t.text()), 2));
    }
    Ok(Esc::Node(Node::Literal(t.c)))
}

// --- Sequences and alternations ---

const SPECIAL: &str = ".\\[{()*+?^$|";

fn is_whitespace(c: u32) -> bool {
    matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

fn parse_sub(
    src: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Result<Vec<Node>, Error> {
    let mut items: Vec<Vec<Node>> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & flags::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

/// Reads the digits of a `{m,n}` quantifier; `None` when it is a literal `{`.
fn parse_braces(src: &mut Tokenizer, here: usize) -> Result<Option<(u32, u32)>, Error> {
    let mut lo = Vec::new();
    let mut hi = Vec::new();
    while src.next_plain_in(is_digit) {
        lo.push(src.get()?.map_or(0, |t| t.c));
    }
    if src.matches(',')? {
        while src.next_plain_in(is_digit) {
            hi.push(src.get()?.map_or(0, |t| t.c));
        }
    } else {
        hi = lo.clone();
    }
    if !src.matches('}')? {
        src.seek(here)?;
        return Ok(None);
    }
    let num = |d: &[u32]| -> Result<Option<u32>, Error> {
        if d.is_empty() {
            return Ok(None);
        }
        let mut v: u64 = 0;
        for &c in d {
            v = v * 10 + (c - '0' as u32) as u64;
            if v >= MAXREPEAT as u64 {
                return Err(Error::overflow("the repetition number is too large"));
            }
        }
        Ok(Some(v as u32))
    };
    let min = num(&lo)?.unwrap_or(0);
    let max = match num(&hi)? {
        Some(m) => {
            if m < min {
                return Err(src.error(
                    "min repeat greater than max repeat".into(),
                    src.tell() - here,
                ));
            }
            m
        }
        None => MAXREPEAT,
    };
    Ok(Some((min, max)))
}

fn parse_set(src: &mut Tokenizer) -> Result<Node, Error> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = src.matches('^')?;
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set".into(), src.tell() - here));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(src, this)?
        } else {
            SetItem::Literal(this.c)
        };
        if src.matches('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set".into(), src.tell() - here));
            };
            if that.is(']') {
                set.push(code1);
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = if that.esc {
                class_escape(src, that)?
            } else {
                SetItem::Literal(that.c)
            };
            let bad = || {
                src.error(
                    format!("bad character range {}-{}", this.text(), that.text()),
                    this.len() + 1 + that.len(),
                )
            };
            match (code1, code2) {
                (SetItem::Literal(lo), SetItem::Literal(hi)) => {
                    if hi < lo {
                        return Err(bad());
                    }
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(bad()),
            }
        } else {
            set.push(code1);
        }
    }
    // Remove duplicates, keeping the first of each.
    let mut uniq: Vec<SetItem> = Vec::new();
    for i in set {
        if !uniq.contains(&i) {
            uniq.push(i);
        }
    }
    if uniq.len() == 1
        && let SetItem::Literal(c) = uniq[0]
    {
        return Ok(if negate {
            Node::NotLiteral(c)
        } else {
            Node::Literal(c)
        });
    }
    if negate {
        uniq.insert(0, SetItem::Negate);
    }
    Ok(Node::In(uniq))
}

fn parse_seq(
    src: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Vec<Node>, Error> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.advance()?;
        if verbose && !this.esc {
            if is_whitespace(this.c) {
                continue;
            }
            if this.c == '#' as u32 {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            match escape(src, this, state)? {
                Esc::Node(n) => seq.push(n),
                Esc::Item(i) => seq.push(Node::In(vec![i])),
            }
            continue;
        }
        let c = ch(this.c);
        if !SPECIAL.contains(c) {
            seq.push(Node::Literal(this.c));
            continue;
        }
        match c {
            '[' => seq.push(parse_set(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match c {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next_is('}') {
                            seq.push(Node::Literal(this.c));
                            continue;
                        }
                        match parse_braces(src, here)? {
                            Some(p) => p,
                            None => {
                                seq.push(Node::Literal(this.c));
                                continue;
                            }
                        }
                    }
                };
                let err_off = src.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => {
                        return Err(src.error("nothing to repeat".into(), err_off));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(src.error("multiple repeat".into(), err_off));
                    }
                    Some(n) => n,
                };
                let body = match item {
                    Node::Group {
                        index: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepeatKind::Lazy
                } else if src.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    body,
                });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                if let Some(n) = parse_group(src, state, &mut verbose, nested, first, &seq)? {
                    seq.push(n);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => {
                return Err(src.error(format!("unsupported special character {c:?}"), 0));
            }
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Vec::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Group {
                index: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            n => out.push(n),
        }
    }
    Ok(out)
}

/// Parses what follows a `(`.  Returns `None` for comments and global flags.
fn parse_group(
    src: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq: &[Node],
) -> Result<Option<Node>, Error> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add = 0u32;
    let mut del = 0u32;
    if src.matches('?')? {
        let Some(t) = src.get()? else {
            return Err(src.error("unexpected end of pattern".into(), 0));
        };
        let c = if t.esc { '\\' } else { ch(t.c) };
        match c {
            'P' => {
                if src.matches('<')? {
                    let n = src.getuntil('>', "group name")?;
                    src.checkgroupname(&n, 1)?;
                    name = Some(to_string(&n));
                } else if src.matches('=')? {
                    let n = src.getuntil(')', "group name")?;
                    src.checkgroupname(&n, 1)?;
                    let gid = match state.group_index(&to_string(&n)) {
                        Some(g) => g,
                        None => {
                            return Err(src.error(
                                format!("unknown group name {}", py_repr(&n)),
                                n.len() + 1,
                            ));
                        }
                    };
                    if !state.checkgroup(gid) {
                        return Err(src.error("cannot refer to an open group".into(), n.len() + 1));
                    }
                    state.checklookbehindgroup(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(t2) = src.get()? else {
                        return Err(src.error("unexpected end of pattern".into(), 0));
                    };
                    return Err(
                        src.error(format!("unknown extension ?P{}", t2.text()), t2.len() + 2)
                    );
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(
                            src.error("missing ), unterminated comment".into(), src.tell() - start)
                        );
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = c;
                let mut behind = false;
                let mut saved_lb = None;
                if c == '<' {
                    let Some(t2) = src.get()? else {
                        return Err(src.error("unexpected end of pattern".into(), 0));
                    };
                    if !(t2.is('=') || t2.is('!')) {
                        return Err(
                            src.error(format!("unknown extension ?<{}", t2.text()), t2.len() + 2)
                        );
                    }
                    kind = ch(t2.c);
                    behind = true;
                    saved_lb = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(src, state, *verbose, nested + 1)?;
                if let Some(None) = saved_lb {
                    state.lookbehind_groups = None;
                }
                if !src.matches(')')? {
                    return Err(src.error(
                        "missing ), unterminated subpattern".into(),
                        src.tell() - start,
                    ));
                }
                return Ok(Some(Node::Assert {
                    negative: kind == '!',
                    behind,
                    body,
                }));
            }
            '(' => {
                let cond = src.getuntil(')', "group name")?;
                let cond_s = to_string(&cond);
                let group;
                if crate::objects::str::is_identifier(&cond_s) {
                    src.checkgroupname(&cond, 1)?;
                    group = match state.group_index(&cond_s) {
                        Some(g) => g,
                        None => {
                            return Err(src.error(
                                format!("unknown group name {}", py_repr(&cond)),
                                cond.len() + 1,
                            ));
                        }
                    };
                } else {
                    let bad = || {
                        src.error(
                            format!("bad character in group name {}", py_repr(&cond)),
                            cond.len() + 1,
                        )
                    };
                    let g = parse_int(&cond_s).ok_or_else(bad)?;
                    if g == 0 {
                        return Err(src.error("bad group number".into(), cond.len() + 1));
                    }
                    if g >= MAXGROUPS as u128 {
                        return Err(
                            src.error(format!("invalid group reference {g}"), cond.len() + 1)
                        );
                    }
                    group = g as usize;
                    if !state.grouprefpos.iter().any(|p| p.0 == group) {
                        state.grouprefpos.push((group, src.tell() - cond.len() - 1));
                    }
                }
                state.checklookbehindgroup(group, src)?;
                let yes = parse_seq(src, state, *verbose, nested + 1, false)?;
                let no = if src.matches('|')? {
                    let no = parse_seq(src, state, *verbose, nested + 1, false)?;
                    if src.next_is('|') {
                        return Err(
                            src.error("conditional backref with more than two branches".into(), 0)
                        );
                    }
                    Some(no)
                } else {
                    None
                };
                if !src.matches(')')? {
                    return Err(src.error(
                        "missing ), unterminated subpattern".into(),
                        src.tell() - start,
                    ));
                }
                return Ok(Some(Node::GroupRefExists { group, yes, no }));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            c if !t.esc && (is_flag(t.c) || c == '-') => match parse_flags(src, state, t.c)? {
                None => {
                    if !first || !seq.is_empty() {
                        return Err(src.error(
                            "global flags not at the start of the expression".into(),
                            src.tell() - start,
                        ));
                    }
                    *verbose = state.flags & flags::VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            },
            _ => {
                return Err(src.error(format!("unknown extension ?{}", t.text()), t.len() + 1));
            }
        }
    }
    let index = if capture {
        match state.opengroup(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let off = name.as_ref().map_or(0, |n| n.chars().count()) + 1;
                return Err(src.error(msg, off));
            }
        }
    } else {
        None
    };
    let sub_verbose = (*verbose || add & flags::VERBOSE != 0) && del & flags::VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(src.error(
            "missing ), unterminated subpattern".into(),
            src.tell() - start,
        ));
    }
    if let Some(g) = index {
        state.widths[g] = Some(width(&body, &state.widths));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        index,
        add,
        del,
        body,
    }))
}

fn parse_int(s: &str) -> Option<u128> {
    // Python's int(): optional sign, digits (underscores between digits), spaces.
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: u128 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(10).or_else(|| {
            crate::objects::str::is_decimal(c)
                .then(|| unicode_digit_value(c))
                .flatten()
        })?;
        v = v.saturating_mul(10).saturating_add(d as u128);
    }
    if neg && v != 0 {
        return None;
    }
    Some(v)
}

/// The value of a non-ASCII decimal digit (decimal digits come in runs of ten
/// starting at a code point whose value is 0 mod 16 or so; search back).
fn unicode_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let mut zero = cp;
    let mut n = 0;
    while n < 10 {
        let Some(p) = zero.checked_sub(1).and_then(char::from_u32) else {
            break;
        };
        if !crate::objects::str::is_decimal(p) {
            break;
        }
        zero -= 1;
        n += 1;
    }
    Some((cp - zero) % 10)
}

fn is_flag(c: u32) -> bool {
    flag_of(c).is_some()
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => flags::IGNORECASE,
        'L' => flags::LOCALE,
        'm' => flags::MULTILINE,
        's' => flags::DOTALL,
        'x' => flags::VERBOSE,
        'a' => flags::ASCII,
        't' => flags::TEMPLATE,
        'u' => flags::UNICODE,
        _ => return None,
    })
}

fn is_alpha(c: u32) -> bool {
    char::from_u32(c).is_some_and(crate::objects::str::is_alpha)
}

/// Inline flags after `(?`: `None` for global flags `(?imsx)`, otherwise
/// the flags turned on and off by a scoped group `(?i-m:...)`.
fn parse_flags(
    src: &mut Tokenizer,
    state: &mut State,
    c0: u32,
) -> Result<Option<(u32, u32)>, Error> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut c = Some(Tok { c: c0, esc: false });
    if c0 != '-' as u32 {
        loop {
            let t = c.unwrap_or(Tok { c: 0, esc: false });
            let flag = flag_of(t.c).unwrap_or(0);
            if src.istext {
                if t.c == 'L' as u32 {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern".into(),
                        0,
                    ));
                }
            } else if t.c == 'u' as u32 {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern".into(),
                    0,
                ));
            }
            add |= flag;
            if flag & flags::TYPE_FLAGS != 0 && add & flags::TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(),
                    0,
                ));
            }
            c = src.get()?;
            let Some(t) = c else {
                return Err(src.error("missing -, : or )".into(), 0));
            };
            if t.is(')') || t.is('-') || t.is(':') {
                break;
            }
            if t.esc || !is_flag(t.c) {
                let msg = if !t.esc && is_alpha(t.c) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg.into(), t.len()));
            }
        }
    }
    let t = c.unwrap_or(Tok { c: 0, esc: false });
    if t.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & flags::GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag".into(), 1));
    }
    if t.is('-') {
        c = src.get()?;
        let Some(t) = c else {
            return Err(src.error("missing flag".into(), 0));
        };
        if t.esc || !is_flag(t.c) {
            let msg = if !t.esc && is_alpha(t.c) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg.into(), t.len()));
        }
        loop {
            let t = c.unwrap_or(Tok { c: 0, esc: false });
            let flag = flag_of(t.c).unwrap_or(0);
            if flag & flags::TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'".into(),
                    0,
                ));
            }
            del |= flag;
            c = src.get()?;
            let Some(t) = c else {
                return Err(src.error("missing :".into(), 0));
            };
            if t.is(':') {
                break;
            }
            if t.esc || !is_flag(t.c) {
                let msg = if !t.esc && is_alpha(t.c) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg.into(), t.len()));
            }
        }
    }
    if del & flags::GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag".into(), 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off".into(), 1));
    }
    Ok(Some((add, del)))
}

/// Checks the flags against the pattern type and adds UNICODE for str
/// patterns without ASCII (CPython's `fix_flags`).
pub fn fix_flags(istext: bool, mut f: u32) -> Result<u32, Error> {
    if istext {
        if f & flags::LOCALE != 0 {
            return Err(Error::value("cannot use LOCALE flag with a str pattern"));
        }
        if f & flags::ASCII == 0 {
            f |= flags::UNICODE;
        } else if f & flags::UNICODE != 0 {
            return Err(Error::value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if f & flags::UNICODE != 0 {
            return Err(Error::value("cannot use UNICODE flag with a bytes pattern"));
        }
        if f & flags::LOCALE != 0 && f & flags::ASCII != 0 {
            return Err(Error::value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(f)
}

/// Parses a pattern (code points; bytes as Latin-1) with the given flags.
pub fn parse(pattern: &[u32], istext: bool, flags_in: u32) -> Result<Parsed, Error> {
    let mut src = Tokenizer::new(pattern, istext)?;
    let mut state = State {
        flags: flags_in,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
    };
    let nodes = parse_sub(&mut src, &mut state, flags_in & flags::VERBOSE != 0, 0)?;
    let f = fix_flags(istext, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis".into(), 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return Err(Error::at(format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed {
        nodes,
        flags: f,
        groups: state.groups() - 1,
        names: state.names,
        group_widths: state.widths,
    })
}

// --- Replacement templates ---

/// A piece of a parsed `sub` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateItem {
    Literal(Vec<u32>),
    Group(usize),
}

/// Why a template is bad: an `re.error`, or the IndexError CPython raises
/// for an unknown group name.
#[derive(Debug)]
pub enum TemplateError {
    Error(Error),
    UnknownName(String),
}

impl From<Error> for TemplateError {
    fn from(e: Error) -> TemplateError {
        TemplateError::Error(e)
    }
}

/// Parses a replacement template (CPython's `parse_template`).
pub fn parse_template(
    source: &[u32],
    istext: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<TemplateItem>, TemplateError> {
    let mut s = Tokenizer::new(source, istext)?;
    let mut items: Vec<TemplateItem> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group = |items: &mut Vec<TemplateItem>,
                     lit: &mut Vec<u32>,
                     s: &Tokenizer,
                     index: usize,
                     off: usize|
     -> Result<(), Error> {
        if index > groups {
            return Err(s.error(format!("invalid group reference {index}"), off));
        }
        if !lit.is_empty() {
            items.push(TemplateItem::Literal(std::mem::take(lit)));
        }
        items.push(TemplateItem::Group(index));
        Ok(())
    };
    while let Some(this) = s.get()? {
        if !this.esc {
            lit.push(this.c);
            continue;
        }
        let c = ch(this.c);
        if c == 'g' {
            if !s.matches('<')? {
                return Err(s.error("missing <".into(), 0).into());
            }
            let name = s.getuntil('>', "group name")?;
            let name_s = to_string(&name);
            let index = if crate::objects::str::is_identifier(&name_s) {
                s.checkgroupname(&name, 1)?;
                match names.iter().find(|(n, _)| *n == name_s) {
                    Some(&(_, g)) => g,
                    None => {
                        return Err(TemplateError::UnknownName(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )));
                    }
                }
            } else {
                let g = parse_int(&name_s).ok_or_else(|| {
                    s.error(
                        format!("bad character in group name {}", py_repr(&name)),
                        name.len() + 1,
                    )
                })?;
                if g >= MAXGROUPS as u128 {
                    return Err(s
                        .error(format!("invalid group reference {g}"), name.len() + 1)
                        .into());
                }
                g as usize
            };
            add_group(&mut items, &mut lit, &s, index, name.len() + 1)?;
        } else if c == '0' {
            let mut v = 0u32;
            for _ in 0..2 {
                if s.next_plain_in(is_octdigit) {
                    let d = s.get()?.map_or(0, |t| t.c);
                    v = v * 8 + (d - '0' as u32);
                }
            }
            lit.push(v & 0xff);
        } else if is_digit(this.c) {
            let mut digits = vec![this.c];
            let mut isoctal = false;
            if s.next_plain_in(is_digit) {
                let d = s.get()?.map_or(0, |t| t.c);
                digits.push(d);
                if is_octdigit(digits[0]) && is_octdigit(digits[1]) && s.next_plain_in(is_octdigit)
                {
                    let d = s.get()?.map_or(0, |t| t.c);
                    digits.push(d);
                    isoctal = true;
                    let v = digits.iter().fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
                    if v > 0o377 {
                        return Err(s
                            .error(
                                format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    to_string(&digits)
                                ),
                                digits.len() + 1,
                            )
                            .into());
                    }
                    lit.push(v);
                }
            }
            if !isoctal {
                let g = digits
                    .iter()
                    .fold(0usize, |a, &d| a * 10 + (d - '0' as u32) as usize);
                add_group(&mut items, &mut lit, &s, g, digits.len())?;
            }
        } else if let Some(v) = escape_code(this.c) {
            lit.push(v);
        } else {
            if is_ascii_letter(this.c) {
                return Err(s.error(format!("bad escape {}", this.text()), 2).into());
            }
            lit.push('\\' as u32);
            lit.push(this.c);
        }
    }
    if !lit.is_empty() {
        items.push(TemplateItem::Literal(lit));
    }
    Ok(items)
}

// --- Tests ---

#[cfg(test)]
mod tests {
    use super::*;

    fn cp(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }
    fn err(p: &str) -> (String, Option<usize>) {
        match parse(&cp(p), true, 0) {
            Ok(_) => panic!("{p:?} parsed"),
            Err(e) => (e.msg, e.pos),
        }
    }

    #[test]
    fn literals_and_repeats() {
        let p = parse(&cp("ab*"), true, 0).expect("parses");
        assert_eq!(p.nodes.len(), 2);
        assert_eq!(p.nodes[0], Node::Literal('a' as u32));
        assert!(matches!(
            p.nodes[1],
            Node::Repeat {
                min: 0,
                max: MAXREPEAT,
                kind: RepeatKind::Greedy,
                ..
            }
        ));
        assert_eq!(p.flags, flags::UNICODE);
    }

    #[test]
    fn groups_and_names() {
        let p = parse(&cp("(?P<x>a)(b)(?:c)"), true, 0).expect("parses");
        assert_eq!(p.groups, 2);
        assert_eq!(p.names, vec![("x".to_string(), 1)]);
    }

    #[test]
    fn error_messages() {
        assert_eq!(
            err("("),
            ("missing ), unterminated subpattern".into(), Some(0))
        );
        assert_eq!(err("*"), ("nothing to repeat".into(), Some(0)));
        assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
        assert_eq!(err("\\q"), ("bad escape \\q".into(), Some(0)));
        assert_eq!(err("a)"), ("unbalanced parenthesis".into(), Some(1)));
        assert_eq!(err("[b-a]"), ("bad character range b-a".into(), Some(1)));
        assert_eq!(err("(?i"), ("missing -, : or )".into(), Some(3)));
        assert_eq!(
            err("x(?i)y"),
            (
                "global flags not at the start of the expression".into(),
                Some(1)
            )
        );
        assert_eq!(err("(a)\\2"), ("invalid group reference 2".into(), Some(4)));
    }

    #[test]
    fn templates() {
        let t = parse_template(&cp("a\\1\\g<x>b"), true, 1, &[("x".into(), 1)]).expect("parses");
        assert_eq!(
            t,
            vec![
                TemplateItem::Literal(vec!['a' as u32]),
                TemplateItem::Group(1),
                TemplateItem::Group(1),
                TemplateItem::Literal(vec!['b' as u32]),
            ]
        );
    }
}
