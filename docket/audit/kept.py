"""Posture indexes kept for later: in the user's cache for a history file, or in the store.

``docket posture HISTORY --as-of D`` on a long docket reads the posture from an index kept
in the user's own cache directory (:func:`cache_root`), and ``docket posture --case ID``
from the snapshot the store keeps beside the case's events: the header and the parts the
date needs, about the size of the answer (:mod:`docket.audit.index_file`). The events stay the
source of truth. An index is used only when it was built from the very events there now (a
file's SHA-256, its case, number of entries and first and last entry ids; a stored case's
version and head hash) by this very engine; otherwise it is rebuilt. A rebuilt index is
checked against a fresh replay before it is kept, and not kept if they disagree. Where the
cache cannot be written, the answer comes from the index in memory and nothing is written.

A history's index is never kept beside it, nor read from there: whoever can write the
history's directory is not thereby trusted with the answers. The cache directory is made
private (mode 0700) and is not used when it is someone else's, or when others may write it.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from docket.audit.record import RecordSummary, summarize
from docket.history import count_lines, parse_history, read_history_bytes
from docket.posture import Deadline, Posture
from docket.records import FrozenRecord

# The index's format (and the pydantic adapters that read it) loads only where an index is
# read or written: a short history, replayed, needs none of it (start-up time).
if TYPE_CHECKING:
    from docket.audit.index import PostureIndex
    from docket.audit.index_file import Shape, StoredIndex
    from docket.events import DocketEvent
    from docket.store import EventStore

__all__ = [
    "CACHE_ENV",
    "INDEX_MAX_ENTRIES",
    "INDEX_MAX_ENV",
    "INDEX_MIN_ENTRIES",
    "IndexUse",
    "KeptAnswer",
    "StoredCase",
    "cache_root",
    "check_snapshots",
    "history_shape",
    "index_max_entries",
    "index_path",
    "posture_from_file",
    "posture_from_store",
    "posture_of",
    "read_case",
    "read_file",
    "read_store",
    "source_events",
    "source_stamp",
]

#: Histories shorter than this replay faster than an index is built, and get none unless asked.
INDEX_MIN_ENTRIES = 1000

#: Histories longer than this get no kept index unless asked (``--index``): they are replayed
#: as they are read, holding the replay's state and not the entries. Past it an index no
#: longer pays: on ``scripts/synthetic.py`` dockets, building and checking one costs several
#: replays (100,000 entries: 14 s and 37 MB kept, against a replay of a few seconds), and its
#: build holds every entry and every change in memory. At 15,000 entries one is 7.3 MB
#: and takes 4.4-5.0 s to build on a loaded machine, at 20,000 10.9 MB; at this length,
#: 4.6 MB and 3.3-3.7 s (README, Benchmarks).
INDEX_MAX_ENTRIES = 10_000

#: The environment variable that moves :data:`INDEX_MAX_ENTRIES` (a whole number of entries).
INDEX_MAX_ENV = "DOCKET_INDEX_MAX_ENTRIES"

#: The environment variable that moves the cache of kept indexes (e.g. for tests).
CACHE_ENV = "DOCKET_CACHE_DIR"

#: How an answer was found: from a kept index, from one just built (and kept, or not kept
#: because the cache is not writable or the check against replay failed), or by replay.
IndexUse = Literal["read", "built", "not_writable", "check_failed", "replayed"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def cache_root() -> Path:
    """Where history files' indexes are kept: ``$DOCKET_CACHE_DIR``, else the user's cache
    directory for docket (e.g. ``~/.cache/docket``)."""
    moved = os.environ.get(CACHE_ENV)
    if moved:
        return Path(moved)
    import platformdirs

    return Path(platformdirs.user_cache_dir("docket", appauthor=False))


def index_max_entries() -> int:
    """The longest history given a kept index unless asked: ``$DOCKET_INDEX_MAX_ENTRIES``,
    else :data:`INDEX_MAX_ENTRIES`.

    Raises:
        SettingError: the variable is set to something other than a whole number.
    """
    raw = os.environ.get(INDEX_MAX_ENV)
    if raw is None or not raw.strip():
        return INDEX_MAX_ENTRIES
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        from docket.errors import SettingError

        raise SettingError(
            f"{INDEX_MAX_ENV}={raw!r}: not a whole number of entries (e.g. {INDEX_MAX_ENTRIES})"
        )
    return int(text)


def _private(path: Path) -> bool:
    """Whether ``path`` is a directory (not a link to one) of this user's, that others
    may not write."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def _cache(create: bool) -> Path | None:
    """The cache directory if it is private (made so, when ``create``), else ``None``."""
    root = cache_root()
    if create:
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
    return root if _private(root) else None


