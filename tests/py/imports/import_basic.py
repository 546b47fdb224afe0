# import a sibling module and use its attributes
print("before import")
import _helper
print("after import")
print(_helper.CONST, _helper.greet("world"), _helper.Thing(), _helper.__name__, _helper.__doc__)
print(_helper.bump(), _helper.bump(), _helper.counter)
print(type(_helper).__name__, _helper.__file__.endswith("_helper.py"))
