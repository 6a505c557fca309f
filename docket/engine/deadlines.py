"""Deadlines while replay runs: each one a ``DEADLINE`` machine and a tick on its last day.

A deadline runs from a computed :class:`~docket.rules.DeadlineResult`. The day after its due
date a tick runs it out (unless it was met, moved or suspended since: a tick carries the
version of the deadline it was scheduled for). A stay of the whole case suspends running
deadlines; when the stay lifts, the days that were left run again from the lift.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from docket.engine.changes import FactKind
from docket.events import MotionRef
from docket.machines import DEADLINE
from docket.posture import Reading, Step
from docket.rules import DeadlineResult, compute_deadline

if TYPE_CHECKING:
    from docket.engine.world import World

__all__ = [
    "DEADLINE_KINDS",
    "DeadlineKind",
    "WDeadline",
    "extend",
    "meet",
    "moot",
    "moot_all",
    "resume_all",
    "start",
    "suspend_all",
]

_ONE_DAY = timedelta(days=1)

#: The deadlines replay runs: a motion's response and reply (FRCP 6; the court's local rules).
DeadlineKind = Literal["response", "reply"]
DEADLINE_KINDS: tuple[DeadlineKind, ...] = ("response", "reply")


@dataclass(slots=True, eq=False)
class WDeadline:
    """A deadline, while replay runs."""

    index: int
    kind: DeadlineKind
    #: The motion whose briefing it times.
    ref: MotionRef
    what: str
    trigger_doc: int | None
    rule: str
    citation: str
    consequence: str | None
    due: date
    readings: tuple[Reading, ...]
    on_elapse: Callable[[World, WDeadline], None]
    status: str = DEADLINE.initial
    version: int = 0
    remaining: int = 0
    #: A date the deadline was extended to while suspended (it stands if the stay lifts first).
    until: date | None = None
    steps: list[Step] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The id the posture shows: ``response:45``, ``reply:45.2``."""
        return f"{self.kind}:{self.ref.key}"


@dataclass(frozen=True, slots=True)
class _RunOut:
    deadline: WDeadline
    version: int

    def __call__(self, world: World) -> None:
        d = self.deadline
        if d.version != self.version or d.status != "running":
            return
        _move(world, d, "run_out", f"time ran out: nothing filed by {d.due}", d.consequence)
        d.on_elapse(world, d)


def _readings(result: DeadlineResult) -> tuple[Reading, ...]:
    return tuple(Reading(due=r.due, assumption=r.assumption) for r in result.readings)


def _move(world: World, d: WDeadline, trigger: str, what: str, rule: str | None = None) -> None:
    d.status = DEADLINE.fire(d.status, trigger)
    if d.status == "running":
        world.running_deadlines[d.index] = d
    else:
        world.running_deadlines.pop(d.index, None)
    if d.status == "suspended":
        world.suspended_deadlines[d.index] = d
    else:
        world.suspended_deadlines.pop(d.index, None)
    d.steps.append(world.step(what, rule))
    world.dirty.add((FactKind.DEADLINE, d.index))


def _schedule(world: World, d: WDeadline) -> None:
    d.version += 1
    world.schedule(d.due + _ONE_DAY, _RunOut(d, d.version))


def start(
    world: World,
    kind: DeadlineKind,
    ref: MotionRef,
    what: str,
    result: DeadlineResult,
    *,
    on_elapse: Callable[[World, WDeadline], None],
) -> WDeadline:
    """Start the ``kind`` deadline of motion ``ref``, computed under the court's rules."""
    cause = world.cause
    d = WDeadline(
        index=len(world.deadlines),
        kind=kind,
        ref=ref,
        what=what,
        trigger_doc=cause.doc if cause is not None else None,
        rule=result.rule_id or f"{result.days} days",
        citation=result.citation or "FRCP 6(a)",
        consequence=_consequence(world, result),
        due=result.due,
        readings=_readings(result),
        on_elapse=on_elapse,
    )
    world.deadlines.append(d)
    world.deadline_of[(kind, ref)] = d
    d.steps.append(world.step(f"{what} due {d.due} ({result.days} days)", d.citation))
    world.dirty.add((FactKind.DEADLINE, d.index))
    world.running_deadlines[d.index] = d
    _schedule(world, d)
    if world.case_status == "stayed":
        _suspend(world, d)
    return d


def _consequence(world: World, result: DeadlineResult) -> str | None:
    if result.rule_id is None:
        return None
    rule = world.pack.rule(result.rule_id, result.trigger)
    return rule.consequence


def meet(world: World, d: WDeadline, what: str) -> None:
    """A filing meets deadline ``d`` (whether it was late is the briefing's to flag)."""
    if d.status in ("running", "suspended"):
        if d.status == "suspended":
            d.status = DEADLINE.fire(d.status, "resume")
        _move(world, d, "meet", what)


def moot(world: World, ref: MotionRef, because: str) -> None:
    """A motion is decided or withdrawn: its running deadlines no longer run."""
    for kind in DEADLINE_KINDS:
        d = world.deadline_of.get((kind, ref))
        if d is not None and DEADLINE.can(d.status, "moot"):
            _move(world, d, "moot", because)


def moot_all(world: World, because: str) -> None:
    """The case ends: no deadline runs any more."""
    for d in [*world.running_deadlines.values(), *world.suspended_deadlines.values()]:
        _move(world, d, "moot", because)


def extend(world: World, d: WDeadline, until: date, what: str) -> None:
    """Move deadline ``d`` to ``until`` (FRCP 6(b))."""
    d.due = until
    d.readings = (Reading(due=until, assumption="as extended"),)
    if d.status == "suspended":
        # A date certain agreed or ordered while the case is stayed: it stands if the stay
        # lifts before it; if the stay outlasts it, the days it gave run from the lift.
        assert world.today is not None
        d.remaining = max((until - world.today).days, 0)
        d.until = until
        d.steps.append(world.step(what))
        world.dirty.add((FactKind.DEADLINE, d.index))
        return
    _move(world, d, "extend", what, "FRCP 6(b)")
    _schedule(world, d)


def suspend_all(world: World) -> None:
    """A stay of the whole case suspends every running deadline."""
    for d in list(world.running_deadlines.values()):
        _suspend(world, d)


def _suspend(world: World, d: WDeadline) -> None:
    assert world.today is not None
    d.remaining = max((d.due - world.today).days, 0)
    _move(world, d, "suspend", f"suspended by the stay of the case, {d.remaining} days left")


def resume_all(world: World) -> None:
    """The stay lifts: the days left on each suspended deadline run again from today."""
    assert world.today is not None
    for d in list(world.suspended_deadlines.values()):
        if d.status != "suspended":
            continue
        if d.until is not None and d.until > world.today:
            d.due = d.until  # the extended date stands
            _move(world, d, "resume", f"stay lifted: due {d.due} as extended")
        else:
            result = compute_deadline(world.today, max(d.remaining, 1), court=world.pack)
            d.due, d.readings = result.due, _readings(result)
            _move(world, d, "resume", f"stay lifted: {d.remaining} days run again, due {d.due}")
        d.until = None
        _schedule(world, d)
