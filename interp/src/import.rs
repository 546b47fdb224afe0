//! `import`: finding `.py` modules and packages on `sys.path` (the script's
//! directory first), running them once, and `sys.modules`.
//!
//! Threads: a module is run once even when threads import it at the same
//! time (per-module import locks, as CPython's `_ModuleLock`): the first
//! thread claims the name, and the others wait until its import ends,
//! even once the half-run module is in `sys.modules`.  A thread that would
//! wait for an import that (through other waiting threads) waits for one
//! of its own takes the partly initialised module instead, as CPython does
//! for a concurrent circular import.
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, LazyLock, Mutex};

use crate::layout::Gc;
use crate::objects::dict::{self, Dict};
use crate::objects::frame::Frame;
use crate::objects::module::{Module, new_module};
use crate::objects::str::as_str;
use crate::ops;
use crate::runtime::{PyResult, Thread, g};
use crate::value::Value;

pub fn import_name(
    th: &Thread,
    frame: Gc<Frame>,
    name: Value,
    fromlist: Value,
    level: Value,
) -> PyResult<Value> {
    import_module_level(th, name, fromlist, level, Some(frame.globals))
}

fn resolve_name(
    th: &Thread,
    name: &str,
    level: usize,
    globals: Option<Gc<Dict>>,
) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g2 = globals.ok_or_else(|| {
        th.new_exc(
            g().exc.import_error,
            "attempted relative import with no known parent package".into(),
        )
    })?;
    let pkg = dict::get_str(g2, crate::name!(th, "__package__"))
        .and_then(as_str)
        .map(str::to_string);
    let mut base = match pkg {
        Some(p) if !p.is_empty() => p,
        _ => {
            return Err(th.new_exc(
                g().exc.import_error,
                "attempted relative import with no known parent package".into(),
            ));
        }
    };
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base.truncate(i),
            None => {
                return Err(th.new_exc(
                    g().exc.import_error,
                    "attempted relative import beyond top-level package".into(),
                ));
            }
        }
    }
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

