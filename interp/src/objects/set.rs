//! `set` and `frozenset`: open-addressing hash tables laid out and probed
//! exactly as CPython's `Objects/setobject.c` does, so that iteration (and
//! therefore `repr`, `list(s)`, `s.pop()`) visits the elements in the same
//! order as CPython 3.11 whenever the element hashes agree (ints, floats,
//! tuples, bools, None...).
//!
//! ```text
//!  slots (a power of two, at least 8; mask = len - 1):
//!   [ empty | (h,k) | dummy | (h,k) | empty | empty | (h,k) | empty ]
//!     empty: key NULL, hash 0       dummy: key NULL, hash -1 (a deletion)
//!  fill = active + dummy slots, used = active slots
//! ```
//!
//! A probe for `hash` starts at slot `hash & mask`, inspects that slot and
//! the `LINEAR_PROBES` slots after it (when they lie inside the table), then
//! jumps with `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`.  Insertion
//! reuses the last dummy met on the probe path; when a fresh slot is taken
//! and `fill * 5 >= mask * 3` the table is rebuilt with room for
//! `used * 4` (`used * 2` above 50000) elements, re-inserting the live
//! entries in slot order.  Iteration walks the slots in order; `pop` scans
//! from a "finger" left behind by the previous pop.  The set algebra
//! (`union`, `intersection`, `difference`, ...) builds its result in the
//! order CPython does (for instance `a & b` iterates the smaller set), and a
//! merge into an empty table of the same size copies the slots verbatim.
//!
//! Comparing keys may run Python `__eq__`: the table is never borrowed while
//! it runs, and the probe starts again if the table changed meanwhile
//! (`version` counts every mutation).
use frontend::bytecode::{BinOp, CmpOp};
use gc::Tracer;

use crate::layout::Kind as K;
use crate::layout::shared::{SetView, SharedVec};
use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::objects::dict::Dict;
use crate::objects::list::arity;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, PyResult, g};
use crate::runtime::{Thread, types};
use crate::value::Value;

// --- The table ---

/// Size of a new or cleared table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots inspected after the first one before perturbation kicks in.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash of a dummy (deleted) slot; no live key has it.
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Copy)]
pub struct Slot {
    hash: i64,
    key: Value,
}

const EMPTY: Slot = Slot {
    hash: 0,
    key: Value::NULL,
};
const DUMMY: Slot = Slot {
    hash: DUMMY_HASH,
    key: Value::NULL,
};

impl Slot {
    fn is_active(self) -> bool {
        !self.key.is_null()
    }
    fn is_empty(self) -> bool {
        self.key.is_null() && self.hash != DUMMY_HASH
    }
}

/// The probe sequence of a hash in a table of `mask + 1` slots.
struct Probe {
    /// Start of the current run of linear probes.
    i: usize,
    /// The slot to inspect.
    j: usize,
    /// Last slot of the current linear run.
    end: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let i = (hash as u64 as usize) & mask;
        Probe {
            i,
            j: i,
            end: Probe::run_end(i, mask),
            perturb: hash as u64,
            mask,
        }
    }

    fn run_end(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        }
    }

    fn advance(&mut self) {
        if self.j < self.end {
            self.j += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
        self.j = self.i;
        self.end = Probe::run_end(self.i, self.mask);
    }
}

