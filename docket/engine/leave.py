"""Leave to refile while replay runs: the leave an order gives with its denial, its condition
watched, its last day to refile, and "should Plaintiff overcome qualified immunity" tied to the
motion asserting the immunity.

GUIDE.md ("Leave to refile"): leave is ``conditional`` until its condition comes to pass, then
``available``; ``foreclosed`` when the condition can no longer happen, the last day to refile
has passed, or the case closed (:meth:`docket.engine.stays.Stays.close_case`).
"""

from __future__ import annotations

from datetime import date, timedelta

from docket.engine.conditions import ambiguous_in
from docket.engine.motions import WLeave, WMotion
from docket.engine.world import World
from docket.events import (
    AllOf,
    AnyOf,
    Condition,
    DiscoveryClosed,
    Disposition,
    Ground,
    LeaveToRefile,
    OrderEntered,
    QualifiedImmunityOvercome,
    describe,
    motion_denied_at_least_in_part,
)
from docket.events.conditions import refs_in, waits_on_stays
from docket.machines import LEAVE
from docket.records import FrozenRecord
from docket.rules.computation import compute_deadline
from docket.rules.errors import InvalidPeriod
from docket.words import doc_ref, motion_ref

__all__ = ["AMBIGUOUS", "grant_leave", "opened", "unknown_motions"]


def grant_leave(world: World, e: OrderEntered, m: WMotion, leave: LeaveToRefile) -> None:
    assert world.today is not None
    condition = leave.condition
    if condition is not None and _names_immunity(condition):
        condition = _tie_immunity(world, e, m, condition)
    m.leave = WLeave(condition, leave.description, e.doc, world.today)
    m.leave.until = _last_day(world, leave)
    if condition is not None:
        m.leave.within_after = leave.within_days_after
    if m.leave.until is not None:
        world.schedule(m.leave.until + timedelta(days=1), _Lapse(m, m.leave))
    if condition is None:
        m.leave.status = "available"
        world.note_motion(
            m, f"leave to refile granted by order {doc_ref(e.doc)}", about="leave_to_refile"
        )
        return
    world.note_motion(
        m,
        f"leave to refile granted by order {doc_ref(e.doc)} on {describe(condition)}",
        about="leave_to_refile",
    )
    for ref in unknown_motions(world, condition):
        world.flag(
            e,
            "unknown_motion",
            f"leave to refile depends on {ref}, which is not a motion on this docket",
        )
    for n in ambiguous_in(condition, world.motions):
        world.flag(e, "ambiguous_motion", AMBIGUOUS.format(what="leave to refile", n=n))
    watcher = (m, m.leave)
    world.watch(watcher, condition)
    if waits_on_stays(condition) and not world.in_force:
        # "Without prejudice to renewal after the stay is lifted", no stay in force yet:
        # the stay is one this order imposes after its rulings (see ``order``), or one not
        # read. Leave opens when a stay lifts, not now.
        if not e.stays and not any(r.disposition is Disposition.GRANTED for r in e.rulings):
            world.flag(
                e,
                "leave_awaits_no_stay",
                f"leave to refile {motion_ref(m.event.doc, m.part)} waits on a stay lifting,"
                " but no stay is in force",
            )
        return
    world.recheck(watcher)


def _names_immunity(condition: Condition) -> bool:
    match condition:
        case QualifiedImmunityOvercome():
            return True
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            return any(_names_immunity(c) for c in cs)
    return False


def _tie_immunity(world: World, e: OrderEntered, m: WMotion, condition: Condition) -> Condition:
    """``condition`` with "should Plaintiff overcome qualified immunity" tied to the one
    motion on the docket asserting the immunity (overcome: that motion denied at least in
    part); with none or several, left untied and flagged: a person says which."""
    asserting = [
        x
        for x in world.motion_list
        if x is not m and Ground.QUALIFIED_IMMUNITY in x.event.grounds and x.event.doc is not None
    ]
    if len(asserting) != 1:
        world.flag(
            e,
            "leave_awaits_qualified_immunity",
            f"leave to refile {motion_ref(m.event.doc, m.part)} waits on qualified immunity "
            f"being overcome, and {len(asserting) or 'no'} motions on the docket assert it",
        )
        return condition
    (qi,) = asserting
    assert qi.event.doc is not None
    tied = motion_denied_at_least_in_part(qi.event.doc, qi.part)
    return _replace_immunity(condition, tied)


