//! `type`: class objects, the MRO, attribute lookup on types, class creation,
//! and the bootstrap of the builtin type hierarchy.
//!
//! A `TypeObj` begins with the `gc::Meta` that its *instances'* headers point
//! at; the type's own header points at its metaclass's Meta.  Attributes live
//! in `dict`; lookups walk `mro` (C3 linearisation, computed at creation and
//! when `__bases__` changes).  Every mutation of any type's dict bumps
//! `TYPE_EPOCH`, which invalidates the interpreter's attribute caches.
use std::sync::atomic::{AtomicU64, Ordering};

use gc::{Meta, Tracer};

use crate::layout::{self, AtomicCell, Gc, Kind, PyCell, PyPayload};
use crate::objects::dict::{self, Dict};
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

/// Type flags.
pub mod tflags {
    /// Created by a class statement or type(name, bases, dict).
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances of this type and its subclasses are exceptions.
    pub const EXCEPTION: u32 = 4;
    /// Instances keep `__slots__` values in their `Instance::dict` cell
    /// (the class or a base has nonempty `__slots__`); their `__dict__`, if
    /// any, is the `Sub<Instance>` dict.
    pub const SLOTTED: u32 = 8;
    /// The class itself defines nonempty `__slots__`.
    pub const OWN_SLOTS: u32 = 16;
    /// Instances accept weak references (see `accepts_weakrefs`).
    pub const WEAKREF: u32 = 32;
}

/// Bumped whenever any type's dict or bases change.
pub static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

#[repr(C)]
pub struct TypeObj {
    /// Meta of this type's instances.  Must stay the first field.
    pub meta: Meta,
    pub name: PyCell<String>,
    pub qualname: PyCell<String>,
    pub module: PyCell<String>,
    pub bases: PyCell<Vec<Gc<TypeObj>>>,
    pub mro: PyCell<Vec<Gc<TypeObj>>>,
    pub dict: Gc<Dict>,
    pub flags: AtomicCell<u32>,
    /// Which attribute hooks the type overrides (`attr_flags`), with the
    /// TYPE_EPOCH they were computed at.
    pub attr_flags: PyCell<(u64, u32)>,
    /// Direct subclasses, for `__subclasses__()`, oldest first.  A class
    /// made at run time is held through a weak reference of its own (a
    /// callback-less `_weakref.ref`, as CPython's `tp_subclasses` holds
    /// weakrefs), so it dies with its last reference, not with its bases;
    /// a builtin type, which never dies, is held as itself.  Entries whose
    /// class died are dropped as subclasses are added (`add_subclass`).
    pub subclasses: PyCell<Vec<Value>>,
}

impl PyPayload for TypeObj {
    const KIND: Kind = Kind::Type;
    fn trace(&self, t: &mut Tracer) {
        for b in self.bases.gc_peek().iter() {
            t.mark(b.value().bits());
        }
        for b in self.mro.gc_peek().iter() {
            t.mark(b.value().bits());
        }
        for e in self.subclasses.gc_peek().iter() {
            t.mark(e.bits());
        }
        t.mark(self.dict.value().bits());
    }
}

impl TypeObj {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    pub fn is_heap(&self) -> bool {
        self.flags.get() & tflags::HEAPTYPE != 0
    }
    pub fn layout(&self) -> Kind {
        // SAFETY-free: kind is always written from a Kind.
        kind_from_u32(self.meta.kind)
    }
    /// Whether instances have a `__dict__` (their layout has a dict slot).
    pub fn has_instance_dict(&self) -> bool {
        self.meta.flags != 0
    }
}

pub fn kind_from_u32(k: u32) -> Kind {
    // Kind is a dense repr(u32) enum; all metas are built from Kind values.
    const ALL: [Kind; 36] = [
        Kind::Object,
        Kind::Int,
        Kind::Bool,
        Kind::Float,
        Kind::Complex,
        Kind::Str,
        Kind::Bytes,
        Kind::ByteArray,
        Kind::Tuple,
        Kind::List,
        Kind::Dict,
        Kind::Set,
        Kind::FrozenSet,
        Kind::Range,
        Kind::Slice,
        Kind::None,
        Kind::NotImplemented,
        Kind::Ellipsis,
        Kind::Type,
        Kind::Function,
        Kind::NativeFunction,
        Kind::BoundMethod,
        Kind::Code,
        Kind::Cell,
        Kind::Frame,
        Kind::Module,
        Kind::Generator,
        Kind::Property,
        Kind::StaticMethod,
        Kind::ClassMethod,
        Kind::Super,
        Kind::BaseException,
        Kind::Traceback,
        Kind::Iterator,
        Kind::DictView,
        Kind::Native,
    ];
    ALL[k as usize]
}

/// Bits of `attr_flags`.
pub mod attr {
    /// `__getattribute__` is not object's.
    pub const CUSTOM_GETATTRIBUTE: u32 = 1;
    /// The type (or a base) defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 2;
    /// `__setattr__` is not object's.
    pub const CUSTOM_SETATTR: u32 = 4;
    /// `__delattr__` is not object's.
    pub const CUSTOM_DELATTR: u32 = 8;
    /// The type (or a base) defines `__del__`: instances get a finalizer.
    pub const HAS_DEL: u32 = 16;
}

