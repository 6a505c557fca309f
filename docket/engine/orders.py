"""Orders: rulings on motions, leave to refile, stays imposed and lifted, discovery dates.

One order may do all of these at once; each part moves its own machines and records its
provenance. Rulings come first, so a stay pending a motion the same order decides lifts at once.
"""

from __future__ import annotations

from docket.engine import briefing
from docket.engine.conditions import ambiguous_in
from docket.engine.leave import AMBIGUOUS, grant_leave, unknown_motions
from docket.engine.motions import WMotion, find_motion
from docket.engine.stays import WStay
from docket.engine.world import World
from docket.events import (
    Disposition,
    Ground,
    MotionKind,
    MotionResolved,
    OrderEntered,
    StayImposed,
    StayScope,
    describe,
)
from docket.machines import MOTION
from docket.posture import ReviewFlag
from docket.rules.qualified_immunity import QI_STAY_RULE, explain_stay, stay_grounds
from docket.words import doc_ref, motion_ref, motion_words, status_words

__all__ = ["TRIGGERS", "order"]

TRIGGERS: dict[Disposition, str] = {
    Disposition.GRANTED: "grant",
    Disposition.GRANTED_IN_PART: "grant_in_part",
    Disposition.DENIED: "deny",
    Disposition.DENIED_WITHOUT_PREJUDICE: "deny_without_prejudice",
    Disposition.MOOT: "moot",
    Disposition.VACATED: "vacate",
}

_STAY_MOTIONS = {
    MotionKind.STAY_DISCOVERY: StayScope.DISCOVERY,
    MotionKind.STAY_CASE: StayScope.CASE,
}


def _rule(world: World, e: OrderEntered) -> list[WMotion]:
    assert world.today is not None
    granted_stay_motions: list[WMotion] = []
    for ruling in e.rulings:
        # A ruling decides one motion: on a document holding several, it must say which.
        if ruling.entry is not None:
            m = world.motion_entered(e, ruling.entry, ruling.part)
        else:
            m = find_motion(world, e, ruling.motion, "rules on", ruling.part)
        if m is None:
            continue
        trigger = TRIGGERS[ruling.disposition]
        if trigger == "vacate" and m.ended_with_case:
            world.flag(
                e,
                "not_decided",
                f"vacates a ruling on {motion_ref(ruling.motion, m.part)}, which ended with the"
                " case unruled",
            )
            continue
        world.revive_ended(m)
        if not MOTION.can(m.status, trigger):
            why = "is still pending" if trigger == "vacate" else f"was already {m.status}"
            reason = f"rules {ruling.disposition.value} on {motion_ref(ruling.motion, m.part)}, which {why}"
            world.flag(e, "already_decided" if trigger != "vacate" else "not_decided", reason)
            if trigger != "vacate" and m.status != ruling.disposition.value:
                # A later order ruling otherwise on a decided motion (a court may revise an
                # interlocutory order, FRCP 54(b)), or a reference misread: a person says
                # which ruling stands.
                m.reruled += (ReviewFlag(doc=e.doc, event_id=e.id, filed=e.filed, reason=reason),)
                world.touch_motion(m)
            continue
        if trigger == "vacate":
            m.decided = m.decided_by = m.leave = m.decided_event = None
        else:
            m.decided, m.decided_by, m.decided_event = world.today, e.doc, e.id
        words = status_words(ruling.disposition.value)
        world.move_motion(m, trigger, f"{words} by order {doc_ref(e.doc)}")
        briefing.decided(world, m)
        if ruling.leave_to_refile is not None:
            grant_leave(world, e, m, ruling.leave_to_refile)
        if m.event.kind in _STAY_MOTIONS and m.status in ("granted", "granted_in_part"):
            granted_stay_motions.append(m)
    return granted_stay_motions


