//! Random operation sequences on the `gc` heap, checked against a shadow
//! model of the object graph.
//!
//! Objects are `Obj { header, id, nrefs, refs[nrefs] }`: an id unique for
//! the process, and `nrefs` reference fields (0 = none), so sizes span the
//! small size classes and the large-object space.  Half of them have a
//! destructor (`Meta::drop`), which puts them in the blocks of objects that
//! need one, and which records the id of every object it destroys.
//!
//! Roots are precise: `ROOTS`, a static table of slots reported by the
//! heap's root function (the stack is scanned conservatively too, so
//! garbage may survive a collection; reachable objects never may).  The
//! model keeps, per slot, the object index it holds, and per object, its
//! address, id and fields.  After every collection (and at the end) every
//! object reachable in the model is checked: its header still points at
//! `OBJ_META`, its id and reference fields are what the model says, and it
//! was never dropped.  Garbage must be reclaimed: once enough unreachable
//! objects have been made, `Heap::stats().freed_objects` must have grown.
//!
//! A second mutator thread can run while the main one works: it allocates
//! private lists and garbage, publishes lists in the shared slots
//! `THREAD_ROOTS`, reads them back and checks them, polling safepoints, so
//! collections started by either thread stop the other.
//!
//! Only the gc crate's public API is used (`Heap`, `Mutator`, `Meta`,
//! `Header`, `Tracer`, `barrier::write`).  Raw pointers are how that API
//! hands out objects, hence the `unsafe` blocks here, each with its
//! invariant.
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use arbitrary::{Arbitrary, Unstructured};
use gc::{Header, Heap, Meta, Mutator, Tracer};

/// Slots of the precise root table the model uses.
pub const SLOTS: usize = 4;
/// Slots the second thread publishes lists in.
const THREAD_SLOTS: usize = 4;

static ROOTS: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];
static THREAD_ROOTS: [AtomicU64; THREAD_SLOTS] = [const { AtomicU64::new(0) }; THREAD_SLOTS];
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
/// Ids of the objects whose destructor ran (only objects with one).
static DROPPED: Mutex<Option<HashSet<u64>>> = Mutex::new(None);

#[repr(C)]
struct Obj {
    h: Header,
    id: u64,
    nrefs: u64,
    // followed by `nrefs` AtomicU64 reference fields
}

const OBJ_SIZE: usize = std::mem::size_of::<Obj>();

/// The address of field `i` of the object at `p`.
fn field(p: u64, i: usize) -> *const AtomicU64 {
    (p as usize + OBJ_SIZE + 8 * i) as *const AtomicU64
}

/// # Safety
/// Called by the collector with a live, initialised `Obj`.
unsafe fn trace_obj(h: *const Header, t: &mut Tracer) {
    // SAFETY: the collector passes a live Obj whose `nrefs` fields follow it.
    unsafe {
        let o = &*(h as *const Obj);
        // The `oracle-self-test` feature breaks tracing (the last field of
        // objects with 3 or more is skipped) to show the model catches it.
        let n = if cfg!(feature = "oracle-self-test") && o.nrefs >= 3 {
            o.nrefs as usize - 1
        } else {
            o.nrefs as usize
        };
        for i in 0..n {
            t.mark((*field(h as u64, i)).load(Ordering::Relaxed));
        }
    }
}

/// # Safety
/// Called by the sweeper once, with an unreachable `Obj` of `OBJ_META_DROP`.
unsafe fn drop_obj(h: *mut Header) {
    // SAFETY: the sweeper passes an initialised Obj, not yet reclaimed.
    let id = unsafe { (*(h as *const Obj)).id };
    // The sweeper may run with the world stopped, while a stopped thread
    // holds this lock: never block here.
    if let Ok(mut d) = DROPPED.try_lock() {
        d.get_or_insert_with(HashSet::new).insert(id);
    }
}

static OBJ_META: Meta = Meta {
    trace: trace_obj,
    drop: None,
    kind: 1,
    flags: 0,
};

static OBJ_META_DROP: Meta = Meta {
    trace: trace_obj,
    drop: Some(drop_obj),
    kind: 2,
    flags: 0,
};

fn trace_roots(t: &mut Tracer) {
    for r in ROOTS.iter().chain(THREAD_ROOTS.iter()) {
        t.mark(r.load(Ordering::SeqCst));
    }
}

/// The heap shared by every run: created once (heaps are never freed), with
/// the root table above.  `TAIPAN_GC_STRESS` (set by the target before the
/// first run) makes it collect often and poison dead cells.
pub fn heap() -> &'static Heap {
    static HEAP: OnceLock<&'static Heap> = OnceLock::new();
    HEAP.get_or_init(|| {
        let h: &'static Heap = Box::leak(Box::new(Heap::new()));
        h.set_root_fn(trace_roots);
        h
    })
}

