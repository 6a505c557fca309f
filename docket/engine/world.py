"""Replay's working state: private, mutable, local to one fold.

Every change of state goes through a method that moves the machine, records the change's
provenance (a :class:`~docket.posture.Step`) and marks the fact dirty, so an index can record
the posture's changes day by day (see :mod:`docket.audit`). The state is built in layers, each
depending only on those below it: the :class:`~docket.engine.ledger.Ledger` (clock,
provenance, anomalies, changes), :class:`~docket.engine.motions.Motions`,
:class:`~docket.engine.stays.Stays` (with discovery and the case), and here the conditions that
watch them. Everything is folded into the frozen :class:`~docket.posture.Posture` by
:mod:`docket.engine.freeze`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date

from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.engine.motions import WLeave, WMotion
from docket.engine.stays import Stays, WStay
from docket.events import Condition, DocketEvent
from docket.events.conditions import dates_in, motions_in
from docket.posture import ReviewFlag

__all__ = ["Watcher", "World"]


Watcher = tuple[WStay] | tuple[WMotion, WLeave]


@dataclass(frozen=True, slots=True)
class _Recheck:
    """A tick that re-checks one watcher's condition when its date comes."""

    watcher: Watcher

    def __call__(self, world: World) -> None:
        world.recheck(self.watcher)


@dataclass
class World(Stays):
    """The case as replay has built it so far: its motions and stays (see
    :mod:`docket.engine.motions`, :mod:`docket.engine.stays`), the conditions that watch them,
    and what replay has seen of the docket's numbering."""

    case_id: str | None = None
    title: str | None = None
    seen_ids: set[str] = field(default_factory=set)
    known_ids: set[str] = field(default_factory=set)
    seen_docs: set[int] = field(default_factory=set)
    #: Numbered entries applied lately, as (filed, doc), oldest first (see ``_apply``).
    docketed: deque[tuple[date, int]] = field(default_factory=deque)
    #: The highest docket number filed long enough ago to be settled, with its filed date.
    settled: tuple[int, date] | None = None
    watchers: dict[int, list[Watcher]] = field(default_factory=dict)

    def note_review(self, event: DocketEvent) -> None:
        """An entry read without certainty: flag each pending motion it may rule on, and the
        case if it may end it. Nothing else changes: a review flag is never a ruling."""
        review = event.review
        if review is None:
            return
        flag = ReviewFlag(doc=event.doc, event_id=event.id, filed=event.filed, reason=review.reason)
        for doc in dict.fromkeys(review.may_rule_on):
            for m in self.motions.get(doc, ()):
                if m.status == "pending":
                    m.review.append(flag)
                    self.touch_motion(m)
        if review.may_close and self.case_status != "closed":
            self.case_review.append(flag)
            self.dirty.add((FactKind.CASE, 0))
        if review.may_schedule:
            self.discovery_review.append(flag)
            self.dirty.add((FactKind.DISCOVERY, 0))

    def motion_moved(self, m: WMotion) -> None:
        """A motion's status changed: re-check every condition that names it."""
        for watcher in self.watchers.get(m.event.doc, ()) if m.event.doc is not None else ():
            self.recheck(watcher)

    # -- conditions --------------------------------------------------------------------

    def watch(self, watcher: Watcher, condition: Condition) -> None:
        """Re-check ``watcher`` whenever a motion or a date in ``condition`` may change it."""
        for n in motions_in(condition):
            self.watchers.setdefault(n, []).append(watcher)
        for day in dates_in(condition):
            self.schedule(day, _Recheck(watcher))

    def recheck(self, watcher: Watcher) -> None:
        """Evaluate one watcher's condition and move its machine if its truth changed."""
        assert self.today is not None
        if len(watcher) == 1:
            (stay,) = watcher
            if stay.status != "in_force" or stay.lifts_when is None:
                return
            if evaluate(stay.lifts_when, self.motions, self.today) is Truth.HOLDS:
                self.lift(stay, "lift_by_terms", None, "its own terms were met")
            return
        m, leave = watcher
        if m.leave is not leave:
            return  # the ruling that gave this leave was vacated: it is gone, not re-checked
        if leave.condition is None or leave.ended_with_case:
            return
        truth = evaluate(leave.condition, self.motions, self.today)
        settled = {"available": Truth.HOLDS, "foreclosed": Truth.FAILED}.get(leave.status)
        if settled is not None and truth is not settled:
            # Leave follows its condition: when the ruling that met (or defeated) it is
            # vacated, the condition is open again, and so is the leave.
            self.move_leave(
                m,
                "condition_reopened",
                "leave to refile conditional again: the ruling that settled its condition"
                " no longer stands",
            )
        if leave.status != "conditional":
            return
        if truth is Truth.HOLDS:
            self.move_leave(m, "condition_met", "leave to refile available: its condition holds")
        elif truth is Truth.FAILED:
            self.move_leave(
                m,
                "condition_failed",
                "leave to refile foreclosed: its condition can no longer hold",
            )
