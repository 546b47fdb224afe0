# expect: SyntaxError: cannot assign to __debug__
lambda __debug__: 1
