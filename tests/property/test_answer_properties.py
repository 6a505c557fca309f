"""Properties of each defendant's answer and of motions held in abeyance, over random dates.

- Served on any day, the answer is due 21 days later under FRCP 6(a) (rolled off a weekend
  or legal holiday), the same date the rule pack computes for frcp.12a.answer.
- A Rule 12 motion filed before that day suspends it; whatever day the motion is denied, the
  answer is then due as the pack computes frcp.12a4.answer from that day (FRCP 12(a)(4)(A)),
  and never on a weekend or a federal legal holiday.
- While a motion is held in abeyance, its response deadline never runs out and its briefing
  never reads as complete for want of a response: no consent is ever inferred.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from docket import replay
from docket.events import (
    Abeyance,
    CaseOpened,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Party,
    Ruling,
    SummonsServed,
)
from docket.rules import compute_rule, federal_holidays, load_pack

CASE = "nmd-1:21-cv-00900"


def _counted(start: date, days: int) -> date:
    """FRCP 6(a)(1), counted by hand: the last day, rolled off a weekend or a federal legal
    holiday (6(a)(1)(C), 6(a)(6)). An oracle apart from the rule engine's own counting."""
    due = start + timedelta(days=days)
    while due.weekday() >= 5 or due in federal_holidays(due.year):
        due += timedelta(days=1)
    return due


PARTIES = (Party(name="Jane Doe", role="plaintiff"), Party(name="Officer Roe", role="defendant"))
days = st.dates(min_value=date(2010, 1, 1), max_value=date(2034, 12, 31))


def _history(served: date, motion_after: int, denied_after: int) -> list[object]:
    motion = served + timedelta(days=motion_after)
    return [
        CaseOpened(
            id=f"{CASE}/1",
            case=CASE,
            filed=served - timedelta(days=10),
            doc=1,
            court="nmd",
            parties=PARTIES,
        ),
        SummonsServed(
            id=f"{CASE}/5",
            case=CASE,
            filed=served,
            doc=5,
            defendants=("Officer Roe",),
            served_on=served,
        ),
        MotionFiled(
            id=f"{CASE}/8",
            case=CASE,
            filed=motion,
            doc=8,
            kind=MotionKind.DISMISS,
            movants=("Officer Roe",),
        ),
        OrderEntered(
            id=f"{CASE}/12",
            case=CASE,
            filed=motion + timedelta(days=denied_after),
            doc=12,
            rulings=(Ruling(motion=8, disposition="denied"),),
        ),
    ]


@given(served=days)
def test_the_answer_is_due_as_the_pack_counts_21_days_from_service(served: date) -> None:
    history = _history(served, 19, 30)[:2]
    (roe,) = replay(history, as_of=served).case.defendants  # type: ignore[arg-type]
    expected = compute_rule(load_pack("nmd"), "frcp.12a.answer", served, None).due
    assert roe.answer_due == expected == _counted(served, 21)  # FRCP 12(a)(1)(A)(i)
    # Rolled at most a week: 2025-12-24 (an executive closure), Christmas, 12-26 (another) and a
    # weekend make five days in a row the clerk's office was closed.
    assert timedelta(days=21) <= expected - served <= timedelta(days=28)
    assert expected.weekday() < 5 and expected not in federal_holidays(expected.year)


@given(served=days, motion_after=st.integers(0, 19), denied_after=st.integers(1, 400))
def test_a_denied_rule_12_motion_gives_14_days_from_the_denial(
    served: date, motion_after: int, denied_after: int
) -> None:
    history = _history(served, motion_after, denied_after)
    denied = history[-1].filed  # type: ignore[attr-defined]
    held = replay(history[:3], as_of=denied - timedelta(days=1)).case.defendants[0]  # type: ignore[arg-type]
    assert held.answer == "suspended"
    roe = replay(history, as_of=denied).case.defendants[0]  # type: ignore[arg-type]
    due = compute_rule(load_pack("nmd"), "frcp.12a4.answer", denied, None).due
    assert (roe.answer, roe.answer_due) == ("due", due)
    assert due == _counted(denied, 14)  # FRCP 12(a)(4)(A)
    assert due.weekday() < 5 and due not in federal_holidays(due.year)
    # 14 days (10 court days before 2009-12-01 do not apply: served from 2010), rolled off at
    # most a week of weekend, holidays and executive closures.
    assert timedelta(days=14) <= due - denied <= timedelta(days=21)


@given(filed=days, held_after=st.integers(0, 13), read_after=st.integers(0, 400))
def test_a_motion_held_in_abeyance_never_runs_out_of_time_to_respond(
    filed: date, held_after: int, read_after: int
) -> None:
    held = filed + timedelta(days=held_after)
    history = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=filed - timedelta(days=30), doc=1, court="nmd"),
        MotionFiled(
            id=f"{CASE}/20", case=CASE, filed=filed, doc=20, kind=MotionKind.SUMMARY_JUDGMENT
        ),
        OrderEntered(
            id=f"{CASE}/22", case=CASE, filed=held, doc=22, abeyances=(Abeyance(motion=20),)
        ),
    ]
    p = replay(history, as_of=held + timedelta(days=read_after))  # type: ignore[arg-type]
    m = p.motion(20)
    assert m.status == "held_in_abeyance"
    assert m.briefing is not None and m.briefing.status == "awaiting_response"
    (response,) = [d for d in p.deadlines if d.id == "response:20"]
    assert response.status == "suspended"
    assert "consent" not in (response.consequence or "")