/// The attribute-hook flags of a type (see `attr`), recomputed when any
/// type has changed since they were last computed.
#[inline]
pub fn attr_flags(th: &Thread, ty: Gc<TypeObj>) -> u32 {
    let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
    let (e, f) = ty.attr_flags.get_copy();
    if e == epoch {
        return f;
    }
    let mut f = 0;
    let not_object = |n: Value, s: &'static str| {
        lookup(ty, n).is_some_and(|v| !crate::objects::object::is_object_slot(th, v, s))
    };
    if not_object(crate::name!(th, "__getattribute__"), "__getattribute__") {
        f |= attr::CUSTOM_GETATTRIBUTE;
    }
    if lookup(ty, crate::name!(th, "__getattr__")).is_some() {
        f |= attr::HAS_GETATTR;
    }
    if not_object(crate::name!(th, "__setattr__"), "__setattr__") {
        f |= attr::CUSTOM_SETATTR;
    }
    if not_object(crate::name!(th, "__delattr__"), "__delattr__") {
        f |= attr::CUSTOM_DELATTR;
    }
    if lookup(ty, crate::name!(th, "__del__")).is_some() {
        f |= attr::HAS_DEL;
    }
    ty.attr_flags.set((epoch, f));
    f
}

/// The Python type of any value.
#[inline(always)]
pub fn type_of(v: Value) -> Gc<TypeObj> {
    if v.is_small() {
        types().int
    } else {
        v.heap_type()
    }
}

/// Whether `sub` is `sup` or derives from it.
pub fn is_subtype(sub: Gc<TypeObj>, sup: Gc<TypeObj>) -> bool {
    if sub == sup {
        return true;
    }
    sub.mro.borrow().contains(&sup)
}

/// isinstance(v, ty) without __instancecheck__.
#[inline]
pub fn is_instance(v: Value, ty: Gc<TypeObj>) -> bool {
    let t = type_of(v);
    t == ty || is_subtype(t, ty)
}

/// Looks `name` (a str value) up along the MRO of `ty`.
///
/// Results for interned names are memoised in a per-thread direct-mapped
/// cache (CPython's type attribute cache), valid while `TYPE_EPOCH` is
/// unchanged (every change of any type's dict or MRO bumps the epoch) and
/// `runtime::INTERN_EPOCH` too (a collection dropped interned strings, and
/// a new one may have the address of a name the cache holds).
#[inline]
pub fn lookup(ty: Gc<TypeObj>, name: Value) -> Option<Value> {
    if !crate::objects::str::is_interned(name) {
        return lookup_uncached(ty, name);
    }
    let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
    let names = crate::runtime::INTERN_EPOCH.load(Ordering::Relaxed);
    let (t, n) = (ty.value().bits(), name.bits());
    let idx = (((t >> 4) ^ (n >> 3).wrapping_mul(0x9e37_79b9)) as usize) & (METHOD_CACHE_SIZE - 1);
    let hit = METHOD_CACHE.with(|c| {
        let e = c[idx].get();
        (e.ty == t && e.name == n && e.epoch == epoch && e.names == names).then_some(e.value)
    });
    if let Some(v) = hit {
        return if v.is_null() { None } else { Some(v) };
    }
    let r = lookup_uncached(ty, name);
    METHOD_CACHE.with(|c| {
        c[idx].set(MethodCacheEntry {
            ty: t,
            name: n,
            epoch,
            names,
            value: r.unwrap_or(Value::NULL),
        })
    });
    r
}

const METHOD_CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct MethodCacheEntry {
    ty: u64,
    name: u64,
    epoch: u64,
    /// `runtime::INTERN_EPOCH` when filled.
    names: u64,
    /// NULL: the name is not found on the type.
    value: Value,
}

thread_local! {
    /// Entries never keep objects alive: an entry is used only while its
    /// epoch is current, and then the value is still in a live type's dict.
    static METHOD_CACHE: Box<[std::cell::Cell<MethodCacheEntry>]> =
        (0..METHOD_CACHE_SIZE)
            .map(|_| std::cell::Cell::new(MethodCacheEntry { ty: 0, name: 0, epoch: 0, names: 0, value: Value::NULL }))
            .collect();
}

fn lookup_uncached(ty: Gc<TypeObj>, name: Value) -> Option<Value> {
    let mro = ty.mro.borrow();
    for t in mro.iter() {
        if let Some(v) = dict::get_str(t.dict, name) {
            return Some(v);
        }
    }
    None
}

/// Looks a Rust string up along the MRO (interns it first).
pub fn lookup_str(th: &Thread, ty: Gc<TypeObj>, name: &'static str) -> Option<Value> {
    lookup(ty, th.intern_static(name))
}

pub fn type_name(v: Value) -> String {
    type_of(v).name()
}

// --- C3 linearisation ---

