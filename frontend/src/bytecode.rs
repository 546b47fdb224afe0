//! The instruction set, defined once.
//!
//! Every instruction is one 32-bit code unit: the low 8 bits are the opcode,
//! the high 24 bits its argument.  Instructions marked `cache` are followed by
//! one more code unit holding the index of their inline-cache slot in the code
//! object's cache array (the interpreter records type feedback there; the JIT
//! reads it).  Jump arguments are absolute code-unit indices.
//!
//! ```text
//!  31                      8 7        0
//! +-------------------------+----------+
//! |        argument         |  opcode  |   one code unit
//! +-------------------------+----------+
//! |     cache slot index    |  (0xff)  |   only after a `cache` instruction
//! +-------------------------+----------+
//! ```
//!
//! `for_each_opcode!` is the single table.  The `Opcode` enum, the decoder,
//! the disassembler, the stack-depth computation and the interpreter's dispatch
//! all expand from it (the layout of wasmtime's Pulley `for_each_op!` and of
//! CPython's `Python/bytecodes.c`).  Each row is
//!
//! ```text
//! Name = "doc", pop: <expr of a>, push: <expr of a>, jump: <None | Some(net effect when the jump is taken)>, cache: bool, flags: <JUMP|...>
//! ```
//!
//! where `a` is the instruction's argument.  `pop`/`push` describe the
//! fall-through path.  The stack-depth check (`stack_effect`) and the
//! compiler's `max_stack` computation use exactly these numbers.
//!
//! Calling convention on the value stack: `Call n` expects `[callable, arg1..argn]`;
//! `CallMethod n` expects `[a, b, arg1..argn]` as pushed by `LoadMethod`
//! (either `[function, self]` for an unbound method found on the type, or
//! `[NULL, callable]`).  `CallKw n` / `CallMethodKw n` take one more item on
//! top: a constant tuple of keyword names naming the last `len(names)` of the
//! `n` arguments.

/// Binary operators of `BinaryOp`; the in-place forms are `op + INPLACE`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub const INPLACE: u32 = 16;
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    pub fn from_u32(x: u32) -> Option<BinOp> {
        Self::ALL.get(x as usize).copied()
    }
    /// The operator's symbol as it appears in error messages (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// `__add__`, `__radd__`, `__iadd__` for this operator.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Receiver types remembered by the inline cache of one attribute
/// instruction (`LoadAttr`, `StoreAttr`, `LoadMethod`).
pub const ATTR_CACHE_WAYS: usize = 4;

/// Comparison operators of `CompareOp`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_u32(x: u32) -> Option<CmpOp> {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ]
        .get(x as usize)
        .copied()
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// Flags of `MakeFunction`: which optional items lie below the code object.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// Flags of `FormatValue`.
pub mod format_value {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// Instruction flags.
pub mod flags {
    /// The argument is a jump target.
    pub const JUMP: u8 = 1;
    /// Control never falls through to the next instruction.
    pub const TERMINATOR: u8 = 2;
    /// A loop back-edge: the interpreter polls for safepoints and counts here.
    pub const BACKEDGE: u8 = 4;
    /// The argument indexes `names`.
    pub const NAME: u8 = 8;
    /// The argument indexes `consts`.
    pub const CONST: u8 = 16;
    /// The argument indexes the local slots (`varnames ++ cellvars ++ freevars`).
    pub const LOCAL: u8 = 32;
}

/// The instruction table.  `$m` is invoked once with every row, preceded by
/// `arg: a;`, which names the argument variable the `pop`/`push` expressions
/// use (macro hygiene: a consumer that evaluates those expressions must bind
/// that very identifier, e.g. `let $a = ...;`).
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            arg: a;
            Nop = "Do nothing.", pop: 0, push: 0, jump: None, cache: false, flags: 0;
            PopTop = "Discard TOS.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            Copy = "Push a copy of the a-th item from the top (1 = TOS).", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            Swap = "Swap TOS with the a-th item from the top (a >= 2).", pop: 0, push: 0, jump: None, cache: false, flags: 0;
            PushNull = "Push the NULL marker (used before a callable by CallMethod conventions).", pop: 0, push: 1, jump: None, cache: false, flags: 0;

