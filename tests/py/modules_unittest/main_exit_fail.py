# unittest.main() with a failing test exits with status 1; the summary
# line "FAILED (failures=1)" is the last line of stderr.
import unittest


class T(unittest.TestCase):
    def test_good(self):
        print("running test_good")
        self.assertIn(1, [1, 2])

    def test_bad(self):
        print("running test_bad")
        self.assertIn(1, [2])


if __name__ == "__main__":
    unittest.main()
