"""Replay: a pure fold of a case's docket entries into its posture on a date.

Replay reads no clock and does no I/O. Entries apply in order of the date they took effect
(an order's ``effective`` date when it has one, else ``filed``), ties kept in docket order.
Time-driven changes (a stay until a date, a deadline running out) are ticks the fold merges
into the stream in date order: a tick due on a day runs before that day's entries.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from docket._runtime import collector_paused
from docket.engine import freeze
from docket.engine.changes import FactKind
from docket.engine.entries import apply
from docket.engine.world import World
from docket.events import (
    AppealDecided,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    OrderEntered,
    parse_event_data,
)
from docket.posture import Posture

__all__ = [
    "Fold",
    "collector_paused",
    "corrected",
    "corrections",
    "effective_date",
    "honour_corrections",
    "known_date",
    "replay",
]


def effective_date(event: DocketEvent) -> date:
    """The date an entry took effect: an order's effective date, a mandate's date of issue
    (the district court regains the case then, not when it dockets the mandate), else its
    filing date."""
    if isinstance(event, OrderEntered) and event.effective is not None:
        return event.effective
    if isinstance(event, AppealDecided) and event.on is not None:
        return event.on
    return event.filed


def _logger() -> Any | None:
    """structlog's logger for replay, if the application configured structlog for debug.

    The core never configures logging, and never imports structlog itself: an application
    that configured it has imported it already.
    """
    structlog = sys.modules.get("structlog")
    if structlog is None or not structlog.is_configured():
        return None
    log = structlog.get_logger("docket.replay").bind()
    return log if log.is_enabled_for(10) else None


def known_date(event: DocketEvent) -> date:
    """When an entry became known: the date it was entered on the docket, else filed."""
    return event.entered or event.filed


class Fold:
    """The fold behind :func:`replay`, able to stop at any date and go on.

    ``Fold(events).run_until(day)`` applies every entry effective on or before ``day`` and
    every tick due by then; calling it again with a later day goes on from there.

    ``lean=True`` is for a fold whose postures alone are read (a replay): it keeps no record
    of what changed for an index, and lets go of what no posture shows again (see
    :attr:`~docket.engine.ledger.Ledger.lean`).
    """

    def __init__(
        self,
        events: Iterable[DocketEvent],
        *,
        horizon: date | None = None,
        known_on: date | None = None,
        known_dates: Mapping[str, date] | None = None,
        lean: bool = False,
    ) -> None:
        entries = list(events)
        if known_on is not None:
            when = known_dates or {}
            entries = [e for e in entries if when.get(e.id, known_date(e)) <= known_on]
        ordered = sorted(
            (effective_date(e), i, e) for i, e in enumerate(honour_corrections(entries, horizon))
        )
        self._stream = [e for _, _, e in ordered]
        #: Each entry's effective date, in the stream's order (read once, not at each look).
        self._effective = [day for day, _, _ in ordered]
        self._next = 0
        self.world = World(known_ids={e.id for e in entries}, lean=lean)
        self.last: date | None = None
        self._log = _logger()

    def final_date(self) -> date | None:
        """The date the last entry takes effect, if there is any entry."""
        return self._effective[-1] if self._effective else None

    def next_date(self) -> date | None:
        """The next date on which an entry applies or a tick runs, if any."""
        tick = self.world.next_tick()
        if self._next < len(self._stream):
            day = self._effective[self._next]
            return day if tick is None or day < tick else tick
        return tick

    def run_until(self, day: date) -> None:
        """Apply entries and ticks up to and including ``day``.

        The cyclic garbage collector is paused meanwhile and resumed after: the fold builds
        many objects that all live until it ends and makes no garbage cycles as it goes, and
        collections scanning them again and again more than double replay's time.
        """
        with collector_paused():
            self._run_until(day)

    def _run_until(self, day: date) -> None:
        stream, dates = self._stream, self._effective
        while self._next < len(stream):
            effective = dates[self._next]
            if effective > day:
                break
            event = stream[self._next]
            self._next += 1
            self.apply_entry(event, effective)
        self.world.advance_to(day)

    def apply_entry(self, event: DocketEvent, effective: date) -> None:
        """Apply one entry taking effect on ``effective``, after the ticks due before it:
        the step :meth:`run_until` takes for each entry (and a streaming replay, which holds
        no list of entries, takes for each entry read)."""
        world = self.world
        world.advance_to(effective)
        if world.case_since is None:
            world.case_since = effective
            world.dirty.add((FactKind.CASE, 0))
        if self._log is not None:
            _apply_logged(self._log, world, event)
        else:
            apply(world, event)
        if world.lean:
            world.dirty.clear()
        self.last = effective

    def extend(self, events: Iterable[DocketEvent]) -> None:
        """Add entries after the rest, to apply from the next run (see :mod:`docket.engine.continuing`).

        They must take effect no earlier than the entries already applied.
        """
        added = list(events)
        self._stream.extend(added)
        self._effective.extend(effective_date(e) for e in added)

    def posture(self, as_of: date | None) -> Posture:
        """The posture as the fold stands now, read on ``as_of``."""
        with collector_paused():
            return freeze.posture(self.world, as_of)

    def final_posture(self, as_of: date | None) -> Posture:
        """The posture as the fold stands now, read on ``as_of``, which ends the fold: its
        working state is let go of as the posture is built (see
        :func:`~docket.engine.freeze.final_posture`), and nothing more may be asked of it."""
        with collector_paused():
            return freeze.final_posture(self.world, as_of)


def _apply_logged(logger: Any, world: World, event: DocketEvent) -> None:
    log = logger.bind(case=event.case, doc=event.doc, type=event.type)
    before = (world.case_status, world.discovery_status, len(world.anomalies))
    apply(world, event)
    log.debug("event_applied", filed=str(event.filed))
    after = (world.case_status, world.discovery_status, len(world.anomalies))
    if after != before:
        log.debug(
            "state_changed",
            case_status=after[0],
            discovery=after[1],
            anomalies=after[2] - before[2],
        )


def replay(
    events: Iterable[DocketEvent],
    *,
    as_of: date | None = None,
    known_on: date | None = None,
    known_dates: Mapping[str, date] | None = None,
) -> Posture:
    """Derive a case's posture from its docket entries.

    Args:
        events: The case's entries, in docket order.
        as_of: The date to read the posture on (valid time): entries effective after it are
            ignored, and ticks due on or before it have run. ``None`` reads it on the date of
            the latest entry.
        known_on: Read it as it could have been known on this date (knowledge time): entries
            that became known later are ignored. ``None`` knows every entry.
        known_dates: When each entry became known, by id (a store's ``recorded_at``); an entry
            not named became known when it was entered on the docket, else when filed.

    Returns:
        The frozen posture. Entries that cannot apply are listed in ``anomalies``.
    """
    fold = Fold(events, horizon=as_of, known_on=known_on, known_dates=known_dates, lean=True)
    if as_of is not None:
        fold.run_until(as_of)
        return fold.final_posture(as_of)
    end = fold.final_date()
    if end is not None:
        fold.run_until(end)
    return fold.final_posture(end)


def honour_corrections(entries: Sequence[DocketEvent], as_of: date | None) -> list[DocketEvent]:
    """The entries as corrected: stricken ones gone, corrected ones replaced.

    Only corrections and strikes effective on or before ``as_of`` count; a later one wins.
    """
    fixes = corrections(entries, as_of)
    if not fixes:
        return list(entries)
    return list(corrected(entries, fixes))


def corrections(
    entries: Iterable[DocketEvent], as_of: date | None
) -> dict[str, EntryCorrected | EntryStricken]:
    """The corrections and strikes effective on or before ``as_of``, by the id of the entry
    each fixes (a later one wins)."""
    fixes: dict[str, EntryCorrected | EntryStricken] = {}
    for e in entries:
        if isinstance(e, EntryCorrected | EntryStricken) and (as_of is None or e.filed <= as_of):
            fixes[e.target] = e
    return fixes


def corrected(
    entries: Iterable[DocketEvent], fixes: Mapping[str, EntryCorrected | EntryStricken]
) -> Iterator[DocketEvent]:
    """The entries with ``fixes`` (:func:`corrections`) honoured, one at a time: stricken
    ones gone, corrected ones replaced."""
    done: set[str] = set()
    for e in entries:
        fix = fixes.get(e.id)
        if fix is None or fix is e or e.id in done:
            yield e  # a second entry under a corrected id stays, to be flagged a duplicate
            continue
        done.add(e.id)
        if isinstance(fix, EntryCorrected):
            yield parse_event_data(fix.corrected)
