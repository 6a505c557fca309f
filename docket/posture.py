"""The posture: what a user asks about a case on a date, as a frozen value.

``Posture.model_dump(mode="json")`` is the ``--json`` output of ``docket posture``. The facts
replay makes by the thousand (motions, stays, deadlines, provenance steps, anomalies) are
frozen records (:mod:`docket.records`) that are dataclasses too, cheap to build on replay's
hot path; pydantic validates and serializes them as fields of the :class:`Posture` model all
the same.
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from docket.events import Condition, Frozen, Ground, MotionKind, StayScope
from docket.records import FrozenRecord

__all__ = [
    "RUNNING",
    "AbeyanceState",
    "Anomaly",
    "AppealState",
    "BriefingState",
    "CaseState",
    "Deadline",
    "DefendantState",
    "DiscoveryState",
    "JudgmentState",
    "LeaveState",
    "LiftCause",
    "MotionState",
    "Posture",
    "Reading",
    "ReviewFlag",
    "StayState",
    "Step",
]

CaseStatus = Literal["open", "stayed", "closed"]
DiscoveryStatus = Literal["not_open", "open", "stayed", "closed"]
MotionStatus = Literal[
    "pending",
    "granted",
    "granted_in_part",
    "denied",
    "denied_without_prejudice",
    "moot",
    "withdrawn",
    "held_in_abeyance",
]
LeaveStatus = Literal["conditional", "available", "foreclosed"]
#: What lifted a stay: the motion(s) its terms wait on were resolved (ruled on, mooted or
#: withdrawn), a date its terms name came, other terms were met (a motion or a date,
#: whichever came first; other stays lifting), the mandate of the appeal it was pending
#: issued, an order lifted it, or the case closed.
LiftCause = Literal["motion_resolved", "date", "terms", "mandate", "order", "case_closed"]
DeadlineStatus = Literal["running", "met", "elapsed", "suspended", "moot"]
#: The deadlines a posture lists: those that still run, or would but for a stay.
RUNNING: frozenset[DeadlineStatus] = frozenset({"running", "suspended"})
BriefingStatus = Literal["awaiting_response", "awaiting_reply", "complete", "decided"]

#: A posture value: a dataclass to pydantic (its fields, their defaults, keyword-only), and
#: otherwise a frozen record, equal, hashed, printed and copied by its fields. Its own
#: ``__init__`` sets them: the dataclass machinery only collects the fields, without writing
#: and compiling a method of each kind for each class as a frozen dataclass would (about half
#: a millisecond a class, at every start-up).
_posture_value = dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)


@_posture_value
class Step(FrozenRecord):
    """One link in a fact's provenance: what happened, when, by which entry, under which rule.

    ``doc`` and ``event_id`` are ``None`` when the calendar alone made the change (a stay's
    date came, a deadline ran out).
    """

    on: date
    doc: int | None = None
    event_id: str | None = None
    what: str
    rule: str | None = None
    #: Which part of the fact the step changed ("status", "leave_to_refile", "briefing").
    about: str | None = None

    def __init__(
        self,
        *,
        on: date,
        doc: int | None = None,
        event_id: str | None = None,
        what: str,
        rule: str | None = None,
        about: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "on", on)
        put(self, "doc", doc)
        put(self, "event_id", event_id)
        put(self, "what", what)
        put(self, "rule", rule)
        put(self, "about", about)


@_posture_value
class ReviewFlag(FrozenRecord):
    """A fact a person should check: an entry the reader could not read with certainty may
    have changed it ("Doc. 72 may rule on Doc. 71")."""

    doc: int | None
    event_id: str
    filed: date
    reason: str

    def __init__(
        self,
        *,
        doc: int | None,
        event_id: str,
        filed: date,
        reason: str,
    ) -> None:
        put = object.__setattr__
        put(self, "doc", doc)
        put(self, "event_id", event_id)
        put(self, "filed", filed)
        put(self, "reason", reason)


def _unset(value: object) -> bool:
    """A fact added later, left out of the JSON while it says nothing (so older output,
    the founding case's included, reads as before)."""
    return value is None or value == ()


@_posture_value
class AppealState(FrozenRecord):
    """An appeal to the court of appeals: noticed, pending, and decided by its mandate.

    Attributes:
        doc: The notice of appeal's docket number.
        from_docs: The judgment or orders appealed from.
        status: ``pending`` until the mandate, then ``decided``.
        outcome: What the court of appeals did (affirmed, reversed, ...).
        mandate: The day the mandate issued (or was docketed, when the docket does not say).
    """

    doc: int | None
    id: str
    noticed: date
    from_docs: tuple[int, ...] = ()
    interlocutory: bool = False
    grounds: tuple[Ground, ...] = ()
    appellants: tuple[str, ...] = ()
    status: Literal["pending", "decided"] = "pending"
    outcome: str | None = None
    mandate: date | None = None
    decided_by: int | None = None
    because: tuple[Step, ...] = ()

    def __init__(
        self,
        *,
        doc: int | None,
        id: str,
        noticed: date,
        from_docs: tuple[int, ...] = (),
        interlocutory: bool = False,
        grounds: tuple[Ground, ...] = (),
        appellants: tuple[str, ...] = (),
        status: Literal["pending", "decided"] = "pending",
        outcome: str | None = None,
        mandate: date | None = None,
        decided_by: int | None = None,
        because: tuple[Step, ...] = (),
    ) -> None:
        put = object.__setattr__
        put(self, "doc", doc)
        put(self, "id", id)
        put(self, "noticed", noticed)
        put(self, "from_docs", from_docs)
        put(self, "interlocutory", interlocutory)
        put(self, "grounds", grounds)
        put(self, "appellants", appellants)
        put(self, "status", status)
        put(self, "outcome", outcome)
        put(self, "mandate", mandate)
        put(self, "decided_by", decided_by)
        put(self, "because", because)


@_posture_value
class JudgmentState(FrozenRecord):
    """A judgment: final, or final as to some parties or claims (FRCP 54(b)), and whether a
    timely post-judgment motion holds the time to appeal (FRAP 4(a)(4)(A)).

    Attributes:
        rule_54b: A partial judgment final as to ``parties`` and ``claims`` only.
        tolled_by: The timely post-judgment motions pending that suspend the time to appeal.
        tolled: Whether such a motion was ever filed (the time then runs from the order
            disposing of the last one).
        entered_under: For a decision docketed without the separate document FRCP 58(a)
            requires, the rule that says when it is entered: ``FRCP 58(c)(2)(B)`` (150 days
            ran) or ``FRCP 58(c)(2)(A)`` (a separate document was entered first).
    """

    doc: int | None
    id: str
    entered: date
    final: bool
    rule_54b: bool = False
    parties: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    in_favor_of: str | None = None
    trial: Literal["jury", "bench"] | None = None
    tolled_by: tuple[str, ...] = ()
    tolled: bool = False
    review: tuple[ReviewFlag, ...] = ()
    because: tuple[Step, ...] = ()
    #: For a decision docketed without a separate document (FRCP 58(a)): the day it was
    #: docketed; ``entered`` is then the day 150 days ran (FRCP 58(c)(2)(B)), or the day a
    #: separate document was entered (58(c)(2)(A)). Left out of the JSON otherwise.
    docketed: Annotated[date | None, Field(exclude_if=_unset)] = None
    entered_under: Annotated[str | None, Field(exclude_if=_unset)] = None

    def __init__(
        self,
        *,
        doc: int | None,
        id: str,
        entered: date,
        final: bool,
        rule_54b: bool = False,
        parties: tuple[str, ...] = (),
        claims: tuple[str, ...] = (),
        in_favor_of: str | None = None,
        trial: Literal["jury", "bench"] | None = None,
        tolled_by: tuple[str, ...] = (),
        tolled: bool = False,
        review: tuple[ReviewFlag, ...] = (),
        because: tuple[Step, ...] = (),
        docketed: date | None = None,
        entered_under: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "doc", doc)
        put(self, "id", id)
        put(self, "entered", entered)
        put(self, "final", final)
        put(self, "rule_54b", rule_54b)
        put(self, "parties", parties)
        put(self, "claims", claims)
        put(self, "in_favor_of", in_favor_of)
        put(self, "trial", trial)
        put(self, "tolled_by", tolled_by)
        put(self, "tolled", tolled)
        put(self, "review", review)
        put(self, "because", because)
        put(self, "docketed", docketed)
        put(self, "entered_under", entered_under)


AnswerStatus = Literal[
    "not_served", "due", "suspended", "answered", "overdue", "in_default", "dismissed", "moot"
]


@_posture_value
class DefendantState(FrozenRecord):
    """A defendant's answer: served or not, when the answer is due and under which rule,
    whether it was filed, and whether default was sought or entered (FRCP 12(a), 55(a)).

    Attributes:
        name: The defendant, as the complaint (or the entry) names it.
        served: The day of service (a summons) or the day the waiver request was sent.
        service: ``summons`` or ``waiver``.
        answer: ``not_served`` (no service on the docket), ``due``, ``suspended`` (a Rule 12
            motion is pending: FRCP 12(a)(4), or the case is stayed), ``answered``,
            ``overdue`` (the time ran out with no answer), ``in_default`` (the clerk entered
            default: FRCP 55(a)), ``dismissed`` (a Rule 12 motion granted: no answer is due)
            or ``moot`` (the case ended).
        answer_due: The day the answer is (or was) due.
        rule: The rule that sets it (its citation).
        held_by: While suspended, the Rule 12 motions pending (``30``, ``45.2``).
        answered: The day the answer was filed; ``answered_by`` its docket number.
        default_requested: The day entry of default was asked of the clerk (FRCP 55(a)).
        default_entered: The day the clerk entered default (FRCP 55(a)).
        review: What a person should check (an entry read without certainty).
    """

    name: str
    served: date | None = None
    service: Literal["summons", "waiver"] | None = None
    answer: AnswerStatus = "not_served"
    answer_due: date | None = None
    rule: str | None = None
    held_by: tuple[str, ...] = ()
    answered: date | None = None
    answered_by: int | None = None
    default_requested: date | None = None
    default_entered: date | None = None
    review: tuple[ReviewFlag, ...] = ()
    because: tuple[Step, ...] = ()

    def __init__(
        self,
        *,
        name: str,
        served: date | None = None,
        service: Literal["summons", "waiver"] | None = None,
        answer: AnswerStatus = "not_served",
        answer_due: date | None = None,
        rule: str | None = None,
        held_by: tuple[str, ...] = (),
        answered: date | None = None,
        answered_by: int | None = None,
        default_requested: date | None = None,
        default_entered: date | None = None,
        review: tuple[ReviewFlag, ...] = (),
        because: tuple[Step, ...] = (),
    ) -> None:
        put = object.__setattr__
        put(self, "name", name)
        put(self, "served", served)
        put(self, "service", service)
        put(self, "answer", answer)
        put(self, "answer_due", answer_due)
        put(self, "rule", rule)
        put(self, "held_by", held_by)
        put(self, "answered", answered)
        put(self, "answered_by", answered_by)
        put(self, "default_requested", default_requested)
        put(self, "default_entered", default_entered)
        put(self, "review", review)
        put(self, "because", because)


class CaseState(Frozen):
    """The case as a whole, and the rule pack its court selects."""

    id: str | None
    court: str | None = None
    title: str | None = None
    rule_pack: str | None = None
    rule_pack_notice: str | None = None
    status: CaseStatus = "open"
    since: date | None = None
    because: tuple[Step, ...] = ()
    #: Entries that may have ended the case, which the reader could not read with certainty.
    review: tuple[ReviewFlag, ...] = ()
    #: The judgments entered, in order (left out of the JSON when there is none).
    judgments: Annotated[tuple[JudgmentState, ...], Field(exclude_if=_unset)] = ()
    #: The appeals noticed, in order (left out of the JSON when there is none).
    appeals: Annotated[tuple[AppealState, ...], Field(exclude_if=_unset)] = ()
    #: Each defendant's answer and default, once the docket shows service, an answer or a
    #: default (left out of the JSON before that).
    defendants: Annotated[tuple[DefendantState, ...], Field(exclude_if=_unset)] = ()
    #: The judge assigned, as the sheet named one (left out of the JSON when unknown).
    judge: Annotated[str | None, Field(exclude_if=_unset)] = None


@_posture_value
class StayState(FrozenRecord):
    """One stay: what it halts, who entered it, and when it lifts (or lifted)."""

    scope: StayScope
    parties: tuple[str, ...] = ()
    status: Literal["in_force", "lifted"]
    imposed: date
    imposed_by: int | None
    on_motion: int | None = None
    on_motion_part: int | None = None
    lifts_when: Condition | None = None
    lifts_when_text: str
    grounds: tuple[Ground, ...] = ()
    lifted: date | None = None
    lifted_by: int | None = None
    lifted_because: str | None = None
    #: What lifted it, as a kind (left out of the JSON while it is in force).
    lift_cause: Annotated[LiftCause | None, Field(exclude_if=_unset)] = None
    explanation: str | None = None
    because: tuple[Step, ...] = ()
    #: Why a person should check the stay (left out of the JSON when there is nothing).
    review: Annotated[str | None, Field(exclude_if=_unset)] = None
    #: For a stay pending an appeal: the notice of appeal's docket number (it lifts on the
    #: mandate). Left out of the JSON otherwise.
    pending_appeal: Annotated[int | None, Field(exclude_if=_unset)] = None

    def __init__(
        self,
        *,
        scope: StayScope,
        parties: tuple[str, ...] = (),
        status: Literal["in_force", "lifted"],
        imposed: date,
        imposed_by: int | None,
        on_motion: int | None = None,
        on_motion_part: int | None = None,
        lifts_when: Condition | None = None,
        lifts_when_text: str,
        grounds: tuple[Ground, ...] = (),
        lifted: date | None = None,
        lifted_by: int | None = None,
        lifted_because: str | None = None,
        lift_cause: LiftCause | None = None,
        explanation: str | None = None,
        because: tuple[Step, ...] = (),
        review: str | None = None,
        pending_appeal: int | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "scope", scope)
        put(self, "parties", parties)
        put(self, "status", status)
        put(self, "imposed", imposed)
        put(self, "imposed_by", imposed_by)
        put(self, "on_motion", on_motion)
        put(self, "on_motion_part", on_motion_part)
        put(self, "lifts_when", lifts_when)
        put(self, "lifts_when_text", lifts_when_text)
        put(self, "grounds", grounds)
        put(self, "lifted", lifted)
        put(self, "lifted_by", lifted_by)
        put(self, "lifted_because", lifted_because)
        put(self, "lift_cause", lift_cause)
        put(self, "explanation", explanation)
        put(self, "because", because)
        put(self, "review", review)
        put(self, "pending_appeal", pending_appeal)


class DiscoveryState(Frozen):
    """Discovery: not yet open, open, stayed or closed, and every stay it has known.

    ``closes`` is the day the court set for discovery to close; while discovery is stayed,
    that day does not come, and ``days_left`` says how many days were left when it stopped.
    ``review`` lists what a person should check (a close no order set, a scheduling order
    whose date could not be read).
    """

    status: DiscoveryStatus = "not_open"
    since: date | None = None
    closes: date | None = None
    stays: tuple[StayState, ...] = ()
    because: tuple[Step, ...] = ()
    days_left: Annotated[int | None, Field(exclude_if=_unset)] = None
    review: Annotated[tuple[ReviewFlag, ...], Field(exclude_if=_unset)] = ()


@_posture_value
class LeaveState(FrozenRecord):
    """Leave to refile a motion denied without prejudice."""

    status: LeaveStatus
    condition: Condition | None = None
    condition_text: str
    description: str | None = None
    granted_by: int | None = None
    since: date
    #: The last day the motion may be refiled, if the order sets one.
    until: date | None = None

    def __init__(
        self,
        *,
        status: LeaveStatus,
        condition: Condition | None = None,
        condition_text: str,
        description: str | None = None,
        granted_by: int | None = None,
        since: date,
        until: date | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "status", status)
        put(self, "condition", condition)
        put(self, "condition_text", condition_text)
        put(self, "description", description)
        put(self, "granted_by", granted_by)
        put(self, "since", since)
        put(self, "until", until)


@_posture_value
class Reading(FrozenRecord):
    """One reading of a deadline: the date it falls on under one assumption."""

    due: date
    assumption: str

    def __init__(
        self,
        *,
        due: date,
        assumption: str,
    ) -> None:
        put = object.__setattr__
        put(self, "due", due)
        put(self, "assumption", assumption)


@_posture_value
class Deadline(FrozenRecord):
    """A deadline that runs: when it falls, under which rule, and what triggered it."""

    id: str
    what: str
    due: date
    readings: tuple[Reading, ...] = ()
    rule: str
    citation: str
    trigger_doc: int | None = None
    motion: int | None = None
    part: int | None = None
    status: DeadlineStatus = "running"
    consequence: str | None = None
    because: tuple[Step, ...] = ()
    #: Why the period is not to be taken as fact (a court's period not confirmed from its
    #: rule's text, or the FRCP base's default where the court has no rule).
    unverified: Annotated[str | None, Field(exclude_if=_unset)] = None

    def __init__(
        self,
        *,
        id: str,
        what: str,
        due: date,
        readings: tuple[Reading, ...] = (),
        rule: str,
        citation: str,
        trigger_doc: int | None = None,
        motion: int | None = None,
        part: int | None = None,
        status: DeadlineStatus = "running",
        consequence: str | None = None,
        because: tuple[Step, ...] = (),
        unverified: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "what", what)
        put(self, "due", due)
        put(self, "readings", readings)
        put(self, "rule", rule)
        put(self, "citation", citation)
        put(self, "trigger_doc", trigger_doc)
        put(self, "motion", motion)
        put(self, "part", part)
        put(self, "status", status)
        put(self, "consequence", consequence)
        put(self, "because", because)
        put(self, "unverified", unverified)


@_posture_value
class BriefingState(FrozenRecord):
    """Where a motion stands in its briefing, with the deadlines that drive it."""

    status: BriefingStatus
    response_due: date | None = None
    reply_due: date | None = None
    response: int | None = None
    reply: int | None = None
    complete_since: date | None = None
    complete_because: str | None = None

    def __init__(
        self,
        *,
        status: BriefingStatus,
        response_due: date | None = None,
        reply_due: date | None = None,
        response: int | None = None,
        reply: int | None = None,
        complete_since: date | None = None,
        complete_because: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "status", status)
        put(self, "response_due", response_due)
        put(self, "reply_due", reply_due)
        put(self, "response", response)
        put(self, "reply", reply)
        put(self, "complete_since", complete_since)
        put(self, "complete_because", complete_because)


@_posture_value
class AbeyanceState(FrozenRecord):
    """A motion held in abeyance: by which order, since when, pending what, and when and why
    it ended (its briefing then runs again: ``review`` says to check the schedule)."""

    since: date
    by: int | None
    pending: Condition | None = None
    pending_text: str
    description: str | None = None
    lifted: date | None = None
    lifted_by: int | None = None
    lifted_because: str | None = None
    review: str | None = None

    def __init__(
        self,
        *,
        since: date,
        by: int | None,
        pending: Condition | None = None,
        pending_text: str,
        description: str | None = None,
        lifted: date | None = None,
        lifted_by: int | None = None,
        lifted_because: str | None = None,
        review: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "since", since)
        put(self, "by", by)
        put(self, "pending", pending)
        put(self, "pending_text", pending_text)
        put(self, "description", description)
        put(self, "lifted", lifted)
        put(self, "lifted_by", lifted_by)
        put(self, "lifted_because", lifted_because)
        put(self, "review", review)


@_posture_value
class MotionState(FrozenRecord):
    """One motion and what has become of it (``part``: which motion of a document holding
    several)."""

    doc: int | None
    id: str
    kind: MotionKind
    part: int | None = None
    title: str | None = None
    movant: str | None = None
    grounds: tuple[Ground, ...] = ()
    filed: date
    status: MotionStatus = "pending"
    decided: date | None = None
    decided_by: int | None = None
    leave_to_refile: LeaveState | None = None
    refiles: int | None = None
    briefing: BriefingState | None = None
    because: tuple[Step, ...] = ()
    #: The day it is noticed for hearing (the latest notice), when the docket says.
    hearing: Annotated[date | None, Field(exclude_if=_unset)] = None
    #: While it is pending: entries that may have ruled on it, which the reader could not
    #: read with certainty. The status stays what the certain entries make it.
    review: tuple[ReviewFlag, ...] = ()
    #: Its abeyance, once an order held it in abeyance (status ``held_in_abeyance`` while it
    #: is held). Left out of the JSON otherwise.
    abeyance: Annotated[AbeyanceState | None, Field(exclude_if=_unset)] = None

    def __init__(
        self,
        *,
        doc: int | None,
        id: str,
        kind: MotionKind,
        part: int | None = None,
        title: str | None = None,
        movant: str | None = None,
        grounds: tuple[Ground, ...] = (),
        filed: date,
        status: MotionStatus = "pending",
        decided: date | None = None,
        decided_by: int | None = None,
        leave_to_refile: LeaveState | None = None,
        refiles: int | None = None,
        briefing: BriefingState | None = None,
        because: tuple[Step, ...] = (),
        hearing: date | None = None,
        review: tuple[ReviewFlag, ...] = (),
        abeyance: AbeyanceState | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "doc", doc)
        put(self, "id", id)
        put(self, "kind", kind)
        put(self, "part", part)
        put(self, "title", title)
        put(self, "movant", movant)
        put(self, "grounds", grounds)
        put(self, "filed", filed)
        put(self, "status", status)
        put(self, "decided", decided)
        put(self, "decided_by", decided_by)
        put(self, "leave_to_refile", leave_to_refile)
        put(self, "refiles", refiles)
        put(self, "briefing", briefing)
        put(self, "because", because)
        put(self, "hearing", hearing)
        put(self, "review", review)
        put(self, "abeyance", abeyance)


@_posture_value
class Anomaly(FrozenRecord):
    """An entry that could not apply, or that breaks a rule: flagged, never a crash."""

    code: str
    doc: int | None
    event_id: str
    filed: date
    reason: str
    rule: str | None = None

    def __init__(
        self,
        *,
        code: str,
        doc: int | None,
        event_id: str,
        filed: date,
        reason: str,
        rule: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "code", code)
        put(self, "doc", doc)
        put(self, "event_id", event_id)
        put(self, "filed", filed)
        put(self, "reason", reason)
        put(self, "rule", rule)


class Posture(Frozen):
    """A case's posture on a date, derived by replaying its docket."""

    as_of: date | None
    case: CaseState
    discovery: DiscoveryState
    motions: tuple[MotionState, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    anomalies: tuple[Anomaly, ...] = ()

    def motion(self, doc: int, part: int | None = None) -> MotionState:
        """The motion filed as Doc. ``doc`` (part ``part`` of a document holding several).

        Raises:
            KeyError: no motion has that docket number (and part), or the document holds
                several motions and ``part`` does not say which.
        """
        parts = self.motions_of(doc)
        if part is None and len(parts) == 1:
            return parts[0]
        for m in parts:
            if part is not None and m.part == part:
                return m
        raise KeyError(doc if part is None else f"{doc}.{part}")

    def motions_of(self, doc: int) -> tuple[MotionState, ...]:
        """Every motion filed as Doc. ``doc``: one, or the parts of a document holding several."""
        return tuple(m for m in self.motions if m.doc == doc)
