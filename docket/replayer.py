"""Replay that continues: feed a case's entries as they are docketed, read its posture any time.

A :class:`Replayer` gives the same posture as :func:`docket.replay` over everything it has
been fed (``replay(h1 + h2) == Replayer(h1).feed(h2).posture()``), without folding the whole
docket again for each new entry. It keeps replay's working state and applies each new entry
to it, as replay would. Only when an entry cannot simply follow (it took effect before the
latest one applied, or it corrects or strikes an earlier entry) does it fold the whole
docket again.

Example:
    >>> from docket.replayer import Replayer
    >>> replayer = Replayer()
    >>> for entry in docket.load_history("events/lucero-v-clovis.jsonl"):
    ...     posture = replayer.feed([entry]).posture()
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import date

from docket._world import World
from docket.events import DocketEvent, EntryCorrected, EntryStricken
from docket.posture import Posture
from docket.replay import debugging, effective_date, fold, posture_of, replay, step

__all__ = ["Replayer"]


class Replayer:
    """A case's replay, continued entry by entry.

    Args:
        events: Entries to start from, in docket order.
    """

    def __init__(self, events: Iterable[DocketEvent] = ()) -> None:
        self._events: list[DocketEvent] = []
        self._world = World()
        self._last: date | None = None
        self._stale = False  # the working state no longer reflects every entry
        self._rewritten = False  # a correction or strike is on the docket
        self.feed(events)

    @property
    def events(self) -> tuple[DocketEvent, ...]:
        """Every entry fed so far, in the order fed."""
        return tuple(self._events)

    def feed(self, events: Iterable[DocketEvent]) -> Replayer:
        """Add entries that follow those already fed (in docket order); returns ``self``."""
        debug = debugging()
        for event in events:
            self._events.append(event)
            if isinstance(event, EntryCorrected | EntryStricken):
                self._rewritten = True
            day = effective_date(event)
            if self._rewritten or (self._last is not None and day < self._last):
                self._stale = True
            if not self._stale:
                step(self._world, event, debug)
                self._last = day
        return self

    def posture(self, as_of: date | None = None) -> Posture:
        """The posture on ``as_of`` (``None``: on the date of the latest entry).

        Equal to ``replay(self.events, as_of=as_of)``.
        """
        if self._rewritten or (as_of is not None and self._last is not None and as_of < self._last):
            return replay(self._events, as_of=as_of)
        if self._stale:
            self._world, self._last = fold(self._events, None)
            self._stale = False
        if as_of is None or as_of == self._last:
            # Ticks the latest entries set for today or earlier run now, as at the end of replay.
            if self._last is not None:
                self._world.advance_to(self._last)
            return posture_of(self._world, self._last)
        world = copy.deepcopy(self._world)
        world.advance_to(as_of)
        return posture_of(world, as_of)
