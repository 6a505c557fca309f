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

from docket import _freeze as freeze
from docket._apply import apply
from docket._world import World
from docket.events import (
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    OrderEntered,
    parse_event_data,
)
from docket.posture import Posture

__all__ = ["effective_date", "replay"]

_log = structlog.get_logger("docket.replay")


def effective_date(event: DocketEvent) -> date:
    """The date an entry took effect: an order's effective date, else its filing date."""
    if isinstance(event, OrderEntered) and event.effective is not None:
        return event.effective
    return event.filed


def _debugging() -> bool:
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
    entries = list(events)
    ordered = sorted(
        enumerate(_honour_corrections(entries, as_of)),
        key=lambda pair: (effective_date(pair[1]), pair[0]),
    )
    world = World(known_ids={e.id for e in entries})
    debug = _debugging()
    last: date | None = None
    for _, event in ordered:
        day = effective_date(event)
        if as_of is not None and day > as_of:
            break
        world.advance_to(day)
        if world.case_since is None:
            world.case_since = day
        before = (world.case_status, world.discovery_status, len(world.anomalies))
        apply(world, event)
        last = day
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
    end = as_of if as_of is not None else last
    if end is not None:
        world.advance_to(end)
    return freeze.posture(world, end)


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
