//! `complex`: a pair of doubles.  The constructor (numbers, `__complex__`,
//! strings), the attributes and methods, and `repr`; the arithmetic lives
//! in `arith.rs`, formatting in `format.rs`.
use gc::Tracer;

use crate::layout::{Kind, PyPayload, alloc_sub};
use crate::objects::float::float_repr;
use crate::objects::function::Binding;
use crate::objects::str::as_str;
use crate::objects::type_::{TypeObj, lookup, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, types};
use crate::value::Value;

pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl PyPayload for Complex {
    const KIND: Kind = Kind::Complex;
    fn trace(&self, _t: &mut Tracer) {}
}

pub fn new_complex(th: &Thread, re: f64, im: f64) -> Value {
    th.alloc(types().complex, Complex { re, im }).value()
}

/// The parts of a complex value (or of an instance of a subclass).
pub fn parts(v: Value) -> Option<(f64, f64)> {
    v.downcast::<Complex>().map(|c| (c.re, c.im))
}

// --- repr ---

/// A float as complex's repr writes it: `repr(x)` without a trailing `.0`.
fn part_repr(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// CPython's `repr(complex)`: `1j`, `(1+2j)`, `(1-0j)`, `(-0+1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = part_repr(im);
    let imag = if im.is_nan() { "nan".to_string() } else { imag };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = if re.is_nan() {
        "nan".to_string()
    } else {
        part_repr(re)
    };
    let sign = if im.is_nan() || !im.is_sign_negative() {
        "+"
    } else {
        ""
    };
    format!("({real}{sign}{imag}j)")
}

// --- Constructor ---

/// Parses the text of `complex(str)`.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    // Split into real and imaginary parts at a sign that is not an exponent's.
    let (imag_form, body) = match t.strip_suffix(['j', 'J']) {
        Some(r) => (true, r),
        None => (false, t),
    };
    if !imag_form {
        return parse_float(t).map(|f| (f, 0.0));
    }
    let bb = body.as_bytes();
    let mut split = None;
    for i in (1..bb.len()).rev() {
        if (bb[i] == b'+' || bb[i] == b'-') && !matches!(bb[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag_of = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_float(p),
        }
    };
    match split {
        Some(i) => {
            let re = parse_float(&body[..i])?;
            let im = imag_of(&body[i..])?;
            Some((re, im))
        }
        None => Some((0.0, imag_of(body)?)),
    }
}

/// One float literal of a complex string (no surrounding spaces allowed).
fn parse_float(p: &str) -> Option<f64> {
    if p.is_empty() || p.trim() != p {
        return None;
    }
    let lower = p.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty()
        || !body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_'))
        || body.starts_with(['_', 'e', '+', '-'])
        || body.ends_with('_')
        || body.contains("__")
        || body.contains("_.")
        || body.contains("._")
        || body.contains("e_")
        || body.contains("_e")
    {
        return None;
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    if !clean.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// The complex value of a number-like argument and whether it was a
/// complex (or had `__complex__`), or None when it is not a number.
fn as_complex(th: &Thread, v: Value) -> PyResult<Option<((f64, f64), bool)>> {
    if let Some(p) = parts(v)
        && !type_of(v).is_heap()
    {
        return Ok(Some((p, true)));
    }
    if let Some(r) = ops::call_special(th, v, "__complex__", &[])? {
        return match parts(r) {
            Some(p) => Ok(Some((p, true))),
            None => Err(th.type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(r)
            ))),
        };
    }
    if let Some(p) = parts(v) {
        return Ok(Some((p, true)));
    }
    let t = type_of(v);
    if crate::objects::int::is_int(v)
        || crate::objects::float::as_f64(v).is_some()
        || lookup(t, th.intern_static("__float__")).is_some()
        || lookup(t, th.intern_static("__index__")).is_some()
    {
        return Ok(Some(((crate::builtins::to_f64(th, v)?, 0.0), false)));
    }
    Ok(None)
}

