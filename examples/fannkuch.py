# Fannkuch ("pancake flipping"): for every permutation of 1..n, repeatedly
# reverse the first k elements (k = first element) until 1 is at the front.
# We report the largest number of flips and a checksum over all permutations.


def count_flips(perm):
    perm = perm[:]
    flips = 0
    first = perm[0]
    while first != 0:
        perm[:first + 1] = perm[first::-1]
        flips += 1
        first = perm[0]
    return flips


def permutations_in_fannkuch_order(n):
    # Generates permutations by rotations, the order the original benchmark uses.
    perm = list(range(n))
    count = [0] * n
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        yield perm
        while True:
            if r == n:
                return
            perm.insert(r, perm.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def fannkuch(n):
    checksum = 0
    max_flips = 0
    for index, perm in enumerate(permutations_in_fannkuch_order(n)):
        flips = count_flips(perm)
        max_flips = max(max_flips, flips)
        checksum += flips if index % 2 == 0 else -flips
    return checksum, max_flips


for n in range(3, 8):
    checksum, max_flips = fannkuch(n)
    print(f"{checksum}\nPfannkuchen({n}) = {max_flips}")
