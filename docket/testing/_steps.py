"""One drawn step, one docket entry: how a few small integers become a valid history.

A step is ``(action, a, b, gap)``: ``action`` names what happens next, ``a`` and ``b`` pick
among what the docket allows at that point (which motion, which disposition, which
condition), ``gap`` how many days pass first. Every choice is an index modulo what is
available, so any list of steps is a valid history, deleting a step leaves a valid history,
and zeros are the plainest choices: Hypothesis shrinks a failing docket to a few entries.
A step filing a document that holds several motions files one entry for each (see
:func:`build`).
An action the docket does not allow at that point gives way to the next one in
:data:`ACTIONS` that it does (filing a motion always is).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from docket.testing import _filings as filings
from docket.testing import _orders as orders
from docket.testing._docket import Docket

__all__ = ["ACTIONS", "GAPS", "Step", "build"]

Step = tuple[int, int, int, int]

#: Days between one entry and the next, by the drawn index: zero shrinks to "the same day".
GAPS = (0, 0, 1, 1, 2, 3, 5, 7, 10, 14, 14, 21, 28, 45, 60, 120)

#: What a step may do, by the drawn index; the commonest first, a motion at index 0.
ACTIONS: tuple[Callable[[Docket, int, int], bool], ...] = (
    filings.file_motion,
    filings.respond,
    filings.reply,
    orders.rule,
    filings.file_motion,
    filings.respond,
    filings.reply,
    orders.rule,
    orders.stay,
    orders.lift,
    filings.withdraw,
    filings.notice_complete,
    orders.vacate,
    orders.schedule,
    filings.answer,
    filings.miscellaneous,
    orders.correct,
    orders.strike,
    orders.judgment,
    orders.close_case,
)


def build(
    court: str,
    number: int,
    opened: date,
    steps: Sequence[Step],
    *,
    keep_open: bool = False,
    late_filings: bool = True,
    max_entries: int | None = None,
) -> Docket:
    """The docket that ``steps`` draw: the complaint, then one entry per step, or one per
    motion when a step files a document holding several (only while the history stays within
    ``max_entries``; with ``None``, a document always holds one motion)."""
    docket = Docket.open(court, number, opened)
    docket.keep_open, docket.late_filings = keep_open, late_filings
    for i, (action, a, b, gap) in enumerate(steps):
        if max_entries is not None:
            docket.room = max_entries - len(docket.events) - (len(steps) - i)
        docket.advance(GAPS[gap % len(GAPS)])
        for k in range(len(ACTIONS)):  # not allowed now: the next action that is
            if ACTIONS[(action + k) % len(ACTIONS)](docket, a, b):
                break
    return docket
