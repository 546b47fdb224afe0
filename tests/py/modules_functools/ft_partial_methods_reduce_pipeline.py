# composing functions with reduce/partial
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
pipeline = compose(str.strip, str.lower, partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(pipeline("  Hello World  "))
inc = partial(lambda a, b: a + b, 1)
print(compose(inc, inc, inc)(0), compose()(42))
matrix = [[1, 2], [3, 4], [5, 6]]
print(reduce(lambda acc, row: [a + b for a, b in zip(acc, row)], matrix))
