//! Behaviour of builtin types that the protocols in `ops` dispatch to:
//! reprs, sequence indexing and slicing, iterator stepping, set algebra,
//! ranges, and the computed attributes of builtin objects.
use frontend::bytecode::{BinOp, CmpOp};

use crate::layout::{Gc, Kind};
use crate::objects::bytes::{ByteArray, Bytes};
use crate::objects::complex::Complex;
use crate::objects::dict::{self, Dict};
use crate::objects::exceptions::BaseExc;
use crate::objects::float::{Float, float_repr};
use crate::objects::function::{BoundMethod, Function, NativeFunction};
use crate::objects::int;
use crate::objects::iter::{Iter, IterKind, IterState, new_iter};
use crate::objects::list::List;
use crate::objects::module::Module;
use crate::objects::range::Range;
use crate::objects::set::set_table;
use crate::objects::slice::Slice;
use crate::objects::str::{Str, as_str};
use crate::objects::tuple::Tuple;
use crate::objects::type_::{TypeObj, type_name, type_of, type_repr};
use crate::ops;
use crate::runtime::{Args, PyResult, Thread, g, types};
use crate::value::Value;

// --- object ---

pub fn object_getattribute(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "__getattribute__", 2, 2)?;
    crate::builtins::attr_name_arg(th, args.pos[1])?;
    match ops::generic_getattr(th, args.pos[0], args.pos[1])? {
        Some(v) => Ok(v),
        None => Err(ops::no_attr_error(th, args.pos[0], args.pos[1])),
    }
}

pub fn object_hash(th: &Thread, args: Args) -> PyResult<Value> {
    args.check(th, "__hash__", 1, 1)?;
    Ok(th.new_int(ops::identity_hash(args.pos[0])))
}

/// Attributes every object has that are not in a dict.
pub fn special_getattr(th: &Thread, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let n = as_str(name).unwrap_or("");
    match n {
        "__class__" => return Ok(Some(type_of(obj).value())),
        "__dict__" if type_of(obj) != types().object => {
            if let Some(slot) = obj.dict_slot() {
                let mut d = slot.get_copy();
                if d.is_null() {
                    d = dict::new_dict(th).value();
                    slot.set(d);
                }
                return Ok(Some(d));
            }
        }
        _ => {}
    }
    if let Some(s) = obj.downcast::<crate::objects::super_::Super>()
        && let Some(v) = crate::objects::super_::super_attr(s, n)
    {
        return Ok(Some(v));
    }
    if let Some(e) = obj.downcast::<BaseExc>() {
        let v = match n {
            "args" => e.args.get_copy(),
            "__traceback__" => e.traceback.get_copy(),
            "__cause__" => e.cause.get_copy(),
            "__context__" => e.context.get_copy(),
            "__suppress_context__" => th.bool_val(e.suppress_context.get()),
            "value" if ops::is_instance_of(obj, g().exc.stop_iteration) => {
                crate::eval::stop_value(obj)
            }
            "code" if ops::is_instance_of(obj, g().exc.system_exit) => crate::eval::stop_value(obj),
            _ => return Ok(None),
        };
        return Ok(Some(if v.is_null() { g().none } else { v }));
    }
    if let Some(f) = obj.downcast::<Function>() {
        let v = match n {
            "__name__" => f.name.get_copy(),
            "__qualname__" => f.qualname.get_copy(),
            "__doc__" => f.doc.get_copy(),
            "__module__" => f.module.get_copy(),
            "__defaults__" => f.defaults.get_copy(),
            "__kwdefaults__" => f.kwdefaults.get_copy(),
            "__code__" => f.code.value(),
            "__globals__" => f.globals.value(),
            "__closure__" => f.closure,
            "__annotations__" => {
                let a = f.annotations.get_copy();
                if a.is_null() {
                    let d = dict::new_dict(th).value();
                    f.annotations.set(d);
                    d
                } else {
                    a
                }
            }
            "__dict__" => f.dict.get_or_init(|| dict::new_dict(th).value()),
            _ => {
                let d = f.dict.get_copy();
                return Ok(d.downcast::<Dict>().and_then(|d| dict::get_str(d, name)));
            }
        };
        return Ok(Some(if v.is_null() { g().none } else { v }));
    }
    if let Some(m) = obj.downcast::<BoundMethod>() {
        return Ok(match n {
            "__self__" => Some(m.self_),
            "__func__" => Some(m.func),
            _ => ops::getattr_opt(th, m.func, name)?,
        });
    }
    if let Some(nf) = obj.downcast::<NativeFunction>() {
        return Ok(match n {
            "__name__" | "__qualname__" => Some(th.new_str(nf.name)),
            "__self__" => Some(if nf.self_.is_null() {
                g().none
            } else {
                nf.self_
            }),
            "__doc__" => Some(g().none),
            "__module__" => Some(th.new_str("builtins")),
            _ => None,
        });
    }
    if let Some(c) = obj.downcast::<crate::objects::code::Code>() {
        return Ok(match n {
            "co_name" => Some(c.name),
            "co_qualname" => Some(c.qualname),
            "co_filename" => Some(c.filename),
            "co_firstlineno" => Some(th.new_int(c.code.firstlineno as i64)),
            "co_argcount" => Some(th.new_int(c.code.argcount as i64)),
            "co_varnames" => {
                let tv = crate::runtime::TempVec::new(th);
                for s in &c.code.varnames {
                    tv.push(th.intern(s));
                }
                Some(th.new_tuple(tv.to_vec()))
            }
            _ => None,
        });
    }
    if let Some(f) = obj.downcast::<crate::objects::frame::Frame>() {
        return Ok(match n {
            "f_code" => Some(f.code.value()),
            "f_lineno" => Some(th.new_int(f.lineno() as i64)),
            "f_globals" => Some(f.globals.value()),
            "f_builtins" => Some(f.builtins.value()),
            // A snapshot dict for function frames, as locals() gives.
            "f_locals" => Some(crate::builtins::frame_locals(th, f)?),
            "f_back" => Some(if f.back.get().is_null() {
                g().none
            } else {
                f.back.get()
            }),
            _ => None,
        });
    }
    if let Some(t) = obj.downcast::<crate::objects::traceback::Traceback>() {
        return Ok(match n {
            "tb_next" => Some(if t.next.get_copy().is_null() {
                g().none
            } else {
                t.next.get_copy()
            }),
            "tb_frame" => Some(t.frame),
            "tb_lineno" => Some(th.new_int(t.lineno as i64)),
            "tb_lasti" => Some(th.new_int(t.lasti as i64)),
            _ => None,
        });
    }
    if let Some(c) = obj.downcast::<Complex>() {
        return Ok(match n {
            "real" => Some(th.new_float(c.re)),
            "imag" => Some(th.new_float(c.im)),
            _ => None,
        });
    }
    if let Some(r) = obj.downcast::<Range>() {
        return Ok(match n {
            "start" => Some(r.start),
            "stop" => Some(r.stop),
            "step" => Some(r.step),
            _ => None,
        });
    }
    if let Some(s) = obj.downcast::<Slice>() {
        return Ok(match n {
            "start" => Some(s.start),
            "stop" => Some(s.stop),
            "step" => Some(s.step),
            _ => None,
        });
    }
    if let Some(p) = obj.downcast::<crate::objects::property::Property>() {
        let v = match n {
            "fget" => p.fget.get_copy(),
            "fset" => p.fset.get_copy(),
            "fdel" => p.fdel.get_copy(),
            "__doc__" => p.doc.get_copy(),
            _ => return Ok(None),
        };
        return Ok(Some(if v.is_null() { g().none } else { v }));
    }
    if let Some(sm) = obj.downcast::<crate::objects::property::StaticMethod>() {
        if n == "__func__" {
            return Ok(Some(sm.0.func));
        }
        return ops::getattr_opt(th, sm.0.func, name);
    }
    if let Some(cm) = obj.downcast::<crate::objects::property::ClassMethod>() {
        if n == "__func__" {
            return Ok(Some(cm.0.func));
        }
        return ops::getattr_opt(th, cm.0.func, name);
    }
    if int::is_int(obj) && !obj.is_kind(Kind::Bool) || obj.is_kind(Kind::Bool) {
        return Ok(match n {
            "real" | "numerator" => Some(int_of(th, obj)),
            "imag" => Some(Value::small(0)),
            "denominator" => Some(Value::small(1)),
            _ => None,
        });
    }
    if let Some(f) = obj.downcast::<Float>() {
        return Ok(match n {
            "real" => Some(th.new_float(f.v)),
            "imag" => Some(th.new_float(0.0)),
            _ => None,
        });
    }
    if let Some(gn) = obj.downcast::<crate::objects::generator::Generator>() {
        if !crate::objects::generator::is_plain_generator(obj) {
            return Ok(match n {
                "__name__" => Some(gn.name.get()),
                "__qualname__" => Some(gn.qualname.get()),
                _ => None,
            });
        }
        return Ok(match n {
            "__name__" => Some(gn.name.get()),
            "__qualname__" => Some(gn.qualname.get()),
            "gi_frame" => Some(gn.frame.value()),
            "gi_running" => {
                Some(th.bool_val(gn.state.get() == crate::objects::generator::GenState::Running))
            }
            _ => None,
        });
    }
    Ok(None)
}

