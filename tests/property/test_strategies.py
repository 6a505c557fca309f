"""The public strategies draw what they promise, and shrink to dockets a person can read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import docket.testing
from docket import replay
from docket.engine.fold import effective_date
from docket.events import EVENT_TYPES, CaseOpened, dump_event, parse_event
from docket.history import dump_history, load_history
from docket.testing import (
    CORRUPTION_CODES,
    LATE_FILING_CODES,
    History,
    corrupted_histories,
    docket_events,
    docket_histories,
)


@pytest.fixture(autouse=True)
def _examples_that_do_not_depend_on_the_rest_of_the_suite(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    """Hypothesis draws now and then from the literals of every local module imported so far,
    so a derandomized search here would find other examples whenever any file of the suite
    (or of docket) gains a constant. These tests search with Hypothesis's own constants only,
    the same examples whatever else the suite holds. (Private API: skipped if it moves.)"""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - depends on the Hypothesis version
        yield
        return
    if not hasattr(providers, "_get_local_constants") or not hasattr(providers, "Constants"):
        yield  # pragma: no cover
        return  # pragma: no cover
    monkeypatch.setattr(providers, "_get_local_constants", providers.Constants)
    providers.CONSTANTS_CACHE.cache.clear()
    yield
    providers.CONSTANTS_CACHE.cache.clear()


def test_every_name_docket_testing_exports_resolves() -> None:
    for name in docket.testing.__all__:
        assert getattr(docket.testing, name) is not None


@pytest.mark.parametrize("kind", sorted(EVENT_TYPES))
def test_docket_events_draws_every_kind_of_entry_and_each_survives_json(kind: str) -> None:
    @settings(max_examples=10)
    @given(docket_events(types=[kind]))
    def check(event: object) -> None:
        assert isinstance(event, EVENT_TYPES[kind])
        assert parse_event(dump_event(event)) == event  # type: ignore[arg-type]

    check()


@given(docket_events(case="nmd-1:20-cv-00001"))
def test_docket_events_carry_the_case_they_are_asked_for(event: object) -> None:
    assert event.case == "nmd-1:20-cv-00001"  # type: ignore[attr-defined]


@given(docket_histories(court="cod", min_entries=3, max_entries=12))
def test_a_valid_history_opens_the_case_first_and_keeps_dates_and_numbers_in_order(
    history: History,
) -> None:
    assert 3 <= len(history) <= 12
    assert isinstance(history[0], CaseOpened) and history[0].doc == 1
    assert history[0].court == "cod" and history[0].case.startswith("cod-")
    assert all(e.case == history[0].case for e in history)
    dates = [e.filed for e in history]
    assert dates == sorted(dates)
    numbers = [e.doc for e in history if e.doc is not None]
    assert numbers == sorted(numbers)
    for doc in set(numbers):  # only the motions of one document share its number
        held = [(e.type, getattr(e, "part", None)) for e in history if e.doc == doc]
        if len(held) > 1:
            assert held == [("motion_filed", n) for n in range(1, len(held) + 1)], doc
    assert len({e.id for e in history}) == len(history)


@given(docket_histories(late_filings=False))
def test_a_valid_history_filed_in_time_replays_without_any_anomaly(history: History) -> None:
    assert replay(history).anomalies == ()


@given(docket_histories())
def test_a_valid_history_replays_with_no_anomaly_but_late_responses_and_replies(
    history: History,
) -> None:
    for a in replay(history).anomalies:
        assert a.code in LATE_FILING_CODES, a
        entry = next(e for e in history if e.id == a.event_id)
        assert entry.type in ("response_filed", "reply_filed")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=docket_histories(max_entries=15))
def test_a_valid_history_survives_a_round_trip_through_a_jsonl_file(
    history: History, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("h") / "case.jsonl"
    path.write_text(dump_history(history), encoding="utf-8")
    assert load_history(path) == tuple(history)


@given(corrupted_histories())
def test_a_corrupted_history_is_flagged_with_its_named_anomaly_on_its_bad_entry(
    pair: tuple[History, docket.testing.Corruption],
) -> None:
    history, wrong = pair
    flagged = [(a.code, a.event_id, a.doc) for a in replay(history).anomalies]
    assert flagged == [(wrong.code, wrong.entry_id, wrong.doc)], wrong.description


@pytest.mark.parametrize("code", sorted(CORRUPTION_CODES))
def test_each_kind_of_corruption_produces_its_anomaly_not_a_crash_nor_silence(code: str) -> None:
    @settings(max_examples=15)
    @given(corrupted_histories(codes=[code], max_entries=12))
    def check(pair: tuple[History, docket.testing.Corruption]) -> None:
        history, wrong = pair
        assert wrong.code == code
        assert [a.code for a in replay(history).anomalies] == [code]

    check()


def test_the_corruptions_cover_the_anomalies_the_brief_names() -> None:
    named = {
        "unknown_motion",
        "already_decided",
        "reply_without_response",
        "duplicate_docket_number",
        "duplicate_id",
        "not_pending",
        "no_stay_to_lift",
        "wrong_case",
        "date_out_of_order",
    }
    assert named <= CORRUPTION_CODES


@pytest.mark.parametrize(
    "strategy",
    [
        lambda: docket_histories(min_entries=0),
        lambda: docket_histories(min_entries=5, max_entries=4),
        lambda: docket_histories(court=""),
        lambda: corrupted_histories(codes=["no_such_code"]),
        lambda: docket_events(types=["no_such_type"]),
    ],
)
def test_a_strategy_asked_for_the_impossible_says_so(strategy: object) -> None:
    with pytest.raises(InvalidArgument):
        strategy().example()  # type: ignore[operator]


_QUICK = settings(
    database=None, derandomize=True, max_examples=2000, phases=[Phase.generate, Phase.shrink]
)


def test_a_docket_with_a_refiled_motion_shrinks_to_a_handful_of_entries() -> None:
    def refiles(history: History) -> bool:
        return any(getattr(e, "refiles", None) is not None for e in history)

    # Refilings are rare (an order must first deny a motion with leave available): searched
    # longer, so that any change to the vocabulary's draws does not lose the one example.
    smallest = find(
        docket_histories(max_entries=12), refiles, settings=settings(_QUICK, max_examples=6000)
    )
    # The complaint, the motion, the order denying it with leave, the refiled motion.
    assert len(smallest) <= 5, smallest


def test_a_docket_with_a_ruling_on_one_motion_of_a_combined_filing_shrinks_to_five_entries_or_fewer() -> (
    None
):
    def rules_on_a_second_part(history: History) -> bool:
        return any(r.part == 2 for e in history for r in getattr(e, "rulings", ()))

    smallest = find(docket_histories(max_entries=12), rules_on_a_second_part, settings=_QUICK)
    # The complaint, the document's two motions (one entry each), the order on part 2, and at
    # most one other motion that order also rules on (where the shrinker stops depends on
    # Hypothesis's own constants: four entries, or this fifth).
    assert len(smallest) <= 5, smallest
    parts = [e for e in smallest if e.type == "motion_filed" and getattr(e, "part", None)]
    assert [getattr(e, "part", None) for e in parts] == [1, 2], smallest
    assert parts[0].doc == parts[1].doc and parts[0].id != parts[1].id
    assert smallest[-1].type == "order" and rules_on_a_second_part(History(smallest[-1:]))


def test_a_valid_history_holds_combined_filings_now_and_then_but_mostly_plain_motions() -> None:
    seen = {"plain": 0, "combined": 0}

    @settings(_QUICK, max_examples=300, phases=[Phase.generate])
    @given(docket_histories(max_entries=20))
    def tally(history: History) -> None:
        motions = [e for e in history if e.type == "motion_filed"]
        seen["plain"] += any(getattr(e, "part", None) is None for e in motions)
        seen["combined"] += any(getattr(e, "part", None) is not None for e in motions)

    tally()
    # Frequencies, with a wide margin: Hypothesis's draws are not uniform, and which
    # constants it favours depends on what the process imported before (test order).
    assert 0 < seen["combined"] < seen["plain"], seen


def _three_motions_in_one_document(history: History) -> bool:
    return any(getattr(e, "part", None) == 3 for e in history)


def _a_part_named_by_a_later_paper(history: History) -> bool:
    return any(
        e.type != "motion_filed" and re.search(r'"(to_)?part":', dump_event(e)) is not None
        for e in history
    )


def _a_paper_on_a_whole_combined_document(history: History) -> bool:
    combined = {
        e.doc for e in history if e.type == "motion_filed" and getattr(e, "part", None) is not None
    }
    return any(
        e.type in ("response_filed", "reply_filed", "motion_withdrawn", "briefing_complete")
        and (getattr(e, "to_motion", None) or getattr(e, "motion", None)) in combined
        and getattr(e, "part", None) is None
        and getattr(e, "to_part", None) is None
        for e in history
    )


@pytest.mark.parametrize(
    "shape",
    [
        _three_motions_in_one_document,
        _a_part_named_by_a_later_paper,
        _a_paper_on_a_whole_combined_document,
    ],
)
def test_a_valid_history_can_hold_each_rarer_shape_of_combined_filing(
    shape: Callable[[History], bool],
) -> None:
    # Existence, searched long: a rare shape is found whatever ran before this test.
    find(docket_histories(max_entries=20), shape, settings=settings(_QUICK, max_examples=6000))


def test_a_history_prints_as_a_docket_sheet_one_entry_a_line() -> None:
    history = find(docket_histories(min_entries=3, max_entries=5), bool, settings=_QUICK)
    text = repr(history)
    assert text.startswith(f"History(case={history[0].case!r}, {len(history)} entries):")
    lines = text.splitlines()[1:]
    assert len(lines) == len(history)
    assert lines[0].strip().startswith("Doc. 1 ") and "case_opened" in lines[0]


@given(docket_histories(max_entries=10), st.dates(date(2000, 1, 1), date(2040, 1, 1)))
def test_replay_of_a_valid_history_on_any_date_flags_nothing(history: History, day: date) -> None:
    before = [e for e in history if effective_date(e) <= day]
    for posture in (replay(history, as_of=day), replay(before, as_of=day)):
        assert {a.code for a in posture.anomalies} <= LATE_FILING_CODES
