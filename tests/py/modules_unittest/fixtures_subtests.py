# setUp/tearDown, class and module fixtures, cleanups, subTest,
# assertRaises forms, and the order in which they run.
import io
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(lambda: log.append("cleanup2"))

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a")

    def test_b_fails(self):
        log.append("test_b")
        self.fail("nope")

    def test_c_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("msg", x=1):
            with self.subTest(y=2):
                raise ValueError("inner")
        with self.subTest():
            pass

    def test_d_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        log.append("exc: %r" % (cm.exception,))
        self.assertRaises(KeyError, {}.__getitem__, "x")
        with self.assertRaisesRegex(ValueError, "in.a"):
            int("inva")
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            log.append(str(e))
        try:
            self.assertRaises(ValueError, len, [])
        except AssertionError as e:
            log.append(str(e))
        try:
            with self.assertRaisesRegex(ValueError, "^z"):
                raise ValueError("abc")
        except AssertionError as e:
            log.append(str(e))
        try:
            with self.assertRaises(TypeError, msg="extra"):
                pass
        except AssertionError as e:
            log.append(str(e))
        try:
            with self.assertRaises((TypeError, KeyError)):
                pass
        except AssertionError as e:
            log.append(str(e))
        try:
            self.assertRaises(1)
        except TypeError as e:
            log.append("TypeError: %s" % e)
        with self.assertRaises(ValueError):
            with self.assertRaises(KeyError):
                raise ValueError("passes through")

    def test_e_cleanup_error(self):
        def bad():
            raise RuntimeError("in cleanup")
        self.addCleanup(bad)


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("B.setUpClass")
        raise RuntimeError("class setup broke")

    def test_never(self):
        log.append("never")


@unittest.skip("whole class")
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("C.setUpClass")

    def test_one(self):
        pass

    def test_two(self):
        pass


class D(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("from setUp")

    def test_x(self):
        log.append("D.test_x")


class E(unittest.TestCase):
    def setUp(self):
        raise OSError("setup broke")

    def tearDown(self):
        log.append("E.tearDown not called")

    def test_y(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (A, B, C, D, E):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for entry in log:
    print("log:", entry)
for line in stream.getvalue().split("\n"):
    if line.startswith("Ran "):
        line = line[:line.index(" in ")]
    elif line.startswith("  File "):
        line = "  File <...>"
    print(line)
print(result)
for test, text in result.errors + result.failures:
    print(type(test).__name__, test.id(), text.strip().split("\n")[-1])
