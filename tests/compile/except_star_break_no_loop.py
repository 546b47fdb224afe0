# expect: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
try:
    raise ValueError
except* Exception as e:
    break
