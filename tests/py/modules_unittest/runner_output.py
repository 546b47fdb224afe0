# TextTestRunner output at verbosity 0, 1 and 2 (timing line removed).
import io
import unittest


class Basic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError("k")

    def test_doc(self):
        """First doc line.

        More text."""

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    def helper(self):
        pass


def run(verbosity, descriptions=True):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Basic)
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions)
    result = runner.run(suite)
    for line in stream.getvalue().split("\n"):
        if line.startswith("Ran "):
            print(line[:line.index(" in ")])
        elif line.startswith("  File "):
            print("  File <...>")
        else:
            print(line)
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    print([str(t) for t, _ in result.skipped], [r for _, r in result.skipped])


for v in (0, 1, 2):
    print("---- verbosity", v)
    run(v)
print("---- no descriptions")
run(2, descriptions=False)
