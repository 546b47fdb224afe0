# sorted/min/max with key/default/reverse
data = [("apple", 3), ("fig", 1), ("banana", 3), ("kiwi", 2)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(min(data, key=lambda p: p[1]), max(data, key=lambda p: p[1]), max(data, key=lambda p: len(p[0])))
print(min([], default="empty"), max((), default=None), min([5], default=0), max(3, 7, 5), min("hello"))
print(max([1, 3, 2], key=lambda v: -v), min(1, 2, key=lambda v: -v), max([2, 2.0]), max([2.0, 2]))
print(min([[2], [1, 9], [1]]), max("a", "bb", key=len), min({3: "a", 1: "b"}))
for call in (lambda: min(), lambda: max([]), lambda: min(1), lambda: min([], [], default=1), lambda: max(1, 2, default=0), lambda: min([1, "a"])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted("Hello World"), sorted([3, 1, 2], reverse=True), sorted((1.5, -1, 0)), sorted([]))
print(sorted(["b", "A", "c"], key=str.casefold), sorted([-3, 2, -1], key=abs))