pub fn compute_mro(
    th: &Thread,
    ty: Gc<TypeObj>,
    bases: &[Gc<TypeObj>],
) -> PyResult<Vec<Gc<TypeObj>>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            return Err(th.type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mut seqs: Vec<Vec<Gc<TypeObj>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|s2| s2[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        match found {
            Some(c) => {
                out.push(c);
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                // CPython names the heads of the lists still to merge.
                let mut heads: Vec<Gc<TypeObj>> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| b.name()).collect();
                return Err(th.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

// --- Creating types ---

/// Creates a builtin (static) type with the given instance Meta.
pub fn new_builtin_type(
    th: &Thread,
    name: &str,
    base: Option<Gc<TypeObj>>,
    meta: Meta,
    basetype: bool,
) -> Gc<TypeObj> {
    let d = dict::new_dict(th);
    let t = th.alloc(
        types().type_,
        TypeObj {
            meta,
            name: PyCell::new(name.to_string()),
            qualname: PyCell::new(name.to_string()),
            module: PyCell::new("builtins".into()),
            bases: PyCell::new(base.into_iter().collect()),
            mro: PyCell::new(Vec::new()),
            dict: d,
            flags: AtomicCell::new(if basetype { tflags::BASETYPE } else { 0 }),
            attr_flags: PyCell::new((0, 0)),
            subclasses: PyCell::new(Vec::new()),
        },
    );
    // Classes die (see `TypeObj::subclasses`), and the caches keyed by a
    // type's address (`lookup`, the interpreter's inline caches) hold
    // entries of dead ones: a new type at a reused address is a new epoch
    // before any code can see it.
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    if WEAKREF_BUILTINS.contains(&name) {
        t.flags.set(t.flags.get() | tflags::WEAKREF);
    }
    let mut mro = vec![t];
    if let Some(b) = base {
        add_subclass(th, b, t);
        mro.extend(b.mro.borrow().iter().copied());
        if b.flags.get() & tflags::EXCEPTION != 0 {
            t.flags.set(t.flags.get() | tflags::EXCEPTION);
        }
    }
    *t.mro.borrow_mut() = mro;
    t
}

/// Sets an attribute in a type's dict during initialisation.
pub fn set_attr_str(th: &Thread, t: Gc<TypeObj>, name: &str, v: Value) {
    let k = th.intern(name);
    dict::set_item_str(th, t.dict, k, v);
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// What a class's `__slots__` declare.
struct SlotSpec {
    /// The slot names, mangled, in order.
    names: Vec<String>,
    /// `'__dict__'` was listed.
    add_dict: bool,
    /// `'__weakref__'` was listed.
    add_weakref: bool,
    /// Anything was listed (`'__dict__'` and `'__weakref__'` included).
    listed: bool,
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next()
        .is_some_and(|c| c == '_' || unicode_ident_start(c))
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

fn unicode_ident_start(c: char) -> bool {
    c.is_alphabetic()
}

/// `__x` inside class `C` is `_C__x` (names with a trailing `__` are kept).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Reads and checks `__slots__` from a class namespace (None: not defined).
fn parse_slots(
    th: &Thread,
    class_name: &str,
    d: Gc<Dict>,
    base_has_dict: bool,
    base_has_weakref: bool,
) -> PyResult<Option<SlotSpec>> {
    let Some(sv) = dict::get_str(d, crate::name!(th, "__slots__")) else {
        return Ok(None);
    };
    let items = if sv.is_kind(Kind::Str) {
        vec![sv]
    } else {
        crate::ops::collect(th, sv)?
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        add_dict: false,
        add_weakref: false,
        listed: !items.is_empty(),
    };
    for it in &items {
        let Some(n) = crate::objects::str::as_str(*it) else {
            return Err(th.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_name(*it)
            )));
        };
        if !is_identifier(n) {
            return Err(th.type_error("__slots__ must be identifiers".into()));
        }
        if n == "__dict__" {
            if base_has_dict || spec.add_dict {
                return Err(th.type_error("__dict__ slot disallowed: we already got one".into()));
            }
            spec.add_dict = true;
            continue;
        }
        if n == "__weakref__" {
            if base_has_weakref || spec.add_weakref {
                return Err(th.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
                        .into(),
                ));
            }
            spec.add_weakref = true;
            continue;
        }
        let m = mangle(class_name, n);
        if spec.names.contains(&m) {
            continue;
        }
        spec.names.push(m);
    }
    for n in &spec.names {
        if dict::get_str(d, th.intern(n)).is_some() {
            return Err(th.value_error(format!("'{n}' in __slots__ conflicts with class variable")));
        }
    }
    Ok(Some(spec))
}

/// Layouts whose instances vary in size (CPython's nonzero `tp_itemsize`):
/// their subclasses get no `__slots__`, `__weakref__` included.
fn is_var_sized(k: Kind) -> bool {
    matches!(k, Kind::Int | Kind::Bool | Kind::Tuple | Kind::Bytes)
}

/// The built-in types whose instances accept weak references in CPython
/// 3.11 (those with a `tp_weaklistoffset`), by name; every other built-in
/// type refuses them (`object`, numbers, strings, lists, dicts, tuples,
/// iterators, descriptors, exceptions, weakrefs themselves ...).
const WEAKREF_BUILTINS: &[&str] = &[
    "type",
    "function",
    "builtin_function_or_method",
    "method",
    "code",
    "module",
    "set",
    "frozenset",
    "generator",
    "coroutine",
    "async_generator",
    "deque",
    "partial",
    "Pattern",
    "array",
    "memoryview",
    "GenericAlias",
    "lock",
    "RLock",
    "StringIO",
    "BytesIO",
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "FileIO",
    "socket",
    "OrderedDict",
];

/// Whether instances of `t` accept weak references: `tflags::WEAKREF`,
/// set by `new_heap_type` when the class or a base added `__weakref__`
/// and by `new_builtin_type` for the types of `WEAKREF_BUILTINS` (some
/// native types are flagged as heap types for their dunders); the core
/// types made before those are found by name.
pub fn accepts_weakrefs(t: Gc<TypeObj>) -> bool {
    // A builtin type's name never changes, so it is read without the
    // cell's lock: this also runs in a collection's pause (`gc.collect()`'s
    // count), where no lock may be taken.
    t.flags.get() & tflags::WEAKREF != 0
        || (!t.is_heap() && WEAKREF_BUILTINS.contains(&t.name.gc_peek().as_str()))
}

/// The most derived class in `t`'s MRO that defines nonempty `__slots__`.
fn slots_owner(t: Gc<TypeObj>) -> Option<Gc<TypeObj>> {
    t.mro
        .borrow()
        .iter()
        .copied()
        .find(|b| b.flags.get() & tflags::OWN_SLOTS != 0)
}

/// Solid layout of a class derived from `bases`, and the Meta for its
/// instances; `slots` is what the class body declared in `__slots__`.
fn instance_meta(th: &Thread, bases: &[Gc<TypeObj>], slots: Option<&SlotSpec>) -> PyResult<Meta> {
    let mut solid: Option<Gc<TypeObj>> = None;
    let mut owner: Option<Gc<TypeObj>> = None;
    for b in bases {
        if b.flags.get() & tflags::BASETYPE == 0 {
            return Err(th.type_error(format!(
                "type '{}' is not an acceptable base type",
                b.name()
            )));
        }
        if let Some(o) = slots_owner(*b) {
            match owner {
                Some(p) if is_subtype(o, p) => owner = Some(o),
                Some(p) if is_subtype(p, o) => {}
                Some(_) => {
                    return Err(
                        th.type_error("multiple bases have instance lay-out conflict".to_string())
                    );
                }
                None => owner = Some(o),
            }
        }
        if b.layout() != Kind::Object {
            match solid {
                Some(s) if s.layout() != b.layout() && !is_subtype(*b, s) && !is_subtype(s, *b) => {
                    return Err(
                        th.type_error("multiple bases have instance lay-out conflict".to_string())
                    );
                }
                Some(s) if is_subtype(*b, s) => solid = Some(*b),
                None => solid = Some(*b),
                _ => {}
            }
        }
    }
    let base_has_dict = bases.iter().any(|b| b.has_instance_dict());
    let wants_dict = match slots {
        None => true,
        Some(sp) => sp.add_dict || base_has_dict,
    };
    let Some(s) = solid else {
        let slotted = owner.is_some() || slots.is_some_and(|sp| !sp.names.is_empty());
        return Ok(match (slotted, wants_dict) {
            (false, true) => crate::objects::object::instance_meta(),
            (true, true) => layout::sub_meta_for::<crate::objects::object::Instance>(),
            (_, false) => layout::meta_for::<crate::objects::object::Instance>(),
        });
    };
    if let Some(sp) = slots
        && sp.listed
        && is_var_sized(s.layout())
    {
        return Err(th.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            s.name()
        )));
    }
    // The solid base already has an instance dict (a heap type or an exception).
    if s.meta.flags != 0 {
        return Ok(Meta {
            trace: s.meta.trace,
            drop: s.meta.drop,
            kind: s.meta.kind,
            flags: s.meta.flags,
        });
    }
    if s.layout() == Kind::Native {
        // A native layout (weakref, ...) says how to extend it, or refuses.
        return crate::objects::native_sub_meta(s).ok_or_else(|| {
            th.type_error(format!(
                "type '{}' is not an acceptable base type",
                s.name()
            ))
        });
    }
    Ok(crate::objects::sub_meta(s.layout()))
}

/// type(name, bases, dict) and class statements.
pub fn new_heap_type(
    th: &Thread,
    metatype: Gc<TypeObj>,
    name: &str,
    bases_in: Vec<Gc<TypeObj>>,
    ns: Gc<Dict>,
) -> PyResult<Gc<TypeObj>> {
    let bases = if bases_in.is_empty() {
        vec![types().object]
    } else {
        bases_in
    };
    let d = dict::new_dict(th);
    dict::update(th, d, ns)?;
    let base_has_dict = bases.iter().any(|b| b.has_instance_dict());
    let base_has_weakref = bases.iter().any(|b| accepts_weakrefs(*b));
    let var_sized = bases.iter().any(|b| is_var_sized(b.layout()));
    let slots = parse_slots(th, name, d, base_has_dict, base_has_weakref)?;
    let meta = instance_meta(th, &bases, slots.as_ref())?;
    let qualname = match dict::get_str(d, crate::name!(th, "__qualname__")) {
        Some(q) => {
            let Some(s) = crate::objects::str::as_str(q).map(str::to_string) else {
                return Err(th.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name(q)
                )));
            };
            dict::del_str(d, crate::name!(th, "__qualname__"));
            s
        }
        None => name.to_string(),
    };
    let module = dict::get_str(d, crate::name!(th, "__module__"))
        .and_then(|m| crate::objects::str::as_str(m).map(str::to_string))
        .unwrap_or_else(|| "builtins".into());
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    if bases.iter().any(|b| b.flags.get() & tflags::EXCEPTION != 0) {
        flags |= tflags::EXCEPTION;
    }
    // As CPython adds `__weakref__`: to a class without `__slots__` (unless
    // its instances are variable-sized: int, tuple, bytes), or one that
    // lists it; a base that has it passes it on.
    let weakref = match &slots {
        None => !var_sized,
        Some(sp) => sp.add_weakref,
    };
    if weakref || base_has_weakref {
        flags |= tflags::WEAKREF;
    }
    let own_slots = slots.as_ref().is_some_and(|sp| !sp.names.is_empty());
    if meta.kind == Kind::Object as u32
        && (own_slots || bases.iter().any(|b| b.flags.get() & tflags::SLOTTED != 0))
    {
        flags |= tflags::SLOTTED;
        if own_slots {
            flags |= tflags::OWN_SLOTS;
        }
    }
    let t = th.alloc(
        metatype,
        TypeObj {
            meta,
            name: PyCell::new(name.to_string()),
            qualname: PyCell::new(qualname),
            module: PyCell::new(module),
            bases: PyCell::new(bases.clone()),
            mro: PyCell::new(Vec::new()),
            dict: d,
            flags: AtomicCell::new(flags),
            attr_flags: PyCell::new((0, 0)),
            subclasses: PyCell::new(Vec::new()),
        },
    );
    // A new epoch before any code sees the class (as in `new_builtin_type`).
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    let mro = compute_mro(th, t, &bases)?;
    *t.mro.borrow_mut() = mro;
    // Member descriptors for the slots.
    if let Some(sp) = &slots {
        for n in &sp.names {
            let k = th.intern(n);
            let m = crate::objects::member::new_member(th, k, t);
            dict::set_item_str(th, d, k, m);
        }
    }
    // __new__ is an implicit staticmethod; __init_subclass__ and
    // __class_getitem__ implicit classmethods.
    for (n, wrap) in [
        ("__new__", Kind::StaticMethod),
        ("__init_subclass__", Kind::ClassMethod),
        ("__class_getitem__", Kind::ClassMethod),
    ] {
        let k = th.intern(n);
        if let Some(f) = dict::get_str(d, k)
            && f.is_kind(Kind::Function)
        {
            let w = crate::objects::property::wrap_method(th, f, wrap);
            dict::set_item_str(th, d, k, w);
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if dict::get_str(d, crate::name!(th, "__eq__")).is_some()
        && dict::get_str(d, crate::name!(th, "__hash__")).is_none()
    {
        dict::set_item_str(th, d, crate::name!(th, "__hash__"), g().none);
    }
    if dict::get_str(d, crate::name!(th, "__doc__")).is_none() {
        dict::set_item_str(th, d, crate::name!(th, "__doc__"), g().none);
    }
    for b in &bases {
        add_subclass(th, *b, t);
    }
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    Ok(t)
}

/// Records `sub` as a direct subclass of `base` (see `TypeObj::subclasses`).
fn add_subclass(th: &Thread, base: Gc<TypeObj>, sub: Gc<TypeObj>) {
    let entry = if sub.is_heap() {
        crate::modules::weakref::new_private_ref(th, sub.value())
    } else {
        sub.value()
    };
    let mut l = base.subclasses.borrow_mut();
    // Dead entries are dropped when the list reaches a power of two: an
    // amortised constant cost per addition (a dead entry waits for the
    // next such length).
    if l.len() >= 8 && l.len().is_power_of_two() {
        l.retain(|&e| subclass_entry(e).is_some());
    }
    l.push(entry);
}

/// The class an entry of `TypeObj::subclasses` stands for, if it lives.
fn subclass_entry(e: Value) -> Option<Gc<TypeObj>> {
    e.downcast::<TypeObj>()
        .or_else(|| crate::modules::weakref::referent(e).and_then(|v| v.downcast::<TypeObj>()))
}

/// The live direct subclasses of `t`, oldest first.
pub fn subclasses(t: Gc<TypeObj>) -> Vec<Gc<TypeObj>> {
    t.subclasses
        .borrow()
        .iter()
        .filter_map(|&e| subclass_entry(e))
        .collect()
}

// --- Bootstrap ---

/// Builds the core types (`type`, `object`, `dict`, `str`) that everything
/// else needs, then all other builtin types.
pub fn bootstrap(th: &Thread, heap: &'static gc::Heap) -> crate::runtime::Globals {
    crate::objects::bootstrap::run(th, heap)
}

/// Allocates a type object before `type` itself exists; `fix_type` patches it.
pub fn raw_type(th: &Thread, name: &str, meta: Meta, d: Gc<Dict>, basetype: bool) -> Gc<TypeObj> {
    layout::alloc_raw(
        &th.mutator,
        std::ptr::null(),
        TypeObj {
            meta,
            name: PyCell::new(name.to_string()),
            qualname: PyCell::new(name.to_string()),
            module: PyCell::new("builtins".into()),
            bases: PyCell::new(Vec::new()),
            mro: PyCell::new(Vec::new()),
            dict: d,
            flags: AtomicCell::new(if basetype { tflags::BASETYPE } else { 0 }),
            attr_flags: PyCell::new((0, 0)),
            subclasses: PyCell::new(Vec::new()),
        },
    )
}

// --- Python-visible methods of `type` ---

pub fn type_repr(th: &Thread, t: Gc<TypeObj>) -> String {
    let _ = th;
    let m = t.module.borrow().clone();
    if m == "builtins" {
        format!("<class '{}'>", t.qualname.borrow())
    } else {
        format!("<class '{}.{}'>", m, t.qualname.borrow())
    }
}

/// `type.__call__`: type(x), type(name, bases, dict), and instantiation.
pub fn call_type(th: &Thread, t: Gc<TypeObj>, args: Args) -> PyResult<Value> {
    if t == types().type_ && args.pos.len() == 1 && !args.has_kw() {
        return Ok(type_of(args.pos[0]).value());
    }
    let new = lookup(t, crate::name!(th, "__new__"))
        .ok_or_else(|| th.type_error(format!("cannot create '{}' instances", t.name())))?;
    let obj = if crate::objects::object::is_object_slot(th, new, "__new__") {
        // object.__new__: check the arguments against __init__ like CPython.
        crate::objects::object::new_instance_checked(th, t, args)?
    } else {
        crate::ops::with_prepended(th, t.value(), args.pos, |pos| {
            crate::ops::call_with(th, new, args.with_pos(pos))
        })?
    };
    let ot = type_of(obj);
    if !is_subtype(ot, t) {
        return Ok(obj);
    }
    if let Some(init) = lookup(ot, crate::name!(th, "__init__")) {
        if crate::objects::object::is_object_slot(th, init, "__init__") {
            return Ok(obj);
        }
        let _r = th.root(obj);
        let res = crate::ops::call_method_value(th, init, obj, args)?;
        if res != g().none {
            return Err(th.type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(res)
            )));
        }
    }
    Ok(obj)
}

