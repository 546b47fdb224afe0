# The traceback text stored in result.errors / result.failures: runner and
# assert* frames left out, chained exceptions shown.
import unittest


def helper():
    raise KeyError("deep")


class T(unittest.TestCase):
    def test_nested_call(self):
        helper()

    def test_chained(self):
        try:
            helper()
        except KeyError as e:
            raise ValueError("wrapped") from e

    def test_context(self):
        try:
            helper()
        except KeyError:
            self.assertEqual(1, 2)

    def test_suppressed(self):
        try:
            helper()
        except KeyError:
            raise TypeError("no context") from None

    def test_assert_in_helper(self):
        self.check(3)

    def check(self, n):
        self.assertLess(n, 2, "n too big")


def clean(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("  File "):
            # keep the function name, drop the path and line number
            line = "  File <...>, in " + line.rsplit(", in ", 1)[1]
        out.append(line)
    return "\n".join(out)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
for kind, items in (("error", result.errors), ("failure", result.failures)):
    for test, text in items:
        print("####", kind, test.id())
        print(clean(text))
