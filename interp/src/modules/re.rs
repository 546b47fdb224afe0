//! `_re`: the native half of `re` — `Pattern` and `Match` objects over the
//! engine in `crate::regex`.
//!
//! `lib/re.py` holds the Python half (flags, `re.error`, module functions,
//! the pattern cache) and stores the `error` class into this module as
//! `_re.error`; compile errors are raised by calling it with
//! `(msg, pattern, pos)`, as CPython's `_parser` does.
//!
//! A subject is read once per call: an ASCII str as its bytes (no copy), a
//! non-ASCII str as a vector of code points, bytes and bytearray as bytes.
//! `Match` objects keep the subject value and code-point spans and slice
//! the subject again when a group is asked for.  The iteration protocol of
//! `findall`/`finditer`/`split`/`sub` is CPython's: after an empty match the
//! next search starts at the same position but must not match empty there
//! (Python 3.7+ semantics).
//!
//! `finditer` returns a lazy iterator (`callable_iterator`, as in CPython)
//! that keeps the decoded subject and searches on at each `__next__`.
use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::bytes::{ByteArray, Bytes, new_bytes};
use crate::objects::dict;
use crate::objects::function::Binding;
use crate::objects::module::Module;
use crate::objects::str::{Str, as_str};
use crate::objects::type_::{TypeObj, new_builtin_type, set_attr_str, type_name, type_of};
use crate::objects::{add_fn, add_methods};
use crate::ops;
use crate::regex::parse::{TemplateError, TemplateItem, parse_template};
use crate::regex::{Captures, Error, ErrorKind, Mode, Regex, flags};
use crate::runtime::{Args, Exc, PyResult, TempVec, Thread, g, types};
use crate::value::Value;

// --- Payloads ---

pub struct PatternObj {
    re: Regex,
    /// The pattern as given (str or bytes).
    pattern: Value,
}

impl PyPayload for PatternObj {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.pattern.bits());
    }
}

pub struct MatchObj {
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// Span of each group, `None` when it did not take part.
    spans: Vec<Option<(usize, usize)>>,
    lastindex: Option<usize>,
}

impl PyPayload for MatchObj {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.pattern.bits());
        t.mark(self.string.bits());
    }
}

/// The iterator `finditer` returns: the subject is read once, and each
/// `__next__` searches on from where the previous match ended.
pub struct MatchIter {
    pattern: Value,
    string: Value,
    /// Read from `string`, which this object keeps alive.
    subject: Subject,
    endpos: usize,
    pos: usize,
    /// (next search start, must it advance, exhausted)
    state: PyCell<(usize, bool, bool)>,
}

impl PyPayload for MatchIter {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.pattern.bits());
        t.mark(self.string.bits());
    }
}

static PATTERN_TYPE: AtomicU64 = AtomicU64::new(0);
static ITER_TYPE: AtomicU64 = AtomicU64::new(0);
static MATCH_TYPE: AtomicU64 = AtomicU64::new(0);

fn is_type(v: Value, bits: &AtomicU64) -> bool {
    v.is_kind(Kind::Native) && type_of(v).value().bits() == bits.load(Ordering::Relaxed)
}

fn pattern_of(th: &Thread, v: Value) -> PyResult<Gc<PatternObj>> {
    if is_type(v, &PATTERN_TYPE) {
        return Ok(v.as_gc_unchecked());
    }
    Err(th.type_error(format!(
        "descriptor requires a 're.Pattern' object but received a '{}'",
        type_name(v)
    )))
}

fn match_of(th: &Thread, v: Value) -> PyResult<Gc<MatchObj>> {
    if is_type(v, &MATCH_TYPE) {
        return Ok(v.as_gc_unchecked());
    }
    Err(th.type_error(format!(
        "descriptor requires a 're.Match' object but received a '{}'",
        type_name(v)
    )))
}

// --- Subjects ---

#[derive(Clone, Copy, PartialEq, Eq)]
enum SubjKind {
    Str,
    Bytes,
    ByteArray,
}

enum Text {
    Narrow(Cow<'static, [u8]>),
    Wide(Vec<u32>),
}

struct Subject {
    text: Text,
    kind: SubjKind,
}

impl Subject {
    fn len(&self) -> usize {
        match &self.text {
            Text::Narrow(b) => b.len(),
            Text::Wide(w) => w.len(),
        }
    }

