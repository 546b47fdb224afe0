"""TestSuite (with class and module fixtures) and TestLoader."""
import sys
import functools

from unittest import case
from unittest.case import strclass

__unittest = True


class _ErrorHolder:
    """Stands in for a test in the results when a fixture
    (setUpClass, tearDownModule, ...) fails."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_suite(test):
    try:
        iter(test)
    except TypeError:
        return False
    return True


class BaseTestSuite:
    """A collection of tests, run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, "countTestCases"):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule around the tests."""

    def run(self, result, debug=False):
        top = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if not _is_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, "_classSetupFailed", False)
                        or getattr(result, "_moduleSetUpFailed", False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _fixture_error(self, result, exc, method, parent):
        error = _ErrorHolder("%s (%s)" % (method, parent))
        if isinstance(exc, case.SkipTest) and hasattr(result, "addSkip"):
            result.addSkip(error, str(exc))
        else:
            result.addError(error, sys.exc_info())

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(current, "setUpClass", None)
        if setup is not None:
            try:
                setup()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                current._classSetupFailed = True
                self._fixture_error(result, e, "setUpClass", strclass(current))
            if current._classSetupFailed and hasattr(current, "doClassCleanups"):
                current.doClassCleanups()
                for info in current.tearDown_exceptions:
                    result.addError(_ErrorHolder("setUpClass (%s)" % strclass(current)), info)

    def _previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is not None:
            return previous.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previous = self._previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        setup = getattr(module, "setUpModule", None)
        if setup is not None:
            try:
                setup()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._fixture_error(result, e, "setUpModule", current)

    def _handleModuleTearDown(self, result):
        previous = self._previous_module(result)
        if previous is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        teardown = getattr(module, "tearDownModule", None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._fixture_error(result, e, "tearDownModule", previous)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, "tearDownClass", None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._fixture_error(result, e, "tearDownClass", strclass(previous))
        if hasattr(previous, "doClassCleanups"):
            previous.doClassCleanups()
            for info in previous.tearDown_exceptions:
                result.addError(_ErrorHolder("tearDownClass (%s)" % strclass(previous)), info)


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


# The class is known under this name in CPython.
_FailedTest.__module__ = "unittest.loader"


def _failed_test(name, exception):
    return _FailedTest(name, exception)


class TestLoader:
    """Finds the tests of TestCase classes and modules."""

    testMethodPrefix = "test"
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    @staticmethod
    def sortTestMethodsUsing(x, y):
        return (x > y) - (x < y)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module = __import__(".".join(remaining))
                    break
                except ImportError:
                    remaining.pop()
                    if not remaining:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                # Like CPython, the error is reported when the test runs.
                self.errors.append("Failed to access attribute:\n%s" % (e,))
                return self.suiteClass([_failed_test(part, e)])
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            inst = parent(parts[-1])
            if not isinstance(getattr(inst, parts[-1]), type(lambda: 0)):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Loads the tests of the modules in start_dir whose file names
        match pattern (only the "prefix*suffix" form; sub-packages are
        not searched)."""
        import os
        start_dir = os.path.abspath(start_dir)
        if start_dir not in sys.path:
            sys.path.insert(0, start_dir)
        head, star, tail = pattern.partition("*")
        tests = []
        for name in sorted(os.listdir(start_dir)):
            if not name.endswith(".py") or not os.path.isfile(os.path.join(start_dir, name)):
                continue
            if star:
                if not (name.startswith(head) and name.endswith(tail)
                        and len(name) >= len(head) + len(tail)):
                    continue
            elif name != pattern:
                continue
            module = __import__(name[:-3])
            tests.append(self.loadTestsFromModule(module, pattern=pattern))
        return self.suiteClass(tests)

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if not patterns:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_pattern_match(full, p) for p in patterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


def _pattern_match(name, pattern):
    """-k matching: fnmatch-style (*, ?, [seq]) and case-sensitive; a
    pattern without '*' matches as a substring."""
    import re
    if "*" not in pattern:
        pattern = "*%s*" % pattern
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            start = i
            if start < len(pattern) and pattern[start] == "!":
                start += 1
            if start < len(pattern) and pattern[start] == "]":
                start += 1
            j = pattern.find("]", start)
            if j < 0:
                out.append("\\[")
            else:
                body = pattern[i:j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[%s]" % body)
                i = j + 1
        else:
            out.append(re.escape(c))
    return re.fullmatch("".join(out), name, re.DOTALL) is not None


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=TestSuite, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    loader.testNamePatterns = testNamePatterns
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = _make_loader(prefix, sortUsing, testNamePatterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=None, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
