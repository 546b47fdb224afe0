//! File objects returned by `open()`: `_io.TextIOWrapper` (text mode) and
//! `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom` (binary
//! modes), one payload for all four.
//!
//! ```text
//!   File { name, mode, binary, codec, inner: PyCell<FileInner> }
//!   FileInner { f: Option<std::fs::File>, rbuf, rpos }
//!                         ^ None once closed
//! ```
//!
//! Reads go through a read-ahead buffer (`rbuf[rpos..]` is data read from
//! the OS but not yet consumed); writes go straight to the OS after the
//! read-ahead is dropped (the OS position is moved back to the logical one),
//! so `tell()` and `seek()` always see the logical position.  Text mode
//! decodes with the file's codec and reads with universal newlines
//! (`\r\n` and `\r` become `\n`); it writes `\n` unchanged, as CPython does on
//! POSIX.  No Python code runs while `inner` is borrowed.
use std::io::{Read, Seek, SeekFrom, Write};

use gc::Tracer;

use crate::layout::{Gc, Kind, PyCell, PyPayload, make_permanent, meta_for};
use crate::objects::function::Binding;
use crate::objects::str::{Codec, as_str};
use crate::objects::type_::{TypeObj, new_builtin_type, set_attr_str, type_name, type_of};
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, Thread, g, types};
use crate::value::Value;

pub struct File {
    /// The `name` attribute (the path as given, or an int fd).
    pub name: Value,
    pub mode: Box<str>,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub codec: Codec,
    /// The `encoding` attribute (text mode).
    pub encoding: Box<str>,
    pub inner: PyCell<FileInner>,
}

pub struct FileInner {
    f: Option<std::fs::File>,
    rbuf: Vec<u8>,
    rpos: usize,
}

impl PyPayload for File {
    const KIND: Kind = Kind::Native;
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.name.bits());
    }
}

const TYPE_NAMES: [&str; 4] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
];

/// Creates the file types (registered in `types().extra`).
pub fn install(th: &Thread) {
    for name in TYPE_NAMES {
        let t = new_builtin_type(th, name, Some(types().object), meta_for::<File>(), false);
        make_permanent(t);
        *t.module.borrow_mut() = "_io".into();
        let m = th.new_str("_io");
        set_attr_str(th, t, "__module__", m);
        crate::objects::add_methods(
            th,
            t,
            name,
            &[
                ("read", file_read),
                ("readline", file_readline),
                ("readlines", file_readlines),
                ("write", file_write),
                ("writelines", file_writelines),
                ("close", file_close),
                ("flush", file_flush),
                ("seek", file_seek),
                ("tell", file_tell),
                ("truncate", file_truncate),
                ("readable", file_readable),
                ("writable", file_writable),
                ("seekable", file_seekable),
                ("fileno", file_fileno),
                ("isatty", file_isatty),
                ("__iter__", file_iter),
                ("__next__", file_next),
                ("__enter__", file_enter),
                ("__exit__", file_exit),
                ("__repr__", file_repr),
            ],
        );
        for (attr, f) in [
            ("name", file_name as crate::objects::function::NativeFn),
            ("mode", file_mode),
            ("closed", file_closed),
            ("encoding", file_encoding),
        ] {
            crate::objects::add_fn(th, t, name, attr, f, Binding::Getter);
        }
        types().extra.borrow_mut().insert(name, t);
    }
    let ose = g().exc.os_error;
    // io.UnsupportedOperation(OSError, ValueError).
    let ns = crate::objects::dict::new_dict(th);
    let m = th.new_str("io");
    crate::objects::dict::set_item_str(th, ns, th.intern_static("__module__"), m);
    let bases = vec![ose, g().exc.value_error];
    if let Ok(t) =
        crate::objects::type_::new_heap_type(th, types().type_, "UnsupportedOperation", bases, ns)
    {
        make_permanent(t);
        types().extra.borrow_mut().insert("UnsupportedOperation", t);
    }
}

fn file_type(name: &'static str) -> Gc<TypeObj> {
    *types()
        .extra
        .borrow()
        .get(name)
        .expect("file types are installed at startup")
}

/// The file payload of `v`, or TypeError.
fn this(th: &Thread, v: Value) -> PyResult<Gc<File>> {
    let t = type_of(v);
    if v.is_kind(Kind::Native)
        && TYPE_NAMES.contains(&t.name().as_str())
        && *t.module.borrow() == "_io"
    {
        return Ok(v.as_gc_unchecked::<File>());
    }
    Err(th.type_error(format!(
        "descriptor requires a '_io.TextIOWrapper' object but received a '{}'",
        type_name(v)
    )))
}

