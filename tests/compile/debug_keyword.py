# expect: SyntaxError: cannot assign to __debug__
f(__debug__=1)
