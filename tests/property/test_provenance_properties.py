"""Every fact replay derives says why: its provenance steps agree with the fact and the docket.

These properties hold on any history (valid, with random rulings, or corrupted): each step
is dated within the docket and names an entry that is on it, the latest step of a fact is
the one that set its current state, and each anomaly names the entry it flags.
"""

from __future__ import annotations

from docket_noise import any_histories
from hypothesis import given

from docket import replay
from docket.events import DocketEvent
from docket.posture import Step
from docket.testing import History


def _check_steps(steps: tuple[Step, ...], history: History, what: str) -> None:
    ids: dict[str, DocketEvent] = {}
    for e in history:
        ids.setdefault(e.id, e)  # a duplicate id is flagged, and the first entry stands
    assert steps, f"{what} has no provenance"
    days = [s.on for s in steps]
    assert days == sorted(days), f"{what}: steps out of date order"
    for s in steps:
        assert s.what, f"{what}: a step that says nothing"
        if s.event_id is not None:
            assert s.event_id in ids, f"{what}: step names {s.event_id}, not on the docket"
            assert ids[s.event_id].doc == s.doc


@given(any_histories())
def test_every_fact_has_dated_steps_that_name_entries_on_the_docket(history: History) -> None:
    posture = replay(history)
    _check_steps(posture.case.because, history, "the case")
    for m in posture.motions:
        _check_steps(m.because, history, f"Doc. {m.doc}")
    for n, s in enumerate(posture.discovery.stays):
        _check_steps(s.because, history, f"stay {n}")
    if posture.discovery.status != "not_open":
        _check_steps(posture.discovery.because, history, "discovery")


@given(any_histories())
def test_the_latest_step_of_each_fact_is_the_change_that_set_it(history: History) -> None:
    posture = replay(history)
    for m in posture.motions:
        first = m.because[0]
        assert first.event_id == m.id and first.on == m.filed
        status_steps = [s for s in m.because if s.about in (None, "status")]
        if m.status != "pending":
            assert m.decided is not None or m.status == "withdrawn"
            assert status_steps[-1].on == m.decided
            assert status_steps[-1].doc == m.decided_by
        leave = m.leave_to_refile
        if leave is not None:
            leave_steps = [s for s in m.because if s.about == "leave_to_refile"]
            if leave.status != "conditional" and leave.condition is not None:
                assert leave_steps and leave_steps[-1].on == leave.since
    for s in posture.discovery.stays:
        assert s.because[0].on == s.imposed and s.because[0].doc == s.imposed_by
        if s.status == "lifted":
            assert s.because[-1].on == s.lifted
            if s.lifted_by is not None:
                assert s.because[-1].doc == s.lifted_by
    # The case and discovery also note things that set no status (a discovery deadline):
    # some step, not necessarily the latest, is the change to the current status.
    assert posture.case.since in {s.on for s in posture.case.because}
    if posture.discovery.status != "not_open":
        assert posture.discovery.since in {s.on for s in posture.discovery.because}


@given(any_histories())
def test_each_anomaly_names_the_entry_it_flags_and_says_why(history: History) -> None:
    for a in replay(history).anomalies:
        entries = [e for e in history if e.id == a.event_id]
        assert (a.doc, a.filed) in {(e.doc, e.filed) for e in entries}
        assert a.reason and a.code
