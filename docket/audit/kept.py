"""Posture indexes kept beside the events: in a file next to a history, or in the store.

``docket posture HISTORY --as-of D`` on a long docket reads the posture from the index file
``.HISTORY.docket-index`` beside the history instead of replaying it, and ``docket posture
--case ID`` from the snapshot the store keeps beside the case's events: the header and the
parts the date needs, about the size of the answer (:mod:`docket.audit.persist`). The
events stay the source of truth. An index is used only when it was built from the very
events there now (a file's SHA-256; a stored case's version and head hash) by this very
engine; otherwise it is rebuilt. A rebuilt index is checked against a fresh replay before it
is kept, and not kept if they disagree. Where the directory is not writable, the answer
comes from the index in memory and nothing is written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from docket.audit.persist import StoredIndex, bytes_reader, dump_index, file_reader
from docket.history import parse_history, read_history_bytes
from docket.posture import Posture

if TYPE_CHECKING:
    from docket.audit.index import PostureIndex
    from docket.events import DocketEvent
    from docket.store import EventStore

__all__ = [
    "INDEX_MIN_ENTRIES",
    "IndexUse",
    "index_path",
    "posture_from_file",
    "posture_from_store",
    "source_stamp",
]

#: Histories shorter than this replay faster than an index is built, and get none unless asked.
INDEX_MIN_ENTRIES = 1000

#: How an answer was found: from a kept index, from one just built (and kept, or not kept
#: because the directory is not writable or the check against replay failed), or by replay.
IndexUse = Literal["read", "built", "not_writable", "check_failed", "replayed"]


def index_path(history: str | Path) -> Path:
    """Where the index of ``history`` is kept: a hidden file beside it."""
    path = Path(history)
    return path.with_name(f".{path.name}.docket-index")


def source_stamp(data: bytes) -> str:
    """What an index of a history file is built from: the SHA-256 of its bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def posture_from_file(
    history: str | Path, as_of: date, *, use_index: bool | None = None
) -> tuple[Posture, IndexUse]:
    """The posture of the history file on ``as_of``, from its index where it has a sound one.

    Args:
        history: A JSONL docket history.
        as_of: The date to read the posture on.
        use_index: ``True`` reads and keeps an index whatever the history's length;
            ``False`` replays and leaves any index alone; ``None`` keeps one only for
            histories of :data:`INDEX_MIN_ENTRIES` entries or more.

    Returns:
        The posture, equal to ``replay(load_history(history), as_of=as_of)``, and how it was
        found.

    Raises:
        HistoryError: The history cannot be read, or a line is not a valid event.
    """
    data = read_history_bytes(history)
    source = source_stamp(data)
    kept = index_path(history)
    if use_index is not False:
        try:
            with open(kept, "rb") as handle:
                found = StoredIndex.read(file_reader(handle), source=source)
                if found is not None:
                    return found.posture(as_of), "read"
        except (OSError, ValueError):
            pass  # missing, unreadable or damaged: rebuilt below
    events = parse_history(str(history), data)
    return _answer(events, as_of, use_index, lambda index: _write(kept, dump_index(index, source)))


def posture_from_store(
    store: EventStore, case: str, as_of: date, *, use_index: bool | None = None
) -> tuple[Posture, IndexUse]:
    """The posture of a stored case on ``as_of``, from the snapshot the store keeps of it.

    ``use_index`` as for :func:`posture_from_file`. A snapshot is saved (replacing any)
    when the one kept was built from fewer entries, or by another engine.

    Raises:
        UnknownCase: The store holds nothing for ``case``.
    """
    from docket.store import StoreError, UnknownCase, events_of

    version, head = store.head(case)
    if version == 0:
        raise UnknownCase(case)
    source = f"store:{version}:{head}"
    if use_index is not False:
        data = store.load_snapshot(case, source)
        found = None if data is None else StoredIndex.read(bytes_reader(data), source=source)
        if found is not None:
            try:
                return found.posture(as_of), "read"
            except ValueError:
                pass  # damaged: rebuilt below
    events = events_of(store.load(case))

    def save(index: PostureIndex) -> bool:
        try:
            store.save_snapshot(case, source, dump_index(index, source))
        except StoreError:
            return False  # e.g. a reader's role that may not write: answer all the same
        return True

    return _answer(events, as_of, use_index, save)


def _answer(
    events: tuple[DocketEvent, ...],
    as_of: date,
    use_index: bool | None,
    keep: Callable[[PostureIndex], bool],
) -> tuple[Posture, IndexUse]:
    """Replay, or build an index, check it, ``keep`` it (``False``: could not) and read it."""
    # The replay engine loads only when a kept index cannot answer.
    from docket.audit.index import PostureIndex
    from docket.engine.fold import replay

    if use_index is False or (use_index is None and len(events) < INDEX_MIN_ENTRIES):
        return replay(events, as_of=as_of), "replayed"
    index = PostureIndex(events)
    if not _agrees_with_replay(index):
        return replay(events, as_of=as_of), "check_failed"
    return index.posture(as_of), "built" if keep(index) else "not_writable"


def _agrees_with_replay(index: PostureIndex) -> bool:
    """A fresh replay's check of a new index: midway through its changes and on its last day.

    Without corrections the two days are read off one fold, run to the first and then on to
    the second (what two replays would give, at the cost of one).
    """
    from docket.engine.fold import Fold
    from docket.events import EntryCorrected, EntryStricken

    changes = index.changes
    days = {c.on for c in changes[len(changes) // 2 : len(changes) // 2 + 1]}
    final = index.epochs[-1][1].final
    if final is not None:
        days.add(final)
    if any(isinstance(e, EntryCorrected | EntryStricken) for e in index.events):
        return not index.check(sorted(days))
    fold = Fold(index.events)
    for day in sorted(days):
        fold.run_until(day)
        if fold.posture(day) != index.posture(day):
            return False
    return True


def _write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; ``False`` if the directory is not writable."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True
