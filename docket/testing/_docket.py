"""The strategies' own small model of a docket, so that the histories they build are valid.

It knows only what it needs to keep a history valid: which motions are pending, briefed or
decided, which stays are in force, which leave to refile is open, and whether the case has
ended. A motion is known by its document and its part (``(doc, None)`` for a document holding
one motion), as :mod:`docket.events.filings` defines them. It evaluates conditions itself (it does not import replay), so a history's validity
does not hang on the engine under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from docket.events import (
    AllOf,
    AnyOf,
    CaseOpened,
    Condition,
    DateReached,
    DocketEvent,
    MotionKind,
    MotionResolved,
    MotionRuled,
    Party,
    StayScope,
)

__all__ = ["PARTIES", "Docket", "DraftLeave", "DraftMotion", "DraftStay", "Key", "truth"]

#: A motion's docket number and its part of the document (``None``: the document's only motion).
Key = tuple[int, int | None]

PARTIES = (
    Party(name="Jane Roe", role="plaintiff"),
    Party(name="City of Clovis", role="defendant", entity=True),
    Party(name="Officer John Doe", role="defendant"),
)


def _named(motions: dict[Key, DraftMotion], doc: int, part: int | None) -> list[DraftMotion]:
    """The motions a reference names: its part, or without a part every motion of ``doc``."""
    return [m for m in motions.values() if m.doc == doc and part in (None, m.part)]


def truth(condition: Condition, motions: dict[Key, DraftMotion], today: date) -> str:
    """``holds``, ``open`` or ``failed``: the meaning :mod:`docket.events.conditions` gives.

    A condition naming a document without a part is read over every motion in it.
    """
    match condition:
        case MotionResolved(motion=n, part=part):
            ms = _named(motions, n, part)
            return "holds" if ms and all(m.status != "pending" for m in ms) else "open"
        case MotionRuled(motion=n, dispositions=ds, part=part):
            ms = _named(motions, n, part)
            if any(m.status in {d.value for d in ds} for m in ms):
                return "holds"
            if not ms or any(m.status == "pending" for m in ms):
                return "open"
            return "failed"
        case DateReached(on=day):
            return "holds" if today >= day else "open"
        case AnyOf(conditions=cs):
            truths = [truth(c, motions, today) for c in cs]
            if "holds" in truths:
                return "holds"
            return "failed" if all(t == "failed" for t in truths) else "open"
        case AllOf(conditions=cs):
            truths = [truth(c, motions, today) for c in cs]
            if "failed" in truths:
                return "failed"
            return "holds" if all(t == "holds" for t in truths) else "open"
    raise AssertionError(condition)  # pragma: no cover - the union is closed


@dataclass
class DraftLeave:
    """Leave to refile, as the strategies track it."""

    condition: Condition | None
    status: str = "conditional"
    #: Foreclosed because the case ended, not by its condition: nothing reopens it.
    ended_with_case: bool = False


@dataclass
class DraftMotion:
    """A motion on the docket being drawn (``part``: which motion of its document)."""

    doc: int
    kind: MotionKind
    movant: str
    filed: date
    qi: bool = False
    stay_pending: Key | None = None
    part: int | None = None
    status: str = "pending"
    responses: int = 0
    responded: date | None = None
    replied: bool = False
    noticed: bool = False
    leave: DraftLeave | None = None

    @property
    def key(self) -> Key:
        """How the docket knows this motion: its number and its part."""
        return self.doc, self.part

    @property
    def ref(self) -> str:
        """The motion in a docket clerk's words: ``45`` or ``45 part 2``."""
        return f"{self.doc}" if self.part is None else f"{self.doc} part {self.part}"


@dataclass
class DraftStay:
    """A stay on the docket being drawn."""

    scope: StayScope
    imposed_by: int
    lifts_when: Condition | None
    in_force: bool = True


