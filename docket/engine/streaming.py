"""Replay without holding the docket: the entries are read twice, never kept.

A docket of a million entries takes more memory as events than the replay's own state (about
1.9 KB an event against 1.6 KB of state per entry, measured on ``scripts/synthetic.py``
dockets). :func:`replay_stream` reads the entries once for the corrections and strikes (and
which ids they name exist), then again, applying each as it is read and letting it go. It
gives the posture :func:`~docket.engine.fold.replay` gives: entries apply in the order they
took effect, so a docket whose entries are not in that order (an order effective before
entries filed earlier) is replayed whole, as :func:`~docket.engine.fold.replay` would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from docket._runtime import collector_paused
from docket.engine.fold import Fold, corrected, corrections, effective_date, replay
from docket.events import DocketEvent
from docket.posture import Posture

__all__ = ["replay_stream"]


class _OutOfOrder(Exception):
    """An entry takes effect before one already applied: the stream cannot go on."""


def replay_stream(
    entries: Callable[[], Iterable[DocketEvent]], *, as_of: date | None = None
) -> Posture:
    """The posture :func:`~docket.engine.fold.replay` gives of the entries ``entries()``
    yields, each call yielding them afresh in docket order, without holding them.

    Args:
        entries: Yields the case's entries, in docket order, each time it is called (it is
            called two or three times; e.g. ``lambda: iter_history(path)``).
        as_of: The date to read the posture on; ``None`` reads it on the date of the latest
            entry.
    """
    fixes = corrections(entries(), as_of)
    targets = {fix.target for fix in fixes.values()}
    known = {e.id for e in entries() if e.id in targets} if targets else set()
    try:
        with collector_paused():
            return _fold(corrected(entries(), fixes), known, as_of)
    except _OutOfOrder:
        return replay(entries(), as_of=as_of)


def _fold(stream: Iterable[DocketEvent], known: set[str], as_of: date | None) -> Posture:
    fold = Fold((), horizon=as_of, lean=True)
    fold.world.known_ids = known
    last: date | None = None
    for event in stream:
        effective = effective_date(event)
        if last is not None and effective < last:
            raise _OutOfOrder
        last = effective
        if as_of is not None and effective > as_of:
            continue  # read on: a later entry out of order must still send it to replay
        fold.apply_entry(event, effective)
    end = as_of if as_of is not None else last
    if end is not None:
        fold.world.advance_to(end)
    return fold.final_posture(end)
