# warnings.warn: default output format on stderr, once per location, stacklevel, categories.
import warnings
import io
import contextlib

err = io.StringIO()
with contextlib.redirect_stderr(err):
    warnings.warn("deep", stacklevel=50)

    def f():
        warnings.warn("in f", DeprecationWarning, stacklevel=2)

    f()
    for i in range(3):
        warnings.warn("loop")
    for i in range(2):
        warnings.warn("loop %d" % i)
    warnings.warn(UserWarning("instance"))
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("ignored by default", PendingDeprecationWarning)

    def g():
        warnings.warn("deprecated in g", DeprecationWarning)

    g()
    warnings.warn("dep here", DeprecationWarning)
import os
for line in err.getvalue().splitlines():
    # CPython reports the main script's absolute path; print its base name.
    if not line.startswith(' '):
        line = os.path.basename(line)
    print(repr(line))
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  some line  "), end='')
print(repr(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 3)))
for bad in [lambda: warnings.warn("x", 1), lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", lineno=-1), lambda: warnings.filterwarnings("ignore", message=1),
            lambda: warnings.filterwarnings("ignore", category=int)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ':', e)
print(warnings.filters[:2])
