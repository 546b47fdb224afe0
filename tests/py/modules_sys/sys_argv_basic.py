# sys.argv, sys.maxsize, version_info
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_basic.py"), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), tuple(sys.version_info[:2]) == (3, 11))
print(sys.byteorder, type(sys.path).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, __name__)
