//! `_os`: the system calls behind `lib/os.py` (CPython's `posix` module).
//!
//! Everything here is a thin, safe wrapper over `std::fs`, `std::env` and
//! `std::process`; the Python-level parts of `os` (`environ` as a mapping,
//! `stat_result`, `walk`, `makedirs`, `scandir`, `os.path`) are in `lib/`.
//!
//! Paths are accepted as `str`, `bytes` or `os.PathLike` (`__fspath__`);
//! a function given a `bytes` path returns `bytes` names (`listdir`,
//! `getcwdb`, `readlink`).  Errors are `OSError` subclasses built through
//! the `OSError` constructor, so `errno`, `strerror`, `filename` and
//! `filename2` and the message (`[Errno 2] No such file or directory: 'x'`)
//! are CPython's.
//!
//! File descriptors: Taipan has no raw `open(2)` without `unsafe`, so
//! `_os.open` opens a `std::fs::File` and keeps it in a process-wide table
//! keyed by its descriptor number (`FDS`); `read`, `write`, `lseek`,
//! `close`, `fstat` look the number up there (0, 1, 2 are the standard
//! streams).  A descriptor not in the table is `EBADF`, as for the kernel.
//!
//! Environment: `environ()` snapshots the process environment at import;
//! `putenv`/`unsetenv` record changes in `ENV_OVERRIDES` instead of calling
//! `setenv(3)` (which is `unsafe` in Rust 2024 once threads exist).  Taipan
//! starts no child processes yet, so nothing reads the C-level environment
//! after start-up; `os.environ` is the source of truth for Python code.
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::sync::Mutex;

use crate::layout::Gc;
use crate::objects::bytes::{bytes_data, new_bytes};
use crate::objects::dict;
use crate::objects::function::{Binding, NativeFn, new_native};
use crate::objects::int::to_i64;
use crate::objects::module::Module;
use crate::objects::str::as_str;
use crate::objects::type_::type_name;
use crate::ops;
use crate::runtime::{Args, Exc, PyResult, TempVec, Thread, g};
use crate::value::Value;

/// Open descriptors made by `_os.open`, by number.
static FDS: Mutex<Option<HashMap<i32, std::fs::File>>> = Mutex::new(None);

/// `putenv`/`unsetenv` changes (None = unset).
pub static ENV_OVERRIDES: Mutex<Vec<(String, Option<String>)>> = Mutex::new(Vec::new());

// --- Arguments and errors ---

/// A path argument: the text, and whether it was given as bytes.
struct PathArg {
    path: String,
    bytes: bool,
    /// The object as given (for the exception's `filename`).
    orig: Value,
}

fn path_arg(th: &Thread, fname: &str, v: Value, allow_fd: bool) -> PyResult<PathArg> {
    let mk = |p: String, bytes: bool| PathArg {
        path: p,
        bytes,
        orig: v,
    };
    if let Some(s) = as_str(v) {
        if s.contains('\0') {
            return Err(th.value_error("embedded null byte".into()));
        }
        return Ok(mk(s.to_string(), false));
    }
    if let Some(b) = crate::objects::bytes::bytes_data(v)
        .filter(|_| v.downcast::<crate::objects::bytes::Bytes>().is_some())
    {
        return Ok(mk(String::from_utf8_lossy(&b).into_owned(), true));
    }
    if !v.is_kind(crate::layout::Kind::Int)
        && let Some(f) = ops::getattr_opt(
            th,
            crate::objects::type_::type_of(v).value(),
            th.intern_static("__fspath__"),
        )?
    {
        let r = ops::call(th, f, &[v])?;
        if let Some(s) = as_str(r) {
            return Ok(PathArg {
                path: s.to_string(),
                bytes: false,
                orig: v,
            });
        }
        if let Some(b) = bytes_data(r) {
            return Ok(PathArg {
                path: String::from_utf8_lossy(&b).into_owned(),
                bytes: true,
                orig: v,
            });
        }
        return Err(th.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(r)
        )));
    }
    Err(th.type_error(format!(
        "{fname}: path should be string, bytes, os.PathLike{}, not {}",
        if allow_fd { " or integer" } else { "" },
        type_name(v)
    )))
}

