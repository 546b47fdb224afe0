//! Node tree → program.
//!
//! Flags are resolved here, per node, as CPython's `_compiler.py` resolves
//! them: scoped flags `(?i:...)` combine with the pattern's; IGNORECASE
//! turns a cased literal into a "lower(ch) == c" test (or, when the
//! character has extra equivalents such as 'i' and 'ı', into a small set);
//! a set under IGNORECASE is closed under simple lower-casing plus the
//! extra equivalences and then tested on lower(ch); `^`/`$` become line
//! anchors under MULTILINE; `\d`, `\s`, `\w`, `\b` are Unicode for str
//! patterns and ASCII with the ASCII flag or for bytes.
//!
//! The program is a vector of instructions; jumps are absolute indices.
//! Repeats of one single-character item compile to one `RepeatOne`
//! instruction; other repeats to a `RepeatStart` … body … `Until` loop (or
//! the possessive `PossStart`/`PossIter`/`PossEnd`); atomic groups and
//! lookarounds bracket their bodies with start/end instructions whose
//! barrier frames the matcher uses to cut backtracking.
use super::casemap;
use super::parse::{At, Category, Node, Parsed, RepeatKind, SetItem, width};
use super::{Error, flags};

// --- Character predicates ---

/// `\n` is the only line break in SRE.
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    c == 10
}

fn uni(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn uni_is_digit(c: u32) -> bool {
    if c < 128 {
        return (48..=57).contains(&c);
    }
    uni(c).is_some_and(crate::objects::str::is_decimal)
}
pub fn uni_is_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 28..=32);
    }
    uni(c).is_some_and(crate::objects::str::is_space)
}
pub fn uni_is_word(c: u32) -> bool {
    if c < 128 {
        return ascii_is_word(c);
    }
    uni(c).is_some_and(|c| {
        use crate::objects::str::{is_alpha, is_decimal, is_digit, is_numeric};
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    })
}
pub fn ascii_is_digit(c: u32) -> bool {
    (48..=57).contains(&c)
}
pub fn ascii_is_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}
pub fn ascii_is_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == 95)
}

#[inline]
pub fn ascii_lower(c: u32) -> u32 {
    if (65..=90).contains(&c) { c + 32 } else { c }
}

/// The simple lower-case mapping (`_sre.unicode_tolower`).
#[inline]
pub fn uni_lower(c: u32) -> u32 {
    if c < 128 {
        return ascii_lower(c);
    }
    match casemap::LOWER.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => casemap::LOWER[i].1,
        Err(_) => c,
    }
}

/// The simple upper case, for the characters where SRE needs it (non-BMP).
fn uni_upper_astral(c: u32) -> u32 {
    match casemap::UPPER_ASTRAL.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => casemap::UPPER_ASTRAL[i].1,
        Err(_) => c,
    }
}

fn uni_is_cased(c: u32) -> bool {
    in_ranges(casemap::CASED, c)
}

fn ascii_is_cased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn extra_cases(c: u32) -> &'static [u32] {
    match casemap::EXTRA.binary_search_by_key(&c, |p| p.0) {
        Ok(i) => casemap::EXTRA[i].1,
        Err(_) => &[],
    }
}

fn in_ranges(t: &[(u32, u32)], c: u32) -> bool {
    t.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

// --- Instructions ---

/// How characters are folded before a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Ascii,
    Unicode,
}

impl Fold {
    #[inline]
    pub fn lower(self, c: u32) -> u32 {
        match self {
            Fold::Ascii => ascii_lower(c),
            Fold::Unicode => uni_lower(c),
        }
    }
}

/// A resolved category test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cat {
    pub cat: Category,
    pub unicode: bool,
}

impl Cat {
    pub fn test(self, c: u32) -> bool {
        let (f, neg): (fn(u32) -> bool, bool) = match (self.cat, self.unicode) {
            (Category::Digit, true) => (uni_is_digit, false),
            (Category::NotDigit, true) => (uni_is_digit, true),
            (Category::Space, true) => (uni_is_space, false),
            (Category::NotSpace, true) => (uni_is_space, true),
            (Category::Word, true) => (uni_is_word, false),
            (Category::NotWord, true) => (uni_is_word, true),
            (Category::Digit, false) => (ascii_is_digit, false),
            (Category::NotDigit, false) => (ascii_is_digit, true),
            (Category::Space, false) => (ascii_is_space, false),
            (Category::NotSpace, false) => (ascii_is_space, true),
            (Category::Word, false) => (ascii_is_word, false),
            (Category::NotWord, false) => (ascii_is_word, true),
        };
        f(c) != neg
    }
}

