"""``docket import``: read a docket sheet (juriscraper, CourtListener, PACER, docketanalyzer)
into a history."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from docket.cli._bulk import bulk_import
from docket.files import locked, write_atomically
from docket.history import dump_history, load_history, write_history
from docket.ingest import (
    ImportFailed,
    RawDocket,
    build,
    merge_sheet,
    read_courtlistener,
    read_docketanalyzer,
    read_juriscraper,
    read_pacer,
)

__all__ = ["register"]

F = TypeVar("F", bound=Callable[..., Any])

_CASE_HELP = "Case id to use instead of court id + docket number (one sheet only)."


def _common(case_help: str = _CASE_HELP) -> Callable[[F], F]:
    """The arguments every importer takes."""
    return lambda f: _decorated(f, case_help)


def _decorated(f: F, case_help: str) -> F:
    for decorator in reversed(
        (
            click.argument(
                "sheets", nargs=-1, required=True, metavar="PATH...", type=click.Path(path_type=str)
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(path_type=str),
                help="Write the history to this JSONL file, all or nothing; a symbolic link there is"
                " refused (default: standard output). One sheet only.",
            ),
            click.option(
                "--into",
                type=click.Path(path_type=str),
                help="Add the sheet's new entries to this existing history (its case id is kept);"
                " other imports into it wait their turn. One sheet only.",
            ),
            click.option(
                "--case",
                "case_id",
                default=None,
                metavar="ID",
                help=case_help,
            ),
            click.option(
                "--report",
                is_flag=True,
                help="Print counts per event type, generic entries and unresolved references.",
            ),
            *_store_options,
        )
    ):
        f = decorator(f)
    return f


_store_options = (
    click.option(
        "--store",
        "store_url",
        metavar="URL",
        default=None,
        help="Import into this event store (a SQLite file, postgresql://..., memory:), each"
        " case in one transaction. Several sheets, a folder or a glob go to a store even"
        " without it: $DOCKET_STORE, else ./docket.db.",
    ),
    click.option(
        "--keep-going/--fail-fast",
        default=True,
        show_default=True,
        help="Into a store: after a sheet is refused, go on with the others (the default), or"
        " stop there (what was imported before it stays). Either way the exit status is 2 if"
        " any sheet was refused.",
    ),
    click.option(
        "--progress/--no-progress",
        default=None,
        help="Into a store: show a progress bar with entries/s on standard error (default:"
        " when it is a terminal).",
    ),
)


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
            merged = merge_sheet(existing, raw, on=date.today(), case=case_id)
            write_atomically(into, dump_history([*existing, *merged.events]))
        fixed = f", {merged.corrected} corrected" if merged.corrected else ""
        click.echo(
            f"{into}: added {merged.new} events{fixed}, {merged.unchanged} entries already present",
            err=True,
        )
        result_report = merged.report
    else:
        result = build(raw, case=case_id)
        if output:
            write_history(output, result.events)
        else:
            sys.stdout.write(dump_history(result.events))
        result_report = result.report
    if report:
        click.echo(result_report.text(), err=to_stdout)


def _import(
    source: str,
    read: Callable[[str], list[RawDocket]],
    sheets: tuple[str, ...],
    options: dict[str, Any],
) -> None:
    """Import ``sheets`` (files, folders, globs): one into a file or standard output, or
    any number into the store."""
    output, into, case_id, report = (options[k] for k in ("output", "into", "case_id", "report"))
    single = len(sheets) == 1 and (
        bool(output or into) or not (Path(sheets[0]).is_dir() or _pattern(sheets[0]))
    )
    if options["store_url"] is None and single:
        raws = read(sheets[0])
        if len(raws) != 1:
            if into:
                raise click.UsageError(
                    f"--into takes one case, and {sheets[0]} holds {len(raws)}: give --case"
                )
            _many_to_file(raws, output, report)
            return
        _run(raws[0], output, into, case_id, report)
        return
    if output or into:
        raise click.UsageError(
            "-o/--output and --into take one sheet; several go into the store (--store)"
        )
    if case_id and not single:
        raise click.UsageError("--case names the case of one sheet; several sheets name their own")
    bulk_import(source, read, sheets, options)


def _pattern(path: str) -> bool:
    """Whether ``path`` is a glob pattern for docket to expand (no file has that name)."""
    return any(c in path for c in "*?[") and not Path(path).exists()


def _many_to_file(raws: list[RawDocket], output: str | None, report: bool) -> None:
    """Several cases of one file (a docketanalyzer CSV) written one history after another;
    a case that cannot be imported is listed on standard error and the others written."""
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


@click.group("import")
def import_group() -> None:
    """Import a real docket sheet into a docket history (JSONL).

    Example: docket import juriscraper nmd_123.json -o events/case.jsonl --report
    """


@import_group.command("juriscraper")
@_common()
def juriscraper_cmd(sheets: tuple[str, ...], **options: Any) -> None:
    """Import juriscraper dockets (DocketReport or DocketHistoryReport data as JSON).

    One sheet becomes a history (standard output, -o or --into); several sheets, folders
    (searched for *.json) or globs go into the store, each case in one transaction.

    Example: docket import juriscraper azd.json -o azd.jsonl

    Example: docket import juriscraper dockets/ 'more/*.json' --store docket.db
    """
    _import("juriscraper", lambda p: [read_juriscraper(p)], sheets, options)


@import_group.command("courtlistener")
@_common()
def courtlistener_cmd(sheets: tuple[str, ...], **options: Any) -> None:
    """Import CourtListener REST v4 dockets with their docket_entries (JSON).

    One sheet becomes a history (standard output, -o or --into); several sheets, folders
    (searched for *.json) or globs go into the store, each case in one transaction.

    Example: docket import courtlistener insd__1_24-cv-00524.json --into case.jsonl
    """
    _import("courtlistener", lambda p: [read_courtlistener(p)], sheets, options)


@import_group.command("pacer")
@_common()
@click.option("--court", default=None, help="Court id (e.g. nmd) when the page does not show it.")
def pacer_cmd(sheets: tuple[str, ...], court: str | None, **options: Any) -> None:
    """Import PACER docket sheets or history/documents pages (HTML), or RECAP docket XML.

    Needs the optional extra: pip install 'docket[pacer]' (juriscraper parses the page).
    Folders are searched for *.html, *.htm and *.xml.

    Example: docket import pacer nmd_123.html --court nmd -o case.jsonl
    """
    _import("pacer", lambda p: [read_pacer(p, court=court)], sheets, options)


@import_group.command("docketanalyzer")
@_common("Import this case of each file only (its ucid, e.g. akd;;3:16-cv-00263).")
def docketanalyzer_cmd(sheets: tuple[str, ...], **options: Any) -> None:
    """Import docketanalyzer's CSV of CM/ECF docket text (ucid, ind, docket_text).

    A file holds many cases: every case is imported, one history after another, or only
    the one --case names (its ucid, e.g. akd;;3:16-cv-00263). A case that cannot be imported
    (no date on any of its entries) is reported and the others are still written; the exit
    status is then 2. Into the store, each case is one transaction.

    Example: docket import docketanalyzer dockets.csv --case "akd;;3:16-cv-00263" -o akd.jsonl
    """
    ucid = options.pop("case_id")
    options["case_id"] = None
    _import("docketanalyzer", lambda p: read_docketanalyzer(p, case=ucid), sheets, options)


def register(group: click.Group) -> None:
    """Add ``docket import`` to ``group``."""
    group.add_command(import_group)