/// type.__new__(metatype, name, bases, dict, **kw)
pub fn type_new(th: &Thread, args: Args) -> PyResult<Value> {
    if args.pos.len() == 2 && args.pos[0] == types().type_.value() {
        return Ok(type_of(args.pos[1]).value());
    }
    if args.pos.len() != 4 {
        return Err(th.type_error("type() takes 1 or 3 arguments".to_string()));
    }
    let meta = args.pos[0].downcast::<TypeObj>().ok_or_else(|| {
        th.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            type_name(args.pos[0])
        ))
    })?;
    let arg_error = |i: usize, what: &str| {
        th.type_error(format!(
            "type.__new__() argument {i} must be {what}, not {}",
            type_name(args.pos[i])
        ))
    };
    let name = crate::objects::str::as_str(args.pos[1])
        .ok_or_else(|| arg_error(1, "str"))?
        .to_string();
    let bases_t = args.pos[2]
        .downcast::<crate::objects::tuple::Tuple>()
        .ok_or_else(|| arg_error(2, "tuple"))?;
    let ns = args.pos[3]
        .downcast::<Dict>()
        .ok_or_else(|| arg_error(3, "dict"))?;
    let mut bases = Vec::new();
    for b in bases_t.items().iter() {
        bases.push(b.downcast::<TypeObj>().ok_or_else(|| {
            th.type_error(format!(
                "type.__new__() bases must be types, not {}",
                type_name(*b)
            ))
        })?);
    }
    // The most derived metaclass wins.
    let mut winner = meta;
    for b in &bases {
        let bt = type_of(b.value());
        if is_subtype(bt, winner) {
            winner = bt;
        } else if !is_subtype(winner, bt) {
            return Err(th.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
                    .to_string(),
            ));
        }
    }
    let t = new_heap_type(th, winner, &name, bases, ns)?;
    let _r = th.root(t.value());
    // Without `__module__`, the calling code's module, as CPython takes it
    // from the running frame's globals (native callers of `new_heap_type`
    // name their module themselves).
    if dict::get_str(t.dict, crate::name!(th, "__module__")).is_none()
        && let Some(fr) = th.frame.get().downcast::<crate::objects::frame::Frame>()
        && let Some(m) = dict::get_str(fr.globals, crate::name!(th, "__name__"))
    {
        set_attr_str(th, t, "__module__", m);
        if let Some(ms) = crate::objects::str::as_str(m) {
            *t.module.borrow_mut() = ms.to_string();
        }
    }
    // __set_name__ on descriptors, then __init_subclass__ on the parent.
    let items = dict::items_vec(t.dict);
    // A `__set_name__` may delete the other attributes: CPython calls it
    // on a copy of the namespace, so the snapshot is rooted.
    let _ri = th.root_pairs(&items);
    for (k, v) in items {
        let vt = type_of(v);
        if let Some(sn) = lookup(vt, crate::name!(th, "__set_name__")) {
            crate::ops::call_method_value(th, sn, v, Args::new(&[t.value(), k]))?;
        }
    }
    let sup = crate::objects::super_::new_super(th, t, t.value())?;
    let init_sub = crate::ops::getattr(th, sup, crate::name!(th, "__init_subclass__"))?;
    crate::ops::call_with(th, init_sub, args.with_pos(&[]))?;
    if let Some(cell) = dict::get_str(t.dict, crate::name!(th, "__classcell__")) {
        if let Some(c) = cell.downcast::<crate::objects::cell::CellObj>() {
            c.value.set(t.value());
        }
        dict::del_str(t.dict, crate::name!(th, "__classcell__"));
        TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    }
    Ok(t.value())
}

