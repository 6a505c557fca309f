"""Leave to refile bounded by a deadline (issue 13, family 6; GUIDE.md "Leave to refile":
leave is ``foreclosed`` once its condition can no longer happen, and refiling by a day that
has passed can no longer happen). "Without prejudice to renewal by December 1, 2016" gives
leave available through that day; "within N days of this order" counts the days under
FRCP 6(a)(1); a count from anything else is flagged for review, never guessed.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import MotionState, Posture
from docket.render import motion_line


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nysd", "1:16-cv-01000", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str], on: str) -> Posture:
    return replay(build(sheet(*entries)).events, as_of=date.fromisoformat(on))


def leave(m: MotionState) -> str | None:
    return m.leave_to_refile.status if m.leave_to_refile is not None else None


COMPLAINT = ("2016-01-04", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")
CERTIFY = ("2016-01-05", 2, "MOTION to Certify Class by Jane Roe. (Doe, John)")


def order(words: str, day: str = "2016-03-01") -> tuple[str, int, str]:
    return (day, 20, f"ORDER: Plaintiff's motion to certify a class, ECF 2, is DENIED {words}.")


@pytest.mark.parametrize(
    ("words", "last"),
    [
        ("without prejudice to renewal by December 1, 2016", "2016-12-01"),
        ("without prejudice to renewal no later than 12/1/2016", "2016-12-01"),
        ("without prejudice to renewal on or before December 1, 2016", "2016-12-01"),
        ("without prejudice to renewal before December 2, 2016", "2016-12-01"),
        ("without prejudice to renewal until December 1, 2016", "2016-12-01"),
        ("without prejudice to renewal not later than December 1, 2016", "2016-12-01"),
    ],
)
def test_leave_to_renew_by_a_day_is_available_through_it_and_foreclosed_after(
    words: str, last: str
) -> None:
    entries = (COMPLAINT, CERTIFY, order(words))
    on_last = posture(*entries, on=last).motion(2)
    after = posture(*entries, on="2016-12-02").motion(2)
    assert on_last.status == "denied_without_prejudice" and leave(on_last) == "available"
    assert on_last.leave_to_refile is not None
    assert on_last.leave_to_refile.until == date.fromisoformat(last)
    assert leave(after) == "foreclosed" and not after.review


def test_days_to_renew_are_counted_under_frcp_6a_and_a_last_day_on_a_sunday_rolls_to_monday() -> (
    None
):
    # Tuesday March 1, 2016 + 5 days = Sunday March 6: the period runs to Monday March 7
    # (FRCP 6(a)(1)(C)).
    entries = (
        COMPLAINT,
        CERTIFY,
        order("without prejudice to renewal within five (5) days of the date of this Order"),
    )
    monday = posture(*entries, on="2016-03-07").motion(2)
    tuesday = posture(*entries, on="2016-03-08").motion(2)
    assert leave(monday) == "available"
    assert monday.leave_to_refile is not None
    assert monday.leave_to_refile.until == date(2016, 3, 7)
    assert leave(tuesday) == "foreclosed"


def test_a_condition_and_a_deadline_together_are_both_read() -> None:
    dismiss = ("2016-01-06", 15, "MOTION to Dismiss by Acme Corp. (Doe, John)")
    ruling = ("2016-04-01", 21, "ORDER denying 15 Motion to Dismiss. Signed by Judge A.")
    words = "without prejudice to renewal after the Court rules on 15, by December 1, 2016"
    entries = (COMPLAINT, CERTIFY, dismiss, order(words), ruling)
    waiting = posture(*entries, on="2016-03-15").motion(2)
    opened = posture(*entries, on="2016-04-01").motion(2)
    lapsed = posture(*entries, on="2016-12-02").motion(2)
    assert (leave(waiting), leave(opened), leave(lapsed)) == (
        "conditional",
        "available",
        "foreclosed",
    )


@pytest.mark.parametrize(
    "words",
    [
        "without prejudice to renewal within 14 days of judgment",
        "without prejudice to renewal by December 1, 2016, if discovery warrants",
        "without prejudice to renewal within ten business days",
        "without prejudice to renewal by Defendant Smith",
        "without prejudice to renewal within the time the scheduling order sets",
        "without prejudice to renewal within 14 days of the Court's ruling on the motion",
        "without prejudice to renewal by December 1",
    ],
)
def test_a_deadline_counted_from_something_else_is_flagged_not_guessed(words: str) -> None:
    m = posture(COMPLAINT, CERTIFY, order(words), on="2016-03-02").motion(2)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
    assert [r.doc for r in m.review] == [20]


def test_the_case_closing_before_the_last_day_forecloses_the_leave_then() -> None:
    closing = ("2016-05-02", 30, "NOTICE of Voluntary Dismissal by Jane Roe. (Doe, John)")
    entries = (COMPLAINT, CERTIFY, order("without prejudice to renewal by December 1, 2016"))
    m = posture(*entries, closing, on="2016-05-02").motion(2)
    assert leave(m) == "foreclosed" and m.leave_to_refile is not None
    assert m.leave_to_refile.since == date(2016, 5, 2)


def test_the_posture_says_the_last_day_to_refile() -> None:
    entries = (COMPLAINT, CERTIFY, order("without prejudice to renewal by December 1, 2016"))
    text = motion_line(posture(*entries, on="2016-03-02").motion(2))
    assert "leave to refile AVAILABLE, last day to refile 2016-12-01" in text
