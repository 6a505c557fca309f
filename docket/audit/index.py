"""Posture snapshots: answer an as-of query by replaying only from the nearest snapshot.

:class:`PostureIndex` folds a history once, day by day, and records each posture fact as it
changes (a motion's status, a stay, discovery, the case, the anomalies). Every so many changes
it keeps a snapshot: the whole posture at that point. An as-of query starts from the nearest
snapshot on or before the date and replays only the changes recorded since, so its cost does
not grow with the docket's length. The index is never the source of truth: it is derived from
the events, and :meth:`PostureIndex.check` compares it with a fresh replay.

A history with corrections or strikes is indexed per correction epoch: a correction changes
the history from its own date on, retroactively, so each epoch is its own fold.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from docket._runtime import collector_paused
from docket.engine import freeze
from docket.engine.changes import (
    Change,
    Fact,
    FactKey,
    FactKind,
    Snapshot,
    assemble,
    deadline_book,
    put_fact,
)
from docket.engine.fold import Fold, replay
from docket.engine.world import World
from docket.events import DocketEvent, EntryCorrected, EntryStricken
from docket.posture import (
    Anomaly,
    CaseState,
    Deadline,
    DiscoveryState,
    Posture,
)

__all__ = [
    "Change",
    "Epoch",
    "PostureIndex",
    "Snapshot",
    "assemble",
    "empty_snapshot",
    "replayed_deadline_book",
]

#: How many recorded changes between two snapshots.
SNAPSHOT_EVERY = 64


@dataclass(slots=True)
class Epoch:
    """The index of one correction epoch: a fold's change log and its snapshots."""

    start: date | None
    changes: list[Change] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    snapshot_days: list[date] = field(default_factory=list)
    anomalies: tuple[Anomaly, ...] = ()
    final: date | None = None


def _build(events: Sequence[DocketEvent], start: date | None, horizon: date | None) -> Epoch:
    with collector_paused():
        return _fold_epoch(events, start, horizon)


#: How each kind of fact is frozen from replay's working state: the one dispatch on it here.
_FREEZE: dict[FactKind, Callable[[World, int], Fact]] = {
    FactKind.MOTION: lambda world, i: freeze.motion_state(world.motion_list[i]),
    FactKind.STAY: lambda world, i: freeze.stay_state(world.stays[i]),
    FactKind.DEADLINE: lambda world, i: freeze.deadline_state(world.book.all[i]),
    FactKind.CASE: lambda world, i: freeze.case_state(world),
    FactKind.DISCOVERY: lambda world, i: freeze.discovery_state(world, ()),
    FactKind.ANOMALIES: lambda world, i: len(world.anomalies),
}


def _fold_epoch(events: Sequence[DocketEvent], start: date | None, horizon: date | None) -> Epoch:
    fold = Fold(events, horizon=horizon)
    world = fold.world
    epoch = Epoch(start, final=fold.final_date())
    current: dict[FactKey, Fact] = {}
    case, discovery = _empty()
    work = Snapshot(date.min, 0, [], [], {}, case, discovery, 0)
    since_snapshot = 0
    while (day := fold.next_date()) is not None:
        fold.run_until(day)
        for key in sorted(world.take_dirty()):
            new = _FREEZE[key[0]](world, key[1])
            old = current.get(key)
            if old == new:
                continue
            current[key] = new
            epoch.changes.append(Change(day, key, old, new))
            put_fact(work, *key, new)
            since_snapshot += 1
        if since_snapshot >= SNAPSHOT_EVERY:
            snap = work.copy()
            snap.on, snap.position = day, len(epoch.changes)
            epoch.snapshots.append(snap)
            epoch.snapshot_days.append(day)
            since_snapshot = 0
    epoch.anomalies = tuple(world.anomalies)
    return epoch


def _empty() -> tuple[CaseState, DiscoveryState]:
    """The case and discovery before any entry, as replay would give them."""
    world = World()
    return freeze.case_state(world), freeze.discovery_state(world, ())


def empty_snapshot() -> Snapshot:
    """The posture facts before any entry: where an epoch's change log starts."""
    case, discovery = _empty()
    return Snapshot(date.min, 0, [], [], {}, case, discovery, 0)


class PostureIndex:
    """As-of queries over one case's history, fast, from snapshots.

    Example:
        >>> index = PostureIndex(load_history("events/lucero-v-clovis.jsonl"))
        >>> index.posture(date(2019, 12, 10)) == replay(events, as_of=date(2019, 12, 10))
        True
    """

    def __init__(self, events: Iterable[DocketEvent]) -> None:
        self.events = tuple(events)
        epochs = sorted(
            {e.filed for e in self.events if isinstance(e, EntryCorrected | EntryStricken)}
        )
        self._epoch_days: list[date] = epochs
        # Before the first correction nothing is corrected; from each correction's date on,
        # the history is corrected as of that date.
        self._epochs = [_build(self.events, None, _day_before(epochs[0]) if epochs else None)]
        self._epochs += [_build(self.events, day, day) for day in epochs]

    def _epoch(self, as_of: date) -> Epoch:
        return self._epochs[bisect.bisect_right(self._epoch_days, as_of)]

    @property
    def changes(self) -> tuple[Change, ...]:
        """Every recorded change, in date order (the last epoch's, with its corrections)."""
        return tuple(self._epochs[-1].changes)

    def posture(self, as_of: date | None = None) -> Posture:
        """The posture on ``as_of``, equal to ``replay(events, as_of=as_of)``."""
        if as_of is None:
            last = self._epochs[-1].final
            if last is None:
                return replay(())
            as_of = last
        epoch = self._epoch(as_of)
        i = bisect.bisect_right(epoch.snapshot_days, as_of) - 1
        snap = epoch.snapshots[i] if i >= 0 else empty_snapshot()
        return assemble(snap, epoch.changes, snap.position, as_of, epoch.anomalies)

    @property
    def epochs(self) -> tuple[tuple[date | None, Epoch], ...]:
        """Each correction epoch with the day it starts (``None`` for the first)."""
        return tuple(zip([None, *self._epoch_days], self._epochs, strict=True))

    def deadline_book(self, as_of: date) -> tuple[Deadline, ...]:
        """Every deadline started by ``as_of``, each as it stands then (see
        :func:`replayed_deadline_book`, which it equals)."""
        return deadline_book(self._epoch(as_of).changes, as_of)

    def check(self, days: Iterable[date]) -> list[date]:
        """The days on which the index disagrees with a fresh replay (none, if it is sound)."""
        return [d for d in days if self.posture(d) != replay(self.events, as_of=d)]


def replayed_deadline_book(
    events: Iterable[DocketEvent],
    as_of: date,
    known_on: date | None = None,
    known_dates: Mapping[str, date] | None = None,
) -> tuple[Deadline, ...]:
    """Every deadline started by ``as_of`` (as known on ``known_on``), each as it stands on
    ``as_of``, by a fresh replay: the running deadlines the posture lists, and those since
    met, mooted or elapsed, which a calendar must still show (as cancelled, or past)."""
    fold = Fold(events, horizon=as_of, known_on=known_on, known_dates=known_dates)
    fold.run_until(as_of)
    return tuple(freeze.deadline_state(d) for d in fold.world.book.all)


def _day_before(day: date | None) -> date | None:
    return None if day is None else date.fromordinal(day.toordinal() - 1)
