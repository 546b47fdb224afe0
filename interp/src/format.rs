//! The format-spec mini-language (`format()`, f-strings, `str.format`) and
//! `%`-formatting, for the builtin types.
use crate::layout::Kind;
use crate::objects::float::float_repr;
use crate::objects::int;
use crate::objects::str::as_str;
use crate::objects::tuple::Tuple;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{PyResult, Thread, g};
use crate::value::Value;

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(th: &Thread, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
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
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = c[st..i].iter().collect::<String>().parse().unwrap_or(0);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(th.value_error("Format specifier missing precision".into()));
        }
        sp.precision = Some(c[st..i].iter().collect::<String>().parse().unwrap_or(0));
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(th.value_error("Invalid format specifier".into()));
    }
    Ok(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Pads `body` (with its sign/prefix split off) per the spec.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = sp
        .align
        .unwrap_or(if sp.zero { '=' } else { default_align });
    let len = sign.chars().count() + body.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let n = sp.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(th: &Thread, v: Value, sp: &Spec) -> PyResult<String> {
    let b = int::to_bigint(v).unwrap_or_default();
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b } else { b };
    let ty = sp.ty.unwrap_or('d');
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_string(), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            let c = num_traits::ToPrimitive::to_u32(&mag)
                .and_then(char::from_u32)
                .ok_or_else(|| th.overflow_error("%c arg not in range(0x110000)".into()))?;
            return Ok(pad(sp, "", &c.to_string(), '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int::int_to_f64(th, v)?;
            return format_float(th, f, sp);
        }
        _ => {
            return Err(th.value_error(format!(
                "Unknown format code '{ty}' for object of type 'int'"
            )));
        }
    };
    let digits = match sp.grouping {
        Some(sep) => group(&digits, sep, if matches!(ty, 'd' | 'n') { 3 } else { 4 }),
        None => digits,
    };
    let pre = if sp.alt { prefix } else { "" };
    let sign = format!("{}{}", sign_str(neg, sp), pre);
    Ok(pad(sp, &sign, &digits, '>'))
}

