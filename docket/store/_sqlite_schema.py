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


#: Each key a stored entry holds, and the trigger refusing a second entry under it.
_TAKEN = (
    ("events_no_replace_row", "global position", "global_position = NEW.global_position"),
    (
        "events_no_replace_position",
        "case and position",
        "case_id = NEW.case_id AND position = NEW.position",
    ),
    ("events_no_replace_id", "event id", "event_id = NEW.event_id"),
)


def _v4(conn: sqlite3.Connection) -> None:
    """No entry is overwritten by an insert, and the migration record is append-only too.

    ``INSERT OR REPLACE`` and ``REPLACE INTO`` resolve a clash with a stored entry by
    deleting the entry, and SQLite fires no DELETE trigger for that deletion (unless the
    connection turned on ``recursive_triggers``, which a writer bent on rewriting will not).
    So an insert is refused before it starts when a stored entry already holds its global
    position, its case and position, or its event id: whatever conflict clause the statement
    carries (REPLACE, IGNORE, an UPSERT's DO UPDATE or DO NOTHING), the stored entry stays.
    """
    for name, key, clash in _TAKEN:
        conn.execute(
            f"CREATE TRIGGER {name} BEFORE INSERT ON events"
            f" WHEN EXISTS (SELECT 1 FROM events WHERE {clash})"
            " BEGIN SELECT RAISE(ABORT, 'docket events are append-only:"
            f" INSERT over a stored entry refused (duplicate {key})'); END"
        )
    for event in ("UPDATE", "DELETE"):
        conn.execute(
            f"CREATE TRIGGER schema_version_no_{event.lower()} BEFORE {event} ON schema_version"
            " BEGIN SELECT RAISE(ABORT, 'docket schema versions are append-only:"
            f" {event} refused'); END"
        )
    conn.execute(
        "CREATE TRIGGER schema_version_no_replace BEFORE INSERT ON schema_version"
        " WHEN EXISTS (SELECT 1 FROM schema_version WHERE version = NEW.version)"
        " BEGIN SELECT RAISE(ABORT, 'docket schema versions are append-only:"
        " INSERT over a recorded version refused (duplicate version)'); END"
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Watch marks: per case and destination, the last entry a watcher notified."""
    conn.execute(
        """CREATE TABLE marks (
            case_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            version INTEGER NOT NULL,
            head TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (case_id, channel)
        )"""
    )


_MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("events: one stream per case, append-only guards", _v1),
    ("hash chain: event hash, previous hash, chain hash", _v2),
    ("posture snapshots beside the events", _v3),
    ("no insert overwrites an entry (REPLACE, UPSERT); schema versions append-only", _v4),
    ("watch marks: the last entry notified, per case and destination", _v5),
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
