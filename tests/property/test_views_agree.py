"""Every view of a case says what its posture says: the timeline, a diff and an explanation,
on every date (the kept snapshots are held to the same in test_snapshot_properties)."""

from __future__ import annotations

from datetime import date, timedelta

from docket_noise import any_histories
from hypothesis import given

from docket import replay
from docket.audit import PostureIndex, diff, explain, timeline
from docket.engine.fold import effective_date
from docket.posture import MotionState, Posture
from docket.testing import History
from docket.words import motion_words, status_words


def _days(history: History) -> list[date]:
    days = sorted({effective_date(e) for e in history})
    return [*days[:: max(1, len(days) // 8)], days[-1] + timedelta(days=400)]


def _name(m: MotionState) -> str:
    return motion_words(m.doc, m.kind, m.part)


def _statuses(changes: object) -> dict[str, str]:
    """Each motion's status as a list of changes leaves it: the last 'filed' or 'status'."""
    last: dict[str, str] = {}
    for c in changes:  # type: ignore[attr-defined]
        if c.field in ("filed", "status") and c.new is not None:
            last[c.fact] = c.new
    return last


def _motions(posture: Posture) -> dict[str, str]:
    return {_name(m): status_words(m.status) for m in posture.motions if m.doc is not None}


@given(any_histories())
def test_the_timeline_up_to_any_date_leaves_each_motion_as_the_posture_shows_it(
    history: History,
) -> None:
    changes = timeline(PostureIndex(history))
    for day in _days(history):
        upto = [c for c in changes if c.on is not None and c.on <= day]
        seen = _statuses(upto)
        for name, status in _motions(replay(history, as_of=day)).items():
            assert seen.get(name) == status, (day, name)


@given(any_histories())
def test_a_diff_from_before_the_case_leaves_each_motion_as_the_posture_shows_it(
    history: History,
) -> None:
    start = replay(history, as_of=history[0].filed - timedelta(days=1))
    for day in _days(history):
        posture = replay(history, as_of=day)
        changes = diff(start, posture)
        seen = _statuses(changes)
        assert {n: seen.get(n) for n in _motions(posture)} == _motions(posture), day
        # A motion filed and decided in the window: its filing, pending, and its ruling.
        for name, status in _motions(posture).items():
            lines = [(c.field, c.new) for c in changes if c.fact == name]
            assert ("filed", "pending") in lines, (day, name)
            if status != "pending":
                assert ("status", status) in lines, (day, name, lines)


@given(any_histories())
def test_an_explanation_of_a_motion_names_every_brief_its_posture_lists(history: History) -> None:
    for day in _days(history):
        posture = replay(history, as_of=day)
        for m in posture.motions:
            if m.doc is None or m.briefing is None:
                continue
            steps = explain(posture, motion=m.doc, part=m.part).steps
            cited = {s.doc for s in steps}
            for brief in (m.briefing.response, m.briefing.reply):
                if brief is not None:
                    assert brief in cited, (day, _name(m), brief)