def source_stamp(data: bytes) -> str:
    """What an index of a history file is built from: the SHA-256 of its bytes."""
    import hashlib

    return "sha256:" + hashlib.sha256(data).hexdigest()


def index_path(source: str) -> Path:
    """Where the index of the history whose :func:`source_stamp` is ``source`` is kept.

    Named by the history's SHA-256 and this engine's fingerprint: an edited history, or a
    new release of docket, looks for another file.
    """
    from docket.audit.index_file import engine_fingerprint

    digest = source.removeprefix("sha256:")
    return cache_root() / f"{digest}-{engine_fingerprint()[:16]}.posture-index"


def history_shape(data: bytes) -> Shape:
    """The case, number of lines and first and last entry ids of a history's bytes, without
    parsing its events (a line that is not a JSON object says ``None``).

    Cheap: the lines are counted, not split, and only the first and last are parsed. What
    an index records is compared with what this gives for the history being read, so it
    need only be deterministic (``entries`` counts line ends, blank lines too).
    """
    from docket.audit.index_file import Shape

    body = data.strip()
    if not body:
        return Shape(None, 0, None, None)
    end = body.find(b"\n")
    first = body if end < 0 else body[:end]
    last = body[body.rfind(b"\n") + 1 :]

    def field(line: bytes, name: str) -> str | None:
        try:
            value = json.loads(line).get(name)
        except (ValueError, AttributeError, RecursionError):
            return None  # not an entry: the history's own reader says why, with its line
        return value if isinstance(value, str) else None

    return Shape(field(first, "case"), data.count(b"\n"), field(first, "id"), field(last, "id"))


def _cites_only(posture: Posture, data: bytes) -> bool:
    """Whether the entries that last changed the case's and discovery's status are in the
    history's bytes.

    A cheap check of an answer read from an index: an index of another docket (one that
    closes the case, say) cites an entry this one does not hold. Only the last step of
    each is looked for: each look is a search of the whole history.
    """
    steps = [facts[-1] for facts in (posture.case.because, posture.discovery.because) if facts]
    ids = {s.event_id for s in steps if s.event_id is not None}
    return all(json.dumps(i, ensure_ascii=False).encode() in data for i in ids)


def _open_kept(path: Path) -> int | None:
    """A descriptor on the kept index at ``path``: a regular file of this user's, reached
    without following a symbolic link; else ``None``."""
    try:
        # Never blocks: a named pipe planted at the name is opened, seen not to be a file
        # and closed, not waited on.
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
        os.close(fd)
        return None
    return fd


class StoredCase(NamedTuple):
    """A case in an event store, as the source of a posture (the other source is a file)."""

    store: EventStore
    case: str


def posture_of(
    source: str | Path | StoredCase,
    as_of: date,
    known_on: date | None = None,
    *,
    use_index: bool | None = None,
) -> tuple[Posture, IndexUse]:
    """The posture of a history file or a stored case on ``as_of``: the one question every
    reading command asks.

    Without ``known_on`` a kept index answers where it can (:func:`posture_from_file`,
    :func:`posture_from_store`). With it the entries are replayed as the docket showed
    them on ``known_on``: a file's entries by their ``entered`` dates, a stored case's also
    by when the store recorded each (knowledge time).

    Raises:
        HistoryError: The history cannot be read, or a line is not a valid event.
        UnknownCase: The store holds nothing for the case.
    """
    answer = read_case(source, as_of, known_on, use_index=use_index)
    return answer.posture, answer.how


