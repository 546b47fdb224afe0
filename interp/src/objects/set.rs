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

// --- Helpers ---

use frontend::bytecode::CmpOp;

use crate::layout::Kind as K;
use crate::objects::list::arity;
use crate::objects::type_::type_name;
use crate::ops;

/// Whether `v` is a set or frozenset (or an instance of a subclass).
pub fn is_anyset(v: Value) -> bool {
    set_table(v).is_some()
}

fn this_table(th: &Thread, v: Value) -> PyResult<Gc<Dict>> {
    set_table(v).ok_or_else(|| {
        th.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(v)
        ))
    })
}

/// A new empty set of the base type of `like` (set or frozenset), and its table.
fn new_like(th: &Thread, like: Value) -> (Value, Gc<Dict>) {
    if like.is_kind(K::FrozenSet) {
        let f = new_frozenset(th);
        (f.value(), f.0.table)
    } else {
        let s = new_set(th);
        (s.value(), s.table)
    }
}

/// A new set (or frozenset, like `like`) holding the items of `src`'s table.
fn copy_like(th: &Thread, like: Value, src: Gc<Dict>) -> (Value, Gc<Dict>) {
    let (v, t) = new_like(th, like);
    dict::assign_from(t, src, Some(g().none));
    (v, t)
}

/// The keys of a table, kept rooted while Python code (`__eq__`, `__hash__`)
/// may mutate the table.
fn keys_rooted(th: &Thread, t: Gc<Dict>) -> crate::runtime::TempVec {
    let tv = crate::runtime::TempVec::new(th);
    for k in dict::keys_vec(t) {
        tv.push(k);
    }
    tv
}

/// Adds `k` to a set table.
pub fn add_key(th: &Thread, t: Gc<Dict>, k: Value) -> PyResult<()> {
    dict::set_item(th, t, k, g().none)
}

/// Runs `f(key)`; a set key that is unhashable is retried as a frozenset
/// (CPython's `set_contains_key`/`set_discard_key`).
fn with_key<T>(th: &Thread, k: Value, f: impl Fn(Value) -> PyResult<T>) -> PyResult<T> {
    match f(k) {
        Err(e)
            if k.is_kind(K::Set)
                && ops::is_instance_of(e.0, crate::runtime::g().exc.type_error) =>
        {
            let fs = crate::builtins_types::frozen_copy(th, k)?;
            let _r = th.root(fs);
            f(fs)
        }
        r => r,
    }
}

pub fn contains_key(th: &Thread, t: Gc<Dict>, k: Value) -> PyResult<bool> {
    with_key(th, k, |k| dict::contains(th, t, k))
}

fn discard_key(th: &Thread, t: Gc<Dict>, k: Value) -> PyResult<bool> {
    with_key(th, k, |k| Ok(dict::pop_item(th, t, k)?.is_some()))
}

/// The table of `x` if it is a set; otherwise a new set table of its items.
fn table_of(th: &Thread, x: Value) -> PyResult<Gc<Dict>> {
    if let Some(t) = set_table(x) {
        return Ok(t);
    }
    let s = new_set(th);
    let _r = th.root(s.value());
    update_table(th, s.table, x)?;
    Ok(s.table)
}

/// Adds every item of the iterable `x` to `t`.
pub fn update_table(th: &Thread, t: Gc<Dict>, x: Value) -> PyResult<()> {
    let src = set_table(x).or_else(|| {
        x.downcast::<Dict>()
            .filter(|_| !crate::objects::type_::type_of(x).is_heap())
    });
    if let Some(src) = src {
        if dict::len(t) == 0 {
            dict::assign_from(t, src, Some(g().none));
            return Ok(());
        }
        let keys = keys_rooted(th, src);
        for i in 0..keys.len() {
            add_key(th, t, keys.get(i))?;
        }
        return Ok(());
    }
    let it = ops::get_iter(th, x)?;
    let _r = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        add_key(th, t, k)?;
    }
    Ok(())
}

/// Replaces the contents of `dst` by the keys of `src`.
fn assign_table(_th: &Thread, dst: Gc<Dict>, src: Gc<Dict>) {
    dict::assign_from(dst, src, Some(g().none));
}

// --- Set algebra on tables ---

fn union_into(th: &Thread, out: Gc<Dict>, others: &[Value]) -> PyResult<()> {
    for x in others {
        update_table(th, out, *x)?;
    }
    Ok(())
}

/// Keys of `cur` that are in `other`, in a new table.
fn intersect(th: &Thread, cur: Gc<Dict>, other: Value) -> PyResult<Gc<Dict>> {
    let ot = table_of(th, other)?;
    let _r = th.root(ot.value());
    let out = new_set(th);
    let _r2 = th.root(out.value());
    let keys = keys_rooted(th, cur);
    for i in 0..keys.len() {
        let k = keys.get(i);
        if dict::contains(th, ot, k)? {
            add_key(th, out.table, k)?;
        }
    }
    Ok(out.table)
}

