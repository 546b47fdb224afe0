//! `_io`: the native half of `io` — the file types made by `open()`
//! (`objects/file.rs`), `open` itself and `UnsupportedOperation`.  The
//! in-memory streams (`StringIO`, `BytesIO`) and the abstract bases are in
//! `lib/io.py`.
use crate::layout::Gc;
use crate::objects::dict;
use crate::objects::function::{Binding, new_native};
use crate::objects::module::Module;
use crate::runtime::{PyResult, Thread, types};
use crate::value::Value;

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    for name in [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "UnsupportedOperation",
    ] {
        let t = types().extra.borrow().get(name).copied();
        if let Some(t) = t {
            dict::set_item_str(th, m.dict, th.intern(name), t.value());
        }
    }
    // The same object as builtins.open (`io.open is open`).
    let f = match dict::get_str(crate::runtime::g().builtins, th.intern_static("open")) {
        Some(f) => f,
        None => new_native(
            th,
            "open",
            "_io",
            crate::objects::file::builtin_open,
            Binding::Function,
        ),
    };
    dict::set_item_str(th, m.dict, th.intern_static("open"), f);
    dict::set_item_str(
        th,
        m.dict,
        th.intern_static("DEFAULT_BUFFER_SIZE"),
        Value::small(8192),
    );
    Ok(())
}