def read_case(
    source: str | Path | StoredCase,
    as_of: date,
    known_on: date | None = None,
    *,
    use_index: bool | None = None,
    book: bool = False,
) -> KeptAnswer:
    """:func:`posture_of`, with the record it was read from (:class:`RecordSummary`: only
    the entries known on ``known_on``, when given) and, if ``book``, the deadline book.

    Raises:
        HistoryError: The history cannot be read, or a line is not a valid event.
        UnknownCase: The store holds nothing for the case.
    """
    if known_on is None:
        if isinstance(source, StoredCase):
            return read_store(source.store, source.case, as_of, use_index=use_index, book=book)
        return read_file(source, as_of, use_index=use_index, book=book)
    from docket.audit.index import replayed_deadline_book
    from docket.engine.fold import replay

    events, known = source_events(source)
    return KeptAnswer(
        replay(events, as_of=as_of, known_on=known_on, known_dates=known),
        "replayed",
        summarize(events, known_on, known),
        replayed_deadline_book(events, as_of, known_on, known) if book else None,
    )


def source_events(
    source: str | Path | StoredCase,
) -> tuple[tuple[DocketEvent, ...], dict[str, date] | None]:
    """Every entry of a history file or a stored case, in docket order, and for a stored
    case when the store recorded each (its knowledge time, by entry id; ``None`` for a file,
    whose entries are known from their ``entered`` dates).

    Raises:
        HistoryError: The history cannot be read, or a line is not a valid event.
        UnknownCase: The store holds nothing for the case.
    """
    if isinstance(source, StoredCase):
        from docket.store import UnknownCase, events_of

        entries = source.store.load(source.case)
        if not entries:
            raise UnknownCase(source.case)
        return events_of(entries), {e.event_id: e.recorded_at.date() for e in entries}
    from docket.history import load_history

    return load_history(source), None


class KeptAnswer(FrozenRecord):
    """A case read on a date: its posture, how it was found, the record it was read from,
    and (when asked for) its deadline book: every deadline started by then, in its state
    then (see :func:`docket.audit.index.replayed_deadline_book`)."""

    __slots__ = ("book", "how", "posture", "record")

    posture: Posture
    how: IndexUse
    record: RecordSummary
    book: tuple[Deadline, ...] | None

    def __init__(
        self,
        posture: Posture,
        how: IndexUse,
        record: RecordSummary,
        book: tuple[Deadline, ...] | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "posture", posture)
        put(self, "how", how)
        put(self, "record", record)
        put(self, "book", book)


def posture_from_file(
    history: str | Path, as_of: date, *, use_index: bool | None = None
) -> tuple[Posture, IndexUse]:
    """The posture of the history file on ``as_of``, from its index where it has a sound one.

    Args:
        history: A JSONL docket history.
        as_of: The date to read the posture on.
        use_index: ``True`` reads and keeps an index whatever the history's length;
            ``False`` replays and leaves any index alone; ``None`` keeps one only for
            histories of :data:`INDEX_MIN_ENTRIES` entries or more, up to
            :func:`index_max_entries` (a longer one is replayed as it is read).

    Returns:
        The posture, equal to ``replay(load_history(history), as_of=as_of)``, and how it was
        found.

    Raises:
        HistoryError: The history cannot be read, or a line is not a valid event.
    """
    answer = read_file(history, as_of, use_index=use_index)
    return answer.posture, answer.how