/// Allocates an object with `nrefs` null fields.
fn alloc(m: &Mutator, nrefs: usize, with_drop: bool) -> u64 {
    let meta: &'static Meta = if with_drop { &OBJ_META_DROP } else { &OBJ_META };
    let size = OBJ_SIZE + 8 * nrefs;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let p = m.alloc(meta, size, with_drop, None) as *mut Obj;
    // SAFETY: a fresh cell of `size` bytes; the payload is written before
    // the next allocation (no collection can see it half-written).
    unsafe {
        std::ptr::addr_of_mut!((*p).id).write(id);
        std::ptr::addr_of_mut!((*p).nrefs).write(nrefs as u64);
        for i in 0..nrefs {
            (field(p as u64, i) as *mut AtomicU64).write(AtomicU64::new(0));
        }
    }
    p as u64
}

/// Stores `value` into field `i` of `obj`, with the write barrier.
fn store(obj: u64, i: usize, value: u64) {
    gc::barrier::write(obj as *const Header);
    // SAFETY: `obj` is reachable (the caller holds it in a root) and has
    // more than `i` fields.
    unsafe { (*field(obj, i)).store(value, Ordering::Relaxed) };
}

// --- Operations ---

/// One step of a run, decoded from the fuzzer's bytes.
#[derive(Arbitrary, Debug)]
pub enum Op {
    /// Allocate an object into root `slot`: with `nrefs % 5` fields, or
    /// one time in four `nrefs % 300` (large objects).
    Alloc {
        slot: u8,
        nrefs: u16,
        with_drop: bool,
    },
    /// Store the object of root `src` (or null) into field `field` of the
    /// `obj`-th reachable object.
    Store {
        obj: u8,
        field: u16,
        src: u8,
        null: bool,
    },
    /// Copy root `from` into root `to`.
    CopyRoot {
        from: u8,
        to: u8,
    },
    /// Root `to` := field `field` of the object in root `from`.
    Load {
        from: u8,
        field: u16,
        to: u8,
    },
    /// Clear root `slot`.
    DropRoot {
        slot: u8,
    },
    /// Allocate `n` unreachable objects (pairs linked in cycles).
    Garbage {
        n: u8,
        big: bool,
    },
    /// Collect now, then check the model.
    Collect,
    /// Start the second mutator thread (if it is not running).
    StartThread {
        rounds: u8,
    },
    /// Wait for the second thread.
    JoinThread,
    Safepoint,
}

#[derive(Clone)]
struct ModelObj {
    addr: u64,
    id: u64,
    with_drop: bool,
    refs: Vec<Option<usize>>,
}

struct Model {
    objs: Vec<ModelObj>,
    roots: [Option<usize>; SLOTS],
    garbage_made: u64,
}

impl Model {
    fn reachable(&self) -> Vec<usize> {
        let mut seen = vec![false; self.objs.len()];
        let mut stack: Vec<usize> = self.roots.iter().flatten().copied().collect();
        let mut out = Vec::new();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            out.push(i);
            stack.extend(self.objs[i].refs.iter().flatten().copied());
        }
        out.sort_unstable();
        out
    }

    /// Every reachable object is intact; `ROOTS` matches the model.
    fn check(&self) {
        for (s, r) in self.roots.iter().enumerate() {
            let want = r.map_or(0, |i| self.objs[i].addr);
            assert_eq!(
                ROOTS[s].load(Ordering::SeqCst),
                want,
                "root slot {s} changed"
            );
        }
        let dropped = DROPPED.lock().unwrap();
        for i in self.reachable() {
            let o = &self.objs[i];
            let p = o.addr as *const Obj;
            // SAFETY: `p` is reachable from a precise root, so if the
            // collector is correct it is a live Obj; a wrong collector makes
            // these reads see a poisoned or reused cell, which the asserts
            // report (the cell memory itself stays mapped: blocks are never
            // returned to the system during a run).
            let (meta, id, nrefs) = unsafe { ((*p).h.meta, (*p).id, (*p).nrefs) };
            let want_meta: *const Meta = if o.with_drop {
                &OBJ_META_DROP
            } else {
                &OBJ_META
            };
            assert!(
                std::ptr::eq(meta, want_meta),
                "reachable object {} was freed (meta)",
                o.id
            );
            assert_eq!(id, o.id, "reachable object was freed or overwritten (id)");
            assert_eq!(nrefs as usize, o.refs.len(), "object {} fields count", o.id);
            for (f, r) in o.refs.iter().enumerate() {
                // SAFETY: as above, `f < nrefs`.
                let got = unsafe { (*field(o.addr, f)).load(Ordering::Relaxed) };
                assert_eq!(
                    got,
                    r.map_or(0, |j| self.objs[j].addr),
                    "object {} field {f}",
                    o.id
                );
            }
            if let Some(d) = dropped.as_ref() {
                assert!(
                    !d.contains(&o.id),
                    "the destructor ran on reachable object {}",
                    o.id
                );
            }
        }
    }
}

