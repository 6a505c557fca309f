"""Appeals: a notice of appeal to the court of appeals, and the mandate that ends the appeal."""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Annotated, Literal

from pydantic import Field

from docket.events._base import CourtDate, DocNumber, EventBase, unset
from docket.events.vocabulary import AppealOutcome, Ground

__all__ = ["AppealDecided", "NoticeOfAppeal"]


class NoticeOfAppeal(EventBase):
    """A notice of appeal (FRAP 3, 4(a)).

    Attributes:
        from_docs: The judgment or orders appealed from, by docket number (empty: the
            notice does not say; a final appeal is then read as from the latest judgment).
        interlocutory: An appeal before final judgment, e.g. from the denial of qualified
            immunity under the collateral-order doctrine (Mitchell v. Forsyth, 472 U.S. 511,
            530 (1985)).
        grounds: What the appeal is about (``qualified_immunity``).
        appellants: Who appeals ("Defendants", a party's name).
    """

    type: Literal["notice_of_appeal"] = "notice_of_appeal"
    from_docs: tuple[DocNumber, ...] = Field(default=(), max_length=200)
    interlocutory: bool = False
    grounds: tuple[Ground, ...] = Field(default=(), max_length=20)
    appellants: tuple[str, ...] = Field(default=(), max_length=200)


class AppealDecided(EventBase):
    """The court of appeals' mandate, docketed in the district court: the appeal is over.

    Attributes:
        appeal: The notice of appeal decided, by docket number (absent: the only appeal
            pending).
        outcome: Affirmed, reversed, vacated, dismissed, affirmed in part (absent: the
            docket does not say; the mandate ends the appeal all the same).
        on: The day the mandate issued, when the docket says (its ``filed`` date is when
            the district court docketed it).
    """

    type: Literal["appeal_decided"] = "appeal_decided"
    appeal: Annotated[DocNumber | None, Field(exclude_if=unset)] = None
    outcome: Annotated[AppealOutcome | None, Field(exclude_if=unset)] = None
    on: Annotated[CourtDate | None, Field(exclude_if=unset)] = None
