"""Properties of the audit's two time axes and of posture snapshots (issue 5).

Snapshots are derived data: an as-of query answered from the in-memory index, or from an
index kept on disk, must equal a full replay on every day, corrections and strikes included.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from docket_noise import any_histories
from hypothesis import given
from hypothesis import strategies as st

from docket import replay
from docket.audit import PostureIndex, index_file
from docket.audit.index_file import Shape, StoredIndex, bytes_reader, dump_index
from docket.engine.fold import effective_date, known_date
from docket.events import DocketEvent, EntryCorrected, EntryStricken
from docket.testing import History


@st.composite
def corrected_histories(draw: st.DrawFn) -> History:
    """A history, some of whose entries a later clerk's action strikes or corrects."""
    history = list(draw(any_histories()))
    last = history[-1]
    day = max(e.filed for e in history)
    extra: list[DocketEvent] = []
    targets = draw(
        st.lists(st.sampled_from(history[1:] or history), max_size=2, unique_by=lambda e: e.id)
    )
    for n, target in enumerate(targets):
        day += timedelta(days=draw(st.integers(0, 20)))
        common = {"id": f"{last.case}/fix{n}", "case": last.case, "filed": day}
        if draw(st.booleans()):
            extra.append(EntryStricken(target=target.id, **common))
        else:
            text = (target.text or "") + " (corrected)"
            body = target.model_dump(mode="json") | {"text": text}
            extra.append(EntryCorrected(target=target.id, corrected=body, **common))
    return History(history + extra)


def _days(history: History, most: int = 16) -> list[date]:
    """Days to read the posture on: days entries take effect, the days around them and a
    fortnight after (when deadlines run out), and a day long after; ``most`` of them, spread."""
    days: set[date] = set()
    for e in history:
        on = effective_date(e)
        days |= {on - timedelta(days=1), on, on + timedelta(days=1), on + timedelta(days=15)}
    ordered = sorted(days)
    step = max(1, len(ordered) // most)
    return [*ordered[::step], ordered[-1] + timedelta(days=400)]


@given(st.one_of(any_histories(), corrected_histories()))
def test_a_snapshot_answers_every_day_as_a_full_replay_does(history: History) -> None:
    index = PostureIndex(history)
    for day in _days(history):
        assert index.posture(day) == replay(history, as_of=day), day


@given(st.one_of(any_histories(), corrected_histories()))
def test_an_index_kept_as_bytes_answers_every_day_as_a_full_replay_does(
    history: History,
) -> None:
    shape = Shape(history[0].case, len(history), history[0].id, history[-1].id)
    # Tiny pages, runs and spacing, so that short histories cross every boundary.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index_file, "KEEP_EVERY", 3)
        patch.setattr(index_file, "PAGE", 2)
        patch.setattr(index_file, "RUN", 2)
        data = dump_index(PostureIndex(history), "test", shape)
    kept = StoredIndex.read(bytes_reader(data), source="test", shape=shape)
    assert kept is not None
    for day in _days(history):
        assert kept.posture(day) == replay(history, as_of=day), day


@given(any_histories(), st.integers(0, 30))
def test_knowing_more_than_every_entry_is_the_same_as_knowing_everything(
    history: History, later: int
) -> None:
    known_on = max(known_date(e) for e in history) + timedelta(days=later)
    for day in _days(history, most=8):
        assert replay(history, as_of=day, known_on=known_on) == replay(history, as_of=day)


@given(any_histories())
def test_the_posture_on_a_day_depends_only_on_entries_effective_by_then(
    history: History,
) -> None:
    for day in _days(history, most=8):
        effective = [e for e in history if effective_date(e) <= day]
        assert replay(effective, as_of=day) == replay(history, as_of=day), day
