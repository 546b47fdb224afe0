# compile-time errors of the match statement, as CPython reports them
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case Point(x=a, y=a):\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | []:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case 1 | _:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (1 as a) | (2 as a) as a:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: 1, True: 2}:\n        pass\n",
    "match x:\n    case {0: 1, -0.0: 2}:\n        pass\n",
    "match x:\n    case {b'k': 1, b'k': 2}:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case Point(x=1, 2):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1j + 1:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case [1, 2] | [_, *_] | y:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case z:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiled:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")

# valid: irrefutable patterns guarded or last, wildcards inside others
ok = [
    "match x:\n    case y if y:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case [_, *_] | (_, _):\n        pass\n    case {**rest}:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case (a, b) | (b, a):\n        pass\n",
    "match = 1\ncase = 2\nmatch match:\n    case case:\n        pass\n",
]
for src in ok:
    compile(src, "<ok>", "exec")
print("all valid sources compiled")