    fn exec(
        &self,
        re: &Regex,
        start: usize,
        end: usize,
        mode: Mode,
        adv: bool,
    ) -> Option<Captures> {
        match &self.text {
            Text::Narrow(b) => re.exec(&b[..], start, end, mode, adv),
            Text::Wide(w) => re.exec(&w[..], start, end, mode, adv),
        }
    }

    fn slice(&self, th: &Thread, s: usize, e: usize) -> Value {
        match (&self.text, self.kind) {
            (Text::Narrow(b), SubjKind::Str) => {
                th.new_str(std::str::from_utf8(&b[s..e]).unwrap_or(""))
            }
            (Text::Wide(w), _) => {
                let st: String = w[s..e]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect();
                th.new_string(st)
            }
            // Slices of bytes-like subjects are bytes, as in CPython.
            (Text::Narrow(b), _) => new_bytes(th, b[s..e].to_vec()),
        }
    }

    fn empty(&self, th: &Thread) -> Value {
        self.slice(th, 0, 0)
    }
}

/// Reads a subject, checking it against the pattern's type.
fn subject(th: &Thread, p: &PatternObj, v: Value) -> PyResult<Subject> {
    if let Some(s) = as_str(v) {
        if !p.re.istext {
            return Err(th.type_error("cannot use a bytes pattern on a string-like object".into()));
        }
        let text = if s.is_ascii() {
            Text::Narrow(Cow::Borrowed(s.as_bytes()))
        } else {
            Text::Wide(s.chars().map(|c| c as u32).collect())
        };
        return Ok(Subject {
            text,
            kind: SubjKind::Str,
        });
    }
    let kind = if v.downcast::<Bytes>().is_some() {
        SubjKind::Bytes
    } else if v.downcast::<ByteArray>().is_some() {
        SubjKind::ByteArray
    } else {
        return Err(th.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(v)
        )));
    };
    if p.re.istext {
        return Err(th.type_error("cannot use a string pattern on a bytes-like object".into()));
    }
    let b = crate::objects::bytes::bytes_data(v).unwrap_or_default();
    Ok(Subject {
        text: Text::Narrow(Cow::Owned(b)),
        kind,
    })
}

/// Slices a subject value again (for Match objects).
fn slice_value(th: &Thread, v: Value, s: usize, e: usize) -> Value {
    if let Some(st) = v.downcast::<Str>() {
        let a = st.byte_offset(s);
        let b = st.byte_offset(e);
        return th.new_str(&st.as_str()[a..b]);
    }
    if let Some(b) = v.downcast::<Bytes>() {
        return new_bytes(th, b.b[s.min(b.b.len())..e.min(b.b.len())].to_vec());
    }
    let data = crate::objects::bytes::bytes_data(v).unwrap_or_default();
    let n = data.len();
    new_bytes(th, data[s.min(n)..e.min(n)].to_vec())
}

// --- Errors ---

fn raise(th: &Thread, e: Error, pattern: Value) -> Exc {
    match e.kind {
        ErrorKind::OverflowError => th.overflow_error(e.msg),
        ErrorKind::ValueError => th.value_error(e.msg),
        ErrorKind::Re => re_error(th, &e.msg, pattern, e.pos),
    }
}

/// An instance of `re.error` (the class `lib/re.py` stored as `_re.error`).
fn re_error(th: &Thread, msg: &str, pattern: Value, pos: Option<usize>) -> Exc {
    let cls = dict::get_item(th, g().modules, th.new_str("_re"))
        .ok()
        .flatten()
        .and_then(|m| ops::getattr_str(th, m, "error").ok());
    let Some(cls) = cls else {
        return th.value_error(msg.to_string());
    };
    let m = th.new_str(msg);
    let (pat, p) = match pos {
        Some(p) => (pattern, th.new_int(p as i64)),
        None => (g().none, g().none),
    };
    match ops::call(th, cls, &[m, pat, p]) {
        Ok(v) => Exc(v),
        Err(e) => e,
    }
}

// --- Compiling ---

