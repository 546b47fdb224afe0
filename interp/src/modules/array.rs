//! The `array` module: `array.array`, a typed sequence of machine values
//! stored packed in native byte order (CPython's `Modules/arraymodule.c`,
//! reduced).
//!
//! Typecodes b B h H i I l L q Q f d are supported ('u' is not); items are
//! read and written through `get_item`/`put_item`, which keep CPython's
//! range checks.  An array is bytes-like: `bytes_data` returns its raw
//! bytes, so `bytes(a)`, `b"" + a` and `bytearray(a)` see the packed data.
//!
//! Missing (written down, not faked): subclassing `array.array`, the
//! buffer protocol for `memoryview(a)`, `byteswap`, `buffer_info`,
//! `fromfile`/`tofile`, pickling, and the 'u' typecode.
//!
//! The type is a `Kind::Native` payload flagged as a heap type (as
//! `memoryview`), so `ops` finds its dunders in its dict.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::function::{Binding, NativeFn};
use crate::objects::int;
use crate::objects::module::Module;
use crate::objects::slice::Slice;
use crate::objects::str::as_str;
use crate::objects::type_::{TypeObj, tflags, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct Array {
    pub code: char,
    pub data: PyCell<Vec<u8>>,
}

impl PyPayload for Array {
    const KIND: Kind = Kind::Native;
    fn trace(&self, _t: &mut Tracer) {}
}

static ARRAY_TYPE: AtomicU64 = AtomicU64::new(0);

pub fn as_array(v: Value) -> Option<Gc<Array>> {
    let bits = ARRAY_TYPE.load(Ordering::Relaxed);
    (bits != 0 && v.is_kind(Kind::Native) && type_of(v).value().bits() == bits)
        .then(|| v.as_gc_unchecked())
}

/// The packed bytes of an array (a copy).
pub fn array_bytes(v: Value) -> Option<Vec<u8>> {
    as_array(v).map(|a| a.data.borrow().clone())
}

const CODES: &str = "bBhHiIlLqQfd";

fn itemsize(code: char) -> usize {
    match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

/// Item `i` (already bounds-checked) as a Python value.
fn get_item(th: &Thread, code: char, d: &[u8], i: usize) -> Value {
    let n = itemsize(code);
    let b = &d[i * n..(i + 1) * n];
    let mut w = [0u8; 8];
    w[..n].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    match code {
        'b' => th.new_int(b[0] as i8 as i64),
        'B' => th.new_int(b[0] as i64),
        'h' => th.new_int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        'H' => th.new_int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        'i' => th.new_int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        'I' => th.new_int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        'l' | 'q' => th.new_int(u as i64),
        'L' | 'Q' => crate::objects::int::from_bigint(th, BigInt::from(u)),
        'f' => th.new_float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        _ => th.new_float(f64::from_bits(u)),
    }
}

/// A Python value packed for typecode `code`, with CPython's checks.
fn put_item(th: &Thread, code: char, v: Value) -> PyResult<Vec<u8>> {
    if matches!(code, 'f' | 'd') {
        let x = if int::is_int(v) || v.is_kind(Kind::Float) {
            crate::builtins::to_f64(th, v)?
        } else {
            return Err(th.type_error(format!("must be real number, not {}", type_name(v))));
        };
        return Ok(if code == 'f' {
            (x as f32).to_ne_bytes().to_vec()
        } else {
            x.to_ne_bytes().to_vec()
        });
    }
    if v.is_kind(Kind::Float) {
        return Err(th.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = int::to_bigint(ops::index(th, v)?).unwrap_or_default();
    let (lo, hi, what): (i128, i128, &str) = match code {
        'b' => (i8::MIN as i128, i8::MAX as i128, "signed char"),
        'B' => (0, u8::MAX as i128, "unsigned byte integer"),
        'h' => (i16::MIN as i128, i16::MAX as i128, "signed short integer"),
        'H' => (0, u16::MAX as i128, "unsigned short"),
        'i' => (i32::MIN as i128, i32::MAX as i128, "signed integer"),
        'I' => (0, u32::MAX as i128, "unsigned int"),
        'l' | 'q' => (i64::MIN as i128, i64::MAX as i128, ""),
        _ => (0, u64::MAX as i128, ""),
    };
    let x = n.to_i128();
    match x {
        Some(x) if x >= lo && x <= hi => {
            let b = (x as u64).to_ne_bytes();
            Ok(b[..itemsize(code)].to_vec())
        }
        _ => {
            let neg = n.sign() == num_bigint::Sign::Minus;
            let msg = if !what.is_empty() {
                if neg && x.is_some_and(|x| x < lo) {
                    format!("{what} is less than minimum")
                } else {
                    format!("{what} is greater than maximum")
                }
            } else if matches!(code, 'L' | 'Q') && neg {
                "can't convert negative value to unsigned int".into()
            } else if matches!(code, 'L' | 'Q') {
                "int too big to convert".into()
            } else {
                "Python int too large to convert to C long".into()
            };
            Err(th.overflow_error(msg))
        }
    }
}

fn new_array(th: &Thread, code: char, data: Vec<u8>) -> Value {
    let ty = types().extra.borrow().get("array.array").copied();
    th.alloc(
        ty.expect("array type exists once the module is imported"),
        Array {
            code,
            data: PyCell::new(data),
        },
    )
    .value()
}

fn this(th: &Thread, a: &Args) -> PyResult<Gc<Array>> {
    a.pos
        .first()
        .and_then(|v| as_array(*v))
        .ok_or_else(|| th.type_error("descriptor requires an 'array.array' object".into()))
}

fn count(a: Gc<Array>) -> usize {
    a.data.borrow().len() / itemsize(a.code)
}

fn values(th: &Thread, a: Gc<Array>) -> Vec<Value> {
    let d = a.data.borrow().clone();
    (0..d.len() / itemsize(a.code))
        .map(|i| get_item(th, a.code, &d, i))
        .collect()
}

/// Appends the items of an iterable (or the raw bytes of a same-code array).
fn extend_from(th: &Thread, a: Gc<Array>, src: Value) -> PyResult<()> {
    if let Some(o) = as_array(src) {
        if o.code != a.code {
            return Err(th.type_error("can only extend with array of same kind".into()));
        }
        let d = o.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&d);
        return Ok(());
    }
    // Made before `collect`: no heap allocation may come between `collect`
    // returning `items` (native memory) and their being pushed here.
    let keep = crate::runtime::TempVec::new(th);
    let items = ops::collect(th, src)?;
    for x in &items {
        keep.push(*x);
    }
    let mut out = Vec::new();
    for x in items {
        out.extend(put_item(th, a.code, x)?);
    }
    a.data.borrow_mut().extend(out);
    Ok(())
}

fn frombytes_into(th: &Thread, a: Gc<Array>, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(itemsize(a.code)) {
        return Err(th.value_error("bytes length not a multiple of item size".into()));
    }
    a.data.borrow_mut().extend_from_slice(b);
    Ok(())
}

// --- Construction ---

fn array_new(th: &Thread, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(th.type_error("array.array() takes no keyword arguments".into()));
    }
    if a.pos.len() < 2 || a.pos.len() > 3 {
        return Err(th.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let tc = a.pos[1];
    let code = match as_str(tc) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        _ => {
            return Err(th.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(tc)
            )));
        }
    };
    if !CODES.contains(code) {
        return Err(
            th.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)".into())
        );
    }
    let arr = new_array(th, code, Vec::new());
    let ag = arr.as_gc_unchecked::<Array>();
    if let Some(init) = a.pos.get(2).copied() {
        if as_str(init).is_some() {
            return Err(th.type_error(format!(
                "cannot use a str to initialize an array with typecode '{code}'"
            )));
        }
        if let Some(o) = as_array(init)
            && o.code != code
        {
            let vals = values(th, o);
            let tv = crate::runtime::TempVec::new(th);
            for v in vals {
                tv.push(v);
            }
            let l = th.new_list(tv.to_vec());
            extend_from(th, ag, l)?;
        } else if init.is_kind(Kind::Bytes) || init.is_kind(Kind::ByteArray) {
            let b = crate::objects::bytes::bytes_data(init).unwrap_or_default();
            frombytes_into(th, ag, &b)?;
        } else {
            extend_from(th, ag, init)?;
        }
    }
    Ok(arr)
}

