//! `memoryview`: a view of the bytes of a `bytes` or `bytearray` object
//! without copying them (CPython's `Objects/memoryobject.c`, reduced).
//!
//! A view is `(obj, start, step, len)`: item `i` is byte
//! `start + i * step` of `obj`'s data.  Slicing a view makes a new view of
//! the same object, so writes through any of them reach the `bytearray`.
//! Only the one-dimensional unsigned-byte format `'B'` exists (what the
//! builtin byte strings export); `cast` and other formats are not there yet.
//! Exports are not counted, so a `bytearray` may still be resized while a
//! view exists: an access past its current end raises IndexError instead
//! of CPython's BufferError at resize time.
//!
//! Like `types.GenericAlias`, the type is a `Kind::Native` payload flagged
//! as a heap type, so `ops` finds `__getitem__`, `__len__`, `__eq__` ... in
//! its dict.  `bytes_data` reads a view as bytes, which makes a view
//! usable wherever a bytes-like object is accepted.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::{AtomicCell, Gc, Kind, PyPayload, make_permanent, meta_for};
use crate::objects::bytes::{ByteArray, Bytes};
use crate::objects::function::{Binding, NativeFn};
use crate::objects::int;
use crate::objects::slice::Slice;
use crate::objects::type_::{TypeObj, tflags, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

pub struct MemoryView {
    /// The exporting `bytes` or `bytearray`.
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: AtomicCell<bool>,
}

impl PyPayload for MemoryView {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.obj.bits());
    }
}

static MEMORYVIEW_TYPE: AtomicU64 = AtomicU64::new(0);

pub fn as_memoryview(v: Value) -> Option<Gc<MemoryView>> {
    (v.is_kind(Kind::Native)
        && type_of(v).value().bits() == MEMORYVIEW_TYPE.load(Ordering::Relaxed))
    .then(|| v.as_gc_unchecked())
}

/// The bytes a view shows (a copy), or None for a released view.
pub fn view_bytes(m: Gc<MemoryView>) -> Option<Vec<u8>> {
    if m.released.get() {
        return None;
    }
    let pick = |d: &[u8]| -> Vec<u8> {
        (0..m.len)
            .filter_map(|i| d.get(byte_pos(m, i)).copied())
            .collect()
    };
    if let Some(b) = m.obj.downcast::<Bytes>() {
        return Some(pick(&b.b));
    }
    m.obj.downcast::<ByteArray>().map(|b| pick(&b.b.borrow()))
}

fn byte_pos(m: Gc<MemoryView>, i: usize) -> usize {
    (m.start as isize + i as isize * m.step) as usize
}

fn new_view(
    th: &Thread,
    obj: Value,
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
) -> Value {
    let ty = types().extra.borrow().get("memoryview").copied();
    let ty = ty.expect("memoryview is installed at startup");
    th.alloc(
        ty,
        MemoryView {
            obj,
            start,
            step,
            len,
            readonly,
            released: AtomicCell::new(false),
        },
    )
    .value()
}

fn this(th: &Thread, a: &Args) -> PyResult<Gc<MemoryView>> {
    let m = a
        .pos
        .first()
        .and_then(|v| as_memoryview(*v))
        .ok_or_else(|| th.type_error("descriptor requires a 'memoryview' object".into()))?;
    if m.released.get() {
        return Err(th.value_error("operation forbidden on released memoryview object".into()));
    }
    Ok(m)
}

// --- Construction ---

fn mv_new(th: &Thread, a: Args) -> PyResult<Value> {
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given != 1 {
        return Err(th.type_error(format!(
            "memoryview() takes exactly 1 argument ({given} given)"
        )));
    }
    let obj = a.get(1, "object").ok_or_else(|| {
        th.type_error("memoryview() missing required argument 'object' (pos 1)".into())
    })?;
    if let Some(m) = as_memoryview(obj) {
        if m.released.get() {
            return Err(th.value_error("operation forbidden on released memoryview object".into()));
        }
        return Ok(new_view(th, m.obj, m.start, m.step, m.len, m.readonly));
    }
    if let Some(b) = obj.downcast::<Bytes>() {
        return Ok(new_view(th, obj, 0, 1, b.b.len(), true));
    }
    if let Some(b) = obj.downcast::<ByteArray>() {
        let n = b.b.borrow().len();
        return Ok(new_view(th, obj, 0, 1, n, false));
    }
    Err(th.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(obj)
    )))
}

// --- Items ---

