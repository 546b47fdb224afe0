import typing
from typing import ClassVar, List, Optional
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Registry:
    name: str
    items: List[int] = field(default_factory=list)
    parent: Optional["Registry"] = None
    count: ClassVar[int] = 0
    label: "ClassVar[str]" = "registry"
    other: typing.ClassVar[float] = 1.5
    raw: "typing.ClassVar" = None
    scale: "InitVar[int]" = 1

    def __post_init__(self, scale):
        Registry.count += scale


r = Registry("a")
r2 = Registry("b", [1], r, 5)
print(r, r2)
print([f.name for f in fields(Registry)], Registry.count, Registry.label)
print(Registry.__dataclass_fields__["count"]._field_type)
print(Registry.__dataclass_fields__["scale"]._field_type)
print(Registry.__doc__)
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)