// --- Sequence protocol ---

fn norm(th: &Thread, a: Gc<Array>, k: Value) -> PyResult<usize> {
    let n = count(a) as i64;
    let i = int::to_i64(ops::index(th, k)?).unwrap_or(i64::MAX);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(th.index_error("array index out of range".into()));
    }
    Ok(j as usize)
}

fn array_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getitem__", 2, 2)?;
    let arr = this(th, &a)?;
    let k = a.pos[1];
    let n = itemsize(arr.code);
    if let Some(s) = k.downcast::<Slice>() {
        let (start, _, step, cnt) =
            crate::builtins_types::slice_indices(th, s, count(arr) as isize)?;
        let d = arr.data.borrow().clone();
        let mut out = Vec::with_capacity(cnt * n);
        for j in 0..cnt {
            let i = (start + j as isize * step) as usize;
            out.extend_from_slice(&d[i * n..(i + 1) * n]);
        }
        return Ok(new_array(th, arr.code, out));
    }
    if !int::is_int(k)
        && crate::objects::type_::lookup(type_of(k), th.intern_static("__index__")).is_none()
    {
        return Err(th.type_error("array indices must be integers".into()));
    }
    let i = norm(th, arr, k)?;
    let d = arr.data.borrow().clone();
    Ok(get_item(th, arr.code, &d, i))
}