/// An OSError subclass for `e`, made by calling `OSError(errno, strerror,
/// filename, None, filename2)` so the subclass and message are CPython's.
pub fn os_err(th: &Thread, e: &std::io::Error, f1: Option<Value>, f2: Option<Value>) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    os_err_code(th, errno, f1, f2)
}

fn os_err_code(th: &Thread, errno: i64, f1: Option<Value>, f2: Option<Value>) -> Exc {
    let msg = th.new_string(strerror_text(errno as i32));
    let _r = th.root(msg);
    let mut args = vec![Value::small(errno), msg];
    if let Some(f) = f1 {
        args.push(f);
        if let Some(f2) = f2 {
            args.push(g().none);
            args.push(f2);
        }
    }
    match ops::call(th, g().exc.os_error.value(), &args) {
        Ok(v) => Exc(v),
        Err(e) => e,
    }
}

/// The C library's text for an errno (Rust's, without " (os error N)").
pub fn strerror_text(n: i32) -> String {
    let s = std::io::Error::from_raw_os_error(n).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn int_arg(th: &Thread, v: Value) -> PyResult<i64> {
    if v.is_kind(crate::layout::Kind::Float) {
        return Err(th.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    }
    let n = ops::index(th, v)?;
    to_i64(n).ok_or_else(|| th.overflow_error("Python int too large to convert to C int".into()))
}

/// A name as str or bytes, following the type of the path argument.
fn name_value(th: &Thread, s: &str, bytes: bool) -> Value {
    if bytes {
        new_bytes(th, s.as_bytes().to_vec())
    } else {
        th.new_str(s)
    }
}

// --- Working directory and directories ---

fn os_getcwd(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getcwd", 0, 0)?;
    let p = std::env::current_dir().map_err(|e| os_err(th, &e, None, None))?;
    Ok(th.new_string(p.to_string_lossy().into_owned()))
}

fn os_getcwdb(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getcwdb", 0, 0)?;
    let p = std::env::current_dir().map_err(|e| os_err(th, &e, None, None))?;
    Ok(new_bytes(th, p.to_string_lossy().as_bytes().to_vec()))
}

fn os_chdir(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "chdir", 1, 1)?;
    let p = path_arg(th, "chdir", a.pos[0], true)?;
    std::env::set_current_dir(&p.path).map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

fn os_listdir(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "listdir", 0, 1)?;
    let p = match a.get(0, "path").filter(|v| *v != g().none) {
        Some(v) => path_arg(th, "listdir", v, true).map_err(|_| {
            th.type_error(format!(
                "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
                type_name(v)
            ))
        })?,
        None => PathArg {
            path: ".".into(),
            bytes: false,
            orig: th.new_str("."),
        },
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    let out = TempVec::new(th);
    for ent in rd {
        let ent = ent.map_err(|e| os_err(th, &e, Some(p.orig), None))?;
        let n = ent.file_name();
        let v = name_value(th, &n.to_string_lossy(), p.bytes);
        out.push(v);
    }
    Ok(th.new_list(out.to_vec()))
}

fn os_mkdir(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "mkdir", 1, 2)?;
    let p = path_arg(th, "mkdir", a.get(0, "path").unwrap_or(g().none), false)?;
    let mode = match a.get(1, "mode") {
        Some(m) => int_arg(th, m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p.path)
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

fn os_rmdir(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "rmdir", 1, 1)?;
    let p = path_arg(th, "rmdir", a.pos[0], false)?;
    std::fs::remove_dir(&p.path).map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

fn unlink_impl(th: &Thread, a: Args, fname: &str) -> PyResult<Value> {
    a.check(th, fname, 1, 1)?;
    let p = path_arg(th, fname, a.get(0, "path").unwrap_or(g().none), false)?;
    std::fs::remove_file(&p.path).map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}
fn os_unlink(th: &Thread, a: Args) -> PyResult<Value> {
    unlink_impl(th, a, "unlink")
}
fn os_remove(th: &Thread, a: Args) -> PyResult<Value> {
    unlink_impl(th, a, "remove")
}

fn rename_impl(th: &Thread, a: Args, fname: &str) -> PyResult<Value> {
    a.check(th, fname, 2, 2)?;
    let s = path_arg(th, fname, a.pos[0], false)?;
    let d = path_arg(th, fname, a.pos[1], false)?;
    std::fs::rename(&s.path, &d.path).map_err(|e| os_err(th, &e, Some(s.orig), Some(d.orig)))?;
    Ok(g().none)
}
fn os_rename(th: &Thread, a: Args) -> PyResult<Value> {
    rename_impl(th, a, "rename")
}
fn os_replace(th: &Thread, a: Args) -> PyResult<Value> {
    rename_impl(th, a, "replace")
}

fn os_readlink(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "readlink", 1, 1)?;
    let p = path_arg(th, "readlink", a.pos[0], false)?;
    let t = std::fs::read_link(&p.path).map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(name_value(th, &t.to_string_lossy(), p.bytes))
}

fn os_symlink(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "symlink", 2, 3)?;
    let s = path_arg(th, "symlink", a.pos[0], false)?;
    let d = path_arg(th, "symlink", a.pos[1], false)?;
    std::os::unix::fs::symlink(&s.path, &d.path)
        .map_err(|e| os_err(th, &e, Some(s.orig), Some(d.orig)))?;
    Ok(g().none)
}

fn os_link(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "link", 2, 2)?;
    let s = path_arg(th, "link", a.pos[0], false)?;
    let d = path_arg(th, "link", a.pos[1], false)?;
    std::fs::hard_link(&s.path, &d.path).map_err(|e| os_err(th, &e, Some(s.orig), Some(d.orig)))?;
    Ok(g().none)
}

