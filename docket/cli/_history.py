"""Commands over a docket history file: ``posture`` and ``schema``."""

from __future__ import annotations

from datetime import date

import click
from pydantic_core import to_jsonable_python

from docket.cli._common import as_of_option, echo_json, json_option, known_on_option
from docket.cli._store import store_option, stored_history
from docket.events import event_json_schema
from docket.history import load_history
from docket.render import posture_text
from docket.replay import replay

__all__ = ["register"]


@click.command()
@click.argument("history", type=click.Path(dir_okay=False, path_type=str), required=False)
@click.option("--case", "case", metavar="ID", help="Read the case from the store, not a file.")
@store_option
@as_of_option
@known_on_option
@json_option
def posture(
    history: str | None,
    case: str | None,
    store_url: str | None,
    as_of: date | None,
    known_on: date | None,
    as_json: bool,
) -> None:
    """Replay HISTORY (a JSONL docket history), or --case from the store, and print the posture.

    --as-of reads the posture on a date (valid time); --known-on reads it as the docket
    showed it on a date (knowledge time: entries entered later are left out; for a case in the
    store, entries recorded later).

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-09

    Example: docket posture --case nmd-2:19-cv-00445 --store docket.db --as-of 2019-12-09
    """
    if (history is None) == (case is None):
        raise click.UsageError("give either a HISTORY file or --case ID")
    if history is not None:
        events, known_dates = load_history(history), None
    else:
        events, known_dates = stored_history(str(case), store_url)
    result = replay(events, as_of=as_of or date.today(), known_on=known_on, known_dates=known_dates)
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        click.echo(posture_text(result))


@click.command()
@click.argument("history", type=click.Path(dir_okay=False, path_type=str))
@as_of_option
@json_option
def deadlines(history: str, as_of: date | None, as_json: bool) -> None:
    """List the deadlines running in HISTORY on a date, each with its rule and trigger.

    Example: docket deadlines events/lucero-v-clovis.jsonl --as-of 2019-11-20
    """
    result = replay(load_history(history), as_of=as_of or date.today())
    if as_json:
        echo_json(to_jsonable_python(result.deadlines))
        return
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
    echo_json(event_json_schema())


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(posture)
    group.add_command(deadlines)
    group.add_command(schema)