@dataclass
class Docket:
    """A docket being drawn: its entries so far and what they add up to."""

    case: str
    court: str
    today: date
    next_doc: int = 1
    unnumbered: int = 0
    events: list[DocketEvent] = field(default_factory=list)
    motions: dict[Key, DraftMotion] = field(default_factory=dict)
    stays: list[DraftStay] = field(default_factory=list)
    closed: bool = False
    clerk_closed: bool = False
    scheduled: bool = False
    answered: bool = False
    #: Keep the case open and discovery unscheduled (for corruptions that need a live case).
    keep_open: bool = False
    #: File responses and replies late now and then (else always within 14 days).
    late_filings: bool = True
    stricken: set[str] = field(default_factory=set)
    #: Entries a step may add beyond its own one without passing the history's ``max_entries``
    #: (a document holding several motions files one entry for each).
    room: int = 0

    @classmethod
    def open(cls, court: str, number: int, filed: date) -> Docket:
        """A new docket whose first entry, Doc. 1, is the complaint."""
        case = f"{court}-1:{filed.year % 100:02d}-cv-{number:05d}"
        docket = cls(case=case, court=court, today=filed)
        docket.add(
            CaseOpened,
            filed_by="plaintiff",
            court=court,
            number=case.split("-", 1)[1],
            title="Roe v. City of Clovis",
            text="COMPLAINT",
            parties=PARTIES,
        )
        return docket

    # -- drawing entries ----------------------------------------------------------------

    def advance(self, days: int) -> None:
        """Move the calendar on; stays and leave that wait on a date catch up."""
        self.today += timedelta(days=days)
        self.settle()

    def add(self, model: type[Any], *, numbered: bool = True, **fields: Any) -> DocketEvent:
        """File one entry of kind ``model`` today, with the next docket number."""
        if numbered:
            doc: int | None = self.next_doc
            self.next_doc += 1
            ident = f"{self.case}/{doc}"
        else:
            doc = None
            self.unnumbered += 1
            ident = f"{self.case}/u{self.unnumbered}"
        event: DocketEvent = model(id=ident, case=self.case, filed=self.today, doc=doc, **fields)
        self.events.append(event)
        return event

    def add_part(self, model: type[Any], doc: int, part: int, **fields: Any) -> DocketEvent:
        """File today the motion ``part`` (2, 3, ...) of Doc. ``doc``, under the same number."""
        ident = f"{self.case}/{doc}/part{part}"
        event: DocketEvent = model(
            id=ident, case=self.case, filed=self.today, doc=doc, part=part, **fields
        )
        self.events.append(event)
        return event

    # -- what the entries add up to -------------------------------------------------------

    def document(self, m: DraftMotion) -> list[DraftMotion]:
        """Every motion of ``m``'s document, in the order it states them (``m`` alone when the
        document holds one motion)."""
        return [o for o in self.motions.values() if o.doc == m.doc] if m.part else [m]

    def pending(self) -> list[DraftMotion]:
        """Motions still pending, in docket order."""
        return [m for m in self.motions.values() if m.status == "pending"]

    def decided(self) -> list[DraftMotion]:
        """Motions an order has decided (not withdrawn), in docket order."""
        return [m for m in self.motions.values() if m.status not in ("pending", "withdrawn")]

    def in_force(self) -> list[DraftStay]:
        """Stays in force."""
        return [s for s in self.stays if s.in_force]

    def discovery_halted(self) -> bool:
        """A stay of discovery or of the whole case is in force."""
        return any(s.scope in (StayScope.DISCOVERY, StayScope.CASE) for s in self.in_force())

    def refilable(self) -> list[DraftMotion]:
        """Motions whose leave to refile is available."""
        return [m for m in self.motions.values() if m.leave and m.leave.status == "available"]

    def in_time(self, since: date | None) -> bool:
        """A paper filed today is timely: within 14 days of ``since`` (D.N.M.LR-Civ. 7.4(a)),
        which FRCP 6(a) and 6(d) can only lengthen. Always true when late filings are drawn."""
        return self.late_filings or (since is not None and self.today - since <= timedelta(days=14))

    def settle(self) -> None:
        """Lift stays whose terms are met; open or foreclose leave whose condition is decided."""
        for stay in self.in_force():
            terms = stay.lifts_when
            if terms is not None and truth(terms, self.motions, self.today) == "holds":
                stay.in_force = False
        for m in self.motions.values():
            leave = m.leave
            if leave is None or leave.condition is None or leave.ended_with_case:
                continue
            t = truth(leave.condition, self.motions, self.today)
            # Leave follows its condition: when the ruling that settled it is vacated, the
            # condition is open again, and so is the leave.
            settled = {"available": "holds", "foreclosed": "failed"}.get(leave.status)
            if settled is not None and t != settled:
                leave.status = "conditional"
            elif leave.status != "conditional":
                continue
            if t == "holds":
                leave.status = "available"
            elif t == "failed":
                leave.status = "foreclosed"

    def close(self) -> None:
        """The case ends: every stay lifts and every open leave to refile is foreclosed."""
        self.closed = True
        for stay in self.stays:
            stay.in_force = False
        for m in self.motions.values():
            if m.leave is not None and m.leave.status != "foreclosed":
                m.leave.status = "foreclosed"
                m.leave.ended_with_case = True
