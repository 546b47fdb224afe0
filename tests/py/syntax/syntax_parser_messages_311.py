# The parser's messages for rules of 3.11's grammar (invalid_parameters,
# invalid_try_stmt, starred expressions, ...), through compile().

CASES = [
    "def f(**k, a): pass",
    "def f(a, /, b, /): pass",
    "def f(*a, *b): pass",
    "def f(*, a, /): pass",
    "def f(*a=1): pass",
    "def f(**a=1): pass",
    "x = 1 if 2",
    "try:\n    pass\nx = 1",
    "try:\n    pass\nexcept*:\n    pass",
    "try:\n    pass\nexcept:\n    pass\nexcept* E:\n    pass",
    "x = (*a)",
    "x = {1: *a}",
    "A[:*b]",
    "A[*b:] = 1",
    "def f(x: *b): pass",
    "x: *b = 1",
    "x = 1 + *a",
    "with *a: pass",
    "for x in *a: pass",
    "x = *a",
    "def f(a: *b): pass",
    "def f(a=): pass",
    "def f(a, *, b=): pass",
    "f(a=)",
    "x = {1:}",
    "def f: pass",
    "def f(/): pass",
    "def f(/, a): pass",
    "lambda /, a: 1",
    "f(a, *b=1)",
    "f(a.b=1)",
    "f(1=2)",
    "[x, y for x in z]",
    "{x, y for x in z}",
    "(x, y for x in z)",
    "x = [1, 2 for]",
    "def f((a)): pass",
    "def f(a, b=1, (c)): pass",
    "lambda (a): 1",
    "from x import a,",
    "import a,",
    "try:\n    pass\nexcept A, B as e:\n    pass",
    'x = b"a" "b"',
    'x = "a" b"b"',
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, "(line %s)" % e.lineno)