fn item_index(th: &Thread, m: Gc<MemoryView>, k: Value) -> PyResult<usize> {
    let i = int::to_i64(ops::index(th, k)?).unwrap_or(i64::MAX);
    let j = if i < 0 { i + m.len as i64 } else { i };
    if j < 0 || j >= m.len as i64 {
        return Err(th.index_error("index out of bounds on dimension 1".into()));
    }
    Ok(j as usize)
}

fn is_index(th: &Thread, k: Value) -> bool {
    int::is_int(k)
        || crate::objects::type_::lookup(type_of(k), th.intern_static("__index__")).is_some()
}

fn mv_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__getitem__", 2, 2)?;
    let m = this(th, &a)?;
    let k = a.pos[1];
    if let Some(s) = k.downcast::<Slice>() {
        let (start, _, step, count) = crate::builtins_types::slice_indices(th, s, m.len as isize)?;
        let first = if count == 0 {
            m.start
        } else {
            byte_pos(m, start as usize)
        };
        return Ok(new_view(th, m.obj, first, m.step * step, count, m.readonly));
    }
    if !is_index(th, k) {
        return Err(th.type_error("memoryview: invalid slice key".into()));
    }
    let i = item_index(th, m, k)?;
    let data = view_bytes(m).unwrap_or_default();
    match data.get(i) {
        Some(b) => Ok(Value::small(*b as i64)),
        None => Err(th.index_error("index out of bounds on dimension 1".into())),
    }
}

fn mv_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__setitem__", 3, 3)?;
    let m = this(th, &a)?;
    if m.readonly {
        return Err(th.type_error("cannot modify read-only memory".into()));
    }
    let (k, v) = (a.pos[1], a.pos[2]);
    let Some(ba) = m.obj.downcast::<ByteArray>() else {
        return Err(th.type_error("cannot modify read-only memory".into()));
    };
    // Positions to write and the bytes to write there.
    let (positions, values): (Vec<usize>, Vec<u8>) = if let Some(s) = k.downcast::<Slice>() {
        let (start, _, step, count) = crate::builtins_types::slice_indices(th, s, m.len as isize)?;
        let src = crate::objects::bytes::bytes_data(v).ok_or_else(|| {
            th.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(v)
            ))
        })?;
        if src.len() != count {
            return Err(th.value_error(
                "memoryview assignment: lvalue and rvalue have different structures".into(),
            ));
        }
        let pos = (0..count)
            .map(|j| byte_pos(m, (start + j as isize * step) as usize))
            .collect();
        (pos, src)
    } else if is_index(th, k) {
        let i = item_index(th, m, k)?;
        if !int::is_int(v) {
            return Err(th.type_error("memoryview: invalid type for format 'B'".into()));
        }
        let b = int::to_i64(v)
            .filter(|x| (0..=255).contains(x))
            .ok_or_else(|| th.value_error("memoryview: invalid value for format 'B'".into()))?;
        (vec![byte_pos(m, i)], vec![b as u8])
    } else {
        return Err(th.type_error("memoryview: invalid slice key".into()));
    };
    let mut data = ba.b.borrow_mut();
    if positions.iter().any(|p| *p >= data.len()) {
        return Err(th.index_error("index out of bounds on dimension 1".into()));
    }
    for (p, b) in positions.into_iter().zip(values) {
        data[p] = b;
    }
    Ok(g().none)
}

fn mv_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Err(th.type_error("cannot delete memory".into()))
}

fn mv_len(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(th.new_int(m.len as i64))
}

fn mv_iter(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::Memory,
        crate::objects::iter::IterState::Index {
            seq: a.pos[0],
            i: 0,
        },
    ))
}

// --- Comparison and hashing ---

fn mv_eq(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__eq__", 2, 2)?;
    let (x, y) = (a.pos[0], a.pos[1]);
    let m = as_memoryview(x).ok_or_else(|| th.type_error("__eq__ needs a memoryview".into()))?;
    if x == y {
        return Ok(g().true_);
    }
    if m.released.get() || as_memoryview(y).is_some_and(|o| o.released.get()) {
        return Ok(g().false_);
    }
    match crate::objects::bytes::bytes_data(y) {
        Some(other) => Ok(th.bool_val(view_bytes(m).unwrap_or_default() == other)),
        None => Ok(g().not_implemented),
    }
}

fn mv_ne(th: &Thread, a: Args) -> PyResult<Value> {
    let r = mv_eq(th, a)?;
    if r == g().not_implemented {
        return Ok(r);
    }
    Ok(th.bool_val(r == g().false_))
}

