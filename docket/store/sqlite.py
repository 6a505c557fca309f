"""The SQLite event store: the default, one file, many readers and one writer at a time.

WAL mode lets readers run while a writer appends; ``BEGIN IMMEDIATE`` takes the write lock
before reading the case's head, so writers queue (up to a busy timeout) rather than race.
Commits are durable (``synchronous=FULL``). The database itself refuses UPDATE and DELETE
on stored entries (triggers), keeps one entry per (case, position) and per event id, and
refuses any INSERT that would overwrite a stored entry (``INSERT OR REPLACE``, ``REPLACE``,
an UPSERT), whatever program connects.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from docket.events import DocketEvent
from docket.store._base import Closing
from docket.store._batch import Stored, link, new_entries, seal
from docket.store._sqlite_schema import migrate
from docket.store.chain import GENESIS, ChainRow, check_chains, stamp
from docket.store.errors import (
    ConcurrencyConflict,
    StoreError,
    StoreNotFound,
    StoreUnavailable,
)
from docket.store.records import AppendResult, CaseSummary, StoredEvent, Verification

__all__ = ["SQLiteStore"]

_INSERT = (
    "INSERT INTO events (case_id, position, event_id, event_type, recorded_at, payload,"
    " event_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_STORED = (
    "SELECT event_id, case_id, position, event_hash FROM events"
    " WHERE event_id IN (SELECT value FROM json_each(?))"
)
_HEAD = "SELECT position, hash FROM events WHERE case_id = ? ORDER BY position DESC LIMIT 1"
_LOAD = (
    "SELECT case_id, position, global_position, event_id, recorded_at, payload, event_hash,"
    " prev_hash, hash FROM events WHERE case_id = ? AND position > ? ORDER BY position"
)
_CHAIN = (
    "SELECT case_id, position, event_id, recorded_at, payload, event_hash, prev_hash, hash"
    " FROM events"
)


class SQLiteStore(Closing):
    """An event store in one SQLite file.

    Args:
        path: The database file (``":memory:"`` for a private in-memory database).
        create: Create the store if there is none; when false, a missing store is an error.
        timeout: Seconds a writer waits for another writer's lock before giving up.

    Raises:
        StoreNotFound: No store at ``path`` and ``create`` is false.
        SchemaTooNew: A newer release of docket made the store.
        StoreUnavailable: The file cannot be opened as a SQLite database.
    """

    def __init__(self, path: str | Path, *, create: bool = True, timeout: float = 30.0) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreNotFound(f"no docket store at {self.path}")
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as e:
            raise StoreUnavailable(f"{self.path}: {e}") from e
        try:
            with self._translated():
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = FULL")
                migrate(self._conn, self.path, create=create)
        except BaseException:
            self._conn.close()
            raise

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError as e:
            raise StoreError(f"{self.path}: the database refused the write: {e}") from e
        except sqlite3.Error as e:
            raise StoreUnavailable(f"{self.path}: {e}") from e

    def append(
        self, case: str, events: Iterable[DocketEvent], expected_version: int | None = None
    ) -> AppendResult:
        """See :meth:`docket.store.EventStore.append`."""
        sealed, repeats = seal(case, events)
        with self._lock, self._translated():
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                ids = json.dumps([s.event.id for s in sealed])
                stored = {eid: Stored(c, p, h) for eid, c, p, h in conn.execute(_STORED, (ids,))}
                fresh = new_entries(sealed, stored, self._payload)
                head = conn.execute(_HEAD, (case,)).fetchone()
                version, prev = (head[0], head[1]) if head else (0, GENESIS)
                duplicates = repeats + len(sealed) - len(fresh)
                if not fresh:
                    conn.execute("ROLLBACK")
                    return AppendResult(case, version, (), duplicates)
                if expected_version is not None and expected_version != version:
                    raise ConcurrencyConflict(case, expected_version, version)
                rows = link(case, fresh, version, prev, stamp(datetime.now(UTC)))
                conn.executemany(_INSERT, rows)
                (last,) = conn.execute(
                    "SELECT seq FROM sqlite_sequence WHERE name = 'events'"
                ).fetchone()
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        first = last - len(rows) + 1
        appended = tuple(
            StoredEvent(case, r[1], first + i, r[2], r[4], r[5], r[6], r[7], r[8], s.event)
            for i, (r, s) in enumerate(zip(rows, fresh, strict=True))
        )
        return AppendResult(case, version + len(rows), appended, duplicates)

    def _payload(self, event_id: str) -> str:
        (payload,) = self._conn.execute(
            "SELECT payload FROM events WHERE event_id = ?", (event_id,)
        ).fetchone()
        return str(payload)

    def load(self, case: str, after: int = 0) -> tuple[StoredEvent, ...]:
        """See :meth:`docket.store.EventStore.load`."""
        with self._lock, self._translated():
            rows = self._conn.execute(_LOAD, (case, after)).fetchall()
        return tuple(map(StoredEvent.from_row, rows))

    def version(self, case: str) -> int:
        """See :meth:`docket.store.EventStore.version`."""
        with self._lock, self._translated():
            head = self._conn.execute(_HEAD, (case,)).fetchone()
        return int(head[0]) if head else 0

    def head(self, case: str) -> tuple[int, str]:
        """See :meth:`docket.store.EventStore.head`."""
        with self._lock, self._translated():
            head = self._conn.execute(_HEAD, (case,)).fetchone()
        return (int(head[0]), str(head[1])) if head else (0, GENESIS)

    def save_snapshot(self, case: str, source: str, data: bytes) -> None:
        """See :meth:`docket.store.EventStore.save_snapshot`."""
        with self._lock, self._translated():
            self._conn.execute(
                "INSERT INTO snapshots (case_id, source, saved_at, data) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (case_id) DO UPDATE SET source = excluded.source,"
                " saved_at = excluded.saved_at, data = excluded.data",
                (case, source, stamp(datetime.now(UTC)), data),
            )

    def load_snapshot(self, case: str, source: str) -> bytes | None:
        """See :meth:`docket.store.EventStore.load_snapshot`."""
        with self._lock, self._translated():
            row = self._conn.execute(
                "SELECT data FROM snapshots WHERE case_id = ? AND source = ?", (case, source)
            ).fetchone()
        return bytes(row[0]) if row else None

    def save_mark(self, case: str, channel: str, version: int, head: str) -> None:
        """See :meth:`docket.store.EventStore.save_mark`."""
        with self._lock, self._translated():
            self._conn.execute(
                "INSERT INTO marks (case_id, channel, version, head, saved_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, channel) DO UPDATE SET"
                " version = excluded.version, head = excluded.head, saved_at = excluded.saved_at",
                (case, channel, version, head, stamp(datetime.now(UTC))),
            )

    def load_mark(self, case: str, channel: str) -> tuple[int, str] | None:
        """See :meth:`docket.store.EventStore.load_mark`."""
        with self._lock, self._translated():
            row = self._conn.execute(
                "SELECT version, head FROM marks WHERE case_id = ? AND channel = ?",
                (case, channel),
            ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def cases(self) -> tuple[CaseSummary, ...]:
        """See :meth:`docket.store.EventStore.cases`."""
        with self._lock, self._translated():
            rows = self._conn.execute(
                "SELECT case_id, max(position), recorded_at FROM events"
                " GROUP BY case_id ORDER BY case_id"
            ).fetchall()
        # Code point order, whatever the database's collation.
        summaries = (CaseSummary(c, n, datetime.fromisoformat(at)) for c, n, at in rows)
        return tuple(sorted(summaries, key=lambda c: c.case))

    def verify(self, case: str | None = None) -> Verification:
        """See :meth:`docket.store.EventStore.verify`."""
        with self._lock, self._translated():
            if case is None:
                cursor = self._conn.execute(_CHAIN + " ORDER BY case_id, position")
            else:
                cursor = self._conn.execute(
                    _CHAIN + " WHERE case_id = ? ORDER BY position", (case,)
                )
            return check_chains(ChainRow._make(row) for row in cursor)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()
