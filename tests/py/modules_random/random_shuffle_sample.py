# shuffle and sample
import random
random.seed(7)
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample("abcdefghij", 4))
print(sorted(random.sample(range(1000000), 5)))
print(random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
print(random.sample(["x", "y"], k=5, counts=[3, 2]))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
words = ["w%d" % i for i in range(10)]
random.shuffle(words)
print(words)
