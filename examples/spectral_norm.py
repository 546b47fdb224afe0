# Spectral norm: estimate the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1) with the power method.


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(v):
    n = len(v)
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def multiply_atv(v):
    n = len(v)
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def multiply_atav(v):
    return multiply_atv(multiply_av(v))


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = multiply_atav(u)
        u = multiply_atav(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return (vbv / vv) ** 0.5


for n in (10, 50, 100):
    print(f"n = {n:3}: {spectral_norm(n):.9f}")
