"""Properties of replay itself: a pure, deterministic fold that can be read on any date and
continued entry by entry (STYLE.md rule 11)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from docket_noise import any_histories
from hypothesis import given
from hypothesis import strategies as st

from docket import Replayer, replay
from docket.engine.fold import effective_date
from docket.events import DocketEvent
from docket.history import dump_history
from docket.testing import History, corrupted_histories, docket_histories


@given(any_histories())
def test_replay_is_deterministic(history: History) -> None:
    first = replay(history)
    assert replay(history) == first
    assert replay(list(history)) == first
    assert replay(iter(history)) == first


@given(any_histories())
def test_replay_reads_the_same_posture_whatever_the_entries_are_held_in(history: History) -> None:
    from docket.events import parse_event

    reparsed = [parse_event(line) for line in dump_history(history).splitlines()]
    assert replay(reparsed) == replay(history)


@st.composite
def _history_and_day(draw: st.DrawFn) -> tuple[History, date]:
    history = draw(any_histories())
    days = sorted({effective_date(e) for e in history})
    day = draw(st.sampled_from(days))
    return history, day + timedelta(days=draw(st.sampled_from([-1, 0, 0, 1, 40])))


@given(_history_and_day())
def test_replay_as_of_a_day_equals_replay_of_the_entries_effective_by_that_day(
    pair: tuple[History, date],
) -> None:
    history, day = pair
    prefix = [e for e in history if effective_date(e) <= day]
    assert replay(history, as_of=day) == replay(prefix, as_of=day)


@st.composite
def _split(draw: st.DrawFn) -> tuple[History, int]:
    history = draw(any_histories())
    return history, draw(st.integers(0, len(history)))


@given(_split())
def test_replay_of_two_parts_equals_replay_of_the_first_continued_with_the_second(
    pair: tuple[History, int],
) -> None:
    history, cut = pair
    first, second = history[:cut], history[cut:]
    replayer = Replayer(first)
    assert replayer.posture() == replay(first)
    replayer.feed(second)
    assert replayer.posture() == replay(first + second)
    assert replayer.events == tuple(history)


@given(any_histories(max_entries=12))
def test_a_replayer_fed_one_entry_at_a_time_agrees_with_replay_after_every_entry(
    history: History,
) -> None:
    replayer = Replayer()
    for n, entry in enumerate(history, start=1):
        replayer.feed([entry])
        assert replayer.posture() == replay(history[:n])


@given(_history_and_day())
def test_a_replayer_reads_any_day_as_replay_does(pair: tuple[History, date]) -> None:
    history, day = pair
    replayer = Replayer(history)
    later = day + timedelta(days=400)
    assert replayer.posture(as_of=day) == replay(history, as_of=day)
    assert replayer.posture(as_of=later) == replay(history, as_of=later)
    # Reading a later day must not move the replayer itself on.
    assert replayer.posture() == replay(history)


@given(docket_histories(max_entries=12), st.randoms(use_true_random=False))
def test_a_replayer_fed_entries_out_of_date_order_still_agrees_with_replay(
    history: History, rng: random.Random
) -> None:
    shuffled: list[DocketEvent] = list(history)
    rng.shuffle(shuffled)
    replayer = Replayer()
    for n, entry in enumerate(shuffled, start=1):
        replayer.feed([entry])
        assert replayer.posture() == replay(shuffled[:n])


@given(corrupted_histories(codes=["date_out_of_order"]))
def test_a_date_out_of_order_is_flagged_the_same_however_the_docket_is_read(
    pair: tuple[History, object],
) -> None:
    history, _ = pair
    whole = replay(history)
    assert [a.code for a in whole.anomalies] == ["date_out_of_order"]
    assert Replayer(history).posture() == whole