fn mv_hash(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    if !m.readonly {
        return Err(th.value_error("cannot hash writable memoryview object".into()));
    }
    let b = view_bytes(m).unwrap_or_default();
    Ok(th.new_int(crate::objects::str::hash_bytes(&b)))
}

// --- Methods ---

fn mv_tobytes(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(crate::objects::bytes::new_bytes(
        th,
        view_bytes(m).unwrap_or_default(),
    ))
}

fn mv_tolist(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    let items = view_bytes(m)
        .unwrap_or_default()
        .into_iter()
        .map(|b| Value::small(b as i64))
        .collect();
    Ok(th.new_list(items))
}

/// `hex(sep=..., bytes_per_sep=...)`: as `bytes.hex` of the viewed bytes.
fn mv_hex(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    let b = crate::objects::bytes::new_bytes(th, view_bytes(m).unwrap_or_default());
    let f = ops::getattr_str(th, b, "hex")?;
    ops::call_with(th, f, a.with_pos(&a.pos[1..]))
}

fn mv_release(th: &Thread, a: Args) -> PyResult<Value> {
    if let Some(m) = a.pos.first().and_then(|v| as_memoryview(*v)) {
        m.released.set(true);
        return Ok(g().none);
    }
    Err(th.type_error("descriptor requires a 'memoryview' object".into()))
}

fn mv_enter(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(a.pos[0])
}

fn mv_toreadonly(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(new_view(th, m.obj, m.start, m.step, m.len, true))
}

// --- Attributes ---

fn get_obj(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, &a)?.obj)
}
fn get_nbytes(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_int(this(th, &a)?.len as i64))
}
fn get_readonly(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.bool_val(this(th, &a)?.readonly))
}
fn get_itemsize(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(Value::small(1))
}
fn get_format(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(th.new_str("B"))
}
fn get_ndim(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(Value::small(1))
}
fn get_shape(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(th.new_tuple_from(&[th.new_int(m.len as i64)]))
}
fn get_strides(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(th.new_tuple_from(&[th.new_int(m.step as i64)]))
}
fn get_suboffsets(th: &Thread, a: Args) -> PyResult<Value> {
    this(th, &a)?;
    Ok(g().empty_tuple)
}
fn get_contiguous(th: &Thread, a: Args) -> PyResult<Value> {
    let m = this(th, &a)?;
    Ok(th.bool_val(m.step == 1 || m.len <= 1))
}
/// `<memory at 0x...>` or `<released memory at 0x...>`.
pub fn memoryview_repr(v: Value, m: Gc<MemoryView>) -> String {
    if m.released.get() {
        format!("<released memory at {:#x}>", v.bits())
    } else {
        format!("<memory at {:#x}>", v.bits())
    }
}

// --- Installation ---

pub fn install(th: &Thread) {
    let t = crate::objects::type_::new_builtin_type(
        th,
        "memoryview",
        Some(types().object),
        meta_for::<MemoryView>(),
        false,
    );
    make_permanent(t);
    t.flags.set(t.flags.get() | tflags::HEAPTYPE);
    MEMORYVIEW_TYPE.store(t.value().bits(), Ordering::Relaxed);
    types().extra.borrow_mut().insert("memoryview", t);
    crate::objects::add_fn(th, t, "memoryview", "__new__", mv_new, Binding::Static);
    crate::objects::add_methods(
        th,
        t,
        "memoryview",
        &[
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__delitem__", mv_delitem),
            ("__len__", mv_len),
            ("__iter__", mv_iter),
            ("__eq__", mv_eq),
            ("__ne__", mv_ne),
            ("__hash__", mv_hash),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("release", mv_release),
            ("__enter__", mv_enter),
            ("__exit__", mv_release),
            ("toreadonly", mv_toreadonly),
        ],
    );
    let getters: &[(&'static str, NativeFn)] = &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("contiguous", get_contiguous),
        ("c_contiguous", get_contiguous),
        ("f_contiguous", get_contiguous),
    ];
    for (n, f) in getters {
        crate::objects::add_fn(th, t, "memoryview", n, *f, Binding::Getter);
    }
    let b = g().builtins;
    crate::objects::dict::set_item_str(th, b, th.intern_static("memoryview"), t.value());
}

pub fn memoryview_type() -> Option<Gc<TypeObj>> {
    types().extra.borrow().get("memoryview").copied()
}
