"""Posture facts as table rows: the columns of every ``--format csv`` output.

One row per motion (``posture``), per deadline (``deadlines``, ``agenda``) or per change of
the posture (``timeline``, ``diff``). The column order is part of the interface (the README
lists it): new columns are added at the end, never moved. Every row starts with the case, so
the rows of several cases can be concatenated; an empty cell is a fact the posture does not
hold (no ruling yet, no trigger), never a guess.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only types: the CSV path loads no more of docket than it prints
    from docket.audit.changes import FactChange
    from docket.posture import Deadline, MotionState

__all__ = [
    "AGENDA_COLUMNS",
    "CHANGE_COLUMNS",
    "DEADLINE_COLUMNS",
    "MOTION_COLUMNS",
    "Cell",
    "agenda_row",
    "change_row",
    "csv_text",
    "deadline_row",
    "motion_row",
]

Cell = str | int | date | None

MOTION_COLUMNS = (
    "case",
    "as_of",
    "doc",
    "part",
    "kind",
    "title",
    "movant",
    "filed",
    "status",
    "decided",
    "decided_by",
    "leave_to_refile",
    "leave_condition",
    "briefing",
    "review",
)

DEADLINE_COLUMNS = (
    "case",
    "as_of",
    "due",
    "deadline",
    "what",
    "rule",
    "citation",
    "trigger_doc",
    "motion",
    "status",
    "other_readings",
)

AGENDA_COLUMNS = ("due", "case", "title", "deadline", "what", "rule", "citation", "status")

CHANGE_COLUMNS = ("case", "on", "fact", "field", "old", "new", "cause_doc", "cause", "cause_rule")


def motion_row(case: str, as_of: date | None, m: MotionState) -> tuple[Cell, ...]:
    """A motion as of a date: its status, ruling, leave to refile, briefing and any review."""
    leave = m.leave_to_refile
    return (
        case,
        as_of,
        m.doc,
        m.part,
        m.kind,
        m.title,
        m.movant,
        m.filed,
        m.status,
        m.decided,
        m.decided_by,
        leave.status if leave is not None else None,
        leave.condition_text if leave is not None else None,
        m.briefing.status if m.briefing is not None else None,
        "; ".join(_review(f.doc, f.reason) for f in m.review) or None,
    )


def deadline_row(case: str, as_of: date | None, d: Deadline) -> tuple[Cell, ...]:
    """A deadline: the earliest reading's date, and the other readings with their assumptions."""
    others = [r for r in d.readings if r.due != d.due]
    return (
        case,
        as_of,
        d.due,
        d.id,
        d.what,
        d.rule,
        d.citation,
        d.trigger_doc,
        d.motion,
        d.status,
        "; ".join(f"{r.due}: {r.assumption}" for r in others) or None,
    )


def agenda_row(case: str, title: str | None, d: Deadline) -> tuple[Cell, ...]:
    """A deadline of the agenda, by its due day first."""
    return (d.due, case, title, d.id, d.what, d.rule, d.citation, d.status)


def change_row(case: str, c: FactChange) -> tuple[Cell, ...]:
    """A change of one posture fact, with the entry and rule that caused it."""
    cause = c.cause
    return (
        case,
        c.on,
        c.fact,
        c.field,
        c.old,
        c.new,
        cause.doc if cause is not None else None,
        cause.what if cause is not None else None,
        cause.rule if cause is not None else None,
    )


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The rows under their header as CSV (RFC 4180 quoting, ``\\r\\n`` line ends as the
    ``csv`` module writes them; dates ISO, empty cells for missing facts)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            ["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row]
        )
    return out.getvalue()


def _review(doc: int | None, reason: str) -> str:
    return f"Doc. {doc}: {reason}" if doc is not None else reason
