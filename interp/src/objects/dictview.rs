//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::dict::Dict;
use crate::objects::iter::IterKind;
use crate::value::Value;

pub struct DictView {
    pub d: Gc<Dict>,
    /// DictKeys, DictValues or DictItems.
    pub which: IterKind,
}

impl PyPayload for DictView {
    const KIND: Kind = Kind::DictView;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.d.value().bits());
    }
}

pub fn view_dict(v: Value) -> Option<Gc<Dict>> {
    v.downcast::<DictView>().map(|x| x.d)
}