/// A compiled character set.  `fold`: the character is lower-cased before
/// the test (CPython's IN_IGNORE / IN_UNI_IGNORE).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub fold: Option<Fold>,
    /// Sorted, merged ranges.
    pub ranges: Vec<(u32, u32)>,
    /// Ranges tested on the character and on its upper case (RANGE_UNI_IGNORE).
    pub uni_ignore: Vec<(u32, u32)>,
    pub cats: Vec<Cat>,
    /// Membership of the 128 ASCII characters, all of the above applied.
    pub ascii: u128,
}

impl CharSet {
    fn test_slow(&self, ch: u32) -> bool {
        let c = match self.fold {
            Some(f) => f.lower(ch),
            None => ch,
        };
        let hit = in_ranges(&self.ranges, c)
            || self.cats.iter().any(|k| k.test(c))
            || self.uni_ignore.iter().any(|&(lo, hi)| {
                (lo..=hi).contains(&c) || (lo..=hi).contains(&uni_upper_astral(c))
            });
        hit != self.negate
    }
    #[inline]
    pub fn test(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii >> c & 1 != 0;
        }
        self.test_slow(c)
    }
}

/// A single-character test.
#[derive(Clone, Debug)]
pub enum Unit {
    Char(u32),
    NotChar(u32),
    /// fold(ch) == c
    CharFold(u32, Fold),
    NotCharFold(u32, Fold),
    /// Any character but `\n`.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl Unit {
    #[inline]
    pub fn test(&self, c: u32) -> bool {
        match self {
            Unit::Char(x) => c == *x,
            Unit::NotChar(x) => c != *x,
            Unit::CharFold(x, f) => f.lower(c) == *x,
            Unit::NotCharFold(x, f) => f.lower(c) != *x,
            Unit::Any => !is_linebreak(c),
            Unit::AnyAll => true,
            Unit::Set(s) => s.test(c),
        }
    }
}

/// A resolved position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtKind {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary { unicode: bool },
    NonBoundary { unicode: bool },
}

