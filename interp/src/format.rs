//! The format-spec mini-language (`format()`, f-strings, `str.format`) and
//! `%`-formatting (`str % args`, `bytes % args`), for the builtin types,
//! following CPython's `Python/formatter_unicode.c` and
//! `Objects/unicodeobject.c` (`PyUnicode_Format`).
//!
//! A number is laid out as CPython's `calc_number_widths` does:
//!
//! ```text
//!   [left pad][sign][prefix][= pad][grouped digits][rest][right pad]
//! ```
//!
//! where `rest` is the decimal point, fraction, exponent and `%`, and the
//! zero padding of `0`/`=` is done inside the digit grouping so that
//! `format(1234, "010,")` is `00,001,234`.
use num_bigint::BigInt;

use crate::objects::float::float_repr;
use crate::objects::int;
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::type_::{type_name, type_of};
use crate::ops;
use crate::runtime::{PyResult, Thread, g};
use crate::value::Value;

// --- Format specs ---

#[derive(Debug, Clone)]
pub struct Spec {
    pub fill: char,
    pub fill_given: bool,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    pub alt: bool,
    /// The `0` flag was given.
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            fill: ' ',
            fill_given: false,
            align: None,
            sign: None,
            no_neg_zero: false,
            alt: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// A field width too large to pad to: CPython fails to allocate the
/// result (a bare MemoryError) instead of building it.
fn check_width(th: &Thread, width: usize) -> PyResult<()> {
    if width > MAX_PADDED_WIDTH {
        return Err(th.memory_error());
    }
    th.reserve(width)
}

const MAX_PADDED_WIDTH: usize = 1 << 34;

fn parse_digits(th: &Thread, c: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let st = *i;
    while *i < c.len() && c[*i].is_ascii_digit() {
        *i += 1;
    }
    if *i == st {
        return Ok(None);
    }
    let s: String = c[st..*i].iter().collect();
    s.parse::<usize>()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| th.value_error("Too many decimal digits in format string".into()))
}

/// Parses a format spec for a value of type `tname` whose default
/// alignment is `default_align` (`>` for numbers, `<` for str).
pub fn parse_spec(th: &Thread, s: &str, tname: &str, default_align: char) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = c[0];
        sp.fill_given = true;
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if !sp.fill_given && i < c.len() && c[i] == '0' {
        sp.fill = '0';
        sp.zero = true;
        if sp.align.is_none() && default_align == '>' {
            sp.align = Some('=');
        }
        i += 1;
    }
    sp.width = parse_digits(th, &c, &mut i)?.unwrap_or(0);
    check_width(th, sp.width)?;
    if i < c.len() && c[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sp.grouping.is_some() {
            return Err(th.value_error("Cannot specify both ',' and '_'.".into()));
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' {
        return Err(th.value_error("Cannot specify both ',' and '_'.".into()));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        match parse_digits(th, &c, &mut i)? {
            Some(p) => sp.precision = Some(p),
            None => return Err(th.value_error("Format specifier missing precision".into())),
        }
    }
    if c.len() - i > 1 {
        return Err(th.value_error(format!(
            "Invalid format specifier '{s}' for object of type '{tname}'"
        )));
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
    }
    if let Some(sep) = sp.grouping {
        let ok = match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(th.value_error(format!(
                "Cannot specify '{sep}' with '{}'.",
                sp.ty.unwrap_or(' ')
            )));
        }
    }
    Ok(sp)
}

// --- Layout of numbers ---

