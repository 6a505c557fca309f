"""Computing a deadline under FRCP 6(a) and 6(d), with every step explained.

FRCP 6(a)(1): exclude the day of the event that triggers the period; count every day,
weekends and holidays included; include the last day, but if it is a Saturday, Sunday or
legal holiday, run to the next day that is none of those ("next" counts backward for periods
counted before an event, 6(a)(5)). 6(a)(3): a clerk's office inaccessible on the last day
moves it to the first accessible day. 6(d): after service by mail (or leaving with the clerk,
or other consented means) 3 days are added after the period would otherwise expire, and the
result is rolled again. Each version of the rule is data in the FRCP pack.

Results are pure values and are cached: replay asks for the same deadlines again and again.
Due dates are found on a fast path (:mod:`docket.rules._fast`); each reading's explanation
(:attr:`Reading.steps`) is worked out only when asked for.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache, partial

from docket.rules._counting import count_period
from docket.rules._fast import due_ordinal, off_days
from docket.rules.calendar import CourtCalendar, state_holidays
from docket.rules.errors import InvalidPeriod, NoPeriod
from docket.rules.model import SERVICE_METHODS, Computation, Direction, Service
from docket.rules.pack import RulePack, load_pack
from docket.rules.result import DeadlineResult, Reading, Step, long_date

__all__ = ["compute_deadline", "compute_rule"]

#: Results kept for reuse. Replay asks in date order, so its hits are on the days it has just
#: reached: 4,096 (about 2 MB) hit as often as 32,768 did, which held about 14 MB each.
_CACHE_SIZE = 1 << 12


# What a reading is counted from: pack, FRCP 6 version, trigger, days, direction, service, calendar.
_Args = tuple[RulePack, Computation, date, int, Direction, Service | None, CourtCalendar]


def _explained(args: _Args, with_state: bool) -> tuple[Step, ...]:
    return count_period(*args, with_state=with_state)[1]


def _reading(args: _Args, due: int, assumption: str, *, with_state: bool) -> Reading:
    return Reading.deferred(
        date.fromordinal(due), assumption, partial(_explained, args, with_state)
    )


@lru_cache(maxsize=256)
def _federal_only(pack: RulePack, state_holiday: str) -> str:
    state = pack.state_holidays
    if state is None:
        where = "the FRCP base pack" if pack.court is None else f"no state in {pack.id}"
        return f"federal legal holidays only ({where}: no state holidays known)"
    return (
        "federal legal holidays only: state holidays do not count for periods "
        f"counted backward ({state_holiday})"
    )


def _readings(
    pack: RulePack,
    version: Computation,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    calendar: CourtCalendar,
) -> tuple[Reading, ...]:
    # Due dates come from the fast path (docket.rules._fast); each reading's steps are
    # count_period's, worked out when first asked for.
    state = pack.state_holidays
    state_counts = state is not None and (direction == "after" or version.state_holidays == "both")
    args: _Args = (pack, version, trigger, days, direction, service, calendar)
    off = off_days(state.subdiv if state is not None else None)
    closed = calendar.ordinals
    if pack.closures.closures:
        closed = closed | pack.closures.ordinals
    fast = (pack, version, off, closed, trigger, days, direction, service)
    if state is None or not state_counts:
        due = due_ordinal(*fast, with_state=False)
        return (
            _reading(
                args, due, _federal_only(pack, version.citations.state_holiday), with_state=False
            ),
        )
    if not state.uncertain:
        due = due_ordinal(*fast, with_state=True)
        assumption = f"federal and {state.state} state legal holidays"
        return (_reading(args, due, assumption, with_state=True),)
    moved_by: list[int] = []
    state_due = due_ordinal(*fast, with_state=True, touched=moved_by)
    bears_not = f"federal legal holidays; no {state.state} state holiday bears on this period"
    if not moved_by:  # no state-only day touched the count: both readings are one
        return (_reading(args, state_due, bears_not, with_state=True),)
    federal_due = due_ordinal(*fast, with_state=False)
    if state_due == federal_due:
        return (_reading(args, federal_due, bears_not, with_state=False),)
    named = ", ".join(
        f"{long_date(d)} ({state_holidays(state.subdiv, d.year)[d].name})"
        for d in map(date.fromordinal, dict.fromkeys(moved_by))
    )
    federal = _reading(
        args,
        federal_due,
        f"federal legal holidays only: {state.state}'s state holiday on {named} does not count",
        with_state=False,
    )
    local = _reading(
        args,
        state_due,
        f"{state.state}'s state holiday on {named} counts as a legal holiday "
        f"({version.citations.state_holiday})",
        with_state=True,
    )
    return tuple(sorted((federal, local), key=lambda r: r.due))


def _court_rolls_forward(
    pack: RulePack,
    version: Computation,
    trigger: date,
    days: int,
    calendar: CourtCalendar,
    source: str,
    earliest: date,
) -> Reading | None:
    """The later reading of a period counted back, where the court's own calendar moves a
    last day that is no day to file to the next day (``Rule.forward_on_holiday``), or
    ``None`` when the last day is a day to file (both readings are one).

    Only for a version of FRCP 6 that counts every day (since Dec. 1, 2009): before, short
    periods skipped intermediate days, and no court calendar of that time was read."""
    if version.short_period_under is not None:
        return None
    last = date.fromordinal(trigger.toordinal() - days)
    closed = (
        calendar.ordinals | pack.closures.ordinals if pack.closures.closures else calendar.ordinals
    )
    # One day after the day before the last day is the last day, rolled forward (6(a)(1)(C)).
    day_before = date.fromordinal(last.toordinal() - 1)
    forward = date.fromordinal(
        due_ordinal(
            pack, version, off_days(None), closed, day_before, 1, "after", None, with_state=False
        )
    )
    if forward in (last, earliest):
        return None
    steps = (
        Step(
            "count",
            f"{days} days before {long_date(trigger)} is {long_date(last)}",
            version.citations.count,
            last,
        ),
        Step(
            "skip",
            f"{long_date(last)} is no day to file; the court's own calendar moves the "
            f"deadline to the next day, {long_date(forward)}",
            source,
        ),
    )
    return Reading(forward, f"the court's own calendar: {source}", steps)


@lru_cache(maxsize=256)
def _one_line(note: str) -> str:
    return " ".join(note.split())


def _check(days: int, direction: str, service: str | None) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidPeriod(f"a period is a whole number of days, 0 or more, not {days!r}")
    if direction not in ("after", "before"):
        raise InvalidPeriod(f"direction must be 'after' or 'before', not {direction!r}")
    if service is not None and service not in SERVICE_METHODS:
        methods = ", ".join(SERVICE_METHODS)
        raise InvalidPeriod(f"unknown method of service {service!r} (one of: {methods})")


@lru_cache(maxsize=_CACHE_SIZE)
def _cached(
    pack: RulePack,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    calendar: CourtCalendar,
    rule_id: str | None,
) -> DeadlineResult:
    # Keyed by the rule's id, not the rule: (pack, id, trigger) names one version, and an
    # id hashes in nanoseconds where a pydantic model takes a microsecond.
    rule = pack.rule(rule_id, trigger) if rule_id is not None else None
    version = pack.computation_on(trigger)
    try:
        readings = _readings(pack, version, trigger, days, direction, service, calendar)
    except OverflowError as e:
        raise InvalidPeriod(f"{days} days from {trigger.isoformat()} leaves the calendar") from e
    notes = [pack.notice] if pack.notice else []
    if version.uncertain and version.note:
        notes.append(_one_line(version.note))
    state = pack.state_holidays
    if len(readings) > 1 and state is not None and state.note:
        notes.append(_one_line(state.note))
    if rule is not None and rule.forward_on_holiday is not None and direction == "before":
        court_date = _court_rolls_forward(
            pack, version, trigger, days, calendar, rule.forward_on_holiday, readings[0].due
        )
        if court_date is not None:
            readings = (*readings, court_date)
            notes.append(
                "Two readings: FRCP 6(a)(5) counts back to the earlier; the court's own "
                "calendar moves the deadline to the later. Meet the earlier; a paper filed "
                "by the later is not late."
            )
    if rule is not None and rule.uncertain and rule.note:
        notes.append(_one_line(rule.note))
    unverified = rule.unverified if rule is not None else None
    if unverified is not None:
        notes.append(f"Unverified: {unverified}.")
    return DeadlineResult(  # by position, in field order: keywords cost replay a microsecond
        trigger,
        days,
        direction,
        service,
        pack.id,
        pack.court.abbreviation if pack.court else None,
        readings,
        rule.id if rule else None,
        rule.citation if rule else None,
        rule.due if rule else None,
        bool(rule and (rule.uncertain or unverified)),
        pack.fallback,
        " ".join(notes) or None,
    )


_NO_CLOSURES = CourtCalendar()


def compute_deadline(
    trigger_date: date,
    days: int,
    *,
    direction: Direction = "after",
    service: Service | None = "electronic",
    court: str | RulePack | None = None,
    calendar: CourtCalendar | None = None,
) -> DeadlineResult:
    """The last day of a period of ``days`` counted from ``trigger_date``.

    Args:
        trigger_date: The day of the event that starts the period (excluded from the count).
        days: The period's length in days.
        direction: ``after`` the event, or ``before`` it (rolls backward, FRCP 6(a)(5)).
        service: How the triggering paper was served (FRCP 6(d)); ``None`` for a period
            that does not run from service.
        court: A court id (``"nmd"``) or a loaded pack; ``None`` or an unknown court means
            the FRCP base alone, and the result says so (``fallback``).
        calendar: Days the clerk's office was inaccessible (FRCP 6(a)(3)).

    Raises:
        InvalidPeriod: negative days, an unknown direction or method of service.

    Example:
        >>> compute_deadline(date(2019, 5, 10), 14, court="nmd").due
        datetime.date(2019, 5, 24)
    """
    _check(days, direction, service)
    pack = court if isinstance(court, RulePack) else load_pack(court)
    return _cached(pack, trigger_date, days, direction, service, calendar or _NO_CLOSURES, None)


def compute_rule(
    pack: RulePack,
    rule_id: str,
    trigger_date: date,
    service: Service | None = "electronic",
    *,
    calendar: CourtCalendar | None = None,
) -> DeadlineResult:
    """The deadline rule ``rule_id`` sets, counted from ``trigger_date``, under the version
    of the rule in force that day. Service adds days only where the rule allows it.

    Raises:
        UnknownRule: the pack has no such rule in force on ``trigger_date``.
        NoPeriod: the rule leaves the time to the court's order.
        InvalidPeriod: an unknown method of service.
    """
    rule = pack.rule(rule_id, on=trigger_date)
    if rule.by_order:
        raise NoPeriod(f"{rule.citation}: the court sets this time by order; no period to count")
    _check(rule.days, rule.direction, service)
    served = service if rule.service_adjustment else None
    return _cached(
        pack, trigger_date, rule.days, rule.direction, served, calendar or _NO_CLOSURES, rule.id
    )
