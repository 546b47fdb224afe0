//! `math`: CPython's math module over IEEE doubles and arbitrary-precision
//! ints.
//!
//! Most functions follow CPython's `math_1`/`math_2` wrappers: the libm
//! result is checked afterwards, and a NaN from non-NaN arguments is
//! "math domain error" (ValueError) while an infinity from finite arguments
//! is "math range error" (OverflowError) for the functions that can
//! overflow, a domain error for the others.  `gamma`/`lgamma` use an
//! asymptotic (Stirling) series with argument shifting and the reflection
//! formula; `erf`/`erfc` use the power series near zero and a continued
//! fraction for the tails (the method of CPython before 3.11).
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
use crate::runtime::{Args, PyResult, Thread, g};
use crate::value::Value;

fn domain(th: &Thread) -> crate::runtime::Exc {
    th.value_error("math domain error".into())
}

fn range_err(th: &Thread) -> crate::runtime::Exc {
    th.overflow_error("math range error".into())
}

fn f1(th: &Thread, a: &Args, name: &str) -> PyResult<f64> {
    a.no_kw(th, name)?;
    a.check(th, name, 1, 1)?;
    to_f64(th, a.pos[0])
}

fn f2(th: &Thread, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    a.no_kw(th, name)?;
    a.check(th, name, 2, 2)?;
    Ok((to_f64(th, a.pos[0])?, to_f64(th, a.pos[1])?))
}

/// CPython's `math_1` result check.
fn check1(th: &Thread, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(th));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(th)
        } else {
            domain(th)
        });
    }
    Ok(th.new_float(r))
}

/// CPython's `math_2` result check.
fn check2(th: &Thread, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(th));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(th));
    }
    Ok(th.new_float(r))
}

macro_rules! unary {
    ($fname:ident, $name:literal, $f:expr, $can_overflow:expr) => {
        fn $fname(th: &Thread, a: Args) -> PyResult<Value> {
            let x = f1(th, &a, $name)?;
            let f: fn(f64) -> f64 = $f;
            check1(th, x, f(x), $can_overflow)
        }
    };
}

unary!(m_sqrt, "sqrt", f64::sqrt, false);
unary!(m_exp, "exp", f64::exp, true);
unary!(m_exp2, "exp2", f64::exp2, true);
unary!(m_cbrt, "cbrt", f64::cbrt, false);
unary!(m_sin, "sin", f64::sin, false);
unary!(m_cos, "cos", f64::cos, false);
unary!(m_tan, "tan", f64::tan, false);
unary!(m_asin, "asin", f64::asin, false);
unary!(m_acos, "acos", f64::acos, false);
unary!(m_atan, "atan", f64::atan, false);
unary!(m_sinh, "sinh", f64::sinh, true);
unary!(m_cosh, "cosh", f64::cosh, true);
unary!(m_tanh, "tanh", f64::tanh, false);
unary!(m_asinh, "asinh", asinh, false);
unary!(m_acosh, "acosh", acosh, false);
unary!(m_atanh, "atanh", atanh, false);
unary!(m_log1p, "log1p", f64::ln_1p, false);
unary!(m_expm1, "expm1", f64::exp_m1, true);
unary!(m_fabs, "fabs", f64::abs, false);
unary!(m_degrees, "degrees", f64::to_degrees, true);
unary!(m_radians, "radians", f64::to_radians, false);
unary!(m_erf, "erf", erf, false);
unary!(m_erfc, "erfc", erfc, false);

/// asinh by the classic fdlibm formulas (as the C library computes it).
fn asinh(x: f64) -> f64 {
    let ax = x.abs();
    if !ax.is_finite() {
        return x + x;
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let w = if ax > 2f64.powi(28) {
        ax.ln() + std::f64::consts::LN_2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// acosh by the classic fdlibm formulas.
fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + std::f64::consts::LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        if x.abs() == 1.0 {
            return f64::INFINITY.copysign(x);
        }
        return f64::NAN;
    }
    x.atanh()
}

// --- erf / erfc ---

const ERF_SERIES_CUTOFF: f64 = 1.5;
const ERF_SERIES_TERMS: usize = 25;
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
const ERFC_CONTFRAC_TERMS: usize = 50;
const SQRTPI: f64 = 1.772_453_850_905_516;

/// erf(x) = 2x/sqrt(pi) exp(-x^2) sum (2x^2)^n / (1*3*...*(2n+1)), for small |x|.
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRTPI
}

