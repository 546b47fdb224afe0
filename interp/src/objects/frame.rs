//! `frame`: the activation record of a code object.  Frames are heap
//! objects so that generators can keep theirs, tracebacks can point at them,
//! and a compiled tier can share the layout: the slots hold the locals
//! (`varnames ++ cellvars ++ freevars`, see frontend::code) followed by the
//! value stack.

use gc::Tracer;

use std::cell::Cell;

use crate::layout::{AtomicCell, Gc, Kind, PyCell, PyPayload, SlotArray};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::runtime::{Thread, types};
use crate::value::Value;

#[repr(C)]
pub struct Frame {
    pub code: Gc<Code>,
    pub globals: Gc<Dict>,
    pub builtins: Gc<Dict>,
    /// The locals dict of module and class bodies; NULL in functions.
    pub locals: Value,
    /// The calling frame while this one runs (NULL otherwise).
    pub back: AtomicCell<Value>,
    /// Index of the next instruction (saved while suspended or calling).
    pub pc: AtomicCell<u32>,
    /// Stack depth (absolute slot index) while suspended.
    pub sp: AtomicCell<u32>,
    /// Set while the frame is suspended at a call made by the interpreter
    /// loop, where `sp` is exact: everything above it is dead (`gc.collect`
    /// clears those slots so stale values do not keep objects alive).
    pub sp_exact: AtomicCell<bool>,
    /// Index of the instruction that is executing or raised.
    pub lasti: AtomicCell<u32>,
    /// Set when the frame has returned or been closed.
    pub finished: AtomicCell<bool>,
    /// Set when a reference to the frame may exist outside the frame chain
    /// (a traceback, `sys._getframe`, `f_back`): it is then never reused.
    pub escaped: AtomicCell<bool>,
    /// Exception state saved across a generator's suspension.
    pub saved_handled: PyCell<Value>,
    /// The caller's handled exception, restored when a frame entered inline
    /// by `eval::run` returns (NULL otherwise).
    pub caller_handled: AtomicCell<Value>,
    /// Locals, cells, free variables, then the value stack, stored inline
    /// after the frame (must stay the last field).
    pub slots: SlotArray,
}

impl crate::layout::WithSlots for Frame {
    fn slots(&self) -> &SlotArray {
        &self.slots
    }
    fn trace_fields(&self, t: &mut Tracer) {
        t.mark(self.code.value().bits());
        t.mark(self.globals.value().bits());
        t.mark(self.builtins.value().bits());
        t.mark(self.locals.bits());
        t.mark(self.back.get().bits());
        t.mark(self.saved_handled.gc_peek().bits());
        t.mark(self.caller_handled.get().bits());
    }
}

impl PyPayload for Frame {
    const KIND: Kind = Kind::Frame;
    fn trace(&self, t: &mut Tracer) {
        crate::layout::WithSlots::trace_fields(self, t);
        self.slots.trace(t);
    }
}

pub fn new_frame(
    th: &Thread,
    code: Gc<Code>,
    globals: Gc<Dict>,
    builtins: Gc<Dict>,
    locals: Value,
) -> Gc<Frame> {
    let n = code.code.nlocalsplus() + code.code.max_stack as usize + 1;
    crate::layout::alloc_with_slots(
        &th.mutator,
        types().frame,
        Frame {
            code,
            globals,
            builtins,
            locals,
            back: AtomicCell::new(Value::NULL),
            slots: SlotArray::new(n),
            pc: AtomicCell::new(0),
            sp: AtomicCell::new(code.code.nlocalsplus() as u32),
            sp_exact: AtomicCell::new(false),
            lasti: AtomicCell::new(0),
            finished: AtomicCell::new(false),
            escaped: AtomicCell::new(false),
            saved_handled: PyCell::new(Value::NULL),
            caller_handled: AtomicCell::new(Value::NULL),
        },
        n,
    )
}

impl Frame {
    /// Prepares a finished, unescaped frame for another call of its code.
    pub fn reset(&self) {
        self.slots.fill_null();
        self.pc.set(0);
        self.sp.set(self.code.nlocalsplus);
        self.sp_exact.set(false);
        self.lasti.set(0);
        self.finished.set(false);
        self.back.set_scanned(Value::NULL);
        self.caller_handled.set_scanned(Value::NULL);
    }

    pub fn lineno(&self) -> u32 {
        self.code.code.line_at(self.lasti.get() as usize)
    }
}

// --- Frame cache ---

