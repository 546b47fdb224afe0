# expect: SyntaxError: assignment to yield expression not possible
def f(): x = yield = 1
