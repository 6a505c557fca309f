"""Steps the court and the clerk take: orders, judgments, closing, corrections and strikes.

Each step takes the docket being drawn and two small drawn integers ``a`` and ``b`` that
pick among what the docket allows (see :mod:`docket.testing._steps`). It files one entry and
returns ``True``, or returns ``False`` when the docket allows no such entry now.
"""

from __future__ import annotations

from datetime import timedelta

from docket.events import (
    AllOf,
    AnswerFiled,
    AnyOf,
    CaseClosed,
    Condition,
    DateReached,
    Disposition,
    DocketEntry,
    EntryCorrected,
    EntryStricken,
    Ground,
    JudgmentEntered,
    LeaveToRefile,
    MotionKind,
    MotionResolved,
    OrderEntered,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
    motion_denied_at_least_in_part,
)
from docket.testing._docket import Docket, DraftLeave, DraftMotion, DraftStay
from docket.testing._filings import STAY_KINDS, dispositive_first

__all__ = [
    "close_case",
    "correct",
    "judgment",
    "lift",
    "rule",
    "schedule",
    "stay",
    "strike",
    "vacate",
]

_DISPOSITIONS = (
    Disposition.GRANTED,
    Disposition.DENIED,
    Disposition.DENIED_WITHOUT_PREJUDICE,
    Disposition.GRANTED_IN_PART,
    Disposition.MOOT,
)
_GRANTS = (Disposition.GRANTED, Disposition.GRANTED_IN_PART)


def _days(n: int) -> timedelta:
    return timedelta(days=n)


def _resolved(m: DraftMotion, whole: bool) -> MotionResolved:
    """ "Pending resolution of" ``m``, or now and then (``whole``) of its whole document: that
    holds once every motion in it is resolved. A ruling condition always names the part."""
    return MotionResolved(motion=m.doc, part=None if whole else m.part)


def _condition(d: Docket, choice: int, among: list[DraftMotion]) -> Condition:
    later = DateReached(on=d.today + _days(30 * (1 + choice % 4)))
    targets = dispositive_first(among)
    if not targets:
        return later
    target = targets[choice % len(targets)]
    whole = choice // 4 % 2 == 1
    match choice % 4:
        case 0:
            return motion_denied_at_least_in_part(target.doc, target.part)
        case 1:
            return _resolved(target, whole)
        case 2:
            return AnyOf(conditions=(_resolved(target, whole), later))
    return AllOf(conditions=(motion_denied_at_least_in_part(target.doc, target.part), later))