#[derive(Clone, Debug)]
pub enum Inst {
    Unit(Unit),
    At(AtKind),
    /// Try the next instruction; on failure resume at `.0`.
    Split(usize),
    Jmp(usize),
    /// Records the position in capture slot `.0` (group g: 2g start, 2g+1 end).
    Mark(usize),
    /// A repeat of one single-character item; the tail follows.
    RepeatOne {
        unit: Unit,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    /// Starts repeat `r` (counter -1) and jumps to its `Until`.
    RepeatStart {
        r: usize,
        until: usize,
    },
    /// End of an iteration of repeat `r`; the tail follows.
    Until {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        body: usize,
    },
    /// Starts possessive repeat `r`; `PossIter` follows.
    PossStart {
        r: usize,
    },
    /// Decides whether to run another (atomic) iteration, at `pc + 1`.
    PossIter {
        r: usize,
        min: u32,
        max: u32,
        exit: usize,
    },
    /// End of a possessive iteration: cut, count, back to `iter`.
    PossEnd {
        r: usize,
        iter: usize,
    },
    AtomicStart,
    AtomicEnd,
    /// A lookaround whose body follows; `end` is the instruction after its `LookEnd`.
    Look {
        negative: bool,
        behind: usize,
        end: usize,
    },
    LookEnd {
        negative: bool,
    },
    GroupRef {
        group: usize,
        fold: Option<Fold>,
    },
    /// Continue if `group` matched, else jump to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled pattern.
pub struct Program {
    pub insts: Vec<Inst>,
    /// Number of repeat counters.
    pub nreps: usize,
    /// Number of capture slots (2 × (groups + 1)).
    pub nslots: usize,
    /// The pattern starts with `^`/`\A` (not MULTILINE): search tries `start` only.
    pub anchored: bool,
    /// A test every match's first character passes, for skipping in search.
    pub first: Option<Unit>,
}

// --- Compilation ---

struct Compiler<'a> {
    insts: Vec<Inst>,
    nreps: usize,
    istext: bool,
    group_widths: &'a [Option<(u64, u64)>],
}

fn combine_flags(f: u32, add: u32, del: u32) -> u32 {
    let mut f = f;
    if add & flags::TYPE_FLAGS != 0 {
        f &= !flags::TYPE_FLAGS;
    }
    (f | add) & !del
}

/// The folding in effect, if IGNORECASE is on.
fn fold_of(f: u32) -> Option<Fold> {
    if f & flags::IGNORECASE == 0 {
        None
    } else if f & flags::UNICODE != 0 {
        Some(Fold::Unicode)
    } else {
        Some(Fold::Ascii)
    }
}

fn is_cased(fold: Fold, c: u32) -> bool {
    match fold {
        Fold::Ascii => ascii_is_cased(c),
        Fold::Unicode => uni_is_cased(c),
    }
}

/// Sorted merged ranges from a list of ranges.
fn merge(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
    for (lo, hi) in v {
        if let Some(last) = out.last_mut()
            && lo <= last.1.saturating_add(1)
        {
            last.1 = last.1.max(hi);
            continue;
        }
        out.push((lo, hi));
    }
    out
}

/// Builds a set (CPython's `_optimize_charset` semantics: under IGNORECASE
/// the BMP members are replaced by their lower cases and equivalents; non-BMP
/// members are kept as they are, ranges of them tested with upper case too).
/// Returns the set and whether it involves cased characters.
fn build_set(items: &[SetItem], f: u32) -> (CharSet, bool) {
    let fold = fold_of(f);
    let unicode = f & flags::UNICODE != 0;
    let mut negate = false;
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    let mut uni_ignore = Vec::new();
    let mut cats = Vec::new();
    let mut hascased = false;
    let add_folded = |ranges: &mut Vec<(u32, u32)>, lo: u32| {
        ranges.push((lo, lo));
        if fold == Some(Fold::Unicode) {
            for &k in extra_cases(lo) {
                ranges.push((k, k));
            }
        }
    };
    for it in items {
        match *it {
            SetItem::Negate => negate = true,
            SetItem::Literal(c) => match fold {
                Some(fl) => {
                    let lo = fl.lower(c);
                    if lo > 0xffff {
                        ranges.push((c, c));
                        hascased = true;
                    } else {
                        add_folded(&mut ranges, lo);
                        hascased |= is_cased(fl, c);
                    }
                }
                None => ranges.push((c, c)),
            },
            SetItem::Range(a, b) => match fold {
                Some(fl) => {
                    let top = b.min(0xffff);
                    if a <= top {
                        for i in a..=top {
                            add_folded(&mut ranges, fl.lower(i));
                        }
                    }
                    if b > 0xffff {
                        hascased = true;
                        uni_ignore.push((a, b));
                    } else if !hascased {
                        hascased = (a..=b).any(|i| is_cased(fl, i));
                    }
                }
                None => ranges.push((a, b)),
            },
            SetItem::Category(cat) => cats.push(Cat { cat, unicode }),
        }
    }
    let mut set = CharSet {
        negate,
        fold: if hascased { fold } else { None },
        ranges: merge(ranges),
        uni_ignore,
        cats,
        ascii: 0,
    };
    let mut bits = 0u128;
    for c in 0..128u32 {
        if set.test_slow(c) {
            bits |= 1 << c;
        }
    }
    set.ascii = bits;
    (set, hascased)
}

/// A body that is one single-character item (CPython's `_simple`), with
/// the flags it is compiled under.
fn simple(body: &[Node], f: u32) -> Option<(&Node, u32)> {
    if body.len() != 1 {
        return None;
    }
    match &body[0] {
        Node::Group {
            index: None,
            add,
            del,
            body,
        } => simple(body, combine_flags(f, *add, *del)),
        n @ (Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_)) => Some((n, f)),
        _ => None,
    }
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn here(&self) -> usize {
        self.insts.len()
    }