/// erfc(x) for x >= ERF_SERIES_CUTOFF by its continued fraction.
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + x2;
    let mut q_last = 1.0;
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRTPI
}

fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        return erf_series(x);
    }
    let cf = erfc_contfrac(ax);
    if x > 0.0 { 1.0 - cf } else { cf - 1.0 }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        return 1.0 - erf_series(x);
    }
    let cf = erfc_contfrac(ax);
    if x > 0.0 { cf } else { 2.0 - cf }
}

// --- gamma / lgamma ---

/// sin(pi * x), with the argument reduced exactly first.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    if x < 0.0 { -r } else { r }
}

/// ln Gamma(y) for y >= 15 by Stirling's series.
fn lgamma_stirling(y: f64) -> f64 {
    (y - 0.5) * y.ln() - y + 0.5 * (2.0 * std::f64::consts::PI).ln() + stirling_series(y)
}

/// The series part of Stirling's formula, sum B(2k) / (2k (2k-1) y**(2k-1)).
fn stirling_series(y: f64) -> f64 {
    // Bernoulli-number coefficients B(2k) / (2k (2k-1)).
    const C: [f64; 8] = [
        1.0 / 12.0,
        -1.0 / 360.0,
        1.0 / 1260.0,
        -1.0 / 1680.0,
        1.0 / 1188.0,
        -691.0 / 360_360.0,
        1.0 / 156.0,
        -3617.0 / 122_400.0,
    ];
    let r = 1.0 / y;
    let r2 = r * r;
    let mut s = 0.0;
    for c in C.iter().rev() {
        s = s * r2 + c;
    }
    s * r
}

/// ln|Gamma(x)| for x > 0.
fn lgamma_pos(x: f64) -> f64 {
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    if x >= 15.0 {
        return lgamma_stirling(x);
    }
    // Shift up: Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)).
    let mut y = x;
    let mut prod = 1.0;
    while y < 15.0 {
        prod *= y;
        y += 1.0;
    }
    lgamma_stirling(y) - prod.ln()
}

/// Gamma(x) for x > 0 (may overflow to inf).
fn gamma_pos(x: f64) -> f64 {
    if x == x.floor() && x <= 23.0 {
        let mut r = BigInt::one();
        for i in 2..(x as u64) {
            r *= i;
        }
        return r.to_f64().unwrap_or(f64::INFINITY);
    }
    if x >= 15.0 {
        if x > 171.7 {
            return f64::INFINITY;
        }
        // sqrt(2 pi) x**(x - 1/2) e**-x e**series, with the power split in
        // two so it does not overflow before the small factor is applied.
        let p = x.powf(0.5 * (x - 0.5));
        let r = (2.0 * std::f64::consts::PI).sqrt() * p * ((-x).exp() * p);
        return r * stirling_series(x).exp();
    }
    let mut y = x;
    let mut prod = 1.0;
    while y < 15.0 {
        prod *= y;
        y += 1.0;
    }
    gamma_pos(y) / prod
}

fn m_gamma(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "gamma")?;
    if x.is_nan() {
        return Ok(th.new_float(x));
    }
    if x.is_infinite() {
        if x > 0.0 {
            return Ok(th.new_float(x));
        }
        return Err(domain(th));
    }
    if x == 0.0 {
        return Err(domain(th));
    }
    if x < 0.0 && x == x.floor() {
        return Err(domain(th));
    }
    let r = if x > 0.0 {
        if x < 1e-20 { 1.0 / x } else { gamma_pos(x) }
    } else if x > -1e-20 {
        1.0 / x
    } else {
        // Reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)).
        let g1 = gamma_pos(1.0 - x);
        if g1.is_infinite() {
            0.0 * sinpi(x).signum()
        } else {
            std::f64::consts::PI / (sinpi(x) * g1)
        }
    };
    if r.is_infinite() {
        return Err(range_err(th));
    }
    Ok(th.new_float(r))
}

