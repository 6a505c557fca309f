"""Due dates alone: FRCP 6 counted on day numbers, without a word of explanation.

Replay asks for thousands of deadlines and reads only their dates; this module finds a
reading's due date in microseconds. It follows :func:`docket.rules._counting.count_period`
step for step (count, roll, add service days, roll again: FRCP 6(a), 6(d)) on the same
days off, and a reading's explanation is that function's, built only when asked for.

Days are counted as :meth:`date.toordinal` numbers. For one state's courts (or none), every
day of :data:`~docket.rules.calendar.SPAN` has a code: 0 a day to file, 1 a Saturday, Sunday
or federal legal holiday (FRCP 6(a)(6)(A)-(B)), 2 a day only the state keeps (6(a)(6)(C)).
A day outside the span is looked up in the yearly calendars.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from docket.rules.calendar import SPAN, CourtCalendar, federal_holidays, state_holidays
from docket.rules.model import Computation, Direction, Service
from docket.rules.pack import RulePack

__all__ = ["OffDays", "closed_days", "due_ordinal", "off_days"]

_LAST = date.max.toordinal()
_WEEKDAY, _STATE_ONLY = 1, 2


class OffDays:
    """The days no period may end on for the courts of one state (or of none), by day number.

    Attributes:
        subdiv: The state (``"NM"``), or ``None`` for federal legal holidays alone.
        first: The day number of the span's first day.
        codes: One code per day of the span (0, 1 or 2, see the module's docstring).
    """

    __slots__ = ("codes", "first", "subdiv")

    def __init__(self, subdiv: str | None) -> None:
        self.subdiv = subdiv
        start, end = date(SPAN[0], 1, 1), date(SPAN[1], 12, 31)
        first = self.first = start.toordinal()
        codes = self.codes = bytearray(end.toordinal() - first + 1)
        for weekend in (5, 6):  # FRCP 6(a)(1)(C): Saturday and Sunday
            offset = (weekend - start.weekday()) % 7
            codes[offset::7] = bytes([_WEEKDAY]) * len(range(offset, len(codes), 7))
        for year in range(SPAN[0], SPAN[1] + 1):
            for day in federal_holidays(year):
                codes[day.toordinal() - first] = _WEEKDAY
            for day in state_holidays(subdiv, year) if subdiv else ():
                if not codes[day.toordinal() - first]:  # a Saturday stays a Saturday
                    codes[day.toordinal() - first] = _STATE_ONLY

    def code(self, ordinal: int) -> int:
        """The code of any day, in the span or not.

        Raises:
            OverflowError: the day is off the calendar (before year 1 or after 9999).
        """
        i = ordinal - self.first
        if 0 <= i < len(self.codes):
            return self.codes[i]
        if not 1 <= ordinal <= _LAST:
            raise OverflowError("date value out of range")
        day = date.fromordinal(ordinal)
        if day.weekday() >= 5 or day in federal_holidays(day.year):
            return _WEEKDAY
        if self.subdiv and day in state_holidays(self.subdiv, day.year):
            return _STATE_ONLY
        return 0


@cache
def off_days(subdiv: str | None) -> OffDays:
    """The days off for the courts of ``subdiv`` (built once per state, on first use)."""
    return OffDays(subdiv)


def _roll(
    o: int, step: int, off: OffDays, mask: int, closed: frozenset[int], touched: list[int] | None
) -> int:
    # FRCP 6(a)(1)(C), 6(a)(3), 6(a)(5): past every day off and every day the clerk's office
    # was inaccessible, forward (step 1) or back (step -1).
    codes, first, n = off.codes, off.first, len(off.codes)
    while True:
        i = o - first
        c = codes[i] if 0 <= i < n else off.code(o)
        if c & mask:
            if c == _STATE_ONLY and touched is not None:
                touched.append(o)
        elif o not in closed:
            return o
        o += step


def closed_days(pack: RulePack, calendar: CourtCalendar) -> frozenset[int]:
    """The days the clerk's office was inaccessible (FRCP 6(a)(3)): the pack's and the
    calendar's, by day number."""
    return calendar.ordinals | pack.closures.ordinals if pack.closures else calendar.ordinals


def due_ordinal(
    pack: RulePack,
    version: Computation,
    off: OffDays,
    closed: frozenset[int],
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    *,
    with_state: bool,
    touched: list[int] | None = None,
) -> int:
    """The day number of one reading's due date, as ``count_period`` finds it.

    Args:
        off: The days off for the pack's state (:func:`off_days`).
        closed: The days the clerk's office was inaccessible (:func:`closed_days`).
        with_state: Whether the state's own holidays are days off in this reading.
        touched: Collects the state-only days the count passed over, in order.

    Raises:
        OverflowError: the period runs off the calendar.
    """
    mask = _WEEKDAY | _STATE_ONLY if with_state else _WEEKDAY
    step = 1 if direction == "after" else -1
    t = trigger.toordinal()
    short = version.short_period_under
    if short is not None and days < short:
        # Old FRCP 6(a): a short period does not count intermediate weekends and holidays.
        codes, first, n = off.codes, off.first, len(off.codes)
        o, counted = t, 0
        while counted < days:
            o += step
            i = o - first
            c = codes[i] if 0 <= i < n else off.code(o)
            if not c & mask:
                counted += 1
            elif c == _STATE_ONLY and touched is not None:
                touched.append(o)
        end = o
    else:
        end = t + step * days
        if not 1 <= end <= _LAST:
            raise OverflowError("date value out of range")

    allowance = pack.service_on(service, trigger) if service is not None else None
    if allowance is None or allowance.extra_days == 0 or direction == "before":
        return _roll(end, step, off, mask, closed, touched)
    if version.service_order == "roll_then_add":
        end = _roll(end, step, off, mask, closed, touched)
    end += allowance.extra_days
    if end > _LAST:
        raise OverflowError("date value out of range")
    return _roll(end, step, off, mask, closed, touched)
