# Struct sequences (time.struct_time, sys.float_info, ...) print as
# named records with their module-qualified type names.
import sys
import time

t = time.gmtime(0)
print(t)
print(repr(t))
print(type(t), type(sys.float_info), type(sys.int_info))
print(sys.int_info)
print(tuple(t)[:3], t.tm_year, t[0], len(t))


class T(tuple):
    pass


print(T((1, 2)), repr(T()))
