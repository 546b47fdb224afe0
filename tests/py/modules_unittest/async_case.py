# IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups, each test
# on its own loop, failures and errors reported as for TestCase.
import asyncio
import io
import unittest

log = []


class AsyncCtx:
    async def __aenter__(self):
        log.append("aenter")
        return 42

    async def __aexit__(self, *exc):
        log.append("aexit")


class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")

    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        self.addCleanup(log.append, "sync cleanup")

    async def cleanup(self, what):
        await asyncio.sleep(0)
        log.append(what)

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")

    async def test_a_await(self):
        value = await asyncio.sleep(0, result=7)
        log.append("test_a %d" % value)
        self.assertEqual(value, 7)

    async def test_b_gather(self):
        async def twice(x):
            await asyncio.sleep(0)
            return x * 2
        self.assertEqual(await asyncio.gather(twice(1), twice(2)), [2, 4])
        log.append("loop is running: %s" % asyncio.get_running_loop().is_running())

    async def test_c_fails(self):
        await asyncio.sleep(0)
        self.assertIn("x", "abc")

    async def test_d_error(self):
        raise RuntimeError("async boom")

    def test_e_sync(self):
        log.append("sync test")

    async def test_f_context(self):
        log.append("ctx %d" % await self.enterAsyncContext(AsyncCtx()))

    async def test_g_raises(self):
        with self.assertRaises(ZeroDivisionError):
            await asyncio.sleep(0)
            1 / 0
        log.append("raises ok")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
for line in stream.getvalue().split("\n"):
    if " ... " in line or line.startswith(("FAIL", "ERROR", "AssertionError", "RuntimeError")):
        print(line)
print(result.testsRun, len(result.failures), len(result.errors))
for entry in log:
    print("log:", entry)