/// Number of direct-mapped entries in a thread's frame cache.
const CACHE_WAYS: usize = 64;
/// Most frames kept per entry (deep recursion of one function reuses up to
/// this many frames; deeper calls allocate).
const CACHE_DEPTH: u8 = 32;

/// Finished frames kept by a thread for the next calls of the same code, so
/// that calling a Python function, recursion included, usually allocates
/// nothing (CPython 3.11 gets the same from its per-thread frame stack).
///
/// Direct-mapped by code object: entry `i` holds a list of free frames of one
/// code, linked through `Frame::back` (which is NULL while a frame is not
/// running).  A frame goes in only if it never escaped (no traceback,
/// generator or `sys._getframe` can reach it).  The lists are per thread, so
/// threads never share a cached frame; the collector marks the heads as roots
/// (`FrameCache::trace`).
pub struct FrameCache {
    heads: [Cell<Value>; CACHE_WAYS],
    counts: [Cell<u8>; CACHE_WAYS],
}

impl Default for FrameCache {
    fn default() -> FrameCache {
        FrameCache {
            heads: std::array::from_fn(|_| Cell::new(Value::NULL)),
            counts: std::array::from_fn(|_| Cell::new(0)),
        }
    }
}

impl FrameCache {
    #[inline(always)]
    fn way(code: Gc<Code>) -> usize {
        // Heap cells are at least 16-byte aligned; mix in higher bits too.
        let a = code.value().bits() as usize;
        ((a >> 4) ^ (a >> 10)) % CACHE_WAYS
    }

    /// A reset frame of `code` with these globals, if one is cached
    /// (frames are reset when they enter the cache).
    #[inline]
    pub fn take(&self, code: Gc<Code>, globals: Gc<Dict>) -> Option<Gc<Frame>> {
        let i = Self::way(code);
        let head = self.heads[i].get();
        if head.is_null() {
            return None;
        }
        let fr: Gc<Frame> = head.as_gc_unchecked();
        if fr.code != code || fr.globals != globals {
            return None;
        }
        self.heads[i].set(fr.back.get());
        self.counts[i].set(self.counts[i].get() - 1);
        fr.back.set_scanned(Value::NULL);
        Some(fr)
    }

    /// Keeps a finished, unescaped frame for reuse.
    #[inline]
    pub fn put(&self, fr: Gc<Frame>) {
        debug_assert!(!fr.escaped.get(), "an escaped frame must not be reused");
        // Reset now rather than at reuse: the finished frame's dead locals
        // must not keep objects alive while it waits in the cache.
        fr.reset();
        let i = Self::way(fr.code);
        let head = self.heads[i].get();
        if head.is_null() || head.as_gc_unchecked::<Frame>().code == fr.code {
            let n = self.counts[i].get();
            if n >= CACHE_DEPTH {
                return;
            }
            // No barrier: cached frames are scanned in full (`trace`).
            fr.back.set_scanned(head);
            self.counts[i].set(n + 1);
        } else {
            // Another code owned this entry: its frames become garbage.
            Self::unlink(head);
            fr.back.set_scanned(Value::NULL);
            self.counts[i].set(1);
        }
        self.heads[i].set(fr.value());
    }

    /// Clears the `back` links of a list of frames that leaves the cache
    /// as garbage.  They were stored without the barrier (cached frames
    /// are scanned in full), so an old frame may refer to a young one on a
    /// clean card: once nothing scans the list, a minor collection would
    /// free the young frame while the dead old one still points at it, and
    /// a conservative root that revived the old frame at a later major
    /// collection would lead the marker into a freed cell.
    fn unlink(mut f: Value) {
        while !f.is_null() {
            let fr: Gc<Frame> = f.as_gc_unchecked();
            f = fr.back.get();
            fr.back.set_scanned(Value::NULL);
        }
    }

    /// Empties the cache (its thread is ending); see `unlink`.
    pub fn clear(&self) {
        for (h, n) in self.heads.iter().zip(&self.counts) {
            Self::unlink(h.replace(Value::NULL));
            n.set(0);
        }
    }

    /// Scans every cached frame in full (their `back` links are set
    /// without the write barrier; their slots are NULL), each list from
    /// its last frame (`Tracer::scan`: a frame must be scanned before a
    /// `back` link reaches it).
    pub fn trace(&self, t: &mut Tracer) {
        let mut list = Vec::with_capacity(CACHE_DEPTH as usize);
        for h in &self.heads {
            list.clear();
            let mut f = h.get();
            while !f.is_null() {
                list.push(f);
                f = f.as_gc_unchecked::<Frame>().back.get();
            }
            for f in list.iter().rev() {
                t.scan(f.bits());
            }
        }
    }
}
