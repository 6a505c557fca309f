"""Commands over the rule packs: ``deadline`` (a calculator for people) and ``rules``."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import click

from docket.cli._common import DATE, CommandFailed, echo_json, json_option
from docket.courts import districts
from docket.limits import MAX_PERIOD_DAYS
from docket.rules import (
    BASE_PACK,
    SERVICE_METHODS,
    CourtCalendar,
    DeadlineResult,
    Rule,
    Service,
    Trigger,
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
@click.option(
    "--court", help="Show one pack's periods (a court id such as cacd, or frcp for the base)."
)
@json_option
def rules(court: str | None, as_json: bool) -> None:
    """List the rule packs and what each covers, or one pack's periods with their citations.

    Without --court: every court with a pack of its own, its periods, how many were
    confirmed from the rule's own text, and whether it counts back from a hearing. With
    --court: each period, where its text was read, and whether it is verified.

    Example: docket rules --court cacd
    """
    if court is None:
        _list_packs(as_json)
        return
    pack = load_pack(court)
    if as_json:
        echo_json(
            {
                "pack": pack.id,
                "fallback": pack.fallback,
                "notice": pack.notice,
                "courts": list(available_courts()),
                "own_rules": [r.id for r in pack.own_rules],
                "rules": [r.model_dump(mode="json") for r in pack.rules],
                "provisions": [p.model_dump(mode="json") for p in pack.provisions],
            }
        )
        return
    if pack.notice:
        click.echo(f"Note: {pack.notice}")
    click.echo(f"{pack.name} (pack {pack.id}; courts with packs: {', '.join(available_courts())})")
    own = {id(r) for r in pack.own_rules}
    if pack.own_rules:
        click.echo("The court's own periods:")
        for r in pack.own_rules:
            click.echo(_rule_line(r, with_source=True))
        click.echo("On the FRCP base:")
    for r in pack.rules:
        if id(r) not in own:
            click.echo(_rule_line(r, with_source=False))


def _rule_line(r: Rule, *, with_source: bool) -> str:
    span = ""
    if r.effective_from or r.effective_until:
        start = r.effective_from.isoformat() if r.effective_from else "..."
        end = r.effective_until.isoformat() if r.effective_until else "..."
        span = f" [{start} to {end}]"
    period = (
        "set by the court's order"
        if r.by_order
        else f"{r.days} days {r.direction} {r.trigger.value}"
    )
    flag = " (uncertain: see the pack note)" if r.uncertain else ""
    line = f"  {r.id}: {r.title}: {period} ({r.citation}){span}{flag}"
    if with_source:
        line += "\n      " + ("verified" if r.verified else "UNVERIFIED") + f"; read: {r.source}"
    return line


def _list_packs(as_json: bool) -> None:
    rows = []
    for court_id in available_courts():
        pack = load_pack(court_id)
        own = pack.own_rules
        rows.append(
            {
                "court": court_id,
                "abbreviation": pack.court.abbreviation if pack.court else court_id,
                "periods": len(own),
                "verified": sum(r.verified for r in own),
                "hearing_based": any(r.trigger == Trigger.MOTION_HEARING for r in own),
                "by_order": any(r.by_order for r in own),
                "state_holidays": pack.state_holidays.subdiv if pack.state_holidays else None,
            }
        )
    total = len(districts())
    if as_json:
        echo_json({"base": BASE_PACK, "districts": total, "packs": rows})
        return
    click.echo(
        f"Rule packs on the FRCP base: {len(rows)} of {total} district courts "
        "(the others follow the FRCP alone, with default briefing periods marked unverified)"
    )
    for row in rows:
        how = []
        if row["hearing_based"]:
            how.append("counts back from the hearing")
        if row["by_order"]:
            how.append("some times set by order")
        extra = f"; {', '.join(how)}" if how else ""
        click.echo(
            f"  {row['court']:<5} {row['abbreviation']:<10} {row['periods']} periods, "
            f"{row['verified']} verified from the rule's text{extra}"
        )


def register(group: click.Group) -> None:
    """Add this module's commands to ``group``."""
    group.add_command(deadline)
    group.add_command(rules)
