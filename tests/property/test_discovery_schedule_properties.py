"""Discovery's deadline never passes while discovery is stayed, and discovery never shows
``open`` while a stay of discovery (or of the case) is in force.

A stay of discovery halts it (Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004));
the close a scheduling order set (FRCP 16(b)(3)(A)) cannot come while nothing may be done.
Checked on every week of generated histories, and on the days around each stay and each
close, by a fold read on each day in turn.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given

from docket.engine import Fold
from docket.events import OrderEntered, StayScope
from docket.posture import Posture
from docket.testing import History, docket_histories

_HALTS = (StayScope.DISCOVERY, StayScope.CASE)


def _days(history: History) -> list[date]:
    """Every seventh day from the first entry to a year after the last, and the day before,
    of and after each close of discovery an order sets."""
    first, last = history[0].filed, max(e.filed for e in history)
    days = {first + timedelta(days=n) for n in range(0, (last - first).days + 366, 7)}
    for e in history:
        days.add(e.filed)
        if isinstance(e, OrderEntered) and e.discovery_closes is not None:
            for n in (-1, 0, 1):
                days.add(e.discovery_closes + timedelta(days=n))
    return sorted(days)


def _check(p: Posture) -> None:
    halting = [s for s in p.discovery.stays if s.status == "in_force" and s.scope in _HALTS]
    if halting:
        assert p.discovery.status != "open", "discovery open while a stay of it is in force"
        if p.discovery.status == "closed":
            # Closed before the stay was entered (a closed discovery is not stayed).
            assert p.discovery.since is not None
            assert all(p.discovery.since <= s.imposed for s in halting)
    if p.discovery.status == "closed" and p.case.status != "closed":
        closed = p.discovery.since
        assert closed is not None
        for s in p.discovery.stays:
            if s.scope in _HALTS and s.imposed < closed and (s.lifted is None or s.lifted > closed):
                raise AssertionError(
                    f"discovery closed on {closed} while the stay of {s.imposed} was in force"
                )


@given(docket_histories(max_entries=25))
def test_discovery_deadlines_never_pass_during_a_stay(history: History) -> None:
    fold = Fold(history)
    for day in _days(history):
        fold.run_until(day)
        _check(fold.posture(day))
