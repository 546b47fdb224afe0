# __init_subclass__ hook
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Alpha):
    pass
print(registry, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class X(Base): pass
class Y(X): pass
print(Base.subclasses)
