//! `int`: arbitrary precision.  Values in the 63-bit range are tagged small
//! ints (`Value::small`); larger ones are heap objects holding a `BigInt`
//! (num-bigint: well kept, pure Rust, fast enough at Python's typical sizes).
//! A heap int of exact type `int` always holds a value outside the small
//! range, so results are normalised through `from_bigint`.
use gc::Tracer;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::layout::{Kind, PyPayload};
use crate::objects::int;
use crate::objects::str::as_str;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;
use num_traits::Num;

pub struct Int {
    pub v: BigInt,
}

impl PyPayload for Int {
    const KIND: Kind = Kind::Int;
    fn trace(&self, _t: &mut Tracer) {}
}

/// A Python int from a BigInt (small when it fits).
pub fn from_bigint(th: &Thread, b: BigInt) -> Value {
    if let Some(i) = b.to_i64()
        && Value::fits_small(i)
    {
        return Value::small(i);
    }
    th.alloc(types().int, Int { v: b }).value()
}

/// The integer value of an int or bool (subclasses included).
pub fn to_bigint(v: Value) -> Option<BigInt> {
    if v.is_small() {
        return Some(BigInt::from(v.as_small()));
    }
    match v.kind() {
        Kind::Int => Some(v.as_gc_unchecked::<Int>().v.clone()),
        Kind::Bool => Some(BigInt::from(crate::objects::bool_::bool_value(v) as i64)),
        _ => None,
    }
}

/// The value as i64 if it is an int that fits.
#[inline]
pub fn to_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        return Some(v.as_small());
    }
    match v.kind() {
        Kind::Int => v.as_gc_unchecked::<Int>().v.to_i64(),
        Kind::Bool => Some(crate::objects::bool_::bool_value(v) as i64),
        _ => None,
    }
}

/// Whether `v` is an int (or bool, or int subclass).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small() || matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// Python's hash of an integer: the value modulo 2**61 - 1, with -1 -> -2.
pub fn hash_bigint(b: &BigInt) -> i64 {
    const M: u64 = (1 << 61) - 1;
    let (sign, mag) = b.to_u64_digits();
    let mut r: u64 = 0;
    for d in mag.iter().rev() {
        // r = (r * 2**64 + d) mod M; 2**64 mod M == 8.
        let x = (r as u128) * 8 % M as u128;
        let y = (*d % M) as u128;
        r = ((x + y) % M as u128) as u64;
    }
    let mut h = r as i64;
    if sign == num_bigint::Sign::Minus {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let mut h = if i >= 0 {
        i % M
    } else {
        -((-(i as i128) % M as i128) as i64)
    };
    if h == -1 {
        h = -2;
    }
    h
}

/// Float value of an int, OverflowError if too large.
pub fn int_to_f64(th: &Thread, v: Value) -> PyResult<f64> {
    if v.is_small() {
        return Ok(v.as_small() as f64);
    }
    let b = to_bigint(v).unwrap_or_default();
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(th.overflow_error("int too large to convert to float".into()));
    }
    Ok(f)
}

pub fn is_zero(v: Value) -> bool {
    if v.is_small() {
        v.as_small() == 0
    } else {
        to_bigint(v).map(|b| b.is_zero()).unwrap_or(false)
    }
}

// --- Parsing ---

/// int(x) for one argument.
pub fn int_from_value(th: &Thread, x: Value) -> PyResult<Value> {
    if int::is_int(x) {
        return Ok(th.new_bigint(int::to_bigint(x).unwrap()));
    }
    if let Some(f) = crate::objects::float::as_f64(x) {
        if f.is_nan() {
            return Err(th.value_error("cannot convert float NaN to integer".into()));
        }
        if f.is_infinite() {
            return Err(th.overflow_error("cannot convert float infinity to integer".into()));
        }
        return Ok(
            th.new_bigint(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default())
        );
    }
    if let Some(s) = as_str(x) {
        return int_from_str(th, s, 10);
    }
    if let Some(b) = crate::objects::bytes::bytes_data(x) {
        return int_from_str(th, &String::from_utf8_lossy(&b), 10);
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = ops::call_special(th, x, m, &[])? {
            return Ok(r);
        }
    }
    Err(th.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

pub fn int_from_str(th: &Thread, s: &str, base: i64) -> PyResult<Value> {
    let bad = || {
        th.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::builtins_types::str_repr(s)
        ))
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(th.value_error("int() base must be >= 2 and <= 36, or 0".into()));
    }
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &body[2..]),
        (0 | 8, Some("0o")) => (8, &body[2..]),
        (0 | 2, Some("0b")) => (2, &body[2..]),
        (0, _) => {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(bad());
            }
            (10, body)
        }
        (b, _) => (b, body),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || body.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(bad());
    }
    let clean: String = digits
        .chars()
        .filter(|c| *c != '_')
        .map(|c| {
            c.to_digit(10)
                .map(|d| char::from_digit(d, 10).unwrap())
                .unwrap_or(c)
        })
        .collect();
    let v = BigInt::from_str_radix(&clean, base as u32).map_err(|_| bad())?;
    Ok(th.new_bigint(if neg { -v } else { v }))
}
