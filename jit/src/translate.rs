//! Bytecode to Cranelift IR.
//!
//! The native function has `CompiledEntry`'s signature `(th, frame, slots,
//! poll) -> value`.  Value-stack entry `i` is Cranelift variable `i`; local
//! `i` is the word at `slots + 8 * i`.  A runtime function that raises
//! returns NULL (or `tier::ERR`); the code then branches to the
//! instruction's exit block, which stores the value stack as it was before
//! the instruction into the frame's stack slots, sets the frame's `sp`,
//! `pc` (the next instruction) and `lasti`, and returns 0: the interpreter
//! raises the exception at that instruction and runs the rest of the
//! activation (`interp::tier`).
//!
//! Before every runtime call the code stores `lasti`, so a callee sees the
//! caller's line (tracebacks, `sys._getframe(1).f_lineno`, warnings).
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, Function, InstBuilder, MemFlagsData, Signature, Value as IrValue,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};

use frontend::bytecode::{self, BinOp, CmpOp, Opcode};
use interp::objects::code::Code;
use interp::tier::{self as rt, EXHAUSTED, FRAME_LASTI, FRAME_PC, FRAME_SP};

/// Whether the translator handles `op`.
fn supported(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        Nop | PopTop
            | Copy
            | Swap
            | PushNull
            | LoadConst
            | LoadFast
            | StoreFast
            | DeleteFast
            | LoadGlobal
            | LoadAttr
            | StoreAttr
            | LoadMethod
            | Call
            | CallMethod
            | BinaryOp
            | CompareOp
            | IsOp
            | ContainsOp
            | UnaryNegative
            | UnaryPositive
            | UnaryInvert
            | UnaryNot
            | BinarySubscr
            | StoreSubscr
            | BuildTuple
            | BuildList
            | UnpackSequence
            | Jump
            | JumpBackward
            | PopJumpIfFalse
            | PopJumpIfTrue
            | PopJumpIfNone
            | PopJumpIfNotNone
            | JumpIfFalseOrPop
            | JumpIfTrueOrPop
            | GetIter
            | ForIter
            | ReturnValue
            | ListAppend
            | LoadDeref
            | StoreDeref
            | LoadClosure
            | CallKw
            | CallMethodKw
            | StoreGlobal
    )
}

/// One decoded instruction.
#[derive(Clone, Copy)]
struct Insn {
    op: Opcode,
    arg: u32,
    /// The inline-cache slot index (instructions with a cache).
    cache: u32,
    /// The index of the next instruction.
    next: usize,
}

/// The decoded instructions and, for those reachable from the entry by
/// normal control flow, the value-stack depth before each; block starts.
struct Plan {
    insns: Vec<Option<Insn>>,
    depth: Vec<Option<u32>>,
    starts: Vec<bool>,
}

fn plan(code: &Code) -> Result<Plan, String> {
    let units = &code.code.code;
    let n = units.len();
    let mut insns = vec![None; n];
    let mut pc = 0;
    while pc < n {
        let (b, arg) = bytecode::decode(units[pc]);
        let op = Opcode::from_u8(b).ok_or("bad opcode")?;
        let cache = op.has_cache();
        let next = pc + 1 + cache as usize;
        let cache = if cache && pc + 1 < n {
            units[pc + 1] >> 8
        } else {
            0
        };
        insns[pc] = Some(Insn {
            op,
            arg,
            cache,
            next,
        });
        pc = next;
    }
    let max = code.code.max_stack;
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut starts = vec![false; n];
    starts[0] = true;
    let mut work = vec![(0usize, 0u32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            return Err("falls off the end".into());
        }
        match depth[pc] {
            Some(x) if x == d => continue,
            Some(_) => return Err("inconsistent stack depth".into()),
            None => depth[pc] = Some(d),
        }
        let i = insns[pc].ok_or("jump into an instruction")?;
        if !supported(i.op) {
            // Compiled code stops here and the interpreter runs the
            // instruction and the rest of the activation.
            continue;
        }
        let after = d as i64 - i.op.pops(i.arg) as i64 + i.op.pushes(i.arg) as i64;
        if after < 0 || after > max as i64 || d > max {
            return Err("stack depth out of range".into());
        }
        if i.op.is_jump() {
            let j = i.op.jump_effect().unwrap_or(0) as i64 + d as i64;
            if j < 0 {
                return Err("stack depth out of range".into());
            }
            starts[i.arg as usize] = true;
            work.push((i.arg as usize, j as u32));
            if !i.op.is_terminator() && i.next < n {
                starts[i.next] = true;
            }
        }
        if !i.op.is_terminator() {
            work.push((i.next, after as u32));
        }
    }
    Ok(Plan {
        insns,
        depth,
        starts,
    })
}

