"""Questions across cases, answered from ``docket batch``'s output: how motions fare and how
long discovery stays last, per court, judge and motion kind.

The table is read with polars (one wheel with no dependencies, which reads Parquet and JSON
Lines itself, and whose group-by needs no index juggling); it comes with ``docket[batch]``.

Every figure comes with its n (how many motions or stays it counts). A share or a median of
fewer than :data:`MIN_N` is not given: the group is marked too small, because a "100%
granted" of one motion is a confident wrong answer about a court or a judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from docket.errors import DocketError

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "GROUPS",
    "LIFT_CAUSES",
    "MIN_N",
    "OUTCOMES",
    "BatchUnreadable",
    "Figure",
    "MotionGroup",
    "StayGroup",
    "motion_stats",
    "read_batch",
    "stay_stats",
]

#: Fewer motions or stays than this give no share nor median (marked too small).
MIN_N = 5

#: The outcomes a motion's share is given of, in order: every motion status a posture can
#: give (:data:`docket.posture.MotionStatus`), so a group's shares add up to 100%.
OUTCOMES = (
    "granted",
    "granted_in_part",
    "denied",
    "denied_without_prejudice",
    "moot",
    "withdrawn",
    "pending",
    "held_in_abeyance",
)

#: What a discovery stay's share is given of, in order: each thing that can lift a stay
#: (:data:`docket.posture.LiftCause`), then ``unknown`` (a lifted stay whose cause the
#: batch output does not hold: one written before it had the column), then ``in_force``
#: (still stayed on the day read), so a group's shares add up to 100%.
LIFT_CAUSES = (
    "motion_resolved",
    "date",
    "terms",
    "mandate",
    "order",
    "case_closed",
    "unknown",
    "in_force",
)

#: What figures may be grouped by.
GROUPS = ("court", "judge", "kind")
Group = Literal["court", "judge", "kind"]

#: How a group with no court or judge on record is shown.
UNKNOWN = "(unknown)"

#: Stays that halt discovery: of all of it, or as to some parties (a stay of the whole case
#: halts discovery too, but is counted apart: its length says little about discovery).
_DISCOVERY_SCOPES = ("discovery", "parties")

_NEEDED = ("row", "court", "judge", "kind", "status", "days_to_ruling", "scope", "stay_days")


class BatchUnreadable(DocketError, ValueError):
    """The file is not the output of ``docket batch``: names it and why."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A count out of ``n``, or a median of ``n`` values; ``value`` is ``None`` when ``n``
    is below :data:`MIN_N` (too small to say)."""

    n: int
    value: float | None
    count: int | None = None

    @property
    def too_small(self) -> bool:
        """Whether too few motions or stays stand behind the figure to give it."""
        return self.n < MIN_N


@dataclass(frozen=True, slots=True)
class MotionGroup:
    """How the motions of one group fared: each outcome's share, days to ruling."""

    key: dict[str, str]
    motions: int
    outcomes: dict[str, Figure]
    days_to_ruling: Figure


@dataclass(frozen=True, slots=True)
class StayGroup:
    """How long the discovery stays of one group lasted (those lifted), how many are still
    in force, and what lifted them: the share of the group's stays of each of
    :data:`LIFT_CAUSES`."""

    key: dict[str, str]
    stays: int
    in_force: int
    lifted_days: Figure
    causes: dict[str, Figure]


