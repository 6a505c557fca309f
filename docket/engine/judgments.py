"""Judgments and what runs after them: the time to appeal and to move after judgment.

A judgment (final, or a Rule 54(b) judgment on some claims or parties) starts the periods
that run from its entry, each a deadline computed by the court's rule pack under FRCP 6(a):

- the notice of appeal, 30 days (FRAP 4(a)(1)(A)), 60 when the United States, its agency or
  officer is a party (FRAP 4(a)(1)(B));
- a motion for a new trial or to alter or amend the judgment, 28 days (FRCP 59(b), (e));
  a renewed motion for judgment as a matter of law after a jury trial (FRCP 50(b)) and a
  motion to amend the findings after a bench trial (FRCP 52(b)), 28 days; none of them may
  be extended (FRCP 6(b)(2));
- a motion for attorney's fees, 14 days unless a statute or order says otherwise (FRCP
  54(d)(2)(B)).

They run from entry, not from service, so FRCP 6(d) adds no days; a stay or the close of the
case does not stop them. A timely motion under Rule 50(b), 52(b), 59 or 60 (the last filed
within 28 days) suspends the time to appeal, which runs again in full from the order
disposing of the last such motion (FRAP 4(a)(4)(A)).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from docket.engine import deadlines
from docket.engine.changes import FactKind
from docket.engine.ledger import Entry
from docket.events import JudgmentEntered, MotionKind, MotionRef, Party
from docket.posture import ReviewFlag, Step
from docket.records import Record
from docket.rules import DeadlineResult, compute_rule
from docket.rules.errors import InvalidPeriod, UnknownRule
from docket.words import doc_ref, kind_words, motion_ref

if TYPE_CHECKING:
    from docket.engine.motions import WMotion
    from docket.engine.world import World

__all__ = [
    "FEDERAL_NAME",
    "POST_JUDGMENT_KINDS",
    "TOLLING_KINDS",
    "WJudgment",
    "judgment",
    "motion_filed",
    "motion_moved",
]

#: Motions that restart the time to appeal when timely (FRAP 4(a)(4)(A)(i)-(vi)); a Rule 60
#: motion only when filed within the time allowed for a Rule 59 motion (4(a)(4)(A)(vi)).
TOLLING_KINDS = frozenset(
    {
        MotionKind.RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW,
        MotionKind.AMEND_FINDINGS,
        MotionKind.NEW_TRIAL,
        MotionKind.ALTER_JUDGMENT,
        MotionKind.RELIEF_FROM_JUDGMENT,
    }
)
#: Motions made after judgment, each timed by one of the judgment's deadlines.
POST_JUDGMENT_KINDS = TOLLING_KINDS | {MotionKind.ATTORNEY_FEES}

#: The deadline that times each post-judgment motion. Rules 50(b), 52(b) and 59 all allow 28
#: days from entry, and a Rule 60 motion tolls only if filed within that time.
_TIMED_BY: dict[MotionKind, deadlines.DeadlineKind] = {
    MotionKind.RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW: "rule59",
    MotionKind.AMEND_FINDINGS: "rule59",
    MotionKind.NEW_TRIAL: "rule59",
    MotionKind.ALTER_JUDGMENT: "rule59",
    MotionKind.RELIEF_FROM_JUDGMENT: "rule59",
    MotionKind.ATTORNEY_FEES: "fees",
}

#: A party's name that may be the United States, its agency or officer (FRAP 4(a)(1)(B)).
FEDERAL_NAME = re.compile(
    r"\b(united states|u\.\s?s\.(?!\s?c\b)|usa\b|department of|secretary of|"
    r"commissioner of social security|internal revenue|federal bureau|attorney general)",
    re.IGNORECASE,
)


class WJudgment(Record):
    """A judgment, while replay runs: its deadlines, and the timely motions tolling it."""

    __slots__ = (
        "docketed",
        "entered",
        "entered_under",
        "event",
        "index",
        "review",
        "runs",
        "steps",
        "tolled",
        "tolled_by",
    )

    index: int
    event: JudgmentEntered
    #: When the judgment is entered: its docket date, or, with no separate document, the
    #: day 150 days have run from it (FRCP 58(c)(2)(B)).
    entered: date
    #: The day it was entered in the civil docket.
    docketed: date
    #: Without a separate document, the rule that says when it is entered (FRCP 58(c)(2)).
    entered_under: str | None
    #: Its deadlines, by kind.
    runs: dict[deadlines.DeadlineKind, deadlines.WDeadline]
    #: Timely post-judgment motions pending that suspend the time to appeal.
    tolled_by: list[MotionRef]
    #: Whether a timely motion ever tolled it (the time then runs from the last disposal).
    tolled: bool
    review: list[ReviewFlag]
    steps: list[Step]

    def __init__(
        self,
        index: int,
        event: JudgmentEntered,
        entered: date,
        docketed: date,
        entered_under: str | None = None,
        tolled: bool = False,
    ) -> None:
        self.index = index
        self.event = event
        self.entered = entered
        self.docketed = docketed
        self.entered_under = entered_under
        self.runs = {}
        self.tolled_by = []
        self.tolled = tolled
        self.review = []
        self.steps = []

    @property
    def key(self) -> str:
        """What its deadlines' ids name: its docket number, or ``j2`` when unnumbered."""
        doc = self.event.doc
        return str(doc) if doc is not None else f"j{self.index + 1}"

    @property
    def rule_54b(self) -> bool:
        """A partial judgment final as to the parties or claims it names (FRCP 54(b))."""
        e = self.event
        return not e.final and bool(e.parties or e.claims)