// --- Errors ---

/// An OSError subclass chosen by errno, with CPython's args and attributes.
pub fn os_error(th: &Thread, e: &std::io::Error, filename: Option<Value>) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let ty_name = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        13 | 1 => "PermissionError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        _ => "OSError",
    };
    let ty = g()
        .exc
        .by_name
        .get(ty_name)
        .copied()
        .unwrap_or(g().exc.os_error);
    let msg = strerror(e);
    let m = th.new_string(msg);
    let _r = th.root(m);
    let args = th.new_tuple_from(&[Value::small(errno as i64), m]);
    let _r2 = th.root(args);
    let exc = crate::objects::exceptions::new_exception(th, ty, args);
    let _r3 = th.root(exc);
    ops::set_exc_attr(th, exc, "errno", Value::small(errno as i64));
    ops::set_exc_attr(th, exc, "strerror", m);
    ops::set_exc_attr(th, exc, "filename", filename.unwrap_or(g().none));
    Exc(exc)
}

/// The C library's message for an I/O error, without Rust's " (os error N)".
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn closed_error(th: &Thread) -> Exc {
    th.value_error("I/O operation on closed file.".into())
}

fn unsupported(th: &Thread, what: &str) -> Exc {
    let ty = types()
        .extra
        .borrow()
        .get("UnsupportedOperation")
        .copied()
        .unwrap_or(g().exc.os_error);
    th.new_exc(ty, what.into())
}

// --- open() ---

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn builtin_open(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "open", 1, 7)?;
    let file = a.get(0, "file").unwrap_or(g().none);
    let mode_v = a.get(1, "mode");
    let mode = match mode_v {
        None => "r",
        Some(m) => as_str(m).ok_or_else(|| {
            th.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(m)
            ))
        })?,
    };
    let enc = a.get(3, "encoding").filter(|v| *v != g().none);
    // An os.PathLike gives its path through __fspath__ (the file's `name`
    // stays the object itself, as in CPython).
    let mut path_v = file;
    if as_str(file).is_none()
        && file.downcast::<crate::objects::bytes::Bytes>().is_none()
        && let Some(f) =
            ops::getattr_opt(th, type_of(file).value(), th.intern_static("__fspath__"))?
    {
        path_v = ops::call(th, f, &[file])?;
        if as_str(path_v).is_none() && path_v.downcast::<crate::objects::bytes::Bytes>().is_none() {
            return Err(th.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                type_name(file),
                type_name(path_v)
            )));
        }
    }
    let path = match as_str(path_v) {
        Some(s) => s.to_string(),
        None => match path_v
            .downcast::<crate::objects::bytes::Bytes>()
            .map(|b| b.b.to_vec())
        {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(th.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(file)
                )));
            }
        },
    };
    // Parse the mode string as CPython's _io.open does.
    let (mut r, mut w, mut ap, mut x, mut plus, mut b, mut t) =
        (false, false, false, false, false, false, false);
    for c in mode.chars() {
        let flag = match c {
            'r' => &mut r,
            'w' => &mut w,
            'a' => &mut ap,
            'x' => &mut x,
            '+' => &mut plus,
            'b' => &mut b,
            't' => &mut t,
            _ => return Err(th.value_error(format!("invalid mode: '{mode}'"))),
        };
        if *flag {
            return Err(th.value_error(format!("invalid mode: '{mode}'")));
        }
        *flag = true;
    }
    if b && t {
        return Err(th.value_error("can't have text and binary mode at once".into()));
    }
    match [r, w, ap, x].iter().filter(|f| **f).count() {
        1 => {}
        0 => {
            return Err(th.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            ));
        }
        _ => {
            return Err(
                th.value_error("must have exactly one of create/read/write/append mode".into())
            );
        }
    }
    if b && enc.is_some() {
        return Err(th.value_error("binary mode doesn't take an encoding argument".into()));
    }
    let (codec, encoding): (Codec, Box<str>) = match enc {
        Some(e) => {
            let s = as_str(e).ok_or_else(|| {
                th.type_error(format!(
                    "open() argument 'encoding' must be str or None, not {}",
                    type_name(e)
                ))
            })?;
            (crate::objects::str::lookup_codec(th, s)?, s.into())
        }
        None => (Codec::Utf8, "UTF-8".into()),
    };
    let mut oo = std::fs::OpenOptions::new();
    oo.read(r || plus)
        .write(w || ap || x || plus)
        .append(ap)
        .truncate(w)
        .create(w || ap)
        .create_new(x);
    let f = oo.open(&path).map_err(|e| os_error(th, &e, Some(path_v)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(th, &e, Some(path_v)));
    }
    let tname = if !b {
        "TextIOWrapper"
    } else if plus {
        "BufferedRandom"
    } else if r {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let canon: String = {
        let base = if r {
            "r"
        } else if w {
            "w"
        } else if ap {
            "a"
        } else {
            "x"
        };
        format!(
            "{base}{}{}",
            if plus { "+" } else { "" },
            if b { "b" } else { "" }
        )
    };
    let shown_mode: Box<str> = if b { canon.into() } else { mode.into() };
    let obj = th.alloc(
        file_type(tname),
        File {
            name: path_v,
            mode: shown_mode,
            binary: b,
            readable: r || plus,
            writable: w || ap || x || plus,
            codec,
            encoding,
            inner: PyCell::new(FileInner {
                f: Some(f),
                rbuf: Vec::new(),
                rpos: 0,
            }),
        },
    );
    Ok(obj.value())
}

