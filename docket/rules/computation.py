"""Computing a deadline under FRCP 6(a) and 6(d), with every step explained.

FRCP 6(a)(1): exclude the day of the event that triggers the period; count every day,
weekends and holidays included; include the last day, but if it is a Saturday, Sunday or
legal holiday, run to the next day that is none of those ("next" counts backward for periods
counted before an event, 6(a)(5)). 6(a)(3): a clerk's office inaccessible on the last day
moves it to the first accessible day. 6(d): after service by mail (or leaving with the clerk,
or other consented means) 3 days are added after the period would otherwise expire, and the
result is rolled again. Each version of the rule is data in the FRCP pack.

Results are pure values and are cached: replay asks for the same deadlines again and again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from docket.rules.calendar import CourtCalendar, federal_holidays, state_holidays
from docket.rules.errors import InvalidPeriod
from docket.rules.model import SERVICE_METHODS, Computation, Direction, Rule, Service
from docket.rules.pack import RulePack, load_pack

__all__ = [
    "DeadlineResult",
    "Reading",
    "Step",
    "compute_deadline",
    "compute_rule",
    "long_date",
]

StepAction = Literal["count", "exclude", "skip", "add", "note"]

_CACHE_SIZE = 1 << 15
_SERVED = {
    "electronic": "electronically",
    "mail": "by mail",
    "clerk": "by leaving it with the clerk",
    "other": "by other means consented to",
    "personal": "by hand",
}


def long_date(day: date) -> str:
    """A date as a clerk writes it: ``Friday, May 24, 2019``."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


