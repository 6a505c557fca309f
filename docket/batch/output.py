"""Writing a batch's rows: JSON Lines or Parquet, written whole or not at all.

The rows go to a temporary file beside the output, which replaces the output only once
every row is written: a batch that fails halfway leaves any earlier output as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from docket.batch.rows import COLUMNS, DATE_COLUMNS, INT_COLUMNS, Row
from docket.batch.run import MissingExtra
from docket.errors import WriteFailed

__all__ = ["FORMATS", "output_format", "write_rows"]

#: The output formats, by the output file's suffix.
FORMATS = {".jsonl": "jsonl", ".parquet": "parquet"}


def output_format(path: str) -> str | None:
    """The format an output path asks for by its suffix, or ``None``."""
    return FORMATS.get(Path(path).suffix.lower())


def write_rows(path: str, batches: Iterable[list[Row]]) -> dict[str, int]:
    """Write every batch of rows to ``path`` (its suffix says the format), atomically.

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
            _write_jsonl(tmp, batches, counts)
        else:
            _write_parquet(tmp, batches, counts)
        os.replace(tmp, target)
    except OSError as e:
        raise WriteFailed(path, e.strerror or str(e)) from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts


def _count(rows: list[Row], counts: dict[str, int]) -> None:
    for row in rows:
        kind = str(row["row"])
        counts[kind] = counts.get(kind, 0) + 1


def _write_jsonl(tmp: str, batches: Iterable[list[Row]], counts: dict[str, int]) -> None:
    with open(tmp, "w", encoding="utf-8") as out:
        for rows in batches:
            _count(rows, counts)
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, default=_iso))
                out.write("\n")


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


def _write_parquet(tmp: str, batches: Iterable[list[Row]], counts: dict[str, int]) -> None:
    pa = _pyarrow()
    import pyarrow.parquet as pq

    shape = schema()
    with pq.ParquetWriter(tmp, shape, compression="zstd") as writer:
        for rows in batches:
            _count(rows, counts)
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=shape))