fn array_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__setitem__", 3, 3)?;
    let arr = this(th, &a)?;
    let (k, v) = (a.pos[1], a.pos[2]);
    let n = itemsize(arr.code);
    if k.downcast::<Slice>().is_some() {
        let Some(src) = as_array(v) else {
            return Err(th.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                type_name(v)
            )));
        };
        if src.code != arr.code {
            return Err(th.type_error("bad argument type for built-in operation".into()));
        }
        // Through a list of the items, then repacked: list slice semantics.
        let l = th.new_list(values(th, arr));
        let sv = th.new_list(values(th, src));
        ops::setitem(th, l, k, sv)?;
        let items = ops::collect(th, l)?;
        let mut out = Vec::new();
        for x in items {
            out.extend(put_item(th, arr.code, x)?);
        }
        *arr.data.borrow_mut() = out;
        return Ok(g().none);
    }
    let i = norm(th, arr, k)?;
    let b = put_item(th, arr.code, v)?;
    arr.data.borrow_mut()[i * n..(i + 1) * n].copy_from_slice(&b);
    Ok(g().none)
}

fn array_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    let i = norm(th, arr, a.pos[1])?;
    let n = itemsize(arr.code);
    arr.data.borrow_mut().drain(i * n..(i + 1) * n);
    Ok(g().none)
}

fn array_len(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(count(this(th, &a)?) as i64))
}

fn array_iter(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::Seq,
        crate::objects::iter::IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}

fn array_contains(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    for x in values(th, arr) {
        if ops::eq_bool(th, x, a.pos[1])? {
            return Ok(g().true_);
        }
    }
    Ok(g().false_)
}

fn array_add(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    let Some(o) = as_array(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    if o.code != arr.code {
        return Err(th.type_error("bad argument type for built-in operation".into()));
    }
    let mut d = arr.data.borrow().clone();
    d.extend_from_slice(&o.data.borrow());
    Ok(new_array(th, arr.code, d))
}

fn array_iadd(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    if as_array(a.pos[1]).is_none() {
        return Err(th.type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_name(a.pos[1])
        )));
    }
    extend_from(th, arr, a.pos[1])?;
    Ok(a.pos[0])
}

fn array_mul(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    if !int::is_int(a.pos[1]) {
        return Ok(g().not_implemented);
    }
    let n = int::to_i64(a.pos[1]).unwrap_or(0).max(0) as usize;
    let d = arr.data.borrow().repeat(n);
    Ok(new_array(th, arr.code, d))
}

fn compare(th: &Thread, a: Args, op: frontend::bytecode::CmpOp) -> PyResult<Value> {
    let arr = this(th, &a)?;
    let Some(o) = as_array(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let x = th.new_list(values(th, arr));
    let y = th.new_list(values(th, o));
    ops::compare(th, x, y, op)
}

fn array_eq(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Eq)
}
fn array_ne(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Ne)
}
fn array_lt(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Lt)
}
fn array_le(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Le)
}
fn array_gt(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Gt)
}
fn array_ge(th: &Thread, a: Args) -> PyResult<Value> {
    compare(th, a, frontend::bytecode::CmpOp::Ge)
}

// --- Methods ---

fn array_append(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "append", 2, 2)?;
    let arr = this(th, &a)?;
    let b = put_item(th, arr.code, a.pos[1])?;
    arr.data.borrow_mut().extend(b);
    Ok(g().none)
}

fn array_extend(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "extend", 2, 2)?;
    extend_from(th, this(th, &a)?, a.pos[1])?;
    Ok(g().none)
}

fn array_insert(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "insert", 3, 3)?;
    let arr = this(th, &a)?;
    let n = count(arr) as i64;
    let i = int::to_i64(ops::index(th, a.pos[1])?).unwrap_or(i64::MAX);
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let b = put_item(th, arr.code, a.pos[2])?;
    let sz = itemsize(arr.code);
    let mut d = arr.data.borrow_mut();
    let tail = d.split_off(i * sz);
    d.extend(b);
    d.extend(tail);
    Ok(g().none)
}

