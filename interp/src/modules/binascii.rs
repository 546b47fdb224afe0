//! `binascii`: conversions between binary data and ASCII encodings — hex
//! (`hexlify`/`unhexlify`), base64 (`b2a_base64`/`a2b_base64`, with 3.11's
//! `strict_mode`) and the checksums `crc32` and `crc_hqx`.  `lib/base64.py`
//! builds on it.  `binascii.Error` is a `ValueError`; the messages are
//! CPython's.  Not here: uu, quoted-printable and BinHex codecs.
use crate::layout::Gc;
use crate::objects::bytes::{bytes_data, new_bytes};
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::objects::str::as_str;
use crate::objects::type_::{TypeObj, type_name};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

fn error_type(name: &str) -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get(name)
        .expect("binascii is initialised")
}

fn berr(th: &Thread, msg: &str) -> Exc {
    th.new_exc(error_type("binascii.Error"), msg.into())
}

/// A bytes-like argument (bytes, bytearray, memoryview).
fn data_arg(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    if crate::objects::type_::type_of(v).name().as_str() == "memoryview"
        && let Ok(r) = ops::call(th, types().bytes.value(), &[v])
        && let Some(b) = bytes_data(r)
    {
        return Ok(b);
    }
    Err(th.type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(v)
    )))
}

/// An "ASCII data" argument: bytes-like or an ASCII-only str.
fn ascii_arg(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(
                th.value_error("string argument should contain only ASCII characters".into())
            );
        }
        return Ok(s.as_bytes().to_vec());
    }
    data_arg(th, v).map_err(|_| {
        th.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name(v)
        ))
    })
}

// --- Hex ---

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify_impl(th: &Thread, a: Args, fname: &str) -> PyResult<Value> {
    a.check(th, fname, 1, 3)?;
    let data = data_arg(th, a.get(0, "data").unwrap_or(g().none))?;
    let sep = match a.get(1, "sep").filter(|v| *v != g().none) {
        None => None,
        Some(s) => {
            let b = if let Some(t) = as_str(s) {
                t.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()
            } else if let Some(b) = bytes_data(s) {
                b
            } else {
                return Err(
                    th.type_error(format!("sep must be str or bytes, not {}", type_name(s)))
                );
            };
            if b.len() != 1 || as_str(s).is_some_and(|t| t.chars().count() != 1) {
                return Err(th.value_error("sep must be length 1.".into()));
            }
            Some(b[0])
        }
    };
    let per = match a.get(2, "bytes_per_sep") {
        Some(v) => crate::objects::int::to_i64(ops::index(th, v)?).unwrap_or(1),
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            // Positive: groups counted from the right; negative: from the left.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(new_bytes(th, out))
}

fn b_hexlify(th: &Thread, a: Args) -> PyResult<Value> {
    hexlify_impl(th, a, "hexlify")
}
fn b_b2a_hex(th: &Thread, a: Args) -> PyResult<Value> {
    hexlify_impl(th, a, "b2a_hex")
}

fn unhex_impl(th: &Thread, a: Args, fname: &str) -> PyResult<Value> {
    a.check(th, fname, 1, 1)?;
    let data = ascii_arg(th, a.pos[0])?;
    if data.len() % 2 != 0 {
        return Err(berr(th, "Odd-length string"));
    }
    let val = |c: u8| -> Option<u8> { (c as char).to_digit(16).map(|d| d as u8) };
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (val(pair[0]), val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(berr(th, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(th, out))
}
fn b_unhexlify(th: &Thread, a: Args) -> PyResult<Value> {
    unhex_impl(th, a, "unhexlify")
}
fn b_a2b_hex(th: &Thread, a: Args) -> PyResult<Value> {
    unhex_impl(th, a, "a2b_hex")
}

// --- Base64 ---

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

fn b_b2a_base64(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "b2a_base64", 1, 1)?;
    let data = data_arg(th, a.pos[0])?;
    let newline = match a.kw("newline") {
        Some(v) => ops::truthy(th, v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(th, out))
}

fn b_a2b_base64(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "a2b_base64", 1, 1)?;
    let data = ascii_arg(th, a.pos[0])?;
    let strict = match a.kw("strict_mode") {
        Some(v) => ops::truthy(th, v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(berr(th, "Leading padding not allowed"));
    }
    let mut i = 0;
    let mut done = false;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err(berr(th, "Excess data after padding"));
                }
                done = true;
                break;
            }
            i += 1;
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(berr(th, "Only base64 data is allowed"));
            }
            i += 1;
            continue;
        };
        if strict && padding_started {
            return Err(berr(
                th,
                if quad == 0 {
                    "Excess data after padding"
                } else {
                    "Discontinuous padding not allowed"
                },
            ));
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                left = 0;
                quad = 0;
            }
        }
        i += 1;
    }
    if !done && quad != 0 {
        if quad == 1 {
            let n = out.len() / 3 * 4 + 1;
            return Err(berr(
                th,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
                ),
            ));
        }
        return Err(berr(th, "Incorrect padding"));
    }
    Ok(new_bytes(th, out))
}

// --- Checksums ---

fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    })
}

/// CRC-32 (the zlib polynomial) of `data`, continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let t = crc32_table();
    let mut c = !crc;
    for b in data {
        c = t[((c ^ *b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn start_value(th: &Thread, v: Option<Value>, mask: u64) -> PyResult<u64> {
    match v {
        None => Ok(0),
        Some(v) => {
            let n = ops::index(th, v)?;
            let b = crate::objects::int::to_bigint(n).unwrap_or_default();
            let m = num_bigint::BigInt::from(mask) + 1;
            let r = ((b % &m) + &m) % &m;
            Ok(num_traits::ToPrimitive::to_u64(&r).unwrap_or(0))
        }
    }
}

fn b_crc32(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "crc32", 1, 2)?;
    let data = data_arg(th, a.pos[0])?;
    let start = start_value(th, a.pos.get(1).copied(), 0xffff_ffff)? as u32;
    Ok(th.new_int(crc32(&data, start) as i64))
}

fn b_crc_hqx(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "crc_hqx", 2, 2)?;
    let data = data_arg(th, a.pos[0])?;
    let mut crc = start_value(th, Some(a.pos[1]), 0xffff)? as u16;
    for b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(th.new_int(crc as i64))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("hexlify", b_hexlify),
    ("b2a_hex", b_b2a_hex),
    ("unhexlify", b_unhexlify),
    ("a2b_hex", b_a2b_hex),
    ("b2a_base64", b_b2a_base64),
    ("a2b_base64", b_a2b_base64),
    ("crc32", b_crc32),
    ("crc_hqx", b_crc_hqx),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    for (key, name, base) in [
        ("binascii.Error", "Error", g().exc.value_error),
        ("binascii.Incomplete", "Incomplete", g().exc.exception),
    ] {
        if !types().extra.borrow().contains_key(key) {
            let ns = dict::new_dict(th);
            let _r = th.root(ns.value());
            let mname = th.new_str("binascii");
            dict::set_item_str(th, ns, th.intern_static("__module__"), mname);
            let t = crate::objects::type_::new_heap_type(th, types().type_, name, vec![base], ns)?;
            crate::layout::make_permanent(t);
            types().extra.borrow_mut().insert(key, t);
        }
        dict::set_item_str(th, m.dict, th.intern(name), error_type(key).value());
    }
    for (n, f) in FUNCS {
        let fv = new_native(th, n, "binascii", *f, Binding::Function);
        dict::set_item_str(th, m.dict, th.intern(n), fv);
    }
    Ok(())
}
