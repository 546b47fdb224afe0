# generator expression scoping and laziness
x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
lst = [1, 2, 3]
g2 = (v for v in lst)
lst = [9, 9]
print(list(g2))
def evaluated_first():
    print("iterable evaluated")
    return [1, 2]
g3 = (v for v in evaluated_first())
print("generator created")
print(list(g3))
try:
    g4 = (v for v in 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(list((a, b) for a in range(3) for b in range(a)))
print(max((len(w), w) for w in "the quick brown".split()))
