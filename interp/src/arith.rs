//! Native implementations of operators on builtin layouts: int, bool,
//! float, complex, str, bytes, list, tuple, dict, set.  `ops` calls these
//! when neither operand's type is a Python class; the dunder methods of the
//! builtin types (`int.__add__` ...) call them too.
use frontend::bytecode::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::layout::Kind;
use crate::objects::bytes::{ByteArray, Bytes, bytes_data, new_bytes};
use crate::objects::complex::Complex;
use crate::objects::dict::{self, Dict};
use crate::objects::float::{Float, float_repr};
use crate::objects::int::{self, Int, from_bigint, is_int, to_bigint};
use crate::objects::list::List;
use crate::objects::set::set_table;
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::type_::type_of;
use crate::ops;
use crate::runtime::{PyResult, Thread, g, types};
use crate::value::Value;

// --- Integers ---

/// Fast path for two small ints; None means "not handled here" (never for errors).
#[inline]
pub fn small_int_op(th: &Thread, op: BinOp, a: i64, b: i64) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(th.zero_division("integer division or modulo by zero")));
            }
            Some(Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(th.zero_division("integer modulo by zero")));
            }
            Some(a.mod_floor(&b))
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(th.zero_division("division by zero")));
            }
            if a.abs() < (1 << 53) && b.abs() < (1 << 53) {
                return Some(Ok(th.new_float(a as f64 / b as f64)));
            }
            return None;
        }
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(th.value_error("negative shift count".into())));
            }
            if b < 62 && a.unsigned_abs() < (1u64 << (62 - b)) {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(th.value_error("negative shift count".into())));
            }
            Some(if b >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> b
            })
        }
        // A non-negative power that fits a machine word (the common
        // `2 ** 31`, `x ** 2`); the rest goes through big integers.
        BinOp::Pow if b >= 0 => u32::try_from(b).ok().and_then(|e| a.checked_pow(e)),
        _ => None,
    };
    r.map(|i| Ok(th.new_int(i)))
}

/// Fast path for two floats.
#[inline]
pub fn float_op(th: &Thread, op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Some(Err(th.zero_division("float division by zero")));
            }
            x / y
        }
        // Positive finite bases have a real, finite-or-overflowing power;
        // other cases (negative bases, zero, overflow) take the general path.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Ok(th.new_float(r)))
}

fn int_binop(th: &Thread, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => from_bigint(th, a + b),
        BinOp::Sub => from_bigint(th, a - b),
        BinOp::Mul => from_bigint(th, a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(th.zero_division("integer division or modulo by zero"));
            }
            from_bigint(th, a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(th.zero_division("integer modulo by zero"));
            }
            from_bigint(th, a.mod_floor(b))
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(th.zero_division("division by zero"));
            }
            th.new_float(int_true_div(th, a, b)?)
        }
        BinOp::Pow => return int_pow(th, a, b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(th.value_error("negative shift count".into()));
            }
            if a.is_zero() {
                return Ok(Value::small(0));
            }
            // CPython overflows when the result needs more 30-bit digits
            // than an object can hold (about 2**61); a result of more than
            // 2**32 bits (512 MiB) is refused here as an allocation failure.
            const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
            let words = (b / 30u8).to_u64().unwrap_or(u64::MAX);
            if words > MAX_LONG_DIGITS {
                return Err(th.overflow_error("too many digits in integer".into()));
            }
            let s = b.to_u64().unwrap_or(u64::MAX);
            if s > 1 << 32 {
                return Err(th.memory_error());
            }
            th.reserve((a.bits() as usize + s as usize) / 8)?;
            from_bigint(th, a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(th.value_error("negative shift count".into()));
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s > 1 << 32 {
                return Ok(Value::small(if a.is_negative() { -1 } else { 0 }));
            }
            from_bigint(th, a >> s)
        }
        BinOp::And => from_bigint(th, a & b),
        BinOp::Or => from_bigint(th, a | b),
        BinOp::Xor => from_bigint(th, a ^ b),
        BinOp::MatMul => {
            return Err(th.type_error("unsupported operand type(s) for @: 'int' and 'int'".into()));
        }
    })
}

