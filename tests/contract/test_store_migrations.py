"""Schema migrations: a store made by an older release opens in this one, and stays sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest
from store_backends import Backend, pg_url

from docket.history import load_history
from docket.store import (
    IdempotencyConflict,
    SchemaTooNew,
    StoreError,
    StoreNotFound,
    open_store,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASE = "nmd-2:19-cv-00445"
REFUSED = (sqlite3.Error, psycopg.Error)


@pytest.fixture
def v1_store(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """A store exactly as release v1 left it (frozen SQL), in SQLite or PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "v1.db"
        conn = sqlite3.connect(path)
        conn.executescript((FIXTURES / "store_v1_sqlite.sql").read_text(encoding="utf-8"))
        conn.close()

        def raw(statement: str) -> Any:
            c = sqlite3.connect(path, isolation_level=None)
            try:
                return c.execute(statement).fetchall()
            finally:
                c.close()

        return Backend("sqlite", str(path), raw)
    schema, admin = request.getfixturevalue("pg_schema")
    script = (FIXTURES / "store_v1_postgres.sql").read_text(encoding="utf-8")
    admin.execute(script.replace("{schema}", f'"{schema}"'))

    def pg_raw(statement: str) -> Any:
        with admin.cursor() as cur:
            cur.execute(statement)
            return cur.fetchall() if cur.description else []

    return Backend("postgres", pg_url(schema), pg_raw, f'"{schema}".events')


def _schema_versions(backend: Backend) -> list[int]:
    assert backend.raw is not None
    table = backend.table.replace("events", "schema_version")
    return [v for (v,) in backend.raw(f"SELECT version FROM {table} ORDER BY version")]


@pytest.mark.parametrize("v1_store", ["sqlite", "postgres"], indirect=True)
def test_a_v1_store_opens_migrated_with_its_entries_whole_and_chained(v1_store: Backend) -> None:
    founding = load_history(FIXTURES / "lucero-v-clovis.jsonl")
    assert _schema_versions(v1_store) == [1]
    with open_store(v1_store.url) as store:
        assert _schema_versions(v1_store) == [1, 2, 3, 4, 5]
        loaded = store.load(CASE)
        assert [e.event for e in loaded] == list(founding)
        assert [e.recorded_at.isoformat() for e in loaded][3:5] == [
            "2025-06-01T09:15:00.250000+00:00",
            "2025-06-02T14:03:11.000001+00:00",
        ]
        assert store.verify().ok
        assert store.append(CASE, founding).duplicates == len(founding)
        new = founding[-1].model_copy(update={"id": f"{CASE}/45", "doc": 45})
        (appended,) = store.append(CASE, [new], expected_version=len(founding)).appended
        assert appended.prev_hash == loaded[-1].hash
        assert store.verify().ok


@pytest.mark.parametrize("v1_store", ["sqlite", "postgres"], indirect=True)
def test_migrating_keeps_the_database_refusing_edits(v1_store: Backend) -> None:
    assert v1_store.raw is not None
    with open_store(v1_store.url):
        pass
    with pytest.raises((sqlite3.Error, psycopg.Error), match="append-only: UPDATE refused"):
        v1_store.raw(f"UPDATE {v1_store.table} SET hash = 'x'")


def test_a_new_store_records_every_migration(sql_backend: Backend) -> None:
    with sql_backend.open():
        pass
    assert _schema_versions(sql_backend) == [1, 2, 3, 4, 5]
    with sql_backend.open():  # opening again migrates nothing
        pass
    assert _schema_versions(sql_backend) == [1, 2, 3, 4, 5]


def test_a_store_from_a_newer_release_is_refused_untouched(sql_backend: Backend) -> None:
    assert sql_backend.raw is not None
    with sql_backend.open():
        pass
    table = sql_backend.table.replace("events", "schema_version")
    sql_backend.raw(
        f"INSERT INTO {table} (version, description, applied_at)"
        " VALUES (99, 'from the future', '2099-01-01T00:00:00+00:00')"
    )
    with pytest.raises(SchemaTooNew, match="version 99 is newer than this release supports"):
        sql_backend.open()
    assert _schema_versions(sql_backend) == [1, 2, 3, 4, 5, 99]


def test_opening_a_missing_sqlite_store_without_create_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreNotFound, match="no docket store at"):
        open_store(str(path), create=False)
    assert not path.exists()


