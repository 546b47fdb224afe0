//! `set` and `frozenset`: hash sets, stored as a dict table whose values are
//! unused (the dict's probing, equality and ordering machinery is shared).
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct Set {
    pub table: Gc<Dict>,
}

pub struct FrozenSet(pub Set);

impl PyPayload for Set {
    const KIND: Kind = Kind::Set;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.table.value().bits());
    }
}
impl PyPayload for FrozenSet {
    const KIND: Kind = Kind::FrozenSet;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.0.table.value().bits());
    }
}

pub fn new_set(th: &Thread) -> Gc<Set> {
    let d = dict::new_dict(th);
    th.alloc(types().set, Set { table: d })
}

pub fn new_frozenset(th: &Thread) -> Gc<FrozenSet> {
    let d = dict::new_dict(th);
    th.alloc(types().frozenset, FrozenSet(Set { table: d }))
}

/// The table of a set or frozenset.
pub fn set_table(v: Value) -> Option<Gc<Dict>> {
    if let Some(s) = v.downcast::<Set>() {
        return Some(s.table);
    }
    v.downcast::<FrozenSet>().map(|f| f.0.table)
}
