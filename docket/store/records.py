"""What the store hands back: stored events with their metadata, and what ``verify`` found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from docket.events import DocketEvent, parse_event

__all__ = [
    "AppendResult",
    "BrokenLink",
    "CaseHead",
    "CaseSummary",
    "StoredEvent",
    "Verification",
]


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One docket entry as the store recorded it.

    Attributes:
        case: The case (stream) the entry belongs to.
        position: Its place in the case's stream, from 1.
        global_position: Its place across the whole store; increasing, not gap-free.
        event_id: The entry's id (the idempotency key).
        recorded_at: When the store recorded it (transaction time, UTC), not when it was filed.
        payload: The entry's canonical JSON exactly as stored (what ``event_hash`` hashes).
        event_hash: SHA-256 of ``payload`` (UTF-8), hex.
        prev_hash: The chain hash of the previous entry in the case (64 zeros for the first).
        hash: This entry's chain hash (see :mod:`docket.store.chain`).
    """

    case: str
    position: int
    global_position: int
    event_id: str
    recorded_at: datetime
    payload: str = field(repr=False)
    event_hash: str = field(repr=False)
    prev_hash: str = field(repr=False)
    hash: str
    parsed: DocketEvent | None = field(default=None, repr=False, compare=False)

    @property
    def event(self) -> DocketEvent:
        """The entry as a docket event, parsed from ``payload`` on first use.

        Raises:
            InvalidEvent: The stored JSON is not a valid entry (the store was tampered with).
        """
        if self.parsed is None:
            object.__setattr__(self, "parsed", parse_event(self.payload))
        assert self.parsed is not None
        return self.parsed


@dataclass(frozen=True, slots=True)
class AppendResult:
    """What one append did.

    Attributes:
        case: The case appended to.
        version: The case's stream version after the append (its number of entries).
        appended: The entries this append recorded, in order.
        duplicates: How many entries were already stored with the same content (no-ops).
    """

    case: str
    version: int
    appended: tuple[StoredEvent, ...]
    duplicates: int


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One case in the store: how many entries it holds and when the last was recorded."""

    case: str
    version: int
    last_recorded_at: datetime


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """The first place a case's hash chain does not hold.

    Attributes:
        case: The case whose chain is broken.
        position: The first stream position that fails.
        reason: What differs, in words (stored value against recomputed value).
    """

    case: str
    position: int
    reason: str

    def __str__(self) -> str:
        return f"case {self.case!r} position {self.position}: {self.reason}"


@dataclass(frozen=True, slots=True)
class CaseHead:
    """The newest entry of a case whose chain holds: keep ``hash`` elsewhere to anchor it.

    Anyone holding an earlier head can later prove the case's docket up to it unchanged.
    """

    case: str
    version: int
    hash: str


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of recomputing the hash chains.

    Attributes:
        cases: How many cases were checked.
        events: How many entries were checked.
        broken: The first broken link of each case whose chain fails, in case order.
        heads: The newest entry of each case whose chain holds, in case order.
    """

    cases: int
    events: int
    broken: tuple[BrokenLink, ...]
    heads: tuple[CaseHead, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every chain checked holds."""
        return not self.broken
