# eval and exec with explicit namespaces
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("y = 10\ndef f(a):\n    return a + y\n", ns)
print(ns["y"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("z = 1 + 1", {}, loc)
print(loc)
print(eval("a + b", {"a": 1}, {"b": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_name_q")
except NameError as e:
    print(type(e).__name__ + ":", e)
code = compile("3 * 7", "<expr>", "eval")
print(eval(code), type(code).__name__)
