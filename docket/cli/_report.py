"""``docket report``: a case as one self-contained HTML page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from docket.cli._common import as_of_option, known_on_option
from docket.cli._source import CaseSource, case_source_options

__all__ = ["register"]


@click.command("report")
@case_source_options
@as_of_option
@known_on_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the page to FILE (all or nothing) instead of standard output.",
)
def report_command(
    source: CaseSource, as_of: date | None, known_on: date | None, output: Path | None
) -> None:
    """Write the case as one self-contained HTML page: its timeline, the posture on any date
    chosen in the page (as docket posture --as-of prints it), the deadlines running and the
    anomalies then, and every entry with how it was read. Styles and script are inline: the
    page needs no server and no network. --as-of is the date the page opens on (default:
    today).

    Example: docket report events/lucero-v-clovis.jsonl --as-of 2019-12-10 -o report.html

    Example: docket report --case nmd-2:19-cv-00445 --store docket.db -o report.html
    """
    from docket.audit.record import question_lines
    from docket.engine.fold import known_date
    from docket.report import render_report

    events, known_dates = source.events()
    if known_on is not None:
        when = known_dates or {}
        events = tuple(e for e in events if when.get(e.id, known_date(e)) <= known_on)
    day = as_of or date.today()
    question = source.read("report", day, known_on).question
    page = render_report(events, question_lines(question), day)
    if output is None:
        click.echo(page, nl=False)
        return
    from docket.files import locked, write_atomically

    with locked(output):
        write_atomically(output, page)
    click.echo(f"wrote {output}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(report_command)