/// `complex.__new__(cls, real=0, imag=0)`.
pub fn complex_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("complex.__new__(X): X is not a type object".into()))?;
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if pos.len() > 2 {
        return Err(th.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    for k in a.kwnames {
        let k = as_str(*k).unwrap_or("");
        if !matches!(k, "real" | "imag") {
            return Err(th.type_error(format!(
                "'{k}' is an invalid keyword argument for complex()"
            )));
        }
    }
    let real = pos.first().copied().or_else(|| a.kw("real"));
    let imag = pos.get(1).copied().or_else(|| a.kw("imag"));
    let (re, im) = match (real, imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), i) if as_str(r).is_some() => {
            if i.is_some() {
                return Err(
                    th.type_error("complex() can't take second arg if first is a string".into())
                );
            }
            parse_complex(as_str(r).unwrap_or(""))
                .ok_or_else(|| th.value_error("complex() arg is a malformed string".into()))?
        }
        (r, i) => {
            if i.is_some_and(|i| as_str(i).is_some()) {
                return Err(th.type_error("complex() second arg can't be a string".into()));
            }
            let ((rr, ri), r_cx) = match r {
                None => ((0.0, 0.0), false),
                Some(r) => as_complex(th, r)?.ok_or_else(|| {
                    th.type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        type_name(r)
                    ))
                })?,
            };
            let ((ir, ii), i_cx) = match i {
                None => ((0.0, 0.0), false),
                Some(i) => as_complex(th, i)?.ok_or_else(|| {
                    th.type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        type_name(i)
                    ))
                })?,
            };
            // CPython: real = cr.real - ci.imag, imag = ci.real + cr.imag,
            // each term only when that argument was a complex.
            let re = if i_cx { rr - ii } else { rr };
            let im = match i {
                None => ri,
                Some(_) if r_cx => ir + ri,
                Some(_) => ir,
            };
            (re, im)
        }
    };
    if cls == types().complex {
        if let Some(r) = real
            && imag.is_none()
            && type_of(r) == types().complex
        {
            return Ok(r);
        }
        return Ok(new_complex(th, re, im));
    }
    Ok(alloc_sub(&th.mutator, cls, Complex { re, im }, Value::NULL).value())
}

// --- Methods ---

/// Installs the methods and attributes of `complex`.
pub fn install(th: &Thread) {
    let t = types().complex;
    crate::objects::add_methods(
        th,
        t,
        "complex",
        &[
            ("conjugate", complex_conjugate),
            ("__complex__", complex_complex),
            ("__abs__", complex_abs),
            ("__repr__", complex_repr_m),
            ("__str__", complex_repr_m),
            ("__format__", complex_format),
            ("__getnewargs__", complex_getnewargs),
            ("__bool__", complex_bool),
            ("__hash__", complex_hash),
        ],
    );
    crate::objects::add_fn(th, t, "complex", "real", complex_real, Binding::Getter);
    crate::objects::add_fn(th, t, "complex", "imag", complex_imag, Binding::Getter);
}

fn this(a: &Args) -> (f64, f64) {
    a.pos.first().and_then(|v| parts(*v)).unwrap_or((0.0, 0.0))
}
fn noargs(th: &Thread, a: &Args, name: &str) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if n != 0 || a.has_kw() {
        return Err(th.type_error(format!("complex.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn complex_real(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_float(this(&a).0))
}
fn complex_imag(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_float(this(&a).1))
}
fn complex_conjugate(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "conjugate")?;
    let (re, im) = this(&a);
    Ok(new_complex(th, re, -im))
}
fn complex_complex(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "__complex__")?;
    let (re, im) = this(&a);
    if type_of(a.pos[0]) == types().complex {
        return Ok(a.pos[0]);
    }
    Ok(new_complex(th, re, im))
}
/// `abs(z)`, OverflowError when finite parts overflow.
pub fn complex_abs_value(th: &Thread, re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(th.overflow_error("absolute value too large".into()));
    }
    Ok(r)
}
fn complex_abs(th: &Thread, a: Args) -> PyResult<Value> {
    let (re, im) = this(&a);
    Ok(th.new_float(complex_abs_value(th, re, im)?))
}
fn complex_repr_m(th: &Thread, a: Args) -> PyResult<Value> {
    let (re, im) = this(&a);
    Ok(th.new_string(complex_repr(re, im)))
}
fn complex_format(th: &Thread, a: Args) -> PyResult<Value> {
    let n = a.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(th.type_error(format!(
            "complex.__format__() takes exactly one argument ({n} given)"
        )));
    }
    let spec = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    let (re, im) = this(&a);
    let s = crate::format::format_complex(th, re, im, spec)?;
    Ok(th.new_string(s))
}
fn complex_getnewargs(th: &Thread, a: Args) -> PyResult<Value> {
    let (re, im) = this(&a);
    let r = th.new_float(re);
    let _k = th.root(r);
    let i = th.new_float(im);
    Ok(th.new_tuple_from(&[r, i]))
}
fn complex_bool(th: &Thread, a: Args) -> PyResult<Value> {
    let (re, im) = this(&a);
    Ok(th.bool_val(re != 0.0 || im != 0.0))
}
fn complex_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let (re, im) = this(&a);
    let hr = crate::objects::float::hash_f64(re);
    let hi = crate::objects::float::hash_f64(im);
    let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
    Ok(th.new_int(if h == -1 { -2 } else { h }))
}
