//! Everyday methods of `list`, `dict`, `str`, `set`, `int` and `float`, and
//! the number parsing behind `int()` and `float()`.
use num_bigint::BigInt;
use num_traits::Num;

use crate::layout::{Gc, Kind};
use crate::objects::add_methods;
use crate::objects::dict::{self, Dict};
use crate::objects::int;
use crate::objects::list::List;
use crate::objects::str::as_str;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub fn install(th: &Thread) {
    let t = types();
    add_methods(
        th,
        t.list,
        "list",
        &[
            ("append", list_append),
            ("pop", list_pop),
            ("extend", list_extend),
            ("insert", list_insert),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("index", list_index),
            ("count", list_count),
            ("remove", list_remove),
            ("copy", list_copy),
            ("clear", list_clear),
        ],
    );
    add_methods(
        th,
        t.dict,
        "dict",
        &[
            ("get", dict_get),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("popitem", dict_popitem),
        ],
    );
    add_methods(
        th,
        t.str,
        "str",
        &[
            ("join", str_join),
            ("split", str_split),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("find", str_find),
            ("format", str_format),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
        ],
    );
    add_methods(
        th,
        t.set,
        "set",
        &[("add", set_add), ("discard", set_discard)],
    );
}

fn this_list(v: Value) -> Gc<List> {
    v.downcast::<List>().expect("list method on a list")
}

fn list_append(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "append", 2, 2)?;
    this_list(a.pos[0]).items.borrow_mut().push(a.pos[1]);
    Ok(g().none)
}

fn list_pop(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "pop", 1, 2)?;
    let l = this_list(a.pos[0]);
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(th.index_error("pop from empty list".into()));
    }
    let n = items.len() as i64;
    let i = match a.pos.get(1) {
        Some(v) => {
            int::to_i64(*v).ok_or_else(|| th.type_error("list indices must be integers".into()))?
        }
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(th.index_error("pop index out of range".into()));
    }
    Ok(items.remove(j as usize))
}

fn list_extend(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "extend", 2, 2)?;
    let items = ops::collect(th, a.pos[1])?;
    this_list(a.pos[0]).items.borrow_mut().extend(items);
    Ok(g().none)
}

fn list_insert(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "insert", 3, 3)?;
    let l = this_list(a.pos[0]);
    let i = int::to_i64(ops::index(th, a.pos[1])?).unwrap_or(0);
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a.pos[2]);
    Ok(g().none)
}

fn list_sort(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "sort", 1, 1)?;
    let l = this_list(a.pos[0]);
    let key = a.kw("key").unwrap_or(Value::NULL);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::truthy(th, r)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let tv = crate::runtime::TempVec::new(th);
    for x in &items {
        tv.push(*x);
    }
    let r = crate::builtins::sort_values(th, items.clone(), key, reverse);
    let modified = !l.items.borrow().is_empty();
    match r {
        Ok(s) => {
            *l.items.borrow_mut() = s;
            if modified {
                return Err(th.value_error("list modified during sort".into()));
            }
            Ok(g().none)
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(_th: &Thread, a: Args) -> PyResult<Value> {
    this_list(a.pos[0]).items.borrow_mut().reverse();
    Ok(g().none)
}

fn list_index(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "index", 2, 4)?;
    let items = this_list(a.pos[0]).items.borrow().clone();
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v.and_then(|x| int::to_i64(*x)) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
            None => d,
        }
    };
    let (s, e) = (norm(a.pos.get(2), 0), norm(a.pos.get(3), n));
    for i in s..e {
        let x = items[i as usize];
        if x == a.pos[1] || ops::eq_bool(th, x, a.pos[1])? {
            return Ok(th.new_int(i));
        }
    }
    Err(th.value_error(format!("{} is not in list", ops::repr(th, a.pos[1])?)))
}

fn list_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "count", 2, 2)?;
    let items = this_list(a.pos[0]).items.borrow().clone();
    let mut c = 0;
    for x in items {
        if x == a.pos[1] || ops::eq_bool(th, x, a.pos[1])? {
            c += 1;
        }
    }
    Ok(th.new_int(c))
}

fn list_remove(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "remove", 2, 2)?;
    let l = this_list(a.pos[0]);
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if *x == a.pos[1] || ops::eq_bool(th, *x, a.pos[1])? {
            l.items.borrow_mut().remove(i);
            return Ok(g().none);
        }
    }
    Err(th.value_error("list.remove(x): x not in list".into()))
}

fn list_copy(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_list(this_list(a.pos[0]).items.borrow().clone()))
}

fn list_clear(_th: &Thread, a: Args) -> PyResult<Value> {
    this_list(a.pos[0]).items.borrow_mut().clear();
    Ok(g().none)
}

fn this_dict(v: Value) -> Gc<Dict> {
    v.downcast::<Dict>().expect("dict method on a dict")
}

