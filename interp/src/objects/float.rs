//! `float`: an IEEE double.  `repr` follows CPython exactly: the shortest
//! digits that round-trip, fixed notation for exponents in [-4, 16),
//! scientific (`1e+16`, `5e-324`) otherwise, and `inf`, `nan`, `-0.0`.
use gc::Tracer;

use crate::layout::{Kind, PyPayload};
use crate::objects::str::as_str;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, types};
use crate::runtime::{PyResult, Thread, g};
use crate::value::Value;
use frontend::bytecode::{BinOp, CmpOp};

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
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    // When two candidates of the shortest length are equally close to `x`
    // (its exact value ends in a 5 right after them), CPython's dtoa takes
    // the even one and Rust's formatter may take the odd one.  Such ties
    // need about 15 digits or more (the double spacing must reach the last
    // decimal place), so the exact expansion is looked at only then.
    if digits.len() >= 15
        && digits.as_bytes()[digits.len() - 1] % 2 == 1
        && let Some(even) = even_tie_neighbour(x.abs(), &digits, exp)
    {
        digits = even;
    }
    (digits, exp + 1)
}

/// The even shortest candidate below `digits` (same length, same decimal
/// exponent `exp`) when `x` lies exactly halfway between the two and it
/// also reads back as `x`.
fn even_tie_neighbour(x: f64, digits: &str, exp: i32) -> Option<String> {
    use num_bigint::BigUint;
    let n = digits.len() as i32;
    let lower: u64 = digits.parse::<u64>().ok()? - 1;
    // The midpoint `lower`5 x 10^k, against x = m x 2^q, exactly.
    let mid = BigUint::from(lower) * 10u32 + 5u32;
    let k = exp - n;
    let bits = x.to_bits();
    let (frac, e) = (bits & ((1 << 52) - 1), ((bits >> 52) & 0x7ff) as i32);
    let (m, q) = match e {
        0 => (frac, -1074),
        _ => (frac | (1 << 52), e - 1075),
    };
    let ten = |p: i32| BigUint::from(10u32).pow(p as u32);
    let (mut lhs, mut rhs) = (BigUint::from(m), mid);
    match q >= 0 {
        true => lhs <<= q as usize,
        false => rhs <<= (-q) as usize,
    }
    match k >= 0 {
        true => rhs *= ten(k),
        false => lhs *= ten(-k),
    }
    if lhs != rhs {
        return None;
    }
    let lower = format!("{lower:0width$}", width = digits.len());
    let back: f64 = format!("{}.{}e{exp}", &lower[..1], &lower[1..])
        .parse()
        .ok()?;
    (back == x).then_some(lower)
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
    let has_hook = |n: &'static str| {
        crate::objects::type_::lookup_str(th, crate::objects::type_::type_of(x), n).is_some()
    };
    crate::builtins::to_f64(th, x).map_err(|e| {
        // Errors about what `__float__`/`__index__` returned stay.
        if ops::is_instance_of(e.0, g().exc.type_error)
            && !has_hook("__float__")
            && !has_hook("__index__")
        {
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
    let bad = || {
        th.value_error(format!(
            "could not convert string to float: {}",
            crate::builtins_types::str_repr(s)
        ))
    };
    let norm = crate::objects::int::ascii_digits(s);
    let t = norm.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Digits, at most one '.', an optional exponent; '_' only between digits.
    let b = body.as_bytes();
    let mut ok = !b.is_empty();
    for (i, c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' | b'.' | b'e' => {}
            b'+' | b'-' => ok &= i > 0 && b[i - 1] == b'e',
            b'_' => {
                ok &= i > 0
                    && i + 1 < b.len()
                    && b[i - 1].is_ascii_digit()
                    && b[i + 1].is_ascii_digit()
            }
            _ => ok = false,
        }
    }
    if !ok {
        return Err(bad());
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
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

// --- Exact conversions ---

/// `m * 2**e` correctly rounded to a double (ties to even); None on overflow.
pub fn ldexp_big(m: &num_bigint::BigUint, e: i64) -> Option<f64> {
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // The value lies in [2**top, 2**(top+1)).
    let top = bits - 1 + e;
    if top > 1023 {
        return None;
    }
    // Bits of precision available at this magnitude (subnormals have fewer).
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec <= 0 {
        // Below half the smallest subnormal, or exactly half (ties to zero).
        if prec == 0 {
            // value in [2**-1075, 2**-1074): rounds up unless exactly 2**-1075.
            let exact_half = m.trailing_zeros() == Some(bits as u64 - 1);
            return Some(if exact_half { 0.0 } else { f64::from_bits(1) });
        }
        return Some(0.0);
    }
    let shift = bits - prec;
    let (q, exp) = if shift > 0 {
        let s = shift as u64;
        let q: num_bigint::BigUint = m >> s;
        let half = num_bigint::BigUint::from(1u8) << (s - 1);
        let rem: num_bigint::BigUint = m - (&q << s);
        let q = if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        };
        (q, e + shift)
    } else {
        (m.clone(), e)
    };
    let qf = q.to_f64()?;
    let r = scale2(qf, exp);
    if r.is_infinite() { None } else { Some(r) }
}

/// x * 2**n, exact whenever the result is representable.
pub fn scale2(mut x: f64, mut n: i64) -> f64 {
    while n > 1000 {
        x *= 2f64.powi(1000);
        n -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while n < -1000 {
        // Keep intermediates normal: the final step does the rounding.
        if n < -2000 && x.abs() < 1e-300 {
            return 0.0 * x;
        }
        x *= 2f64.powi(-1000);
        n += 1000;
    }
    x * 2f64.powi(n as i32)
}

/// (numerator, denominator) of a finite float, in lowest terms.
pub fn integer_ratio(x: f64) -> (num_bigint::BigInt, num_bigint::BigInt) {
    use num_bigint::BigInt;
    if x == 0.0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let mut n = BigInt::from(m);
    if x < 0.0 {
        n = -n;
    }
    if e >= 0 {
        (n << e as usize, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-e) as usize)
    }
}

// --- hex / fromhex ---

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp - 1023)
    }
}