fn m_lgamma(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "lgamma")?;
    if x.is_nan() {
        return Ok(th.new_float(x));
    }
    if x.is_infinite() {
        return Ok(th.new_float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(th));
    }
    let r = if x > 0.0 {
        lgamma_pos(x)
    } else {
        // ln|Gamma(x)| = ln(pi / |sin(pi x)|) - ln Gamma(1 - x).
        std::f64::consts::PI.ln() - sinpi(x).abs().ln() - lgamma_pos(1.0 - x)
    };
    if r.is_infinite() {
        return Err(range_err(th));
    }
    Ok(th.new_float(r))
}

// --- Logarithms ---

/// CPython's `loghelper`: `func` of an int or float argument; ints too
/// large for a double are split as m * 2**e first, so they never overflow.
fn log_helper(th: &Thread, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(v) {
        let b = int::to_bigint(v).unwrap_or_default();
        if !b.is_positive() {
            return Err(domain(th));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(func(x));
        }
        let e = b.bits() as i64;
        let m = crate::objects::float::ldexp_big(b.magnitude(), -e).unwrap_or(1.0);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let x = to_f64(th, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(th));
    }
    Ok(func(x))
}

fn log_with(th: &Thread, a: &Args, name: &str, func: fn(f64) -> f64) -> PyResult<Value> {
    a.no_kw(th, name)?;
    a.check(th, name, 1, 1)?;
    let r = log_helper(th, a.pos[0], func)?;
    Ok(th.new_float(r))
}

fn m_log2(th: &Thread, a: Args) -> PyResult<Value> {
    log_with(th, &a, "log2", f64::log2)
}

fn m_log10(th: &Thread, a: Args) -> PyResult<Value> {
    log_with(th, &a, "log10", f64::log10)
}

fn m_log(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "log")?;
    a.check(th, "log", 1, 2)?;
    let n = log_helper(th, a.pos[0], f64::ln)?;
    if a.pos.len() == 2 {
        let d = log_helper(th, a.pos[1], f64::ln)?;
        if d == 0.0 {
            return Err(th.zero_division("float division by zero"));
        }
        return Ok(th.new_float(n / d));
    }
    Ok(th.new_float(n))
}

/// floor/ceil/trunc: ints as is, then the type's dunder, then (floor and
/// ceil only) the float value.
fn int_result(
    th: &Thread,
    a: &Args,
    name: &str,
    dunder: &'static str,
    f: Option<fn(f64) -> f64>,
) -> PyResult<Value> {
    a.no_kw(th, name)?;
    a.check(th, name, 1, 1)?;
    let v = a.pos[0];
    if int::is_int(v) && !crate::objects::type_::type_of(v).is_heap() {
        return Ok(th.new_bigint(int::to_bigint(v).unwrap_or_default()));
    }
    if let Some(r) = ops::call_special(th, v, dunder, &[])? {
        return Ok(r);
    }
    let Some(f) = f else {
        return Err(th.type_error(format!(
            "type {} doesn't define {dunder} method",
            crate::objects::type_::type_name(v)
        )));
    };
    let x = to_f64(th, v)?;
    crate::objects::float::float_to_int(th, f(x))
}

fn m_floor(th: &Thread, a: Args) -> PyResult<Value> {
    int_result(th, &a, "floor", "__floor__", Some(f64::floor))
}

fn m_ceil(th: &Thread, a: Args) -> PyResult<Value> {
    int_result(th, &a, "ceil", "__ceil__", Some(f64::ceil))
}

fn m_trunc(th: &Thread, a: Args) -> PyResult<Value> {
    int_result(th, &a, "trunc", "__trunc__", None)
}

fn m_pow(th: &Thread, a: Args) -> PyResult<Value> {
    let (x, y) = f2(th, &a, "pow")?;
    // C99 special values first, as CPython's math.pow.
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else {
            // y is infinite.
            if x.abs() == 1.0 {
                1.0
            } else if (y > 0.0) == (x.abs() > 1.0) {
                f64::INFINITY
            } else {
                0.0
            }
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain(th));
        }
        if x < 0.0 && y != y.floor() {
            return Err(domain(th));
        }
        let r = x.powf(y);
        if r.is_infinite() {
            return Err(range_err(th));
        }
        r
    };
    Ok(th.new_float(r))
}

