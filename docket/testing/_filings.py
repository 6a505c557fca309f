"""Steps the parties take: motions, responses, replies, notices, withdrawals, answers.

Each step takes the docket being drawn and two small drawn integers ``a`` and ``b`` that
pick among what the docket allows (see :mod:`docket.testing._steps`). It files one entry and
returns ``True``, or returns ``False`` when the docket allows no such entry now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def _movant(kind: MotionKind, b: int) -> str:
    if kind in _BY_PLAINTIFF:
        return "plaintiff"
    if kind in _BY_DEFENDANTS:
        return "defendants"
    return ("plaintiff", "defendants")[b % 2]


def _count(d: Docket, a: int, b: int) -> int:
    """How many motions the document holds: now and then two, rarely three, when the
    history has room for an entry each."""
    if b // 8 % 8 != 7 or d.room < 1:
        return 1
    return 3 if a // 8 % 8 == 5 and d.room >= 2 else 2


def _more_kinds(d: Docket, kind: MotionKind, movant: str, a: int, count: int) -> list[MotionKind]:
    """The kinds of a combined filing's further motions: others the same movant may bring."""
    kinds = _AFTER_JUDGMENT if d.closed else _KINDS
    theirs = _BY_DEFENDANTS if movant == "plaintiff" else _BY_PLAINTIFF
    pool = [
        k
        for k in kinds
        if k is not kind
        and k not in theirs
        and not (k is MotionKind.COMPEL and d.discovery_halted())
    ]
    return [pool[(a // 16 + i) % len(pool)] for i in range(count - 1)]


def file_motion(d: Docket, a: int, b: int) -> bool:
    """A motion of any kind; now and then a motion refiled under leave, or a document holding
    two (rarely three) motions by one movant, each of which the court rules on apart."""
    refilable = [
        m
        for m in d.refilable()
        if not (m.kind is MotionKind.COMPEL and d.discovery_halted()) and not d.closed
    ]
    refiles: DraftMotion | None = None
    count = 1
    if refilable and b % 4 == 3:
        refiles = refilable[a % len(refilable)]
        kind = refiles.kind
    else:
        kinds = _AFTER_JUDGMENT if d.closed else _KINDS
        kind = kinds[a % len(kinds)]
        if kind is MotionKind.COMPEL and d.discovery_halted():
            kind = MotionKind.OTHER  # a motion to compel during a stay is a breach, not a slip
        count = _count(d, a, b)
    movant = _movant(kind, b)
    doc = d.next_doc
    for i, k in enumerate([kind, *_more_kinds(d, kind, movant, a, count)]):
        part = i + 1 if count > 1 else None
        grounds = _GROUNDS[b % len(_GROUNDS)] if k in DISPOSITIVE_KINDS else ()
        stay_pending: DraftMotion | None = None
        whole = False
        if k in STAY_KINDS:
            targets = dispositive_first(d.pending())
            if targets:
                stay_pending = targets[b % len(targets)]
                # Pending the whole of a combined filing, now and then: "pending resolution of
                # Doc. 45" holds once every motion in it is resolved.
                whole = stay_pending.part is not None and a // 16 % 2 == 1
                grounds = (Ground.QUALIFIED_IMMUNITY,) if stay_pending.qi else ()
        title = f"{movant.title()}'s Motion: {k.value.replace('_', ' ')}"
        fields: dict[str, Any] = {
            "kind": k,
            "grounds": grounds,
            "movants": (movant.title(),),
            "filed_by": movant,
            "title": title,
            "text": title.upper(),
            "stay_pending": stay_pending.doc if stay_pending else None,
            "stay_pending_part": stay_pending.part if stay_pending and not whole else None,
            "refiles": refiles.doc if refiles else None,
            "refiles_part": refiles.part if refiles else None,
        }
        if part is None or part == 1:
            event = d.add(MotionFiled, part=part, **fields)
            assert event.doc == doc
        else:
            d.add_part(MotionFiled, doc, part, **fields)
        qi = Ground.QUALIFIED_IMMUNITY in grounds and k in DISPOSITIVE_KINDS
        pending_on = None
        if stay_pending is not None:
            pending_on = (stay_pending.doc, None if whole else stay_pending.part)
        d.motions[(doc, part)] = DraftMotion(
            doc, k, movant, d.today, qi=qi, stay_pending=pending_on, part=part
        )
    return True


def dispositive_first(motions: list[DraftMotion]) -> list[DraftMotion]:
    qi = [m for m in motions if m.qi]
    dispositive = [m for m in motions if m.kind in DISPOSITIVE_KINDS]
    return qi or dispositive or motions


def _whole(d: Docket, m: DraftMotion, bit: int, fits: Callable[[DraftMotion], bool]) -> bool:
    """Whether a paper on ``m`` names its whole document instead: now and then (``bit``), when
    ``m`` is one of several motions in it and the paper ``fits`` every one of them."""
    return m.part is not None and bit % 2 == 1 and all(fits(o) for o in d.document(m))


def respond(d: Docket, a: int, b: int) -> bool:
    """A response to a pending motion, in time or late: the gap before it decides.

    Now and then it answers a combined filing as a whole (it then answers each motion in it).
    """
    pending = [m for m in d.pending() if d.in_time(m.filed)]
    targets = [m for m in pending if m.responses == 0] or pending
    if not targets:
        return False
    m = targets[a % len(targets)]
    whole = _whole(d, m, b // 4, lambda o: o.status == "pending")
    position = (Position.OPPOSED, Position.OPPOSED, Position.UNOPPOSED, Position.PARTIAL)[b % 4]
    d.add(
        ResponseFiled,
        to_motion=m.doc,
        to_part=None if whole else m.part,
        position=position,
        filed_by=_other_side(m.movant),
        text=f"RESPONSE ({position.value}) re {m.doc if whole else m.ref}",
    )
    for o in d.document(m) if whole else [m]:
        o.responses += 1
        o.responded = o.responded or d.today
    return True


def _may_reply(d: Docket, m: DraftMotion) -> bool:
    return m.status == "pending" and bool(m.responses) and not m.replied and d.in_time(m.responded)


def reply(d: Docket, a: int, b: int) -> bool:
    """The movant's reply, only once a response is on file (on the whole of a combined filing
    now and then, once each motion in it has a response)."""
    targets = [m for m in d.pending() if _may_reply(d, m)]
    if not targets:
        return False
    m = targets[a % len(targets)]
    whole = _whole(d, m, b, lambda o: _may_reply(d, o))
    d.add(
        ReplyFiled,
        to_motion=m.doc,
        to_part=None if whole else m.part,
        filed_by=m.movant,
        text=f"REPLY re {m.doc if whole else m.ref}",
    )
    for o in d.document(m) if whole else [m]:
        o.replied = True
    return True


def _may_notice(m: DraftMotion) -> bool:
    return m.status == "pending" and bool(m.responses) and not m.noticed


def notice_complete(d: Docket, a: int, b: int) -> bool:
    """A notice of briefing complete on a motion with a response (a D.N.M. practice)."""
    targets = [m for m in d.pending() if _may_notice(m)]
    if not targets:
        return False
    m = targets[a % len(targets)]
    whole = _whole(d, m, b, _may_notice)
    d.add(
        BriefingCompleteNoticed,
        motion=m.doc,
        part=None if whole else m.part,
        filed_by=m.movant,
        text="NOTICE of Briefing Complete",
    )
    for o in d.document(m) if whole else [m]:
        o.noticed = True
    return True


def withdraw(d: Docket, a: int, b: int) -> bool:
    """The movant withdraws a pending motion (or, now and then, a whole combined filing)."""
    pending = d.pending()
    if not pending:
        return False
    m = pending[a % len(pending)]
    whole = _whole(d, m, b, lambda o: o.status == "pending")
    d.add(
        MotionWithdrawn,
        motion=m.doc,
        part=None if whole else m.part,
        filed_by=m.movant,
        text=f"NOTICE of Withdrawal of {m.doc if whole else m.ref}",
    )
    for o in d.document(m) if whole else [m]:
        o.status = "withdrawn"
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
