"""Stays while replay runs, and the discovery and case machines they drive: a stay is imposed
and lifted here, and discovery's and the case's stayed-or-not is derived from the stays in force.
"""

from __future__ import annotations

from datetime import date, timedelta

from docket.engine import deadlines as _deadlines
from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.engine.motions import Motions
from docket.events import CaseClosed, Condition, DocketEvent, Ground, JudgmentEntered, StayScope
from docket.events.conditions import dates_in, motions_in, waits_on_stays
from docket.machines import BRIEFING, CASE, DISCOVERY, LEAVE, STAY
from docket.posture import LiftCause, ReviewFlag, Step
from docket.records import FrozenRecord, Record

__all__ = ["Stays", "WStay"]

_ONE_DAY = timedelta(days=1)
#: The court sets the day discovery closes in its scheduling order, and modifies it only by
#: order (FRCP 16(b)(3)(A), 16(b)(4)).
_SCHEDULE_RULE = "FRCP 16(b)(3)(A)"


class WStay(Record):
    """A stay, while replay runs. ``index`` is its place in the order stays were entered."""

    __slots__ = (
        "explanation",
        "grounds",
        "imposed",
        "imposed_by",
        "index",
        "lift_cause",
        "lifted",
        "lifted_because",
        "lifted_by",
        "lifts_when",
        "on_motion",
        "on_motion_part",
        "parties",
        "pending_appeal",
        "renewal_until",
        "review",
        "scope",
        "status",
        "steps",
    )

    index: int
    scope: StayScope
    parties: tuple[str, ...]
    imposed: date
    imposed_by: int | None
    on_motion: int | None
    on_motion_part: int | None
    lifts_when: Condition | None
    grounds: tuple[Ground, ...]
    explanation: str | None
    status: str
    lifted: date | None
    lifted_by: int | None
    lifted_because: str | None
    lift_cause: LiftCause | None
    steps: list[Step]
    #: Why a person should check the stay (its motion was mooted by an amended pleading).
    review: str | None
    #: While under review: the last day a renewed motion may be filed for the stay to follow
    #: it (the time to respond to the amended pleading, FRCP 15(a)(3)).
    renewal_until: date | None
    #: The notice of appeal a stay pending appeal waits on (it lifts on the mandate).
    pending_appeal: int | None

    def __init__(
        self,
        index: int,
        scope: StayScope,
        parties: tuple[str, ...],
        imposed: date,
        imposed_by: int | None,
        on_motion: int | None,
        on_motion_part: int | None,
        lifts_when: Condition | None,
        grounds: tuple[Ground, ...],
        explanation: str | None = None,
        pending_appeal: int | None = None,
    ) -> None:
        self.index = index
        self.scope = scope
        self.parties = parties
        self.imposed = imposed
        self.imposed_by = imposed_by
        self.on_motion = on_motion
        self.on_motion_part = on_motion_part
        self.lifts_when = lifts_when
        self.grounds = grounds
        self.explanation = explanation
        self.status = STAY.initial
        self.lifted = self.lifted_by = self.lifted_because = self.lift_cause = None
        self.steps = []
        self.review = self.renewal_until = None
        self.pending_appeal = pending_appeal

    @property
    def halts_discovery(self) -> bool:
        """A stay of discovery or of the whole case halts all discovery."""
        return self.status == "in_force" and self.scope in (StayScope.DISCOVERY, StayScope.CASE)