/// `float.fromhex(s)`.
pub fn float_fromhex(th: &Thread, s: &str) -> PyResult<f64> {
    let bad = || th.value_error("invalid hexadecimal floating-point string".into());
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    if !ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let mut e: i64 = 0;
    if let Some(es) = exp {
        let digits = es.strip_prefix(['+', '-']).unwrap_or(es);
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        // Saturate: huge exponents overflow or underflow anyway.
        let mag = digits
            .trim_start_matches('0')
            .parse::<i64>()
            .unwrap_or(if digits.trim_start_matches('0').is_empty() {
                0
            } else {
                i64::MAX / 4
            })
            .min(i64::MAX / 4);
        e = if es.starts_with('-') { -mag } else { mag };
    }
    let all: String = format!("{ip}{fp}");
    let all = all.trim_start_matches('0');
    if all.is_empty() {
        return Ok(sign * 0.0);
    }
    let m = num_bigint::BigUint::parse_bytes(all.as_bytes(), 16).ok_or_else(bad)?;
    let e = e.saturating_sub(4 * fp.len() as i64);
    match ldexp_big(&m, e) {
        Some(v) => Ok(sign * v),
        None => {
            Err(th.overflow_error("hexadecimal value too large to represent as a float".into()))
        }
    }
}

// --- Rounding ---

/// round(x, ndigits) as CPython: the exact value rounded half-even at
/// 10**-ndigits, then correctly rounded back to a double.
pub fn round_ndigits(th: &Thread, x: f64, nd: i64) -> PyResult<f64> {
    use num_bigint::BigInt;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    let (n, d) = integer_ratio(x.abs());
    let p = num_traits::pow::Pow::pow(BigInt::from(10), nd.unsigned_abs());
    let k = if nd >= 0 {
        crate::objects::int::round_half_even_div(&(n * &p), &d)
    } else {
        crate::objects::int::round_half_even_div(&n, &(d * &p))
    };
    let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, k, -nd);
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(th.overflow_error("rounded value too large to represent".into()));
    }
    Ok(r)
}

/// An int from a finite float's integral value; errors for inf and nan.
pub fn float_to_int(th: &Thread, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(th.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(th.overflow_error("cannot convert float infinity to integer".into()));
    }
    let (n, d) = integer_ratio(f.trunc());
    Ok(th.new_bigint(n / d))
}

// --- Methods ---