/// The slots of a set and their counters.
pub struct SetTable {
    /// A `SharedVec`: other threads probe it without the lock (`lookup`).
    pub(crate) slots: SharedVec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots (the set's length).
    pub(crate) used: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
    /// Bumped by every mutation; lookups that ran Python code restart when
    /// it moved.
    version: u64,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![EMPTY; MIN_SIZE].into(),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Puts a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mut p = Probe::new(hash, slots.len() - 1);
        while !slots[p.j].key.is_null() {
            p.advance();
        }
        slots[p.j] = Slot { hash, key };
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping
    /// the dummies (CPython's `set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        self.version += 1;
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size].into());
        for &e in old.iter() {
            if e.is_active() {
                SetTable::insert_clean(&mut self.slots, e.key, e.hash);
            }
        }
        self.fill = self.used;
    }

    /// Empties the table back to its minimum size (the finger stays).
    fn clear(&mut self) {
        self.slots = vec![EMPTY; MIN_SIZE].into();
        self.fill = 0;
        self.used = 0;
        self.version += 1;
    }

    /// The first active slot at `pos` or later: (position, key, hash).
    fn next_active(&self, pos: usize) -> Option<(usize, Value, i64)> {
        let rest = self.slots.get(pos..)?;
        let off = rest.iter().position(|e| e.is_active())?;
        let e = rest[off];
        Some((pos + off, e.key, e.hash))
    }

    fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter(|e| e.is_active())
            .map(|e| e.key)
            .collect()
    }

    /// The frozenset hash of the elements (CPython's `frozenset_hash`).
    fn hash(&self) -> i64 {
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut h: u64 = 0;
        for e in self.slots.iter().filter(|e| e.is_active()) {
            h ^= shuffle(e.hash as u64);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        let r = h as i64;
        if r == -1 { 590923713 } else { r }
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

// --- Objects and handles ---

pub struct Set {
    pub table: PyCell<SetTable>,
}

pub struct FrozenSet(pub Set);

impl Set {
    /// The payload of a new empty set.
    pub fn empty() -> Set {
        Set {
            table: PyCell::new(SetTable::new()),
        }
    }

    fn trace_table(&self, t: &mut Tracer) {
        for e in self.table.gc_peek().slots.iter() {
            if e.is_active() {
                t.mark(e.key.bits());
            }
        }
    }
}

impl PyPayload for Set {
    const KIND: Kind = Kind::Set;
    fn trace(&self, t: &mut Tracer) {
        self.trace_table(t);
    }
}
impl PyPayload for FrozenSet {
    const KIND: Kind = Kind::FrozenSet;
    fn trace(&self, t: &mut Tracer) {
        self.0.trace_table(t);
    }
}

/// A set or frozenset (or an instance of a subclass of either).
#[derive(Clone, Copy, PartialEq)]
pub enum SetRef {
    Mutable(Gc<Set>),
    Frozen(Gc<FrozenSet>),
}

impl SetRef {
    pub fn of(v: Value) -> Option<SetRef> {
        if let Some(s) = v.downcast::<Set>() {
            return Some(SetRef::Mutable(s));
        }
        v.downcast::<FrozenSet>().map(SetRef::Frozen)
    }

    pub fn cell(&self) -> &PyCell<SetTable> {
        match self {
            SetRef::Mutable(s) => &s.table,
            SetRef::Frozen(f) => &f.0.table,
        }
    }

    pub fn value(self) -> Value {
        match self {
            SetRef::Mutable(s) => s.value(),
            SetRef::Frozen(f) => f.value(),
        }
    }
}

impl From<Gc<Set>> for SetRef {
    fn from(s: Gc<Set>) -> SetRef {
        SetRef::Mutable(s)
    }
}

impl From<Gc<FrozenSet>> for SetRef {
    fn from(f: Gc<FrozenSet>) -> SetRef {
        SetRef::Frozen(f)
    }
}

pub fn new_set(th: &Thread) -> Gc<Set> {
    th.alloc(types().set, Set::empty())
}

pub fn new_frozenset(th: &Thread) -> Gc<FrozenSet> {
    th.alloc(types().frozenset, FrozenSet(Set::empty()))
}

/// The table of a set or frozenset.
pub fn set_table(v: Value) -> Option<SetRef> {
    SetRef::of(v)
}

/// Whether `v` is a set or frozenset (or an instance of a subclass).
pub fn is_anyset(v: Value) -> bool {
    SetRef::of(v).is_some()
}

pub fn len(s: SetRef) -> usize {
    s.cell().read(|v| v.used)
}

/// The elements in iteration order.
pub fn keys_vec(s: SetRef) -> Vec<Value> {
    s.cell().borrow().keys()
}

/// The first element at slot `pos` or later: (slot, key, hash).  The table
/// is re-read on every call, so callers may run Python code between calls.
pub fn next_entry(s: SetRef, pos: usize) -> Option<(usize, Value, i64)> {
    s.cell().borrow().next_active(pos)
}

/// The frozenset hash of the elements of a set or frozenset.
pub fn hash_of(s: SetRef) -> i64 {
    s.cell().borrow().hash()
}

/// A new empty set of the base type of `like` (set or frozenset; CPython's
/// `make_new_set_basetype`).
fn new_basetype(th: &Thread, like: Value) -> SetRef {
    if like.is_kind(K::FrozenSet) {
        new_frozenset(th).into()
    } else {
        new_set(th).into()
    }
}

// --- Lookup, insertion, deletion ---

/// Compares a table key with `key`; `Err(())`-like restart is signalled by
/// `None` when the table changed while Python `__eq__` ran.
fn keys_equal(
    th: &Thread,
    s: SetRef,
    version: u64,
    startkey: Value,
    key: Value,
) -> PyResult<Option<bool>> {
    if startkey == key {
        return Ok(Some(true));
    }
    match ops::eq_pure(startkey, key) {
        Some(r) => Ok(Some(r)),
        None => {
            let r = ops::eq_bool(th, startkey, key)?;
            if s.cell().borrow().version != version {
                return Ok(None);
            }
            Ok(Some(r))
        }
    }
}

/// Whether `key` is present (CPython's `set_lookkey`).  Comparisons that
/// need no Python code are made without writing the lock word when another
/// thread owns the set or it is shared (`PyCell::read`).
fn lookup(th: &Thread, s: SetRef, key: Value, hash: i64) -> PyResult<bool> {
    if let Some(found) = s.cell().read(|v| contains_view(v, hash, key)) {
        return Ok(found);
    }
    Ok(matches!(
        probe_slow(th, s, key, hash)?.0,
        ProbeEnd::Found(_)
    ))
}

/// `SetTable::probe_pure` for `lookup`, on a view that may be stale or torn
/// (`PyCell::read` validates the answer): whether `key` is present, or
/// None when a comparison needs `__eq__` or the probe does not end within
/// twice the table's size (only a torn view can do that).
fn contains_view(v: &SetView, hash: i64, key: Value) -> Option<bool> {
    let n = v.slots.len();
    if !n.is_power_of_two() {
        return None;
    }
    let mut p = Probe::new(hash, n - 1);
    for _ in 0..2 * n {
        let e = v.slots.get(p.j)?;
        if e.is_empty() {
            return Some(false);
        }
        if e.is_active() {
            if e.key == key {
                return Some(true);
            }
            if e.hash == hash {
                match ops::eq_pure(e.key, key) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => return None,
                }
            }
        }
        p.advance();
    }
    None
}

/// Where a probe for a key ended: at its slot, or (absent) at the empty
/// slot that ends the chain with the last dummy seen on the way.
enum ProbeEnd {
    Found(usize),
    Absent { empty: usize, free: Option<usize> },
}

impl SetTable {
    /// Probes for `key` deciding every comparison without Python code;
    /// None when an entry with an equal hash needs `__eq__`.
    fn probe_pure(&self, hash: i64, key: Value) -> Option<ProbeEnd> {
        let mut p = Probe::new(hash, self.mask());
        let mut free = None;
        loop {
            let e = self.slots[p.j];
            if e.is_empty() {
                return Some(ProbeEnd::Absent { empty: p.j, free });
            }
            if e.is_active() {
                if e.key == key {
                    return Some(ProbeEnd::Found(p.j));
                }
                if e.hash == hash {
                    match ops::eq_pure(e.key, key) {
                        Some(true) => return Some(ProbeEnd::Found(p.j)),
                        Some(false) => {}
                        None => return None,
                    }
                }
            } else {
                free = Some(p.j);
            }
            p.advance();
        }
    }

    /// Inserts an absent key where `probe_pure` (or the slow probe) ended.
    fn insert_absent(&mut self, hash: i64, key: Value, empty: usize, free: Option<usize>) {
        let mask = self.mask();
        self.version += 1;
        self.used += 1;
        if let Some(f) = free {
            self.slots[f] = Slot { hash, key };
            return;
        }
        self.fill += 1;
        self.slots[empty] = Slot { hash, key };
        if self.fill * 5 < mask * 3 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }
}

/// Finds where `key` is or would go, running `__eq__` without the lock
/// when needed; returns the table version the answer holds for.
fn probe_slow(th: &Thread, s: SetRef, key: Value, hash: i64) -> PyResult<(ProbeEnd, u64)> {
    'restart: loop {
        let (version, mask) = {
            let t = s.cell().borrow();
            (t.version, t.mask())
        };
        let mut p = Probe::new(hash, mask);
        let mut free = None;
        loop {
            let e = {
                let t = s.cell().borrow();
                if t.version != version {
                    continue 'restart;
                }
                t.slots[p.j]
            };
            if e.is_empty() {
                return Ok((ProbeEnd::Absent { empty: p.j, free }, version));
            }
            if e.is_active() {
                if e.hash == hash {
                    match keys_equal(th, s, version, e.key, key)? {
                        Some(true) => return Ok((ProbeEnd::Found(p.j), version)),
                        Some(false) => {}
                        None => continue 'restart,
                    }
                }
            } else {
                free = Some(p.j);
            }
            p.advance();
        }
    }
}

