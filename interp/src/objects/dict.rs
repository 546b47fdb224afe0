//! `dict`: an insertion-ordered hash table (the compact layout of CPython 3.6+
//! and PyPy): a dense `entries` array in insertion order and a sparse `index`
//! table of entry positions probed by hash.
//!
//! ```text
//!  index:   [ -  3  -  0  -  1  -  2 ]        u32: entry position + 1, 0 = empty
//!  entries: [ (h,k0,v0) (h,k1,v1) (h,k2,v2) (h,k3,v3) ]   deleted entries have key NULL
//! ```
//!
//! Key comparison runs Python code (`__eq__`) only for keys that are not
//! builtin immutables; while it runs the table is not borrowed, and the probe
//! restarts if the dict changed meanwhile.  `keys_version` changes whenever an
//! entry's position can change (insertion of a new key, deletion, rebuild), so
//! the interpreter's global-variable cache can keep an entry position.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::Tracer;

use crate::layout::shared::DictView;
use crate::layout::{Gc, Kind, PyCell, PyPayload, SharedVec};
use crate::objects::dict;
use crate::ops;
use crate::runtime::{Args, g};
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Other threads read the table without the lock (`layout::shared`), so
/// both arrays are `SharedVec`s.
pub struct DictInner {
    pub entries: SharedVec<Entry>,
    pub(crate) index: SharedVec<u32>,
    pub len: usize,
}

pub struct Dict {
    pub inner: PyCell<DictInner>,
    pub keys_version: crate::layout::AtomicCell<u64>,
    /// Module namespaces only (0 in every other dict): a new version at
    /// every write, of keys or values.  LOAD_GLOBAL caches a global's value
    /// with it and then reads neither the dict nor its lock while it holds,
    /// so threads running the same module do not all write the globals
    /// dict's lock word.  Bumped under the exclusive lock, like
    /// `keys_version`.
    pub values_version: crate::layout::AtomicCell<u64>,
}

impl Dict {
    /// Records a change of the keys (and so of the values).
    #[inline]
    fn keys_changed(&self) {
        self.keys_version.set(next_version());
        self.values_changed();
    }

    /// Records a change of the values of a module namespace.
    #[inline]
    fn values_changed(&self) {
        if self.values_version.get() != 0 {
            self.values_version.set(next_version());
        }
    }
}

static VERSION: AtomicU64 = AtomicU64::new(1);

/// Versions are taken from the global counter in blocks, one block per
/// thread at a time, so threads that insert keys do not all write one
/// shared counter; every version is still unique across dicts.
const VERSION_BLOCK: u64 = 1 << 16;

thread_local! {
    static VERSIONS: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
}

fn next_version() -> u64 {
    VERSIONS.with(|c| {
        let (mut next, mut end) = c.get();
        if next == end {
            next = VERSION.fetch_add(VERSION_BLOCK, Ordering::Relaxed);
            end = next + VERSION_BLOCK;
        }
        c.set((next + 1, end));
        next
    })
}

impl PyPayload for Dict {
    const KIND: Kind = Kind::Dict;
    fn trace(&self, t: &mut Tracer) {
        for e in self.inner.gc_peek().entries.iter() {
            t.mark(e.key.bits());
            t.mark(e.value.bits());
        }
    }
}

impl DictInner {
    pub fn new() -> DictInner {
        DictInner {
            entries: SharedVec::new(),
            index: SharedVec::new(),
            len: 0,
        }
    }

    fn mask(&self) -> usize {
        self.index.len() - 1
    }

