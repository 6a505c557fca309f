"""The in-memory event store: the same contract as the databases, for tests and scratch work.

Nothing it holds outlives the process. It keeps the contract in Python: entries are
immutable values in lists only this class appends to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from docket.events import DocketEvent
from docket.store._base import Closing
from docket.store._batch import Stored, link, new_entries, seal
from docket.store.chain import GENESIS, ChainRow, check_chains, stamp
from docket.store.errors import ConcurrencyConflict
from docket.store.records import AppendResult, CaseSummary, StoredEvent, Verification

__all__ = ["MemoryStore"]


class MemoryStore(Closing):
    """An event store held in this process's memory. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._streams: dict[str, list[StoredEvent]] = {}
        self._by_id: dict[str, StoredEvent] = {}
        self._global = 0
        self._snapshots: dict[str, tuple[str, bytes]] = {}
        self._marks: dict[tuple[str, str], tuple[int, str]] = {}

    def append(
        self, case: str, events: Iterable[DocketEvent], expected_version: int | None = None
    ) -> AppendResult:
        """See :meth:`docket.store.EventStore.append`."""
        sealed, repeats = seal(case, events)
        with self._lock:
            stored = {
                s.event.id: Stored(old.case, old.position, old.event_hash)
                for s in sealed
                if (old := self._by_id.get(s.event.id)) is not None
            }
            fresh = new_entries(sealed, stored, lambda eid: self._by_id[eid].payload)
            stream = self._streams.get(case, [])
            version = len(stream)
            duplicates = repeats + len(sealed) - len(fresh)
            if not fresh:
                return AppendResult(case, version, (), duplicates)
            if expected_version is not None and expected_version != version:
                raise ConcurrencyConflict(case, expected_version, version)
            head = stream[-1].hash if stream else GENESIS
            recorded_at = datetime.now(UTC)
            rows = link(case, fresh, version, head, stamp(recorded_at))
            appended = tuple(
                StoredEvent(
                    case=case,
                    position=row[1],
                    global_position=self._global + i,
                    event_id=row[2],
                    recorded_at=recorded_at,
                    payload=row[5],
                    event_hash=row[6],
                    prev_hash=row[7],
                    hash=row[8],
                    parsed=s.event,
                )
                for i, (row, s) in enumerate(zip(rows, fresh, strict=True), start=1)
            )
            self._global += len(appended)
            self._streams.setdefault(case, []).extend(appended)
            self._by_id.update((e.event_id, e) for e in appended)
            return AppendResult(case, version + len(appended), appended, duplicates)

    def load(self, case: str, after: int = 0) -> tuple[StoredEvent, ...]:
        """See :meth:`docket.store.EventStore.load`."""
        with self._lock:
            return tuple(self._streams.get(case, ())[max(after, 0) :])

    def version(self, case: str) -> int:
        """See :meth:`docket.store.EventStore.version`."""
        with self._lock:
            return len(self._streams.get(case, ()))

    def head(self, case: str) -> tuple[int, str]:
        """See :meth:`docket.store.EventStore.head`."""
        with self._lock:
            stream = self._streams.get(case, [])
            return len(stream), stream[-1].hash if stream else GENESIS

    def save_snapshot(self, case: str, source: str, data: bytes) -> None:
        """See :meth:`docket.store.EventStore.save_snapshot`."""
        with self._lock:
            self._snapshots[case] = (source, bytes(data))

    def load_snapshot(self, case: str, source: str) -> bytes | None:
        """See :meth:`docket.store.EventStore.load_snapshot`."""
        with self._lock:
            kept = self._snapshots.get(case)
        return kept[1] if kept is not None and kept[0] == source else None

    def save_mark(self, case: str, channel: str, version: int, head: str) -> None:
        """See :meth:`docket.store.EventStore.save_mark`."""
        with self._lock:
            self._marks[case, channel] = (version, head)

    def load_mark(self, case: str, channel: str) -> tuple[int, str] | None:
        """See :meth:`docket.store.EventStore.load_mark`."""
        with self._lock:
            return self._marks.get((case, channel))

    def cases(self) -> tuple[CaseSummary, ...]:
        """See :meth:`docket.store.EventStore.cases`."""
        with self._lock:
            return tuple(
                CaseSummary(case, len(stream), stream[-1].recorded_at)
                for case, stream in sorted(self._streams.items())
            )

    def verify(self, case: str | None = None) -> Verification:
        """See :meth:`docket.store.EventStore.verify`."""
        with self._lock:
            names = sorted(self._streams) if case is None else [case]
            streams = [list(self._streams.get(name, ())) for name in names]
        return check_chains(_rows(streams))


def _rows(streams: list[list[StoredEvent]]) -> Iterator[ChainRow]:
    for stream in streams:
        for e in stream:
            yield ChainRow(
                e.case,
                e.position,
                e.event_id,
                stamp(e.recorded_at),
                e.payload,
                e.event_hash,
                e.prev_hash,
                e.hash,
            )
