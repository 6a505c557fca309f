"""What dated rules say on any day, worked out once per stretch of days, looked up by bisection.

A rule pack's versions (of a rule, of FRCP 6, of a service allowance) are in force from
``effective_from`` (inclusive) until ``effective_until`` (exclusive). Between two consecutive
effective dates nothing changes, so any question about which versions are in force has one
answer per stretch: :class:`Timeline` asks it once for each and finds a day's stretch by
bisection instead of scanning every version on every call.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date
from typing import Generic, TypeVar

from docket.rules.model import Dated

__all__ = ["Timeline"]

T = TypeVar("T")


class Timeline(Generic[T]):
    """The answer of ``answer(day)`` for every day, given that it depends on ``day`` only
    through which of ``versions`` are in force then (:meth:`Dated.in_effect`).

    Example:
        >>> from docket.rules import load_pack
        >>> versions = load_pack("frcp").computation
        >>> line = Timeline(versions, lambda d: [v.id for v in versions if v.in_effect(d)])
        >>> line.on(date(2008, 3, 7))
        ['frcp.6.2007']
    """

    __slots__ = ("_answers", "_cuts")

    def __init__(self, versions: Iterable[Dated], answer: Callable[[date], T]) -> None:
        cuts = sorted(
            {d for v in versions for d in (v.effective_from, v.effective_until) if d is not None}
        )
        self._cuts = cuts
        # Stretch 0 runs up to the first effective date; stretch k from cuts[k - 1] on.
        self._answers = [answer(date.min), *(answer(c) for c in cuts)]

    def on(self, day: date) -> T:
        """The answer for ``day``."""
        return self._answers[bisect_right(self._cuts, day)]
