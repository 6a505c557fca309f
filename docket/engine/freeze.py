"""Folding replay's working state into frozen posture facts.

The values are replay's own, already valid: the facts are frozen records (see
:mod:`docket.posture`), and the few pydantic models are constructed without validation
(``model_construct``). This is replay's hot path.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from docket.engine.deadlines import WDeadline
from docket.engine.motions import WBriefing, WLeave, WMotion
from docket.engine.stays import WStay
from docket.engine.world import World
from docket.events import describe
from docket.posture import (
    RUNNING,
    AbeyanceState,
    AppealState,
    BriefingState,
    CaseState,
    Deadline,
    DefendantState,
    DiscoveryState,
    JudgmentState,
    LeaveState,
    MotionState,
    Posture,
    StayState,
)

if TYPE_CHECKING:
    # Replay loads these only for a docket that holds their facts (see world.py).
    from docket.engine.abeyance import WAbeyance
    from docket.engine.answers import WDefendant
    from docket.engine.appeals import WAppeal
    from docket.engine.judgments import WJudgment

__all__ = [
    "RUNNING",
    "appeal_state",
    "case_state",
    "deadline_state",
    "defendant_state",
    "discovery_state",
    "final_posture",
    "judgment_state",
    "motion_state",
    "posture",
    "stay_state",
]


def _leave(leave: WLeave) -> LeaveState:
    return LeaveState(
        status=leave.status,  # type: ignore[arg-type]  # a machine state; see test_machines
        condition=leave.condition,
        condition_text=describe(leave.condition) if leave.condition is not None else "none",
        description=leave.description,
        granted_by=leave.granted_by,
        since=leave.since,
        until=leave.until,
    )


def _briefing(b: WBriefing | None) -> BriefingState | None:
    if b is None:
        return None
    return BriefingState(
        status=b.status,  # type: ignore[arg-type]  # a machine state; see test_machines
        response_due=b.response_due,
        reply_due=b.reply_due,
        response=b.response,
        reply=b.reply,
        complete_since=b.complete_since,
        complete_because=b.complete_because,
    )


#: "pending mediation" -> "mediation": the order's own words, as a condition's text reads.
_ORDER_WORDS = re.compile(r"^(?:pending|until)\s+", re.I)


def _abeyance(a: WAbeyance | None) -> AbeyanceState | None:
    if a is None:
        return None
    return AbeyanceState(
        since=a.since,
        by=a.by,
        pending=a.pending,
        pending_text=describe(a.pending)
        if a.pending is not None
        else _ORDER_WORDS.sub("", a.description or "") or "further order",
        description=a.description,
        lifted=a.lifted,
        lifted_by=a.lifted_by,
        lifted_because=a.lifted_because,
        review=a.review,
    )


def motion_state(m: WMotion) -> MotionState:
    """One motion as a frozen fact."""
    e = m.event
    held = m.abeyance is not None and m.abeyance.in_force and m.status == "pending"
    return MotionState(
        doc=e.doc,
        id=e.id,
        kind=e.kind,
        part=e.part,
        title=e.title,
        movant=", ".join(e.movants) or e.filed_by,
        grounds=e.grounds,
        filed=e.filed,
        status="held_in_abeyance" if held else m.status,  # type: ignore[arg-type]  # a machine state
        decided=m.decided,
        decided_by=m.decided_by,
        leave_to_refile=_leave(m.leave) if m.leave is not None else None,
        refiles=e.refiles,
        briefing=_briefing(m.briefing),
        hearing=m.hearing,
        # Once a certain entry decides the motion, the doubt about an earlier one is moot;
        # the deciding entry's own doubt (leave to refile on a condition not read) stays.
        review=m.review
        if m.status == "pending"
        else (
            *(r for r in m.review if r.event_id == m.decided_event),
            *(r for r in m.reruled if m.decided is not None and r.filed >= m.decided),
        ),
        because=m.steps,
        abeyance=_abeyance(m.abeyance),
    )


def stay_state(s: WStay) -> StayState:
    """One stay as a frozen fact."""
    return StayState(
        scope=s.scope,
        parties=s.parties,
        status=s.status,  # type: ignore[arg-type]  # a machine state; see test_machines
        imposed=s.imposed,
        imposed_by=s.imposed_by,
        on_motion=s.on_motion,
        on_motion_part=s.on_motion_part,
        lifts_when=s.lifts_when,
        lifts_when_text=describe(s.lifts_when) if s.lifts_when is not None else "further order",
        grounds=s.grounds,
        lifted=s.lifted,
        lifted_by=s.lifted_by,
        lifted_because=s.lifted_because,
        lift_cause=s.lift_cause,
        explanation=s.explanation,
        because=tuple(s.steps),
        review=s.review if s.status == "in_force" else None,
        pending_appeal=s.pending_appeal,
    )


def deadline_state(d: WDeadline) -> Deadline:
    """One deadline as a frozen fact."""
    return Deadline(
        id=d.id,
        what=d.what if d.held is None else f"{d.what} ({d.held})",
        due=d.due,
        readings=d.readings,
        rule=d.rule,
        citation=d.citation,
        trigger_doc=d.trigger_doc,
        motion=d.ref.doc if d.ref is not None else None,
        part=d.ref.part if d.ref is not None else None,
        status=d.status,  # type: ignore[arg-type]  # a machine state; see test_machines
        consequence=d.consequence,
        because=d.steps,
        unverified=d.unverified,
    )


def judgment_state(j: WJudgment) -> JudgmentState:
    """One judgment as a frozen fact."""
    e = j.event
    return JudgmentState(
        doc=e.doc,
        id=e.id,
        entered=j.entered,
        final=e.final,
        rule_54b=j.rule_54b,
        parties=e.parties,
        claims=e.claims,
        in_favor_of=e.in_favor_of,
        trial=e.trial,
        tolled_by=tuple(r.key for r in j.tolled_by),
        tolled=j.tolled,
        review=tuple(j.review),
        because=tuple(j.steps),
        docketed=None if e.separate_document else j.docketed,
        entered_under=j.entered_under,
    )


def appeal_state(a: WAppeal) -> AppealState:
    """One appeal as a frozen fact."""
    e = a.event
    return AppealState(
        doc=e.doc,
        id=e.id,
        noticed=a.noticed,
        from_docs=e.from_docs,
        interlocutory=e.interlocutory,
        grounds=e.grounds,
        appellants=e.appellants or ((e.filed_by,) if e.filed_by else ()),
        status="decided" if a.status == "decided" else "pending",
        outcome=a.outcome,
        mandate=a.mandate,
        decided_by=a.decided_by,
        because=tuple(a.steps),
    )


_ANSWER = {"running": "due", "suspended": "suspended", "elapsed": "overdue", "moot": "moot"}


def defendant_state(w: WDefendant) -> DefendantState:
    """One defendant's answer as a frozen fact."""
    d = w.deadline
    if w.default_entered is not None:
        status = "in_default"
    elif w.answered is not None:
        status = "answered"
    elif w.dismissed:
        status = "dismissed"
    elif w.default_set_aside is not None:
        status = "due"  # when, the order setting the default aside says
    elif d is None:
        status = "due" if w.service is not None and w.served is None else "not_served"
    elif d.status == "elapsed" and w.extended_unread:
        status = "due"  # extended to a day the docket does not give: never shown run out
    else:
        status = _ANSWER.get(d.status, "answered")
    return DefendantState(
        name=w.name,
        served=w.served,
        service=w.service,  # type: ignore[arg-type]  # "summons" or "waiver", set by answers
        answer=status,  # type: ignore[arg-type]  # one of AnswerStatus, mapped above
        answer_due=d.due
        if d is not None and not (w.default_set_aside or w.extended_unread)
        else None,
        rule=d.citation
        if d is not None and not (w.default_set_aside or w.extended_unread)
        else None,
        held_by=tuple(r.key for r in w.held_by),
        answered=w.answered,
        answered_by=w.answered_by,
        default_requested=w.default_requested,
        default_entered=w.default_entered,
        review=tuple(w.review),
        because=tuple(w.steps),
    )


