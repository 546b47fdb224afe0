//! `_struct`: packing values into C structs held in bytes (`struct.pack`,
//! `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`).  The
//! `Struct` class and the public `struct` module are in `lib/struct.py`.
//!
//! A format is parsed into a list of `Item { code, count, size, offset }`:
//!
//! ```text
//!   "<2hxq"  →  order=Little, std sizes, no alignment
//!              [h×2 @0 (2 bytes each), x @4, q @5]   total 13
//!   "@ci"    →  native order, native sizes, alignment to the item's size
//!              [c @0, i @4]                          total 8
//! ```
//!
//! Native mode (`@`, the default) is the x86-64 / aarch64 LP64 ABI: `l`,
//! `L`, `n`, `N`, `P` are 8 bytes and every item is aligned to its size.
//! The messages of `struct.error` are CPython 3.11's, including its
//! distinctions (e.g. `'I'` with -1 is "argument out of range" but with
//! 2**32 is "'I' format requires 0 <= number <= 4294967295").
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::layout::Gc;
use crate::objects::bytes::{ByteArray, Bytes, bytes_data, new_bytes};
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::module::Module;
use crate::objects::str::as_str;
use crate::objects::type_::{TypeObj, type_name};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, TempVec, Thread, g, types};
use crate::value::Value;

// --- Format parsing ---

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    /// Repeat count (for `s` and `p`: the byte length).
    count: usize,
    /// Size of one element.
    size: usize,
    offset: usize,
}

struct Format {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// Number of values packed / unpacked.
    nvalues: usize,
}

fn error_type() -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get("struct.error")
        .expect("_struct is initialised")
}

fn serr(th: &Thread, msg: impl Into<String>) -> Exc {
    th.new_exc(error_type(), msg.into())
}

/// (size, alignment) of a code in native mode, or None if it is not a code.
fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The format text of a `str` or `bytes` argument.
fn format_text(th: &Thread, v: Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
            // str formats are encoded as ASCII first, as in CPython.
            let ty = g().exc.by_name["UnicodeEncodeError"];
            let n = c as u32;
            let shown = if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            let e = th.new_exc(
                ty,
                format!(
                    "'ascii' codec can't encode character '{shown}' in position {i}: ordinal not in range(128)"
                ),
            );
            let set = |k: &str, x: Value| ops::set_exc_attr(th, e.0, k, x);
            set("encoding", th.new_str("ascii"));
            set("object", v);
            set("start", Value::small(i as i64));
            set("end", Value::small(i as i64 + 1));
            set("reason", th.new_str("ordinal not in range(128)"));
            return Err(e);
        }
        return Ok(s.to_string());
    }
    if let Some(b) = v.downcast::<Bytes>() {
        return Ok(String::from_utf8_lossy(&b.b).into_owned());
    }
    Err(th.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(v)
    )))
}

fn parse(th: &Thread, fmt: &str) -> PyResult<Format> {
    let b = fmt.as_bytes();
    let (order, native, mut i) = match b.first() {
        Some(b'@') => (Order::Native, true, 1),
        Some(b'=') => (Order::Native, false, 1),
        Some(b'<') => (Order::Little, false, 1),
        Some(b'>') | Some(b'!') => (Order::Big, false, 1),
        _ => (Order::Native, true, 0),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0;
    let too_long = || serr(th, "total struct size too long");
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((b[i] - b'0') as usize))
                    .ok_or_else(too_long)?;
                i += 1;
            }
            if i >= b.len() {
                return Err(serr(th, "repeat count given without format specifier"));
            }
            count = Some(n);
        }
        let c = b[i];
        i += 1;
        let sz = if native { native_size(c) } else { std_size(c) }
            .ok_or_else(|| serr(th, "bad char in struct format"))?;
        let count = count.unwrap_or(1);
        if native {
            let align = sz;
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(too_long)?;
        }
        let (per, n_values) = match c {
            b's' | b'p' => (count, 1),
            b'x' => (sz, 0),
            _ => (sz, count),
        };
        items.push(Item {
            code: c,
            count,
            size: sz,
            offset: size,
        });
        let total = if matches!(c, b's' | b'p') {
            count
        } else {
            per.checked_mul(count).ok_or_else(too_long)?
        };
        size = size.checked_add(total).ok_or_else(too_long)?;
        if size > isize::MAX as usize {
            return Err(too_long());
        }
        nvalues += n_values;
    }
    Ok(Format {
        order,
        items,
        size,
        nvalues,
    })
}

