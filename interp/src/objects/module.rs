//! `module`: a namespace (its dict) with a name.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::runtime::{Thread, types};

pub struct Module {
    pub dict: Gc<Dict>,
}

impl PyPayload for Module {
    const KIND: Kind = Kind::Module;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.dict.value().bits());
    }
}

pub fn new_module(th: &Thread, name: &str) -> Gc<Module> {
    let d = dict::new_namespace_dict(th);
    let m = th.alloc(types().module, Module { dict: d });
    dict::set_item_str(th, d, crate::name!(th, "__name__"), th.new_str(name));
    dict::set_item_str(th, d, crate::name!(th, "__doc__"), crate::runtime::g().none);
    m
}

/// A module whose namespace is an existing dict (the `builtins` module).
pub fn module_over(th: &Thread, d: Gc<Dict>) -> Gc<Module> {
    dict::make_namespace(d);
    th.alloc(types().module, Module { dict: d })
}
