//! `str`: immutable text.  Stored as UTF-8 with its length in code points;
//! indexing and slicing are O(1) for ASCII strings (the common case) and
//! walk the UTF-8 otherwise.  The hash is computed once and cached.
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::int;
use crate::objects::type_::{type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, TempVec};
use crate::runtime::{Thread, g, is_initialized, types};
use crate::value::Value;

pub struct Str {
    pub s: Box<str>,
    /// Length in code points.
    pub nchars: usize,
    /// Cached hash; 0 = not computed yet (a real hash of 0 is stored as 1).
    hash: AtomicI64,
    /// In the interned table (while it lives, the one interned string with
    /// its text: its address identifies the text).
    interned: std::sync::atomic::AtomicBool,
    /// Last code-point lookup of a non-ASCII string: (char index << 32) |
    /// byte offset.  Indexing walks from here, so a left-to-right scan
    /// (`s[i]` for i = 0, 1, 2, ...) costs O(1) per step instead of O(i).
    /// Any stored pair is a valid position of this immutable text, so
    /// racing threads can only make a walk longer, never wrong.
    hint: AtomicU64,
}

/// Flags a str as interned (called by `Thread::intern`).
pub fn mark_interned(v: Value) {
    if let Some(s) = v.downcast::<Str>() {
        s.interned.store(true, Ordering::Relaxed);
    }
}

/// Whether `v` is an interned str.
#[inline]
pub fn is_interned(v: Value) -> bool {
    v.downcast::<Str>()
        .is_some_and(|s| s.interned.load(Ordering::Relaxed))
}

impl PyPayload for Str {
    const KIND: Kind = Kind::Str;
    fn trace(&self, _t: &mut Tracer) {}
}

impl Str {
    pub fn new(s: Box<str>) -> Str {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            s,
            nchars,
            hash: AtomicI64::new(0),
            interned: std::sync::atomic::AtomicBool::new(false),
            hint: AtomicU64::new(0),
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
    /// Byte offset of code point `i` (i <= nchars), found by walking from
    /// the position of the previous lookup (see `hint`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.nchars {
            return self.s.len();
        }
        let h = self.hint.load(Ordering::Relaxed);
        let (hc, hb) = ((h >> 32) as usize, (h & 0xffff_ffff) as usize);
        let b = if i >= hc {
            let rest = &self.s[hb..];
            hb + rest
                .char_indices()
                .nth(i - hc)
                .map_or(rest.len(), |(b, _)| b)
        } else if i >= hc / 2 {
            let mut b = hb;
            for _ in i..hc {
                b -= 1;
                while !self.s.is_char_boundary(b) {
                    b -= 1;
                }
            }
            b
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        };
        if self.s.len() <= u32::MAX as usize {
            self.hint
                .store(((i as u64) << 32) | b as u64, Ordering::Relaxed);
        }
        b
    }
    /// Code point `i` (i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let b = self.byte_offset(i);
            self.s[b..].chars().next().unwrap()
        }
    }
}

/// FxHash-style string hash (never -1, never 0).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    for &x in chunks.remainder() {
        h = (h.rotate_left(5) ^ x as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 || h == 0 {
        -2 + (h == 0) as i64 * 3
    } else {
        h
    }
}

pub fn new_str(th: &Thread, s: &str) -> Value {
    if is_initialized() {
        if s.is_empty() {
            return g().empty_str;
        }
        if s.len() == 1 {
            return g().chars[s.as_bytes()[0] as usize];
        }
    }
    th.alloc(types().str, Str::new(s.into())).value()
}

pub fn new_str_owned(th: &Thread, s: String) -> Value {
    if s.len() <= 1 && is_initialized() {
        return new_str(th, &s);
    }
    th.alloc(types().str, Str::new(s.into_boxed_str())).value()
}

/// The text of a str value (or of an instance of a str subclass).
#[inline]
pub fn as_str(v: Value) -> Option<&'static str> {
    v.downcast::<Str>().map(|s| {
        let g: Gc<Str> = s;
        // The object outlives this borrow by the rooting rule: callers hold `v`.
        let r: &'static Str = unsafe_static(g);
        &*r.s
    })
}

fn unsafe_static(g: Gc<Str>) -> &'static Str {
    crate::layout::payload_static(g)
}

/// Hash of a value known to be a str.
#[inline]
pub fn str_hash(v: Value) -> i64 {
    v.as_gc_unchecked::<Str>().hash()
}

/// Equality of two values where the first is known to be a str key:
/// true when both are strs with the same text.
#[inline]
pub fn str_eq_any(a: Value, b: Value) -> bool {
    match (a.downcast::<Str>(), b.downcast::<Str>()) {
        (Some(x), Some(y)) => x.s == y.s,
        _ => false,
    }
}

// --- Methods ---

// Generated tables (interp/tools/gen_unicode_db.py); not reformatted.
#[rustfmt::skip]
#[path = "unicode_db.rs"]
mod unicode_db;

/// Whether `c` is in one of the sorted inclusive ranges of `table`.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                std::cmp::Ordering::Less
            } else if lo > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn map_lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `str.isspace` for one character (CPython's definition, which adds the
/// information separators U+001C..U+001F to Unicode White_Space).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f'
        );
    }
    in_table(unicode_db::SPACE, c)
}
/// `str.isprintable` for one character (also what `repr` escapes).
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(unicode_db::PRINTABLE, c)
}
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(unicode_db::ALPHA, c)
}
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_db::DECIMAL, c)
}
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_db::DIGIT, c)
}
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_db::NUMERIC, c)
}
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(unicode_db::LOWER, c)
}
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(unicode_db::UPPER, c)
}
fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(unicode_db::TITLE, c)
}
fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(unicode_db::CASED, c)
}
fn is_case_ignorable(c: char) -> bool {
    in_table(unicode_db::CASE_IGNORABLE, c)
}
fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(unicode_db::ID_START, c)
}
fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(unicode_db::ID_CONTINUE, c)
}

