# larger list workloads
a = list(range(100000))
print(sum(a), len(a), a[-1], a[50000])
b = a[::-1]
print(b[:3], b[-3:])
c = [x * x for x in a if x % 1000 == 0]
print(len(c), c[:5], c[-1])
a.reverse()
print(a[0], a.index(0))
del a[::2]
print(len(a), a[:3])
m = [[i * j for j in range(50)] for i in range(50)]
print(sum(map(sum, m)), m[49][49], [row[1] for row in m][:5])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
flat = [x for row in m[:3] for x in row[:3]]
print(flat)