fn os_chmod(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "chmod", 2, 2)?;
    let p = path_arg(th, "chmod", a.pos[0], true)?;
    let mode = int_arg(th, a.pos[1])? as u32;
    std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

/// `truncate(path, length)`.
fn os_truncate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "truncate", 2, 2)?;
    if a.pos[0].is_kind(crate::layout::Kind::Int) {
        return os_ftruncate(th, a);
    }
    let p = path_arg(th, "truncate", a.pos[0], true)?;
    let n = int_arg(th, a.pos[1])?;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&p.path)
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    if n < 0 {
        return Err(os_err_code(th, 22, Some(p.orig), None));
    }
    f.set_len(n as u64)
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

/// `utime(path, times=None)`: sets access and modification times.
fn os_utime(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "utime", 1, 2)?;
    let p = path_arg(th, "utime", a.pos[0], true)?;
    let now = std::time::SystemTime::now();
    let (at, mt) = match a.get(1, "times").filter(|v| *v != g().none) {
        None => (now, now),
        Some(t) => {
            // The tuple's own items (kept alive by it): `__float__` may run
            // Python code.
            let items = if let Some(tt) = t.downcast::<crate::objects::tuple::Tuple>() {
                tt.items().to_vec()
            } else {
                vec![]
            };
            if items.len() != 2 {
                return Err(th.type_error(
                    "utime: 'times' must be either a tuple of two ints or None".into(),
                ));
            }
            let conv = |v: Value| -> PyResult<std::time::SystemTime> {
                let f = crate::builtins::to_f64(th, v)?;
                let d = std::time::Duration::from_secs_f64(f.abs());
                Ok(if f >= 0.0 {
                    std::time::UNIX_EPOCH + d
                } else {
                    std::time::UNIX_EPOCH - d
                })
            };
            (conv(items[0])?, conv(items[1])?)
        }
    };
    let f = std::fs::File::options()
        .write(true)
        .open(&p.path)
        .or_else(|_| std::fs::File::open(&p.path))
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    f.set_times(std::fs::FileTimes::new().set_accessed(at).set_modified(mt))
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(g().none)
}

// --- stat ---