fn m_atan2(th: &Thread, a: Args) -> PyResult<Value> {
    let (y, x) = f2(th, &a, "atan2")?;
    check2(th, y, x, y.atan2(x))
}

fn m_hypot(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "hypot")?;
    let mut xs = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        xs.push(to_f64(th, *v)?.abs());
    }
    Ok(th.new_float(vector_norm(&xs)))
}

/// sqrt(sum(x*x)) without overflow: inf wins over nan, then scaled sum.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    // Scale by a power of two near max so the squares neither overflow nor
    // underflow, then add with compensation.
    let (_, e) = crate::objects::float::frexp(max);
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for x in xs {
        let y = crate::objects::float::scale2(*x, -(e as i64));
        let sq = y * y;
        let t = sum + sq;
        if sum.abs() >= sq.abs() {
            comp += (sum - t) + sq;
        } else {
            comp += (sq - t) + sum;
        }
        sum = t;
    }
    crate::objects::float::scale2((sum + comp).sqrt(), e as i64)
}

fn m_copysign(th: &Thread, a: Args) -> PyResult<Value> {
    let (x, y) = f2(th, &a, "copysign")?;
    Ok(th.new_float(x.copysign(y)))
}

fn m_fmod(th: &Thread, a: Args) -> PyResult<Value> {
    let (x, y) = f2(th, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(th.new_float(x));
    }
    check2(th, x, y, x % y)
}

