"""Posture snapshots kept beside the events: a :class:`PostureIndex` as bytes, read in part.

An index is derived data, never the source of truth. What is kept says what it was built
from (the ``source``: a history file's SHA-256, or a stored case's head) and by which
engine (a fingerprint of docket's code and rule packs and of the holidays library), and a
reader that finds either changed, or the bytes damaged, treats the index as missing.

Layout: a magic line, the header's length (8 bytes, big-endian) and SHA-256, the header,
then the zlib-compressed blobs it points to (each with zlib's checksum). A kept snapshot (one every :data:`KEEP_EVERY` recorded changes) is a blob
holding the snapshot's stays, deadlines, case and discovery with the changes recorded after
it up to the next kept one, and its motions in pages of :data:`PAGE`, each page kept once
however many snapshots share it. An as-of query reads the header, one snapshot and its
pages, and the epoch's anomalies: about the size of its answer, whatever the docket's
length before the date.

The parts are pickled, and read back by an unpickler that builds nothing but docket's own
posture values and dates (:class:`_PostureUnpickler`), so an index file someone else wrote
cannot run code.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.util
import io
import pickle
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from docket._runtime import collector_paused
from docket.engine.changes import Change, Snapshot, assemble
from docket.posture import Anomaly, MotionState, Posture, StayState

if TYPE_CHECKING:
    from docket.audit.index import PostureIndex

__all__ = [
    "KEEP_EVERY",
    "PAGE",
    "Reader",
    "StoredIndex",
    "bytes_reader",
    "dump_index",
    "engine_fingerprint",
    "file_reader",
]

MAGIC = b"docket posture index 3\n"
#: Recorded changes between two kept snapshots.
KEEP_EVERY = 1024
_LENGTH = struct.Struct(">Q")
#: The header's SHA-256, after its length: a damaged header is never believed.
_SEAL = 32
_PACKAGE = Path(__file__).resolve().parents[1]

#: What an index may hold: docket's posture values, the event vocabulary they quote
#: (conditions, kinds), the index's own records, and dates.
_ALLOWED_MODULES = {"docket.posture", "docket.engine.changes", "docket.audit.persist"}


class _PostureUnpickler(pickle.Unpickler):
    """An unpickler that refuses every class but docket's posture values and ``date``."""

    def find_class(self, module: str, name: str) -> Any:
        ours = module in _ALLOWED_MODULES or module.startswith("docket.events.")
        if (module == "datetime" and name == "date") or (ours and not name.startswith("_")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"a posture index may not hold {module}.{name}")


def _loads(data: bytes) -> Any:
    return _PostureUnpickler(io.BytesIO(data)).load()


_fingerprint: str | None = None