            LoadConst = "Push consts[a].", pop: 0, push: 1, jump: None, cache: false, flags: flags::CONST;
            LoadFast = "Push local slot a; UnboundLocalError if unset.", pop: 0, push: 1, jump: None, cache: false, flags: flags::LOCAL;
            StoreFast = "Pop TOS into local slot a.", pop: 1, push: 0, jump: None, cache: false, flags: flags::LOCAL;
            DeleteFast = "Unset local slot a; UnboundLocalError if unset.", pop: 0, push: 0, jump: None, cache: false, flags: flags::LOCAL;
            LoadDeref = "Push the contents of the cell in slot a; NameError/UnboundLocalError if empty.", pop: 0, push: 1, jump: None, cache: false, flags: flags::LOCAL;
            StoreDeref = "Pop TOS into the cell in slot a.", pop: 1, push: 0, jump: None, cache: false, flags: flags::LOCAL;
            DeleteDeref = "Empty the cell in slot a.", pop: 0, push: 0, jump: None, cache: false, flags: flags::LOCAL;
            LoadClosure = "Push the cell object in slot a itself (to build a closure tuple).", pop: 0, push: 1, jump: None, cache: false, flags: flags::LOCAL;
            LoadClassDeref = "In a class body: push locals()[name of slot a] if present, else the cell's contents.", pop: 0, push: 1, jump: None, cache: false, flags: flags::LOCAL;

            LoadGlobal = "Push global names[a], falling back to builtins; NameError if missing.", pop: 0, push: 1, jump: None, cache: true, flags: flags::NAME;
            StoreGlobal = "Pop TOS into global names[a].", pop: 1, push: 0, jump: None, cache: false, flags: flags::NAME;
            DeleteGlobal = "Delete global names[a].", pop: 0, push: 0, jump: None, cache: false, flags: flags::NAME;
            LoadName = "Push names[a] looked up in locals, then globals, then builtins.", pop: 0, push: 1, jump: None, cache: false, flags: flags::NAME;
            StoreName = "Pop TOS into locals()[names[a]].", pop: 1, push: 0, jump: None, cache: false, flags: flags::NAME;
            DeleteName = "Delete locals()[names[a]].", pop: 0, push: 0, jump: None, cache: false, flags: flags::NAME;

            LoadAttr = "TOS = getattr(TOS, names[a]).", pop: 1, push: 1, jump: None, cache: true, flags: flags::NAME;
            StoreAttr = "[value, obj] -> setattr(obj, names[a], value).", pop: 2, push: 0, jump: None, cache: true, flags: flags::NAME;
            DeleteAttr = "delattr(TOS, names[a]).", pop: 1, push: 0, jump: None, cache: false, flags: flags::NAME;
            LoadMethod = "obj -> [function, obj] when names[a] is a plain method found on type(obj), else [NULL, getattr(obj, name)].", pop: 1, push: 2, jump: None, cache: true, flags: flags::NAME;

