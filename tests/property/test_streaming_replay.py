"""A streaming replay (the entries read as it goes, never held) gives the posture a whole
replay gives: on any history (valid, noisy, corrupted, with corrections and strikes, with
entries out of date order) and on any day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from docket_noise import any_histories
from hypothesis import given
from hypothesis import strategies as st

from docket import load_history, replay, replay_history
from docket.engine import replay_stream
from docket.engine.fold import effective_date
from docket.events import (
    CaseOpened,
    DocketEvent,
    EntryCorrected,
    EntryStricken,
    MotionFiled,
    MotionKind,
)
from docket.history import write_history
from docket.testing import History, corrupted_histories

ROOT = Path(__file__).parents[2]


@given(any_histories())
def test_a_streaming_replay_reads_the_posture_a_whole_replay_reads(history: History) -> None:
    assert replay_stream(lambda: iter(history)) == replay(history)


@st.composite
def _history_and_day(draw: st.DrawFn) -> tuple[History, date]:
    history = draw(any_histories())
    days = sorted({effective_date(e) for e in history})
    day = draw(st.sampled_from(days))
    return history, day + timedelta(days=draw(st.sampled_from([-1, 0, 0, 1, 40])))


@given(_history_and_day())
def test_a_streaming_replay_reads_any_day_as_a_whole_replay_does(
    pair: tuple[History, date],
) -> None:
    history, day = pair
    assert replay_stream(lambda: iter(history), as_of=day) == replay(history, as_of=day)


@given(corrupted_histories(codes=["date_out_of_order", "unknown_entry"]))
def test_entries_out_of_date_order_and_corrections_of_no_entry_stream_as_they_replay(
    pair: tuple[History, object],
) -> None:
    history, _ = pair
    assert replay_stream(lambda: iter(history)) == replay(history)


CASE = "nmd-1:21-cv-1"


def _corrected_docket() -> list[DocketEvent]:
    day = date(2021, 3, 1)
    motion = MotionFiled(id="m2", case=CASE, doc=2, filed=day, kind=MotionKind.DISMISS)
    fixed = motion.model_copy(update={"kind": MotionKind.COMPEL}).model_dump(mode="json")
    return [
        CaseOpened(id="c1", case=CASE, doc=1, filed=day, court="nmd"),
        motion,
        MotionFiled(id="m3", case=CASE, doc=3, filed=day, kind=MotionKind.AMEND),
        EntryCorrected(id="x4", case=CASE, doc=None, filed=day, target="m2", corrected=fixed),
        EntryStricken(id="x5", case=CASE, doc=None, filed=day, target="m3"),
        EntryStricken(id="x6", case=CASE, doc=None, filed=day, target="no-such-entry"),
    ]


def test_a_history_file_replayed_as_read_gives_the_posture_of_the_whole_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corrected.jsonl"
    write_history(path, _corrected_docket())
    p = replay_history(path)
    assert p == replay(load_history(path))
    # The correction and the strikes were honoured: one motion, a compel; one unknown id.
    assert [(m.doc, str(m.kind)) for m in p.motions] == [(2, "compel")]
    assert [a.code for a in p.anomalies] == ["unknown_entry"]
    founding = ROOT / "events" / "lucero-v-clovis.jsonl"
    for day in (date(2020, 6, 1), date(2021, 1, 1), None):
        assert replay_history(founding, as_of=day) == replay(load_history(founding), as_of=day)


def test_a_streaming_replay_reads_the_entries_as_a_stream_not_a_list() -> None:
    docket = _corrected_docket()
    calls: list[int] = []

    def entries() -> Iterator[DocketEvent]:
        calls.append(len(calls))
        yield from docket

    assert replay_stream(entries) == replay(docket)
    # Once for the corrections, once for the ids they name, once to apply: each a fresh read.
    assert calls == [0, 1, 2]
