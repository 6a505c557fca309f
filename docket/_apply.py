"""Applying one docket entry to replay's working state: one handler per kind of entry.

Deciding what an entry means is separate from applying it: handlers only move machines
and record facts. An entry that cannot apply is flagged as an anomaly, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from docket import _briefing as briefing
from docket._conditions import motions_in
from docket._words import doc_ref, kind_words, motion_words, status_words
from docket._world import WLeave, WMotion, World, WStay
from docket.events import (
    AnswerFiled,
    BriefingCompleteNoticed,
    CaseClosed,
    CaseOpened,
    Condition,
    Disposition,
    DocketEntry,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    ExtensionNoticed,
    Ground,
    JudgmentEntered,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    StayImposed,
    StayScope,
    describe,
)
from docket.machines import DISCOVERY, MOTION
from docket.rules.qualified_immunity import QI_STAY_RULE, explain_stay, stay_grounds

__all__ = ["apply"]

#: The motion machine's trigger for each disposition an order can make.
TRIGGERS: dict[Disposition, str] = {
    Disposition.GRANTED: "grant",
    Disposition.GRANTED_IN_PART: "grant_in_part",
    Disposition.DENIED: "deny",
    Disposition.DENIED_WITHOUT_PREJUDICE: "deny_without_prejudice",
    Disposition.MOOT: "moot",
    Disposition.VACATED: "vacate",
}

_ONE_DAY = timedelta(days=1)
_STAY_MOTIONS = {
    MotionKind.STAY_DISCOVERY: StayScope.DISCOVERY,
    MotionKind.STAY_CASE: StayScope.CASE,
}
#: Motions that presuppose discovery under way (FRCP 26(d)(1), 37(a)).
_DISCOVERY_MOTIONS = {MotionKind.COMPEL, MotionKind.PROTECTIVE_ORDER}


def _motion(world: World, event: DocketEvent, doc: int | None, what: str) -> WMotion | None:
    if doc is None:
        return None
    m = world.motions.get(doc)
    if m is None:
        world.flag(
            event, "unknown_motion", f"{what} Doc. {doc}, which is not a motion on this docket"
        )
    return m


def _case_opened(world: World, e: CaseOpened) -> None:
    if e.court and e.court != world.court:
        world.court = e.court
        world.reset_pack()
    world.title = e.title or world.title
    world.parties = world.parties + e.parties
    world.case_steps.append(world.step("case opened"))
    world.dirty.add(("case", 0))


def _motion_filed(world: World, e: MotionFiled) -> None:
    m = world.add_motion(e, f"{kind_words(e.kind, e.grounds)} filed")
    if e.kind in _DISCOVERY_MOTIONS:
        if world.discovery_status == "not_open":
            world.move_discovery(
                "open",
                f"discovery under way: {motion_words(e.doc, e.kind)} presupposes it",
                rule="FRCP 26(d)(1)",
            )
        elif world.discovery_status == "stayed" and e.kind is MotionKind.COMPEL:
            world.flag(
                e,
                "motion_during_stay",
                "motion to compel filed while discovery is stayed",
                rule="the order staying discovery; Jiron v. City of Lakewood, 392 F.3d 410, 414",
            )
    if e.refiles is not None:
        earlier = _motion(world, e, e.refiles, "refiles")
        leave = earlier.leave if earlier is not None else None
        if leave is not None and leave.status != "available":
            world.flag(
                e,
                "refiled_without_leave",
                f"refiles Doc. {e.refiles}, whose leave to refile is {leave.status}",
            )
    briefing.motion_filed(world, m)


def _response_filed(world: World, e: ResponseFiled) -> None:
    m = _motion(world, e, e.to_motion, "responds to")
    if m is not None:
        briefing.response_filed(world, m, e)


def _reply_filed(world: World, e: ReplyFiled) -> None:
    m = _motion(world, e, e.to_motion, "replies on")
    if m is not None:
        if not m.extra.get("responses"):
            world.flag(
                e, "reply_without_response", f"reply on Doc. {e.to_motion}, which has no response"
            )
        briefing.reply_filed(world, m, e)


def _briefing_complete(world: World, e: BriefingCompleteNoticed) -> None:
    m = _motion(world, e, e.motion, "gives notice of briefing complete on")
    if m is not None:
        briefing.notice_complete(world, m, e)


def _motion_withdrawn(world: World, e: MotionWithdrawn) -> None:
    m = _motion(world, e, e.motion, "withdraws")
    if m is None:
        return
    if not MOTION.can(m.status, "withdraw"):
        world.flag(e, "not_pending", f"withdraws Doc. {e.motion}, which is already {m.status}")
        return
    m.decided, m.decided_by = e.filed, e.doc
    world.move_motion(m, "withdraw", f"withdrawn by {doc_ref(e.doc)}")
    briefing.decided(world, m)


def _rule(world: World, e: OrderEntered) -> list[WMotion]:
    assert world.today is not None
    granted_stay_motions: list[WMotion] = []
    for ruling in e.rulings:
        m = _motion(world, e, ruling.motion, "rules on")
        if m is None:
            continue
        trigger = TRIGGERS[ruling.disposition]
        if not MOTION.can(m.status, trigger):
            why = "is still pending" if trigger == "vacate" else f"was already {m.status}"
            world.flag(
                e,
                "already_decided" if trigger != "vacate" else "not_decided",
                f"rules {ruling.disposition.value} on Doc. {ruling.motion}, which {why}",
            )
            continue
        if trigger == "vacate":
            m.decided = m.decided_by = m.leave = None
        else:
            m.decided, m.decided_by = world.today, e.doc
        words = status_words(ruling.disposition.value)
        world.move_motion(m, trigger, f"{words} by order {doc_ref(e.doc)}")
        briefing.decided(world, m)
        if ruling.leave_to_refile is not None:
            _grant_leave(world, e, m, ruling.leave_to_refile)
        if m.event.kind in _STAY_MOTIONS and m.status in ("granted", "granted_in_part"):
            granted_stay_motions.append(m)
    return granted_stay_motions


def _grant_leave(world: World, e: OrderEntered, m: WMotion, leave: LeaveToRefile) -> None:
    assert world.today is not None
    m.leave = WLeave(leave.condition, leave.description, e.doc, world.today)
    if leave.condition is None:
        m.leave.status = "available"
        world.note_motion(
            m, f"leave to refile granted by order {doc_ref(e.doc)}", about="leave_to_refile"
        )
        return
    world.note_motion(
        m,
        f"leave to refile granted by order {doc_ref(e.doc)} on {describe(leave.condition)}",
        about="leave_to_refile",
    )
    for n in _unknown(world, leave.condition):
        world.flag(
            e,
            "unknown_motion",
            f"leave to refile depends on Doc. {n}, which is not a motion on this docket",
        )
    watcher = (m, m.leave)
    world.watch(watcher, leave.condition)
    world.recheck(watcher)


def _unknown(world: World, condition: Condition) -> list[int]:
    return [n for n in motions_in(condition) if n not in world.motions]


def _order(world: World, e: OrderEntered) -> None:
    granted = _rule(world, e)
    stays = list(e.stays)
    if not stays:
        # Granting a motion to stay stays what it asked to stay, pending what it asked.
        for m in granted:
            pending = m.event.stay_pending
            stays.append(
                StayImposed(
                    scope=_STAY_MOTIONS[m.event.kind],
                    lifts_when=MotionResolved(motion=pending) if pending is not None else None,
                )
            )
    on_motion = granted[0].event.doc if granted else None
    for s in stays:
        _impose(world, e, s, on_motion)
    for lift in e.lifts:
        matched = [
            stay
            for stay in world.stays
            if stay.status == "in_force"
            and stay.scope is lift.scope
            and (lift.stay_order is None or stay.imposed_by == lift.stay_order)
        ]
        if not matched:
            world.flag(
                e, "no_stay_to_lift", f"lifts a {lift.scope.value} stay, but none is in force"
            )
        for stay in matched:
            world.lift(stay, "lift_by_order", e.doc, f"lifted by order {doc_ref(e.doc)}")
    for extension in e.extensions:
        problem = briefing.extend(world, extension, e.doc)
        if problem is not None:
            world.flag(e, "no_deadline_to_extend", f"extends a deadline, but {problem}")
    if e.opens_discovery and world.discovery_status == "not_open":
        world.move_discovery("open", f"discovery opened by order {doc_ref(e.doc)}")
    if e.discovery_closes is not None:
        world.discovery_closes = e.discovery_closes
        world.discovery_steps.append(
            world.step(f"discovery to close on {e.discovery_closes} (order {doc_ref(e.doc)})")
        )
        world.dirty.add(("discovery", 0))
        world.schedule(e.discovery_closes + _ONE_DAY, _close_discovery)


def _close_discovery(world: World) -> None:
    if (
        world.discovery_closes is not None
        and DISCOVERY.can(world.discovery_status, "close")
        and world.today is not None
        and world.today > world.discovery_closes
    ):
        world.move_discovery("close", f"the discovery deadline of {world.discovery_closes} passed")


def _impose(world: World, e: OrderEntered, s: StayImposed, on_motion: int | None) -> None:
    assert world.today is not None
    motion = world.motions.get(on_motion) if on_motion is not None else None
    grounds = stay_grounds(s, motion.event if motion else None, world.motions)
    stay = WStay(
        index=len(world.stays),
        scope=s.scope,
        parties=s.parties,
        imposed=world.today,
        imposed_by=e.doc,
        on_motion=on_motion,
        lifts_when=s.lifts_when,
        grounds=grounds,
    )
    qualified_immunity = Ground.QUALIFIED_IMMUNITY in grounds
    stay.explanation = explain_stay(stay, world.motions) if qualified_immunity else None
    granting = f", granting {motion_words(motion.event.doc, motion.event.kind)}" if motion else ""
    terms = (
        f"pending {describe(s.lifts_when)}" if s.lifts_when is not None else "until further order"
    )
    world.add_stay(
        stay,
        f"{s.scope.value} stayed by order {doc_ref(e.doc)}{granting}, {terms}",
        rule=QI_STAY_RULE if qualified_immunity else None,
    )
    if s.lifts_when is not None:
        for n in _unknown(world, s.lifts_when):
            world.flag(
                e, "unknown_motion", f"stay lifts on Doc. {n}, which is not a motion on this docket"
            )
        watcher = (stay,)
        world.watch(watcher, s.lifts_when)
        world.recheck(watcher)


def _extension_noticed(world: World, e: ExtensionNoticed) -> None:
    if _motion(world, e, e.motion, "extends a deadline on") is None:
        return
    d = world.deadline_by_id.get(f"{e.deadline}:{e.motion}")
    if d is not None and d.status == "elapsed":
        # An agreed extension cannot revive a lapsed deadline: that takes a motion showing
        # excusable neglect and an order (FRCP 6(b)(1)(B)).
        world.flag(
            e,
            "extension_after_expiry",
            f"notice extends the {e.deadline} on Doc. {e.motion}, whose time ran out on {d.due}",
            rule="FRCP 6(b)(1)(B)",
        )
        return
    problem = briefing.extend(world, e, e.doc)
    if problem is not None:
        world.flag(e, "no_deadline_to_extend", f"notice extends a deadline, but {problem}")


def _judgment(world: World, e: JudgmentEntered) -> None:
    if e.final:
        world.close_case(f"final judgment Doc. {e.doc}" if e.doc is not None else "final judgment")


def _case_closed(world: World, e: CaseClosed) -> None:
    world.close_case(e.reason or "case closed")


def _correction(world: World, e: EntryCorrected | EntryStricken) -> None:
    if e.target not in world.known_ids:
        world.flag(e, "unknown_entry", f"{e.type.replace('_', ' ')}: no entry has id {e.target!r}")


def _nothing(world: World, e: AnswerFiled | DocketEntry) -> None:
    """Entries that change no machine; kept in the history all the same."""


_HANDLERS: dict[str, Callable[[World, Any], None]] = {
    "case_opened": _case_opened,
    "answer_filed": _nothing,
    "motion_filed": _motion_filed,
    "response_filed": _response_filed,
    "reply_filed": _reply_filed,
    "briefing_complete": _briefing_complete,
    "extension_noticed": _extension_noticed,
    "motion_withdrawn": _motion_withdrawn,
    "order": _order,
    "judgment": _judgment,
    "case_closed": _case_closed,
    "entry_corrected": _correction,
    "entry_stricken": _correction,
    "docket_entry": _nothing,
}


def apply(world: World, event: DocketEvent) -> None:
    """Apply one entry, flagging it instead if it is a duplicate or from another case."""
    world.cause = event
    if world.case_id is None:
        world.case_id = event.case
    elif event.case != world.case_id:
        world.flag(event, "wrong_case", f"belongs to case {event.case!r}, not {world.case_id!r}")
        return
    if event.id in world.seen_ids:
        world.flag(event, "duplicate_id", f"entry id {event.id!r} appears twice")
        return
    world.seen_ids.add(event.id)
    if event.doc is not None:
        if event.doc in world.seen_docs:
            world.flag(
                event, "duplicate_docket_number", f"Doc. {event.doc} is used by an earlier entry"
            )
            return
        world.seen_docs.add(event.doc)
    _HANDLERS[event.type](world, event)
