"""Motions held in abeyance: neither granted nor denied, their briefing suspended.

An order may hold a motion in abeyance pending something else (another motion's resolution,
a date, a proceeding elsewhere) instead of ruling on it. While it is held, the motion is
undecided but not awaiting anything from the parties: its running briefing deadlines are
suspended, so no response is "not filed in time" and no consent to grant is ever inferred
from silence (D.N.M.LR-Civ. 7.1(b) speaks of a response due, and none is). The abeyance ends
when what it waits on holds, when an order takes the motion up again, or when an order rules
on it; the briefing then runs again with the days that were left, flagged for a person to
check whether the court set a schedule instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from docket.engine import deadlines
from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.events import Abeyance, Condition, OrderEntered, describe
from docket.events.conditions import dates_in, motions_in
from docket.rules import compute_deadline
from docket.words import doc_ref, motion_ref

if TYPE_CHECKING:
    from docket.engine.motions import WMotion
    from docket.engine.world import World

__all__ = ["WAbeyance", "hold", "lift_by_order", "motion_moved"]

#: What running out means while a motion is held: nothing (no response is due).
_NO_CONSEQUENCE = "none while the motion is held in abeyance: no response is due"

#: Why resumed briefing is flagged.
_RESUMED = (
    "the briefing runs again with the days that were left when the motion was held in "
    "abeyance; check whether the court set a schedule instead"
)


@dataclass(slots=True, eq=False)
class WAbeyance:
    """A motion's abeyance, while replay runs: since when, by which order, pending what, the
    briefing deadlines it suspended (with their consequences, restored on the lift)."""

    since: date
    by: int | None
    pending: Condition | None
    description: str | None
    held: list[tuple[deadlines.WDeadline, str | None]] = field(default_factory=list)
    lifted: date | None = None
    lifted_by: int | None = None
    lifted_because: str | None = None
    review: str | None = None

    @property
    def in_force(self) -> bool:
        """Whether the motion is held now."""
        return self.lifted is None


@dataclass(frozen=True, slots=True)
class _Recheck:
    """A tick that re-checks a held motion's condition when its date comes."""

    motion: WMotion

    def __call__(self, world: World) -> None:
        _recheck(world, self.motion)


def hold(world: World, e: OrderEntered, a: Abeyance, m: WMotion) -> None:
    """The order holds motion ``m`` in abeyance: its running briefing deadlines are
    suspended, each with the days it had left."""
    assert world.today is not None
    if m.status != "pending":
        world.flag(
            e,
            "not_pending",
            f"holds {motion_ref(a.motion, m.part)} in abeyance, which is already {m.status}",
        )
        return
    if m.abeyance is not None and m.abeyance.in_force:
        _end(world, m, e.doc, f"held anew by order {doc_ref(e.doc)}", resume=False)
    ab = WAbeyance(world.today, e.doc, a.pending, a.description)
    m.abeyance = ab
    what = f"held in abeyance by order {doc_ref(e.doc)}" + (
        f" pending {describe(a.pending)}" if a.pending is not None else " until further order"
    )
    world.note_motion(m, what)
    for kind in deadlines.DEADLINE_KINDS:
        d = world.book.get(kind, m.ref) if m.ref is not None else None
        if (
            not isinstance(d, deadlines.WDeadline)  # finished: its facts alone are kept
            or d.status not in ("running", "suspended")
            or d.held is not None
        ):
            continue
        if d.status == "running":  # one suspended by a stay of the case keeps its days left
            d.remaining = max((d.due - world.today).days, 0)
        ab.held.append((d, d.consequence))
        d.consequence = _NO_CONSEQUENCE
        because = f"briefing suspended: {what}, {d.remaining} days left"
        if d.status == "running":
            deadlines.toll(world, world.book, d, because, None)
        else:  # suspended by a stay of the case: the abeyance holds it past the stay
            d.held = because
            d.steps += (world.step(because),)
            world.dirty.add((FactKind.DEADLINE, d.index))
    if a.pending is not None:
        for n in motions_in(a.pending):
            world.abeyance_watch.setdefault(n, []).append(m)
        for day in dates_in(a.pending):
            world.schedule(day, _Recheck(m))
        _recheck(world, m)


def lift_by_order(world: World, e: OrderEntered, m: WMotion) -> None:
    """An order takes a motion held in abeyance up again."""
    if m.abeyance is None or not m.abeyance.in_force:
        world.flag(
            e,
            "not_in_abeyance",
            f"takes up {motion_ref(m.event.doc, m.part)}, which is not held in abeyance",
        )
        return
    _end(world, m, e.doc, f"taken up again by order {doc_ref(e.doc)}", resume=True)


def _recheck(world: World, m: WMotion) -> None:
    ab = m.abeyance
    if ab is None or not ab.in_force or ab.pending is None or m.status != "pending":
        return
    assert world.today is not None
    if evaluate(ab.pending, world.motions, world.today) is Truth.HOLDS:
        _end(world, m, None, f"what it waited on holds ({describe(ab.pending)})", resume=True)


def motion_moved(world: World, m: WMotion) -> None:
    """A motion's status changed: a held motion ruled on is no longer held; a motion some
    abeyance waits on may end it."""
    ab = m.abeyance
    if ab is not None and ab.in_force and m.status != "pending":
        _end(world, m, m.decided_by, f"ruled on ({m.status.replace('_', ' ')})", resume=False)
    doc = m.event.doc
    for held in world.abeyance_watch.get(doc, ()) if doc is not None else ():
        _recheck(world, held)


def _end(world: World, m: WMotion, by: int | None, because: str, *, resume: bool) -> None:
    ab = m.abeyance
    assert ab is not None and world.today is not None
    ab.lifted, ab.lifted_by, ab.lifted_because = world.today, by, because
    world.note_motion(m, f"abeyance ended: {because}")
    resumed = False
    for d, consequence in ab.held:
        d.consequence = consequence
        if d.status != "suspended":
            continue  # mooted by a ruling meanwhile
        if not resume:
            d.held = None
            continue
        result = compute_deadline(world.today, max(d.remaining, 1), court=world.pack, service=None)
        # The days left already hold any FRCP 6(d) days: counted from the lift, none again.
        deadlines.restart(
            world,
            world.book,
            d,
            result,
            f"abeyance ended: {d.remaining} days run again, due {result.due}",
        )
        if m.briefing is not None:
            if d.kind == "response":
                m.briefing.response_due = result.due
            elif d.kind == "reply":
                m.briefing.reply_due = result.due
        resumed = True
    if resumed:
        ab.review = _RESUMED
    world.dirty.add((FactKind.MOTION, m.index))
