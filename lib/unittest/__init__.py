"""A unit testing framework (a subset of CPython's unittest).

TestCase with fixtures, sub-tests, cleanups and the assert* methods;
skip/skipIf/skipUnless/expectedFailure; TestSuite, TestLoader,
TestResult, TextTestResult, TextTestRunner and main().

``python -m unittest [-v] [names]`` and ``discover`` (the top level of
the start directory only, "prefix*suffix" patterns), assertLogs and
assertNoLogs (with the logging package); the ndiff-style diffs of
assertEqual on lists, tuples, dicts and strings (unittest/_diff.py);
IsolatedAsyncioTestCase (without per-test context-variable isolation).

Not provided: unittest.mock, recursive discovery, assertWarns (there is
no warnings module), -c (catchbreak),
long strings inside the pretty-printed values of the assertEqual diffs
(pprint would split them over lines), caret lines in failure tracebacks, and the
DeprecationWarnings of the old assert* aliases.
"""
__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner",
           "TestLoader", "FunctionTestCase", "main", "defaultTestLoader",
           "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure",
           "TextTestResult", "getTestCaseNames", "makeSuite", "findTestCases",
           "IsolatedAsyncioTestCase"]

__unittest = True

from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                           skipUnless, expectedFailure)
from unittest.result import TestResult
from unittest.runner import TextTestResult, TextTestRunner
from unittest.suite import (BaseTestSuite, TestSuite, TestLoader, defaultTestLoader,
                            getTestCaseNames, makeSuite, findTestCases)
from unittest.main import TestProgram, main
from unittest.async_case import IsolatedAsyncioTestCase