@dataclass(frozen=True, slots=True)
class Step:
    """One thing a computation did, and the rule that made it do so.

    Attributes:
        action: ``count`` the period, ``exclude`` an intermediate day (short periods before
            2009), ``skip`` a last day that is no day to file, ``add`` service days, or a
            ``note``.
        text: The step in words, as a clause of a clerk's note.
        citation: The rule applied.
        day: The day the step concerns, where there is one.
    """

    action: StepAction
    text: str
    citation: str
    day: date | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The step as JSON-ready data."""
        return {
            "action": self.action,
            "day": self.day.isoformat() if self.day else None,
            "text": self.text,
            "citation": self.citation,
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """The date a deadline falls on under one assumption, and how it was reached."""

    due: date
    assumption: str
    steps: tuple[Step, ...]

    @property
    def skipped(self) -> tuple[Step, ...]:
        """The days passed over (not counted, or not a day to file), each with its reason."""
        return tuple(s for s in self.steps if s.action in ("exclude", "skip"))

    def to_dict(self) -> dict[str, object]:
        """The reading as JSON-ready data."""
        return {
            "due": self.due.isoformat(),
            "assumption": self.assumption,
            "steps": [s.to_dict() for s in self.steps],
        }


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """A computed deadline: when it falls, under which readings, and why.

    Attributes:
        trigger: The day of the event that started the period.
        days: The period's length.
        direction: ``after`` the event, or ``before`` it.
        service: How the triggering paper was served (``None``: no service adjustment).
        pack: The rule pack used.
        court: The court's abbreviation, when the pack is a court's.
        readings: Each reading, earliest first (two when a state holiday is in question).
        rule_id: The rule that set the period, when one did.
        citation: That rule's citation.
        what: What falls due (``"response"``), when a rule said.
        uncertain: True when the period is a configurable default, not a verified rule.
        fallback: True when the court had no pack and the FRCP base stood in.
        notice: Why the pack fell back, or what is uncertain about the period.
    """

    trigger: date
    days: int
    direction: Direction
    service: Service | None
    pack: str
    court: str | None
    readings: tuple[Reading, ...]
    rule_id: str | None = None
    citation: str | None = None
    what: str | None = None
    uncertain: bool = False
    fallback: bool = False
    notice: str | None = None

    @property
    def due(self) -> date:
        """The earliest reading's date: the one to meet."""
        return self.readings[0].due

    @property
    def skipped(self) -> tuple[Step, ...]:
        """The days the earliest reading passed over, each with its reason."""
        return self.readings[0].skipped

    @property
    def citations(self) -> tuple[str, ...]:
        """Every rule applied, in the order first applied, without repeats."""
        found = [self.citation] if self.citation else []
        found += [s.citation for r in self.readings for s in r.steps]
        return tuple(dict.fromkeys(found))

    def explain(self) -> str:
        """The computation as a clerk's note (see :func:`docket.rules.explain.explain`)."""
        from docket.rules.explain import explain

        return explain(self)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready data: ``due``, ``readings`` and ``explanation`` first."""
        return {
            "due": self.due.isoformat(),
            "readings": [r.to_dict() for r in self.readings],
            "explanation": {
                "text": self.explain(),
                "steps": [s.to_dict() for s in self.readings[0].steps],
                "skipped": [s.to_dict() for s in self.skipped],
                "citations": list(self.citations),
            },
            "trigger": self.trigger.isoformat(),
            "days": self.days,
            "direction": self.direction,
            "service": self.service,
            "pack": self.pack,
            "court": self.court,
            "rule_id": self.rule_id,
            "citation": self.citation,
            "what": self.what,
            "uncertain": self.uncertain,
            "fallback": self.fallback,
            "notice": self.notice,
        }


# A day that is no day to file: (why, which rule, whether it is a state-only holiday).
_Off = tuple[str, str, bool]


def _off_day(
    pack: RulePack, version: Computation, *, with_state: bool
) -> Callable[[date], _Off | None]:
    cite = version.citations
    state = pack.state_holidays

    def off(day: date) -> _Off | None:
        weekday = day.weekday()
        if weekday >= 5:
            return ("a Saturday" if weekday == 5 else "a Sunday", cite.weekend, False)
        holiday = federal_holidays(day.year).get(day)
        if holiday is not None:
            if holiday.kind == "federal":
                return (f"{holiday.name}, a legal holiday", cite.federal_holiday, False)
            return (
                f"{holiday.name}, a day the President closed the federal government",
                cite.declared_holiday,
                False,
            )
        if with_state and state is not None:
            local = state_holidays(state.subdiv, day.year).get(day)
            if local is not None:
                return (f"{local.name}, a {state.state} state holiday", cite.state_holiday, True)
        return None

    return off


def _run(
    pack: RulePack,
    version: Computation,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    calendar: CourtCalendar,
    *,
    with_state: bool,
) -> tuple[date, tuple[Step, ...], tuple[date, ...]]:
    """One reading: the due date, its steps, and the state-only days that moved it."""
    cite = version.citations
    off = _off_day(pack, version, with_state=with_state)
    sign = 1 if direction == "after" else -1
    one = timedelta(days=sign)
    word = "after" if direction == "after" else "before"
    steps: list[Step] = []
    state_days: list[date] = []

    # Count the period (6(a)(1)(A)-(B)); before 2009, periods under 11 days skip
    # intermediate weekends and holidays (old FRCP 6(a)).
    if version.short_period_under is not None and days < version.short_period_under:
        excluded: list[Step] = []
        day, counted = trigger, 0
        while counted < days:
            day += one
            why = off(day)
            if why is None:
                counted += 1
                continue
            short = cite.short_period or cite.count
            rule = short if why[1] == cite.weekend else f"{short}; {why[1]}"
            excluded.append(Step("exclude", f"{long_date(day)} not counted: {why[0]}", rule, day))
            if why[2]:
                state_days.append(day)
        end = day
        steps.append(
            Step(
                "count",
                f"{days} days {word} {long_date(trigger)}, the trigger day excluded and "
                f"intermediate weekends and legal holidays not counted, end on {long_date(end)}",
                cite.short_period or cite.count,
            )
        )
        steps.extend(excluded)
    else:
        end = trigger + timedelta(days=sign * days)
        steps.append(
            Step(
                "count",
                f"{days} days {word} {long_date(trigger)}, the trigger day excluded, "
                f"end on {long_date(end)}",
                cite.count,
            )
        )

    roll_cite = cite.roll if direction == "after" else cite.backward
    moves = "forward" if direction == "after" else "back"

    def roll(day: date) -> date:
        while True:
            why = off(day)
            if why is not None:
                reason, citation, is_state = why
                if is_state:
                    state_days.append(day)
            else:
                closure = calendar.inaccessible(day) or pack.closures.inaccessible(day)
                if closure is None:
                    return day
                reason = f"the clerk's office was inaccessible ({closure.reason})"
                citation = cite.inaccessible
            steps.append(
                Step(
                    "skip",
                    f"{long_date(day)} is {reason}: the period runs {moves} to the next day",
                    f"{roll_cite}; {citation}" if citation != roll_cite else citation,
                    day,
                )
            )
            day += one

    allowance = pack.service_on(service, trigger) if service is not None else None
    if allowance is None or allowance.extra_days == 0 or direction == "before":
        end = roll(end)
        if allowance is not None and allowance.extra_days and direction == "before":
            steps.append(
                Step(
                    "note",
                    f"served {_SERVED[allowance.method]}, but {cite.service} adds days only "
                    "to periods that run after service: none added",
                    cite.service,
                )
            )
        elif allowance is not None:
            steps.append(
                Step(
                    "note",
                    f"served {_SERVED[allowance.method]}: no days added",
                    f"{cite.service}; {allowance.citation}",
                )
            )
    else:
        if version.service_order == "roll_then_add":
            end = roll(end)
            after_what = "after the period would otherwise expire"
        else:
            after_what = "to the end of the period before it is rolled"
        end += timedelta(days=allowance.extra_days)
        steps.append(
            Step(
                "add",
                f"served {_SERVED[allowance.method]}: {allowance.extra_days} days added "
                f"{after_what}, to {long_date(end)}",
                f"{cite.service}; {allowance.citation}",
                end,
            )
        )
        end = roll(end)

    court = pack.court
    if cite.last_day_ends and court is not None and court.timezone:
        steps.append(
            Step(
                "note",
                f"electronic filing is timely until midnight {court.timezone_name or court.timezone} "
                f"on {long_date(end)}",
                cite.last_day_ends,
            )
        )
    return end, tuple(steps), tuple(state_days)


def _readings(
    pack: RulePack,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    calendar: CourtCalendar,
) -> tuple[Reading, ...]:
    version = pack.computation_on(trigger)
    state = pack.state_holidays
    state_counts = state is not None and (direction == "after" or version.state_holidays == "both")
    args = (pack, version, trigger, days, direction, service, calendar)
    if state is None or not state_counts:
        due, steps, _ = _run(*args, with_state=False)
        if state is None:
            where = "the FRCP base pack" if pack.court is None else f"no state in {pack.id}"
            assumption = f"federal legal holidays only ({where}: no state holidays known)"
        else:
            assumption = (
                "federal legal holidays only: state holidays do not count for periods "
                f"counted backward ({version.citations.state_holiday})"
            )
        return (Reading(due, assumption, steps),)
    if not state.uncertain:
        due, steps, _ = _run(*args, with_state=True)
        return (Reading(due, f"federal and {state.state} state legal holidays", steps),)
    federal_due, federal_steps, _ = _run(*args, with_state=False)
    state_due, state_steps, moved_by = _run(*args, with_state=True)
    if state_due == federal_due or not moved_by:
        return (
            Reading(
                federal_due,
                f"federal legal holidays; no {state.state} state holiday bears on this period",
                federal_steps,
            ),
        )
    named = ", ".join(
        f"{long_date(d)} ({state_holidays(state.subdiv, d.year)[d].name})"
        for d in dict.fromkeys(moved_by)
    )
    federal = Reading(
        federal_due,
        f"federal legal holidays only: {state.state}'s state holiday on {named} does not count",
        federal_steps,
    )
    local = Reading(
        state_due,
        f"{state.state}'s state holiday on {named} counts as a legal holiday "
        f"({version.citations.state_holiday})",
        state_steps,
    )
    return tuple(sorted((federal, local), key=lambda r: r.due))


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
    rule: Rule | None,
) -> DeadlineResult:
    try:
        readings = _readings(pack, trigger, days, direction, service, calendar)
    except OverflowError as e:
        raise InvalidPeriod(f"{days} days from {trigger.isoformat()} leaves the calendar") from e
    notes = [pack.notice] if pack.notice else []
    state = pack.state_holidays
    if len(readings) > 1 and state is not None and state.note:
        notes.append(" ".join(state.note.split()))
    if rule is not None and rule.uncertain and rule.note:
        notes.append(" ".join(rule.note.split()))
    return DeadlineResult(
        trigger=trigger,
        days=days,
        direction=direction,
        service=service,
        pack=pack.id,
        court=pack.court.abbreviation if pack.court else None,
        readings=readings,
        rule_id=rule.id if rule else None,
        citation=rule.citation if rule else None,
        what=rule.due if rule else None,
        uncertain=bool(rule and rule.uncertain),
        fallback=pack.fallback,
        notice=" ".join(notes) or None,
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
        InvalidPeriod: an unknown method of service.
    """
    rule = pack.rule(rule_id, on=trigger_date)
    _check(rule.days, rule.direction, service)
    served = service if rule.service_adjustment else None
    return _cached(
        pack, trigger_date, rule.days, rule.direction, served, calendar or _NO_CLOSURES, rule
    )
