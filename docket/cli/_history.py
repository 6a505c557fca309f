"""Commands over a docket history file: ``posture`` and ``schema``."""

from __future__ import annotations

from datetime import date

import click

from docket.cli._common import as_of_option, echo_json, json_option
from docket.cli._store import store_option, stored_events
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
@json_option
def posture(
    history: str | None, case: str | None, store_url: str | None, as_of: date | None, as_json: bool
) -> None:
    """Replay HISTORY (a JSONL docket history), or --case from the store, and print the posture.

    Example: docket posture events/lucero-v-clovis.jsonl --as-of 2019-12-09

    Example: docket posture --case nmd-2:19-cv-00445 --store docket.db --as-of 2019-12-09
    """
    if (history is None) == (case is None):
        raise click.UsageError("give either a HISTORY file or --case ID")
    events = load_history(history) if history is not None else stored_events(str(case), store_url)
    result = replay(events, as_of=as_of or date.today())
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        click.echo(posture_text(result))


@click.command()
def schema() -> None:
    """Print the JSON Schema of one line of a docket history.

    Example: docket schema > docket-event.schema.json
    """
    echo_json(event_json_schema())


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(posture)
    group.add_command(schema)
