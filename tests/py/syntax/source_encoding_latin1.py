# -*- coding: latin-1 -*-
# A PEP 263 coding cookie: this file is ISO-8859-1, not UTF-8.
s = 'café à la crème'
print(s, len(s), [hex(ord(c)) for c in s if ord(c) > 127])
import _latin1_module
print(_latin1_module.WORD, len(_latin1_module.WORD))