/// Whether `s` is a valid identifier (`str.isidentifier`).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start(c) => it.all(is_id_continue),
        _ => false,
    }
}

// --- Case mapping ---

/// Lower case of `chars[i]`, with the final-sigma rule of SpecialCasing.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..]
            .iter()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}
fn push_title(out: &mut String, c: char) {
    match map_lookup(unicode_db::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}
fn upper_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.chars().flat_map(char::to_uppercase).collect()
}
fn casefold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match map_lookup(unicode_db::FOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}
fn swapcase_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}
fn capitalize_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}
fn title_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

// --- Argument helpers (CPython's messages) ---

/// The str a method is bound to.
fn this(a: &Args) -> &'static str {
    a.pos.first().and_then(|v| as_str(*v)).unwrap_or("")
}

/// `str.NAME()` of a METH_NOARGS method.
fn noargs(th: &Thread, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(th.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(th.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}
/// A METH_O method: exactly one argument.
fn onearg(th: &Thread, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(th.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(th.type_error(format!(
            "str.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(a.pos[1])
}
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
/// Positional-only Argument-Clinic methods ("NAME expected at least ...").
fn clinic(th: &Thread, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(th.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if n < min {
        return Err(th.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(th.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}
/// `PyArg_ParseTuple`-style methods ("NAME() takes at least ...").
fn parse(th: &Thread, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(th.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len().saturating_sub(1);
    if n < min {
        return Err(th.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(th.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}
/// Arguments that may be given by position or keyword (after self).
fn params<const N: usize>(
    th: &Thread,
    a: &Args,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if pos.len() > N {
        return Err(th.type_error(format!(
            "{name}() takes at most {N} argument{} ({} given)",
            plural(N),
            pos.len() + a.kwnames.len()
        )));
    }
    let mut out = [None; N];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals.iter()) {
        let kn = as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(i) => {
                return Err(th.type_error(format!(
                    "argument for {name}() given by name ('{kn}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(th.type_error(format!(
                    "'{kn}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(out)
}

fn str_arg(th: &Thread, v: Value, what: &str) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| th.type_error(format!("{what} must be str, not {}", type_name(v))))
}
/// A `must be str, not T` argument (find, count, partition ...).
fn sub_arg(th: &Thread, v: Value) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| th.type_error(format!("must be str, not {}", type_name(v))))
}

/// An index-sized integer argument (`__index__`), OverflowError when huge.
pub fn ssize_arg(th: &Thread, v: Value) -> PyResult<i64> {
    let i = ops::index(th, v)?;
    int::to_i64(i)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C ssize_t".into()))
}

/// A slice bound (start/end of find, count ...): None, or an int clamped to i64.
fn bound_arg(th: &Thread, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v == g().none => Ok(None),
        Some(v) => {
            let i = ops::index(th, v).map_err(|e| {
                if ops::is_instance_of(e.0, g().exc.type_error) {
                    th.type_error(
                        "slice indices must be integers or None or have an __index__ method".into(),
                    )
                } else {
                    e
                }
            })?;
            Ok(Some(match int::to_i64(i) {
                Some(x) => x,
                None => {
                    if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
            }))
        }
    }
}

/// CPython's ADJUST_INDICES: (start, end) in code points; start may exceed len.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// Byte offset of code point `i` in `s` (i <= number of code points).
fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}
fn nchars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Guards against building strings too large to allocate.
fn check_size(th: &Thread, n: usize) -> PyResult<()> {
    if n > (1usize << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n)
}

/// `self` unchanged when it is an exact str, else an exact-str copy.
fn same(th: &Thread, a: &Args) -> Value {
    let v = a.pos[0];
    if type_of(v) == types().str {
        v
    } else {
        th.new_str(this(a))
    }
}

/// Installs the methods of `str`.
pub fn install(th: &Thread) {
    let t = crate::runtime::types().str;
    crate::objects::add_methods(
        th,
        t,
        "str",
        &[
            ("join", str_join),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("capitalize", str_capitalize),
            ("title", str_title),
            ("swapcase", str_swapcase),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("format", str_format),
            ("format_map", str_format_map),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("expandtabs", str_expandtabs),
            ("isdigit", str_isdigit),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isidentifier", str_isidentifier),
            ("isprintable", str_isprintable),
            ("isascii", str_isascii),
            ("encode", str_encode),
            ("translate", str_translate),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("__getitem__", str_getitem),
            ("__len__", str_len),
            ("__contains__", str_contains),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__mod__", str_mod),
            ("__rmod__", str_rmod),
            ("__eq__", str_eq),
            ("__ne__", str_ne),
            ("__lt__", str_lt),
            ("__le__", str_le),
            ("__gt__", str_gt),
            ("__ge__", str_ge),
            ("__hash__", str_hash_m),
            ("__iter__", str_iter),
            ("__str__", str_str),
            ("__repr__", str_repr_m),
            ("__format__", str_format_m),
            ("__getnewargs__", str_getnewargs),
            ("__sizeof__", str_sizeof),
        ],
    );
    crate::objects::add_fn(
        th,
        t,
        "str",
        "maketrans",
        str_maketrans,
        crate::objects::function::Binding::Static,
    );
}

// --- join / split / partition ---

fn str_join(th: &Thread, a: Args) -> PyResult<Value> {
    let seq = onearg(th, &a, "join")?;
    let sep = this(&a);
    let items = if seq.is_kind(Kind::List) || seq.is_kind(Kind::Tuple) {
        ops::collect(th, seq)?
    } else {
        let it = ops::get_iter(th, seq).map_err(|e| {
            if ops::is_instance_of(e.0, g().exc.type_error) {
                th.type_error("can only join an iterable".into())
            } else {
                e
            }
        })?;
        let _r = th.root(it);
        let tv = TempVec::new(th);
        while let Some(x) = ops::next(th, it)? {
            tv.push(x);
        }
        tv.to_vec()
    };
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(*x) {
            Some(s) => out.push_str(s),
            None => {
                return Err(th.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(*x)
                )));
            }
        }
        check_size(th, out.len())?;
    }
    if items.len() == 1 && type_of(items[0]) == types().str {
        return Ok(items[0]);
    }
    Ok(th.new_string(out))
}

fn split_args(th: &Thread, a: &Args, name: &str) -> PyResult<(Option<&'static str>, i64)> {
    let [sep, maxsplit] = params(th, a, name, ["sep", "maxsplit"])?;
    let sep = match sep {
        None => None,
        Some(v) if v == g().none => None,
        Some(v) => {
            let s = as_str(v).ok_or_else(|| {
                th.type_error(format!("must be str or None, not {}", type_name(v)))
            })?;
            if s.is_empty() {
                return Err(th.value_error("empty separator".into()));
            }
            Some(s)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => ssize_arg(th, v)?,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_split(th: &Thread, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(th, &a, "split")?;
    let s = this(&a);
    let parts: Vec<&str> = match sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) => {
            let n = usize::try_from(maxsplit.saturating_add(1)).unwrap_or(usize::MAX);
            s.splitn(n, sep).collect()
        }
    };
    Ok(th.new_str_list(parts))
}

fn str_rsplit(th: &Thread, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(th, &a, "rsplit")?;
    let s = this(&a);
    let parts: Vec<&str> = match sep {
        None => rsplit_whitespace(s, maxsplit),
        Some(sep) => {
            let n = usize::try_from(maxsplit.saturating_add(1)).unwrap_or(usize::MAX);
            let mut v: Vec<&str> = s.rsplitn(n, sep).collect();
            v.reverse();
            v
        }
    };
    Ok(th.new_str_list(parts))
}

fn is_line_break(c: char) -> bool {
    matches!(
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
    )
}

/// `str.splitlines` on text (shared with the line-oriented helpers).
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|(_, d)| *d == '\n') {
                it.next();
                end += 1;
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn str_splitlines(th: &Thread, a: Args) -> PyResult<Value> {
    let [keepends] = params(th, &a, "splitlines", ["keepends"])?;
    let keep = match keepends {
        None => false,
        Some(v) => {
            if crate::objects::float::as_f64(v).is_some() && !int::is_int(v) {
                return Err(
                    th.type_error("'float' object cannot be interpreted as an integer".into())
                );
            }
            ops::truthy(th, ops::index(th, v)?)?
        }
    };
    Ok(th.new_str_list(split_lines(this(&a), keep)))
}

fn partition(th: &Thread, a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let sep = sub_arg(th, onearg(th, a, name)?)?;
    if sep.is_empty() {
        return Err(th.value_error("empty separator".into()));
    }
    let s = this(a);
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if right => ("", "", s),
        None => (s, "", ""),
    };
    let tv = TempVec::new(th);
    for part in [x, y, z] {
        let v = if part.len() == s.len() && type_of(a.pos[0]) == types().str {
            a.pos[0]
        } else if std::ptr::eq(part, sep) {
            a.pos[1]
        } else {
            th.new_str(part)
        };
        tv.push(v);
    }
    Ok(th.new_tuple(tv.to_vec()))
}
fn str_partition(th: &Thread, a: Args) -> PyResult<Value> {
    partition(th, &a, "partition", false)
}
fn str_rpartition(th: &Thread, a: Args) -> PyResult<Value> {
    partition(th, &a, "rpartition", true)
}

// --- strip / replace / affixes ---

fn strip(th: &Thread, a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    clinic(th, a, name, 0, 1)?;
    let s = this(a);
    let chars = match a.pos.get(1) {
        None => None,
        Some(v) if *v == g().none => None,
        Some(v) => Some(
            as_str(*v).ok_or_else(|| th.type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let mut r = s;
    match chars {
        None => {
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
        }
        Some(cs) => {
            let m = |c: char| cs.contains(c);
            if left {
                r = r.trim_start_matches(m);
            }
            if right {
                r = r.trim_end_matches(m);
            }
        }
    }
    if r.len() == s.len() {
        return Ok(same(th, a));
    }
    Ok(th.new_str(r))
}
fn str_strip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "strip", true, true)
}
fn str_lstrip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "lstrip", true, false)
}
fn str_rstrip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "rstrip", false, true)
}

fn str_replace(th: &Thread, a: Args) -> PyResult<Value> {
    clinic(th, &a, "replace", 2, 3)?;
    let s = this(&a);
    let old = str_arg(th, a.pos[1], "replace() argument 1")?;
    let new = str_arg(th, a.pos[2], "replace() argument 2")?;
    let count = match a.pos.get(3) {
        Some(v) => ssize_arg(th, *v)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same(th, &a));
    }
    // Bound the result size before building it.
    let hits = if old.is_empty() {
        nchars(s) + 1
    } else {
        s.matches(old).count()
    };
    let hits = if count < 0 {
        hits
    } else {
        hits.min(count as usize)
    };
    let size = (s.len() as u128) + (hits as u128) * (new.len() as u128);
    if size > (1u128 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(size as usize)?;
    Ok(th.new_string(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn affix(th: &Thread, a: &Args, start: bool) -> PyResult<Value> {
    let name = if start { "startswith" } else { "endswith" };
    parse(th, a, name, 1, 3)?;
    let s = this(a);
    let n = nchars(s);
    let (st, en) = adjust(
        bound_arg(th, a.pos.get(2).copied())?,
        bound_arg(th, a.pos.get(3).copied())?,
        n,
    );
    let test = |p: &str| -> bool {
        let plen = nchars(p);
        if en < st || en - st < plen {
            return false;
        }
        let hay = &s[byte_at(s, st)..byte_at(s, en)];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    let v = a.pos[1];
    if let Some(t) = v.downcast::<crate::objects::tuple::Tuple>() {
        for x in t.items().iter() {
            let p = as_str(*x).ok_or_else(|| {
                th.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(*x)
                ))
            })?;
            if test(p) {
                return Ok(g().true_);
            }
        }
        return Ok(g().false_);
    }
    let p = as_str(v).ok_or_else(|| {
        th.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(v)
        ))
    })?;
    Ok(th.bool_val(test(p)))
}
fn str_startswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, true)
}
fn str_endswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, false)
}

fn str_removeprefix(th: &Thread, a: Args) -> PyResult<Value> {
    let p = onearg(th, &a, "removeprefix")?;
    let p = str_arg(th, p, "removeprefix() argument")?;
    match this(&a).strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(th.new_str(r)),
        _ => Ok(same(th, &a)),
    }
}
fn str_removesuffix(th: &Thread, a: Args) -> PyResult<Value> {
    let p = onearg(th, &a, "removesuffix")?;
    let p = str_arg(th, p, "removesuffix() argument")?;
    match this(&a).strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(th.new_str(r)),
        _ => Ok(same(th, &a)),
    }
}

// --- Case ---

fn str_upper(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "upper")?;
    Ok(th.new_string(upper_str(this(&a))))
}
fn str_lower(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "lower")?;
    Ok(th.new_string(lower_str(this(&a))))
}
fn str_casefold(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "casefold")?;
    Ok(th.new_string(casefold_str(this(&a))))
}
fn str_capitalize(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "capitalize")?;
    Ok(th.new_string(capitalize_str(this(&a))))
}
fn str_title(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "title")?;
    Ok(th.new_string(title_str(this(&a))))
}
fn str_swapcase(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "swapcase")?;
    Ok(th.new_string(swapcase_str(this(&a))))
}

