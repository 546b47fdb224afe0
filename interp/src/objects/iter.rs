//! Iterator objects of the builtin types and builtin functions: list,
//! tuple, str, range, dict views, sequence (`__getitem__`) and callable
//! iterators, and `enumerate`, `zip`, `map`, `filter`, `reversed`.
//! They share one layout (`Kind::Iterator`) with a state enum; each has its
//! own Python type (`list_iterator`, `enumerate`, ...) indexed by `IterKind`.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::objects::dict::Dict;
use crate::runtime::{Thread, types};
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
}

pub const ITER_NAMES: [&str; 17] = [
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
    /// Dict or set (the dict table), position and expected size.
    Dict {
        d: Gc<Dict>,
        pos: usize,
        len: usize,
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
