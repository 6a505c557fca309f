"""Stays while replay runs, and the discovery and case machines they drive: a stay is imposed
and lifted here, and discovery's and the case's stayed-or-not is derived from the stays in force.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from docket.engine import deadlines as _deadlines
from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.engine.motions import Motions
from docket.events import Condition, Ground, StayScope
from docket.machines import CASE, DISCOVERY, LEAVE, STAY
from docket.posture import ReviewFlag, Step

__all__ = ["Stays", "WStay"]


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


@dataclass
class Stays(Motions):
    """The stays of the case, and the case's and discovery's machines."""

    case_status: str = CASE.initial
    case_since: date | None = None
    case_steps: list[Step] = field(default_factory=list)
    #: Entries that may have ended the case, read without certainty (shown while it is open).
    case_review: list[ReviewFlag] = field(default_factory=list)
    discovery_status: str = DISCOVERY.initial
    discovery_since: date | None = None
    discovery_closes: date | None = None
    discovery_steps: list[Step] = field(default_factory=list)
    stays: list[WStay] = field(default_factory=list)
    #: The stays in force, by index, in the order entered (found without scanning every stay).
    in_force: dict[int, WStay] = field(default_factory=dict)

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
