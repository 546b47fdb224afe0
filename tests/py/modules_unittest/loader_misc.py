# TestLoader (names, prefix, sorting, loadTestsFromName(s)), TestCase
# identity helpers, FunctionTestCase, TestResult without a runner.
import sys
import unittest


class Sample(unittest.TestCase):
    """Class doc."""

    def test_b(self):
        """Second test.

        Details."""

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5

    def runTest(self):
        pass


class Empty(unittest.TestCase):
    def runTest(self):
        print("Empty.runTest")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda x, y: (y > x) - (y < x)
print(loader.getTestCaseNames(Sample))
print(unittest.TestLoader.sortTestMethodsUsing("a", "b"))

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(list(suite)[0]), str(list(suite)[0]))
print([t.shortDescription() for t in suite])
empty = unittest.defaultTestLoader.loadTestsFromTestCase(Empty)
print([str(t) for t in empty])

mod = sys.modules[__name__]
s = unittest.defaultTestLoader.loadTestsFromModule(mod)
print(s.countTestCases())
s = unittest.defaultTestLoader.loadTestsFromName("Sample.test_a", mod)
print([t.id() for t in s])
s = unittest.defaultTestLoader.loadTestsFromNames(["Sample", "Empty"], mod)
print(s.countTestCases())
bad = unittest.defaultTestLoader.loadTestsFromName("Nope", mod)
print(bad.countTestCases(), [t.id() for t in bad])
r = unittest.TestResult()
bad.run(r)
print(r.testsRun, [e.strip().split("\n")[-1] for t, e in r.errors])

try:
    Sample("missing")
except ValueError as e:
    print("ValueError", e)

print(Sample("test_a") == Sample("test_a"), Sample("test_a") == Sample("test_b"))
print(len({Sample("test_a"), Sample("test_a")}))
print(Sample("test_a").countTestCases())
print(Sample().id())

try:
    unittest.TestSuite().addTest(Sample)
except TypeError as e:
    print("TypeError", e)
try:
    unittest.TestSuite("abc")
except TypeError as e:
    print("TypeError", e)

# A bare TestResult
result = unittest.TestResult()
unittest.TestSuite([Sample("test_a"), Empty()]).run(result)
print(result.testsRun, result.wasSuccessful(), result.errors, result.failures)


def plain():
    "Plain function doc."
    print("plain called")


def broken():
    raise IndexError("broken")


ft = unittest.FunctionTestCase(plain)
print(str(ft), ft.id(), ft.shortDescription())
result = unittest.TestResult()
unittest.TestSuite([ft, unittest.FunctionTestCase(broken, description="d")]).run(result)
print(result.testsRun, [(str(t), e.strip().split("\n")[-1]) for t, e in result.errors])

# run() without a result makes its own
r = Sample("test_a").run()
print(type(r).__name__, r.testsRun)


# expectedFailure on a class, skip on a class method via a decorator
@unittest.expectedFailure
class XF(unittest.TestCase):
    def test_x(self):
        self.fail("expected")


r = unittest.TestResult()
XF("test_x").run(r)
print(len(r.expectedFailures), r.wasSuccessful())


class Sk(unittest.TestCase):
    @unittest.skip
    def test_bare(self):
        pass


r = unittest.TestResult()
Sk("test_bare").run(r)
print(r.skipped[0][1] == "", r.testsRun)

# doCleanups called directly, cleanups run in LIFO order
c = Sample("test_a")
c.addCleanup(print, "first added")
c.addCleanup(print, "second added", sep="-")
print(c.doCleanups())
print(issubclass(unittest.SkipTest, Exception), Sample.maxDiff, Sample.longMessage)