    /// Rebuilds the index with room for `n` entries, dropping deleted ones.
    fn rebuild(&mut self, n: usize) {
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size * 2 < n * 3 {
            size *= 2;
        }
        self.index = vec![0; size].into();
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut j = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.index[j] != 0 {
                perturb >>= 5;
                j = (j * 5 + 1 + perturb as usize) & mask;
            }
            self.index[j] = i as u32 + 1;
        }
    }

    /// Probes for `key` comparing with `eq` (pure comparisons only).
    fn find_pure(&self, hash: i64, key: Value, eq: impl Fn(Value, Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut j = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.index[j];
            if ix == 0 {
                return None;
            }
            let e = &self.entries[ix as usize - 1];
            if e.key == key || (e.hash == hash && !e.key.is_null() && eq(e.key, key)) {
                return Some(ix as usize - 1);
            }
            perturb >>= 5;
            j = (j * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Probes for `key` with the comparisons that run no Python code:
    /// `Some(position)` / `Some(None)` when that decides, `None` when an
    /// entry with an equal hash needs `__eq__`.
    fn probe(&self, hash: i64, key: Value) -> Option<Option<usize>> {
        if self.index.is_empty() {
            return Some(None);
        }
        let mask = self.mask();
        let mut j = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.index[j];
            if ix == 0 {
                return Some(None);
            }
            let e = &self.entries[ix as usize - 1];
            if e.key == key {
                return Some(Some(ix as usize - 1));
            }
            if e.hash == hash && !e.key.is_null() {
                match ops::eq_pure(e.key, key) {
                    Some(true) => return Some(Some(ix as usize - 1)),
                    Some(false) => {}
                    None => return None,
                }
            }
            perturb >>= 5;
            j = (j * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Inserts a new entry (the key is known to be absent).
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.index.is_empty() || (self.entries.len() + 1) * 3 > self.index.len() * 2 {
            let n = self.len + 1;
            self.rebuild(n.max(self.len * 2));
        }
        let mask = self.mask();
        let mut j = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.index[j] != 0 {
            perturb >>= 5;
            j = (j * 5 + 1 + perturb as usize) & mask;
        }
        self.entries.push(Entry { hash, key, value });
        self.index[j] = self.entries.len() as u32;
        self.len += 1;
    }

    fn remove_at(&mut self, i: usize) -> Entry {
        let e = self.entries[i];
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.len -= 1;
        // The deleted entry stays a tombstone (iterators keep positions);
        // the next rebuild drops it.
        e
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
}

pub fn new_dict(th: &Thread) -> Gc<Dict> {
    th.alloc(
        types().dict,
        Dict {
            inner: PyCell::new(DictInner::new()),
            keys_version: crate::layout::AtomicCell::new(next_version()),
            values_version: crate::layout::AtomicCell::new(0),
        },
    )
}

/// A module namespace: a dict whose every write changes `values_version`.
pub fn new_namespace_dict(th: &Thread) -> Gc<Dict> {
    let d = new_dict(th);
    make_namespace(d);
    d
}

/// Makes `d` a module namespace (see `Dict::values_version`).
pub fn make_namespace(d: Gc<Dict>) {
    let _lock = d.inner.borrow_mut();
    if d.values_version.get() == 0 {
        d.values_version.set(next_version());
    }
}

pub fn new_dict_payload() -> Dict {
    Dict {
        inner: PyCell::new(DictInner::new()),
        keys_version: crate::layout::AtomicCell::new(next_version()),
        values_version: crate::layout::AtomicCell::new(0),
    }
}

// --- Lookup on a view of the table (`PyCell::read`) ---

/// The most probes a lookup on a view makes in an index of `n` slots.  The
/// perturbation (64 bits, shifted right by 5 before each step) is zero
/// after 13 steps; from then on `j -> 5j + 1 (mod n)` visits every slot
/// within `n` steps, and an index is never more than 2/3 full, so a
/// consistent view finds its key or an empty slot within `n + 13` probes.
/// (Bounded by `n` alone, a lookup missed keys that were there: after 174
/// insertions and deletions of `attr_N` keys, `"attr_174" in d` was false
/// with the key in an index of 8 slots.)  The bound only stops the probe of
/// a torn view.
#[inline]
fn view_probe_limit(n: usize) -> usize {
    n + 13
}

/// `DictInner::probe` on a view: `Some(entry)` / `Some(None)` when the
/// comparisons that run no Python code decide, `None` when an entry needs
/// `__eq__`.  On a torn view (one an optimistic read will discard) it may
/// answer anything but stays in bounds and stops.
#[inline]
fn probe_view(v: &DictView, hash: i64, key: Value) -> Option<Option<Entry>> {
    let n = v.index.len();
    if n == 0 {
        return Some(None);
    }
    let mask = n - 1;
    let mut j = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    for _ in 0..view_probe_limit(n) {
        let ix = v.index.get(j)? as usize;
        if ix == 0 {
            return Some(None);
        }
        let e = v.entries.get(ix - 1)?;
        if e.key == key {
            return Some(Some(e));
        }
        if e.hash == hash && !e.key.is_null() {
            match ops::eq_pure(e.key, key) {
                Some(true) => return Some(Some(e)),
                Some(false) => {}
                None => return None,
            }
        }
        perturb >>= 5;
        j = (j * 5 + 1 + perturb as usize) & mask;
    }
    None
}

/// `probe_view` for a str key (str keys compare by content).
#[inline]
fn find_str_view(v: &DictView, hash: i64, key: Value) -> Option<(usize, Entry)> {
    let n = v.index.len();
    let mask = n.wrapping_sub(1);
    let mut j = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    for _ in 0..view_probe_limit(n) {
        let ix = v.index.get(j)? as usize;
        if ix == 0 {
            return None;
        }
        let e = v.entries.get(ix - 1)?;
        if e.key == key
            || (e.hash == hash && !e.key.is_null() && crate::objects::str::str_eq_any(e.key, key))
        {
            return Some((ix - 1, e));
        }
        perturb >>= 5;
        j = (j * 5 + 1 + perturb as usize) & mask;
    }
    None
}

// --- Lookup with str keys (no Python code runs) ---

/// Looks up a str key.  Str keys compare by content, never calling Python.
pub fn get_str(d: Gc<Dict>, key: Value) -> Option<Value> {
    let h = crate::objects::str::str_hash(key);
    d.inner
        .read(|v| find_str_view(v, h, key).map(|(_, e)| e.value))
}

/// Looks up an interned str key, trying entry position `hint` first (the
/// position the key had in another dict of the same shape, e.g. the
/// instance dict of another object of the same class).  Returns the value
/// and the key's actual position.
// Always: the attribute caches of `eval::run` and of `tier`'s runtime
// functions both use it; not inlined, `run` lost 5% on richards.
#[inline(always)]
pub fn get_str_hinted(d: Gc<Dict>, key: Value, hint: usize) -> Option<(Value, usize)> {
    d.inner.read(|v| {
        if let Some(e) = v.entries.get(hint)
            && e.key == key
        {
            return Some((e.value, hint));
        }
        let h = crate::objects::str::str_hash(key);
        find_str_view(v, h, key).map(|(i, e)| (e.value, i))
    })
}

/// Stores under a str key, trying entry position `hint` first; returns the
/// key's position.
// Always: the attribute caches of `eval::run` and of `tier`'s runtime
// functions both use it; not inlined, `run` lost 5% on richards.
#[inline(always)]
pub fn set_str_hinted(d: Gc<Dict>, key: Value, value: Value, hint: usize) -> usize {
    // A plain `borrow_mut`, not `PyCell::update`: this is inlined into the
    // interpreter loop, where the larger `update` code made the register
    // allocator keep the program counter on the stack (fib 25: +5%
    // instructions, from the dispatch of every opcode).
    let mut inner = d.inner.borrow_mut();
    if let Some(e) = inner.entries.get_mut(hint)
        && e.key == key
    {
        e.value = value;
        d.values_changed();
        return hint;
    }
    let h = crate::objects::str::str_hash(key);
    if let Some(i) = inner.find_pure(h, key, crate::objects::str::str_eq_any) {
        inner.entries[i].value = value;
        d.values_changed();
        return i;
    }
    inner.insert_new(h, key, value);
    let i = inner.entries.len() - 1;
    // Bumped while the table is held, so a reader that checks the version
    // under the lock sees positions and version agree.
    d.keys_changed();
    i
}

/// Position of a str key in `entries` and the keys version it holds for
/// (read together under the lock), for caches.
pub fn index_of_str(d: Gc<Dict>, key: Value) -> (Option<usize>, u64) {
    let h = crate::objects::str::str_hash(key);
    let inner = d.inner.borrow();
    (
        inner.find_pure(h, key, crate::objects::str::str_eq_any),
        d.keys_version.get(),
    )
}

/// Value at entry position `i` if the dict's keys are still at `version`
/// (checked under the lock: positions and version change together), else
/// NULL.  For caches that remember a position.
#[inline]
pub fn value_at_version(d: Gc<Dict>, i: usize, version: u64) -> Value {
    d.inner.read(|v| {
        if d.keys_version.get() != version {
            return Value::NULL;
        }
        v.entries.get(i).map(|e| e.value).unwrap_or(Value::NULL)
    })
}

/// For caches that keep a global's value: the value at position `i` and the
/// dict's `values_version`, read together, if the keys are still at
/// `version`; else NULL.
#[inline]
pub fn value_and_values_version(d: Gc<Dict>, i: usize, version: u64) -> (Value, u64) {
    d.inner.read(|v| {
        if d.keys_version.get() != version {
            return (Value::NULL, 0);
        }
        let value = v.entries.get(i).map(|e| e.value).unwrap_or(Value::NULL);
        (value, d.values_version.get())
    })
}

/// Value at entry position `i` (NULL if deleted or out of range).
#[inline]
pub fn value_at(d: Gc<Dict>, i: usize) -> Value {
    d.inner
        .read(|v| v.entries.get(i).map(|e| e.value))
        .unwrap_or(Value::NULL)
}

pub fn set_item_str(th: &Thread, d: Gc<Dict>, key: Value, value: Value) {
    let _ = th;
    let h = crate::objects::str::str_hash(key);
    d.inner.update(|inner| {
        if let Some(i) = inner.find_pure(h, key, crate::objects::str::str_eq_any) {
            inner.entries[i].value = value;
            d.values_changed();
            return;
        }
        inner.insert_new(h, key, value);
        d.keys_changed();
    })
}

pub fn del_str(d: Gc<Dict>, key: Value) -> bool {
    let h = crate::objects::str::str_hash(key);
    let mut inner = d.inner.borrow_mut();
    if let Some(i) = inner.find_pure(h, key, crate::objects::str::str_eq_any) {
        inner.remove_at(i);
        d.keys_changed();
        return true;
    }
    false
}

// --- General lookup ---

/// Finds the entry position of `key`, running `__eq__` where needed.
/// The table is not borrowed while `__eq__` runs; if the keys changed
/// meanwhile (`keys_version`), the probe starts again, as CPython's does.
fn find(th: &Thread, d: Gc<Dict>, hash: i64, key: Value) -> PyResult<Option<usize>> {
    'restart: loop {
        let version = d.keys_version.get();
        let mask = {
            let inner = d.inner.borrow();
            if inner.index.is_empty() {
                return Ok(None);
            }
            inner.mask()
        };
        let mut j = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let (ix, e) = {
                let inner = d.inner.borrow();
                let Some(&ix) = inner.index.get(j) else {
                    continue 'restart;
                };
                if ix == 0 {
                    return Ok(None);
                }
                match inner.entries.get(ix as usize - 1) {
                    Some(e) => (ix as usize - 1, *e),
                    None => continue 'restart,
                }
            };
            if e.key == key {
                return Ok(Some(ix));
            }
            if e.hash == hash && !e.key.is_null() {
                match ops::eq_pure(e.key, key) {
                    Some(true) => return Ok(Some(ix)),
                    Some(false) => {}
                    None => {
                        let eq = ops::eq_bool(th, e.key, key)?;
                        if d.keys_version.get() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(ix));
                        }
                    }
                }
            }
            perturb >>= 5;
            j = (j * 5 + 1 + perturb as usize) & mask;
        }
    }
}