def read_batch(path: str | Path) -> pl.DataFrame:
    """The rows of a ``docket batch`` output (``.parquet`` or ``.jsonl``).

    Raises:
        BatchUnreadable: The file is missing, not Parquet or JSON Lines, or lacks the
            batch's columns.
    """
    try:
        import polars as pl
    except ImportError as e:
        raise DocketError("docket stats needs polars: pip install 'docket[batch]'") from e
    name = str(path)
    try:
        if name.lower().endswith(".parquet"):
            df = pl.read_parquet(name)
        elif name.lower().endswith(".jsonl"):
            df = pl.read_ndjson(name, infer_schema_length=None)
        else:
            raise BatchUnreadable(f"{name}: not a batch output (.parquet or .jsonl)")
    except (OSError, pl.exceptions.PolarsError) as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise BatchUnreadable(f"{name}: cannot be read as a batch output ({reason})") from e
    missing = [c for c in _NEEDED if c not in df.columns]
    if missing and df.height:
        raise BatchUnreadable(f"{name}: not a docket batch output (no column {', '.join(missing)})")
    if missing:  # an empty JSON Lines file: no rows, no columns
        df = pl.DataFrame({c: [] for c in _NEEDED}, schema=dict.fromkeys(_NEEDED, pl.String))
    if "lift_cause" not in df.columns:  # written before the column was added
        df = df.with_columns(pl.lit(None, pl.String).alias("lift_cause"))
    return df.with_columns(
        pl.col("court").fill_null(UNKNOWN),
        pl.col("judge").fill_null(UNKNOWN),
        pl.col("days_to_ruling").cast(pl.Int64),
        pl.col("stay_days").cast(pl.Int64),
    )


def _figure(n: int, value: float | None, count: int | None = None) -> Figure:
    return Figure(n, value if n >= MIN_N else None, count)


def _share(count: int, n: int) -> Figure:
    return _figure(n, count / n if n else None, count)


def motion_stats(df: pl.DataFrame, by: Sequence[Group]) -> list[MotionGroup]:
    """Per group of ``by`` (court, judge, motion kind): how many motions, the share of each
    outcome (of every motion in the group, pending ones included) and the median days from
    filing to ruling (of the motions decided)."""
    import polars as pl

    keys = list(by)
    motions = df.filter(pl.col("row") == "motion")
    table = (
        motions.group_by(keys)
        .agg(
            pl.len().alias("n"),
            *[(pl.col("status") == o).sum().alias(o) for o in OUTCOMES],
            pl.col("days_to_ruling").drop_nulls().len().alias("ruled"),
            pl.col("days_to_ruling").median().alias("median_days"),
        )
        .sort(keys)
    )
    out = []
    for r in table.iter_rows(named=True):
        n = int(r["n"])
        out.append(
            MotionGroup(
                key={k: str(r[k]) for k in keys},
                motions=n,
                outcomes={o: _share(int(r[o]), n) for o in OUTCOMES},
                days_to_ruling=_figure(int(r["ruled"]), _float(r["median_days"])),
            )
        )
    return out


def stay_stats(df: pl.DataFrame, by: Sequence[Group]) -> list[StayGroup]:
    """Per group of ``by`` (court, judge; a stay has no motion kind): how many discovery
    stays, how many still in force, and the median length in days of those lifted."""
    import polars as pl

    keys = [k for k in by if k != "kind"]
    stays = df.filter((pl.col("row") == "stay") & pl.col("scope").is_in(_DISCOVERY_SCOPES))
    lifted = pl.col("status") == "lifted"
    cause = (
        pl.when(~lifted)
        .then(pl.lit("in_force"))
        .otherwise(pl.col("lift_cause").fill_null("unknown"))
    )
    grouped = stays.group_by(keys) if keys else stays.group_by(pl.lit(True).alias("_all"))
    table = grouped.agg(
        pl.len().alias("n"),
        (~lifted).sum().alias("in_force"),
        lifted.sum().alias("lifted"),
        pl.col("stay_days").filter(lifted).median().alias("median_days"),
        *[(cause == c).sum().alias(f"cause_{c}") for c in LIFT_CAUSES],
    )
    if keys:
        table = table.sort(keys)
    return [
        StayGroup(
            key={k: str(r[k]) for k in keys},
            stays=int(r["n"]),
            in_force=int(r["in_force"]),
            lifted_days=_figure(int(r["lifted"]), _float(r["median_days"])),
            causes={c: _share(int(r[f"cause_{c}"]), int(r["n"])) for c in LIFT_CAUSES},
        )
        for r in table.iter_rows(named=True)
    ]


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