/// Why the code leaves for the interpreter at an instruction.
#[derive(Clone, Copy, PartialEq)]
enum ExitKind {
    /// A runtime function raised (the exception is in `Thread::jit_exc`).
    Raised,
    /// Local `i` is unbound: raise UnboundLocalError.
    Unbound(u32),
    /// The translator does not handle the instruction: the interpreter
    /// runs it (nothing raised; `pc` is the instruction itself).
    Interpret,
}

/// Where the code leaves for the interpreter: the block, the instruction
/// and the stack depth before it.
struct Exit {
    block: Block,
    cur: usize,
    depth: u32,
    kind: ExitKind,
}

struct Tr<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    code: &'static Code,
    nl: u32,
    stack: Vec<Variable>,
    th: IrValue,
    frame: IrValue,
    slots: IrValue,
    poll: IrValue,
    exits: Vec<Exit>,
    blocks: Vec<Option<Block>>,
    consts: (u64, u64, u64),
    cc: CallConv,
}

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Tr<'_, '_> {
    fn s(&mut self, i: u32) -> IrValue {
        self.b.use_var(self.stack[i as usize])
    }
    fn set(&mut self, i: u32, v: IrValue) {
        self.b.def_var(self.stack[i as usize], v);
    }
    fn iconst(&mut self, x: u64) -> IrValue {
        self.b.ins().iconst(I64, x as i64)
    }
    fn slot_addr(&mut self, i: u32) -> IrValue {
        self.b.ins().iadd_imm_s(self.slots, 8 * i as i64)
    }
    fn load_slot(&mut self, i: u32) -> IrValue {
        self.b.ins().load(I64, mem(), self.slots, 8 * i as i32)
    }
    fn store_slot(&mut self, i: u32, v: IrValue) {
        self.b.ins().store(mem(), v, self.slots, 8 * i as i32);
    }
    /// Stores stack entries `from..to` into their frame slots.
    fn flush(&mut self, from: u32, to: u32) {
        for i in from..to {
            let v = self.s(i);
            self.store_slot(self.nl + i, v);
        }
    }
    fn set_lasti(&mut self, cur: usize) {
        let v = self.iconst(cur as u64);
        self.b.ins().store(mem(), v, self.frame, FRAME_LASTI);
    }

    /// Calls the runtime function at `addr`; `ret` is its result type.
    fn call(
        &mut self,
        addr: usize,
        args: &[IrValue],
        ret: Option<cranelift_codegen::ir::Type>,
    ) -> IrValue {
        let mut sig = Signature::new(self.cc);
        for a in args {
            let ty = self.b.func.dfg.value_type(*a);
            sig.params.push(AbiParam::new(ty));
        }
        if let Some(t) = ret {
            sig.returns.push(AbiParam::new(t));
        }
        let sigref = self.b.import_signature(sig);
        let callee = self.iconst(addr as u64);
        let call = self.b.ins().call_indirect(sigref, callee, args);
        match ret {
            Some(_) => self.b.inst_results(call)[0],
            None => self.iconst(0),
        }
    }

    /// Calls a runtime function that returns a value, NULL when it raised:
    /// then the instruction at `cur` (depth `d`) leaves for the interpreter.
    fn call_value(&mut self, addr: usize, args: &[IrValue], cur: usize, d: u32) -> IrValue {
        let v = self.call(addr, args, Some(I64));
        self.check(v, 0, cur, d);
        v
    }

    /// Calls a runtime function that returns `tier::OK` or `tier::ERR`
    /// (raised), as `call_value`.
    fn call_status(&mut self, addr: usize, args: &[IrValue], cur: usize, d: u32) {
        let r = self.call(addr, args, Some(I32));
        self.check(r, rt::ERR as i64, cur, d);
    }

    /// A new exit block for the instruction at `cur` (depth `d` before it).
    fn exit(&mut self, cur: usize, d: u32, kind: ExitKind) -> Block {
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.exits.push(Exit {
            block,
            cur,
            depth: d,
            kind,
        });
        block
    }

    /// Continues in a new block when `v` (of type `ty`) is not equal to
    /// `bad`, and leaves for the interpreter otherwise.
    fn check(&mut self, v: IrValue, bad: i64, cur: usize, d: u32) {
        let ex = self.exit(cur, d, ExitKind::Raised);
        let ok = self.b.create_block();
        let is_bad = self.b.ins().icmp_imm_s(IntCC::Equal, v, bad);
        self.b.ins().brif(is_bad, ex, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    fn block_at(&self, pc: usize) -> Block {
        self.blocks[pc].expect("jump target has a block")
    }

    /// Branches on the truth of `v`: to `t` if true, `f` if false;
    /// `bool()` of other objects is a runtime call (which may raise).
    fn branch_truth(&mut self, v: IrValue, t: Block, f: Block, cur: usize, d: u32) {
        let (_, tr, fa) = self.consts;
        let not_true = self.b.create_block();
        let not_false = self.b.create_block();
        let not_small = self.b.create_block();
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, tr as i64);
        self.b.ins().brif(is_true, t, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, fa as i64);
        self.b.ins().brif(is_false, f, &[], not_false, &[]);
        self.b.switch_to_block(not_false);
        let tag = self.b.ins().band_imm_s(v, 1);
        let small = self.b.create_block();
        self.b.ins().brif(tag, small, &[], not_small, &[]);
        self.b.switch_to_block(small);
        // Small 0 is the word 1.
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.b.ins().brif(nz, t, &[], f, &[]);
        self.b.switch_to_block(not_small);
        self.set_lasti(cur);
        let r = self.call(
            rt::rt_truthy as *const () as usize,
            &[self.th, v],
            Some(I32),
        );
        self.check(r, 2, cur, d);
        self.b.ins().brif(r, t, &[], f, &[]);
    }

    /// The instruction at `pc`; returns how many instructions it consumed
    /// (a comparison fused with the following branch consumes two).
    fn insn(&mut self, plan: &Plan, pc: usize, i: Insn, d: u32) -> usize {
        use Opcode::*;
        let (none, tr, fa) = self.consts;
        let arg = i.arg;
        let th = self.th;
        let frame = self.frame;
        match i.op {
            Nop => {}
            PopTop => {}
            Copy => {
                let v = self.s(d - arg);
                self.set(d, v);
            }
            Swap => {
                let (a, b) = (self.s(d - 1), self.s(d - arg));
                self.set(d - 1, b);
                self.set(d - arg, a);
            }
            PushNull => {
                let z = self.iconst(0);
                self.set(d, z);
            }
            LoadConst => {
                let c = self.code.consts[arg as usize].bits();
                let v = self.iconst(c);
                self.set(d, v);
            }
            LoadFast | DeleteFast => {
                let v = self.load_slot(arg);
                let ex = self.exit(pc, d, ExitKind::Unbound(arg));
                let ok = self.b.create_block();
                self.b.ins().brif(v, ok, &[], ex, &[]);
                self.b.switch_to_block(ok);
                if i.op == LoadFast {
                    self.set(d, v);
                } else {
                    let z = self.iconst(0);
                    self.store_slot(arg, z);
                }
            }
            StoreFast => {
                let v = self.s(d - 1);
                self.store_slot(arg, v);
            }
            LoadGlobal => {
                self.set_lasti(pc);
                let slot = self.b.ins().iconst(I32, i.cache as i64);
                let name = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_load_global as *const () as usize,
                    &[th, frame, slot, name],
                    pc,
                    d,
                );
                self.set(d, v);
            }
            LoadAttr => {
                self.set_lasti(pc);
                let o = self.s(d - 1);
                let slot = self.b.ins().iconst(I32, i.cache as i64);
                let name = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_load_attr as *const () as usize,
                    &[th, frame, slot, name, o],
                    pc,
                    d,
                );
                self.set(d - 1, v);
            }
            StoreAttr => {
                self.set_lasti(pc);
                let o = self.s(d - 1);
                let v = self.s(d - 2);
                let slot = self.b.ins().iconst(I32, i.cache as i64);
                let name = self.b.ins().iconst(I32, arg as i64);
                self.call_status(
                    rt::rt_store_attr as *const () as usize,
                    &[th, frame, slot, name, o, v],
                    pc,
                    d,
                );
            }
            LoadMethod => {
                self.set_lasti(pc);
                let o = self.s(d - 1);
                let slot = self.b.ins().iconst(I32, i.cache as i64);
                let name = self.b.ins().iconst(I32, arg as i64);
                let out = self.slot_addr(self.nl + d - 1);
                self.call_status(
                    rt::rt_load_method as *const () as usize,
                    &[th, frame, slot, name, o, out],
                    pc,
                    d,
                );
                let a = self.load_slot(self.nl + d - 1);
                let b = self.load_slot(self.nl + d);
                self.set(d - 1, a);
                self.set(d, b);
            }
            Call | CallMethod => {
                let method = (i.op == CallMethod) as u32;
                let base = d - arg - 1 - method;
                self.flush(base, d);
                self.set_lasti(pc);
                let p = self.slot_addr(self.nl + base);
                let n = self.b.ins().iconst(I32, arg as i64);
                let m = self.b.ins().iconst(I32, method as i64);
                let v = self.call_value(rt::rt_call as *const () as usize, &[th, p, n, m], pc, d);
                self.set(base, v);
            }
            BinaryOp => {
                let (a, b) = (self.s(d - 2), self.s(d - 1));
                let op = arg & !BinOp::INPLACE;
                let done = self.b.create_block();
                let slow = self.b.create_block();
                if op == BinOp::Add as u32 || op == BinOp::Sub as u32 {
                    // Both small: add or subtract the tagged words (one
                    // tag bit comes off `b`); overflow takes the slow path.
                    let both = self.b.ins().band(a, b);
                    let tag = self.b.ins().band_imm_s(both, 1);
                    let fast = self.b.create_block();
                    self.b.ins().brif(tag, fast, &[], slow, &[]);
                    self.b.switch_to_block(fast);
                    let bm1 = self.b.ins().iadd_imm_s(b, -1);
                    let (r, of) = if op == BinOp::Add as u32 {
                        self.b.ins().sadd_overflow(a, bm1)
                    } else {
                        self.b.ins().ssub_overflow(a, bm1)
                    };
                    self.set(d - 2, r);
                    self.b.ins().brif(of, slow, &[], done, &[]);
                } else {
                    self.b.ins().jump(slow, &[]);
                }
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                self.set_lasti(pc);
                let opv = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_binary_op as *const () as usize,
                    &[th, a, b, opv],
                    pc,
                    d,
                );
                self.set(d - 2, v);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            CompareOp => {
                let (a, b) = (self.s(d - 2), self.s(d - 1));
                let cc = match CmpOp::from_u32(arg) {
                    Some(CmpOp::Lt) => IntCC::SignedLessThan,
                    Some(CmpOp::Le) => IntCC::SignedLessThanOrEqual,
                    Some(CmpOp::Gt) => IntCC::SignedGreaterThan,
                    Some(CmpOp::Ge) => IntCC::SignedGreaterThanOrEqual,
                    Some(CmpOp::Ne) => IntCC::NotEqual,
                    _ => IntCC::Equal,
                };
                let both = self.b.ins().band(a, b);
                let tag = self.b.ins().band_imm_s(both, 1);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(tag, fast, &[], slow, &[]);
                // Fused with a following PopJumpIfFalse/True when there is
                // one: the comparison branches instead of making a bool.
                let fused = self.fused_branch(plan, i.next);
                self.b.switch_to_block(fast);
                let c = self.b.ins().icmp(cc, a, b);
                let done = match fused {
                    Some((t, f)) => {
                        self.b.ins().brif(c, t, &[], f, &[]);
                        None
                    }
                    None => {
                        let (tv, fv) = (self.iconst(tr), self.iconst(fa));
                        let r = self.b.ins().select(c, tv, fv);
                        self.set(d - 2, r);
                        let done = self.b.create_block();
                        self.b.ins().jump(done, &[]);
                        Some(done)
                    }
                };
                self.b.switch_to_block(slow);
                self.set_lasti(pc);
                let opv = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_compare as *const () as usize,
                    &[th, a, b, opv],
                    pc,
                    d,
                );
                self.set(d - 2, v);
                if let Some((t, f)) = fused {
                    // The branch's own exit state: the result on the stack.
                    self.branch_truth(v, t, f, i.next, d - 1);
                    return 2;
                }
                let done = done.expect("made when not fused");
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            IsOp => {
                let (a, b) = (self.s(d - 2), self.s(d - 1));
                let cc = if arg == 1 {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let c = self.b.ins().icmp(cc, a, b);
                if let Some((t, f)) = self.fused_branch(plan, i.next) {
                    self.b.ins().brif(c, t, &[], f, &[]);
                    return 2;
                }
                let (tv, fv) = (self.iconst(tr), self.iconst(fa));
                let r = self.b.ins().select(c, tv, fv);
                self.set(d - 2, r);
            }
            ContainsOp => {
                self.set_lasti(pc);
                let (a, b) = (self.s(d - 2), self.s(d - 1));
                let inv = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_contains as *const () as usize,
                    &[th, a, b, inv],
                    pc,
                    d,
                );
                self.set(d - 2, v);
            }
            UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => {
                self.set_lasti(pc);
                let which = match i.op {
                    UnaryNegative => 0,
                    UnaryPositive => 1,
                    UnaryInvert => 2,
                    _ => 3,
                };
                let v = self.s(d - 1);
                let w = self.b.ins().iconst(I32, which);
                let r = self.call_value(rt::rt_unary as *const () as usize, &[th, v, w], pc, d);
                self.set(d - 1, r);
            }
            BinarySubscr => {
                self.set_lasti(pc);
                let (c, k) = (self.s(d - 2), self.s(d - 1));
                let v = self.call_value(rt::rt_subscr as *const () as usize, &[th, c, k], pc, d);
                self.set(d - 2, v);
            }
            StoreSubscr => {
                self.set_lasti(pc);
                let (v, c, k) = (self.s(d - 3), self.s(d - 2), self.s(d - 1));
                self.call_status(
                    rt::rt_store_subscr as *const () as usize,
                    &[th, c, k, v],
                    pc,
                    d,
                );
            }
            BuildTuple | BuildList => {
                let base = d - arg;
                self.flush(base, d);
                self.set_lasti(pc);
                let p = self.slot_addr(self.nl + base);
                let n = self.b.ins().iconst(I32, arg as i64);
                let f = if i.op == BuildTuple {
                    rt::rt_build_tuple as *const () as usize
                } else {
                    rt::rt_build_list as *const () as usize
                };
                let v = self.call_value(f, &[th, p, n], pc, d);
                self.set(base, v);
            }
            UnpackSequence => {
                self.set_lasti(pc);
                let v = self.s(d - 1);
                let out = self.slot_addr(self.nl + d - 1);
                let n = self.b.ins().iconst(I32, arg as i64);
                self.call_status(rt::rt_unpack as *const () as usize, &[th, v, n, out], pc, d);
                for k in 0..arg {
                    let x = self.load_slot(self.nl + d - 1 + k);
                    self.set(d - 1 + k, x);
                }
            }
            Jump => {
                let t = self.block_at(arg as usize);
                self.b.ins().jump(t, &[]);
            }
            JumpBackward => {
                let t = self.block_at(arg as usize);
                let w = self.b.ins().load(I32, mem(), self.poll, 0);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(w, slow, &[], t, &[]);
                self.b.switch_to_block(slow);
                self.set_lasti(pc);
                self.call_status(rt::rt_poll as *const () as usize, &[th], pc, d);
                self.b.ins().jump(t, &[]);
            }
            PopJumpIfFalse | PopJumpIfTrue => {
                let v = self.s(d - 1);
                let (j, next) = (self.block_at(arg as usize), self.block_at(i.next));
                let (t, f) = if i.op == PopJumpIfTrue {
                    (j, next)
                } else {
                    (next, j)
                };
                self.branch_truth(v, t, f, pc, d);
            }
            PopJumpIfNone | PopJumpIfNotNone => {
                let v = self.s(d - 1);
                let (j, next) = (self.block_at(arg as usize), self.block_at(i.next));
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, v, none as i64);
                if i.op == PopJumpIfNone {
                    self.b.ins().brif(c, j, &[], next, &[]);
                } else {
                    self.b.ins().brif(c, next, &[], j, &[]);
                }
            }
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                let v = self.s(d - 1);
                let (j, next) = (self.block_at(arg as usize), self.block_at(i.next));
                let (t, f) = if i.op == JumpIfTrueOrPop {
                    (j, next)
                } else {
                    (next, j)
                };
                self.branch_truth(v, t, f, pc, d);
            }
            GetIter => {
                self.set_lasti(pc);
                let v = self.s(d - 1);
                let r = self.call_value(rt::rt_get_iter as *const () as usize, &[th, v], pc, d);
                self.set(d - 1, r);
            }
            ForIter => {
                self.set_lasti(pc);
                let it = self.s(d - 1);
                let r = self.call_value(rt::rt_for_iter as *const () as usize, &[th, it], pc, d);
                let (j, next) = (self.block_at(arg as usize), self.block_at(i.next));
                let done = self.b.ins().icmp_imm_s(IntCC::Equal, r, EXHAUSTED as i64);
                let more = self.b.create_block();
                self.b.ins().brif(done, j, &[], more, &[]);
                self.b.switch_to_block(more);
                self.set(d, r);
                self.b.ins().jump(next, &[]);
            }
            ReturnValue => {
                let v = self.s(d - 1);
                self.b.ins().return_(&[v]);
            }
            ListAppend => {
                // The list is `arg` items down after popping the value.
                let (l, v) = (self.s(d - 1 - arg), self.s(d - 1));
                self.call(rt::rt_list_append as *const () as usize, &[l, v], None);
            }
            LoadDeref => {
                self.set_lasti(pc);
                let cell = self.load_slot(arg);
                let iv = self.b.ins().iconst(I32, arg as i64);
                let v = self.call_value(
                    rt::rt_load_deref as *const () as usize,
                    &[th, frame, cell, iv],
                    pc,
                    d,
                );
                self.set(d, v);
            }
            StoreDeref => {
                let cell = self.load_slot(arg);
                let v = self.s(d - 1);
                self.call(rt::rt_store_deref as *const () as usize, &[cell, v], None);
            }
            LoadClosure => {
                let cell = self.load_slot(arg);
                self.set(d, cell);
            }
            CallKw | CallMethodKw => {
                let method = (i.op == CallMethodKw) as u32;
                let base = d - arg - 2 - method;
                self.flush(base, d);
                self.set_lasti(pc);
                let p = self.slot_addr(self.nl + base);
                let n = self.b.ins().iconst(I32, arg as i64);
                let m = self.b.ins().iconst(I32, method as i64);
                let v =
                    self.call_value(rt::rt_call_kw as *const () as usize, &[th, p, n, m], pc, d);
                self.set(base, v);
            }
            StoreGlobal => {
                self.set_lasti(pc);
                let v = self.s(d - 1);
                let name = self.b.ins().iconst(I32, arg as i64);
                self.call(
                    rt::rt_store_global as *const () as usize,
                    &[th, frame, name, v],
                    None,
                );
            }
            _ => unreachable!("checked by `supported`"),
        }
        1
    }

    /// When the instruction at `next` is a PopJumpIfFalse/True that only
    /// falls in from the one before it: the blocks for true and false.
    fn fused_branch(&self, plan: &Plan, next: usize) -> Option<(Block, Block)> {
        if next >= plan.insns.len() || plan.starts[next] {
            return None;
        }
        let j = plan.insns[next]?;
        let after = j.next;
        match j.op {
            Opcode::PopJumpIfFalse => Some((self.block_at(after), self.block_at(j.arg as usize))),
            Opcode::PopJumpIfTrue => Some((self.block_at(j.arg as usize), self.block_at(after))),
            _ => None,
        }
    }

    fn emit_exits(&mut self) {
        let exits = std::mem::take(&mut self.exits);
        for e in exits {
            self.b.switch_to_block(e.block);
            if let ExitKind::Unbound(i) = e.kind {
                let iv = self.b.ins().iconst(I32, i as i64);
                let (th, frame) = (self.th, self.frame);
                self.call(
                    rt::rt_unbound_local as *const () as usize,
                    &[th, frame, iv],
                    Some(I64),
                );
            }
            self.flush(0, e.depth);
            let sp = self.iconst((self.nl + e.depth) as u64);
            self.b.ins().store(mem(), sp, self.frame, FRAME_SP);
            let resume = e.cur + (e.kind != ExitKind::Interpret) as usize;
            let pc = self.iconst(resume as u64);
            self.b.ins().store(mem(), pc, self.frame, FRAME_PC);
            self.set_lasti(e.cur);
            let z = self.iconst(0);
            self.b.ins().return_(&[z]);
        }
    }
}