def _leave(d: Docket, choice: int, among: list[DraftMotion]) -> LeaveToRefile | None:
    match choice % 4:
        case 0:
            return None
        case 1:
            return LeaveToRefile(description="The motion may be refiled.")
    return LeaveToRefile(
        condition=_condition(d, choice // 4, among),
        description="Plaintiff will be free to refile should the condition be met.",
    )


def _apply_rulings(d: Docket, rulings: list[Ruling]) -> None:
    for r in rulings:
        assert r.motion is not None  # the strategies number every motion
        m = d.motions[(r.motion, r.part)]
        if r.disposition is Disposition.VACATED:
            m.status, m.leave = "pending", None
            continue
        m.status = r.disposition.value
        leave = r.leave_to_refile
        m.leave = None
        if leave is not None:
            m.leave = DraftLeave(
                leave.condition, "available" if leave.condition is None else "conditional"
            )


def rule(d: Docket, a: int, b: int) -> bool:
    """An order ruling on one to three pending motions, with leave to refile now and then."""
    pending = d.pending()
    briefed = [m for m in pending if m.responses]
    if not pending or (a % 2 and not briefed):
        return False  # half the time the court waits for briefing
    if a % 4 == 3 and briefed:
        pending = briefed
    count = 1 + a % min(3, len(pending))
    start = b % len(pending)
    chosen = [pending[(start + i) % len(pending)] for i in range(count)]
    others = [m for m in pending if m not in chosen]
    rulings: list[Ruling] = []
    for i, m in enumerate(chosen):
        disposition = _DISPOSITIONS[(b // 3 + i * (a + 1)) % len(_DISPOSITIONS)]
        if d.closed and m.kind in STAY_KINDS:
            disposition = Disposition.MOOT  # no stay is entered in a case that has ended
        leave = None
        if disposition is Disposition.DENIED_WITHOUT_PREJUDICE and not d.closed:
            leave = _leave(d, a // 4 + i, others)
        rulings.append(
            Ruling(motion=m.doc, part=m.part, disposition=disposition, leave_to_refile=leave)
        )
    order = d.add(OrderEntered, filed_by="court", rulings=tuple(rulings), text="ORDER")
    _apply_rulings(d, rulings)
    for m, r in zip(chosen, rulings, strict=True):
        if m.kind in STAY_KINDS and r.disposition in _GRANTS:
            # Granting a motion to stay stays what it asked, pending what it asked.
            pending_on = None
            if m.stay_pending is not None:
                on, part = m.stay_pending
                pending_on = MotionResolved(motion=on, part=part)
            assert order.doc is not None
            d.stays.append(DraftStay(STAY_KINDS[m.kind], order.doc, pending_on))
    d.settle()
    return True


def stay(d: Docket, a: int, b: int) -> bool:
    """An order staying discovery or the case: until a date, pending a motion, or further order.

    Now and then it also grants a pending motion to stay and denies pending motions to compel
    without prejudice, with leave to refile should the plaintiff overcome qualified immunity
    (the founding order, Lucero v. City of Clovis, does exactly this).
    """
    if d.closed:
        return False
    scope = (StayScope.DISCOVERY, StayScope.DISCOVERY, StayScope.CASE, StayScope.PARTIES)[a % 4]
    pending = d.pending()
    stay_motions = [m for m in pending if m.kind in STAY_KINDS][:1] if a & 4 else []
    targets = dispositive_first([m for m in pending if m not in stay_motions])
    target = targets[a % len(targets)] if targets else None
    later = DateReached(on=d.today + _days(14 + b))
    lifts_when: Condition | None
    match b % 4:
        case 0 if target is not None:
            lifts_when = _resolved(target, bool(a & 16))
        case 2:
            lifts_when = None
        case 3 if target is not None:
            lifts_when = AnyOf(conditions=(later, _resolved(target, bool(a & 16))))
        case _:
            lifts_when = later
    rulings = [
        Ruling(motion=m.doc, part=m.part, disposition=Disposition.GRANTED) for m in stay_motions
    ]
    if target is not None and target.qi and a & 8:
        leave = LeaveToRefile(
            condition=motion_denied_at_least_in_part(target.doc, target.part),
            description="Plaintiff will be free to refile should Plaintiff overcome qualified immunity.",
        )
        rulings += [
            Ruling(
                motion=m.doc,
                part=m.part,
                disposition=Disposition.DENIED_WITHOUT_PREJUDICE,
                leave_to_refile=leave,
            )
            for m in pending
            if m.kind is MotionKind.COMPEL
        ]
    imposed = StayImposed(
        scope=scope,
        parties=("City of Clovis",) if scope is StayScope.PARTIES else (),
        lifts_when=lifts_when,
        grounds=(Ground.QUALIFIED_IMMUNITY,) if target is not None and target.qi else (),
    )
    order = d.add(
        OrderEntered,
        filed_by="court",
        rulings=tuple(rulings),
        stays=(imposed,),
        text="ORDER staying",
    )
    _apply_rulings(d, rulings)
    assert order.doc is not None
    d.stays.append(DraftStay(scope, order.doc, lifts_when))
    d.settle()
    return True


def lift(d: Docket, a: int, b: int) -> bool:
    """An order lifting a stay in force: every stay of its scope, or the one order's stays."""
    stays = d.in_force()
    if not stays:
        return False
    chosen = stays[a % len(stays)]
    by_order = chosen.imposed_by if b % 2 else None
    d.add(
        OrderEntered,
        filed_by="court",
        lifts=(StayLifted(scope=chosen.scope, stay_order=by_order),),
        text="ORDER lifting stay",
    )
    for s in stays:
        if s.scope is chosen.scope and by_order in (None, s.imposed_by):
            s.in_force = False
    return True


def vacate(d: Docket, a: int, b: int) -> bool:
    """An order vacating a ruling, often on granting a motion for reconsideration."""
    decided = d.decided()
    if not decided:
        return False
    m = decided[a % len(decided)]
    rulings = [Ruling(motion=m.doc, part=m.part, disposition=Disposition.VACATED)]
    reconsider = [p for p in d.pending() if p.kind is MotionKind.RECONSIDERATION]
    if reconsider and b % 2 == 0:
        r = reconsider[0]
        rulings.insert(0, Ruling(motion=r.doc, part=r.part, disposition=Disposition.GRANTED))
    d.add(OrderEntered, filed_by="court", rulings=tuple(rulings), text="ORDER vacating")
    _apply_rulings(d, rulings)
    d.settle()
    return True


def schedule(d: Docket, a: int, b: int) -> bool:
    """A scheduling order (FRCP 16(b)): discovery opens and a close of discovery is set."""
    if d.closed or d.scheduled or d.keep_open:
        return False
    closes = d.today + _days(120 + b)
    d.add(
        OrderEntered,
        filed_by="court",
        opens_discovery=True,
        discovery_closes=closes,
        text="SCHEDULING ORDER",
    )
    d.scheduled = True
    return True


def judgment(d: Docket, a: int, b: int) -> bool:
    """A judgment, now and then: final (the case ends) or partial (FRCP 54(b))."""
    if d.closed or d.keep_open or b % 4:
        return False
    final = a % 3 != 0
    d.add(
        JudgmentEntered,
        filed_by="court",
        final=final,
        in_favor_of=("plaintiff", "defendants")[b // 4 % 2],
        text="FINAL JUDGMENT" if final else "PARTIAL JUDGMENT (Rule 54(b))",
    )
    if final:
        d.close()
    return True


def close_case(d: Docket, a: int, b: int) -> bool:
    """The clerk closes the case, now and then (after judgment, or on a stipulated dismissal)."""
    if d.clerk_closed or d.keep_open or b % 4:
        return False
    d.add(CaseClosed, filed_by="clerk", reason="stipulated dismissal" if not d.closed else None)
    d.clerk_closed = True
    d.close()
    return True


def correct(d: Docket, a: int, b: int) -> bool:
    """A clerk's correction of an earlier entry's docket text (it changes nothing else)."""
    targets = [
        e
        for e in d.events
        if e.doc is not None
        and e.id not in d.stricken
        and not isinstance(e, EntryCorrected | EntryStricken)
    ]
    target = targets[a % len(targets)]
    fixed = {**target.model_dump(mode="json"), "text": f"{target.text or ''} (corrected)"}
    d.add(EntryCorrected, numbered=False, filed_by="clerk", target=target.id, corrected=fixed)
    return True


def strike(d: Docket, a: int, b: int) -> bool:
    """An order striking an earlier answer or notice filed in error."""
    targets = [
        e for e in d.events if isinstance(e, AnswerFiled | DocketEntry) and e.id not in d.stricken
    ]
    if not targets:
        return False
    target = targets[a % len(targets)]
    d.add(EntryStricken, filed_by="court", target=target.id, reason="filed in error")
    d.stricken.add(target.id)
    return True
