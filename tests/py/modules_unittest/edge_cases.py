# failfast, skips inside sub-tests, class cleanups, tearDownClass errors,
# enterContext, expectedFailure with sub-tests, custom type equality.
import io
import unittest

log = []


class Ctx:
    def __enter__(self):
        log.append("enter")
        return "ctx-value"

    def __exit__(self, *exc):
        log.append("exit")
        return False


class Mixin:
    def test_from_mixin(self):
        log.append("mixin " + type(self).__name__)


class A(Mixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.addClassCleanup(log.append, "class cleanup A")

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")
        raise RuntimeError("teardown class broke")

    def test_ctx(self):
        log.append(self.enterContext(Ctx()))

    def test_skip_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("odd one")
                log.append("sub %d" % i)

    @unittest.expectedFailure
    def test_xfail_subtest(self):
        with self.subTest(k=1):
            self.assertTrue(False)
        log.append("not reached")

    def test_type_equality(self):
        class Pt:
            def __init__(self, x):
                self.x = x
        self.addTypeEqualityFunc(Pt, lambda a, b, msg=None: log.append("custom eq %d %d" % (a.x, b.x)))
        self.assertEqual(Pt(1), Pt(2))


class B(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        log.append("B.test_2 ran")

    def test_3_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)


def run(cls, **kw):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    r = unittest.TextTestRunner(stream=stream, verbosity=2, **kw).run(suite)
    for line in stream.getvalue().split("\n"):
        if " ... " in line or line.startswith(("FAIL", "ERROR", "OK", "UNEXP")):
            print(line)
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
          len(r.expectedFailures), r.shouldStop)


run(A)
run(B, failfast=True)
run(B)
for entry in log:
    print("log:", entry)
