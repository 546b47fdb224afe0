# The builtins module's namespace is the one name lookup falls back to.
import builtins
print(type(builtins).__name__, builtins.__name__)
print(builtins.len is len, builtins.__import__ is __import__)
builtins.my_new_builtin = 42
print(my_new_builtin)
def f():
    return my_new_builtin + 1
print(f())
del builtins.my_new_builtin
try:
    my_new_builtin
except NameError as e:
    print("NameError:", e)
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-3))
builtins.abs = orig
print(abs(-3))
print(hasattr(builtins, "print"), "print" in dir(builtins))
