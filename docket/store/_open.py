"""The composition root of storage: a store URL in, the adapter for it out."""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from docket.store.errors import StoreError, StoreUnavailable
from docket.store.protocol import EventStore

__all__ = ["DEFAULT_STORE", "ENV_VAR", "open_store", "store_url"]

#: Where the store lives when neither ``--store`` nor :data:`ENV_VAR` says otherwise.
DEFAULT_STORE = "docket.db"
#: The environment variable naming the store.
ENV_VAR = "DOCKET_STORE"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def store_url(url: str | None = None) -> str:
    """The store to use: ``url``, else ``$DOCKET_STORE``, else ``./docket.db``."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_STORE


def _postgres(url: str, create: bool) -> EventStore:
    try:
        from docket.store.postgres import PostgresStore
    except ImportError as e:
        raise StoreUnavailable(
            "a PostgreSQL store needs psycopg: pip install 'docket[postgres]'"
        ) from e
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schemas = [v for k, v in query if k == "schema"]
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    libpq = urlunsplit(parts._replace(query=rest))
    if schemas and schemas[-1]:
        return PostgresStore(libpq, schema=schemas[-1], create=create)
    return PostgresStore(libpq, create=create)


def open_store(url: str | None = None, *, create: bool = True) -> EventStore:
    """Open the event store a URL names.

    * ``postgresql://user@host:port/db`` (or ``postgres://``): PostgreSQL; ``?schema=NAME``
      picks the PostgreSQL schema holding the store (default ``docket``);
    * ``memory:``: a fresh in-memory store, gone when the process ends;
    * ``sqlite://PATH`` or a plain file path: SQLite (``sqlite:///tmp/x.db`` is
      ``/tmp/x.db``);
    * ``None``: ``$DOCKET_STORE``, else ``./docket.db``.

    Args:
        url: The store's URL or path.
        create: Create the store if it does not exist; when false, a missing store raises
            :class:`~docket.store.errors.StoreNotFound` and nothing is created.

    Raises:
        StoreError: The URL names no kind of store docket knows, or the store cannot be
            opened (see the adapters for the particular errors).
    """
    target = store_url(url)
    if target in ("memory:", ":memory:"):
        from docket.store.memory import MemoryStore

        return MemoryStore()
    scheme = _SCHEME.match(target)
    if scheme is None:
        path = target
    elif scheme.group(1).lower() in ("postgresql", "postgres"):
        return _postgres(target, create)
    elif scheme.group(1).lower() == "sqlite":
        path = target[scheme.end() :]
    else:
        raise StoreError(
            f"unknown store URL {scheme.group(0)}...: use a file path, sqlite://PATH, "
            "postgresql://... or memory:"
        )
    from docket.store.sqlite import SQLiteStore

    return SQLiteStore(path, create=create)
