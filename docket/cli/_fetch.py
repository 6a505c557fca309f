"""``docket fetch courtlistener``: dockets by id from CourtListener's REST API into the store
or a history file."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from docket.cli._bulk import finish
from docket.fetch import DEFAULT_API, DEFAULT_PER_HOUR, CourtListener, fetch_into_store
from docket.history import write_history
from docket.ingest import build, from_courtlistener_data
from docket.intake import Summary
from docket.store import MemoryStore, open_store

__all__ = ["courtlistener_options", "register"]

F = TypeVar("F", bound=Callable[..., Any])


@click.group("fetch")
def fetch_group() -> None:
    """Fetch dockets from a service by id, and import them.

    Example: docket fetch courtlistener 68363715 --store docket.db
    """


def courtlistener_options(f: F) -> F:
    """``--token``, ``--api-url`` and ``--max-per-hour``: how to reach CourtListener (shared by
    ``docket fetch`` and ``docket watch``)."""
    options = [
        click.option(
            "--token",
            envvar="COURTLISTENER_TOKEN",
            show_envvar=True,
            default=None,
            help="Your CourtListener API token (better from the environment: a command line"
            " is seen by others on the machine). Never printed or logged.",
        ),
        click.option(
            "--api-url",
            envvar="COURTLISTENER_API_URL",
            show_envvar=True,
            default=DEFAULT_API,
            show_default=True,
            help="The REST API v4 to ask (a mirror, or a test server).",
        ),
        click.option(
            "--max-per-hour",
            type=click.IntRange(1, 3_600_000),
            default=DEFAULT_PER_HOUR,
            show_default=True,
            help="Requests per hour at most (CourtListener allows 5,000).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@fetch_group.command("courtlistener")
@click.argument(
    "docket_ids", nargs=-1, required=True, type=click.IntRange(1), metavar="DOCKET_ID..."
)
@courtlistener_options
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    default=None,
    help="Merge each docket into this event store (default $DOCKET_STORE, else ./docket.db).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=str),
    default=None,
    help="Write the history of one docket to this JSONL file instead of the store.",
)
def courtlistener_cmd(
    docket_ids: tuple[int, ...],
    token: str | None,
    api_url: str,
    store_url: str | None,
    output: str | None,
    max_per_hour: int,
) -> None:
    """Fetch CourtListener dockets (REST API v4) by their ids, with every entry.

    Each docket is merged into its case in the store as `docket import` merges a sheet (one
    transaction per case), and the run ends with a line per case and per refusal; exit
    status 2 if any docket was refused (an unknown id, a service that kept failing). A
    refused token stops the run at once. Requests answered 429 or 5xx are retried, waiting
    what Retry-After says.

    Example: COURTLISTENER_TOKEN=... docket fetch courtlistener 68363715 --store docket.db
    """
    if output and store_url:
        raise click.UsageError("give --store or -o/--output, not both")
    if output and len(docket_ids) != 1:
        raise click.UsageError("-o/--output takes one docket; several go into the store")
    client = CourtListener(token, api=api_url, per_hour=max_per_hour)
    started = time.perf_counter()
    with client:
        if output:
            data = client.docket(docket_ids[0])
            raw = from_courtlistener_data(data, f"courtlistener docket {docket_ids[0]}")
            write_history(output, build(raw).events)
            click.echo(f"{output}: {len(raw.entries)} entries of docket {docket_ids[0]}", err=True)
            return
        summary = Summary()
        with open_store(store_url) as store:
            if isinstance(store, MemoryStore):
                click.echo("memory: keeps nothing after this command", err=True)
            for docket_id in dict.fromkeys(docket_ids):
                summary.add(fetch_into_store(client, store, docket_id, date.today()))
    finish(summary, time.perf_counter() - started, "dockets")


def register(group: click.Group) -> None:
    """Add ``docket fetch`` to ``group``."""
    group.add_command(fetch_group)