fn code_points(v: Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = as_str(v) {
        return Some((s.chars().map(|c| c as u32).collect(), true));
    }
    if v.downcast::<Bytes>().is_some() || v.downcast::<ByteArray>().is_some() {
        let b = crate::objects::bytes::bytes_data(v)?;
        return Some((b.into_iter().map(|c| c as u32).collect(), false));
    }
    None
}

/// `_re.compile(pattern, flags)`: no cache (that is in `lib/re.py`).
fn re_compile(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "compile", 1, 2)?;
    let pat = a.pos[0];
    let fl = match a.pos.get(1) {
        Some(&f) => ops::index_isize(th, f)? as i64,
        None => 0,
    };
    let Some((cps, istext)) = code_points(pat) else {
        return Err(th.type_error("first argument must be string or compiled pattern".into()));
    };
    let re = Regex::new(&cps, istext, fl as u32).map_err(|e| raise(th, e, pat))?;
    let t = pattern_type();
    Ok(th.alloc(t, PatternObj { re, pattern: pat }).value())
}

fn pattern_type() -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get("re.Pattern")
        .expect("re.Pattern is created with _re")
}
fn match_type() -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get("re.Match")
        .expect("re.Match is created with _re")
}

// --- Pattern methods ---

/// Clamps `pos`/`endpos` as CPython's `state_init` does.
fn bounds(th: &Thread, a: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: isize| -> usize { if v < 0 { 0 } else { (v as usize).min(len) } };
    let pos = match a.get(first, "pos") {
        Some(v) => clamp(ops::index_isize(th, v)?),
        None => 0,
    };
    let endpos = match a.get(first + 1, "endpos") {
        Some(v) => clamp(ops::index_isize(th, v)?),
        None => len,
    };
    Ok((pos, endpos))
}

fn new_match(
    th: &Thread,
    pat: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    c: &Captures,
    groups: usize,
) -> Value {
    let spans = (0..=groups).map(|g| c.span(g)).collect();
    th.alloc(
        match_type(),
        MatchObj {
            pattern: pat,
            string,
            pos,
            endpos,
            spans,
            lastindex: c.lastindex,
        },
    )
    .value()
}

fn string_arg(th: &Thread, a: &Args, fname: &str) -> PyResult<Value> {
    a.get(1, "string").ok_or_else(|| {
        th.type_error(format!(
            "{fname}() missing required argument 'string' (pos 1)"
        ))
    })
}

fn do_match(th: &Thread, a: Args, mode: Mode, fname: &str) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let s = string_arg(th, &a, fname)?;
    let subj = subject(th, &p, s)?;
    let (pos, endpos) = bounds(th, &a, 2, subj.len())?;
    match subj.exec(&p.re, pos, endpos, mode, false) {
        Some(c) => Ok(new_match(th, a.pos[0], s, pos, endpos, &c, p.re.groups)),
        None => Ok(g().none),
    }
}

fn pattern_match(th: &Thread, a: Args) -> PyResult<Value> {
    do_match(th, a, Mode::Match, "match")
}
fn pattern_fullmatch(th: &Thread, a: Args) -> PyResult<Value> {
    do_match(th, a, Mode::Full, "fullmatch")
}
fn pattern_search(th: &Thread, a: Args) -> PyResult<Value> {
    do_match(th, a, Mode::Search, "search")
}

/// Calls `f(captures)` for each successive match in `[pos, endpos)` with
/// CPython's empty-match rule; `f` returns false to stop.
fn each_match(
    re: &Regex,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    mut f: impl FnMut(&Captures) -> PyResult<bool>,
) -> PyResult<()> {
    let mut start = pos;
    let mut adv = false;
    while start <= endpos {
        let Some(c) = subj.exec(re, start, endpos, Mode::Search, adv) else {
            break;
        };
        let (b, e) = c.span(0).unwrap_or((start, start));
        if !f(&c)? {
            break;
        }
        adv = e == b;
        start = e;
    }
    Ok(())
}

fn pattern_findall(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let s = string_arg(th, &a, "findall")?;
    let subj = subject(th, &p, s)?;
    let (pos, endpos) = bounds(th, &a, 2, subj.len())?;
    let out = TempVec::new(th);
    let groups = p.re.groups;
    each_match(&p.re, &subj, pos, endpos, |c| {
        let item_of = |g: usize| match c.span(g) {
            Some((x, y)) => subj.slice(th, x, y),
            None => subj.empty(th),
        };
        let item = match groups {
            0 => item_of(0),
            1 => item_of(1),
            n => {
                let t = TempVec::new(th);
                for gi in 1..=n {
                    t.push(item_of(gi));
                }
                th.new_tuple(t.to_vec())
            }
        };
        out.push(item);
        Ok(true)
    })?;
    Ok(th.new_list(out.to_vec()))
}

