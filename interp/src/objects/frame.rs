//! `frame`: the activation record of a code object.  Frames are heap
//! objects so that generators can keep theirs, tracebacks can point at them,
//! and a compiled tier can share the layout: the slots hold the locals
//! (`varnames ++ cellvars ++ freevars`, see frontend::code) followed by the
//! value stack.

use gc::Tracer;

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
    /// Index of the instruction that is executing or raised.
    pub lasti: AtomicCell<u32>,
    pub running: AtomicCell<bool>,
    /// Set when the frame has returned or been closed.
    pub finished: AtomicCell<bool>,
    /// Set when a reference to the frame may exist outside the frame chain
    /// (a traceback, `sys._getframe`, `f_back`): it is then never reused.
    pub escaped: AtomicCell<bool>,
    /// Exception state saved across a generator's suspension.
    pub saved_handled: PyCell<Value>,
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
            lasti: AtomicCell::new(0),
            running: AtomicCell::new(false),
            finished: AtomicCell::new(false),
            escaped: AtomicCell::new(false),
            saved_handled: PyCell::new(Value::NULL),
        },
        n,
    )
}

impl Frame {
    /// Prepares a finished, unescaped frame for another call of its code.
    pub fn reset(&self) {
        self.slots.slice_mut().fill(Value::NULL);
        self.pc.set(0);
        self.sp.set(self.code.code.nlocalsplus() as u32);
        self.lasti.set(0);
        self.finished.set(false);
        self.back.set(Value::NULL);
    }

    pub fn lineno(&self) -> u32 {
        self.code.code.line_at(self.lasti.get() as usize)
    }
}
