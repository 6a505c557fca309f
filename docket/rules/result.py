"""A computed deadline as a value: when it falls, under which readings, and why.

Every :class:`DeadlineResult` explains itself: each :class:`Reading` holds the
:class:`Step` s that reached its date, each step the rule that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import date
from typing import Literal

from docket.records import FrozenRecord, record_fields
from docket.rules.model import Direction, Service

__all__ = ["DeadlineResult", "Reading", "Step", "StepAction", "long_date"]

StepAction = Literal["count", "exclude", "skip", "add", "note"]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """A date as a clerk writes it, in English whatever the locale: ``Friday, May 24, 2019``."""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"


class Step(FrozenRecord):
    """One thing a computation did, and the rule that made it do so.

    Attributes:
        action: ``count`` the period, ``exclude`` an intermediate day (short periods before
            2009), ``skip`` a last day that is no day to file, ``add`` service days, or a
            ``note``.
        text: The step in words, as a clause of a clerk's note.
        citation: The rule applied.
        day: The day the step concerns, where there is one.
    """

    __slots__ = ("action", "citation", "day", "text")

    action: StepAction
    text: str
    citation: str
    day: date | None

    def __init__(
        self, action: StepAction, text: str, citation: str, day: date | None = None
    ) -> None:
        put = object.__setattr__
        put(self, "action", action)
        put(self, "text", text)
        put(self, "citation", citation)
        put(self, "day", day)

    def to_dict(self) -> dict[str, str | None]:
        """The step as JSON-ready data."""
        return {
            "action": self.action,
            "day": self.day.isoformat() if self.day else None,
            "text": self.text,
            "citation": self.citation,
        }


class Reading:
    """The date a deadline falls on under one assumption, and how it was reached.

    Replay needs only the date and the assumption; the steps, with their words, are worked
    out the first time they are asked for (``steps``, ``explain()``, ``to_dict()``) and kept.
    Readings are frozen, compare by all three, and hash.

    Attributes:
        due: The date the deadline falls on under this reading.
        assumption: Which days this reading takes for legal holidays.
        steps: How the date was reached, each step with its rule.
    """

    __slots__ = ("_steps", "assumption", "due")

    due: date
    assumption: str
    # The steps, or until first asked for, what works them out.
    _steps: tuple[Step, ...] | Callable[[], tuple[Step, ...]]

    def __init__(self, due: date, assumption: str, steps: tuple[Step, ...]) -> None:
        _put_due(self, due)
        _put_assumption(self, assumption)
        _put_steps(self, tuple(steps))

    @classmethod
    def deferred(
        cls, due: date, assumption: str, explain: Callable[[], tuple[Step, ...]]
    ) -> Reading:
        """A reading whose steps ``explain()`` works out when first asked for."""
        reading = cls.__new__(cls)
        _put_due(reading, due)
        _put_assumption(reading, assumption)
        _put_steps(reading, explain)
        return reading

    @property
    def steps(self) -> tuple[Step, ...]:
        """How the date was reached, each step with the rule that made it."""
        steps = self._steps
        if isinstance(steps, tuple):
            return steps
        worked_out = steps()
        _put_steps(self, worked_out)
        return worked_out

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

    def _key(self) -> tuple[date, str, tuple[Step, ...]]:
        return (self.due, self.assumption, self.steps)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reading):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Reading(due={self.due!r}, assumption={self.assumption!r}, steps={self.steps!r})"

    def __reduce__(self) -> tuple[type[Reading], tuple[date, str, tuple[Step, ...]]]:
        return (Reading, self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def _putter(cls: type, name: str) -> Callable[[object, object], None]:
    # Sets a slot through its descriptor: what object.__setattr__ does for a frozen class,
    # several times faster.
    put: Callable[[object, object], None] = cls.__dict__[name].__set__
    return put


_put_due = _putter(Reading, "due")
_put_assumption = _putter(Reading, "assumption")
_put_steps = _putter(Reading, "_steps")


class DeadlineResult(FrozenRecord):
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

    __slots__ = (
        "citation",
        "court",
        "days",
        "direction",
        "fallback",
        "notice",
        "pack",
        "readings",
        "rule_id",
        "service",
        "trigger",
        "uncertain",
        "what",
    )

    trigger: date
    days: int
    direction: Direction
    service: Service | None
    pack: str
    court: str | None
    readings: tuple[Reading, ...]
    rule_id: str | None
    citation: str | None
    what: str | None
    uncertain: bool
    fallback: bool
    notice: str | None

    def __init__(
        self,
        trigger: date,
        days: int,
        direction: Direction,
        service: Service | None,
        pack: str,
        court: str | None,
        readings: tuple[Reading, ...],
        rule_id: str | None = None,
        citation: str | None = None,
        what: str | None = None,
        uncertain: bool = False,
        fallback: bool = False,
        notice: str | None = None,
    ) -> None:
        # object.__setattr__ for every field costs microseconds that replay pays for every
        # deadline: the slots' setters are faster.
        p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13 = _RESULT_PUTS
        p1(self, trigger)
        p2(self, days)
        p3(self, direction)
        p4(self, service)
        p5(self, pack)
        p6(self, court)
        p7(self, readings)
        p8(self, rule_id)
        p9(self, citation)
        p10(self, what)
        p11(self, uncertain)
        p12(self, fallback)
        p13(self, notice)

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
        from docket.rules.explain import explain  # explain renders this module's values

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


_RESULT_PUTS = tuple(_putter(DeadlineResult, name) for name in record_fields(DeadlineResult))
