#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring."""
# a comment
def f():
    """Function docstring."""
    # comment in body
    return 1  # trailing comment
class C:
    """Class docstring."""
    x = 1  # attr
print(__doc__, f.__doc__, C.__doc__, f())
def g():
    x = 1
    """not a docstring"""
    return x
print(g.__doc__)
print("# not a comment", '"""not a docstring"""')