pub fn import_module_level(
    th: &Thread,
    name: Value,
    fromlist: Value,
    level: Value,
    globals: Option<Gc<Dict>>,
) -> PyResult<Value> {
    let name_s = as_str(name).unwrap_or("").to_string();
    let level = crate::objects::int::to_i64(level).unwrap_or(0).max(0) as usize;
    let full = resolve_name(th, &name_s, level, globals)?;
    // Import each package along the dotted path.
    let mut parent: Option<Value> = None;
    let mut first: Option<Value> = None;
    let mut path = String::new();
    for part in full.split('.') {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(part);
        let m = import_one(th, &path, parent)?;
        if first.is_none() {
            first = Some(m);
        }
        parent = Some(m);
    }
    let last = parent.unwrap();
    let has_from = fromlist != g().none && !fromlist.is_null() && ops::truthy(th, fromlist)?;
    if has_from {
        // from pkg import submodule: import submodules named in fromlist.
        if let Some(m) = last.downcast::<Module>()
            && dict::get_str(m.dict, crate::name!(th, "__path__")).is_some()
        {
            let items = ops::collect(th, fromlist)?;
            // Importing runs Python code, which may change `fromlist`.
            let _r = th.root_slice(&items);
            for item in items {
                if let Some(s) = as_str(item)
                    && s != "*"
                    && dict::get_str(m.dict, item).is_none()
                {
                    let sub = format!("{full}.{s}");
                    match import_one(th, &sub, Some(last)) {
                        Ok(_) => {}
                        Err(e) if ops::is_instance_of(e.0, g().exc.module_not_found_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(last);
    }
    if level > 0 && name_s.is_empty() {
        return Ok(last);
    }
    Ok(if level > 0 { last } else { first.unwrap() })
}

/// Who is importing which module, and who waits for which.
#[derive(Default)]
struct ImportLocks {
    /// Module name -> tag of the thread running its import.
    owners: HashMap<String, u32>,
    /// Thread tag -> the module whose import it waits for.
    waiting: HashMap<u32, String>,
}

static IMPORT_LOCKS: LazyLock<(Mutex<ImportLocks>, Condvar)> = LazyLock::new(Default::default);

/// How many imports of source or native modules are running: while none
/// is, an `import` of a module found in `sys.modules` takes no lock.  A
/// claim counts before its module enters `sys.modules`, and a thread that
/// found the module there reads the count after that dict read.
static IMPORTS_RUNNING: AtomicUsize = AtomicUsize::new(0);

fn import_locks() -> std::sync::MutexGuard<'static, ImportLocks> {
    // Nothing panics while holding it; a poisoned map is still consistent.
    IMPORT_LOCKS.0.lock().unwrap_or_else(|e| e.into_inner())
}

/// Releases a claimed module name when its import ends (or fails).
struct ImportClaim(String);

impl Drop for ImportClaim {
    fn drop(&mut self) {
        import_locks().owners.remove(&self.0);
        IMPORTS_RUNNING.fetch_sub(1, Ordering::SeqCst);
        IMPORT_LOCKS.1.notify_all();
    }
}

enum Claim {
    /// This thread imports the module now.
    Mine(ImportClaim),
    /// Nobody else is importing it (or this thread already is, or waiting
    /// would deadlock).
    Free,
    /// Another thread's import of it ended while this one waited.
    Waited,
}

/// Claims `name` for this thread's import (`take`), or only checks that
/// no other thread is importing it; waits (in a safe region) while
/// another thread is.
fn claim_import(th: &Thread, name: &str, take: bool) -> Claim {
    if !take && IMPORTS_RUNNING.load(Ordering::SeqCst) == 0 {
        return Claim::Free;
    }
    let me = th.tag;
    let mut st = import_locks();
    let owner = match st.owners.get(name) {
        None if take => {
            IMPORTS_RUNNING.fetch_add(1, Ordering::SeqCst);
            st.owners.insert(name.to_string(), me);
            return Claim::Mine(ImportClaim(name.to_string()));
        }
        None => return Claim::Free,
        Some(&o) if o == me => return Claim::Free,
        Some(&o) => o,
    };
    // Would `owner` (through the chain of waiting threads) wait for us?
    let mut o = owner;
    for _ in 0..=st.waiting.len() {
        match st.waiting.get(&o).and_then(|m| st.owners.get(m)) {
            Some(&next) if next == me => return Claim::Free,
            Some(&next) => o = next,
            None => break,
        }
    }
    st.waiting.insert(me, name.to_string());
    drop(st);
    th.mutator.blocking(|| {
        let mut st = import_locks();
        while st.owners.get(name) == Some(&owner) {
            st = IMPORT_LOCKS.1.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        st.waiting.remove(&me);
    });
    Claim::Waited
}

fn import_one(th: &Thread, full: &str, parent: Option<Value>) -> PyResult<Value> {
    let key = th.new_str(full);
    let _r = th.root(key);
    let _claim = loop {
        if let Some(m) = dict::get_item(th, g().modules, key)? {
            match claim_import(th, full, false) {
                Claim::Waited => continue,
                _ => return Ok(m),
            }
        }
        match claim_import(th, full, true) {
            Claim::Mine(c) => break Some(c),
            Claim::Free => break None,
            Claim::Waited => continue,
        }
    };
    if let Some(m) = crate::modules::load_native(th, full)? {
        return Ok(m);
    }
    let search: Vec<String> = match parent {
        Some(p) => {
            let pm = p.downcast::<Module>().unwrap();
            match dict::get_str(pm.dict, crate::name!(th, "__path__")) {
                Some(pp) => ops::collect(th, pp)?
                    .into_iter()
                    .filter_map(|x| as_str(x).map(str::to_string))
                    .collect(),
                None => {
                    return Err(not_found(th, full, true));
                }
            }
        }
        None => crate::modules::sys::path_list(th)?,
    };
    let short = full.rsplit('.').next().unwrap();
    for dir in search {
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{dir}/{short}/__init__.py");
        let file = format!("{dir}/{short}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            return load_source(th, full, &pkg_init, Some(format!("{dir}/{short}")), parent);
        }
        if std::path::Path::new(&file).is_file() {
            return load_source(th, full, &file, None, parent);
        }
    }
    Err(not_found(th, full, false))
}

fn not_found(th: &Thread, full: &str, not_pkg: bool) -> crate::runtime::Exc {
    let msg = if not_pkg {
        let p = full.rsplit_once('.').map(|x| x.0).unwrap_or(full);
        format!("No module named '{full}'; '{p}' is not a package")
    } else {
        format!("No module named '{full}'")
    };
    let e = th.new_exc(g().exc.module_not_found_error, msg);
    ops::set_exc_attr(th, e.0, "name", th.new_str(full));
    e
}

/// Compiles and runs a source file as module `name`.
pub fn load_source(
    th: &Thread,
    name: &str,
    file: &str,
    pkg_dir: Option<String>,
    parent: Option<Value>,
) -> PyResult<Value> {
    let src = std::fs::read(file).map_err(|e| th.new_exc(g().exc.os_error, e.to_string()))?;
    let src =
        frontend::decode_source(&src, file).map_err(|e| crate::modules::syntax_error(th, &e))?;
    let m = new_module(th, name);
    let _r = th.root(m.value());
    dict::set_item_str(th, m.dict, crate::name!(th, "__file__"), th.new_str(file));
    // No bytecode cache (sys.implementation.cache_tag is None): __cached__ is None.
    dict::set_item_str(th, m.dict, crate::name!(th, "__cached__"), g().none);
    let package = match &pkg_dir {
        Some(d) => {
            let p = th.new_list(vec![th.new_str(d)]);
            dict::set_item_str(th, m.dict, crate::name!(th, "__path__"), p);
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|x| x.0.to_string())
            .unwrap_or_default(),
    };
    dict::set_item_str(
        th,
        m.dict,
        crate::name!(th, "__package__"),
        th.new_string(package),
    );
    dict::set_item_str(
        th,
        m.dict,
        crate::name!(th, "__builtins__"),
        g().builtins.value(),
    );
    let key = th.new_str(name);
    dict::set_item(th, g().modules, key, m.value())?;
    let r = run_module_source(th, &src, file, m.dict);
    if let Err(e) = r {
        let _ = dict::pop_item(th, g().modules, key);
        return Err(e);
    }
    if let Some(p) = parent {
        let short = name.rsplit('.').next().unwrap();
        ops::setattr(th, p, th.intern(short), m.value())?;
    }
    // The module object may have been replaced in sys.modules.
    Ok(dict::get_item(th, g().modules, key)?.unwrap_or(m.value()))
}

/// Compiles `src` and runs it in `globals`.
pub fn run_module_source(th: &Thread, src: &str, file: &str, globals: Gc<Dict>) -> PyResult<Value> {
    let code = match frontend::compile(src, file, frontend::Mode::Exec) {
        Ok(c) => c,
        Err(e) => return Err(crate::modules::syntax_error(th, &e)),
    };
    let c = crate::objects::code::new_code(th, code);
    crate::eval::run_code(th, c, globals, globals.value())
}

pub fn import_from(th: &Thread, m: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(th, m, name)? {
        return Ok(v);
    }
    // A submodule that was imported but not bound yet.
    if let Some(md) = m.downcast::<Module>() {
        let mname = dict::get_str(md.dict, crate::name!(th, "__name__"))
            .and_then(as_str)
            .unwrap_or("?")
            .to_string();
        let full = th.new_string(format!("{}.{}", mname, as_str(name).unwrap_or("")));
        if let Some(sub) = dict::get_item(th, g().modules, full)? {
            return Ok(sub);
        }
        let file = dict::get_str(md.dict, crate::name!(th, "__file__")).and_then(as_str);
        let msg = match file {
            Some(f) => format!(
                "cannot import name '{}' from '{}' ({})",
                as_str(name).unwrap_or(""),
                mname,
                f
            ),
            None => format!(
                "cannot import name '{}' from '{}' (unknown location)",
                as_str(name).unwrap_or(""),
                mname
            ),
        };
        let e = th.new_exc(g().exc.import_error, msg);
        crate::ops::set_exc_attr(th, e.0, "name", th.new_str(&mname));
        let path = file.map(|f| th.new_str(f)).unwrap_or(g().none);
        crate::ops::set_exc_attr(th, e.0, "path", path);
        return Err(e);
    }
    Err(th.new_exc(
        g().exc.import_error,
        format!("cannot import name '{}'", as_str(name).unwrap_or("")),
    ))
}

pub fn import_star(th: &Thread, m: Value, locals: Value) -> PyResult<()> {
    let Some(ld) = locals.downcast::<Dict>() else {
        return Ok(());
    };
    // CPython's import_all_from: the names of `__all__`, else the public
    // keys of `__dict__`, each read with getattr (so anything in
    // sys.modules works, not only modules).
    let (names, from_all) = match ops::getattr_opt(th, m, crate::name!(th, "__all__"))? {
        Some(a) => (ops::collect(th, a)?, true),
        None => {
            let Some(d) = ops::getattr_opt(th, m, crate::name!(th, "__dict__"))? else {
                return Err(th.new_exc(
                    g().exc.import_error,
                    "from-import-* object has no __dict__ and no __all__".into(),
                ));
            };
            let keys = match d.downcast::<Dict>() {
                Some(dd) => dict::items_vec(dd).into_iter().map(|(k, _)| k).collect(),
                None => ops::collect(th, d)?,
            };
            (keys, false)
        }
    };
    // `getattr` (a module `__getattr__`) may change `__all__` or the dict.
    let _r = th.root_slice(&names);
    for k in names {
        let Some(s) = as_str(k) else {
            let what = if from_all { "__all__" } else { "__dict__" };
            let modname = ops::getattr_str(th, m, "__name__")
                .ok()
                .and_then(|n| as_str(n).map(str::to_string))
                .unwrap_or_else(|| "?".into());
            return Err(th.type_error(format!(
                "Item in {modname}.{what} must be str, not {}",
                crate::objects::type_::type_name(k)
            )));
        };
        if !from_all && s.starts_with('_') {
            continue;
        }
        let v = ops::getattr(th, m, k)?;
        dict::set_item(th, ld, k, v)?;
    }
    Ok(())
}
