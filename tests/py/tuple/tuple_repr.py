# repr of tuples
print((), (1,), (1, 2), ((1,),), ((),), ("a",), (None, ...), (1, [2, (3,)]), tuple(range(3)))
print(str((1.0, "x")), repr(("é", "it's")))
t = ([],)
t[0].append(t)
print(t)
print(tuple.__name__, (1, 2).__len__(), type(()).__name__)
