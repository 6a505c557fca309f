"""The ledger of one fold: its clock and ticks, the provenance of every change, the anomalies,
and the feed of facts changed.

Everything else in the engine depends on the ledger, and the ledger on nothing else in it:
the working state of replay (:class:`~docket.engine.world.World`) is a ledger with motions,
stays and deadlines, and the deadlines need only the ledger to run.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from docket.engine.changes import FactKey, FactKind
from docket.events import DocketEvent
from docket.posture import Anomaly, Step

__all__ = ["Entry", "Ledger", "Tick"]


class Entry(Protocol):
    """What a flag names of an entry: its id, docket number and filing date (an entry as
    read, or a motion's entry as replay keeps it: :class:`~docket.engine.motions.MotionEntry`)."""

    @property
    def id(self) -> str: ...
    @property
    def doc(self) -> int | None: ...
    @property
    def filed(self) -> date: ...


#: A change the calendar makes on a day (a stay's date comes, a deadline runs out), called
#: with the fold's working state.
Tick = Callable[[Any], None]


@dataclass
class Ledger:
    """The clock of one fold, what caused the change being made, and what changed.

    Attributes:
        today: The day replay has reached.
        cause: The entry being applied (``None`` while the calendar alone makes a change).
        applied: The last entry applied, and ``preceding`` the one before it (an event the
            importer derives from an entry, such as its closing, follows that entry).
        anomalies: Entries that could not apply or broke a rule, in the order found.
        ticks: Changes due on a day, as a heap of (day, order scheduled, tick).
        dirty: Facts changed since the last :meth:`take_dirty`: (MOTION, i), (CASE, 0) ...
        lean: Only the posture is read, at the end or on a later day (a replay, not an
            index): what changed is not kept for :meth:`take_dirty`, and a deadline
            finished for good (met or moot: no move leaves those states) lets go of its
            provenance, which no posture lists again (its state stays, to be looked up).
    """

    today: date | None = None
    cause: DocketEvent | None = None
    applied: DocketEvent | None = None
    preceding: DocketEvent | None = None
    anomalies: list[Anomaly] = field(default_factory=list)
    ticks: list[tuple[date, int, Tick]] = field(default_factory=list)
    tick_seq: int = 0
    dirty: set[FactKey] = field(default_factory=set)
    lean: bool = False
    #: The steps made by the entry (or tick) being applied, by what each says: the same
    #: change recorded on several facts is one step (an order granting three motions).
    _steps: dict[tuple[str, str | None, str | None], Step] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: The entry and day those steps were made by and on.
    _steps_of: tuple[DocketEvent | None, date | None] = field(
        default=(None, None), repr=False, compare=False
    )

    # -- time --------------------------------------------------------------------------

    def schedule(self, day: date, tick: Tick) -> None:
        """Run ``tick`` when replay reaches ``day`` (before that day's entries)."""
        self.tick_seq += 1
        heapq.heappush(self.ticks, (day, self.tick_seq, tick))

    def next_tick(self) -> date | None:
        """The date of the next tick, if any."""
        return self.ticks[0][0] if self.ticks else None

    def advance_to(self, day: date) -> None:
        """Run every tick due on or before ``day``, in date order."""
        while self.ticks and self.ticks[0][0] <= day:
            when, _, tick = heapq.heappop(self.ticks)
            self.today, self.cause = when, None
            tick(self)
        if day != self.today:
            # The same day stays the same object: the provenance of every change made on
            # it holds one date, not one per entry filed that day.
            self.today = day

    def take_dirty(self) -> set[FactKey]:
        """The facts changed since the last call, and forget them."""
        dirty, self.dirty = self.dirty, set()
        return dirty

    # -- provenance and anomalies ------------------------------------------------------

    def step(self, what: str, rule: str | None = None, about: str | None = None) -> Step:
        """A provenance step for a change made now, by the entry being applied (if any)."""
        today, cause = self.today, self.cause
        assert today is not None
        # A step is what it says, the day and the entry that caused it: made once for an
        # entry, however many facts it changes the same way (steps are frozen values).
        key = (what, rule, about)
        made_by = self._steps_of
        if made_by[0] is cause and made_by[1] is today:
            shared = self._steps.get(key)
            if shared is not None:
                return shared
        else:
            self._steps, self._steps_of = {}, (cause, today)
        # Trusted internal values: construct without validation (replay's hot path).
        if cause is None:
            made = Step(on=today, what=what, rule=rule, about=about)
        else:
            made = Step(
                on=today, doc=cause.doc, event_id=cause.id, what=what, rule=rule, about=about
            )
        self._steps[key] = made
        return made

    def flag(self, event: Entry, code: str, reason: str, rule: str | None = None) -> None:
        """Record that ``event`` could not apply, or broke a rule."""
        self.anomalies.append(
            Anomaly(
                code=code,
                doc=event.doc,
                event_id=event.id,
                filed=event.filed,
                reason=reason,
                rule=rule,
            )
        )
        self.dirty.add((FactKind.ANOMALIES, 0))