/// Installs the methods of `float`.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let t = types().float;
    crate::objects::add_methods(
        th,
        t,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("hex", float_hex_method),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_self),
            ("__float__", float_self),
            ("__pos__", float_self),
            ("__int__", float_trunc),
            ("__trunc__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("__abs__", float_abs),
            ("__neg__", float_neg),
            ("__bool__", float_bool),
            ("__hash__", float_hash),
            ("__repr__", float_repr_method),
            ("__format__", crate::objects::int::num_format),
            ("__getnewargs__", float_getnewargs),
            ("__add__", float_add),
            ("__radd__", float_radd),
            ("__sub__", float_sub),
            ("__rsub__", float_rsub),
            ("__mul__", float_mul),
            ("__rmul__", float_rmul),
            ("__truediv__", float_truediv),
            ("__rtruediv__", float_rtruediv),
            ("__floordiv__", float_floordiv),
            ("__rfloordiv__", float_rfloordiv),
            ("__mod__", float_mod),
            ("__rmod__", float_rmod),
            ("__divmod__", float_divmod_m),
            ("__rdivmod__", float_rdivmod),
            ("__pow__", float_pow_m),
            ("__rpow__", float_rpow),
            ("__lt__", float_lt),
            ("__le__", float_le),
            ("__eq__", float_eq),
            ("__ne__", float_ne),
            ("__gt__", float_gt),
            ("__ge__", float_ge),
        ],
    );
    crate::objects::add_fn(
        th,
        t,
        "float",
        "fromhex",
        float_fromhex_method,
        Binding::Class,
    );
    crate::objects::add_fn(
        th,
        t,
        "float",
        "__getformat__",
        float_getformat,
        Binding::Class,
    );
    crate::objects::add_fn(th, t, "float", "real", float_self, Binding::Getter);
    crate::objects::add_fn(th, t, "float", "imag", float_zero, Binding::Getter);
}

fn arg_f64(th: &Thread, a: &Args) -> PyResult<f64> {
    a.pos
        .first()
        .and_then(|v| as_f64(*v))
        .ok_or_else(|| th.type_error("descriptor requires a 'float' object".into()))
}

fn float_self(th: &Thread, a: Args) -> PyResult<Value> {
    let x = arg_f64(th, &a)?;
    let v = a.pos[0];
    if v.heap_type() == types().float {
        return Ok(v);
    }
    Ok(th.new_float(x))
}

fn float_zero(th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(th.new_float(0.0))
}

fn float_is_integer(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "is_integer", 1, 1)?;
    let x = arg_f64(th, &a)?;
    Ok(th.bool_val(x.is_finite() && x.fract() == 0.0))
}

fn float_hex_method(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "hex", 1, 1)?;
    Ok(th.new_string(float_hex(arg_f64(th, &a)?)))
}

fn float_fromhex_method(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fromhex", 2, 2)?;
    let s = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    let f = th.new_float(float_fromhex(th, s)?);
    if a.pos[0] == types().float.value() {
        return Ok(f);
    }
    ops::call(th, a.pos[0], &[f])
}

fn float_getformat(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getformat__", 2, 2)?;
    match as_str(a.pos[1]) {
        Some("double") | Some("float") => Ok(th.new_str("IEEE, little-endian")),
        Some(_) => {
            Err(th.value_error("__getformat__() argument 1 must be 'double' or 'float'".into()))
        }
        None => Err(th.type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name(a.pos[1])
        ))),
    }
}

fn float_as_integer_ratio(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "as_integer_ratio", 1, 1)?;
    let x = arg_f64(th, &a)?;
    if x.is_nan() {
        return Err(th.value_error("cannot convert NaN to integer ratio".into()));
    }
    if x.is_infinite() {
        return Err(th.overflow_error("cannot convert Infinity to integer ratio".into()));
    }
    let (n, d) = integer_ratio(x);
    let nv = th.new_bigint(n);
    let _r = th.root(nv);
    let dv = th.new_bigint(d);
    Ok(th.new_tuple_from(&[nv, dv]))
}

fn float_trunc(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__trunc__", 1, 1)?;
    float_to_int(th, arg_f64(th, &a)?)
}

fn float_floor(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__floor__", 1, 1)?;
    float_to_int(th, arg_f64(th, &a)?.floor())
}

fn float_ceil(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__ceil__", 1, 1)?;
    float_to_int(th, arg_f64(th, &a)?.ceil())
}

fn float_round(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__round__", 1, 2)?;
    let x = arg_f64(th, &a)?;
    match a
        .pos
        .get(1)
        .copied()
        .filter(|v| *v != crate::runtime::g().none)
    {
        None => float_to_int(th, x.round_ties_even()),
        Some(nd) => {
            let nd = ops::index(th, nd)?;
            let nd = match crate::objects::int::to_i64(nd) {
                Some(i) => i,
                None if crate::objects::int::to_bigint(nd)
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
                {
                    i64::MIN
                }
                None => i64::MAX,
            };
            Ok(th.new_float(round_ndigits(th, x, nd)?))
        }
    }
}

fn float_abs(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__abs__", 1, 1)?;
    Ok(th.new_float(arg_f64(th, &a)?.abs()))
}

fn float_neg(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__neg__", 1, 1)?;
    Ok(th.new_float(-arg_f64(th, &a)?))
}

fn float_bool(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__bool__", 1, 1)?;
    Ok(th.bool_val(arg_f64(th, &a)? != 0.0))
}