/// Groups `digits` by `every` with `sep`, zero-extending to at least
/// `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width as isize;
    let mut groups: Vec<String> = Vec::new();
    let mut end = d.len();
    loop {
        let l = (every as isize).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let mut g = "0".repeat(n_zeros);
        g.extend(d[end - n_chars..end].iter());
        end -= n_chars;
        groups.push(g);
        remaining -= n_chars as isize;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Lays out a number: sign, prefix, integer digits (grouped), rest, padding.
fn layout_number(
    sp: &Spec,
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    every: usize,
) -> String {
    let align = sp.align.unwrap_or('>');
    let fixed = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let body = match sp.grouping {
        Some(sep) if !digits.is_empty() => {
            let min = if sp.fill == '0' && align == '=' {
                sp.width.saturating_sub(fixed)
            } else {
                0
            };
            group_digits(digits, sep, every, min)
        }
        _ => digits.to_string(),
    };
    pad_parts(
        sp,
        align,
        &format!("{sign}{prefix}"),
        &format!("{body}{rest}"),
    )
}

/// Pads `head` + `body` to the spec's width; `=` pads between them.
fn pad_parts(sp: &Spec, align: char, head: &str, body: &str) -> String {
    let len = head.chars().count() + body.chars().count();
    if len >= sp.width {
        return format!("{head}{body}");
    }
    let n = sp.width - len;
    let f = |k: usize| std::iter::repeat_n(sp.fill, k).collect::<String>();
    match align {
        '<' => format!("{head}{body}{}", f(n)),
        '^' => format!("{}{head}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{head}{}{body}", f(n)),
        _ => format!("{}{head}{body}", f(n)),
    }
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

// --- int ---

/// format() of an int (or bool) value.
pub fn format_int(th: &Thread, v: Value, sp: &Spec) -> PyResult<String> {
    let b = int::to_bigint(v).unwrap_or_default();
    format_bigint(th, &b, sp, &type_name(v))
}

fn format_bigint(th: &Thread, b: &BigInt, sp: &Spec, tname: &str) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num_traits::ToPrimitive::to_f64(b)
            .filter(|f| f.is_finite())
            .ok_or_else(|| th.overflow_error("int too large to convert to float".into()))?;
        return format_float(th, f, sp, tname);
    }
    if !matches!(ty, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(th.value_error(format!(
            "Unknown format code '{ty}' for object of type '{tname}'"
        )));
    }
    if sp.precision.is_some() {
        return Err(th.value_error("Precision not allowed in integer format specifier".into()));
    }
    if sp.no_neg_zero {
        return Err(th.value_error(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b } else { b.clone() };
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(th.value_error("Sign not allowed with integer format specifier 'c'".into()));
        }
        if sp.alt {
            return Err(th.value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let c = if neg {
            None
        } else {
            num_traits::ToPrimitive::to_u32(&mag).and_then(char::from_u32)
        }
        .ok_or_else(|| th.overflow_error("%c arg not in range(0x110000)".into()))?;
        return Ok(layout_number(sp, "", "", &c.to_string(), "", 3));
    }
    let (digits, prefix, every) = match ty {
        'b' => (mag.to_str_radix(2), "0b", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (crate::objects::int::int_decimal(th, &mag)?, "", 3),
    };
    let prefix = if sp.alt { prefix } else { "" };
    Ok(layout_number(
        sp,
        sign_str(neg, sp.sign),
        prefix,
        &digits,
        "",
        every,
    ))
}

// --- float ---

/// The magnitude of `a` (>= 0 or NaN) per a float presentation type,
/// without sign: `1234.5`, `1.2e+03`, `inf`, `50.0%`.
fn float_body(a: f64, ty: Option<char>, prec: Option<usize>, alt: bool) -> String {
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        return if ty == Some('%') { format!("{s}%") } else { s };
    }
    let s = match ty {
        Some('f' | 'F') => {
            let p = prec.unwrap_or(6);
            let mut s = fixed_format(a, p);
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        Some('%') => {
            let p = prec.unwrap_or(6);
            let mut s = fixed_format(a * 100.0, p);
            if alt && p == 0 {
                s.push('.');
            }
            s.push('%');
            s
        }
        Some('e' | 'E') => {
            let p = prec.unwrap_or(6);
            let s = exp_format(a, p);
            if alt && p == 0 {
                s.replacen('e', ".e", 1)
            } else {
                s
            }
        }
        Some('g' | 'G' | 'n') => general_format(a, prec.unwrap_or(6).max(1), alt),
        _ => match prec {
            None => {
                let r = float_repr(a);
                if alt && !r.contains(['.', 'e']) {
                    format!("{r}.")
                } else {
                    r
                }
            }
            Some(p) => {
                // 'g' whose exponent threshold is one lower (CPython's
                // Py_DTSF_ADD_DOT_0), with ".0" on integral results.
                let p = p.max(1);
                let exp = exp_format(a, p - 1)
                    .split_once('e')
                    .and_then(|(_, x)| x.parse::<i32>().ok())
                    .unwrap_or(0);
                let s = if a != 0.0 && exp >= p as i32 - 1 && exp < p as i32 {
                    let e = exp_format(a, p - 1);
                    match e.split_once('e') {
                        Some((m, x)) if !alt && m.contains('.') => {
                            format!("{}e{x}", m.trim_end_matches('0').trim_end_matches('.'))
                        }
                        _ => e,
                    }
                } else {
                    general_format(a, p, alt)
                };
                if s.contains(['.', 'e']) {
                    s
                } else {
                    format!("{s}.0")
                }
            }
        },
    };
    if upper { s.to_uppercase() } else { s }
}

/// Splits a float body into (integer digits, rest).
fn split_digits(body: &str) -> (&str, &str) {
    match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&body[..i], &body[i..]),
        None => (body, ""),
    }
}

/// Whether a formatted magnitude is zero (for the `z` option).
fn body_is_zero(body: &str) -> bool {
    let m = body.split(['e', 'E']).next().unwrap_or("");
    m.chars().all(|c| c == '0' || c == '.' || c == '%') && m.contains('0')
}

/// format() of a float.
pub fn format_float(th: &Thread, f: f64, sp: &Spec, tname: &str) -> PyResult<String> {
    let ty = sp.ty;
    if !matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(th.value_error(format!(
            "Unknown format code '{}' for object of type '{tname}'",
            ty.unwrap_or(' ')
        )));
    }
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(th.value_error("precision too big".into()));
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let body = float_body(f.abs(), ty, sp.precision, sp.alt);
    if neg && sp.no_neg_zero && body_is_zero(&body) {
        neg = false;
    }
    let (digits, rest) = split_digits(&body);
    Ok(layout_number(
        sp,
        sign_str(neg, sp.sign),
        "",
        digits,
        rest,
        3,
    ))
}

