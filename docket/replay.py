"""Replay: a pure fold of a case's docket entries into its posture on a date.

Replay reads no clock and does no I/O. Entries apply in order of the date they took effect
(an order's ``effective`` date when it has one, else ``filed``), ties kept in docket order.
Time-driven changes (a stay until a date, a deadline running out) are ticks the fold merges
into the stream in date order: a tick due on a day runs before that day's entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import structlog

from docket._apply import apply
from docket._world import WLeave, WMotion, World, WStay
from docket.events import (
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    OrderEntered,
    describe,
    parse_event_data,
)
from docket.posture import (
    CaseState,
    DiscoveryState,
    LeaveState,
    MotionState,
    Posture,
    StayState,
)

__all__ = ["effective_date", "replay"]

_log = structlog.get_logger("docket.replay")


def effective_date(event: DocketEvent) -> date:
    """The date an entry took effect: an order's effective date, else its filing date."""
    if isinstance(event, OrderEntered) and event.effective is not None:
        return event.effective
    return event.filed


def debugging() -> bool:
    """Whether the application configured logging at debug level."""
    # The core never configures logging; it is silent unless the application configured it.
    return structlog.is_configured() and bool(_log.bind().is_enabled_for(10))


def replay(events: Iterable[DocketEvent], *, as_of: date | None = None) -> Posture:
    """Derive a case's posture from its docket entries.

    Args:
        events: The case's entries, in docket order.
        as_of: The date to read the posture on: entries effective after it are ignored, and
            ticks due on or before it have run. ``None`` reads it on the date of the latest
            entry.

    Returns:
        The frozen posture. Entries that cannot apply are listed in ``anomalies``.
    """
    world, end = fold(list(events), as_of)
    return posture_of(world, end)


def fold(entries: Sequence[DocketEvent], as_of: date | None) -> tuple[World, date | None]:
    """Replay's working state after ``entries`` (see :func:`replay`), and the date it is on."""
    ordered = sorted(
        enumerate(_honour_corrections(entries, as_of)),
        key=lambda pair: (effective_date(pair[1]), pair[0]),
    )
    world = World(known_ids={e.id for e in entries})
    debug = debugging()
    last: date | None = None
    for _, event in ordered:
        day = effective_date(event)
        if as_of is not None and day > as_of:
            break
        step(world, event, debug)
        last = day
    end = as_of if as_of is not None else last
    if end is not None:
        world.advance_to(end)
    return world, end


def step(world: World, event: DocketEvent, debug: bool = False) -> None:
    """Bring ``world`` to the day ``event`` took effect, and apply it."""
    day = effective_date(event)
    world.advance_to(day)
    if world.case_since is None:
        world.case_since = day
    before = (world.case_status, world.discovery_status, len(world.anomalies))
    apply(world, event)
    if debug:
        log = _log.bind(case=event.case, doc=event.doc, type=event.type)
        log.debug("event_applied", filed=str(event.filed))
        after = (world.case_status, world.discovery_status, len(world.anomalies))
        if after != before:
            log.debug(
                "state_changed",
                case_status=after[0],
                discovery=after[1],
                anomalies=after[2] - before[2],
            )


def _honour_corrections(entries: Sequence[DocketEvent], as_of: date | None) -> list[DocketEvent]:
    """The entries as corrected: stricken ones gone, corrected ones replaced.

    Only corrections and strikes effective on or before ``as_of`` count; a later one wins.
    """
    fixes: dict[str, EntryCorrected | EntryStricken] = {}
    for e in entries:
        if isinstance(e, EntryCorrected | EntryStricken) and (as_of is None or e.filed <= as_of):
            fixes[e.target] = e
    if not fixes:
        return list(entries)
    out: list[DocketEvent] = []
    for e in entries:
        fix = fixes.get(e.id)
        if fix is None or fix is e:
            out.append(e)
        elif isinstance(fix, EntryCorrected):
            out.append(parse_event_data(fix.corrected))
    return out


def _leave(leave: WLeave) -> LeaveState:
    return LeaveState(
        status=leave.status,
        condition=leave.condition,
        condition_text=describe(leave.condition) if leave.condition is not None else "none",
        description=leave.description,
        granted_by=leave.granted_by,
        since=leave.since,
    )


def _motion(m: WMotion) -> MotionState:
    e = m.event
    return MotionState(
        doc=e.doc,
        id=e.id,
        kind=e.kind,
        title=e.title,
        movant=", ".join(e.movants) or e.filed_by,
        grounds=e.grounds,
        filed=e.filed,
        status=m.status,
        decided=m.decided,
        decided_by=m.decided_by,
        leave_to_refile=_leave(m.leave) if m.leave is not None else None,
        refiles=e.refiles,
        briefing=m.extra.get("briefing"),
    )


def _stay(s: WStay) -> StayState:
    return StayState(
        scope=s.scope,
        parties=s.parties,
        status=s.status,
        imposed=s.imposed,
        imposed_by=s.imposed_by,
        on_motion=s.on_motion,
        lifts_when=s.lifts_when,
        lifts_when_text=describe(s.lifts_when) if s.lifts_when is not None else "further order",
        grounds=s.grounds,
        lifted=s.lifted,
        lifted_by=s.lifted_by,
        lifted_because=s.lifted_because,
        explanation=s.explanation,
    )


def posture_of(world: World, as_of: date | None) -> Posture:
    """Freeze replay's working state into the posture on ``as_of``."""
    return Posture(
        as_of=as_of,
        case=CaseState(
            id=world.case_id,
            court=world.court,
            title=world.title,
            status=world.case_status,
            since=world.case_since,
        ),
        discovery=DiscoveryState(
            status=world.discovery_status,
            since=world.discovery_since,
            closes=world.discovery_closes,
            stays=tuple(_stay(s) for s in world.stays),
        ),
        motions=tuple(_motion(m) for m in world.motion_list),
        anomalies=tuple(world.anomalies),
    )
