"""Legal holidays and court closures: the days FRCP 6(a) will not let a period end on.

Federal holidays come from the ``holidays`` package's government calendar,
``holidays.US(categories=GOVERNMENT)``: the statutory holidays with their observed dates
(FRCP 6(a)(6)(A)) and the days the President closed the executive departments (6(a)(6)(B)),
less its half-day closings, which close nothing for a whole day. A state's holidays are its
own calendar less every federal day (that calendar alone drops federal holidays the state
does not keep: never use it alone). Calendars are loaded many years at a time (:data:`SPAN`
first, then a decade around any year outside it) and cached.

The years of :data:`SPAN` are read from data files shipped in ``docket/rules/holidays/``, one
for the federal calendar and one per state, written from the ``holidays`` package by
``scripts/build_holidays.py`` (a test checks that they agree with it for every year they
hold): importing that package and building its calendars costs more than most commands. A
year outside the span, or a state with no file, is built from the package itself.

Court closures (a clerk's office made inaccessible, FRCP 6(a)(3)) are not legal holidays:
they are facts about one court on one day, passed in as a :class:`CourtCalendar`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from docket.records import FrozenRecord

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "DATA",
    "SPAN",
    "ByYear",
    "Closure",
    "CourtCalendar",
    "Holiday",
    "federal_holidays",
    "federal_years_from_library",
    "state_holidays",
    "state_years_from_library",
    "years_loaded_with",
]

HolidayKind = Literal["federal", "declared", "state"]


class Holiday(FrozenRecord):
    """A legal holiday.

    Attributes:
        day: The date observed.
        name: Its name (``"Memorial Day"``, ``"Christmas Eve"``).
        kind: ``federal`` for a day set aside by statute (FRCP 6(a)(6)(A)), ``declared`` for
            a day the President or Congress declared (6(a)(6)(B)), ``state`` for a day only
            the state keeps (6(a)(6)(C)).
    """

    __slots__ = ("day", "kind", "name")

    day: date
    name: str
    kind: HolidayKind

    def __init__(self, day: date, name: str, kind: HolidayKind) -> None:
        put = object.__setattr__
        put(self, "day", day)
        put(self, "name", name)
        put(self, "kind", kind)


class Closure(FrozenRecord):
    """A day the clerk's office was inaccessible (FRCP 6(a)(3)), and why."""

    __slots__ = ("day", "reason")

    day: date
    reason: str

    def __init__(self, day: date, reason: str) -> None:
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "reason", reason)


def _whole_day_names(calendar: HolidayBase, day: date) -> list[str]:
    # The government calendar lists half-day closings ("Christmas Eve (half-day closing)"):
    # the office is open that morning, so the day is no holiday.
    return [n for n in calendar.get_list(day) if "half-day" not in n.lower()]


#: The years a calendar's first use loads, in one ``holidays`` call: most dockets fall in
#: them. A year outside is loaded with the rest of its decade.
SPAN = (1990, 2045)


def years_loaded_with(year: int) -> range:
    """The years whose calendars are loaded together with ``year``'s (one ``holidays`` call)."""
    first, last = SPAN
    if first <= year <= last:
        return range(first, last + 1)
    start = year - year % 10
    return range(max(start, 1), min(start + 10, 10000))


#: Where the calendars of :data:`SPAN`'s years are kept: ``US.json`` (federal) and
#: ``US-NM.json`` (a state's own days), each ``{"years": [first, last], "holidays": {day:
#: [name, kind]}}``.
DATA = Path(__file__).with_name("holidays")

ByYear = dict[int, Mapping[date, Holiday]]


def _from_data(name: str, years: range) -> ByYear | None:
    """The calendar kept in ``DATA/name.json`` for ``years``, if one is kept for exactly them."""
    try:
        kept = json.loads((DATA / f"{name}.json").read_bytes())
    except FileNotFoundError:
        return None
    if range(kept["years"][0], kept["years"][1] + 1) != years:
        return None
    by_year: dict[int, dict[date, Holiday]] = {y: {} for y in years}
    for iso, (label, kind) in kept["holidays"].items():
        day = date.fromisoformat(iso)
        by_year[day.year][day] = Holiday(day, label, kind)
    return {y: MappingProxyType(days) for y, days in by_year.items()}


