"""The append-only, tamper-evident event store: one stream of docket entries per case.

Example:
    >>> from docket.store import open_store
    >>> with open_store("memory:") as store:
    ...     store.version("nmd-2:19-cv-00445")
    0

Adapters: :class:`~docket.store.memory.MemoryStore`, :class:`~docket.store.sqlite.SQLiteStore`
(the default) and ``docket.store.postgres.PostgresStore`` (needs ``docket[postgres]``;
imported only when a ``postgresql://`` URL is opened).
"""

from docket.store._open import DEFAULT_STORE, ENV_VAR, open_store, shown_url, store_url
from docket.store.chain import GENESIS
from docket.store.errors import (
    BadSavedHead,
    BadStoreUrl,
    ConcurrencyConflict,
    IdempotencyConflict,
    SchemaTooNew,
    StoreError,
    StoreNotFound,
    StoreUnavailable,
    UnknownCase,
    UnstorableEvent,
)
from docket.store.memory import MemoryStore
from docket.store.protocol import EventStore
from docket.store.records import (
    AppendResult,
    BrokenLink,
    CaseHead,
    CaseSummary,
    StoredEvent,
    Verification,
    events_of,
)
from docket.store.sqlite import SQLiteStore

__all__ = [
    "DEFAULT_STORE",
    "ENV_VAR",
    "GENESIS",
    "AppendResult",
    "BadSavedHead",
    "BadStoreUrl",
    "BrokenLink",
    "CaseHead",
    "CaseSummary",
    "ConcurrencyConflict",
    "EventStore",
    "IdempotencyConflict",
    "MemoryStore",
    "SQLiteStore",
    "SchemaTooNew",
    "StoreError",
    "StoreNotFound",
    "StoreUnavailable",
    "StoredEvent",
    "UnknownCase",
    "UnstorableEvent",
    "Verification",
    "events_of",
    "open_store",
    "shown_url",
    "store_url",
]
