# The classes of sys's streams and of sys.implementation name their modules
# as CPython's do.
import sys

for s in (sys.stdout, sys.stderr, sys.stdin):
    t = type(s)
    print(t.__module__, t.__name__, t.__qualname__, repr(t))
print(type(sys.implementation).__module__, type(sys.implementation).__name__)
print(repr(type(sys.implementation)))
print(sys.stdout.__class__ is sys.stderr.__class__)
