//! `float`: an IEEE double.  `repr` follows CPython exactly: the shortest
//! digits that round-trip, fixed notation for exponents in [-4, 16),
//! scientific (`1e+16`, `5e-324`) otherwise, and `inf`, `nan`, `-0.0`.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::objects::str::as_str;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{PyResult, Thread, g};
use crate::value::Value;

pub struct Float {
    pub v: f64,
}

impl PyPayload for Float {
    const KIND: Kind = Kind::Float;
    fn trace(&self, _t: &mut Tracer) {}
}

#[inline]
pub fn as_f64(v: Value) -> Option<f64> {
    v.downcast::<Float>().map(|f| f.v)
}

/// Shortest round-trip decimal digits and exponent: value = 0.d1d2... * 10^exp10
/// expressed as (digits, decimal point position) where value = digits * 10^(pos - len).
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde[-]x".
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp + 1)
}

/// `repr(x)` / `str(x)` as CPython.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, pos) = shortest_digits(x);
    let sign = if x < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    let exp = pos - 1;
    if (-4..16).contains(&exp) {
        if pos <= 0 {
            format!("{sign}0.{}{}", "0".repeat((-pos) as usize), digits)
        } else if pos >= n {
            format!("{sign}{}{}.0", digits, "0".repeat((pos - n) as usize))
        } else {
            format!(
                "{sign}{}.{}",
                &digits[..pos as usize],
                &digits[pos as usize..]
            )
        }
    } else {
        let mant = if n == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Python's hash of a float (equal to the hash of an equal int).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return crate::objects::int::hash_i64(x as i64);
    }
    const M: u64 = (1 << 61) - 1;
    let (m, mut e) = frexp(x.abs());
    let mut m = m;
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & M) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= M {
            h -= M;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & M) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 { -2 } else { r }
}

/// Mantissa in [0.5, 1) and exponent, as C's frexp.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

// --- Parsing ---

/// float(x) for one argument.
pub fn float_from_value(th: &Thread, x: Value) -> PyResult<f64> {
    if let Some(s) = as_str(x) {
        return float_from_str(th, s);
    }
    if let Some(b) = crate::objects::bytes::bytes_data(x) {
        return float_from_str(th, &String::from_utf8_lossy(&b));
    }
    if x.is_kind(Kind::Str) {
        return Err(th.value_error("could not convert string to float".into()));
    }
    crate::builtins::to_f64(th, x).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(x)
            ))
        } else {
            e
        }
    })
}

pub fn float_from_str(th: &Thread, s: &str) -> PyResult<f64> {
    let t = s.trim();
    let bad = || {
        th.value_error(format!(
            "could not convert string to float: {}",
            crate::builtins_types::str_repr(s)
        ))
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r.to_string()),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower).to_string()),
    };
    match body.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || body.contains("inf")
        || body.contains("nan")
    {
        return Err(bad());
    }
    let clean: String = body
        .chars()
        .filter(|c| *c != '_')
        .map(|c| {
            c.to_digit(10)
                .map(|d| char::from_digit(d, 10).unwrap())
                .unwrap_or(c)
        })
        .collect();
    clean.parse::<f64>().map(|f| sign * f).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn repr_matches_cpython() {
        for (x, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (5e-324, "5e-324"),
            (-0.0, "-0.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.5e300, "1.5e+300"),
            (123456.789, "123456.789"),
            (f64::INFINITY, "inf"),
        ] {
            assert_eq!(float_repr(x), s);
        }
    }
    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.1), 230584300921369408);
    }
}
