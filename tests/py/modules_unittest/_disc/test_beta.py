import unittest


class Beta(unittest.TestCase):
    def test_ok(self):
        pass