/// Builds `func` (whose signature is set) from `code`.
pub fn translate(
    code: &'static Code,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cc: CallConv,
    fcfg: TargetFrontendConfig,
) -> Result<(), String> {
    let plan = plan(code)?;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let stack = (0..code.code.max_stack.max(1))
        .map(|_| b.declare_var(I64))
        .collect();
    let n = plan.insns.len();
    let blocks: Vec<Option<Block>> = (0..n)
        .map(|pc| (plan.starts[pc] && plan.depth[pc].is_some()).then(|| b.create_block()))
        .collect();
    let mut tr = Tr {
        b: &mut b,
        code,
        nl: code.nlocalsplus,
        stack,
        th: params[0],
        frame: params[1],
        slots: params[2],
        poll: params[3],
        exits: Vec::new(),
        blocks,
        consts: rt::constants(),
        cc,
    };
    let first = tr.block_at(0);
    tr.b.ins().jump(first, &[]);
    let mut open = false;
    let mut skip = 0usize;
    let mut pc = 0;
    while pc < n {
        let Some(i) = plan.insns[pc] else {
            pc += 1;
            continue;
        };
        let here = pc;
        pc = i.next;
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let Some(d) = plan.depth[here] else {
            continue;
        };
        if let Some(blk) = tr.blocks[here] {
            if open {
                tr.b.ins().jump(blk, &[]);
            }
            tr.b.switch_to_block(blk);
            open = true;
        }
        if !open {
            continue;
        }
        if !supported(i.op) {
            let ex = tr.exit(here, d, ExitKind::Interpret);
            tr.b.ins().jump(ex, &[]);
            open = false;
            continue;
        }
        let used = tr.insn(&plan, here, i, d);
        skip = used - 1;
        open = !(i.op.is_terminator() || i.op.is_jump() || used == 2);
    }
    if open {
        return Err("falls off the end".into());
    }
    tr.emit_exits();
    b.seal_all_blocks();
    b.finalize(fcfg);
    Ok(())
}