// --- Searching ---

/// (haystack slice, its code-point offset, needle, needle length) for find & co.
fn search_args(
    th: &Thread,
    a: &Args,
    name: &str,
) -> PyResult<Option<(&'static str, usize, &'static str, usize)>> {
    parse(th, a, name, 1, 3)?;
    // The receiver's cached length keeps a search from `start` from
    // scanning the whole string first (a scanner calling `s.find(c, i)`
    // in a loop must not be quadratic).
    let Some(obj) = a.pos.first().and_then(|v| v.downcast::<Str>()) else {
        return Ok(None);
    };
    let obj: &'static Str = unsafe_static(obj);
    let s: &'static str = &obj.s;
    let sub = sub_arg(th, a.pos[1])?;
    let n = obj.nchars;
    let (st, en) = adjust(
        bound_arg(th, a.pos.get(2).copied())?,
        bound_arg(th, a.pos.get(3).copied())?,
        n,
    );
    let sublen = nchars(sub);
    if en < st || en - st < sublen {
        return Ok(None);
    }
    let hay = if obj.is_ascii() {
        &s[st..en]
    } else {
        let b0 = obj.byte_offset(st);
        let b1 = obj.byte_offset(en);
        &s[b0..b1]
    };
    Ok(Some((hay, st, sub, en - st)))
}

