# Failure messages of the assert* methods, as CPython 3.11 words them.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        text = str(e)
        # The ndiff part CPython appends (after a blank line) is not compared.
        if name in ("assertListEqual", "assertTupleEqual", "assertSequenceEqual",
                    "assertDictEqual", "assertMultiLineEqual") or \
                (name == "assertEqual" and isinstance(args[0], (list, tuple, dict, str))):
            if isinstance(args[0], str):
                text = text.split("\n")[0]
            for cut in ("\n\n- ", "\n- ", "\n\n+ ", "\n+ "):
                text = text.split(cut)[0]
            text = text.rstrip("\n")
        print(name, "->", repr(text))
    except Exception as e:
        print(name, "raised", type(e).__name__, e)
    else:
        print(name, "passed")


show("assertEqual", 1, 2)
show("assertEqual", 1, 1)
show("assertEqual", 1, 2, "custom")
show("assertEqual", "a" * 100, "a" * 99 + "b")
show("assertEqual", [1, 2, 3], [1, 2, 4])
show("assertEqual", [1, 2, 3], [1, 2])
show("assertEqual", (1,), (1, 2))
show("assertEqual", {"a": 1}, {"a": 2})
show("assertEqual", "abc", "abd")
show("assertEqual", [1, 2], (1, 2))
show("assertNotEqual", 3, 3)
show("assertTrue", 0)
show("assertTrue", [])
show("assertFalse", [1])
show("assertTrue", False, "why")
show("assertIs", 1, None)
show("assertIsNot", None, None)
show("assertIsNone", 5)
show("assertIsNotNone", None)
show("assertIn", 1, [2])
show("assertNotIn", 2, [2])
show("assertIsInstance", 1, str)
show("assertNotIsInstance", 1, int)
show("assertAlmostEqual", 1.0, 1.1)
show("assertAlmostEqual", 1.0, 1.00000001)
show("assertAlmostEqual", 1.0, 1.1, places=3)
show("assertAlmostEqual", 10, 15, delta=2)
show("assertAlmostEqual", 10, 11, delta=2)
show("assertAlmostEqual", 1, 2, places=1, delta=1)
show("assertNotAlmostEqual", 1.0, 1.0)
show("assertNotAlmostEqual", 1.0, 1.00000001)
show("assertNotAlmostEqual", 10, 11, delta=2)
show("assertGreater", 1, 2)
show("assertGreaterEqual", 1, 2)
show("assertLess", 2, 1)
show("assertLessEqual", 2, 1)
show("assertCountEqual", [1, 2, 2], [2, 1, 2])
show("assertCountEqual", [1, 2, 2, 3], [2, 1, 4])
show("assertCountEqual", [[1], [2]], [[2], [1]])
show("assertCountEqual", [[1], [2]], [[2], [3]])
show("assertSetEqual", {1, 2}, {2, 3})
show("assertSetEqual", {1}, {1, 5})
show("assertSetEqual", {1}, 5)
show("assertListEqual", [1], (1,))
show("assertTupleEqual", (1, 2), (1, 3))
show("assertSequenceEqual", [1, 2], (1, 2))
show("assertSequenceEqual", "ab", "ac")
show("assertDictEqual", {1: 2}, [])
show("assertMultiLineEqual", "a\nb", "a\nc")
show("assertMultiLineEqual", 1, "a")
show("assertRegex", "hello", "^x")
show("assertRegex", "hello", "ell")
show("assertNotRegex", "hello", "l+")
show("assertEquals", 1, 2)
show("failUnless", 0)
show("assertNotEquals", 1, 1)
show("fail")
show("fail", "boom")

t.longMessage = False
show("assertEqual", 1, 2, "only custom")
show("assertEqual", 1, 2)
t.longMessage = True


class Special(Exception):
    pass


class R(unittest.TestCase):
    failureException = Special

    def runTest(self):
        pass


try:
    R().assertEqual(1, 2)
except Special as e:
    print("custom failureException:", e)
