"""Entries the court makes: orders (rulings, stays, lifts), judgments, closing the case."""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from typing import Annotated, Literal

from pydantic import Field, model_validator

from docket.events._base import CourtDate, DocNumber, EventBase, Frozen, Part, unset
from docket.events.conditions import Condition
from docket.events.vocabulary import Disposition, Ground, StayScope

__all__ = [
    "Abeyance",
    "AbeyanceLifted",
    "CaseClosed",
    "Extension",
    "JudgmentEntered",
    "LeaveToRefile",
    "OrderEntered",
    "Ruling",
    "StayImposed",
    "StayLifted",
]


class LeaveToRefile(Frozen):
    """Leave to refile a motion denied without prejudice.

    ``condition`` is ``None`` when the motion may be refiled at once; otherwise leave opens
    when the condition holds, and is foreclosed once it can no longer hold. A deadline
    (``until`` a day, ``within_days`` of the order, or ``within_days_after`` the day the
    condition comes to pass) forecloses it once passed: refiling can no longer happen.
    """

    condition: Condition | None = None
    description: str | None = Field(default=None, description="The order's own words")
    # Added after version 1: left out when unset, so older events dump as before.
    until: Annotated[
        CourtDate | None,
        Field(
            exclude_if=unset,
            description="The last day the motion may be refiled ('without prejudice to "
            "renewal by December 1, 2014'): leave is foreclosed after it",
        ),
    ] = None
    within_days: Annotated[
        int | None,
        Field(
            ge=1,
            le=3650,
            exclude_if=unset,
            description="Days from the order within which the motion may be refiled ('may "
            "refile within 14 days'), counted under FRCP 6(a)(1): foreclosed after the last",
        ),
    ] = None
    within_days_after: Annotated[
        int | None,
        Field(
            ge=1,
            le=3650,
            exclude_if=unset,
            description="Days from the day its condition comes to pass within which the motion "
            "may be refiled ('may renew within 14 days after the stay is lifted'), counted "
            "under FRCP 6(a)(1): foreclosed after the last",
        ),
    ] = None


class Ruling(Frozen):
    """An order's disposition of one motion (``part``: which motion of the document).

    The motion is named by its docket number (``motion``), or, for a motion entered without
    one, by the id of its entry (``entry``): exactly one of the two.
    """

    motion: Annotated[DocNumber | None, Field(exclude_if=unset)] = None
    disposition: Disposition
    leave_to_refile: LeaveToRefile | None = None
    part: Part = None
    entry: Annotated[str | None, Field(min_length=1, max_length=512, exclude_if=unset)] = None

    @model_validator(mode="after")
    def _names_one_motion(self) -> "Ruling":
        if (self.motion is None) == (self.entry is None):
            raise ValueError("a ruling names its motion by docket number or by entry id: one")
        return self


class StayImposed(Frozen):
    """A stay the order imposes.

    Attributes:
        scope: Discovery, the whole case, or discovery as to ``parties`` only.
        lifts_when: The stay's own terms for lifting (``None``: until further order).
        grounds: Why the stay was entered (e.g. qualified immunity).
    """

    scope: StayScope
    parties: tuple[str, ...] = ()
    lifts_when: Condition | None = None
    grounds: tuple[Ground, ...] = ()


class StayLifted(Frozen):
    """An order lifting stays of a scope (all of them, or those entered by ``stay_order``)."""

    scope: StayScope
    stay_order: DocNumber | None = None


class Extension(Frozen):
    """A briefing deadline moved to a new date (FRCP 6(b); D.N.M.LR-Civ. 7.4(a))."""

    motion: DocNumber
    deadline: Literal["response", "reply"]
    until: CourtDate
    part: Part = None


class Abeyance(Frozen):
    """A motion the order holds in abeyance: neither granted nor denied, its briefing
    suspended, until ``pending`` holds or an order lifts it (``part``: which motion of the
    document).

    Attributes:
        pending: What the motion waits on ("pending resolution of Doc. 35", a date);
            ``None``: until further order.
        description: The order's own words ("pending the state court's ruling").
    """

    motion: DocNumber
    part: Part = None
    pending: Condition | None = None
    description: str | None = Field(default=None, description="The order's own words")


class AbeyanceLifted(Frozen):
    """A motion held in abeyance taken up again by order: its briefing resumes."""

    motion: DocNumber
    part: Part = None