/// a / b correctly rounded for big ints.
fn int_true_div(th: &Thread, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    int::true_div(a, b)
        .ok_or_else(|| th.overflow_error("integer division result too large for a float".into()))
}

fn int_pow(th: &Thread, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let fa = a.to_f64().unwrap_or(f64::INFINITY);
        let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        if fa == 0.0 {
            return Err(th.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(th.new_float(fa.powf(fb)));
    }
    // 0, 1 and -1 stay small under any exponent.
    if (a.is_zero() && !b.is_zero()) || a.is_one() {
        return Ok(from_bigint(th, a.clone()));
    }
    if (-a).is_one() {
        return Ok(th.new_int(if b.is_odd() { -1 } else { 1 }));
    }
    let e = b
        .to_u64()
        .ok_or_else(|| th.overflow_error("exponent too large".into()))?;
    if a.bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
        return Err(th.memory_error());
    }
    th.reserve((a.bits() as usize * e as usize) / 8)?;
    Ok(from_bigint(th, num_traits::pow::Pow::pow(a, e)))
}

/// Numeric value classes for mixed arithmetic.
enum Num {
    I(BigInt),
    F(f64),
    C(f64, f64),
}

fn as_num(v: Value) -> Option<Num> {
    if v.is_small() {
        return Some(Num::I(BigInt::from(v.as_small())));
    }
    match v.kind() {
        Kind::Int | Kind::Bool => to_bigint(v).map(Num::I),
        Kind::Float => Some(Num::F(v.as_gc_unchecked::<Float>().v)),
        Kind::Complex => {
            let c = v.as_gc_unchecked::<Complex>();
            Some(Num::C(c.re, c.im))
        }
        _ => None,
    }
}

fn big_to_f64(th: &Thread, b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(th.overflow_error("int too large to convert to float".into()));
    }
    Ok(f)
}

pub fn float_binop(th: &Thread, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(th.new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(th.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(th.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(th.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(th, x, y),
        _ => {
            return Err(ops::unsupported(
                th,
                op,
                th.new_float(x),
                th.new_float(y),
                false,
            ));
        }
    }))
}

/// Python's float divmod.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(th: &Thread, x: f64, y: f64) -> PyResult<Value> {
    // 0.0 ** -inf is inf (C pow), only a finite negative power divides by 0.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(th.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() && x.is_finite() {
        // Complex result (CPython hands the operands to complex.__pow__,
        // which reports an overflowing result).
        let (r, t) = (x.abs().powf(y), std::f64::consts::PI * y);
        let (re, im) = (r * t.cos(), r * t.sin());
        if re.is_infinite() || im.is_infinite() {
            return Err(th.overflow_error("complex exponentiation".into()));
        }
        return Ok(crate::objects::complex::new_complex(th, re, im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(th.overflow_error("(34, 'Numerical result out of range')".into()));
    }
    Ok(th.new_float(r))
}

/// `x ** n` for an integer `n` (CPython's c_powi / c_powu / c_quot).
fn complex_powi(x: (f64, f64), n: i64) -> (f64, f64) {
    let prod = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
    let powu = |x: (f64, f64), n: u64| {
        let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        r
    };
    if n > 0 {
        return powu(x, n as u64);
    }
    // 1 / x**-n with the scaled division.
    let b = powu(x, n.unsigned_abs());
    if b == (0.0, 0.0) {
        return (f64::NAN, f64::NAN);
    }
    complex_quot((1.0, 0.0), b)
}

/// `a / b` for a nonzero `b`, as CPython divides complex numbers (Smith's
/// method: the divisor's smaller part is scaled by the larger, which keeps
/// the intermediate products from overflowing and rounds as CPython
/// does); a divisor with a NaN part gives NaNs.
fn complex_quot((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn complex_binop(th: &Thread, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(th.zero_division("complex division by zero"));
            }
            complex_quot(a, b)
        }
        BinOp::Pow => {
            if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(th.zero_division("0.0 to a negative or complex power"));
                }
                return Ok(crate::objects::complex::new_complex(
                    th,
                    if br == 0.0 { 1.0 } else { 0.0 },
                    0.0,
                ));
            }
            if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
                // CPython's c_powi: repeated squaring for small integral exponents.
                complex_powi((ar, ai), br as i64)
            } else {
                // CPython's _Py_c_pow.
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => {
            let av = crate::objects::complex::new_complex(th, ar, ai);
            let bv = crate::objects::complex::new_complex(th, br, bi);
            return Err(ops::unsupported(th, op, av, bv, false));
        }
    };
    Ok(crate::objects::complex::new_complex(th, r, i))
}

