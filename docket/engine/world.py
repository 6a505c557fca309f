"""Replay's working state: private, mutable, local to one fold.

Every change of state goes through a method here that moves the machine, records the change's
provenance (a :class:`~docket.posture.Step`) and marks the fact dirty, so an index can record
the posture's changes day by day (see :mod:`docket.audit`). Everything here is folded into the
frozen :class:`~docket.posture.Posture` by :mod:`docket.engine.freeze`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date

from docket.engine import deadlines as _deadlines
from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.engine.deadlines import DeadlineBook, DeadlineKind, WDeadline
from docket.engine.ledger import Ledger
from docket.events import Condition, DocketEvent, Ground, MotionFiled, MotionRef, StayScope
from docket.events.conditions import dates_in, motions_in
from docket.machines import BRIEFING, CASE, DISCOVERY, LEAVE, MOTION, STAY
from docket.posture import ReviewFlag, Step
from docket.rules import RulePack, load_pack

__all__ = ["WBriefing", "WLeave", "WMotion", "WStay", "World", "find_motion", "find_motions"]


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


@dataclass(slots=True, eq=False)
class WMotion:
    """A motion, while replay runs. ``index`` is its place in filing order."""

    event: MotionFiled
    index: int
    status: str = MOTION.initial
    decided: date | None = None
    decided_by: int | None = None
    leave: WLeave | None = None
    steps: list[Step] = field(default_factory=list)
    #: Its briefing, once the motion has opened one (see :mod:`docket.engine.briefing`).
    briefing: WBriefing | None = None
    #: Whether any response to it has been filed (a reply without one is flagged).
    has_response: bool = False
    #: Entries that may have ruled on it, read without certainty (shown while it is pending).
    review: list[ReviewFlag] = field(default_factory=list)

    @property
    def part(self) -> int | None:
        """Which motion of its document it is, when the document holds several."""
        return self.event.part

    @property
    def ref(self) -> MotionRef | None:
        """Which motion it is on the docket (``None`` for an unnumbered motion)."""
        doc = self.event.doc
        return None if doc is None else MotionRef(doc, self.event.part)


@dataclass(slots=True, eq=False)
class WStay:
    """A stay, while replay runs. ``index`` is its place in the order stays were entered."""

    index: int
    scope: StayScope
    parties: tuple[str, ...]
    imposed: date
    imposed_by: int | None
    on_motion: int | None
    on_motion_part: int | None
    lifts_when: Condition | None
    grounds: tuple[Ground, ...]
    explanation: str | None = None
    status: str = STAY.initial
    lifted: date | None = None
    lifted_by: int | None = None
    lifted_because: str | None = None
    steps: list[Step] = field(default_factory=list)

    @property
    def halts_discovery(self) -> bool:
        """A stay of discovery or of the whole case halts all discovery."""
        return self.status == "in_force" and self.scope in (StayScope.DISCOVERY, StayScope.CASE)


Watcher = tuple[WStay] | tuple[WMotion, WLeave]


@dataclass(frozen=True, slots=True)
class _Recheck:
    """A tick that re-checks one watcher's condition when its date comes."""

    watcher: Watcher

    def __call__(self, world: World) -> None:
        world.recheck(self.watcher)


