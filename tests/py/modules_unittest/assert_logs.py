# assertLogs / assertNoLogs (they use the logging package).
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertLogs("svc", level="INFO") as cm:
    logging.getLogger("svc").info("first %d", 1)
    logging.getLogger("svc.db").error("second")
    logging.getLogger("svc").debug("too low")
print(cm.output)
print([r.getMessage() for r in cm.records])

with t.assertLogs() as cm:
    logging.getLogger("any").warning("to root")
print(cm.output)

for level in (None, "ERROR", logging.CRITICAL):
    try:
        with t.assertLogs("quiet", level=level):
            logging.getLogger("quiet").info("info only")
    except AssertionError as e:
        print("AssertionError:", e)

with t.assertNoLogs("calm"):
    logging.getLogger("calm").debug("debug is below INFO")
try:
    with t.assertNoLogs("calm", "WARNING"):
        logging.getLogger("calm").error("oops %s", "x")
except AssertionError as e:
    print("AssertionError:", e)

lg = logging.getLogger("restore")
lg.setLevel(logging.ERROR)
h = logging.NullHandler()
lg.addHandler(h)
with t.assertLogs(lg, "DEBUG"):
    lg.debug("captured")
print(lg.level, lg.handlers == [h], lg.propagate)
try:
    with t.assertLogs("exc"):
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError", e)