def test_opening_a_missing_postgres_store_without_create_creates_nothing(
    pg_schema: tuple[str, Any],
) -> None:
    schema, admin = pg_schema
    with pytest.raises(StoreNotFound, match="no docket store in schema"):
        open_store(pg_url(schema), create=False)
    found = admin.execute("SELECT to_regnamespace(%s)", (schema,)).fetchone()
    assert found == (None,)


def test_a_sqlite_database_of_something_else_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a docket store"):
        open_store(str(path))
    conn = sqlite3.connect(path)
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()
    assert names == ["invoices"]


@pytest.mark.parametrize("v1_store", ["sqlite", "postgres"], indirect=True)
def test_an_entry_an_older_release_wrote_in_other_json_is_still_a_repeat(
    v1_store: Backend,
) -> None:
    assert v1_store.raw is not None
    older = '{"type": "docket_entry", "filed": "2020-01-02", "case": "old", "id": "old/1"}'
    v1_store.raw(
        f"INSERT INTO {v1_store.table} (case_id, position, event_id, event_type, recorded_at,"
        f" payload) VALUES ('old', 1, 'old/1', 'docket_entry',"
        f" '2025-06-01T09:00:00.000000+00:00', '{older}')"
    )
    from docket.events import parse_event

    with open_store(v1_store.url) as store:
        assert store.verify("old").ok
        same = parse_event(older)
        assert store.append("old", [same]).duplicates == 1
        with pytest.raises(IdempotencyConflict):
            store.append("old", [same.model_copy(update={"text": "changed"})])
        assert store.load("old")[0].payload == older


def _rewind_to_v3(backend: Backend) -> None:
    """Take v4 and v5 back out of a store, leaving it as release v3 left it (as the owner
    could)."""
    assert backend.raw is not None
    versions = backend.table.replace("events", "schema_version")
    backend.raw(f"DROP TABLE {backend.table.replace('events', 'marks')}")
    if backend.name == "sqlite":
        for trigger in (
            "events_no_replace_row",
            "events_no_replace_position",
            "events_no_replace_id",
            "schema_version_no_update",
            "schema_version_no_delete",
            "schema_version_no_replace",
        ):
            backend.raw(f"DROP TRIGGER {trigger}")
    else:
        schema = backend.table.split(".")[0]
        backend.raw(f"DROP FUNCTION {schema}.refuse_version_edit() CASCADE")
    backend.raw(f"DELETE FROM {versions} WHERE version >= 4")


def test_a_v3_store_gets_the_v4_guards_when_opened(sql_backend: Backend) -> None:
    assert sql_backend.raw is not None
    with sql_backend.open() as store:
        store.append(CASE, load_history(FIXTURES / "lucero-v-clovis.jsonl"))
    _rewind_to_v3(sql_backend)
    assert _schema_versions(sql_backend) == [1, 2, 3]
    with sql_backend.open() as store:
        assert _schema_versions(sql_backend) == [1, 2, 3, 4, 5]
        head = store.head(CASE)
    versions = sql_backend.table.replace("events", "schema_version")
    with pytest.raises(REFUSED, match="schema versions are append-only"):
        sql_backend.raw(f"DELETE FROM {versions}")
    if sql_backend.name == "sqlite":
        with pytest.raises(sqlite3.Error, match="INSERT over a stored entry refused"):
            sql_backend.raw(
                "INSERT OR REPLACE INTO events (case_id, position, event_id, event_type,"
                " recorded_at, payload, event_hash, prev_hash, hash)"
                " SELECT case_id, position, event_id, event_type, recorded_at, '{}',"
                f" event_hash, prev_hash, hash FROM events WHERE position = {head[0]}"
            )
    with sql_backend.open() as store:
        assert store.head(CASE) == head
        assert store.verify().ok


@pytest.mark.parametrize("v1_store", ["sqlite"], indirect=True)
def test_a_migrated_v1_store_refuses_a_rewrite_by_insert_or_replace(v1_store: Backend) -> None:
    assert v1_store.raw is not None
    with open_store(v1_store.url):
        pass
    with pytest.raises(sqlite3.Error, match="INSERT over a stored entry refused"):
        v1_store.raw(
            "INSERT OR REPLACE INTO events (global_position, case_id, position, event_id,"
            " event_type, recorded_at, payload, event_hash, prev_hash, hash)"
            " SELECT global_position, case_id, position, event_id, event_type, recorded_at,"
            " '{}', event_hash, prev_hash, hash FROM events WHERE position = 7"
        )
