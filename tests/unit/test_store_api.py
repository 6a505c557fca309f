"""The store's public API: every exported name resolves, and URLs pick the right adapter."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from docket.store import MemoryStore, SQLiteStore, StoreError, open_store, store_url

MODULES = [
    "docket.store",
    "docket.store.chain",
    "docket.store.errors",
    "docket.store.memory",
    "docket.store.postgres",
    "docket.store.protocol",
    "docket.store.records",
    "docket.store.sqlite",
]


@pytest.mark.parametrize("name", MODULES)
def test_every_name_a_store_module_exports_resolves(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__
    for exported in module.__all__:
        assert getattr(module, exported) is not None


def test_importing_the_store_does_not_import_psycopg() -> None:
    import subprocess
    import sys

    code = "import sys, docket.store, docket.cli; print('psycopg' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_memory_urls_open_a_fresh_memory_store() -> None:
    assert isinstance(open_store("memory:"), MemoryStore)
    assert open_store("memory:") is not open_store("memory:")


@pytest.mark.parametrize("prefix", ["", "sqlite://"])
def test_a_path_or_sqlite_url_opens_sqlite_there(tmp_path: Path, prefix: str) -> None:
    path = tmp_path / "x.db"
    with open_store(f"{prefix}{path}") as store:
        assert isinstance(store, SQLiteStore)
        assert store.path == str(path)
    assert path.is_file()


def test_without_a_url_the_store_is_docket_store_else_docket_db(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DOCKET_STORE", raising=False)
    assert store_url() == "docket.db"
    monkeypatch.setenv("DOCKET_STORE", "/srv/dockets.db")
    assert store_url() == "/srv/dockets.db"
    assert store_url("other.db") == "other.db"


def test_an_unknown_url_scheme_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unknown store URL mysql://"):
        open_store("mysql://db.example/dockets")


def test_an_unreachable_postgres_server_is_one_clear_error() -> None:
    from docket.store import StoreUnavailable

    url = "postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(url)
    assert str(caught.value).startswith("postgresql://127.0.0.1:1/none: ")
    assert "secret" not in str(caught.value)