/// Runs `f` on the table, under its exclusive lock, with the position of
/// `key` (None if absent).  When finding it needs a Python `__eq__`, the
/// lookup runs without the lock and `f` runs only if no key was added or
/// removed meanwhile (else everything starts again), so a key is never
/// inserted twice or removed at a stale position, even with other threads
/// mutating the dict.  `f` returns whether it changed the keys.
fn with_entry<R>(
    th: &Thread,
    d: Gc<Dict>,
    hash: i64,
    key: Value,
    f: impl FnOnce(&mut DictInner, Option<usize>) -> (R, bool),
) -> PyResult<R> {
    let mut f = Some(f);
    loop {
        // The owner of a biased table changes it in place (`PyCell::update`:
        // the probe and `f` run no Python code and allocate no object).
        let version = d.inner.update(|inner| match inner.probe(hash, key) {
            Some(pos) => {
                let (r, changed) = (f.take().expect("once"))(inner, pos);
                if changed {
                    d.keys_changed();
                } else {
                    d.values_changed();
                }
                Ok(r)
            }
            None => Err(d.keys_version.get()),
        });
        let version = match version {
            Ok(r) => return Ok(r),
            Err(v) => v,
        };
        let pos = find(th, d, hash, key)?;
        let mut inner = d.inner.borrow_mut();
        if d.keys_version.get() == version {
            let (r, changed) = (f.take().expect("once"))(&mut inner, pos);
            if changed {
                d.keys_changed();
            } else {
                d.values_changed();
            }
            return Ok(r);
        }
    }
}

