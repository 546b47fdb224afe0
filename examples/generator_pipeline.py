# Generators chained into a pipeline: each stage pulls values from the one
# before it, one at a time, so no stage ever builds a full list.
from itertools import islice


def integers(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes(numbers):
    found = []
    for n in numbers:
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def pairs(values):
    # Yield consecutive pairs: (a, b), (b, c), ...
    it = iter(values)
    prev = next(it)
    for value in it:
        yield prev, value
        prev = value


def twin_primes(limit):
    for p, q in pairs(primes(integers())):
        if p > limit:
            return
        if q - p == 2:
            yield p, q


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    yield "liftoff!"


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


print("first 10 primes:", list(islice(primes(integers()), 10)))
print("twin primes below 200:", list(twin_primes(200)))
print("running total of 1..10:", list(running_total(range(1, 11))))

squares = (n * n for n in integers())
even_squares = (s for s in squares if s % 2 == 0)
print("first 5 even squares:", list(islice(even_squares, 5)))

print("countdown:", " ".join(str(x) for x in chain(countdown(3), ["done"])))

gen = countdown(2)
print("step by step:", next(gen), next(gen), next(gen))
print("exhausted gives default:", next(gen, "nothing left"))

words = ["generators", "are", "lazy", "and", "composable"]
lengths = {w: len(w) for w in words}
longest = max(words, key=lengths.get)
print("longest word:", longest, "with", lengths[longest], "letters")
print("sum of first 1000 primes:", sum(islice(primes(integers()), 1000)))
