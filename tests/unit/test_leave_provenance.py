"""Leave to refile and agreed extensions leave a trail: each change says when, by which
entry, and that it was about the leave (or the briefing), not the motion's status."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from docket import replay
from docket.events import (
    CaseOpened,
    DocketEvent,
    ExtensionNoticed,
    Ground,
    JudgmentEntered,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Ruling,
    motion_denied_at_least_in_part,
)

CASE = "nmd-2:19-cv-00445"
DAY = date(2019, 10, 7)


def _entry(model: type[Any], doc: int, days: int, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(
        id=f"{CASE}/{doc}", case=CASE, filed=DAY + timedelta(days=days), doc=doc, **fields
    )
    return event


def _lucero_like() -> list[DocketEvent]:
    leave = LeaveToRefile(condition=motion_denied_at_least_in_part(30))
    return [
        _entry(CaseOpened, 1, 0, court="nmd"),
        _entry(MotionFiled, 27, 1, kind=MotionKind.COMPEL),
        _entry(
            MotionFiled,
            30,
            2,
            kind=MotionKind.SUMMARY_JUDGMENT,
            grounds=(Ground.QUALIFIED_IMMUNITY,),
        ),
        _entry(
            OrderEntered,
            44,
            40,
            rulings=(
                Ruling(motion=27, disposition="denied_without_prejudice", leave_to_refile=leave),
            ),
        ),
    ]


def test_leave_that_opens_when_immunity_is_denied_records_the_order_that_opened_it() -> None:
    history = [
        *_lucero_like(),
        _entry(OrderEntered, 60, 90, rulings=(Ruling(motion=30, disposition="denied"),)),
    ]
    motion = replay(history).motion(27)
    assert motion.leave_to_refile is not None and motion.leave_to_refile.status == "available"
    granted, opened = [s for s in motion.because if s.about == "leave_to_refile"]
    assert (granted.on, granted.doc) == (DAY + timedelta(days=40), 44)
    assert (opened.on, opened.doc) == (DAY + timedelta(days=90), 60)
    assert "available" in opened.what
    assert [s.doc for s in motion.because if s.about == "status"] == [27, 44]


def test_leave_foreclosed_by_a_final_judgment_records_the_judgment() -> None:
    history = [*_lucero_like(), _entry(JudgmentEntered, 61, 95, final=True)]
    motion = replay(history).motion(27)
    assert motion.leave_to_refile is not None and motion.leave_to_refile.status == "foreclosed"
    closed = [s for s in motion.because if s.about == "leave_to_refile"][-1]
    assert (closed.on, closed.doc) == (DAY + timedelta(days=95), 61)
    assert "foreclosed" in closed.what


def test_an_agreed_extension_names_the_notice_that_moved_the_deadline() -> None:
    history = [
        _entry(CaseOpened, 1, 0, court="nmd"),
        _entry(MotionFiled, 2, 0, kind=MotionKind.COMPEL),
        _entry(
            ExtensionNoticed, 3, 5, motion=2, deadline="response", until=DAY + timedelta(days=28)
        ),
    ]
    motion = replay(history).motion(2)
    assert motion.briefing is not None and motion.briefing.response_due == DAY + timedelta(days=28)
    (moved,) = [s for s in motion.because if s.about == "briefing" and s.doc == 3]
    assert "Doc. 3" in moved.what


def test_leave_to_refile_at_once_is_available_from_the_order_that_gives_it() -> None:
    leave = LeaveToRefile(description="Plaintiff may refile.")
    history = [
        _entry(CaseOpened, 1, 0, court="nmd"),
        _entry(MotionFiled, 2, 1, kind=MotionKind.COMPEL),
        _entry(
            OrderEntered,
            3,
            9,
            rulings=(
                Ruling(motion=2, disposition="denied_without_prejudice", leave_to_refile=leave),
            ),
        ),
    ]
    got = replay(history).motion(2).leave_to_refile
    assert got is not None
    assert (got.status, got.granted_by, got.since) == ("available", 3, DAY + timedelta(days=9))
    assert (got.condition, got.condition_text, got.description) == (
        None,
        "none",
        "Plaintiff may refile.",
    )
    (granted,) = [s for s in replay(history).motion(2).because if s.about == "leave_to_refile"]
    assert (granted.doc, granted.what) == (3, "leave to refile granted by order Doc. 3")


def test_leave_that_waits_on_a_motion_not_on_the_docket_is_flagged() -> None:
    leave = LeaveToRefile(condition=motion_denied_at_least_in_part(99))
    history = [
        _entry(CaseOpened, 1, 0, court="nmd"),
        _entry(MotionFiled, 2, 1, kind=MotionKind.COMPEL),
        _entry(
            OrderEntered,
            3,
            9,
            rulings=(
                Ruling(motion=2, disposition="denied_without_prejudice", leave_to_refile=leave),
            ),
        ),
    ]
    posture = replay(history)
    (anomaly,) = posture.anomalies
    assert (anomaly.code, anomaly.doc) == ("unknown_motion", 3)
    assert (
        anomaly.reason == "leave to refile depends on Doc. 99, which is not a motion on this docket"
    )
    got = posture.motion(2).leave_to_refile
    assert got is not None and (got.status, got.granted_by) == ("conditional", 3)
    (granted,) = [s for s in posture.motion(2).because if s.about == "leave_to_refile"]
    assert (
        granted.what == "leave to refile granted by order Doc. 3 on Doc. 99 denied at least in part"
    )
