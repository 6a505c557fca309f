"""Legal holidays and court closures: the days FRCP 6(a) will not let a period end on.

Federal holidays come from the ``holidays`` package's government calendar,
``holidays.US(categories=GOVERNMENT)``: the statutory holidays with their observed dates
(FRCP 6(a)(6)(A)) and the days the President closed the executive departments (6(a)(6)(B)),
less its half-day closings, which close nothing for a whole day. A state's holidays are its
own calendar less every federal day (that calendar alone drops federal holidays the state
does not keep: never use it alone). Calendars are built once per year and cached.

Court closures (a clerk's office made inaccessible, FRCP 6(a)(3)) are not legal holidays:
they are facts about one court on one day, passed in as a :class:`CourtCalendar`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "Closure",
    "CourtCalendar",
    "Holiday",
    "federal_holidays",
    "state_holidays",
]

HolidayKind = Literal["federal", "declared", "state"]


@dataclass(frozen=True, slots=True)
class Holiday:
    """A legal holiday.

    Attributes:
        day: The date observed.
        name: Its name (``"Memorial Day"``, ``"Christmas Eve"``).
        kind: ``federal`` for a day set aside by statute (FRCP 6(a)(6)(A)), ``declared`` for
            a day the President or Congress declared (6(a)(6)(B)), ``state`` for a day only
            the state keeps (6(a)(6)(C)).
    """

    day: date
    name: str
    kind: HolidayKind


@dataclass(frozen=True, slots=True)
class Closure:
    """A day the clerk's office was inaccessible (FRCP 6(a)(3)), and why."""

    day: date
    reason: str


def _whole_day_names(calendar: HolidayBase, day: date) -> list[str]:
    # The government calendar lists half-day closings ("Christmas Eve (half-day closing)"):
    # the office is open that morning, so the day is no holiday.
    return [n for n in calendar.get_list(day) if "half-day" not in n.lower()]


@cache
def federal_holidays(year: int) -> Mapping[date, Holiday]:
    """Every federal legal holiday and presidential closure in ``year`` (read-only)."""
    import holidays  # on first use: the package takes a while to import

    government = holidays.country_holidays("US", categories=holidays.GOVERNMENT, years=year)
    statutory = holidays.country_holidays("US", years=year)
    days: dict[date, Holiday] = {}
    for day in sorted(government):
        names = _whole_day_names(government, day)
        if not names:
            continue
        kind: HolidayKind = "federal" if day in statutory else "declared"
        days[day] = Holiday(day, "; ".join(names), kind)
    return MappingProxyType(days)


@cache
def state_holidays(subdiv: str, year: int) -> Mapping[date, Holiday]:
    """The days only the state ``subdiv`` keeps as holidays in ``year`` (read-only)."""
    import holidays

    federal = federal_holidays(year)
    state = holidays.country_holidays("US", subdiv=subdiv, years=year)
    days: dict[date, Holiday] = {}
    for day in sorted(state):
        if day in federal:
            continue
        names = _whole_day_names(state, day)
        if names:
            days[day] = Holiday(day, "; ".join(names), "state")
    return MappingProxyType(days)


@dataclass(frozen=True)
class CourtCalendar:
    """Days one court's clerk's office was inaccessible (FRCP 6(a)(3)).

    Hashable, so computations that take one can be cached.

    Example:
        >>> cal = CourtCalendar.of({date(2021, 2, 16): "snowstorm"})
        >>> cal.inaccessible(date(2021, 2, 16)).reason
        'snowstorm'
    """

    closures: tuple[Closure, ...] = ()
    _index: dict[date, Closure] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for c in self.closures:
            self._index.setdefault(c.day, c)

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

    def __bool__(self) -> bool:
        return bool(self.closures)
