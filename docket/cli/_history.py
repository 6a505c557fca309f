"""Commands over a docket history file: ``posture`` and ``schema``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from docket.audit.record import question_lines
from docket.cli._common import (
    as_of_option,
    echo_json,
    echo_text,
    format_option,
    json_option,
    jsonable,
    known_on_option,
    store_option,
)
from docket.cli._source import CaseReading, CaseSource, case_source_options

# The replay engine, the store and the rules load inside the commands that need them: a
# posture read from a kept index needs none of them (start-up time is most of a query).

__all__ = ["register"]


@click.command()
@case_source_options
@as_of_option
@known_on_option
@json_option
@format_option("text", "json", "csv")
def posture(
    source: CaseSource, as_of: date | None, known_on: date | None, as_json: bool, fmt: str | None
) -> None:
    """Replay HISTORY (a JSONL docket history), or --case from the store, and print the posture.

    --as-of reads the posture on a date (valid time); --known-on reads it as the docket
    showed it on a date (knowledge time: entries entered later are left out; for a case in the
    store, entries recorded later). The first lines state the question: the dates, the last
    entry, how many entries are reconstructed, where the case was read from, the rules.

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-09

    Example: docket posture --case nmd-2:19-cv-00445 --store docket.db --as-of 2019-12-09

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-10 --format csv
    """
    from docket.cli._common import output_format

    fmt = output_format(fmt, as_json)
    reading = source.read("posture", as_of or date.today(), known_on)
    if fmt == "csv":
        from docket.tables import MOTION_COLUMNS, csv_text, motion_row

        p = reading.posture
        case = p.case.id or source.source
        click.echo(
            csv_text(MOTION_COLUMNS, (motion_row(case, p.as_of, m) for m in p.motions)), nl=False
        )
        return
    if fmt == "json":
        echo_json(
            {"question": jsonable(reading.question), **reading.posture.model_dump(mode="json")}
        )
    else:
        from docket.render import posture_text

        echo_text("\n".join([*question_lines(reading.question), posture_text(reading.posture)]))


@click.command()
@click.argument("history", type=click.Path(path_type=str), required=False)
@click.option("--case", "case", metavar="ID", help="Read the case from the store, not a file.")
@click.option("--all", "every_case", is_flag=True, help="Every case in the store.")
@store_option
@as_of_option
@known_on_option
@json_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "csv", "ics"]),
    default=None,
    help="text (default), json (as --json), csv (one row per deadline; columns in the"
    " README, 'Output formats'), or ics: an iCalendar file of every deadline"
    " started by --as-of, met and moot ones as cancelled events.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to FILE (all or nothing) instead of standard output.",
)
def deadlines(
    history: str | None,
    case: str | None,
    every_case: bool,
    store_url: str | None,
    as_of: date | None,
    known_on: date | None,
    as_json: bool,
    fmt: str | None,
    output: Path | None,
) -> None:
    """List the deadlines running in HISTORY (or --case, or --all cases in the store) on a
    date, each with its rule and trigger; or export them as a calendar (--format ics).

    Example: docket deadlines events/lucero-v-clovis.jsonl --as-of 2019-11-20

    Example: docket deadlines --all --store docket.db --format ics -o deadlines.ics
    """
    if sum([history is not None, case is not None, every_case]) != 1:
        raise click.UsageError("give one of a HISTORY file, --case ID or --all")
    from docket.cli._common import output_format

    fmt = output_format(fmt, as_json)
    day = as_of or date.today()
    if every_case:
        from docket.store import open_store

        with open_store(store_url, create=False) as store:
            cases = [c.case for c in store.cases()]
        sources = [CaseSource(None, c, store_url, None) for c in cases]
    else:
        sources = [CaseSource(history, case, store_url, None)]
    readings = [s.read("deadlines", day, known_on, book=fmt == "ics") for s in sources]
    if fmt == "ics":
        from datetime import UTC, datetime

        from docket.calendaring import CaseDeadlines, deadline_calendar

        data = deadline_calendar(
            (
                CaseDeadlines(
                    r.posture.case.id or "",
                    r.posture.case.title,
                    r.posture.case.court,
                    r.book or (),
                )
                for r in readings
            ),
            datetime.now(UTC),
        )
        _emit(data.decode(), output)
        return
    if fmt == "csv":
        from docket.tables import DEADLINE_COLUMNS, csv_text, deadline_row

        rows = [
            deadline_row(r.posture.case.id or r.question.source, r.posture.as_of, d)
            for r in readings
            for d in r.posture.deadlines
        ]
        _emit(csv_text(DEADLINE_COLUMNS, rows), output)
        return
    if fmt == "json":
        found = [
            {"question": jsonable(r.question), "deadlines": jsonable(r.posture.deadlines)}
            for r in readings
        ]
        _emit(
            json.dumps(found if every_case else found[0], indent=2, ensure_ascii=False) + "\n",
            output,
        )
        return
    lines: list[str] = []
    for reading in readings:
        lines += _deadline_lines(reading)
    if output is None:
        echo_text("\n".join(lines))
        return
    _emit("\n".join(lines) + "\n", output)


def _deadline_lines(reading: CaseReading) -> list[str]:
    result = reading.posture
    lines = question_lines(reading.question)
    if result.case.rule_pack_notice:
        lines.append(f"Note: {result.case.rule_pack_notice}")
    if not result.deadlines:
        lines.append(f"No deadline runs as of {result.as_of}.")
    for d in result.deadlines:
        readings = ""
        if len(d.readings) > 1:
            readings = (
                " (readings: " + "; ".join(f"{r.due}: {r.assumption}" for r in d.readings) + ")"
            )
        trigger = f", triggered by Doc. {d.trigger_doc}" if d.trigger_doc is not None else ""
        lines.append(f"{d.due}  {d.what} [{d.citation}; {d.rule}{trigger}] {d.status}{readings}")
    return lines


def _emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` all or nothing."""
    if output is None:
        click.echo(text, nl=False)
        return
    from docket.files import locked, write_atomically

    with locked(output):
        write_atomically(output, text)


@click.command()
def schema() -> None:
    """Print the JSON Schema of one line of a docket history.

    Example: docket schema > docket-event.schema.json
    """
    from docket.events import event_json_schema

    echo_json(event_json_schema())


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(posture)
    group.add_command(deadlines)
    group.add_command(schema)
