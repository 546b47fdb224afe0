# expect: SyntaxError: dict unpacking cannot be used in dict comprehension
x = {**a for b in c}