fn find_impl(th: &Thread, a: &Args, name: &str, right: bool) -> PyResult<i64> {
    let Some((hay, st, sub, _)) = search_args(th, a, name)? else {
        return Ok(-1);
    };
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => (st + nchars(&hay[..b])) as i64,
        None => -1,
    })
}
fn str_find(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(find_impl(th, &a, "find", false)?))
}
fn str_rfind(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(find_impl(th, &a, "rfind", true)?))
}
fn str_index(th: &Thread, a: Args) -> PyResult<Value> {
    match find_impl(th, &a, "index", false)? {
        -1 => Err(th.value_error("substring not found".into())),
        i => Ok(th.new_int(i)),
    }
}
fn str_rindex(th: &Thread, a: Args) -> PyResult<Value> {
    match find_impl(th, &a, "rindex", true)? {
        -1 => Err(th.value_error("substring not found".into())),
        i => Ok(th.new_int(i)),
    }
}
fn str_count(th: &Thread, a: Args) -> PyResult<Value> {
    let Some((hay, _, sub, span)) = search_args(th, &a, "count")? else {
        return Ok(Value::small(0));
    };
    if sub.is_empty() {
        return Ok(th.new_int(span as i64 + 1));
    }
    Ok(th.new_int(hay.matches(sub).count() as i64))
}

// --- Padding ---

fn fill_arg(th: &Thread, a: &Args) -> PyResult<char> {
    match a.pos.get(2) {
        None => Ok(' '),
        Some(v) => {
            let s = as_str(*v).ok_or_else(|| {
                th.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(*v)
                ))
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => {
                    Err(th
                        .type_error("The fill character must be exactly one character long".into()))
                }
            }
        }
    }
}

