# iteration over strings
for ch in "abc":
    print(ch, end=" ")
print()
print(list("héllo"), tuple("ab"), set("aaa"), dict.fromkeys("ab"))
print(list(enumerate("xyz")), list(zip("abc", "12")), list(reversed("abc")))
print(sorted("banana"), sorted("banana", reverse=True), "".join(sorted(set("mississippi"))))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print([c * 2 for c in "ab"], {c: ord(c) for c in "ab"})
print(max("abc"), min("abc"), sum(map(ord, "abc")), "".join(map(str.upper, "abc")))
print("a,b".split(",") == list("ab"), list(map(len, ["", "a", "ab"])))