fn int_of(th: &Thread, v: Value) -> Value {
    if v.is_small() {
        return v;
    }
    th.new_bigint(int::to_bigint(v).unwrap_or_default())
}

/// Attributes of type objects not found in their dicts.
pub fn type_special_getattr(th: &Thread, t: Gc<TypeObj>, name: Value) -> PyResult<Option<Value>> {
    Ok(match as_str(name).unwrap_or("") {
        "__name__" => Some(th.new_string(t.name())),
        "__qualname__" => Some(th.new_string(t.qualname.borrow().clone())),
        "__module__" => Some(th.new_string(t.module.borrow().clone())),
        "__mro__" => {
            let v: Vec<Value> = t.mro.borrow().iter().map(|x| x.value()).collect();
            Some(th.new_tuple(v))
        }
        "__bases__" => {
            let v: Vec<Value> = t.bases.borrow().iter().map(|x| x.value()).collect();
            Some(th.new_tuple(v))
        }
        "__base__" => Some(
            t.bases
                .borrow()
                .first()
                .map(|b| b.value())
                .unwrap_or(g().none),
        ),
        "__dict__" => Some(dict::copy(th, t.dict).value()),
        "__class__" => Some(type_of(t.value()).value()),
        "__doc__" => Some(g().none),
        _ => None,
    })
}