def read_file(
    history: str | Path, as_of: date, *, use_index: bool | None = None, book: bool = False
) -> KeptAnswer:
    """:func:`posture_from_file`, with the record read and, if ``book``, the deadline book."""
    if use_index is None and _longer_than(history, index_max_entries()):
        # Too long to keep an index of unless asked: replayed as read, never held whole;
        # with the deadline book (every deadline, its steps too), replayed whole.
        if not book:
            return _streamed(history, as_of)
        use_index = False
    data = read_history_bytes(history)
    if use_index is False or (use_index is None and data.count(b"\n") < INDEX_MIN_ENTRIES):
        # Too short to have been given an index unless asked: replay it, looking for none.
        return _answer(parse_history(str(history), data), as_of, use_index, _keep_none, book)
    from docket.audit.index_file import StoredIndex, dump_index, file_reader

    source = source_stamp(data)
    shape = history_shape(data)
    if _cache(create=False) is not None:
        fd = _open_kept(index_path(source))
        if fd is not None:
            with os.fdopen(fd, "rb") as handle:
                try:
                    found = StoredIndex.read(file_reader(handle), source=source, shape=shape)
                    if found is not None:
                        answer = found.posture(as_of)
                        if _cites_only(answer, data):
                            return _kept(found, answer, as_of, book)
                except (OSError, ValueError):
                    pass  # unreadable or damaged: rebuilt below
    events = parse_history(str(history), data)

    def keep(index: PostureIndex) -> bool:
        return _write(source, dump_index(index, source, shape))

    return _answer(events, as_of, use_index, keep, book)


def _longer_than(history: str | Path, entries: int) -> bool:
    """Whether the history holds more than ``entries`` lines: its lines are counted only
    when it has more bytes than that (a short history is read once, not twice)."""
    try:
        size = os.stat(history).st_size
    except OSError:
        return False  # reading it says why, with its name
    return size > entries and count_lines(history) > entries


def _streamed(history: str | Path, as_of: date) -> KeptAnswer:
    """The posture of a history too long to keep an index of, replayed as it is read
    (:func:`docket.engine.streaming.replay_stream`), and its record, tallied on the first
    reading."""
    from docket.audit.record import RecordTally
    from docket.engine.streaming import replay_stream
    from docket.history import iter_history

    tally = RecordTally()

    def entries() -> Iterator[DocketEvent]:
        events = iter_history(history)
        return tally.count(events) if not tally.done else events

    posture = replay_stream(entries, as_of=as_of)
    return KeptAnswer(posture, "replayed", tally.summary())


def _kept(found: StoredIndex, posture: Posture, as_of: date, book: bool) -> KeptAnswer:
    deadlines = found.deadline_book(as_of) if book else None
    return KeptAnswer(posture, "read", found.header.record, deadlines)


def posture_from_store(
    store: EventStore, case: str, as_of: date, *, use_index: bool | None = None
) -> tuple[Posture, IndexUse]:
    """The posture of a stored case on ``as_of``, from the snapshot the store keeps of it.

    ``use_index`` as for :func:`posture_from_file`. A snapshot is believed only when it was
    built at the case's current head (its version and chain hash), and is saved (replacing
    any) when the one kept was built at another head, or by another engine.

    Raises:
        UnknownCase: The store holds nothing for ``case``.
    """
    answer = read_store(store, case, as_of, use_index=use_index)
    return answer.posture, answer.how


def read_store(
    store: EventStore,
    case: str,
    as_of: date,
    *,
    use_index: bool | None = None,
    book: bool = False,
) -> KeptAnswer:
    """:func:`posture_from_store`, with the record read and, if ``book``, the deadline book."""
    from docket.audit.index_file import Shape, StoredIndex, bytes_reader, dump_index
    from docket.store import StoreError, UnknownCase, events_of

    version, head = store.head(case)
    if version == 0:
        raise UnknownCase(case)
    source = store_source(version, head)
    shape = Shape(case, version, None, None)
    if use_index is None and version > index_max_entries():
        use_index = False  # too long to keep a snapshot of unless asked: replayed
    if use_index is not False:
        data = store.load_snapshot(case, source)
        found = (
            None
            if data is None
            else StoredIndex.read(bytes_reader(data), source=source, shape=shape)
        )
        if found is not None:
            try:
                return _kept(found, found.posture(as_of), as_of, book)
            except ValueError:
                pass  # damaged: rebuilt below
    events = events_of(store.load(case))

    def save(index: PostureIndex) -> bool:
        try:
            store.save_snapshot(case, source, dump_index(index, source, shape))
        except StoreError:
            return False  # e.g. a reader's role that may not write: answer all the same
        return True

    return _answer(events, as_of, use_index, save, book)