// --- Packing ---

/// An integer argument as a BigInt ("required argument is not an integer").
fn int_value(th: &Thread, v: Value) -> PyResult<BigInt> {
    if v.is_kind(crate::layout::Kind::Float) || as_str(v).is_some() {
        return Err(serr(th, "required argument is not an integer"));
    }
    let r = match ops::index(th, v) {
        Ok(r) => r,
        Err(e) if ops::is_instance_of(e.0, g().exc.type_error) => {
            return Err(serr(th, "required argument is not an integer"));
        }
        Err(e) => return Err(e),
    };
    Ok(crate::objects::int::to_bigint(r).unwrap_or_default())
}

fn put_uint(out: &mut [u8], mut x: u64, size: usize, order: Order) {
    let little = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    for k in 0..size {
        let byte = (x & 0xff) as u8;
        x >>= 8;
        if little {
            out[k] = byte;
        } else {
            out[size - 1 - k] = byte;
        }
    }
}

fn get_uint(inp: &[u8], size: usize, order: Order) -> u64 {
    let little = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    let mut x: u64 = 0;
    for k in 0..size {
        let byte = if little { inp[size - 1 - k] } else { inp[k] };
        x = (x << 8) | byte as u64;
    }
    x
}

fn out_of_range(th: &Thread) -> Exc {
    serr(th, "argument out of range")
}

/// The two's-complement bits of integer `v` for code `c` of `size` bytes.
fn int_bits(th: &Thread, c: u8, v: Value, size: usize, native: bool) -> PyResult<u64> {
    let x = int_value(th, v)?;
    let signed = c.is_ascii_lowercase();
    if c == b'P' {
        // Native pointers wrap like C's conversion of a (possibly negative) long.
        if let Some(i) = x.to_i64() {
            return Ok(i as u64);
        }
        return x.to_u64().ok_or_else(|| out_of_range(th));
    }
    if signed {
        let i = x.to_i64().ok_or_else(|| out_of_range(th))?;
        if size < 8 {
            let max = (1i64 << (size * 8 - 1)) - 1;
            let min = -max - 1;
            if i < min || i > max {
                return Err(serr(
                    th,
                    match c {
                        b'b' => format!("byte format requires {min} <= number <= {max}"),
                        b'h' => format!("short format requires {min} <= number <= {max}"),
                        _ => format!("'{}' format requires {min} <= number <= {max}", c as char),
                    },
                ));
            }
        }
        Ok(i as u64)
    } else {
        if size <= 2 {
            // B and H go through a signed conversion first, as in CPython.
            let i = x.to_i64().ok_or_else(|| out_of_range(th))?;
            let max = (1i64 << (size * 8)) - 1;
            if i < 0 || i > max {
                return Err(serr(
                    th,
                    if c == b'B' {
                        format!("ubyte format requires 0 <= number <= {max}")
                    } else {
                        format!("ushort format requires 0 <= number <= {max}")
                    },
                ));
            }
            return Ok(i as u64);
        }
        let u = x.to_u64().ok_or_else(|| out_of_range(th))?;
        if size < 8 && u > (1u64 << (size * 8)) - 1 {
            return Err(serr(
                th,
                format!(
                    "'{}' format requires 0 <= number <= {}",
                    c as char,
                    (1u64 << (size * 8)) - 1
                ),
            ));
        }
        let _ = native;
        Ok(u)
    }
}

