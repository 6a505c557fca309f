"""Bulk replay: every case of a store, or many history files, as rows of one table.

Example:
    >>> from datetime import date
    >>> from docket.batch import partitions, replay_partition
    >>> [part] = partitions(["events/lucero-v-clovis.jsonl"], None, jobs=1)
    >>> rows = replay_partition(part, date(2019, 12, 10))
    >>> [r["row"] for r in rows][:2], rows[1]["kind"], rows[1]["status"]
    (['case', 'motion'], 'compel', 'denied_without_prejudice')

Modules: ``rows`` (a posture's rows and their columns), ``run`` (partitions replayed in this
process, a process pool or on a Dask distributed cluster) and ``output`` (JSON Lines or
Parquet, written atomically). ``docket batch`` is the command over them; ``docket stats``
reads what it writes (:mod:`docket.stats`).
"""

from docket.batch.output import FORMATS, Encoded, MissingExtra, encode, output_format, write_rows
from docket.batch.rows import COLUMNS, Row, error_row, posture_rows
from docket.batch.run import (
    Partition,
    partitions,
    replay_encoded,
    replay_partition,
    run_dask,
    run_local,
)

__all__ = [
    "COLUMNS",
    "FORMATS",
    "Encoded",
    "MissingExtra",
    "Partition",
    "Row",
    "encode",
    "error_row",
    "output_format",
    "partitions",
    "posture_rows",
    "replay_encoded",
    "replay_partition",
    "run_dask",
    "run_local",
    "write_rows",
]
