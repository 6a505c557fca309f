"""Steps the parties take: motions, responses, replies, notices, withdrawals, answers.

Each step takes the docket being drawn and two small drawn integers ``a`` and ``b`` that
pick among what the docket allows (see :mod:`docket.testing._steps`). It files one entry and
returns ``True``, or returns ``False`` when the docket allows no such entry now.
"""

from __future__ import annotations

from docket.events import (
    DISPOSITIVE_KINDS,
    AnswerFiled,
    BriefingCompleteNoticed,
    DocketEntry,
    Ground,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    Position,
    ReplyFiled,
    ResponseFiled,
    StayScope,
)
from docket.testing._docket import Docket, DraftMotion

__all__ = [
    "STAY_KINDS",
    "answer",
    "dispositive_first",
    "file_motion",
    "miscellaneous",
    "notice_complete",
    "reply",
    "respond",
    "withdraw",
]

_KINDS = tuple(MotionKind)
_AFTER_JUDGMENT = (
    MotionKind.RECONSIDERATION,
    MotionKind.OTHER,
    MotionKind.EXTENSION_OF_TIME,
    MotionKind.SANCTIONS,
)
STAY_KINDS = {MotionKind.STAY_DISCOVERY: StayScope.DISCOVERY, MotionKind.STAY_CASE: StayScope.CASE}
_BY_PLAINTIFF = {
    MotionKind.COMPEL,
    MotionKind.AMEND,
    MotionKind.REMAND,
    MotionKind.DEFAULT_JUDGMENT,
}
_BY_DEFENDANTS = {
    *DISPOSITIVE_KINDS,
    *STAY_KINDS,
    MotionKind.PROTECTIVE_ORDER,
}
_GROUNDS = (
    (Ground.QUALIFIED_IMMUNITY,),
    (Ground.FAILURE_TO_STATE_A_CLAIM,),
    (Ground.QUALIFIED_IMMUNITY, Ground.FAILURE_TO_STATE_A_CLAIM),
    (),
)


def _other_side(party: str) -> str:
    return "defendants" if party == "plaintiff" else "plaintiff"


def file_motion(d: Docket, a: int, b: int) -> bool:
    """A motion of any kind; now and then a motion refiled under leave."""
    refilable = [
        m
        for m in d.refilable()
        if not (m.kind is MotionKind.COMPEL and d.discovery_halted()) and not d.closed
    ]
    refiles: int | None = None
    if refilable and b % 4 == 3:
        earlier = refilable[a % len(refilable)]
        kind, refiles = earlier.kind, earlier.doc
    else:
        kinds = _AFTER_JUDGMENT if d.closed else _KINDS
        kind = kinds[a % len(kinds)]
        if kind is MotionKind.COMPEL and d.discovery_halted():
            kind = MotionKind.OTHER  # a motion to compel during a stay is a breach, not a slip
    if kind in _BY_PLAINTIFF:
        movant = "plaintiff"
    elif kind in _BY_DEFENDANTS:
        movant = "defendants"
    else:
        movant = ("plaintiff", "defendants")[b % 2]
    grounds = _GROUNDS[b % len(_GROUNDS)] if kind in DISPOSITIVE_KINDS else ()
    stay_pending: int | None = None
    if kind in STAY_KINDS:
        targets = dispositive_first(d.pending())
        if targets:
            target = targets[b % len(targets)]
            stay_pending = target.doc
            grounds = (Ground.QUALIFIED_IMMUNITY,) if target.qi else ()
    title = f"{movant.title()}'s Motion: {kind.value.replace('_', ' ')}"
    event = d.add(
        MotionFiled,
        kind=kind,
        grounds=grounds,
        movants=(movant.title(),),
        filed_by=movant,
        title=title,
        text=title.upper(),
        stay_pending=stay_pending,
        refiles=refiles,
    )
    assert event.doc is not None
    qi = Ground.QUALIFIED_IMMUNITY in grounds and kind in DISPOSITIVE_KINDS
    d.motions[event.doc] = DraftMotion(
        event.doc, kind, movant, d.today, qi=qi, stay_pending=stay_pending
    )
    return True


def dispositive_first(motions: list[DraftMotion]) -> list[DraftMotion]:
    qi = [m for m in motions if m.qi]
    dispositive = [m for m in motions if m.kind in DISPOSITIVE_KINDS]
    return qi or dispositive or motions


def respond(d: Docket, a: int, b: int) -> bool:
    """A response to a pending motion, in time or late: the gap before it decides."""
    pending = [m for m in d.pending() if d.in_time(m.filed)]
    targets = [m for m in pending if m.responses == 0] or pending
    if not targets:
        return False
    m = targets[a % len(targets)]
    position = (Position.OPPOSED, Position.OPPOSED, Position.UNOPPOSED, Position.PARTIAL)[b % 4]
    d.add(
        ResponseFiled,
        to_motion=m.doc,
        position=position,
        filed_by=_other_side(m.movant),
        text=f"RESPONSE ({position.value}) re {m.doc}",
    )
    m.responses += 1
    m.responded = m.responded or d.today
    return True


def reply(d: Docket, a: int, b: int) -> bool:
    """The movant's reply, only once a response is on file."""
    targets = [m for m in d.pending() if m.responses and not m.replied and d.in_time(m.responded)]
    if not targets:
        return False
    m = targets[a % len(targets)]
    d.add(ReplyFiled, to_motion=m.doc, filed_by=m.movant, text=f"REPLY re {m.doc}")
    m.replied = True
    return True


def notice_complete(d: Docket, a: int, b: int) -> bool:
    """A notice of briefing complete on a motion with a response (a D.N.M. practice)."""
    targets = [m for m in d.pending() if m.responses and not m.noticed]
    if not targets:
        return False
    m = targets[a % len(targets)]
    d.add(
        BriefingCompleteNoticed, motion=m.doc, filed_by=m.movant, text="NOTICE of Briefing Complete"
    )
    m.noticed = True
    return True


def withdraw(d: Docket, a: int, b: int) -> bool:
    """The movant withdraws a pending motion."""
    pending = d.pending()
    if not pending:
        return False
    m = pending[a % len(pending)]
    d.add(MotionWithdrawn, motion=m.doc, filed_by=m.movant, text=f"NOTICE of Withdrawal of {m.doc}")
    m.status = "withdrawn"
    d.settle()
    return True


def answer(d: Docket, a: int, b: int) -> bool:
    """The defendants answer the complaint (once)."""
    if d.closed or d.answered:
        return False
    d.add(AnswerFiled, filed_by="defendants", text="ANSWER to Complaint")
    d.answered = True
    return True


_NOTICES = ("Summons Issued", "Notice of Appearance", "Transcript", "Notice")


def miscellaneous(d: Docket, a: int, b: int) -> bool:
    """An entry the vocabulary has no closer word for: a summons, an appearance, a transcript."""
    name = _NOTICES[a % len(_NOTICES)]
    d.add(
        DocketEntry, event_name=name, filed_by=("plaintiff", "defendants")[b % 2], text=name.upper()
    )
    return True
