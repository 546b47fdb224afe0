//! `math`: the functions of CPython's math module over IEEE doubles and
//! arbitrary-precision ints.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{to_bigint_arg, to_f64};
use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::int;
use crate::objects::module::Module;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread};
use crate::value::Value;

fn domain(th: &Thread) -> crate::runtime::Exc {
    th.value_error("math domain error".into())
}

fn f1(th: &Thread, a: &Args, name: &str) -> PyResult<f64> {
    a.check(th, name, 1, 1)?;
    to_f64(th, a.pos[0])
}

macro_rules! unary {
    ($fname:ident, $name:literal, |$x:ident| $body:expr, $dom:expr) => {
        fn $fname(th: &Thread, a: Args) -> PyResult<Value> {
            let $x = f1(th, &a, $name)?;
            if $dom {
                return Err(domain(th));
            }
            let r: f64 = $body;
            if r.is_infinite() && $x.is_finite() {
                return Err(th.overflow_error("math range error".into()));
            }
            Ok(th.new_float(r))
        }
    };
}

unary!(m_sqrt, "sqrt", |x| x.sqrt(), x < 0.0);
unary!(m_exp, "exp", |x| x.exp(), false);
unary!(m_sin, "sin", |x| x.sin(), x.is_infinite());
unary!(m_cos, "cos", |x| x.cos(), x.is_infinite());
unary!(m_tan, "tan", |x| x.tan(), x.is_infinite());
unary!(m_asin, "asin", |x| x.asin(), !(-1.0..=1.0).contains(&x));
unary!(m_acos, "acos", |x| x.acos(), !(-1.0..=1.0).contains(&x));
unary!(m_atan, "atan", |x| x.atan(), false);
unary!(m_sinh, "sinh", |x| x.sinh(), false);
unary!(m_cosh, "cosh", |x| x.cosh(), false);
unary!(m_tanh, "tanh", |x| x.tanh(), false);
unary!(m_asinh, "asinh", |x| x.asinh(), false);
unary!(m_acosh, "acosh", |x| x.acosh(), x < 1.0);
unary!(m_atanh, "atanh", |x| x.atanh(), x <= -1.0 || x >= 1.0);
unary!(m_log2, "log2", |x| x.log2(), x <= 0.0);
unary!(m_log10, "log10", |x| x.log10(), x <= 0.0);
unary!(m_log1p, "log1p", |x| x.ln_1p(), x <= -1.0);
unary!(m_expm1, "expm1", |x| x.exp_m1(), false);
unary!(m_fabs, "fabs", |x| x.abs(), false);
unary!(m_degrees, "degrees", |x| x.to_degrees(), false);
unary!(m_radians, "radians", |x| x.to_radians(), false);

fn m_log(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "log", 1, 2)?;
    let ln = |v: Value| -> PyResult<f64> {
        if int::is_int(v) && !v.is_small() {
            let b = int::to_bigint(v).unwrap();
            if !b.is_positive() {
                return Err(domain(th));
            }
            let bits = b.bits() as i64 - 60;
            if bits > 0 {
                let top = (b >> bits as usize).to_f64().unwrap();
                return Ok(top.ln() + bits as f64 * std::f64::consts::LN_2);
            }
        }
        let x = to_f64(th, v)?;
        if x <= 0.0 {
            return Err(domain(th));
        }
        Ok(x.ln())
    };
    let n = ln(a.pos[0])?;
    if a.pos.len() == 2 {
        let d = ln(a.pos[1])?;
        if d == 0.0 {
            return Err(th.zero_division("float division by zero"));
        }
        return Ok(th.new_float(n / d));
    }
    Ok(th.new_float(n))
}

