"""Names for built-in types (Taipan's `types`), taken as type(...) of
samples, plus SimpleNamespace and new_class."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:
    # Class __dict__ is a plain dict in Taipan; the read-only view that
    # enum's __members__ and user code build explicitly is this class.
    class MappingProxyType:
        """Read-only proxy of a mapping."""

        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if (not hasattr(mapping, '__getitem__') or
                    not hasattr(mapping, 'keys') or
                    isinstance(mapping, (list, tuple))):
                raise TypeError("mappingproxy() argument must be a mapping, "
                                "not %s" % type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        __hash__ = None

        def __or__(self, other):
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._mapping,)

        def __str__(self):
            return str(self._mapping)

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object attribute '%s' is "
                                 "read-only" % name)

    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
    MappingProxyType.__module__ = 'builtins'


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    try:
        FrameType = type(_e.__traceback__.tb_frame)
    except AttributeError:
        pass
    del _e

try:
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError, TypeError):
    pass

try:
    GetSetDescriptorType = type(FunctionType.__code__)
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass

del sys, _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        ids = _repr_running
        key = id(self)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if key in ids:
            return name + "(...)"
        ids.add(key)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            ids.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()
SimpleNamespace.__module__ = "types"


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def resolve_bases(bases):
    return tuple(bases)


CoroutineType = None
AsyncGeneratorType = None


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _coro, _ag


def coroutine(func):
    """Convert a regular generator function into a coroutine (its
    generators may then be awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & 0x180:
            # An async def function, or already marked.
            return func
        if code.co_flags & 0x20:
            import _coroutines
            return _coroutines.iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or (
                type(coro) is GeneratorType
                and coro.gi_code.co_flags & 0x100):
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    wrapped.__doc__ = getattr(func, '__doc__', None)
    return wrapped


class _GeneratorWrapper:
    """What types.coroutine makes of a generator returned by a callable that
    is not a generator function: awaitable, and iterable like it."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


class DynamicClassAttribute(property):
    pass


GenericAlias = type(list[int]) if hasattr(list, '__class_getitem__') else None
UnionType = type(int | str)
