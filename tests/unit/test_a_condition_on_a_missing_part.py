"""A stay or leave to refile that waits on a part a document does not hold (issue 6).

A ruling on "Doc. 45 part 3" when Doc. 45 holds two motions, or on "Doc. 45 part 1" when it
holds one motion filed without parts, is ``unknown_motion``; a condition naming such a motion
can never come to hold, and is flagged the same way when the order imposes it. The stateful
test (tests/property/test_stateful_agreement.py) found that it was not.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from docket import replay
from docket.events import (
    Disposition,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    Ruling,
    StayImposed,
    StayScope,
)

CASE = "test-missing-part"
D = date(2021, 3, 1)


def motion(doc: int, part: int | None, kind: MotionKind = MotionKind.DISMISS) -> MotionFiled:
    suffix = "" if part in (None, 1) else f"/part{part}"
    return MotionFiled(
        id=f"{CASE}/{doc}{suffix}", case=CASE, doc=doc, filed=D, part=part, kind=kind
    )


def order(doc: int, on: int, **fields: object) -> OrderEntered:
    return OrderEntered(
        id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=D + timedelta(days=on), **fields
    )


TWO_PARTS = [motion(45, 1), motion(45, 2, MotionKind.SUMMARY_JUDGMENT)]
ONE_PLAIN = [motion(45, None)]


@pytest.mark.parametrize(
    ("motions", "part"), [(TWO_PARTS, 3), (ONE_PLAIN, 1)], ids=["part 3 of two", "part 1 of one"]
)
def test_a_stay_pending_a_part_the_document_does_not_hold_is_an_unknown_motion(
    motions: list[MotionFiled], part: int
) -> None:
    terms = MotionResolved(motion=45, part=part)
    stay = order(50, 1, stays=(StayImposed(scope=StayScope.DISCOVERY, lifts_when=terms),))
    anomalies = replay([*motions, stay], as_of=D + timedelta(days=2)).anomalies
    assert [(a.doc, a.code) for a in anomalies] == [(50, "unknown_motion")]
    assert anomalies[0].reason == (
        f"stay lifts on Doc. 45 part {part}, which is not a motion on this docket"
    )


def test_leave_to_refile_waiting_on_a_part_the_document_does_not_hold_is_an_unknown_motion() -> (
    None
):
    leave = LeaveToRefile(condition=MotionResolved(motion=45, part=3))
    ruling = Ruling(
        motion=46, disposition=Disposition.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave
    )
    events = [*TWO_PARTS, motion(46, None, MotionKind.COMPEL), order(50, 1, rulings=(ruling,))]
    anomalies = replay(events, as_of=D + timedelta(days=2)).anomalies
    assert [(a.doc, a.code) for a in anomalies] == [(50, "unknown_motion")]
    assert "Doc. 45 part 3" in anomalies[0].reason


def test_a_stay_pending_a_part_the_document_holds_or_the_whole_document_flags_nothing() -> None:
    for part in (1, 2, None):
        terms = MotionResolved(motion=45, part=part)
        stay = order(50, 1, stays=(StayImposed(scope=StayScope.CASE, lifts_when=terms),))
        assert replay([*TWO_PARTS, stay], as_of=D + timedelta(days=2)).anomalies == ()
