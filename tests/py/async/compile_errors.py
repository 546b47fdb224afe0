# CPython's SyntaxErrors for misplaced await / async constructs.
cases = [
    "await x\n",
    "def f():\n    await x\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    class C:\n        await x\n",
    "def f():\n    async with x: pass\n",
    "async with x: pass\n",
    "def f():\n    async for i in x: pass\n",
    "async for i in x: pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield 1\n    return None\n",
    "async def f():\n    yield 1\n    return\n",
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return {x: 1 async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [[x async for x in y] for z in w]\n",
    "def f():\n    return [[x async for x in y] for z in w]\n",
    "async def f():\n    lambda: [x async for x in y]\n",
    "async def f():\n    return [(yield) for x in y]\n",
    "async def f(a=await x): pass\n",
    "async def f():\n    def g(a=await x): pass\n",
    "def f():\n    yield from (await 3)\n",
    "async def f():\n    class A:\n        [x async for x in y]\n",
    "async def f():\n    await x\n    async with a as b, c:\n        async for i in d:\n            pass\n",
]
for src in cases:
    try:
        code = compile(src, "t.py", "exec")
        flags = [c.co_flags & 0x3a0 for c in code.co_consts if hasattr(c, "co_flags")]
        print("ok", flags)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
