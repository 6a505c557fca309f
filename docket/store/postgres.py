"""The PostgreSQL event store: for a firm or a court, many writers at once.

Writers do not lock the table or the case. Each reads the case's head, chains its batch
onto it and inserts it in one transaction; the primary key on (case, position) lets one
writer win each position, and a loser finds out on commit: it rereads, and either raises
:class:`ConcurrencyConflict` (an expected version was given) or chains onto the new head.
Large batches go in with COPY. Triggers refuse UPDATE, DELETE and TRUNCATE of entries (an
UPSERT's ``DO UPDATE`` and a ``MERGE`` that updates or deletes fire them too).

Global positions come from an identity sequence: unique and increasing in each case, but
across cases a reader may see a higher global position commit before a lower one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from docket.events import DocketEvent
from docket.store._base import Closing
from docket.store._batch import Row, Sealed, Stored, link, new_entries, seal
from docket.store._postgres_schema import migrate
from docket.store.chain import GENESIS, ChainRow, check_chains, stamp
from docket.store.errors import ConcurrencyConflict, StoreError, StoreUnavailable
from docket.store.records import AppendResult, CaseSummary, StoredEvent, Verification

__all__ = ["PostgresStore"]

#: Batches at least this long are written with COPY; shorter ones with INSERT.
COPY_FROM = 64
#: How many times an append without an expected version retries after losing a race.
_ATTEMPTS = 100
_COLUMNS = (
    "case_id, position, event_id, event_type, recorded_at, payload, event_hash, prev_hash, hash"
)
_QUERIES = {
    "stored": "SELECT event_id, case_id, position, event_hash FROM {s}.events"
    " WHERE event_id = ANY(%s)",
    "payload": "SELECT payload FROM {s}.events WHERE event_id = %s",
    "head": "SELECT clock_timestamp(), h.position, h.hash FROM (SELECT 1) AS one"
    " LEFT JOIN LATERAL (SELECT position, hash FROM {s}.events WHERE case_id = %s"
    " ORDER BY position DESC LIMIT 1) AS h ON true",
    "version": "SELECT coalesce(max(position), 0) FROM {s}.events WHERE case_id = %s",
    "save_snapshot": "INSERT INTO {s}.snapshots (case_id, source, data) VALUES (%s, %s, %s)"
    " ON CONFLICT (case_id) DO UPDATE SET source = excluded.source, saved_at = now(),"
    " data = excluded.data",
    "load_snapshot": "SELECT data FROM {s}.snapshots WHERE case_id = %s AND source = %s",
    "save_mark": "INSERT INTO {s}.marks (case_id, channel, version, head) VALUES (%s, %s, %s, %s)"
    " ON CONFLICT (case_id, channel) DO UPDATE SET version = excluded.version,"
    " head = excluded.head, saved_at = now()",
    "load_mark": "SELECT version, head FROM {s}.marks WHERE case_id = %s AND channel = %s",
    "insert": f"INSERT INTO {{s}}.events ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
    " RETURNING global_position",
    "copy": f"COPY {{s}}.events ({_COLUMNS}) FROM STDIN",
    "positions": "SELECT global_position FROM {s}.events WHERE case_id = %s AND position > %s"
    " ORDER BY position",
    "load": "SELECT case_id, position, global_position, event_id, recorded_at, payload, event_hash,"
    " prev_hash, hash FROM {s}.events WHERE case_id = %s AND position > %s ORDER BY position",
    "cases": "SELECT DISTINCT ON (case_id) case_id, position, recorded_at FROM {s}.events"
    " ORDER BY case_id, position DESC",
    "chain": "SELECT case_id, position, event_id, recorded_at, payload, event_hash, prev_hash,"
    " hash FROM {s}.events",
}
#: Errors that mean another writer got there first: reread and try again.
_RACES = (psycopg.errors.UniqueViolation, psycopg.errors.DeadlockDetected)


class _Lost(Exception):
    """This writer lost a race for a position or an event id; its transaction rolled back."""


def describe_url(url: str) -> str:
    """A PostgreSQL URL as it may be shown: host, port and database, never a password."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return "PostgreSQL (unparseable URL)"
    return f"postgresql://{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"