// --- The second mutator ---

static THREAD_RUNNING: AtomicBool = AtomicBool::new(false);

/// A list of `len` nodes (objects with one field) tagged `tag`: returns the head.
fn build_list(m: &Mutator, len: u64) -> (u64, Vec<u64>) {
    let mut head = 0;
    let mut ids = Vec::new();
    for _ in 0..len {
        let n = alloc(m, 1, false);
        store(n, 0, head);
        // SAFETY: `n` was just allocated and is held in a local.
        ids.push(unsafe { (*(n as *const Obj)).id });
        head = n;
        m.safepoint();
    }
    (head, ids)
}

fn check_list(mut p: u64, ids: &[u64]) {
    for id in ids.iter().rev() {
        assert_ne!(p, 0, "list lost nodes");
        // SAFETY: `p` is reachable from the caller's stack or a thread root.
        let (meta, got) = unsafe { ((*(p as *const Obj)).h.meta, (*(p as *const Obj)).id) };
        assert!(
            std::ptr::eq(meta, &OBJ_META),
            "a reachable list node was freed"
        );
        assert_eq!(got, *id, "a reachable list node was overwritten");
        // SAFETY: as above; list nodes have one field.
        p = unsafe { (*field(p, 0)).load(Ordering::Relaxed) };
    }
    assert_eq!(p, 0, "list has extra nodes");
}

fn second_thread(rounds: u8) {
    let base = 0u8;
    let m = Mutator::new(heap(), &base as *const u8 as usize);
    for r in 0..rounds as usize {
        let (mine, ids) = build_list(&m, 30);
        for _ in 0..200 {
            std::hint::black_box(alloc(&m, 2, r % 2 == 0));
        }
        let slot = r % THREAD_SLOTS;
        let (shared, shared_ids) = build_list(&m, 5);
        THREAD_ROOTS[slot].store(shared, Ordering::SeqCst);
        if r % 8 == 7 {
            m.collect();
        }
        check_list(mine, &ids);
        check_list(THREAD_ROOTS[slot].load(Ordering::SeqCst), &shared_ids);
        m.safepoint();
    }
    for s in &THREAD_ROOTS {
        s.store(0, Ordering::SeqCst);
    }
}

// --- Running a sequence ---

/// Runs the operations decoded from `data` on the shared heap.
pub fn run(data: &[u8]) {
    if let Ok(ops) = Vec::<Op>::arbitrary_take_rest(Unstructured::new(data)) {
        run_ops(&ops);
    }
}

/// Runs `ops` (at most 400 of them) on the shared heap and checks the model.
pub fn run_ops(ops: &[Op]) {
    // Only this run's objects are checked: forget the ids destroyed before
    // (the set would otherwise grow for the whole fuzzing session).
    *DROPPED.lock().unwrap() = Some(HashSet::new());
    let base = 0u8;
    let m = Mutator::new(heap(), &base as *const u8 as usize);
    let mut model = Model {
        objs: Vec::new(),
        roots: [None; SLOTS],
        garbage_made: 0,
    };
    let mut thread: Option<std::thread::JoinHandle<()>> = None;
    let freed_before = heap().stats().freed_objects;
    for op in ops.iter().take(400) {
        if let Op::Collect = op {
            collect(&m);
            model.check();
        } else {
            step(&m, &mut model, op, &mut thread);
        }
        m.safepoint();
    }
    if let Some(t) = thread.take() {
        m.blocking(|| t.join()).expect("the second mutator failed");
        THREAD_RUNNING.store(false, Ordering::SeqCst);
    }
    collect(&m);
    model.check();
    if model.garbage_made >= 2000 {
        let freed = heap().stats().freed_objects - freed_before;
        assert!(
            freed > 0,
            "{} unreachable objects made, none reclaimed",
            model.garbage_made
        );
    }
    for r in &ROOTS {
        r.store(0, Ordering::SeqCst);
    }
}