/// Sets an attribute on a type (type.__setattr__).
pub fn type_setattr(th: &Thread, t: Gc<TypeObj>, name: Value, v: Value) -> PyResult<()> {
    if !t.is_heap() {
        return Err(th.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            crate::objects::str::as_str(name).unwrap_or("?"),
            t.name()
        )));
    }
    let n = crate::objects::str::as_str(name).unwrap_or("");
    if n == "__name__" || n == "__qualname__" {
        let Some(s) = crate::objects::str::as_str(v) else {
            return Err(th.type_error(format!(
                "can only assign string to {}.{n}, not '{}'",
                t.name(),
                if v.is_null() {
                    "NoneType".to_string()
                } else {
                    type_name(v)
                }
            )));
        };
        if n == "__name__" {
            *t.name.borrow_mut() = s.to_string();
        } else {
            *t.qualname.borrow_mut() = s.to_string();
        }
        return Ok(());
    }
    // Instances made before the class (or a base) had `__del__` were not
    // registered for finalization (`layout::note_finalizer`): register
    // them now, while the heap walk keeps them alive; the walk ends once
    // `__del__` is in place, so no collection finds one of them
    // unreachable before it can be called.
    let walk = if n == "__del__" && !v.is_null() && attr_flags(th, t) & attr::HAS_DEL == 0 {
        Some(register_instances_for_del(th, t))
    } else {
        None
    };
    if v.is_null() {
        if !dict::del_str(t.dict, name) {
            return Err(th.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                crate::objects::str::as_str(name).unwrap_or("?")
            )));
        }
    } else {
        dict::set_item_str(th, t.dict, name, v);
    }
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
    if let Some(walk) = walk {
        crate::runtime::g().heap.end_walk(&walk);
    }
    Ok(())
}

