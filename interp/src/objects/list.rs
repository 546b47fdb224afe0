//! `list`: a growable array of values.
use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload};
use crate::objects::int;
use crate::ops;
use crate::runtime::{Args, PyResult, g};
use crate::runtime::{Thread, types};
use crate::value::Value;

pub struct List {
    pub items: PyCell<Vec<Value>>,
}

impl PyPayload for List {
    const KIND: Kind = Kind::List;
    fn trace(&self, t: &mut Tracer) {
        for v in self.items.gc_peek().iter() {
            t.mark(v.bits());
        }
    }
}

pub fn new_list(th: &Thread, items: Vec<Value>) -> Gc<List> {
    if items.capacity() > 256 {
        th.mutator.heap().note_external(items.capacity() * 8);
    }
    th.alloc(
        types().list,
        List {
            items: PyCell::new(items),
        },
    )
}

// --- Methods ---

/// Installs the methods of `list`.
pub fn install(th: &Thread) {
    crate::objects::add_methods(
        th,
        crate::runtime::types().list,
        "list",
        &[
            ("append", list_append),
            ("pop", list_pop),
            ("extend", list_extend),
            ("insert", list_insert),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("index", list_index),
            ("count", list_count),
            ("remove", list_remove),
            ("copy", list_copy),
            ("clear", list_clear),
        ],
    );
}

fn this_list(v: Value) -> Gc<List> {
    v.downcast::<List>().expect("list method on a list")
}

fn list_append(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "append", 2, 2)?;
    this_list(a.pos[0]).items.borrow_mut().push(a.pos[1]);
    Ok(g().none)
}

fn list_pop(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "pop", 1, 2)?;
    let l = this_list(a.pos[0]);
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(th.index_error("pop from empty list".into()));
    }
    let n = items.len() as i64;
    let i = match a.pos.get(1) {
        Some(v) => {
            int::to_i64(*v).ok_or_else(|| th.type_error("list indices must be integers".into()))?
        }
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(th.index_error("pop index out of range".into()));
    }
    Ok(items.remove(j as usize))
}

fn list_extend(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "extend", 2, 2)?;
    let items = ops::collect(th, a.pos[1])?;
    this_list(a.pos[0]).items.borrow_mut().extend(items);
    Ok(g().none)
}

fn list_insert(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "insert", 3, 3)?;
    let l = this_list(a.pos[0]);
    let i = int::to_i64(ops::index(th, a.pos[1])?).unwrap_or(0);
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a.pos[2]);
    Ok(g().none)
}

fn list_sort(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "sort", 1, 1)?;
    let l = this_list(a.pos[0]);
    let key = a.kw("key").unwrap_or(Value::NULL);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::truthy(th, r)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let tv = crate::runtime::TempVec::new(th);
    for x in &items {
        tv.push(*x);
    }
    let r = crate::builtins::sort_values(th, items.clone(), key, reverse);
    let modified = !l.items.borrow().is_empty();
    match r {
        Ok(s) => {
            *l.items.borrow_mut() = s;
            if modified {
                return Err(th.value_error("list modified during sort".into()));
            }
            Ok(g().none)
        }
        Err(e) => {
            *l.items.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(_th: &Thread, a: Args) -> PyResult<Value> {
    this_list(a.pos[0]).items.borrow_mut().reverse();
    Ok(g().none)
}

fn list_index(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "index", 2, 4)?;
    let items = this_list(a.pos[0]).items.borrow().clone();
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v.and_then(|x| int::to_i64(*x)) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
            None => d,
        }
    };
    let (s, e) = (norm(a.pos.get(2), 0), norm(a.pos.get(3), n));
    for i in s..e {
        let x = items[i as usize];
        if x == a.pos[1] || ops::eq_bool(th, x, a.pos[1])? {
            return Ok(th.new_int(i));
        }
    }
    Err(th.value_error(format!("{} is not in list", ops::repr(th, a.pos[1])?)))
}

fn list_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "count", 2, 2)?;
    let items = this_list(a.pos[0]).items.borrow().clone();
    let mut c = 0;
    for x in items {
        if x == a.pos[1] || ops::eq_bool(th, x, a.pos[1])? {
            c += 1;
        }
    }
    Ok(th.new_int(c))
}

fn list_remove(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "remove", 2, 2)?;
    let l = this_list(a.pos[0]);
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if *x == a.pos[1] || ops::eq_bool(th, *x, a.pos[1])? {
            l.items.borrow_mut().remove(i);
            return Ok(g().none);
        }
    }
    Err(th.value_error("list.remove(x): x not in list".into()))
}

fn list_copy(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_list(this_list(a.pos[0]).items.borrow().clone()))
}

fn list_clear(_th: &Thread, a: Args) -> PyResult<Value> {
    this_list(a.pos[0]).items.borrow_mut().clear();
    Ok(g().none)
}