/// `%e` style with Python's two-digit exponent.
pub fn exp_format(a: f64, prec: usize) -> String {
    let exact = prec.min(EXACT_DIGITS);
    let s = format!("{a:.exact$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let zeros = "0".repeat(prec - exact);
    format!("{m}{zeros}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// A double's exact decimal expansion has at most 1074 digits after the
/// point (767 significant): past this many, every further digit is a zero.
/// (Rust's formatter refuses precisions above 65535.)
const EXACT_DIGITS: usize = 1100;

/// `%f` style with `prec` digits after the point.
fn fixed_format(a: f64, prec: usize) -> String {
    let exact = prec.min(EXACT_DIGITS);
    let mut s = format!("{a:.exact$}");
    s.extend(std::iter::repeat_n('0', prec - exact));
    s
}

/// `%g` style with `p` significant digits.
pub fn general_format(a: f64, p: usize, alt: bool) -> String {
    let p = p.max(1);
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let e = exp_format(a, p - 1);
    let exp: i32 = e
        .split_once('e')
        .and_then(|(_, x)| x.parse().ok())
        .unwrap_or(0);
    let s = if exp < -4 || exp >= p as i32 {
        e
    } else {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    if alt {
        if s.contains('.') {
            return s;
        }
        return match s.split_once('e') {
            Some((m, ex)) => format!("{m}.e{ex}"),
            None => format!("{s}."),
        };
    }
    // Strip trailing zeros of the mantissa.
    if let Some((m, ex)) = s.split_once('e') {
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        format!("{m}e{ex}")
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

// --- complex ---

/// format() of a complex number.
pub fn format_complex(th: &Thread, re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::objects::complex::complex_repr(re, im));
    }
    let sp = parse_spec(th, spec, "complex", '>')?;
    if sp.fill == '0' {
        return Err(
            th.value_error("Zero padding is not allowed in complex format specifier".into())
        );
    }
    if sp.align == Some('=') {
        return Err(
            th.value_error("'=' alignment flag is not allowed in complex format specifier".into())
        );
    }
    let mut ty = sp.ty;
    if !matches!(ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(th.value_error(format!(
            "Unknown format code '{}' for object of type 'complex'",
            ty.unwrap_or(' ')
        )));
    }
    let (mut skip_re, mut parens) = (false, false);
    if ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        if sp.precision.is_some() {
            ty = Some('g');
        }
    }
    let part = |x: f64| -> String {
        if ty.is_none() {
            // repr style without a trailing ".0".
            let r = if x.is_finite() {
                float_repr(x.abs())
            } else {
                float_body(x.abs(), None, None, false)
            };
            let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
            if sp.alt && !r.contains(['.', 'e']) && x.is_finite() {
                format!("{r}.")
            } else {
                r
            }
        } else {
            float_body(x.abs(), ty, sp.precision, sp.alt)
        }
    };
    let group = |body: &str| -> String {
        let (d, rest) = split_digits(body);
        match sp.grouping {
            Some(sep) if !d.is_empty() => format!("{}{rest}", group_digits(d, sep, 3, 0)),
            _ => body.to_string(),
        }
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        let body = part(re);
        let mut neg = re.is_sign_negative() && !re.is_nan();
        if neg && sp.no_neg_zero && body_is_zero(&body) {
            neg = false;
        }
        out.push_str(sign_str(neg, sp.sign));
        out.push_str(&group(&body));
    }
    let body = part(im);
    let mut neg = im.is_sign_negative() && !im.is_nan();
    if neg && sp.no_neg_zero && body_is_zero(&body) {
        neg = false;
    }
    out.push_str(if skip_re {
        sign_str(neg, sp.sign)
    } else if neg {
        "-"
    } else {
        "+"
    });
    out.push_str(&group(&body));
    out.push('j');
    if parens {
        out.push(')');
    }
    let align = sp.align.unwrap_or('>');
    Ok(pad_parts(&sp, align, "", &out))
}

// --- str ---

fn format_str(th: &Thread, s: &str, spec: &str) -> PyResult<String> {
    let sp = parse_spec(th, spec, "str", '<')?;
    if let Some(t) = sp.ty
        && t != 's'
    {
        return Err(th.value_error(format!(
            "Unknown format code '{t}' for object of type 'str'"
        )));
    }
    if sp.sign.is_some() {
        return Err(th.value_error("Sign not allowed in string format specifier".into()));
    }
    if sp.no_neg_zero {
        return Err(th.value_error(
            "Negative zero coercion (z) not allowed in string format specifier".into(),
        ));
    }
    if sp.alt {
        return Err(
            th.value_error("Alternate form (#) not allowed in string format specifier".into())
        );
    }
    if sp.align == Some('=') {
        return Err(th.value_error("'=' alignment not allowed in string format specifier".into()));
    }
    if let Some(sep) = sp.grouping {
        return Err(th.value_error(format!("Cannot specify '{sep}' with 's'.")));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_parts(&sp, sp.align.unwrap_or('<'), "", &body))
}

/// format() for builtin types.
pub fn format_builtin(th: &Thread, v: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return ops::str_value(th, v);
    }
    let s = if int::is_int(v) {
        let sp = parse_spec(th, spec, &type_name(v), '>')?;
        format_int(th, v, &sp)?
    } else if let Some(f) = crate::objects::float::as_f64(v) {
        let sp = parse_spec(th, spec, &type_name(v), '>')?;
        format_float(th, f, &sp, &type_name(v))?
    } else if let Some(s) = as_str(v) {
        format_str(th, s, spec)?
    } else if let Some((re, im)) = crate::objects::complex::parts(v) {
        format_complex(th, re, im, spec)?
    } else {
        return Err(th.type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        )));
    };
    Ok(th.new_string(s))
}

