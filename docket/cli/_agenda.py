"""``docket agenda``: every deadline due in a window across the store's cases, by day."""

from __future__ import annotations

import json
from datetime import date, timedelta

import click

from docket.cli._common import DATE, echo_text, jsonable, store_option

__all__ = ["register"]


@click.command()
@store_option
@click.option("--from", "start", type=DATE, default=None, help="First day (default: today).")
@click.option("--to", "end", type=DATE, default=None, help="Last day (default: 14 days on).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "ics"]), default="text")
def agenda(store_url: str | None, start: date | None, end: date | None, fmt: str) -> None:
    """Every deadline due from --from to --to across all cases in the store, grouped by day,
    each with its case, paper, rule and status (as of today). Reads each case's kept
    snapshot, built and kept the first time.

    Example: docket agenda --store docket.db --from 2019-11-18 --to 2019-12-02
    """
    from datetime import UTC, datetime

    from docket.audit.kept import read_store
    from docket.calendaring import CaseDeadlines, deadline_calendar
    from docket.calendaring.agenda import agenda_items
    from docket.store import open_store

    first = start or date.today()
    last = end or first + timedelta(days=14)
    if last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}", param_hint="--to")
    today = date.today()
    books = []
    with open_store(store_url, create=False) as store:
        for summary in store.cases():
            kept = read_store(store, summary.case, today, use_index=True, book=True)
            case = kept.posture.case
            books.append((summary.case, case.title, case.court, kept.book or ()))
    items = agenda_items(books, first, last)
    if fmt == "json":
        click.echo(json.dumps(jsonable(items), indent=2, ensure_ascii=False))
    elif fmt == "csv":
        from docket.tables import AGENDA_COLUMNS, agenda_row, csv_text

        rows = (agenda_row(i.case, i.title, i.deadline) for i in items)
        click.echo(csv_text(AGENDA_COLUMNS, rows), nl=False)
    elif fmt == "ics":
        by_case: dict[str, list[CaseDeadlines]] = {}
        for i in items:
            by_case.setdefault(i.case, []).append(
                CaseDeadlines(i.case, i.title, i.court, (i.deadline,))
            )
        click.echo(
            deadline_calendar(
                (c for cs in by_case.values() for c in cs), datetime.now(UTC)
            ).decode(),
            nl=False,
        )
    else:
        lines = [f"agenda from {first} to {last}, as of {today}: {len(items)} deadlines"]
        day = None
        for i in items:
            if i.deadline.due != day:
                day = i.deadline.due
                lines.append(f"{day:%A, %B %-d, %Y}")
            d = i.deadline
            lines.append(f"  {i.case}  {d.what} [{d.citation}] {d.status}")
        echo_text("\n".join(lines))


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(agenda)
