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
use crate::runtime::Args;
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;
use frontend::bytecode::{BinOp, CmpOp};
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
            if m != "__trunc__" && !int::is_int(r) {
                return Err(th.type_error(format!("{m} returned non-int (type {})", type_name(r))));
            }
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
    let norm = ascii_digits(s);
    let t = norm.trim();
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
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base as u32)) {
        return Err(bad());
    }
    let lim = str_digits_limit();
    if lim > 0 && !(base as u32).is_power_of_two() && clean.len() > lim {
        return Err(th.value_error(format!(
            "Exceeds the limit ({lim} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let v = BigInt::from_str_radix(&clean, base as u32).map_err(|_| bad())?;
    Ok(th.new_bigint(if neg { -v } else { v }))
}

// --- Unicode decimal digits ---

/// The code points of the Unicode decimal-digit zeros (category Nd); every
/// Nd block is a run of ten consecutive code points starting at one of these.
const ND_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`unicodedata.decimal`), if `c` is one.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    let i = ND_ZEROS.partition_point(|z| *z <= cp);
    let z = *ND_ZEROS.get(i.checked_sub(1)?)?;
    (cp - z < 10).then_some(cp - z)
}

/// `s` with non-ASCII decimal digits replaced by their ASCII forms (as
/// CPython's int() and float() accept them).
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match unicode_decimal(c) {
                Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect(),
    )
}

// --- Decimal string conversion limit ---

/// `sys.get_int_max_str_digits()`: the most decimal digits int<->str
/// conversion handles (0 means no limit).
pub static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

fn str_digits_limit() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Decimal text of an int, with CPython's limit on the number of digits.
pub fn int_decimal(th: &Thread, b: &BigInt) -> PyResult<String> {
    let lim = str_digits_limit();
    // bits * log10(2) bounds the digit count from below (up to one digit).
    if lim > 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > lim as f64 + 1.0 {
        return Err(str_limit_error(th, lim));
    }
    let s = b.to_string();
    if lim > 0 && s.trim_start_matches('-').len() > lim {
        return Err(str_limit_error(th, lim));
    }
    Ok(s)
}

fn str_limit_error(th: &Thread, lim: usize) -> crate::runtime::Exc {
    th.value_error(format!(
        "Exceeds the limit ({lim} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// CPython's `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: the smallest non-zero
/// limit `sys.set_int_max_str_digits` accepts.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// repr/str of an int value (small, big or bool-less int subclass).
pub fn int_repr(th: &Thread, v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    int_decimal(th, &to_bigint(v).unwrap_or_default())
}

// --- Methods ---

/// Installs the methods of `int` and `bool`.
pub fn install(th: &Thread) {
    use crate::objects::function::Binding;
    let t = types().int;
    crate::objects::add_methods(
        th,
        t,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("conjugate", int_self),
            ("__index__", int_self),
            ("__int__", int_self),
            ("__trunc__", int_self),
            ("__floor__", int_self),
            ("__ceil__", int_self),
            ("__pos__", int_self),
            ("__float__", int_float),
            ("__round__", int_round),
            ("__abs__", int_abs),
            ("__neg__", int_neg),
            ("__invert__", int_invert),
            ("__bool__", int_bool),
            ("__hash__", int_hash),
            ("__repr__", int_repr_method),
            ("__format__", num_format),
            ("__getnewargs__", int_getnewargs),
            ("__sizeof__", int_sizeof),
            ("__add__", int_add),
            ("__radd__", int_radd),
            ("__sub__", int_sub),
            ("__rsub__", int_rsub),
            ("__mul__", int_mul),
            ("__rmul__", int_rmul),
            ("__truediv__", int_truediv),
            ("__rtruediv__", int_rtruediv),
            ("__floordiv__", int_floordiv),
            ("__rfloordiv__", int_rfloordiv),
            ("__mod__", int_mod),
            ("__rmod__", int_rmod),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
            ("__pow__", int_pow),
            ("__rpow__", int_rpow),
            ("__lshift__", int_lshift),
            ("__rlshift__", int_rlshift),
            ("__rshift__", int_rshift),
            ("__rrshift__", int_rrshift),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
            ("__lt__", int_lt),
            ("__le__", int_le),
            ("__eq__", int_eq),
            ("__ne__", int_ne),
            ("__gt__", int_gt),
            ("__ge__", int_ge),
        ],
    );
    crate::objects::add_fn(th, t, "int", "from_bytes", int_from_bytes, Binding::Class);
    for (name, f) in [
        ("real", int_self as crate::objects::function::NativeFn),
        ("numerator", int_self),
        ("imag", int_zero),
        ("denominator", int_one),
    ] {
        crate::objects::add_fn(th, t, "int", name, f, Binding::Getter);
    }
    let b = types().bool_;
    crate::objects::add_methods(
        th,
        b,
        "bool",
        &[
            ("__and__", bool_and),
            ("__rand__", bool_and),
            ("__or__", bool_or),
            ("__ror__", bool_or),
            ("__xor__", bool_xor),
            ("__rxor__", bool_xor),
            ("__repr__", bool_repr_method),
        ],
    );
}

/// The int value of argument `i` (self of an int method).
fn arg_big(th: &Thread, a: &Args, i: usize) -> PyResult<BigInt> {
    a.pos
        .get(i)
        .and_then(|v| to_bigint(*v))
        .ok_or_else(|| th.type_error("descriptor requires an 'int' object".into()))
}

fn int_self(th: &Thread, a: Args) -> PyResult<Value> {
    let v = *a
        .pos
        .first()
        .ok_or_else(|| th.type_error("descriptor requires an 'int' object".into()))?;
    if v.is_small() || v.heap_type() == types().int {
        return Ok(v);
    }
    Ok(th.new_bigint(arg_big(th, &a, 0)?))
}

fn int_zero(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(Value::small(0))
}

fn int_one(_th: &Thread, _a: Args) -> PyResult<Value> {
    Ok(Value::small(1))
}

fn int_bit_length(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "bit_length", 1, 1)?;
    Ok(th.new_int(arg_big(th, &a, 0)?.bits() as i64))
}

fn int_bit_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "bit_count", 1, 1)?;
    let b = arg_big(th, &a, 0)?;
    let n: u64 = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(th.new_int(n as i64))
}

