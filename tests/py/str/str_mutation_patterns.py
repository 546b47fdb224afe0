# building strings
parts = []
for i in range(10):
    parts.append(str(i * i))
print("|".join(parts))
s = ""
for i in range(5):
    s += chr(ord("a") + i)
print(s)
s2 = s
s += "!"
print(s, s2)
print("abc"[::-1] + "abc".upper()[1:], "%s-%s" % ("x", 3))
words = "the rain in spain stays mainly".split()
print(" ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(len("x" * 100000), ("ab" * 50000).count("ba"))
