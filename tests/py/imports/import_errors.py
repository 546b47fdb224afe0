# ImportError / ModuleNotFoundError messages
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name =", e.name)
try:
    import _pkg.not_there
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name =", e.name)
try:
    from _helper import not_defined_here
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0], "| name =", e.name)
try:
    from no_such_pkg.mod import x
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import _raises_on_import
except ValueError as e:
    print("import raised", type(e).__name__ + ":", e)
import sys
print("_raises_on_import" in sys.modules)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(ModuleNotFoundError, ImportError))
