# __getattr__, __getattribute__, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T:
    pass
t = T()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p.log)
try:
    p.zzz
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Everything:
    def __getattribute__(self, name):
        if name.startswith("magic"):
            return "magic:" + name
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
e = Everything()
e.real = "real value"
print(e.magic_x, e.real, e.other)
class Raiser:
    def __getattribute__(self, name):
        raise AttributeError("custom " + name)
    def __getattr__(self, name):
        return "recovered " + name
print(Raiser().anything)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Default:
    def __getattr__(self, name):
        if name == "special":
            return 99
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Default()
print(d.special, getattr(d, "x", "dflt"), hasattr(d, "special"), hasattr(d, "x"))