fn pattern_finditer(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let s = string_arg(th, &a, "finditer")?;
    let subject = subject(th, &p, s)?;
    let (pos, endpos) = bounds(th, &a, 2, subject.len())?;
    let t = *types()
        .extra
        .borrow()
        .get("re.callable_iterator")
        .expect("the finditer iterator type is created with _re");
    let it = MatchIter {
        pattern: a.pos[0],
        string: s,
        subject,
        endpos,
        pos,
        state: PyCell::new((pos, false, false)),
    };
    Ok(th.alloc(t, it).value())
}

fn iter_of(th: &Thread, v: Value) -> PyResult<Gc<MatchIter>> {
    if is_type(v, &ITER_TYPE) {
        return Ok(v.as_gc_unchecked());
    }
    Err(th.type_error(format!(
        "descriptor requires a 'callable_iterator' object but received a '{}'",
        type_name(v)
    )))
}

fn match_iter_next(th: &Thread, a: Args) -> PyResult<Value> {
    let it = iter_of(th, a.pos[0])?;
    let (start, adv, done) = *it.state.borrow();
    if done || start > it.endpos {
        return Err(th.stop_iteration(Value::NULL));
    }
    let p: Gc<PatternObj> = it.pattern.as_gc_unchecked();
    match it.subject.exec(&p.re, start, it.endpos, Mode::Search, adv) {
        Some(c) => {
            let (b, e) = c.span(0).unwrap_or((start, start));
            *it.state.borrow_mut() = (e, e == b, false);
            Ok(new_match(
                th,
                it.pattern,
                it.string,
                it.pos,
                it.endpos,
                &c,
                p.re.groups,
            ))
        }
        None => {
            it.state.borrow_mut().2 = true;
            Err(th.stop_iteration(Value::NULL))
        }
    }
}

fn pattern_split(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let s = string_arg(th, &a, "split")?;
    let subj = subject(th, &p, s)?;
    let maxsplit = match a.get(2, "maxsplit") {
        Some(v) => ops::index_isize(th, v)?,
        None => 0,
    };
    let out = TempVec::new(th);
    let mut last = 0usize;
    let mut n = 0isize;
    if maxsplit >= 0 {
        let len = subj.len();
        each_match(&p.re, &subj, 0, len, |c| {
            if maxsplit != 0 && n >= maxsplit {
                return Ok(false);
            }
            let (b, e) = c.span(0).unwrap_or((0, 0));
            out.push(subj.slice(th, last, b));
            for gi in 1..=p.re.groups {
                out.push(match c.span(gi) {
                    Some((x, y)) => subj.slice(th, x, y),
                    None => g().none,
                });
            }
            n += 1;
            last = e;
            Ok(true)
        })?;
    }
    out.push(subj.slice(th, last, subj.len()));
    Ok(th.new_list(out.to_vec()))
}

/// Joins pieces of a `sub` result, with the TypeError `join` would give.
fn join_pieces(th: &Thread, pieces: &TempVec, kind: SubjKind) -> PyResult<Value> {
    if kind == SubjKind::Str {
        let mut out = String::new();
        for i in 0..pieces.len() {
            let v = pieces.get(i);
            match as_str(v) {
                Some(s) => out.push_str(s),
                None => {
                    return Err(th.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        type_name(v)
                    )));
                }
            }
        }
        return Ok(th.new_string(out));
    }
    let mut out = Vec::new();
    for i in 0..pieces.len() {
        let v = pieces.get(i);
        match crate::objects::bytes::bytes_data(v) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(th.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(v)
                )));
            }
        }
    }
    Ok(new_bytes(th, out))
}

/// A parsed template with its literal pieces as values of the right type.
struct Template {
    items: Vec<(Option<Value>, usize)>,
    _roots: TempVec,
}

