"""Entries the parties file: the complaint, answers, motions and their briefs."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from docket.events._base import EventBase, Frozen
from docket.events.vocabulary import Ground, MotionKind, Position

__all__ = [
    "AnswerFiled",
    "BriefingCompleteNoticed",
    "CaseOpened",
    "ExtensionNoticed",
    "MotionFiled",
    "MotionWithdrawn",
    "Party",
    "ReplyFiled",
    "ResponseFiled",
]


class Party(Frozen):
    """A party to the case. ``entity`` marks a municipality, agency or company."""

    name: str = Field(min_length=1)
    role: Literal["plaintiff", "defendant", "intervenor", "other"]
    entity: bool = False


class CaseOpened(EventBase):
    """The complaint (or notice of removal) that opens the case."""

    type: Literal["case_opened"] = "case_opened"
    court: str | None = Field(default=None, description="Court id, e.g. 'nmd' (D.N.M.)")
    number: str | None = Field(default=None, description="The court's case number")
    title: str | None = None
    parties: tuple[Party, ...] = ()


class AnswerFiled(EventBase):
    """An answer to the complaint."""

    type: Literal["answer_filed"] = "answer_filed"


#: How a paper was served (FRCP 5(b), 6(d)); ``None`` on an event means through CM/ECF.
Service = Literal["electronic", "mail", "clerk", "other", "personal"]


class MotionFiled(EventBase):
    """A motion: a request that the court do something.

    Attributes:
        kind: What the motion asks for.
        grounds: The legal grounds it asserts (e.g. qualified immunity).
        movants: Who moves.
        stay_pending: For a motion to stay, the motion the stay is sought pending.
        refiles: The docket number of an earlier motion this one refiles.
        service: How the motion was served, when not through CM/ECF (FRCP 6(d)).
    """

    type: Literal["motion_filed"] = "motion_filed"
    kind: MotionKind
    grounds: tuple[Ground, ...] = ()
    movants: tuple[str, ...] = ()
    title: str | None = None
    stay_pending: int | None = Field(default=None, ge=0)
    refiles: int | None = Field(default=None, ge=0)
    service: Service | None = None


class ResponseFiled(EventBase):
    """A response to a motion, opposing it or not."""

    type: Literal["response_filed"] = "response_filed"
    to_motion: int | None = Field(default=None, ge=0)
    position: Position = Position.OPPOSED
    service: Service | None = None


class ReplyFiled(EventBase):
    """The movant's reply in support of its motion."""

    type: Literal["reply_filed"] = "reply_filed"
    to_motion: int | None = Field(default=None, ge=0)


class BriefingCompleteNoticed(EventBase):
    """A notice that a motion is fully briefed (a D.N.M. practice)."""

    type: Literal["briefing_complete"] = "briefing_complete"
    motion: int = Field(ge=0)


class ExtensionNoticed(EventBase):
    """A notice of an agreed extension of a briefing deadline, giving the new date
    (D.N.M.LR-Civ. 7.4(a))."""

    type: Literal["extension_noticed"] = "extension_noticed"
    motion: int = Field(ge=0)
    deadline: Literal["response", "reply"]
    until: date


class MotionWithdrawn(EventBase):
    """The movant withdraws a motion."""

    type: Literal["motion_withdrawn"] = "motion_withdrawn"
    motion: int = Field(ge=0)
