"""The PostgreSQL store's schema and its migrations, each recorded in ``schema_version``.

Everything lives in one PostgreSQL schema (``docket`` unless the URL names another), so
several stores can share a database. Opening migrates under an advisory lock, so many
writers may open an old store at once; a store newer than this release is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from psycopg import Connection, sql
from psycopg.rows import TupleRow

from docket.store.chain import GENESIS, chain_hash, event_hash, stamp
from docket.store.errors import SchemaTooNew, StoreNotFound

__all__ = ["LATEST", "migrate"]

_Step = Callable[[Connection[TupleRow], sql.Identifier], None]


def _run(conn: Connection[TupleRow], s: sql.Identifier, text: str) -> None:
    conn.execute(sql.SQL(text).format(s=s))


def _v1(conn: Connection[TupleRow], s: sql.Identifier) -> None:
    """Streams, positions and append-only guards."""
    _run(
        conn,
        s,
        """CREATE TABLE {s}.events (
            global_position bigint GENERATED ALWAYS AS IDENTITY,
            case_id text NOT NULL,
            position bigint NOT NULL CHECK (position >= 1),
            event_id text NOT NULL,
            event_type text NOT NULL,
            recorded_at timestamptz NOT NULL,
            payload text NOT NULL,
            CONSTRAINT events_stream_position PRIMARY KEY (case_id, position),
            CONSTRAINT events_event_id UNIQUE (event_id),
            CONSTRAINT events_global_position UNIQUE (global_position)
        )""",
    )
    _run(
        conn,
        s,
        """CREATE FUNCTION {s}.refuse_edit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'docket events are append-only: % refused', TG_OP;
        END $$""",
    )
    for name, when in (
        ("events_no_update", "BEFORE UPDATE ON {s}.events FOR EACH ROW"),
        ("events_no_delete", "BEFORE DELETE ON {s}.events FOR EACH ROW"),
        ("events_no_truncate", "BEFORE TRUNCATE ON {s}.events FOR EACH STATEMENT"),
    ):
        _run(conn, s, f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {{s}}.refuse_edit()")


def _v2(conn: Connection[TupleRow], s: sql.Identifier) -> None:
    """The hash chain: every entry's event hash, previous hash and chain hash, backfilled."""
    for column in ("event_hash", "prev_hash", "hash"):
        _run(conn, s, f"ALTER TABLE {{s}}.events ADD COLUMN {column} text NOT NULL DEFAULT ''")
    # The one sanctioned edit: filling in the hashes of entries stored before the chain.
    _run(conn, s, "ALTER TABLE {s}.events DISABLE TRIGGER events_no_update")
    rows = conn.execute(
        sql.SQL(
            "SELECT global_position, case_id, position, event_id, recorded_at, payload"
            " FROM {s}.events ORDER BY case_id, position"
        ).format(s=s)
    ).fetchall()
    updates: list[tuple[str, str, str, int]] = []
    case, prev = None, GENESIS
    for gpos, row_case, position, eid, recorded_at, payload in rows:
        if row_case != case:
            case, prev = row_case, GENESIS
        digest = event_hash(str(payload))
        link = chain_hash(prev, digest, str(row_case), int(position), str(eid), stamp(recorded_at))
        updates.append((digest, prev, link, int(gpos)))
        prev = link
    with conn.cursor() as cur:
        cur.executemany(
            sql.SQL(
                "UPDATE {s}.events SET event_hash = %s, prev_hash = %s, hash = %s"
                " WHERE global_position = %s"
            ).format(s=s),
            updates,
        )
    _run(conn, s, "ALTER TABLE {s}.events ENABLE TRIGGER events_no_update")
    for column in ("event_hash", "prev_hash", "hash"):
        _run(conn, s, f"ALTER TABLE {{s}}.events ALTER COLUMN {column} DROP DEFAULT")


def _v3(conn: Connection[TupleRow], s: sql.Identifier) -> None:
    """Posture snapshots: one kept index per case, derived data beside the events."""
    _run(
        conn,
        s,
        """CREATE TABLE {s}.snapshots (
            case_id text PRIMARY KEY,
            source text NOT NULL,
            saved_at timestamptz NOT NULL DEFAULT now(),
            data bytea NOT NULL
        )""",
    )