pub fn get_item_hashed(th: &Thread, d: Gc<Dict>, key: Value, hash: i64) -> PyResult<Option<Value>> {
    if let Some(r) = d.inner.read(|v| probe_view(v, hash, key)) {
        return Ok(r.map(|e| e.value));
    }
    loop {
        let version = {
            let inner = d.inner.borrow();
            if let Some(pos) = inner.probe(hash, key) {
                return Ok(pos.map(|i| inner.entries[i].value));
            }
            d.keys_version.get()
        };
        let pos = find(th, d, hash, key)?;
        let inner = d.inner.borrow();
        if d.keys_version.get() == version {
            return Ok(pos.map(|i| inner.entries[i].value));
        }
    }
}

/// d[key] if present.
pub fn get_item(th: &Thread, d: Gc<Dict>, key: Value) -> PyResult<Option<Value>> {
    if key.is_kind(Kind::Str) {
        return Ok(get_str(d, key));
    }
    let h = ops::hash(th, key)?;
    get_item_hashed(th, d, key, h)
}

pub fn set_item_hashed(
    th: &Thread,
    d: Gc<Dict>,
    key: Value,
    hash: i64,
    value: Value,
) -> PyResult<()> {
    with_entry(th, d, hash, key, |inner, pos| match pos {
        Some(i) => {
            inner.entries[i].value = value;
            ((), false)
        }
        None => {
            inner.insert_new(hash, key, value);
            ((), true)
        }
    })
}

