# expect: SyntaxError: from __future__ imports must occur at the beginning of the file
def f():
    from __future__ import division
