"""The composition root of storage: a store URL in, the adapter for it out."""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from docket.store.errors import BadStoreUrl, StoreUnavailable
from docket.store.protocol import EventStore

__all__ = ["DEFAULT_STORE", "ENV_VAR", "open_store", "shown_url", "store_url"]

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
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its check: a port that is no number, or too big
    except ValueError as e:
        raise BadStoreUrl(
            f"store URL {_shown(url)} cannot be read ({e}): write"
            " postgresql://user@host:port/db (an IPv6 host in brackets: [::1])"
        ) from e
    query = parse_qsl(parts.query, keep_blank_values=True)
    schemas = [v for k, v in query if k == "schema"]
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    libpq = urlunsplit(parts._replace(query=rest))
    if schemas and schemas[-1]:
        return PostgresStore(libpq, schema=schemas[-1], create=create)
    return PostgresStore(libpq, create=create)


def shown_url(url: str) -> str:
    """A store URL as it may be shown to a user: any password in it masked."""
    url = re.sub(r"^([^:/]+://[^:@/]*):[^@/]*@", r"\1:***@", url)
    return re.sub(r"(?i)(password=)[^&]*", r"\1***", url)


def _shown(url: str) -> str:
    """A store URL as it may be shown in a message: masked (:func:`shown_url`), quoted."""
    return repr(shown_url(url))


def _sqlite_path(url: str, path: str) -> str:
    """The file a ``sqlite://`` URL names; refused when SQLite would keep nothing there."""
    if path == "":
        raise BadStoreUrl(
            f"store URL {url!r} names no file: give a path (sqlite:///srv/docket.db or"
            " docket.db), or use memory: for a store that ends with the command"
        )
    if path in (":memory:", "/:memory:"):  # sqlite:///:memory: means this elsewhere
        raise BadStoreUrl(
            f"store URL {url!r} names SQLite's in-memory database, which keeps nothing"
            " after the command: give a file path, or use memory: for a throwaway store"
        )
    return path


def open_store(url: str | None = None, *, create: bool = True) -> EventStore:
    """Open the event store a URL names.

    * ``postgresql://user@host:port/db`` (or ``postgres://``): PostgreSQL; ``?schema=NAME``
      picks the PostgreSQL schema holding the store (default ``docket``);
    * ``memory:``: a fresh in-memory store, gone when the process ends;
    * ``sqlite://PATH`` or a plain file path: SQLite (``sqlite:///tmp/x.db`` is
      ``/tmp/x.db``); ``sqlite://`` with no path and ``sqlite://:memory:`` are refused
      (SQLite would keep nothing), as ``sqlite:///:memory:`` is;
    * ``None``: ``$DOCKET_STORE``, else ``./docket.db``.

    Args:
        url: The store's URL or path.
        create: Create the store if it does not exist; when false, a missing store raises
            :class:`~docket.store.errors.StoreNotFound` and nothing is created.

    Raises:
        BadStoreUrl: The URL names no kind of store docket knows, is malformed (a bad
            host or port), or names a SQLite database that would keep nothing.
        StoreError: The store cannot be opened (see the adapters for the particular errors).
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
        path = _sqlite_path(target, target[scheme.end() :])
    else:
        raise BadStoreUrl(
            f"unknown store URL {scheme.group(0)}...: use a file path, sqlite://PATH, "
            "postgresql://... or memory:"
        )
    from docket.store.sqlite import SQLiteStore

    return SQLiteStore(path, create=create)