def engine_fingerprint() -> str:
    """A digest of what replay's answers depend on besides the events.

    docket's own code and rule packs (by content) and the installed holidays library (by
    its version file): an index built by another engine is stale.
    """
    global _fingerprint
    if _fingerprint is None:
        digest = hashlib.sha256()
        for path in sorted(_PACKAGE.rglob("*")):
            if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(_PACKAGE)).encode())
                digest.update(path.read_bytes())
        spec = importlib.util.find_spec("holidays")
        if spec is not None and spec.origin is not None:
            version = Path(spec.origin).with_name("version.py")
            digest.update(version.read_bytes() if version.is_file() else spec.origin.encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


@dataclass(frozen=True, slots=True)
class KeptSnapshot:
    """A kept snapshot: its day, and where its parts lie (offset, length) after the header.

    ``rest`` holds the snapshot without its motions and stays; ``pages`` and ``stay_pages``
    hold those, :data:`PAGE` at a time; ``after`` the changes recorded after it up to the next kept snapshot,
    :data:`RUN` at a time, each run with the day of its first change.
    """

    on: date
    rest: tuple[int, int]
    pages: tuple[tuple[int, int], ...]
    stay_pages: tuple[tuple[int, int], ...]
    after: tuple[tuple[date, tuple[int, int]], ...]


@dataclass(frozen=True, slots=True)
class EpochHeader:
    anomalies: tuple[int, int]
    kept: tuple[KeptSnapshot, ...]


@dataclass(frozen=True, slots=True)
class Header:
    engine: str
    source: str
    epoch_days: tuple[date, ...]
    epochs: tuple[EpochHeader, ...]


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
        self._pages: dict[tuple[int, ...], tuple[int, int]] = {}

    def put(self, value: object) -> tuple[int, int]:
        # Compressed: the facts repeat their rules and wording from one state to the next.
        blob = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        span = (self.size, len(blob))
        self.parts.append(blob)
        self.size += len(blob)
        return span

    def page(self, items: list[Any]) -> tuple[int, int]:
        """A page of frozen facts, written once however many snapshots share it.

        Facts are frozen and an unchanged fact is the very same object from one snapshot
        to the next, so a page is known by the identities of what it holds (all of which
        live as long as the index being written).
        """
        key = tuple(map(id, items))
        span = self._pages.get(key)
        if span is None:
            span = self._pages[key] = self.put(items)
        return span


def _paged(blobs: _Blobs, items: list[Any]) -> tuple[tuple[int, int], ...]:
    return tuple(blobs.page(items[i : i + PAGE]) for i in range(0, len(items), PAGE))


def dump_index(index: PostureIndex, source: str) -> bytes:
    """``index`` as bytes, stamped with ``source`` and this engine's fingerprint."""
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
            after = [Change(c.on, c.key, None, c.new) for c in epoch.changes[snap.position : end]]
            runs = tuple(
                (after[i].on, blobs.put(after[i : i + RUN])) for i in range(0, len(after), RUN)
            )
            rest = blobs.put(replace(snap, motions=[], stays=[]))
            kept.append(
                KeptSnapshot(
                    snap.on, rest, _paged(blobs, snap.motions), _paged(blobs, snap.stays), runs
                )
            )
        epochs.append(EpochHeader(blobs.put(epoch.anomalies), tuple(kept)))
    header = pickle.dumps(
        Header(engine_fingerprint(), source, tuple(days), tuple(epochs)),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    seal = hashlib.sha256(header).digest()
    return b"".join([MAGIC, _LENGTH.pack(len(header)), seal, header, *blobs.parts])


Reader = Callable[[int, int], bytes]
"""Reads ``length`` bytes at ``offset`` of a kept index (a file, or bytes in memory)."""


def bytes_reader(data: bytes) -> Reader:
    """A :data:`Reader` over an index held in memory (e.g. read from the event store)."""
    view = memoryview(data)
    return lambda offset, length: bytes(view[offset : offset + length])


def file_reader(handle: BinaryIO) -> Reader:
    """A :data:`Reader` over an open index file: it reads only what is asked for."""

    def read(offset: int, length: int) -> bytes:
        handle.seek(offset)
        return handle.read(length)

    return read


class StoredIndex:
    """A kept index, read lazily: only the parts an as-of query needs are read and unpickled.

    Use :meth:`read`, which says ``None`` for an index that is stale, foreign or damaged.
    """

    def __init__(self, reader: Reader, header: Header, body: int) -> None:
        self._reader = reader
        self._header = header
        self._body = body

    @classmethod
    def read(cls, reader: Reader, *, source: str) -> StoredIndex | None:
        """The index ``reader`` reads if it was built from ``source`` by this engine, else ``None``."""
        start = len(MAGIC) + _LENGTH.size + _SEAL
        lead = reader(0, start)
        if len(lead) != start or lead[: len(MAGIC)] != MAGIC:
            return None
        (length,) = _LENGTH.unpack(lead[len(MAGIC) : len(MAGIC) + _LENGTH.size])
        raw = reader(start, length)
        if hashlib.sha256(raw).digest() != lead[-_SEAL:]:
            return None  # damaged (each blob carries zlib's own checksum)
        try:
            header = _loads(raw)
        except Exception:  # a damaged index is a missing one
            return None
        if (
            not isinstance(header, Header)
            or header.engine != engine_fingerprint()
            or header.source != source
        ):
            return None
        return cls(reader, header, start + length)

    def _blob(self, span: tuple[int, int]) -> Any:
        offset, length = span
        data = self._reader(self._body + offset, length)
        if len(data) != length:
            raise ValueError("the index is truncated")
        try:
            return _loads(zlib.decompress(data))
        except zlib.error as e:
            raise ValueError(f"the index is damaged: {e}") from e

    def posture(self, as_of: date) -> Posture:
        """The posture on ``as_of``, as :meth:`PostureIndex.posture` would give it.

        Raises:
            ValueError: The index's bytes are damaged (a reader should rebuild it).
        """
        with collector_paused():  # unpickling builds many objects and no garbage cycles
            return self._posture(as_of)

    def _posture(self, as_of: date) -> Posture:
        header = self._header
        epoch = header.epochs[bisect.bisect_right(header.epoch_days, as_of)]
        i = bisect.bisect_right([k.on for k in epoch.kept], as_of) - 1
        kept = epoch.kept[max(i, 0)]
        try:
            rest = self._blob(kept.rest)
            motions = [m for span in kept.pages for m in self._blob(span)]
            stays = [st for span in kept.stay_pages for st in self._blob(span)]
            changes = [c for first, span in kept.after if first <= as_of for c in self._blob(span)]
            anomalies = self._blob(epoch.anomalies)
        except Exception as e:  # whatever is wrong, the index is not believed
            raise ValueError(f"the index is damaged: {e}") from e
        if not (
            isinstance(rest, Snapshot)
            and isinstance(changes, list)
            and all(isinstance(c, Change) for c in changes[:1])
            and all(isinstance(m, MotionState) for m in motions[:1])
            and all(isinstance(st, StayState) for st in stays[:1])
            and isinstance(anomalies, tuple)
            and all(isinstance(a, Anomaly) for a in anomalies[:1])
        ):
            raise ValueError("the index is damaged: unexpected contents")
        return assemble(replace(rest, motions=motions, stays=stays), changes, 0, as_of, anomalies)
