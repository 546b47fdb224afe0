#!/usr/bin/env python3
# coding: koi8-r
# The cookie may be on line 2 when line 1 is a comment.
s = 'привет'
print(s, len(s), [hex(ord(c)) for c in s])