pub fn special_setattr(th: &Thread, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let n = as_str(name).unwrap_or("");
    if let Some(e) = obj.downcast::<BaseExc>() {
        match n {
            "__traceback__" => {
                e.traceback.set(if v == g().none { Value::NULL } else { v });
                return Ok(());
            }
            "__cause__" => {
                e.cause.set(v);
                e.suppress_context.set(true);
                return Ok(());
            }
            "__context__" => {
                e.context.set(v);
                return Ok(());
            }
            "__suppress_context__" => {
                e.suppress_context.set(ops::truthy(th, v)?);
                return Ok(());
            }
            "args" => {
                let t = th.new_tuple(ops::collect(th, v)?);
                e.args.set(t);
                return Ok(());
            }
            _ => {}
        }
    }
    if let Some(f) = obj.downcast::<Function>() {
        match n {
            "__name__" => f.name.set(v),
            "__qualname__" => f.qualname.set(v),
            "__doc__" => f.doc.set(v),
            "__module__" => f.module.set(v),
            "__defaults__" => f.defaults.set(if v == g().none { Value::NULL } else { v }),
            "__kwdefaults__" => f
                .kwdefaults
                .set(if v == g().none { Value::NULL } else { v }),
            "__annotations__" => f.annotations.set(v),
            "__globals__" | "__closure__" | "__builtins__" => {
                return Err(th.attribute_error("readonly attribute".into()));
            }
            "__dict__" => {
                if v.is_null() {
                    return Err(th.type_error("cannot delete __dict__".into()));
                }
                if v.downcast::<Dict>().is_none() {
                    return Err(th.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        type_name(v)
                    )));
                }
                f.dict.set(v);
            }
            _ => {
                let d = f.dict.get_or_init(|| dict::new_dict(th).value());
                if v.is_null() {
                    if !dict::del_str(d.as_gc_unchecked(), name) {
                        return Err(ops::no_attr_error(th, obj, name));
                    }
                } else {
                    dict::set_item_str(th, d.as_gc_unchecked(), name, v);
                }
            }
        }
        return Ok(());
    }
    if let Some(gn) = obj.downcast::<crate::objects::generator::Generator>()
        && let Some(r) = crate::objects::generator::set_name_attr(th, gn, n, v)
    {
        return r;
    }
    if let Some(p) = obj.downcast::<crate::objects::property::Property>()
        && n == "__doc__"
    {
        p.doc.set(v);
        return Ok(());
    }
    if matches!(obj.kind(), Kind::StaticMethod | Kind::ClassMethod) {
        let w = if let Some(s) = obj.downcast::<crate::objects::property::StaticMethod>() {
            &crate::layout::payload_static(s).0
        } else {
            &crate::layout::payload_static(
                obj.downcast::<crate::objects::property::ClassMethod>()
                    .unwrap(),
            )
            .0
        };
        let d = w.dict.get_or_init(|| dict::new_dict(th).value());
        dict::set_item_str(th, d.as_gc_unchecked(), name, v);
        return Ok(());
    }
    if let Some(d) = crate::objects::type_::lookup(type_of(obj), name)
        && let Some(nf) = d.downcast::<NativeFunction>()
        && nf.binding == crate::objects::function::Binding::Getter
    {
        // A getset descriptor without a setter (int.real, float.imag...).
        return Err(th.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            n,
            type_of(obj).name()
        )));
    }
    if lookup_exists(th, obj, name) {
        return Err(th.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            type_name(obj),
            n
        )));
    }
    Err(th.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name(obj),
        n
    )))
}

fn lookup_exists(_th: &Thread, obj: Value, name: Value) -> bool {
    crate::objects::type_::lookup(type_of(obj), name).is_some()
}

// --- repr ---

