"""Lucero v. City of Clovis (D.N.M. 2019): the founding order, replayed, and its futures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docket import load_history, replay
from docket.events import (
    DateReached,
    Disposition,
    DocketEvent,
    JudgmentEntered,
    OrderEntered,
    Ruling,
    StayImposed,
    StayScope,
)

HISTORY = Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"
ORDER_DAY = date(2019, 12, 10)


@pytest.fixture(scope="module")
def history() -> tuple[DocketEvent, ...]:
    return load_history(HISTORY)


def _order(
    doc: int, day: date, *rulings: Ruling, stays: tuple[StayImposed, ...] = ()
) -> OrderEntered:
    return OrderEntered(
        id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day, rulings=rulings, stays=stays
    )


def test_after_the_order_discovery_is_stayed_pending_the_qualified_immunity_motion(history):
    p = replay(history, as_of=ORDER_DAY)
    assert p.discovery.status == "stayed"
    (stay,) = p.discovery.stays
    assert stay.status == "in_force"
    assert stay.scope is StayScope.DISCOVERY
    assert stay.lifts_when_text == "resolution of Doc. 30"
    assert stay.on_motion == 38
    assert stay.imposed == ORDER_DAY
    assert "qualified_immunity" in stay.grounds
    assert "entity defendants included" in (stay.explanation or "")


def test_after_the_order_both_motions_to_compel_are_denied_without_prejudice_with_conditional_leave(
    history,
):
    p = replay(history, as_of=ORDER_DAY)
    for doc in (27, 28):
        m = p.motion(doc)
        assert m.status == "denied_without_prejudice"
        assert m.decided == ORDER_DAY
        assert m.leave_to_refile is not None
        assert m.leave_to_refile.status == "conditional"
        assert m.leave_to_refile.condition_text == "Doc. 30 denied at least in part"


def test_after_the_order_the_stay_motion_is_granted_and_the_summary_judgment_motion_pending(
    history,
):
    p = replay(history, as_of=ORDER_DAY)
    assert p.motion(38).status == "granted"
    assert p.motion(38).decided_by == p.discovery.stays[0].imposed_by
    assert p.motion(30).status == "pending"
    assert p.case.status == "open"
    assert p.anomalies == ()


def test_the_day_before_the_order_every_motion_is_pending_and_discovery_not_stayed(history):
    p = replay(history, as_of=date(2019, 12, 9))
    assert {m.doc: m.status for m in p.motions} == {
        27: "pending",
        28: "pending",
        30: "pending",
        38: "pending",
    }
    assert p.discovery.status == "open"
    assert p.discovery.stays == ()


def test_summary_judgment_denied_in_part_lifts_the_stay_and_opens_leave_to_refile(history):
    ruling_day = date(2020, 6, 1)
    later = (
        *history,
        _order(60, ruling_day, Ruling(motion=30, disposition=Disposition.GRANTED_IN_PART)),
    )
    p = replay(later, as_of=ruling_day)
    assert p.motion(30).status == "granted_in_part"
    assert p.discovery.status == "open"
    (stay,) = p.discovery.stays
    assert stay.status == "lifted" and stay.lifted == ruling_day and stay.lifted_by is None
    for doc in (27, 28):
        leave = p.motion(doc).leave_to_refile
        assert leave is not None and leave.status == "available" and leave.since == ruling_day
    # The day before the ruling nothing has moved yet.
    before = replay(later, as_of=date(2020, 5, 31))
    assert before.discovery.status == "stayed"
    assert before.motion(27).leave_to_refile.status == "conditional"  # type: ignore[union-attr]


def test_summary_judgment_granted_in_full_and_judgment_forecloses_leave_and_closes_the_case(
    history,
):
    later = (
        *history,
        _order(60, date(2020, 6, 1), Ruling(motion=30, disposition=Disposition.GRANTED)),
        JudgmentEntered(id=f"{CASE}/61", case=CASE, doc=61, filed=date(2020, 6, 2)),
    )
    after_order = replay(later, as_of=date(2020, 6, 1))
    assert after_order.motion(27).leave_to_refile.status == "foreclosed"  # type: ignore[union-attr]
    assert after_order.case.status == "open"
    p = replay(later, as_of=date(2020, 6, 2))
    assert p.case.status == "closed"
    assert p.discovery.status == "closed"
    for doc in (27, 28):
        assert p.motion(doc).leave_to_refile.status == "foreclosed"  # type: ignore[union-attr]


def test_a_stay_until_a_date_ends_on_that_date(history):
    until = date(2020, 3, 2)
    stay = StayImposed(scope=StayScope.CASE, lifts_when=DateReached(on=until))
    later = (*history, _order(50, date(2020, 1, 6), stays=(stay,)))
    during = replay(later, as_of=date(2020, 3, 1))
    assert during.case.status == "stayed"
    assert during.discovery.status == "stayed"
    after = replay(later, as_of=until)
    assert after.case.status == "open"
    case_stay = next(s for s in after.discovery.stays if s.scope is StayScope.CASE)
    assert case_stay.status == "lifted" and case_stay.lifted == until
    # The qualified-immunity stay of discovery is still in force: discovery stays stayed.
    assert after.discovery.status == "stayed"


def test_the_bundled_history_marks_every_inferred_entry_reconstructed(history):
    inferred = {e.doc for e in history if e.reconstructed}
    assert {27, 28, 38}.issubset(inferred)
    assert next(e for e in history if e.doc == 30).filed == date(2019, 10, 21)