/// Pads `a`'s str to `width` with `left` and `right` fill counts chosen by `split`.
fn pad_with(
    th: &Thread,
    a: &Args,
    name: &str,
    split: impl Fn(usize, usize) -> usize,
) -> PyResult<Value> {
    clinic(th, a, name, 1, 2)?;
    let width = ssize_arg(th, a.pos[1])?;
    let fill = fill_arg(th, a)?;
    let s = this(a);
    let n = nchars(s);
    if width <= n as i64 {
        return Ok(same(th, a));
    }
    let width = width as usize;
    check_size(th, width)?;
    let marg = width - n;
    let left = split(marg, width);
    let mut out = String::with_capacity(s.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(th.new_string(out))
}
fn str_center(th: &Thread, a: Args) -> PyResult<Value> {
    pad_with(th, &a, "center", |marg, width| {
        marg / 2 + (marg & width & 1)
    })
}
fn str_ljust(th: &Thread, a: Args) -> PyResult<Value> {
    pad_with(th, &a, "ljust", |_, _| 0)
}
fn str_rjust(th: &Thread, a: Args) -> PyResult<Value> {
    pad_with(th, &a, "rjust", |marg, _| marg)
}
fn str_zfill(th: &Thread, a: Args) -> PyResult<Value> {
    let w = onearg(th, &a, "zfill")?;
    let width = ssize_arg(th, w)?;
    let s = this(&a);
    let n = nchars(s);
    if width <= n as i64 {
        return Ok(same(th, &a));
    }
    let width = width as usize;
    check_size(th, width)?;
    let mut out = String::with_capacity(width + s.len());
    let body = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', width - n));
    out.push_str(body);
    Ok(th.new_string(out))
}

fn str_expandtabs(th: &Thread, a: Args) -> PyResult<Value> {
    let [ts] = params(th, &a, "expandtabs", ["tabsize"])?;
    // A C int in CPython.
    let tabsize = match ts {
        Some(v) => int::to_i64(ops::index(th, v)?)
            .filter(|n| i32::try_from(*n).is_ok())
            .ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))?,
        None => 8,
    };
    let s = this(&a);
    let mut out = String::with_capacity(s.len());
    let mut col: usize = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize as usize - col % tabsize as usize;
                    check_size(th, out.len() + incr)?;
                    out.extend(std::iter::repeat_n(' ', incr));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(th.new_string(out))
}

// --- Predicates ---

macro_rules! all_chars {
    ($name:ident, $py:literal, $pred:expr) => {
        fn $name(th: &Thread, a: Args) -> PyResult<Value> {
            noargs(th, &a, $py)?;
            let s = this(&a);
            Ok(th.bool_val(!s.is_empty() && s.chars().all($pred)))
        }
    };
}
all_chars!(str_isdigit, "isdigit", is_digit);
all_chars!(str_isalpha, "isalpha", is_alpha);
all_chars!(str_isspace, "isspace", is_space);
all_chars!(str_isdecimal, "isdecimal", is_decimal);
all_chars!(str_isnumeric, "isnumeric", is_numeric);
all_chars!(str_isalnum, "isalnum", |c| is_alpha(c)
    || is_decimal(c)
    || is_digit(c)
    || is_numeric(c));

fn str_isupper(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isupper")?;
    let mut cased = false;
    for c in this(&a).chars() {
        if is_lower(c) || is_title(c) {
            return Ok(g().false_);
        }
        cased |= is_upper(c);
    }
    Ok(th.bool_val(cased))
}
fn str_islower(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "islower")?;
    let mut cased = false;
    for c in this(&a).chars() {
        if is_upper(c) || is_title(c) {
            return Ok(g().false_);
        }
        cased |= is_lower(c);
    }
    Ok(th.bool_val(cased))
}
fn str_istitle(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "istitle")?;
    let (mut cased, mut prev) = (false, false);
    for c in this(&a).chars() {
        if is_upper(c) || is_title(c) {
            if prev {
                return Ok(g().false_);
            }
            prev = true;
            cased = true;
        } else if is_lower(c) {
            if !prev {
                return Ok(g().false_);
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(th.bool_val(cased))
}
fn str_isidentifier(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isidentifier")?;
    Ok(th.bool_val(is_identifier(this(&a))))
}
fn str_isprintable(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isprintable")?;
    Ok(th.bool_val(this(&a).chars().all(is_printable_char)))
}
fn str_isascii(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isascii")?;
    Ok(th.bool_val(this(&a).is_ascii()))
}

// --- Encoding ---

/// The codec a (normalized) encoding name stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Cp1252,
}

/// The code points of cp1252's bytes 0x80..=0x9f (0 = undefined).
pub const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The cp1252 byte of a character, if it has one.
pub fn cp1252_byte(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&u| u != 0 && u as u32 == n)
        .map(|i| 0x80 + i as u8)
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's attributes
/// (`encoding`, `object`, `start`, `end`, `reason`) and message.
pub fn unicode_error(
    th: &Thread,
    ty: crate::layout::Gc<crate::objects::type_::TypeObj>,
    codec: &str,
    object: Value,
    (start, end): (usize, usize),
    reason: &str,
    msg: String,
) -> crate::runtime::Exc {
    let _r = th.root(object);
    let e = th.new_exc(ty, msg);
    let _r2 = th.root(e.0);
    let v = th.new_str(codec);
    ops::set_exc_attr(th, e.0, "encoding", v);
    ops::set_exc_attr(th, e.0, "object", object);
    ops::set_exc_attr(th, e.0, "start", th.new_int(start as i64));
    ops::set_exc_attr(th, e.0, "end", th.new_int(end as i64));
    let v = th.new_str(reason);
    ops::set_exc_attr(th, e.0, "reason", v);
    e
}

impl Codec {
    /// The name CPython uses in codec error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Cp1252 => "charmap",
        }
    }
}

/// Looks an encoding name up (LookupError when unknown).
pub fn lookup_codec(th: &Thread, name: &str) -> PyResult<Codec> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1:1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        _ => return Err(th.new_exc(g().exc.lookup_error, format!("unknown encoding: {name}"))),
    })
}

