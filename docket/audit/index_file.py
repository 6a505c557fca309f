"""Posture indexes kept for later (in the user's cache, or the store): a :class:`PostureIndex`
as data, read in part.

An index is derived data, never the source of truth. What is kept says what it was built
from (the ``source``: a history file's SHA-256, or a stored case's version and head; and
the docket's :class:`Shape`: its case, length and first and last entry ids) and by which
engine (a fingerprint of docket's code and rule packs and of the holidays library), and a
reader that finds any of these changed, or the bytes damaged, treats the index as missing.

Layout: a magic line, the header's length (8 bytes, big-endian) and SHA-256, the header
(JSON), then the zlib-compressed JSON blobs it points to (each with zlib's checksum). The
SHA-256 is a checksum against damage, not a seal: anyone who can write an index can
recompute it. A kept snapshot (one every :data:`KEEP_EVERY` recorded changes) is a blob
holding the snapshot's deadlines, case and discovery, with the changes recorded after it up
to the next kept one, and its motions and stays in pages of :data:`PAGE`, each page kept
once however many snapshots share it. An as-of query reads the header, one snapshot and its
pages, and the epoch's anomalies: about the size of its answer, whatever the docket's length
before the date.

Everything is data: dates, strings, numbers and docket's posture values, each validated
against its type when read (:data:`_HEADER`, :data:`_BLOB`). Nothing in an index can name
code to run. Every length is checked against the bytes there are and against a ceiling
(:data:`MAX_HEADER`, :data:`MAX_BLOB`) before anything is read or inflated, so a header
claiming a terabyte is a damaged index, not an exhausted memory.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.util
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, Literal

from pydantic import Field, NonNegativeInt, TypeAdapter
from typing_extensions import TypedDict  # pydantic needs it before Python 3.12

from docket._runtime import collector_paused
from docket.audit.record import RecordSummary, summarize
from docket.engine.changes import Change, FactKind, Snapshot, assemble, deadline_book
from docket.posture import (
    Anomaly,
    CaseState,
    Deadline,
    DiscoveryState,
    MotionState,
    Posture,
    StayState,
)

if TYPE_CHECKING:
    from docket.audit.index import PostureIndex

__all__ = [
    "KEEP_EVERY",
    "MAX_BLOB",
    "MAX_HEADER",
    "PAGE",
    "Header",
    "Reader",
    "StoredIndex",
    "bytes_reader",
    "dump_index",
    "engine_fingerprint",
    "file_reader",
]

MAGIC = b"docket posture index 5\n"
#: Recorded changes between two kept snapshots.
KEEP_EVERY = 1024
_LENGTH = struct.Struct(">Q")
#: The header's SHA-256, after its length: a damaged header is never believed.
_CHECKSUM = 32
_LEAD = len(MAGIC) + _LENGTH.size + _CHECKSUM
#: The largest header believed (a 100,000-entry docket's is well under a megabyte).
MAX_HEADER = 16 * 2**20
#: The most one blob may inflate to (a page of motions is tens of kilobytes).
MAX_BLOB = 64 * 2**20
_PACKAGE = Path(__file__).resolve().parents[1]

_fingerprint: str | None = None


def engine_fingerprint() -> str:
    """A digest of what replay's answers depend on besides the events.

    docket's own code, rule packs and shipped holiday calendars (by content) and the installed
    holidays library (by its version file): an index built by another engine is stale.
    """
    global _fingerprint
    if _fingerprint is None:
        digest = hashlib.sha256()
        for path in sorted(_PACKAGE.rglob("*")):
            if path.suffix in (".py", ".toml", ".json") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(_PACKAGE)).encode())
                digest.update(path.read_bytes())
        spec = importlib.util.find_spec("holidays")
        if spec is not None and spec.origin is not None:
            version = Path(spec.origin).with_name("version.py")
            digest.update(version.read_bytes() if version.is_file() else spec.origin.encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


Span = tuple[int, int]
"""Where a blob lies after the header: its offset and its length."""


@dataclass(frozen=True, slots=True)
class KeptSnapshot:
    """A kept snapshot: its day, and where its parts lie after the header.

    ``rest`` holds the snapshot without its motions and stays; ``pages`` and ``stay_pages``
    hold those, :data:`PAGE` at a time; ``after`` the changes recorded after it up to the
    next kept snapshot, :data:`RUN` at a time, each run with the day of its first change.
    """

    on: date
    rest: Span
    pages: tuple[Span, ...]
    stay_pages: tuple[Span, ...]
    after: tuple[tuple[date, Span], ...]


@dataclass(frozen=True, slots=True)
class EpochHeader:
    """One correction epoch: where its anomalies lie, its kept snapshots, and where its
    deadlines' changes lie (every deadline ever started, for the calendar and the agenda)."""

    anomalies: Span
    kept: tuple[KeptSnapshot, ...]
    deadlines: Span