fn int_as_integer_ratio(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "as_integer_ratio", 1, 1)?;
    let n = int_self(th, a)?;
    Ok(th.new_tuple_from(&[n, Value::small(1)]))
}

fn int_float(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__float__", 1, 1)?;
    let f = int_to_f64(th, a.pos[0])?;
    Ok(th.new_float(f))
}

fn int_abs(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__abs__", 1, 1)?;
    let b = arg_big(th, &a, 0)?;
    Ok(th.new_bigint(num_traits::Signed::abs(&b)))
}

fn int_neg(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__neg__", 1, 1)?;
    Ok(th.new_bigint(-arg_big(th, &a, 0)?))
}

fn int_invert(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__invert__", 1, 1)?;
    Ok(th.new_bigint(!arg_big(th, &a, 0)?))
}

fn int_bool(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__bool__", 1, 1)?;
    Ok(th.bool_val(!arg_big(th, &a, 0)?.is_zero()))
}

fn int_hash(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__hash__", 1, 1)?;
    Ok(th.new_int(hash_bigint(&arg_big(th, &a, 0)?)))
}

/// `int.__repr__`: the decimal digits, also for a bool (`int.__repr__(True)`
/// is `'1'`, which is how `json` and `enum` print int subclasses).
fn int_repr_method(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    let v = a.pos[0];
    if v.is_kind(Kind::Bool) {
        let s = if crate::objects::bool_::bool_value(v) {
            "1"
        } else {
            "0"
        };
        return Ok(th.new_str(s));
    }
    let s = int_repr(th, v)?;
    Ok(th.new_string(s))
}

fn bool_repr_method(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__repr__", 1, 1)?;
    let v = a.pos[0];
    if v.is_kind(Kind::Bool) {
        let s = if crate::objects::bool_::bool_value(v) {
            "True"
        } else {
            "False"
        };
        return Ok(th.new_str(s));
    }
    let s = int_repr(th, v)?;
    Ok(th.new_string(s))
}

/// `__format__` of int and float.
pub fn num_format(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__format__", 2, 2)?;
    let spec = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    crate::format::format_builtin(th, a.pos[0], spec)
}

fn int_getnewargs(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getnewargs__", 1, 1)?;
    let n = int_self(th, a)?;
    Ok(th.new_tuple_from(&[n]))
}

fn int_sizeof(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__sizeof__", 1, 1)?;
    let b = arg_big(th, &a, 0)?;
    let digits = b.bits().div_ceil(30).max(1) as i64;
    Ok(th.new_int(24 + 4 * digits))
}

/// round(int, ndigits): half to even at 10**-ndigits.
fn int_round(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__round__", 1, 2)?;
    let nd = match a.pos.get(1) {
        None => return int_self(th, a),
        Some(v) if *v == crate::runtime::g().none => return int_self(th, a),
        Some(v) => ops::index(th, *v)?,
    };
    let nd = to_bigint(nd).unwrap_or_default();
    if !num_traits::Signed::is_negative(&nd) {
        return int_self(th, a);
    }
    let x = arg_big(th, &a, 0)?;
    let ndigits = x.bits() as f64 * std::f64::consts::LOG10_2 + 2.0;
    let p = match (-nd).to_u64() {
        Some(p) if (p as f64) <= ndigits => p,
        _ => return Ok(Value::small(0)),
    };
    let m = num_traits::pow::Pow::pow(BigInt::from(10), p);
    Ok(th.new_bigint(round_half_even_div(&x, &m) * m))
}