/// Runs `f` on the table, under its exclusive lock, with where `key` is
/// or would go.  If finding that needs `__eq__`, `f` runs only if the
/// table did not change meanwhile (else the search starts again), so
/// other threads' insertions are never overwritten.
fn with_probe<R>(
    th: &Thread,
    s: SetRef,
    key: Value,
    hash: i64,
    f: impl FnOnce(&mut SetTable, ProbeEnd) -> R,
) -> PyResult<R> {
    let mut f = Some(f);
    loop {
        // The pure probe and `f` run no Python code and allocate no
        // object: the owner of a biased table changes it in place
        // (`PyCell::update`).
        let done = s.cell().update(|t| {
            t.probe_pure(hash, key)
                .map(|end| (f.take().expect("once"))(t, end))
        });
        if let Some(r) = done {
            return Ok(r);
        }
        let (end, version) = probe_slow(th, s, key, hash)?;
        let mut t = s.cell().borrow_mut();
        if t.version == version {
            return Ok((f.take().expect("once"))(&mut t, end));
        }
    }
}

/// Adds `key` with its hash (CPython's `set_add_entry`).
pub fn add_entry(th: &Thread, s: SetRef, key: Value, hash: i64) -> PyResult<()> {
    with_probe(th, s, key, hash, |t, end| {
        if let ProbeEnd::Absent { empty, free } = end {
            t.insert_absent(hash, key, empty, free);
        }
    })
}

