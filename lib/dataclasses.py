"""Data classes (Taipan's `dataclasses`), with CPython 3.11's behaviour.

`@dataclass` reads the class's own `__annotations__` (after the fields of
dataclass bases, in reverse MRO order), turns each annotated name into a
`Field`, and adds the methods the parameters ask for, never replacing one
the class defines itself.  `__init__` is generated as source text and run
with `exec` so that it has a real signature (and Python's own messages for
missing or unexpected arguments); the other methods are closures over the
field names.

ClassVar and InitVar pseudo-fields are recognised as objects (`typing.ClassVar`,
`typing.ClassVar[int]`, `InitVar[int]`) and as strings (`"ClassVar[int]"`,
`"typing.ClassVar"`, `"dataclasses.InitVar[int]"`) looked up in the class's
module, as CPython does with a regular expression.

Not done: `weakref_slot`, and the generated `__doc__` writes annotations
with `repr`-like names rather than through `inspect.formatannotation` for
anything but classes and strings.
"""

import sys
import copy
import types
import keyword
import builtins

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _Slotted:
    __slots__ = ('slot',)


# The type of a __slots__ entry in a class dict (a slotted class's
# annotated name with no default has one of these as its class attribute).
_MemberDescriptorType = getattr(types, 'MemberDescriptorType',
                                type(_Slotted.__dict__['slot']))
del _Slotted


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Objects being repr'd by the current thread, to print "..." for cycles.
_repr_running = set()


def _recursive_repr(user_function):
    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return user_function(self)
        finally:
            _repr_running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = getattr(user_function, '__qualname__',
                                   user_function.__name__)
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default value still sees __set_name__.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    if types.GenericAlias is not None:
        __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# --- Recognising ClassVar, InitVar and KW_ONLY annotations ---

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar or
            getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return (a_type is dataclasses.InitVar or
            type(a_type) is dataclasses.InitVar)


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _leading_name(annotation):
    """(module part or None, name) of an annotation string that starts
    with `name` or `module.name`, or None."""
    s = annotation.lstrip()
    i = 0
    while i < len(s) and (s[i].isalnum() or s[i] == '_'):
        i += 1
    first = s[:i]
    if not first:
        return None
    rest = s[i:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        if j:
            return first, rest[:j]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether a string annotation names a_type (from module a_module), as
    seen from the module that defines cls."""
    parts = _leading_name(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if module_name is None:
        return is_type_predicate(ns.get(name), a_module)
    module = ns.get(module_name)
    if module is not None and module is a_module:
        return is_type_predicate(getattr(module, name, None), a_module)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing) or
                (isinstance(f.type, str) and
                 _is_type(f.type, cls, typing, typing.ClassVar,
                          _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses) or
                (isinstance(f.type, str) and
                 _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                          _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# --- Generated methods ---

def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class itself defines it; True if it does."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, slots):
    """Build __init__ from source, so that it has a real signature."""
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    ns = {'MISSING': MISSING,
          '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object,
          '__builtins__': builtins}

    def param(f):
        ns[f'_type_{f.name}'] = f.type
        if f.default is MISSING and f.default_factory is MISSING:
            default = ''
        elif f.default_factory is not MISSING:
            default = '=_HAS_DEFAULT_FACTORY'
        else:
            ns[f'_dflt_{f.name}'] = f.default
            default = f'=_dflt_{f.name}'
        return f'{f.name}:_type_{f.name}{default}'

    def assign(name, value):
        if frozen:
            return (f'__dataclass_builtins_object__.__setattr__({self_name},'
                    f'{name!r},{value})')
        return f'{self_name}.{name}={value}'

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                value = (f'_dflt_{f.name}() if {f.name} is '
                         f'_HAS_DEFAULT_FACTORY else {f.name}')
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        elif slots:
            continue
        else:
            continue
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = ','.join(f.name for f in fields
                            if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    if not body:
        body = ['pass']

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [param(f) for f in kw_only_fields]
    src = (f'def __init__({", ".join(params)}):\n' +
           ''.join(f'  {line}\n' for line in body))
    exec(src, ns)
    fn = ns['__init__']
    fn.__annotations__ = dict(fn.__annotations__, **{'return': None})
    return fn


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        return (self.__class__.__qualname__ + '(' +
                ', '.join(f'{name}={getattr(self, name)!r}'
                          for name in names) + ')')
    return _recursive_repr(__repr__)


def _cmp_fn(name, op, fields):
    names = [f.name for f in fields]

    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    fn.__name__ = name
    return fn


def _hash_fn(fields):
    names = [f.name for f in fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds))


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ '
                    f'in class {cls.__name__}')


# (unsafe_hash, eq, frozen, has explicit __hash__) -> action
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _text_signature(init_fields, kw_fields):
    def one(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        return text
    parts = [one(f) for f in init_fields]
    if kw_fields:
        parts.append('*')
        parts += [one(f) for f in kw_fields]
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses) or
                (isinstance(a_type, str) and
                 _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                          _is_kw_only))):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(
        all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields,
            frozen, has_post_init,
            '__dataclass_self__' if 'self' in fields else 'self', slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds))

    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', flds))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, flds)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(std_init_fields,
                                                     kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        inherited.update(slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --- Helper functions ---

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary
    mapping field names to field values (recursing into dataclasses,
    lists, tuples and dicts)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values (recursing into dataclasses, lists, tuples and dicts)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    fields is an iterable of either (name), (name, type) or
    (name, type, Field) objects."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    try:
        cls.__module__ = sys._getframe(1).f_globals.get('__name__',
                                                         '__main__')
    except (AttributeError, ValueError):
        pass
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