// --- Low-level buffer operations (no Python code runs in these) ---

impl FileInner {
    fn file(&mut self, th: &Thread) -> PyResult<&mut std::fs::File> {
        self.f.as_mut().ok_or_else(|| closed_error(th))
    }

    /// Reads more data into the read-ahead; false at end of file.
    fn fill(&mut self, th: &Thread) -> PyResult<bool> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let mut chunk = [0u8; 8192];
        let n = self
            .file(th)?
            .read(&mut chunk)
            .map_err(|e| os_error(th, &e, None))?;
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Drops the read-ahead, moving the OS position back to the logical one.
    fn sync(&mut self, th: &Thread) -> PyResult<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            self.file(th)?
                .seek(SeekFrom::Current(-ahead))
                .map_err(|e| os_error(th, &e, None))?;
        }
        Ok(())
    }

    fn read_all(&mut self, th: &Thread) -> PyResult<Vec<u8>> {
        while self.fill(th)? {}
        let out = self.pending().to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        Ok(out)
    }

    fn read_n(&mut self, th: &Thread, n: usize) -> PyResult<Vec<u8>> {
        while self.pending().len() < n {
            if !self.fill(th)? {
                break;
            }
        }
        let k = n.min(self.pending().len());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        Ok(out)
    }

    /// One line of bytes, up to and including `\n` (and, in text mode,
    /// a lone `\r` or `\r\n`), at most `limit` bytes when given.
    fn read_line(&mut self, th: &Thread, text: bool, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if self.pending().is_empty() && !self.fill(th)? {
                return Ok(out);
            }
            let b = self.rbuf[self.rpos];
            self.rpos += 1;
            out.push(b);
            if b == b'\n' {
                return Ok(out);
            }
            if text && b == b'\r' {
                if self.pending().is_empty() {
                    self.fill(th)?;
                }
                if self.pending().first() == Some(&b'\n') {
                    self.rpos += 1;
                    out.push(b'\n');
                }
                return Ok(out);
            }
            if limit.is_some_and(|l| out.len() >= l) {
                return Ok(out);
            }
        }
    }

    fn tell(&mut self, th: &Thread) -> PyResult<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let pos = self
            .file(th)?
            .stream_position()
            .map_err(|e| os_error(th, &e, None))?;
        Ok(pos - ahead)
    }
}