def order(world: World, e: OrderEntered) -> None:
    """Apply an order: its rulings, stays, lifts, extensions and discovery dates, and the
    reopening of a closed case."""
    if e.reopens and world.case_status == "closed":
        # An order vacating the dismissal or judgment, or reinstating the case, reopens it
        # (FRCP 60(b)); what the closing ended (deadlines, leave to refile) stays ended.
        world.move_case("reopen", f"case reopened by order {doc_ref(e.doc)}")
    granted = _rule(world, e)
    briefing.schedule_changed(world, e)
    for a in e.abeyances:
        held = find_motion(world, e, a.motion, "holds in abeyance", a.part)
        if held is not None:
            from docket.engine import abeyance  # loaded for the orders that need it

            abeyance.hold(world, e, a, held)
    if e.defaults_set_aside:
        from docket.engine import defaults

        defaults.default_set_aside(world, e)
    for lifted in e.abeyance_lifted:
        taken = find_motion(world, e, lifted.motion, "takes up", lifted.part)
        if taken is not None:
            from docket.engine import abeyance

            abeyance.lift_by_order(world, e, taken)
    stays = list(e.stays)
    if not stays:
        # Granting a motion to stay stays what it asked to stay, pending what it asked.
        for m in granted:
            pending = m.event.stay_pending
            stays.append(
                StayImposed(
                    scope=_STAY_MOTIONS[m.event.kind],
                    lifts_when=MotionResolved(motion=pending, part=m.event.stay_pending_part)
                    if pending is not None
                    else None,
                )
            )
    # Stays in force lift before the order's own stays are imposed: an order that lifts one
    # stay and imposes another ("discovery shall recommence on ...") keeps the new one.
    for lift in e.lifts:
        matched = [
            stay
            for stay in world.in_force.values()
            if stay.scope is lift.scope
            and (lift.stay_order is None or stay.imposed_by == lift.stay_order)
        ]
        if not matched:
            world.flag(
                e, "no_stay_to_lift", f"lifts a {lift.scope.value} stay, but none is in force"
            )
        for stay in matched:
            world.lift(stay, "lift_by_order", e.doc, f"lifted by order {doc_ref(e.doc)}")
    on_motion = granted[0] if granted else None
    for s in stays:
        _impose(world, e, s, on_motion)
    for extension in e.extensions:
        # An extension on the document extends the deadline of each motion in it.
        extended: list[WMotion | None] = [*world.motions_named(extension.motion, extension.part)]
        for target in extended or [None]:
            problem = briefing.extend(world, extension, e.doc, target)
            if problem is not None:
                world.flag(e, "no_deadline_to_extend", f"extends a deadline, but {problem}")
    if e.opens_discovery and world.discovery_status == "not_open":
        world.move_discovery("open", f"discovery opened by order {doc_ref(e.doc)}")
    if e.discovery_closes is not None:
        world.set_discovery_close(
            e.discovery_closes,
            f"discovery to close on {e.discovery_closes} (order {doc_ref(e.doc)})",
        )


def _impose(world: World, e: OrderEntered, s: StayImposed, motion: WMotion | None) -> None:
    assert world.today is not None
    grounds = stay_grounds(s, motion.event if motion else None, world.motions)
    stay = WStay(
        index=len(world.stays),
        scope=s.scope,
        parties=s.parties,
        imposed=world.today,
        imposed_by=e.doc,
        on_motion=motion.event.doc if motion else None,
        on_motion_part=motion.part if motion else None,
        lifts_when=s.lifts_when,
        grounds=grounds,
    )
    qualified_immunity = Ground.QUALIFIED_IMMUNITY in grounds
    stay.explanation = explain_stay(stay, world.motions) if qualified_immunity else None
    granting = (
        f", granting {motion_words(motion.event.doc, motion.event.kind, motion.part)}"
        if motion
        else ""
    )
    terms = (
        f"pending {describe(s.lifts_when)}" if s.lifts_when is not None else "until further order"
    )
    world.add_stay(
        stay,
        f"{s.scope.value} stayed by order {doc_ref(e.doc)}{granting}, {terms}",
        rule=QI_STAY_RULE if qualified_immunity else None,
    )
    if s.lifts_when is not None:
        for ref in unknown_motions(world, s.lifts_when):
            world.flag(
                e, "unknown_motion", f"stay lifts on {ref}, which is not a motion on this docket"
            )
        for n in ambiguous_in(s.lifts_when, world.motions):
            world.flag(e, "ambiguous_motion", AMBIGUOUS.format(what="the stay", n=n))
        watcher = (stay,)
        world.watch(watcher, s.lifts_when)
        world.recheck(watcher)
