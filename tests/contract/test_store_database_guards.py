"""What the databases themselves enforce, whatever program writes to them."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

import psycopg
import pytest
from store_backends import Backend, entries

from docket.store import StoreError
from docket.store.chain import chain_hash, event_hash, stamp

CASE = "nmd-2:19-cv-00445"
REFUSED = (sqlite3.Error, psycopg.Error)


@pytest.fixture
def stored(sql_backend: Backend) -> Backend:
    """A database store holding three entries of CASE."""
    with sql_backend.open() as store:
        store.append(CASE, entries(CASE, 3))
    return sql_backend


def _snapshot(backend: Backend) -> list[tuple[object, ...]]:
    assert backend.raw is not None
    return list(backend.raw(f"SELECT * FROM {backend.table} ORDER BY global_position"))


def test_the_database_refuses_to_update_a_stored_entry(stored: Backend) -> None:
    assert stored.raw is not None
    before = _snapshot(stored)
    with pytest.raises(REFUSED, match="append-only: UPDATE refused"):
        stored.raw(f"UPDATE {stored.table} SET payload = '{{}}' WHERE position = 2")
    assert _snapshot(stored) == before


def test_the_database_refuses_to_delete_a_stored_entry(stored: Backend) -> None:
    assert stored.raw is not None
    before = _snapshot(stored)
    with pytest.raises(REFUSED, match="append-only: DELETE refused"):
        stored.raw(f"DELETE FROM {stored.table}")
    assert _snapshot(stored) == before


def test_postgres_refuses_to_truncate_the_entries(pg_backend: Backend) -> None:
    assert pg_backend.raw is not None
    with pg_backend.open() as store:
        store.append(CASE, entries(CASE, 3))
    with pytest.raises(psycopg.Error, match="append-only: TRUNCATE refused"):
        pg_backend.raw(f"TRUNCATE {pg_backend.table}")
    assert len(_snapshot(pg_backend)) == 3


def test_the_database_refuses_a_second_entry_at_a_taken_position(stored: Backend) -> None:
    assert stored.raw is not None
    row = (
        f"('{CASE}', 2, 'x', 'docket_entry', '2020-01-01T00:00:00.000000+00:00', '{{}}',"
        " 'h', 'p', 'c')"
    )
    with pytest.raises(REFUSED, match=r"(?i)unique|duplicate"):
        stored.raw(
            f"INSERT INTO {stored.table} (case_id, position, event_id, event_type,"
            f" recorded_at, payload, event_hash, prev_hash, hash) VALUES {row}"
        )


def _poison(backend: Backend, event_id: str) -> None:
    """Make the database refuse to insert one event id, as a failing disk or bad row would."""
    assert backend.raw is not None
    if backend.name == "sqlite":
        backend.raw(
            "CREATE TRIGGER poison BEFORE INSERT ON events"
            f" WHEN NEW.event_id = '{event_id}' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"
        )
        return
    schema = backend.table.split(".")[0]
    backend.raw(
        f"CREATE FUNCTION {schema}.poison() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN IF NEW.event_id = '{event_id}' THEN RAISE EXCEPTION 'poisoned'; END IF;"
        " RETURN NEW; END $$"
    )
    backend.raw(
        f"CREATE TRIGGER poison BEFORE INSERT ON {backend.table}"
        f" FOR EACH ROW EXECUTE FUNCTION {schema}.poison()"
    )


@pytest.mark.parametrize("size", [5, 500])
def test_a_batch_the_database_refuses_part_way_lands_not_at_all(stored: Backend, size: int) -> None:
    batch = entries(CASE, size, start=4)
    _poison(stored, batch[size // 2].id)
    with stored.open() as store:
        with pytest.raises(StoreError, match="poisoned"):
            store.append(CASE, batch)
        assert store.version(CASE) == 3
        assert store.verify().ok
        assert store.append(CASE, batch[: size // 2]).version == 3 + size // 2


def _forged_last_entry(backend: Backend, **changes: object) -> dict[str, object]:
    """The newest stored entry of CASE rewritten ('NOTICE 3' becomes 'NOTICE 9'), its event
    hash and chain hash recomputed with the public formula: what a forger would insert."""
    with backend.open() as store:
        last = store.load(CASE)[-1]
    row: dict[str, object] = {
        "case_id": last.case,
        "position": last.position,
        "event_id": last.event_id,
        "event_type": last.event.type,
        "recorded_at": stamp(last.recorded_at),
        "payload": last.payload.replace("NOTICE 3", "NOTICE 9"),
        "prev_hash": last.prev_hash,
        **changes,
    }
    row["event_hash"] = event_hash(str(row["payload"]))
    row["hash"] = chain_hash(
        last.prev_hash,
        str(row["event_hash"]),
        str(row["case_id"]),
        int(str(row["position"])),
        str(row["event_id"]),
        str(row["recorded_at"]),
    )
    return row


def _values(row: dict[str, object]) -> str:
    def literal(value: object) -> str:
        return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"

    return f"({', '.join(row)}) VALUES ({', '.join(map(literal, row.values()))})"


_SET = "payload = excluded.payload, event_hash = excluded.event_hash, hash = excluded.hash"

#: Every SQLite statement that could change or remove a stored entry, by name.
SQLITE_FORMS = {
    "UPDATE": lambda t, f: f"UPDATE {t} SET payload = '{{}}' WHERE position = 3",
    "UPDATE OR REPLACE": lambda t, f: f"UPDATE OR REPLACE {t} SET position = 2 WHERE position = 3",
    "DELETE": lambda t, f: f"DELETE FROM {t} WHERE position = 3",
    "INSERT OR REPLACE": lambda t, f: f"INSERT OR REPLACE INTO {t} {_values(f())}",
    "INSERT OR REPLACE under a new id": lambda t, f: (
        f"INSERT OR REPLACE INTO {t} {_values(f(event_id='forged'))}"
    ),
    "INSERT OR REPLACE at a taken global position": lambda t, f: (
        f"INSERT OR REPLACE INTO {t} {_values(f(global_position=3, case_id='x', position=1))}"
    ),
    "REPLACE INTO": lambda t, f: f"REPLACE INTO {t} {_values(f())}",
    "UPSERT DO UPDATE": lambda t, f: (
        f"INSERT INTO {t} {_values(f())} ON CONFLICT (case_id, position) DO UPDATE SET {_SET}"
    ),
    "UPSERT DO NOTHING": lambda t, f: f"INSERT INTO {t} {_values(f())} ON CONFLICT DO NOTHING",
    "INSERT OR IGNORE": lambda t, f: f"INSERT OR IGNORE INTO {t} {_values(f())}",
    "INSERT OR FAIL": lambda t, f: f"INSERT OR FAIL INTO {t} {_values(f())}",
    "INSERT": lambda t, f: f"INSERT INTO {t} {_values(f())}",
}

#: Every PostgreSQL statement that could change or remove a stored entry, by name.
POSTGRES_FORMS = {
    "UPDATE": lambda t, f: f"UPDATE {t} SET payload = '{{}}' WHERE position = 3",
    "DELETE": lambda t, f: f"DELETE FROM {t} WHERE position = 3",
    "TRUNCATE": lambda t, f: f"TRUNCATE {t}",
    "TRUNCATE CASCADE": lambda t, f: f"TRUNCATE {t} RESTART IDENTITY CASCADE",
    "UPSERT DO UPDATE": lambda t, f: (
        f"INSERT INTO {t} {_values(f())} ON CONFLICT (case_id, position) DO UPDATE SET {_SET}"
    ),
    "UPSERT DO UPDATE on the event id": lambda t, f: (
        f"INSERT INTO {t} {_values(f(position=4))}"
        f" ON CONFLICT ON CONSTRAINT events_event_id DO UPDATE SET {_SET}"
    ),
    "UPSERT DO NOTHING": lambda t, f: f"INSERT INTO {t} {_values(f())} ON CONFLICT DO NOTHING",
    "INSERT": lambda t, f: f"INSERT INTO {t} {_values(f())}",
    "MERGE UPDATE": lambda t, f: (
        f"MERGE INTO {t} AS e USING (SELECT '{CASE}' AS c, 3 AS p) AS s"
        " ON e.case_id = s.c AND e.position = s.p"
        " WHEN MATCHED THEN UPDATE SET payload = '{}'"
    ),
    "MERGE DELETE": lambda t, f: (
        f"MERGE INTO {t} AS e USING (SELECT '{CASE}' AS c, 3 AS p) AS s"
        " ON e.case_id = s.c AND e.position = s.p WHEN MATCHED THEN DELETE"
    ),
}


def _try_every_form(backend: Backend, form: Callable[..., str]) -> None:
    assert backend.raw is not None
    with backend.open() as store:
        store.append(CASE, entries(CASE, 3))
        heads = store.verify().heads
    before = _snapshot(backend)
    statement = form(backend.table, lambda **changes: _forged_last_entry(backend, **changes))
    try:
        backend.raw(statement)
    except REFUSED as e:  # refused by a guard or a key, not by a mistake in the statement
        assert re.search(r"(?i)append-only|duplicate|unique", str(e)), e
    assert _snapshot(backend) == before
    with backend.open() as store:
        after = store.verify()
    assert after.ok
    assert after.heads == heads


@pytest.mark.parametrize("form", SQLITE_FORMS, ids=str)
def test_sqlite_refuses_every_statement_that_would_change_a_stored_entry(
    sqlite_backend: Backend, form: str
) -> None:
    _try_every_form(sqlite_backend, SQLITE_FORMS[form])


@pytest.mark.parametrize("form", POSTGRES_FORMS, ids=str)
def test_postgres_refuses_every_statement_that_would_change_a_stored_entry(
    pg_backend: Backend, form: str
) -> None:
    _try_every_form(pg_backend, POSTGRES_FORMS[form])


def test_a_rewrite_by_insert_or_replace_is_refused_with_the_reason(
    sqlite_backend: Backend,
) -> None:
    backend = sqlite_backend
    with backend.open() as store:
        store.append(CASE, entries(CASE, 3))
    assert backend.raw is not None
    with pytest.raises(sqlite3.IntegrityError, match="INSERT over a stored entry refused"):
        backend.raw(f"INSERT OR REPLACE INTO events {_values(_forged_last_entry(backend))}")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE {t} SET description = 'x'",
        "DELETE FROM {t}",
        "INSERT INTO {t} (version, description, applied_at) VALUES (1, 'x', '2020-01-01')"
        " ON CONFLICT (version) DO UPDATE SET description = excluded.description",
    ],
)
def test_the_record_of_migrations_is_append_only_too(sql_backend: Backend, statement: str) -> None:
    assert sql_backend.raw is not None
    with sql_backend.open():
        pass
    table = sql_backend.table.replace("events", "schema_version")
    before = sql_backend.raw(f"SELECT * FROM {table} ORDER BY version")
    with pytest.raises(REFUSED, match="schema versions are append-only"):
        sql_backend.raw(statement.format(t=table))
    assert sql_backend.raw(f"SELECT * FROM {table} ORDER BY version") == before
