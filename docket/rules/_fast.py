"""Due dates alone: FRCP 6 counted on day numbers, without a word of explanation.

Replay asks for thousands of deadlines and reads only their dates; this module finds a
reading's due date in microseconds. It follows :func:`docket.rules._counting.count_period`
step for step (count, roll, add service days, roll again: FRCP 6(a), 6(d)) on the same
days off, and a reading's explanation is that function's, built only when asked for.

Days are counted as :meth:`date.toordinal` numbers. For one state's courts (or none), every
day has a code: 0 a day to file, 1 a Saturday, Sunday or federal legal holiday (FRCP
6(a)(6)(A)-(B)), 2 a day only the state keeps (6(a)(6)(C)), kept a block of years at a time.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from docket.rules.calendar import federal_holidays, state_holidays, years_loaded_with
from docket.rules.model import Computation, Direction, Service
from docket.rules.pack import RulePack

__all__ = ["OffDays", "Page", "due_ordinal", "off_days"]

_LAST = date.max.toordinal()
_OFF, _STATE_ONLY = 1, 2  # the codes of a weekend or federal holiday, of a state-only day


class OffDays:
    """The days no period may end on for the courts of one state (or of none), by day number.

    Codes are kept in pages, one per block of years loaded together
    (:func:`~docket.rules.calendar.years_loaded_with`), built on first use.

    Attributes:
        subdiv: The state (``"NM"``), or ``None`` for federal legal holidays alone.
    """

    __slots__ = ("_pages", "subdiv")

    def __init__(self, subdiv: str | None) -> None:
        self.subdiv = subdiv
        self._pages: dict[int, Page] = {}

    def page(self, year: int) -> Page:
        """The page holding ``year``: its first day's number and one code per day."""
        page = self._pages.get(year)
        if page is None:
            page = self._load(years_loaded_with(year))
        return page

    def _load(self, years: range) -> Page:
        start, end = date(years[0], 1, 1), date(years[-1], 12, 31)
        first = start.toordinal()
        codes = bytearray(end.toordinal() - first + 1)
        for weekend in (5, 6):  # FRCP 6(a)(1)(C): Saturday and Sunday
            offset = (weekend - start.weekday()) % 7
            codes[offset::7] = bytes([_OFF]) * len(range(offset, len(codes), 7))
        for year in years:
            for day in federal_holidays(year):
                codes[day.toordinal() - first] = _OFF
            for day in state_holidays(self.subdiv, year) if self.subdiv else ():
                if not codes[day.toordinal() - first]:  # a Saturday stays a Saturday
                    codes[day.toordinal() - first] = _STATE_ONLY
        page = (first, bytes(codes))
        self._pages.update(dict.fromkeys(years, page))
        return page

    def code(self, ordinal: int) -> int:
        """The code of the day numbered ``ordinal``.

        Raises:
            OverflowError: the day is off the calendar (before year 1 or after 9999).
        """
        if not 1 <= ordinal <= _LAST:
            raise OverflowError("date value out of range")
        first, codes = self.page(date.fromordinal(ordinal).year)
        return codes[ordinal - first]


#: A block of years' codes: the day number of its first day, and one code per day.
Page = tuple[int, bytes]


@cache
def off_days(subdiv: str | None) -> OffDays:
    """The days off for the courts of ``subdiv`` (one object per state)."""
    return OffDays(subdiv)


def _roll(
    o: int,
    step: int,
    off: OffDays,
    page: Page,
    mask: int,
    closed: frozenset[int],
    touched: list[int] | None,
) -> int:
    # FRCP 6(a)(1)(C), 6(a)(5): past every day off, forward (step 1) or back (step -1).
    # FRCP 6(a)(3)(A): a day the clerk's office was inaccessible extends the time to the
    # first accessible day that is not a day off, forward even for a period counted back
    # (the 2009 Committee Note's example).
    first, codes = page
    n = len(codes)
    while True:
        i = o - first
        c = codes[i] if 0 <= i < n else off.code(o)
        if c & mask:
            if c == _STATE_ONLY and touched is not None:
                touched.append(o)
        elif o not in closed:
            return o
        elif step < 0:
            step = 1
        o += step


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
        closed: The days the clerk's office was inaccessible (FRCP 6(a)(3)): the pack's
            and the calendar's, by day number.
        with_state: Whether the state's own holidays are days off in this reading.
        touched: Collects the state-only days the count passed over, in order.

    Raises:
        OverflowError: the period runs off the calendar.
    """
    mask = _OFF | _STATE_ONLY if with_state else _OFF
    step = 1 if direction == "after" else -1
    t = trigger.toordinal()
    page = off.page(trigger.year)
    short = version.short_period_under
    if short is not None and days < short:
        # Old FRCP 6(a): a short period does not count intermediate weekends and holidays.
        first, codes = page
        n = len(codes)
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
        return _roll(end, step, off, page, mask, closed, touched)
    if version.service_order == "roll_then_add":
        end = _roll(end, step, off, page, mask, closed, touched)
    end += allowance.extra_days
    if end > _LAST:
        raise OverflowError("date value out of range")
    return _roll(end, step, off, page, mask, closed, touched)
