"""Entries the parties file: the complaint, answers, motions and their briefs.

**Several motions in one document.** CM/ECF dockets a combined filing ("MOTION to Dismiss
and MOTION for Summary Judgment") as one entry holding several motion events, which the
court rules on separately. Each becomes its own :class:`MotionFiled` with the same ``doc``
and its ``part`` (1, 2, ... in the order the entry states them); a document holding one
motion leaves ``part`` out. Every reference to a motion (a response's ``to_motion``, a
ruling's ``motion``, a condition's ``motion``...) may say which part it names beside the
docket number. A reference without a part names the document:

* a paper about the document (a response, a reply, a notice of briefing complete, an agreed
  extension, a withdrawal) applies to every motion in it;
* a ruling, or a refiling, that names neither a part nor the document's only motion is
  ambiguous: replay flags it (``ambiguous_motion``) and does not apply it;
* a condition is read over the document: "resolution of Doc. 45" holds once every motion in
  it is resolved; "Doc. 45 denied" once any of them is (flagged ``ambiguous_motion`` too).
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Annotated, Literal

from pydantic import Field

from docket.events._base import CourtDate, DocNumber, EventBase, Frozen, Part, unset
from docket.events.vocabulary import Ground, MotionKind, Position

__all__ = [
    "AnswerFiled",
    "BriefingCompleteNoticed",
    "BriefingScheduled",
    "CaseOpened",
    "ExtensionNoticed",
    "HearingNoticed",
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
    #: The United States, its agency, or its officer or employee sued in an official capacity
    #: or for acts in connection with federal duties (FRAP 4(a)(1)(B); FRCP 12(a)(2)-(3)).
    united_states: Annotated[bool, Field(exclude_if=unset)] = False


class CaseOpened(EventBase):
    """The complaint (or notice of removal) that opens the case."""

    type: Literal["case_opened"] = "case_opened"
    court: str | None = Field(default=None, description="Court id, e.g. 'nmd' (D.N.M.)")
    number: str | None = Field(default=None, description="The court's case number")
    title: str | None = None
    parties: tuple[Party, ...] = ()
    #: The judge the sheet names as assigned to the case (PACER's "Assigned to"), when it
    #: names one; left out of the JSON when not, so older histories dump as they did.
    judge: Annotated[str | None, Field(max_length=200, exclude_if=unset)] = None


class AnswerFiled(EventBase):
    """An answer to the complaint (or to an amended one).

    Attributes:
        defendants: Who answers (empty: ``filed_by`` says, or the only defendant).
    """

    type: Literal["answer_filed"] = "answer_filed"
    defendants: Annotated[tuple[str, ...], Field(max_length=200, exclude_if=unset)] = ()


#: How a paper was served (FRCP 5(b), 6(d)); ``None`` on an event means through CM/ECF.
Service = Literal["electronic", "mail", "clerk", "other", "personal"]


class MotionFiled(EventBase):
    """A motion: a request that the court do something.

    Attributes:
        kind: What the motion asks for.
        grounds: The legal grounds it asserts (e.g. qualified immunity).
        movants: Who moves.
        part: Which motion of its document this is, when the document holds several.
        stay_pending: For a motion to stay, the motion the stay is sought pending
            (``stay_pending_part``: which motion of that document).
        refiles: The docket number of an earlier motion this one refiles
            (``refiles_part``: which motion of that document).
        service: How the motion was served, when not through CM/ECF (FRCP 6(d)).
        hearing: The day the motion is noticed for hearing, when its text says (a court
            that counts briefs back from the hearing runs them from it: C.D. Cal. L.R. 7-9).
    """

    type: Literal["motion_filed"] = "motion_filed"
    part: Part = None
    kind: MotionKind
    grounds: tuple[Ground, ...] = ()
    movants: tuple[str, ...] = ()
    title: str | None = None
    stay_pending: DocNumber | None = None
    refiles: DocNumber | None = None
    service: Service | None = None
    stay_pending_part: Part = None
    refiles_part: Part = None
    hearing: Annotated[CourtDate | None, Field(exclude_if=unset)] = None


class ResponseFiled(EventBase):
    """A response to a motion, opposing it or not."""

    type: Literal["response_filed"] = "response_filed"
    to_motion: DocNumber | None = None
    position: Position = Position.OPPOSED
    service: Service | None = None
    to_part: Part = None


class ReplyFiled(EventBase):
    """The movant's reply in support of its motion."""

    type: Literal["reply_filed"] = "reply_filed"
    to_motion: DocNumber | None = None
    to_part: Part = None


class BriefingCompleteNoticed(EventBase):
    """A notice that a motion is fully briefed (a D.N.M. practice)."""

    type: Literal["briefing_complete"] = "briefing_complete"
    motion: DocNumber
    part: Part = None


class ExtensionNoticed(EventBase):
    """A notice of an agreed extension of a briefing deadline, giving the new date
    (D.N.M.LR-Civ. 7.4(a))."""

    type: Literal["extension_noticed"] = "extension_noticed"
    motion: DocNumber
    deadline: Literal["response", "reply"]
    until: CourtDate
    part: Part = None


class HearingNoticed(EventBase):
    """A motion set (or reset) for hearing on a day: 'Motion Hearing set for 3/4/2019'.

    Where the court counts the opposition and reply back from the hearing (C.D. Cal. L.R.
    7-9, 7-10; S.D. Cal. CivLR 7.1(e); D.N.J. L. Civ. R. 7.1(d)), they run from the latest
    day noticed (a continued hearing moves them: C.D. Cal. L.R. 7-11).
    """

    type: Literal["hearing_noticed"] = "hearing_noticed"
    motion: DocNumber
    hearing: CourtDate
    part: Part = None


class BriefingScheduled(EventBase):
    """The court's docket sets the day a motion's response or reply is due: the clerk's
    "Responses due by 6/12/2015. Replies due by 6/19/2015." on the motion's entry, or an
    order or notice setting or resetting them. The date set governs, whatever the rule's
    period would give (FRCP 6(b); the court's own calendar)."""

    type: Literal["briefing_scheduled"] = "briefing_scheduled"
    motion: DocNumber
    response_due: CourtDate | None = None
    reply_due: CourtDate | None = None
    part: Part = None


class MotionWithdrawn(EventBase):
    """The movant withdraws a motion."""

    type: Literal["motion_withdrawn"] = "motion_withdrawn"
    motion: DocNumber
    part: Part = None
