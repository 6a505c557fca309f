"""A brief filed after its time ran out, where a motion for extension of time came between the
motion and the brief: the court may have given more time by an order the docket does not
date (FRCP 6(b)(1)), so the brief is flagged for review, not called late as fact (issue 18;
D.D.C. docket 1:06-cv-00577, Docs. 6-8, is the pattern)."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import CaseOpened, MotionFiled, MotionKind, ResponseFiled

CASE = "dcd-1:06-cv-00577"


def _events(*, extension_on: date | None) -> list[object]:
    events: list[object] = [
        CaseOpened(id="c1", case=CASE, doc=1, filed=date(2006, 4, 1), court="dcd"),
        MotionFiled(id="m6", case=CASE, doc=6, filed=date(2006, 7, 12), kind=MotionKind.DISMISS),
        ResponseFiled(id="r8", case=CASE, doc=8, filed=date(2006, 8, 7), to_motion=6),
    ]
    if extension_on is not None:
        asked = MotionFiled(
            id="m7", case=CASE, doc=7, filed=extension_on, kind=MotionKind.EXTENSION_OF_TIME
        )
        events.insert(2 if extension_on < date(2006, 8, 7) else 3, asked)
    return events


def _late_reasons(events: list[object]) -> list[str]:
    p = replay(events, as_of=date(2006, 8, 31))
    return [a.reason for a in p.anomalies if a.code == "late_response"]


def test_a_late_response_after_a_request_for_more_time_says_to_check_the_extension() -> None:
    # LCvR 7(b): 14 days + 3 (2006: electronic service) from Wed 2006-07-12 is Mon 07-31.
    (reason,) = _late_reasons(_events(extension_on=date(2006, 7, 24)))
    assert "due on 2006-07-31" in reason
    assert "more time was asked for before it, Doc. 7 filed 2006-07-24" in reason


def test_a_late_response_with_no_request_for_more_time_is_stated_without_that_doubt() -> None:
    (reason,) = _late_reasons(_events(extension_on=None))
    assert "due on 2006-07-31" in reason and "more time" not in reason


def test_a_request_for_more_time_made_after_the_brief_does_not_excuse_it() -> None:
    (reason,) = _late_reasons(_events(extension_on=date(2006, 8, 20)))
    assert "more time" not in reason


def test_of_several_requests_for_more_time_the_last_between_motion_and_brief_is_named() -> None:
    def asked(ident: str, doc: int, day: date) -> MotionFiled:
        return MotionFiled(
            id=ident, case=CASE, doc=doc, filed=day, kind=MotionKind.EXTENSION_OF_TIME
        )

    events = _events(extension_on=None)
    # One before the motion (not between), two between it and the brief, one after the brief.
    events[1:1] = [asked("m3", 3, date(2006, 7, 1))]
    events[3:3] = [asked("m7", 7, date(2006, 7, 20)), asked("m9", 9, date(2006, 8, 7))]
    events.append(asked("m10", 10, date(2006, 8, 9)))
    (reason,) = _late_reasons(events)
    assert "more time was asked for before it, Doc. 9 filed 2006-08-07" in reason
    del events[4]  # without Doc. 9, filed on the brief's own day: Doc. 7
    (reason,) = _late_reasons(events)
    assert "more time was asked for before it, Doc. 7 filed 2006-07-20" in reason
