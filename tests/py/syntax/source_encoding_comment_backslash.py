# A backslash ends this comment; it continues nothing, so line 2 is a cookie \
# -*- coding: latin-1 -*-
s = 'café'
print(len(s), ascii(s))