@dataclass(frozen=True, slots=True)
class Header:
    """What an index was built from and by, and where its parts lie.

    ``case``, ``entries``, ``first`` and ``last`` (the first and last entry ids) describe the
    docket the index was built from: a reader checks them against the docket it reads, so
    an index built from another docket is not believed even if its ``source`` was rewritten.
    ``record`` is what a reading states it was read from (:class:`RecordSummary`).
    """

    engine: str
    source: str
    case: str | None
    entries: int
    first: str | None
    last: str | None
    epoch_days: tuple[date, ...]
    epochs: tuple[EpochHeader, ...]
    record: RecordSummary


@dataclass(frozen=True, slots=True)
class Shape:
    """The cheap facts of a docket an index must agree with: its case, length and ends.

    ``entries`` is a history file's count of line ends, or a stored case's version; the
    entry ids are ``None`` where they are not cheap to find (in the store, whose head
    hash binds the snapshot to every entry already).
    """

    case: str | None
    entries: int
    first: str | None
    last: str | None


# A change as kept: its day, what it changes (kind ``k`` and number ``n``) and the new state,
# the state's type chosen by the kind (never by the data). Told apart by a field, so that
# pydantic validates the JSON as it parses it.
class _MotionChange(TypedDict):
    on: date
    k: Literal["motion"]
    n: NonNegativeInt
    new: MotionState


class _StayChange(TypedDict):
    on: date
    k: Literal["stay"]
    n: NonNegativeInt
    new: StayState


class _DeadlineChange(TypedDict):
    on: date
    k: Literal["deadline"]
    n: NonNegativeInt
    new: Deadline


class _CaseChange(TypedDict):
    on: date
    k: Literal["case"]
    n: NonNegativeInt
    new: CaseState


class _DiscoveryChange(TypedDict):
    on: date
    k: Literal["discovery"]
    n: NonNegativeInt
    new: DiscoveryState


class _AnomaliesChange(TypedDict):
    on: date
    k: Literal["anomalies"]
    n: NonNegativeInt
    new: NonNegativeInt


_Change = Annotated[
    _MotionChange
    | _StayChange
    | _DeadlineChange
    | _CaseChange
    | _DiscoveryChange
    | _AnomaliesChange,
    Field(discriminator="k"),
]


# A blob as kept: what it holds (its kind) and the values, typed by the kind.
class _Rest(TypedDict):
    kind: Literal["rest"]
    value: Snapshot


class _Motions(TypedDict):
    kind: Literal["motions"]
    value: list[MotionState]


class _Stays(TypedDict):
    kind: Literal["stays"]
    value: list[StayState]


class _Run(TypedDict):
    kind: Literal["run"]
    value: list[_Change]


class _Anomalies(TypedDict):
    kind: Literal["anomalies"]
    value: tuple[Anomaly, ...]


class _Deadlines(TypedDict):
    kind: Literal["deadlines"]
    value: list[_DeadlineChange]


BlobKind = Literal["rest", "motions", "stays", "run", "anomalies", "deadlines"]

_HEADER = TypeAdapter(Header)
#: Every blob, whatever its kind, through one adapter: each posture value's schema is built
#: once per process.
_BLOB: TypeAdapter[_Rest | _Motions | _Stays | _Run | _Anomalies | _Deadlines] = TypeAdapter(
    Annotated[
        _Rest | _Motions | _Stays | _Run | _Anomalies | _Deadlines, Field(discriminator="kind")
    ]
)


#: Motions (or stays) per page. A page is kept once however many snapshots share it: motions
#: are listed in filing order and an old motion, once decided, rarely changes, so most of a
#: snapshot's pages are those of the snapshot before it, and the file grows with the docket,
#: not with its square.
PAGE = 256
#: Changes per run: a query reads the runs that start on or before its date.
RUN = 128


