"""Briefing of each motion: response, reply, complete, decided (a ``BRIEFING`` machine each).

Filings move the machine; so do deadline ticks when a rule pack gives the periods (the time
for a response or reply runs out with no entry on the docket).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docket._words import doc_ref
from docket._world import WMotion, World
from docket.events import BriefingCompleteNoticed, ReplyFiled, ResponseFiled
from docket.machines import BRIEFING

__all__ = [
    "WBriefing",
    "decided",
    "motion_filed",
    "notice_complete",
    "reply_filed",
    "response_filed",
]


@dataclass(slots=True)
class WBriefing:
    """A motion's briefing, while replay runs."""

    status: str = BRIEFING.initial
    response_due: date | None = None
    reply_due: date | None = None
    response: int | None = None
    reply: int | None = None
    complete_since: date | None = None
    complete_because: str | None = None


def _briefing(m: WMotion) -> WBriefing:
    b = m.extra.get("briefing")
    if b is None:
        b = m.extra["briefing"] = WBriefing()
    assert isinstance(b, WBriefing)
    return b


def _move(world: World, m: WMotion, trigger: str, what: str) -> None:
    b = _briefing(m)
    if not BRIEFING.can(b.status, trigger):
        return
    b.status = BRIEFING.fire(b.status, trigger)
    if b.status == "complete":
        b.complete_since, b.complete_because = world.today, what
    world.note_motion(m, f"briefing: {what}", about="briefing")


def motion_filed(world: World, m: WMotion) -> None:
    """A motion opens its briefing, awaiting a response."""
    _briefing(m)


def response_filed(world: World, m: WMotion, e: ResponseFiled) -> None:
    """A response moves briefing on to awaiting the reply."""
    m.extra.setdefault("responses", []).append(e)
    b = _briefing(m)
    if b.response is None:
        b.response = e.doc
    _move(world, m, "respond", f"response {doc_ref(e.doc)} filed ({e.position.value})")


def reply_filed(world: World, m: WMotion, e: ReplyFiled) -> None:
    """A reply completes briefing."""
    m.extra.setdefault("replies", []).append(e)
    b = _briefing(m)
    if b.reply is None:
        b.reply = e.doc
    _move(world, m, "reply", f"reply {doc_ref(e.doc)} filed")


def notice_complete(world: World, m: WMotion, e: BriefingCompleteNoticed) -> None:
    """A notice of briefing complete completes briefing."""
    _move(world, m, "notice_complete", f"notice of briefing complete {doc_ref(e.doc)}")


def decided(world: World, m: WMotion) -> None:
    """An order disposing of the motion ends its briefing; vacating it reopens it."""
    b = _briefing(m)
    if m.status == "pending":
        if b.status == "decided":
            b.status = BRIEFING.fire(b.status, "reopen")
        return
    if BRIEFING.can(b.status, "decide"):
        b.status = BRIEFING.fire(b.status, "decide")
