"""A case's posture as the rows of a batch: one per motion, stay, deadline and case.

Every row carries the case, its court and judge (as the sheet named one) and the date the
posture was read on, so the rows of thousands of cases stack into one table. One wide table,
whose ``row`` column says what a row is about; a column that does not apply to a row's kind,
or a fact the posture does not hold (no ruling yet), is empty, never a guess. The column
order is part of the interface (the README lists it): new columns go at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from docket.posture import Deadline, MotionState, Posture, StayState

__all__ = [
    "COLUMNS",
    "DATE_COLUMNS",
    "INT_COLUMNS",
    "Row",
    "RowKind",
    "error_row",
    "posture_rows",
]

#: What a row is about.
RowKind = Literal["case", "motion", "stay", "deadline", "error"]

#: A row: a value (or ``None``) for each of :data:`COLUMNS`.
Row = dict[str, str | int | date | None]

COLUMNS = (
    # every row
    "row",
    "case",
    "source",
    "court",
    "judge",
    "as_of",
    # the entry a row is about: a motion's, the order imposing a stay, a deadline's trigger
    "doc",
    "part",
    # motions (kind, title, status also of other rows: see the README)
    "kind",
    "title",
    "movant",
    "grounds",
    "filed",
    "status",
    "decided",
    "decided_by",
    "days_to_ruling",
    "leave_to_refile",
    # stays
    "scope",
    "imposed",
    "lifted",
    "lifted_by",
    "lifted_because",
    "stay_days",
    "on_motion",
    # deadlines
    "due",
    "deadline",
    "rule",
    "citation",
    # the case
    "since",
    "discovery_status",
    "discovery_since",
    "discovery_closes",
    "rule_pack",
    # a fact a person should check, and why a case could not be replayed
    "review",
    "error",
    # added later (new columns go at the end): what lifted a stay, as a kind
    "lift_cause",
)

#: The columns holding calendar dates.
DATE_COLUMNS = frozenset(
    {
        "as_of",
        "filed",
        "decided",
        "imposed",
        "lifted",
        "due",
        "since",
        "discovery_since",
        "discovery_closes",
    }
)

#: The columns holding whole numbers (docket numbers, counts of days).
INT_COLUMNS = frozenset(
    {"doc", "part", "decided_by", "days_to_ruling", "lifted_by", "stay_days", "on_motion"}
)


def _row(kind: RowKind, p: Posture, source: str | None) -> Row:
    row: Row = dict.fromkeys(COLUMNS)
    row["row"] = kind
    row["case"] = p.case.id
    row["source"] = source
    row["court"] = p.case.court
    row["judge"] = p.case.judge
    row["as_of"] = p.as_of
    return row


def posture_rows(p: Posture, source: str | None = None, case: str | None = None) -> list[Row]:
    """The rows of a case's posture: the case first, then its motions, stays and the
    deadlines that run (as ``docket posture`` lists them), each in the posture's order.

    Args:
        p: The posture.
        source: The history file the case was read from (``None`` for a stored case).
        case: The case's id in the store, for a case the posture does not name yet (one
            opened after the day read).
    """
    rows = [_case_row(p, source)]
    rows += [_motion_row(p, source, m) for m in p.motions]
    rows += [_stay_row(p, source, s) for s in p.discovery.stays]
    rows += [_deadline_row(p, source, d) for d in p.deadlines]
    if p.case.id is None and case is not None:
        for row in rows:
            row["case"] = case
    return rows


def error_row(case: str | None, source: str | None, reason: str, as_of: date) -> Row:
    """The row of a case that could not be replayed: which (its id in the store, or its
    history file) and why."""
    row: Row = dict.fromkeys(COLUMNS)
    row["row"] = "error"
    row["case"] = case
    row["source"] = source
    row["as_of"] = as_of
    row["error"] = reason
    return row


def _case_row(p: Posture, source: str | None) -> Row:
    row = _row("case", p, source)
    d = p.discovery
    row.update(
        title=p.case.title,
        status=p.case.status,
        since=p.case.since,
        discovery_status=d.status,
        discovery_since=d.since,
        discovery_closes=d.closes,
        rule_pack=p.case.rule_pack,
        review=_joined(f.reason for f in p.case.review),
    )
    return row


def _motion_row(p: Posture, source: str | None, m: MotionState) -> Row:
    row = _row("motion", p, source)
    row.update(
        doc=m.doc,
        part=m.part,
        kind=str(m.kind),
        title=m.title,
        movant=m.movant,
        grounds=_joined(str(g) for g in m.grounds),
        filed=m.filed,
        status=m.status,
        decided=m.decided,
        decided_by=m.decided_by,
        # Calendar days from the motion's filing to the order deciding it.
        days_to_ruling=(m.decided - m.filed).days if m.decided is not None else None,
        leave_to_refile=m.leave_to_refile.status if m.leave_to_refile is not None else None,
        review=_joined(f.reason for f in m.review),
    )
    return row


def _stay_row(p: Posture, source: str | None, s: StayState) -> Row:
    row = _row("stay", p, source)
    # A stay still in force has lasted until the day read; ``status`` says which it is.
    end = s.lifted if s.lifted is not None else p.as_of
    row.update(
        doc=s.imposed_by,
        grounds=_joined(str(g) for g in s.grounds),
        status=s.status,
        scope=str(s.scope),
        imposed=s.imposed,
        lifted=s.lifted,
        lifted_by=s.lifted_by,
        lifted_because=s.lifted_because,
        lift_cause=s.lift_cause,
        stay_days=(end - s.imposed).days if end is not None else None,
        on_motion=s.on_motion,
        review=s.review,
    )
    return row


def _deadline_row(p: Posture, source: str | None, d: Deadline) -> Row:
    row = _row("deadline", p, source)
    row.update(
        doc=d.trigger_doc,
        part=d.part,
        title=d.what,
        status=d.status,
        on_motion=d.motion,
        due=d.due,
        deadline=d.id,
        rule=d.rule,
        citation=d.citation,
    )
    return row


def _joined(items: Iterable[str]) -> str | None:
    return "; ".join(items) or None
