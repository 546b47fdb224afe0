//! Iterator objects of the builtin types and builtin functions: list,
//! tuple, str, range, dict views, sets, sequence (`__getitem__`) and callable
//! iterators, and `enumerate`, `zip`, `map`, `filter`, `reversed`.
//! They share one layout (`Kind::Iterator`) with a state enum; each has its
//! own Python type (`list_iterator`, `enumerate`, ...) indexed by `IterKind`.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::objects::set::SetRef;
use crate::objects::type_::TypeObj;
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum IterKind {
    List = 0,
    ListReverse,
    Tuple,
    Str,
    Range,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Seq,
    Callable,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    Bytes,
    ByteArray,
    /// A range whose bounds do not fit a machine word (CPython's
    /// `longrange_iterator`): iterated by index like `Seq`.
    LongRange,
    /// A memoryview's (CPython's `memory_iterator`): by index like `Seq`.
    Memory,
}

pub const ITER_NAMES: [&str; 20] = [
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "bytes_iterator",
    "bytearray_iterator",
    "longrange_iterator",
    "memory_iterator",
];

pub enum IterState {
    /// A sequence with a position (list, tuple, str, bytes, seq, reversed).
    Index {
        seq: Value,
        i: isize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// A dict (or dict view), entry position, the size the table
    /// must keep, and how many items are still expected (`dict_state`).
    Dict {
        d: Gc<Dict>,
        pos: usize,
        len: usize,
        left: usize,
        /// Walks from the end down (`reversed()`).
        rev: bool,
    },
    /// A set or frozenset, the slot to look at next, and the length the
    /// set must keep (`usize::MAX` once it changed: the error sticks).
    Set {
        s: SetRef,
        pos: usize,
        used: usize,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Exhausted,
}

pub struct Iter {
    pub kind: IterKind,
    pub state: PyCell<IterState>,
}

impl PyPayload for Iter {
    const KIND: Kind = Kind::Iterator;
    fn trace(&self, t: &mut Tracer) {
        match self.state.gc_peek() {
            IterState::Index { seq, .. } => t.mark(seq.bits()),
            IterState::Dict { d, .. } => t.mark(d.value().bits()),
            IterState::Set { s, .. } => t.mark(s.value().bits()),
            IterState::Callable { f, sentinel } => {
                t.mark(f.bits());
                t.mark(sentinel.bits());
            }
            IterState::Enumerate { it, count } => {
                t.mark(it.bits());
                t.mark(count.bits());
            }
            IterState::Zip { its, .. } => its.iter().for_each(|v| t.mark(v.bits())),
            IterState::Map { f, its } => {
                t.mark(f.bits());
                its.iter().for_each(|v| t.mark(v.bits()));
            }
            IterState::Filter { f, it } => {
                t.mark(f.bits());
                t.mark(it.bits());
            }
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
}

pub fn new_iter(th: &Thread, kind: IterKind, state: IterState) -> Value {
    th.alloc(
        types().iters[kind as usize],
        Iter {
            kind,
            state: PyCell::new(state),
        },
    )
    .value()
}

/// An iterator of `kind` whose class is `cls`: the builtin type itself or a
/// Python subclass of it (`class mymap(map)`).
pub fn new_iter_for(th: &Thread, cls: Gc<TypeObj>, kind: IterKind, state: IterState) -> Value {
    if cls == types().iters[kind as usize] {
        return new_iter(th, kind, state);
    }
    let payload = Iter {
        kind,
        state: PyCell::new(state),
    };
    crate::layout::alloc_sub(&th.mutator, cls, payload, Value::NULL).value()
}

// --- Dict iteration ---

/// The start state of an iterator over a dict.
pub fn dict_state(d: Gc<Dict>) -> IterState {
    let n = dict::len(d);
    IterState::Dict {
        d,
        pos: 0,
        len: n,
        left: n,
        rev: false,
    }
}

/// The start state of a reversed iterator over a dict.
pub fn dict_reversed_state(d: Gc<Dict>) -> IterState {
    let n = dict::len(d);
    IterState::Dict {
        d,
        pos: usize::MAX,
        len: n,
        left: n,
        rev: true,
    }
}

/// `next()` of a dict or dict-view iterator, with CPython's checks:
/// the size must not change ("changed size during iteration", raised again
/// on every later call), and a dict must not yield more items than it had
/// ("dictionary keys changed during iteration").
pub fn dict_next(th: &Thread, it: Gc<Iter>) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    let IterState::Dict {
        d,
        pos,
        len,
        left,
        rev,
    } = &mut *st
    else {
        return Ok(None);
    };
    let d = *d;
    if dict::len(d) != *len {
        *len = usize::MAX;
        return Err(th.runtime_error("dictionary changed size during iteration".into()));
    }
    let found = if *rev {
        dict::prev_entry(d, *pos)
    } else {
        dict::next_entry(d, *pos)
    };
    let Some((np, k, v)) = found else {
        *st = IterState::Exhausted;
        return Ok(None);
    };
    if *left == 0 {
        *st = IterState::Exhausted;
        return Err(th.runtime_error("dictionary keys changed during iteration".into()));
    }
    *pos = np;
    *left = left.saturating_sub(1);
    let kind = it.kind;
    drop(st);
    Ok(Some(match kind {
        IterKind::DictValues => v,
        IterKind::DictItems => th.new_tuple_from(&[k, v]),
        _ => k,
    }))
}

// --- Set iteration ---

/// The start state of an iterator over a set or frozenset.
pub fn set_state(s: SetRef) -> IterState {
    IterState::Set {
        s,
        pos: 0,
        used: crate::objects::set::len(s),
    }
}

/// `next()` of a set iterator: the next live slot in table order, as
/// CPython's `setiter_iternext`; the set's size must not change.
pub fn set_next(th: &Thread, it: Gc<Iter>) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    let IterState::Set { s, pos, used } = &mut *st else {
        return Ok(None);
    };
    let s = *s;
    if crate::objects::set::len(s) != *used {
        *used = usize::MAX;
        drop(st);
        return Err(th.runtime_error("Set changed size during iteration".into()));
    }
    match crate::objects::set::next_entry(s, *pos) {
        Some((i, k, _)) => {
            *pos = i + 1;
            Ok(Some(k))
        }
        None => {
            *st = IterState::Exhausted;
            Ok(None)
        }
    }
}

// --- __length_hint__ ---

/// `__length_hint__` of the list, tuple and range iterators: the number of
/// items left.
fn length_hint(th: &Thread, a: crate::runtime::Args) -> PyResult<Value> {
    a.check(th, "__length_hint__", 1, 1)?;
    let it = a.pos[0]
        .downcast::<Iter>()
        .ok_or_else(|| th.type_error("__length_hint__ requires an iterator".into()))?;
    let n = items_left(&it.state.borrow());
    Ok(th.new_int(n))
}

/// The number of items a builtin list, tuple or range iterator has left
/// (`None` for other iterators), to size a collection before filling it.
pub fn exact_items_left(it: Value) -> Option<usize> {
    let it = it.downcast::<Iter>()?;
    if it.value().heap_type().is_heap() {
        return None;
    }
    let st = it.state.borrow();
    match &*st {
        IterState::Index { .. } | IterState::Range { .. } => Some(items_left(&st) as usize),
        _ => None,
    }
}

fn items_left(st: &IterState) -> i64 {
    match st {
        IterState::Index { seq, i } => {
            let len = if let Some(l) = seq.downcast::<crate::objects::list::List>() {
                l.items.borrow().len()
            } else if let Some(t) = seq.downcast::<crate::objects::tuple::Tuple>() {
                t.items().len()
            } else {
                0
            };
            (len as i64 - *i as i64).max(0)
        }
        IterState::Range { cur, stop, step } => {
            let (c, s, st) = (*cur as i128, *stop as i128, *step as i128);
            let left = if st > 0 && c < s {
                (s - c + st - 1) / st
            } else if st < 0 && c > s {
                (c - s - st - 1) / -st
            } else {
                0
            };
            left.min(i64::MAX as i128) as i64
        }
        _ => 0,
    }
}

/// Installs `__length_hint__` on the iterators that know their length.
pub fn install_length_hint(th: &Thread) {
    for k in [IterKind::List, IterKind::Tuple, IterKind::Range] {
        let t = types().iters[k as usize];
        crate::objects::add_methods(
            th,
            t,
            ITER_NAMES[k as usize],
            &[("__length_hint__", length_hint)],
        );
    }
}