class _Blobs:
    """The blobs after the header, each written once."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self._pages: dict[tuple[int, ...], Span] = {}

    def put(self, kind: BlobKind, value: object) -> Span:
        # Compressed: the facts repeat their rules and wording from one state to the next.
        blob = zlib.compress(_BLOB.dump_json({"kind": kind, "value": value}), 1)  # type: ignore[arg-type, misc]
        span = (self.size, len(blob))
        self.parts.append(blob)
        self.size += len(blob)
        return span

    def page(self, kind: BlobKind, items: list[Any]) -> Span:
        """A page of frozen facts, written once however many snapshots share it.

        Facts are frozen and an unchanged fact is the very same object from one snapshot
        to the next, so a page is known by the identities of what it holds (all of which
        live as long as the index being written).
        """
        key = tuple(map(id, items))
        span = self._pages.get(key)
        if span is None:
            span = self._pages[key] = self.put(kind, items)
        return span


def _paged(blobs: _Blobs, kind: BlobKind, items: list[Any]) -> tuple[Span, ...]:
    return tuple(blobs.page(kind, items[i : i + PAGE]) for i in range(0, len(items), PAGE))


def dump_index(index: PostureIndex, source: str, shape: Shape) -> bytes:
    """``index`` as bytes, stamped with ``source``, ``shape`` and this engine's fingerprint."""
    from docket.audit.index import empty_snapshot  # writing needs the engine; reading not

    blobs = _Blobs()
    epochs: list[EpochHeader] = []
    days: list[date] = []
    for start, epoch in index.epochs:
        if start is not None:
            days.append(start)
        chosen = [empty_snapshot()]
        for snap in epoch.snapshots:
            if snap.position - chosen[-1].position >= KEEP_EVERY:
                chosen.append(snap)
        ends = [s.position for s in chosen[1:]] + [len(epoch.changes)]
        kept = []
        for snap, end in zip(chosen, ends, strict=True):
            # A change's old state is for diffs; a posture needs only the new one.
            changes = epoch.changes[snap.position : end]
            after: list[dict[str, Any]] = [
                {"on": c.on, "k": c.key[0], "n": c.key[1], "new": c.new} for c in changes
            ]
            runs = tuple(
                (changes[i].on, blobs.put("run", after[i : i + RUN]))
                for i in range(0, len(after), RUN)
            )
            rest = blobs.put("rest", replace(snap, motions=[], stays=[]))
            kept.append(
                KeptSnapshot(
                    snap.on,
                    rest,
                    _paged(blobs, "motions", snap.motions),
                    _paged(blobs, "stays", snap.stays),
                    runs,
                )
            )
        book = [
            {"on": c.on, "k": c.key[0], "n": c.key[1], "new": c.new}
            for c in epoch.changes
            if c.key[0] is FactKind.DEADLINE
        ]
        epochs.append(
            EpochHeader(
                blobs.put("anomalies", epoch.anomalies), tuple(kept), blobs.put("deadlines", book)
            )
        )
    header = _HEADER.dump_json(
        Header(
            engine_fingerprint(),
            source,
            shape.case,
            shape.entries,
            shape.first,
            shape.last,
            tuple(days),
            tuple(epochs),
            summarize(index.events),
        )
    )
    checksum = hashlib.sha256(header).digest()
    return b"".join([MAGIC, _LENGTH.pack(len(header)), checksum, header, *blobs.parts])


class Reader:
    """Reads a kept index (a file, or bytes in memory) a part at a time, knowing its size."""

    def __init__(self, size: int, read: Callable[[int, int], bytes]) -> None:
        self.size = size
        self._read = read

    def read(self, offset: int, length: int) -> bytes:
        """The ``length`` bytes at ``offset``, checked to lie within the index first.

        Raises:
            ValueError: The part lies (partly) outside the index, or fewer bytes came back.
        """
        if offset < 0 or length < 0 or offset + length > self.size:
            raise ValueError("the index is truncated")
        data = self._read(offset, length)
        if len(data) != length:
            raise ValueError("the index is truncated")
        return data


def bytes_reader(data: bytes) -> Reader:
    """A :class:`Reader` over an index held in memory (e.g. read from the event store)."""
    view = memoryview(data)
    return Reader(len(data), lambda offset, length: bytes(view[offset : offset + length]))


def file_reader(handle: BinaryIO) -> Reader:
    """A :class:`Reader` over an open index file: it reads only what is asked for."""

    def read(offset: int, length: int) -> bytes:
        handle.seek(offset)
        return handle.read(length)

    return Reader(os.fstat(handle.fileno()).st_size, read)