def _words(j: WJudgment) -> str:
    e = j.event
    if e.final:
        return f"{doc_ref(e.doc)} (final judgment)"
    if j.rule_54b:
        return f"{doc_ref(e.doc)} (Rule 54(b) judgment as to {', '.join(e.parties + e.claims)})"
    return f"{doc_ref(e.doc)} (partial judgment)"


def _nothing(state: Any, d: deadlines.WDeadline) -> None:
    """Running out of time after judgment changes no machine: the posture just stops
    listing it (a late paper is flagged when it comes)."""


def _united_states(parties: tuple[Party, ...]) -> tuple[bool, str | None]:
    """Whether the United States is a party (FRAP 4(a)(1)(B)), and, when a party's name
    suggests it but no party says so, that name (for a person to check)."""
    if any(p.united_states for p in parties):
        return True, None
    for p in parties:
        if FEDERAL_NAME.search(p.name):
            return False, p.name
    return False, None


def _start(
    world: World,
    j: WJudgment,
    kind: deadlines.DeadlineKind,
    rule_id: str,
    what: str,
    on: date,
) -> deadlines.WDeadline | None:
    try:
        result = compute_rule(world.pack, rule_id, on, None)
    except UnknownRule:
        return None
    except InvalidPeriod as error:
        world.flag(j.event, "no_rule_in_force", f"no time after judgment is computed: {error}")
        return None
    d = deadlines.start(
        world,
        world.book,
        kind,
        j.key,
        what,
        result,
        consequence=deadlines.consequence(world.pack, result),
        stayed=False,
        on_elapse=_nothing,
    )
    j.runs[kind] = d
    return d


def _appeal_rule(world: World, j: WJudgment, restarted: bool) -> str:
    federal, maybe = _united_states(world.parties)
    if maybe is not None and not any(r.reason.startswith("FRAP 4(a)(1)(B)") for r in j.review):
        cause = world.cause
        assert cause is not None
        _review(
            j,
            cause,
            f"FRAP 4(a)(1)(B): the party {maybe!r} may be the United States, its "
            "agency or officer, which would allow 60 days to appeal; 30 are shown "
            "(mark the party united_states to count 60)",
        )
    if restarted:
        return "frap.4a4a.appeal_united_states" if federal else "frap.4a4a.appeal"
    return "frap.4a1b.appeal_united_states" if federal else "frap.4a1a.appeal"


def _review(j: WJudgment, event: Entry, reason: str) -> None:
    """Flag the judgment for a person to review, citing the entry that raised the doubt."""
    j.review.append(ReviewFlag(doc=event.doc, event_id=event.id, filed=event.filed, reason=reason))


