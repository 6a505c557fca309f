"""Records: value classes that cost nothing to define, where a dataclass costs about a
millisecond.

Python 3.11 writes out and compiles the ``__init__``, ``__repr__``, ``__eq__`` and, when
frozen, the ``__hash__``, ``__setattr__`` and ``__delattr__`` of each dataclass as the class
is made: 0.4 to 1.5 ms a class on this machine, paid at every start-up for every class the
command imports, which for a short docket's posture was a tenth of the command (see
``scripts/bench_startup.py``). A record declares its fields in ``__slots__`` and writes its
own ``__init__``; its equality, hash, repr, immutability and copying are these bases' methods,
shared by every record and doing nothing until called.

The posture's values (:mod:`docket.posture`) are records that pydantic also reads as
dataclasses: the dataclass machinery collects their fields and defaults and writes no method.

A record's fields are its slots, in the order its class and the classes it derives from
annotate them (the base's first), but for those its class names in ``_derived``: values
worked out from the fields and kept (a dataclass's ``field(compare=False, repr=False)``).
The semantics are the dataclass's: equal when of the same class with equal fields, hashed
(when frozen) by the fields in order, and the repr names each field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from inspect import get_annotations
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, ClassVar

__all__ = ["FixedRecord", "FrozenRecord", "Record", "ValueRecord", "record_fields"]

_FIELDS: dict[type, tuple[str, ...]] = {}
_VALUES: dict[type, Callable[[object], tuple[Any, ...]]] = {}


def record_fields(cls: type) -> tuple[str, ...]:
    """The fields of the record class ``cls``, in order (worked out once per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        derived: frozenset[str] = getattr(cls, "_derived", frozenset())
        found = _FIELDS[cls] = tuple(
            name
            for c in reversed(cls.__mro__)
            for name in get_annotations(c)
            if name in c.__dict__.get("__slots__", ()) and name not in derived
        )
    return found


def _values(record: object) -> tuple[Any, ...]:
    # The fields' values, by one attrgetter per class (the speed of a dataclass's own
    # __eq__: an index compares each fact it records with the fact before it).
    cls = type(record)
    values = _VALUES.get(cls)
    if values is None:
        names = record_fields(cls)
        if not names:
            values = _VALUES[cls] = lambda r: ()
        elif len(names) == 1:
            one = attrgetter(names[0])
            values = _VALUES[cls] = lambda r: (one(r),)
        else:
            values = _VALUES[cls] = attrgetter(*names)
    return values(record)


class Record:
    """A record compared and hashed by identity (a dataclass's ``eq=False``): a fact replay
    changes as it goes, such as a motion or a stay while replay runs."""

    __slots__ = ()
    #: Slots that hold values worked out from the fields: no part of the record's value.
    _derived: ClassVar[frozenset[str]] = frozenset()

    @recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in record_fields(type(self)))
        return f"{type(self).__qualname__}({shown})"


class ValueRecord(Record):
    """A mutable record equal to another of its class with equal fields, and so unhashable
    (a dataclass's default: a class that defines ``__eq__`` alone gets no ``__hash__``)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)


class FixedRecord(Record):
    """A record whose fields are set once, by its ``__init__`` (through ``object.__setattr__``),
    compared and hashed by identity (a dataclass's ``frozen=True, eq=False``)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied (copy.copy, copy.deepcopy) slot by slot, derived ones included, without
        # calling __init__ again.
        slots = {
            name: getattr(self, name)
            for c in type(self).__mro__
            for name in c.__dict__.get("__slots__", ())
            if hasattr(self, name)
        }
        return (_rebuilt, (type(self), slots))


class FrozenRecord(FixedRecord):
    """A record whose fields are set once, equal to another of its class with equal fields,
    hashed by its fields (a dataclass's ``frozen=True``)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(_values(self))


def _rebuilt(cls: type[FixedRecord], slots: dict[str, object]) -> FixedRecord:
    record = cls.__new__(cls)
    for name, value in slots.items():
        object.__setattr__(record, name, value)
    return record