/// x / m rounded to the nearest integer, ties to even (m > 0).
pub fn round_half_even_div(x: &BigInt, m: &BigInt) -> BigInt {
    use num_integer::Integer;
    let (q, r) = x.div_mod_floor(m);
    let twice: BigInt = r * 2;
    match twice.cmp(m) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

fn int_to_bytes(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "to_bytes", 1, 3)?;
    let n = arg_big(th, &a, 0)?;
    let length = match a.get(1, "length") {
        Some(v) => ops::index(th, v)?,
        None => Value::small(1),
    };
    let length = to_i64(length)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C ssize_t".into()))?;
    if length < 0 {
        return Err(th.value_error("length argument must be non-negative".into()));
    }
    let little = byteorder_arg(th, a.get(2, "byteorder"))?;
    let signed = match a.kw("signed") {
        Some(s) => ops::truthy(th, s)?,
        None => false,
    };
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        if num_traits::Signed::is_negative(&n) {
            return Err(th.overflow_error("can't convert negative int to unsigned".into()));
        }
        n.magnitude().to_bytes_be()
    };
    let length = length as usize;
    if bytes.len() > length {
        return Err(th.overflow_error("int too big to convert".into()));
    }
    if length > (1 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(length)?;
    let fill = if num_traits::Signed::is_negative(&n) {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(th, out))
}

/// The `byteorder` argument: true for "little".
fn byteorder_arg(th: &Thread, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(th.value_error("byteorder must be either 'little' or 'big'".into())),
        None => Err(th.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            type_name(v)
        ))),
    }
}

fn int_from_bytes(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "from_bytes", 1, 3)?;
    let cls = a.pos[0];
    let src = a.get(1, "bytes").ok_or_else(|| {
        th.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into())
    })?;
    let little = byteorder_arg(th, a.get(2, "byteorder"))?;
    let signed = match a.kw("signed") {
        Some(s) => ops::truthy(th, s)?,
        None => false,
    };
    if is_int(src) || src.is_kind(Kind::Str) {
        return Err(th.type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(src)
        )));
    }
    let mut data = crate::builtins::bytes_from(th, src)?;
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    let r = th.new_bigint(n);
    if cls == types().int.value() {
        return Ok(r);
    }
    ops::call(th, cls, &[r])
}

// --- Operator dunders ---

fn binop_dunder(th: &Thread, a: Args, op: BinOp, reflected: bool, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    if !is_int(y) {
        return Ok(crate::runtime::g().not_implemented);
    }
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    Ok(crate::arith::native_binop(th, op, l, r)?.unwrap_or(crate::runtime::g().not_implemented))
}

fn cmp_dunder(th: &Thread, a: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    if !is_int(y) {
        return Ok(crate::runtime::g().not_implemented);
    }
    Ok(crate::arith::native_compare(th, x, y, op)?.unwrap_or(crate::runtime::g().not_implemented))
}

macro_rules! int_binops {
    ($($f:ident, $rf:ident, $op:expr, $n:literal, $rn:literal;)*) => {$(
        fn $f(th: &Thread, a: Args) -> PyResult<Value> {
            binop_dunder(th, a, $op, false, $n)
        }
        fn $rf(th: &Thread, a: Args) -> PyResult<Value> {
            binop_dunder(th, a, $op, true, $rn)
        }
    )*};
}

int_binops! {
    int_add, int_radd, BinOp::Add, "__add__", "__radd__";
    int_sub, int_rsub, BinOp::Sub, "__sub__", "__rsub__";
    int_mul, int_rmul, BinOp::Mul, "__mul__", "__rmul__";
    int_truediv, int_rtruediv, BinOp::TrueDiv, "__truediv__", "__rtruediv__";
    int_floordiv, int_rfloordiv, BinOp::FloorDiv, "__floordiv__", "__rfloordiv__";
    int_mod, int_rmod, BinOp::Mod, "__mod__", "__rmod__";
    int_lshift, int_rlshift, BinOp::LShift, "__lshift__", "__rlshift__";
    int_rshift, int_rrshift, BinOp::RShift, "__rshift__", "__rrshift__";
    int_and, int_rand, BinOp::And, "__and__", "__rand__";
    int_or, int_ror, BinOp::Or, "__or__", "__ror__";
    int_xor, int_rxor, BinOp::Xor, "__xor__", "__rxor__";
}