    fn unit(&self, n: &Node, f: u32) -> Unit {
        let fold = fold_of(f);
        match *n {
            Node::Literal(c) | Node::NotLiteral(c) => {
                let not = matches!(n, Node::NotLiteral(_));
                match fold {
                    Some(fl) if is_cased(fl, c) => {
                        let lo = fl.lower(c);
                        if fl == Fold::Unicode && !extra_cases(lo).is_empty() {
                            let mut items = Vec::new();
                            if not {
                                items.push(SetItem::Negate);
                            }
                            items.push(SetItem::Literal(lo));
                            for &k in extra_cases(lo) {
                                items.push(SetItem::Literal(k));
                            }
                            // Members are already lower case: build without
                            // folding, then test on the folded character.
                            let (mut set, _) = build_set(&items, f & !flags::IGNORECASE);
                            set.fold = Some(fl);
                            let mut bits = 0u128;
                            for c in 0..128u32 {
                                if set.test_slow(c) {
                                    bits |= 1 << c;
                                }
                            }
                            set.ascii = bits;
                            Unit::Set(Box::new(set))
                        } else if not {
                            Unit::NotCharFold(lo, fl)
                        } else {
                            Unit::CharFold(lo, fl)
                        }
                    }
                    _ => {
                        if not {
                            Unit::NotChar(c)
                        } else {
                            Unit::Char(c)
                        }
                    }
                }
            }
            Node::Any => {
                if f & flags::DOTALL != 0 {
                    Unit::AnyAll
                } else {
                    Unit::Any
                }
            }
            Node::In(ref items) => Unit::Set(Box::new(build_set(items, f).0)),
            _ => Unit::AnyAll,
        }
    }

    fn seq(&mut self, nodes: &[Node], f: u32) -> Result<(), Error> {
        for n in nodes {
            self.node(n, f)?;
        }
        Ok(())
    }