// --- %-formatting ---

/// The flags and sizes of one `%` conversion.
#[derive(Default)]
struct PctSpec {
    left: bool,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl PctSpec {
    /// Pads `head` (sign, prefix) + `body`: left-aligned with spaces, or
    /// zero-padded between them, or right-aligned with spaces.
    fn pad(&self, head: &str, body: &str, zero_ok: bool) -> String {
        let len = head.chars().count() + body.chars().count();
        if len >= self.width {
            return format!("{head}{body}");
        }
        let n = self.width - len;
        if self.left {
            format!("{head}{body}{}", " ".repeat(n))
        } else if self.zero && zero_ok {
            format!("{head}{}{body}", "0".repeat(n))
        } else {
            format!("{}{head}{body}", " ".repeat(n))
        }
    }
}

/// An int for `%d`-style conversions (`x/o/X` need `__index__`).
fn pct_int(th: &Thread, v: Value, conv: char) -> PyResult<BigInt> {
    if int::is_int(v) {
        return Ok(int::to_bigint(v).unwrap_or_default());
    }
    if matches!(conv, 'x' | 'X' | 'o') {
        let t = type_of(v);
        if crate::objects::type_::lookup(t, th.intern_static("__index__")).is_none() {
            return Err(th.type_error(format!(
                "%{conv} format: an integer is required, not {}",
                type_name(v)
            )));
        }
        return crate::builtins::to_bigint_arg(th, v);
    }
    if let Some(f) = crate::objects::float::as_f64(v) {
        if f.is_nan() {
            return Err(th.value_error("cannot convert float NaN to integer".into()));
        }
        if f.is_infinite() {
            return Err(th.overflow_error("cannot convert float infinity to integer".into()));
        }
        return Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default());
    }
    let t = type_of(v);
    let has = |n: &'static str| crate::objects::type_::lookup(t, th.intern_static(n)).is_some();
    if has("__index__") {
        return crate::builtins::to_bigint_arg(th, v);
    }
    if has("__int__") {
        let r = ops::call_special(th, v, "__int__", &[])?.unwrap_or(g().none);
        return int::to_bigint(r).ok_or_else(|| {
            th.type_error(format!("__int__ returned non-int (type {})", type_name(r)))
        });
    }
    if has("__float__") {
        let f = crate::builtins::to_f64(th, v)?;
        return Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default());
    }
    Err(th.type_error(format!(
        "%{conv} format: a real number is required, not {}",
        type_name(v)
    )))
}