/// repr of builtin layouts.
pub fn native_repr(th: &Thread, v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    let t = v.heap_type();
    Ok(match v.kind() {
        Kind::None => "None".into(),
        Kind::Bool => if v == g().true_ { "True" } else { "False" }.into(),
        Kind::NotImplemented => "NotImplemented".into(),
        Kind::Ellipsis => "Ellipsis".into(),
        Kind::Int => crate::objects::int::int_repr(th, v)?,
        Kind::Float => float_repr(v.as_gc_unchecked::<Float>().v),
        Kind::Complex => complex_repr(v.as_gc_unchecked::<Complex>()),
        Kind::Str => str_repr(as_str(v).unwrap()),
        Kind::Bytes => bytes_repr("b", &v.as_gc_unchecked::<Bytes>().b),
        Kind::ByteArray => crate::objects::bytes::bytearray_repr(
            &type_of(v).name(),
            &v.as_gc_unchecked::<ByteArray>().b.borrow(),
        ),
        Kind::List => {
            let items = v.as_gc_unchecked::<List>().items.borrow().clone();
            match ops::repr_guard(v, || seq_repr(th, &items, "[", "]")) {
                Some(r) => r?,
                None => "[...]".into(),
            }
        }
        Kind::Tuple => {
            let items = v.as_gc_unchecked::<Tuple>().items().to_vec();
            let r = if items.len() == 1 {
                ops::repr_guard(v, || ops::repr(th, items[0]).map(|x| format!("({x},)")))
            } else {
                ops::repr_guard(v, || seq_repr(th, &items, "(", ")"))
            };
            match r {
                Some(r) => r?,
                None => "(...)".into(),
            }
        }
        Kind::Dict => {
            let items = dict::items_vec(v.as_gc_unchecked());
            // `__repr__` code may empty or change the dict.
            let _r = th.root_pairs(&items);
            match ops::repr_guard(v, || -> PyResult<String> {
                let mut parts = Vec::new();
                for (k, x) in items {
                    parts.push(format!("{}: {}", ops::repr(th, k)?, ops::repr(th, x)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }) {
                Some(r) => r?,
                None => "{...}".into(),
            }
        }
        Kind::Set | Kind::FrozenSet => {
            let keys = set_table(v)
                .map(crate::objects::set::keys_vec)
                .unwrap_or_default();
            let name = t.name();
            let is_set = v.kind() == Kind::Set;
            if keys.is_empty() {
                return Ok(format!("{name}()"));
            }
            let inner = match ops::repr_guard(v, || seq_repr(th, &keys, "{", "}")) {
                Some(r) => r?,
                None => return Ok(format!("{name}(...)")),
            };
            if is_set && name == "set" {
                inner
            } else {
                format!("{name}({inner})")
            }
        }
        Kind::DictView => {
            let dv = v.as_gc_unchecked::<crate::objects::dictview::DictView>();
            let items: Vec<Value> = match dv.which {
                IterKind::DictKeys => dict::keys_vec(dv.d),
                IterKind::DictValues => dict::items_vec(dv.d).into_iter().map(|x| x.1).collect(),
                _ => {
                    let tv = crate::runtime::TempVec::new(th);
                    for (a, b) in dict::items_vec(dv.d) {
                        tv.push(th.new_tuple_from(&[a, b]));
                    }
                    return Ok(format!(
                        "{}({})",
                        t.name(),
                        seq_repr(th, &tv.to_vec(), "[", "]")?
                    ));
                }
            };
            format!("{}({})", t.name(), seq_repr(th, &items, "[", "]")?)
        }
        Kind::Range => {
            let r = v.as_gc_unchecked::<Range>();
            if int::to_i64(r.step) == Some(1) {
                format!(
                    "range({}, {})",
                    ops::repr(th, r.start)?,
                    ops::repr(th, r.stop)?
                )
            } else {
                format!(
                    "range({}, {}, {})",
                    ops::repr(th, r.start)?,
                    ops::repr(th, r.stop)?,
                    ops::repr(th, r.step)?
                )
            }
        }
        Kind::Slice => {
            let s = v.as_gc_unchecked::<Slice>();
            format!(
                "slice({}, {}, {})",
                ops::repr(th, s.start)?,
                ops::repr(th, s.stop)?,
                ops::repr(th, s.step)?
            )
        }
        Kind::Type => type_repr(th, v.as_gc_unchecked()),
        Kind::Function => {
            format!(
                "<function {} at {:#x}>",
                as_str(v.as_gc_unchecked::<Function>().qualname.get_copy()).unwrap_or("?"),
                v.bits()
            )
        }
        Kind::NativeFunction => {
            let nf = v.as_gc_unchecked::<NativeFunction>();
            if nf.self_.is_null() {
                if nf.binding == crate::objects::function::Binding::Method {
                    format!("<method '{}' of '{}' objects>", nf.name, nf.owner)
                } else {
                    format!("<built-in function {}>", nf.name)
                }
            } else if nf.self_.is_kind(Kind::Module) {
                format!("<built-in function {}>", nf.name)
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    nf.name,
                    type_name(nf.self_),
                    nf.self_.bits()
                )
            }
        }
        Kind::BoundMethod => {
            let m = v.as_gc_unchecked::<BoundMethod>();
            let fname = match m.func.downcast::<Function>() {
                Some(f) => as_str(f.qualname.get_copy()).unwrap_or("?").to_string(),
                None => ops::str_of(th, ops::getattr_str(th, m.func, "__name__")?)?,
            };
            format!("<bound method {} of {}>", fname, ops::repr(th, m.self_)?)
        }
        Kind::Module => {
            let m = v.as_gc_unchecked::<Module>();
            let name = dict::get_str(m.dict, crate::name!(th, "__name__"))
                .and_then(as_str)
                .unwrap_or("?");
            match dict::get_str(m.dict, crate::name!(th, "__file__")).and_then(as_str) {
                Some(f) => format!("<module '{name}' from '{f}'>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Kind::BaseException => {
            let args = crate::objects::exceptions::exc_args(v);
            let items = args
                .downcast::<Tuple>()
                .map(|t| t.items().to_vec())
                .unwrap_or_default();
            let name = t.name();
            if items.len() == 1 {
                format!("{}({})", name, ops::repr(th, items[0])?)
            } else {
                format!(
                    "{}{}",
                    name,
                    if items.is_empty() {
                        "()".into()
                    } else {
                        seq_repr(th, &items, "(", ")")?
                    }
                )
            }
        }
        Kind::Generator => {
            let gn = v.as_gc_unchecked::<crate::objects::generator::Generator>();
            format!(
                "<{} object {} at {:#x}>",
                type_of(v).name(),
                as_str(gn.qualname.get()).unwrap_or("?"),
                v.bits()
            )
        }
        Kind::Cell => format!("<cell at {:#x}>", v.bits()),
        Kind::Super => crate::objects::super_::super_repr(v.as_gc_unchecked()),
        Kind::Code => {
            let c = v.as_gc_unchecked::<crate::objects::code::Code>();
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.bits(),
                c.code.filename,
                c.code.firstlineno
            )
        }
        _ => {
            if let Some(r) = crate::objects::type_::repr_native_kind(th, v)? {
                return Ok(r);
            }
            let m = t.module.borrow().clone();
            if m == "builtins" {
                format!("<{} object at {:#x}>", t.qualname.borrow(), v.bits())
            } else {
                format!("<{}.{} object at {:#x}>", m, t.qualname.borrow(), v.bits())
            }
        }
    })
}

pub fn seq_repr(th: &Thread, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    // The items may be a snapshot of a container that __repr__ code mutates:
    // keep them rooted while Python code runs.
    let keep = crate::runtime::TempVec::new(th);
    for x in items {
        keep.push(*x);
    }
    let mut s = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr(th, *x)?);
    }
    s.push_str(close);
    Ok(s)
}

pub fn complex_repr(c: Gc<Complex>) -> String {
    crate::objects::complex::complex_repr(c.re, c.im)
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Python's str.isprintable for one character (what repr leaves unescaped).
pub fn is_printable(c: char) -> bool {
    crate::objects::str::is_printable_char(c)
}

/// ascii(): repr with non-ASCII escaped.
pub fn ascii_escape(r: &str) -> String {
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn bytes_repr(prefix: &str, b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from(prefix);
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q as char);
    out
}

// --- Slices and indexing ---

pub fn new_slice(th: &Thread, start: Value, stop: Value, step: Value) -> Value {
    th.alloc(types().slice, Slice { start, stop, step }).value()
}

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(
    th: &Thread,
    s: Gc<Slice>,
    len: isize,
) -> PyResult<(isize, isize, isize, usize)> {
    let none = g().none;
    let conv = |v: Value| -> PyResult<Option<isize>> {
        if v == none {
            return Ok(None);
        }
        if v.is_small() {
            // Small ints always fit the clamp range below.
            return Ok(Some(v.as_small() as isize));
        }
        let i = ops::index(th, v).map_err(|_| {
            th.type_error(
                "slice indices must be integers or None or have an __index__ method".into(),
            )
        })?;
        Ok(Some(match int::to_i64(i) {
            Some(x) => x.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize,
            None => {
                if int::to_bigint(i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                }
            }
        }))
    };
    let step = conv(s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(th.value_error("slice step cannot be zero".into()));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |x: Option<isize>, default: isize| -> isize {
        match x {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lo {
                        i = lo;
                    }
                } else if i > hi {
                    i = hi;
                }
                i
            }
        }
    };
    let start = fix(conv(s.start)?, if step < 0 { hi } else { lo });
    let stop = fix(conv(s.stop)?, if step < 0 { lo } else { hi });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn norm_index(th: &Thread, k: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = ops::index(th, k).map_err(|e| {
        // A TypeError raised by (or about the result of) `__index__` stays.
        if ops::is_instance_of(e.0, g().exc.type_error)
            && crate::objects::type_::lookup(type_of(k), crate::name!(th, "__index__")).is_none()
        {
            th.type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                type_name(k)
            ))
        } else {
            e
        }
    })?;
    let i = int::to_i64(i).ok_or_else(|| {
        th.index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name(k)
        ))
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(th.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn take_slice<T: Copy>(items: &[T], start: isize, step: isize, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize]);
        i += step;
    }
    out
}

