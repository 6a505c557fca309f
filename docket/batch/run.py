"""Replay many cases at once: partitions of cases, replayed across cores or machines.

A batch is cut into :class:`Partition` s of cases (history files, or case ids of one store,
in sorted order), and each partition is replayed by :func:`replay_partition` wherever it
runs: in this process, in a pool of processes on this machine (``concurrent.futures``), or on
the workers of an existing Dask distributed cluster. A partition names its cases and the
store's URL, never their events: each worker reads its cases straight from the store (a
PostgreSQL store serves remote workers), so no docket crosses the scheduler. Results come
back in partition order, so the rows are the same whichever way they were computed.

One case that cannot be replayed never stops the others: it gives an ``error`` row with the
reason.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from docket.batch.output import Encoded, Format, MissingExtra, encode
from docket.batch.rows import Row, error_row, posture_rows
from docket.errors import DocketError

__all__ = [
    "Partition",
    "partitions",
    "replay_encoded",
    "replay_partition",
    "run_dask",
    "run_local",
]


@dataclass(frozen=True, slots=True)
class Partition:
    """Cases replayed together: history files (``store`` is ``None``), or case ids of the
    store at ``store`` (a URL every worker can open)."""

    cases: tuple[str, ...]
    store: str | None = None


def partitions(
    cases: Sequence[str],
    store: str | None,
    jobs: int,
    per_job: int = 4,
    sizes: Sequence[int] | None = None,
) -> list[Partition]:
    """``cases`` cut into contiguous partitions, ``per_job`` for each of ``jobs`` workers
    (so that one slow partition does not leave the others idle), none empty.

    With ``sizes`` (a history file's bytes, a stored case's entries: one per case), each
    partition holds about the same total size rather than the same number of cases, so that
    a few long dockets do not make one partition last while the workers of the others wait.
    """
    if not cases:
        return []
    count = min(len(cases), max(1, jobs * per_job))
    if sizes is None:
        size, extra = divmod(len(cases), count)
        ends = list(accumulate(size + (1 if i < extra else 0) for i in range(count)))
    else:
        if len(sizes) != len(cases):
            raise ValueError(f"{len(sizes)} sizes for {len(cases)} cases")
        totals = list(accumulate(max(1, s) for s in sizes))
        ends = []
        start = 0
        for i in range(count):
            left = count - i - 1  # partitions still to fill, a case at least for each
            done = totals[start - 1] if start else 0
            target = done + (totals[-1] - done) / (left + 1)  # an even share of what is left
            end = bisect_left(totals, target, lo=start) + 1  # the case reaching the target
            if end - 1 > start and target - totals[end - 2] < totals[end - 1] - target:
                end -= 1  # stopping before that case comes nearer the target
            end = max(start + 1, min(end, len(cases) - left))
            ends.append(end)
            start = end
    out: list[Partition] = []
    start = 0
    for end in ends:
        out.append(Partition(tuple(cases[start:end]), store))
        start = end
    return out


def replay_partition(partition: Partition, as_of: date) -> list[Row]:
    """The rows of every case of ``partition`` on ``as_of``, replayed from its events (no
    kept index is read or written: a batch changes nothing); a case that cannot be read or
    replayed gives one ``error`` row instead, and the others go on."""
    from docket.audit.kept import StoredCase, posture_of

    rows: list[Row] = []
    if partition.store is None:
        for path in partition.cases:
            try:
                posture, _ = posture_of(path, as_of, use_index=False)
            except Exception as e:  # one bad history must not stop the batch
                rows.append(error_row(None, path, _reason(e), as_of))
                continue
            rows += posture_rows(posture, path)
        gc.collect()
        return rows
    from docket.store import open_store

    try:
        store = open_store(partition.store, create=False)
    except Exception as e:  # the store unreachable from this worker
        return [error_row(case, None, _reason(e), as_of) for case in partition.cases]
    with store:
        for case in partition.cases:
            try:
                posture, _ = posture_of(StoredCase(store, case), as_of, use_index=False)
            except Exception as e:
                rows.append(error_row(case, None, _reason(e), as_of))
                continue
            rows += posture_rows(posture, case=case)
    gc.collect()  # replay's working state holds reference cycles; free them between partitions
    return rows


def replay_encoded(partition: Partition, as_of: date, fmt: Format) -> Encoded:
    """:func:`replay_partition`, its rows encoded where they were replayed (JSON Lines, or
    an Arrow table for Parquet): the encoding runs on every worker, not in the one process
    that writes the output."""
    return encode(replay_partition(partition, as_of), fmt)


def _reason(error: Exception) -> str:
    if isinstance(error, DocketError):
        return str(error)
    return (
        f"docket failed on this case ({type(error).__name__}: {str(error)[:200]}): please report it"
    )


def _worker_start() -> None:
    # ``docket`` turns the cyclic collector off for its short commands; a worker replays
    # case after case, whose working states hold cycles.
    gc.enable()


def run_local(parts: Sequence[Partition], as_of: date, fmt: Format, jobs: int) -> Iterator[Encoded]:
    """Each partition's rows, encoded as ``fmt``, in order: in this process for one job,
    else in a pool of ``jobs`` processes."""
    # Loaded here, once, so that each forked worker starts with the engine already imported.
    import docket.audit.kept
    import docket.engine.fold  # noqa: F401

    # What is loaded so far lives as long as the run: the collector leaves it out of its
    # scans (a full scan per partition), and a forked worker's scans would otherwise write to
    # every object it inherited and copy the whole heap, page by page, into each worker.
    gc.freeze()
    try:
        if jobs <= 1 or len(parts) <= 1:
            for part in parts:
                yield replay_encoded(part, as_of, fmt)
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start) as pool:
            n = len(parts)
            try:
                yield from pool.map(replay_encoded, parts, [as_of] * n, [fmt] * n)
            except BrokenProcessPool as e:
                raise DocketError(
                    "a replay process died (killed, or out of memory); nothing was written:"
                    " try fewer --jobs"
                ) from e
    finally:
        gc.unfreeze()


def run_dask(
    parts: Sequence[Partition], as_of: date, fmt: Format, scheduler: str
) -> Iterator[Encoded]:
    """Each partition's rows, encoded as ``fmt``, in order, replayed on the workers of the Dask distributed
    cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``). The workers need
    docket installed, and must reach the store (or the history files, at the same paths).

    Raises:
        MissingExtra: Dask distributed is not installed.
        DocketError: The scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError as e:
        raise MissingExtra(
            "docket batch --scheduler needs Dask distributed: pip install 'docket[batch]'"
        ) from e
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as e:
        raise DocketError(f"no Dask scheduler answers at {scheduler} ({e})") from e
    import uuid

    run = uuid.uuid4().hex[:12]  # a key of its own per run: never an earlier run's result
    with client:
        futures = client.map(
            replay_encoded,
            list(parts),
            as_of=as_of,
            fmt=fmt,
            key=[f"docket-batch-{run}-{i}" for i in range(len(parts))],
        )
        for i, future in enumerate(futures):
            try:
                done = future.result()
            except Exception as e:  # a worker lost, or killed: the cluster's, not a case's
                raise DocketError(
                    f"the Dask cluster at {scheduler} failed on partition {i + 1} of"
                    f" {len(futures)} ({type(e).__name__}: {str(e)[:200]}); nothing was written"
                ) from e
            yield done