fn float_value(th: &Thread, v: Value) -> PyResult<f64> {
    if let Some(f) = crate::objects::float::as_f64(v) {
        return Ok(f);
    }
    match crate::builtins::to_f64(th, v) {
        Ok(f) => Ok(f),
        Err(e)
            if ops::is_instance_of(e.0, g().exc.type_error)
                || ops::is_instance_of(e.0, g().exc.overflow_error) =>
        {
            Err(serr(th, "required argument is not a float"))
        }
        Err(e) => Err(e),
    }
}

/// IEEE 754 binary16 bits of `x`, rounded half to even; None on overflow.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Scale into units of the smallest subnormal (2**-24) or of the ulp.
    let (mut e, _) = frexp(a); // a = m * 2**e, 0.5 <= m < 1
    e -= 1; // a = 1.f * 2**e
    if e < -14 {
        // Subnormal: mantissa counts units of 2**-24.
        let units = round_half_even(a * 2f64.powi(24));
        // units may round up to 1024, which is the smallest normal: same bits.
        return Some(sign | units as u16);
    }
    let mant = round_half_even((a / 2f64.powi(e) - 1.0) * 1024.0) as u32;
    let (mant, e) = if mant == 1024 { (0, e + 1) } else { (mant, e) };
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | mant as u16)
}

fn frexp(x: f64) -> (i32, f64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (e, m) = frexp(x * 2f64.powi(64));
        return (e - 64, m);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (exp - 1022, m)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    let v = if e == 0 {
        m * 2f64.powi(-24)
    } else if e == 31 {
        if m == 0.0 { f64::INFINITY } else { f64::NAN }
    } else {
        (1.0 + m / 1024.0) * 2f64.powi(e - 15)
    };
    sign * v
}

