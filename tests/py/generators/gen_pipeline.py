# generator pipelines
def read_lines():
    data = """alpha 3
beta 7
# comment
gamma 12

delta 5"""
    for line in data.splitlines():
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, val = line.split()
        yield name, int(val)
def big(items, limit):
    return ((n, v) for n, v in items if v > limit)
print(list(big(parse(non_empty(read_lines())), 4)))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(15, primes())))
print(sum(take(100, (x * x for x in naturals() if x % 3 == 0))))