fn dict_get(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "get", 2, 3)?;
    Ok(dict::get_item(th, this_dict(a.pos[0]), a.pos[1])?
        .unwrap_or(a.pos.get(2).copied().unwrap_or(g().none)))
}

fn view(
    th: &Thread,
    a: &Args,
    which: crate::objects::iter::IterKind,
    ty: Gc<crate::objects::type_::TypeObj>,
) -> Value {
    th.alloc(
        ty,
        crate::objects::dictview::DictView {
            d: this_dict(a.pos[0]),
            which,
        },
    )
    .value()
}

fn dict_keys(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(view(
        th,
        &a,
        crate::objects::iter::IterKind::DictKeys,
        types().dict_keys,
    ))
}
fn dict_values(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(view(
        th,
        &a,
        crate::objects::iter::IterKind::DictValues,
        types().dict_values,
    ))
}
fn dict_items(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(view(
        th,
        &a,
        crate::objects::iter::IterKind::DictItems,
        types().dict_items,
    ))
}

fn dict_setdefault(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "setdefault", 2, 3)?;
    let d = this_dict(a.pos[0]);
    if let Some(v) = dict::get_item(th, d, a.pos[1])? {
        return Ok(v);
    }
    let v = a.pos.get(2).copied().unwrap_or(g().none);
    dict::set_item(th, d, a.pos[1], v)?;
    Ok(v)
}

fn dict_pop(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "pop", 2, 3)?;
    match dict::pop_item(th, this_dict(a.pos[0]), a.pos[1])? {
        Some(v) => Ok(v),
        None => a.pos.get(2).copied().ok_or_else(|| th.key_error(a.pos[1])),
    }
}

fn dict_update(th: &Thread, a: Args) -> PyResult<Value> {
    crate::methods::dict_update_from(th, this_dict(a.pos[0]), &a, 1)?;
    Ok(g().none)
}

fn dict_copy(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(dict::copy(th, this_dict(a.pos[0])).value())
}

fn dict_clear(_th: &Thread, a: Args) -> PyResult<Value> {
    dict::clear(this_dict(a.pos[0]));
    Ok(g().none)
}

fn dict_popitem(th: &Thread, a: Args) -> PyResult<Value> {
    match dict::popitem(this_dict(a.pos[0])) {
        Some((k, v)) => Ok(th.new_tuple(vec![k, v])),
        None => Err(th.new_exc(g().exc.key_error, "popitem(): dictionary is empty".into())),
    }
}

fn s0(a: &Args) -> &'static str {
    as_str(a.pos[0]).unwrap_or("")
}

fn str_arg(th: &Thread, v: Value, what: &str) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| th.type_error(format!("{what} must be str, not {}", type_name(v))))
}

fn str_join(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "join", 2, 2)?;
    let sep = s0(&a);
    let items = ops::collect(th, a.pos[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(*x) {
            Some(s) => out.push_str(s),
            None => {
                return Err(th.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(*x)
                )));
            }
        }
    }
    Ok(th.new_string(out))
}

fn str_split(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "split", 1, 3)?;
    let s = s0(&a);
    let sep = a.get(1, "sep").filter(|v| *v != g().none);
    let maxsplit = a.get(2, "maxsplit").and_then(int::to_i64).unwrap_or(-1);
    let parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
            }
            out
        }
        Some(sv) => {
            let sep = str_arg(th, sv, "sep")?;
            if sep.is_empty() {
                return Err(th.value_error("empty separator".into()));
            }
            if maxsplit >= 0 {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(str::to_string)
                    .collect()
            } else {
                s.split(sep).map(str::to_string).collect()
            }
        }
    };
    Ok(th.new_str_list(parts))
}

fn strip_chars(a: &Args) -> Option<Vec<char>> {
    a.pos
        .get(1)
        .filter(|v| **v != g().none)
        .and_then(|v| as_str(*v))
        .map(|s| s.chars().collect())
}

fn str_strip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_matches(|x| c.contains(&x)),
        None => s.trim(),
    }))
}
fn str_lstrip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_start_matches(|x| c.contains(&x)),
        None => s.trim_start(),
    }))
}
fn str_rstrip(th: &Thread, a: Args) -> PyResult<Value> {
    let s = s0(&a);
    Ok(th.new_str(match strip_chars(&a) {
        Some(c) => s.trim_end_matches(|x| c.contains(&x)),
        None => s.trim_end(),
    }))
}