/// The raw fields of a stat call, in the order `os.stat_result` takes them:
/// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
///  atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev).
fn stat_tuple(th: &Thread, m: &std::fs::Metadata) -> Value {
    let out = TempVec::new(th);
    for v in [
        m.mode() as i64,
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.size() as i64,
    ] {
        let x = th.new_int(v);
        out.push(x);
    }
    for (s, ns) in [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ] {
        let x = th.new_float(s as f64 + ns as f64 * 1e-9);
        out.push(x);
    }
    for (s, ns) in [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ] {
        let x = th.new_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
        out.push(x);
    }
    for v in [m.blksize() as i64, m.blocks() as i64, m.rdev() as i64] {
        let x = th.new_int(v);
        out.push(x);
    }
    th.new_tuple(out.to_vec())
}

fn stat_impl(th: &Thread, a: Args, fname: &str, follow_default: bool) -> PyResult<Value> {
    a.check(th, fname, 1, 1)?;
    let pv = a.get(0, "path").unwrap_or(g().none);
    if pv.is_kind(crate::layout::Kind::Int) {
        return fstat_fd(th, int_arg(th, pv)? as i32);
    }
    let p = path_arg(th, fname, pv, true)?;
    let follow = match a.kw("follow_symlinks") {
        Some(v) => ops::truthy(th, v)?,
        None => follow_default,
    };
    let m = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    }
    .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    Ok(stat_tuple(th, &m))
}
fn os_stat(th: &Thread, a: Args) -> PyResult<Value> {
    stat_impl(th, a, "stat", true)
}
fn os_lstat(th: &Thread, a: Args) -> PyResult<Value> {
    stat_impl(th, a, "lstat", false)
}

fn fstat_fd(th: &Thread, fd: i32) -> PyResult<Value> {
    let m = with_fd(th, fd, |f| f.metadata())?;
    Ok(stat_tuple(th, &m))
}
fn os_fstat(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fstat", 1, 1)?;
    fstat_fd(th, int_arg(th, a.pos[0])? as i32)
}

/// `access(path, mode)`: F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1, checked
/// against the permission bits for the file's owner/group/other class of
/// the current process's real uid/gid (root may read and write anything).
fn os_access(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "access", 2, 2)?;
    let p = path_arg(th, "access", a.pos[0], true)?;
    let mode = int_arg(th, a.pos[1])? as u32;
    let Ok(m) = std::fs::metadata(&p.path) else {
        return Ok(g().false_);
    };
    let (uid, gid) = (proc_id("Uid:"), proc_id("Gid:"));
    let bits = m.mode();
    let class = if uid == 0 {
        let x = if bits & 0o111 != 0 || m.is_dir() {
            1
        } else {
            0
        };
        6 | x
    } else if uid == m.uid() as i64 {
        (bits >> 6) & 7
    } else if gid == m.gid() as i64 {
        (bits >> 3) & 7
    } else {
        bits & 7
    };
    Ok(th.bool_val(mode & 7 & !class == 0))
}

/// A real id from /proc/self/status ("Uid:" or "Gid:"), -1 if unknown.
fn proc_id(key: &str) -> i64 {
    proc_id_field(key, 0)
}

fn proc_id_field(key: &str, idx: usize) -> i64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with(key)).and_then(|l| {
                l.split_whitespace()
                    .nth(1 + idx)
                    .and_then(|n| n.parse().ok())
            })
        })
        .unwrap_or(-1)
}

// --- File descriptors ---

/// Runs `f` on descriptor `fd` (0, 1, 2: the standard streams, through a
/// duplicate made on demand).
fn with_fd<R>(
    th: &Thread,
    fd: i32,
    f: impl FnOnce(&mut std::fs::File) -> std::io::Result<R>,
) -> PyResult<R> {
    let mut fds = FDS.lock().unwrap();
    let tab = fds.get_or_insert_with(HashMap::new);
    if let Some(file) = tab.get_mut(&fd) {
        return f(file).map_err(|e| os_err(th, &e, None, None));
    }
    let std_dup = match fd {
        0 => std::io::stdin().as_fd_owned(),
        1 => std::io::stdout().as_fd_owned(),
        2 => std::io::stderr().as_fd_owned(),
        _ => None,
    };
    drop(fds);
    match std_dup {
        Some(mut file) => {
            if fd == 1 {
                crate::modules::sys::flush_all();
            }
            f(&mut file).map_err(|e| os_err(th, &e, None, None))
        }
        None => Err(os_err_code(th, 9, None, None)),
    }
}