fn int_result(th: &Thread, v: Value, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(th.new_bigint(int::to_bigint(v).unwrap()));
    }
    if let Some(r) = ops::call_special(th, v, name, &[])? {
        return Ok(r);
    }
    let x = to_f64(th, v)?;
    if x.is_nan() {
        return Err(th.value_error("cannot convert float NaN to integer".into()));
    }
    if x.is_infinite() {
        return Err(th.overflow_error("cannot convert float infinity to integer".into()));
    }
    Ok(th.new_bigint(num_traits::FromPrimitive::from_f64(f(x)).unwrap_or_default()))
}

fn m_floor(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "floor", 1, 1)?;
    int_result(th, a.pos[0], "__floor__", f64::floor)
}
fn m_ceil(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "ceil", 1, 1)?;
    int_result(th, a.pos[0], "__ceil__", f64::ceil)
}
fn m_trunc(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "trunc", 1, 1)?;
    int_result(th, a.pos[0], "__trunc__", f64::trunc)
}

fn m_pow(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "pow", 2, 2)?;
    let (x, y) = (to_f64(th, a.pos[0])?, to_f64(th, a.pos[1])?);
    if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(th));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(th.overflow_error("math range error".into()));
    }
    Ok(th.new_float(r))
}

fn m_atan2(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "atan2", 2, 2)?;
    Ok(th.new_float(to_f64(th, a.pos[0])?.atan2(to_f64(th, a.pos[1])?)))
}

fn m_hypot(th: &Thread, a: Args) -> PyResult<Value> {
    let mut s = 0.0f64;
    let mut inf = false;
    for v in a.pos {
        let x = to_f64(th, *v)?;
        if x.is_infinite() {
            inf = true;
        }
        s = s.hypot(x);
    }
    Ok(th.new_float(if inf { f64::INFINITY } else { s }))
}

fn m_copysign(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "copysign", 2, 2)?;
    Ok(th.new_float(to_f64(th, a.pos[0])?.copysign(to_f64(th, a.pos[1])?)))
}

fn m_fmod(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fmod", 2, 2)?;
    let (x, y) = (to_f64(th, a.pos[0])?, to_f64(th, a.pos[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain(th));
    }
    Ok(th.new_float(x % y))
}

fn m_isfinite(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.bool_val(f1(th, &a, "isfinite")?.is_finite()))
}
fn m_isinf(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.bool_val(f1(th, &a, "isinf")?.is_infinite()))
}
fn m_isnan(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.bool_val(f1(th, &a, "isnan")?.is_nan()))
}

