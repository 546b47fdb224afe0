# warnings filters: simplefilter/filterwarnings actions, catch_warnings(record=True), error action.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("a")
    warnings.warn("b", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    import os
    w[0].filename = os.path.basename(w[0].filename)
    print(w[0].lineno, w[0].filename, str(w[0]))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("x")
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn(RuntimeWarning("inst"))
    except RuntimeWarning as e:
        print('raised', repr(e))
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once-msg")
    warnings.warn("once-msg")
    print('once', len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("default-msg")
    warnings.warn("default-msg")
    print('default', len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("module-msg")
    warnings.warn("module-msg")
    print('module', len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=UserWarning, message="fatal")
    warnings.warn("skip this")
    warnings.warn("SKIP this too")
    warnings.warn("keep this")
    try:
        warnings.warn("fatal thing")
    except UserWarning as e:
        print('error action:', e)
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("in main, ignored")
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=80)
    warnings.warn("line 80 would be here")
    print(len(w))

shown = []

def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom")
print(shown, warnings.showwarning is not my_show)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
print('done')
import _warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    _warnings.warn("via _warnings")
    print([str(x.message) for x in w])