/// Universal newlines: `\r\n` and `\r` become `\n`.
fn translate_newlines(s: String) -> String {
    if !s.contains('\r') {
        return s;
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn decode(th: &Thread, f: &File, data: &[u8]) -> PyResult<String> {
    let s = crate::objects::bytes::decode(th, data, f.codec, "strict")?;
    Ok(translate_newlines(s))
}

fn check_readable(th: &Thread, f: &File) -> PyResult<()> {
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    if !f.readable {
        return Err(unsupported(th, "not readable"));
    }
    Ok(())
}

fn check_writable(th: &Thread, f: &File) -> PyResult<()> {
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    if !f.writable {
        return Err(unsupported(th, "not writable"));
    }
    Ok(())
}

/// An optional size argument: None or negative mean "all".
fn size_arg(th: &Thread, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v == g().none => Ok(None),
        Some(v) => {
            let i = ops::index(th, v)?;
            let n = crate::objects::int::to_i64(i).unwrap_or(i64::MAX);
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Reads `n` characters of text (utf-8 aware), with universal newlines.
fn read_chars(th: &Thread, f: &File, n: usize) -> PyResult<String> {
    let mut out = String::new();
    let mut count = 0;
    while count < n {
        let mut bytes = {
            let mut inner = f.inner.borrow_mut();
            let first = inner.read_n(th, 1)?;
            let Some(&b0) = first.first() else { break };
            let width = match f.codec {
                Codec::Utf8 => match b0 {
                    0xf0..=0xf7 => 4,
                    0xe0..=0xef => 3,
                    0xc0..=0xdf => 2,
                    _ => 1,
                },
                Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => 2,
                Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => 4,
                _ => 1,
            };
            let mut v = first;
            if width > 1 {
                v.extend(inner.read_n(th, width - 1)?);
            }
            if v == b"\r" {
                let next = inner.read_n(th, 1)?;
                if next != b"\n" && !next.is_empty() {
                    inner.rpos -= 1;
                }
                v = b"\n".to_vec();
            }
            v
        };
        if bytes.is_empty() {
            break;
        }
        let s = crate::objects::bytes::decode(th, &bytes, f.codec, "strict")?;
        bytes.clear();
        out.push_str(&s);
        count += 1;
    }
    Ok(out)
}

// --- Methods ---

fn file_read(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "read", 1, 2)?;
    let f = this(th, a.pos[0])?;
    check_readable(th, &f)?;
    let n = size_arg(th, a.get(1, "size"))?;
    if f.binary {
        let data = match n {
            None => f.inner.borrow_mut().read_all(th)?,
            Some(n) => f.inner.borrow_mut().read_n(th, n)?,
        };
        return Ok(crate::objects::bytes::new_bytes(th, data));
    }
    let s = match n {
        None => {
            let data = f.inner.borrow_mut().read_all(th)?;
            decode(th, &f, &data)?
        }
        Some(n) => read_chars(th, &f, n)?,
    };
    Ok(th.new_string(s))
}

/// One line as a Python value (b'' / '' at end of file).
fn read_line_value(th: &Thread, f: Gc<File>, limit: Option<usize>) -> PyResult<Value> {
    let data = f.inner.borrow_mut().read_line(th, !f.binary, limit)?;
    if f.binary {
        return Ok(crate::objects::bytes::new_bytes(th, data));
    }
    let s = decode(th, &f, &data)?;
    Ok(th.new_string(s))
}

fn file_readline(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "readline", 1, 2)?;
    let f = this(th, a.pos[0])?;
    check_readable(th, &f)?;
    let limit = size_arg(th, a.get(1, "size"))?;
    read_line_value(th, f, limit)
}

fn is_empty_line(v: Value) -> bool {
    as_str(v) == Some("") || crate::objects::bytes::bytes_data(v).is_some_and(|b| b.is_empty())
}

fn file_readlines(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "readlines", 1, 2)?;
    let f = this(th, a.pos[0])?;
    check_readable(th, &f)?;
    let hint = size_arg(th, a.get(1, "hint"))?.filter(|h| *h > 0);
    let out = crate::runtime::TempVec::new(th);
    let mut total = 0;
    loop {
        let line = read_line_value(th, f, None)?;
        if is_empty_line(line) {
            break;
        }
        total += ops::len(th, line)?;
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(out.as_list().value())
}

/// Writes `v` (str in text mode, bytes-like in binary mode); returns the count.
fn write_value(th: &Thread, f: &File, v: Value) -> PyResult<usize> {
    let (data, count) = if f.binary {
        let d = crate::objects::bytes::bytes_data(v).ok_or_else(|| {
            th.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(v)
            ))
        })?;
        let n = d.len();
        (d, n)
    } else {
        let s = as_str(v).ok_or_else(|| {
            th.type_error(format!(
                "write() argument must be str, not {}",
                type_name(v)
            ))
        })?;
        (
            crate::objects::str::encode(th, s, f.codec, "strict")?,
            s.chars().count(),
        )
    };
    let mut inner = f.inner.borrow_mut();
    inner.sync(th)?;
    inner
        .file(th)?
        .write_all(&data)
        .map_err(|e| os_error(th, &e, None))?;
    Ok(count)
}

fn file_write(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "write", 2, 2)?;
    let f = this(th, a.pos[0])?;
    check_writable(th, &f)?;
    let n = write_value(th, &f, a.pos[1])?;
    Ok(th.new_int(n as i64))
}

fn file_writelines(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "writelines", 2, 2)?;
    let f = this(th, a.pos[0])?;
    check_writable(th, &f)?;
    let it = ops::get_iter(th, a.pos[1])?;
    let _r = th.root(it);
    while let Some(x) = ops::next(th, it)? {
        write_value(th, &f, x)?;
    }
    Ok(g().none)
}

