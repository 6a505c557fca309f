"""Replay that continues: feed a case's entries as they are docketed, read its posture any time.

A :class:`Replayer` gives the same posture as :func:`docket.replay` over everything it has
been fed (``replay(h1 + h2) == Replayer(h1).feed(h2).posture()``), without folding the whole
docket again for each new entry: it keeps replay's :class:`~docket.engine.fold.Fold` and applies
each new entry to it, as replay would. Only when an entry cannot simply follow (it took
effect before the latest one applied, or it corrects or strikes an earlier entry) does it
fold the whole docket again.

Example:
    >>> from docket import Replayer, load_history
    >>> replayer = Replayer()
    >>> for entry in load_history("events/lucero-v-clovis.jsonl"):
    ...     posture = replayer.feed([entry]).posture()
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import date

from docket.engine import freeze
from docket.engine.fold import Fold, effective_date, replay
from docket.events import DocketEvent, EntryCorrected, EntryStricken
from docket.posture import Posture

__all__ = ["Replayer"]


class Replayer:
    """A case's replay, continued entry by entry.

    Args:
        events: Entries to start from, in docket order.
    """

    def __init__(self, events: Iterable[DocketEvent] = ()) -> None:
        self._events: list[DocketEvent] = []
        self._fold = Fold(())
        self._last: date | None = None
        self._stale = False  # the fold no longer reflects every entry
        self._rewritten = False  # a correction or strike is on the docket
        self.feed(events)

    @property
    def events(self) -> tuple[DocketEvent, ...]:
        """Every entry fed so far, in the order fed."""
        return tuple(self._events)

    def feed(self, events: Iterable[DocketEvent]) -> Replayer:
        """Add entries that follow those already fed (in docket order); returns ``self``."""
        for event in events:
            self._events.append(event)
            if isinstance(event, EntryCorrected | EntryStricken):
                self._rewritten = True
            day = effective_date(event)
            if self._rewritten or (self._last is not None and day < self._last):
                self._stale = True
            if not self._stale:
                self._fold.extend([event])
                self._fold.run_until(day)
                self._last = day
        return self

    def posture(self, as_of: date | None = None, *, known_on: date | None = None) -> Posture:
        """The posture on ``as_of`` (``None``: on the date of the latest entry).

        Equal to ``replay(self.events, as_of=as_of, known_on=known_on)``.
        """
        if (
            self._rewritten
            or known_on is not None
            or (as_of is not None and self._last is not None and as_of < self._last)
        ):
            return replay(self._events, as_of=as_of, known_on=known_on)
        if self._stale:
            self._fold = Fold(self._events)
            self._last = self._fold.final_date()
            if self._last is not None:
                self._fold.run_until(self._last)
            self._stale = False
        if as_of is None or as_of == self._last:
            return self._fold.posture(self._last)
        world = copy.deepcopy(self._fold.world)  # reading a later day must not move the fold
        world.advance_to(as_of)
        return freeze.posture(world, as_of)
