"""Records (:mod:`docket.records`) behave as the dataclasses they stand in for: equal by
their fields, hashed by them when frozen, frozen when frozen, copied with their fields, and
written out as their fields."""

from __future__ import annotations

import copy
import json
from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from docket.cli._common import jsonable
from docket.engine.deadlines import DeadlineBook
from docket.engine.motions import WBriefing, WLeave
from docket.records import FrozenRecord, Record, ValueRecord, record_fields
from docket.rules import CourtCalendar
from docket.rules.calendar import Closure


class _Point(FrozenRecord):
    __slots__ = ("_norm", "x", "y")
    _derived = frozenset({"_norm"})

    x: int
    y: int
    _norm: int

    def __init__(self, x: int, y: int) -> None:
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "_norm", abs(x) + abs(y))


class _Other(FrozenRecord):
    __slots__ = ("x", "y")

    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)


class _Counter(ValueRecord):
    __slots__ = ("n",)

    n: int

    def __init__(self, n: int) -> None:
        self.n = n


class _Tally(Record):
    __slots__ = ("n",)

    n: int

    def __init__(self, n: int) -> None:
        self.n = n


def test_a_frozen_record_equals_and_hashes_as_its_fields_and_only_within_its_class() -> None:
    assert _Point(1, 2) == _Point(1, 2)
    assert hash(_Point(1, 2)) == hash(_Point(1, 2))
    assert _Point(1, 2) != _Point(2, 1)
    assert _Point(1, 2) != _Other(1, 2)
    assert len({_Point(1, 2), _Point(1, 2), _Point(2, 1)}) == 2


def test_a_frozen_record_s_fields_cannot_be_assigned_or_deleted() -> None:
    p = _Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        p.x = 3
    with pytest.raises(FrozenInstanceError):
        del p.y
    assert (p.x, p.y) == (1, 2)


def test_a_record_s_fields_are_its_annotated_slots_in_order_without_the_derived_ones() -> None:
    assert record_fields(_Point) == ("x", "y")
    assert repr(_Point(1, 2)) == "_Point(x=1, y=2)"


def test_a_frozen_record_copies_deeply_with_its_derived_values() -> None:
    inner = _Counter(1)
    p = _Other(5, inner)  # type: ignore[arg-type]
    deep = copy.deepcopy(p)
    assert deep == p and deep.y is not inner
    assert copy.copy(_Point(3, -4))._norm == 7


def test_a_value_record_equals_by_its_fields_and_cannot_be_hashed() -> None:
    a, b = _Counter(1), _Counter(1)
    assert a == b
    b.n = 2
    assert a != b
    with pytest.raises(TypeError):
        hash(a)


def test_a_plain_record_compares_by_identity() -> None:
    a = _Tally(1)
    assert a != _Tally(1) and a == a
    assert len({a, _Tally(1)}) == 2
    assert repr(a) == "_Tally(n=1)"


def test_replay_s_working_values_keep_their_dataclass_semantics() -> None:
    assert WBriefing() == WBriefing() and DeadlineBook() == DeadlineBook()
    leave = WLeave(None, "leave to refile", 44, date(2019, 12, 10))
    assert leave == copy.deepcopy(leave)
    closed = CourtCalendar.of({date(2021, 2, 16): "snowstorm"})
    assert closed == CourtCalendar((Closure(date(2021, 2, 16), "snowstorm"),))
    assert hash(closed) == hash(CourtCalendar.of({date(2021, 2, 16): "snowstorm"}))
    assert repr(closed) == (
        "CourtCalendar(closures=(Closure(day=datetime.date(2021, 2, 16), reason='snowstorm'),))"
    )


def test_a_record_is_written_as_json_as_an_object_of_its_fields_in_order() -> None:
    data = jsonable({"p": _Point(1, 2), "when": (date(2019, 12, 10),)})
    assert json.dumps(data) == '{"p": {"x": 1, "y": 2}, "when": ["2019-12-10"]}'


def test_a_value_neither_a_record_nor_known_to_pydantic_is_refused_as_json() -> None:
    with pytest.raises(Exception, match="no JSON for a value of type object"):
        jsonable(object())
