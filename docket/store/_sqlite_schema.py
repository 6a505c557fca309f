"""The SQLite store's schema and its migrations, each recorded in ``schema_version``.

A store made by an older release opens in a newer one: opening applies, in one
transaction, every migration the store has not had. A store newer than this release is
refused. Version 1 is the first release's shape; a new store is built by the same
migrations an old one goes through.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from docket.store.chain import GENESIS, chain_hash, event_hash, stamp
from docket.store.errors import SchemaTooNew, StoreError, StoreNotFound

__all__ = ["LATEST", "migrate"]

_REFUSE_UPDATE = """
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'docket events are append-only: UPDATE refused'); END"""

_REFUSE_DELETE = """
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'docket events are append-only: DELETE refused'); END"""


def _v1(conn: sqlite3.Connection) -> None:
    """Streams, positions and append-only guards."""
    conn.execute(
        """CREATE TABLE events (
            global_position INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL,
            position INTEGER NOT NULL CHECK (position >= 1),
            event_id TEXT NOT NULL UNIQUE,
            event_type TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            payload TEXT NOT NULL,
            UNIQUE (case_id, position)
        )"""
    )
    conn.execute(_REFUSE_UPDATE)
    conn.execute(_REFUSE_DELETE)


def _v2(conn: sqlite3.Connection) -> None:
    """The hash chain: every entry's event hash, previous hash and chain hash, backfilled."""
    for column in ("event_hash", "prev_hash", "hash"):
        conn.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP TRIGGER events_no_update")  # the one sanctioned edit: filling in hashes
    updates: list[tuple[str, str, str, int]] = []
    case, prev = None, GENESIS
    for gpos, row_case, position, eid, recorded_at, payload in conn.execute(
        "SELECT global_position, case_id, position, event_id, recorded_at, payload"
        " FROM events ORDER BY case_id, position"
    ):
        if row_case != case:
            case, prev = row_case, GENESIS
        digest = event_hash(payload)
        link = chain_hash(prev, digest, row_case, position, eid, recorded_at)
        updates.append((digest, prev, link, gpos))
        prev = link
    conn.executemany(
        "UPDATE events SET event_hash = ?, prev_hash = ?, hash = ? WHERE global_position = ?",
        updates,
    )
    conn.execute(_REFUSE_UPDATE)


def _v3(conn: sqlite3.Connection) -> None:
    """Posture snapshots: one kept index per case, derived data beside the events."""
    conn.execute(
        """CREATE TABLE snapshots (
            case_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            data BLOB NOT NULL
        )"""
    )


_MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("events: one stream per case, append-only guards", _v1),
    ("hash chain: event hash, previous hash, chain hash", _v2),
    ("posture snapshots beside the events", _v3),
)

#: The schema version this release writes.
LATEST = len(_MIGRATIONS)


def _version(conn: sqlite3.Connection, where: str, create: bool) -> int:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    if "schema_version" not in tables:
        if tables:
            raise StoreError(f"{where} is a SQLite database but not a docket store")
        if not create:
            raise StoreNotFound(f"no docket store at {where}")
        return 0
    (found,) = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    if found > LATEST:
        raise SchemaTooNew(found, LATEST)
    return int(found)


def migrate(conn: sqlite3.Connection, where: str, *, create: bool) -> int:
    """Bring the store at ``where`` to :data:`LATEST`, in one transaction.

    Returns:
        The schema version the store had when opened (0 for a new store).

    Raises:
        StoreNotFound: No store is there and ``create`` is false.
        SchemaTooNew: A newer release made the store.
        StoreError: The file is a SQLite database of something else.
    """
    opened = _version(conn, where, create)
    if opened == LATEST:
        return opened
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = _version(conn, where, create)  # another process may have migrated meanwhile
        if found == 0:
            conn.execute(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                " description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        for number, (description, step) in enumerate(_MIGRATIONS[found:], start=found + 1):
            step(conn)
            conn.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                (number, description, stamp(datetime.now(UTC))),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return opened