fn float_hash(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__hash__", 1, 1)?;
    Ok(th.new_int(hash_f64(arg_f64(th, &a)?)))
}

fn float_repr_method(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    Ok(th.new_string(float_repr(arg_f64(th, &a)?)))
}

fn float_getnewargs(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getnewargs__", 1, 1)?;
    let f = th.new_float(arg_f64(th, &a)?);
    Ok(th.new_tuple_from(&[f]))
}

/// Whether `v` can be the other operand of a float operator.
fn float_operand(v: Value) -> bool {
    as_f64(v).is_some() || crate::objects::int::is_int(v)
}

fn float_binop_dunder(
    th: &Thread,
    a: Args,
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    let ni = crate::runtime::g().not_implemented;
    if !float_operand(y) {
        return Ok(ni);
    }
    let fx = arg_f64(th, &a)?;
    let fy = crate::builtins::to_f64(th, y)?;
    let _ = x;
    let (l, r) = if reflected { (fy, fx) } else { (fx, fy) };
    crate::arith::float_binop(th, op, l, r)
}

macro_rules! float_binops {
    ($($f:ident, $rf:ident, $op:expr, $n:literal, $rn:literal;)*) => {$(
        fn $f(th: &Thread, a: Args) -> PyResult<Value> {
            float_binop_dunder(th, a, $op, false, $n)
        }
        fn $rf(th: &Thread, a: Args) -> PyResult<Value> {
            float_binop_dunder(th, a, $op, true, $rn)
        }
    )*};
}

float_binops! {
    float_add, float_radd, BinOp::Add, "__add__", "__radd__";
    float_sub, float_rsub, BinOp::Sub, "__sub__", "__rsub__";
    float_mul, float_rmul, BinOp::Mul, "__mul__", "__rmul__";
    float_truediv, float_rtruediv, BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    float_floordiv, float_rfloordiv, BinOp::FloorDiv, "__floordiv__", "__rfloordiv__";
    float_mod, float_rmod, BinOp::Mod, "__mod__", "__rmod__";
}

fn float_divmod_impl(th: &Thread, a: Args, reflected: bool, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    if !float_operand(a.pos[1]) {
        return Ok(crate::runtime::g().not_implemented);
    }
    let fx = arg_f64(th, &a)?;
    let fy = crate::builtins::to_f64(th, a.pos[1])?;
    let (x, y) = if reflected { (fy, fx) } else { (fx, fy) };
    if y == 0.0 {
        return Err(th.zero_division("float divmod()"));
    }
    let (q, r) = crate::arith::float_divmod(x, y);
    let qv = th.new_float(q);
    let _r = th.root(qv);
    let rv = th.new_float(r);
    Ok(th.new_tuple_from(&[qv, rv]))
}

fn float_divmod_m(th: &Thread, a: Args) -> PyResult<Value> {
    float_divmod_impl(th, a, false, "__divmod__")
}

fn float_rdivmod(th: &Thread, a: Args) -> PyResult<Value> {
    float_divmod_impl(th, a, true, "__rdivmod__")
}

fn float_pow_impl(th: &Thread, a: Args, reflected: bool, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 3)?;
    if a.pos.get(2).is_some_and(|m| *m != crate::runtime::g().none) {
        return Err(th.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".into(),
        ));
    }
    float_binop_dunder(th, Args::new(&a.pos[..2]), BinOp::Pow, reflected, name)
}

fn float_pow_m(th: &Thread, a: Args) -> PyResult<Value> {
    float_pow_impl(th, a, false, "__pow__")
}

fn float_rpow(th: &Thread, a: Args) -> PyResult<Value> {
    float_pow_impl(th, a, true, "__rpow__")
}

fn float_cmp_dunder(th: &Thread, a: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    if !float_operand(a.pos[1]) {
        return Ok(crate::runtime::g().not_implemented);
    }
    Ok(crate::arith::native_compare(th, a.pos[0], a.pos[1], op)?
        .unwrap_or(crate::runtime::g().not_implemented))
}

macro_rules! float_cmps {
    ($($f:ident, $op:expr, $n:literal;)*) => {$(
        fn $f(th: &Thread, a: Args) -> PyResult<Value> {
            float_cmp_dunder(th, a, $op, $n)
        }
    )*};
}

float_cmps! {
    float_lt, CmpOp::Lt, "__lt__";
    float_le, CmpOp::Le, "__le__";
    float_eq, CmpOp::Eq, "__eq__";
    float_ne, CmpOp::Ne, "__ne__";
    float_gt, CmpOp::Gt, "__gt__";
    float_ge, CmpOp::Ge, "__ge__";
}