class OrderEntered(EventBase):
    """An order of the court.

    One order may rule on several motions, impose and lift stays, and open discovery.

    Attributes:
        effective: The date the order takes effect when it is not the filing date
            (nunc pro tunc).
        opens_discovery: The order (e.g. a scheduling order) opens discovery.
        discovery_closes: The discovery deadline the order sets.
        extensions: Briefing deadlines the order extends.
        reopens: The order reopens a closed case (it reinstates it, or vacates the dismissal
            or judgment that closed it); left out of the JSON when false.
        abeyances: Motions the order holds in abeyance.
        abeyance_lifted: Motions held in abeyance the order takes up again.
        defaults_set_aside: The defendants whose entry of default the order sets aside
            (FRCP 55(c)); "Defendants" for every one in default.
    """

    type: Literal["order"] = "order"
    rulings: tuple[Ruling, ...] = ()
    stays: tuple[StayImposed, ...] = ()
    lifts: tuple[StayLifted, ...] = ()
    effective: CourtDate | None = None
    opens_discovery: bool = False
    discovery_closes: CourtDate | None = None
    extensions: tuple[Extension, ...] = ()
    reopens: Annotated[bool, Field(exclude_if=unset)] = False
    abeyances: Annotated[tuple[Abeyance, ...], Field(max_length=200, exclude_if=unset)] = ()
    abeyance_lifted: Annotated[
        tuple[AbeyanceLifted, ...], Field(max_length=200, exclude_if=unset)
    ] = ()
    defaults_set_aside: Annotated[tuple[str, ...], Field(max_length=200, exclude_if=unset)] = ()


def _true(value: object) -> bool:
    """Whether a flag added after version 1 is at its default (true), so left out of the JSON."""
    return value is True


def _ends_them(value: object) -> bool:
    """Whether a closing's ``undecided`` is at its default (the motions end with the case),
    so left out of the JSON."""
    return value == "end"


#: What becomes of the motions still pending when an entry closes the case: ``end``, they
#: end with it (the clerk terminates them: a notice of voluntary dismissal, FRCP
#: 41(a)(1)(A)(i), a judgment that speaks only of the parties); ``review``, the entry may have
#: ruled on them in words not read, so each stays pending and needs review. The importer
#: says which from the entry's words; replay only follows it.
Undecided = Annotated[Literal["end", "review"], Field(exclude_if=_ends_them)]
#: The motions a closing entry names by docket number: each may have been ruled on by it, so
#: it stays pending and needs review even where the others end with the case.
NamedMotions = Annotated[tuple[DocNumber, ...], Field(max_length=200, exclude_if=unset)]


class JudgmentEntered(EventBase):
    """A judgment. A final judgment ends the case; a partial one does not.

    A judgment with ``final`` false that names ``parties`` or ``claims`` is a Rule 54(b)
    judgment: final as to them only (the court expressly determined that there is no just
    reason for delay), so the time to appeal runs for them (FRCP 54(b); FRAP 4(a)(1)).

    Attributes:
        parties: The parties a partial judgment disposes of.
        claims: The claims a partial judgment disposes of (the complaint's counts).
        trial: How the case was tried, when it was: a ``jury`` trial opens Rule 50(b), a
            ``bench`` trial Rule 52(b).
        separate_document: ``False`` for a decision docketed without the separate document
            FRCP 58(a) requires: the judgment is entered when 150 days have run from its entry
            in the civil docket, unless a separate document is entered first (FRCP
            58(c)(2); FRAP 4(a)(7)(A)(ii)).
        undecided: For a final judgment, what becomes of the motions still pending when it
            closes the case (see :data:`Undecided`).
        names_motions: The motions it names by docket number (see :data:`NamedMotions`).
    """

    type: Literal["judgment"] = "judgment"
    final: bool = True
    in_favor_of: str | None = None
    parties: Annotated[tuple[str, ...], Field(max_length=200, exclude_if=unset)] = ()
    claims: Annotated[tuple[str, ...], Field(max_length=200, exclude_if=unset)] = ()
    trial: Annotated[Literal["jury", "bench"] | None, Field(exclude_if=unset)] = None
    separate_document: Annotated[bool, Field(exclude_if=_true)] = True
    undecided: Undecided = "end"
    names_motions: NamedMotions = ()


class CaseClosed(EventBase):
    """The clerk closes the case.

    Attributes:
        undecided: What becomes of the motions still pending (see :data:`Undecided`).
        names_motions: The motions the closing entry names by number (see
            :data:`NamedMotions`).
        derived_from: For a closing the importer derives from another entry (an order or a
            paper whose words end the case), that entry's id: review flags cite it.
    """

    type: Literal["case_closed"] = "case_closed"
    reason: str | None = None
    undecided: Undecided = "end"
    names_motions: NamedMotions = ()
    derived_from: Annotated[str | None, Field(max_length=512, exclude_if=unset)] = None