/// A `File` on a duplicate of a standard stream's descriptor.
trait AsFdOwned {
    fn as_fd_owned(&self) -> Option<std::fs::File>;
}
impl<T: std::os::fd::AsFd> AsFdOwned for T {
    fn as_fd_owned(&self) -> Option<std::fs::File> {
        self.as_fd()
            .try_clone_to_owned()
            .ok()
            .map(std::fs::File::from)
    }
}

const O_WRONLY: i64 = 1;
const O_RDWR: i64 = 2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;
#[cfg(target_arch = "aarch64")]
const O_DIRECTORY: i64 = 0o40000;
#[cfg(target_arch = "aarch64")]
const O_NOFOLLOW: i64 = 0o100000;
#[cfg(not(target_arch = "aarch64"))]
const O_DIRECTORY: i64 = 0o200000;
#[cfg(not(target_arch = "aarch64"))]
const O_NOFOLLOW: i64 = 0o400000;

fn os_open(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "open", 2, 3)?;
    let p = path_arg(th, "open", a.pos[0], false)?;
    let flags = int_arg(th, a.pos[1])?;
    let mode = match a.get(2, "mode") {
        Some(m) => int_arg(th, m)? as u32,
        None => 0o777,
    };
    let acc = flags & 3;
    let mut oo = std::fs::OpenOptions::new();
    oo.read(acc == 0 || acc == O_RDWR)
        .write(acc == O_WRONLY || acc == O_RDWR)
        .mode(mode)
        .custom_flags((flags & !(3 | O_CREAT | O_EXCL | O_TRUNC | O_APPEND)) as i32);
    if flags & O_APPEND != 0 {
        oo.append(true);
    }
    if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
        oo.create_new(true);
    } else if flags & O_CREAT != 0 {
        oo.create(true);
    }
    if flags & O_TRUNC != 0 {
        oo.truncate(true);
    }
    let f = oo
        .open(&p.path)
        .map_err(|e| os_err(th, &e, Some(p.orig), None))?;
    let fd = f.as_raw_fd();
    FDS.lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .insert(fd, f);
    Ok(Value::small(fd as i64))
}

fn os_close(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "close", 1, 1)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let removed = FDS
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .remove(&fd);
    match removed {
        Some(f) => {
            drop(f);
            Ok(g().none)
        }
        None => Err(os_err_code(th, 9, None, None)),
    }
}

fn os_read(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "read", 2, 2)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let n = int_arg(th, a.pos[1])?;
    if n < 0 {
        return Err(os_err_code(th, 22, None, None));
    }
    let buf = with_fd(th, fd, |f| {
        let mut buf = vec![0u8; n as usize];
        let k = f.read(&mut buf)?;
        buf.truncate(k);
        Ok(buf)
    })?;
    Ok(new_bytes(th, buf))
}

fn os_write(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "write", 2, 2)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let data = bytes_data(a.pos[1]).ok_or_else(|| {
        th.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(a.pos[1])
        ))
    })?;
    let n = with_fd(th, fd, |f| {
        let n = f.write(&data)?;
        f.flush()?;
        Ok(n)
    })?;
    Ok(th.new_int(n as i64))
}

fn os_lseek(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "lseek", 3, 3)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let pos = int_arg(th, a.pos[1])?;
    let how = int_arg(th, a.pos[2])?;
    let sf = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        0 => return Err(os_err_code(th, 22, None, None)),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_err_code(th, 22, None, None)),
    };
    let r = with_fd(th, fd, |f| f.seek(sf))?;
    Ok(th.new_int(r as i64))
}

fn os_ftruncate(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "ftruncate", 2, 2)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let n = int_arg(th, a.pos[1])?;
    if n < 0 {
        return Err(os_err_code(th, 22, None, None));
    }
    with_fd(th, fd, |f| f.set_len(n as u64))?;
    Ok(g().none)
}

