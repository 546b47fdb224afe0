# user-defined exceptions
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code
class WithStr(AppError):
    def __str__(self):
        return "custom str"
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code, repr(e))
try:
    raise WithStr("ignored arg")
except AppError as e:
    print(str(e), repr(e), e.args)
try:
    raise NoSuperInit(1, 2)
except Exception as e:
    print(repr(e), str(e), e.args, e.a)
print(repr(Exception()), repr(Exception(1, "two")), str(Exception(1, "two")), str(Exception("one")), str(Exception()))
print(repr(ValueError("q")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
e = AppError("x")
e.extra = 5
print(e.extra, e.args)
e.args = ("changed",)
print(e)
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as err:
    print("caught as KeyError", repr(err), str(err))
