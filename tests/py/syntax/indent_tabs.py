# Indentation with tabs: CPython's tokenizer counts a tab as up to 8 columns
# (and checks that tabs as 1 column order the lines the same way).  Each
# snippet is compiled with compile() and the verdict printed; good ones run.

CASES = [
    # dedent to a column no block has, once the tab counts as 8 columns
    "if 1:\n\t        if 1:\n            pass\n",
    "if 1:\n\t        x = 1\n        y = 2\n",
    "if 1:\n\tif 1:\n\t\tpass\n    x = 1\n",
    "def f():\n    # comment\n\t        with a:\n            b\n",
    # inconsistent tabs and spaces (TabError)
    "if 1:\n  \tx = 1\n\ty = 2\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n    if 1:\n\tx = 1\n",
    # which error: a grammar-level indentation error stops the parser before
    # the tokenizer reaches a later line; on the same line the tokenizer's
    # check comes first
    "if 1:\n    x = 1\n      y = 2\n z = 3\n",
    "  if 1:\n    x = 1\n   y = 2\n",
    "if 1:\nx = 1\n\ty = 2\n    z = 3\n",
    "if 0:\n\tprint(1)\n    print(2)\n",
    "if 1:\n\tx = 1\nif 0:\n    if 1:\n            if 1:\n\t y = 2\n",
    # consistent
    "def f():\n\tif 1:\n\t\treturn 1\n\treturn 2\nr = f()\n",
    "class A:\n\tdef f(self):\n\t    return 3\nr = A().f()\n",
    "if 1:\n\t        x = 1\n\t        r = x + 1\n",
    "if 1:\n\tif 1:\n\t        r = 4\n",
]

for src in CASES:
    try:
        code = compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno, e.offset)
        continue
    ns = {}
    exec(code, ns)
    print("ok", ns.get("r"))
