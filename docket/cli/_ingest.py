"""``docket import``: read a docket sheet (juriscraper, CourtListener, PACER, docketanalyzer)
into a history."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from docket.files import locked, write_atomically
from docket.history import dump_history, load_history, write_history
from docket.ingest import (
    ImportFailed,
    RawDocket,
    build,
    known_from_history,
    read_courtlistener,
    read_docketanalyzer,
    read_juriscraper,
    read_pacer,
)

__all__ = ["register"]

F = TypeVar("F", bound=Callable[..., Any])


def _common(f: F) -> F:
    """The arguments every importer takes."""
    for decorator in reversed(
        (
            click.argument("sheet", type=click.Path(path_type=str)),
            click.option(
                "-o",
                "--output",
                type=click.Path(path_type=str),
                help="Write the history to this JSONL file, all or nothing; a symbolic link there is"
                " refused (default: standard output).",
            ),
            click.option(
                "--into",
                type=click.Path(path_type=str),
                help="Add the sheet's new entries to this existing history (its case id is kept);"
                " other imports into it wait their turn.",
            ),
            click.option(
                "--case",
                "case_id",
                default=None,
                help="Case id to use instead of court id + docket number.",
            ),
            click.option(
                "--report",
                is_flag=True,
                help="Print counts per event type, generic entries and unresolved references.",
            ),
        )
    ):
        f = decorator(f)
    return f


def _run(
    raw: RawDocket, output: str | None, into: str | None, case_id: str | None, report: bool
) -> None:
    if output and into:
        raise click.UsageError("give -o/--output or --into, not both")
    to_stdout = not output and not into
    if into:
        # Read, merge and write back under the history's lock: another import into the same
        # history waits, then reads this one's entries and adds its own.
        with locked(into):
            existing = load_history(into)
            result = build(raw, case=case_id, known=known_from_history(existing))
            write_atomically(into, dump_history([*existing, *result.events]))
        click.echo(
            f"{into}: added {len(result.events)} events, "
            f"{result.report.skipped} entries already present",
            err=True,
        )
    else:
        result = build(raw, case=case_id, known=known_from_history(()))
        if output:
            write_history(output, result.events)
        else:
            sys.stdout.write(dump_history(result.events))
    if report:
        click.echo(result.report.text(), err=to_stdout)


@click.group("import")
def import_group() -> None:
    """Import a real docket sheet into a docket history (JSONL).

    Example: docket import juriscraper nmd_123.json -o events/case.jsonl --report
    """


@import_group.command("juriscraper")
@_common
def juriscraper_cmd(
    sheet: str, output: str | None, into: str | None, case_id: str | None, report: bool
) -> None:
    """Import SHEET, a juriscraper docket (DocketReport or DocketHistoryReport data as JSON).

    Example: docket import juriscraper azd.json -o azd.jsonl
    """
    _run(read_juriscraper(sheet), output, into, case_id, report)


@import_group.command("courtlistener")
@_common
def courtlistener_cmd(
    sheet: str, output: str | None, into: str | None, case_id: str | None, report: bool
) -> None:
    """Import SHEET, a CourtListener REST v4 docket with its docket_entries.

    Example: docket import courtlistener insd__1_24-cv-00524.json --into case.jsonl
    """
    _run(read_courtlistener(sheet), output, into, case_id, report)


@import_group.command("pacer")
@_common
@click.option("--court", default=None, help="Court id (e.g. nmd) when the page does not show it.")
def pacer_cmd(
    sheet: str,
    output: str | None,
    into: str | None,
    case_id: str | None,
    report: bool,
    court: str | None,
) -> None:
    """Import SHEET, a PACER docket sheet or history/documents page (HTML).

    Needs the optional extra: pip install 'docket[pacer]' (juriscraper parses the page).

    Example: docket import pacer nmd_123.html --court nmd -o case.jsonl
    """
    _run(read_pacer(sheet, court=court), output, into, case_id, report)


@import_group.command("docketanalyzer")
@click.argument("sheet", type=click.Path(path_type=str))
@click.option(
    "--case",
    "ucid",
    default=None,
    metavar="UCID",
    help="Import this case of the file only (its ucid, e.g. akd;;3:16-cv-00263).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    help="Write the histories to this JSONL file (default: standard output).",
)
@click.option(
    "--into",
    type=click.Path(path_type=str),
    help="Add the case's new entries to this existing history (one case: give --case).",
)
@click.option("--report", is_flag=True, help="Print each case's counts and unresolved references.")
def docketanalyzer_cmd(
    sheet: str, ucid: str | None, output: str | None, into: str | None, report: bool
) -> None:
    """Import SHEET, docketanalyzer's CSV of CM/ECF docket text (ucid, ind, docket_text).

    A file holds many cases: every case is imported, one history after another, or only
    the one --case names. A case that cannot be imported (no date on any of its entries) is
    reported on standard error and the others are still written; the exit status is then 2.

    Example: docket import docketanalyzer dockets.csv --case "akd;;3:16-cv-00263" -o akd.jsonl
    """
    raws = read_docketanalyzer(sheet, case=ucid)
    if into:
        if len(raws) != 1:
            raise click.UsageError(
                f"--into takes one case, and {sheet} holds {len(raws)}: give --case"
            )
        _run(raws[0], None, into, None, report)
        return
    if output and len(raws) == 1:
        _run(raws[0], output, None, None, report)
        return
    events, refused = [], []
    for raw in raws:
        try:
            result = build(raw)
        except ImportFailed as e:
            refused.append(str(e))
            continue
        events.extend(result.events)
        if report:
            click.echo(result.report.text(), err=not output)
    if output:
        write_history(output, events)
    else:
        sys.stdout.write(dump_history(events))
    for line in refused:
        click.echo(f"refused: {line}", err=True)
    if refused:
        click.echo(f"{len(raws) - len(refused)} cases imported, {len(refused)} refused", err=True)
        sys.exit(2)


def register(group: click.Group) -> None:
    """Add ``docket import`` to ``group``."""
    group.add_command(import_group)
