"""Conditions that combine others: any of them, all of them, nested.

A condition holds, is still open, or has failed for good. ``AnyOf`` holds once one part holds
and fails only when every part has failed; ``AllOf`` holds once every part holds and fails as
soon as one part fails. Leave to refile and a stay's terms watch every motion and every date
inside a compound condition, however deeply nested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from docket import replay
from docket.audit import explain
from docket.engine.conditions import Truth, evaluate
from docket.events import (
    AllOf,
    AnyOf,
    CaseOpened,
    Condition,
    DateReached,
    DocketEvent,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    MotionRuled,
    OrderEntered,
    Ruling,
)

CASE = "nmd-1:21-cv-00303"
MONDAY = date(2021, 3, 1)
TODAY = date(2021, 6, 1)


@dataclass
class _Motion:
    status: str
    part: int | None = None


# Doc. 1 granted, Doc. 2 pending, Doc. 3 denied; no Doc. 4 (each document one motion).
MOTIONS = {1: [_Motion("granted")], 2: [_Motion("pending")], 3: [_Motion("denied")]}
HOLDS = MotionRuled(motion=1, dispositions=("granted",))
OPEN = MotionResolved(motion=2)
FAILED = MotionRuled(motion=3, dispositions=("granted",))


@pytest.mark.parametrize(
    ("condition", "truth"),
    [
        (AnyOf(conditions=(HOLDS,)), Truth.HOLDS),
        (AnyOf(conditions=(FAILED, OPEN, HOLDS)), Truth.HOLDS),
        (AnyOf(conditions=(FAILED, OPEN)), Truth.OPEN),
        (AnyOf(conditions=(OPEN,)), Truth.OPEN),
        (AnyOf(conditions=(FAILED, FAILED)), Truth.FAILED),
        (AllOf(conditions=(HOLDS, HOLDS)), Truth.HOLDS),
        (AllOf(conditions=(HOLDS, OPEN)), Truth.OPEN),
        (AllOf(conditions=(HOLDS, OPEN, FAILED)), Truth.FAILED),
        (AllOf(conditions=(FAILED,)), Truth.FAILED),
        (AllOf(conditions=(DateReached(on=TODAY), HOLDS)), Truth.HOLDS),
        (AllOf(conditions=(DateReached(on=date(2021, 6, 2)), HOLDS)), Truth.OPEN),
        (AnyOf(conditions=(AllOf(conditions=(HOLDS, OPEN)), FAILED)), Truth.OPEN),
        (AllOf(conditions=(AnyOf(conditions=(FAILED, HOLDS)), HOLDS)), Truth.HOLDS),
        (AllOf(conditions=(AnyOf(conditions=(FAILED, FAILED)), OPEN)), Truth.FAILED),
        (AnyOf(conditions=(MotionResolved(motion=4),)), Truth.OPEN),
    ],
)
def test_a_compound_condition_takes_its_truth_from_its_parts(
    condition: Condition, truth: Truth
) -> None:
    assert evaluate(condition, MOTIONS, TODAY) is truth


def _entry(model: type[Any], doc: int, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _rule(doc: int, day: date, motion: int, disposition: str, **leave: Any) -> DocketEvent:
    ruling = Ruling(
        motion=motion,
        disposition=disposition,
        leave_to_refile=LeaveToRefile(**leave) if leave else None,
    )
    return _entry(OrderEntered, doc, day, rulings=(ruling,))


def _leave_on(condition: Condition, *later: DocketEvent) -> list[DocketEvent]:
    """Motions 20 and 21 pending; motion to compel 30 denied without prejudice, with leave to
    refile on ``condition``."""
    return [
        _entry(CaseOpened, 1, MONDAY, court="nmd"),
        _entry(MotionFiled, 20, MONDAY, kind=MotionKind.SUMMARY_JUDGMENT),
        _entry(MotionFiled, 21, MONDAY, kind=MotionKind.DISMISS),
        _entry(MotionFiled, 30, MONDAY, kind=MotionKind.COMPEL),
        _rule(31, date(2021, 3, 10), 30, "denied_without_prejudice", condition=condition),
        *later,
    ]


def _leave(events: list[DocketEvent], day: date) -> str:
    leave = replay(events, as_of=day).motion(30).leave_to_refile
    assert leave is not None
    return leave.status


def test_leave_on_all_of_a_ruling_and_a_date_opens_when_the_later_of_them_comes():
    condition = AllOf(conditions=(MotionResolved(motion=20), DateReached(on=date(2021, 5, 3))))
    events = _leave_on(condition, _rule(32, date(2021, 4, 1), 20, "denied"))
    assert _leave(events, date(2021, 4, 1)) == "conditional"
    assert _leave(events, date(2021, 5, 2)) == "conditional"
    assert _leave(events, date(2021, 5, 3)) == "available"
    check = explain(replay(events, as_of=date(2021, 4, 1)), motion=30).conditions[0]
    assert check.truth == "open"


def test_leave_on_all_of_two_rulings_opens_only_when_both_motions_are_resolved():
    condition = AllOf(conditions=(MotionResolved(motion=20), MotionResolved(motion=21)))
    events = _leave_on(
        condition,
        _rule(32, date(2021, 4, 1), 20, "denied"),
        _rule(33, date(2021, 4, 8), 21, "granted"),
    )
    assert _leave(events, date(2021, 4, 1)) == "conditional"
    assert _leave(events, date(2021, 4, 8)) == "available"


def test_leave_on_any_of_two_denials_is_foreclosed_once_both_motions_are_granted():
    condition = AnyOf(
        conditions=(
            MotionRuled(motion=20, dispositions=("denied",)),
            MotionRuled(motion=21, dispositions=("denied",)),
        )
    )
    events = _leave_on(
        condition,
        _rule(32, date(2021, 4, 1), 20, "granted"),
        _rule(33, date(2021, 4, 8), 21, "granted"),
    )
    assert _leave(events, date(2021, 4, 1)) == "conditional"
    assert _leave(events, date(2021, 4, 8)) == "foreclosed"
    check = explain(replay(events, as_of=date(2021, 4, 8)), motion=30).conditions[0]
    assert check.truth == "failed"


def test_leave_on_any_of_a_denial_or_a_date_opens_on_the_date_after_the_motion_is_granted():
    condition = AnyOf(
        conditions=(
            MotionRuled(motion=20, dispositions=("denied",)),
            DateReached(on=date(2021, 6, 1)),
        )
    )
    events = _leave_on(condition, _rule(32, date(2021, 4, 1), 20, "granted"))
    assert _leave(events, date(2021, 5, 31)) == "conditional"
    assert _leave(events, date(2021, 6, 1)) == "available"


def test_available_leave_is_conditional_while_the_ruling_it_waited_on_is_vacated_then_follows_the_new_one():
    events = _leave_on(
        MotionResolved(motion=20),
        _rule(32, date(2021, 4, 1), 20, "denied"),
        _rule(33, date(2021, 4, 8), 20, "vacated"),
        _rule(34, date(2021, 4, 15), 20, "granted"),
    )
    days = (date(2021, 4, 1), date(2021, 4, 8), date(2021, 4, 15))
    assert [_leave(events, day) for day in days] == ["available", "conditional", "available"]


def test_foreclosed_leave_reopens_when_the_ruling_that_foreclosed_it_is_vacated_and_reversed():
    events = _leave_on(
        MotionRuled(motion=20, dispositions=("denied",)),
        _rule(32, date(2021, 4, 1), 20, "granted"),
        _rule(33, date(2021, 4, 8), 20, "vacated"),
        _rule(34, date(2021, 4, 15), 20, "denied"),
    )
    days = (date(2021, 4, 1), date(2021, 4, 8), date(2021, 4, 15))
    assert [_leave(events, day) for day in days] == ["foreclosed", "conditional", "available"]


def test_leave_on_a_condition_that_comes_to_hold_says_so_in_the_motions_trail():
    events = _leave_on(MotionResolved(motion=20), _rule(32, date(2021, 4, 1), 20, "denied"))
    last = replay(events).motion(30).because[-1]
    assert (last.on, last.doc, last.what, last.about) == (
        date(2021, 4, 1),
        32,
        "leave to refile available: its condition holds",
        "leave_to_refile",
    )
    events = _leave_on(
        MotionRuled(motion=20, dispositions=("denied",)), _rule(32, date(2021, 4, 1), 20, "granted")
    )
    last = replay(events).motion(30).because[-1]
    assert (last.what, last.about) == (
        "leave to refile foreclosed: its condition can no longer hold",
        "leave_to_refile",
    )
