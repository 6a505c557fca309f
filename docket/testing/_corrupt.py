"""Breaking a valid history in one known way, and saying which anomaly replay must flag.

Each corruption adds entries at the end of a valid docket: at most a couple that set the
scene (a motion and an order deciding it, a stay), then the one bad entry, the last filed.
``choice`` (a small drawn integer) picks among the ways to break it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from docket.events import (
    BriefingCompleteNoticed,
    DateReached,
    Disposition,
    DocketEntry,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    ExtensionNoticed,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.testing._docket import Docket, DraftLeave, DraftMotion
from docket.testing._history import Corruption, summarize

__all__ = ["CORRUPTIONS", "NEEDS_OPEN_CASE"]


def _bad(d: Docket, code: str, event: DocketEvent, what: str) -> Corruption:
    return Corruption(code, event.id, event.doc, f"{summarize(event)}: {what}")


def _motion(d: Docket, kind: MotionKind = MotionKind.OTHER) -> DraftMotion:
    event = d.add(MotionFiled, kind=kind, movants=("Plaintiff",), filed_by="plaintiff")
    assert event.doc is not None
    m = DraftMotion(event.doc, kind, "plaintiff", d.today)
    d.motions[m.key] = m
    return m


def _document(d: Docket) -> list[DraftMotion]:
    """A document holding two motions by the plaintiff (a combined filing), filed today."""
    doc = d.next_doc
    d.add(MotionFiled, part=1, kind=MotionKind.OTHER, movants=("Plaintiff",), filed_by="plaintiff")
    d.add_part(
        MotionFiled,
        doc,
        2,
        kind=MotionKind.EXTENSION_OF_TIME,
        movants=("Plaintiff",),
        filed_by="plaintiff",
    )
    parts = [
        DraftMotion(doc, MotionKind.OTHER, "plaintiff", d.today, part=1),
        DraftMotion(doc, MotionKind.EXTENSION_OF_TIME, "plaintiff", d.today, part=2),
    ]
    for m in parts:
        d.motions[m.key] = m
    return parts


def _decided(d: Docket, choice: int) -> DraftMotion:
    decided = [m for m in d.motions.values() if m.status != "pending"]
    if decided:
        return decided[choice % len(decided)]
    m = _motion(d)
    d.add(OrderEntered, rulings=(Ruling(motion=m.doc, disposition=Disposition.DENIED),))
    m.status = "denied"
    return m


def _pending(d: Docket, choice: int) -> DraftMotion:
    pending = d.pending()
    return pending[choice % len(pending)] if pending else _motion(d)


def unknown_motion(d: Docket, choice: int) -> Corruption:
    """An order, response, withdrawal or notice on a motion that is not on the docket."""
    missing = 1 if choice // 4 % 2 else d.next_doc + 50  # Doc. 1 is the complaint
    match choice % 4:
        case 0:
            e = d.add(
                OrderEntered, rulings=(Ruling(motion=missing, disposition=Disposition.DENIED),)
            )
        case 1:
            e = d.add(ResponseFiled, to_motion=missing)
        case 2:
            e = d.add(MotionWithdrawn, motion=missing)
        case _:
            e = d.add(BriefingCompleteNoticed, motion=missing)
    return _bad(d, "unknown_motion", e, f"Doc. {missing} is not a motion")


def already_decided(d: Docket, choice: int) -> Corruption:
    """A second ruling on a motion already decided (or withdrawn), with no vacatur between."""
    m = _decided(d, choice)
    disposition = (Disposition.GRANTED, Disposition.DENIED, Disposition.MOOT)[choice % 3]
    ruling = Ruling(motion=m.doc, part=m.part, disposition=disposition)
    e = d.add(OrderEntered, rulings=(ruling,))
    return _bad(d, "already_decided", e, f"Doc. {m.ref} was already {m.status}")


def not_decided(d: Docket, choice: int) -> Corruption:
    """An order vacating the ruling on a motion that is still pending."""
    m = _pending(d, choice)
    ruling = Ruling(motion=m.doc, part=m.part, disposition=Disposition.VACATED)
    e = d.add(OrderEntered, rulings=(ruling,))
    return _bad(d, "not_decided", e, f"Doc. {m.ref} has no ruling to vacate")


def not_pending(d: Docket, choice: int) -> Corruption:
    """A withdrawal of a motion already decided or withdrawn."""
    m = _decided(d, choice)
    e = d.add(MotionWithdrawn, motion=m.doc, part=m.part, filed_by=m.movant)
    return _bad(d, "not_pending", e, f"Doc. {m.ref} is no longer pending")


def reply_without_response(d: Docket, choice: int) -> Corruption:
    """A reply on a motion no one has responded to."""
    unanswered = [m for m in d.motions.values() if not m.responses]
    m = unanswered[choice % len(unanswered)] if unanswered else _motion(d)
    e = d.add(ReplyFiled, to_motion=m.doc, to_part=m.part, filed_by=m.movant)
    return _bad(d, "reply_without_response", e, f"Doc. {m.ref} has no response")


def _live(d: Docket) -> list[DocketEvent]:
    """Entries that replay will fold in: all but the stricken (never the complaint)."""
    return [e for e in d.events if e.id not in d.stricken]


def duplicate_docket_number(d: Docket, choice: int) -> Corruption:
    """A notice docketed under a number an earlier entry already has."""
    numbered = [e for e in _live(d) if e.doc is not None]
    reused = numbered[choice % len(numbered)].doc
    e = DocketEntry(id=f"{d.case}/dup{reused}", case=d.case, filed=d.today, doc=reused)
    d.events.append(e)
    return _bad(d, "duplicate_docket_number", e, f"Doc. {reused} is used twice")


def duplicate_id(d: Docket, choice: int) -> Corruption:
    """A notice under the id of an earlier entry."""
    live = _live(d)
    reused = live[choice % len(live)].id
    e = DocketEntry(id=reused, case=d.case, filed=d.today, doc=d.next_doc)
    d.next_doc += 1
    d.events.append(e)
    return _bad(d, "duplicate_id", e, f"id {reused!r} is used twice")


def wrong_case(d: Docket, choice: int) -> Corruption:
    """An entry of another case filed on this docket."""
    other = f"{d.case}-other"
    e = DocketEntry(id=f"{other}/{d.next_doc}", case=other, filed=d.today, doc=d.next_doc)
    d.next_doc += 1
    d.events.append(e)
    return _bad(d, "wrong_case", e, f"it belongs to {other!r}")


def no_stay_to_lift(d: Docket, choice: int) -> Corruption:
    """An order lifting a stay when no stay of that scope (or by that order) is in force."""
    scope = tuple(StayScope)[choice % len(StayScope)]
    in_force = any(s.scope is scope for s in d.in_force())
    lift = StayLifted(scope=scope, stay_order=1 if in_force else None)  # Doc. 1 stays nothing
    e = d.add(OrderEntered, lifts=(lift,))
    return _bad(d, "no_stay_to_lift", e, f"no {scope.value} stay to lift")


def unknown_entry(d: Docket, choice: int) -> Corruption:
    """A correction or a strike of an entry that is not on the docket."""
    target = f"{d.case}/missing"
    if choice % 2:
        e = d.add(EntryStricken, target=target)
    else:
        fixed = DocketEntry(id=target, case=d.case, filed=d.today).model_dump(mode="json")
        e = d.add(EntryCorrected, target=target, corrected=fixed)
    return _bad(d, "unknown_entry", e, f"no entry has id {target!r}")


def date_out_of_order(d: Docket, choice: int) -> Corruption:
    """An entry dated more than a month after the next-numbered one (a mistyped date)."""
    late = d.today + timedelta(days=31 + choice)
    e = DocketEntry(id=f"{d.case}/{d.next_doc}", case=d.case, filed=late, doc=d.next_doc)
    after = DocketEntry(
        id=f"{d.case}/{d.next_doc + 1}", case=d.case, filed=d.today, doc=d.next_doc + 1
    )
    d.next_doc += 2
    d.events += [e, after]
    return _bad(d, "date_out_of_order", e, f"dated after Doc. {after.doc} ({d.today})")


def motion_during_stay(d: Docket, choice: int) -> Corruption:
    """A motion to compel while discovery is stayed."""
    if not d.discovery_halted():
        d.add(OrderEntered, stays=(StayImposed(scope=StayScope.DISCOVERY),))
    e = d.add(MotionFiled, kind=MotionKind.COMPEL, movants=("Plaintiff",), filed_by="plaintiff")
    return _bad(d, "motion_during_stay", e, "discovery is stayed")


def refiled_without_leave(d: Docket, choice: int) -> Corruption:
    """A motion refiled before the condition on its leave to refile is met."""
    waiting = [
        m
        for m in d.motions.values()
        if m.leave and m.leave.status != "available" and m.kind is not MotionKind.COMPEL
    ]
    if waiting:
        m = waiting[choice % len(waiting)]
    else:
        m = _motion(d)
        leave = LeaveToRefile(condition=DateReached(on=d.today + timedelta(days=365)))
        ruling = Ruling(
            motion=m.doc, disposition=Disposition.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave
        )
        d.add(OrderEntered, rulings=(ruling,))
        m.status, m.leave = "denied_without_prejudice", DraftLeave(leave.condition)
    e = d.add(MotionFiled, kind=m.kind, refiles=m.doc, refiles_part=m.part, filed_by=m.movant)
    assert m.leave is not None
    return _bad(d, "refiled_without_leave", e, f"leave to refile Doc. {m.ref} is {m.leave.status}")


def no_deadline_to_extend(d: Docket, choice: int) -> Corruption:
    """A notice of agreed extension of the time to reply on a motion no one has answered."""
    unanswered = [m for m in d.motions.values() if not m.responses]
    m = unanswered[choice % len(unanswered)] if unanswered else _motion(d)
    until = d.today + timedelta(days=14)
    e = d.add(
        ExtensionNoticed,
        motion=m.doc,
        part=m.part,
        deadline="reply",
        until=until,
        filed_by=m.movant,
    )
    return _bad(d, "no_deadline_to_extend", e, f"no time to reply runs on Doc. {m.ref}")


def ambiguous_motion(d: Docket, choice: int) -> Corruption:
    """An order ruling on (or vacating the ruling on) a document that holds several motions,
    without saying which of them: replay cannot tell which to apply it to."""
    documents = sorted({m.doc for m in d.motions.values() if m.part is not None})
    doc = documents[choice % len(documents)] if documents else _document(d)[0].doc
    disposition = (
        Disposition.GRANTED,
        Disposition.DENIED,
        Disposition.DENIED_WITHOUT_PREJUDICE,
        Disposition.MOOT,
        Disposition.VACATED,
    )[choice // 2 % 5]
    e = d.add(OrderEntered, rulings=(Ruling(motion=doc, disposition=disposition),))
    held = sum(m.doc == doc for m in d.motions.values())
    return _bad(d, "ambiguous_motion", e, f"Doc. {doc} holds {held} motions; the order names none")


#: Every corruption, by the anomaly code replay must flag.
CORRUPTIONS: dict[str, Callable[[Docket, int], Corruption]] = {
    f.__name__: f
    for f in (
        unknown_motion,
        already_decided,
        not_decided,
        not_pending,
        reply_without_response,
        duplicate_docket_number,
        duplicate_id,
        wrong_case,
        no_stay_to_lift,
        unknown_entry,
        date_out_of_order,
        motion_during_stay,
        refiled_without_leave,
        no_deadline_to_extend,
        ambiguous_motion,
    )
}

#: Corruptions that need a case still open, with discovery not yet scheduled to close.
NEEDS_OPEN_CASE = frozenset({"motion_during_stay", "refiled_without_leave"})
