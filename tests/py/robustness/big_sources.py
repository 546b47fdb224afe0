# Sources of about a megabyte compiled and run: long literals, many
# statements, long flat expressions, and huge constant tuples.  Only the
# size is hostile; each one must compile and give CPython's result.

def run(name, src, mode="eval"):
    try:
        if mode == "eval":
            r = eval(src)
        else:
            ns = {}
            exec(src, ns)
            r = ns.get("x")
        if isinstance(r, (list, tuple, dict, str, bytes)):
            r = (type(r).__name__, len(r))
        print(name, len(src) // 1000, "kB ok", r)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, len(src) // 1000, "kB", type(e).__name__, str(e))


run("list literal", "[" + "1," * 500000 + "]")
run("tuple literal", "(" + "7," * 500000 + ")")
run("dict literal", "{" + ",".join("%d: %d" % (i, i) for i in range(40000)) + "}")
run("str literal escapes", "'" + "\\x41" * 250000 + "'")
run("bytes literal", "b'" + "z" * 1000000 + "'")
run("concatenated strings", " ".join(["'ab'"] * 200000))
run("statements", "x = 0\n" + "x += 1\n" * 60000, "exec")
run("if chain", "x = 0\n" + "".join("if x == %d: x = %d\n" % (i, i + 1) for i in range(10000)), "exec")
run("sum of names", "x = 1\n" + "y = " + " or ".join(["x"] * 100000) + "\n", "exec")
run("call with many args", "max(" + "1," * 100000 + "2)")
run("big int literal", "1" * 4000 + " % 97")
run("long name", "x = " + "y" * 1000000 + " = 5", "exec")
run("long comment", "# " + "c" * 1000000 + "\nx = 5", "exec")
