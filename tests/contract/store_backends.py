"""Stores for the contract suite: every test that takes ``store`` runs against all three.

PostgreSQL runs against the real server (``$DOCKET_TEST_POSTGRES``, default
``postgresql://postgres@127.0.0.1:5432/test``), each test in a schema of its own, dropped
afterwards. When the server is unreachable the PostgreSQL cases skip, unless ``$CI`` is
set: then they fail.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from docket.events import DocketEntry
from docket.store import EventStore, MemoryStore, open_store

POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_or_skip() -> Any:
    """A connection to the test server, or skip (fail when ``$CI`` is set)."""
    import psycopg

    try:
        return psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as e:
        reason = f"PostgreSQL not reachable at {POSTGRES} ({str(e).strip().splitlines()[0]})"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI is set, so the PostgreSQL tests must run")
        pytest.skip(f"{reason}; skipped because CI is unset (with CI set this fails)")


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, Any]]:
    """A fresh PostgreSQL schema name and an admin connection; the schema is dropped after."""
    admin = postgres_or_skip()
    schema = f"docket_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    try:
        yield schema, admin
    finally:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = %s AND pid <> pg_backend_pid()",
            (schema,),
        )
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.close()


def pg_url(schema: str) -> str:
    """The test server's URL for a store in ``schema`` (connections named after it)."""
    sep = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{sep}schema={schema}&application_name={schema}"


@dataclass
class Backend:
    """One adapter under test: how to open it and how to reach under it with raw SQL."""

    name: str
    url: str
    #: Run raw SQL on the store's database, outside the store (None for memory).
    raw: Callable[[str], Any] | None
    #: The events table, qualified for raw SQL.
    table: str = "events"

    def open(self, **kw: Any) -> EventStore:
        return MemoryStore() if self.name == "memory" else open_store(self.url, **kw)

    def drop_guard(self) -> None:
        """Remove the trigger refusing UPDATE, as someone with the database's keys could."""
        assert self.raw is not None
        on = f" ON {self.table}" if self.name == "postgres" else ""
        self.raw(f"DROP TRIGGER events_no_update{on}")


def _sqlite_backend(tmp_path: Path) -> Backend:
    path = tmp_path / "docket.db"

    def raw(statement: str) -> Any:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            return conn.execute(statement).fetchall()
        finally:
            conn.close()

    return Backend("sqlite", str(path), raw)


def _postgres_backend(schema: str, admin: Any) -> Backend:
    def raw(statement: str) -> Any:
        with admin.cursor() as cur:
            cur.execute(statement)
            return cur.fetchall() if cur.description else []

    return Backend("postgres", pg_url(schema), raw, f'"{schema}".events')


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """Each of the three adapters in turn."""
    if request.param == "memory":
        return Backend("memory", "memory:", None, "")
    if request.param == "sqlite":
        return _sqlite_backend(tmp_path)
    schema, admin = request.getfixturevalue("pg_schema")
    return _postgres_backend(schema, admin)


@pytest.fixture(params=["sqlite", "postgres"])
def sql_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """Each database adapter in turn (the ones with SQL underneath)."""
    if request.param == "sqlite":
        return _sqlite_backend(tmp_path)
    schema, admin = request.getfixturevalue("pg_schema")
    return _postgres_backend(schema, admin)


@pytest.fixture
def sqlite_backend(tmp_path: Path) -> Backend:
    """The SQLite adapter alone."""
    return _sqlite_backend(tmp_path)


@pytest.fixture
def pg_backend(pg_schema: tuple[str, Any]) -> Backend:
    """The PostgreSQL adapter alone."""
    return _postgres_backend(*pg_schema)


@pytest.fixture
def store(backend: Backend) -> Iterator[EventStore]:
    """An empty store of each kind, closed after the test."""
    with backend.open() as s:
        yield s


def entries(case: str, count: int, *, start: int = 1, text: str = "NOTICE") -> list[DocketEntry]:
    """``count`` plain docket entries of ``case``, numbered from ``start``."""
    return [
        DocketEntry(
            id=f"{case}/{n}",
            case=case,
            filed=date(2020, 1, 1) + timedelta(days=n),
            doc=n,
            text=f"{text} {n}",
        )
        for n in range(start, start + count)
    ]


@pytest.fixture
def make_entries() -> Callable[..., list[DocketEntry]]:
    """The :func:`entries` factory, for tests."""
    return entries
