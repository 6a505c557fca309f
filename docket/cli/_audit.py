"""Audit commands: ``explain``, ``diff`` and ``timeline``, over a history file or the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import click

from docket.audit import diff, explain, timeline
from docket.audit.record import question_lines
from docket.cli._common import (
    DATE,
    as_of_option,
    echo_json,
    echo_text,
    format_option,
    json_option,
    jsonable,
    known_on_option,
    output_format,
)
from docket.cli._source import CaseSource, case_source_options
from docket.events import MotionRef

if TYPE_CHECKING:
    from docket.audit.changes import FactChange

__all__ = ["register"]


@click.command("explain")
@case_source_options
@as_of_option
@known_on_option
@click.option(
    "--motion",
    default=None,
    metavar="N[.P]",
    help="Explain the motion filed as Doc. N; N.P (or N/P) picks motion P of a document "
    "holding several (without it, each is explained).",
)
@click.option("--discovery", is_flag=True, help="Explain why discovery is open, stayed or closed.")
@click.option(
    "--case-status",
    "case_status",
    is_flag=True,
    help="Explain the case's status (open, stayed or closed). --case names a stored case.",
)
@click.option("--deadline", default=None, help="Explain the deadline with this id.")
@json_option
@format_option("text", "json")
def explain_command(
    source: CaseSource,
    as_of: date | None,
    known_on: date | None,
    motion: str | None,
    discovery: bool,
    case_status: bool,
    deadline: str | None,
    as_json: bool,
    fmt: str | None,
) -> None:
    """Explain one fact of the posture: the entries, conditions and rules behind it.

    Say exactly one of --motion N, --discovery, --case-status or --deadline ID. A document
    holding several motions (e.g. "MOTION to Dismiss and MOTION for Summary Judgment") is
    explained motion by motion; --motion 45.2 (or 45/2) explains its second motion only.

    Example: docket explain events/lucero-v-clovis.jsonl --as-of 2019-12-31 --discovery

    Example: docket explain --case nmd-2:19-cv-00445 --as-of 2019-12-31 --case-status
    """
    fmt = output_format(fmt, as_json)
    chosen = sum([motion is not None, discovery, case_status, deadline is not None])
    if chosen != 1:
        raise click.UsageError(
            "say exactly one of --motion N, --discovery, --case-status, --deadline ID"
        )
    doc, part = _motion_ref(motion) if motion is not None else (None, None)
    reading = source.read("explain", as_of or date.today(), known_on)
    result = explain(
        reading.posture,
        motion=doc,
        part=part,
        discovery=discovery,
        case=case_status,
        deadline=deadline,
    )
    if fmt == "json":
        echo_json({"question": jsonable(reading.question), **result.model_dump(mode="json")})
    else:
        echo_text("\n".join([*question_lines(reading.question), result.text()]))


def _motion_ref(text: str) -> MotionRef:
    """``45`` -> Doc. 45; ``45.2`` or ``45/2`` -> Doc. 45 part 2."""
    try:
        return MotionRef.parse(text)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--motion") from None


@click.command("diff")
@case_source_options
@click.option("--from", "start", type=DATE, required=True, help="The earlier date.")
@click.option("--to", "end", type=DATE, required=True, help="The later date.")
@known_on_option
@json_option
@format_option("text", "json", "csv")
def diff_command(
    source: CaseSource,
    start: date,
    end: date,
    known_on: date | None,
    as_json: bool,
    fmt: str | None,
) -> None:
    """What changed in the posture between two dates, each change with its cause.

    Example: docket diff events/lucero-v-clovis.jsonl --from 2019-12-01 --to 2019-12-31
    """
    fmt = output_format(fmt, as_json)
    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}", param_hint="--to")
    before = source.read("diff", start, known_on)
    after = source.read("diff", end, known_on)
    question = source.question(
        "diff", after.posture, after.question.record, end, known_on, since=start
    )
    changes = diff(before.posture, after.posture)
    if fmt == "csv":
        _echo_changes_csv(after.posture.case.id or source.source, changes)
        return
    if fmt == "json":
        echo_json(
            {
                "question": jsonable(question),
                "changes": [c.model_dump(mode="json") for c in changes],
            }
        )
        return
    lines = question_lines(question)
    if not changes:
        lines.append(f"No change between {start} and {end}.")
    echo_text("\n".join(lines + [c.text() for c in changes]))


@click.command("timeline")
@case_source_options
@click.option(
    "--as-of",
    type=DATE,
    default=None,
    help="Only the changes on or before this date (default: every change, those the"
    " calendar will make after the last entry too).",
)
@known_on_option
@json_option
@format_option("text", "json", "csv")
def timeline_command(
    source: CaseSource, as_of: date | None, known_on: date | None, as_json: bool, fmt: str | None
) -> None:
    """Every change of the posture, in date order, each with its cause.

    Example: docket timeline events/lucero-v-clovis.jsonl

    Example: docket timeline --case nmd-2:19-cv-00445 --known-on 2019-12-09
    """
    from docket.audit.index import PostureIndex
    from docket.audit.record import summarize
    from docket.engine.fold import known_date

    fmt = output_format(fmt, as_json)
    events, known_dates = source.events()
    if known_on is not None:
        when = known_dates or {}
        events = tuple(e for e in events if when.get(e.id, known_date(e)) <= known_on)
    index = PostureIndex(events)
    changes = [c for c in timeline(index) if as_of is None or c.on is None or c.on <= as_of]
    posture = index.posture(as_of)
    if fmt == "csv":
        _echo_changes_csv(posture.case.id or source.source, changes)
        return
    question = source.question("timeline", posture, summarize(events), as_of, known_on)
    if fmt == "json":
        echo_json(
            {
                "question": jsonable(question),
                "changes": [c.model_dump(mode="json") for c in changes],
            }
        )
    else:
        echo_text("\n".join(question_lines(question) + [c.text() for c in changes]))


def _echo_changes_csv(case: str, changes: Sequence[FactChange]) -> None:
    from docket.tables import CHANGE_COLUMNS, change_row, csv_text

    click.echo(csv_text(CHANGE_COLUMNS, (change_row(case, c) for c in changes)), nl=False)


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(explain_command)
    group.add_command(diff_command)
    group.add_command(timeline_command)