/// Checks an error-handler name.
pub fn check_errors(th: &Thread, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "surrogateescape" | "surrogatepass" | "namereplace" => Ok(()),
        _ => Err(th.new_exc(
            g().exc.lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// `s.encode(codec, errors)`.
pub fn encode(th: &Thread, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 | Codec::Cp1252 => 0x100,
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = codec == Codec::Utf16Be;
            let units = if codec == Codec::Utf16 {
                std::iter::once(0xfeffu16)
                    .chain(s.encode_utf16())
                    .collect::<Vec<_>>()
            } else {
                s.encode_utf16().collect()
            };
            for u in units {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&0xfeffu32.to_le_bytes());
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let byte = if codec == Codec::Cp1252 {
            cp1252_byte(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        };
        if let Some(b) = byte {
            out.push(b);
            i += 1;
            continue;
        }
        let bad = |c: char| {
            if codec == Codec::Cp1252 {
                cp1252_byte(c).is_none()
            } else {
                c as u32 >= limit
            }
        };
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let mut j = i;
                while j < chars.len() && bad(chars[j]) {
                    j += 1;
                }
                let reason = if codec == Codec::Cp1252 {
                    "character maps to <undefined>".to_string()
                } else {
                    format!("ordinal not in range({limit})")
                };
                let msg = if j - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: {reason}",
                        codec.name(),
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {i}-{}: {reason}",
                        codec.name(),
                        j - 1
                    )
                };
                let obj = th.new_str(s);
                return Err(unicode_error(
                    th,
                    g().exc.unicode_encode_error,
                    codec.name(),
                    obj,
                    (i, j),
                    &reason,
                    msg,
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            "namereplace" | "backslashreplace" => out.extend(char_escape(c).bytes()),
            _ => {
                return Err(check_errors(th, errors)
                    .err()
                    .unwrap_or_else(|| th.value_error(String::new())));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Reads the `encoding`/`errors` pair of encode()/decode() (defaults utf-8, strict).
pub fn codec_args(
    th: &Thread,
    fname: &str,
    enc: Option<Value>,
    errors: Option<Value>,
) -> PyResult<(Codec, &'static str)> {
    let enc = match enc {
        None => "utf-8",
        Some(v) => as_str(v).ok_or_else(|| {
            th.type_error(format!(
                "{fname}() argument 'encoding' must be str, not {}",
                type_name(v)
            ))
        })?,
    };
    let errors = match errors {
        None => "strict",
        Some(v) => as_str(v).ok_or_else(|| {
            th.type_error(format!(
                "{fname}() argument 'errors' must be str, not {}",
                type_name(v)
            ))
        })?,
    };
    Ok((lookup_codec(th, enc)?, errors))
}

fn str_encode(th: &Thread, a: Args) -> PyResult<Value> {
    let [enc, errors] = params(th, &a, "encode", ["encoding", "errors"])?;
    let (codec, errors) = codec_args(th, "encode", enc, errors)?;
    let b = encode(th, this(&a), codec, errors)?;
    if errors != "strict" {
        check_errors(th, errors)?;
    }
    Ok(crate::objects::bytes::new_bytes(th, b))
}

// --- translate / maketrans ---

fn str_maketrans(th: &Thread, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(th.type_error("maketrans() takes no keyword arguments".into()));
    }
    let n = a.pos.len();
    if n == 0 {
        return Err(th.type_error("maketrans expected at least 1 argument, got 0".into()));
    }
    if n > 3 {
        return Err(th.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = th.new_dict();
    if n == 1 {
        let Some(src) = a.pos[0].downcast::<crate::objects::dict::Dict>() else {
            return Err(th.type_error(
                "if you give only one argument to maketrans it must be a dict".into(),
            ));
        };
        for (k, v) in crate::objects::dict::items_vec(src) {
            let key = if let Some(s) = as_str(k) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::small(c as i64),
                    _ => {
                        return Err(th.value_error(
                            "string keys in translate table must be of length 1".into(),
                        ));
                    }
                }
            } else if int::is_int(k) {
                k
            } else {
                return Err(
                    th.type_error("keys in translate table must be strings or integers".into())
                );
            };
            crate::objects::dict::set_item(th, d, key, v)?;
        }
        return Ok(d.value());
    }
    let x = as_str(a.pos[0]).ok_or_else(|| {
        th.type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            type_name(a.pos[0])
        ))
    })?;
    let y = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    if nchars(x) != nchars(y) {
        return Err(
            th.value_error("the first two maketrans arguments must have equal length".into())
        );
    }
    for (p, q) in x.chars().zip(y.chars()) {
        crate::objects::dict::set_item(th, d, Value::small(p as i64), Value::small(q as i64))?;
    }
    if let Some(z) = a.pos.get(2) {
        let z = as_str(*z).ok_or_else(|| {
            th.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                type_name(*z)
            ))
        })?;
        for c in z.chars() {
            crate::objects::dict::set_item(th, d, Value::small(c as i64), g().none)?;
        }
    }
    Ok(d.value())
}

fn str_translate(th: &Thread, a: Args) -> PyResult<Value> {
    let table = onearg(th, &a, "translate")?;
    let s = this(&a);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match ops::getitem(th, table, Value::small(c as i64)) {
            Ok(v) => v,
            Err(e) if ops::is_instance_of(e.0, g().exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r == g().none {
            continue;
        }
        if let Some(t) = as_str(r) {
            out.push_str(t);
        } else if int::is_int(r) {
            let n = int::to_i64(r).unwrap_or(-1);
            match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(
                        th.value_error("character mapping must be in range(0x110000)".into())
                    );
                }
            }
        } else {
            return Err(th.type_error("character mapping must return integer, None or str".into()));
        }
        check_size(th, out.len())?;
    }
    Ok(th.new_string(out))
}

// --- Dunders (the native paths of ops/arith, reachable as attributes) ---

fn dunder_args(th: &Thread, a: &Args, n: usize) -> PyResult<()> {
    let got = a.pos.len().saturating_sub(1);
    if got != n || a.has_kw() {
        return Err(th.type_error(format!("expected {n} argument{}, got {got}", plural(n))));
    }
    Ok(())
}