def judgment(world: World, e: JudgmentEntered) -> None:
    """A judgment is entered: a final one closes the case; a final one or a Rule 54(b) one
    starts the time to appeal and to move after judgment."""
    assert world.today is not None
    if e.separate_document:
        _separate_document_follows(world, e)
    j = WJudgment(index=len(world.judgments), event=e, entered=world.today, docketed=world.today)
    world.judgments.append(j)
    if not e.separate_document:
        _no_separate_document(world, j)
    if e.final:
        world.enter_final_judgment()
        world.close_case(
            f"final judgment {doc_ref(e.doc)}" if e.doc is not None else "final judgment"
        )
    j.steps.append(world.step(f"judgment entered: {_words(j)}", "FRCP 58"))
    world.dirty.add((FactKind.CASE, 0))
    if not e.final and not j.rule_54b:
        # A judgment on part of the case that names neither parties nor claims: whether it
        # is a Rule 54(b) judgment, and as to whom, the entry does not say.
        _review(
            j,
            e,
            "a partial judgment that names no parties or claims: if the court "
            "directed entry under FRCP 54(b), the time to appeal runs for them; "
            "no deadline is shown",
        )
        return
    of = _words(j)
    _start(
        world, j, "appeal", _appeal_rule(world, j, False), f"Notice of appeal from {of}", j.entered
    )
    _start(
        world,
        j,
        "rule59",
        "frcp.59.new_trial",
        f"Motion for a new trial or to alter or amend {of}; may not be extended (FRCP 6(b)(2))",
        j.entered,
    )
    if e.trial == "jury":
        _start(
            world,
            j,
            "rule50b",
            "frcp.50b.renewed_motion",
            f"Renewed motion for judgment as a matter of law after {of}; may not be extended"
            " (FRCP 6(b)(2))",
            j.entered,
        )
    elif e.trial == "bench":
        _start(
            world,
            j,
            "rule52b",
            "frcp.52b.amend_findings",
            f"Motion to amend the findings of {of}; may not be extended (FRCP 6(b)(2))",
            j.entered,
        )
    # FRCP 54(d)(2)(B)(i): 14 days "unless a statute or a court order provides otherwise";
    # a court's local rule that sets another time supersedes the base rule in its pack.
    fees = world.pack.rule_for("fees_motion", j.entered)
    _start(
        world,
        j,
        "fees",
        fees.id if fees is not None else FEES_RULE,
        f"Motion for attorney's fees after {of}",
        j.entered,
    )
    # FRCP 54(d)(1) sets no time to ask for costs; a court's local rule may (N.D. Tex. LR 54.1:
    # after the clerk enters the judgment on the docket).
    costs = world.pack.rule_for("bill_of_costs", j.docketed)
    if costs is not None:
        _start(world, j, "costs", costs.id, f"Bill of costs after {of}", j.docketed)


def _judgment_before(world: World, day: date) -> WJudgment | None:
    """The latest judgment docketed on or before ``day`` that started its deadlines (a
    motion filed before a judgment without a separate document is entered is timely)."""
    for j in reversed(world.judgments):
        if j.docketed <= day and j.runs:
            return j
    return None


#: The time to move for attorney's fees where the court's pack sets none (FRCP 54(d)(2)(B)).
FEES_RULE = "frcp.54d2.fees"

#: When a judgment with no separate document is entered (FRCP 58(c)(2)(B)).
ENTRY_RULE = "frcp.58c2b.entry"


def _no_separate_document(world: World, j: WJudgment) -> None:
    """A decision docketed without the separate document FRCP 58(a) requires: it is entered
    when 150 days have run from its entry in the civil docket (FRCP 58(c)(2)(B); FRAP
    4(a)(7)(A)(ii)), and the periods after judgment run from then."""
    e = j.event
    try:
        rule = world.pack.rule(ENTRY_RULE, j.docketed)
        rolled = compute_rule(world.pack, ENTRY_RULE, j.docketed, None).due
    except (UnknownRule, InvalidPeriod) as error:
        world.flag(e, "no_rule_in_force", f"no date of entry is computed: {error}")
        return
    j.entered = j.docketed + timedelta(days=rule.days)
    j.entered_under = "FRCP 58(c)(2)(B)"
    j.steps.append(
        world.step(
            f"no separate document: judgment entered {j.entered}, when {rule.days} days have "
            f"run from its entry in the civil docket on {j.docketed}; the periods after "
            "judgment run from then",
            rule.citation,
        )
    )
    if rolled != j.entered:
        _review(
            j,
            e,
            f"the 150th day, {j.entered}, is a weekend or legal holiday: whether "
            f"FRCP 6(a)(1)(C) moves the entry to {rolled}, courts differ; the periods "
            f"shown run from {j.entered}, the earlier",
        )


def _separate_document_follows(world: World, e: JudgmentEntered) -> None:
    """A judgment set out in a separate document while an earlier decision without one
    waits out its 150 days: judgment is entered now (FRCP 58(c)(2)(A)), and the periods
    counted from the 150th day give way to this judgment's."""
    assert world.today is not None
    for prior in world.judgments:
        if prior.event.separate_document or prior.entered <= world.today:
            continue
        prior.entered = world.today
        prior.entered_under = "FRCP 58(c)(2)(A)"
        prior.steps.append(
            world.step(
                f"set out in a separate document, {doc_ref(e.doc)}: judgment entered {world.today}",
                "FRCP 58(c)(2)(A)",
            )
        )
        for d in prior.runs.values():
            deadlines.end(world, world.book, d, f"the separate document {doc_ref(e.doc)} governs")
        prior.runs.clear()
        world.dirty.add((FactKind.CASE, 0))