fn array_pop(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "pop", 1, 2)?;
    let arr = this(th, &a)?;
    if count(arr) == 0 {
        return Err(th.index_error("pop from empty array".into()));
    }
    let k = a.pos.get(1).copied().unwrap_or(Value::small(-1));
    let i = norm(th, arr, k).map_err(|_| th.index_error("pop index out of range".into()))?;
    let d = arr.data.borrow().clone();
    let v = get_item(th, arr.code, &d, i);
    let n = itemsize(arr.code);
    arr.data.borrow_mut().drain(i * n..(i + 1) * n);
    Ok(v)
}

fn array_tobytes(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    let d = arr.data.borrow().clone();
    Ok(crate::objects::bytes::new_bytes(th, d))
}

fn array_frombytes(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "frombytes", 2, 2)?;
    let arr = this(th, &a)?;
    let b = crate::objects::bytes::bytes_data(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(a.pos[1])
        ))
    })?;
    frombytes_into(th, arr, &b)?;
    Ok(g().none)
}

fn array_tolist(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    Ok(th.new_list(values(th, arr)))
}

fn array_fromlist(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fromlist", 2, 2)?;
    let arr = this(th, &a)?;
    if !a.pos[1].is_kind(Kind::List) {
        return Err(th.type_error("arg must be list".into()));
    }
    extend_from(th, arr, a.pos[1])?;
    Ok(g().none)
}

fn array_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "count", 2, 2)?;
    let arr = this(th, &a)?;
    let mut n = 0;
    for x in values(th, arr) {
        if ops::eq_bool(th, x, a.pos[1])? {
            n += 1;
        }
    }
    Ok(th.new_int(n))
}

fn array_index(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "index", 2, 2)?;
    let arr = this(th, &a)?;
    for (i, x) in values(th, arr).into_iter().enumerate() {
        if ops::eq_bool(th, x, a.pos[1])? {
            return Ok(th.new_int(i as i64));
        }
    }
    Err(th.value_error("array.index(x): x not in array".into()))
}

fn array_reverse(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    let n = itemsize(arr.code);
    let d = arr.data.borrow().clone();
    let out: Vec<u8> = d.chunks(n).rev().flatten().copied().collect();
    *arr.data.borrow_mut() = out;
    Ok(g().none)
}

fn array_typecode(th: &Thread, a: Args) -> PyResult<Value> {
    let arr = this(th, &a)?;
    Ok(th.new_string(arr.code.to_string()))
}

fn array_itemsize(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(itemsize(this(th, &a)?.code) as i64))
}

/// `array('h', [1, 2])`, or `array('h')` when empty.
pub fn array_repr(th: &Thread, v: Value) -> PyResult<Option<String>> {
    let Some(arr) = as_array(v) else {
        return Ok(None);
    };
    if count(arr) == 0 {
        return Ok(Some(format!("array('{}')", arr.code)));
    }
    let l = th.new_list(values(th, arr));
    Ok(Some(format!(
        "array('{}', {})",
        arr.code,
        ops::repr(th, l)?
    )))
}

// --- Installation ---

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    let t: Gc<TypeObj> = crate::objects::type_::new_builtin_type(
        th,
        "array",
        Some(types().object),
        meta_for::<Array>(),
        false,
    );
    make_permanent(t);
    t.flags.set(t.flags.get() | tflags::HEAPTYPE);
    *t.module.borrow_mut() = "array".into();
    ARRAY_TYPE.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert("array.array", t);
    crate::objects::add_fn(th, t, "array", "__new__", array_new, Binding::Static);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__len__", array_len),
        ("__iter__", array_iter),
        ("__contains__", array_contains),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("append", array_append),
        ("extend", array_extend),
        ("insert", array_insert),
        ("pop", array_pop),
        ("tobytes", array_tobytes),
        ("frombytes", array_frombytes),
        ("tolist", array_tolist),
        ("fromlist", array_fromlist),
        ("count", array_count),
        ("index", array_index),
        ("reverse", array_reverse),
    ];
    crate::objects::add_methods(th, t, "array", methods);
    crate::objects::add_fn(th, t, "array", "typecode", array_typecode, Binding::Getter);
    crate::objects::add_fn(th, t, "array", "itemsize", array_itemsize, Binding::Getter);
    let k = th.new_str("array");
    crate::objects::type_::set_attr_str(th, t, "__module__", k);
    let none = g().none;
    crate::objects::type_::set_attr_str(th, t, "__hash__", none);
    crate::objects::dict::set_item_str(th, m.dict, th.intern_static("array"), t.value());
    crate::objects::dict::set_item_str(th, m.dict, th.intern_static("ArrayType"), t.value());
    crate::objects::dict::set_item_str(
        th,
        m.dict,
        th.intern_static("typecodes"),
        th.new_str("bBuhHiIlLqQfd"),
    );
    Ok(())
}