def store_source(version: int, head: str) -> str:
    """What a stored case's snapshot is built from: its number of entries and chain head."""
    return f"store:{version}:{head}"


def _keep_none(index: PostureIndex) -> bool:
    raise AssertionError("a history replayed without an index keeps none")


def _answer(
    events: tuple[DocketEvent, ...],
    as_of: date,
    use_index: bool | None,
    keep: Callable[[PostureIndex], bool],
    book: bool,
) -> KeptAnswer:
    """Replay, or build an index, check it, ``keep`` it (``False``: could not) and read it."""
    # The replay engine loads only when a kept index cannot answer, and the index's own
    # machinery only when one is built.

    record = summarize(events)
    if use_index is False or (use_index is None and len(events) < INDEX_MIN_ENTRIES):
        return _replayed(events, as_of, "replayed", record, book)
    from docket.audit.index import PostureIndex

    index = PostureIndex(events)
    if not agrees_with_replay(index):
        return _replayed(events, as_of, "check_failed", record, book)
    how: IndexUse = "built" if keep(index) else "not_writable"
    deadlines = index.deadline_book(as_of) if book else None
    return KeptAnswer(index.posture(as_of), how, record, deadlines)


def _replayed(
    events: tuple[DocketEvent, ...],
    as_of: date,
    how: IndexUse,
    record: RecordSummary,
    book: bool,
) -> KeptAnswer:
    """The answer of one fold run to ``as_of``: the posture, and the book if asked for."""
    from docket.engine import freeze
    from docket.engine.fold import Fold

    fold = Fold(events, horizon=as_of)
    fold.run_until(as_of)
    deadlines = tuple(freeze.deadline_state(d) for d in fold.world.book.all) if book else None
    return KeptAnswer(fold.posture(as_of), how, record, deadlines)


def agrees_with_replay(index: PostureIndex) -> bool:
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


def _write(source: str, data: bytes) -> bool:
    """Keep ``data`` as the index of ``source`` in the cache, atomically; ``False`` if the
    cache cannot be written (or is not private).

    A temporary file of a unique name (created, never opened through a link) is written,
    flushed to disk and renamed over the index: a reader sees the old index or the new one,
    and a link planted at the index's name is replaced, never followed.
    """
    import tempfile

    root = _cache(create=True)
    if root is None:
        return False
    try:
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=root)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, index_path(source))
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def check_snapshots(store: EventStore, cases: list[str] | None = None) -> list[tuple[str, str]]:
    """Rebuild each case's current snapshot from its events and replace one that differs.

    For each case of ``cases`` (default: every case in the store) whose store keeps a
    snapshot built at its current head, the snapshot is rebuilt from the events and the
    bytes compared (a rebuild is deterministic). One that differs (written by another
    engine, damaged, or planted by someone who may write the snapshots table) is replaced
    by the rebuilt one, checked against a fresh replay first; where the rebuild fails that
    check, the snapshot is dropped (replaced by bytes no reader believes).

    Returns:
        Each case whose snapshot was replaced or dropped, with what was done.

    Raises:
        StoreError: The store could not be read, or could not be written.
    """
    from docket.audit.index import PostureIndex
    from docket.audit.index_file import Shape, dump_index
    from docket.store import events_of

    done: list[tuple[str, str]] = []
    for case in cases if cases is not None else [c.case for c in store.cases()]:
        version, head = store.head(case)
        source = store_source(version, head)
        kept = store.load_snapshot(case, source)
        if version == 0 or kept is None:
            continue
        index = PostureIndex(events_of(store.load(case)))
        if not agrees_with_replay(index):
            store.save_snapshot(case, source, b"")
            done.append((case, "dropped: a rebuilt index disagrees with a fresh replay"))
            continue
        rebuilt = dump_index(index, source, Shape(case, version, None, None))
        if rebuilt != kept:
            store.save_snapshot(case, source, rebuilt)
            done.append((case, "rebuilt: the kept snapshot differed from its events' index"))
    return done
