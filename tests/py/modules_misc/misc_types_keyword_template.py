# types.SimpleNamespace and type names, keyword, string.Template and Formatter
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"))
ns.c = [1]
print(ns, vars(ns))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.FunctionType.__name__, types.ModuleType.__name__)
print(types.GeneratorType.__name__, types.MethodType.__name__, types.NoneType)
import keyword, string
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(string.Template("$who likes ${what}!").substitute(who="tim", what="kung pao"))
print(string.Formatter().format("{0}-{x!r:>5}", 1, x="a"))
