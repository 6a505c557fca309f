"""``docket stats``: how motions fare and how long discovery stays last, across the cases of
a ``docket batch`` output."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from docket.cli._common import echo_json

if TYPE_CHECKING:
    from docket.stats import Figure, MotionGroup, StayGroup

__all__ = ["register"]

_OUTCOME_HEADS = {
    "granted": "granted",
    "granted_in_part": "in part",
    "denied": "denied",
    "denied_without_prejudice": "w/o prej.",
    "moot": "moot",
    "withdrawn": "withdrawn",
    "pending": "pending",
    "held_in_abeyance": "abeyance",
}

_CAUSE_HEADS = {
    "motion_resolved": "motion resolved",
    "date": "date",
    "terms": "terms",
    "mandate": "mandate",
    "order": "order",
    "case_closed": "case closed",
    "unknown": "unknown",
    "in_force": "still stayed",
}


@click.command()
@click.argument("out", metavar="OUT", type=click.Path(path_type=str))
@click.option(
    "--by",
    "by",
    type=click.Choice(["court", "judge", "kind"]),
    multiple=True,
    help="Group by court, judge or motion kind; repeat to group by several"
    " (default: --by court --by kind).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "csv"]),
    default="text",
    show_default=True,
    help="Output: a table to read, JSON, or CSV.",
)
@click.option(
    "--chart",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also draw each group's outcome shares into this .png or .svg (matplotlib; groups"
    " under 5 motions are listed, not drawn).",
)
def stats(out: str, by: tuple[str, ...], fmt: str, chart: Path | None) -> None:
    """How motions fare and how long discovery stays last, per court, judge and motion kind,
    across the cases of a docket batch output (OUT.parquet or OUT.jsonl).

    For each group: the share of its motions granted, granted in part, denied, denied without
    prejudice, moot, withdrawn, still pending and held in abeyance; the median days from
    filing to ruling (of the motions decided); and of its discovery stays, how many are in
    force, the median length of those lifted and what lifted them (the motion they waited on
    resolved, a date, other terms, an appeal's mandate, an order, the case closing; or still
    stayed). Every figure has its n; under 5, it is marked too small.

    Example: docket stats court.parquet --by court --by kind

    Example: docket stats court.parquet --by kind --chart outcomes.svg
    """
    from docket.stats import motion_stats, read_batch, stay_stats

    keys: list[Any] = list(dict.fromkeys(by)) or ["court", "kind"]
    df = read_batch(out)
    motions = motion_stats(df, keys)
    stays = stay_stats(df, keys)
    if chart is not None:
        from docket.stats_chart import write_chart

        drawn = write_chart(chart, keys, motions, f"Motions by {', '.join(keys)}: outcomes ({out})")
        click.echo(f"{chart}: {drawn} group(s) drawn", err=True)
    if fmt == "json":
        echo_json(_json(keys, motions, stays))
    elif fmt == "csv":
        click.echo(_csv(keys, motions, stays), nl=False)
    else:
        click.echo(_text(keys, motions, stays))


def _fig(f: Figure) -> dict[str, Any]:
    shown: dict[str, Any] = {"n": f.n}
    if f.count is not None:
        shown["count"] = f.count
        shown["share"] = None if f.too_small else round(f.value or 0.0, 4)
    else:
        shown["median"] = f.value
    if f.too_small:
        shown["too_small"] = True
    return shown


def _json(keys: list[str], motions: list[MotionGroup], stays: list[StayGroup]) -> Any:
    from docket.stats import MIN_N

    return {
        "by": keys,
        "min_n": MIN_N,
        "motions": [
            {
                **g.key,
                "n": g.motions,
                "too_small": g.motions < MIN_N,
                "outcomes": {o: _fig(f) for o, f in g.outcomes.items()},
                "days_to_ruling": _fig(g.days_to_ruling),
            }
            for g in motions
        ],
        "discovery_stays": [
            {
                **g.key,
                "n": g.stays,
                "in_force": g.in_force,
                "lifted_days": _fig(g.lifted_days),
                "lifted_by": {c: _fig(f) for c, f in g.causes.items()},
            }
            for g in stays
        ],
    }


def _csv(keys: list[str], motions: list[MotionGroup], stays: list[StayGroup]) -> str:
    from docket.stats import LIFT_CAUSES, OUTCOMES
    from docket.tables import Cell, csv_text

    columns = ["table", *keys, "n", "too_small"]
    columns += [f"{o}_{part}" for o in OUTCOMES for part in ("count", "share")]
    columns += ["ruled", "median_days_to_ruling", "in_force", "lifted", "median_stay_days"]
    columns += [f"lifted_by_{c}_{part}" for c in LIFT_CAUSES for part in ("count", "share")]
    rows: list[list[Cell]] = []
    for g in motions:
        row: list[Cell] = ["motions", *[g.key[k] for k in keys], g.motions]
        row.append("yes" if g.motions < 5 else "no")
        for o in OUTCOMES:
            f = g.outcomes[o]
            row += [f.count, None if f.value is None else f"{f.value:.4f}"]
        d = g.days_to_ruling
        row += [d.n, _num(d.value), None, None, None]
        row += [None] * (2 * len(LIFT_CAUSES))
        rows.append(row)
    for s in stays:
        row = ["discovery_stays", *[s.key.get(k) for k in keys], s.stays]
        row.append("yes" if s.lifted_days.too_small else "no")
        row += [None] * (2 * len(OUTCOMES)) + [None, None]
        row += [s.in_force, s.lifted_days.n, _num(s.lifted_days.value)]
        for c in LIFT_CAUSES:
            f = s.causes[c]
            row += [f.count, None if f.value is None else f"{f.value:.4f}"]
        rows.append(row)
    return csv_text(columns, rows)


def _num(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _cell(f: Figure) -> str:
    return "-" if f.value is None else f"{f.value:.0%}"


def _text(keys: list[str], motions: list[MotionGroup], stays: list[StayGroup]) -> str:
    from docket.stats import MIN_N

    lines = [
        f"Motions by {', '.join(keys)}: share of the group's motions"
        f" (a group of fewer than {MIN_N}: too small); median days filing to ruling (n decided)"
    ]
    heads = [*keys, "n", *_OUTCOME_HEADS.values(), "days to ruling"]
    table: list[list[str]] = [heads]
    for g in motions:
        row = [g.key[k] for k in keys] + [str(g.motions)]
        if g.motions < MIN_N:
            row += ["too small"] + [""] * (len(_OUTCOME_HEADS) - 1)
        else:
            row += [_cell(g.outcomes[o]) for o in _OUTCOME_HEADS]
        d = g.days_to_ruling
        row.append(f"too small (n={d.n})" if d.too_small else f"{_num(d.value)} (n={d.n})")
        table.append(row)
    lines += _aligned(table) if motions else ["(no motions)"]
    stay_keys = [k for k in keys if k != "kind"]
    lines += [
        "",
        f"Discovery stays{' by ' + ', '.join(stay_keys) if stay_keys else ''}:"
        " how many, in force, median days of those lifted (n lifted);"
        " what lifted them: count (share of the stays, from 5 stays)",
    ]
    causes = [c for c in _CAUSE_HEADS if c != "unknown" or any(s.causes[c].count for s in stays)]
    table = [
        [*stay_keys, "stays", "in force", "median days lifted"] + [_CAUSE_HEADS[c] for c in causes]
    ]
    for s in stays:
        f = s.lifted_days
        row = [s.key[k] for k in stay_keys] + [str(s.stays), str(s.in_force)]
        row.append(f"too small (n={f.n})" if f.too_small else f"{_num(f.value)} (n={f.n})")
        # A count always (it claims nothing about the court); its share from 5 stays up.
        row += [
            str(f.count) if f.value is None else f"{f.count} ({f.value:.0%})"
            for f in (s.causes[c] for c in causes)
        ]
        table.append(row)
    lines += _aligned(table) if stays else ["(no discovery stays)"]
    return "\n".join(lines)


def _aligned(table: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in table]


def register(group: click.Group) -> None:
    """Add ``stats`` to the command group."""
    group.add_command(stats)