/// The shared engine of `str % args` (`bytes` false) and `bytes % args`
/// (`bytes` true; text is latin-1, one char per byte).
fn percent_engine(th: &Thread, fmt: &[char], args: Value, bytes: bool) -> PyResult<String> {
    let tuple = args.downcast::<Tuple>();
    let items: Vec<Value> = match tuple {
        Some(t) => t.items().to_vec(),
        None => vec![args],
    };
    let is_mapping = tuple.is_none()
        && as_str(args).is_none()
        && crate::objects::bytes::bytes_data(args).is_none()
        && crate::objects::type_::lookup(type_of(args), th.intern_static("__getitem__")).is_some();
    let mapping = if is_mapping { Some(args) } else { None };
    let mut idx = 0;
    let mut out = String::new();
    let c = fmt;
    let mut i = 0;
    let next_arg = |idx: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*idx)
            .copied()
            .ok_or_else(|| th.type_error("not enough arguments for format string".into()))?;
        *idx += 1;
        Ok(v)
    };
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return Err(th.value_error("incomplete format".into()));
        }
        let mut key_val = None;
        if c[i] == '(' {
            let st = i + 1;
            let mut depth = 1;
            let mut j = st;
            while j < c.len() {
                if c[j] == '(' {
                    depth += 1;
                } else if c[j] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= c.len() {
                return Err(th.value_error("incomplete format key".into()));
            }
            let key: String = c[st..j].iter().collect();
            i = j + 1;
            let m = mapping.ok_or_else(|| th.type_error("format requires a mapping".into()))?;
            let k = if bytes {
                let b: Vec<u8> = key.chars().map(|ch| ch as u32 as u8).collect();
                crate::objects::bytes::new_bytes(th, b)
            } else {
                th.new_string(key)
            };
            key_val = Some(ops::getitem(th, m, k)?);
            // As CPython: a keyed conversion consumes the argument, so a
            // later positional one finds none left.
            idx = items.len();
        }
        let mut spec = PctSpec::default();
        while i < c.len() && matches!(c[i], '-' | '+' | ' ' | '#' | '0') {
            match c[i] {
                '-' => spec.left = true,
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < c.len() && c[i] == '*' {
            let w = next_arg(&mut idx)?;
            if !int::is_int(w) {
                return Err(th.type_error("* wants int".into()));
            }
            let w = int::to_i64(w).ok_or_else(|| {
                th.overflow_error("Python int too large to convert to C ssize_t".into())
            })?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
            check_width(th, spec.width)?;
            i += 1;
        } else {
            let st = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                let s: String = c[st..i].iter().collect();
                spec.width = s
                    .parse()
                    .map_err(|_| th.value_error("width too big".into()))?;
                check_width(th, spec.width)?;
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                let p = next_arg(&mut idx)?;
                if !int::is_int(p) {
                    return Err(th.type_error("* wants int".into()));
                }
                spec.precision = Some(int::to_i64(p).unwrap_or(0).max(0) as usize);
                i += 1;
            } else {
                let st = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                let s: String = c[st..i].iter().collect();
                spec.precision = Some(if s.is_empty() {
                    0
                } else {
                    s.parse::<usize>()
                        .ok()
                        .filter(|p| *p <= i32::MAX as usize)
                        .ok_or_else(|| th.value_error("precision too big".into()))?
                });
            }
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err(th.value_error("incomplete format".into()));
        }
        let conv = c[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_val {
            Some(v) => v,
            None => {
                if !matches!(
                    conv,
                    's' | 'r'
                        | 'a'
                        | 'b'
                        | 'c'
                        | 'd'
                        | 'i'
                        | 'u'
                        | 'o'
                        | 'x'
                        | 'X'
                        | 'e'
                        | 'E'
                        | 'f'
                        | 'F'
                        | 'g'
                        | 'G'
                ) {
                    return Err(unsupported_char(th, conv, i - 1));
                }
                next_arg(&mut idx)?
            }
        };
        let _r = th.root(v);
        let s = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = if bytes {
                    match conv {
                        's' | 'b' => bytes_arg(th, v)?,
                        _ => crate::builtins_types::ascii_escape(&ops::repr(th, v)?),
                    }
                } else {
                    match conv {
                        's' => ops::str_of(th, v)?,
                        'r' => ops::repr(th, v)?,
                        'a' => crate::builtins_types::ascii_escape(&ops::repr(th, v)?),
                        _ => return Err(unsupported_char(th, conv, i - 1)),
                    }
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                spec.pad("", &s, false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = pct_int(th, v, conv)?;
                let neg = n.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -n } else { n };
                let (mut digits, prefix) = match conv {
                    'x' => (mag.to_str_radix(16), "0x"),
                    'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                    'o' => (mag.to_str_radix(8), "0o"),
                    _ => (crate::objects::int::int_decimal(th, &mag)?, ""),
                };
                if let Some(p) = spec.precision
                    && digits.len() < p
                {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
                let head = format!(
                    "{}{}",
                    sign_str(neg, spec.sign),
                    if spec.alt { prefix } else { "" }
                );
                spec.pad(&head, &digits, true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::builtins::to_f64(th, v).map_err(|e| {
                    if ops::is_instance_of(e.0, g().exc.type_error) {
                        th.type_error(format!("must be real number, not {}", type_name(v)))
                    } else {
                        e
                    }
                })?;
                let neg = f.is_sign_negative() && !f.is_nan();
                let body = float_body(
                    f.abs(),
                    Some(conv),
                    Some(spec.precision.unwrap_or(6)),
                    spec.alt,
                );
                spec.pad(sign_str(neg, spec.sign), &body, true)
            }
            'c' => {
                let s = if bytes {
                    if let Some(b) = crate::objects::bytes::bytes_data(v) {
                        if b.len() != 1 {
                            return Err(th.type_error(
                                "%c requires an integer in range(256) or a single byte".into(),
                            ));
                        }
                        (b[0] as char).to_string()
                    } else if int::is_int(v) {
                        match int::to_i64(v) {
                            Some(n) if (0..256).contains(&n) => (n as u8 as char).to_string(),
                            _ => return Err(th.overflow_error("%c arg not in range(256)".into())),
                        }
                    } else {
                        return Err(th.type_error(
                            "%c requires an integer in range(256) or a single byte".into(),
                        ));
                    }
                } else if let Some(s) = as_str(v) {
                    if s.chars().count() != 1 {
                        return Err(th.type_error("%c requires int or char".into()));
                    }
                    s.to_string()
                } else if int::is_int(v) {
                    int::to_i64(v)
                        .and_then(|n| u32::try_from(n).ok())
                        .and_then(char::from_u32)
                        .map(|c| c.to_string())
                        .ok_or_else(|| th.overflow_error("%c arg not in range(0x110000)".into()))?
                } else {
                    return Err(th.type_error("%c requires int or char".into()));
                };
                spec.pad("", &s, false)
            }
            other => return Err(unsupported_char(th, other, i - 1)),
        };
        out.push_str(&s);
    }
    if idx < items.len() && mapping.is_none() {
        return Err(th.type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes { "bytes" } else { "string" }
        )));
    }
    Ok(out)
}

