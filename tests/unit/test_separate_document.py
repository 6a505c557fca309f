"""FRCP 58(c)(2): a decision docketed without the separate document Rule 58(a) requires is
entered when 150 days have run from its entry in the civil docket, unless a separate
document is entered first; the periods after judgment run from then (FRAP 4(a)(7)(A)).

Worked by hand: docketed Mon 2021-03-01; + 150 days = Thu 2021-07-29 (30 days to Mar 31,
60 to Apr 30, 91 to May 31, 121 to Jun 30, 150 on Jul 29). From it: the notice of appeal,
30 days, Sat 2021-08-28 so Mon 2021-08-30 (FRAP 4(a)(1)(A), FRCP 6(a)(1)(C)); Rule 59, 28
days, Thu 2021-08-26; fees, 14 days, Thu 2021-08-12.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.events import (
    CaseOpened,
    DocketEvent,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    dump_event,
)
from docket.render import posture_text

CASE = "nmd-1:20-cv-00500"


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _decision(day: date = date(2021, 3, 1), doc: int = 40) -> DocketEvent:
    return _entry(JudgmentEntered, doc, day, separate_document=False, in_favor_of="Defendants")


OPENED = _entry(CaseOpened, 1, date(2020, 6, 1), court="nmd")


def test_with_no_separate_document_the_periods_run_from_the_150th_day() -> None:
    p = replay([OPENED, _decision()], as_of=date(2021, 3, 2))
    due = {d.id: d.due for d in p.deadlines}
    assert due == {
        "appeal:40": date(2021, 8, 30),
        "rule59:40": date(2021, 8, 26),
        "fees:40": date(2021, 8, 12),
    }
    (j,) = p.case.judgments
    assert (j.docketed, j.entered, j.entered_under) == (
        date(2021, 3, 1),
        date(2021, 7, 29),
        "FRCP 58(c)(2)(B)",
    )
    assert "no separate document: judgment entered 2021-07-29, when 150 days ran" in posture_text(p)
    assert not j.review


def test_a_150th_day_on_a_weekend_is_flagged_with_both_readings() -> None:
    """Docketed Wed 2021-03-03: the 150th day is Sat 2021-07-31 (Mon 2021-08-02 if rolled)."""
    (j,) = replay([OPENED, _decision(date(2021, 3, 3))]).case.judgments
    assert j.entered == date(2021, 7, 31)
    assert "2021-08-02" in j.review[0].reason


def test_a_separate_document_entered_first_governs() -> None:
    """FRCP 58(c)(2)(A): the separate document of Wed 2021-03-10 enters the judgment; the
    appeal runs 30 days from it, Fri 2021-04-09."""
    separate = _entry(JudgmentEntered, 42, date(2021, 3, 10), in_favor_of="Defendants")
    p = replay([OPENED, _decision(), separate], as_of=date(2021, 3, 11))
    assert {d.id: d.due for d in p.deadlines if d.id.startswith("appeal")} == {
        "appeal:42": date(2021, 4, 9)
    }
    first = p.case.judgments[0]
    assert (first.entered, first.entered_under) == (date(2021, 3, 10), "FRCP 58(c)(2)(A)")


def test_a_rule_59_motion_before_the_150_days_run_is_timely_and_holds_the_appeal() -> None:
    motion = _entry(MotionFiled, 45, date(2021, 4, 1), kind=MotionKind.ALTER_JUDGMENT)
    p = replay([OPENED, _decision(), motion], as_of=date(2021, 4, 2))
    assert not p.anomalies
    appeal = next(d for d in p.deadlines if d.id == "appeal:40")
    assert appeal.status == "suspended"


def test_a_judgment_with_its_separate_document_dumps_as_before() -> None:
    judgment = _entry(JudgmentEntered, 40, date(2021, 3, 1))
    assert "separate_document" not in dump_event(judgment)
    assert '"separate_document":false' in dump_event(_decision())