fn m_remainder(th: &Thread, a: Args) -> PyResult<Value> {
    let (x, y) = f2(th, &a, "remainder")?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (ax, ay) = (x.abs(), y.abs());
            let m = ax % ay;
            let c = ay - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (ax - m)) % ay)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    check2(th, x, y, r)
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
    for k in a.kwnames {
        let n = crate::objects::str::as_str(*k).unwrap_or("");
        if !matches!(n, "a" | "b" | "rel_tol" | "abs_tol") {
            return Err(th.type_error(format!(
                "isclose() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    let (Some(av), Some(bv)) = (a.get(0, "a"), a.get(1, "b")) else {
        return Err(th.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            if a.get(0, "a").is_none() { "a" } else { "b" },
            if a.get(0, "a").is_none() { 1 } else { 2 }
        )));
    };
    if a.pos.len() > 2 {
        return Err(th.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let (x, y) = (to_f64(th, av)?, to_f64(th, bv)?);
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

fn m_nextafter(th: &Thread, a: Args) -> PyResult<Value> {
    let (x, y) = f2(th, &a, "nextafter")?;
    Ok(th.new_float(nextafter(x, y)))
}

/// The next double after `x` in the direction of `y` (C's nextafter).
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

fn m_ulp(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "ulp")?;
    if x.is_nan() {
        return Ok(th.new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(th.new_float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = nextafter(x, -f64::INFINITY);
        return Ok(th.new_float(x - x2));
    }
    Ok(th.new_float(x2 - x))
}

fn m_gcd(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "gcd")?;
    let mut r = BigInt::zero();
    for v in a.pos {
        r = r.gcd(&to_bigint_arg(th, *v)?);
    }
    Ok(th.new_bigint(r))
}

fn m_lcm(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "lcm")?;
    let mut r = BigInt::one();
    let mut zero = false;
    for v in a.pos {
        let x = to_bigint_arg(th, *v)?;
        if x.is_zero() || zero {
            zero = true;
            continue;
        }
        r = r.lcm(&x);
    }
    if zero {
        return Ok(Value::small(0));
    }
    Ok(th.new_bigint(r.abs()))
}

/// The product lo * (lo+1) * ... * hi, by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for i in lo..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn m_factorial(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "factorial")?;
    a.check(th, "factorial", 1, 1)?;
    let n = to_bigint_arg(th, a.pos[0])?;
    if n.is_negative() {
        return Err(th.value_error("factorial() not defined for negative values".into()));
    }
    let n = n.to_i64().ok_or_else(|| {
        th.overflow_error("factorial() argument should not exceed 9223372036854775807".into())
    })?;
    if n > 1 << 24 {
        return Err(th.memory_error());
    }
    Ok(th.new_bigint(range_product(2, n as u64)))
}

fn m_isqrt(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "isqrt")?;
    a.check(th, "isqrt", 1, 1)?;
    let n = to_bigint_arg(th, a.pos[0])?;
    if n.is_negative() {
        return Err(th.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(th.new_bigint(n.sqrt()))
}

fn comb_perm(th: &Thread, a: &Args, name: &str, comb: bool) -> PyResult<Value> {
    a.no_kw(th, name)?;
    a.check(th, name, if comb { 2 } else { 1 }, 2)?;
    let n = to_bigint_arg(th, a.pos[0])?;
    let k = match a.pos.get(1) {
        Some(v) if *v != g().none => to_bigint_arg(th, *v)?,
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
        .ok_or_else(|| th.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))?;
    if k > 1 << 24 {
        return Err(th.memory_error());
    }
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

/// Shewchuk's exactly rounded sum, with CPython's handling of inf and nan.
fn m_fsum(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "fsum")?;
    a.check(th, "fsum", 1, 1)?;
    let it = ops::get_iter(th, a.pos[0])?;
    let _r = th.root(it);
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = ops::next(th, it)? {
        let xsave = to_f64(th, v)?;
        let mut x = xsave;
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
        if x != 0.0 {
            if !x.is_finite() {
                // A nan or inf in the input, or an overflow of the partials.
                if xsave.is_finite() {
                    return Err(th.overflow_error("intermediate overflow in fsum".into()));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(th.value_error("-inf + inf in fsum".into()));
        }
        return Ok(th.new_float(special_sum));
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
    let it = ops::get_iter(th, a.pos[0])?;
    let _r = th.root(it);
    while let Some(v) = ops::next(th, it)? {
        let _r2 = th.root(acc);
        acc = ops::binary_op(th, frontend::bytecode::BinOp::Mul, acc, v, false)?;
    }
    Ok(acc)
}

fn m_dist(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "dist")?;
    a.check(th, "dist", 2, 2)?;
    let p = ops::collect(th, a.pos[0])?;
    let pv = th.new_tuple(p.clone());
    let _r = th.root(pv);
    let q = ops::collect(th, a.pos[1])?;
    // Rooted as `p` is: `to_f64` may run Python code (`__float__`).
    let qv = th.new_tuple_from(&q);
    let _rq = th.root(qv);
    if p.len() != q.len() {
        return Err(th.value_error("both points must have the same number of dimensions".into()));
    }
    let mut ds = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        ds.push((to_f64(th, *x)? - to_f64(th, *y)?).abs());
    }
    Ok(th.new_float(vector_norm(&ds)))
}

fn m_modf(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "modf")?;
    let (fp, ip) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let ip = x.trunc();
        ((x - ip).copysign(x), ip)
    };
    let fv = th.new_float(fp);
    let _r = th.root(fv);
    let iv = th.new_float(ip);
    Ok(th.new_tuple_from(&[fv, iv]))
}

fn m_frexp(th: &Thread, a: Args) -> PyResult<Value> {
    let x = f1(th, &a, "frexp")?;
    let (m, e) = crate::objects::float::frexp(x);
    let mv = th.new_float(m);
    Ok(th.new_tuple_from(&[mv, Value::small(e as i64)]))
}

fn m_ldexp(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "ldexp")?;
    a.check(th, "ldexp", 2, 2)?;
    let x = to_f64(th, a.pos[0])?;
    if !int::is_int(a.pos[1]) {
        return Err(th.type_error("Expected an int as second argument to ldexp.".into()));
    }
    let e = match int::to_i64(a.pos[1]) {
        Some(e) => e,
        None if int::to_bigint(a.pos[1]).is_some_and(|b| b.is_negative()) => i64::MIN,
        None => i64::MAX,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(th.new_float(x));
    }
    let r = crate::objects::float::scale2(x, e.clamp(-5000, 5000));
    if r.is_infinite() {
        return Err(range_err(th));
    }
    Ok(th.new_float(r))
}

/// The functions of the module.
const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let d = m.dict;
    for (n, f) in FUNCS {
        let fv = new_native(th, n, "math", *f, Binding::Function);
        dict::set_item_str(th, d, th.intern(n), fv);
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let fv = th.new_float(v);
        dict::set_item_str(th, d, th.intern(n), fv);
    }
    Ok(())
}