/// Indexing of builtin sequences and dicts.
pub fn seq_getitem(th: &Thread, c: Value, k: Value) -> PyResult<Option<Value>> {
    match c.kind() {
        Kind::List => {
            let l = c.as_gc_unchecked::<List>();
            if k.is_small() {
                let items = l.items.borrow();
                let n = items.len() as i64;
                let i = k.as_small();
                let j = if i < 0 { i + n } else { i };
                if j >= 0 && j < n {
                    return Ok(Some(items[j as usize]));
                }
                return Err(th.index_error("list index out of range".into()));
            }
            if let Some(s) = k.downcast::<Slice>() {
                // slice_indices may run __index__: resolve it before borrowing.
                let n = l.items.borrow().len();
                let (start, _, step, count) = slice_indices(th, s, n as isize)?;
                let out = {
                    let items = l.items.borrow();
                    if items.len() == n {
                        take_slice(&items, start, step, count)
                    } else {
                        // __index__ resized the list: keep the indices still in range.
                        let mut v = Vec::with_capacity(count);
                        let mut i = start;
                        for _ in 0..count {
                            if i >= 0 && (i as usize) < items.len() {
                                v.push(items[i as usize]);
                            }
                            i += step;
                        }
                        v
                    }
                };
                return Ok(Some(th.new_list(out)));
            }
            let n = l.items.borrow().len();
            let i = norm_index(th, k, n, "list")?;
            Ok(Some(l.items.borrow()[i]))
        }
        Kind::Tuple => {
            let t = c.as_gc_unchecked::<Tuple>();
            if let Some(s) = k.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(th, s, t.items().len() as isize)?;
                if start == 0
                    && step == 1
                    && count == t.items().len()
                    && type_of(c) == types().tuple
                {
                    return Ok(Some(c));
                }
                return Ok(Some(th.new_tuple(take_slice(
                    t.items(),
                    start,
                    step,
                    count,
                ))));
            }
            let i = norm_index(th, k, t.items().len(), "tuple")?;
            Ok(Some(t.items()[i]))
        }
        Kind::Str => {
            let s = c.as_gc_unchecked::<Str>();
            if let Some(sl) = k.downcast::<Slice>() {
                let (start, _, step, count) = slice_indices(th, sl, s.nchars as isize)?;
                if s.is_ascii() {
                    let b = take_slice(s.s.as_bytes(), start, step, count);
                    return Ok(Some(
                        th.new_string(String::from_utf8(b).unwrap_or_default()),
                    ));
                }
                if count == 0 {
                    return Ok(Some(th.new_str("")));
                }
                if step == 1 {
                    let b0 = s.byte_offset(start as usize);
                    let b1 = s.byte_offset(start as usize + count);
                    return Ok(Some(th.new_str(&s.s[b0..b1])));
                }
                let chars: Vec<char> = s.s.chars().collect();
                let out: String = take_slice(&chars, start, step, count).into_iter().collect();
                return Ok(Some(th.new_string(out)));
            }
            if !int::is_int(k)
                && crate::objects::type_::lookup(type_of(k), th.intern_static("__index__"))
                    .is_none()
            {
                return Err(th.type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(k)
                )));
            }
            let i = norm_index(th, k, s.nchars, "string")?;
            let ch = s.char_at(i);
            let mut buf = [0u8; 4];
            Ok(Some(th.new_str(ch.encode_utf8(&mut buf))))
        }
        Kind::Bytes | Kind::ByteArray => {
            if let Some(sl) = k.downcast::<Slice>() {
                let b = crate::objects::bytes::bytes_data(c).unwrap();
                let (start, _, step, count) = slice_indices(th, sl, b.len() as isize)?;
                let out = take_slice(&b, start, step, count);
                return Ok(Some(if c.kind() == Kind::Bytes {
                    crate::objects::bytes::new_bytes(th, out)
                } else {
                    crate::objects::bytes::new_bytearray(th, out)
                }));
            }
            let what = if c.kind() == Kind::Bytes {
                "index"
            } else {
                "bytearray index"
            };
            // One byte: no copy of the data (an index loop over a big
            // bytearray was quadratic).
            let len = match c.downcast::<Bytes>() {
                Some(b) => b.b.len(),
                None => c.as_gc_unchecked::<ByteArray>().b.borrow().len(),
            };
            let fits = !int::is_int(k) || int::to_i64(k).is_some();
            let i = norm_index(th, k, len, "index").map_err(|e| {
                if ops::is_instance_of(e.0, g().exc.index_error) && fits {
                    th.index_error(format!("{what} out of range"))
                } else if ops::is_instance_of(e.0, g().exc.type_error) {
                    th.type_error(format!(
                        "byte indices must be integers or slices, not {}",
                        type_name(k)
                    ))
                } else {
                    e
                }
            })?;
            // `__index__` may have shrunk a bytearray meanwhile.
            match crate::objects::bytes::byte_at(c, i) {
                Some(b) => Ok(Some(Value::small(b as i64))),
                None => Err(th.index_error(format!("{what} out of range"))),
            }
        }
        Kind::Dict => {
            let d = c.as_gc_unchecked::<Dict>();
            match dict::get_item(th, d, k)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if type_of(c).is_heap()
                        && let Some(m) = crate::objects::type_::lookup(
                            type_of(c),
                            crate::name!(th, "__missing__"),
                        )
                    {
                        return ops::call_method_value(th, m, c, Args::new(&[k])).map(Some);
                    }
                    Err(th.key_error(k))
                }
            }
        }
        Kind::Range => crate::objects::range::getitem(th, c, k).map(Some),
        _ => Ok(None),
    }
}

