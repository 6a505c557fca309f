"""Docket histories on disk: JSONL, one event per line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from docket._runtime import collector_paused
from docket.errors import HistoryError, InvalidEvent
from docket.events import DocketEvent, dump_event, parse_event
from docket.files import (
    HISTORY_LIMIT,
    FileRefused,
    locked,
    open_limited,
    read_limited,
    write_atomically,
)
from docket.limits import MAX_LINE_BYTES

if TYPE_CHECKING:
    from docket.posture import Posture

__all__ = [
    "count_lines",
    "dump_history",
    "iter_history",
    "load_history",
    "load_numbered_history",
    "parse_history",
    "read_history_bytes",
    "replay_history",
    "write_history",
]

_WHAT = "a docket history"


def _open(path: str | Path) -> BinaryIO:
    """Open a docket history for reading: a regular file of at most
    :data:`~docket.files.HISTORY_LIMIT` bytes (a directory, named pipe or device is refused
    before it is read). Anything else is a HistoryError."""
    try:
        return open_limited(path, HISTORY_LIMIT, _WHAT)
    except FileRefused as e:
        raise HistoryError(e.path, None, e.reason) from None


def read_history_bytes(path: str | Path) -> bytes:
    """The raw bytes of a docket history file (at most :data:`~docket.files.HISTORY_LIMIT`).

    Raises:
        HistoryError: the file cannot be read, is not a regular file or is too large (names
            the file and the reason).
    """
    try:
        return read_limited(path, HISTORY_LIMIT, _WHAT)
    except FileRefused as e:
        raise HistoryError(e.path, None, e.reason) from None


def count_lines(path: str | Path) -> int:
    """How many line ends a docket history holds (blank lines too), counted as it is read
    in pieces, without holding the file.

    Raises:
        HistoryError: the file cannot be read, is not a regular file or is too large.
    """
    count = 0
    with _open(path) as handle:
        while piece := handle.read(1 << 20):
            count += piece.count(b"\n")
    return count


def _bounded_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of ``handle``, none read past :data:`~docket.limits.MAX_LINE_BYTES` + 1
    bytes: a longer one is cut there, and refused by :func:`_parse_lines`."""
    while line := handle.readline(MAX_LINE_BYTES + 1):
        yield line


def _parse_lines(name: str, lines: Iterable[bytes]) -> Iterator[DocketEvent]:
    for _, event in _parse_numbered(name, lines):
        yield event


def _parse_numbered(name: str, lines: Iterable[bytes]) -> Iterator[tuple[int, DocketEvent]]:
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE_BYTES and len(raw.rstrip(b"\r\n")) > MAX_LINE_BYTES:
            raise HistoryError(
                name, number, f"line longer than {MAX_LINE_BYTES:,} bytes: not a docket entry"
            )
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise HistoryError(name, number, "not UTF-8 text") from None
        if not line.strip():
            continue
        try:
            event = parse_event(line)
        except InvalidEvent as e:
            raise HistoryError(name, number, str(e)) from e
        if ("\\ud" in line or "\\uD" in line) and not _writable(event):
            raise HistoryError(name, number, _LONE_SURROGATE)
        yield number, event


_LONE_SURROGATE = "a string holds a lone surrogate (\\ud800 to \\udfff): not UTF-8 text"


def _writable(event: DocketEvent) -> bool:
    """Whether ``event`` can be written back: Python's ``json`` reads an escaped lone
    surrogate (``"\\ud800"``) into a string that no UTF-8 history can hold."""
    try:
        dump_event(event)
    except ValueError:  # pydantic's serialization error
        return False
    return True


def parse_history(name: str, data: bytes) -> tuple[DocketEvent, ...]:
    """The events of a JSONL docket history already read as ``data`` (``name`` for errors).

    Raises:
        HistoryError: a line is not a valid event (names the file, the line and the reason).
    """
    with collector_paused():
        return tuple(_parse_lines(name, data.split(b"\n")))


def iter_history(path: str | Path) -> Iterator[DocketEvent]:
    """Yield the events of a JSONL docket history, one per non-blank line.

    Raises:
        HistoryError: the file cannot be read, or a line is not a valid event (names the
            file, the 1-based line number and the reason). Nothing is yielded past a bad line.
    """
    with _open(path) as handle:
        yield from _parse_lines(str(path), _bounded_lines(handle))


def load_history(path: str | Path) -> tuple[DocketEvent, ...]:
    """Read a whole JSONL docket history. See :func:`iter_history` for errors.

    Every event read is kept, so the cyclic garbage collector is paused meanwhile (it would
    only scan them again and again).
    """
    with collector_paused():
        return tuple(iter_history(path))


def replay_history(path: str | Path, *, as_of: date | None = None) -> Posture:
    """The posture of a JSONL docket history on ``as_of``, replayed as the file is read,
    without holding its entries (:func:`docket.engine.replay_stream`): the same posture as
    ``replay(load_history(path), as_of=as_of)`` in the memory of the replay's state alone.
    See :func:`iter_history` for errors.
    """
    from docket.engine.streaming import replay_stream

    return replay_stream(lambda: iter_history(path), as_of=as_of)


def load_numbered_history(path: str | Path) -> tuple[tuple[int, DocketEvent], ...]:
    """Read a whole JSONL docket history, each event with its 1-based line number (to name
    the line of an entry refused later). See :func:`iter_history` for errors."""
    with collector_paused(), _open(path) as handle:
        return tuple(_parse_numbered(str(path), _bounded_lines(handle)))


def dump_history(events: Iterable[DocketEvent]) -> str:
    """Events as JSONL text, one per line, each line ending in a newline."""
    return "".join(dump_event(e) + "\n" for e in events)


def write_history(path: str | Path, events: Iterable[DocketEvent]) -> None:
    """Write events to ``path`` as JSONL, all or nothing, holding the history's lock.

    See :func:`docket.files.write_atomically`: a temporary file renamed into place, a link
    at ``path`` refused. A caller that read the history first and writes it back holds
    :func:`docket.files.locked` itself and calls ``write_atomically``.

    Raises:
        WriteFailed: The file cannot be written; whatever was there is unchanged.
    """
    text = dump_history(events)
    with locked(path):
        write_atomically(path, text)
