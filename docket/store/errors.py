"""What can go wrong in the event store, each error named for what went wrong.

Every error here is a :class:`~docket.errors.DocketError`, so the command line shows it as
one line and exits with status 2. Driver errors are translated with ``raise X(...) from e``.
"""

from __future__ import annotations

from docket.errors import DocketError

__all__ = [
    "BadSavedHead",
    "BadStoreUrl",
    "ConcurrencyConflict",
    "IdempotencyConflict",
    "SchemaTooNew",
    "StoreError",
    "StoreNotFound",
    "StoreUnavailable",
    "UnknownCase",
    "UnstorableEvent",
]


class StoreError(DocketError):
    """The event store refused or could not carry out an operation."""


class ConcurrencyConflict(StoreError):
    """Someone else appended to the case since the writer read it; nothing was written.

    Attributes:
        case: The case whose docket moved on.
        expected: The stream version the writer expected.
        actual: The stream version the store holds.
    """

    def __init__(self, case: str, expected: int, actual: int) -> None:
        self.case = case
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"case {case!r}: expected version {expected} but the store holds {actual}; "
            "reload the case and try again (nothing was written)"
        )


class IdempotencyConflict(StoreError, ValueError):
    """An event id is already stored with different content; nothing was written.

    A docket entry, once recorded, is never edited: record a correction
    (``entry_corrected``) or a strike (``entry_stricken``) instead.
    """

    def __init__(self, event_id: str, case: str, position: int | None) -> None:
        self.event_id = event_id
        self.case = case
        self.position = position
        where = f"case {case!r} position {position}" if position is not None else "this batch"
        super().__init__(
            f"event {event_id!r} is already stored ({where}) with different content; "
            "record an entry_corrected or entry_stricken event instead (nothing was written)"
        )


class UnstorableEvent(StoreError, ValueError):
    """An event cannot be stored as given (wrong case, a NUL in its id, broken Unicode)."""


class UnknownCase(StoreError, LookupError):
    """The store holds no docket entries for the case asked about."""

    def __init__(self, case: str) -> None:
        self.case = case
        super().__init__(f"no case {case!r} in the store")


class StoreNotFound(StoreError, FileNotFoundError):
    """There is no docket store where one was expected (and none was to be created)."""


class StoreUnavailable(StoreError, ConnectionError):
    """The store's database cannot be opened or reached, or failed underneath us."""


class BadStoreUrl(StoreError, ValueError):
    """A store URL that names no store docket can open: an unknown scheme, a malformed
    host or port, or a SQLite database that would keep nothing (no path, ``:memory:``)."""


class BadSavedHead(StoreError, ValueError):
    """A saved head (``CASE@VERSION=HASH``) that cannot be read."""


class SchemaTooNew(StoreError):
    """The store was written by a newer release of docket than this one."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"store schema version {found} is newer than this release supports ({supported}); "
            "upgrade docket to open it"
        )
