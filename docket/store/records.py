"""What the store hands back: stored events with their metadata, and what ``verify`` found."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from docket._runtime import collector_paused
from docket.events import DocketEvent, parse_event

__all__ = [
    "AppendResult",
    "BrokenLink",
    "CaseHead",
    "CaseSummary",
    "StoredEvent",
    "Verification",
    "events_of",
]


class StoredEvent:
    """One docket entry as the store recorded it. Read-only: its fields have no setters.

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
        event: The entry as a docket event, parsed from ``payload`` on first use.
    """

    # One tuple per entry, straight from the database row: loading a long case builds
    # nothing else until a field is asked for. ``recorded_at`` may be held as its ISO text.
    __slots__ = ("_parsed", "_row")

    _row: tuple[str, int, int, str, datetime | str, str, str, str, str]
    _parsed: DocketEvent | None

    def __init__(
        self,
        case: str,
        position: int,
        global_position: int,
        event_id: str,
        recorded_at: datetime | str,
        payload: str,
        event_hash: str,
        prev_hash: str,
        hash: str,
        parsed: DocketEvent | None = None,
    ) -> None:
        self._row = (
            case,
            position,
            global_position,
            event_id,
            recorded_at,
            payload,
            event_hash,
            prev_hash,
            hash,
        )
        self._parsed = parsed

    @classmethod
    def from_row(
        cls, row: tuple[str, int, int, str, datetime | str, str, str, str, str]
    ) -> StoredEvent:
        """Wrap a row of (case, position, global position, id, recorded_at, payload, hashes)."""
        stored = object.__new__(cls)
        stored._row = row
        stored._parsed = None
        return stored

    @property
    def case(self) -> str:
        return self._row[0]

    @property
    def position(self) -> int:
        return self._row[1]

    @property
    def global_position(self) -> int:
        return self._row[2]

    @property
    def event_id(self) -> str:
        return self._row[3]

    @property
    def recorded_at(self) -> datetime:
        moment = self._row[4]
        return moment if isinstance(moment, datetime) else datetime.fromisoformat(moment)

    @property
    def payload(self) -> str:
        return self._row[5]

    @property
    def event_hash(self) -> str:
        return self._row[6]

    @property
    def prev_hash(self) -> str:
        return self._row[7]

    @property
    def hash(self) -> str:
        return self._row[8]

    @property
    def event(self) -> DocketEvent:
        """The entry as a docket event, parsed from ``payload`` on first use.

        Raises:
            InvalidEvent: The stored JSON is not a valid entry (the store was tampered with).
        """
        if self._parsed is None:
            self._parsed = parse_event(self.payload)
        return self._parsed

    def _key(self) -> tuple[object, ...]:
        row = self._row
        return (*row[:4], self.recorded_at, *row[5:])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoredEvent):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"StoredEvent(case={self.case!r}, position={self.position}, "
            f"global_position={self.global_position}, event_id={self.event_id!r}, "
            f"recorded_at={self.recorded_at.isoformat()!r}, hash={self.hash!r})"
        )


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


def events_of(entries: Iterable[StoredEvent]) -> tuple[DocketEvent, ...]:
    """The docket events of loaded entries, every one parsed, in order.

    Parses with the cyclic garbage collector paused: the events all live on, and
    collections meanwhile only scan them again and again (four times slower on 100,000).

    Raises:
        InvalidEvent: A stored JSON is not a valid entry (the store was tampered with).
    """
    with collector_paused():
        return tuple(e.event for e in entries)