fn str_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    match crate::arith::native_getitem(th, a.pos[0], a.pos[1])? {
        Some(v) => Ok(v),
        None => Err(th.type_error("'str' object is not subscriptable".into())),
    }
}
fn str_len(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    Ok(th.new_int(nchars(this(&a)) as i64))
}
fn str_contains(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    let k = a.pos[1];
    match as_str(k) {
        Some(sub) => Ok(th.bool_val(this(&a).contains(sub))),
        None => Err(th.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(k)
        ))),
    }
}
fn str_add(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    let Some(y) = as_str(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let x = this(&a);
    check_size(th, x.len() + y.len())?;
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(th.new_string(s))
}
fn str_mul(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    let nv = a.pos[1];
    let t = type_of(nv);
    if !int::is_int(nv) && crate::objects::type_::lookup(t, th.intern_static("__index__")).is_none()
    {
        return Ok(g().not_implemented);
    }
    let n = ops::index(th, nv)?;
    let n = int::to_i64(n)
        .ok_or_else(|| th.overflow_error("cannot fit 'int' into an index-sized integer".into()))?;
    let s = this(&a);
    if n <= 0 || s.is_empty() {
        return Ok(g().empty_str);
    }
    if n == 1 {
        return Ok(same(th, &a));
    }
    if (n as u128) * (nchars(s) as u128) > i64::MAX as u128 {
        return Err(th.overflow_error("repeated string is too long".into()));
    }
    if (n as u128) * (s.len() as u128) > (1u128 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n as usize * s.len())?;
    Ok(th.new_string(s.repeat(n as usize)))
}
fn str_mod(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    crate::format::percent_format(th, this(&a), a.pos[1])
}
fn str_rmod(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    Ok(g().not_implemented)
}
fn cmp(th: &Thread, a: &Args, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    dunder_args(th, a, 1)?;
    match as_str(a.pos[1]) {
        Some(y) => Ok(th.bool_val(f(this(a).cmp(y)))),
        None => Ok(g().not_implemented),
    }
}
fn str_eq(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_eq())
}
fn str_ne(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_ne())
}
fn str_lt(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_lt())
}
fn str_le(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_le())
}
fn str_gt(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_gt())
}
fn str_ge(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_ge())
}
fn str_hash_m(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    match a.pos[0].downcast::<Str>() {
        Some(s) => Ok(th.new_int(s.hash())),
        None => Ok(Value::small(0)),
    }
}
fn str_iter(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::Str,
        crate::objects::iter::IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}
fn str_str(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    Ok(same(th, &a))
}
fn str_repr_m(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    Ok(th.new_string(crate::builtins_types::str_repr(this(&a))))
}
fn str_format_m(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 1)?;
    let spec = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    let v = same(th, &a);
    crate::format::format_builtin(th, v, spec)
}
fn str_getnewargs(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    let s = th.new_str(this(&a));
    Ok(th.new_tuple_from(&[s]))
}
fn str_sizeof(th: &Thread, a: Args) -> PyResult<Value> {
    dunder_args(th, &a, 0)?;
    let s = this(&a);
    let n = nchars(s);
    let per = if s.chars().all(|c| (c as u32) < 0x100) {
        1
    } else if s.chars().all(|c| (c as u32) < 0x10000) {
        2
    } else {
        4
    };
    let base = if s.is_ascii() { 49 } else { 73 };
    Ok(th.new_int((base + per * n) as i64))
}

// --- str.format ---

/// Auto-numbering state of a format string (CPython's AutoNumber).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// One `str.format` / `format_map` call.
struct Formatter<'a> {
    pos: &'a [Value],
    /// Keyword arguments (format) or the mapping (format_map).
    kw: Kw<'a>,
    numbering: Numbering,
}

enum Kw<'a> {
    Args(&'a Args<'a>),
    Mapping(Value),
}