def _replace_immunity(condition: Condition, tied: Condition) -> Condition:
    match condition:
        case QualifiedImmunityOvercome():
            return tied
        case AnyOf(conditions=cs):
            return AnyOf(conditions=tuple(_replace_immunity(c, tied) for c in cs))
        case AllOf(conditions=cs):
            return AllOf(conditions=tuple(_replace_immunity(c, tied) for c in cs))
    return condition


def _last_day(world: World, leave: LeaveToRefile) -> date | None:
    """The last day the order lets the motion be refiled: its date, or the last of its days
    counted from the order (FRCP 6(a)(1): the order's day excluded, a last day falling on a
    weekend or legal holiday rolling to the next day the clerk's office is open)."""
    assert world.today is not None
    if leave.until is not None:
        return leave.until
    if leave.within_days is None:
        return None
    return _days_from(world, world.today, leave.within_days)


def _days_from(world: World, start: date, days: int) -> date | None:
    """The last of ``days`` days counted from ``start`` under FRCP 6(a)(1) in this court
    (``None`` where the period cannot be counted)."""
    try:
        return compute_deadline(start, days, service=None, court=world.pack).due
    except InvalidPeriod:
        return None


def opened(world: World, m: WMotion, leave: WLeave) -> None:
    """Leave whose condition came to pass today, and that lasts a number of days from it
    ("within 14 days after the stay is lifted"): its last day is counted from today (FRCP
    6(a)(1)), and it is foreclosed the day after."""
    assert world.today is not None
    if leave.within_after is None or leave.until is not None:
        return
    held = world.today
    if isinstance(leave.condition, DiscoveryClosed) and world.discovery_closes is not None:
        held = world.discovery_closes  # its last day; the tick closing it runs the day after
    due = _days_from(world, held, leave.within_after)
    if due is None:
        return
    leave.until = due
    world.note_motion(
        m,
        f"leave to refile lasts until {due}: {leave.within_after} days after its condition held",
        about="leave_to_refile",
    )
    world.schedule(due + timedelta(days=1), _Lapse(m, leave))


class _Lapse(FrozenRecord):
    """The tick, the day after the last day to refile, that forecloses the leave if the
    order that gave it still stands and the case has not ended it first."""

    __slots__ = ("leave", "motion")

    motion: WMotion
    leave: WLeave

    def __init__(self, motion: WMotion, leave: WLeave) -> None:
        object.__setattr__(self, "motion", motion)
        object.__setattr__(self, "leave", leave)

    def __call__(self, world: World) -> None:
        m, leave = self.motion, self.leave
        if m.leave is not leave or not LEAVE.can(leave.status, "deadline_passed"):
            return
        assert world.today is not None
        if leave.until is None or world.today <= leave.until:
            return  # its last day was counted again (its condition held anew), and is ahead
        leave.lapsed = True
        world.move_leave(
            m,
            "deadline_passed",
            f"leave to refile foreclosed: the last day to refile, {leave.until}, passed",
        )


AMBIGUOUS = (
    "{what} depends on a ruling on Doc. {n}, which holds several motions, without saying "
    "which: read as a ruling on any of them"
)


def unknown_motions(world: World, condition: Condition) -> list[str]:
    """The motions ``condition`` names that are not on the docket: no motion has the number,
    or the document holds no such part (as a ruling on it would be ``unknown_motion``)."""
    return [
        motion_ref(n, part) for n, part in refs_in(condition) if not world.motions_named(n, part)
    ]
