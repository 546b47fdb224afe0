//! Unit tests of the compiler: error messages and positions (the expected
//! texts are what CPython 3.11 prints for the same files), stack depths, and
//! the shape of the generated code.
use super::*;
use crate::bytecode::decode;

fn ok(src: &str) -> Arc<CodeObject> {
    match compile(src, "t.py", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("{}", e.render()),
    }
}

fn child<'c>(code: &'c CodeObject, qualname: &str) -> &'c CodeObject {
    find(code, qualname).unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn find<'c>(code: &'c CodeObject, qualname: &str) -> Option<&'c CodeObject> {
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            if inner.qualname == qualname {
                return Some(inner);
            }
            if let Some(f) = find(inner, qualname) {
                return Some(f);
            }
        }
    }
    None
}

/// The opcodes of `code`, skipping cache units.
fn ops(code: &CodeObject) -> Vec<Opcode> {
    let mut v = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let op = Opcode::from_u8(decode(code.code[i]).0).unwrap();
        v.push(op);
        i += op.width();
    }
    v
}

/// (source, what CPython 3.11 prints to stderr for it as t.py).
const BAD_PROGRAMS: &[(&str, &str)] = &[
    (
        "x = (1,\n",
        "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
    ),
    (
        "def f():\n    x = 1\n     y = 2\n",
        "  File \"t.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n",
    ),
    (
        "f() = 3\n",
        "  File \"t.py\", line 1\n    f() = 3\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n",
    ),
    (
        "if x:\npass\n",
        "  File \"t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
    ),
    (
        "x = \"abc\n",
        "  File \"t.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n",
    ),
    (
        "print(1))\n",
        "  File \"t.py\", line 1\n    print(1))\n            ^\nSyntaxError: unmatched ')'\n",
    ),
    (
        "for x in y:\n    pass\nbreak\n",
        "  File \"t.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n",
    ),
    (
        "x = [a,\n b c]\n",
        "  File \"t.py\", line 2\n    b c]\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
    ),
    (
        "x = 1\nif x:\n    y = 2\n  z = 3\n",
        "  File \"t.py\", line 4\n    z = 3\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
    (
        "def f():\n    nonlocal q\n",
        "  File \"t.py\", line 2\n    nonlocal q\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'q' found\n",
    ),
    (
        "x = [1, 2\ny = 3\n",
        "  File \"t.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n",
    ),
    (
        "while x\n    pass\n",
        "  File \"t.py\", line 1\n    while x\n           ^\nSyntaxError: expected ':'\n",
    ),
    (
        "f(a=1, a=2)\n",
        "  File \"t.py\", line 1\n    f(a=1, a=2)\n           ^^^\nSyntaxError: keyword argument repeated: a\n",
    ),
    (
        "del f()\n",
        "  File \"t.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n",
    ),
    (
        "x + 1 += 2\n",
        "  File \"t.py\", line 1\n    x + 1 += 2\n    ^^^^^\nSyntaxError: 'expression' is an illegal expression for augmented assignment\n",
    ),
    (
        "(a, b()) = 1\n",
        "  File \"t.py\", line 1\n    (a, b()) = 1\n        ^^^\nSyntaxError: cannot assign to function call\n",
    ),
    (
        "return 5\n",
        "  File \"t.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
    ),
    (
        "for i in x:\n    pass\ncontinue\n",
        "  File \"t.py\", line 3\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n",
    ),
    (
        "x = (1, 2]\n",
        "  File \"t.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n",
    ),
    (
        "def f(x):\n    global x\n",
        "  File \"t.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter and global\n",
    ),
    (
        "*a = 1\n",
        "  File \"t.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n",
    ),
    (
        "a, *b, *c = 1\n",
        "  File \"t.py\", line 1\n    a, *b, *c = 1\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n",
    ),
    (
        "def f():\n    pass\nclass C:\n",
        "  File \"t.py\", line 3\n    class C:\nIndentationError: expected an indented block after class definition on line 3\n",
    ),
    (
        "True = 1\n",
        "  File \"t.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n",
    ),
    (
        "x = yield 1\n",
        "  File \"t.py\", line 1\n    x = yield 1\n        ^^^^^^^\nSyntaxError: 'yield' outside function\n",
    ),
    (
        "class C:\n    def f(self):\n        pass\n  x = 1\n",
        "  File \"t.py\", line 4\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n",
    ),
];

#[test]
fn error_messages_match_cpython() {
    for (src, expected) in BAD_PROGRAMS {
        match compile(src, "t.py", Mode::Exec) {
            Ok(_) => panic!("{src:?} compiled"),
            Err(e) => assert_eq!(&e.render(), expected, "source {src:?}"),
        }
    }
}

#[test]
fn async_flags_and_misuse() {
    let m = ok("async def f():\n    await g()\nasync def h():\n    yield 1\n");
    assert_eq!(
        child(&m, "f").flags & code_flags::COROUTINE,
        code_flags::COROUTINE
    );
    assert_eq!(
        child(&m, "h").flags & code_flags::ASYNC_GENERATOR,
        code_flags::ASYNC_GENERATOR
    );
    assert!(!child(&m, "h").is_generator());
    let e = compile("x = 1\ndef f():\n    await g()\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "'await' outside async function");
    assert_eq!((e.line, e.col), (3, 5));
    let e = compile("async def f():\n    yield from g\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "'yield from' inside async function");
}

#[test]
fn error_positions() {
    let e = compile("f() = 3\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(
        (e.kind, e.line, e.col, e.end_line, e.end_col),
        (ErrorKind::SyntaxError, 1, 1, 1, 4)
    );
    let e = compile("def f():\n    x = 1\n     y = 2\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(e.kind, ErrorKind::IndentationError);
    assert_eq!(e.line, 3);
}

#[test]
fn stack_depths() {
    assert_eq!(ok("x = 1\n").max_stack, 1);
    assert_eq!(ok("f(a, b)\n").max_stack, 3);
    assert_eq!(ok("o.m(a, b=1)\n").max_stack, 5);
    assert_eq!(ok("a < b < c\n").max_stack, 3);
    let f = ok(
        "def f():\n    for x in y:\n        try:\n            g(x)\n        except E as e:\n            pass\n",
    );
    // [iter, prev, lasti, exc, None] while clearing `e` in the cleanup handler.
    assert_eq!(child(&f, "f").max_stack, 5);
    let w = ok("with a as b, c:\n    pass\n");
    // [exit1, exit2, prev, exc, exit-result]
    assert!(w.max_stack >= 5, "{}", w.disassemble());
}

#[test]
fn caches_follow_cached_instructions() {
    let c = ok("x = a.b + f(y)\n");
    let mut i = 0;
    let mut slot = 0;
    while i < c.code.len() {
        let (b, _) = decode(c.code[i]);
        let op = Opcode::from_u8(b).unwrap();
        if op.has_cache() {
            assert_eq!(c.code[i + 1], 0xff | (slot << 8));
            slot += op.cache_entries();
        }
        i += op.width();
    }
    assert_eq!(c.ncaches, slot);
    assert_eq!(c.positions.len(), c.code.len());
}

#[test]
fn functions_and_closures() {
    let m = ok(
        "def f(a, /, b=1, *c, d, e=2, **g):\n    'doc'\n    def h():\n        return a\n    return h\n",
    );
    let f = child(&m, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert_eq!(f.varnames, vec!["a", "b", "d", "e", "c", "g", "h"]);
    assert_eq!(f.consts[0], Constant::Str("doc".into()));
    assert_eq!(f.cellvars, vec!["a"]);
    assert_eq!(f.cell2arg, vec![Some(0)]);
    assert!(f.flags & code_flags::VARARGS != 0 && f.flags & code_flags::VARKEYWORDS != 0);
    let h = child(&m, "f.<locals>.h");
    assert_eq!(h.freevars, vec!["a"]);
    assert_eq!(ops(h), vec![Opcode::LoadDeref, Opcode::ReturnValue]);
    assert!(ops(&m).contains(&Opcode::MakeFunction));
}

#[test]
fn class_body() {
    let m = ok("class C:\n    def m(self):\n        return __class__\n");
    let c = child(&m, "C");
    assert_eq!(c.cellvars, vec!["__class__"]);
    assert_eq!(&c.names[..3], &["__name__", "__module__", "__qualname__"]);
    assert!(c.names.contains(&"__classcell__".to_string()));
    assert_eq!(child(&m, "C.m").freevars, vec!["__class__"]);
}

#[test]
fn generators_and_comprehensions() {
    let m = ok("def g():\n    yield 1\nx = [i for i in y]\nz = (i for i in y)\n");
    assert!(child(&m, "g").is_generator());
    assert!(!child(&m, "<listcomp>").is_generator());
    assert!(child(&m, "<genexpr>").is_generator());
    assert_eq!(child(&m, "<listcomp>").varnames, vec![".0", "i"]);
}

#[test]
fn try_finally_tables() {
    let m = ok("try:\n    a()\nfinally:\n    b()\n");
    assert!(!m.exception_table.is_empty());
    // The finally body is emitted twice (normal and exceptional path).
    let calls = ops(&m).iter().filter(|o| **o == Opcode::Call).count();
    assert_eq!(calls, 3);
}

#[test]
fn return_inside_finally_and_with() {
    ok(
        "def f():\n    for i in x:\n        with a:\n            try:\n                return 1\n            finally:\n                continue\n",
    );
    ok(
        "def f():\n    while 1:\n        try:\n            break\n        except:\n            return\n        finally:\n            pass\n",
    );
}

#[test]
fn line_numbers() {
    let m = ok("x = 1\n\ny = f(\n  2)\n");
    let lines: Vec<u32> = m.positions.iter().map(|p| p.line).collect();
    assert_eq!(lines[0], 1);
    assert!(lines.contains(&3));
}

#[test]
fn modes() {
    let e = compile("1 + 2", "<string>", Mode::Eval).unwrap();
    assert_eq!(ops(&e).last(), Some(&Opcode::ReturnValue));
    let s = compile("1 + 2\n", "<stdin>", Mode::Single).unwrap();
    assert!(ops(&s).contains(&Opcode::PrintExpr));
}

#[test]
fn big_ints() {
    let m = ok("x = 123456789012345678901234567890\ny = 0xffff_ffff_ffff_ffff_ff\n");
    assert!(m.consts.iter().any(|c| matches!(c, Constant::BigInt(_))));
}

#[test]
fn match_statement_uses_pattern_instructions() {
    let code = ok(
        "match x:\n    case [a, *_] | {'k': a}:\n        pass\n    case P(1, y=b) if b:\n        pass\n    case _:\n        pass\n",
    );
    let o = ops(&code);
    for op in [
        Opcode::MatchSequence,
        Opcode::MatchMapping,
        Opcode::MatchKeys,
        Opcode::MatchClass,
        Opcode::GetLen,
    ] {
        assert!(o.contains(&op), "{op:?} missing");
    }
}

#[test]
fn match_errors_match_cpython() {
    let cases = [
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "name capture 'y' makes remaining patterns unreachable",
            (2, 10),
        ),
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "wildcard makes remaining patterns unreachable",
            (2, 10),
        ),
        (
            "match x:\n    case [a, a]:\n        pass\n",
            "multiple assignments to name 'a' in pattern",
            (2, 14),
        ),
        (
            "match x:\n    case [a] | [b]:\n        pass\n",
            "alternative patterns bind different names",
            (2, 17),
        ),
        (
            "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "mapping pattern checks duplicate key ('a')",
            (2, 10),
        ),
    ];
    for (src, msg, pos) in cases {
        let e = compile(src, "t.py", Mode::Exec).unwrap_err();
        assert_eq!(
            (e.msg.as_str(), (e.line, e.col)),
            (msg, pos),
            "source {src:?}"
        );
    }
}
