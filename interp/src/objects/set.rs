//! `set` and `frozenset`: hash sets, stored as a dict table whose values are
//! unused (the dict's probing, equality and ordering machinery is shared).
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::runtime::{Args, PyResult, g};
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

// --- Methods ---

/// Installs the methods of `set`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        crate::runtime::types().set,
        "set",
        &[("add", set_add), ("discard", set_discard)],
    );
}

fn set_add(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "add", 2, 2)?;
    dict::set_item(
        th,
        crate::objects::set::set_table(a.pos[0]).unwrap(),
        a.pos[1],
        g().none,
    )?;
    Ok(g().none)
}

fn set_discard(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "discard", 2, 2)?;
    dict::pop_item(
        th,
        crate::objects::set::set_table(a.pos[0]).unwrap(),
        a.pos[1],
    )?;
    Ok(g().none)
}