impl Formatter<'_> {
    fn lookup_name(&self, th: &Thread, name: &str) -> PyResult<Value> {
        match &self.kw {
            Kw::Args(a) => a.kw(name).ok_or_else(|| th.key_error(th.new_str(name))),
            Kw::Mapping(m) => {
                let k = th.new_str(name);
                ops::getitem(th, *m, k)
            }
        }
    }

    fn positional(&mut self, th: &Thread, index: Option<usize>) -> PyResult<Value> {
        let i = match index {
            None => match self.numbering {
                Numbering::Manual => {
                    return Err(th.value_error(
                        "cannot switch from manual field specification to automatic field numbering"
                            .into(),
                    ));
                }
                Numbering::Unknown => {
                    self.numbering = Numbering::Auto(1);
                    0
                }
                Numbering::Auto(n) => {
                    self.numbering = Numbering::Auto(n + 1);
                    n
                }
            },
            Some(i) => {
                if let Numbering::Auto(_) = self.numbering {
                    return Err(th.value_error(
                        "cannot switch from automatic field numbering to manual field specification"
                            .into(),
                    ));
                }
                self.numbering = Numbering::Manual;
                i
            }
        };
        if let Kw::Mapping(_) = self.kw {
            return Err(th.value_error("Format string contains positional fields".into()));
        }
        self.pos.get(i).copied().ok_or_else(|| {
            th.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })
    }

    /// Resolves a field name (`0`, `name`, `0.attr[key]` ...).
    fn field_value(&mut self, th: &Thread, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut v = if first.is_empty() {
            self.positional(th, None)?
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            let i: usize = first
                .parse()
                .map_err(|_| th.value_error("Too many decimal digits in format string".into()))?;
            self.positional(th, Some(i))?
        } else {
            self.lookup_name(th, first)?
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let e = r.find(['.', '[']).unwrap_or(r.len());
                if e == 0 {
                    return Err(th.value_error("Empty attribute in format string".into()));
                }
                v = ops::getattr(th, v, th.intern(&r[..e]))?;
                rest = &r[e..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let e = r
                    .find(']')
                    .ok_or_else(|| th.value_error("Missing ']' in format string".into()))?;
                let key = &r[..e];
                if key.is_empty() {
                    return Err(th.value_error("Empty attribute in format string".into()));
                }
                let k = if key.bytes().all(|b| b.is_ascii_digit()) {
                    match key.parse::<i64>() {
                        Ok(n) => Value::small(n),
                        Err(_) => th.new_str(key),
                    }
                } else {
                    th.new_str(key)
                };
                v = ops::getitem(th, v, k)?;
                rest = &r[e + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(th.value_error(
                        "Only '.' or '[' may follow ']' in format field specifier".into(),
                    ));
                }
            } else {
                return Err(th.value_error(
                    "Only '.' or '[' may follow ']' in format field specifier".into(),
                ));
            }
        }
        Ok(v)
    }

    /// Expands a format string.
    fn run(&mut self, th: &Thread, fmt: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(th.value_error("Max string recursion exceeded".into()));
        }
        let c: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        while i < c.len() {
            // Literal text up to the next brace (CPython's MarkupIterator).
            let ch = c[i];
            i += 1;
            if ch != '{' && ch != '}' {
                out.push(ch);
                continue;
            }
            let at_end = i >= c.len();
            if ch == '}' && (at_end || c[i] != '}') {
                return Err(th.value_error("Single '}' encountered in format string".into()));
            }
            if at_end {
                return Err(th.value_error("Single '{' encountered in format string".into()));
            }
            if c[i] == ch {
                out.push(ch);
                i += 1;
                continue;
            }
            // A replacement field: name, then '!' conversion and/or ':' spec.
            let name_start = i;
            let mut term = None;
            while i < c.len() {
                let x = c[i];
                i += 1;
                match x {
                    '{' => {
                        return Err(th.value_error("unexpected '{' in field name".into()));
                    }
                    '[' => {
                        while i < c.len() && c[i] != ']' {
                            i += 1;
                        }
                    }
                    '}' | ':' | '!' => {
                        term = Some(x);
                        break;
                    }
                    _ => {}
                }
            }
            let name_end = if term.is_some() { i - 1 } else { i };
            let name: String = c[name_start..name_end].iter().collect();
            let mut conv = None;
            let mut spec = String::new();
            match term {
                Some('}') => {}
                Some(t) => {
                    let mut has_spec = true;
                    if t == '!' {
                        if i >= c.len() {
                            return Err(th.value_error(
                                "end of string while looking for conversion specifier".into(),
                            ));
                        }
                        conv = Some(c[i]);
                        i += 1;
                        if i < c.len() {
                            let x = c[i];
                            i += 1;
                            if x == '}' {
                                has_spec = false;
                            } else if x != ':' {
                                return Err(th.value_error(
                                    "expected ':' after conversion specifier".into(),
                                ));
                            }
                        }
                    }
                    if has_spec {
                        let st = i;
                        let mut count = 1;
                        let mut end = None;
                        while i < c.len() {
                            let x = c[i];
                            i += 1;
                            if x == '{' {
                                count += 1;
                            } else if x == '}' {
                                count -= 1;
                                if count == 0 {
                                    end = Some(i - 1);
                                    break;
                                }
                            }
                        }
                        let Some(end) = end else {
                            return Err(th.value_error("unmatched '{' in format spec".into()));
                        };
                        spec = c[st..end].iter().collect();
                    }
                }
                None => {
                    return Err(th.value_error("expected '}' before end of string".into()));
                }
            }
            let v = self.field_value(th, &name)?;
            let _r = th.root(v);
            let v = match conv {
                None => v,
                Some('r') => ops::repr_value(th, v)?,
                Some('s') => ops::str_value(th, v)?,
                Some('a') => th.new_string(crate::builtins_types::ascii_escape(&ops::repr(th, v)?)),
                Some(x) => {
                    return Err(th.value_error(format!("Unknown conversion specifier {x}")));
                }
            };
            let _r2 = th.root(v);
            let spec = if spec.contains('{') {
                self.run(th, &spec, depth - 1)?
            } else {
                spec
            };
            let r = crate::builtins::format_value(th, v, &spec)?;
            out.push_str(as_str(r).unwrap_or(""));
            check_size(th, out.len())?;
        }
        Ok(out)
    }
}

/// str.format: positional/keyword fields, attribute and index lookups, conversions and specs.
fn str_format(th: &Thread, a: Args) -> PyResult<Value> {
    let fmt = this(&a);
    let mut f = Formatter {
        pos: a.pos.get(1..).unwrap_or(&[]),
        kw: Kw::Args(&a),
        numbering: Numbering::Unknown,
    };
    let s = f.run(th, fmt, 2)?;
    Ok(th.new_string(s))
}

fn str_format_map(th: &Thread, a: Args) -> PyResult<Value> {
    let m = onearg(th, &a, "format_map")?;
    let fmt = this(&a);
    let mut f = Formatter {
        pos: &[],
        kw: Kw::Mapping(m),
        numbering: Numbering::Unknown,
    };
    let s = f.run(th, fmt, 2)?;
    Ok(th.new_string(s))
}

/// CPython's message for `+`/`*` between a builtin sequence and an
/// unsupported operand ("can only concatenate str ...", "can't multiply
/// sequence by non-int ..."), or None for the generic message.
pub fn sequence_op_error(op: frontend::bytecode::BinOp, a: Value, b: Value) -> Option<String> {
    let kind = |v: Value| if v.is_small() { Kind::Int } else { v.kind() };
    let is_seq = |k: Kind| {
        matches!(
            k,
            Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
        )
    };
    let (ka, kb) = (kind(a), kind(b));
    match op {
        frontend::bytecode::BinOp::Add if ka != kb || !is_seq(ka) => {
            let tb = type_name(b);
            match ka {
                Kind::Str => Some(format!("can only concatenate str (not \"{tb}\") to str")),
                Kind::List => Some(format!("can only concatenate list (not \"{tb}\") to list")),
                Kind::Tuple => Some(format!(
                    "can only concatenate tuple (not \"{tb}\") to tuple"
                )),
                Kind::Bytes | Kind::ByteArray if !matches!(kb, Kind::Bytes | Kind::ByteArray) => {
                    Some(format!("can't concat {tb} to {}", type_name(a)))
                }
                _ => None,
            }
        }
        frontend::bytecode::BinOp::Mul if is_seq(ka) => Some(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(b)
        )),
        frontend::bytecode::BinOp::Mul if is_seq(kb) => Some(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(a)
        )),
        _ => None,
    }
}
