//! The backtracking matcher.
//!
//! One loop executes instructions at `(pc, pos)`.  Everything that must be
//! undone or resumed on failure lives on one explicit stack of `Frame`s:
//!
//! ```text
//!   top ─▶ Mark{slot, old}          undo: a capture mark's previous value
//!          Choice{pc, pos}          resume here on failure
//!          Rep{r, count, last}      undo: a repeat counter's previous state
//!          Barrier{kind, pos}       start of an atomic group / lookaround /
//!          ...                      possessive iteration
//! ```
//!
//! Failure pops frames, replaying undo frames, until a frame that resumes
//! (a choice point, a single-character repeat giving back one character, a
//! lazy repeat taking one more iteration, a negative lookaround whose body
//! failed).  Reaching the end of an atomic body *cuts*: the frames above its
//! barrier that could resume are removed and the undo frames kept.  The
//! stack grows on the heap only, so the depth of backtracking is bounded by
//! memory, never by the native stack.
//!
//! Positions index the subject (`Unit`: bytes or code points); matching
//! looks at `text[..end]` where `end` is `endpos`, while `^`, `\b` and
//! lookbehinds may look before the starting position, as in SRE.
use super::compile::{AtKind, Inst, Program, Unit as Test, uni_is_word};
use super::compile::{ascii_is_word, is_linebreak};
use super::parse::{MAXREPEAT, RepeatKind};

/// A subject character type: bytes or code points.
pub trait Unit: Copy {
    fn cp(self) -> u32;
}
impl Unit for u8 {
    #[inline]
    fn cp(self) -> u32 {
        self as u32
    }
}
impl Unit for u32 {
    #[inline]
    fn cp(self) -> u32 {
        self
    }
}

/// How the pattern must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// At the start position (`match`).
    Match,
    /// At the start position, up to the end (`fullmatch`).
    Full,
    /// At the first position where it can (`search`).
    Search,
}

const NONE: usize = usize::MAX;

/// The result of a successful match.
#[derive(Clone, Debug)]
pub struct Captures {
    /// Slot 2g / 2g+1: start / end of group g (`usize::MAX` when unset).
    pub slots: Vec<usize>,
    /// The last group closed (`Match.lastindex`).
    pub lastindex: Option<usize>,
}

impl Captures {
    /// The span of group `g`, if it took part in the match.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let s = *self.slots.get(2 * g)?;
        let e = *self.slots.get(2 * g + 1)?;
        if s == NONE || e == NONE || e < s {
            None
        } else {
            Some((s, e))
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum BarrierKind {
    /// Atomic group or a mandatory possessive iteration: failure passes through.
    Atomic,
    /// Positive lookaround: failure passes through; success restores `pos`.
    Look,
    /// Negative lookaround: failure of the body resumes at `pc` with `pos`.
    NegLook,
    /// Optional possessive iteration: failure resumes at `pc` (the exit).
    PossOptional,
}

#[derive(Clone, Copy, Debug)]
enum Frame {
    Choice {
        pc: usize,
        pos: usize,
    },
    Mark {
        slot: usize,
        old: usize,
    },
    LastIndex {
        old: usize,
    },
    Rep {
        r: usize,
        count: isize,
        last: usize,
    },
    /// A greedy single-character repeat: give back one character (down to
    /// `min_pos`) and retry the tail at `pc`.
    GiveBack {
        pc: usize,
        pos: usize,
        min_pos: usize,
    },
    /// A lazy single-character repeat at instruction `rep_pc`: take one
    /// more character and retry the tail.
    TakeMore {
        rep_pc: usize,
        pos: usize,
        count: u32,
    },
    /// A lazy general repeat (its `Until` at `pc`): run one more iteration.
    LazyMore {
        pc: usize,
        pos: usize,
        n: isize,
    },
    Barrier {
        kind: BarrierKind,
        pc: usize,
        pos: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Frame::Mark { .. } | Frame::LastIndex { .. } | Frame::Rep { .. }
        )
    }
}

struct Vm<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    /// Start of this attempt (for `must_advance`).
    start: usize,
    end: usize,
    full: bool,
    must_advance: bool,
    marks: Vec<usize>,
    lastindex: usize,
    reps: Vec<(isize, usize)>,
    stack: Vec<Frame>,
}