fn pack_into_buf(
    th: &Thread,
    f: &Format,
    vals: &[Value],
    out: &mut [u8],
    fname: &str,
) -> PyResult<()> {
    if vals.len() != f.nvalues {
        return Err(serr(
            th,
            format!(
                "{fname} expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let native = f.order == Order::Native;
    let mut vi = 0;
    for it in &f.items {
        let base = it.offset;
        match it.code {
            b'x' => {
                for b in &mut out[base..base + it.count] {
                    *b = 0;
                }
            }
            b's' | b'p' => {
                let v = vals[vi];
                vi += 1;
                let data = match v.downcast::<Bytes>() {
                    Some(b) => b.b.to_vec(),
                    None => match v.downcast::<ByteArray>() {
                        Some(b) => b.b.borrow().clone(),
                        None => {
                            return Err(serr(
                                th,
                                format!(
                                    "argument for '{}' must be a bytes object",
                                    it.code as char
                                ),
                            ));
                        }
                    },
                };
                let dst = &mut out[base..base + it.count];
                dst.fill(0);
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n as u8;
                }
            }
            code => {
                for k in 0..it.count {
                    let v = vals[vi];
                    vi += 1;
                    let at = base + k * it.size;
                    let dst = &mut out[at..at + it.size];
                    match code {
                        b'c' => {
                            let ok = v
                                .downcast::<Bytes>()
                                .map(|b| b.b.to_vec())
                                .or_else(|| v.downcast::<ByteArray>().map(|b| b.b.borrow().clone()))
                                .filter(|b| b.len() == 1);
                            match ok {
                                Some(b) => dst[0] = b[0],
                                None => {
                                    return Err(serr(
                                        th,
                                        "char format requires a bytes object of length 1",
                                    ));
                                }
                            }
                        }
                        b'?' => dst[0] = ops::truthy(th, v)? as u8,
                        b'e' => {
                            let x = float_value(th, v)?;
                            let h = f64_to_f16(x).ok_or_else(|| {
                                th.overflow_error("float too large to pack with e format".into())
                            })?;
                            put_uint(dst, h as u64, 2, f.order);
                        }
                        b'f' => {
                            let x = float_value(th, v)?;
                            let y = x as f32;
                            if !native && y.is_infinite() && x.is_finite() {
                                return Err(th.overflow_error(
                                    "float too large to pack with f format".into(),
                                ));
                            }
                            put_uint(dst, y.to_bits() as u64, 4, f.order);
                        }
                        b'd' => {
                            let x = float_value(th, v)?;
                            put_uint(dst, x.to_bits(), 8, f.order);
                        }
                        _ => {
                            let bits = int_bits(th, code, v, it.size, native)?;
                            put_uint(dst, bits, it.size, f.order);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_buf(th: &Thread, f: &Format, inp: &[u8]) -> PyResult<Value> {
    let out = TempVec::new(th);
    for it in &f.items {
        let base = it.offset;
        match it.code {
            b'x' => {}
            b's' => {
                let v = new_bytes(th, inp[base..base + it.count].to_vec());
                out.push(v);
            }
            b'p' => {
                let v = if it.count == 0 {
                    new_bytes(th, vec![])
                } else {
                    let n = (inp[base] as usize).min(it.count - 1);
                    new_bytes(th, inp[base + 1..base + 1 + n].to_vec())
                };
                out.push(v);
            }
            code => {
                for k in 0..it.count {
                    let at = base + k * it.size;
                    let src = &inp[at..at + it.size];
                    let v = match code {
                        b'c' => new_bytes(th, vec![src[0]]),
                        b'?' => th.bool_val(src[0] != 0),
                        b'e' => th.new_float(f16_to_f64(get_uint(src, 2, f.order) as u16)),
                        b'f' => {
                            th.new_float(f32::from_bits(get_uint(src, 4, f.order) as u32) as f64)
                        }
                        b'd' => th.new_float(f64::from_bits(get_uint(src, 8, f.order))),
                        _ => {
                            let u = get_uint(src, it.size, f.order);
                            if code.is_ascii_lowercase() {
                                let shift = 64 - it.size * 8;
                                th.new_int(((u << shift) as i64) >> shift)
                            } else if u <= i64::MAX as u64 {
                                th.new_int(u as i64)
                            } else {
                                th.new_bigint(BigInt::from(u))
                            }
                        }
                    };
                    out.push(v);
                }
            }
        }
    }
    Ok(th.new_tuple(out.to_vec()))
}

// --- Buffers ---

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview via bytes()).
fn buffer_arg(th: &Thread, v: Value) -> PyResult<Vec<u8>> {
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

fn offset_arg(th: &Thread, v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => {
            let n = ops::index(th, v)?;
            crate::objects::int::to_i64(n).ok_or_else(|| {
                th.new_exc(
                    g().exc.index_error,
                    "cannot fit 'int' into an index-sized integer".into(),
                )
            })
        }
    }
}

// --- Module functions ---

fn fmt_arg(th: &Thread, a: &Args) -> PyResult<Format> {
    let Some(f) = a.pos.first() else {
        return Err(th.type_error("missing format argument".into()));
    };
    parse(th, &format_text(th, *f)?)
}

fn s_calcsize(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "calcsize", 1, 1)?;
    let f = fmt_arg(th, &a)?;
    Ok(th.new_int(f.size as i64))
}

fn s_pack(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "pack")?;
    let f = fmt_arg(th, &a)?;
    let mut out = vec![0u8; f.size];
    pack_into_buf(th, &f, &a.pos[1..], &mut out, "pack")?;
    Ok(new_bytes(th, out))
}

fn s_unpack(th: &Thread, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(th.type_error(format!("unpack expected 2 arguments, got {}", a.pos.len())));
    }
    let f = fmt_arg(th, &a)?;
    let buf = buffer_arg(th, a.pos[1])?;
    if buf.len() != f.size {
        return Err(serr(
            th,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    unpack_buf(th, &f, &buf)
}

fn s_unpack_from(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "unpack_from", 2, 3)?;
    let f = fmt_arg(th, &a)?;
    let buf = buffer_arg(th, a.get(1, "buffer").unwrap_or(g().none))?;
    let mut off = offset_arg(th, a.get(2, "offset"))?;
    let len = buf.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(serr(
                th,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        if off + (f.size as i64) > 0 {
            return Err(serr(
                th,
                format!("not enough data to unpack {} bytes at offset {off}", f.size),
            ));
        }
        off += len;
    }
    if len - off < f.size as i64 {
        return Err(serr(
            th,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
                f.size as i64 + off,
                f.size
            ),
        ));
    }
    unpack_buf(th, &f, &buf[off as usize..off as usize + f.size])
}

fn s_pack_into(th: &Thread, a: Args) -> PyResult<Value> {
    a.no_kw(th, "pack_into")?;
    if a.pos.len() < 3 {
        let f = fmt_arg(th, &a)?;
        return Err(th.type_error(if a.pos.len() < 2 {
            "pack_into expected buffer argument".to_string()
        } else {
            let _ = f;
            "pack_into expected offset argument".to_string()
        }));
    }
    let f = fmt_arg(th, &a)?;
    let target = a.pos[1];
    let Some(ba) = target.downcast::<ByteArray>() else {
        return Err(th.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(target)
        )));
    };
    let mut off = offset_arg(th, Some(a.pos[2]))?;
    let vals = &a.pos[3..];
    if vals.len() != f.nvalues {
        return Err(serr(
            th,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let len = ba.b.borrow().len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(serr(
                th,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        if off + (f.size as i64) > 0 {
            return Err(serr(
                th,
                format!("no space to pack {} bytes at offset {off}", f.size),
            ));
        }
        off += len;
    }
    if len - off < f.size as i64 {
        return Err(serr(
            th,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {off} (actual buffer size is {len})",
                f.size as i64 + off,
                f.size
            ),
        ));
    }
    // Pack into a scratch buffer first: converting the values may run Python code.
    let mut tmp = vec![0u8; f.size];
    pack_into_buf(th, &f, vals, &mut tmp, "pack_into")?;
    let mut b = ba.b.borrow_mut();
    let off = off as usize;
    if off + f.size <= b.len() {
        b[off..off + f.size].copy_from_slice(&tmp);
    }
    Ok(g().none)
}

/// `_iter_unpack_check(fmt, buffer)`: the struct size after CPython's checks.
fn s_iter_check(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "iter_unpack", 2, 2)?;
    let f = fmt_arg(th, &a)?;
    let buf = buffer_arg(th, a.pos[1])?;
    if f.size == 0 {
        return Err(serr(
            th,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if buf.len() % f.size != 0 {
        return Err(serr(
            th,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    Ok(th.new_int(f.size as i64))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("calcsize", s_calcsize),
    ("pack", s_pack),
    ("unpack", s_unpack),
    ("unpack_from", s_unpack_from),
    ("pack_into", s_pack_into),
    ("_iter_unpack_check", s_iter_check),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    if !types().extra.borrow().contains_key("struct.error") {
        let ns = dict::new_dict(th);
        let _r = th.root(ns.value());
        let mname = th.new_str("struct");
        dict::set_item_str(th, ns, th.intern_static("__module__"), mname);
        let t = crate::objects::type_::new_heap_type(
            th,
            types().type_,
            "error",
            vec![g().exc.exception],
            ns,
        )?;
        crate::layout::make_permanent(t);
        types().extra.borrow_mut().insert("struct.error", t);
    }
    for (n, f) in FUNCS {
        let fv = new_native(th, n, "_struct", *f, Binding::Function);
        dict::set_item_str(th, m.dict, th.intern(n), fv);
    }
    dict::set_item_str(th, m.dict, th.intern_static("error"), error_type().value());
    Ok(())
}