pub fn set_item(th: &Thread, d: Gc<Dict>, key: Value, value: Value) -> PyResult<()> {
    if key.is_kind(Kind::Str) {
        set_item_str(th, d, key, value);
        return Ok(());
    }
    let h = ops::hash(th, key)?;
    set_item_hashed(th, d, key, h, value)
}

/// `d.setdefault(key, default)` as one atomic step: the value found, or
/// `default` inserted.
pub fn setdefault(th: &Thread, d: Gc<Dict>, key: Value, default: Value) -> PyResult<Value> {
    let h = if key.is_kind(Kind::Str) {
        crate::objects::str::str_hash(key)
    } else {
        ops::hash(th, key)?
    };
    with_entry(th, d, h, key, |inner, pos| match pos {
        Some(i) => (inner.entries[i].value, false),
        None => {
            inner.insert_new(h, key, default);
            (default, true)
        }
    })
}

/// Removes `key`; returns its value if it was present.
pub fn pop_item(th: &Thread, d: Gc<Dict>, key: Value) -> PyResult<Option<Value>> {
    let h = ops::hash(th, key)?;
    with_entry(th, d, h, key, |inner, pos| match pos {
        Some(i) => (Some(inner.remove_at(i).value), true),
        None => (None, false),
    })
}

pub fn contains(th: &Thread, d: Gc<Dict>, key: Value) -> PyResult<bool> {
    Ok(get_item(th, d, key)?.is_some())
}

