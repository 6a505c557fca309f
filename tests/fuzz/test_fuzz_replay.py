"""Fuzz replay with schema-valid histories pushed to the edges: dates at 1900 and 2100,
docket numbers near 9,999,999, read on any date the calendar holds. Replay derives a
posture from every one (flagging what it cannot apply); it never raises."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from docket import replay
from docket.events import DocketEvent, dump_event, parse_event_data
from docket.limits import EARLIEST_DATE, LATEST_DATE, MAX_DOC
from docket.testing import docket_events, docket_histories

#: The fields of an event (or of a condition, ruling, stay or extension in it) that hold a
#: date, and those that hold a docket number.
DATE_FIELDS = frozenset({"filed", "entered", "effective", "discovery_closes", "until", "on"})
NUMBER_FIELDS = frozenset({"doc", "motion", "to_motion", "stay_pending", "refiles", "stay_order"})

#: Dates to read a posture on: the ends of the calendar, of the bounds, and of the FRCP.
READ_ON = (
    st.sampled_from(
        [
            None,
            date.min,
            date.max,
            EARLIEST_DATE,
            LATEST_DATE,
            date(1938, 9, 15),
            date(1938, 9, 16),
        ]
    )
    | st.dates()
)


def _shifted(value: Any, days: int, numbers: int) -> Any:
    """``value`` (decoded event JSON) with every date moved ``days`` on (kept within the
    bounds) and every docket number moved ``numbers`` on (kept at most 9,999,999)."""
    if isinstance(value, list):
        return [_shifted(v, days, numbers) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key in DATE_FIELDS and isinstance(v, str):
            moved = date.fromisoformat(v) + timedelta(days=days)
            v = min(max(moved, EARLIEST_DATE), LATEST_DATE).isoformat()
        elif key in NUMBER_FIELDS and isinstance(v, int):
            v = min(v + numbers, MAX_DOC)
        out[key] = _shifted(v, days, numbers)
    return out


@st.composite
def histories_at_the_edges(draw: st.DrawFn) -> list[DocketEvent]:
    """A realistic history moved in time to just after 1900-01-01 or just before 2100-12-31
    (or anywhere between), its docket numbers to the top of the range or left alone."""
    history = draw(docket_histories(max_entries=12))
    if draw(st.booleans()):
        history = (*history, *draw(st.lists(docket_events(case=history[0].case), max_size=4)))
    start, end = min(e.filed for e in history), max(e.filed for e in history)
    edge = draw(st.sampled_from(["early", "late", "anywhere"]))
    if edge == "early":
        days = (EARLIEST_DATE - start).days + draw(st.integers(0, 60))
    elif edge == "late":
        days = (LATEST_DATE - end).days - draw(st.integers(0, 60))
    else:
        days = draw(st.integers((EARLIEST_DATE - start).days, (LATEST_DATE - end).days))
    numbers = draw(st.sampled_from([0, MAX_DOC - 1_000, MAX_DOC]))
    return [parse_event_data(_shifted(json.loads(dump_event(e)), days, numbers)) for e in history]


@given(histories_at_the_edges(), READ_ON, READ_ON)
def test_replay_derives_a_posture_from_every_schema_valid_history_on_every_date(
    events: list[DocketEvent], as_of: date | None, known_on: date | None
) -> None:
    posture = replay(events, as_of=as_of, known_on=known_on)
    assert posture.case is not None