@dataclass
class World(Ledger):
    """The case as replay has built it so far."""

    case_id: str | None = None
    court: str | None = None
    title: str | None = None
    case_status: str = CASE.initial
    case_since: date | None = None
    case_steps: list[Step] = field(default_factory=list)
    #: Entries that may have ended the case, read without certainty (shown while it is open).
    case_review: list[ReviewFlag] = field(default_factory=list)
    discovery_status: str = DISCOVERY.initial
    discovery_since: date | None = None
    discovery_closes: date | None = None
    discovery_steps: list[Step] = field(default_factory=list)
    #: The motions of each document, by docket number, in the order filed (one, unless the
    #: document holds several motions, each with its ``part``).
    motions: dict[int, list[WMotion]] = field(default_factory=dict)
    motion_list: list[WMotion] = field(default_factory=list)
    stays: list[WStay] = field(default_factory=list)
    #: The stays in force, by index, in the order entered (found without scanning every stay).
    in_force: dict[int, WStay] = field(default_factory=dict)
    seen_ids: set[str] = field(default_factory=set)
    known_ids: set[str] = field(default_factory=set)
    seen_docs: set[int] = field(default_factory=set)
    #: Numbered entries applied lately, as (filed, doc), oldest first (see ``_apply``).
    docketed: deque[tuple[date, int]] = field(default_factory=deque)
    #: The highest docket number filed long enough ago to be settled, with its filed date.
    settled: tuple[int, date] | None = None
    watchers: dict[int, list[Watcher]] = field(default_factory=dict)
    #: Every deadline started, and those that run or are suspended.
    book: DeadlineBook = field(default_factory=DeadlineBook)
    _pack: RulePack | None = None

    @property
    def pack(self) -> RulePack:
        """The rule pack the case's court selects (the FRCP base when the court has none)."""
        if self._pack is None:
            self._pack = load_pack(self.court)
        return self._pack

    def deadline(self, kind: DeadlineKind, ref: MotionRef | None) -> WDeadline | None:
        """The ``kind`` deadline of motion ``ref``, if one was started."""
        return None if ref is None else self.book.of.get((kind, ref))

    def reset_pack(self) -> None:
        """The court changed: the next deadline uses the new court's rule pack."""
        self._pack = None

    def note_review(self, event: DocketEvent) -> None:
        """An entry read without certainty: flag each pending motion it may rule on, and the
        case if it may end it. Nothing else changes: a review flag is never a ruling."""
        review = event.review
        if review is None:
            return
        flag = ReviewFlag(doc=event.doc, event_id=event.id, filed=event.filed, reason=review.reason)
        for doc in dict.fromkeys(review.may_rule_on):
            for m in self.motions.get(doc, ()):
                if m.status == "pending":
                    m.review.append(flag)
                    self.touch_motion(m)
        if review.may_close and self.case_status != "closed":
            self.case_review.append(flag)
            self.dirty.add((FactKind.CASE, 0))

    # -- motions -----------------------------------------------------------------------

    def add_motion(self, event: MotionFiled, what: str) -> WMotion:
        """A motion is filed."""
        m = WMotion(event, len(self.motion_list))
        self.motion_list.append(m)
        if event.doc is not None:
            self.motions.setdefault(event.doc, []).append(m)
        self.note_motion(m, what)
        return m

    def motions_named(self, doc: int, part: int | None) -> list[WMotion]:
        """The motions a paper about Doc. ``doc`` concerns: part ``part``, or, without a
        part, every motion of the document."""
        if part is None:
            return self.motions.get(doc, [])
        m = self.motion_at(doc, part)
        return [m] if m is not None else []

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
        m.steps.append(self.step(what, rule, about))
        self.dirty.add((FactKind.MOTION, m.index))

    def touch_motion(self, m: WMotion) -> None:
        """Mark a motion's facts changed where no step records it (a filing noted on a
        briefing that its machine no longer moves, e.g. a response after time ran out)."""
        self.dirty.add((FactKind.MOTION, m.index))

    def move_motion(self, m: WMotion, trigger: str, what: str) -> None:
        """Move a motion's machine; a status change re-checks whatever watches the motion."""
        m.status = MOTION.fire(m.status, trigger)
        self.note_motion(m, what)
        for watcher in self.watchers.get(m.event.doc, ()) if m.event.doc is not None else ():
            self.recheck(watcher)

    def move_leave(self, m: WMotion, trigger: str, what: str) -> None:
        """Move the machine of a motion's leave to refile."""
        assert m.leave is not None and self.today is not None
        m.leave.status = LEAVE.fire(m.leave.status, trigger)
        m.leave.since = self.today
        self.note_motion(m, what, about="leave_to_refile")

    # -- conditions --------------------------------------------------------------------

    def watch(self, watcher: Watcher, condition: Condition) -> None:
        """Re-check ``watcher`` whenever a motion or a date in ``condition`` may change it."""
        for n in motions_in(condition):
            self.watchers.setdefault(n, []).append(watcher)
        for day in dates_in(condition):
            self.schedule(day, _Recheck(watcher))

    def recheck(self, watcher: Watcher) -> None:
        """Evaluate one watcher's condition and move its machine if its truth changed."""
        assert self.today is not None
        if len(watcher) == 1:
            (stay,) = watcher
            if stay.status != "in_force" or stay.lifts_when is None:
                return
            if evaluate(stay.lifts_when, self.motions, self.today) is Truth.HOLDS:
                self.lift(stay, "lift_by_terms", None, "its own terms were met")
            return
        m, leave = watcher
        if m.leave is not leave:
            return  # the ruling that gave this leave was vacated: it is gone, not re-checked
        if leave.condition is None or leave.ended_with_case:
            return
        truth = evaluate(leave.condition, self.motions, self.today)
        settled = {"available": Truth.HOLDS, "foreclosed": Truth.FAILED}.get(leave.status)
        if settled is not None and truth is not settled:
            # Leave follows its condition: when the ruling that met (or defeated) it is
            # vacated, the condition is open again, and so is the leave.
            self.move_leave(
                m,
                "condition_reopened",
                "leave to refile conditional again: the ruling that settled its condition"
                " no longer stands",
            )
        if leave.status != "conditional":
            return
        if truth is Truth.HOLDS:
            self.move_leave(m, "condition_met", "leave to refile available: its condition holds")
        elif truth is Truth.FAILED:
            self.move_leave(
                m,
                "condition_failed",
                "leave to refile foreclosed: its condition can no longer hold",
            )

    # -- stays, discovery and the case -------------------------------------------------

    def add_stay(self, stay: WStay, what: str, rule: str | None) -> None:
        """A stay is entered."""
        self.stays.append(stay)
        self.in_force[stay.index] = stay
        stay.steps.append(self.step(what, rule))
        self.dirty.add((FactKind.STAY, stay.index))
        terms, today = stay.lifts_when, self.today
        if (
            terms is not None
            and today is not None
            and evaluate(terms, self.motions, today) is Truth.HOLDS
        ):
            return  # its terms are met already: it lifts at once and never halts anything
        self.refresh_stays(what, rule)

    def lift(self, stay: WStay, trigger: str, by: int | None, because: str) -> None:
        """Lift one stay and bring discovery and the case up to date."""
        assert self.today is not None
        stay.status = STAY.fire(stay.status, trigger)
        del self.in_force[stay.index]
        stay.lifted, stay.lifted_by, stay.lifted_because = self.today, by, because
        stay.steps.append(self.step(f"stay lifted: {because}"))
        self.dirty.add((FactKind.STAY, stay.index))
        self.refresh_stays(f"stay of {stay.imposed} lifted: {because}")

    def refresh_stays(self, what: str, rule: str | None = None) -> None:
        """Derive the case's and discovery's stayed-or-not from the stays in force."""
        if self.case_status == "closed":
            return
        in_force = self.in_force.values()
        case_stayed = any(s.scope is StayScope.CASE for s in in_force)
        if case_stayed and self.case_status == "open":
            self.move_case("stay", what)
        elif not case_stayed and self.case_status == "stayed":
            self.move_case("lift", what)
        halted = any(s.halts_discovery for s in in_force)
        if halted and DISCOVERY.can(self.discovery_status, "stay"):
            self.move_discovery("stay", what, rule)
        elif not halted and self.discovery_status == "stayed":
            self.move_discovery("lift", what)

    def move_discovery(self, trigger: str, what: str, rule: str | None = None) -> None:
        """Move the discovery machine."""
        self.discovery_status = DISCOVERY.fire(self.discovery_status, trigger)
        self.discovery_since = self.today
        self.discovery_steps.append(self.step(what, rule))
        self.dirty.add((FactKind.DISCOVERY, 0))

    def move_case(self, trigger: str, what: str) -> None:
        """Move the case machine. A stay of the case suspends running deadlines."""
        self.case_status = CASE.fire(self.case_status, trigger)
        self.case_since = self.today
        self.case_steps.append(self.step(what))
        self.dirty.add((FactKind.CASE, 0))
        if trigger == "stay":
            _deadlines.suspend_all(self, self.book)
        elif trigger == "lift":
            _deadlines.resume_all(self, self.book, self.pack)

    def close_case(self, because: str) -> None:
        """End the case: stays lift, discovery closes, leave to refile is foreclosed."""
        if self.case_status == "closed":
            return
        self.move_case("close", f"case closed: {because}")
        _deadlines.moot_all(self, self.book, f"case closed: {because}")
        for stay in list(self.in_force.values()):
            self.lift(stay, "case_ended", None, because)
        if DISCOVERY.can(self.discovery_status, "close"):
            self.move_discovery("close", f"discovery closed with the case: {because}")
        cause = self.cause
        if cause is not None:
            # A motion the case closed on undecided is not live, but no order said so (the
            # clerk terminates it; a court may call it moot): a person says which.
            flag = ReviewFlag(
                doc=cause.doc,
                event_id=cause.id,
                filed=cause.filed,
                reason=f"the case closed ({because}) with this motion undecided",
            )
            for m in self.motion_list:
                if m.status == "pending":
                    m.review.append(flag)
                    self.touch_motion(m)
        for m in self.motion_list:
            if m.leave is not None and LEAVE.can(m.leave.status, "case_ended"):
                self.move_leave(m, "case_ended", f"leave to refile foreclosed: {because}")
                m.leave.ended_with_case = True


def find_motion(
    world: World, event: DocketEvent, doc: int | None, what: str, part: int | None = None
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
    world: World, event: DocketEvent, doc: int | None, what: str, part: int | None = None
) -> list[WMotion]:
    """The motions a paper about Doc. ``doc`` concerns: the one part it names, or, without a
    part, every motion in the document. Flags ``event`` when there is none."""
    if doc is None:
        return []
    found = world.motions_named(doc, part)
    if not found:
        _not_found(world, event, doc, part, what)
    return found


def _not_found(world: World, event: DocketEvent, doc: int, part: int | None, what: str) -> None:
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
