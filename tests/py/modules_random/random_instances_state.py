# independent Random instances and getstate/setstate
import random
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.random() == r2.random() for _ in range(3)])
print(r1.randint(0, 100), r2.randint(0, 100))
state = r1.getstate()
seq1 = [r1.random() for _ in range(3)]
r1.setstate(state)
seq2 = [r1.random() for _ in range(3)]
print(seq1 == seq2, seq1)
random.seed(5)
g = random.random()
r3 = random.Random(5)
print(g == r3.random())
r4 = random.Random()
r4.seed(2024)
print(r4.randrange(1000), r4.choice(range(10)), r4.getrandbits(16))
