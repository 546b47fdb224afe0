//! Criterion micro-benchmarks of the interpreter's hot paths, through
//! interp's public API: `runtime::init`, `import::run_module_source` (to
//! compile and run a small Python snippet), `ops::call` and the dict
//! functions.
//!
//! - `dict/get_item_int`, `dict/get_str`: one lookup in a 1000-entry dict
//!   through the native API (`dict::get_item` with an int key, `dict::get_str`
//!   with an interned str key).
//! - `dict/subscript_x1000`: a Python loop doing `s += d[k]` 1000 times.
//! - `attr/load_x1000`: a Python loop doing `s += o.x` 1000 times on an
//!   instance (the LoadAttr inline cache with its instance-dict position
//!   hint).
//! - `call/py_x1000`: a Python loop calling a two-argument Python function
//!   1000 times.
//! - `call/from_rust`: one `ops::call` of that function from Rust.
//! - `loop/baseline_x1000`: the same loop doing `s += 1`, the overhead that
//!   the three Python loops above share (subtract it to estimate the
//!   operation itself).
//!
//! - `lock/biased_shared`, `lock/biased_exclusive`: borrow and release of
//!   a `PyCell` by the thread it is biased to (plain loads and stores).
//! - `lock/biased_update`: `PyCell::update` by the owner (the in-place
//!   path of `list.append` and `d[k] = v`: one load and compare, no store
//!   to the lock word).
//! - `lock/thin_shared`, `lock/thin_exclusive`: the same on a cell whose
//!   bias was revoked (one compare-and-swap to enter, an atomic release);
//!   `lock/thin_update`: `update` on such a cell (the locked path).
//! - `lock/revoke_blocked_owner`: the first exclusive borrow of a cell
//!   biased to another thread that is blocked (in a safe region): the
//!   requester runs the revocation itself.
//! - `lock/revoke_running_owner`: the same while the owner runs and polls
//!   safepoints (the revocation waits for its next poll).
//!
//! Run with `cargo bench -p interp` (`-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use interp::layout::PyCell;
use interp::objects::{dict, module};
use interp::runtime::{self, g};
use interp::{Thread, Value, ops};

const SNIPPET: &str = r#"
d = {i: i for i in range(1000)}
keys = list(range(1000))
r = range(1000)

class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

o = Point(1, 2, 3)

def f(a, b):
    return a

def subscript(d, keys):
    s = 0
    for k in keys:
        s += d[k]
    return s

def load_attr(o, r):
    s = 0
    for _ in r:
        s += o.x
    return s

def calls(r):
    for _ in r:
        f(1, 2)

def baseline(r):
    s = 0
    for _ in r:
        s += 1
    return s
"#;

struct Snippet {
    th: &'static Thread,
    globals: interp::layout::Gc<dict::Dict>,
}

impl Snippet {
    fn get(&self, name: &str) -> Value {
        dict::get_str(self.globals, self.th.intern(name))
            .unwrap_or_else(|| panic!("snippet defines no {name}"))
    }

    fn call(&self, f: &str, args: &[&str]) -> Value {
        let f = self.get(f);
        let args: Vec<Value> = args.iter().map(|a| self.get(a)).collect();
        match ops::call(self.th, f, &args) {
            Ok(v) => v,
            Err(_) => panic!("the benchmark snippet raised"),
        }
    }
}

fn bench_dict(c: &mut Criterion, s: &Snippet) {
    let th = s.th;
    let d = s.get("d").downcast::<dict::Dict>().expect("d is a dict");
    let key = th.new_int(517);
    let sd = dict::new_dict(th);
    for i in 0..1000 {
        dict::set_item_str(th, sd, th.intern(&format!("name{i}")), th.new_int(i));
    }
    dict::set_item_str(th, s.globals, th.intern("_str_dict"), sd.value());
    let skey = th.intern("name517");
    let mut grp = c.benchmark_group("dict");
    grp.throughput(Throughput::Elements(1));
    grp.bench_function("get_item_int", |b| {
        b.iter(|| black_box(dict::get_item(th, d, black_box(key)).ok().flatten()))
    });
    grp.bench_function("get_str", |b| {
        b.iter(|| black_box(dict::get_str(sd, black_box(skey))))
    });
    grp.throughput(Throughput::Elements(1000));
    grp.bench_function("subscript_x1000", |b| {
        b.iter(|| black_box(s.call("subscript", &["d", "keys"])))
    });
    grp.finish();
}

fn bench_python(c: &mut Criterion, s: &Snippet) {
    let mut grp = c.benchmark_group("attr");
    grp.throughput(Throughput::Elements(1000));
    grp.bench_function("load_x1000", |b| {
        b.iter(|| black_box(s.call("load_attr", &["o", "r"])))
    });
    grp.finish();

    let mut grp = c.benchmark_group("call");
    grp.throughput(Throughput::Elements(1000));
    grp.bench_function("py_x1000", |b| {
        b.iter(|| black_box(s.call("calls", &["r"])))
    });
    grp.throughput(Throughput::Elements(1));
    let f = s.get("f");
    let (one, two) = (s.th.new_int(1), s.th.new_int(2));
    grp.bench_function("from_rust", |b| {
        b.iter(|| black_box(ops::call(s.th, f, &[one, two]).ok()))
    });
    grp.finish();

    let mut grp = c.benchmark_group("loop");
    grp.throughput(Throughput::Elements(1000));
    grp.bench_function("baseline_x1000", |b| {
        b.iter(|| black_box(s.call("baseline", &["r"])))
    });
    grp.finish();
}

