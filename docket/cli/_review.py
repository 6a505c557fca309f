"""``docket review``: decide on the entries the reader could not read with certainty."""

from __future__ import annotations

import getpass
import json
from datetime import date

import click

from docket.cli._common import DATE
from docket.events import Disposition, DocketEvent, dump_event
from docket.files import SHEET_LIMIT, locked, read_limited, write_atomically
from docket.history import dump_history, load_history
from docket.review import Decision, MotionRuling, apply_decisions, parse_decisions, pending_review

__all__ = ["register"]

_DISPOSITIONS = [d.value for d in Disposition if d is not Disposition.VACATED]


def _reading(e: DocketEvent) -> str:
    """What the reader made of an entry, in a line."""
    body = json.loads(dump_event(e))
    rulings = ", ".join(
        f"Doc. {r['motion']}{'.' + str(r['part']) if r.get('part') else ''} {r['disposition']}"
        for r in body.get("rulings", [])
    )
    return e.type + (f" ruling {rulings}" if rulings else "")


def _ask(e: DocketEvent, by: str) -> Decision | None:
    """One entry, shown and decided at the prompt; ``None`` to stop."""
    assert e.review is not None
    where = f"Doc. {e.doc}" if e.doc is not None else f"the entry of {e.filed}"
    click.echo(f"\n{where} ({e.filed}), id {e.id}")
    click.echo(f"  text:    {e.text or '(none)'}")
    click.echo(f"  reading: {_reading(e)}")
    click.echo(f"  unsure:  {e.review.reason}")
    if e.review.may_rule_on:
        click.echo("  may rule on: " + ", ".join(f"Doc. {n}" for n in e.review.may_rule_on))
    if e.review.may_close:
        click.echo("  may end the case")
    choice = click.prompt(
        "  [a]ccept the reading, [c]orrect it, [s]kip, [q]uit",
        type=click.Choice(["a", "c", "s", "q"]),
        show_choices=False,
    )
    if choice == "q":
        return None
    if choice == "s":
        return Decision(entry=e.id, decision="skip", by=by)
    why = click.prompt("  why", default="", show_default=False)
    if choice == "a":
        return Decision(entry=e.id, decision="accept", by=by, why=why)
    closes = e.review.may_close and click.confirm("  does it end the case?", default=False)
    rulings = []
    if not closes:
        for n in e.review.may_rule_on:
            said = click.prompt(
                f"  Doc. {n}",
                type=click.Choice([*_DISPOSITIONS, "none"]),
                default="none",
            )
            if said != "none":
                rulings.append(MotionRuling(motion=n, disposition=Disposition(said)))
    return Decision(
        entry=e.id, decision="correct", by=by, why=why, rulings=tuple(rulings), closes=closes
    )


@click.command("review")
@click.argument("history", type=click.Path(path_type=str))
@click.option(
    "--apply",
    "decisions_file",
    type=click.Path(path_type=str),
    default=None,
    help="Apply the decisions in this JSONL file without prompting (one per line: entry, "
    "decision accept|correct|skip, by, why, and for correct: rulings or closes).",
)
@click.option("--by", default=None, help="Who decides (default: your login name).")
@click.option(
    "--on", "on", type=DATE, default=None, help="The day of the decisions (default: today)."
)
@click.option(
    "--list", "list_only", is_flag=True, help="List the entries awaiting review, and stop."
)
def review_command(
    history: str, decisions_file: str | None, by: str | None, on: date | None, list_only: bool
) -> None:
    """Decide on the entries of HISTORY the reader could not read with certainty.

    Walks them one by one (the text, the reading, why it is uncertain; accept, correct or
    skip). Each decision is appended to HISTORY as an entry_corrected event naming who decided
    and why: the history keeps both the machine's reading and yours, and `import --into`
    keeps every decision.

    Example: docket review case.jsonl --apply decisions.jsonl
    """
    day = on or date.today()
    if list_only:
        for e in pending_review(load_history(history)):
            assert e.review is not None
            click.echo(f"{e.id}\t{e.filed}\t{e.review.reason}")
        return
    if decisions_file is not None:
        name = decisions_file
        text = read_limited(name, SHEET_LIMIT, "a decisions file").decode("utf-8", "replace")
        decisions = parse_decisions(name, text)
    else:
        who = by or getpass.getuser()
        decisions = []
        for e in pending_review(load_history(history)):
            decided = _ask(e, who)
            if decided is None:
                break
            decisions.append(decided)
    with locked(history):
        events = load_history(history)  # again, under the lock: another writer may have added
        made = apply_decisions(events, decisions, day)
        if made:
            write_atomically(history, dump_history([*events, *made]))
    left = len(pending_review([*events, *made]))
    click.echo(f"{history}: {len(made)} decisions recorded, {left} entries await review", err=True)


def register(group: click.Group) -> None:
    """Add ``docket review`` to ``group``."""
    group.add_command(review_command)