fn str_replace(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "replace", 3, 4)?;
    let s = s0(&a);
    let old = str_arg(th, a.pos[1], "replace() argument 1")?;
    let new = str_arg(th, a.pos[2], "replace() argument 2")?;
    let count = a.pos.get(3).and_then(|v| int::to_i64(*v)).unwrap_or(-1);
    Ok(th.new_string(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn affix(th: &Thread, a: &Args, start: bool) -> PyResult<Value> {
    let s = s0(a);
    let test = |p: &str| {
        if start {
            s.starts_with(p)
        } else {
            s.ends_with(p)
        }
    };
    let v = a.pos[1];
    if let Some(t) = v.downcast::<crate::objects::tuple::Tuple>() {
        for x in t.items.iter() {
            if test(str_arg(th, *x, "tuple item")?) {
                return Ok(g().true_);
            }
        }
        return Ok(g().false_);
    }
    let p = as_str(v).ok_or_else(|| {
        th.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
            type_name(v)
        ))
    })?;
    Ok(th.bool_val(test(p)))
}

fn str_startswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, true)
}
fn str_endswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, false)
}
fn str_upper(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_string(s0(&a).to_uppercase()))
}
fn str_lower(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_string(s0(&a).to_lowercase()))
}
fn str_find(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "find", 2, 4)?;
    let s = s0(&a);
    let sub = str_arg(th, a.pos[1], "find() argument")?;
    Ok(th.new_int(match s.find(sub) {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }))
}

fn just(th: &Thread, a: &Args, left: bool) -> PyResult<Value> {
    a.check(th, "ljust", 2, 3)?;
    let s = s0(a);
    let w = int::to_i64(a.pos[1]).unwrap_or(0).max(0) as usize;
    let fill = a
        .pos
        .get(2)
        .and_then(|v| as_str(*v))
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let n = s.chars().count();
    if n >= w {
        return Ok(a.pos[0]);
    }
    let pad: String = std::iter::repeat_n(fill, w - n).collect();
    Ok(th.new_string(if left {
        format!("{s}{pad}")
    } else {
        format!("{pad}{s}")
    }))
}
fn str_ljust(th: &Thread, a: Args) -> PyResult<Value> {
    just(th, &a, true)
}
fn str_rjust(th: &Thread, a: Args) -> PyResult<Value> {
    just(th, &a, false)
}

/// str.format: positional/keyword fields, attribute and index lookups, conversions and specs.
fn str_format(th: &Thread, a: Args) -> PyResult<Value> {
    let fmt: Vec<char> = s0(&a).chars().collect();
    let pos = &a.pos[1..];
    let mut auto = 0usize;
    let mut out = String::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c == '{' {
            if i + 1 < fmt.len() && fmt[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let st = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == '{' {
                    depth += 1;
                } else if fmt[i] == '}' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth != 0 {
                return Err(th.value_error("Single '{' encountered in format string".into()));
            }
            let field: String = fmt[st..i - 1].iter().collect();
            let (name_part, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name_part, conv) = match name_part.find('!') {
                Some(k) => (
                    name_part[..k].to_string(),
                    name_part[k + 1..].chars().next(),
                ),
                None => (name_part, None),
            };
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut v = if first.is_empty() {
                let v = *pos.get(auto).ok_or_else(|| {
                    th.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                *pos.get(n).ok_or_else(|| {
                    th.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                a.kw(first).ok_or_else(|| th.key_error(th.new_str(first)))?
            };
            let mut rest = &name_part[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let e = r.find(['.', '[']).unwrap_or(r.len());
                    v = ops::getattr(th, v, th.intern(&r[..e]))?;
                    rest = &r[e..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let e = r
                        .find(']')
                        .ok_or_else(|| th.value_error("Missing ']' in format string".into()))?;
                    let key = &r[..e];
                    let k = match key.parse::<i64>() {
                        Ok(n) if !key.starts_with('-') => Value::small(n),
                        _ => th.new_str(key),
                    };
                    v = ops::getitem(th, v, k)?;
                    rest = &r[e + 1..];
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => ops::repr_value(th, v)?,
                Some('s') => ops::str_value(th, v)?,
                Some('a') => th.new_string(crate::builtins_types::ascii_escape(&ops::repr(th, v)?)),
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let sv = th.new_string(spec);
                let inner = str_format(
                    th,
                    Args {
                        pos: &[&[sv][..], pos].concat(),
                        kwnames: a.kwnames,
                        kwvals: a.kwvals,
                    },
                )?;
                as_str(inner).unwrap_or("").to_string()
            } else {
                spec
            };
            let r = crate::builtins::format_value(th, v, &spec)?;
            out.push_str(as_str(r).unwrap_or(""));
        } else if c == '}' {
            if i + 1 < fmt.len() && fmt[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(th.value_error("Single '}' encountered in format string".into()));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(th.new_string(out))
}

fn set_add(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "add", 2, 2)?;
    dict::set_item(
        th,
        crate::objects::set::set_table(a.pos[0]).unwrap(),
        a.pos[1],
        g().none,
    )?;
    Ok(g().none)
}

fn set_discard(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "discard", 2, 2)?;
    dict::pop_item(
        th,
        crate::objects::set::set_table(a.pos[0]).unwrap(),
        a.pos[1],
    )?;
    Ok(g().none)
}

// --- Number parsing ---

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