fn file_close(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "close", 1, 1)?;
    let f = this(th, a.pos[0])?;
    let mut inner = f.inner.borrow_mut();
    if let Some(mut file) = inner.f.take() {
        let _ = file.flush();
    }
    inner.rbuf.clear();
    inner.rpos = 0;
    Ok(g().none)
}

fn file_flush(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "flush", 1, 1)?;
    let f = this(th, a.pos[0])?;
    let mut inner = f.inner.borrow_mut();
    inner
        .file(th)?
        .flush()
        .map_err(|e| os_error(th, &e, None))?;
    Ok(g().none)
}

fn file_seek(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "seek", 2, 3)?;
    let f = this(th, a.pos[0])?;
    let off = ops::index(th, a.pos[1])?;
    let off = crate::objects::int::to_i64(off)
        .ok_or_else(|| th.overflow_error("Python int too large to convert to C long".into()))?;
    let whence = match a.get(2, "whence") {
        Some(w) => crate::objects::int::to_i64(ops::index(th, w)?).unwrap_or(-1),
        None => 0,
    };
    if !f.binary && (whence == 1 || whence == 2) && off != 0 {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return Err(unsupported(th, msg));
    }
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(th.value_error(format!("negative seek position {off}")));
            }
            SeekFrom::Start(off as u64)
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(th.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    let mut inner = f.inner.borrow_mut();
    inner.sync(th)?;
    let p = inner
        .file(th)?
        .seek(pos)
        .map_err(|e| os_error(th, &e, None))?;
    Ok(th.new_int(p as i64))
}

fn file_tell(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "tell", 1, 1)?;
    let f = this(th, a.pos[0])?;
    let p = f.inner.borrow_mut().tell(th)?;
    Ok(th.new_int(p as i64))
}

fn file_truncate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "truncate", 1, 2)?;
    let f = this(th, a.pos[0])?;
    check_writable(th, &f)?;
    let size = size_arg(th, a.get(1, "size"))?;
    let mut inner = f.inner.borrow_mut();
    let size = match size {
        Some(s) => s as u64,
        None => inner.tell(th)?,
    };
    inner.sync(th)?;
    inner
        .file(th)?
        .set_len(size)
        .map_err(|e| os_error(th, &e, None))?;
    Ok(th.new_int(size as i64))
}

fn file_readable(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(th.bool_val(f.readable))
}

fn file_writable(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(th.bool_val(f.writable))
}

fn file_seekable(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(g().true_)
}

fn file_fileno(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    let inner = f.inner.borrow();
    match &inner.f {
        Some(file) => {
            use std::os::fd::AsRawFd;
            Ok(th.new_int(file.as_raw_fd() as i64))
        }
        None => Err(closed_error(th)),
    }
}

fn file_isatty(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(g().false_)
}

fn file_iter(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(a.pos[0])
}

fn file_next(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    check_readable(th, &f)?;
    let line = read_line_value(th, f, None)?;
    if is_empty_line(line) {
        return Err(th.stop_iteration(Value::NULL));
    }
    Ok(line)
}

fn file_enter(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.inner.borrow().f.is_none() {
        return Err(closed_error(th));
    }
    Ok(a.pos[0])
}

fn file_exit(th: &Thread, a: Args) -> PyResult<Value> {
    file_close(th, Args::new(&a.pos[..1]))?;
    Ok(g().none)
}

fn file_repr(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    let t = type_of(a.pos[0]).name();
    let name = ops::repr(th, f.name)?;
    let s = if f.binary {
        format!("<_io.{t} name={name}>")
    } else {
        format!(
            "<_io.{t} name={name} mode='{}' encoding='{}'>",
            f.mode, f.encoding
        )
    };
    Ok(th.new_string(s))
}

fn file_name(th: &Thread, a: Args) -> PyResult<Value> {
    Ok(this(th, a.pos[0])?.name)
}

fn file_mode(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    Ok(th.new_str(&f.mode))
}

fn file_closed(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    Ok(th.bool_val(f.inner.borrow().f.is_none()))
}

fn file_encoding(th: &Thread, a: Args) -> PyResult<Value> {
    let f = this(th, a.pos[0])?;
    if f.binary {
        return Err(th.attribute_error(format!(
            "'_io.{}' object has no attribute 'encoding'",
            type_of(a.pos[0]).name()
        )));
    }
    Ok(th.new_str(&f.encoding))
}
