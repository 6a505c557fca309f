"""Audit commands: ``explain``, ``diff`` and ``timeline``."""

from __future__ import annotations

from datetime import date

import click

from docket.audit import diff, explain, timeline
from docket.cli._common import (
    DATE,
    as_of_option,
    echo_json,
    json_option,
    known_on_option,
)
from docket.events import MotionRef
from docket.history import load_history

__all__ = ["register"]

_HISTORY = click.argument("history", type=click.Path(path_type=str))


@click.command("explain")
@_HISTORY
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
@click.option("--case", "case_", is_flag=True, help="Explain the case's status.")
@click.option("--deadline", default=None, help="Explain the deadline with this id.")
@json_option
def explain_command(
    history: str,
    as_of: date | None,
    known_on: date | None,
    motion: str | None,
    discovery: bool,
    case_: bool,
    deadline: str | None,
    as_json: bool,
) -> None:
    """Explain one fact of the posture: the entries, conditions and rules behind it.

    Say exactly one of --motion N, --discovery, --case or --deadline ID. A document holding
    several motions (e.g. "MOTION to Dismiss and MOTION for Summary Judgment") is explained
    motion by motion; --motion 45.2 (or 45/2) explains its second motion only.

    Example: docket explain events/lucero-v-clovis.jsonl --as-of 2019-12-31 --discovery
    """
    chosen = sum([motion is not None, discovery, case_, deadline is not None])
    if chosen != 1:
        raise click.UsageError("say exactly one of --motion N, --discovery, --case, --deadline ID")
    doc, part = _motion_ref(motion) if motion is not None else (None, None)
    from docket.audit.kept import posture_of

    posture = posture_of(history, as_of or date.today(), known_on)[0]
    result = explain(
        posture, motion=doc, part=part, discovery=discovery, case=case_, deadline=deadline
    )
    if as_json:
        echo_json(result.model_dump(mode="json"))
    else:
        click.echo(result.text())


def _motion_ref(text: str) -> MotionRef:
    """``45`` -> Doc. 45; ``45.2`` or ``45/2`` -> Doc. 45 part 2."""
    try:
        return MotionRef.parse(text)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--motion") from None


@click.command("diff")
@_HISTORY
@click.option("--from", "start", type=DATE, required=True, help="The earlier date.")
@click.option("--to", "end", type=DATE, required=True, help="The later date.")
@known_on_option
@json_option
def diff_command(
    history: str, start: date, end: date, known_on: date | None, as_json: bool
) -> None:
    """What changed in the posture between two dates, each change with its cause.

    Example: docket diff events/lucero-v-clovis.jsonl --from 2019-12-01 --to 2019-12-31
    """
    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}", param_hint="--to")
    from docket.audit.kept import posture_of

    changes = diff(posture_of(history, start, known_on)[0], posture_of(history, end, known_on)[0])
    if as_json:
        echo_json([c.model_dump(mode="json") for c in changes])
    elif not changes:
        click.echo(f"No change between {start} and {end}.")
    else:
        click.echo("\n".join(c.text() for c in changes))


@click.command("timeline")
@_HISTORY
@json_option
def timeline_command(history: str, as_json: bool) -> None:
    """Every change of the posture, in date order, each with its cause.

    Example: docket timeline events/lucero-v-clovis.jsonl
    """
    changes = timeline(load_history(history))
    if as_json:
        echo_json([c.model_dump(mode="json") for c in changes])
    else:
        click.echo("\n".join(c.text() for c in changes))


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(explain_command)
    group.add_command(diff_command)
    group.add_command(timeline_command)
