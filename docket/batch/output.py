"""Writing a batch's rows: JSON Lines or Parquet, written whole or not at all.

Each partition's rows are encoded where they were replayed (:func:`encode`: JSON Lines
text, or an Arrow table), so that the one process writing the output only appends them. They
go to a temporary file beside the output, which replaces the output only once every row is
written: a batch that fails halfway leaves any earlier output as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from docket.batch.rows import COLUMNS, DATE_COLUMNS, INT_COLUMNS, Row
from docket.errors import DocketError, WriteFailed

__all__ = [
    "FORMATS",
    "Encoded",
    "Format",
    "MissingExtra",
    "encode",
    "output_format",
    "schema",
    "write_rows",
]

#: An output format.
Format = Literal["jsonl", "parquet"]

#: The output formats, by the output file's suffix.
FORMATS: dict[str, Format] = {".jsonl": "jsonl", ".parquet": "parquet"}


class MissingExtra(DocketError, ImportError):
    """An optional library a batch needs is not installed; the message names the extra."""


@dataclass(frozen=True, slots=True)
class Encoded:
    """A partition's rows in the output's format (JSON Lines bytes, or a pyarrow Table), how
    many rows of each kind, and its error rows (named on standard error)."""

    data: Any
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[Row] = field(default_factory=list)


def output_format(path: str) -> Format | None:
    """The format an output path asks for by its suffix, or ``None``."""
    return FORMATS.get(Path(path).suffix.lower())


def encode(rows: list[Row], fmt: Format) -> Encoded:
    """``rows`` in the format ``fmt``, with their counts by kind and their error rows."""
    counts: dict[str, int] = {}
    for row in rows:
        kind = str(row["row"])
        counts[kind] = counts.get(kind, 0) + 1
    errors = [r for r in rows if r["row"] == "error"]
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=_iso) + "\n" for r in rows)
        return Encoded(text.encode("utf-8"), counts, errors)
    pa = _pyarrow()
    return Encoded(pa.Table.from_pylist(rows, schema=schema()), counts, errors)


def write_rows(path: str, parts: Iterable[Encoded]) -> dict[str, int]:
    """Write every partition's encoded rows to ``path`` (its suffix says the format),
    atomically.

    Returns:
        The number of rows written, by row kind.

    Raises:
        MissingExtra: Parquet is asked for and pyarrow is not installed.
        WriteFailed: The output cannot be written.
    """
    fmt = output_format(path)
    if fmt is None:
        raise ValueError(f"{path}: the output ends in .jsonl or .parquet")
    if fmt == "parquet":
        _pyarrow()  # refused before any replay runs
    target = Path(path)
    counts: dict[str, int] = {}
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise WriteFailed(path, e.strerror or str(e)) from e
    os.close(fd)
    try:
        if fmt == "jsonl":
            with open(tmp, "wb") as out:
                for part in parts:
                    _add(counts, part)
                    out.write(part.data)
        else:
            import pyarrow.parquet as pq

            with pq.ParquetWriter(tmp, schema(), compression="zstd") as writer:
                for part in parts:
                    _add(counts, part)
                    if part.data.num_rows:
                        writer.write_table(part.data)
        os.replace(tmp, target)
    except OSError as e:
        raise WriteFailed(path, e.strerror or str(e)) from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts


def _add(counts: dict[str, int], part: Encoded) -> None:
    for kind, n in part.counts.items():
        counts[kind] = counts.get(kind, 0) + n


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as e:
        raise MissingExtra(
            "docket batch -o FILE.parquet needs pyarrow: pip install 'docket[batch]'"
            " (or write .jsonl)"
        ) from e
    return pyarrow


def schema() -> Any:
    """The Parquet schema of a batch: dates as dates, numbers as 64-bit integers, the rest
    text; every column nullable."""
    pa = _pyarrow()
    return pa.schema(
        [
            (
                c,
                pa.date32()
                if c in DATE_COLUMNS
                else pa.int64()
                if c in INT_COLUMNS
                else pa.string(),
            )
            for c in COLUMNS
        ]
    )