/// Binary operators on builtin layouts.  Ok(None): not supported for these types.
pub fn native_binop(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
        && a.is_kind(Kind::Bool)
        && b.is_kind(Kind::Bool)
    {
        let (p, q) = (a == g().true_, b == g().true_);
        let r = match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        };
        return Ok(Some(th.bool_val(r)));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(Some(match (x, y) {
            (Num::I(p), Num::I(q)) => int_binop(th, op, &p, &q)?,
            (Num::C(p, q), y) | (y, Num::C(p, q)) if matches!(as_num(a), Some(Num::C(..))) => {
                let other = match y {
                    Num::I(i) => (big_to_f64(th, &i)?, 0.0),
                    Num::F(f) => (f, 0.0),
                    Num::C(r, i) => (r, i),
                };
                complex_binop(th, op, (p, q), other)?
            }
            (x, Num::C(p, q)) => {
                let l = match x {
                    Num::I(i) => (big_to_f64(th, &i)?, 0.0),
                    Num::F(f) => (f, 0.0),
                    Num::C(r, i) => (r, i),
                };
                complex_binop(th, op, l, (p, q))?
            }
            (x, y) => {
                if matches!(
                    op,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::MatMul
                ) {
                    return Ok(None);
                }
                let fx = match x {
                    Num::I(i) => big_to_f64(th, &i)?,
                    Num::F(f) => f,
                    Num::C(..) => unreachable!(),
                };
                let fy = match y {
                    Num::I(i) => big_to_f64(th, &i)?,
                    Num::F(f) => f,
                    Num::C(..) => unreachable!(),
                };
                float_binop(th, op, fx, fy)?
            }
        }));
    }
    let ka = a.kind();
    let kb = if b.is_small() { Kind::Int } else { b.kind() };
    match (op, ka, kb) {
        (BinOp::Add, Kind::Str, Kind::Str) => {
            let (x, y) = (as_str(a).unwrap(), as_str(b).unwrap());
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(th.new_string(s)))
        }
        (BinOp::Mul, Kind::Str, Kind::Int | Kind::Bool)
        | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Str) => {
            let (s, n) = if ka == Kind::Str { (a, b) } else { (b, a) };
            let text = as_str(s).unwrap();
            if let Some(k) = int::to_i64(n)
                && k > 0
                && (k as u128) * (text.len() as u128) > i64::MAX as u128
                && (k as u128) * (text.chars().count() as u128) > i64::MAX as u128
            {
                return Err(th.overflow_error("repeated string is too long".into()));
            }
            let n = repeat_count(th, n, text.len(), 1)?;
            Ok(Some(th.new_string(as_str(s).unwrap().repeat(n))))
        }
        (BinOp::Mod, Kind::Str, _) => crate::builtins::percent_format(th, a, b).map(Some),
        (BinOp::Add, Kind::List, Kind::List) => {
            let mut v = a.as_gc_unchecked::<List>().items.borrow().to_vec();
            v.extend_from_slice(&b.as_gc_unchecked::<List>().items.borrow());
            Ok(Some(th.new_list(v)))
        }
        (BinOp::Add, Kind::Tuple, Kind::Tuple) => {
            let mut v = a.as_gc_unchecked::<Tuple>().items().to_vec();
            v.extend_from_slice(b.as_gc_unchecked::<Tuple>().items());
            Ok(Some(th.new_tuple(v)))
        }
        (BinOp::Mul, Kind::List | Kind::Tuple, Kind::Int | Kind::Bool)
        | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::List | Kind::Tuple) => {
            let (s, n) = if matches!(ka, Kind::List | Kind::Tuple) {
                (a, b)
            } else {
                (b, a)
            };
            let items = seq_items(s).unwrap();
            // `__index__` may run Python code that empties the list.
            let _keep = th.root_slice(&items);
            let n = repeat_count(th, n, items.len(), 8)?;
            // `repeat` doubles: log n copies, and nothing for an empty sequence.
            let v = items.repeat(n);
            Ok(Some(if s.kind() == Kind::List {
                th.new_list(v)
            } else {
                th.new_tuple(v)
            }))
        }
        (BinOp::Add, Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            let mut x = bytes_data(a).unwrap();
            x.extend(bytes_data(b).unwrap());
            Ok(Some(if ka == Kind::ByteArray {
                crate::objects::bytes::new_bytearray(th, x)
            } else {
                new_bytes(th, x)
            }))
        }
        (BinOp::Mul, Kind::Bytes | Kind::ByteArray, Kind::Int | Kind::Bool)
        | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Bytes | Kind::ByteArray) => {
            let (s, n) = if matches!(ka, Kind::Bytes | Kind::ByteArray) {
                (a, b)
            } else {
                (b, a)
            };
            let x = bytes_data(s).unwrap_or_default();
            if s.kind() == Kind::Bytes
                && let Some(k) = int::to_i64(n)
                && k > 0
                && (k as u128) * (x.len() as u128) > i64::MAX as u128
            {
                return Err(th.overflow_error("repeated bytes are too long".into()));
            }
            let n = repeat_count(th, n, x.len(), 1)?;
            Ok(Some(if s.kind() == Kind::ByteArray {
                crate::objects::bytes::new_bytearray(th, x.repeat(n))
            } else {
                new_bytes(th, x.repeat(n))
            }))
        }
        (BinOp::Mod, Kind::Bytes | Kind::ByteArray, _) => {
            let out =
                crate::format::bytes_percent_format(th, &bytes_data(a).unwrap_or_default(), b)?;
            Ok(Some(if ka == Kind::ByteArray {
                crate::objects::bytes::new_bytearray(th, out)
            } else {
                new_bytes(th, out)
            }))
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, _, _)
            if crate::objects::dictview::is_setlike(a)
                || crate::objects::dictview::is_setlike(b) =>
        {
            crate::objects::dictview::binop(th, op, a, b)
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Kind::Set | Kind::FrozenSet, _)
            if set_table(b).is_some() =>
        {
            crate::builtins_types::set_binop(th, op, a, b).map(Some)
        }
        (BinOp::Or, Kind::Dict, Kind::Dict) => {
            let d = dict::copy(th, a.as_gc_unchecked());
            dict::update(th, d, b.as_gc_unchecked())?;
            Ok(Some(d.value()))
        }
        (BinOp::Add, Kind::List | Kind::Tuple, _) => Err(th.type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            type_of(a).name(),
            type_of(b).name(),
            type_of(a).name()
        ))),
        (BinOp::Mul, Kind::List | Kind::Tuple, _) | (BinOp::Mul, _, Kind::List | Kind::Tuple) => {
            let other = if matches!(ka, Kind::List | Kind::Tuple) {
                b
            } else {
                a
            };
            Err(th.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_of(other).name()
            )))
        }
        _ => Ok(None),
    }
}