/// Item assignment/deletion on builtin containers; false if unsupported.
pub fn seq_setitem(th: &Thread, c: Value, k: Value, v: Value) -> PyResult<bool> {
    match c.kind() {
        Kind::List => {
            let l = c.as_gc_unchecked::<List>();
            if let Some(s) = k.downcast::<Slice>() {
                let n = l.items.borrow().len();
                let (start, stop, step, count) = slice_indices(th, s, n as isize)?;
                if v.is_null() {
                    let mut items = l.items.borrow_mut();
                    let mut idx: Vec<usize> = (0..count)
                        .map(|j| (start + j as isize * step) as usize)
                        .collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(true);
                }
                // Fast path: l[a:b] = other_list, spliced straight from its storage.
                if step == 1
                    && v != c
                    && let Some(src) = v.downcast::<List>().filter(|_| !type_of(v).is_heap())
                {
                    let src_items = src.items.borrow();
                    let stop = stop.max(start) as usize;
                    l.items
                        .borrow_mut()
                        .splice(start as usize..stop, &src_items);
                    return Ok(true);
                }
                let new = if let Some(t) = v.downcast::<Tuple>().filter(|_| !type_of(v).is_heap()) {
                    t.items().to_vec()
                } else {
                    let it = ops::get_iter(th, v).map_err(|e| {
                        if ops::is_instance_of(e.0, g().exc.type_error) {
                            th.type_error("can only assign an iterable".into())
                        } else {
                            e
                        }
                    })?;
                    ops::collect(th, it)?
                };
                let mut items = l.items.borrow_mut();
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    items.splice(start as usize..stop, &new);
                } else {
                    if new.len() != count {
                        return Err(th.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            count
                        )));
                    }
                    for (j, x) in new.into_iter().enumerate() {
                        items[(start + j as isize * step) as usize] = x;
                    }
                }
                return Ok(true);
            }
            let n = l.items.borrow().len();
            let i = norm_index(th, k, n, "list").map_err(|e| {
                // An int too big for an index keeps its own message.
                let huge = int::is_int(k) && int::to_i64(k).is_none();
                if !huge && ops::is_instance_of(e.0, g().exc.index_error) {
                    th.index_error("list assignment index out of range".to_string())
                } else {
                    e
                }
            })?;
            if v.is_null() {
                l.items.borrow_mut().remove(i);
            } else {
                l.items.borrow_mut().set(i, v);
            }
            Ok(true)
        }
        Kind::Dict => {
            let d = c.as_gc_unchecked::<Dict>();
            if v.is_null() {
                if dict::pop_item(th, d, k)?.is_none() {
                    return Err(th.key_error(k));
                }
            } else {
                dict::set_item(th, d, k, v)?;
            }
            Ok(true)
        }
        Kind::ByteArray => {
            let b = c.as_gc_unchecked::<ByteArray>();
            let n = b.b.borrow().len();
            if let Some(s) = k.downcast::<Slice>() {
                let (start, stop, step, _) = slice_indices(th, s, n as isize)?;
                if step == 1 {
                    let new = if v.is_null() {
                        Vec::new()
                    } else {
                        crate::builtins::bytes_from(th, v)?
                    };
                    b.b.borrow_mut()
                        .splice(start as usize..stop.max(start) as usize, new);
                    return Ok(true);
                }
                let (_, _, _, count) = slice_indices(th, s, n as isize)?;
                let idx: Vec<usize> = (0..count)
                    .map(|j| (start + j as isize * step) as usize)
                    .collect();
                if v.is_null() {
                    let mut d = b.b.borrow_mut();
                    let mut sorted = idx;
                    sorted.sort_unstable();
                    for i in sorted.into_iter().rev() {
                        d.remove(i);
                    }
                    return Ok(true);
                }
                let new = crate::builtins::bytes_from(th, v)?;
                if new.len() != count {
                    return Err(th.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        count
                    )));
                }
                let mut d = b.b.borrow_mut();
                for (i, x) in idx.into_iter().zip(new) {
                    d[i] = x;
                }
                return Ok(true);
            }
            let i = norm_index(th, k, n, "bytearray")?;
            if v.is_null() {
                b.b.borrow_mut().remove(i);
            } else {
                let x = int::to_i64(ops::index(th, v)?)
                    .filter(|x| (0..256).contains(x))
                    .ok_or_else(|| th.value_error("byte must be in range(0, 256)".into()))?;
                b.b.borrow_mut()[i] = x as u8;
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

// --- Iterators ---

/// The common cases of `iter_next` that need no allocation and cannot fail,
/// for the interpreter's `ForIter`: a range iterator yielding small ints
/// and a list iterator before its end.  `Some(item)`, `Some(None)` when a
/// range is exhausted, `None` when `iter_next` must decide.
#[inline]
pub fn iter_next_fast(it: Gc<Iter>) -> Option<Option<Value>> {
    // Only the position changes (no reference is stored) and nothing here
    // runs Python code or allocates: the owner steps its iterator in place;
    // an iterator another thread shares takes the locked path (`ops::next`).
    it.state
        .update_if_owner_no_refs(|st| iter_step_fast(it.kind, st))
        .flatten()
}

#[inline(always)]
fn iter_step_fast(kind: IterKind, st: &mut IterState) -> Option<Option<Value>> {
    match st {
        IterState::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                if !Value::fits_small(v) {
                    return None;
                }
                *cur += *step;
                return Some(Some(Value::small(v)));
            }
            Some(None)
        }
        IterState::Index { seq, i } if kind == IterKind::List => {
            let idx = *i;
            // Inside `update_if_owner_no_refs` nothing may wait for a lock (a wait
            // polls safepoints, where this iterator could be revoked while
            // it is changed in place): a list another thread holds, or
            // one past its end, goes to the slow path.
            let item = seq
                .as_gc_unchecked::<List>()
                .items
                .try_read(|s| s.get(idx as usize))??;
            *i += 1;
            Some(Some(item))
        }
        _ => None,
    }
}

