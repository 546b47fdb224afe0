import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, Literal, ClassVar, Final,
                    Annotated, NoReturn, AnyStr, Text, TYPE_CHECKING,
                    DefaultDict, Deque, Counter, OrderedDict, Hashable, Sized,
                    get_origin, get_args, TypeVar)

for t in [Any, NoReturn, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
          Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping,
          Literal, ClassVar, Final, Union, Optional, DefaultDict, Deque,
          Counter, OrderedDict, Hashable, Sized]:
    print(t)

print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Dict[str, List[Tuple[int, float]]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[List[int]])
print(Mapping[str, Any], MutableMapping[str, Optional[int]])
print(Union[int, str], Union[int, None], Union[None, int], Optional[str], Union[int, str, None])
print(Union[int], Union[int, int, str], Union[Union[int, str], float], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), Optional[int] == Union[None, int])
print(Literal[1, "a", True], Literal["x"] == Literal["x"], ClassVar[int], Final[List[int]])
print(Annotated[int, "meta", 3], Annotated[List[int], "x"].__metadata__)
print(Optional[List[int]], List["Foo"], Optional["Foo"])
print(AnyStr, Text, TYPE_CHECKING)

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_origin(Literal[1]) is Literal, get_origin(Annotated[int, 1]) is Annotated, get_origin(int))
print(get_origin(list[int]), get_origin(int | str))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]))
print(get_args(Callable[..., int]), get_args(Tuple[int, ...]), get_args(int), get_args(Annotated[int, "m"]))
print(get_args(list[int]), get_args(Literal[1, 2]))

print(List[int].__origin__, List[int].__args__, Union[int, str].__args__)
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]))
print(Tuple[int, str].__args__, Dict[str, int] == Dict[str, int])

# Unsubscripted aliases work with isinstance/issubclass
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance({1}, Set))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(issubclass(list, Iterable), issubclass(dict, MutableMapping), isinstance(len, Callable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]))
for bad in [List[int], Dict[str, int]]:
    try:
        isinstance([], bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    Union()
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
print(DefaultDict[str, int](int), Deque[int]([1, 2]), Counter[str]("aab"))

T = TypeVar("T")
print(List[T], List[T][int], Dict[str, T][float], List[T].__parameters__)
