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


def _lucero_like(*later: tuple[Disposition, ...]) -> list[object]:
    """Doc. 2 (compel) denied without prejudice, leave to refile if Doc. 3 (summary
    judgment on qualified immunity) is denied at least in part; then orders on Doc. 3."""
    from docket.events import MotionRuled

    condition = MotionRuled(
        motion=3, dispositions=(Disposition.DENIED, Disposition.GRANTED_IN_PART)
    )
    leave = LeaveToRefile(condition=condition)
    deny = Ruling(motion=2, disposition=Disposition.DENIED_WITHOUT_PREJUDICE, leave_to_refile=leave)
    history: list[object] = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=DAY, doc=1),
        MotionFiled(id=f"{CASE}/2", case=CASE, filed=DAY, doc=2, kind=MotionKind.COMPEL),
        MotionFiled(id=f"{CASE}/3", case=CASE, filed=DAY, doc=3, kind=MotionKind.SUMMARY_JUDGMENT),
        OrderEntered(id=f"{CASE}/4", case=CASE, filed=date(2010, 2, 1), doc=4, rulings=(deny,)),
    ]
    for n, dispositions in enumerate(later, start=5):
        rulings = tuple(Ruling(motion=3, disposition=d) for d in dispositions)
        filed = date(2010, 3, 1 + n)
        history.append(
            OrderEntered(id=f"{CASE}/{n}", case=CASE, filed=filed, doc=n, rulings=rulings)
        )
    return history


def _leave(history: list[object]) -> str:
    motion = replay(history, as_of=date(2010, 6, 1)).motion(2)  # type: ignore[arg-type]
    assert motion.leave_to_refile is not None
    return motion.leave_to_refile.status


def test_leave_made_available_goes_back_to_conditional_when_the_ruling_is_vacated() -> None:
    assert _leave(_lucero_like((Disposition.DENIED,))) == "available"
    assert _leave(_lucero_like((Disposition.DENIED,), (Disposition.VACATED,))) == "conditional"


def test_leave_foreclosed_by_its_condition_reopens_when_that_ruling_is_vacated() -> None:
    assert _leave(_lucero_like((Disposition.GRANTED,))) == "foreclosed"
    assert _leave(_lucero_like((Disposition.GRANTED,), (Disposition.VACATED,))) == "conditional"


def test_leave_follows_the_ruling_that_replaces_a_vacated_one() -> None:
    history = _lucero_like((Disposition.GRANTED,), (Disposition.VACATED, Disposition.DENIED))
    assert _leave(history) == "available"


def test_leave_foreclosed_because_the_case_ended_stays_foreclosed_whatever_is_ruled_after() -> None:
    from docket.events import JudgmentEntered

    history = _lucero_like()
    history.append(JudgmentEntered(id=f"{CASE}/6", case=CASE, filed=date(2010, 3, 1), doc=6))
    rule_later = Ruling(motion=3, disposition=Disposition.DENIED)
    history.append(
        OrderEntered(
            id=f"{CASE}/7", case=CASE, filed=date(2010, 4, 1), doc=7, rulings=(rule_later,)
        )
    )
    assert _leave(history) == "foreclosed"


def test_leave_made_conditional_again_says_why_in_the_motions_trail() -> None:
    history = _lucero_like((Disposition.DENIED,), (Disposition.VACATED,))
    motion = replay(history, as_of=date(2010, 6, 1)).motion(2)  # type: ignore[arg-type]
    last = motion.because[-1]
    assert (last.on, last.doc, last.about) == (date(2010, 3, 7), 6, "leave_to_refile")
    assert last.what == (
        "leave to refile conditional again: the ruling that settled its condition no longer stands"
    )