class PostgresStore(Closing):
    """An event store in a PostgreSQL schema.

    Args:
        url: A libpq URL, ``postgresql://user@host:port/database``.
        schema: The PostgreSQL schema holding the store's tables (created if missing).
        create: Create the store if there is none; when false, a missing store is an error.

    Raises:
        StoreNotFound: No store in ``schema`` and ``create`` is false.
        SchemaTooNew: A newer release of docket made the store.
        StoreUnavailable: The server cannot be reached or refuses the connection.
    """

    def __init__(self, url: str, *, schema: str = "docket", create: bool = True) -> None:
        self.where = describe_url(url)
        self.schema = schema
        self._lock = threading.RLock()
        extra: dict[str, Any] = {} if "connect_timeout" in url else {"connect_timeout": 10}
        try:
            self._conn = psycopg.connect(url, autocommit=True, **extra)
        except psycopg.Error as e:
            raise StoreUnavailable(f"{self.where}: {_first_line(e)}") from e
        try:
            with self._translated():
                # Plan each statement for the table as it is now: a plan cached while the
                # table was empty would scan it whole for ever after.
                self._conn.execute("SET plan_cache_mode = force_custom_plan")
                migrate(self._conn, schema, self.where, create=create)
        except BaseException:
            self._conn.close()
            raise
        s = sql.Identifier(schema)
        self._q = {k: sql.SQL(v).format(s=s).as_string(self._conn) for k, v in _QUERIES.items()}

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except psycopg.errors.IntegrityError as e:
            raise StoreError(
                f"{self.where}: the database refused the write: {_first_line(e)}"
            ) from e
        except psycopg.Error as e:
            raise StoreUnavailable(f"{self.where}: {_first_line(e)}") from e

    def append(
        self, case: str, events: Iterable[DocketEvent], expected_version: int | None = None
    ) -> AppendResult:
        """See :meth:`docket.store.EventStore.append`."""
        sealed, repeats = seal(case, events)
        with self._lock, self._translated():
            for _ in range(_ATTEMPTS):
                try:
                    return self._attempt(case, sealed, repeats, expected_version)
                except _Lost:
                    continue
        version = self.version(case)
        raise ConcurrencyConflict(
            case, version if expected_version is None else expected_version, version
        )

    def _attempt(
        self, case: str, sealed: list[Sealed], repeats: int, expected_version: int | None
    ) -> AppendResult:
        conn = self._conn
        try:
            with conn.transaction(), conn.cursor() as cur:
                ids = [s.event.id for s in sealed]
                stored = {
                    eid: Stored(c, p, h)
                    for eid, c, p, h in cur.execute(self._q["stored"], (ids,)).fetchall()
                }
                fresh = new_entries(sealed, stored, self._payload)
                head = cur.execute(self._q["head"], (case,)).fetchone()
                assert head is not None
                now, version, prev = head[0], head[1] or 0, head[2] or GENESIS
                duplicates = repeats + len(sealed) - len(fresh)
                if not fresh:
                    return AppendResult(case, version, (), duplicates)
                if expected_version is not None and expected_version != version:
                    raise ConcurrencyConflict(case, expected_version, version)
                rows = link(case, fresh, version, prev, stamp(now))
                positions = self._insert(cur, case, version, rows)
        except _RACES as e:
            raise _Lost from e
        appended = tuple(
            StoredEvent(case, r[1], g, r[2], now, r[5], r[6], r[7], r[8], s.event)
            for r, g, s in zip(rows, positions, fresh, strict=True)
        )
        return AppendResult(case, version + len(rows), appended, duplicates)

    def _insert(
        self, cur: psycopg.Cursor[Any], case: str, version: int, rows: list[Row]
    ) -> list[int]:
        if len(rows) < COPY_FROM:
            cur.executemany(self._q["insert"], rows, returning=True)
            positions: list[int] = []
            while True:
                positions.append(cur.fetchone()[0])  # type: ignore[index]
                if not cur.nextset():
                    return positions
        with cur.copy(self._q["copy"]) as copy:
            copy.write(_copy_text(rows).encode("utf-8"))
        return [g for (g,) in cur.execute(self._q["positions"], (case, version)).fetchall()]

    def _payload(self, event_id: str) -> str:
        row = self._conn.execute(self._q["payload"], (event_id,)).fetchone()
        assert row is not None
        return str(row[0])

    def load(self, case: str, after: int = 0) -> tuple[StoredEvent, ...]:
        """See :meth:`docket.store.EventStore.load`."""
        with self._lock, self._translated():
            rows = self._conn.execute(self._q["load"], (case, after)).fetchall()
        return tuple(map(StoredEvent.from_row, rows))

    def version(self, case: str) -> int:
        """See :meth:`docket.store.EventStore.version`."""
        with self._lock, self._translated():
            row = self._conn.execute(self._q["version"], (case,)).fetchone()
        return int(row[0]) if row else 0

    def head(self, case: str) -> tuple[int, str]:
        """See :meth:`docket.store.EventStore.head`."""
        with self._lock, self._translated():
            row = self._conn.execute(self._q["head"], (case,)).fetchone()
        assert row is not None
        return (int(row[1]), str(row[2])) if row[1] is not None else (0, GENESIS)

    def save_snapshot(self, case: str, source: str, data: bytes) -> None:
        """See :meth:`docket.store.EventStore.save_snapshot`."""
        with self._lock, self._translated():
            self._conn.execute(self._q["save_snapshot"], (case, source, data))

    def load_snapshot(self, case: str, source: str) -> bytes | None:
        """See :meth:`docket.store.EventStore.load_snapshot`."""
        with self._lock, self._translated():
            row = self._conn.execute(self._q["load_snapshot"], (case, source)).fetchone()
        return bytes(row[0]) if row else None

    def save_mark(self, case: str, channel: str, version: int, head: str) -> None:
        """See :meth:`docket.store.EventStore.save_mark`."""
        with self._lock, self._translated():
            self._conn.execute(self._q["save_mark"], (case, channel, version, head))

    def load_mark(self, case: str, channel: str) -> tuple[int, str] | None:
        """See :meth:`docket.store.EventStore.load_mark`."""
        with self._lock, self._translated():
            row = self._conn.execute(self._q["load_mark"], (case, channel)).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def cases(self) -> tuple[CaseSummary, ...]:
        """See :meth:`docket.store.EventStore.cases`."""
        with self._lock, self._translated():
            rows = self._conn.execute(self._q["cases"]).fetchall()
        # Code point order, whatever the database's collation.
        return tuple(sorted((CaseSummary(c, n, at) for c, n, at in rows), key=lambda c: c.case))

    def verify(self, case: str | None = None) -> Verification:
        """See :meth:`docket.store.EventStore.verify`."""
        query = self._q["chain"]
        params: tuple[str, ...] = ()
        if case is None:
            query += " ORDER BY case_id, position"
        else:
            query += " WHERE case_id = %s ORDER BY position"
            params = (case,)
        with (
            self._lock,
            self._translated(),
            self._conn.transaction(),
            self._conn.cursor(name="docket_verify") as cur,
        ):
            cur.itersize = 10_000
            cur.execute(query, params)
            return check_chains(
                ChainRow(c, p, e, stamp(at), pl, eh, ph, h) for c, p, e, at, pl, eh, ph, h in cur
            )

    def close(self) -> None:
        """Close the connection to the server."""
        with self._lock:
            self._conn.close()


def _escape(text: str) -> str:
    """A value in COPY's text format: backslash, newline, return and tab escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _copy_text(rows: list[Row]) -> str:
    """Rows as COPY text: one line each, tab between columns (NULs are refused earlier)."""
    return "".join(
        f"{_escape(c)}\t{p}\t{_escape(e)}\t{t}\t{at}\t{_escape(js)}\t{h}\t{prev}\t{link_}\n"
        for c, p, e, t, at, js, h, prev, link_ in rows
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