/// The count of a repetition of `unit` elements of `elem_bytes` bytes
/// each: MemoryError for absurd sizes and beyond `-X heap-max`.
fn repeat_count(th: &Thread, n: Value, unit: usize, elem_bytes: usize) -> PyResult<usize> {
    let n = int::to_i64(n)
        .ok_or_else(|| th.overflow_error("cannot fit 'int' into an index-sized integer".into()))?;
    if n <= 0 {
        return Ok(0);
    }
    if (n as u128) * (unit as u128) > (1u128 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n as usize * unit * elem_bytes)?;
    Ok(n as usize)
}

fn seq_items(v: Value) -> Option<Vec<Value>> {
    if let Some(l) = v.downcast::<List>() {
        return Some(l.items.borrow().to_vec());
    }
    v.downcast::<Tuple>().map(|t| t.items().to_vec())
}

/// In-place operators that mutate builtin containers.
pub fn native_inplace(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match (op, a.kind()) {
        (BinOp::Add, Kind::List) => {
            let items = ops::collect(th, b)?;
            a.as_gc_unchecked::<List>().items.borrow_mut().extend(items);
            Ok(Some(a))
        }
        (BinOp::Mul, Kind::List) => {
            let l = a.as_gc_unchecked::<List>();
            let items = l.items.borrow().to_vec();
            let n = repeat_count(th, b, items.len(), 8)?;
            let v = items.repeat(n);
            *l.items.borrow_mut() = v.into();
            Ok(Some(a))
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Kind::Set) if set_table(b).is_some() => {
            crate::builtins_types::set_inplace(th, op, a, b)?;
            Ok(Some(a))
        }
        (BinOp::Or, Kind::Dict) => {
            let src = [b];
            crate::methods::dict_update_from(
                th,
                a.as_gc_unchecked(),
                &crate::runtime::Args::new(&src),
                0,
            )?;
            Ok(Some(a))
        }
        (BinOp::Add, Kind::ByteArray) => match bytes_data(b) {
            Some(x) => {
                a.as_gc_unchecked::<ByteArray>().b.borrow_mut().extend(x);
                Ok(Some(a))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

pub fn native_unary(th: &Thread, which: &str, v: Value) -> PyResult<Option<Value>> {
    match as_num(v) {
        Some(Num::I(i)) => Ok(Some(match which {
            "neg" => from_bigint(th, -i),
            "pos" => from_bigint(th, i),
            _ => from_bigint(th, !i),
        })),
        Some(Num::F(f)) => Ok(match which {
            "neg" => Some(th.new_float(-f)),
            "pos" => Some(th.new_float(f)),
            _ => None,
        }),
        Some(Num::C(r, i)) => Ok(match which {
            "neg" => Some(crate::objects::complex::new_complex(th, -r, -i)),
            "pos" => Some(crate::objects::complex::new_complex(th, r, i)),
            _ => None,
        }),
        None => Ok(None),
    }
}

/// Numeric equality across int, bool and float (no Python code).
pub fn num_eq(a: Value, b: Value) -> bool {
    match (as_num(a), as_num(b)) {
        (Some(Num::I(x)), Some(Num::I(y))) => x == y,
        (Some(Num::F(x)), Some(Num::F(y))) => x == y,
        (Some(Num::I(x)), Some(Num::F(y))) | (Some(Num::F(y)), Some(Num::I(x))) => {
            int_float_cmp(&x, y) == Some(std::cmp::Ordering::Equal)
        }
        _ => false,
    }
}

/// Exact comparison of an int with a float.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1.7e38 {
        num_traits::FromPrimitive::from_f64(fl).unwrap_or(fb)
    } else {
        fb
    };
    match i.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Comparisons of builtin layouts.  Ok(None): not supported.
pub fn native_compare(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
    use std::cmp::Ordering;
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let o: Option<Ordering> = match (&x, &y) {
            (Num::I(p), Num::I(q)) => Some(p.cmp(q)),
            (Num::F(p), Num::F(q)) => p.partial_cmp(q),
            (Num::I(p), Num::F(q)) => int_float_cmp(p, *q),
            (Num::F(p), Num::I(q)) => int_float_cmp(q, *p).map(Ordering::reverse),
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let c = |n: &Num| match n {
                        Num::I(i) => (i.to_f64().unwrap_or(f64::NAN), 0.0),
                        Num::F(f) => (*f, 0.0),
                        Num::C(r, i) => (*r, *i),
                    };
                    let eq = c(&x) == c(&y);
                    return Ok(Some(th.bool_val(eq == (op == CmpOp::Eq))));
                }
                return Ok(None);
            }
        };
        return Ok(Some(th.bool_val(match o {
            Some(o) => ops::cmp_ord(op, o),
            None => op == CmpOp::Ne,
        })));
    }
    let ka = a.kind();
    let kb = b.kind();
    let ord: Option<Ordering> = match (ka, kb) {
        (Kind::Str, Kind::Str) => Some(as_str(a).unwrap().cmp(as_str(b).unwrap())),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            Some(bytes_data(a).unwrap().cmp(&bytes_data(b).unwrap()))
        }
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
            // Snapshots, rooted: the items' __eq__ may mutate the lists.
            let (x, y) = (seq_items(a).unwrap(), seq_items(b).unwrap());
            let (_kx, _ky) = (th.root_slice(&x), th.root_slice(&y));
            return seq_compare(th, x, y, op).map(Some);
        }
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => {
            return crate::builtins_types::set_compare(th, a, b, op).map(Some);
        }
        (Kind::Dict, Kind::Dict) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = dict_eq(th, a.as_gc_unchecked(), b.as_gc_unchecked())?;
            return Ok(Some(th.bool_val(eq == (op == CmpOp::Eq))));
        }
        (Kind::DictView, _) | (_, Kind::DictView) => {
            return crate::objects::dictview::compare(th, a, b, op);
        }
        (Kind::Range, Kind::Range) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = crate::objects::range::equal(a.as_gc_unchecked(), b.as_gc_unchecked());
            return Ok(Some(th.bool_val(eq == (op == CmpOp::Eq))));
        }
        (Kind::Slice, Kind::Slice) => return crate::objects::slice::compare(th, a, b, op),
        (Kind::BoundMethod, Kind::BoundMethod) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = crate::objects::function::method_eq_bool(th, a, b)?.unwrap_or(false);
            return Ok(Some(th.bool_val(eq == (op == CmpOp::Eq))));
        }
        _ => None,
    };
    Ok(ord.map(|o| th.bool_val(ops::cmp_ord(op, o))))
}

