"""Commands over a docket history file: ``posture`` and ``schema``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import click

from docket.cli._common import (
    as_of_option,
    echo_json,
    json_option,
    known_on_option,
    store_option,
)

if TYPE_CHECKING:
    from docket.posture import Posture

# The replay engine, the store and the rules load inside the commands that need them: a
# posture read from a kept index needs none of them (start-up time is most of a query).

__all__ = ["register"]


@click.command()
@click.argument("history", type=click.Path(path_type=str), required=False)
@click.option("--case", "case", metavar="ID", help="Read the case from the store, not a file.")
@store_option
@as_of_option
@known_on_option
@json_option
@click.option(
    "--index/--no-index",
    "use_index",
    default=None,
    help="Read the posture from a kept index (for HISTORY, one in your cache directory,"
    " $DOCKET_CACHE_DIR or e.g. ~/.cache/docket, named by the file's SHA-256; for --case, a"
    " snapshot in the store), built and checked against a replay when missing or stale;"
    " --no-index always replays. Default: an index for dockets of 1,000 entries or more."
    " Not used with --known-on.",
)
def posture(
    history: str | None,
    case: str | None,
    store_url: str | None,
    as_of: date | None,
    known_on: date | None,
    as_json: bool,
    use_index: bool | None,
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
    day = as_of or date.today()
    from docket.audit.kept import StoredCase, cache_root, posture_of

    if history is not None:
        result, how = posture_of(history, day, known_on, use_index=use_index)
        _log("posture_index", use=how, cache=cache_root)
    else:
        from docket.store import open_store

        with open_store(store_url, create=False) as store:
            result, how = posture_of(
                StoredCase(store, str(case)), day, known_on, use_index=use_index
            )
        _log("posture_index", use=how, case=str(case))
    _show(result, as_json)


def _show(result: Posture, as_json: bool) -> None:
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        from docket.render import posture_text

        click.echo(posture_text(result))


def _log(event: str, **facts: str | Callable[[], object]) -> None:
    """Log under ``-v`` (structlog is configured, and so imported, only then); a fact given
    as a function is called only then."""
    structlog = sys.modules.get("structlog")
    if structlog is not None and structlog.is_configured():
        said = {k: v if isinstance(v, str) else str(v()) for k, v in facts.items()}
        structlog.get_logger("docket.cli").info(event, **said)


@click.command()
@click.argument("history", type=click.Path(path_type=str))
@as_of_option
@json_option
def deadlines(history: str, as_of: date | None, as_json: bool) -> None:
    """List the deadlines running in HISTORY on a date, each with its rule and trigger.

    Example: docket deadlines events/lucero-v-clovis.jsonl --as-of 2019-11-20
    """
    from pydantic_core import to_jsonable_python

    from docket.audit.kept import posture_of

    result = posture_of(history, as_of or date.today())[0]
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
    from docket.events import event_json_schema

    echo_json(event_json_schema())


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(posture)
    group.add_command(deadlines)
    group.add_command(schema)