            Call = "[callable, a args] -> result.", pop: a + 1, push: 1, jump: None, cache: true, flags: 0;
            CallMethod = "[x, y, a args] -> result; x NULL: y(args...); else x(y, args...).", pop: a + 2, push: 1, jump: None, cache: true, flags: 0;
            CallKw = "[callable, a args, kwnames] -> result; the last len(kwnames) args are keywords.", pop: a + 2, push: 1, jump: None, cache: false, flags: 0;
            CallMethodKw = "[x, y, a args, kwnames] -> result, as CallMethod with keywords as CallKw.", pop: a + 3, push: 1, jump: None, cache: false, flags: 0;
            CallEx = "[callable, args tuple, kwargs dict] -> result (a = 1: kwargs present, else a NULL is there).", pop: 3, push: 1, jump: None, cache: false, flags: 0;
            MakeFunction = "[defaults?, kwdefaults?, annotations?, closure?, code] -> function; a = make_function flags.", pop: 1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), push: 1, jump: None, cache: false, flags: 0;
            LoadBuildClass = "Push builtins.__build_class__.", pop: 0, push: 1, jump: None, cache: false, flags: 0;

            BinaryOp = "[l, r] -> l op r; a = BinOp (+ INPLACE for the in-place form).", pop: 2, push: 1, jump: None, cache: true, flags: 0;
            CompareOp = "[l, r] -> l op r; a = CmpOp.", pop: 2, push: 1, jump: None, cache: true, flags: 0;
            IsOp = "[l, r] -> l is r (a = 1: is not).", pop: 2, push: 1, jump: None, cache: false, flags: 0;
            ContainsOp = "[l, r] -> l in r (a = 1: not in).", pop: 2, push: 1, jump: None, cache: false, flags: 0;
            UnaryNegative = "TOS = -TOS.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            UnaryPositive = "TOS = +TOS.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            UnaryInvert = "TOS = ~TOS.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            UnaryNot = "TOS = not TOS.", pop: 1, push: 1, jump: None, cache: false, flags: 0;

            BinarySubscr = "[c, k] -> c[k].", pop: 2, push: 1, jump: None, cache: true, flags: 0;
            StoreSubscr = "[v, c, k] -> c[k] = v.", pop: 3, push: 0, jump: None, cache: false, flags: 0;
            DeleteSubscr = "[c, k] -> del c[k].", pop: 2, push: 0, jump: None, cache: false, flags: 0;
            BuildSlice = "[start, stop(, step)] -> slice; a = 2 or 3.", pop: a, push: 1, jump: None, cache: false, flags: 0;

            BuildTuple = "Pop a items, push a tuple of them.", pop: a, push: 1, jump: None, cache: false, flags: 0;
            BuildList = "Pop a items, push a list of them.", pop: a, push: 1, jump: None, cache: false, flags: 0;
            BuildSet = "Pop a items, push a set of them.", pop: a, push: 1, jump: None, cache: false, flags: 0;
            BuildMap = "Pop a key/value pairs (k1, v1, k2, v2 ...), push a dict.", pop: 2 * a, push: 1, jump: None, cache: false, flags: 0;
            BuildString = "Pop a strings, push their concatenation.", pop: a, push: 1, jump: None, cache: false, flags: 0;
            FormatValue = "[value, spec?] -> formatted str; a = format_value flags.", pop: 1 + ((a >> 2) & 1), push: 1, jump: None, cache: false, flags: 0;
            ListAppend = "Pop v; append it to the list a items down (after the pop, 1 = TOS).", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            SetAdd = "Pop v; add it to the set a items down.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            MapAdd = "Pop [k, v]; store into the dict a items down.", pop: 2, push: 0, jump: None, cache: false, flags: 0;
            ListExtend = "Pop an iterable; extend the list a items down.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            SetUpdate = "Pop an iterable; update the set a items down.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            DictUpdate = "Pop a mapping; update the dict a items down ({**x}).", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            DictMerge = "Pop a mapping; merge into the dict a items down, TypeError on duplicate keys (f(**x)).", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            ListToTuple = "TOS = tuple(TOS) for a list.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            UnpackSequence = "Pop an iterable of exactly a items; push them so the first is on top.", pop: 1, push: a, jump: None, cache: false, flags: 0;
            UnpackEx = "Pop an iterable; a = before | after << 8; push after items, a list, before items (first on top).", pop: 1, push: (a & 0xff) + (a >> 8) + 1, jump: None, cache: false, flags: 0;

            Jump = "Jump forward to a.", pop: 0, push: 0, jump: Some(0), cache: false, flags: flags::JUMP | flags::TERMINATOR;
            JumpBackward = "Jump back to a (a loop back-edge: safepoint poll and JIT counter).", pop: 0, push: 0, jump: Some(0), cache: false, flags: flags::JUMP | flags::TERMINATOR | flags::BACKEDGE;
            PopJumpIfFalse = "Pop TOS; jump to a if it is false.", pop: 1, push: 0, jump: Some(-1), cache: false, flags: flags::JUMP;
            PopJumpIfTrue = "Pop TOS; jump to a if it is true.", pop: 1, push: 0, jump: Some(-1), cache: false, flags: flags::JUMP;
            PopJumpIfNone = "Pop TOS; jump to a if it is None.", pop: 1, push: 0, jump: Some(-1), cache: false, flags: flags::JUMP;
            PopJumpIfNotNone = "Pop TOS; jump to a if it is not None.", pop: 1, push: 0, jump: Some(-1), cache: false, flags: flags::JUMP;
            JumpIfFalseOrPop = "If TOS is false jump to a keeping it, else pop it.", pop: 1, push: 0, jump: Some(0), cache: false, flags: flags::JUMP;
            JumpIfTrueOrPop = "If TOS is true jump to a keeping it, else pop it.", pop: 1, push: 0, jump: Some(0), cache: false, flags: flags::JUMP;
            GetIter = "TOS = iter(TOS).", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            ForIter = "Push next(TOS); when exhausted pop the iterator and jump to a.", pop: 0, push: 1, jump: Some(-1), cache: true, flags: flags::JUMP;
            ReturnValue = "Return TOS to the caller.", pop: 1, push: 0, jump: None, cache: false, flags: flags::TERMINATOR;

            YieldValue = "Yield TOS from a generator; the value sent in is pushed on resumption. a = 1 inside yield from (the receiver is then TOS while suspended), else 0.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            GetYieldFromIter = "TOS = iter(TOS) unless it is a generator (yield from).", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            Send = "[receiver, v] -> send v into receiver; on a yield [receiver, yielded] and fall through; on return pop both, push the return value and jump to a.", pop: 1, push: 1, jump: Some(-1), cache: false, flags: flags::JUMP;

            GetAwaitable = "TOS = the iterator `await TOS` drives: a coroutine itself (RuntimeError if it is already being awaited), a generator-based coroutine, or the iterator returned by type(TOS).__await__(); TypeError otherwise. a = 0: await; 1: after __aenter__; 2: after __aexit__ (for the error message).", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            GetAIter = "TOS = TOS.__aiter__() (async for); TypeError if there is no __aiter__ or it returns an object without __anext__.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            GetANext = "Push the awaitable of TOS.__anext__() (TOS, the async iterator, stays).", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            EndAsyncFor = "[aiter, exc] -> []: the handler that ends an async for; re-raises exc unless it is a StopAsyncIteration.", pop: 2, push: 0, jump: None, cache: false, flags: 0;
            BeforeAsyncWith = "mgr -> [bound __aexit__, mgr.__aenter__()] (the second still to be awaited).", pop: 1, push: 2, jump: None, cache: false, flags: 0;

            RaiseVarargs = "a = 0: re-raise the handled exception; 1: raise TOS; 2: [exc, cause] raise exc from cause.", pop: a, push: 0, jump: None, cache: false, flags: flags::TERMINATOR;
            Reraise = "Pop an exception and raise it again, keeping its traceback.", pop: 1, push: 0, jump: None, cache: false, flags: flags::TERMINATOR;
            PushExcInfo = "[exc] -> [previous handled exception, exc]; exc becomes the handled exception.", pop: 1, push: 2, jump: None, cache: false, flags: 0;
            PopExcept = "Pop the saved previous handled exception and restore it.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            CheckExcMatch = "[exc, type] -> [exc, isinstance-match(exc, type)]; TypeError if type is not an exception class or tuple of them.", pop: 1, push: 1, jump: None, cache: false, flags: 0;
            CheckEgMatch = "except*: [exc, type] -> [rest, match] when part of exc matches type (match, a group, becomes the handled exception; rest may be None), else [exc, None]. A naked exception that matches is wrapped in a group. TypeError if type is not an exception class or tuple of them, or is an ExceptionGroup class.", pop: 2, push: 2, jump: None, cache: false, flags: 0;
            PrepReraiseStar = "End of except*: [orig, list of raised/unhandled] -> what to re-raise (None if nothing).", pop: 2, push: 1, jump: None, cache: false, flags: 0;
            LoadAssertionError = "Push AssertionError.", pop: 0, push: 1, jump: None, cache: false, flags: 0;

            BeforeWith = "mgr -> [bound __exit__, mgr.__enter__()].", pop: 1, push: 2, jump: None, cache: false, flags: 0;
            WithExceptStart = "Stack [exit, prev_exc, exc]: push exit(type(exc), exc, tb).", pop: 0, push: 1, jump: None, cache: false, flags: 0;

            GetLen = "Push len(TOS) (TOS stays; for match patterns).", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            MatchSequence = "Push True if TOS is a sequence for pattern matching (list, tuple, range, collections.abc.Sequence and its registered classes; never str, bytes, bytearray), else False. TOS stays.", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            MatchMapping = "Push True if TOS is a mapping for pattern matching (dict, collections.abc.Mapping and its registered classes), else False. TOS stays.", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            MatchKeys = "[subject, keys tuple] -> [subject, keys, values]: values is the tuple of subject.get(k, <dummy>) for each key, or None if one is missing; ValueError on duplicate keys.", pop: 0, push: 1, jump: None, cache: false, flags: 0;
            MatchClass = "[subject, cls, kwnames tuple] -> attrs tuple or None: isinstance(subject, cls), then a positional attributes named by cls.__match_args__ (or the subject itself for the self-matching builtins) and the keyword attributes; None when an attribute is missing. TypeError for a non-type cls or bad __match_args__.", pop: 3, push: 1, jump: None, cache: false, flags: 0;

            ImportName = "[level, fromlist] -> module names[a].", pop: 2, push: 1, jump: None, cache: false, flags: flags::NAME;
            ImportFrom = "Push getattr(TOS, names[a]) (TOS stays); ImportError if missing.", pop: 0, push: 1, jump: None, cache: false, flags: flags::NAME;
            ImportStar = "Pop a module; copy its public names into locals.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
            SetupAnnotations = "Create __annotations__ in locals if missing.", pop: 0, push: 0, jump: None, cache: false, flags: 0;
            PrintExpr = "Pop TOS; in the REPL print its repr if not None and store it in builtins._.", pop: 1, push: 0, jump: None, cache: false, flags: 0;
        }
    };
}

