"""A case's deadline book (every deadline started by a date, met and moot ones too) is the
same whether a fresh replay, an index in memory or a kept index gives it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from docket import replay
from docket.audit.index import PostureIndex, replayed_deadline_book
from docket.audit.index_file import Shape, StoredIndex, bytes_reader, dump_index
from docket.audit.record import summarize
from docket.history import load_history
from docket.posture import RUNNING
from docket.testing import History, docket_histories

LUCERO = Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl"


def test_the_founding_cases_book_keeps_the_met_reply_deadline_the_posture_drops() -> None:
    events = load_history(LUCERO)
    book = replayed_deadline_book(events, date(2019, 12, 31))
    posture = replay(events, as_of=date(2019, 12, 31))
    assert posture.deadlines == ()
    statuses = {d.id: d.status for d in book}
    # Doc. 40 answered Doc. 38 in time: its response deadline was met; the reply's ran out.
    assert statuses["response:38"] == "met"
    assert statuses["reply:38"] == "elapsed"
    assert all(s != "running" for s in statuses.values())


@settings(max_examples=40, deadline=None)
@given(docket_histories(max_entries=25), st.integers(min_value=-30, max_value=400))
def test_a_book_from_an_index_or_a_kept_index_equals_the_book_of_a_fresh_replay(
    history: History, offset: int
) -> None:
    events = tuple(history)
    day = events[-1].filed + timedelta(days=offset) if events else date(2020, 1, 1)
    expected = replayed_deadline_book(events, day)
    index = PostureIndex(events)
    assert index.deadline_book(day) == expected
    shape = Shape(None, len(events), None, None)
    kept = StoredIndex.read(
        bytes_reader(dump_index(index, "test", shape)), source="test", shape=shape
    )
    assert kept is not None
    assert kept.deadline_book(day) == expected
    assert kept.header.record == summarize(events)
    # The running ones are the posture's deadlines, in the same order.
    running = tuple(d for d in expected if d.status in RUNNING)
    assert running == replay(events, as_of=day).deadlines