pub fn len(d: Gc<Dict>) -> usize {
    d.inner.read(|v| v.len)
}

pub fn clear(d: Gc<Dict>) {
    let mut inner = d.inner.borrow_mut();
    *inner = DictInner::new();
    d.keys_changed();
}

/// Snapshot of the items.
pub fn items_vec(d: Gc<Dict>) -> Vec<(Value, Value)> {
    d.inner.borrow().iter().map(|e| (e.key, e.value)).collect()
}

pub fn keys_vec(d: Gc<Dict>) -> Vec<Value> {
    d.inner.borrow().iter().map(|e| e.key).collect()
}

/// dst.update(src) for a dict src.
pub fn update(th: &Thread, dst: Gc<Dict>, src: Gc<Dict>) -> PyResult<()> {
    let entries: Vec<Entry> = src.inner.borrow().iter().copied().collect();
    for e in entries {
        set_item_hashed(th, dst, e.key, e.hash, e.value)?;
    }
    Ok(())
}

/// A shallow copy.
pub fn copy(th: &Thread, d: Gc<Dict>) -> Gc<Dict> {
    let n = new_dict(th);
    {
        let src = d.inner.borrow();
        let mut inner = n.inner.borrow_mut();
        for e in src.iter() {
            inner.insert_new(e.hash, e.key, e.value);
        }
    }
    n
}

/// Replaces the contents of `dst` by the entries of `src` (with `value`
/// for every key when given).  The keys of `src` are distinct, so no key
/// comparison (and no Python code) runs.
pub fn assign_from(dst: Gc<Dict>, src: Gc<Dict>, value: Option<Value>) {
    if dst.value() == src.value() {
        return;
    }
    let entries: Vec<Entry> = src.inner.borrow().iter().copied().collect();
    let mut inner = dst.inner.borrow_mut();
    *inner = DictInner::new();
    for e in entries {
        inner.insert_new(e.hash, e.key, value.unwrap_or(e.value));
    }
    dst.keys_changed();
}

/// Entry at position `i` or later that is live: (next position, key, value).
pub fn next_entry(d: Gc<Dict>, i: usize) -> Option<(usize, Value, Value)> {
    d.inner.read(|v| {
        let mut i = i;
        while let Some(e) = v.entries.get(i) {
            if !e.key.is_null() {
                return Some((i + 1, e.key, e.value));
            }
            i += 1;
        }
        None
    })
}

/// The live entry just before position `i` (the end when `i` is past it):
/// (its position, key, value).  Reversed iteration walks down with it.
pub fn prev_entry(d: Gc<Dict>, i: usize) -> Option<(usize, Value, Value)> {
    let inner = d.inner.borrow();
    let mut i = i.min(inner.entries.len());
    while i > 0 {
        i -= 1;
        let e = inner.entries[i];
        if !e.key.is_null() {
            return Some((i, e.key, e.value));
        }
    }
    None
}

/// Removes and returns the last item.
pub fn popitem(d: Gc<Dict>) -> Option<(Value, Value)> {
    let mut inner = d.inner.borrow_mut();
    let i = inner.entries.iter().rposition(|e| !e.key.is_null())?;
    let e = inner.remove_at(i);
    d.keys_changed();
    Some((e.key, e.value))
}

// --- Methods ---