fn os_fsync(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "fsync", 1, 1)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    with_fd(th, fd, |f| f.sync_all())?;
    Ok(g().none)
}

fn os_isatty(th: &Thread, a: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    a.check(th, "isatty", 1, 1)?;
    let fd = int_arg(th, a.pos[0])? as i32;
    let r = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => FDS
            .lock()
            .unwrap()
            .get_or_insert_with(HashMap::new)
            .get(&fd)
            .map(|f| f.is_terminal())
            .unwrap_or(false),
    };
    Ok(th.bool_val(r))
}

// --- Process ---

fn os_getpid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getpid", 0, 0)?;
    Ok(th.new_int(std::process::id() as i64))
}

fn os_getppid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getppid", 0, 0)?;
    Ok(th.new_int(std::os::unix::process::parent_id() as i64))
}

fn os_getuid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getuid", 0, 0)?;
    Ok(th.new_int(proc_id("Uid:")))
}
fn os_geteuid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "geteuid", 0, 0)?;
    Ok(th.new_int(proc_id_field("Uid:", 1)))
}
fn os_getgid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getgid", 0, 0)?;
    Ok(th.new_int(proc_id("Gid:")))
}
fn os_getegid(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "getegid", 0, 0)?;
    Ok(th.new_int(proc_id_field("Gid:", 1)))
}

/// `_exit(status)`: leaves at once, without atexit handlers or flushing.
fn os_exit(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "_exit", 1, 1)?;
    let n = int_arg(th, a.pos[0])?;
    std::process::exit(n as i32);
}

fn os_cpu_count(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "cpu_count", 0, 0)?;
    // The number of CPUs in the system (not only those this process may use).
    let n = std::fs::read_to_string("/sys/devices/system/cpu/present")
        .ok()
        .and_then(|s| {
            let s = s.trim();
            let mut total = 0i64;
            for part in s.split(',') {
                let mut it = part.split('-');
                let lo: i64 = it.next()?.parse().ok()?;
                let hi: i64 = match it.next() {
                    Some(h) => h.parse().ok()?,
                    None => lo,
                };
                total += hi - lo + 1;
            }
            Some(total)
        })
        .or_else(|| {
            std::thread::available_parallelism()
                .ok()
                .map(|n| n.get() as i64)
        });
    Ok(match n {
        Some(n) => th.new_int(n),
        None => g().none,
    })
}

fn os_urandom(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "urandom", 1, 1)?;
    let n = int_arg(th, a.pos[0])?;
    if n < 0 {
        return Err(th.value_error("negative argument not allowed".into()));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_err(th, &e, None, None))?;
    Ok(new_bytes(th, buf))
}

fn os_strerror(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "strerror", 1, 1)?;
    let n = int_arg(th, a.pos[0])?;
    let s = if (0..=4095).contains(&n) && n != 0 {
        let t = strerror_text(n as i32);
        if t.starts_with("Unknown error") {
            format!("Unknown error {n}")
        } else {
            t
        }
    } else if n == 0 {
        "Success".to_string()
    } else {
        format!("Unknown error {n}")
    };
    Ok(th.new_string(s))
}

fn read_proc(p: &str) -> String {
    std::fs::read_to_string(p)
        .map(|s| s.trim_end().to_string())
        .unwrap_or_default()
}

/// `uname()` as a 5-tuple (sysname, nodename, release, version, machine).
fn os_uname(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "uname", 0, 0)?;
    let sys = read_proc("/proc/sys/kernel/ostype");
    let items = [
        if sys.is_empty() { "Linux".into() } else { sys },
        read_proc("/proc/sys/kernel/hostname"),
        read_proc("/proc/sys/kernel/osrelease"),
        read_proc("/proc/sys/kernel/version"),
        std::env::consts::ARCH.to_string(),
    ];
    let l = th.new_str_list(items.iter());
    let _r = th.root(l);
    Ok(th.new_tuple(ops::collect(th, l)?))
}

// --- Environment ---

