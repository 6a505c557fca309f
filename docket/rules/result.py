"""A computed deadline as a value: when it falls, under which readings, and why.

Every :class:`DeadlineResult` explains itself: each :class:`Reading` holds the
:class:`Step` s that reached its date, each step the rule that made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

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
