# while/else, for/else with break
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("not printed")
print("broke at", n)
for i in range(3):
    pass
else:
    print("for completed", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("for broke at", i)
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find([1, 2, 3], 2), find([1, 2, 3], 9))
for i in []:
    print("never")
else:
    print("empty for still runs else")
k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
    print("k", k)
