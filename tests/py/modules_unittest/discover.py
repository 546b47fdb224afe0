# TestLoader.discover and unittest.main(module=None) with "discover"
# (the top level of the start directory only).
import io
import unittest

suite = unittest.TestLoader().discover("_disc")
print(suite.countTestCases())
print(sorted(t.id() for s in suite for c in s for t in c))
suite = unittest.TestLoader().discover("_disc", pattern="test_b*.py")
print(suite.countTestCases())

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(module=None, argv=["prog", "discover", "-s", "_disc"],
                     exit=False, testRunner=runner)
print(prog.result.testsRun, len(prog.result.failures))
print("\n".join(l for l in stream.getvalue().split("\n") if " ... " in l))
