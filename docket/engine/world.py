"""Replay's working state: private, mutable, local to one fold.

Every change of state goes through a method that moves the machine, records the change's
provenance (a :class:`~docket.posture.Step`) and marks the fact dirty, so an index can record
the posture's changes day by day (see :mod:`docket.audit`). The state is built in layers, each
depending only on those below it: the :class:`~docket.engine.ledger.Ledger` (clock,
provenance, anomalies, changes), :class:`~docket.engine.motions.Motions`,
:class:`~docket.engine.stays.Stays` (with discovery and the case), and here the conditions that
watch them. Everything is folded into the frozen :class:`~docket.posture.Posture` by
:mod:`docket.engine.freeze`.
"""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import TYPE_CHECKING

from docket.engine.changes import FactKind
from docket.engine.conditions import Truth, evaluate
from docket.engine.motions import IMMUNITY_DENIALS, WLeave, WMotion
from docket.engine.seen import IdSet, NumberSet
from docket.engine.stays import Stays, WStay
from docket.events import (
    DISPOSITIVE_KINDS,
    Condition,
    DocketEvent,
    Ground,
    MotionResolved,
    OrderEntered,
    Party,
    PleadingAmended,
)
from docket.events.conditions import (
    dates_in,
    motions_in,
    waits_on_case,
    waits_on_judgment,
    waits_on_stays,
)
from docket.posture import LiftCause, ReviewFlag
from docket.records import FrozenRecord
from docket.rules import compute_deadline
from docket.rules.errors import InvalidPeriod
from docket.rules.qualified_immunity import explain_stay
from docket.words import motion_words

if TYPE_CHECKING:
    # Loaded by replay only for a docket that needs them: a judgment, an appeal, a
    # defendant's answer or default, a motion held in abeyance (start-up time; see
    # tests/cli/test_cold_start.py).
    from docket.engine.answers import WDefendant
    from docket.engine.appeals import WAppeal
    from docket.engine.judgments import WJudgment

__all__ = ["RENEWAL_REVIEW", "Watcher", "World"]


Watcher = tuple[WStay] | tuple[WMotion, WLeave]

#: Why a qualified-immunity stay is kept in force when its motion is mooted.
RENEWAL_REVIEW = (
    "the motion it waited on was mooted by an amended pleading; a renewed motion may follow"
)


class _Recheck(FrozenRecord):
    """A tick that re-checks one watcher's condition when its date comes."""

    __slots__ = ("watcher",)

    watcher: Watcher

    def __init__(self, watcher: Watcher) -> None:
        object.__setattr__(self, "watcher", watcher)

    def __call__(self, world: World) -> None:
        world.recheck(self.watcher)


