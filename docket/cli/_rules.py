"""Commands over the rule packs: ``deadline`` (a calculator for people) and ``rules``."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import click

from docket.cli._common import DATE, CommandFailed, echo_json, json_option
from docket.limits import MAX_PERIOD_DAYS
from docket.rules import (
    SERVICE_METHODS,
    CourtCalendar,
    DeadlineResult,
    Service,
    available_courts,
    compute_deadline,
    compute_rule,
    load_pack,
)

__all__ = ["register"]


class _OneLineCommand(click.Command):
    """A command whose usage errors are one line on stderr, exit 2, like every DocketError."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as e:
            raise CommandFailed(f"{info_name or self.name}: {e.format_message()}") from e


@click.command(cls=_OneLineCommand)
@click.argument("trigger_date", type=DATE)
@click.option(
    "--days", type=click.IntRange(min=0, max=MAX_PERIOD_DAYS), help="The period, in days."
)
@click.option("--rule", "rule_id", help="Take the period from this rule of the court's pack.")
@click.option("--before", is_flag=True, help="Count back from the event (FRCP 6(a)(5)).")
@click.option(
    "--service",
    type=click.Choice((*SERVICE_METHODS, "none")),
    default="electronic",
    show_default=True,
    help="How the triggering paper was served (FRCP 6(d)): electronic (CM/ECF) unless said; "
    "'none' for a period that runs from entry of a judgment or order, not from service, to "
    "which FRCP 6(d) adds nothing. A --rule that does not run from service ignores it.",
)
@click.option("--court", help="The court whose rules apply, e.g. nmd (default: the FRCP alone).")
@click.option(
    "--closed",
    type=DATE,
    multiple=True,
    help="A day the clerk's office was inaccessible (FRCP 6(a)(3)); repeatable.",
)
@json_option
def deadline(
    trigger_date: date,
    days: int | None,
    rule_id: str | None,
    before: bool,
    service: Service | Literal["none"],
    court: str | None,
    closed: tuple[date, ...],
    as_json: bool,
) -> None:
    """Compute the last day of a period counted from TRIGGER_DATE under FRCP 6.

    Weekends and legal holidays are skipped, service by mail adds 3 days, and where a
    state holiday makes the rule read two ways both readings are shown.

    Example: docket deadline 2019-05-10 --days 14 --court nmd
    """
    if (days is None) == (rule_id is None):
        raise CommandFailed("deadline: give either --days N or --rule ID")
    calendar = CourtCalendar.of({d: "clerk's office closed" for d in closed})
    served: Service | None = None if service == "none" else service
    if rule_id is not None:
        if before:
            raise CommandFailed("deadline: --before comes from the rule; drop it with --rule")
        result: DeadlineResult = compute_rule(
            load_pack(court), rule_id, trigger_date, served, calendar=calendar
        )
    else:
        assert days is not None
        result = compute_deadline(
            trigger_date,
            days,
            direction="before" if before else "after",
            service=served,
            court=court,
            calendar=calendar,
        )
    if as_json:
        echo_json(result.to_dict())
    else:
        click.echo(result.explain())


@click.command(cls=_OneLineCommand)
@click.option("--court", help="The court whose pack to list (default: the FRCP base).")
@json_option
def rules(court: str | None, as_json: bool) -> None:
    """List the periods in a court's rule pack, on top of the FRCP base.

    Example: docket rules --court nmd
    """
    pack = load_pack(court or "frcp")
    if as_json:
        echo_json(
            {
                "pack": pack.id,
                "fallback": pack.fallback,
                "notice": pack.notice,
                "courts": list(available_courts()),
                "rules": [r.model_dump(mode="json") for r in pack.rules],
                "provisions": [p.model_dump(mode="json") for p in pack.provisions],
            }
        )
        return
    if pack.notice:
        click.echo(f"Note: {pack.notice}")
    click.echo(f"{pack.name} (pack {pack.id}; courts with packs: {', '.join(available_courts())})")
    for r in pack.rules:
        span = ""
        if r.effective_from or r.effective_until:
            start = r.effective_from.isoformat() if r.effective_from else "..."
            end = r.effective_until.isoformat() if r.effective_until else "..."
            span = f" [{start} to {end}]"
        flag = " (uncertain: see the pack note)" if r.uncertain else ""
        click.echo(
            f"  {r.id}: {r.title}: {r.days} days {r.direction} {r.trigger.value}"
            f" ({r.citation}){span}{flag}"
        )


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(deadline)
    group.add_command(rules)