macro_rules! int_cmps {
    ($($f:ident, $op:expr, $n:literal;)*) => {$(
        fn $f(th: &Thread, a: Args) -> PyResult<Value> {
            cmp_dunder(th, a, $op, $n)
        }
    )*};
}

int_cmps! {
    int_lt, CmpOp::Lt, "__lt__";
    int_le, CmpOp::Le, "__le__";
    int_eq, CmpOp::Eq, "__eq__";
    int_ne, CmpOp::Ne, "__ne__";
    int_gt, CmpOp::Gt, "__gt__";
    int_ge, CmpOp::Ge, "__ge__";
}

fn divmod_values(th: &Thread, x: Value, y: Value) -> PyResult<Value> {
    let Some(q) = crate::arith::native_binop(th, BinOp::FloorDiv, x, y)? else {
        return Ok(crate::runtime::g().not_implemented);
    };
    let _r = th.root(q);
    let Some(m) = crate::arith::native_binop(th, BinOp::Mod, x, y)? else {
        return Ok(crate::runtime::g().not_implemented);
    };
    Ok(th.new_tuple_from(&[q, m]))
}

fn int_divmod(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__divmod__", 2, 2)?;
    if !is_int(a.pos[1]) {
        return Ok(crate::runtime::g().not_implemented);
    }
    divmod_values(th, a.pos[0], a.pos[1])
}

fn int_rdivmod(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__rdivmod__", 2, 2)?;
    if !is_int(a.pos[1]) {
        return Ok(crate::runtime::g().not_implemented);
    }
    divmod_values(th, a.pos[1], a.pos[0])
}

fn int_pow(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__pow__", 2, 3)?;
    let m = a
        .pos
        .get(2)
        .copied()
        .filter(|m| *m != crate::runtime::g().none);
    match m {
        None => binop_dunder(th, Args::new(&a.pos[..2]), BinOp::Pow, false, "__pow__"),
        Some(m) => {
            if !is_int(a.pos[1]) || !is_int(m) {
                return Ok(crate::runtime::g().not_implemented);
            }
            crate::builtins::pow_mod(th, a.pos[0], a.pos[1], m)
        }
    }
}

fn int_rpow(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__rpow__", 2, 3)?;
    let m = a
        .pos
        .get(2)
        .copied()
        .filter(|m| *m != crate::runtime::g().none);
    match m {
        None => binop_dunder(th, Args::new(&a.pos[..2]), BinOp::Pow, true, "__rpow__"),
        Some(m) => {
            if !is_int(a.pos[1]) || !is_int(m) {
                return Ok(crate::runtime::g().not_implemented);
            }
            crate::builtins::pow_mod(th, a.pos[1], a.pos[0], m)
        }
    }
}

fn bool_logic(th: &Thread, a: Args, op: BinOp, name: &str) -> PyResult<Value> {
    a.check(th, name, 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    if x.is_kind(Kind::Bool) && y.is_kind(Kind::Bool) {
        let (p, q) = (
            crate::objects::bool_::bool_value(x),
            crate::objects::bool_::bool_value(y),
        );
        return Ok(th.bool_val(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        }));
    }
    binop_dunder(th, a, op, false, name)
}

fn bool_and(th: &Thread, a: Args) -> PyResult<Value> {
    bool_logic(th, a, BinOp::And, "__and__")
}

fn bool_or(th: &Thread, a: Args) -> PyResult<Value> {
    bool_logic(th, a, BinOp::Or, "__or__")
}

fn bool_xor(th: &Thread, a: Args) -> PyResult<Value> {
    bool_logic(th, a, BinOp::Xor, "__xor__")
}

// --- True division ---

/// a / b correctly rounded (ties to even), as CPython's long_true_divide;
/// None when the quotient overflows a double.  `b` must be non-zero.
pub fn true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    use num_integer::Integer;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Some(x as f64 / y as f64);
    }
    let neg = (a.sign() == num_bigint::Sign::Minus) != (b.sign() == num_bigint::Sign::Minus);
    let (n, d) = (a.magnitude(), b.magnitude());
    if n.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 55 significant bits; the
    // remainder becomes a sticky bit below the rounding position.
    let shift = n.bits() as i64 - d.bits() as i64 - 55;
    let (sn, sd) = if shift >= 0 {
        (n.clone(), d << shift as u64)
    } else {
        (n << (-shift) as u64, d.clone())
    };
    let (mut q, r) = sn.div_rem(&sd);
    if !r.is_zero() {
        q |= num_bigint::BigUint::from(1u8);
    }
    let v = crate::objects::float::ldexp_big(&q, shift)?;
    Some(if neg { -v } else { v })
}
