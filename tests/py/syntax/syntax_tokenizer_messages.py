# tokenizer errors: number literals, tabs, empty f-string expressions
sources = [
    "x = 1__0\n", "x = 1_\n", "x = 0_\n", "x = 1a\n", "x = 0x\n", "x = 0xg\n",
    "x = 0b2\n", "x = 0b1_\n", "x = 0o8\n", "x = 0o\n", "x = 1.5e\n", "x = 1e+\n",
    "x = 5j_\n", "x = 012\n", "x = 0_0_1\n", "x = 0009\n", "x = 1.__class__\n",
    "x = f'{}'\n", "x = f'{ }'\n", "x = f'{!r}'\n", "x = f'{:x}'\n", "x = f'{=}'\n",
    "x = (f'a{x}{}')\n",
    "if True:\n\tx = 1\n        y = 2\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n\tif 1:\n\t\tx = 1\n\t        y = 2\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
# valid literals next to keywords and tabs used consistently
for src in ["x = [0x1for x in (1,)]\n", "x = 1if 1else 2\n", "x = 0 or 1\n",
            "x = 0o17, 0b_1, 0x_f, 1_000.5e-3j, .5, 5., 00, 0e0\n",
            "if 1:\n\tif 1:\n\t\tx = 1\n\ty = 2\n"]:
    compile(src, "<ok>", "exec")
print("valid sources compiled")
