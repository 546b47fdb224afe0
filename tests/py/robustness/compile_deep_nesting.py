# Deeply nested source given to compile()/exec()/eval(): the same outcome as
# CPython 3.11 (success, SyntaxError, RecursionError from the compiler, or
# the bare MemoryError of its parser's stack limit), never a native stack
# overflow.


def attempt(name, src, mode="exec"):
    try:
        compile(src, "<deep>", mode)
        print(name, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, type(e).__name__, repr(str(e)))


# The tokenizer's limit of 200 open brackets.
attempt("parens 100000", "(" * 100000 + ")" * 100000)
attempt("parens 200", "(" * 200 + "1" + ")" * 200)
attempt("parens 201", "(" * 201 + "1" + ")" * 201)
attempt("list 200", "[" * 200 + "]" * 200)
attempt("list 201", "[" * 201 + "]" * 201)
attempt("list 10000", "[" * 10000 + "]" * 10000)
attempt("dict 150", "{1:" * 150 + "1" + "}" * 150)
attempt("dict 10000", "{1:" * 10000 + "1" + "}" * 10000)
attempt("call 150", "f(" * 150 + ")" * 150)
attempt("call 10000", "f(" * 10000 + ")" * 10000)

# Left-recursive chains parse, then the compiler's depth limit stops them.
attempt("plus 1000", "1" + "+1" * 1000)
attempt("plus 100000", "1" + "+1" * 100000)
attempt("attr 100000", "a" + ".b" * 100000)
attempt("subscript 10000", "a" + "[0]" * 10000)
attempt("calls 10000", "a" + "()" * 10000)

# Right-recursive chains: the compiler's limit first, the parser's later.
attempt("minus 1000", "-" * 1000 + "1")
attempt("minus 3500", "-" * 3500 + "1")
attempt("minus 5969", "-" * 5969 + "1")
attempt("minus 5970", "-" * 5970 + "1")
attempt("minus 100000", "-" * 100000 + "1")
attempt("invert 100000", "~" * 100000 + "1")
attempt("not 100000", "not " * 100000 + "1")
attempt("power 2984", "2" + "**2" * 2984)
attempt("power 2985", "2" + "**2" * 2985)
attempt("power 100000", "2" + "**2" * 100000)
attempt("lambda 1000", "lambda: " * 1000 + "1")
attempt("lambda 100000", "lambda: " * 100000 + "1")
attempt("ifexp 10000", "1 if 1 else " * 10000 + "1")
attempt("eval minus 100000", "-" * 100000 + "1", "eval")

# Flat but long: fine.
attempt("and 20000", "x and " * 20000 + "1")
attempt("string 1 MB", "'" + "a" * 1000000 + "'")
attempt("concat 100000", " ".join(["'a'"] * 100000))
attempt("tuple 50000", "(" + "1," * 50000 + ")")

# Indentation.
attempt("def 100", "".join(" " * i + "def f():\n" for i in range(100)) + " " * 100 + "pass\n")
attempt("if 101", "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "pass\n")

# Code that compiles runs, and the program goes on after the errors.
print(eval("-" * 999 + "1"))
print(eval("[" * 50 + "7" + "]" * 50))
ns = {}
exec("x = " + "1+" * 999 + "1", ns)
print(ns["x"])
try:
    exec("-" * 100000 + "1")
except MemoryError as e:
    print("exec", type(e).__name__)
print("done")
