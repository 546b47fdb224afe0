# Indexing, slicing and find on non-ASCII strings, scanning forwards and backwards.
s = "a\u00e9\u4e2db\U0001F600" * 40 + "xyz"
print(len(s), "".join(s[i] for i in range(len(s))) == s)
print("".join(s[i] for i in range(len(s) - 1, -1, -1)) == s[::-1])
print(s[3:7], s[-5:], s[198:205], s[5:5], s[7:3], repr(s[400:]))
print(s[1:30:7], s[::-37], s[-1], s[-len(s)])
pos = []
i = s.find("\U0001F600")
while i != -1:
    pos.append(i)
    i = s.find("\U0001F600", i + 1)
print(len(pos), pos[:5], pos[-1])
print(s.find("b", 100, 120), s.rfind("\u00e9", 0, 50), s.count("\u4e2d", 10, 100), s.index("xyz"))
chunks = []
j = 0
while j < len(s):
    chunks.append(s[j:j + 9])
    j += 9
print("".join(chunks) == s, chunks[3], chunks[-1])
