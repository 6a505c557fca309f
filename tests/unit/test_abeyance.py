"""Motions held in abeyance: undecided, their briefing suspended, no consent ever inferred.

Dates worked by hand under FRCP 6(a)(1) and D.N.M.LR-Civ. 7.4(a) (14 days to respond,
served through CM/ECF, no FRCP 6(d) days since 2016-12-01). 2021-03-01 is a Monday.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.events import (
    Abeyance,
    AbeyanceLifted,
    CaseOpened,
    DateReached,
    DocketEvent,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    Ruling,
    dump_event,
    parse_event,
)
from docket.render import posture_text

CASE = "nmd-1:21-cv-00400"


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _start() -> list[DocketEvent]:
    """A motion to compel Mon 2021-03-01 (response due Mon 2021-03-15) and a motion to amend
    Tue 2021-03-02; an order of Fri 2021-03-05 holds the first pending resolution of the
    second, with 10 days of the response time left."""
    return [
        _entry(CaseOpened, 1, date(2021, 1, 4), court="nmd"),
        _entry(MotionFiled, 20, date(2021, 3, 1), kind=MotionKind.COMPEL),
        _entry(MotionFiled, 21, date(2021, 3, 2), kind=MotionKind.AMEND),
        _entry(
            OrderEntered,
            22,
            date(2021, 3, 5),
            abeyances=(Abeyance(motion=20, pending=MotionResolved(motion=21)),),
        ),
    ]


def test_a_motion_held_in_abeyance_is_neither_unanswered_nor_consent_to_grant() -> None:
    p = replay(_start(), as_of=date(2021, 4, 30))
    m = p.motion(20)
    assert m.status == "held_in_abeyance"
    assert m.abeyance is not None and m.abeyance.pending_text == "resolution of Doc. 21"
    assert m.briefing is not None and m.briefing.status == "awaiting_response"
    response = next(d for d in p.deadlines if d.id == "response:20")
    assert response.status == "suspended"
    assert "consent" not in (response.consequence or "")
    text = posture_text(p)
    assert "HELD IN ABEYANCE since 2021-03-05 (order Doc. 22) pending resolution of Doc. 21" in text
    assert "no response filed in time" not in text.split("Doc. 21:")[0]


def test_the_abeyance_ends_when_what_it_waits_on_holds_and_the_days_left_run_again() -> None:
    """Doc. 21 granted Thu 2021-04-01: the 10 days left run again, Sun 2021-04-11, so Mon
    2021-04-12 (FRCP 6(a)(1)(C)); flagged for review."""
    events = [
        *_start(),
        _entry(
            OrderEntered, 30, date(2021, 4, 1), rulings=(Ruling(motion=21, disposition="granted"),)
        ),
    ]
    p = replay(events, as_of=date(2021, 4, 2))
    m = p.motion(20)
    assert m.status == "pending"
    assert m.briefing is not None and m.briefing.response_due == date(2021, 4, 12)
    assert {d.id: (d.due, d.status) for d in p.deadlines}["response:20"] == (
        date(2021, 4, 12),
        "running",
    )
    assert m.abeyance is not None and m.abeyance.lifted == date(2021, 4, 1)
    assert m.abeyance.review is not None
    assert "consent" in (next(d for d in p.deadlines if d.id == "response:20").consequence or "")
    assert "abeyance ended 2021-04-01" in posture_text(p)


def test_an_order_taking_the_motion_up_again_resumes_its_briefing() -> None:
    events = [
        *_start(),
        _entry(OrderEntered, 30, date(2021, 4, 1), abeyance_lifted=(AbeyanceLifted(motion=20),)),
    ]
    m = replay(events, as_of=date(2021, 4, 2)).motion(20)
    assert m.status == "pending"
    assert m.briefing is not None and m.briefing.response_due == date(2021, 4, 12)


def test_an_abeyance_until_a_date_ends_on_that_date() -> None:
    events = [
        *_start()[:3],
        _entry(
            OrderEntered,
            22,
            date(2021, 3, 5),
            abeyances=(Abeyance(motion=20, pending=DateReached(on=date(2021, 6, 1))),),
        ),
    ]
    assert replay(events, as_of=date(2021, 5, 31)).motion(20).status == "held_in_abeyance"
    assert replay(events, as_of=date(2021, 6, 1)).motion(20).status == "pending"


def test_a_ruling_on_a_held_motion_decides_it_and_ends_the_abeyance() -> None:
    events = [
        *_start(),
        _entry(
            OrderEntered, 30, date(2021, 4, 1), rulings=(Ruling(motion=20, disposition="denied"),)
        ),
    ]
    p = replay(events, as_of=date(2021, 4, 2))
    m = p.motion(20)
    assert m.status == "denied"
    assert m.abeyance is not None and m.abeyance.lifted == date(2021, 4, 1)
    assert "response:20" not in {d.id for d in p.deadlines}


def test_holding_a_decided_motion_or_lifting_one_not_held_is_flagged() -> None:
    events = [
        *_start()[:3],
        _entry(
            OrderEntered, 22, date(2021, 3, 5), rulings=(Ruling(motion=20, disposition="denied"),)
        ),
        _entry(OrderEntered, 23, date(2021, 3, 8), abeyances=(Abeyance(motion=20),)),
        _entry(OrderEntered, 24, date(2021, 3, 9), abeyance_lifted=(AbeyanceLifted(motion=21),)),
    ]
    assert [a.code for a in replay(events).anomalies] == ["not_pending", "not_in_abeyance"]


def test_an_order_without_abeyances_dumps_as_before() -> None:
    order = _entry(OrderEntered, 22, date(2021, 3, 5))
    assert "abeyance" not in dump_event(order)
    held = _start()[-1]
    assert parse_event(dump_event(held)) == held
