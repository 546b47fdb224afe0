# unittest.main(exit=False) with argv variants: -v, -q, test names, -k,
# a custom stream runner; result objects inspected afterwards.
import io
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        print("Alpha.test_one")

    def test_two(self):
        print("Alpha.test_two")
        self.assertGreater(2, 1)


class Beta(unittest.TestCase):
    def test_three(self):
        print("Beta.test_three")
        self.assertEqual(3, 4)

    @unittest.skipIf(True, "always")
    def test_skipped(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_unless(self):
        print("Beta.test_unless")


def clean(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("Ran "):
            line = line[:line.index(" in ")]
        elif line.startswith("  File "):
            line = "  File <...>"
        out.append(line)
    return "\n".join(out)


def run(argv, **kwargs):
    print("==== argv", argv[1:], sorted(kwargs))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop("verbosity", 1))
    prog = unittest.main(argv=argv, exit=False, testRunner=runner, **kwargs)
    print(clean(stream.getvalue()))
    r = prog.result
    print("run", r.testsRun, "fail", len(r.failures), "err", len(r.errors),
          "skip", len(r.skipped), "ok", r.wasSuccessful())


run(["prog"])
run(["prog", "Alpha"])
run(["prog", "Alpha.test_two", "Beta.test_unless"])
run(["prog", "-k", "three"])
run(["prog", "-k", "*Alpha.test_t*"])
run(["prog", "-k", "test_?ne", "-k", "unless"])
run(["prog", "-k", "*test_[ou]n*"])
run(["prog"], defaultTest="Beta")

# Runner built by main from the class: -v / -q change verbosity; output on stderr.
old_stderr = sys.stderr
for flags in (["-v"], ["-q"], []):
    sys.stderr = io.StringIO()
    try:
        prog = unittest.main(argv=["prog"] + flags + ["Alpha"], exit=False)
    finally:
        captured = sys.stderr.getvalue()
        sys.stderr = old_stderr
    print("---- flags", flags, prog.verbosity)
    print(clean(captured))

# exit=True raises SystemExit with the status.
sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "Beta.test_three"])
except SystemExit as e:
    status = e.code
finally:
    sys.stderr = old_stderr
print("SystemExit code", status)
sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "Alpha"])
except SystemExit as e:
    status = e.code
finally:
    sys.stderr = old_stderr
print("SystemExit code", status)