pub fn difference_into(th: &Thread, out: Gc<Dict>, others: &[Value]) -> PyResult<()> {
    for x in others {
        if let Some(t) = set_table(*x) {
            let keys = keys_rooted(th, t);
            for i in 0..keys.len() {
                dict::pop_item(th, out, keys.get(i))?;
            }
        } else {
            let it = ops::get_iter(th, *x)?;
            let _r = th.root(it);
            while let Some(k) = ops::next(th, it)? {
                dict::pop_item(th, out, k)?;
            }
        }
    }
    Ok(())
}

pub fn symdiff_into(th: &Thread, out: Gc<Dict>, other: Value) -> PyResult<()> {
    let ot = table_of(th, other)?;
    let _r = th.root(ot.value());
    let keys = keys_rooted(th, ot);
    for i in 0..keys.len() {
        let k = keys.get(i);
        if dict::pop_item(th, out, k)?.is_none() {
            add_key(th, out, k)?;
        }
    }
    Ok(())
}

fn is_subset(th: &Thread, a: Gc<Dict>, b: Gc<Dict>) -> PyResult<bool> {
    if dict::len(a) > dict::len(b) {
        return Ok(false);
    }
    let keys = keys_rooted(th, a);
    for i in 0..keys.len() {
        if !dict::contains(th, b, keys.get(i))? {
            return Ok(false);
        }
    }
    Ok(true)
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

fn set_add(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.add", 1, 1)?;
    add_key(th, this_table(th, a.pos[0])?, a.pos[1])?;
    Ok(g().none)
}

fn set_discard(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.discard", 1, 1)?;
    discard_key(th, this_table(th, a.pos[0])?, a.pos[1])?;
    Ok(g().none)
}

fn set_remove(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.remove", 1, 1)?;
    if !discard_key(th, this_table(th, a.pos[0])?, a.pos[1])? {
        return Err(th.key_error(a.pos[1]));
    }
    Ok(g().none)
}

fn set_pop(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.pop", 0, 0)?;
    let t = this_table(th, a.pos[0])?;
    // The first live entry, like CPython's scan from the table start.
    match dict::next_entry(t, 0) {
        Some((_, k, _)) => {
            dict::pop_item(th, t, k)?;
            Ok(k)
        }
        None => Err(th.new_exc(g().exc.key_error, "pop from an empty set".into())),
    }
}

fn set_clear(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.clear", 0, 0)?;
    dict::clear(this_table(th, a.pos[0])?);
    Ok(g().none)
}

fn set_copy(th: &Thread, a: Args) -> PyResult<Value> {
    let name = if a.pos[0].is_kind(K::FrozenSet) {
        "frozenset.copy"
    } else {
        "set.copy"
    };
    arity(th, &a, name, 0, 0)?;
    let t = this_table(th, a.pos[0])?;
    if crate::objects::type_::type_of(a.pos[0]) == types().frozenset {
        return Ok(a.pos[0]);
    }
    Ok(copy_like(th, a.pos[0], t).0)
}

fn varargs(th: &Thread, a: &Args, name: &str) -> PyResult<Gc<Dict>> {
    a.no_kw(th, name)?;
    this_table(th, a.pos[0])
}

fn set_union(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.union")?;
    let (v, out) = copy_like(th, a.pos[0], t);
    let _r = th.root(v);
    union_into(th, out, &a.pos[1..])?;
    Ok(v)
}

fn set_intersection(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.intersection")?;
    let (v, out) = copy_like(th, a.pos[0], t);
    let _r = th.root(v);
    for x in &a.pos[1..] {
        let r = intersect(th, out, *x)?;
        assign_table(th, out, r);
    }
    Ok(v)
}

fn set_difference(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.difference")?;
    let (v, out) = copy_like(th, a.pos[0], t);
    let _r = th.root(v);
    difference_into(th, out, &a.pos[1..])?;
    Ok(v)
}

fn set_symmetric_difference(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.symmetric_difference", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    let (v, out) = copy_like(th, a.pos[0], t);
    let _r = th.root(v);
    symdiff_into(th, out, a.pos[1])?;
    Ok(v)
}

fn set_update(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.update")?;
    union_into(th, t, &a.pos[1..])?;
    Ok(g().none)
}

fn set_intersection_update(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.intersection_update")?;
    for x in &a.pos[1..] {
        let r = intersect(th, t, *x)?;
        assign_table(th, t, r);
    }
    Ok(g().none)
}

fn set_difference_update(th: &Thread, a: Args) -> PyResult<Value> {
    let t = varargs(th, &a, "set.difference_update")?;
    difference_into(th, t, &a.pos[1..])?;
    Ok(g().none)
}

fn set_symmetric_difference_update(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.symmetric_difference_update", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    if a.pos[1] == a.pos[0] {
        dict::clear(t);
        return Ok(g().none);
    }
    symdiff_into(th, t, a.pos[1])?;
    Ok(g().none)
}