macro_rules! define_opcodes {
    (arg: $a:ident; $($name:ident = $doc:literal, pop: $pop:expr, push: $push:expr, jump: $jump:expr, cache: $cache:expr, flags: $flags:expr;)*) => {
        /// One instruction's operation.  See `for_each_opcode!` for the table.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $(#[doc = $doc] $name,)*
        }

        impl Opcode {
            /// Every opcode, in table order (the index is the encoding).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode encoded as `b`.  A `match` over the encodings
            /// rather than an index into `ALL`: the compiler turns it into
            /// one range check, so the interpreter's dispatch does not load
            /// the opcode from a table before jumping on it.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                #[allow(non_upper_case_globals)]
                mod enc {
                    $(pub const $name: u8 = super::Opcode::$name as u8;)*
                }
                match b {
                    $(enc::$name => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$name => $doc,)* }
            }

            /// Items popped on the fall-through path, for argument `a`.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn pops(self, $a: u32) -> i32 {
                let $a = $a as i32;
                match self { $(Opcode::$name => $pop,)* }
            }

            /// Items pushed on the fall-through path, for argument `a`.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn pushes(self, $a: u32) -> i32 {
                let $a = $a as i32;
                match self { $(Opcode::$name => $push,)* }
            }

            /// Net stack effect when the jump is taken, relative to the depth before the instruction.
            pub fn jump_effect(self) -> Option<i32> {
                match self { $(Opcode::$name => $jump,)* }
            }

            /// Whether one cache-slot code unit follows this instruction.
            pub fn has_cache(self) -> bool {
                match self { $(Opcode::$name => $cache,)* }
            }

            pub fn flags(self) -> u8 {
                match self { $(Opcode::$name => $flags,)* }
            }

            /// How many consecutive `CacheEntry` slots the instruction's
            /// cache index names: attribute instructions keep a small
            /// polymorphic cache (`ATTR_CACHE_WAYS` receiver types).
            pub fn cache_entries(self) -> u32 {
                match self {
                    Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod => ATTR_CACHE_WAYS as u32,
                    _ => self.has_cache() as u32,
                }
            }
        }
    };
}