/// The environment at start-up (with `putenv` changes applied) as a dict.
fn os_environ(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "environ", 0, 0)?;
    let d = dict::new_dict(th);
    let _r = th.root(d.value());
    let mut vars: Vec<(String, Option<String>)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                Some(v.to_string_lossy().into_owned()),
            )
        })
        .collect();
    vars.extend(ENV_OVERRIDES.lock().unwrap().iter().cloned());
    for (k, v) in vars {
        let kv = th.new_string(k);
        let _r = th.root(kv);
        match v {
            Some(v) => {
                let vv = th.new_string(v);
                dict::set_item(th, d, kv, vv)?;
            }
            None => {
                let _ = dict::pop_item(th, d, kv);
            }
        }
    }
    Ok(d.value())
}

fn env_str(th: &Thread, v: Value, what: &str) -> PyResult<String> {
    let s = if let Some(s) = as_str(v) {
        s.to_string()
    } else if let Some(b) = bytes_data(v) {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        return Err(th.type_error(format!("str expected, not {}", type_name(v))));
    };
    if s.contains('\0') {
        return Err(th.value_error("embedded null byte".into()));
    }
    let _ = what;
    Ok(s)
}

fn os_putenv(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "putenv", 2, 2)?;
    let k = env_str(th, a.pos[0], "name")?;
    let v = env_str(th, a.pos[1], "value")?;
    if k.is_empty() || k.contains('=') {
        return Err(th.value_error("illegal environment variable name".into()));
    }
    ENV_OVERRIDES.lock().unwrap().push((k, Some(v)));
    Ok(g().none)
}

fn os_unsetenv(th: &Thread, a: Args) -> PyResult<Value> {
    a.check(th, "unsetenv", 1, 1)?;
    let k = env_str(th, a.pos[0], "name")?;
    if k.is_empty() || k.contains('=') {
        return Err(th.value_error("illegal environment variable name".into()));
    }
    ENV_OVERRIDES.lock().unwrap().push((k, None));
    Ok(g().none)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", os_getcwd),
    ("getcwdb", os_getcwdb),
    ("chdir", os_chdir),
    ("listdir", os_listdir),
    ("mkdir", os_mkdir),
    ("rmdir", os_rmdir),
    ("unlink", os_unlink),
    ("remove", os_remove),
    ("rename", os_rename),
    ("replace", os_replace),
    ("readlink", os_readlink),
    ("symlink", os_symlink),
    ("link", os_link),
    ("chmod", os_chmod),
    ("truncate", os_truncate),
    ("utime", os_utime),
    ("stat", os_stat),
    ("lstat", os_lstat),
    ("fstat", os_fstat),
    ("access", os_access),
    ("open", os_open),
    ("close", os_close),
    ("read", os_read),
    ("write", os_write),
    ("lseek", os_lseek),
    ("ftruncate", os_ftruncate),
    ("fsync", os_fsync),
    ("isatty", os_isatty),
    ("getpid", os_getpid),
    ("getppid", os_getppid),
    ("getuid", os_getuid),
    ("geteuid", os_geteuid),
    ("getgid", os_getgid),
    ("getegid", os_getegid),
    ("_exit", os_exit),
    ("cpu_count", os_cpu_count),
    ("urandom", os_urandom),
    ("strerror", os_strerror),
    ("uname", os_uname),
    ("environ", os_environ),
    ("putenv", os_putenv),
    ("unsetenv", os_unsetenv),
];

pub fn init_module(th: &Thread, m: Gc<Module>) -> PyResult<()> {
    for (n, f) in FUNCS {
        let fv = new_native(th, n, "posix", *f, Binding::Function);
        dict::set_item_str(th, m.dict, th.intern(n), fv);
    }
    for (n, v) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
        ("O_NONBLOCK", 0o4000),
        ("O_CLOEXEC", 0o2000000),
        ("O_NOFOLLOW", O_NOFOLLOW),
        ("O_DIRECTORY", O_DIRECTORY),
        ("O_SYNC", 0o4010000),
        ("O_NOCTTY", 0o400),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
    ] {
        dict::set_item_str(th, m.dict, th.intern(n), Value::small(v));
    }
    Ok(())
}
