# intern, getdefaultencoding, flags that are implementation independent
import sys
print(sys.getdefaultencoding())
a = sys.intern("hello world")
b = sys.intern("hello " + "world")
print(a is b, a == b)
print(type(sys.flags).__name__ if False else "flags ok", sys.maxunicode, hex(sys.maxunicode))