def _inflate(data: bytes) -> bytes:
    """A blob's JSON, inflated no further than :data:`MAX_BLOB`."""
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, MAX_BLOB)
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise ValueError("the index is damaged: a part is cut short or inflates too far")
    return out


class StoredIndex:
    """A kept index, read lazily: only the parts an as-of query needs are read and validated.

    Use :meth:`read`, which says ``None`` for an index that is stale, foreign or damaged.
    """

    def __init__(self, reader: Reader, header: Header, body: int) -> None:
        self._reader = reader
        self._header = header
        self._body = body

    @property
    def header(self) -> Header:
        """What the index says it was built from and by."""
        return self._header

    @classmethod
    def read(cls, reader: Reader, *, source: str, shape: Shape) -> StoredIndex | None:
        """The index ``reader`` reads if it was built from ``source`` (a docket of ``shape``)
        by this engine, else ``None``."""
        try:
            lead = reader.read(0, _LEAD)
            if lead[: len(MAGIC)] != MAGIC:
                return None
            (length,) = _LENGTH.unpack(lead[len(MAGIC) : len(MAGIC) + _LENGTH.size])
            if length > min(MAX_HEADER, reader.size - _LEAD):
                return None  # claims more than there is
            raw = reader.read(_LEAD, length)
            if hashlib.sha256(raw).digest() != lead[-_CHECKSUM:]:
                return None  # damaged (each blob carries zlib's own checksum)
            header = _HEADER.validate_json(raw)
        except ValueError:  # pydantic's ValidationError is one: a damaged index is a missing one
            return None
        if (
            header.engine != engine_fingerprint()
            or header.source != source
            or (header.case, header.entries, header.first, header.last)
            != (shape.case, shape.entries, shape.first, shape.last)
            or len(header.epochs) != len(header.epoch_days) + 1
            or not all(epoch.kept for epoch in header.epochs)
        ):
            return None
        return cls(reader, header, _LEAD + length)

    def _blob(self, kind: BlobKind, span: Span) -> Any:
        offset, length = span
        if offset < 0:
            raise ValueError("the index is damaged: a part before its body")
        blob = _BLOB.validate_json(_inflate(self._reader.read(self._body + offset, length)))
        if blob["kind"] != kind:
            raise ValueError(f"the index is damaged: {blob['kind']} where {kind} belongs")
        return blob["value"]

    def posture(self, as_of: date) -> Posture:
        """The posture on ``as_of``, as :meth:`PostureIndex.posture` would give it.

        Raises:
            ValueError: The index's bytes are damaged (a reader should rebuild it).
        """
        with collector_paused():  # reading builds many objects and no garbage cycles
            try:
                return self._posture(as_of)
            except ValueError:
                raise
            except Exception as e:  # whatever is wrong, the index is not believed
                raise ValueError(f"the index is damaged: {e}") from e

    def deadline_book(self, as_of: date) -> tuple[Deadline, ...]:
        """Every deadline started by ``as_of``, each as it stands on ``as_of`` (met, moot and
        elapsed ones too), as :meth:`PostureIndex.deadline_book` would give them.

        Raises:
            ValueError: The index's bytes are damaged (a reader should rebuild it).
        """
        header = self._header
        epoch = header.epochs[bisect.bisect_right(header.epoch_days, as_of)]
        with collector_paused():
            try:
                changes = [
                    Change(c["on"], (FactKind(c["k"]), c["n"]), None, c["new"])
                    for c in self._blob("deadlines", epoch.deadlines)
                ]
            except ValueError:
                raise
            except Exception as e:  # whatever is wrong, the index is not believed
                raise ValueError(f"the index is damaged: {e}") from e
        return deadline_book(changes, as_of)

    def _posture(self, as_of: date) -> Posture:
        header = self._header
        epoch = header.epochs[bisect.bisect_right(header.epoch_days, as_of)]
        i = bisect.bisect_right([k.on for k in epoch.kept], as_of) - 1
        kept = epoch.kept[max(i, 0)]
        rest: Snapshot = self._blob("rest", kept.rest)
        motions = [m for span in kept.pages for m in self._blob("motions", span)]
        stays = [st for span in kept.stay_pages for st in self._blob("stays", span)]
        changes = [
            Change(c["on"], (FactKind(c["k"]), c["n"]), None, c["new"])
            for first, span in kept.after
            if first <= as_of
            for c in self._blob("run", span)
        ]
        anomalies = self._blob("anomalies", epoch.anomalies)
        return assemble(replace(rest, motions=motions, stays=stays), changes, 0, as_of, anomalies)
