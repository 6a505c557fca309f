"""Entries that cannot apply are flagged in the posture; replay never crashes on them."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import (
    Disposition,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
    StayLifted,
    StayScope,
)

CASE = "test-1"
D = date(2021, 3, 1)


def motion(doc: int, kind: MotionKind = MotionKind.DISMISS) -> MotionFiled:
    return MotionFiled(id=f"m{doc}", case=CASE, doc=doc, filed=D, kind=kind)


def order(doc: int, *rulings: Ruling, day: date = D) -> OrderEntered:
    return OrderEntered(id=f"o{doc}", case=CASE, doc=doc, filed=day, rulings=rulings)


def codes(events) -> list[tuple[int | None, str]]:
    return [(a.doc, a.code) for a in replay(events).anomalies]


def test_an_order_on_a_motion_that_does_not_exist_is_flagged_and_replay_goes_on():
    events = [
        motion(1),
        order(
            2,
            Ruling(motion=9, disposition=Disposition.DENIED),
            Ruling(motion=1, disposition=Disposition.GRANTED),
        ),
    ]
    p = replay(events)
    assert [(a.doc, a.code) for a in p.anomalies] == [(2, "unknown_motion")]
    assert "Doc. 9" in p.anomalies[0].reason
    assert p.motion(1).status == "granted"


def test_a_second_ruling_on_a_decided_motion_is_flagged_and_the_first_stands():
    events = [
        motion(1),
        order(2, Ruling(motion=1, disposition=Disposition.DENIED)),
        order(3, Ruling(motion=1, disposition=Disposition.GRANTED)),
    ]
    assert codes(events) == [(3, "already_decided")]
    assert replay(events).motion(1).status == "denied"


def test_an_order_vacating_a_ruling_sets_the_motion_pending_again():
    events = [
        motion(1),
        order(2, Ruling(motion=1, disposition=Disposition.DENIED)),
        order(3, Ruling(motion=1, disposition=Disposition.VACATED)),
        order(4, Ruling(motion=1, disposition=Disposition.GRANTED)),
    ]
    p = replay(events)
    assert p.anomalies == ()
    assert p.motion(1).status == "granted" and p.motion(1).decided_by == 4


def test_a_reply_to_nothing_and_a_reply_with_no_response_are_flagged():
    events = [
        motion(1),
        ReplyFiled(id="r", case=CASE, doc=2, filed=D, to_motion=7),
        ReplyFiled(id="r2", case=CASE, doc=3, filed=D, to_motion=1),
    ]
    assert codes(events) == [(2, "unknown_motion"), (3, "reply_without_response")]


def test_a_reply_after_a_response_is_not_flagged():
    events = [
        motion(1),
        ResponseFiled(id="s", case=CASE, doc=2, filed=D, to_motion=1),
        ReplyFiled(id="r", case=CASE, doc=3, filed=D, to_motion=1),
    ]
    assert codes(events) == []


def test_withdrawing_a_decided_motion_is_flagged():
    events = [
        motion(1),
        order(2, Ruling(motion=1, disposition=Disposition.MOOT)),
        MotionWithdrawn(id="w", case=CASE, doc=3, filed=D, motion=1),
    ]
    assert codes(events) == [(3, "not_pending")]


def test_lifting_a_stay_that_is_not_in_force_is_flagged():
    lift = OrderEntered(
        id="o", case=CASE, doc=2, filed=D, lifts=(StayLifted(scope=StayScope.CASE),)
    )
    assert codes([motion(1), lift]) == [(2, "no_stay_to_lift")]


def test_a_duplicate_docket_number_and_an_entry_from_another_case_are_flagged():
    events = [
        motion(1),
        motion(1).model_copy(update={"id": "other"}),
        motion(5).model_copy(update={"case": "elsewhere"}),
    ]
    assert codes(events) == [(1, "duplicate_docket_number"), (5, "wrong_case")]


def test_a_motion_to_compel_filed_while_discovery_is_stayed_is_flagged():
    stay = motion(1, MotionKind.STAY_DISCOVERY)
    grant = order(2, Ruling(motion=1, disposition=Disposition.GRANTED), day=date(2021, 3, 2))
    compel = MotionFiled(id="c", case=CASE, doc=3, filed=date(2021, 3, 3), kind=MotionKind.COMPEL)
    p = replay([stay, grant, compel])
    assert p.discovery.status == "stayed"
    assert [(a.doc, a.code) for a in p.anomalies] == [(3, "motion_during_stay")]