fn unsupported_char(th: &Thread, c: char, at: usize) -> crate::runtime::Exc {
    let shown = if (' '..='~').contains(&c) {
        c.to_string()
    } else {
        "?".into()
    };
    th.value_error(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {at}",
        c as u32
    ))
}

/// `%s`/`%b` of `bytes % args`: a bytes-like object or `__bytes__`, as latin-1 text.
fn bytes_arg(th: &Thread, v: Value) -> PyResult<String> {
    let data = match crate::objects::bytes::bytes_data(v) {
        Some(b) => b,
        None => match ops::call_special(th, v, "__bytes__", &[])? {
            Some(r) if crate::objects::bytes::bytes_data(r).is_some() => {
                crate::objects::bytes::bytes_data(r).unwrap_or_default()
            }
            _ => {
                return Err(th.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name(v)
                )));
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

/// `fmt % args` for str.
pub fn percent_format(th: &Thread, fmt: &str, args: Value) -> PyResult<Value> {
    let c: Vec<char> = fmt.chars().collect();
    let s = percent_engine(th, &c, args, false)?;
    Ok(th.new_string(s))
}

/// `fmt % args` for bytes and bytearray.
pub fn bytes_percent_format(th: &Thread, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let c: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let s = percent_engine(th, &c, args, true)?;
    Ok(s.chars().map(|ch| ch as u32 as u8).collect())
}
