# nested loops, break/continue in the right loop
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        out.append((i, j))
print(out)
count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += j
print(count)
