"""Histories for the properties: valid ones, and valid ones with rulings made at random.

Random rulings (on any docket number, with any disposition, vacaturs included) put the
engine where a real docket can go wrong: a second ruling, a vacatur, a ruling on a motion
that is not there. The properties must hold there too.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import strategies as st

from docket.events import Disposition, DocketEvent, MotionWithdrawn, OrderEntered, Ruling
from docket.testing import History, corrupted_histories, docket_histories

__all__ = ["any_histories", "noisy_histories"]


@st.composite
def noisy_histories(draw: st.DrawFn, max_entries: int = 20) -> History:
    """A valid history followed by a few orders and withdrawals made at random."""
    history = list(draw(docket_histories(max_entries=max_entries)))
    last = history[-1]
    day = last.filed
    doc = max(e.doc or 0 for e in history)
    extra: list[DocketEvent] = []
    # A part now and then: of a document holding several motions, or of one that holds one.
    parts = st.sampled_from([None, None, None, 1, 2])
    noise = st.tuples(
        st.integers(1, doc + 2), st.sampled_from(Disposition), st.integers(0, 3), parts
    )
    for target, disposition, gap, part in draw(st.lists(noise, max_size=6)):
        doc += 1
        day += timedelta(days=gap)
        common = {"id": f"{last.case}/noise{doc}", "case": last.case, "filed": day, "doc": doc}
        if disposition is Disposition.MOOT and gap == 0:
            extra.append(MotionWithdrawn(motion=target, part=part, **common))
        else:
            ruling = Ruling(motion=target, part=part, disposition=disposition)
            extra.append(OrderEntered(rulings=(ruling,), **common))
    return History(history + extra)


def any_histories(max_entries: int = 20) -> st.SearchStrategy[History]:
    """Valid, noisy or corrupted histories."""
    return st.one_of(
        docket_histories(max_entries=max_entries),
        noisy_histories(max_entries=max_entries),
        corrupted_histories(max_entries=max_entries).map(lambda pair: pair[0]),
    )
