# counting and grouping patterns
text = "the quick brown the lazy dog the end quick"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
index = {w: i for i, w in enumerate(text.split())}
print(index)
d = {}
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d[...] = "ellipsis"
d[int] = "type"
print(d[(1, 2)], d[frozenset([1])], d[None], d[...], d[int], len(d))