def _v4(conn: Connection[TupleRow], s: sql.Identifier) -> None:
    """The migration record is append-only too, like the entries.

    The entries need nothing new: an UPSERT's ``ON CONFLICT DO UPDATE`` and a ``MERGE``
    that updates or deletes fire the row triggers of v1, and ``ON CONFLICT DO NOTHING``
    changes nothing.
    """
    _run(
        conn,
        s,
        """CREATE FUNCTION {s}.refuse_version_edit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'docket schema versions are append-only: % refused', TG_OP;
        END $$""",
    )
    for name, when in (
        ("schema_version_no_update", "BEFORE UPDATE ON {s}.schema_version FOR EACH ROW"),
        ("schema_version_no_delete", "BEFORE DELETE ON {s}.schema_version FOR EACH ROW"),
        ("schema_version_no_truncate", "BEFORE TRUNCATE ON {s}.schema_version FOR EACH STATEMENT"),
    ):
        _run(conn, s, f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {{s}}.refuse_version_edit()")


def _v5(conn: Connection[TupleRow], s: sql.Identifier) -> None:
    """Watch marks: per case and destination, the last entry a watcher notified."""
    _run(
        conn,
        s,
        """CREATE TABLE {s}.marks (
            case_id text NOT NULL,
            channel text NOT NULL,
            version bigint NOT NULL,
            head text NOT NULL,
            saved_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (case_id, channel)
        )""",
    )


_MIGRATIONS: tuple[tuple[str, _Step], ...] = (
    ("events: one stream per case, append-only guards", _v1),
    ("hash chain: event hash, previous hash, chain hash", _v2),
    ("posture snapshots beside the events", _v3),
    ("no insert overwrites an entry (REPLACE, UPSERT); schema versions append-only", _v4),
    ("watch marks: the last entry notified, per case and destination", _v5),
)

#: The schema version this release writes.
LATEST = len(_MIGRATIONS)


def _version(conn: Connection[TupleRow], schema: str) -> int | None:
    found = conn.execute(
        "SELECT to_regclass(format('%%I.schema_version', %s::text))", (schema,)
    ).fetchone()
    if found is None or found[0] is None:
        return None
    s = sql.Identifier(schema)
    row = conn.execute(
        sql.SQL("SELECT coalesce(max(version), 0) FROM {s}.schema_version").format(s=s)
    ).fetchone()
    version = int(row[0]) if row else 0
    if version > LATEST:
        raise SchemaTooNew(version, LATEST)
    return version


def migrate(conn: Connection[TupleRow], schema: str, where: str, *, create: bool) -> int:
    """Bring the store in ``schema`` to :data:`LATEST`, in one transaction.

    Returns:
        The schema version the store had when opened (0 for a new store).

    Raises:
        StoreNotFound: No store is in ``schema`` and ``create`` is false.
        SchemaTooNew: A newer release made the store.
    """
    opened = _version(conn, schema)
    if opened is None and not create:
        raise StoreNotFound(f"no docket store in schema {schema!r} of {where}")
    if opened == LATEST:
        return opened
    s = sql.Identifier(schema)
    with conn.transaction():
        conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('docket migrate ' || %s::text, 0))",
            (schema,),
        )
        _run(conn, s, "CREATE SCHEMA IF NOT EXISTS {s}")
        found = _version(conn, schema)  # another writer may have migrated meanwhile
        if found is None:
            _run(
                conn,
                s,
                "CREATE TABLE {s}.schema_version (version integer PRIMARY KEY,"
                " description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            )
            found = 0
        for number, (description, step) in enumerate(_MIGRATIONS[found:], start=found + 1):
            step(conn, s)
            conn.execute(
                sql.SQL(
                    "INSERT INTO {s}.schema_version (version, description) VALUES (%s, %s)"
                ).format(s=s),
                (number, description),
            )
    return opened or 0
