"""Docket histories on disk: JSONL, one event per line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from docket._gc import collector_paused
from docket.errors import HistoryError, InvalidEvent
from docket.events import DocketEvent, dump_event, parse_event
from docket.limits import MAX_LINE_BYTES

__all__ = [
    "dump_history",
    "iter_history",
    "load_history",
    "parse_history",
    "read_history_bytes",
    "write_history",
]


def _open(path: str | Path) -> BinaryIO:
    """Open a docket history for reading; a file that cannot be opened is a HistoryError."""
    name = str(path)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise HistoryError(name, None, "no such file") from None
    except IsADirectoryError:
        raise HistoryError(name, None, "is a directory, not a docket history") from None
    except OSError as e:
        raise HistoryError(name, None, e.strerror or str(e)) from e


def read_history_bytes(path: str | Path) -> bytes:
    """The raw bytes of a docket history file.

    Raises:
        HistoryError: the file cannot be read (names the file and the reason).
    """
    with _open(path) as handle:
        try:
            return handle.read()
        except OSError as e:
            raise HistoryError(str(path), None, e.strerror or str(e)) from e


def _bounded_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of ``handle``, none read past :data:`~docket.limits.MAX_LINE_BYTES` + 1
    bytes: a longer one is cut there, and refused by :func:`_parse_lines`."""
    while line := handle.readline(MAX_LINE_BYTES + 1):
        yield line


def _parse_lines(name: str, lines: Iterable[bytes]) -> Iterator[DocketEvent]:
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
        yield event


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


def dump_history(events: Iterable[DocketEvent]) -> str:
    """Events as JSONL text, one per line, each line ending in a newline."""
    return "".join(dump_event(e) + "\n" for e in events)


def write_history(path: str | Path, events: Iterable[DocketEvent]) -> None:
    """Write events to ``path`` as JSONL, atomically (a temporary file renamed into place)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(dump_history(events), encoding="utf-8")
    tmp.replace(target)