/// Installs the methods of `dict`.
pub fn install(th: &Thread) {
    let t = types().dict;
    crate::objects::add_methods(
        th,
        t,
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
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
            ("__len__", dict_len),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq),
            ("__ne__", dict_ne),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
        ],
    );
    crate::objects::add_fn(
        th,
        t,
        "dict",
        "fromkeys",
        dict_fromkeys,
        crate::objects::function::Binding::Class,
    );
    crate::objects::type_::set_attr_str(th, t, "__hash__", g().none);
}

use crate::objects::list::arity;

fn this_dict(th: &Thread, v: Value) -> PyResult<Gc<Dict>> {
    v.downcast::<Dict>().ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            crate::objects::type_::type_name(v)
        ))
    })
}

fn dict_get(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "get", 1, 2)?;
    Ok(dict::get_item(th, this_dict(th, a.pos[0])?, a.pos[1])?
        .unwrap_or(a.pos.get(2).copied().unwrap_or(g().none)))
}

fn view(
    th: &Thread,
    a: &Args,
    name: &str,
    which: crate::objects::iter::IterKind,
    ty: Gc<crate::objects::type_::TypeObj>,
) -> PyResult<Value> {
    arity(th, a, name, 0, 0)?;
    let d = this_dict(th, a.pos[0])?;
    Ok(th
        .alloc(ty, crate::objects::dictview::DictView { d, which })
        .value())
}

fn dict_keys(th: &Thread, a: Args) -> PyResult<Value> {
    view(
        th,
        &a,
        "dict.keys",
        crate::objects::iter::IterKind::DictKeys,
        types().dict_keys,
    )
}
fn dict_values(th: &Thread, a: Args) -> PyResult<Value> {
    view(
        th,
        &a,
        "dict.values",
        crate::objects::iter::IterKind::DictValues,
        types().dict_values,
    )
}
fn dict_items(th: &Thread, a: Args) -> PyResult<Value> {
    view(
        th,
        &a,
        "dict.items",
        crate::objects::iter::IterKind::DictItems,
        types().dict_items,
    )
}

fn dict_setdefault(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "setdefault", 1, 2)?;
    let d = this_dict(th, a.pos[0])?;
    let v = a.pos.get(2).copied().unwrap_or(g().none);
    dict::setdefault(th, d, a.pos[1], v)
}

fn dict_pop(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "pop", 1, 2)?;
    match dict::pop_item(th, this_dict(th, a.pos[0])?, a.pos[1])? {
        Some(v) => Ok(v),
        None => a.pos.get(2).copied().ok_or_else(|| th.key_error(a.pos[1])),
    }
}

fn dict_update(th: &Thread, a: Args) -> PyResult<Value> {
    let d = this_dict(th, a.pos[0])?;
    if a.pos.len() > 2 {
        return Err(th.type_error(format!(
            "update expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    crate::methods::dict_update_from(th, d, &a, 1)?;
    Ok(g().none)
}

fn dict_copy(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.copy", 0, 0)?;
    Ok(dict::copy(th, this_dict(th, a.pos[0])?).value())
}

fn dict_clear(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.clear", 0, 0)?;
    dict::clear(this_dict(th, a.pos[0])?);
    Ok(g().none)
}

fn dict_popitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.popitem", 0, 0)?;
    match dict::popitem(this_dict(th, a.pos[0])?) {
        Some((k, v)) => Ok(th.new_tuple_from(&[k, v])),
        None => Err(th.new_exc(g().exc.key_error, "popitem(): dictionary is empty".into())),
    }
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `a.pos[0]` is the class).
fn dict_fromkeys(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "fromkeys", 1, 2)?;
    let cls = a.pos[0];
    let value = a.pos.get(2).copied().unwrap_or(g().none);
    let out = ops::call(th, cls, &[])?;
    let _r = th.root(out);
    let exact = out.downcast::<Dict>().filter(|_| {
        let t = crate::objects::type_::type_of(out);
        !t.is_heap()
            || crate::objects::type_::lookup(t, th.intern_static("__setitem__"))
                .is_some_and(|f| f.is_kind(Kind::NativeFunction))
    });
    let it = ops::get_iter(th, a.pos[1])?;
    let _r2 = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        match exact {
            Some(d) => dict::set_item(th, d, k, value)?,
            None => ops::setitem(th, out, k, value)?,
        }
    }
    Ok(out)
}

fn dict_getitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__getitem__", 1, 1)?;
    this_dict(th, a.pos[0])?;
    match crate::builtins_types::seq_getitem(th, a.pos[0], a.pos[1])? {
        Some(v) => Ok(v),
        None => Err(th.key_error(a.pos[1])),
    }
}

