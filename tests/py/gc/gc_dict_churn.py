# dicts and closures that reference each other, plus string churn
checksum = 0
for i in range(400_000):
    d = {"id": i, "name": "obj%d" % i}
    d["self"] = d
    f = lambda: d["id"]
    d["getter"] = f
    checksum = (checksum + d["getter"]() + len(d["name"])) % 1_000_003
print(checksum)
words = []
for i in range(100_000):
    s = str(i) * 3
    if s.endswith("999"):
        words.append(s)
print(len(words), words[:3], words[-1])