fn compile_template(th: &Thread, p: &PatternObj, repl: Value) -> PyResult<Template> {
    let (cps, istext) = code_points(repl).unwrap_or_default();
    let items = parse_template(&cps, istext, p.re.groups, &p.re.names).map_err(|e| match e {
        TemplateError::Error(e) => raise(th, e, repl),
        TemplateError::UnknownName(msg) => th.index_error(msg),
    })?;
    let roots = TempVec::new(th);
    let mut out = Vec::new();
    for it in items {
        match it {
            TemplateItem::Literal(l) => {
                let v = if istext {
                    th.new_string(
                        l.iter()
                            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                            .collect(),
                    )
                } else {
                    new_bytes(th, l.iter().map(|&c| c as u8).collect())
                };
                roots.push(v);
                out.push((Some(v), 0));
            }
            TemplateItem::Group(gi) => out.push((None, gi)),
        }
    }
    Ok(Template {
        items: out,
        _roots: roots,
    })
}

fn repl_is_literal(v: Value) -> bool {
    match as_str(v) {
        Some(s) => !s.contains('\\'),
        None => !crate::objects::bytes::bytes_data(v).is_some_and(|b| b.contains(&b'\\')),
    }
}

fn do_sub(th: &Thread, a: Args, fname: &str) -> PyResult<(Value, usize)> {
    let p = pattern_of(th, a.pos[0])?;
    let repl = a.get(1, "repl").ok_or_else(|| {
        th.type_error(format!(
            "{fname}() missing required argument 'repl' (pos 1)"
        ))
    })?;
    let s = a.get(2, "string").ok_or_else(|| {
        th.type_error(format!(
            "{fname}() missing required argument 'string' (pos 2)"
        ))
    })?;
    let count = match a.get(3, "count") {
        Some(v) => ops::index_isize(th, v)?,
        None => 0,
    };
    let subj = subject(th, &p, s)?;
    let callable = crate::builtins::is_callable(th, repl);
    let is_text = as_str(repl).is_some();
    let is_bytes = crate::objects::bytes::bytes_data(repl).is_some();
    if !callable && !is_text && !is_bytes {
        return Err(th.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(repl)
        )));
    }
    let template = if callable || repl_is_literal(repl) {
        None
    } else {
        Some(compile_template(th, &p, repl)?)
    };
    let pieces = TempVec::new(th);
    let mut last = 0usize;
    let mut n = 0usize;
    let len = subj.len();
    if count >= 0 {
        each_match(&p.re, &subj, 0, len, |c| {
            if count != 0 && n as isize >= count {
                return Ok(false);
            }
            let (b, e) = c.span(0).unwrap_or((0, 0));
            if last < b {
                pieces.push(subj.slice(th, last, b));
            }
            if callable {
                let m = new_match(th, a.pos[0], s, 0, len, c, p.re.groups);
                let r = ops::call(th, repl, &[m])?;
                if r != g().none {
                    pieces.push(r);
                }
            } else if let Some(t) = &template {
                for &(lit, gi) in &t.items {
                    match lit {
                        Some(v) => pieces.push(v),
                        None => {
                            if let Some((x, y)) = c.span(gi) {
                                pieces.push(subj.slice(th, x, y));
                            }
                        }
                    }
                }
            } else {
                pieces.push(repl);
            }
            last = e;
            n += 1;
            Ok(true)
        })?;
    }
    if last < len {
        pieces.push(subj.slice(th, last, len));
    }
    if n == 0
        && subj.kind != SubjKind::ByteArray
        && type_of(s).value() == str_or_bytes_type(subj.kind)
    {
        return Ok((s, 0));
    }
    Ok((join_pieces(th, &pieces, subj.kind)?, n))
}

fn str_or_bytes_type(k: SubjKind) -> Value {
    match k {
        SubjKind::Str => types().str.value(),
        _ => types().bytes.value(),
    }
}

fn pattern_sub(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(do_sub(th, a, "sub")?.0)
}

fn pattern_subn(th: &Thread, a: Args) -> PyResult<Value> {
    let (v, n) = do_sub(th, a, "subn")?;
    let _r = th.root(v);
    let k = th.new_int(n as i64);
    Ok(th.new_tuple_from(&[v, k]))
}

