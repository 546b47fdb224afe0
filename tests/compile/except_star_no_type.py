# expect: SyntaxError: expected one or more exception types
try:
    pass
except*:
    pass
