"""``posture_of``: the one question every reading command asks, of a history file or a stored
case, answers as replay does, on valid time and on knowledge time."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from docket import replay
from docket.audit.kept import CACHE_ENV, StoredCase, posture_of
from docket.history import load_history
from docket.store import UnknownCase
from docket.store.memory import MemoryStore

LUCERO = Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"
DAYS = [date(2019, 5, 1), date(2019, 12, 9), date(2019, 12, 10), date(2030, 1, 1)]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))


@pytest.mark.parametrize("day", DAYS)
def test_a_history_file_answers_as_replay_does_on_every_day(day: date) -> None:
    events = load_history(LUCERO)
    for use_index in (None, True, False):
        assert posture_of(LUCERO, day, use_index=use_index)[0] == replay(events, as_of=day)


@pytest.mark.parametrize("day", DAYS)
def test_a_stored_case_answers_as_its_file_does(day: date) -> None:
    store = MemoryStore()
    store.append(CASE, load_history(LUCERO))
    assert posture_of(StoredCase(store, CASE), day)[0] == posture_of(LUCERO, day)[0]


def test_knowing_on_a_day_leaves_out_what_was_entered_later_in_a_file() -> None:
    events = load_history(LUCERO)
    day, known = date(2019, 12, 31), date(2019, 12, 9)
    answer, how = posture_of(LUCERO, day, known)
    assert how == "replayed"
    assert answer == replay(events, as_of=day, known_on=known)
    assert answer != replay(events, as_of=day)


def test_a_stored_case_known_before_the_store_recorded_it_shows_nothing_entered() -> None:
    store = MemoryStore()
    store.append(CASE, load_history(LUCERO))
    today = date.today()
    before = posture_of(StoredCase(store, CASE), today, today - timedelta(days=1))[0]
    after = posture_of(StoredCase(store, CASE), today, today)[0]
    assert after == posture_of(LUCERO, today)[0]
    assert before != after
    assert not before.motions


def test_a_case_the_store_does_not_hold_is_refused_by_name() -> None:
    with pytest.raises(UnknownCase):
        posture_of(StoredCase(MemoryStore(), "nmd-1:00-cv-00001"), date(2020, 1, 1))
    with pytest.raises(UnknownCase):
        posture_of(
            StoredCase(MemoryStore(), "nmd-1:00-cv-00001"), date(2020, 1, 1), date(2020, 1, 1)
        )
