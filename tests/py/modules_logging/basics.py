# logging: hierarchy, levels, handlers, formatters, lastResort, basicConfig.
import io
import sys
import logging

# Before any configuration: a logger with no handlers uses lastResort
# (message only, WARNING and up, to the current sys.stderr).
saved = sys.stderr
sys.stderr = io.StringIO()
log = logging.getLogger("app")
log.info("hidden info")
log.warning("warned %s", "here")
log.error("an error")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
print(logging.root.handlers)

print(repr(logging.getLogger()), repr(log), logging.getLogger("app") is log)
print(logging.getLogger("root") is logging.root)
child = logging.getLogger("app.sub.leaf")
print(child.parent is log)
mid = logging.getLogger("app.sub")
print(child.parent is mid, mid.parent is log, log.parent is logging.root)
print(log.getChild("sub") is mid)
print(child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
mid.setLevel("DEBUG")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))
print(repr(child))
print(logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    log.setLevel(None)
except TypeError as e:
    print("TypeError", e)

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(levelno)d|%(message)s"))
log.addHandler(h)
child.debug("deep %d", 1)
child.info("dict %(a)s", {"a": "A"})
log.debug("not shown: app is WARNING by default via root")
log.setLevel(logging.INFO)
log.info("now shown")
h.setLevel(logging.ERROR)
log.warning("filtered by handler level")
log.critical("critical!")
h.setLevel(logging.NOTSET)
mid.propagate = False
child.warning("stops at mid (no handler there)")
mid.propagate = True
child.addFilter(logging.Filter("other"))
child.warning("filtered out by logger filter")
child.filters.clear()
h.addFilter(logging.Filter("app.sub"))
log.warning("filtered by handler filter")
child.warning("passes handler filter")
h.filters.clear()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("caught")
print(stream.getvalue().replace("\n  File", "\n<File>").split("\n<File>")[0])
print(stream.getvalue().rstrip("\n").split("\n")[-1])
log.removeHandler(h)

# {-style formatter and defaults
stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
log.addHandler(h2)
log.warning("brace %s", "style")
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 3, "m %s", ("a",), None)
out = fmt.format(rec)
print(len(out.split(" ")[0]) == 4, out.split(" ", 1)[1], rec.filename, rec.module)
print(logging.Formatter().format(rec), rec.getMessage(), rec.levelname)
print(repr(stream2.getvalue()))
log.removeHandler(h2)

# module-level functions configure the root logger on first use
sys.stderr = io.StringIO()
logging.warning("default %s", "format")
logging.info("below WARNING")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)

# basicConfig does nothing once root has handlers, unless force=True
s3 = io.StringIO()
logging.basicConfig(stream=s3, level=logging.DEBUG)
logging.debug("ignored config")
logging.basicConfig(stream=s3, level=logging.DEBUG, format="%(name)s-%(message)s", force=True)
logging.debug("forced")
logging.getLogger("x.y").info("from %s", "x.y")
print(repr(s3.getvalue()))
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print("ValueError", e)
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
print(repr(s3.getvalue()[-20:]))
print(logging.WARN, logging.FATAL, logging.NOTSET)