fn pattern_get_pattern(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(pattern_of(th, a.pos[0])?.pattern)
}
fn pattern_get_flags(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(pattern_of(th, a.pos[0])?.re.flags as i64))
}
fn pattern_get_groups(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(pattern_of(th, a.pos[0])?.re.groups as i64))
}
fn pattern_get_groupindex(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let d = th.new_dict();
    for (name, gi) in &p.re.names {
        let k = th.new_str(name);
        let _r = th.root(k);
        dict::set_item(th, d, k, th.new_int(*gi as i64))?;
    }
    Ok(d.value())
}

/// The names `Pattern.__repr__` gives flags, in CPython's order.
const FLAG_NAMES: &[(&str, u32)] = &[
    ("re.TEMPLATE", flags::TEMPLATE),
    ("re.IGNORECASE", flags::IGNORECASE),
    ("re.LOCALE", flags::LOCALE),
    ("re.MULTILINE", flags::MULTILINE),
    ("re.DOTALL", flags::DOTALL),
    ("re.UNICODE", flags::UNICODE),
    ("re.VERBOSE", flags::VERBOSE),
    ("re.DEBUG", flags::DEBUG),
    ("re.ASCII", flags::ASCII),
];

fn truncate_chars(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

fn pattern_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let r = truncate_chars(ops::repr(th, p.pattern)?, 200);
    let mut f = p.re.flags;
    if p.re.istext && f & (flags::LOCALE | flags::UNICODE | flags::ASCII) == flags::UNICODE {
        f &= !flags::UNICODE;
    }
    let mut parts: Vec<String> = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if f & bit != 0 {
            parts.push(name.to_string());
            f &= !bit;
        }
    }
    if f != 0 {
        parts.push(format!("0x{f:x}"));
    }
    if parts.is_empty() {
        Ok(th.new_string(format!("re.compile({r})")))
    } else {
        Ok(th.new_string(format!("re.compile({r}, {})", parts.join("|"))))
    }
}

fn pattern_eq(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    if !is_type(a.pos[1], &PATTERN_TYPE) {
        return Ok(g().not_implemented);
    }
    let q: Gc<PatternObj> = a.pos[1].as_gc_unchecked();
    if p.value() == q.value() {
        return Ok(th.bool_val(true));
    }
    let same = p.re.flags == q.re.flags
        && p.re.istext == q.re.istext
        && type_of(p.pattern).value() == type_of(q.pattern).value()
        && ops::eq_bool(th, p.pattern, q.pattern)?;
    Ok(th.bool_val(same))
}

fn pattern_ne(th: &Thread, a: Args) -> PyResult<Value> {
    let r = pattern_eq(th, a)?;
    if r == g().not_implemented {
        return Ok(r);
    }
    Ok(th.bool_val(r != g().true_))
}

fn pattern_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let p = pattern_of(th, a.pos[0])?;
    let h = ops::hash(th, p.pattern)?;
    let mut x = h ^ (p.re.flags as i64).wrapping_mul(1_000_003);
    if x == -1 {
        x = -2;
    }
    Ok(th.new_int(x))
}

fn pattern_new(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("cannot create 're.Pattern' instances".into()))
}

fn match_new(th: &Thread, _a: Args) -> PyResult<Value> {
    Err(th.type_error("cannot create 're.Match' instances".into()))
}

fn return_self(_th: &Thread, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

// --- Match methods ---

/// The group number named by `v` (an int or a group name).
fn group_index(th: &Thread, m: &MatchObj, v: Value) -> PyResult<usize> {
    let ngroups = m.spans.len();
    if let Some(name) = as_str(v) {
        let p: Gc<PatternObj> = m.pattern.as_gc_unchecked();
        if let Some((_, gi)) = p.re.names.iter().find(|(n, _)| n == name) {
            return Ok(*gi);
        }
        return Err(th.index_error("no such group".into()));
    }
    if let Ok(i) = ops::index_isize(th, v)
        && i >= 0
        && (i as usize) < ngroups
    {
        return Ok(i as usize);
    }
    Err(th.index_error("no such group".into()))
}

fn group_value(th: &Thread, m: &MatchObj, gi: usize, default: Value) -> Value {
    match m.spans[gi] {
        Some((s, e)) => slice_value(th, m.string, s, e),
        None => default,
    }
}

fn match_group(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let args = &a.pos[1..];
    match args.len() {
        0 => Ok(group_value(th, &m, 0, g().none)),
        1 => {
            let gi = group_index(th, &m, args[0])?;
            Ok(group_value(th, &m, gi, g().none))
        }
        _ => {
            let t = TempVec::new(th);
            for &v in args {
                let gi = group_index(th, &m, v)?;
                t.push(group_value(th, &m, gi, g().none));
            }
            Ok(th.new_tuple(t.to_vec()))
        }
    }
}

fn match_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getitem__", 2, 2)?;
    let m = match_of(th, a.pos[0])?;
    let gi = group_index(th, &m, a.pos[1])?;
    Ok(group_value(th, &m, gi, g().none))
}

