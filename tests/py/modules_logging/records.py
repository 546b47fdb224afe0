# logging: caller information, exc_info, extra, custom levels, handler
# subclasses and reprs, Logger.log, LogRecord dict args.
import io
import logging

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(module)s %(message)s"))
log = logging.getLogger("rec")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)


def work():
    log.info("inside work")
    log.debug("value=%r", {"k": 1})


def wrapper():
    log.warning("reported for the caller", stacklevel=2)


work()
wrapper()
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
try:
    log.log("INFO", "bad level")
except TypeError as e:
    print("TypeError", e)
print(stream.getvalue(), end="")

stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter("%(message)s [%(user)s]"))
log.handlers = [h2]
log.info("with extra", extra={"user": "ann"})
try:
    log.info("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("inner problem")
except ValueError as exc:
    h2.setFormatter(logging.Formatter("%(message)s"))
    log.error("failed", exc_info=True)
    log.error("with instance", exc_info=exc)
text = stream2.getvalue()
print(text.split("\n")[0])
print([l for l in text.split("\n") if l.startswith(("ValueError", "failed", "with", "Traceback"))])


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append((record.levelname, record.name, self.format(record)))


lh = ListHandler()
lh.setLevel("WARNING")
log.handlers = [lh]
log.info("dropped")
log.warning("kept %s and %s", 1, 2)
log.getChild("kid").error("from kid")
print(lh.seen)
print(repr(lh), repr(h), repr(logging.NullHandler()))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})))
r = logging.makeLogRecord({"msg": "%(x)s-%(y)s", "args": {"x": 1, "y": 2}})
print(r.getMessage(), r.levelno)
r = logging.LogRecord("n", 10, "p.py", 1, "%(x)s", ({"x": 5},), None)
print(r.getMessage(), r.args)
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