fn set_issubset(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.issubset", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    let o = table_of(th, a.pos[1])?;
    let _r = th.root(o.value());
    Ok(th.bool_val(is_subset(th, t, o)?))
}

fn set_issuperset(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.issuperset", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    let o = table_of(th, a.pos[1])?;
    let _r = th.root(o.value());
    Ok(th.bool_val(is_subset(th, o, t)?))
}

fn set_isdisjoint(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.isdisjoint", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    let it = ops::get_iter(th, a.pos[1])?;
    let _r = th.root(it);
    while let Some(k) = ops::next(th, it)? {
        if dict::contains(th, t, k)? {
            return Ok(g().false_);
        }
    }
    Ok(g().true_)
}

fn set_contains(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__contains__", 1, 1)?;
    let t = this_table(th, a.pos[0])?;
    Ok(th.bool_val(contains_key(th, t, a.pos[1])?))
}

fn set_len(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__len__", 0, 0)?;
    Ok(th.new_int(dict::len(this_table(th, a.pos[0])?) as i64))
}

fn set_iter(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "set.__iter__", 0, 0)?;
    let t = this_table(th, a.pos[0])?;
    Ok(crate::objects::iter::new_iter(
        th,
        crate::objects::iter::IterKind::Set,
        crate::objects::iter::dict_state(t),
    ))
}

/// `a op b` for two sets; the result has the base type of `a`.
fn binop(th: &Thread, a: Value, b: Value, which: u8) -> PyResult<Value> {
    let (Some(ta), Some(_)) = (set_table(a), set_table(b)) else {
        return Ok(g().not_implemented);
    };
    let (v, out) = copy_like(th, a, ta);
    let _r = th.root(v);
    match which {
        b'|' => union_into(th, out, &[b])?,
        b'&' => {
            let r = intersect(th, out, b)?;
            assign_table(th, out, r);
        }
        b'-' => difference_into(th, out, &[b])?,
        _ => symdiff_into(th, out, b)?,
    }
    Ok(v)
}

/// `a op= b`: mutates `a`.
fn ibinop(th: &Thread, a: Value, b: Value, which: u8) -> PyResult<Value> {
    let (Some(ta), Some(_)) = (set_table(a), set_table(b)) else {
        return Ok(g().not_implemented);
    };
    match which {
        b'|' => union_into(th, ta, &[b])?,
        b'&' => {
            let r = intersect(th, ta, b)?;
            assign_table(th, ta, r);
        }
        b'-' => {
            if a == b {
                dict::clear(ta);
            } else {
                difference_into(th, ta, &[b])?
            }
        }
        _ => {
            if a == b {
                dict::clear(ta);
            } else {
                symdiff_into(th, ta, b)?
            }
        }
    }
    Ok(a)
}

macro_rules! set_binops {
    ($($name:ident, $rname:ident, $iname:ident, $op:literal);*) => {$(
        fn $name(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($name), 1, 1)?;
            binop(th, a.pos[0], a.pos[1], $op)
        }
        fn $rname(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($rname), 1, 1)?;
            binop(th, a.pos[1], a.pos[0], $op)
        }
        fn $iname(th: &Thread, a: Args) -> PyResult<Value> {
            arity(th, &a, stringify!($iname), 1, 1)?;
            ibinop(th, a.pos[0], a.pos[1], $op)
        }
    )*};
}

set_binops!(
    set_or, set_ror, set_ior, b'|';
    set_and, set_rand, set_iand, b'&';
    set_sub, set_rsub, set_isub, b'-';
    set_xor, set_rxor, set_ixor, b'^'
);

fn set_cmp(th: &Thread, a: &Args, op: CmpOp) -> PyResult<Value> {
    arity(th, a, op.dunder(), 1, 1)?;
    let ta = this_table(th, a.pos[0])?;
    let Some(tb) = set_table(a.pos[1]) else {
        return Ok(g().not_implemented);
    };
    let (la, lb) = (dict::len(ta), dict::len(tb));
    let r = match op {
        CmpOp::Eq => la == lb && is_subset(th, ta, tb)?,
        CmpOp::Ne => !(la == lb && is_subset(th, ta, tb)?),
        CmpOp::Le => is_subset(th, ta, tb)?,
        CmpOp::Lt => la < lb && is_subset(th, ta, tb)?,
        CmpOp::Ge => is_subset(th, tb, ta)?,
        CmpOp::Gt => la > lb && is_subset(th, tb, ta)?,
    };
    Ok(th.bool_val(r))
}

crate::rich_compare_fns!(set_cmp => set_eq, set_ne, set_lt, set_le, set_gt, set_ge);

fn frozenset_hash(th: &Thread, a: Args) -> PyResult<Value> {
    arity(th, &a, "frozenset.__hash__", 0, 0)?;
    this_table(th, a.pos[0])?;
    Ok(th.new_int(crate::builtins_types::frozenset_hash(th, a.pos[0])?))
}
