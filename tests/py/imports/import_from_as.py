# from-import and aliases
from _helper import greet, CONST as answer, Thing
import _helper as h
from _helper import counter
print(greet("from"), answer, Thing(), h.CONST, h is __import__("_helper"))
h.bump()
print(counter, h.counter)
import math as m, sys as s
print(m.floor(2.5), s.maxsize > 0)
from collections import deque as dq, OrderedDict
print(dq([1]), OrderedDict.__name__)