fn dict_eq(th: &Thread, a: crate::layout::Gc<Dict>, b: crate::layout::Gc<Dict>) -> PyResult<bool> {
    if dict::len(a) != dict::len(b) {
        return Ok(false);
    }
    let items = dict::items_vec(a);
    // `__eq__`/`__hash__` may change `a` while its snapshot is walked.
    let _r = th.root_pairs(&items);
    for (k, v) in items {
        match dict::get_item(th, b, k)? {
            Some(w) => {
                if !(v == w || ops::eq_bool(th, v, w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Lexicographic comparison of sequences.
pub fn seq_compare(th: &Thread, x: Vec<Value>, y: Vec<Value>, op: CmpOp) -> PyResult<Value> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if x[i] == y[i] {
            continue;
        }
        if !ops::eq_bool(th, x[i], y[i])? {
            return match op {
                CmpOp::Eq => Ok(g().false_),
                CmpOp::Ne => Ok(g().true_),
                _ => ops::compare(th, x[i], y[i], op),
            };
        }
    }
    Ok(th.bool_val(ops::cmp_ord(op, x.len().cmp(&y.len()))))
}

pub fn native_hash(th: &Thread, v: Value) -> PyResult<i64> {
    match v.kind() {
        Kind::Str => Ok(v.as_gc_unchecked::<Str>().hash()),
        Kind::Int => Ok(int::hash_bigint(&v.as_gc_unchecked::<Int>().v)),
        Kind::Bool => Ok(crate::objects::bool_::bool_value(v) as i64),
        Kind::Float => Ok(crate::objects::float::hash_f64(
            v.as_gc_unchecked::<Float>().v,
        )),
        Kind::Tuple => {
            // CPython's tuple hash (xxHash-based).
            let t = v.as_gc_unchecked::<Tuple>();
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for x in t.items().iter() {
                let h = ops::hash(th, *x)? as u64;
                acc = acc.wrapping_add(h.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.items().len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                return Ok(1546275796);
            }
            Ok(acc as i64)
        }
        Kind::Bytes => Ok(crate::objects::str::hash_bytes(
            &v.as_gc_unchecked::<Bytes>().b,
        )),
        Kind::Complex => {
            let c = v.as_gc_unchecked::<Complex>();
            let hr = crate::objects::float::hash_f64(c.re);
            let hi = crate::objects::float::hash_f64(c.im);
            let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
            Ok(if h == -1 { -2 } else { h })
        }
        Kind::FrozenSet => crate::builtins_types::frozenset_hash(th, v),
        Kind::Range => crate::objects::range::hash(th, v.as_gc_unchecked()),
        Kind::BoundMethod => crate::objects::function::method_hash_value(th, v),
        // dict_values has no __eq__ of its own: it hashes by identity.
        Kind::DictView
            if v.as_gc_unchecked::<crate::objects::dictview::DictView>()
                .which
                == crate::objects::iter::IterKind::DictValues =>
        {
            Ok(ops::identity_hash(v))
        }
        Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::Slice | Kind::DictView => {
            Err(th.type_error(format!("unhashable type: '{}'", type_of(v).name())))
        }
        _ => Ok(ops::identity_hash(v)),
    }
}

pub fn native_len(th: &Thread, v: Value) -> PyResult<Option<usize>> {
    Ok(Some(match v.kind() {
        Kind::Str => v.as_gc_unchecked::<Str>().nchars,
        Kind::List => v.as_gc_unchecked::<List>().items.borrow().len(),
        Kind::Tuple => v.as_gc_unchecked::<Tuple>().items().len(),
        Kind::Dict => dict::len(v.as_gc_unchecked()),
        Kind::Set | Kind::FrozenSet => crate::objects::set::len(set_table(v).unwrap()),
        Kind::Bytes => v.as_gc_unchecked::<Bytes>().b.len(),
        Kind::ByteArray => v.as_gc_unchecked::<ByteArray>().b.borrow().len(),
        Kind::DictView => dict::len(crate::objects::dictview::view_dict(v).unwrap()),
        Kind::Range => return crate::builtins_types::range_len(th, v).map(Some),
        _ => return Ok(None),
    }))
}

pub fn native_getitem(th: &Thread, c: Value, k: Value) -> PyResult<Option<Value>> {
    crate::builtins_types::seq_getitem(th, c, k)
}

pub fn native_setitem(th: &Thread, c: Value, k: Value, v: Value) -> PyResult<bool> {
    crate::builtins_types::seq_setitem(th, c, k, v)
}

pub fn native_contains(th: &Thread, c: Value, k: Value) -> PyResult<Option<bool>> {
    Ok(Some(match c.kind() {
        Kind::Dict => dict::contains(th, c.as_gc_unchecked(), k)?,
        Kind::Set | Kind::FrozenSet => {
            crate::objects::set::contains_key(th, set_table(c).unwrap(), k)?
        }
        Kind::Str => match as_str(k) {
            Some(s) => as_str(c).unwrap().contains(s),
            None => {
                return Err(th.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_of(k).name()
                )));
            }
        },
        Kind::List => {
            // By index, re-reading the list: `__eq__` may change it (as
            // CPython's list_contains).
            let l = c.as_gc_unchecked::<crate::objects::list::List>();
            let mut i = 0;
            while let Some(x) = l.items.get_at(i) {
                if x == k || ops::eq_bool(th, x, k)? {
                    return Ok(Some(true));
                }
                i += 1;
            }
            false
        }
        Kind::Tuple => {
            let items = seq_items(c).unwrap();
            for x in items {
                if x == k || ops::eq_bool(th, x, k)? {
                    return Ok(Some(true));
                }
            }
            false
        }
        Kind::Range => return crate::builtins_types::range_contains(th, c, k).map(Some),
        Kind::Bytes | Kind::ByteArray => {
            let hay = bytes_data(c).unwrap();
            if is_int(k) {
                let b = int::to_i64(k).unwrap_or(-1);
                if !(0..256).contains(&b) {
                    return Err(th.value_error("byte must be in range(0, 256)".into()));
                }
                hay.contains(&(b as u8))
            } else {
                match bytes_data(k) {
                    Some(n) => n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice()),
                    None => {
                        return Err(th.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_of(k).name()
                        )));
                    }
                }
            }
        }
        Kind::DictView => {
            let dv = c.as_gc_unchecked::<crate::objects::dictview::DictView>();
            match dv.which {
                crate::objects::iter::IterKind::DictKeys => dict::contains(th, dv.d, k)?,
                crate::objects::iter::IterKind::DictItems => {
                    let Some(t) = k.downcast::<Tuple>().filter(|t| t.items().len() == 2) else {
                        return Ok(Some(false));
                    };
                    match dict::get_item(th, dv.d, t.items()[0])? {
                        Some(v) => v == t.items()[1] || ops::eq_bool(th, v, t.items()[1])?,
                        None => false,
                    }
                }
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    }))
}

/// repr of a float value (shared by str/repr/format).
pub fn float_str(v: Value) -> String {
    float_repr(v.as_gc_unchecked::<Float>().v)
}

#[allow(dead_code)]
fn _types_used() {
    let _ = types();
}
