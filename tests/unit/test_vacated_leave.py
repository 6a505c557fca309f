"""A vacated ruling takes its leave to refile with it, even a leave waiting on a date."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import (
    CaseOpened,
    DateReached,
    Disposition,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Ruling,
)

CASE = "nmd-1:10-cv-00001"
DAY = date(2010, 1, 1)


def _history() -> list[object]:
    leave = LeaveToRefile(condition=DateReached(on=date(2010, 1, 31)))
    deny = Ruling(motion=2, disposition=Disposition.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave)
    vacate = Ruling(motion=2, disposition=Disposition.VACATED)
    return [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=DAY, doc=1),
        MotionFiled(id=f"{CASE}/2", case=CASE, filed=DAY, doc=2, kind=MotionKind.COMPEL),
        OrderEntered(id=f"{CASE}/3", case=CASE, filed=DAY, doc=3, rulings=(deny,)),
        OrderEntered(id=f"{CASE}/4", case=CASE, filed=DAY, doc=4, rulings=(vacate,)),
    ]


def test_the_date_a_vacated_leave_waited_on_passes_without_a_crash_or_a_leave() -> None:
    posture = replay(_history(), as_of=date(2010, 3, 1))  # type: ignore[arg-type]
    motion = posture.motion(2)
    assert motion.status == "pending"
    assert motion.leave_to_refile is None
    assert posture.anomalies == ()
