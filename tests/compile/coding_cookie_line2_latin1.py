# expect: ok
# -*- coding: latin-1 -*-
# The cookie on line 2 counts: line 1 is only a comment.
s = 'café'
