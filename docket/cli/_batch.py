"""``docket batch``: replay every case of a store, or many history files, into one table."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterator
from datetime import date

import click

from docket.cli._common import DATE, store_option

__all__ = ["register"]

#: How many failed cases are named on standard error (all are in the output's error rows).
_SHOWN_ERRORS = 20


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@store_option
@click.option("--as-of", type=DATE, required=True, help="Read every case's posture on this date.")
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    metavar="OUT",
    help="Where to write the rows: OUT.parquet (needs docket[batch]) or OUT.jsonl.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes to replay with on this machine (default: one per core); the cases are"
    " cut into 4 partitions per job, also with --scheduler (give there the cluster's"
    " worker threads).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:8786",
    default=None,
    help="Replay on the workers of this Dask distributed cluster instead (needs"
    " docket[batch] there and here; the workers must reach the store).",
)
def batch(
    paths: tuple[str, ...],
    store_url: str | None,
    as_of: date,
    out: str,
    jobs: int | None,
    scheduler: str | None,
) -> None:
    """Replay every case and write one row per case, motion, stay and running deadline,
    with the case's court and judge and each fact's dates (columns: see the README).

    PATH... are history files (.jsonl), folders searched for them, or quoted globs;
    without them, every case of the store is replayed. A case that cannot be replayed
    gets a row of kind 'error' with the reason, and the command exits 2 at the end.

    Example: docket batch --store postgresql://localhost/docket --as-of 2024-06-30 -o dockets.parquet
    """
    from docket.batch import encode, output_format, partitions, run_dask, run_local, write_rows
    from docket.batch.output import Encoded
    from docket.batch.rows import Row, error_row

    fmt = output_format(out)
    if fmt is None:
        raise click.UsageError(f"OUT {out!r} must end in .parquet or .jsonl")
    ctx = click.get_current_context()
    store_given = ctx.get_parameter_source("store_url") == click.core.ParameterSource.COMMANDLINE
    if paths and store_given:
        raise click.UsageError("give history PATHs or --store, not both")
    gc.enable()  # a long run: replay's working states hold reference cycles
    started = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    missing: list[Row] = []
    if paths:
        from docket.cli._paths import expand_paths

        files, refused = expand_paths(paths, (".jsonl",))
        missing = [error_row(None, given, reason, as_of) for given, reason in refused]
        parts = partitions(files, None, jobs, sizes=[_bytes(f) for f in files])
        count = len(files)
    else:
        url = _shared_url(store_url)
        cases, entries = _store_cases(url)
        parts = partitions(cases, url, jobs, sizes=entries)
        count = len(cases)
    if scheduler is not None:
        done = run_dask(parts, as_of, fmt, scheduler)
    else:
        done = run_local(parts, as_of, fmt, jobs)
    errors: list[Row] = []

    def watched() -> Iterator[Encoded]:
        if missing:
            errors.extend(missing)
            yield encode(missing, fmt)
        for part in done:
            errors.extend(part.errors)
            yield part

    counts = write_rows(out, watched())
    for row in errors[:_SHOWN_ERRORS]:
        click.echo(f"{row['source'] or row['case']}: {row['error']}", err=True)
    if len(errors) > _SHOWN_ERRORS:
        click.echo(f"... and {len(errors) - _SHOWN_ERRORS} more error rows in {out}", err=True)
    kinds = ", ".join(
        f"{counts[k]:,} {k}"
        for k in ("case", "motion", "stay", "deadline", "error")
        if counts.get(k)
    )
    click.echo(
        f"{count:,} cases replayed as of {as_of.isoformat()}: {kinds or 'no rows'} -> {out}"
        f" ({time.perf_counter() - started:.1f} s)",
        err=True,
    )
    if errors:
        sys.exit(2)


def _shared_url(given: str | None) -> str:
    """The store's URL as every worker can open it: a SQLite path made absolute."""
    from docket.store import store_url

    url = store_url(given)
    if url == "memory:":
        raise click.UsageError("memory: holds no cases to replay; give a store or history PATHs")
    if "://" not in url:
        return os.path.abspath(url)
    return url


def _store_cases(url: str) -> tuple[list[str], list[int]]:
    """Every case of the store, by case id, and how many entries each holds."""
    from docket.store import open_store

    with open_store(url, create=False) as store:
        held = sorted((c.case, c.version) for c in store.cases())
    return [case for case, _ in held], [entries for _, entries in held]


def _bytes(path: str) -> int:
    """A history file's size, what its partition is balanced on (0 for one the reader will
    refuse)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def register(group: click.Group) -> None:
    """Add ``batch`` to the command group."""
    group.add_command(batch)