class Stays(Motions):
    """The stays of the case, and the case's and discovery's machines."""

    __slots__ = (
        "case_review",
        "case_since",
        "case_status",
        "case_steps",
        "discovery_clock",
        "discovery_closes",
        "discovery_days_left",
        "discovery_review",
        "discovery_since",
        "discovery_status",
        "discovery_steps",
        "discovery_until",
        "in_force",
        "stays",
    )

    case_status: str
    case_since: date | None
    case_steps: list[Step]
    #: Entries that may have ended the case, read without certainty (shown while it is open).
    case_review: list[ReviewFlag]
    discovery_status: str
    discovery_since: date | None
    discovery_closes: date | None
    #: While discovery is stayed: the days that were left before it closes (the close does
    #: not come while the stay is in force).
    discovery_days_left: int | None
    #: A close set by order while discovery was stayed: it stands if the stay lifts first.
    discovery_until: date | None
    #: Bumped whenever the close moves or is suspended: an older close tick does nothing.
    discovery_clock: int
    #: Facts about discovery a person should check (a close resumed with no order setting it).
    discovery_review: list[ReviewFlag]
    discovery_steps: list[Step]
    stays: list[WStay]
    #: The stays in force, by index, in the order entered (found without scanning every stay).
    in_force: dict[int, WStay]

    def __init__(self, *, lean: bool = False) -> None:
        super().__init__(lean=lean)
        self.case_status = CASE.initial
        self.case_since = None
        self.case_steps = []
        self.case_review = []
        self.discovery_status = DISCOVERY.initial
        self.discovery_since = self.discovery_closes = self.discovery_until = None
        self.discovery_days_left = None
        self.discovery_clock = 0
        self.discovery_review = []
        self.discovery_steps = []
        self.stays = []
        self.in_force = {}

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

    def lift(
        self,
        stay: WStay,
        trigger: str,
        by: int | None,
        because: str,
        cause: LiftCause | None = None,
    ) -> None:
        """Lift one stay and bring discovery and the case up to date. ``cause`` says what
        lifted it when the trigger alone does not (the mandate of an appeal)."""
        assert self.today is not None
        stay.status = STAY.fire(stay.status, trigger)
        del self.in_force[stay.index]
        stay.lifted, stay.lifted_by, stay.lifted_because = self.today, by, because
        stay.lift_cause = cause or _lift_cause(stay, trigger)
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
            self._suspend_close()
        elif not halted and self.discovery_status == "stayed":
            self.move_discovery("lift", what)
            self._resume_close()

    # -- the day discovery closes ------------------------------------------------------

    def set_discovery_close(self, closes: date, what: str) -> None:
        """An order sets the day discovery closes (a scheduling order), or moves it (an
        amended one): a close already past reopens discovery closed by it; set while
        discovery is stayed, the date stands if the stay lifts before it."""
        today = self.today
        assert today is not None
        self.discovery_closes = closes
        self.discovery_review.clear()  # the court has now said when discovery closes
        self.discovery_clock += 1
        self.discovery_steps.append(self.step(what, _SCHEDULE_RULE))
        self.dirty.add((FactKind.DISCOVERY, 0))
        if self.discovery_status == "closed" and self.case_status != "closed" and closes >= today:
            # An amended scheduling order may reopen discovery (FRCP 16(b)(4)).
            self.move_discovery("reopen", f"discovery reopened: {what}", "FRCP 16(b)(4)")
            self.refresh_stays(what)
        if self.discovery_status == "stayed":
            self.discovery_days_left = max((closes - today).days, 0)
            self.discovery_until = closes
            return
        self.discovery_days_left = self.discovery_until = None
        if closes < today:
            self.close_discovery_on_schedule()  # set to a day already past
        else:
            self.schedule(closes + _ONE_DAY, _CloseDiscovery(self.discovery_clock))

    def _suspend_close(self) -> None:
        """Discovery is stayed: the day it closes does not come while the stay is in force;
        the days left are kept."""
        closes, today = self.discovery_closes, self.today
        if closes is None or today is None or self.discovery_days_left is not None:
            return
        left = max((closes - today).days, 0)
        self.discovery_days_left = left
        self.discovery_clock += 1  # the close tick scheduled no longer runs
        self.discovery_steps.append(
            self.step(f"the discovery deadline of {closes} suspended by the stay, {left} days left")
        )

    def _resume_close(self) -> None:
        """The stay lifts: a close the court set while it was in force stands if it is still
        ahead; otherwise the days that were left run again from today, and a person checks
        it (no order set that date)."""
        left, today = self.discovery_days_left, self.today
        if left is None or today is None:
            return
        until = self.discovery_until
        self.discovery_days_left = self.discovery_until = None
        self.discovery_clock += 1
        if until is not None and until >= today:
            closes = until
            self.discovery_steps.append(
                self.step(f"stay lifted: discovery closes {until} as ordered")
            )
        else:
            closes = today + timedelta(days=left)
            self.discovery_steps.append(
                self.step(
                    f"stay lifted: the {left} days of discovery left run again, to close {closes}"
                )
            )
            cause = self.cause
            self.discovery_review.append(
                ReviewFlag(
                    doc=cause.doc if cause is not None else None,
                    event_id=cause.id if cause is not None else "",
                    filed=today,
                    reason=f"discovery resumed with the {left} days left when it was stayed, "
                    f"to close {closes} (calendar days): no order has set the new date",
                )
            )
        self.discovery_closes = closes
        self.schedule(closes + _ONE_DAY, _CloseDiscovery(self.discovery_clock))

    def move_discovery(self, trigger: str, what: str, rule: str | None = None) -> None:
        """Move the discovery machine."""
        self.discovery_status = DISCOVERY.fire(self.discovery_status, trigger)
        self.discovery_since = self.today
        self.discovery_steps.append(self.step(what, rule))
        self.dirty.add((FactKind.DISCOVERY, 0))

    def close_discovery_on_schedule(self) -> None:
        """The day after discovery's close: it closes, unless stayed meanwhile."""
        if (
            self.discovery_closes is not None
            and self.discovery_status != "stayed"
            and DISCOVERY.can(self.discovery_status, "close")
        ):
            self.move_discovery(
                "close",
                f"the discovery deadline of {self.discovery_closes} passed",
                _SCHEDULE_RULE,
            )

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
        for m in self.motion_list:
            if m.leave is not None and m.leave.after_judgment and m.leave.status == "available":
                continue  # leave to move after the judgment that closes the case
            if m.leave is not None and LEAVE.can(m.leave.status, "case_ended"):
                self.move_leave(m, "case_ended", f"leave to refile foreclosed: {because}")
                m.leave.ended_with_case = True
        # After leave is foreclosed: a motion ending with the case settles no condition.
        cause = self.cause
        if cause is not None:
            self._end_undecided(cause, because)

    def _end_undecided(self, cause: DocketEvent, because: str) -> None:
        """The motions still pending when the case closes. The closing entry says what
        becomes of them (``undecided``, read by the importer from its words): they end with
        the case (the clerk terminates them: FRCP 41(a)(1)(A)(i), the notice ends the action
        without an order; a final judgment or a transfer leaves nothing here to rule on), or
        each may have been decided in words not read and stays pending for a person to say
        which. A motion it names by number (``names_motions``), one an earlier entry may
        already have ruled on, and every one when the closing entry was itself read without
        certainty (``review``), is never ended unremarked."""
        source = cause
        undecided, named = "end", frozenset[int]()
        if isinstance(cause, CaseClosed | JudgmentEntered):
            undecided, named = cause.undecided, frozenset(cause.names_motions)
        before = self.preceding
        if (
            isinstance(cause, CaseClosed)
            and before is not None
            and cause.derived_from is not None
            and cause.derived_from == before.id
        ):
            source = before  # the order or paper whose words close the case: flags cite it
        flag = ReviewFlag(
            doc=source.doc,
            event_id=source.id,
            filed=source.filed,
            reason=f"the case closed ({because}) with this motion undecided",
        )
        for m in self.motion_list:
            if m.status != "pending":
                continue
            if (
                undecided == "review"
                or source.review is not None  # its own reading is uncertain
                or m.review
                or (m.event.doc is not None and m.event.doc in named)
            ):
                m.review += (flag,)
                self.touch_motion(m)
                continue
            m.decided, m.decided_by, m.decided_event = self.today, source.doc, source.id
            m.ended_with_case = True
            self.move_motion(m, "moot", f"terminated with the case: {because}")
            if m.briefing is not None and BRIEFING.can(m.briefing.status, "decide"):
                m.briefing.status = BRIEFING.fire(m.briefing.status, "decide")


class _CloseDiscovery(FrozenRecord):
    """The tick that closes discovery the day after its close, if the close has not moved
    or been suspended since it was scheduled (``clock``)."""

    __slots__ = ("clock",)

    clock: int

    def __init__(self, clock: int) -> None:
        object.__setattr__(self, "clock", clock)

    def __call__(self, state: Stays) -> None:
        if state.discovery_clock == self.clock:
            state.close_discovery_on_schedule()


def _lift_cause(stay: WStay, trigger: str) -> LiftCause:
    """What lifted a stay, from the trigger and the terms it was lifted on."""
    if trigger == "lift_by_order":
        return "order"
    if trigger == "case_ended":
        return "case_closed"
    terms = stay.lifts_when
    if terms is None or waits_on_stays(terms):
        return "terms"
    on_motions, on_dates = any(motions_in(terms)), any(dates_in(terms))
    if on_motions and not on_dates:
        return "motion_resolved"
    if on_dates and not on_motions:
        return "date"
    return "terms"  # a ruling or a date, whichever came: the terms say which, not the kind