fn match_groups(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let default = a.get(1, "default").unwrap_or(g().none);
    let t = TempVec::new(th);
    for gi in 1..m.spans.len() {
        t.push(group_value(th, &m, gi, default));
    }
    Ok(th.new_tuple(t.to_vec()))
}

fn match_groupdict(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let default = a.get(1, "default").unwrap_or(g().none);
    let p: Gc<PatternObj> = m.pattern.as_gc_unchecked();
    let d = th.new_dict();
    for (name, gi) in &p.re.names {
        let k = th.new_str(name);
        let _r = th.root(k);
        let v = group_value(th, &m, *gi, default);
        dict::set_item(th, d, k, v)?;
    }
    Ok(d.value())
}

fn span_of(th: &Thread, a: &Args) -> PyResult<(i64, i64)> {
    let m = match_of(th, a.pos[0])?;
    let gi = match a.pos.get(1) {
        Some(&v) => group_index(th, &m, v)?,
        None => 0,
    };
    Ok(match m.spans[gi] {
        Some((s, e)) => (s as i64, e as i64),
        None => (-1, -1),
    })
}

fn match_start(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(span_of(th, &a)?.0))
}
fn match_end(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(span_of(th, &a)?.1))
}
fn match_span(th: &Thread, a: Args) -> PyResult<Value> {
    let (s, e) = span_of(th, &a)?;
    Ok(th.new_tuple_from(&[th.new_int(s), th.new_int(e)]))
}

fn match_expand(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "expand", 2, 2)?;
    let m = match_of(th, a.pos[0])?;
    let p: Gc<PatternObj> = m.pattern.as_gc_unchecked();
    let repl = a.pos[1];
    if code_points(repl).is_none() {
        return Err(th.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(repl)
        )));
    }
    let t = compile_template(th, &p, repl)?;
    let pieces = TempVec::new(th);
    for &(lit, gi) in &t.items {
        match lit {
            Some(v) => pieces.push(v),
            None => {
                if let Some((s, e)) = m.spans[gi] {
                    pieces.push(slice_value(th, m.string, s, e));
                }
            }
        }
    }
    let kind = if as_str(m.string).is_some() {
        SubjKind::Str
    } else {
        SubjKind::Bytes
    };
    join_pieces(th, &pieces, kind)
}

fn match_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let g0 = group_value(th, &m, 0, g().none);
    let r = truncate_chars(ops::repr(th, g0)?, 50);
    Ok(th.new_string(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}

fn match_get_string(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(match_of(th, a.pos[0])?.string)
}
fn match_get_re(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(match_of(th, a.pos[0])?.pattern)
}
fn match_get_pos(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(match_of(th, a.pos[0])?.pos as i64))
}
fn match_get_endpos(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(match_of(th, a.pos[0])?.endpos as i64))
}
fn match_get_lastindex(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(match match_of(th, a.pos[0])?.lastindex {
        Some(i) => th.new_int(i as i64),
        None => g().none,
    })
}
fn match_get_lastgroup(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let p: Gc<PatternObj> = m.pattern.as_gc_unchecked();
    if let Some(i) = m.lastindex
        && let Some((n, _)) = p.re.names.iter().find(|(_, gi)| *gi == i)
    {
        return Ok(th.new_str(n));
    }
    Ok(g().none)
}
fn match_get_regs(th: &Thread, a: Args) -> PyResult<Value> {
    let m = match_of(th, a.pos[0])?;
    let t = TempVec::new(th);
    for sp in &m.spans {
        let (s, e) = sp.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
        let pair = th.new_tuple_from(&[th.new_int(s), th.new_int(e)]);
        t.push(pair);
    }
    Ok(th.new_tuple(t.to_vec()))
}

