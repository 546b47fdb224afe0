# raise ... from None hides the context
try:
    int("abc")
except ValueError:
    print("converting error")
    raise TypeError("expected a number") from None
