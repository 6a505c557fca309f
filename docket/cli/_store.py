"""Commands over the event store: ``append``, ``export``, ``cases`` and ``verify``.

``--store URL`` (or ``$DOCKET_STORE``) names the store: a SQLite file (default
``./docket.db``), ``postgresql://...`` or ``memory:``. Only ``append`` creates a store.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from docket.cli._common import echo_json, json_option, store_option
from docket.events import DocketEvent
from docket.files import locked, write_atomically
from docket.history import load_history
from docket.store import UnknownCase, events_of, open_store

__all__ = ["register", "store_option", "stored_history"]

F = TypeVar("F", bound=Callable[..., Any])


def stored_history(
    case: str, store_url: str | None
) -> tuple[tuple[DocketEvent, ...], dict[str, date]]:
    """Every entry of ``case`` in the store, in stream order, and when the store recorded
    each (its knowledge time, by entry id).

    Raises:
        UnknownCase: The store holds nothing for ``case``.
    """
    with open_store(store_url, create=False) as store:
        entries = store.load(case)
    if not entries:
        raise UnknownCase(case)
    return events_of(entries), {e.event_id: _day(e.recorded_at) for e in entries}


def _day(recorded_at: datetime | str) -> date:
    if isinstance(recorded_at, str):
        return date.fromisoformat(recorded_at[:10])
    return recorded_at.date()


@click.command()
@click.argument("history", type=click.Path(path_type=str))
@store_option
def append(history: str, store_url: str | None) -> None:
    """Append the entries of HISTORY (a JSONL docket history) to the store.

    Idempotent: entries already stored with the same content are skipped, so appending
    the same file twice stores each entry once. Each case's entries go in as one batch.
    An entry whose id is stored with different content is refused: record a correction.

    Example: docket append events/lucero-v-clovis.jsonl --store docket.db
    """
    events = load_history(history)
    by_case: dict[str, list[DocketEvent]] = {}
    for event in events:
        by_case.setdefault(event.case, []).append(event)
    if not by_case:
        click.echo(f"{history}: no entries")
        return
    with open_store(store_url) as store:
        for case, batch in by_case.items():
            result = store.append(case, batch)
            click.echo(
                f"{case}: {len(result.appended)} appended, {result.duplicates} already stored,"
                f" {result.version} in the case"
            )


@click.command()
@click.option("--case", "case", required=True, metavar="ID", help="The case to export.")
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to FILE (all or nothing; a symbolic link there is refused) instead of"
    " standard output.",
)
def export(case: str, store_url: str | None, output: Path | None) -> None:
    """Print a case's entries as a JSONL docket history, exactly as stored.

    The output round-trips: appending it to an empty store and exporting again gives
    the same bytes.

    Example: docket export --case nmd-2:19-cv-00445 -o lucero.jsonl
    """
    with open_store(store_url, create=False) as store:
        entries = store.load(case)
    if not entries:
        raise UnknownCase(case)
    text = "".join(e.payload + "\n" for e in entries)
    if output is None:
        sys.stdout.write(text)
        return
    with locked(output):
        write_atomically(output, text)


@click.command()
@store_option
@json_option
def cases(store_url: str | None, as_json: bool) -> None:
    """List the cases in the store: id, number of entries, when the last was recorded.

    Example: docket cases --store postgresql://postgres@127.0.0.1/test
    """
    with open_store(store_url, create=False) as store:
        summaries = store.cases()
    if as_json:
        echo_json(
            [
                {
                    "case": s.case,
                    "entries": s.version,
                    "last_recorded_at": s.last_recorded_at.isoformat(),
                }
                for s in summaries
            ]
        )
        return
    for s in summaries:
        click.echo(f"{s.case}\t{s.version}\t{s.last_recorded_at.isoformat()}")


@click.command()
@click.option("--case", "case", default=None, metavar="ID", help="Check this case only.")
@store_option
@click.pass_context
def verify(ctx: click.Context, case: str | None, store_url: str | None) -> None:
    """Recompute the hash chains and report the first broken link of each case.

    Exit status 0 when every chain holds, 1 when one is broken. Each intact case's last
    hash is printed: keep it elsewhere to prove later that nothing before it changed.

    Example: docket verify --case nmd-2:19-cv-00445
    """
    with open_store(store_url, create=False) as store:
        result = store.verify(case)
    if case is not None and result.events == 0:
        raise UnknownCase(case)
    for head in result.heads:
        click.echo(f"ok\t{head.case}\t{head.version}\t{head.hash}")
    for link in result.broken:
        click.echo(f"BROKEN\t{link}")
    summary = f"{result.events} entries in {result.cases} cases"
    if result.ok:
        click.echo(f"verified {summary}: every chain holds", err=True)
        return
    click.echo(f"{len(result.broken)} broken chains among {summary}", err=True)
    ctx.exit(1)


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    for command in (append, export, cases, verify):
        group.add_command(command)
