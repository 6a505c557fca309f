"""Motions while replay runs: each motion's machine, its briefing and its leave to refile, and
how a paper finds the motion it names (by :class:`~docket.events.MotionRef`).

Motions depend on the ledger only (and the deadline book, which depends on the ledger); stays,
discovery and the case are built on them in :mod:`docket.engine.stays`.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from docket.engine.changes import FactKind
from docket.engine.deadlines import DeadlineBook, DeadlineFacts, DeadlineKind
from docket.engine.ledger import Ledger
from docket.events import (
    Condition,
    DocketEvent,
    Ground,
    MotionFiled,
    MotionKind,
    MotionRef,
    Service,
)
from docket.machines import BRIEFING, LEAVE, MOTION
from docket.posture import ReviewFlag, Step
from docket.rules import RulePack, load_pack

if TYPE_CHECKING:
    from docket.engine.abeyance import WAbeyance

__all__ = [
    "IMMUNITY_DENIALS",
    "RULE12_KINDS",
    "MotionEntry",
    "Motions",
    "WBriefing",
    "WLeave",
    "WMotion",
    "find_motion",
    "find_motions",
]

#: Motions under Rule 12 that suspend the time to answer (FRCP 12(a)(4)): a motion to
#: dismiss (12(b)). A motion for judgment on the pleadings (12(c)) comes after the answer.
#: Kept here, beside the motion, so that replay loads :mod:`docket.engine.answers` only for
#: a docket that has such a motion, an answer, service or a default.
RULE12_KINDS = frozenset({MotionKind.DISMISS})

#: Rulings on a qualified-immunity motion that deny immunity, at least in part (an
#: appealable collateral order: Mitchell v. Forsyth, 472 U.S. 511, 530 (1985)). Kept here so
#: that replay loads :mod:`docket.engine.appeals` only when a motion is so ruled on.
IMMUNITY_DENIALS = frozenset({"denied", "granted_in_part"})


@dataclass(slots=True)
class WLeave:
    """Leave to refile, while replay runs."""

    condition: Condition | None
    description: str | None
    granted_by: int | None
    since: date
    status: str = LEAVE.initial
    #: Foreclosed because the case ended, not by its condition: no ruling reopens it.
    ended_with_case: bool = False
    #: The last day the motion may be refiled, if the order sets one.
    until: date | None = None
    #: Days from the day the condition comes to pass within which it may be refiled.
    within_after: int | None = None
    #: Foreclosed because that day passed: no ruling reopens it either.
    lapsed: bool = False
    #: Opened by the final judgment it waited for ("after the entry of judgment"): the case
    #: closing on that judgment does not foreclose it.
    after_judgment: bool = False


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
    #: The day the docket set for the reply before any response was filed.
    reply_set: date | None = None
    #: Whether that date is only the default CM/ECF wrote on the motion's own entry under a
    #: rule that yields to the judge's practices (S.D.N.Y. and E.D.N.Y. Local Civ. R. 6.1).
    reply_set_default: bool = False


@dataclass(slots=True, eq=False)
class WMotion:
    """A motion, while replay runs. ``index`` is its place in filing order."""

    event: MotionEntry
    index: int
    status: str = MOTION.initial
    decided: date | None = None
    decided_by: int | None = None
    #: The id of the entry that decided it (a doubt that entry raises about its own ruling,
    #: such as leave to refile on a condition not read, stays shown once it is decided).
    decided_event: str | None = None
    leave: WLeave | None = None
    #: Its provenance, a tuple the posture shares (a list, and the posture's copy of it,
    #: took about 100 bytes a motion more: a million-entry docket holds 312,000 motions).
    steps: tuple[Step, ...] = ()
    #: Its briefing, once the motion has opened one (see :mod:`docket.engine.briefing`).
    briefing: WBriefing | None = None
    #: Its abeyance, once an order held it in abeyance (see :mod:`docket.engine.abeyance`).
    abeyance: WAbeyance | None = None
    #: Whether any response to it has been filed (a reply without one is flagged).
    has_response: bool = False
    #: Entries that may have ruled on it, read without certainty (shown while it is pending).
    #: A tuple, as ``reruled``: most motions have none, and an empty list is 56 bytes.
    review: tuple[ReviewFlag, ...] = ()
    #: Later orders ruling otherwise on it once decided (shown while it stays decided).
    reruled: tuple[ReviewFlag, ...] = ()
    #: The day it is noticed for hearing, from its own text or a later notice (the periods
    #: of a court that counts back from the hearing run from it: C.D. Cal. L.R. 7-9).
    hearing: date | None = None
    #: It was pending when the case closed and ended with it (moot), no order ruling on it:
    #: an order that rules on it later decides it (see :mod:`docket.engine.orders`).
    ended_with_case: bool = False

    @property
    def part(self) -> int | None:
        """Which motion of its document it is, when the document holds several."""
        return self.event.part

    @property
    def ref(self) -> MotionRef | None:
        """Which motion it is on the docket (``None`` for an unnumbered motion)."""
        return self.event.ref


@dataclass
class Motions(Ledger):
    """The motions of the case, by docket number and in filing order, and the deadlines they run
    under the rule pack of the case's court."""

    court: str | None = None
    #: The motions of each document, by docket number, in the order filed (one, unless the
    #: document holds several motions, each with its ``part``).
    #: (A tuple: most hold one motion, and a list for it took 40 bytes more.)
    motions: dict[int, tuple[WMotion, ...]] = field(default_factory=dict)
    motion_list: list[WMotion] = field(default_factory=list)
    #: The motions for extension of time, and the days they were filed, in the order filed
    #: (entries apply in date order), to find the last one before a brief without a scan.
    extensions: list[WMotion] = field(default_factory=list)
    extensions_filed: list[date] = field(default_factory=list)
    #: Every deadline started, and those that run or are suspended.
    book: DeadlineBook = field(default_factory=DeadlineBook)
    _pack: RulePack | None = None
    #: The movants and the grounds of the motions, one tuple for each combination (a
    #: docket's motions are moved by few parties on few grounds; a tuple each took 64 bytes).
    _movants: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict, repr=False)
    _grounds: dict[tuple[Ground, ...], tuple[Ground, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # A lean fold's book keeps no list of every deadline (see DeadlineBook).
        self.book.lean = self.lean

    @property
    def pack(self) -> RulePack:
        """The rule pack the case's court selects (the FRCP base when the court has none)."""
        if self._pack is None:
            self._pack = load_pack(self.court)
        return self._pack

    def reset_pack(self) -> None:
        """The court changed: the next deadline uses the new court's rule pack."""
        self._pack = None

    def deadline(self, kind: DeadlineKind, ref: MotionRef | None) -> DeadlineFacts | None:
        """The ``kind`` deadline of motion ``ref``, if one was started: a
        :class:`~docket.engine.deadlines.WDeadline` while it may still move, its facts alone
        once a lean fold has seen it met or moot."""
        return None if ref is None else self.book.get(kind, ref)

    def motion_moved(self, m: WMotion) -> None:
        """A motion's status changed: whatever watches it is re-checked (see
        :meth:`docket.engine.world.World.motion_moved`)."""

    def add_motion(self, event: MotionFiled, what: str) -> WMotion:
        """A motion is filed."""
        # The day it was filed is the day replay has reached: one date for both.
        filed = self.today if self.today == event.filed else event.filed
        m = WMotion(_kept(event, filed, self._movants, self._grounds), len(self.motion_list))
        self.motion_list.append(m)
        if event.kind == MotionKind.EXTENSION_OF_TIME:
            # At the end, as entries apply in date order; kept sorted whatever comes.
            at = bisect_right(self.extensions_filed, event.filed)
            self.extensions.insert(at, m)
            self.extensions_filed.insert(at, event.filed)
        if event.doc is not None:
            self.motions[event.doc] = (*self.motions.get(event.doc, ()), m)
        self.note_motion(m, what)
        return m

    def last_extension(self, after: date, until: date, besides: WMotion) -> WMotion | None:
        """The last motion for extension of time filed from ``after`` to ``until`` (both
        included), other than ``besides``."""
        filed = self.extensions_filed
        i = bisect_right(filed, until)
        while i > 0 and filed[i - 1] >= after:
            i -= 1
            if self.extensions[i] is not besides:
                return self.extensions[i]
        return None

    def motions_named(self, doc: int, part: int | None) -> list[WMotion]:
        """The motions a paper about Doc. ``doc`` concerns: part ``part``, or, without a
        part, every motion of the document."""
        if part is None:
            return list(self.motions.get(doc, ()))
        m = self.motion_at(doc, part)
        return [m] if m is not None else []

    def revive_ended(self, m: WMotion) -> None:
        """A motion that ended with the case, undecided, is now ruled on or withdrawn: that
        decides it (an order entered after the judgment or dismissal that closed the case),
        so it is pending again first."""
        if not m.ended_with_case:
            return
        m.ended_with_case = False
        m.status = MOTION.fire(m.status, "vacate")

    def motion_entered(self, event: DocketEvent, entry: str, part: int | None) -> WMotion | None:
        """The motion entered without a docket number whose event id is ``entry`` (part
        ``part`` of its entry); flags ``event``, which rules on it, when there is none."""
        m = next((m for m in self.motion_list if m.event.id == entry and m.part == part), None)
        if m is None:
            self.flag(
                event, "unknown_motion", f"rules on entry {entry}, which is not a motion here"
            )
        return m

    def motion_at(self, doc: int, part: int | None) -> WMotion | None:
        """The motion Doc. ``doc`` (part ``part``) names, if exactly one: a reference without
        a part names the document's only motion."""
        parts = self.motions.get(doc)
        if not parts:
            return None
        if part is None:
            return parts[0] if len(parts) == 1 else None
        return next((m for m in parts if m.event.part == part), None)

    def note_motion(
        self, m: WMotion, what: str, rule: str | None = None, about: str = "status"
    ) -> None:
        """Record a change to a motion: its status, its ``briefing`` or ``leave_to_refile``."""
        m.steps += (self.step(what, rule, about),)
        self.dirty.add((FactKind.MOTION, m.index))

    def touch_motion(self, m: WMotion) -> None:
        """Mark a motion's facts changed where no step records it (a filing noted on a
        briefing that its machine no longer moves, e.g. a response after time ran out)."""
        self.dirty.add((FactKind.MOTION, m.index))

    def move_motion(self, m: WMotion, trigger: str, what: str) -> None:
        """Move a motion's machine; a status change re-checks whatever watches the motion."""
        m.status = MOTION.fire(m.status, trigger)
        self.note_motion(m, what)
        self.motion_moved(m)

    def move_leave(self, m: WMotion, trigger: str, what: str) -> None:
        """Move the machine of a motion's leave to refile."""
        assert m.leave is not None and self.today is not None
        m.leave.status = LEAVE.fire(m.leave.status, trigger)
        m.leave.since = self.today
        self.note_motion(m, what, about="leave_to_refile")


@dataclass(frozen=True, slots=True)
class MotionEntry:
    """A motion's entry, as replay keeps it to the end: the facts of it that replay reads
    after applying it, and nothing else (a million-entry docket holds a third of a million
    motions; the entry as read, a model of 24 fields, took 1.1 KB each). Its texts that
    repeat from motion to motion (the case, who moves) are shared."""

    id: str
    case: str
    filed: date
    doc: int | None
    part: int | None
    kind: MotionKind
    grounds: tuple[Ground, ...]
    movants: tuple[str, ...]
    filed_by: str | None
    title: str | None
    stay_pending: int | None
    stay_pending_part: int | None
    refiles: int | None
    service: Service | None
    hearing: date | None
    #: Which motion it is on the docket (``None`` for an unnumbered motion): one reference,
    #: shared by its deadlines.
    ref: MotionRef | None


def _kept(
    e: MotionFiled,
    filed: date,
    movants: dict[tuple[str, ...], tuple[str, ...]],
    grounds: dict[tuple[Ground, ...], tuple[Ground, ...]],
) -> MotionEntry:
    """The motion's entry as replay keeps it (see :class:`MotionEntry`), ``filed`` its
    filing date (equal to the entry's); its movants and grounds are the tuples ``movants``
    and ``grounds`` hold for them (kept there the first time they are seen)."""
    return MotionEntry(  # by position, in field order (replay's hot path)
        e.id,
        sys.intern(e.case),
        filed,
        e.doc,
        e.part,
        e.kind,
        grounds.setdefault(e.grounds, e.grounds) if e.grounds else (),
        movants.setdefault(e.movants, e.movants) if e.movants else (),
        e.filed_by,
        e.title,
        e.stay_pending,
        e.stay_pending_part,
        e.refiles,
        e.service,
        e.hearing,
        None if e.doc is None else MotionRef(e.doc, e.part),
    )


def find_motion(
    world: Motions, event: DocketEvent, doc: int | None, what: str, part: int | None = None
) -> WMotion | None:
    """The one motion Doc. ``doc`` (part ``part``) names; flags ``event`` (``what`` it does)
    when there is none, or when the document holds several motions and no part says which."""
    if doc is None:
        return None
    m = world.motion_at(doc, part)
    if m is None:
        _not_found(world, event, doc, part, what)
    return m


def find_motions(
    world: Motions, event: DocketEvent, doc: int | None, what: str, part: int | None = None
) -> list[WMotion]:
    """The motions a paper about Doc. ``doc`` concerns: the one part it names, or, without a
    part, every motion in the document. Flags ``event`` when there is none."""
    if doc is None:
        return []
    found = world.motions_named(doc, part)
    if not found:
        _not_found(world, event, doc, part, what)
    return found


def _not_found(world: Motions, event: DocketEvent, doc: int, part: int | None, what: str) -> None:
    parts = world.motions.get(doc)
    if not parts:
        world.flag(
            event, "unknown_motion", f"{what} Doc. {doc}, which is not a motion on this docket"
        )
    elif part is None:
        world.flag(
            event,
            "ambiguous_motion",
            f"{what} Doc. {doc}, which holds {len(parts)} motions, without saying which",
        )
    else:
        world.flag(
            event,
            "unknown_motion",
            f"{what} Doc. {doc} part {part}, but Doc. {doc} holds no such motion",
        )