fn m_isclose(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "isclose", 2, 2)?;
    let (x, y) = (to_f64(th, a.pos[0])?, to_f64(th, a.pos[1])?);
    let rel = match a.kw("rel_tol") {
        Some(v) => to_f64(th, v)?,
        None => 1e-9,
    };
    let abs_t = match a.kw("abs_tol") {
        Some(v) => to_f64(th, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(th.value_error("tolerances must be non-negative".into()));
    }
    if x == y {
        return Ok(th.bool_val(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(th.bool_val(false));
    }
    let d = (x - y).abs();
    Ok(th.bool_val(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t))
}

fn m_gcd(th: &Thread, a: Args) -> PyResult<Value> {
    let mut r = BigInt::zero();
    for v in a.pos {
        r = r.gcd(&to_bigint_arg(th, *v)?);
    }
    Ok(th.new_bigint(r))
}

fn m_lcm(th: &Thread, a: Args) -> PyResult<Value> {
    let mut r = BigInt::one();
    for v in a.pos {
        let x = to_bigint_arg(th, *v)?;
        if x.is_zero() {
            return Ok(Value::small(0));
        }
        r = r.lcm(&x);
    }
    Ok(th.new_bigint(r.abs()))
}

fn m_factorial(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "factorial", 1, 1)?;
    if crate::objects::float::as_f64(a.pos[0]).is_some() {
        return Err(th.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = to_bigint_arg(th, a.pos[0])?;
    if n.is_negative() {
        return Err(th.value_error("factorial() not defined for negative values".into()));
    }
    let n = n.to_u64().ok_or_else(|| {
        th.overflow_error("factorial() argument should not exceed 9223372036854775807".into())
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(th.new_bigint(r))
}

fn m_isqrt(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "isqrt", 1, 1)?;
    let n = to_bigint_arg(th, a.pos[0])?;
    if n.is_negative() {
        return Err(th.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(th.new_bigint(n.sqrt()))
}

fn comb_perm(th: &Thread, a: &Args, name: &str, comb: bool) -> PyResult<Value> {
    a.check(th, name, 1, 2)?;
    let n = to_bigint_arg(th, a.pos[0])?;
    let k = match a.pos.get(1) {
        Some(v) if *v != crate::runtime::g().none => to_bigint_arg(th, *v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(th.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(th.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = if comb && (&n - &k) < k { &n - &k } else { k };
    let k = k
        .to_u64()
        .ok_or_else(|| th.overflow_error("k too large".into()))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
        if comb {
            r /= i + 1;
        }
    }
    Ok(th.new_bigint(r))
}

fn m_comb(th: &Thread, a: Args) -> PyResult<Value> {
    comb_perm(th, &a, "comb", true)
}
fn m_perm(th: &Thread, a: Args) -> PyResult<Value> {
    comb_perm(th, &a, "perm", false)
}

fn m_fsum(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fsum", 1, 1)?;
    // Shewchuk's algorithm (exactly rounded), as CPython.
    let mut partials: Vec<f64> = Vec::new();
    for v in ops::collect(th, a.pos[0])? {
        let mut x = to_f64(th, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(th.new_float(hi))
}

fn m_prod(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "prod", 1, 1)?;
    let mut acc = a.kw("start").unwrap_or(Value::small(1));
    for v in ops::collect(th, a.pos[0])? {
        acc = ops::binary_op(th, frontend::bytecode::BinOp::Mul, acc, v, false)?;
    }
    Ok(acc)
}

fn m_dist(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "dist", 2, 2)?;
    let p = ops::collect(th, a.pos[0])?;
    let q = ops::collect(th, a.pos[1])?;
    if p.len() != q.len() {
        return Err(th.value_error("both points must have the same number of dimensions".into()));
    }
    let mut s = 0.0f64;
    for (x, y) in p.iter().zip(q.iter()) {
        s = s.hypot(to_f64(th, *x)? - to_f64(th, *y)?);
    }
    Ok(th.new_float(s))
}

fn m_modf(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "modf")?;
    let ip = x.trunc();
    let fp = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - ip
    };
    let (a, b) = (th.new_float(fp), th.new_float(ip));
    Ok(th.new_tuple(vec![a, b]))
}

fn m_frexp(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "frexp")?;
    let (m, e) = crate::objects::float::frexp(x);
    let a = th.new_float(m);
    Ok(th.new_tuple(vec![a, th.new_int(e as i64)]))
}

fn m_ldexp(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "ldexp", 2, 2)?;
    let x = to_f64(th, a.pos[0])?;
    let e = int::to_i64(a.pos[1])
        .ok_or_else(|| th.type_error("Expected an int as second argument to ldexp.".into()))?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(th.overflow_error("math range error".into()));
    }
    Ok(th.new_float(r))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("sqrt", m_sqrt),
    ("exp", m_exp),
    ("sin", m_sin),
    ("cos", m_cos),
    ("tan", m_tan),
    ("asin", m_asin),
    ("acos", m_acos),
    ("atan", m_atan),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("pow", m_pow),
    ("atan2", m_atan2),
    ("hypot", m_hypot),
    ("copysign", m_copysign),
    ("fmod", m_fmod),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isclose", m_isclose),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("factorial", m_factorial),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("fsum", m_fsum),
    ("prod", m_prod),
    ("dist", m_dist),
    ("modf", m_modf),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let d = m.dict;
    for (n, f) in FUNCS {
        dict::set_item_str(
            th,
            d,
            th.intern(n),
            new_native(th, n, "math", *f, Binding::Function),
        );
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict::set_item_str(th, d, th.intern(n), th.new_float(v));
    }
    Ok(())
}