class World(Stays):
    """The case as replay has built it so far: its motions and stays (see
    :mod:`docket.engine.motions`, :mod:`docket.engine.stays`), the conditions that watch them,
    and what replay has seen of the docket's numbering.

    ``known_ids`` are the ids of the entries the fold will apply (read ahead of them); ``lean``
    is :attr:`~docket.engine.ledger.Ledger.lean`.
    """

    __slots__ = (
        "abeyance_watch",
        "amended",
        "answers_seen",
        "appeals",
        "case_id",
        "case_watchers",
        "defendants",
        "docketed",
        "judge",
        "judged",
        "judgments",
        "known_ids",
        "parties",
        "rule12",
        "schedule_orders",
        "seen_docs",
        "seen_ids",
        "settled",
        "stay_watchers",
        "title",
        "watchers",
    )

    case_id: str | None
    title: str | None
    #: The judge the case-opening entry names as assigned, if any.
    judge: str | None
    #: The ids and docket numbers of the entries applied (see :mod:`docket.engine.seen`).
    seen_ids: IdSet
    known_ids: set[str]
    seen_docs: NumberSet
    #: Numbered entries applied lately, as (filed, doc), oldest first (see ``_apply``).
    docketed: deque[tuple[date, int]]
    #: The highest docket number filed long enough ago to be settled, with its filed date.
    settled: tuple[int, date] | None
    watchers: dict[int, list[Watcher]]
    #: Watchers whose condition waits on the stays lifting (re-checked at each lift).
    stay_watchers: list[Watcher]
    #: Watchers whose condition waits on a final judgment or discovery closing.
    case_watchers: list[Watcher]
    #: Whether a final judgment has been entered (and not vacated).
    judged: bool
    #: The amended pleadings filed, in order.
    amended: list[PleadingAmended]
    #: The parties the complaint names (who is the United States decides FRAP 4(a)(1)(B)).
    parties: tuple[Party, ...]
    #: Judgments entered, in order (see :mod:`docket.engine.judgments`).
    judgments: list[WJudgment]
    #: Appeals noticed, in order (see :mod:`docket.engine.appeals`).
    appeals: list[WAppeal]
    #: The defendants, by their name as normalized (see :mod:`docket.engine.answers`).
    defendants: dict[str, WDefendant]
    #: Whether the docket has shown service, an answer or a default (the posture lists the
    #: defendants' answers from then on).
    answers_seen: bool
    #: The Rule 12 motions filed, in order (they suspend the time to answer: FRCP 12(a)(4)).
    rule12: list[WMotion]
    #: Motions held in abeyance, by the docket number of a motion their condition names.
    abeyance_watch: dict[int, list[WMotion]]
    #: Orders that change a briefing schedule without dates the reader took ("granting ...
    #: Stipulation to ... modify briefing schedule"), in order, each with whether it is a
    #: bare scheduling order whose terms the docket does not give (see
    #: :func:`docket.engine.briefing.schedule_changed`).
    schedule_orders: list[tuple[OrderEntered, bool]]

    def __init__(self, *, known_ids: set[str] | None = None, lean: bool = False) -> None:
        super().__init__(lean=lean)
        self.case_id = self.title = self.judge = None
        self.seen_ids = IdSet()
        self.known_ids = set() if known_ids is None else known_ids
        self.seen_docs = NumberSet()
        self.docketed = deque()
        self.settled = None
        self.watchers = {}
        self.stay_watchers = []
        self.case_watchers = []
        self.judged = False
        self.amended = []
        self.parties = ()
        self.judgments = []
        self.appeals = []
        self.defendants = {}
        self.answers_seen = False
        self.rule12 = []
        self.abeyance_watch = {}
        self.schedule_orders = []

    def note_review(self, event: DocketEvent) -> None:
        """An entry read without certainty: flag each pending motion it may rule on, and the
        case if it may end it. Nothing else changes: a review flag is never a ruling."""
        review = event.review
        if review is None:
            return
        flag = ReviewFlag(doc=event.doc, event_id=event.id, filed=event.filed, reason=review.reason)
        for doc in dict.fromkeys(review.may_rule_on):
            for m in self.motions.get(doc, ()):
                if m.status == "pending" or m.decided_event == event.id:
                    m.review += (flag,)
                    self.touch_motion(m)
        if review.may_rule_on_entries:
            # Motions entered without a docket number, named by their entries' ids.
            entries = frozenset(review.may_rule_on_entries)
            for m in self.motion_list:
                if m.event.id in entries and (m.status == "pending" or m.decided_event == event.id):
                    m.review += (flag,)
                    self.touch_motion(m)
        if review.may_close and self.case_status != "closed":
            self.case_review.append(flag)
            self.dirty.add((FactKind.CASE, 0))
        if review.may_schedule:
            self.discovery_review.append(flag)
            self.dirty.add((FactKind.DISCOVERY, 0))

    def motion_moved(self, m: WMotion) -> None:
        """A motion's status changed: re-check every condition that names it, and the time to
        appeal it may have tolled."""
        # Each module is loaded the first time its facts are touched (start-up time).
        if self.judgments:
            from docket.engine import judgments

            judgments.motion_moved(self, m)
        if self.rule12:
            from docket.engine import answers

            answers.motion_moved(self, m)
        if m.abeyance is not None or self.abeyance_watch:
            from docket.engine import abeyance

            abeyance.motion_moved(self, m)
        if m.event.grounds and m.status in IMMUNITY_DENIALS:
            from docket.engine import appeals

            appeals.immunity_denied(self, m)
        for watcher in self.watchers.get(m.event.doc, ()) if m.event.doc is not None else ():
            self.recheck(watcher)

    # -- a qualified-immunity motion mooted by an amended pleading ----------------------

    def _awaits_renewal(self, stay: WStay) -> bool:
        """Whether a qualified-immunity stay whose terms are met stays in force for review:
        the motion it waited on was found moot after an amended pleading, and a renewed
        motion asserting the immunity anew may follow (the entitlement is not to face
        discovery at all: Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)). Never lifted
        silently: a person decides, or the stay follows the renewed motion."""
        if stay.review is not None:
            return True
        terms = stay.lifts_when
        if terms is None or Ground.QUALIFIED_IMMUNITY not in stay.grounds:
            return False
        mooted = [
            m for n in motions_in(terms) for m in self.motions.get(n, ()) if m.status == "moot"
        ]
        if not mooted:
            return False
        since = min(m.event.filed for m in mooted)
        pleading = next((a for a in reversed(self.amended) if a.filed >= since), None)
        if pleading is None:
            return False
        try:
            # FRCP 15(a)(3): at least 14 days after service of the amended pleading.
            due = compute_deadline(
                pleading.filed, 14, service=pleading.service or "electronic", court=self.pack
            ).due
        except InvalidPeriod:
            due = None
        stay.renewal_until = due
        stay.review = RENEWAL_REVIEW
        stay.steps.append(self.step(f"stay kept for review: {RENEWAL_REVIEW}", "FRCP 15(a)(3)"))
        self.dirty.add((FactKind.STAY, stay.index))
        if self.cause is not None:
            self.flag(self.cause, "stay_awaits_renewed_motion", RENEWAL_REVIEW, "FRCP 15(a)(3)")
        return True

    def follow_renewed_motion(self, m: WMotion) -> None:
        """A dispositive motion asserting qualified immunity, filed within the time to respond
        to the amended pleading: a stay kept for review awaits it instead."""
        e = m.event
        if (
            e.doc is None
            or e.kind not in DISPOSITIVE_KINDS
            or Ground.QUALIFIED_IMMUNITY not in e.grounds
        ):
            return
        for stay in list(self.in_force.values()):
            until = stay.renewal_until
            if stay.review is None or until is None or e.filed > until:
                continue
            stay.lifts_when = MotionResolved(motion=e.doc, part=e.part)
            stay.review = stay.renewal_until = None
            stay.explanation = explain_stay(stay, self.motions)
            stay.steps.append(
                self.step(
                    f"the stay now awaits resolution of {motion_words(e.doc, e.kind, e.part)}, "
                    f"the renewed qualified-immunity motion, filed by {until}",
                    "FRCP 15(a)(3)",
                )
            )
            self.dirty.add((FactKind.STAY, stay.index))
            self.watch((stay,), stay.lifts_when)

    # -- conditions --------------------------------------------------------------------

    def watch(self, watcher: Watcher, condition: Condition) -> None:
        """Re-check ``watcher`` whenever a motion or a date in ``condition`` may change it."""
        for n in motions_in(condition):
            self.watchers.setdefault(n, []).append(watcher)
        for day in dates_in(condition):
            self.schedule(day, _Recheck(watcher))
        if waits_on_stays(condition):
            self.stay_watchers.append(watcher)
        if waits_on_case(condition):
            self.case_watchers.append(watcher)

    def enter_final_judgment(self) -> None:
        """A final judgment is entered: leave waiting on it opens (before the judgment
        closes the case, which forecloses every other leave)."""
        self.judged = True
        for watcher in list(self.case_watchers):
            self.recheck(watcher)

    def move_discovery(self, trigger: str, what: str, rule: str | None = None) -> None:
        """Move the discovery machine; leave waiting on discovery closing is re-checked,
        unless the case is closing with it (that forecloses the leave)."""
        super().move_discovery(trigger, what, rule)
        if self.case_status != "closed":
            for watcher in list(self.case_watchers):
                self.recheck(watcher)

    def move_case(self, trigger: str, what: str) -> None:
        """Move the case machine; leave waiting on the case reopening is re-checked when it
        reopens."""
        super().move_case(trigger, what)
        if trigger == "reopen":
            for watcher in list(self.case_watchers):
                self.recheck(watcher)
            self._flag_ended_with_case()

    def _flag_ended_with_case(self) -> None:
        """The case reopens: a motion that ended with the closing stays ended, but the court
        may take it up again (an administrative closing or a vacated dismissal does not
        decide it), so a person says whether it is live."""
        cause, today = self.cause, self.today
        if cause is None or today is None:
            return
        for m in self.motion_list:
            if not m.ended_with_case or m.status != "moot":
                continue
            m.reruled += (
                ReviewFlag(
                    doc=cause.doc,
                    event_id=cause.id,
                    filed=today,
                    reason="the case reopened: this motion ended with the case, and may be "
                    "live again",
                ),
            )
            self.touch_motion(m)

    def lift(
        self,
        stay: WStay,
        trigger: str,
        by: int | None,
        because: str,
        cause: LiftCause | None = None,
    ) -> None:
        """Lift one stay; leave to refile waiting on the stays lifting is re-checked."""
        super().lift(stay, trigger, by, because, cause)
        for watcher in list(self.stay_watchers):
            self.recheck(watcher)

    def recheck(self, watcher: Watcher) -> None:
        """Evaluate one watcher's condition and move its machine if its truth changed."""
        assert self.today is not None
        if len(watcher) == 1:
            (stay,) = watcher
            if stay.status != "in_force" or stay.lifts_when is None:
                return
            if evaluate(stay.lifts_when, self.motions, self.today) is Truth.HOLDS:
                if self._awaits_renewal(stay):
                    return
                self.lift(stay, "lift_by_terms", None, "its own terms were met")
            return
        m, leave = watcher
        if m.leave is not leave:
            return  # the ruling that gave this leave was vacated: it is gone, not re-checked
        if leave.condition is None or leave.ended_with_case or leave.lapsed:
            return
        truth = evaluate(
            leave.condition,
            self.motions,
            self.today,
            bool(self.in_force),
            judged=self.judged,
            discovery_closed=self.discovery_status == "closed",
            case_open=self.case_status != "closed",
        )
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
            if leave.within_after is not None:
                leave.until = None  # its days count again from the day the condition holds
        if leave.status != "conditional":
            return
        if truth is Truth.HOLDS:
            self.move_leave(m, "condition_met", "leave to refile available: its condition holds")
            leave.after_judgment = self.judged and waits_on_judgment(leave.condition)
            if leave.within_after is not None:
                from docket.engine import leave as refiling  # imports this module

                refiling.opened(self, m, leave)
        elif truth is Truth.FAILED:
            self.move_leave(
                m,
                "condition_failed",
                "leave to refile foreclosed: its condition can no longer hold",
            )
