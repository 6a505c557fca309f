"""A firm's agenda: every deadline due in a window across all cases, grouped by day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from docket.posture import Deadline

__all__ = ["AgendaItem", "agenda_items"]


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One deadline on the agenda: its case and the deadline as it stands."""

    case: str
    title: str | None
    court: str | None
    deadline: Deadline


def agenda_items(
    books: Iterable[tuple[str, str | None, str | None, tuple[Deadline, ...]]],
    start: date,
    end: date,
) -> list[AgendaItem]:
    """Every deadline of ``books`` (case, title, court, deadline book) due from ``start`` to
    ``end`` inclusive, by due date, then case, then deadline id."""
    items = [
        AgendaItem(case, title, court, d)
        for case, title, court, book in books
        for d in book
        if start <= d.due <= end
    ]
    return sorted(items, key=lambda i: (i.deadline.due, i.case, i.deadline.id))