    fn node(&mut self, n: &Node, f: u32) -> Result<(), Error> {
        match n {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => {
                let u = self.unit(n, f);
                self.emit(Inst::Unit(u));
            }
            Node::At(a) => {
                let multi = f & flags::MULTILINE != 0;
                let unicode = f & flags::UNICODE != 0;
                let k = match a {
                    At::Beginning if multi => AtKind::BeginningLine,
                    At::Beginning | At::BeginningString => AtKind::Beginning,
                    At::End if multi => AtKind::EndLine,
                    At::End => AtKind::End,
                    At::EndString => AtKind::EndString,
                    At::Boundary => AtKind::Boundary { unicode },
                    At::NonBoundary => AtKind::NonBoundary { unicode },
                };
                self.emit(Inst::At(k));
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    let last = i + 1 == alts.len();
                    let split = if last {
                        None
                    } else {
                        Some(self.emit(Inst::Split(0)))
                    };
                    self.seq(alt, f)?;
                    if !last {
                        jumps.push(self.emit(Inst::Jmp(0)));
                    }
                    if let Some(s) = split {
                        let h = self.here();
                        self.insts[s] = Inst::Split(h);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => {
                if let Some((item, f2)) = simple(body, f) {
                    let unit = self.unit(item, f2);
                    self.emit(Inst::RepeatOne {
                        unit,
                        min: *min,
                        max: *max,
                        kind: *kind,
                    });
                    return Ok(());
                }
                let r = self.nreps;
                self.nreps += 1;
                if *kind == RepeatKind::Possessive {
                    self.emit(Inst::PossStart { r });
                    let iter = self.emit(Inst::PossIter {
                        r,
                        min: *min,
                        max: *max,
                        exit: 0,
                    });
                    self.seq(body, f)?;
                    self.emit(Inst::PossEnd { r, iter });
                    let exit = self.here();
                    self.insts[iter] = Inst::PossIter {
                        r,
                        min: *min,
                        max: *max,
                        exit,
                    };
                } else {
                    let start = self.emit(Inst::RepeatStart { r, until: 0 });
                    let body_pc = self.here();
                    self.seq(body, f)?;
                    let until = self.emit(Inst::Until {
                        r,
                        min: *min,
                        max: *max,
                        lazy: *kind == RepeatKind::Lazy,
                        body: body_pc,
                    });
                    self.insts[start] = Inst::RepeatStart { r, until };
                }
            }
            Node::Group {
                index,
                add,
                del,
                body,
            } => {
                let f2 = combine_flags(f, *add, *del);
                if let Some(g) = index {
                    self.emit(Inst::Mark(2 * g));
                    self.seq(body, f2)?;
                    self.emit(Inst::Mark(2 * g + 1));
                } else {
                    self.seq(body, f2)?;
                }
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, f)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Assert {
                negative,
                behind,
                body,
            } => {
                let back = if *behind {
                    let (lo, hi) = width(body, self.group_widths);
                    if lo != hi {
                        return Err(Error::plain("look-behind requires fixed-width pattern"));
                    }
                    lo as usize
                } else {
                    0
                };
                let at = self.emit(Inst::Look {
                    negative: *negative,
                    behind: back,
                    end: 0,
                });
                self.seq(body, f)?;
                self.emit(Inst::LookEnd {
                    negative: *negative,
                });
                let end = self.here();
                self.insts[at] = Inst::Look {
                    negative: *negative,
                    behind: back,
                    end,
                };
            }
            Node::GroupRef(g) => {
                self.emit(Inst::GroupRef {
                    group: *g,
                    fold: fold_of(f),
                });
            }
            Node::GroupRefExists { group, yes, no } => {
                let at = self.emit(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.seq(yes, f)?;
                let no_pc;
                if let Some(no) = no {
                    let j = self.emit(Inst::Jmp(0));
                    no_pc = self.here();
                    self.seq(no, f)?;
                    let end = self.here();
                    self.insts[j] = Inst::Jmp(end);
                } else {
                    no_pc = self.here();
                }
                self.insts[at] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
            }
        }
        Ok(())
    }
}

/// A unit every match's first character must pass, from the program start.
fn first_unit(insts: &[Inst]) -> Option<Unit> {
    for i in insts {
        match i {
            Inst::Mark(_) => continue,
            Inst::Unit(u) => return Some(u.clone()),
            Inst::RepeatOne { unit, min, .. } if *min > 0 => return Some(unit.clone()),
            _ => return None,
        }
    }
    None
}

/// Compiles a parsed pattern.
pub fn compile(p: &Parsed, istext: bool) -> Result<Program, Error> {
    let mut c = Compiler {
        insts: Vec::new(),
        nreps: 0,
        istext,
        group_widths: &p.group_widths,
    };
    let _ = c.istext;
    c.seq(&p.nodes, p.flags)?;
    c.emit(Inst::Match);
    let anchored = matches!(c.insts.first(), Some(Inst::At(AtKind::Beginning)));
    let first = first_unit(&c.insts);
    Ok(Program {
        nreps: c.nreps,
        nslots: 2 * (p.groups + 1),
        anchored,
        first,
        insts: c.insts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_tables() {
        assert_eq!(uni_lower('A' as u32), 'a' as u32);
        assert_eq!(uni_lower(0x130), 'i' as u32);
        assert_eq!(uni_lower(0x212a), 'k' as u32);
        assert!(uni_is_cased('a' as u32));
        assert!(!uni_is_cased('1' as u32));
        assert_eq!(extra_cases('s' as u32), &[0x17f]);
    }

    #[test]
    fn categories() {
        assert!(uni_is_digit(0x663)); // ARABIC-INDIC DIGIT THREE
        assert!(!ascii_is_digit(0x663));
        assert!(uni_is_word('é' as u32));
        assert!(!ascii_is_word('é' as u32));
        assert!(uni_is_space(0x2003));
    }

    #[test]
    fn ignorecase_set_is_closed() {
        let (s, cased) = build_set(
            &[SetItem::Range('a' as u32, 'z' as u32)],
            flags::IGNORECASE | flags::UNICODE,
        );
        assert!(cased);
        assert!(s.test('Q' as u32));
        assert!(s.test(0x212a)); // KELVIN SIGN lowers to 'k'
        assert!(s.test(0x17f)); // LONG S is equivalent to 's'
    }
}