def case_state(world: World) -> CaseState:
    """The case as a frozen fact."""
    return CaseState.model_construct(
        id=world.case_id,
        court=world.court,
        title=world.title,
        judge=world.judge,
        rule_pack=world.pack.id,
        rule_pack_notice=world.pack.notice,
        status=world.case_status,  # type: ignore[arg-type]  # a machine state; see test_machines
        since=world.case_since,
        because=tuple(world.case_steps),
        review=tuple(world.case_review) if world.case_status != "closed" else (),
        judgments=tuple(judgment_state(j) for j in world.judgments),
        appeals=tuple(appeal_state(a) for a in world.appeals),
        defendants=tuple(defendant_state(w) for w in world.defendants.values())
        if world.answers_seen
        else (),
    )


def discovery_state(world: World, stays: tuple[StayState, ...]) -> DiscoveryState:
    """Discovery as a frozen fact, with its stays."""
    return DiscoveryState.model_construct(
        status=world.discovery_status,  # type: ignore[arg-type]  # a machine state; see test_machines
        since=world.discovery_since,
        closes=world.discovery_closes,
        stays=stays,
        because=tuple(world.discovery_steps),
        days_left=world.discovery_days_left if world.discovery_status == "stayed" else None,
        review=tuple(world.discovery_review) if world.discovery_status != "closed" else (),
    )


def posture(world: World, as_of: date | None) -> Posture:
    """The whole posture from the working state."""
    return Posture.model_construct(
        as_of=as_of,
        case=case_state(world),
        discovery=discovery_state(world, tuple(stay_state(s) for s in world.stays)),
        motions=tuple(motion_state(m) for m in world.motion_list),
        deadlines=_deadlines(world),
        anomalies=tuple(world.anomalies),
    )


def _deadlines(world: World) -> tuple[Deadline, ...]:
    """The deadlines that run, or would but for a stay, in the order started."""
    return tuple(
        deadline_state(d)
        for d in sorted(
            [*world.book.running.values(), *world.book.suspended.values()],
            key=lambda d: d.index,
        )
    )


def final_posture(world: World, as_of: date | None) -> Posture:
    """The whole posture from the working state, which it uses up: each motion's working
    state is let go of once it is frozen (a replay's last posture: a million-entry docket's
    motions would otherwise be held twice at its end, as working state and as facts).
    ``world`` is read no more."""
    case = case_state(world)
    discovery = discovery_state(world, tuple(stay_state(s) for s in world.stays))
    deadlines = _deadlines(world)
    anomalies = tuple(world.anomalies)
    # Everything else that holds a motion's working state lets go of it first.
    world.motions.clear()
    world.extensions.clear()
    world.rule12.clear()
    world.abeyance_watch.clear()
    world.watchers.clear()
    world.stay_watchers.clear()
    world.case_watchers.clear()
    world.ticks.clear()
    working, world.motion_list = world.motion_list, []
    working.reverse()
    motions = []
    while working:
        motions.append(motion_state(working.pop()))
    return Posture.model_construct(
        as_of=as_of,
        case=case,
        discovery=discovery,
        motions=tuple(motions),
        deadlines=deadlines,
        anomalies=anomalies,
    )