def motion_filed(world: World, m: WMotion) -> None:
    """A motion after judgment: timely or not under its rule; a timely one under Rules 50(b),
    52(b), 59 or 60 suspends the time to appeal (FRAP 4(a)(4)(A))."""
    e = m.event
    j = _judgment_before(world, e.filed)
    if j is None:
        return
    if e.kind is MotionKind.RECONSIDERATION:
        timer = j.runs.get("rule59")
        if timer is not None and e.filed <= timer.due and j.event.final:
            # The Tenth Circuit reads a motion to reconsider filed within Rule 59(e)'s time
            # as a Rule 59(e) motion; whether this one is, a person decides.
            _review(
                j,
                e,
                f"{motion_ref(e.doc, e.part)}, a motion to reconsider filed within "
                "28 days of the judgment, may be a Rule 59(e) motion that restarts the time "
                "to appeal (FRAP 4(a)(4)(A)(iv)); the time shown assumes it is not",
            )
            world.dirty.add((FactKind.CASE, 0))
        return
    kind = _TIMED_BY.get(e.kind)
    if kind is None:
        return
    timer = j.runs.get(kind)
    if timer is None:
        return
    what = kind_words(e.kind)
    if e.filed > timer.due:
        rule = "FRCP 6(b)(2)" if kind == "rule59" else timer.citation
        world.flag(
            e,
            "untimely_post_judgment_motion",
            f"{motion_ref(e.doc, e.part)} ({what}) filed {e.filed}, after the time under "
            f"{timer.citation} ran out on {timer.due}"
            + (
                ": it may not be extended (FRCP 6(b)(2)) and does not restart the time to "
                "appeal (FRAP 4(a)(4)(A))"
                if e.kind in TOLLING_KINDS
                else " (unless a statute or court order allowed longer)"
            ),
            rule=rule,
        )
        return
    timer.steps += (world.step(f"{motion_ref(e.doc, e.part)} ({what}) filed in time"),)
    world.dirty.add((FactKind.DEADLINE, timer.index))
    ref = m.ref
    if e.kind not in TOLLING_KINDS or ref is None:
        return
    j.tolled_by.append(ref)
    j.tolled = True
    j.steps.append(
        world.step(
            f"time to appeal suspended by {motion_ref(e.doc, e.part)} ({what}), a timely "
            "motion: it runs again from the order disposing of the last such motion",
            "FRAP 4(a)(4)(A)",
        )
    )
    world.dirty.add((FactKind.CASE, 0))
    appeal = j.runs.get("appeal")
    if appeal is not None:
        deadlines.toll(
            world,
            world.book,
            appeal,
            f"held by {motion_ref(e.doc, e.part)}, a timely {what}: the full time runs anew "
            "from the order disposing of the last such motion, FRAP 4(a)(4)(A); the date "
            "shown no longer governs",
        )


def motion_moved(world: World, m: WMotion) -> None:
    """A motion's status changed: if it was the last timely motion tolling a judgment's time
    to appeal and is now disposed of, the time runs again in full from today (FRAP
    4(a)(4)(A))."""
    ref = m.ref
    if ref is None or m.status == "pending" or m.event.kind not in TOLLING_KINDS:
        return
    for j in world.judgments:
        if ref not in j.tolled_by:
            continue
        j.tolled_by.remove(ref)
        if j.tolled_by:
            continue
        how = (
            "withdrawn"
            if m.status == "withdrawn"
            else f"disposed of ({m.status.replace('_', ' ')})"
        )
        j.steps.append(
            world.step(
                f"the last timely post-judgment motion, {motion_ref(ref.doc, ref.part)}, "
                f"{how}: the time to appeal runs again from today",
                "FRAP 4(a)(4)(A)",
            )
        )
        if m.status == "withdrawn":
            cause = world.cause
            if cause is not None:
                _review(
                    j,
                    cause,
                    "FRAP 4(a)(4)(A) runs the time to appeal from the order "
                    "disposing of the last tolling motion; this one was withdrawn, and "
                    "courts differ on when the time then runs: check it",
                )
        world.dirty.add((FactKind.CASE, 0))
        appeal = j.runs.get("appeal")
        if appeal is not None and appeal.status == "suspended":
            assert world.today is not None
            result = _restart_result(world, j)
            if result is not None:
                deadlines.restart(
                    world,
                    world.book,
                    appeal,
                    result,
                    f"runs again from the order disposing of {motion_ref(ref.doc, ref.part)}: "
                    f"due {result.due}",
                )


def _restart_result(world: World, j: WJudgment) -> DeadlineResult | None:
    assert world.today is not None
    try:
        return compute_rule(world.pack, _appeal_rule(world, j, True), world.today, None)
    except (UnknownRule, InvalidPeriod):
        return None