/// Overwrites the native stack below the caller with zeros, so that stale
/// addresses left there by the operations (which the conservative stack
/// scan would take for roots) do not keep unreachable objects alive and
/// hide a collector that frees too much.
#[inline(never)]
fn scrub_stack() {
    let buf = [0u64; 8192];
    std::hint::black_box(&buf);
}

/// A collection from `run`'s frame, which holds no object addresses (the
/// operations run in `step`, whose frame is gone by then).
#[inline(never)]
fn collect(m: &Mutator) {
    scrub_stack();
    m.collect();
}

#[inline(never)]
fn step(m: &Mutator, model: &mut Model, op: &Op, thread: &mut Option<std::thread::JoinHandle<()>>) {
    match *op {
        Op::Alloc {
            slot,
            nrefs,
            with_drop,
        } => {
            let slot = slot as usize % SLOTS;
            let nrefs = if nrefs % 4 != 0 {
                nrefs as usize % 5
            } else {
                nrefs as usize % 300
            };
            let addr = alloc(m, nrefs, with_drop);
            ROOTS[slot].store(addr, Ordering::SeqCst);
            // SAFETY: `addr` was just allocated and is now rooted.
            let id = unsafe { (*(addr as *const Obj)).id };
            model.objs.push(ModelObj {
                addr,
                id,
                with_drop,
                refs: vec![None; nrefs],
            });
            model.roots[slot] = Some(model.objs.len() - 1);
        }
        Op::Store {
            obj,
            field: f,
            src,
            null,
        } => {
            let live = model.reachable();
            let Some(&i) = live.get(obj as usize % live.len().max(1)) else {
                return;
            };
            let n = model.objs[i].refs.len();
            if n == 0 {
                return;
            }
            let f = f as usize % n;
            let v = if null {
                None
            } else {
                model.roots[src as usize % SLOTS]
            };
            store(model.objs[i].addr, f, v.map_or(0, |j| model.objs[j].addr));
            model.objs[i].refs[f] = v;
        }
        Op::CopyRoot { from, to } => {
            let (from, to) = (from as usize % SLOTS, to as usize % SLOTS);
            ROOTS[to].store(ROOTS[from].load(Ordering::SeqCst), Ordering::SeqCst);
            model.roots[to] = model.roots[from];
        }
        Op::Load { from, field: f, to } => {
            let (from, to) = (from as usize % SLOTS, to as usize % SLOTS);
            let Some(i) = model.roots[from] else { return };
            let n = model.objs[i].refs.len();
            if n == 0 {
                return;
            }
            let f = f as usize % n;
            // SAFETY: object `i` is rooted, `f < nrefs`.
            let v = unsafe { (*field(model.objs[i].addr, f)).load(Ordering::Relaxed) };
            ROOTS[to].store(v, Ordering::SeqCst);
            model.roots[to] = model.objs[i].refs[f];
        }
        Op::DropRoot { slot } => {
            let slot = slot as usize % SLOTS;
            ROOTS[slot].store(0, Ordering::SeqCst);
            model.roots[slot] = None;
        }
        Op::Garbage { n, big } => {
            for k in 0..n as usize {
                let nrefs = if big && k % 16 == 0 { 400 } else { 2 };
                let x = alloc(m, nrefs, k % 3 == 0);
                let y = alloc(m, 1, false);
                store(y, 0, x);
                store(x, 0, y);
            }
            model.garbage_made += 2 * n as u64;
        }
        Op::Collect => collect(m),
        Op::StartThread { rounds } => {
            if thread.is_none() && !THREAD_RUNNING.swap(true, Ordering::SeqCst) {
                let rounds = 1 + rounds % 16;
                *thread = Some(std::thread::spawn(move || second_thread(rounds)));
            }
        }
        Op::JoinThread => {
            if let Some(t) = thread.take() {
                m.blocking(|| t.join()).expect("the second mutator failed");
                THREAD_RUNNING.store(false, Ordering::SeqCst);
            }
        }
        Op::Safepoint => m.safepoint(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reference held only in the last field of a rooted object survives
    /// a collection (with `--features oracle-self-test` tracing skips that
    /// field and this must fail).
    #[test]
    fn last_field_keeps_object() {
        let ops = vec![
            Op::Alloc {
                slot: 0,
                nrefs: 3,
                with_drop: false,
            },
            Op::Alloc {
                slot: 1,
                nrefs: 1,
                with_drop: false,
            },
            Op::Store {
                obj: 0,
                field: 2,
                src: 1,
                null: false,
            },
            Op::DropRoot { slot: 1 },
            Op::Garbage { n: 200, big: false },
            Op::Collect,
            Op::Garbage { n: 200, big: false },
            Op::Collect,
        ];
        run_ops(&ops);
    }
}
