"""Briefing deadlines for replay: when a response and a reply fall due, and how late a
filing was. Pure and cached: replay calls these for every motion.

Example:
    >>> from docket.rules import load_pack
    >>> pack = load_pack("nmd")
    >>> briefing_deadlines(pack, "compel", date(2019, 5, 10), "electronic").due
    datetime.date(2019, 5, 24)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Protocol

from docket.events import MotionKind
from docket.records import FrozenRecord
from docket.rules.calendar import CourtCalendar
from docket.rules.computation import compute_rule
from docket.rules.errors import NoPeriod, UnknownRule
from docket.rules.model import Provision, Rule, Service, Trigger
from docket.rules.pack import RulePack
from docket.rules.result import DeadlineResult

__all__ = [
    "CourtRules",
    "Lateness",
    "briefing_deadlines",
    "compel_deadline",
    "court_rules",
    "lateness",
    "reply_deadline",
]

#: Results kept for reuse. Replay asks in date order, so its hits are on the days it has just
#: reached: 4,096 (about 2 MB) hit as often as 32,768 did, which held about 14 MB each.
_CACHE_SIZE = 1 << 12


def _due(
    pack: RulePack,
    due: str,
    motion_kind: MotionKind | str | None,
    trigger: date,
    service: Service | None,
    calendar: CourtCalendar | None,
    *,
    hearing: date | None = None,
    response_due: date | None = None,
) -> DeadlineResult:
    rule = pack.rule_for(due, trigger, motion_kind)
    if rule is None:
        raise UnknownRule(f"rule pack {pack.id!r} sets no {due} period on {trigger.isoformat()}")
    if rule.by_order:
        raise NoPeriod(f"{rule.citation}: the court sets the time for a {due} by order")
    start = trigger
    if rule.trigger == Trigger.MOTION_HEARING:
        # Counted back from the hearing (FRCP 6(a)(5)); with no hearing there is no date.
        if hearing is None:
            raise NoPeriod(
                f"{rule.citation}: a {due} is due {rule.days} days before the hearing, "
                "and no hearing date is on the docket"
            )
        start = hearing
    elif rule.trigger == Trigger.RESPONSE_DUE:
        if response_due is None:
            raise NoPeriod(f"{rule.citation}: a {due} runs from the day the response was due")
        start = response_due
    return compute_rule(pack, rule.id, start, service, calendar=calendar)


@lru_cache(maxsize=_CACHE_SIZE)
def briefing_deadlines(
    pack: RulePack,
    motion_kind: MotionKind | str | None,
    filed: date,
    service: Service | None = "electronic",
    *,
    calendar: CourtCalendar | None = None,
    hearing: date | None = None,
) -> DeadlineResult:
    """When the response to a motion filed (and served) on ``filed`` is due.

    The court's rule governs (D.N.M.LR-Civ. 7.4(a): 14 days); a court without one gets the
    FRCP base's configurable default (14 days), marked ``uncertain``.

    Args:
        pack: The case's rule pack (:func:`~docket.rules.pack.load_pack`).
        motion_kind: What the motion asks for (a rule may govern some kinds only).
        filed: The day the motion was filed and served.
        service: How it was served (FRCP 6(d)); CM/ECF filing serves electronically.
        calendar: Days the clerk's office was inaccessible (FRCP 6(a)(3)).
        hearing: The day the motion is noticed for hearing, where the court counts back
            from it (C.D. Cal. L.R. 7-9: 21 days before).

    Returns:
        The deadline: ``due``, ``readings``, ``rule_id``, ``citation``, ``explain()``.

    Raises:
        NoPeriod: the court sets the time by order, or counts it from a hearing not given.
    """
    return _due(pack, "response", motion_kind, filed, service, calendar, hearing=hearing)


@lru_cache(maxsize=_CACHE_SIZE)
def reply_deadline(
    pack: RulePack,
    response_filed: date,
    service: Service | None = "electronic",
    *,
    motion_kind: MotionKind | str | None = None,
    calendar: CourtCalendar | None = None,
    hearing: date | None = None,
    response_due: date | None = None,
) -> DeadlineResult:
    """When the reply is due after a response filed (and served) on ``response_filed``
    (D.N.M.LR-Civ. 7.4(a): 14 days; FRCP base default: 7 days, ``uncertain``), or before
    the ``hearing`` (C.D. Cal. L.R. 7-10), or after the day the response was due
    (``response_due``; N.D. Cal. Civil L.R. 7-3(c))."""
    return _due(
        pack,
        "reply",
        motion_kind,
        response_filed,
        service,
        calendar,
        hearing=hearing,
        response_due=response_due,
    )


def compel_deadline(
    pack: RulePack,
    objections_served: date,
    service: Service | None = "electronic",
    *,
    calendar: CourtCalendar | None = None,
) -> DeadlineResult | None:
    """The last day to move to compel after objections to a discovery request were served
    (D.N.M.LR-Civ. 26.6: 21 days, or the objection is accepted), or ``None`` where the
    court has no such rule (the FRCP sets none)."""
    if pack.rule_for("motion_to_compel", objections_served, MotionKind.COMPEL) is None:
        return None
    return _due(pack, "motion_to_compel", MotionKind.COMPEL, objections_served, service, calendar)


class CourtRules(FrozenRecord):
    """The rules replay checks filings against, as in force on one date.

    Attributes:
        response: The period to respond to a motion.
        reply: The period to reply to a response.
        compel: The period to move to compel after objections (``None`` when none).
        provisions: Rules without a period, by id (e.g. ``"nmd.7.1b.consent"``).
    """

    __slots__ = ("compel", "provisions", "reply", "response")

    response: Rule | None
    reply: Rule | None
    compel: Rule | None
    provisions: Mapping[str, Provision]

    def __init__(
        self,
        response: Rule | None,
        reply: Rule | None,
        compel: Rule | None,
        provisions: Mapping[str, Provision],
    ) -> None:
        put = object.__setattr__
        put(self, "response", response)
        put(self, "reply", reply)
        put(self, "compel", compel)
        put(self, "provisions", provisions)

    @property
    def periods(self) -> tuple[Rule, ...]:
        """The periods that exist, response first."""
        return tuple(r for r in (self.response, self.reply, self.compel) if r is not None)


@lru_cache(maxsize=1024)
def court_rules(
    pack: RulePack, on: date, motion_kind: MotionKind | str | None = None
) -> CourtRules:
    """The briefing and discovery rules of ``pack`` in force on ``on``."""
    provisions: dict[str, Provision] = {}
    for p in pack.provisions:
        if p.in_effect(on):
            provisions.setdefault(p.id, p)
    return CourtRules(
        response=pack.rule_for("response", on, motion_kind),
        reply=pack.rule_for("reply", on, motion_kind),
        compel=pack.rule_for("motion_to_compel", on, MotionKind.COMPEL),
        provisions=MappingProxyType(provisions),
    )


class Lateness(FrozenRecord):
    """How late a filing was against a deadline.

    Attributes:
        days: Days after the earliest reading's due date.
        under_every_reading: True when the filing is late whichever reading holds; False
            when a later reading (a state holiday counted) would make it timely.
    """

    __slots__ = ("days", "under_every_reading")

    days: int
    under_every_reading: bool

    def __init__(self, days: int, under_every_reading: bool) -> None:
        object.__setattr__(self, "days", days)
        object.__setattr__(self, "under_every_reading", under_every_reading)


class _Due(Protocol):
    @property
    def due(self) -> date: ...


class _Readings(Protocol):
    """A computed deadline, or one replay runs: its earliest due date and every reading."""

    @property
    def due(self) -> date: ...
    @property
    def readings(self) -> Sequence[_Due]: ...


def lateness(deadline: _Readings, filed: date) -> Lateness | None:
    """How late a paper filed on ``filed`` was, or ``None`` when it was timely (filing on
    the last day is timely until midnight, FRCP 6(a)(4))."""
    if filed <= deadline.due:
        return None
    latest = max((r.due for r in deadline.readings), default=deadline.due)
    return Lateness((filed - deadline.due).days, filed > latest)
