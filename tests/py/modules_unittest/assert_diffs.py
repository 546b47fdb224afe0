# The ndiff-style diffs appended to assertEqual failure messages for
# lists, tuples, dicts and strings, and maxDiff truncation.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(*args):
    try:
        t.assertEqual(*args)
    except AssertionError as e:
        print(str(e))
        print("-----")


show([1, 2, 3], [1, 2, 4])
show([1, 2, 3], [1, 2])
show((1, "abc", None), (1, "abd", None))
show(list(range(30)), list(range(1, 31)))
show({"b": 1, "a": [1, 2]}, {"a": [1, 3], "b": 1})
show({i: "v" * i for i in range(8)}, {i: "v" * (i + 1) for i in range(8)})
show("abc", "abd")
show("hello world\nsecond line\nthird\n", "hello there world\nsecond line\nthird\n")
show("a\nb\nc", "a\nc\nd")
show("one\ntwo\nthree\nfour\n", "zero\none\ntwo\n3\nfour\n")
show({1, 2}, {2, 3})
t.maxDiff = 20
show([1, 2, 3], [1, 2, 4])
show("x" * 10 + "\n" + "y" * 10, "x" * 10 + "\n" + "z" * 10)
t.maxDiff = None
show([[1, 2] * 10, [3] * 30], [[1, 2] * 10, [4] * 30])
try:
    t.assertListEqual([1], [2], "note")
except AssertionError as e:
    print(e)
