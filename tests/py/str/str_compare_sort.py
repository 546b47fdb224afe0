# ordering of strings is by code point
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "", "a", "ab", "aB", "10", "9", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words), min(words), max(words, key=len), min(words, key=len))
print("a" * 3 < "a" * 4, "b" > "abc", "\uffff" < "\U00010000", "é" > "z")
print(sorted(["b", "a", "c"]) == ["a", "b", "c"], "abc" <= "abc", "abc" >= "abd")
