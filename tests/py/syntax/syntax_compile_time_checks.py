# Compile-time checks CPython does after parsing (symbol table and compiler):
# each snippet is compiled with compile() and the SyntaxError's message and
# line are printed.  The checks that the parser does not do are the point.

CASES = [
    # __debug__ cannot be bound: parameters, keywords, attributes, annotations
    "def f(__debug__): pass",
    "def f(*, __debug__): pass",
    "def f(**__debug__): pass",
    "def f(__debug__=1, /): pass",
    "lambda __debug__: 1",
    "f(__debug__=1)",
    "class C(__debug__=1): pass",
    "x.__debug__ = 1",
    "for x.__debug__ in y: pass",
    "with a as x.__debug__: pass",
    "x.__debug__: int",
    "__debug__: int",
    "x.__debug__ += 1",
    "del x.__debug__",
    # repeated keywords, in calls and class definitions
    "f(a=1, a=2)",
    "class C(a=1, a=2): pass",
    # future statements: only at the top, after the docstring
    '"doc"\nfrom __future__ import annotations\nx: y',
    "import os\nfrom __future__ import annotations",
    '"doc"\n"not a docstring"\nfrom __future__ import annotations',
    "from __future__ import division; import os; from __future__ import annotations",
    "from __future__ import division\nimport os\nfrom __future__ import annotations",
    "def f():\n    from __future__ import division",
    "from __future__ import braces",
    "from __future__ import nope",
    # unpacking in comprehensions, yield as a target, annotated targets
    "[*a for b in c]",
    "{*a for b in c}",
    "(*a for b in c)",
    "{**a for b in c}",
    "def f(): x = yield = 1",
    "def f(): yield = 1",
    "def f(): (yield) = 1",
    "def f(): x = yield from y = 1",
    "[x]: int",
    "(a, b): int = 1",
    "(a): int = 1",
    "f((a)=1)",
    "try:\n    pass\nexcept A, B:\n    pass",
    # assignment expressions in comprehensions inside a class: 3.11 looks
    # the target up unmangled in the enclosing scopes
    "class Foo:\n    def f(self):\n        global __x\n        [_Foo__x := 1 for a in b]",
    "class Foo:\n    def f(self):\n        global __x\n        [__x := 2 for a in b]",
    "class Foo:\n    def f(self):\n        [[__y := 1 for __y in x] for a in b]",
    "class Foo:\n    def f(self):\n        [[_Foo__z := 1 for __z in x] for a in b]",
    # f-strings: replacement fields nest at most two format specs deep
    'f"{x:{y}}"',
    'f"{x:{y:{z}}}"',
    'f"{x:{y!r:{z}}}"',
    # PEP 646 (3.11): starred annotation of *args, starred subscripts
    "def f(*args: *Ts): pass",
    "x[*a] = 1",
    "x = y[1:2, *a]",
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, "(line %s)" % e.lineno)

# The annotation of *args: *Ts is the single element of [*Ts].
ns = {}
exec("def f(*args: *Ts): pass", {"Ts": [int]}, ns)
print(ns["f"].__annotations__)
exec("from __future__ import annotations\ndef f(*args: *Ts): pass", {}, ns)
print(ns["f"].__annotations__)