def federal_years_from_library(years: range) -> ByYear:
    """Every federal legal holiday and presidential closure in ``years``, from ``holidays``."""
    import holidays  # on first use: the package takes a while to import

    government = holidays.country_holidays("US", categories=holidays.GOVERNMENT, years=years)
    statutory = holidays.country_holidays("US", years=years)
    by_year: dict[int, dict[date, Holiday]] = {y: {} for y in years}
    for day in sorted(government):
        names = _whole_day_names(government, day)
        if not names or day.year not in by_year:
            continue
        kind: HolidayKind = "federal" if day in statutory else "declared"
        by_year[day.year][day] = Holiday(day, "; ".join(names), kind)
    return {y: MappingProxyType(days) for y, days in by_year.items()}


def state_years_from_library(subdiv: str, years: range) -> ByYear:
    """The days only the state ``subdiv`` keeps as holidays in ``years``, from ``holidays``."""
    import holidays

    state = holidays.country_holidays("US", subdiv=subdiv, years=years)
    federal = _federal_years(years)
    by_year: dict[int, dict[date, Holiday]] = {y: {} for y in years}
    for day in sorted(state):
        if day.year not in by_year or day in federal[day.year]:
            continue
        names = _whole_day_names(state, day)
        if names:
            by_year[day.year][day] = Holiday(day, "; ".join(names), "state")
    return {y: MappingProxyType(days) for y, days in by_year.items()}


@cache
def _federal_years(years: range) -> ByYear:
    kept = _from_data("US", years)
    return kept if kept is not None else federal_years_from_library(years)


@cache
def _state_years(subdiv: str, years: range) -> ByYear:
    # A subdivision names a data file only if it is two capital letters (nothing else is read).
    kept = _from_data(f"US-{subdiv}", years) if subdiv.isalpha() and subdiv.isupper() else None
    return kept if kept is not None else state_years_from_library(subdiv, years)


@cache
def federal_holidays(year: int) -> Mapping[date, Holiday]:
    """Every federal legal holiday and presidential closure in ``year`` (read-only)."""
    return _federal_years(years_loaded_with(year))[year]


@cache
def state_holidays(subdiv: str, year: int) -> Mapping[date, Holiday]:
    """The days only the state ``subdiv`` keeps as holidays in ``year`` (read-only)."""
    return _state_years(subdiv, years_loaded_with(year))[year]


class CourtCalendar(FrozenRecord):
    """Days one court's clerk's office was inaccessible (FRCP 6(a)(3)).

    Hashable, so computations that take one can be cached.

    Example:
        >>> cal = CourtCalendar.of({date(2021, 2, 16): "snowstorm"})
        >>> cal.inaccessible(date(2021, 2, 16)).reason
        'snowstorm'
    """

    __slots__ = ("_index", "_ordinals", "closures")
    _derived = frozenset({"_index", "_ordinals"})

    closures: tuple[Closure, ...]
    _index: dict[date, Closure]
    _ordinals: frozenset[int]

    def __init__(self, closures: tuple[Closure, ...] = ()) -> None:
        index: dict[date, Closure] = {}
        for c in closures:
            index.setdefault(c.day, c)
        object.__setattr__(self, "closures", closures)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_ordinals", frozenset(d.toordinal() for d in index))

    @classmethod
    def of(cls, closures: Mapping[date, str] | Iterable[Closure]) -> CourtCalendar:
        """A calendar from ``{day: reason}`` or from :class:`Closure` values."""
        items = (
            [Closure(d, r) for d, r in closures.items()]
            if isinstance(closures, Mapping)
            else list(closures)
        )
        return cls(tuple(sorted(items, key=lambda c: c.day)))

    def inaccessible(self, day: date) -> Closure | None:
        """The closure on ``day``, if the clerk's office was inaccessible then."""
        return self._index.get(day)

    @property
    def ordinals(self) -> frozenset[int]:
        """The closed days as day numbers (:meth:`date.toordinal`), for counting fast."""
        return self._ordinals

    def __bool__(self) -> bool:
        return bool(self.closures)