/// Registers for finalization the live instances of `t` and of its
/// subclasses that do not define `__del__` either (`t` is gaining it;
/// CPython then finalizes instances made before).  A full collection and a
/// walk of the heap (`gc::Heap::walk_live_objects`), whose objects stay
/// roots until the caller ends the walk it returns: assigning `__del__` to
/// an existing class is rare, and a class statement does not come here.
#[cold]
fn register_instances_for_del(th: &Thread, t: Gc<TypeObj>) -> std::sync::Arc<[usize]> {
    let heap = &crate::runtime::g().heap;
    let walk = heap.walk_live_objects(&th.mutator);
    for &a in walk.iter() {
        let o = Value::from_bits(a as u64);
        let ot = type_of(o);
        if ot.is_heap() && is_subtype(ot, t) && attr_flags(th, ot) & attr::HAS_DEL == 0 {
            crate::layout::add_finalizer(o);
        }
    }
    walk
}

/// The repr of the `Kind::Native` objects of this module's family
/// (member descriptors, generic aliases, unions); None for others.
pub fn repr_native_kind(th: &Thread, v: Value) -> PyResult<Option<String>> {
    if !v.is_kind(Kind::Native) {
        return Ok(None);
    }
    if let Some(m) = crate::objects::member::as_member(v) {
        return Ok(Some(crate::objects::member::member_repr(m)));
    }
    if let Some(a) = crate::objects::generic_alias::as_alias(v) {
        return crate::objects::generic_alias::alias_repr(th, a).map(Some);
    }
    if let Some(u) = crate::objects::generic_alias::as_union(v) {
        return crate::objects::generic_alias::union_repr(th, u).map(Some);
    }
    if let Some(m) = crate::objects::memoryview::as_memoryview(v) {
        return Ok(Some(crate::objects::memoryview::memoryview_repr(v, m)));
    }
    if let Some(r) = crate::modules::array::array_repr(th, v)? {
        return Ok(Some(r));
    }
    // Other native types (`re.Pattern`, `re.Match`, `collections.deque`)
    // define `__repr__` in their dict; a Python subclass inherits it.
    let t = type_of(v);
    let name = th.intern_static("__repr__");
    let found = dict::get_str(t.dict, name).or_else(|| {
        lookup(t, name).filter(|f| Some(*f) != dict::get_str(types().object.dict, name))
    });
    if let Some(f) = found {
        let r = crate::ops::call_method_value(th, f, v, Args::new(&[]))?;
        if let Some(s) = crate::objects::str::as_str(r) {
            return Ok(Some(s.to_string()));
        }
    }
    Ok(None)
}

