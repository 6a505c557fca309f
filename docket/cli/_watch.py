"""``docket watch courtlistener``: fetch dockets again and again, and tell what changed."""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import UTC, date, datetime

import click

from docket.cli._common import echo_text
from docket.cli._fetch import courtlistener_options

__all__ = ["parse_every", "register"]

_EVERY = re.compile(r"(?:(?P<h>[0-9]+)h)?(?:(?P<m>[0-9]+)m)?(?:(?P<s>[0-9]+)s)?")


def parse_every(text: str) -> float:
    """``1h``, ``30m``, ``1h30m``, ``45s`` -> seconds; anything else is a ``ValueError``."""
    found = _EVERY.fullmatch(text.strip())
    if found is None or not any(found.groupdict().values()):
        raise ValueError(f"{text!r} is not a period like 1h, 30m, 1h30m or 90s")
    h, m, s = (int(found[k] or 0) for k in ("h", "m", "s"))
    seconds = 3600 * h + 60 * m + s
    if seconds < 1:
        raise ValueError(f"{text!r} is no time at all")
    return float(seconds)


class _Every(click.ParamType):  # type: ignore[type-arg]
    name = "PERIOD"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        if isinstance(value, float):
            return value
        try:
            return parse_every(str(value))
        except ValueError as e:
            self.fail(str(e), param, ctx)


@click.group("watch")
def watch_group() -> None:
    """Watch dockets for changes: fetch them on a schedule, merge them into the store, and
    tell what changed in each case's posture.

    Example: docket watch courtlistener 68363715 --every 1h --store docket.db
    """


@watch_group.command("courtlistener")
@click.argument(
    "docket_ids", nargs=-1, required=True, type=click.IntRange(1), metavar="DOCKET_ID..."
)
@click.option(
    "--every", type=_Every(), default="1h", show_default=True, help="Time between rounds."
)
@click.option("--once", is_flag=True, help="One round, then stop (for cron).")
@click.option("--rounds", type=click.IntRange(1), default=None, help="Stop after this many rounds.")
@click.option(
    "--webhook",
    metavar="URL",
    default=None,
    help="POST each case's changes there as JSON instead of printing them; a failed post"
    " (retried, with backoff) is kept and sent again next round.",
)
@click.option("--json", "as_json", is_flag=True, help="Print each notice as one JSON line.")
@courtlistener_options
@click.option(
    "--store",
    "store_url",
    metavar="URL",
    envvar="DOCKET_STORE",
    default=None,
    help="The event store the dockets are merged into, and where each destination's last"
    " notice is kept (default $DOCKET_STORE, else ./docket.db).",
)
@click.option(
    "--webhook-tries",
    type=click.IntRange(1, 20),
    default=5,
    show_default=True,
    help="Tries per notice and round (waiting 1, 2, 4 ... s, or what Retry-After says).",
)
def courtlistener_watch(
    docket_ids: tuple[int, ...],
    every: float,
    once: bool,
    rounds: int | None,
    webhook: str | None,
    as_json: bool,
    token: str | None,
    api_url: str,
    store_url: str | None,
    max_per_hour: int,
    webhook_tries: int,
) -> None:
    """Fetch CourtListener dockets every --every, merge them into the store as `docket fetch`
    does, and for each case tell what changed in its posture since this destination (standard
    output, or --webhook URL) was last told: each changed fact with its cause, and the new
    deadlines. The first round tells each case's whole posture. What a destination was told
    is kept in the store, so a watch can stop and start (or run from cron with --once)
    without telling anything twice or losing anything.

    Exit status with --once or --rounds: 0, or 2 if a docket was refused or a notice could
    not be delivered (it is kept and sent next round). Ctrl-C stops a watch cleanly.

    Example: docket watch courtlistener 68363715 18500729 --once --store docket.db

    Example: docket watch courtlistener 68363715 --every 30m --webhook https://hooks.example/docket
    """
    from docket.fetch import CourtListener
    from docket.store import MemoryStore, open_store
    from docket.watch import Notice, Webhook, channel_of, watch_round

    limit = 1 if once else rounds
    hook = Webhook(webhook, attempts=webhook_tries) if webhook else None

    def to_stdout(notice: Notice) -> None:
        if as_json:
            click.echo(json.dumps(notice.data(), ensure_ascii=False))
        else:
            echo_text("\n".join(notice.lines()))

    failed = False
    done = 0
    try:
        with (
            CourtListener(token, api=api_url, per_hour=max_per_hour) as client,
            open_store(store_url) as store,
        ):
            if isinstance(store, MemoryStore):
                click.echo("memory: keeps nothing after this command", err=True)
            while True:
                report = watch_round(
                    client,
                    store,
                    docket_ids,
                    channel_of(webhook),
                    hook or to_stdout,
                    date.today(),
                )
                done += 1
                for line in report.failures:
                    click.echo(line, err=True)
                failed = failed or bool(report.failures)
                click.echo(
                    f"round {done} at {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC:"
                    f" {report.fetched} of {len(set(docket_ids))} dockets fetched,"
                    f" {len(report.delivered)} case(s) with news told,"
                    f" {len(report.failures)} failure(s)",
                    err=True,
                )
                if limit is not None and done >= limit:
                    break
                time.sleep(every)
    except KeyboardInterrupt:
        click.echo(f"watch stopped after {done} round(s)", err=True)
        return
    finally:
        if hook is not None:
            hook.close()
    if failed:
        sys.exit(2)


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(watch_group)
