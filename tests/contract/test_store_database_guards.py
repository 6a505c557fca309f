"""What the databases themselves enforce, whatever program writes to them."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from store_backends import Backend, entries

from docket.store import StoreError

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
