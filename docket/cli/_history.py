"""Commands over a docket history file: ``posture`` and ``schema``."""

from __future__ import annotations

from datetime import date

import click

from docket.audit.record import question_lines
from docket.cli._common import as_of_option, echo_json, json_option, jsonable, known_on_option
from docket.cli._source import CaseSource, case_source_options

# The replay engine, the store and the rules load inside the commands that need them: a
# posture read from a kept index needs none of them (start-up time is most of a query).

__all__ = ["register"]


@click.command()
@case_source_options
@as_of_option
@known_on_option
@json_option
def posture(source: CaseSource, as_of: date | None, known_on: date | None, as_json: bool) -> None:
    """Replay HISTORY (a JSONL docket history), or --case from the store, and print the posture.

    --as-of reads the posture on a date (valid time); --known-on reads it as the docket
    showed it on a date (knowledge time: entries entered later are left out; for a case in the
    store, entries recorded later). The first lines state the question: the dates, the last
    entry, how many entries are reconstructed, where the case was read from, the rules.

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-09

    Example: docket posture --case nmd-2:19-cv-00445 --store docket.db --as-of 2019-12-09
    """
    reading = source.read("posture", as_of or date.today(), known_on)
    if as_json:
        echo_json(
            {"question": jsonable(reading.question), **reading.posture.model_dump(mode="json")}
        )
    else:
        from docket.render import posture_text

        click.echo("\n".join([*question_lines(reading.question), posture_text(reading.posture)]))


@click.command()
@case_source_options
@as_of_option
@known_on_option
@json_option
def deadlines(source: CaseSource, as_of: date | None, known_on: date | None, as_json: bool) -> None:
    """List the deadlines running in HISTORY (or --case) on a date, each with its rule and trigger.

    Example: docket deadlines events/lucero-v-clovis.jsonl --as-of 2019-11-20
    """
    reading = source.read("deadlines", as_of or date.today(), known_on)
    result = reading.posture
    if as_json:
        echo_json({"question": jsonable(reading.question), "deadlines": jsonable(result.deadlines)})
        return
    for line in question_lines(reading.question):
        click.echo(line)
    if result.case.rule_pack_notice:
        click.echo(f"Note: {result.case.rule_pack_notice}")
    if not result.deadlines:
        click.echo(f"No deadline runs as of {result.as_of}.")
    for d in result.deadlines:
        readings = ""
        if len(d.readings) > 1:
            readings = (
                " (readings: " + "; ".join(f"{r.due}: {r.assumption}" for r in d.readings) + ")"
            )
        trigger = f", triggered by Doc. {d.trigger_doc}" if d.trigger_doc is not None else ""
        click.echo(f"{d.due}  {d.what} [{d.citation}; {d.rule}{trigger}] {d.status}{readings}")


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
