//! Assembly: from the compiler's instruction list (with symbolic labels and
//! exception-handler tags) to the final code units, the position table, the
//! exception table and the maximum stack depth.
//!
//! ```text
//!  Instr { op, arg | label, range, handler }   (one per instruction)
//!      │ lay out: every `cache` instruction takes two code units
//!      ▼
//!  code: [unit, (cache unit)]*    positions: one per code unit
//!  exception table: maximal runs of units with the same handler
//! ```
//!
//! `max_stack` is computed afterwards from the encoded code alone, by a
//! worklist over the control-flow graph using the stack effects of the
//! `for_each_opcode!` table: fall-through edges, jump edges (with the jump's
//! own effect) and edges into exception handlers (at the handler's recorded
//! depth, plus one for the exception and one more for `lasti`).  The same walk
//! checks that no path pops below an empty stack and that every instruction is
//! reached with a single depth.
//!
//! `check_operands` checks every instruction's operand against the table it
//! indexes (constants, names, local slots, inline-cache slots).  Together
//! with the walk above (every reachable instruction lies inside the code, so
//! the unit after a non-terminator exists) this is what lets the interpreter
//! read code units, constants and names without bounds checks
//! (`interp::layout::Unchecked`).
use crate::bytecode::{self, Opcode, flags};
use crate::code::ExceptionEntry;

/// Computes the maximum stack depth of `code`, checking stack consistency.
pub fn compute_max_stack(code: &[u32], table: &[ExceptionEntry]) -> Result<u32, String> {
    let n = code.len();
    let mut depth: Vec<i32> = vec![-1; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;

    fn reach(depth: &mut [i32], work: &mut Vec<usize>, at: usize, d: i32) -> Result<(), String> {
        if at >= depth.len() {
            return Err(format!("control flows past the end of the code (to {at})"));
        }
        if d < 0 {
            return Err(format!("stack underflow reaching {at}"));
        }
        if depth[at] == -1 {
            depth[at] = d;
            work.push(at);
        } else if depth[at] != d {
            return Err(format!(
                "inconsistent stack depth at {at}: {} vs {d}",
                depth[at]
            ));
        }
        Ok(())
    }

    if n == 0 {
        return Ok(0);
    }
    reach(&mut depth, &mut work, 0, 0)?;
    while let Some(i) = work.pop() {
        let d = depth[i];
        let (b, arg) = bytecode::decode(code[i]);
        let op = Opcode::from_u8(b).ok_or_else(|| format!("bad opcode {b} at {i}"))?;
        let pops = op.pops(arg);
        if pops > d {
            return Err(format!(
                "stack underflow at {i} ({}: depth {d}, pops {pops})",
                op.name()
            ));
        }
        let after = d + op.stack_effect(arg);
        max = max.max(after).max(d - pops + op.pushes(arg));
        // Exception edges: any instruction inside a protected range may raise.
        for e in table {
            if (e.start as usize) <= i && i < e.end as usize {
                let hd = e.depth as i32 + 1 + e.push_lasti as i32;
                if e.depth as i32 > d {
                    return Err(format!(
                        "handler depth {} above stack depth {d} at {i}",
                        e.depth
                    ));
                }
                max = max.max(hd);
                reach(&mut depth, &mut work, e.handler as usize, hd)?;
                break;
            }
        }
        if let Some(j) = op.jump_effect() {
            let jd = d + j;
            max = max.max(jd);
            reach(&mut depth, &mut work, arg as usize, jd)?;
        }
        if !op.is_terminator() {
            reach(&mut depth, &mut work, i + op.width(), after)?;
        }
    }
    Ok(max as u32)
}

/// Checks that every instruction is a known opcode whose operand is in range
/// for the table it indexes, and that every inline-cache slot exists.
pub fn check_operands(
    code: &[u32],
    nconsts: usize,
    nnames: usize,
    nlocals: usize,
    ncaches: usize,
) -> Result<(), String> {
    let mut i = 0;
    while i < code.len() {
        let (b, arg) = bytecode::decode(code[i]);
        let op = Opcode::from_u8(b).ok_or_else(|| format!("bad opcode {b} at {i}"))?;
        let a = arg as usize;
        let f = op.flags();
        let bad = (f & flags::CONST != 0 && a >= nconsts)
            || (f & flags::NAME != 0 && a >= nnames)
            || (f & flags::LOCAL != 0 && a >= nlocals)
            || (f & flags::JUMP != 0 && a >= code.len());
        if bad {
            return Err(format!("operand {a} out of range at {i} ({})", op.name()));
        }
        if op.has_cache() {
            let slot = code.get(i + 1).map(|u| (u >> 8) as usize);
            if slot.is_none_or(|s| s >= ncaches) {
                return Err(format!("bad inline-cache slot at {i} ({})", op.name()));
            }
        }
        i += op.width();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::encode;

    #[test]
    fn straight_line() {
        let code = [
            encode(Opcode::LoadConst, 0),
            encode(Opcode::LoadConst, 0),
            encode(Opcode::BuildTuple, 2),
            encode(Opcode::ReturnValue, 0),
        ];
        assert_eq!(compute_max_stack(&code, &[]), Ok(2));
    }

    #[test]
    fn operands_out_of_range_are_detected() {
        let code = [encode(Opcode::LoadConst, 1), encode(Opcode::ReturnValue, 0)];
        assert!(check_operands(&code, 1, 0, 0, 0).is_err());
        assert!(check_operands(&code, 2, 0, 0, 0).is_ok());
        let code = [encode(Opcode::LoadFast, 0), encode(Opcode::ReturnValue, 0)];
        assert!(check_operands(&code, 0, 0, 0, 0).is_err());
        let code = [
            encode(Opcode::LoadGlobal, 0),
            0,
            encode(Opcode::ReturnValue, 0),
        ];
        assert!(
            check_operands(&code, 0, 1, 0, 0).is_err(),
            "missing cache slot"
        );
        assert!(check_operands(&code, 0, 1, 0, 1).is_ok());
    }

    #[test]
    fn underflow_is_detected() {
        let code = [encode(Opcode::PopTop, 0), encode(Opcode::ReturnValue, 0)];
        assert!(compute_max_stack(&code, &[]).is_err());
    }
}
