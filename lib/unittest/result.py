"""TestResult: collects the outcome of tests."""
import io
import sys
import traceback

__unittest = True


STDOUT_LINE = "\nStdout:\n%s"
STDERR_LINE = "\nStderr:\n%s"


def _is_unittest_frame(frame):
    return "__unittest" in frame.f_globals


class TestResult:
    """Collects the outcome of tests: failures, errors, skips, ..."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            self._original_stdout = sys.stdout
            self._original_stderr = sys.stderr
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        """With buffer on: puts sys.stdout/stderr back, first copying the
        captured output there when the test failed."""
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith("\n"):
                        output += "\n"
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith("\n"):
                        error += "\n"
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        if self.failfast:
            self.stop()
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addFailure(self, test, err):
        if self.failfast:
            self.stop()
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            if issubclass(err[0], test.failureException):
                target = self.failures
            else:
                target = self.errors
            target.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and len(self.unexpectedSuccesses) == 0)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err as CPython's unittest shows it: the
        runner's own frames (and, for failureException, the assert*
        frames) left out, chained exceptions included."""
        exctype, value, tb = err
        failure = getattr(test, "failureException", None)
        chain = []
        seen = set()
        cur_type, cur, cur_tb = exctype, value, tb
        while True:
            chain.append((cur_type, cur, cur_tb))
            if cur is None:
                break
            seen.add(id(cur))
            if cur.__cause__ is not None:
                nxt, note = cur.__cause__, traceback._cause_message
            elif cur.__context__ is not None and not cur.__suppress_context__:
                nxt, note = cur.__context__, traceback._context_message
            else:
                break
            if id(nxt) in seen:
                break
            chain.append(note)
            cur_type, cur, cur_tb = type(nxt), nxt, nxt.__traceback__
        lines = []
        for item in reversed(chain):
            if isinstance(item, str):
                lines.append(item)
            else:
                lines.extend(self._format_one(item, failure))
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith("\n"):
                    output += "\n"
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith("\n"):
                    error += "\n"
                lines.append(STDERR_LINE % error)
        return "".join(lines)

    def _format_one(self, err, failure):
        exctype, value, tb = err
        entries = list(traceback.walk_tb(tb))
        # Drop the leading unittest frames (the runner's own).
        while entries and _is_unittest_frame(entries[0][0]):
            entries.pop(0)
        if failure is not None and exctype is failure:
            # ... and, for assertion failures, the assert* frames.
            for i, (frame, lineno) in enumerate(entries):
                if _is_unittest_frame(frame):
                    entries = entries[:i]
                    break
        lines = []
        if entries:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.StackSummary.extract(entries).format())
        lines.extend(traceback.format_exception_only(exctype, value))
        return lines

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (
            type(self).__module__, type(self).__qualname__, self.testsRun,
            len(self.errors), len(self.failures))
