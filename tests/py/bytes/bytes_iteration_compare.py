# sorting, comparing, hashing bytes in containers
items = [b"b", b"a", b"", b"ab", b"\xff", b"A"]
print(sorted(items), max(items), min(items))
d = {b"k": 1, b"k2": 2}
print(d[b"k"], b"k" in d, "k" in d)
s = {b"a", b"a", bytes([97])}
print(len(s))
print(b"abc".startswith(b""), b"abc"[3:], b"abc"[-10:10], b"x" * 0)
print(b"a,b".split(b","), [bytes([c]) for c in b"xyz"])
for c in b"AZ":
    print(c, chr(c), bytes([c + 1]))
