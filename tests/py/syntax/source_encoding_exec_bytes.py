# exec/eval/compile of bytes decode them as a source file is: a BOM, or a
# PEP 263 coding cookie on line 1 or 2.
ns = {}
exec(b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n", ns)
print(ns["s"], len(ns["s"]))
exec(b"#!/usr/bin/env python\n# coding: koi8-r\nt = '\xc1'\n", ns)
print(ns["t"], hex(ord(ns["t"])))
exec(b"\xef\xbb\xbfu = 'bom'\n", ns)
print(ns["u"])
print(eval(b"'\xc3\xa9'"))
code = compile(b"# coding: cp1252\nv = '\x80'\n", "<bytes>", "exec")
exec(code, ns)
print(ns["v"])
for src in [b"# coding: ascii\nx = '\xe9'\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"]:
    try:
        exec(src, ns)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    exec(b"x = '\x00'")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