pub fn format_float(th: &Thread, f: f64, sp: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let ty = sp.ty;
    let body = if a.is_infinite() || a.is_nan() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if matches!(ty, Some('E' | 'F' | 'G')) {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    } else {
        match ty {
            Some('f' | 'F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            Some('e' | 'E') => {
                let s = exp_format(a, sp.precision.unwrap_or(6));
                if ty == Some('E') { s.to_uppercase() } else { s }
            }
            Some('g' | 'G') | None if sp.precision.is_some() || ty.is_some() => {
                let p = sp.precision.unwrap_or(6).max(1);
                let s = general_format(a, p, sp.alt);
                let s = if ty.is_none() && !s.contains(['.', 'e', 'n', 'i']) {
                    format!("{s}.0")
                } else {
                    s
                };
                if ty == Some('G') { s.to_uppercase() } else { s }
            }
            None => float_repr(a),
            Some(c) => {
                return Err(th.value_error(format!(
                    "Unknown format code '{c}' for object of type 'float'"
                )));
            }
        }
    };
    let body = match sp.grouping {
        Some(sep) => {
            let (ip, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            format!("{}{}", group(ip, sep, 3), rest)
        }
        None => body,
    };
    Ok(pad(sp, sign_str(neg, sp), &body, '>'))
}

/// `%e` style with Python's two-digit exponent.
pub fn exp_format(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g` style.
pub fn general_format(a: f64, p: usize, alt: bool) -> String {
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let e = exp_format(a, p - 1);
    let exp: i32 = e.split_once('e').unwrap().1.parse().unwrap();
    let s = if exp < -4 || exp >= p as i32 {
        e
    } else {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    if alt {
        return s;
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

/// format() for builtin types.
pub fn format_builtin(th: &Thread, v: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return ops::str_value(th, v);
    }
    let sp = parse_spec(th, spec)?;
    let s = if v.is_kind(Kind::Bool) && sp.ty.is_none() {
        pad(&sp, "", &ops::str_of(th, v)?, '<')
    } else if int::is_int(v) {
        format_int(th, v, &sp)?
    } else if let Some(f) = crate::objects::float::as_f64(v) {
        format_float(th, f, &sp)?
    } else if let Some(s) = as_str(v) {
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
        let body: String = match sp.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        pad(&sp, "", &body, '<')
    } else {
        if !spec.is_empty() && !v.is_kind(Kind::Complex) {
            return Err(th.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            )));
        }
        let s = ops::str_of(th, v)?;
        pad(&sp, "", &s, '>')
    };
    Ok(th.new_string(s))
}

/// `fmt % args`.
pub fn percent_format(th: &Thread, fmt: &str, args: Value) -> PyResult<Value> {
    let items: Vec<Value> = match args.downcast::<Tuple>() {
        Some(t) => t.items.to_vec(),
        None => vec![args],
    };
    let mapping = if args.is_kind(Kind::Dict) {
        Some(args)
    } else {
        None
    };
    let mut idx = 0;
    let mut out = String::new();
    let c: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut next_arg = |th: &Thread| -> PyResult<Value> {
        let v = items
            .get(idx)
            .copied()
            .ok_or_else(|| th.type_error("not enough arguments for format string".into()))?;
        idx += 1;
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
            while i < c.len() && depth > 0 {
                i += 1;
                if i < c.len() && c[i] == '(' {
                    depth += 1;
                }
                if i < c.len() && c[i] == ')' {
                    depth -= 1;
                }
            }
            let key: String = c[st..i].iter().collect();
            i += 1;
            let m = mapping.ok_or_else(|| th.type_error("format requires a mapping".into()))?;
            let k = th.new_string(key);
            key_val = Some(ops::getitem(th, m, k)?);
        }
        let mut spec = Spec::default();
        while i < c.len() && matches!(c[i], '-' | '+' | ' ' | '#' | '0') {
            match c[i] {
                '-' => spec.align = Some('<'),
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
            let w = next_arg(th)?;
            spec.width = int::to_i64(w).unwrap_or(0).max(0) as usize;
            i += 1;
        } else {
            let st = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                spec.width = c[st..i].iter().collect::<String>().parse().unwrap_or(0);
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let st = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            spec.precision = Some(c[st..i].iter().collect::<String>().parse().unwrap_or(0));
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
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let v = match key_val {
            Some(v) => v,
            None => next_arg(th)?,
        };
        let s = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => ops::str_of(th, v)?,
                    'r' => ops::repr(th, v)?,
                    _ => crate::builtins_types::ascii_escape(&ops::repr(th, v)?),
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                spec.zero = false;
                pad(&spec, "", &s, '>')
            }
            'd' | 'i' | 'u' => {
                let n = if int::is_int(v) {
                    v
                } else if let Some(f) = crate::objects::float::as_f64(v) {
                    th.new_bigint(
                        num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default(),
                    )
                } else {
                    return Err(th.type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        type_name(v)
                    )));
                };
                spec.ty = Some('d');
                format_int(th, n, &spec)?
            }
            'x' | 'X' | 'o' => {
                if !int::is_int(v) {
                    return Err(th.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        type_name(v)
                    )));
                }
                spec.ty = Some(conv);
                format_int(th, v, &spec)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::builtins::to_f64(th, v).map_err(|_| {
                    th.type_error(format!("must be real number, not {}", type_name(v)))
                })?;
                spec.ty = Some(conv);
                if spec.precision.is_none() {
                    spec.precision = Some(6);
                }
                format_float(th, f, &spec)?
            }
            'c' => {
                let s = if let Some(s) = as_str(v) {
                    s.to_string()
                } else {
                    let n = int::to_i64(v).unwrap_or(-1);
                    char::from_u32(n as u32)
                        .map(|c| c.to_string())
                        .ok_or_else(|| th.overflow_error("%c arg not in range(0x110000)".into()))?
                };
                pad(&spec, "", &s, '>')
            }
            other => {
                return Err(th.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&s);
    }
    if idx < items.len() && mapping.is_none() {
        return Err(th.type_error("not all arguments converted during string formatting".into()));
    }
    let _ = g();
    Ok(th.new_string(out))
}
