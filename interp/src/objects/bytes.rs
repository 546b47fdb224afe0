//! `bytes` (immutable) and `bytearray` (mutable) byte strings: payloads,
//! constructors, the methods both share (CPython's `bytes_methods.c`), the
//! mutators of `bytearray`, and the codecs `decode` needs.
//!
//! Methods read their receiver as a copied `Vec<u8>` (`bytes_data`), so no
//! borrow of a `bytearray` is held while Python code runs (`__index__`,
//! iteration); results are `bytes` for a `bytes` receiver and `bytearray`
//! for a `bytearray` receiver, as in CPython.
use gc::Tracer;

use crate::layout::{Kind, PyCell, PyPayload, alloc_sub};
use crate::objects::function::Binding;
use crate::objects::int;
use crate::objects::str::{Codec, as_str, codec_args, ssize_arg};
use crate::objects::type_::{TypeObj, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, TempVec, Thread, g, types};
use crate::value::Value;

pub struct Bytes {
    pub b: Box<[u8]>,
}

pub struct ByteArray {
    pub b: PyCell<Vec<u8>>,
}

impl PyPayload for Bytes {
    const KIND: Kind = Kind::Bytes;
    fn trace(&self, _t: &mut Tracer) {}
}
impl PyPayload for ByteArray {
    const KIND: Kind = Kind::ByteArray;
    fn trace(&self, _t: &mut Tracer) {}
}

pub fn new_bytes(th: &Thread, b: Vec<u8>) -> Value {
    th.alloc(
        types().bytes,
        Bytes {
            b: b.into_boxed_slice(),
        },
    )
    .value()
}

pub fn new_bytearray(th: &Thread, b: Vec<u8>) -> Value {
    th.alloc(types().bytearray, ByteArray { b: PyCell::new(b) })
        .value()
}

/// The bytes of a bytes or bytearray value (copied).
pub fn bytes_data(v: Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.b.to_vec());
    }
    if let Some(m) = crate::objects::memoryview::as_memoryview(v) {
        return crate::objects::memoryview::view_bytes(m);
    }
    if let Some(a) = crate::modules::array::array_bytes(v) {
        return Some(a);
    }
    v.downcast::<ByteArray>().map(|b| b.b.borrow().clone())
}

/// Byte `i` of a bytes or bytearray value, without copying the data.
pub fn byte_at(v: Value, i: usize) -> Option<u8> {
    if let Some(b) = v.downcast::<Bytes>() {
        return b.b.get(i).copied();
    }
    v.downcast::<ByteArray>()
        .and_then(|b| b.b.borrow().get(i).copied())
}

// --- Codecs (decoding) ---