/// Cells biased to a thread that is attached until `release` is sent; the
/// thread polls safepoints every few microseconds when `running`, else it
/// waits blocked (in a safe region).
fn cells_of_other_thread(
    n: usize,
    running: bool,
) -> (
    Vec<&'static PyCell<u64>>,
    std::sync::mpsc::Sender<()>,
    std::thread::JoinHandle<()>,
) {
    let (tx_cells, rx_cells) = std::sync::mpsc::channel();
    let (tx_stop, rx_stop) = std::sync::mpsc::channel::<()>();
    let h = std::thread::spawn(move || {
        let base = 0u8;
        let th = Thread::attach(g().heap, &base as *const u8 as usize, 1 << 20);
        let cells: Vec<&'static PyCell<u64>> = (0..n)
            .map(|_| &*Box::leak(Box::new(PyCell::new(0u64))))
            .collect();
        tx_cells.send(cells).unwrap();
        if running {
            let mut x = 0u64;
            while rx_stop.try_recv().is_err() {
                for i in 0..200 {
                    x = black_box(x.wrapping_mul(31).wrapping_add(i));
                }
                th.mutator.safepoint();
            }
        } else {
            th.mutator.blocking(|| {
                let _ = rx_stop.recv();
            });
        }
        Thread::detach(th);
    });
    (rx_cells.recv().unwrap(), tx_stop, h)
}

fn bench_locks(c: &mut Criterion, th: &'static Thread) {
    let mut grp = c.benchmark_group("lock");
    let biased: &'static PyCell<u64> = Box::leak(Box::new(PyCell::new(0)));
    assert!(biased.is_biased());
    grp.bench_function("biased_shared", |b| b.iter(|| *black_box(biased).borrow()));
    grp.bench_function("biased_exclusive", |b| {
        b.iter(|| *black_box(biased).borrow_mut() += 1)
    });
    grp.bench_function("biased_update", |b| {
        b.iter(|| black_box(biased).update(|v| *v += 1))
    });
    // A cell revoked from a thread that has exited.
    let (cells, stop, h) = cells_of_other_thread(1, false);
    let thin = cells[0];
    *thin.borrow_mut() += 1;
    assert!(!thin.is_biased());
    grp.bench_function("thin_shared", |b| b.iter(|| *black_box(thin).borrow()));
    grp.bench_function("thin_exclusive", |b| {
        b.iter(|| *black_box(thin).borrow_mut() += 1)
    });
    grp.bench_function("thin_update", |b| {
        b.iter(|| black_box(thin).update(|v| *v += 1))
    });
    stop.send(()).unwrap();
    th.mutator.blocking(|| h.join().unwrap());
    for (name, running) in [
        ("revoke_blocked_owner", false),
        ("revoke_running_owner", true),
    ] {
        grp.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let (cells, stop, h) = cells_of_other_thread(iters as usize, running);
                let t0 = std::time::Instant::now();
                for c in &cells {
                    *c.borrow_mut() += 1;
                }
                let dt = t0.elapsed();
                stop.send(()).unwrap();
                th.mutator.blocking(|| h.join().unwrap());
                dt
            })
        });
    }
    grp.finish();
}

fn main() {
    // The outermost frame holding heap references (conservatively scanned
    // from here down); the main thread has at least 8 MiB of stack.
    let stack_base = 0u8;
    let th = runtime::init(&stack_base as *const u8 as usize, 4 << 20);
    let m = module::new_module(th, "__bench__");
    let globals = m.dict;
    dict::set_item_str(th, globals, th.intern("__builtins__"), g().builtins.value());
    // Registered in sys.modules, so everything the snippet defines is a
    // precise root for the whole run.
    if dict::set_item(th, g().modules, th.new_str("__bench__"), m.value()).is_err()
        || interp::import::run_module_source(th, SNIPPET, "<bench>", globals).is_err()
    {
        panic!("the benchmark snippet failed to run");
    }
    let s = Snippet { th, globals };
    // Sanity: the loops compute what they should.
    assert_eq!(
        interp::objects::int::to_i64(s.call("subscript", &["d", "keys"])),
        Some(499500)
    );
    assert_eq!(
        interp::objects::int::to_i64(s.call("load_attr", &["o", "r"])),
        Some(1000)
    );

    let mut c = Criterion::default().configure_from_args();
    bench_dict(&mut c, &s);
    bench_python(&mut c, &s);
    bench_locks(&mut c, th);
    c.final_summary();
}