for_each_opcode!(define_opcodes);

impl Opcode {
    pub fn is_jump(self) -> bool {
        self.flags() & flags::JUMP != 0
    }
    pub fn is_terminator(self) -> bool {
        self.flags() & flags::TERMINATOR != 0
    }
    /// Number of code units the instruction occupies (1, or 2 with a cache slot).
    pub fn width(self) -> usize {
        1 + self.has_cache() as usize
    }
    /// Net stack effect on the fall-through path.
    pub fn stack_effect(self, a: u32) -> i32 {
        self.pushes(a) - self.pops(a)
    }
}

/// Packs an instruction into a code unit.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24), "instruction argument does not fit 24 bits");
    (op as u32) | (arg << 8)
}

/// Unpacks a code unit into (opcode byte, argument).
#[inline(always)]
pub fn decode(unit: u32) -> (u8, u32) {
    ((unit & 0xff) as u8, unit >> 8)
}

pub const MAX_ARG: u32 = (1 << 24) - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_round_trip() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
            let (b, a) = decode(encode(*op, 12345));
            assert_eq!((b, a), (*op as u8, 12345));
        }
        assert!(Opcode::ALL.len() < 256);
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::BuildTuple.stack_effect(3), -2);
        assert_eq!(Opcode::Call.stack_effect(2), -2);
        assert_eq!(Opcode::UnpackEx.stack_effect(1 | (2 << 8)), 3);
        assert_eq!(Opcode::MakeFunction.stack_effect(1 | 8), -2);
        assert_eq!(Opcode::FormatValue.stack_effect(4), -1);
        assert_eq!(Opcode::ForIter.jump_effect(), Some(-1));
    }
}
