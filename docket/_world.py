"""Replay's working state: private, mutable, local to one call of :func:`docket.replay`.

Everything here is folded into the frozen :class:`~docket.posture.Posture` at the end.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from docket._conditions import Truth, dates_in, evaluate, motions_in
from docket.events import (
    Condition,
    DocketEvent,
    Ground,
    MotionFiled,
    Party,
    StayScope,
)
from docket.machines import CASE, DISCOVERY, LEAVE, MOTION, STAY
from docket.posture import Anomaly

__all__ = ["WLeave", "WMotion", "WStay", "World"]


@dataclass(slots=True)
class WLeave:
    """Leave to refile, while replay runs."""

    condition: Condition | None
    description: str | None
    granted_by: int | None
    since: date
    status: str = LEAVE.initial


@dataclass(slots=True)
class WMotion:
    """A motion, while replay runs."""

    event: MotionFiled
    status: str = MOTION.initial
    decided: date | None = None
    decided_by: int | None = None
    leave: WLeave | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class WStay:
    """A stay, while replay runs."""

    scope: StayScope
    parties: tuple[str, ...]
    imposed: date
    imposed_by: int | None
    on_motion: int | None
    lifts_when: Condition | None
    grounds: tuple[Ground, ...]
    explanation: str | None = None
    status: str = STAY.initial
    lifted: date | None = None
    lifted_by: int | None = None
    lifted_because: str | None = None

    @property
    def halts_discovery(self) -> bool:
        """A stay of discovery or of the whole case halts all discovery."""
        return self.status == "in_force" and self.scope in (StayScope.DISCOVERY, StayScope.CASE)


Watcher = WStay | WLeave
Tick = Callable[["World"], None]


@dataclass(frozen=True, slots=True)
class _Recheck:
    """A tick that re-checks one watcher's condition when its date comes."""

    watcher: Watcher

    def __call__(self, world: World) -> None:
        world.recheck(self.watcher, None)


@dataclass
class World:
    """The case as replay has built it so far."""

    case_id: str | None = None
    court: str | None = None
    title: str | None = None
    parties: tuple[Party, ...] = ()
    today: date | None = None
    case_status: str = CASE.initial
    case_since: date | None = None
    discovery_status: str = DISCOVERY.initial
    discovery_since: date | None = None
    discovery_closes: date | None = None
    motions: dict[int, WMotion] = field(default_factory=dict)
    motion_list: list[WMotion] = field(default_factory=list)
    stays: list[WStay] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    seen_ids: set[str] = field(default_factory=set)
    known_ids: set[str] = field(default_factory=set)
    seen_docs: set[int] = field(default_factory=set)
    #: Numbered entries applied lately, as (filed, doc), oldest first (see ``_apply``).
    docketed: deque[tuple[date, int]] = field(default_factory=deque)
    #: The highest docket number filed long enough ago to be settled, with its filed date.
    settled: tuple[int, date] | None = None
    watchers: dict[int, list[Watcher]] = field(default_factory=dict)
    ticks: list[tuple[date, int, Tick]] = field(default_factory=list)
    tick_seq: int = 0

    # -- time --------------------------------------------------------------------------

    def schedule(self, day: date, tick: Tick) -> None:
        """Run ``tick`` when replay reaches ``day`` (before that day's entries)."""
        self.tick_seq += 1
        heapq.heappush(self.ticks, (day, self.tick_seq, tick))

    def advance_to(self, day: date) -> None:
        """Run every tick due on or before ``day``, in date order."""
        while self.ticks and self.ticks[0][0] <= day:
            when, _, tick = heapq.heappop(self.ticks)
            self.today = when
            tick(self)
        self.today = day

    # -- anomalies ---------------------------------------------------------------------

    def flag(self, event: DocketEvent, code: str, reason: str, rule: str | None = None) -> None:
        """Record that ``event`` could not apply, or broke a rule."""
        self.anomalies.append(
            Anomaly(
                code=code,
                doc=event.doc,
                event_id=event.id,
                filed=event.filed,
                reason=reason,
                rule=rule,
            )
        )

    # -- conditions --------------------------------------------------------------------

    def watch(self, watcher: Watcher, condition: Condition) -> None:
        """Re-check ``watcher`` whenever a motion or a date in ``condition`` may change it."""
        for n in motions_in(condition):
            self.watchers.setdefault(n, []).append(watcher)
        for day in dates_in(condition):
            self.schedule(day, _Recheck(watcher))

    def motion_changed(self, doc: int | None, by: int | None) -> None:
        """A motion's status changed: re-check every stay and leave that watches it."""
        if doc is None:
            return
        for watcher in self.watchers.get(doc, ()):
            self.recheck(watcher, by)

    def recheck(self, watcher: Watcher, by: int | None) -> None:
        """Evaluate one watcher's condition and move its machine if the truth changed."""
        assert self.today is not None
        if isinstance(watcher, WStay):
            if watcher.status != "in_force" or watcher.lifts_when is None:
                return
            if evaluate(watcher.lifts_when, self.motions, self.today) is Truth.HOLDS:
                self.lift(watcher, "lift_by_terms", None, "its own terms were met")
            return
        if watcher.status != "conditional" or watcher.condition is None:
            return
        truth = evaluate(watcher.condition, self.motions, self.today)
        if truth is Truth.HOLDS:
            watcher.status = LEAVE.fire(watcher.status, "condition_met")
            watcher.since = self.today
        elif truth is Truth.FAILED:
            watcher.status = LEAVE.fire(watcher.status, "condition_failed")
            watcher.since = self.today

    # -- stays, discovery and the case -------------------------------------------------

    def lift(self, stay: WStay, trigger: str, by: int | None, because: str) -> None:
        """Lift one stay and bring discovery and the case up to date."""
        assert self.today is not None
        stay.status = STAY.fire(stay.status, trigger)
        stay.lifted, stay.lifted_by, stay.lifted_because = self.today, by, because
        self.refresh_stays()

    def refresh_stays(self) -> None:
        """Derive the case's and discovery's stayed-or-not from the stays in force."""
        if self.case_status == "closed":
            return
        case_stayed = any(s.status == "in_force" and s.scope is StayScope.CASE for s in self.stays)
        if case_stayed and self.case_status == "open":
            self.case_status, self.case_since = CASE.fire("open", "stay"), self.today
        elif not case_stayed and self.case_status == "stayed":
            self.case_status, self.case_since = CASE.fire("stayed", "lift"), self.today
        halted = any(s.halts_discovery for s in self.stays)
        if halted and DISCOVERY.can(self.discovery_status, "stay"):
            self.set_discovery("stay")
        elif not halted and self.discovery_status == "stayed":
            self.set_discovery("lift")

    def set_discovery(self, trigger: str) -> None:
        """Move the discovery machine."""
        self.discovery_status = DISCOVERY.fire(self.discovery_status, trigger)
        self.discovery_since = self.today

    def close_case(self, because: str) -> None:
        """End the case: stays lift, discovery closes, leave to refile is foreclosed."""
        if self.case_status == "closed":
            return
        self.case_status, self.case_since = CASE.fire(self.case_status, "close"), self.today
        for stay in self.stays:
            if stay.status == "in_force":
                stay.status = STAY.fire(stay.status, "case_ended")
                stay.lifted, stay.lifted_because = self.today, because
        if DISCOVERY.can(self.discovery_status, "close"):
            self.set_discovery("close")
        for m in self.motion_list:
            if m.leave is not None and LEAVE.can(m.leave.status, "case_ended"):
                m.leave.status = LEAVE.fire(m.leave.status, "case_ended")
                m.leave.since = self.today or m.leave.since
