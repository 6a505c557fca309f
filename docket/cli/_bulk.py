"""Many sheets into the store in one run (``docket import SOURCE PATH... --store URL``) and
the account it ends with, shared with ``docket append``.

Paths may be files, folders (searched, with their sub-folders, for the source's kind of
file) and globs (``'dockets/**/*.json'``, quoted so that docket expands them). Each sheet is
read, merged into its case and written in one transaction; a refused sheet is listed with
its reason and the others go on. The exit status is 2 when anything was refused.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import click

from docket.cli._paths import expand_paths
from docket.errors import DocketError
from docket.ingest import ImportFailed, RawDocket
from docket.intake import Outcome, Summary, import_sheet
from docket.store import EventStore, MemoryStore, SchemaTooNew, StoreUnavailable, open_store

__all__ = ["bulk_import", "expand", "finish", "progress"]

#: The files a folder is searched for, by source.
SUFFIXES = {
    "juriscraper": (".json",),
    "courtlistener": (".json",),
    "pacer": (".html", ".htm", ".xml"),
    "docketanalyzer": (".csv",),
}


def expand(paths: tuple[str, ...], suffixes: tuple[str, ...]) -> tuple[list[str], list[Outcome]]:
    """The sheet files ``paths`` name, in the order given (a folder's and a glob's sorted),
    each once; and a refusal for each path that names none."""
    files, missing = expand_paths(paths, suffixes)
    return files, [Outcome(given, None, "refused", reason=reason) for given, reason in missing]


class _Bar:
    """The progress bar's handle: one sheet done, with its entries."""

    def __init__(self, advance: Callable[[int], None]) -> None:
        self.advance = advance


@contextmanager
def progress(total: int, shown: bool | None, what: str = "sheets") -> Iterator[_Bar]:
    """A progress bar on standard error over ``total`` sheets (or cases), with the entries
    read per second; ``shown`` None shows it only when standard error is a terminal."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(stderr=True)
    if shown is None:
        shown = console.is_terminal
    if not shown:
        yield _Bar(lambda entries: None)
        return
    bar = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(what),
        TextColumn("{task.fields[entries]:,} entries, {task.fields[rate]:,.0f} entries/s"),
        TimeElapsedColumn(),
        console=console,
        refresh_per_second=8,
    )
    with bar:
        task = bar.add_task("import", total=total, entries=0, rate=0.0)
        started = time.perf_counter()
        done = [0]

        def advance(entries: int) -> None:
            done[0] += entries
            elapsed = max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=1, entries=done[0], rate=done[0] / elapsed)

        yield _Bar(advance)


def finish(summary: Summary, seconds: float, unit: str = "sheets") -> None:
    """Print each case's and each refusal's line, and the totals on standard error; exit
    with status 2 if anything was refused."""
    for line in summary.lines(unit):
        click.echo(line)
    click.echo(summary.totals(seconds, unit), err=True)
    if summary.refused:
        sys.exit(2)


def _one_file(
    store: EventStore,
    read: Callable[[str], list[RawDocket]],
    path: str,
    today: date,
    case: str | None,
    summary: Summary,
) -> int:
    """Import the sheet (or the cases) of one file; the number of entries it held."""
    try:
        raws = read(path)
    except ImportFailed as e:
        summary.add(Outcome(e.path, None, "refused", reason=e.reason))
        return 0
    except DocketError as e:  # an optional extra missing
        summary.add(Outcome(path, None, "refused", reason=str(e)))
        return 0
    except Exception as e:  # a fault of docket's on one sheet must not stop the others
        summary.add(Outcome(path, None, "refused", reason=_fault(e)))
        return 0
    for raw in raws:
        try:
            summary.add(import_sheet(store, raw, on=today, case=case))
        except (StoreUnavailable, SchemaTooNew):
            raise
        except Exception as e:  # nothing of this case was written: its append never ran
            summary.add(Outcome(path, None, "refused", len(raw.entries), reason=_fault(e)))
    return sum(len(raw.entries) for raw in raws)


def _fault(error: Exception) -> str:
    return (
        f"docket failed on this sheet ({type(error).__name__}: {str(error)[:200]});"
        " nothing of it was stored: please report it"
    )


def bulk_import(
    source: str,
    read: Callable[[str], list[RawDocket]],
    paths: tuple[str, ...],
    options: dict[str, Any],
) -> None:
    """Import every sheet ``paths`` name into the store, each case in one transaction."""
    files, missing = expand(paths, SUFFIXES[source])
    summary = Summary()
    for outcome in missing:
        summary.add(outcome)
    keep_going: bool = options["keep_going"]
    today = date.today()
    started = time.perf_counter()
    with open_store(options["store_url"]) as store:
        if isinstance(store, MemoryStore):
            click.echo(
                "memory: keeps nothing after this command (give a file to keep it)", err=True
            )
        with progress(len(files), options["progress"]) as bar:
            for path in files:
                if summary.refused and not keep_going:
                    break
                bar.advance(_one_file(store, read, path, today, options["case_id"], summary))
    finish(summary, time.perf_counter() - started)
