# buffer=True (-b): output of passing tests is swallowed; that of failing
# tests is echoed after the test and added to the report.
import io
import sys
import unittest


class T(unittest.TestCase):
    def test_a_quiet(self):
        print("hidden: passing test output")

    def test_b_loud(self):
        print("shown: failing test output")
        sys.stderr.write("err text")
        self.fail("boom")

    def test_c_error(self):
        print("partial line", end="")
        raise ValueError("bad")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2)
print("before")
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print("after", sys.stdout is sys.__stdout__ or type(sys.stdout).__name__)
for test, text in result.failures + result.errors:
    print("####", test.id())
    print(text.split("\n", 1)[0])
    print(text[text.index("\n", text.index("Error: ")):])
print(result.buffer, result.testsRun)
print("\n".join(l for l in stream.getvalue().split("\n") if " ... " in l))
