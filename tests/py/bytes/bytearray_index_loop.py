# Indexing a big bytearray in a loop (each index used to copy the data).
n = 300000
marks = bytearray(n)
for v in range(n):
    marks[v] += 1
for v in range(0, n, 3):
    marks[v] += marks[v]
print(marks.count(1), marks.count(2), marks[-1], marks[n - 3])
b = bytes(marks)
print(sum(b[i] for i in range(n)))
try:
    marks[n]
except IndexError as e:
    print(e)
try:
    b[-n - 1]
except IndexError as e:
    print(e)