pub fn iter_next(th: &Thread, it: Gc<Iter>) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Index { seq, i } => {
            let s = *seq;
            let idx = *i;
            match it.kind {
                IterKind::List => {
                    let l = s.as_gc_unchecked::<List>();
                    let items = l.items.borrow();
                    if (idx as usize) < items.len() {
                        *i += 1;
                        return Ok(Some(items[idx as usize]));
                    }
                }
                IterKind::ListReverse | IterKind::Reversed
                    if s.is_kind(Kind::List) || s.is_kind(Kind::Tuple) =>
                {
                    // One item read in place (copying the items, as this
                    // did, made each step O(len)).
                    let item = if idx < 0 {
                        None
                    } else if let Some(l) = s.downcast::<List>() {
                        l.items.borrow().get(idx as usize).copied()
                    } else {
                        s.as_gc_unchecked::<Tuple>()
                            .items()
                            .get(idx as usize)
                            .copied()
                    };
                    if let Some(x) = item {
                        *i -= 1;
                        return Ok(Some(x));
                    }
                    *i = -1;
                }
                IterKind::Tuple => {
                    let t = s.as_gc_unchecked::<Tuple>();
                    if (idx as usize) < t.items().len() {
                        *i += 1;
                        return Ok(Some(t.items()[idx as usize]));
                    }
                }
                IterKind::Str => {
                    let so = s.as_gc_unchecked::<Str>();
                    if (idx as usize) < so.s.len() {
                        // `i` is a byte offset here.
                        let ch = so.s[idx as usize..].chars().next().unwrap();
                        *i += ch.len_utf8() as isize;
                        drop(st);
                        let mut buf = [0u8; 4];
                        return Ok(Some(th.new_str(ch.encode_utf8(&mut buf))));
                    }
                }
                IterKind::Bytes | IterKind::ByteArray => {
                    let b = crate::objects::bytes::bytes_data(s).unwrap();
                    if (idx as usize) < b.len() {
                        *i += 1;
                        return Ok(Some(Value::small(b[idx as usize] as i64)));
                    }
                }
                IterKind::Seq | IterKind::LongRange | IterKind::Memory | IterKind::Reversed => {
                    if idx < 0 {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                    let rev = it.kind == IterKind::Reversed;
                    drop(st);
                    let r = ops::getitem(th, s, Value::small(idx as i64));
                    let mut st = it.state.borrow_mut();
                    match r {
                        Ok(v) => {
                            if let IterState::Index { i, .. } = &mut *st {
                                *i += if rev { -1 } else { 1 };
                            }
                            return Ok(Some(v));
                        }
                        Err(e)
                            if ops::is_instance_of(e.0, g().exc.index_error)
                                || ops::is_instance_of(e.0, g().exc.stop_iteration) =>
                        {
                            *st = IterState::Exhausted;
                            return Ok(None);
                        }
                        Err(e) => return Err(e),
                    }
                }
                _ => {}
            }
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur += *step;
                return Ok(Some(th.new_int(v)));
            }
            Ok(None)
        }
        IterState::Dict { .. } => {
            drop(st);
            crate::objects::iter::dict_next(th, it)
        }
        IterState::Set { .. } => {
            drop(st);
            crate::objects::iter::set_next(th, it)
        }
        IterState::Callable { f, sentinel } => {
            let (f, s) = (*f, *sentinel);
            drop(st);
            let v = match ops::call(th, f, &[]) {
                Err(e) if ops::is_instance_of(e.0, g().exc.stop_iteration) => {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                r => r?,
            };
            if v == s || ops::eq_bool(th, v, s)? {
                *it.state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { it: inner, count } => {
            let (inner, c) = (*inner, *count);
            drop(st);
            match ops::next_raw(th, inner)? {
                Some(v) => {
                    let nc = ops::binary_op(th, BinOp::Add, c, Value::small(1), false)?;
                    if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                        *count = nc;
                    }
                    Ok(Some(th.new_tuple_from(&[c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let its = its.clone();
            let strict = *strict;
            drop(st);
            if its.is_empty() {
                return Ok(None);
            }
            // A nested `next` of this zip (from an argument's `__next__`)
            // may exhaust it, and the state then lets go of `its`.
            let _ri = th.root_slice(&its);
            let out = crate::runtime::TempVec::new(th);
            for (n, x) in its.iter().enumerate() {
                let nx = if strict {
                    ops::next(th, *x)?
                } else {
                    ops::next_raw(th, *x)?
                };
                match nx {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if n > 0 {
                                return Err(th.value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    n + 1,
                                    if n > 1 { "s" } else { "" },
                                    if n > 1 {
                                        format!("-{n}")
                                    } else {
                                        String::new()
                                    }
                                )));
                            }
                            for (m, y) in its.iter().enumerate().skip(1) {
                                if ops::next(th, *y)?.is_some() {
                                    return Err(th.value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        m + 1,
                                        if m > 1 { "s" } else { "" },
                                        if m > 1 {
                                            format!("-{m}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                            }
                        }
                        *it.state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(th.new_tuple(out.to_vec())))
        }
        IterState::Map { f, its } => {
            let (f, its) = (*f, its.clone());
            drop(st);
            let out = crate::runtime::TempVec::new(th);
            for x in its.iter() {
                match ops::next_raw(th, *x)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
            ops::call(th, f, &out.to_vec()).map(Some)
        }
        IterState::Filter { f, it: inner } => {
            let (f, inner) = (*f, *inner);
            drop(st);
            while let Some(v) = ops::next_raw(th, inner)? {
                let keep = if f == g().none || f.is_null() {
                    ops::truthy(th, v)?
                } else {
                    let r = ops::call(th, f, &[v])?;
                    ops::truthy(th, r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Exhausted => Ok(None),
    }
}

// --- Ranges ---

pub fn range_items(th: &Thread, v: Value) -> PyResult<(i64, i64, i64)> {
    let r = v.as_gc_unchecked::<Range>();
    let n = range_len(th, v)? as i64;
    let start = int::to_i64(r.start).unwrap_or(0);
    let step = int::to_i64(r.step).unwrap_or(1);
    if n == 0 {
        return Ok((0, 0, 1));
    }
    Ok((start, n, if n == 1 { 1 } else { step }))
}

pub fn range_len(th: &Thread, v: Value) -> PyResult<usize> {
    let r = v.as_gc_unchecked::<Range>();
    let (a, b, s) = (
        int::to_bigint(r.start).unwrap(),
        int::to_bigint(r.stop).unwrap(),
        int::to_bigint(r.step).unwrap(),
    );
    use num_traits::{Signed, ToPrimitive, Zero};
    let n = if s.is_positive() {
        if b > a {
            (&b - &a - 1u8) / &s + 1u8
        } else {
            num_bigint::BigInt::zero()
        }
    } else if a > b {
        (&a - &b - 1u8) / (-&s) + 1u8
    } else {
        num_bigint::BigInt::zero()
    };
    n.to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C ssize_t".into()))
}

pub fn range_iter(th: &Thread, v: Value) -> Value {
    let r = v.as_gc_unchecked::<Range>();
    match (
        int::to_i64(r.start),
        int::to_i64(r.stop),
        int::to_i64(r.step),
    ) {
        (Some(cur), Some(stop), Some(step)) => {
            new_iter(th, IterKind::Range, IterState::Range { cur, stop, step })
        }
        _ => new_iter(th, IterKind::LongRange, IterState::Index { seq: v, i: 0 }),
    }
}

pub fn range_contains(th: &Thread, c: Value, k: Value) -> PyResult<bool> {
    if !int::is_int(k) {
        let it = range_iter(th, c);
        while let Some(x) = ops::next(th, it)? {
            if ops::eq_bool(th, x, k)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let r = c.as_gc_unchecked::<Range>();
    let (a, b, s) = (
        int::to_bigint(r.start).unwrap(),
        int::to_bigint(r.stop).unwrap(),
        int::to_bigint(r.step).unwrap(),
    );
    let x = int::to_bigint(k).unwrap();
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let inside = if s.is_positive() {
        x >= a && x < b
    } else {
        x <= a && x > b
    };
    Ok(inside && (&x - &a).mod_floor(&s).is_zero())
}

// --- Sets ---
// The set algebra lives in `objects/set.rs`; these are the entry points of
// the native operator paths in `arith`.

/// A frozenset copy of a set (for `set in set`).
pub fn frozen_copy(th: &Thread, v: Value) -> PyResult<Value> {
    crate::objects::set::frozen_copy(th, v)
}

/// `a op b` for two sets (the result has the base type of `a`).
pub fn set_binop(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    crate::objects::set::binop(th, op, a, b)
}

/// `a op= b` for two sets: mutates `a`.
pub fn set_inplace(th: &Thread, op: BinOp, a: Value, b: Value) -> PyResult<()> {
    crate::objects::set::inplace(th, op, a, b)?;
    Ok(())
}

pub fn set_compare(th: &Thread, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    match (set_table(a), set_table(b)) {
        (Some(sa), Some(_)) => crate::objects::set::richcompare(th, sa, b, op),
        _ => Ok(th.bool_val(op == CmpOp::Ne)),
    }
}

pub fn frozenset_hash(_th: &Thread, v: Value) -> PyResult<i64> {
    match set_table(v) {
        Some(s) => Ok(crate::objects::set::hash_of(s)),
        None => Ok(ops::identity_hash(v)),
    }
}