fn dict_setitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "__setitem__", 2, 2)?;
    dict::set_item(th, this_dict(th, a.pos[0])?, a.pos[1], a.pos[2])?;
    Ok(g().none)
}

fn dict_delitem(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__delitem__", 1, 1)?;
    if dict::pop_item(th, this_dict(th, a.pos[0])?, a.pos[1])?.is_none() {
        return Err(th.key_error(a.pos[1]));
    }
    Ok(g().none)
}

fn dict_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__contains__", 1, 1)?;
    let r = dict::contains(th, this_dict(th, a.pos[0])?, a.pos[1])?;
    Ok(th.bool_val(r))
}

fn dict_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__len__", 0, 0)?;
    Ok(th.new_int(dict::len(this_dict(th, a.pos[0])?) as i64))
}

fn dict_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__iter__", 0, 0)?;
    let d = this_dict(th, a.pos[0])?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::DictKeys,
        crate::objects::iter::dict_state(d),
    ))
}

/// A reversed iterator over a dict's keys, values or items, with the
/// same mutation checks as the forward one.  (Its type is the forward
/// iterator's; CPython names it `dict_reversekeyiterator` and so on.)
pub fn reversed_iter(
    th: &Thread,
    d: Gc<Dict>,
    which: crate::objects::iter::IterKind,
) -> PyResult<Value> {
    Ok(crate::objects::iter::new_iter(
        th,
        which,
        crate::objects::iter::dict_reversed_state(d),
    ))
}

fn dict_reversed(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__reversed__", 0, 0)?;
    let d = this_dict(th, a.pos[0])?;
    reversed_iter(th, d, crate::objects::iter::IterKind::DictKeys)
}

fn dict_eq_ne(th: &Thread, a: &Args, ne: bool) -> PyResult<Value> {
    arity(th, a, if ne { "__ne__" } else { "__eq__" }, 1, 1)?;
    this_dict(th, a.pos[0])?;
    if !a.pos[1].is_kind(Kind::Dict) {
        return Ok(g().not_implemented);
    }
    let op = if ne {
        frontend::bytecode::CmpOp::Ne
    } else {
        frontend::bytecode::CmpOp::Eq
    };
    Ok(crate::arith::native_compare(th, a.pos[0], a.pos[1], op)?.unwrap_or(g().not_implemented))
}

fn dict_eq(th: &Thread, a: Args) -> PyResult<Value> {
    dict_eq_ne(th, &a, false)
}

fn dict_ne(th: &Thread, a: Args) -> PyResult<Value> {
    dict_eq_ne(th, &a, true)
}

fn dict_or(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__or__", 1, 1)?;
    let d = this_dict(th, a.pos[0])?;
    let Some(o) = a.pos[1].downcast::<Dict>() else {
        return Ok(g().not_implemented);
    };
    let n = copy(th, d);
    let _r = th.root(n.value());
    update(th, n, o)?;
    Ok(n.value())
}

fn dict_ror(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__ror__", 1, 1)?;
    let d = this_dict(th, a.pos[0])?;
    let Some(o) = a.pos[1].downcast::<Dict>() else {
        return Ok(g().not_implemented);
    };
    let n = copy(th, o);
    let _r = th.root(n.value());
    update(th, n, d)?;
    Ok(n.value())
}

fn dict_ior(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "dict.__ior__", 1, 1)?;
    let d = this_dict(th, a.pos[0])?;
    crate::methods::dict_update_from(th, d, &Args::new(&a.pos[1..2]), 0)?;
    Ok(a.pos[0])
}
