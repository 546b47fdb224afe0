# list comparisons and equality of nested objects
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [] == ())
print([1, 2] < [1, 2, 3], [3] > [2, 9, 9], [1, 2] <= [1, 2], ["a"] < ["b"], [[1]] < [[2]])
print([1.0, 2] == [1, 2.0], [True] == [1], [0] == [False])
print([1, 2] in [[1, 2], [3]], (1, 2) in [[1, 2]], [] in [[]])
class E:
    def __eq__(self, other):
        print("eq called")
        return True
e = E()
print(e in [1, 2], [e] == [e], [e] == [1])
x = float("nan")
print([x] == [x], x in [x])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