// --- Installation ---

/// `object.__init_subclass__()` (a classmethod): accepts no arguments.
fn object_init_subclass(th: &Thread, a: Args) -> PyResult<Value> {
    let cls = a.pos.first().and_then(|v| v.downcast::<TypeObj>());
    let qn = cls.map(|c| c.name()).unwrap_or_else(|| "object".into());
    if a.has_kw() {
        return Err(th.type_error(format!(
            "{qn}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if a.pos.len() > 1 {
        return Err(th.type_error(format!(
            "{qn}.__init_subclass__() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(g().none)
}

/// `type.__subclasses__()`: the direct subclasses, oldest first.
fn type_subclasses(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__subclasses__", 1, 1)?;
    let t = a.pos[0].downcast::<TypeObj>().ok_or_else(|| {
        th.type_error("descriptor '__subclasses__' requires a 'type' object".into())
    })?;
    let v: Vec<Value> = subclasses(t).iter().map(|x| x.value()).collect();
    Ok(th.new_list(v))
}

/// `type.mro()`.
fn type_mro(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "mro", 1, 1)?;
    let t = a.pos[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| th.type_error("descriptor 'mro' requires a 'type' object".into()))?;
    let v: Vec<Value> = t.mro.borrow().iter().map(|x| x.value()).collect();
    Ok(th.new_list(v))
}

/// `type.__or__` / `type.__ror__`: `int | str` builds a union.
fn type_or(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__or__", 2, 2)?;
    Ok(
        crate::objects::generic_alias::union_or(th, a.pos[0], a.pos[1])?
            .unwrap_or(g().not_implemented),
    )
}
fn type_ror(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "__ror__", 2, 2)?;
    Ok(
        crate::objects::generic_alias::union_or(th, a.pos[1], a.pos[0])?
            .unwrap_or(g().not_implemented),
    )
}

fn this_type(th: &Thread, a: &Args) -> PyResult<Gc<TypeObj>> {
    a.pos
        .first()
        .and_then(|v| v.downcast::<TypeObj>())
        .ok_or_else(|| th.type_error("descriptor requires a 'type' object".into()))
}

fn type_name_get(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(th.new_string(this_type(th, &a)?.name()))
}
fn type_qualname_get(th: &Thread, a: Args) -> PyResult<Value> {
    let t = this_type(th, &a)?;
    let q = t.qualname.borrow().clone();
    Ok(th.new_string(q))
}
fn type_name_set(th: &Thread, a: Args) -> PyResult<Value> {
    let t = this_type(th, &a)?;
    type_setattr(
        th,
        t,
        crate::name!(th, "__name__"),
        a.pos.get(1).copied().unwrap_or(Value::NULL),
    )?;
    Ok(g().none)
}
fn type_qualname_set(th: &Thread, a: Args) -> PyResult<Value> {
    let t = this_type(th, &a)?;
    type_setattr(
        th,
        t,
        crate::name!(th, "__qualname__"),
        a.pos.get(1).copied().unwrap_or(Value::NULL),
    )?;
    Ok(g().none)
}

/// Installs the methods of `type` and of the other object-model types
/// (functions, descriptors, cells, code, generators, super).
pub fn install(th: &Thread) {
    use crate::objects::function::{Binding, new_native};
    let t = types();
    // `__name__` and `__qualname__` are data descriptors on `type`, so a
    // class's own name wins over a `__name__` its instances get from its dict.
    for (n, get, set) in [
        (
            "__name__",
            type_name_get as crate::objects::function::NativeFn,
            type_name_set as crate::objects::function::NativeFn,
        ),
        ("__qualname__", type_qualname_get, type_qualname_set),
    ] {
        let fget = new_native(th, n, "type", get, Binding::Function);
        let fset = new_native(th, n, "type", set, Binding::Function);
        let p = crate::objects::property::native_property(th, fget, fset, Value::NULL);
        set_attr_str(th, t.type_, n, p);
    }
    crate::objects::add_fn(
        th,
        t.object,
        "object",
        "__init_subclass__",
        object_init_subclass,
        Binding::Class,
    );
    crate::objects::add_methods(
        th,
        t.type_,
        "type",
        &[
            ("__subclasses__", type_subclasses),
            ("mro", type_mro),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    crate::objects::member::install(th);
    crate::objects::generic_alias::install(th);
    crate::objects::iter::install_length_hint(th);
    crate::objects::function::install(th);
    crate::objects::property::install(th);
    crate::objects::cell::install(th);
    crate::objects::code::install(th);
    crate::objects::generator::install(th);
    crate::objects::coroutine::install(th);
}
