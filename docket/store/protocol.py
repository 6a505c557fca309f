"""The event store's port: what every adapter (memory, SQLite, PostgreSQL) promises.

One stream per case. Each entry gets its position in the case (from 1) and a position
across the store, and the store stamps when it recorded the entry. The contract, tested
against every adapter in ``tests/contract/``:

* **append-only**: nothing stored is ever changed or removed (the SQL adapters refuse
  UPDATE, DELETE and any INSERT over a stored entry in the database itself);
* **optimistic concurrency**: ``append(..., expected_version=n)`` writes only if the case
  holds exactly ``n`` entries, else raises :class:`ConcurrencyConflict` and writes nothing;
* **idempotency**: re-appending an entry with the same id and content is a no-op; the same
  id with other content raises :class:`IdempotencyConflict`;
* **atomic batches**: one append is one transaction: it lands whole or not at all;
* **tamper evidence**: every entry is hash-chained to the one before it in its case
  (:mod:`docket.store.chain`), and :meth:`EventStore.verify` recomputes the chains.

Beside the events, a store keeps one posture snapshot per case (a kept posture index,
:mod:`docket.audit.index_file`): derived data, never the source of truth, stamped with the
head of the case it was built from, replaced freely, and not part of the chain.

The store knows nothing of replay: it returns events and their metadata.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from docket.events import DocketEvent
from docket.store.records import AppendResult, CaseSummary, StoredEvent, Verification

__all__ = ["EventStore"]


@runtime_checkable
class EventStore(Protocol):
    """An append-only, tamper-evident store of docket entries, one stream per case."""

    def append(
        self, case: str, events: Iterable[DocketEvent], expected_version: int | None = None
    ) -> AppendResult:
        """Record ``events`` at the end of ``case``'s docket, in one transaction.

        Args:
            case: The case appended to; every event must belong to it.
            events: The entries, in docket order.
            expected_version: The number of entries the writer believes the case holds;
                ``None`` appends whatever the case holds. Ignored when every entry is a
                repeat (so that a retried append is a no-op).

        Raises:
            ConcurrencyConflict: The case holds a different number of entries.
            IdempotencyConflict: An entry's id is stored with different content.
            UnstorableEvent: An entry belongs to another case or cannot be stored.
        """
        ...

    def load(self, case: str, after: int = 0) -> tuple[StoredEvent, ...]:
        """The entries of ``case`` past position ``after``, in stream order (empty if none)."""
        ...

    def version(self, case: str) -> int:
        """How many entries ``case`` holds (0 for a case never appended to)."""
        ...

    def head(self, case: str) -> tuple[int, str]:
        """How many entries ``case`` holds and the chain hash of its last (``GENESIS`` if none)."""
        ...

    def save_snapshot(self, case: str, source: str, data: bytes) -> None:
        """Keep ``data``, a posture index of ``case`` built from ``source``, replacing any."""
        ...

    def load_snapshot(self, case: str, source: str) -> bytes | None:
        """``case``'s kept posture index if it was built from ``source``, else ``None``."""
        ...

    def save_mark(self, case: str, channel: str, version: int, head: str) -> None:
        """Keep, for ``channel`` (a watcher's destination), that ``case`` was notified up to
        entry ``version`` whose chain hash is ``head``, replacing the channel's last mark."""
        ...

    def load_mark(self, case: str, channel: str) -> tuple[int, str] | None:
        """The version and head ``channel`` was last notified of for ``case``, if any."""
        ...

    def cases(self) -> tuple[CaseSummary, ...]:
        """Every case in the store, ordered by case id (code point order)."""
        ...

    def verify(self, case: str | None = None) -> Verification:
        """Recompute the hash chain of ``case`` (or of every case) and report broken links."""
        ...

    def close(self) -> None:
        """Release the store's connection. The store cannot be used afterwards."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...
