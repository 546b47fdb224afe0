//! `str`: immutable text.  Stored as UTF-8 with its length in code points;
//! indexing and slicing are O(1) for ASCII strings (the common case) and
//! walk the UTF-8 otherwise.  The hash is computed once and cached.
use std::sync::atomic::{AtomicI64, Ordering};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::int;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult};
use crate::runtime::{Thread, g, is_initialized, types};
use crate::value::Value;

pub struct Str {
    pub s: Box<str>,
    /// Length in code points.
    pub nchars: usize,
    /// Cached hash; 0 = not computed yet (a real hash of 0 is stored as 1).
    hash: AtomicI64,
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
    /// Byte offset of code point `i` (i <= nchars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
    /// Code point `i` (i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap()
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

/// Installs the methods of `str`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        crate::runtime::types().str,
        "str",
        &[
            ("join", str_join),
            ("split", str_split),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("find", str_find),
            ("format", str_format),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
        ],
    );
}

fn s0(a: &Args) -> &'static str {
    as_str(a.pos[0]).unwrap_or("")
}

fn str_arg(th: &Thread, v: Value, what: &str) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| th.type_error(format!("{what} must be str, not {}", type_name(v))))
}

fn str_join(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "join", 2, 2)?;
    let sep = s0(&a);
    let items = ops::collect(th, a.pos[1])?;
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
    }
    Ok(th.new_string(out))
}

fn str_split(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "split", 1, 3)?;
    let s = s0(&a);
    let sep = a.get(1, "sep").filter(|v| *v != g().none);
    let maxsplit = a.get(2, "maxsplit").and_then(int::to_i64).unwrap_or(-1);
    let parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
            }
            out
        }
        Some(sv) => {
            let sep = str_arg(th, sv, "sep")?;
            if sep.is_empty() {
                return Err(th.value_error("empty separator".into()));
            }
            if maxsplit >= 0 {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(str::to_string)
                    .collect()
            } else {
                s.split(sep).map(str::to_string).collect()
            }
        }
    };
    Ok(th.new_str_list(parts))
}

fn strip_chars(a: &Args) -> Option<Vec<char>> {
    a.pos
        .get(1)
        .filter(|v| **v != g().none)
        .and_then(|v| as_str(*v))
        .map(|s| s.chars().collect())
}

fn str_strip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_matches(|x| c.contains(&x)),
        None => s.trim(),
    }))
}
fn str_lstrip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_start_matches(|x| c.contains(&x)),
        None => s.trim_start(),
    }))
}
fn str_rstrip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_end_matches(|x| c.contains(&x)),
        None => s.trim_end(),
    }))
}

fn str_replace(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "replace", 3, 4)?;
    let s = s0(&a);
    let old = str_arg(th, a.pos[1], "replace() argument 1")?;
    let new = str_arg(th, a.pos[2], "replace() argument 2")?;
    let count = a.pos.get(3).and_then(|v| int::to_i64(*v)).unwrap_or(-1);
    Ok(th.new_string(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn affix(th: &Thread, a: &Args, start: bool) -> PyResult<Value> {
    let s = s0(a);
    let test = |p: &str| {
        if start {
            s.starts_with(p)
        } else {
            s.ends_with(p)
        }
    };
    let v = a.pos[1];
    if let Some(t) = v.downcast::<crate::objects::tuple::Tuple>() {
        for x in t.items.iter() {
            if test(str_arg(th, *x, "tuple item")?) {
                return Ok(g().true_);
            }
        }
        return Ok(g().false_);
    }
    let p = as_str(v).ok_or_else(|| {
        th.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
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
fn str_upper(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_string(s0(&a).to_uppercase()))
}
fn str_lower(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_string(s0(&a).to_lowercase()))
}
fn str_find(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "find", 2, 4)?;
    let s = s0(&a);
    let sub = str_arg(th, a.pos[1], "find() argument")?;
    Ok(th.new_int(match s.find(sub) {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }))
}

fn just(th: &Thread, a: &Args, left: bool) -> PyResult<Value> {
    a.check(th, "ljust", 2, 3)?;
    let s = s0(a);
    let w = int::to_i64(a.pos[1]).unwrap_or(0).max(0) as usize;
    let fill = a
        .pos
        .get(2)
        .and_then(|v| as_str(*v))
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let n = s.chars().count();
    if n >= w {
        return Ok(a.pos[0]);
    }
    let pad: String = std::iter::repeat_n(fill, w - n).collect();
    Ok(th.new_string(if left {
        format!("{s}{pad}")
    } else {
        format!("{pad}{s}")
    }))
}
fn str_ljust(th: &Thread, a: Args) -> PyResult<Value> {
    just(th, &a, true)
}
fn str_rjust(th: &Thread, a: Args) -> PyResult<Value> {
    just(th, &a, false)
}

/// str.format: positional/keyword fields, attribute and index lookups, conversions and specs.
fn str_format(th: &Thread, a: Args) -> PyResult<Value> {
    let fmt: Vec<char> = s0(&a).chars().collect();
    let pos = &a.pos[1..];
    let mut auto = 0usize;
    let mut out = String::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c == '{' {
            if i + 1 < fmt.len() && fmt[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let st = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == '{' {
                    depth += 1;
                } else if fmt[i] == '}' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth != 0 {
                return Err(th.value_error("Single '{' encountered in format string".into()));
            }
            let field: String = fmt[st..i - 1].iter().collect();
            let (name_part, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name_part, conv) = match name_part.find('!') {
                Some(k) => (
                    name_part[..k].to_string(),
                    name_part[k + 1..].chars().next(),
                ),
                None => (name_part, None),
            };
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut v = if first.is_empty() {
                let v = *pos.get(auto).ok_or_else(|| {
                    th.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                *pos.get(n).ok_or_else(|| {
                    th.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                a.kw(first).ok_or_else(|| th.key_error(th.new_str(first)))?
            };
            let mut rest = &name_part[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let e = r.find(['.', '[']).unwrap_or(r.len());
                    v = ops::getattr(th, v, th.intern(&r[..e]))?;
                    rest = &r[e..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let e = r
                        .find(']')
                        .ok_or_else(|| th.value_error("Missing ']' in format string".into()))?;
                    let key = &r[..e];
                    let k = match key.parse::<i64>() {
                        Ok(n) if !key.starts_with('-') => Value::small(n),
                        _ => th.new_str(key),
                    };
                    v = ops::getitem(th, v, k)?;
                    rest = &r[e + 1..];
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => ops::repr_value(th, v)?,
                Some('s') => ops::str_value(th, v)?,
                Some('a') => th.new_string(crate::builtins_types::ascii_escape(&ops::repr(th, v)?)),
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let sv = th.new_string(spec);
                let inner = str_format(
                    th,
                    Args {
                        pos: &[&[sv][..], pos].concat(),
                        kwnames: a.kwnames,
                        kwvals: a.kwvals,
                    },
                )?;
                as_str(inner).unwrap_or("").to_string()
            } else {
                spec
            };
            let r = crate::builtins::format_value(th, v, &spec)?;
            out.push_str(as_str(r).unwrap_or(""));
        } else if c == '}' {
            if i + 1 < fmt.len() && fmt[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(th.value_error("Single '}' encountered in format string".into()));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(th.new_string(out))
}