// --- Module ---

fn make_type(
    th: &Thread,
    name: &'static str,
    key: &'static str,
    meta: gc::Meta,
    bits: &AtomicU64,
) -> Gc<TypeObj> {
    let t = new_builtin_type(th, name, Some(types().object), meta, false);
    make_permanent(t);
    *t.module.borrow_mut() = "re".into();
    *t.qualname.borrow_mut() = name.into();
    let k = th.new_str("re");
    set_attr_str(th, t, "__module__", k);
    bits.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert(key, t);
    t
}

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let pt = if PATTERN_TYPE.load(Ordering::Relaxed) == 0 {
        let pt = make_type(
            th,
            "Pattern",
            "re.Pattern",
            meta_for::<PatternObj>(),
            &PATTERN_TYPE,
        );
        add_methods(
            th,
            pt,
            "Pattern",
            &[
                ("match", pattern_match),
                ("fullmatch", pattern_fullmatch),
                ("search", pattern_search),
                ("findall", pattern_findall),
                ("finditer", pattern_finditer),
                ("split", pattern_split),
                ("sub", pattern_sub),
                ("subn", pattern_subn),
                ("__repr__", pattern_repr),
                ("__eq__", pattern_eq),
                ("__ne__", pattern_ne),
                ("__hash__", pattern_hash),
                ("__copy__", return_self),
                ("__deepcopy__", return_self),
            ],
        );
        add_fn(th, pt, "Pattern", "__new__", pattern_new, Binding::Static);
        add_fn(
            th,
            pt,
            "Pattern",
            "__class_getitem__",
            crate::objects::generic_alias::class_getitem,
            Binding::Class,
        );
        for (n, f) in [
            (
                "pattern",
                pattern_get_pattern as crate::objects::function::NativeFn,
            ),
            ("flags", pattern_get_flags),
            ("groups", pattern_get_groups),
            ("groupindex", pattern_get_groupindex),
        ] {
            add_fn(th, pt, "Pattern", n, f, Binding::Getter);
        }
        let it = make_type(
            th,
            "callable_iterator",
            "re.callable_iterator",
            meta_for::<MatchIter>(),
            &ITER_TYPE,
        );
        *it.module.borrow_mut() = "builtins".into();
        let k = th.new_str("builtins");
        set_attr_str(th, it, "__module__", k);
        add_methods(
            th,
            it,
            "callable_iterator",
            &[("__iter__", return_self), ("__next__", match_iter_next)],
        );
        let mt = make_type(th, "Match", "re.Match", meta_for::<MatchObj>(), &MATCH_TYPE);
        add_methods(
            th,
            mt,
            "Match",
            &[
                ("group", match_group),
                ("__getitem__", match_getitem),
                ("groups", match_groups),
                ("groupdict", match_groupdict),
                ("start", match_start),
                ("end", match_end),
                ("span", match_span),
                ("expand", match_expand),
                ("__repr__", match_repr),
                ("__copy__", return_self),
                ("__deepcopy__", return_self),
            ],
        );
        add_fn(th, mt, "Match", "__new__", match_new, Binding::Static);
        add_fn(
            th,
            mt,
            "Match",
            "__class_getitem__",
            crate::objects::generic_alias::class_getitem,
            Binding::Class,
        );
        for (n, f) in [
            (
                "string",
                match_get_string as crate::objects::function::NativeFn,
            ),
            ("re", match_get_re),
            ("pos", match_get_pos),
            ("endpos", match_get_endpos),
            ("lastindex", match_get_lastindex),
            ("lastgroup", match_get_lastgroup),
            ("regs", match_get_regs),
        ] {
            add_fn(th, mt, "Match", n, f, Binding::Getter);
        }
        pt
    } else {
        pattern_type()
    };
    let d = m.dict;
    dict::set_item_str(th, d, th.intern_static("Pattern"), pt.value());
    dict::set_item_str(th, d, th.intern_static("Match"), match_type().value());
    let f =
        crate::objects::function::new_native(th, "compile", "_re", re_compile, Binding::Function);
    dict::set_item_str(th, d, th.intern_static("compile"), f);
    Ok(())
}