/// Removes `key`; whether it was present (CPython's `set_discard_entry`).
fn discard_entry(th: &Thread, s: SetRef, key: Value, hash: i64) -> PyResult<bool> {
    with_probe(th, s, key, hash, |t, end| match end {
        ProbeEnd::Found(i) => {
            t.slots[i] = DUMMY;
            t.used -= 1;
            t.version += 1;
            true
        }
        ProbeEnd::Absent { .. } => false,
    })
}

fn contains_entry(th: &Thread, s: SetRef, key: Value, hash: i64) -> PyResult<bool> {
    lookup(th, s, key, hash)
}

/// Adds `k` to a set.
pub fn add_key(th: &Thread, s: SetRef, k: Value) -> PyResult<()> {
    let h = ops::hash(th, k)?;
    add_entry(th, s, k, h)
}

fn discard_key(th: &Thread, s: SetRef, k: Value) -> PyResult<bool> {
    let h = ops::hash(th, k)?;
    discard_entry(th, s, k, h)
}

/// The hash of `k`, or for an (unhashable) set key the hash of the equal
/// frozenset (CPython's retry in `set_contains`, `set_remove`, `set_discard`).
fn hash_or_frozen(th: &Thread, k: Value) -> PyResult<i64> {
    match ops::hash(th, k) {
        Err(e) if k.is_kind(K::Set) && ops::is_instance_of(e.0, g().exc.type_error) => {
            match SetRef::of(k) {
                Some(ks) => Ok(hash_of(ks)),
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `k in s`, where a set `k` is looked up as a frozenset.
pub fn contains_key(th: &Thread, s: SetRef, k: Value) -> PyResult<bool> {
    let h = hash_or_frozen(th, k)?;
    contains_entry(th, s, k, h)
}

fn clear(s: SetRef) {
    s.cell().borrow_mut().clear();
}

/// Exchanges the contents of two sets (CPython's `set_swap_bodies`); the
/// pop fingers stay.
fn swap_bodies(a: SetRef, b: SetRef) {
    if a == b {
        return;
    }
    let mut ta = a.cell().borrow_mut();
    let mut tb = b.cell().borrow_mut();
    std::mem::swap(&mut ta.slots, &mut tb.slots);
    std::mem::swap(&mut ta.fill, &mut tb.fill);
    std::mem::swap(&mut ta.used, &mut tb.used);
    ta.version += 1;
    tb.version += 1;
}

// --- Bulk updates ---

/// Adds the elements of another set (CPython's `set_merge`).
fn merge(th: &Thread, so: SetRef, other: SetRef) -> PyResult<()> {
    if so == other {
        return Ok(());
    }
    let (o_used, o_fill, o_mask) = {
        let o = other.cell().borrow();
        (o.used, o.fill, o.mask())
    };
    if o_used == 0 {
        return Ok(());
    }
    {
        let mut t = so.cell().borrow_mut();
        if (t.fill + o_used) * 5 >= t.mask() * 3 {
            let n = (t.used + o_used) * 2;
            t.resize(n);
        }
        if t.fill == 0 {
            let o = other.cell().borrow();
            t.version += 1;
            if t.mask() == o_mask && o_fill == o_used {
                // Same size and no dummies: the same layout.
                t.slots.copy_from_slice(&o.slots);
            } else {
                for e in o.slots.iter().filter(|e| e.is_active()) {
                    SetTable::insert_clean(&mut t.slots, e.key, e.hash);
                }
            }
            t.fill = o_used;
            t.used = o_used;
            return Ok(());
        }
    }
    let mut pos = 0;
    while let Some((i, k, h)) = next_entry(other, pos) {
        pos = i + 1;
        add_entry(th, so, k, h)?;
    }
    Ok(())
}

/// The first live entry of a dict at position `pos` or later: (position,
/// key, hash).  Builtin keys keep the hash the dict stored; keys of Python
/// classes are hashed again (their `__hash__` decides).
fn dict_next_entry(th: &Thread, d: Gc<Dict>, pos: usize) -> PyResult<Option<(usize, Value, i64)>> {
    let found = {
        let inner = d.inner.borrow();
        inner.entries.get(pos..).and_then(|r| {
            let off = r.iter().position(|e| !e.key.is_null())?;
            Some((pos + off, r[off].key, r[off].hash))
        })
    };
    match found {
        Some((i, k, _)) if crate::objects::type_::type_of(k).is_heap() => {
            Ok(Some((i, k, ops::hash(th, k)?)))
        }
        r => Ok(r),
    }
}

/// Adds the keys of an exact dict, with their stored hashes.
fn update_from_dict(th: &Thread, so: SetRef, d: Gc<Dict>) -> PyResult<()> {
    let dictsize = crate::objects::dict::len(d);
    {
        let mut t = so.cell().borrow_mut();
        if (t.fill + dictsize) * 5 >= t.mask() * 3 {
            let n = (t.used + dictsize) * 2;
            t.resize(n);
        }
    }
    let mut pos = 0;
    while let Some((i, k, h)) = dict_next_entry(th, d, pos)? {
        pos = i + 1;
        add_entry(th, so, k, h)?;
    }
    Ok(())
}

/// Adds every item of the iterable `x` to `s` (CPython's
/// `set_update_internal`: a set is merged, an exact dict's keys are added
/// with their hashes, anything else is iterated).
pub fn update_table(th: &Thread, s: SetRef, x: Value) -> PyResult<()> {
    if let Some(o) = SetRef::of(x) {
        return merge(th, s, o);
    }
    if let Some(d) = x
        .downcast::<Dict>()
        .filter(|_| !crate::objects::type_::type_of(x).is_heap())
    {
        return update_from_dict(th, s, d);
    }
    let it = ops::get_iter(th, x)?;
    let _r = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        add_key(th, s, k)?;
    }
    Ok(())
}

/// A new set of the base type of `so` holding its elements (`set.copy`).
fn copy(th: &Thread, so: SetRef) -> PyResult<SetRef> {
    let out = new_basetype(th, so.value());
    let _r = th.root(out.value());
    merge(th, out, so)?;
    Ok(out)
}

/// A new set of the base type of `like` holding the items of `x`.
fn new_basetype_from(th: &Thread, like: Value, x: Value) -> PyResult<SetRef> {
    let out = new_basetype(th, like);
    let _r = th.root(out.value());
    update_table(th, out, x)?;
    Ok(out)
}

// --- Set algebra ---

/// `so & other` (CPython's `set_intersection`): iterates the smaller set.
fn intersection(th: &Thread, so: SetRef, other: Value) -> PyResult<SetRef> {
    if so.value() == other {
        return copy(th, so);
    }
    let result = new_basetype(th, so.value());
    let _r = th.root(result.value());
    if let Some(o) = SetRef::of(other) {
        let (big, small) = if len(o) > len(so) { (o, so) } else { (so, o) };
        let mut pos = 0;
        while let Some((i, k, h)) = next_entry(small, pos) {
            pos = i + 1;
            if contains_entry(th, big, k, h)? {
                add_entry(th, result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = ops::get_iter(th, other)?;
    let _r2 = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        let h = ops::hash(th, k)?;
        if contains_entry(th, so, k, h)? {
            add_entry(th, result, k, h)?;
            if len(result) >= len(so) {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection_multi(th: &Thread, so: SetRef, others: &[Value]) -> PyResult<SetRef> {
    if others.is_empty() {
        return copy(th, so);
    }
    let tv = crate::runtime::TempVec::new(th);
    let mut result = so;
    for x in others {
        result = intersection(th, result, *x)?;
        tv.push(result.value());
    }
    Ok(result)
}

/// Removes the elements of `other` from `so` (CPython's
/// `set_difference_update_internal`).
fn difference_update(th: &Thread, so: SetRef, other: Value) -> PyResult<()> {
    if so.value() == other {
        clear(so);
        return Ok(());
    }
    if let Some(mut o) = SetRef::of(other) {
        let tmp;
        let _r;
        if (len(o) >> 3) > len(so) {
            tmp = intersection(th, so, other)?;
            _r = th.root(tmp.value());
            o = tmp;
        }
        let mut pos = 0;
        while let Some((i, k, h)) = next_entry(o, pos) {
            pos = i + 1;
            discard_entry(th, so, k, h)?;
        }
    } else {
        let it = ops::get_iter(th, other)?;
        let _r = th.root(it);
        while let Some(k) = ops::next(th, it)? {
            discard_key(th, so, k)?;
        }
    }
    // More than a quarter dummies: rebuild.
    let mut t = so.cell().borrow_mut();
    if t.fill - t.used > t.mask() / 4 {
        let n = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(n);
    }
    Ok(())
}

/// Removes the items of every iterable in `others` from `out`.
pub fn difference_into(th: &Thread, out: SetRef, others: &[Value]) -> PyResult<()> {
    for x in others {
        difference_update(th, out, *x)?;
    }
    Ok(())
}

/// `so - other` (CPython's `set_difference`).
fn difference(th: &Thread, so: SetRef, other: Value) -> PyResult<SetRef> {
    let other_set = SetRef::of(other);
    let other_dict = other
        .downcast::<Dict>()
        .filter(|_| !crate::objects::type_::type_of(other).is_heap());
    let other_size = match (other_set, other_dict) {
        (Some(o), _) => len(o),
        (None, Some(d)) => crate::objects::dict::len(d),
        (None, None) => usize::MAX,
    };
    if other_size == usize::MAX || (len(so) >> 2) > other_size {
        let out = copy(th, so)?;
        let _r = th.root(out.value());
        difference_update(th, out, other)?;
        return Ok(out);
    }
    let result = new_basetype(th, so.value());
    let _r = th.root(result.value());
    let mut pos = 0;
    while let Some((i, k, h)) = next_entry(so, pos) {
        pos = i + 1;
        let present = match (other_set, other_dict) {
            (Some(o), _) => contains_entry(th, o, k, h)?,
            (None, Some(d)) => crate::objects::dict::get_item_hashed(th, d, k, h)?.is_some(),
            (None, None) => false,
        };
        if !present {
            add_entry(th, result, k, h)?;
        }
    }
    Ok(result)
}

/// Toggles every element of the set `other` in `so`.
fn symdiff_update_set(th: &Thread, so: SetRef, other: SetRef) -> PyResult<()> {
    let mut pos = 0;
    while let Some((i, k, h)) = next_entry(other, pos) {
        pos = i + 1;
        if !discard_entry(th, so, k, h)? {
            add_entry(th, so, k, h)?;
        }
    }
    Ok(())
}

/// `so ^= other` (CPython's `set_symmetric_difference_update`).
pub fn symdiff_into(th: &Thread, so: SetRef, other: Value) -> PyResult<()> {
    if so.value() == other {
        clear(so);
        return Ok(());
    }
    if let Some(d) = other
        .downcast::<Dict>()
        .filter(|_| !crate::objects::type_::type_of(other).is_heap())
    {
        let mut pos = 0;
        while let Some((i, k, h)) = dict_next_entry(th, d, pos)? {
            pos = i + 1;
            if !discard_entry(th, so, k, h)? {
                add_entry(th, so, k, h)?;
            }
        }
        return Ok(());
    }
    let o = match SetRef::of(other) {
        Some(o) => o,
        None => new_basetype_from(th, so.value(), other)?,
    };
    let _r = th.root(o.value());
    symdiff_update_set(th, so, o)
}

/// `so ^ other` (CPython's `set_symmetric_difference`).
fn symmetric_difference(th: &Thread, so: SetRef, other: Value) -> PyResult<SetRef> {
    let out = new_basetype_from(th, so.value(), other)?;
    let _r = th.root(out.value());
    symdiff_update_set(th, out, so)?;
    Ok(out)
}

/// `so | other` as a new set.
fn union(th: &Thread, so: SetRef, others: &[Value]) -> PyResult<SetRef> {
    let out = copy(th, so)?;
    let _r = th.root(out.value());
    for x in others {
        if *x == so.value() {
            continue;
        }
        update_table(th, out, *x)?;
    }
    Ok(out)
}

fn is_subset(th: &Thread, a: SetRef, b: SetRef) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((i, k, h)) = next_entry(a, pos) {
        pos = i + 1;
        if !contains_entry(th, b, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `other` as a set: itself when it is one, else a new set of its items.
fn as_set(th: &Thread, other: Value) -> PyResult<SetRef> {
    match SetRef::of(other) {
        Some(o) => Ok(o),
        None => {
            let s: SetRef = new_set(th).into();
            let _r = th.root(s.value());
            update_table(th, s, other)?;
            Ok(s)
        }
    }
}

/// The rich comparison of a set with `b` (NotImplemented for a non-set).
pub fn richcompare(th: &Thread, a: SetRef, b: Value, op: CmpOp) -> PyResult<Value> {
    let Some(bs) = SetRef::of(b) else {
        return Ok(g().not_implemented);
    };
    let (la, lb) = (len(a), len(bs));
    let r = match op {
        CmpOp::Eq => la == lb && is_subset(th, a, bs)?,
        CmpOp::Ne => !(la == lb && is_subset(th, a, bs)?),
        CmpOp::Le => is_subset(th, a, bs)?,
        CmpOp::Lt => la < lb && is_subset(th, a, bs)?,
        CmpOp::Ge => is_subset(th, bs, a)?,
        CmpOp::Gt => la > lb && is_subset(th, bs, a)?,
    };
    Ok(th.bool_val(r))
}

/// `a op b` for two sets; the result has the base type of `a`.
/// NotImplemented unless both are sets.
pub fn binop(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (Some(sa), Some(_)) = (SetRef::of(a), SetRef::of(b)) else {
        return Ok(g().not_implemented);
    };
    let r = match op {
        BinOp::Or => union(th, sa, &[b])?,
        BinOp::And => intersection(th, sa, b)?,
        BinOp::Sub => difference(th, sa, b)?,
        _ => symmetric_difference(th, sa, b)?,
    };
    Ok(r.value())
}

/// `a op= b` for two sets: mutates `a`.  NotImplemented unless both are
/// sets.
pub fn inplace(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (Some(sa), Some(_)) = (SetRef::of(a), SetRef::of(b)) else {
        return Ok(g().not_implemented);
    };
    match op {
        BinOp::Or => update_table(th, sa, b)?,
        BinOp::And => {
            let r = intersection(th, sa, b)?;
            swap_bodies(sa, r);
        }
        BinOp::Sub => difference_update(th, sa, b)?,
        _ => symdiff_into(th, sa, b)?,
    }
    Ok(a)
}

/// A frozenset with the elements of the set `v`.
pub fn frozen_copy(th: &Thread, v: Value) -> PyResult<Value> {
    let fs: SetRef = new_frozenset(th).into();
    let _r = th.root(fs.value());
    update_table(th, fs, v)?;
    Ok(fs.value())
}

// --- Methods ---

/// Installs the methods of `set` and `frozenset`.
pub fn install(th: &Thread) {
    let shared: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__contains__", set_contains),
        ("__len__", set_len),
        ("__iter__", set_iter),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
    ];
    let t = types();
    crate::objects::add_methods(th, t.set, "set", shared);
    crate::objects::add_methods(th, t.frozenset, "frozenset", shared);
    crate::objects::add_methods(
        th,
        t.set,
        "set",
        &[
            ("add", set_add),
            ("discard", set_discard),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
        ],
    );
    crate::objects::add_methods(
        th,
        t.frozenset,
        "frozenset",
        &[("__hash__", frozenset_hash)],
    );
    crate::objects::type_::set_attr_str(th, t.set, "__hash__", g().none);
}

fn this_set(th: &Thread, v: Value) -> PyResult<SetRef> {
    SetRef::of(v).ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn set_add(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.add", 1, 1)?;
    add_key(th, this_set(th, a.pos[0])?, a.pos[1])?;
    Ok(g().none)
}

fn set_discard(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.discard", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    let h = hash_or_frozen(th, a.pos[1])?;
    discard_entry(th, s, a.pos[1], h)?;
    Ok(g().none)
}

fn set_remove(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.remove", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    let h = hash_or_frozen(th, a.pos[1])?;
    if !discard_entry(th, s, a.pos[1], h)? {
        return Err(th.key_error(a.pos[1]));
    }
    Ok(g().none)
}

/// `set.pop()`: the first element at or after the finger, wrapping around.
fn set_pop(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.pop", 0, 0)?;
    let s = this_set(th, a.pos[0])?;
    let mut t = s.cell().borrow_mut();
    if t.used == 0 {
        drop(t);
        return Err(th.new_exc(g().exc.key_error, "pop from an empty set".into()));
    }
    let mask = t.mask();
    let mut i = t.finger & mask;
    while !t.slots[i].is_active() {
        i = if i >= mask { 0 } else { i + 1 };
    }
    let key = t.slots[i].key;
    t.slots[i] = DUMMY;
    t.used -= 1;
    t.version += 1;
    t.finger = i + 1;
    Ok(key)
}

fn set_clear(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.clear", 0, 0)?;
    clear(this_set(th, a.pos[0])?);
    Ok(g().none)
}

fn set_copy(th: &Thread, a: Args) -> PyResult<Value> {
    let name = if a.pos[0].is_kind(K::FrozenSet) {
        "frozenset.copy"
    } else {
        "set.copy"
    };
    arity(th, &a, name, 0, 0)?;
    let s = this_set(th, a.pos[0])?;
    if crate::objects::type_::type_of(a.pos[0]) == types().frozenset {
        return Ok(a.pos[0]);
    }
    Ok(copy(th, s)?.value())
}

fn varargs(th: &Thread, a: &Args, name: &str) -> PyResult<SetRef> {
    a.no_kw(th, name)?;
    this_set(th, a.pos[0])
}

fn set_union(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.union")?;
    Ok(union(th, s, &a.pos[1..])?.value())
}

fn set_intersection(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.intersection")?;
    Ok(intersection_multi(th, s, &a.pos[1..])?.value())
}

fn set_difference(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.difference")?;
    let Some((first, rest)) = a.pos[1..].split_first() else {
        return Ok(copy(th, s)?.value());
    };
    let out = difference(th, s, *first)?;
    let _r = th.root(out.value());
    difference_into(th, out, rest)?;
    Ok(out.value())
}

fn set_symmetric_difference(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.symmetric_difference", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    Ok(symmetric_difference(th, s, a.pos[1])?.value())
}

fn set_update(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.update")?;
    for x in &a.pos[1..] {
        update_table(th, s, *x)?;
    }
    Ok(g().none)
}

fn set_intersection_update(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.intersection_update")?;
    let r = intersection_multi(th, s, &a.pos[1..])?;
    swap_bodies(s, r);
    Ok(g().none)
}

fn set_difference_update(th: &Thread, a: Args) -> PyResult<Value> {
    let s = varargs(th, &a, "set.difference_update")?;
    difference_into(th, s, &a.pos[1..])?;
    Ok(g().none)
}

fn set_symmetric_difference_update(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.symmetric_difference_update", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    symdiff_into(th, s, a.pos[1])?;
    Ok(g().none)
}

fn set_issubset(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.issubset", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    let o = as_set(th, a.pos[1])?;
    let _r = th.root(o.value());
    Ok(th.bool_val(is_subset(th, s, o)?))
}

fn set_issuperset(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.issuperset", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    let o = as_set(th, a.pos[1])?;
    let _r = th.root(o.value());
    Ok(th.bool_val(is_subset(th, o, s)?))
}

fn set_isdisjoint(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.isdisjoint", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    if a.pos[1] == a.pos[0] {
        return Ok(th.bool_val(len(s) == 0));
    }
    if let Some(o) = SetRef::of(a.pos[1]) {
        let (big, small) = if len(o) > len(s) { (o, s) } else { (s, o) };
        let mut pos = 0;
        while let Some((i, k, h)) = next_entry(small, pos) {
            pos = i + 1;
            if contains_entry(th, big, k, h)? {
                return Ok(g().false_);
            }
        }
        return Ok(g().true_);
    }
    let it = ops::get_iter(th, a.pos[1])?;
    let _r = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        let h = ops::hash(th, k)?;
        if contains_entry(th, s, k, h)? {
            return Ok(g().false_);
        }
    }
    Ok(g().true_)
}

fn set_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__contains__", 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    Ok(th.bool_val(contains_key(th, s, a.pos[1])?))
}

fn set_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__len__", 0, 0)?;
    Ok(th.new_int(len(this_set(th, a.pos[0])?) as i64))
}

fn set_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__iter__", 0, 0)?;
    let s = this_set(th, a.pos[0])?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::Set,
        crate::objects::iter::set_state(s),
    ))
}

macro_rules! set_binops {
    ($($name:ident, $rname:ident, $iname:ident, $op:expr);*) => {$(
        fn $name(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($name), 1, 1)?;
            binop(th, $op, a.pos[0], a.pos[1])
        }
        fn $rname(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($rname), 1, 1)?;
            binop(th, $op, a.pos[1], a.pos[0])
        }
        fn $iname(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($iname), 1, 1)?;
            inplace(th, $op, a.pos[0], a.pos[1])
        }
    )*};
}

set_binops!(
    set_or, set_ror, set_ior, BinOp::Or;
    set_and, set_rand, set_iand, BinOp::And;
    set_sub, set_rsub, set_isub, BinOp::Sub;
    set_xor, set_rxor, set_ixor, BinOp::Xor
);

fn set_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    let s = this_set(th, a.pos[0])?;
    richcompare(th, s, a.pos[1], op)
}

crate::rich_compare_fns!(set_cmp => set_eq, set_ne, set_lt, set_le, set_gt, set_ge);

fn frozenset_hash(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "frozenset.__hash__", 0, 0)?;
    let s = this_set(th, a.pos[0])?;
    Ok(th.new_int(hash_of(s)))
}