impl<T: Unit> Vm<'_, T> {
    #[inline]
    fn ch(&self, pos: usize) -> u32 {
        self.text[pos].cp()
    }

    fn is_word(&self, pos: usize, unicode: bool) -> bool {
        let c = self.ch(pos);
        if unicode {
            uni_is_word(c)
        } else {
            ascii_is_word(c)
        }
    }

    fn at(&self, k: AtKind, pos: usize) -> bool {
        match k {
            AtKind::Beginning => pos == 0,
            AtKind::BeginningLine => pos == 0 || is_linebreak(self.ch(pos - 1)),
            AtKind::End => pos == self.end || (pos + 1 == self.end && is_linebreak(self.ch(pos))),
            AtKind::EndLine => pos == self.end || is_linebreak(self.ch(pos)),
            AtKind::EndString => pos == self.end,
            AtKind::Boundary { unicode } | AtKind::NonBoundary { unicode } => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word(pos - 1, unicode);
                let after = pos < self.end && self.is_word(pos, unicode);
                (before != after) == matches!(k, AtKind::Boundary { .. })
            }
        }
    }

    fn set_mark(&mut self, slot: usize, pos: usize) {
        self.stack.push(Frame::Mark {
            slot,
            old: self.marks[slot],
        });
        self.marks[slot] = pos;
        if slot & 1 == 1 {
            self.stack.push(Frame::LastIndex {
                old: self.lastindex,
            });
            self.lastindex = slot / 2;
        }
    }

    fn set_rep(&mut self, r: usize, count: isize, last: usize) {
        let (c, l) = self.reps[r];
        self.stack.push(Frame::Rep {
            r,
            count: c,
            last: l,
        });
        self.reps[r] = (count, last);
    }

    /// Removes resumable frames above the topmost barrier and the barrier
    /// itself, keeping undo frames.  Returns the barrier's position.
    fn cut(&mut self) -> usize {
        let b = self
            .stack
            .iter()
            .rposition(|f| matches!(f, Frame::Barrier { .. }))
            .unwrap_or(0);
        let pos = match self.stack.get(b) {
            Some(Frame::Barrier { pos, .. }) => *pos,
            _ => 0,
        };
        let mut w = b;
        for i in b + 1..self.stack.len() {
            if self.stack[i].is_undo() {
                self.stack[w] = self.stack[i];
                w += 1;
            }
        }
        self.stack.truncate(w);
        pos
    }

    /// Pops frames down to and including the topmost barrier, replaying undo frames.
    fn unwind_to_barrier(&mut self) {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Barrier { .. } => return,
                f => self.undo(f),
            }
        }
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Mark { slot, old } => self.marks[slot] = old,
            Frame::LastIndex { old } => self.lastindex = old,
            Frame::Rep { r, count, last } => self.reps[r] = (count, last),
            _ => {}
        }
    }

    /// Number of consecutive characters from `pos` passing `unit`, at most `max`.
    fn count(&self, unit: &Test, pos: usize, max: u32) -> usize {
        let limit = if max == MAXREPEAT {
            self.end
        } else {
            self.end.min(pos.saturating_add(max as usize))
        };
        let mut p = pos;
        match unit {
            Test::AnyAll => return limit - pos,
            Test::Char(c) => {
                while p < limit && self.ch(p) == *c {
                    p += 1;
                }
            }
            _ => {
                while p < limit && unit.test(self.ch(p)) {
                    p += 1;
                }
            }
        }
        p - pos
    }

    /// Backtracks: returns where to resume, or None when nothing is left.
    fn fail(&mut self) -> Option<(usize, usize)> {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Choice { pc, pos } => return Some((pc, pos)),
                Frame::Mark { .. } | Frame::LastIndex { .. } | Frame::Rep { .. } => self.undo(f),
                Frame::GiveBack { pc, pos, min_pos } => {
                    if pos > min_pos {
                        let p = pos - 1;
                        if p > min_pos {
                            self.stack.push(Frame::GiveBack {
                                pc,
                                pos: p,
                                min_pos,
                            });
                        }
                        return Some((pc, p));
                    }
                }
                Frame::TakeMore { rep_pc, pos, count } => {
                    let Inst::RepeatOne { unit, max, .. } = &self.prog.insts[rep_pc] else {
                        continue;
                    };
                    if (*max == MAXREPEAT || count < *max)
                        && pos < self.end
                        && unit.test(self.ch(pos))
                    {
                        self.stack.push(Frame::TakeMore {
                            rep_pc,
                            pos: pos + 1,
                            count: count + 1,
                        });
                        return Some((rep_pc + 1, pos + 1));
                    }
                }
                Frame::LazyMore { pc, pos, n } => {
                    let Inst::Until { r, max, body, .. } = self.prog.insts[pc] else {
                        continue;
                    };
                    let bounded = max != MAXREPEAT && n >= max as isize;
                    if bounded || pos == self.reps[r].1 {
                        continue;
                    }
                    self.set_rep(r, n, pos);
                    return Some((body, pos));
                }
                Frame::Barrier { kind, pc, pos } => match kind {
                    BarrierKind::Atomic | BarrierKind::Look => {}
                    BarrierKind::NegLook | BarrierKind::PossOptional => return Some((pc, pos)),
                },
            }
        }
        None
    }

    /// Runs from `pos`; true on a match (captures in `marks`).
    fn run(&mut self, pos0: usize) -> bool {
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = pos0;
        loop {
            let ok = match &insts[pc] {
                Inst::Unit(u) => {
                    if pos < self.end && u.test(self.ch(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(k) => {
                    pc += 1;
                    self.at(*k, pos)
                }
                Inst::Split(alt) => {
                    self.stack.push(Frame::Choice { pc: *alt, pos });
                    pc += 1;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Mark(slot) => {
                    self.set_mark(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::RepeatOne {
                    unit,
                    min,
                    max,
                    kind,
                } => {
                    let min = *min as usize;
                    if pos.saturating_add(min) > self.end {
                        false
                    } else {
                        match kind {
                            RepeatKind::Greedy | RepeatKind::Possessive => {
                                let n = self.count(unit, pos, *max);
                                if n < min {
                                    false
                                } else {
                                    if *kind == RepeatKind::Greedy && n > min {
                                        self.stack.push(Frame::GiveBack {
                                            pc: pc + 1,
                                            pos: pos + n,
                                            min_pos: pos + min,
                                        });
                                    }
                                    pos += n;
                                    pc += 1;
                                    true
                                }
                            }
                            RepeatKind::Lazy => {
                                let n = if min == 0 {
                                    0
                                } else {
                                    self.count(unit, pos, min as u32)
                                };
                                if n < min {
                                    false
                                } else {
                                    self.stack.push(Frame::TakeMore {
                                        rep_pc: pc,
                                        pos: pos + n,
                                        count: n as u32,
                                    });
                                    pos += n;
                                    pc += 1;
                                    true
                                }
                            }
                        }
                    }
                }
                Inst::RepeatStart { r, until } => {
                    self.set_rep(*r, -1, NONE);
                    pc = *until;
                    true
                }
                Inst::Until {
                    r,
                    min,
                    max,
                    lazy,
                    body,
                } => {
                    let n = self.reps[*r].0 + 1;
                    if n < *min as isize {
                        let last = self.reps[*r].1;
                        self.set_rep(*r, n, last);
                        pc = *body;
                    } else if *lazy {
                        self.stack.push(Frame::LazyMore { pc, pos, n });
                        pc += 1;
                    } else if (*max == MAXREPEAT || n < *max as isize) && pos != self.reps[*r].1 {
                        self.stack.push(Frame::Choice { pc: pc + 1, pos });
                        self.set_rep(*r, n, pos);
                        pc = *body;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Inst::PossStart { r } => {
                    self.set_rep(*r, 0, NONE);
                    pc += 1;
                    true
                }
                Inst::PossIter { r, min, max, exit } => {
                    let (n, last) = self.reps[*r];
                    if n < *min as isize {
                        self.stack.push(Frame::Barrier {
                            kind: BarrierKind::Atomic,
                            pc: 0,
                            pos,
                        });
                        pc += 1;
                    } else if (*max == MAXREPEAT || n < *max as isize) && pos != last {
                        self.set_rep(*r, n, pos);
                        self.stack.push(Frame::Barrier {
                            kind: BarrierKind::PossOptional,
                            pc: *exit,
                            pos,
                        });
                        pc += 1;
                    } else {
                        pc = *exit;
                    }
                    true
                }
                Inst::PossEnd { r, iter } => {
                    self.cut();
                    let (n, last) = self.reps[*r];
                    self.set_rep(*r, n + 1, last);
                    pc = *iter;
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Barrier {
                        kind: BarrierKind::Atomic,
                        pc: 0,
                        pos,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::Look {
                    negative,
                    behind,
                    end,
                } => {
                    if pos < *behind {
                        if *negative {
                            pc = *end;
                            true
                        } else {
                            false
                        }
                    } else {
                        let kind = if *negative {
                            BarrierKind::NegLook
                        } else {
                            BarrierKind::Look
                        };
                        self.stack.push(Frame::Barrier {
                            kind,
                            pc: *end,
                            pos,
                        });
                        pos -= *behind;
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd { negative } => {
                    if *negative {
                        self.unwind_to_barrier();
                        false
                    } else {
                        pos = self.cut();
                        pc += 1;
                        true
                    }
                }
                Inst::GroupRef { group, fold } => {
                    let s = self.marks[2 * group];
                    let e = self.marks[2 * group + 1];
                    if s == NONE || e == NONE || e < s {
                        false
                    } else {
                        let len = e - s;
                        if pos + len > self.end {
                            false
                        } else {
                            let ok = match fold {
                                None => (0..len).all(|i| self.ch(s + i) == self.ch(pos + i)),
                                Some(f) => (0..len)
                                    .all(|i| f.lower(self.ch(s + i)) == f.lower(self.ch(pos + i))),
                            };
                            if ok {
                                pos += len;
                                pc += 1;
                            }
                            ok
                        }
                    }
                }
                Inst::GroupExists { group, no } => {
                    let s = self.marks[2 * group];
                    let e = self.marks[2 * group + 1];
                    if s == NONE || e == NONE || e < s {
                        pc = *no;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Inst::Match => {
                    if (self.full && pos != self.end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        self.marks[0] = self.start;
                        self.marks[1] = pos;
                        return true;
                    }
                }
            };
            if !ok {
                match self.fail() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return false,
                }
            }
        }
    }

    fn reset(&mut self, start: usize) {
        self.start = start;
        for m in self.marks.iter_mut() {
            *m = NONE;
        }
        self.lastindex = NONE;
        self.stack.clear();
    }

    fn captures(&self) -> Captures {
        Captures {
            slots: self.marks.clone(),
            lastindex: (self.lastindex != NONE).then_some(self.lastindex),
        }
    }
}

/// Matches `prog` against `text[..end]` from `start`.  `must_advance`
/// rejects an empty match at `start` (used to step past empty matches in
/// `finditer`, `sub` and `split`).
pub fn exec<T: Unit>(
    prog: &Program,
    text: &[T],
    start: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Captures> {
    let end = end.min(text.len());
    if start > end {
        return None;
    }
    let mut vm = Vm {
        prog,
        text,
        start,
        end,
        full: mode == Mode::Full,
        must_advance,
        marks: vec![NONE; prog.nslots.max(2)],
        lastindex: NONE,
        reps: vec![(-1, NONE); prog.nreps],
        stack: Vec::new(),
    };
    if mode != Mode::Search {
        vm.reset(start);
        return vm.run(start).then(|| vm.captures());
    }
    let mut p = start;
    loop {
        let candidate = match &prog.first {
            Some(u) => {
                while p < end && !u.test(text[p].cp()) {
                    p += 1;
                }
                p < end
            }
            None => true,
        };
        if !candidate {
            return None;
        }
        vm.reset(p);
        vm.must_advance = must_advance && p == start;
        if vm.run(p) {
            return Some(vm.captures());
        }
        if prog.anchored || p >= end {
            return None;
        }
        p += 1;
    }
}
