# exceptions with loops, break/continue
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("f")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stop at", i)
        break
count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        count += 1
    finally:
        count += 10
print(count)
