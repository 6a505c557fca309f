"""Applying one docket entry to replay's working state: one handler per kind of entry.

Deciding what an entry means is separate from applying it: handlers only move machines
and record facts. An entry that cannot apply is flagged as an anomaly, never raised.

Docket numbers against filed dates: the clerk numbers entries as they are docketed, so docket
order is the order of docketing. A filed date can lawfully trail the docketing: papers filed
conventionally or by mail, sealed and restricted filings, transcripts and lodged records are
often docketed days or weeks after the date they were filed, and ties and small inversions are
everyday. Only an inversion beyond :data:`DATE_ORDER_TOLERANCE` is flagged, as
``date_out_of_order``.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import assert_never

from docket.engine import briefing, orders
from docket.engine.changes import FactKind
from docket.engine.motions import RULE12_KINDS, find_motion, find_motions
from docket.engine.seen import IdSet
from docket.engine.world import World
from docket.events import (
    AnswerFiled,
    AnswerTimeExtended,
    AppealDecided,
    BriefingCompleteNoticed,
    BriefingScheduled,
    CaseClosed,
    CaseOpened,
    DefaultEntered,
    DefaultRequested,
    DocketEntry,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    ExtensionNoticed,
    HearingNoticed,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    NoticeOfAppeal,
    OrderEntered,
    PleadingAmended,
    ReplyFiled,
    ResponseFiled,
    Rule26fConference,
    SummonsServed,
    WaiverReturned,
)
from docket.machines import MOTION
from docket.words import doc_ref, kind_words, motion_ref, motion_words

__all__ = ["DATE_ORDER_TOLERANCE", "apply", "check_date_order"]

#: How far an entry's filed date may run past that of an entry with a higher docket number
#: before it is flagged. Beyond a month, a mistyped date is the likelier reading.
DATE_ORDER_TOLERANCE = timedelta(days=30)


def check_date_order(world: World, event: DocketEvent) -> None:
    """Flag ``event`` if an entry with a higher docket number was filed over a month earlier.

    Entries with inferred dates or numbers (``reconstructed``), unnumbered entries, and orders
    effective on another date than they were filed (nunc pro tunc) are exempt. Replay applies
    the rest in filed-date order, so ``world.docketed`` stays sorted and each entry is looked
    at once: it is compared with the highest docket number filed before the tolerance.
    """
    if event.doc is None or event.reconstructed:
        return
    if isinstance(event, OrderEntered) and event.effective not in (None, event.filed):
        return
    cutoff = event.filed - DATE_ORDER_TOLERANCE
    while world.docketed and world.docketed[0][0] < cutoff:
        filed, doc = world.docketed.popleft()
        if world.settled is None or doc > world.settled[0]:
            world.settled = (doc, filed)
    if world.settled is not None and event.doc < world.settled[0]:
        later, filed = world.settled
        world.flag(
            event,
            "date_out_of_order",
            f"Doc. {event.doc} is dated {event.filed.isoformat()}, more than "
            f"{DATE_ORDER_TOLERANCE.days} days after Doc. {later} ({filed.isoformat()})",
        )
    world.docketed.append((event.filed, event.doc))


#: Motions that presuppose discovery under way (FRCP 26(d)(1), 37(a)).
_DISCOVERY_MOTIONS = {MotionKind.COMPEL, MotionKind.PROTECTIVE_ORDER}


def _case_opened(world: World, e: CaseOpened) -> None:
    if e.court and e.court != world.court:
        world.court = e.court
        world.reset_pack()
    world.title = e.title or world.title
    world.judge = e.judge or world.judge
    world.parties = e.parties or world.parties
    world.case_steps.append(world.step("case opened"))
    world.dirty.add((FactKind.CASE, 0))


def _motion_filed(world: World, e: MotionFiled) -> None:
    m = world.add_motion(
        e, sys.intern(f"{kind_words(e.kind, e.grounds)} filed")
    )  # one text per kind
    if e.kind in _DISCOVERY_MOTIONS:
        if world.discovery_status == "not_open":
            world.move_discovery(
                "open",
                f"discovery under way: {motion_words(e.doc, e.kind, e.part)} presupposes it",
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
        earlier = find_motion(world, e, e.refiles, "refiles", e.refiles_part)
        leave = earlier.leave if earlier is not None else None
        if leave is not None and leave.status != "available":
            world.flag(
                e,
                "refiled_without_leave",
                f"refiles {motion_ref(e.refiles, e.refiles_part)}, whose leave to refile is {leave.status}",
            )
    briefing.motion_filed(world, m)
    if e.kind in RULE12_KINDS:
        from docket.engine import answers

        answers.motion_filed(world, m)
    world.follow_renewed_motion(m)
    if world.judgments:
        from docket.engine import judgments

        judgments.motion_filed(world, m)


def _response_filed(world: World, e: ResponseFiled) -> None:
    # A response naming the document, not one of its motions, answers each of them.
    for m in find_motions(world, e, e.to_motion, "responds to", e.to_part):
        briefing.response_filed(world, m, e)


def _reply_filed(world: World, e: ReplyFiled) -> None:
    for m in find_motions(world, e, e.to_motion, "replies on", e.to_part):
        if not m.has_response:
            world.flag(
                e,
                "reply_without_response",
                f"reply on {motion_ref(m.event.doc, m.part)}, which has no response",
            )
        briefing.reply_filed(world, m, e)


def _briefing_complete(world: World, e: BriefingCompleteNoticed) -> None:
    for m in find_motions(world, e, e.motion, "gives notice of briefing complete on", e.part):
        briefing.notice_complete(world, m, e)


def _motion_withdrawn(world: World, e: MotionWithdrawn) -> None:
    # Withdrawing the document withdraws every motion in it.
    for m in find_motions(world, e, e.motion, "withdraws", e.part):
        world.revive_ended(m)
        if not MOTION.can(m.status, "withdraw"):
            world.flag(
                e,
                "not_pending",
                f"withdraws {motion_ref(m.event.doc, m.part)}, which is already {m.status}",
            )
            continue
        m.decided, m.decided_by = e.filed, e.doc
        world.move_motion(m, "withdraw", f"withdrawn by {doc_ref(e.doc)}")
        briefing.decided(world, m)


def _extension_noticed(world: World, e: ExtensionNoticed) -> None:
    for m in find_motions(world, e, e.motion, "extends a deadline on", e.part):
        d = world.deadline(e.deadline, m.ref)
        if d is not None and d.status == "elapsed":
            # An agreed extension cannot revive a lapsed deadline: that takes a motion showing
            # excusable neglect and an order (FRCP 6(b)(1)(B)).
            world.flag(
                e,
                "extension_after_expiry",
                f"notice extends the {e.deadline} on {motion_ref(m.event.doc, m.part)}, "
                f"whose time ran out on {d.due}",
                rule="FRCP 6(b)(1)(B)",
            )
            continue
        problem = briefing.extend(world, e, e.doc, m)
        if problem is not None:
            world.flag(e, "no_deadline_to_extend", f"notice extends a deadline, but {problem}")


def _rule26f_conference(world: World, e: Rule26fConference) -> None:
    # Discovery may be sought from the Rule 26(f) conference on (FRCP 26(d)(1)).
    if world.discovery_status == "not_open":
        world.move_discovery(
            "open",
            f"discovery opened by the Rule 26(f) conference {doc_ref(e.doc)}",
            "FRCP 26(d)(1)",
        )


def _pleading_amended(world: World, e: PleadingAmended) -> None:
    world.amended.append(e)
    from docket.engine import answers

    answers.pleading_amended(world, e)


def _case_closed(world: World, e: CaseClosed) -> None:
    world.close_case(e.reason or "case closed")


def _correction(world: World, e: EntryCorrected | EntryStricken) -> None:
    if e.target not in world.known_ids:
        world.flag(e, "unknown_entry", f"{e.type.replace('_', ' ')}: no entry has id {e.target!r}")


def _nothing(world: World, e: DocketEntry) -> None:
    """Entries that change no machine; kept in the history all the same."""


def _another_part(world: World, event: DocketEvent) -> bool:
    """A further motion of a document holding several: every motion of the document says
    its part, and no two say the same."""
    if not isinstance(event, MotionFiled) or event.part is None or event.doc is None:
        return False
    parts = world.motions.get(event.doc)
    return bool(parts) and all(m.part is not None and m.part != event.part for m in parts or ())


def apply(world: World, event: DocketEvent) -> None:
    """Apply one entry, flagging it instead if it is a duplicate or from another case."""
    world.cause = event
    world.preceding, world.applied = world.applied, event
    if world.case_id is None:
        world.case_id = event.case
        world.seen_ids = IdSet(event.case)
        world.dirty.add((FactKind.CASE, 0))
    elif event.case != world.case_id:
        world.flag(event, "wrong_case", f"belongs to case {event.case!r}, not {world.case_id!r}")
        return
    if not world.seen_ids.add_new(event.id):
        world.flag(event, "duplicate_id", f"entry id {event.id!r} appears twice")
        return
    if (
        event.doc is not None
        and not world.seen_docs.add_new(event.doc)
        and not _another_part(world, event)
    ):
        world.flag(
            event, "duplicate_docket_number", f"Doc. {event.doc} is used by an earlier entry"
        )
        return
    check_date_order(world, event)
    _dispatch(world, event)


def _dispatch(world: World, event: DocketEvent) -> None:
    """The one handler for each kind of entry; mypy proves every kind has one.

    The engine modules of judgments, appeals, answers and defaults are loaded the first
    time an entry of theirs comes (start-up time: a short docket has none)."""
    if type(event) is DocketEntry:  # most entries, which change no machine: tested first
        world.note_review(event)
        return
    match event:
        case CaseOpened():
            _case_opened(world, event)
        case MotionFiled():
            _motion_filed(world, event)
        case ResponseFiled():
            _response_filed(world, event)
        case ReplyFiled():
            _reply_filed(world, event)
        case BriefingCompleteNoticed():
            _briefing_complete(world, event)
        case ExtensionNoticed():
            _extension_noticed(world, event)
        case BriefingScheduled():
            for m in find_motions(world, event, event.motion, "sets the briefing of", event.part):
                briefing.scheduled(world, m, event)
        case HearingNoticed():
            for m in find_motions(world, event, event.motion, "sets a hearing on", event.part):
                briefing.hearing_set(world, m, event.hearing, event.doc)
        case MotionWithdrawn():
            _motion_withdrawn(world, event)
        case OrderEntered():
            orders.order(world, event)
        case JudgmentEntered():
            from docket.engine import judgments

            judgments.judgment(world, event)
        case NoticeOfAppeal():
            from docket.engine import appeals

            appeals.notice_of_appeal(world, event)
        case AppealDecided():
            from docket.engine import appeals

            appeals.appeal_decided(world, event)
        case CaseClosed():
            _case_closed(world, event)
        case Rule26fConference():
            _rule26f_conference(world, event)
        case PleadingAmended():
            _pleading_amended(world, event)
        case EntryCorrected() | EntryStricken():
            _correction(world, event)
        case AnswerFiled():
            from docket.engine import answers

            answers.answer_filed(world, event)
        case SummonsServed() | WaiverReturned():
            from docket.engine import answers

            answers.served(world, event)
        case DefaultRequested():
            from docket.engine import defaults

            defaults.default_requested(world, event)
        case DefaultEntered():
            from docket.engine import defaults

            defaults.default_entered(world, event)
        case AnswerTimeExtended():
            from docket.engine import answers

            answers.answer_time_extended(world, event)
        case DocketEntry():
            _nothing(world, event)
        case _:
            assert_never(event)
    world.note_review(event)