fn decode_error(
    th: &Thread,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::runtime::Exc {
    let msg = if end - start <= 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let obj = new_bytes(th, data.to_vec());
    crate::objects::str::unicode_error(
        th,
        g().exc.unicode_decode_error,
        codec,
        obj,
        (start, end),
        reason,
        msg,
    )
}

/// Applies a decode error handler to the bad bytes `data[start..end]`.
fn handle_bad(
    th: &Thread,
    out: &mut String,
    errors: &str,
    codec: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "strict" | "surrogateescape" | "surrogatepass" | "xmlcharrefreplace" | "namereplace" => {
            Err(decode_error(th, codec, data, start, end, reason))
        }
        _ => Err(th.new_exc(
            g().exc.lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// `data.decode(codec, errors)`.
pub fn decode(th: &Thread, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let name = codec.name();
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let ok = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..ok]).unwrap_or(""));
                        let start = base + ok;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - ok, "unexpected end of data"),
                            Some(n) => {
                                let b0 = rest[ok];
                                if n == 1 && !(0xc2..=0xf4).contains(&b0) {
                                    (1, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        handle_bad(
                            th,
                            &mut out,
                            errors,
                            name,
                            data,
                            (start, start + len),
                            reason,
                        )?;
                        rest = &rest[ok + len..];
                        base = start + len;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    handle_bad(
                        th,
                        &mut out,
                        errors,
                        name,
                        data,
                        (i, i + 1),
                        "ordinal not in range(128)",
                    )?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Cp1252 => {
            for (i, &b) in data.iter().enumerate() {
                let c = if (0x80..0xa0).contains(&b) {
                    char::from_u32(crate::objects::str::CP1252_HIGH[b as usize - 0x80] as u32)
                        .filter(|c| *c != '\0')
                } else {
                    Some(b as char)
                };
                match c {
                    Some(c) => out.push(c),
                    None => handle_bad(
                        th,
                        &mut out,
                        errors,
                        name,
                        data,
                        (i, i + 1),
                        "character maps to <undefined>",
                    )?,
                }
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut be = codec == Codec::Utf16Be;
            let mut body = data;
            if codec == Codec::Utf16 {
                if body.starts_with(&[0xff, 0xfe]) {
                    body = &body[2..];
                } else if body.starts_with(&[0xfe, 0xff]) {
                    body = &body[2..];
                    be = true;
                }
            }
            let name = if be { "utf-16-be" } else { "utf-16-le" };
            let off = data.len() - body.len();
            let unit = |k: usize| -> Option<u16> {
                let c = body.get(k..k + 2)?;
                Some(if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                })
            };
            let mut k = 0;
            while k + 1 < body.len() {
                let u = unit(k).unwrap_or(0);
                let p = off + k;
                if (0xd800..0xdc00).contains(&u) {
                    match unit(k + 2) {
                        Some(l) if (0xdc00..0xe000).contains(&l) => {
                            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((l as u32) - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            k += 4;
                        }
                        Some(_) => {
                            handle_bad(
                                th,
                                &mut out,
                                errors,
                                name,
                                data,
                                (p, p + 2),
                                "illegal UTF-16 surrogate",
                            )?;
                            k += 2;
                        }
                        None => {
                            handle_bad(
                                th,
                                &mut out,
                                errors,
                                name,
                                data,
                                (p, data.len()),
                                "unexpected end of data",
                            )?;
                            k = body.len();
                        }
                    }
                } else if (0xdc00..0xe000).contains(&u) {
                    handle_bad(
                        th,
                        &mut out,
                        errors,
                        name,
                        data,
                        (p, p + 2),
                        "illegal encoding",
                    )?;
                    k += 2;
                } else {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    k += 2;
                }
            }
            if k < body.len() {
                let n = data.len();
                handle_bad(
                    th,
                    &mut out,
                    errors,
                    name,
                    data,
                    (off + k, n),
                    "truncated data",
                )?;
            }
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut be = codec == Codec::Utf32Be;
            let mut body = data;
            if codec == Codec::Utf32 {
                if body.starts_with(&[0xff, 0xfe, 0, 0]) {
                    body = &body[4..];
                } else if body.starts_with(&[0, 0, 0xfe, 0xff]) {
                    body = &body[4..];
                    be = true;
                }
            }
            let name = if be { "utf-32-be" } else { "utf-32-le" };
            let off = data.len() - body.len();
            for (k, c) in body.chunks_exact(4).enumerate() {
                let u = if be {
                    u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                } else {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                };
                match char::from_u32(u) {
                    Some(ch) => out.push(ch),
                    None => {
                        let p = off + 4 * k;
                        handle_bad(
                            th,
                            &mut out,
                            errors,
                            name,
                            data,
                            (p, p + 4),
                            "code point not in range(0x110000)",
                        )?;
                    }
                }
            }
            if !body.len().is_multiple_of(4) {
                let n = data.len();
                handle_bad(
                    th,
                    &mut out,
                    errors,
                    name,
                    data,
                    (n - body.len() % 4, n),
                    "truncated data",
                )?;
            }
        }
    }
    Ok(out)
}

// --- Constructors ---

/// Bytes from the argument of `bytes(x)` / `bytearray(x)` (no encoding).
fn bytes_from_object(th: &Thread, v: Value, tname: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    if as_str(v).is_some() {
        return Err(th.type_error("string argument without an encoding".into()));
    }
    if tname == "bytes"
        && let Some(r) = ops::call_special(th, v, "__bytes__", &[])?
    {
        return bytes_data(r).ok_or_else(|| {
            th.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(r)
            ))
        });
    }
    if int::is_int(v)
        || crate::objects::type_::lookup(type_of(v), th.intern_static("__index__")).is_some()
    {
        // PyNumber_AsSsize_t(v, OverflowError), as CPython's bytes(n).
        let n = int::to_i64(ops::index(th, v)?).ok_or_else(|| {
            th.overflow_error("cannot fit 'int' into an index-sized integer".into())
        })?;
        if n < 0 {
            return Err(th.value_error("negative count".into()));
        }
        if n > (1 << 34) {
            return Err(th.memory_error());
        }
        th.reserve(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let it = ops::get_iter(th, v).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error(format!(
                "cannot convert '{}' object to {tname}",
                type_name(v)
            ))
        } else {
            e
        }
    })?;
    let _r = th.root(it);
    let mut out = Vec::new();
    while let Some(x) = ops::next(th, it)? {
        out.push(byte_value(th, x, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

/// An int in range(256) (`__index__`), with CPython's range message.
fn byte_value(th: &Thread, x: Value, range_msg: &str) -> PyResult<u8> {
    let i = ops::index(th, x)?;
    match int::to_i64(i) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(th.value_error(range_msg.into())),
    }
}

/// The bytes of `bytes(...)`/`bytearray(...)` arguments after the class.
fn ctor_data(th: &Thread, a: &Args, tname: &str) -> PyResult<Vec<u8>> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if pos.len() > 3 {
        return Err(th.type_error(format!(
            "{tname}() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let source = pos.first().copied().or_else(|| a.kw("source"));
    let enc = pos.get(1).copied().or_else(|| a.kw("encoding"));
    let errors = pos.get(2).copied().or_else(|| a.kw("errors"));
    for k in a.kwnames {
        let k = as_str(*k).unwrap_or("");
        if !matches!(k, "source" | "encoding" | "errors") {
            return Err(th.type_error(format!(
                "'{k}' is an invalid keyword argument for {tname}()"
            )));
        }
    }
    let Some(src) = source else {
        if enc.is_some() || errors.is_some() {
            return Err(th.type_error(if enc.is_some() {
                "encoding without a string argument".into()
            } else {
                "errors without a string argument".into()
            }));
        }
        return Ok(Vec::new());
    };
    if enc.is_some() || errors.is_some() {
        let (codec, errs) = codec_args(th, tname, enc, errors)?;
        let Some(s) = as_str(src) else {
            return Err(th.type_error(if enc.is_some() {
                "encoding without a string argument".into()
            } else {
                "errors without a string argument".into()
            }));
        };
        if enc.is_none() {
            return Err(th.type_error("string argument without an encoding".into()));
        }
        return crate::objects::str::encode(th, s, codec, errs);
    }
    bytes_from_object(th, src, tname)
}

/// `bytes.__new__(cls, source=b'', encoding=..., errors=...)`.
pub fn bytes_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("bytes.__new__(X): X is not a type object".into()))?;
    if cls == types().bytes
        && a.pos.len() == 2
        && a.kwnames.is_empty()
        && type_of(a.pos[1]) == types().bytes
    {
        return Ok(a.pos[1]);
    }
    let data = ctor_data(th, &a, "bytes")?;
    if cls == types().bytes {
        return Ok(new_bytes(th, data));
    }
    Ok(alloc_sub(
        &th.mutator,
        cls,
        Bytes {
            b: data.into_boxed_slice(),
        },
        Value::NULL,
    )
    .value())
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray, filled by `__init__`.
pub fn bytearray_new(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a
        .pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("bytearray.__new__(X): X is not a type object".into()))?;
    if cls == types().bytearray {
        return Ok(new_bytearray(th, Vec::new()));
    }
    Ok(alloc_sub(
        &th.mutator,
        cls,
        ByteArray {
            b: PyCell::new(Vec::new()),
        },
        Value::NULL,
    )
    .value())
}

fn bytearray_init(th: &Thread, a: Args) -> PyResult<Value> {
    let data = ctor_data(th, &a, "bytearray")?;
    if let Some(ba) = a.pos.first().and_then(|v| v.downcast::<ByteArray>()) {
        *ba.b.borrow_mut() = data;
    }
    Ok(g().none)
}

// --- Argument helpers ---

fn is_bytearray(v: Value) -> bool {
    v.is_kind(Kind::ByteArray)
}
/// The receiver's bytes.
fn this(a: &Args) -> Vec<u8> {
    a.pos
        .first()
        .and_then(|v| bytes_data(*v))
        .unwrap_or_default()
}
/// The receiver's type name ("bytes" or "bytearray").
fn tname(a: &Args) -> &'static str {
    if a.pos.first().is_some_and(|v| is_bytearray(*v)) {
        "bytearray"
    } else {
        "bytes"
    }
}
/// A result of the receiver's kind.
fn make(th: &Thread, a: &Args, b: Vec<u8>) -> Value {
    if a.pos.first().is_some_and(|v| is_bytearray(*v)) {
        new_bytearray(th, b)
    } else {
        new_bytes(th, b)
    }
}
/// A bytes-like argument.
fn buf_arg(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
    bytes_data(v).ok_or_else(|| {
        th.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}
fn noargs(th: &Thread, a: &Args, name: &str) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if n != 0 || a.has_kw() {
        return Err(th.type_error(format!(
            "{}.{name}() takes no arguments ({n} given)",
            tname(a)
        )));
    }
    Ok(())
}
fn nargs(th: &Thread, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(th.type_error(format!("{}.{name}() takes no keyword arguments", tname(a))));
    }
    let n = a.pos.len().saturating_sub(1);
    let pl = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(th.type_error(if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({n} given)",
                pl(min)
            )
        } else {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                pl(min)
            )
        }));
    }
    if n > max {
        return Err(th.type_error(if min == max {
            format!(
                "{name}() takes exactly {max} argument{} ({n} given)",
                pl(max)
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                pl(max)
            )
        }));
    }
    Ok(())
}
/// Arguments by position or keyword (after self).
fn params<const N: usize>(
    th: &Thread,
    a: &Args,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if pos.len() > N {
        return Err(th.type_error(format!(
            "{name}() takes at most {N} argument{} ({} given)",
            if N == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out = [None; N];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals.iter()) {
        let kn = as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            _ => {
                return Err(th.type_error(format!(
                    "'{kn}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(out)
}
fn bound(th: &Thread, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v == g().none => Ok(None),
        Some(v) => {
            let i = ops::index(th, v).map_err(|e| {
                if ops::is_instance_of(e.0, g().exc.type_error) {
                    th.type_error(
                        "slice indices must be integers or None or have an __index__ method".into(),
                    )
                } else {
                    e
                }
            })?;
            Ok(Some(int::to_i64(i).unwrap_or_else(|| {
                if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            })))
        }
    }
}
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}
fn check_size(th: &Thread, n: usize) -> PyResult<()> {
    if n > (1usize << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}
fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}
fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// --- Installation ---

type M = (&'static str, crate::objects::function::NativeFn);

const COMMON: &[M] = &[
    ("decode", b_decode),
    ("hex", b_hex),
    ("join", b_join),
    ("split", b_split),
    ("rsplit", b_rsplit),
    ("splitlines", b_splitlines),
    ("partition", b_partition),
    ("rpartition", b_rpartition),
    ("strip", b_strip),
    ("lstrip", b_lstrip),
    ("rstrip", b_rstrip),
    ("replace", b_replace),
    ("find", b_find),
    ("rfind", b_rfind),
    ("index", b_index),
    ("rindex", b_rindex),
    ("count", b_count),
    ("startswith", b_startswith),
    ("endswith", b_endswith),
    ("upper", b_upper),
    ("lower", b_lower),
    ("swapcase", b_swapcase),
    ("title", b_title),
    ("capitalize", b_capitalize),
    ("center", b_center),
    ("ljust", b_ljust),
    ("rjust", b_rjust),
    ("zfill", b_zfill),
    ("expandtabs", b_expandtabs),
    ("isalpha", b_isalpha),
    ("isdigit", b_isdigit),
    ("isalnum", b_isalnum),
    ("isspace", b_isspace),
    ("isupper", b_isupper),
    ("islower", b_islower),
    ("istitle", b_istitle),
    ("isascii", b_isascii),
    ("translate", b_translate),
    ("removeprefix", b_removeprefix),
    ("removesuffix", b_removesuffix),
    ("__len__", b_len),
    ("__getitem__", b_getitem),
    ("__contains__", b_contains),
    ("__add__", b_add),
    ("__mul__", b_mul),
    ("__rmul__", b_mul),
    ("__mod__", b_mod),
    ("__rmod__", b_rmod),
    ("__iter__", b_iter),
    ("__repr__", b_repr),
    ("__str__", b_repr),
    ("__eq__", b_eq),
    ("__ne__", b_ne),
    ("__lt__", b_lt),
    ("__le__", b_le),
    ("__gt__", b_gt),
    ("__ge__", b_ge),
];

/// Installs the methods of `bytes` and `bytearray`.
pub fn install(th: &Thread) {
    let t = types();
    crate::objects::add_methods(th, t.bytes, "bytes", COMMON);
    crate::objects::add_methods(th, t.bytearray, "bytearray", COMMON);
    crate::objects::add_methods(
        th,
        t.bytes,
        "bytes",
        &[("__hash__", b_hash), ("__bytes__", b_bytes)],
    );
    crate::objects::add_methods(
        th,
        t.bytearray,
        "bytearray",
        &[
            ("__init__", bytearray_init),
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("reverse", ba_reverse),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("__alloc__", ba_alloc),
        ],
    );
    for (ty, name) in [(t.bytes, "bytes"), (t.bytearray, "bytearray")] {
        crate::objects::add_fn(th, ty, name, "fromhex", b_fromhex, Binding::Class);
        crate::objects::add_fn(th, ty, name, "maketrans", b_maketrans, Binding::Static);
    }
    crate::objects::type_::set_attr_str(th, t.bytearray, "__hash__", g().none);
}

// --- decode / hex ---

fn b_decode(th: &Thread, a: Args) -> PyResult<Value> {
    let [enc, errors] = params(th, &a, "decode", ["encoding", "errors"])?;
    let (codec, errors) = codec_args(th, "decode", enc, errors)?;
    let s = decode(th, &this(&a), codec, errors)?;
    Ok(th.new_string(s))
}

/// `b.hex(sep, bytes_per_sep)` on raw data.
pub fn hex_of(
    th: &Thread,
    data: &[u8],
    sep: Option<Value>,
    per: Option<Value>,
) -> PyResult<String> {
    let digits = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let sep = match sep {
        None => return Ok(digits(data)),
        Some(v) => {
            let s: Vec<u8> = match as_str(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => buf_arg(th, v)?,
            };
            if s.len() != 1 || (as_str(v).is_some() && !s.is_ascii()) {
                return Err(th.value_error("sep must be length 1.".into()));
            }
            s[0] as char
        }
    };
    let per = match per {
        None => 1,
        Some(v) => ssize_arg(th, v)?,
    };
    if per == 0 || data.is_empty() {
        return Ok(digits(data));
    }
    let k = per.unsigned_abs() as usize;
    let chunks: Vec<&[u8]> = if per > 0 {
        // Groups counted from the right.
        let first = data.len() % k;
        let mut v = Vec::new();
        if first > 0 {
            v.push(&data[..first]);
        }
        v.extend(data[first..].chunks(k));
        v
    } else {
        data.chunks(k).collect()
    };
    Ok(chunks
        .iter()
        .map(|c| digits(c))
        .collect::<Vec<_>>()
        .join(&sep.to_string()))
}

fn b_hex(th: &Thread, a: Args) -> PyResult<Value> {
    let [sep, per] = params(th, &a, "hex", ["sep", "bytes_per_sep"])?;
    let s = hex_of(th, &this(&a), sep, per)?;
    Ok(th.new_string(s))
}

fn b_fromhex(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a.pos.first().copied().unwrap_or(g().none);
    let n = a.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(th.type_error(format!("fromhex() takes exactly one argument ({n} given)")));
    }
    let s = as_str(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(a.pos[1])
        ))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |p: usize| {
        th.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {p}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let ty = cls.downcast::<TypeObj>();
    if ty == Some(types().bytes) {
        return Ok(new_bytes(th, out));
    }
    if ty == Some(types().bytearray) {
        return Ok(new_bytearray(th, out));
    }
    let b = new_bytes(th, out);
    ops::call(th, cls, &[b])
}

// --- join / split / partition ---

fn b_join(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "join", 1, 1)?;
    let sep = this(&a);
    let it = ops::get_iter(th, a.pos[1]).map_err(|e| {
        if ops::is_instance_of(e.0, g().exc.type_error) {
            th.type_error("can only join an iterable".into())
        } else {
            e
        }
    })?;
    let _r = th.root(it);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = ops::next(th, it)? {
        let Some(b) = bytes_data(x) else {
            return Err(th.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
        check_size(th, out.len())?;
        i += 1;
    }
    Ok(make(th, &a, out))
}

fn split_args(th: &Thread, a: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = params(th, a, name, ["sep", "maxsplit"])?;
    let sep = match sep {
        None => None,
        Some(v) if v == g().none => None,
        Some(v) => {
            let s = buf_arg(th, v)?;
            if s.is_empty() {
                return Err(th.value_error("empty separator".into()));
            }
            Some(s)
        }
    };
    let m = match maxsplit {
        None => -1,
        Some(v) => ssize_arg(th, v)?,
    };
    Ok((sep, if m < 0 { i64::MAX } else { m }))
}

fn parts_list(th: &Thread, a: &Args, parts: Vec<&[u8]>) -> Value {
    let tv = TempVec::new(th);
    for p in parts {
        let v = make(th, a, p.to_vec());
        tv.push(v);
    }
    tv.as_list().value()
}

fn b_split(th: &Thread, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(th, &a, "split")?;
    let s = this(&a);
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        None => {
            let mut i = 0;
            loop {
                while i < s.len() && is_ws(s[i]) {
                    i += 1;
                }
                if i >= s.len() {
                    break;
                }
                if parts.len() as i64 >= maxsplit {
                    parts.push(&s[i..]);
                    break;
                }
                let st = i;
                while i < s.len() && !is_ws(s[i]) {
                    i += 1;
                }
                parts.push(&s[st..i]);
            }
        }
        Some(sep) => {
            let mut rest: &[u8] = &s;
            while (parts.len() as i64) < maxsplit {
                match find_sub(rest, sep) {
                    Some(p) => {
                        parts.push(&rest[..p]);
                        rest = &rest[p + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
    }
    Ok(parts_list(th, &a, parts))
}

fn b_rsplit(th: &Thread, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(th, &a, "rsplit")?;
    let s = this(&a);
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        None => {
            let mut i = s.len();
            loop {
                while i > 0 && is_ws(s[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() as i64 >= maxsplit {
                    parts.push(&s[..i]);
                    break;
                }
                let e = i;
                while i > 0 && !is_ws(s[i - 1]) {
                    i -= 1;
                }
                parts.push(&s[i..e]);
            }
        }
        Some(sep) => {
            let mut rest: &[u8] = &s;
            while (parts.len() as i64) < maxsplit {
                match rfind_sub(rest, sep) {
                    Some(p) => {
                        parts.push(&rest[p + sep.len()..]);
                        rest = &rest[..p];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
    }
    parts.reverse();
    Ok(parts_list(th, &a, parts))
}

fn b_splitlines(th: &Thread, a: Args) -> PyResult<Value> {
    let [ke] = params(th, &a, "splitlines", ["keepends"])?;
    let keep = match ke {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    let s = this(&a);
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut st, mut i) = (0, 0);
    while i < s.len() {
        if s[i] == b'\n' || s[i] == b'\r' {
            let mut e = i + 1;
            if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            parts.push(if keep { &s[st..e] } else { &s[st..i] });
            st = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if st < s.len() {
        parts.push(&s[st..]);
    }
    Ok(parts_list(th, &a, parts))
}

fn partition(th: &Thread, a: &Args, name: &str, right: bool) -> PyResult<Value> {
    nargs(th, a, name, 1, 1)?;
    let sep = buf_arg(th, a.pos[1])?;
    if sep.is_empty() {
        return Err(th.value_error("empty separator".into()));
    }
    let s = this(a);
    let found = if right {
        rfind_sub(&s, &sep)
    } else {
        find_sub(&s, &sep)
    };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&s[..i], &sep, &s[i + sep.len()..]),
        None if right => (b"", b"", &s),
        None => (&s, b"", b""),
    };
    let tv = TempVec::new(th);
    for p in [x, y, z] {
        let v = make(th, a, p.to_vec());
        tv.push(v);
    }
    Ok(th.new_tuple(tv.to_vec()))
}
fn b_partition(th: &Thread, a: Args) -> PyResult<Value> {
    partition(th, &a, "partition", false)
}
fn b_rpartition(th: &Thread, a: Args) -> PyResult<Value> {
    partition(th, &a, "rpartition", true)
}

// --- strip / replace / affixes ---

fn strip(th: &Thread, a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    nargs(th, a, name, 0, 1)?;
    let s = this(a);
    let chars = match a.pos.get(1) {
        None => None,
        Some(v) if *v == g().none => None,
        Some(v) => Some(buf_arg(th, *v)?),
    };
    let m = |b: u8| match &chars {
        None => is_ws(b),
        Some(c) => c.contains(&b),
    };
    let (mut st, mut e) = (0, s.len());
    if left {
        while st < e && m(s[st]) {
            st += 1;
        }
    }
    if right {
        while e > st && m(s[e - 1]) {
            e -= 1;
        }
    }
    // An exact bytes object with nothing to strip is returned itself, as
    // CPython does (a bytearray always gets a copy).
    if st == 0 && e == s.len() && type_of(a.pos[0]) == types().bytes {
        return Ok(a.pos[0]);
    }
    Ok(make(th, a, s[st..e].to_vec()))
}
fn b_strip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "strip", true, true)
}
fn b_lstrip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "lstrip", true, false)
}
fn b_rstrip(th: &Thread, a: Args) -> PyResult<Value> {
    strip(th, &a, "rstrip", false, true)
}

fn b_replace(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "replace", 2, 3)?;
    let s = this(&a);
    let old = buf_arg(th, a.pos[1])?;
    let new = buf_arg(th, a.pos[2])?;
    let mut count = match a.pos.get(3) {
        Some(v) => ssize_arg(th, *v)?,
        None => -1,
    };
    if count < 0 {
        count = i64::MAX;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0i64;
    if old.is_empty() {
        for (i, &b) in s.iter().enumerate() {
            if n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            check_size(th, out.len())?;
            let _ = i;
        }
        if n < count {
            out.extend_from_slice(&new);
        }
        return Ok(make(th, &a, out));
    }
    let mut i = 0;
    while n < count {
        match find_sub(&s[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&s[i..i + p]);
                out.extend_from_slice(&new);
                check_size(th, out.len())?;
                i += p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    Ok(make(th, &a, out))
}

fn affix(th: &Thread, a: &Args, start: bool) -> PyResult<Value> {
    let name = if start { "startswith" } else { "endswith" };
    nargs(th, a, name, 1, 3)?;
    let s = this(a);
    let (st, en) = adjust(
        bound(th, a.pos.get(2).copied())?,
        bound(th, a.pos.get(3).copied())?,
        s.len(),
    );
    let test = |p: &[u8]| {
        if en < st || en - st < p.len() {
            return false;
        }
        let hay = &s[st..en];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    let v = a.pos[1];
    if let Some(t) = v.downcast::<crate::objects::tuple::Tuple>() {
        for x in t.items().iter() {
            let p = bytes_data(*x).ok_or_else(|| {
                th.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(*x)
                ))
            })?;
            if test(&p) {
                return Ok(g().true_);
            }
        }
        return Ok(g().false_);
    }
    let p = bytes_data(v).ok_or_else(|| {
        th.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(v)
        ))
    })?;
    Ok(th.bool_val(test(&p)))
}
fn b_startswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, true)
}
fn b_endswith(th: &Thread, a: Args) -> PyResult<Value> {
    affix(th, &a, false)
}
fn b_removeprefix(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "removeprefix", 1, 1)?;
    let p = buf_arg(th, a.pos[1])?;
    let s = this(&a);
    Ok(make(
        th,
        &a,
        s.strip_prefix(p.as_slice()).unwrap_or(&s).to_vec(),
    ))
}
fn b_removesuffix(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "removesuffix", 1, 1)?;
    let p = buf_arg(th, a.pos[1])?;
    let s = this(&a);
    Ok(make(
        th,
        &a,
        s.strip_suffix(p.as_slice()).unwrap_or(&s).to_vec(),
    ))
}

// --- Searching ---

/// The needle of find & co: bytes-like or an int in range(256).
fn needle(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    if int::is_int(v)
        || crate::objects::type_::lookup(type_of(v), th.intern_static("__index__")).is_some()
    {
        return Ok(vec![byte_value(th, v, "byte must be in range(0, 256)")?]);
    }
    Err(th.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(v)
    )))
}

fn search(th: &Thread, a: &Args, name: &str) -> PyResult<(Vec<u8>, Vec<u8>, usize, usize)> {
    nargs(th, a, name, 1, 3)?;
    let s = this(a);
    let sub = needle(th, a.pos[1])?;
    let (st, en) = adjust(
        bound(th, a.pos.get(2).copied())?,
        bound(th, a.pos.get(3).copied())?,
        s.len(),
    );
    Ok((s, sub, st, en))
}
fn find_impl(th: &Thread, a: &Args, name: &str, right: bool) -> PyResult<i64> {
    let (s, sub, st, en) = search(th, a, name)?;
    if en < st || en - st < sub.len() {
        return Ok(-1);
    }
    let hay = &s[st..en];
    let r = if right {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(r.map_or(-1, |p| (st + p) as i64))
}
fn b_find(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(find_impl(th, &a, "find", false)?))
}
fn b_rfind(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(find_impl(th, &a, "rfind", true)?))
}
fn b_index(th: &Thread, a: Args) -> PyResult<Value> {
    match find_impl(th, &a, "index", false)? {
        -1 => Err(th.value_error("subsection not found".into())),
        i => Ok(th.new_int(i)),
    }
}
fn b_rindex(th: &Thread, a: Args) -> PyResult<Value> {
    match find_impl(th, &a, "rindex", true)? {
        -1 => Err(th.value_error("subsection not found".into())),
        i => Ok(th.new_int(i)),
    }
}
fn b_count(th: &Thread, a: Args) -> PyResult<Value> {
    let (s, sub, st, en) = search(th, &a, "count")?;
    if en < st || en - st < sub.len() {
        return Ok(Value::small(0));
    }
    Ok(th.new_int(count_sub(&s[st..en], &sub) as i64))
}

// --- Case and padding (ASCII only) ---

fn map_bytes(th: &Thread, a: &Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    noargs(th, a, name)?;
    Ok(make(th, a, f(&this(a))))
}
fn b_upper(th: &Thread, a: Args) -> PyResult<Value> {
    map_bytes(th, &a, "upper", |s| s.to_ascii_uppercase())
}
fn b_lower(th: &Thread, a: Args) -> PyResult<Value> {
    map_bytes(th, &a, "lower", |s| s.to_ascii_lowercase())
}
fn b_swapcase(th: &Thread, a: Args) -> PyResult<Value> {
    map_bytes(th, &a, "swapcase", |s| {
        s.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn b_title(th: &Thread, a: Args) -> PyResult<Value> {
    map_bytes(th, &a, "title", |s| {
        let mut prev = false;
        s.iter()
            .map(|&b| {
                let r = if prev {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn b_capitalize(th: &Thread, a: Args) -> PyResult<Value> {
    map_bytes(th, &a, "capitalize", |s| {
        s.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn pad(
    th: &Thread,
    a: &Args,
    name: &str,
    split: impl Fn(usize, usize) -> usize,
) -> PyResult<Value> {
    nargs(th, a, name, 1, 2)?;
    let width = ssize_arg(th, a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(v) => match bytes_data(*v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(th.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(*v)
                )));
            }
        },
    };
    let s = this(a);
    if width <= s.len() as i64 {
        return Ok(make(th, a, s));
    }
    let width = width as usize;
    check_size(th, width)?;
    let marg = width - s.len();
    let left = split(marg, width);
    let mut out = vec![fill; left];
    out.extend_from_slice(&s);
    out.resize(width, fill);
    Ok(make(th, a, out))
}
fn b_center(th: &Thread, a: Args) -> PyResult<Value> {
    pad(th, &a, "center", |marg, width| {
        marg / 2 + (marg & width & 1)
    })
}
fn b_ljust(th: &Thread, a: Args) -> PyResult<Value> {
    pad(th, &a, "ljust", |_, _| 0)
}
fn b_rjust(th: &Thread, a: Args) -> PyResult<Value> {
    pad(th, &a, "rjust", |marg, _| marg)
}
fn b_zfill(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "zfill", 1, 1)?;
    let width = ssize_arg(th, a.pos[1])?;
    let s = this(&a);
    if width <= s.len() as i64 {
        return Ok(make(th, &a, s));
    }
    let width = width as usize;
    check_size(th, width)?;
    let mut out = Vec::with_capacity(width);
    let body: &[u8] = match s.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &s[1..]
        }
        _ => &s,
    };
    out.resize(width - body.len(), b'0');
    out.extend_from_slice(body);
    Ok(make(th, &a, out))
}
fn b_expandtabs(th: &Thread, a: Args) -> PyResult<Value> {
    let [ts] = params(th, &a, "expandtabs", ["tabsize"])?;
    let tabsize = match ts {
        Some(v) => ssize_arg(th, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0usize;
    for b in this(&a) {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize as usize - col % tabsize as usize;
                    check_size(th, out.len() + incr)?;
                    out.resize(out.len() + incr, b' ');
                    col += incr;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make(th, &a, out))
}

// --- Predicates ---

macro_rules! all_bytes {
    ($name:ident, $py:literal, $pred:expr) => {
        fn $name(th: &Thread, a: Args) -> PyResult<Value> {
            noargs(th, &a, $py)?;
            let s = this(&a);
            Ok(th.bool_val(!s.is_empty() && s.iter().all(|b| $pred(*b))))
        }
    };
}
all_bytes!(b_isalpha, "isalpha", |b: u8| b.is_ascii_alphabetic());
all_bytes!(b_isdigit, "isdigit", |b: u8| b.is_ascii_digit());
all_bytes!(b_isalnum, "isalnum", |b: u8| b.is_ascii_alphanumeric());
all_bytes!(b_isspace, "isspace", is_ws);

fn b_isupper(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isupper")?;
    let s = this(&a);
    Ok(th.bool_val(s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)))
}
fn b_islower(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "islower")?;
    let s = this(&a);
    Ok(th.bool_val(s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)))
}
fn b_istitle(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "istitle")?;
    let (mut cased, mut prev) = (false, false);
    for b in this(&a) {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(g().false_);
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(g().false_);
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(th.bool_val(cased))
}
fn b_isascii(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "isascii")?;
    Ok(th.bool_val(this(&a).is_ascii()))
}

// --- translate / maketrans ---

fn b_translate(th: &Thread, a: Args) -> PyResult<Value> {
    let [table, delete] = params(th, &a, "translate", ["table", "delete"])?;
    let table = table
        .ok_or_else(|| th.type_error("translate() takes at least 1 argument (0 given)".into()))?;
    let table = if table == g().none {
        None
    } else {
        let t = buf_arg(th, table)?;
        if t.len() != 256 {
            return Err(th.value_error("translation table must be 256 characters long".into()));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => buf_arg(th, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = this(&a)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make(th, &a, out))
}
fn b_maketrans(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(th.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let x = buf_arg(th, a.pos[0])?;
    let y = buf_arg(th, a.pos[1])?;
    if x.len() != y.len() {
        return Err(th.value_error("maketrans arguments must have same length".into()));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (p, q) in x.iter().zip(y.iter()) {
        t[*p as usize] = *q;
    }
    Ok(new_bytes(th, t))
}

// --- Dunders ---

fn dunder(th: &Thread, a: &Args, n: usize) -> PyResult<()> {
    let got = a.pos.len().saturating_sub(1);
    if got != n || a.has_kw() {
        return Err(th.type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}
fn b_len(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 0)?;
    Ok(th.new_int(this(&a).len() as i64))
}
fn b_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    crate::arith::native_getitem(th, a.pos[0], a.pos[1])?
        .ok_or_else(|| th.type_error(format!("'{}' object is not subscriptable", tname(&a))))
}
fn b_contains(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    let r = crate::arith::native_contains(th, a.pos[0], a.pos[1])?.unwrap_or(false);
    Ok(th.bool_val(r))
}
fn b_add(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    let Some(y) = bytes_data(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let mut x = this(&a);
    check_size(th, x.len() + y.len())?;
    x.extend_from_slice(&y);
    Ok(make(th, &a, x))
}
fn repeat(th: &Thread, a: &Args, nv: Value) -> PyResult<Option<Vec<u8>>> {
    if !int::is_int(nv)
        && crate::objects::type_::lookup(type_of(nv), th.intern_static("__index__")).is_none()
    {
        return Ok(None);
    }
    let n = ops::index(th, nv)?;
    let n = int::to_i64(n)
        .ok_or_else(|| th.overflow_error("cannot fit 'int' into an index-sized integer".into()))?;
    let s = this(a);
    if n <= 0 {
        return Ok(Some(Vec::new()));
    }
    // bytes says the size overflows Py_ssize_t; bytearray runs out of memory.
    if (n as u128) * (s.len() as u128) > i64::MAX as u128 && !a.pos[0].is_kind(Kind::ByteArray) {
        return Err(th.overflow_error("repeated bytes are too long".into()));
    }
    if (n as u128) * (s.len() as u128) > (1u128 << 34) {
        return Err(th.memory_error());
    }
    th.reserve(n as usize * s.len())?;
    Ok(Some(s.repeat(n as usize)))
}
fn b_mul(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    match repeat(th, &a, a.pos[1])? {
        Some(v) => Ok(make(th, &a, v)),
        None => Ok(g().not_implemented),
    }
}
fn b_mod(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    let out = crate::format::bytes_percent_format(th, &this(&a), a.pos[1])?;
    Ok(make(th, &a, out))
}
fn b_rmod(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    Ok(g().not_implemented)
}
fn b_iter(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 0)?;
    let kind = if a.pos[0].kind() == Kind::ByteArray {
        crate::objects::iter::IterKind::ByteArray
    } else {
        crate::objects::iter::IterKind::Bytes
    };
    Ok(crate::objects::iter::new_iter(
        th,
        kind,
        crate::objects::iter::IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}
fn b_repr(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 0)?;
    let v = a.pos[0];
    let s = this(&a);
    let r = if is_bytearray(v) {
        bytearray_repr(&type_of(v).name(), &s)
    } else {
        crate::builtins_types::bytes_repr("b", &s)
    };
    Ok(th.new_string(r))
}
fn cmp(th: &Thread, a: &Args, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    dunder(th, a, 1)?;
    // bytes compares with bytes and bytearray only (CPython's
    // bytes_richcompare); bytearray with any bytes-like object.
    let other = a.pos[1];
    if a.pos[0].is_kind(Kind::Bytes)
        && !other.is_kind(Kind::Bytes)
        && !other.is_kind(Kind::ByteArray)
    {
        return Ok(g().not_implemented);
    }
    match bytes_data(other) {
        Some(y) => Ok(th.bool_val(f(this(a).as_slice().cmp(y.as_slice())))),
        None => Ok(g().not_implemented),
    }
}
fn b_eq(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_eq())
}
fn b_ne(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_ne())
}
fn b_lt(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_lt())
}
fn b_le(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_le())
}
fn b_gt(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_gt())
}
fn b_ge(th: &Thread, a: Args) -> PyResult<Value> {
    cmp(th, &a, |o| o.is_ge())
}
fn b_hash(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 0)?;
    Ok(th.new_int(crate::objects::str::hash_bytes(&this(&a))))
}
fn b_bytes(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 0)?;
    if type_of(a.pos[0]) == types().bytes {
        return Ok(a.pos[0]);
    }
    Ok(new_bytes(th, this(&a)))
}

// --- bytearray mutators ---

fn ba(a: &Args) -> Option<crate::layout::Gc<ByteArray>> {
    a.pos.first().and_then(|v| v.downcast::<ByteArray>())
}

fn ba_append(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "append", 1, 1)?;
    let b = byte_value(th, a.pos[1], "byte must be in range(0, 256)")?;
    if let Some(x) = ba(&a) {
        x.b.borrow_mut().push(b);
    }
    Ok(g().none)
}
fn ba_extend(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "extend", 1, 1)?;
    let v = a.pos[1];
    let data = if let Some(d) = bytes_data(v) {
        d
    } else if as_str(v).is_some() {
        return Err(th.type_error("expected iterable of integers; got: 'str'".into()));
    } else {
        let it = ops::get_iter(th, v).map_err(|e| {
            if ops::is_instance_of(e.0, g().exc.type_error) {
                th.type_error(format!("can't extend bytearray with {}", type_name(v)))
            } else {
                e
            }
        })?;
        let _r = th.root(it);
        let mut out = Vec::new();
        while let Some(x) = ops::next(th, it)? {
            out.push(byte_value(th, x, "byte must be in range(0, 256)")?);
        }
        out
    };
    if let Some(x) = ba(&a) {
        x.b.borrow_mut().extend(data);
    }
    Ok(g().none)
}
fn ba_pop(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "pop", 0, 1)?;
    let Some(x) = ba(&a) else {
        return Ok(g().none);
    };
    let i = match a.pos.get(1) {
        Some(v) => ssize_arg(th, *v)?,
        None => -1,
    };
    let mut d = x.b.borrow_mut();
    if d.is_empty() {
        return Err(th.index_error("pop from empty bytearray".into()));
    }
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(th.index_error("pop index out of range".into()));
    }
    Ok(Value::small(d.remove(j as usize) as i64))
}
fn ba_insert(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "insert", 2, 2)?;
    let i = ssize_arg(th, a.pos[1])?;
    let b = byte_value(th, a.pos[2], "byte must be in range(0, 256)")?;
    if let Some(x) = ba(&a) {
        let mut d = x.b.borrow_mut();
        let n = d.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, b);
    }
    Ok(g().none)
}
fn ba_remove(th: &Thread, a: Args) -> PyResult<Value> {
    nargs(th, &a, "remove", 1, 1)?;
    let b = byte_value(th, a.pos[1], "byte must be in range(0, 256)")?;
    if let Some(x) = ba(&a) {
        let mut d = x.b.borrow_mut();
        match d.iter().position(|&c| c == b) {
            Some(p) => {
                d.remove(p);
            }
            None => return Err(th.value_error("value not found in bytearray".into())),
        }
    }
    Ok(g().none)
}
fn ba_reverse(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "reverse")?;
    if let Some(x) = ba(&a) {
        x.b.borrow_mut().reverse();
    }
    Ok(g().none)
}
fn ba_clear(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "clear")?;
    if let Some(x) = ba(&a) {
        x.b.borrow_mut().clear();
    }
    Ok(g().none)
}
fn ba_copy(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "copy")?;
    Ok(new_bytearray(th, this(&a)))
}
fn ba_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 2)?;
    crate::arith::native_setitem(th, a.pos[0], a.pos[1], a.pos[2])?;
    Ok(g().none)
}
fn ba_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    crate::arith::native_setitem(th, a.pos[0], a.pos[1], Value::NULL)?;
    Ok(g().none)
}
fn ba_iadd(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    let Some(y) = bytes_data(a.pos[1]) else {
        return Err(th.type_error(format!("can't concat {} to bytearray", type_name(a.pos[1]))));
    };
    if let Some(x) = ba(&a) {
        x.b.borrow_mut().extend(y);
    }
    Ok(a.pos[0])
}
fn ba_imul(th: &Thread, a: Args) -> PyResult<Value> {
    dunder(th, &a, 1)?;
    match repeat(th, &a, a.pos[1])? {
        Some(v) => {
            if let Some(x) = ba(&a) {
                *x.b.borrow_mut() = v;
            }
            Ok(a.pos[0])
        }
        None => Ok(g().not_implemented),
    }
}
fn ba_alloc(th: &Thread, a: Args) -> PyResult<Value> {
    noargs(th, &a, "__alloc__")?;
    Ok(th.new_int(this(&a).len() as i64 + 1))
}

/// `str(x, encoding, errors)`: decodes a bytes-like `x`.
pub fn str_from_encoded(
    th: &Thread,
    x: Value,
    enc: Option<Value>,
    errors: Option<Value>,
) -> PyResult<String> {
    let (codec, errors) = codec_args(th, "str", enc, errors)?;
    match bytes_data(x) {
        Some(b) => decode(th, &b, codec, errors),
        None if as_str(x).is_some() => Err(th.type_error("decoding str is not supported".into())),
        None => Err(th.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(x)
        ))),
    }
}

/// CPython's `repr(bytearray)`: like bytes, but `'` is always escaped.
pub fn bytearray_repr(tname: &str, b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{tname}(b{q}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q);
    out.push(')');
    out
}
