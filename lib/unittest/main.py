"""unittest.main: run the tests of a module from the command line."""
import sys

from unittest.suite import defaultTestLoader
from unittest.runner import TextTestRunner

__unittest = True

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram:
    """Loads the tests of a module (or the names given in argv), runs them
    and, when exit is true, exits with status 0 (all passed) or 1."""

    def __init__(self, module="__main__", defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        if module is None:
            self.module = None
        elif isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNamePatterns = None
        self.progName = argv[0] if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(_USAGE % {"prog": self.progName}, end="")
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        self.discover = None
        if self.module is None and args and args[0] == "discover":
            args.pop(0)
            self.discover = {"start": ".", "pattern": "test*.py"}
        while args:
            arg = args.pop(0)
            if arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-b", "--buffer"):
                self.buffer = True
            elif arg in ("-c", "--catch"):
                self.catchbreak = True
            elif arg == "--locals":
                self.tb_locals = True
            elif arg == "-k":
                if not args:
                    self.usageExit("error: argument -k: expected one argument")
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(args.pop(0))
            elif self.discover is not None and arg in ("-s", "--start-directory",
                                                       "-p", "--pattern") and args:
                key = "start" if arg in ("-s", "--start-directory") else "pattern"
                self.discover[key] = args.pop(0)
            elif arg in ("-h", "--help"):
                print(_USAGE % {"prog": self.progName}, end="")
                sys.exit(0)
            elif arg.startswith("-") and arg != "-":
                self.usageExit("error: unrecognized arguments: %s" % arg)
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.module is None and self.testNames is None:
            if self.discover is None:
                self.discover = {"start": ".", "pattern": "test*.py"}
            self.test = self.testLoader.discover(self.discover["start"],
                                                 self.discover["pattern"])
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast),
                                buffer=bool(self.buffer), warnings=self.warnings,
                                tb_locals=self.tb_locals)
            except TypeError:
                runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
