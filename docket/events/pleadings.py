"""Entries at the start of a case, before motion practice: service of the summons or its
waiver, the clerk's entry of default and the request for it, an amended pleading, the Rule 26(f)
conference.

Kept apart from :mod:`docket.events.filings` (papers the parties file about motions) and
:mod:`docket.events.court` (orders and judgments).
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Annotated, Literal

from pydantic import Field

from docket.events._base import CourtDate, EventBase, unset
from docket.events.filings import Service

__all__ = [
    "AnswerTimeExtended",
    "DefaultEntered",
    "DefaultRequested",
    "PleadingAmended",
    "Rule26fConference",
    "SummonsServed",
    "WaiverReturned",
]

#: Who an entry about service, answers or default concerns: the defendants' names as the
#: complaint gives them ("City of Clovis"), or "Defendants" for all of them; empty: the
#: entry does not say (replay then applies it to the only defendant, or flags it).
Defendants = Annotated[tuple[str, ...], Field(max_length=200)]


class SummonsServed(EventBase):
    """A summons returned executed: the defendants named were served (FRCP 4(c), 4(l)).

    The answer is due 21 days after service (FRCP 12(a)(1)(A)(i)); 60 days for the United
    States, its agency, officer or employee (FRCP 12(a)(2), (3)).

    Attributes:
        defendants: Who was served.
        served_on: The day of service, when the return says (the entry's ``filed`` date is
            when the return was filed, usually later).
        answer_due: The answer date the clerk's entry states, when it states one (replay
            computes its own and flags a difference).
    """

    type: Literal["summons_served"] = "summons_served"
    defendants: Defendants = ()
    served_on: Annotated[CourtDate | None, Field(exclude_if=unset)] = None
    answer_due: Annotated[CourtDate | None, Field(exclude_if=unset)] = None


class WaiverReturned(EventBase):
    """A waiver of service returned executed (FRCP 4(d)): the defendants named waived service.

    The answer is due 60 days after the request for the waiver was sent, 90 when it was sent
    to a defendant outside any judicial district of the United States (FRCP 4(d)(3),
    12(a)(1)(A)(ii)).

    Attributes:
        defendants: Who waived service.
        requested: The day the request was sent (the period runs from it, not from the
            return).
        abroad: The request was sent outside any judicial district of the United States.
        answer_due: The answer date the clerk's entry states, when it states one.
    """

    type: Literal["waiver_returned"] = "waiver_returned"
    defendants: Defendants = ()
    requested: Annotated[CourtDate | None, Field(exclude_if=unset)] = None
    abroad: Annotated[bool, Field(exclude_if=unset)] = False
    answer_due: Annotated[CourtDate | None, Field(exclude_if=unset)] = None


class AnswerTimeExtended(EventBase):
    """The time to answer extended (FRCP 6(b)(1)): by the court's order, the clerk, or a
    stipulation the court's rules let stand ("Answer due by 7/31/2009", "Application for
    Extension of Time to Answer ... is GRANTED ... to 12/11/2017").

    Attributes:
        defendants: Whose time (empty: every defendant served who has not answered).
        until: The new day, when the entry gives it.
    """

    type: Literal["answer_time_extended"] = "answer_time_extended"
    defendants: Defendants = ()
    until: Annotated[CourtDate | None, Field(exclude_if=unset)] = None


class DefaultRequested(EventBase):
    """A party asks the clerk to enter the default of defendants who failed to plead or
    otherwise defend (FRCP 55(a)): a request, or a motion, for entry of default."""

    type: Literal["default_requested"] = "default_requested"
    defendants: Defendants = ()


class DefaultEntered(EventBase):
    """The clerk's entry of default against the defendants named (FRCP 55(a)).

    A default judgment must then be sought under FRCP 55(b) (a ``default_judgment`` motion);
    the court may set the entry aside for good cause (FRCP 55(c)).
    """

    type: Literal["default_entered"] = "default_entered"
    defendants: Defendants = ()


class PleadingAmended(EventBase):
    """An amended complaint (or other amended pleading) is filed.

    It supersedes the pleading before it: a motion aimed at the old pleading is usually found
    moot, and a response to the new one is due within the time left to respond to the old one
    or 14 days after service of the new one, whichever is later (FRCP 15(a)(3)).

    Attributes:
        service: How it was served, when not through CM/ECF (FRCP 6(d)).
    """

    type: Literal["pleading_amended"] = "pleading_amended"
    service: Service | None = None


class Rule26fConference(EventBase):
    """The parties' Rule 26(f) conference was held (its report, or a minute entry saying so).

    Discovery may be sought from the conference on (FRCP 26(d)(1)).
    """

    type: Literal["rule26f_conference"] = "rule26f_conference"
