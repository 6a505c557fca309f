"""Leave to refile read from an order's words, with its condition where the docket can
answer it (issue 13, family 6): at once -> available; once a motion is resolved, a date
comes or the stay lifts -> conditional, opening when that happens; any other condition ->
flagged for review, never guessed; the case closing forecloses it.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.events import DateReached, MotionResolved, StaysLifted
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import MotionState, Posture


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nysd", "1:16-cv-01000", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str], on: str = "2030-01-01") -> Posture:
    return replay(build(sheet(*entries)).events, as_of=date.fromisoformat(on))


COMPLAINT = ("2016-01-04", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")
COMPEL = ("2016-02-01", 12, "MOTION to Compel Discovery by Jane Roe. (Doe, John)")
DISMISS = ("2016-02-03", 15, "MOTION to Dismiss for Failure to State a Claim by Acme Corp.")
STAY = ("2016-02-05", 16, "MOTION to Stay Discovery by Acme Corp. (Doe, John)")


def leave(m: MotionState) -> str | None:
    return m.leave_to_refile.status if m.leave_to_refile is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "ORDER denying 12 Motion to Compel as premature with leave to re-file. (abc)",
        "ORDER denying 12 Motion to Compel w/o prejudice to renewal. Signed by Judge A.",
        "ORDER: The Motion to Compel [12] is DENIED without prejudice to its re-filing. (abc)",
        "ORDER denying 12 Motion to Compel with leave to file a renewed motion. (abc)",
        "ORDER denying without prejudice 12 Motion to Compel. The motion may be re-filed with "
        "notice to all parties. Signed by Judge A.",
    ],
)
def test_leave_to_refile_with_no_condition_is_available_at_once(text: str) -> None:
    m = posture(COMPLAINT, COMPEL, ("2016-03-01", 20, text)).motion(12)
    assert m.status == "denied_without_prejudice" and leave(m) == "available" and not m.review


def test_a_denial_without_prejudice_saying_nothing_of_refiling_gives_no_leave() -> None:
    text = "ORDER denying 12 Motion to Compel without prejudice as premature. (abc)"
    m = posture(COMPLAINT, COMPEL, ("2016-03-01", 20, text)).motion(12)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None


@pytest.mark.parametrize(
    "words",
    [
        "without prejudice to renewal after the Court rules on 15",
        "without prejudice to renewal upon resolution of the motion to dismiss (Doc. 15)",
        "without prejudice to refiling following the Court's ruling on ECF No. 15",
    ],
)
def test_leave_after_a_ruling_on_a_numbered_motion_opens_when_that_motion_is_decided(
    words: str,
) -> None:
    order = ("2016-03-01", 20, f"ORDER denying 12 Motion to Compel {words}. Signed by Judge A.")
    ruling = ("2016-04-01", 21, "ORDER denying 15 Motion to Dismiss. Signed by Judge A.")
    before = posture(COMPLAINT, COMPEL, DISMISS, order, ruling, on="2016-03-15").motion(12)
    assert leave(before) == "conditional" and not before.review
    assert before.leave_to_refile is not None
    assert before.leave_to_refile.condition == MotionResolved(motion=15)
    after = posture(COMPLAINT, COMPEL, DISMISS, order, ruling, on="2016-04-02").motion(12)
    assert leave(after) == "available"


def test_leave_on_or_after_a_date_opens_that_day_and_after_a_date_the_day_after() -> None:
    on_or_after = (
        "2016-03-01",
        20,
        "ORDER denying 12 Motion to Compel without prejudice to renewal on or after "
        "April 15, 2016. Signed by Judge A.",
    )
    m = posture(COMPLAINT, COMPEL, on_or_after, on="2016-04-14").motion(12)
    assert leave(m) == "conditional"
    assert m.leave_to_refile is not None
    assert m.leave_to_refile.condition == DateReached(on=date(2016, 4, 15))
    assert leave(posture(COMPLAINT, COMPEL, on_or_after, on="2016-04-15").motion(12)) == (
        "available"
    )
    after = (
        "2016-03-01",
        20,
        "ORDER denying 12 Motion to Compel. Plaintiff may file a renewed motion after "
        "4/15/2016. Signed by Judge A.",
    )
    m = posture(COMPLAINT, COMPEL, after, on="2016-04-15").motion(12)
    assert m.leave_to_refile is not None
    assert m.leave_to_refile.condition == DateReached(on=date(2016, 4, 16))


def test_leave_after_the_stay_the_same_order_imposes_opens_when_that_stay_is_lifted() -> None:
    order = (
        "2016-03-01",
        20,
        "ORDER granting 16 Motion to Stay Discovery; denying 12 Motion to Compel without "
        "prejudice to renewal after the stay is lifted. Signed by Judge A.",
    )
    lift = ("2016-06-01", 30, "ORDER: The stay of discovery is hereby LIFTED. Signed by Judge A.")
    during = posture(COMPLAINT, COMPEL, STAY, order, lift, on="2016-05-01")
    assert during.discovery.status == "stayed"
    m = during.motion(12)
    assert leave(m) == "conditional" and m.leave_to_refile is not None
    assert m.leave_to_refile.condition == StaysLifted()
    after = posture(COMPLAINT, COMPEL, STAY, order, lift, on="2016-06-02")
    assert leave(after.motion(12)) == "available"


def test_leave_after_a_stay_already_in_force_waits_for_its_lift() -> None:
    stay = ("2016-02-20", 19, "ORDER granting 16 Motion to Stay Discovery. Signed by Judge A.")
    order = (
        "2016-03-01",
        20,
        "ORDER: Plaintiff's Motion to Compel 12 is DENIED. Plaintiff may renew the motion once "
        "the stay is lifted. Signed by Judge A.",
    )
    p = posture(COMPLAINT, COMPEL, STAY, stay, order)
    assert leave(p.motion(12)) == "conditional"
    lift = ("2016-06-01", 30, "MINUTE ORDER: The stay of discovery is LIFTED. (abc)")
    assert leave(posture(COMPLAINT, COMPEL, STAY, stay, order, lift).motion(12)) == "available"


def test_leave_waiting_on_a_stay_when_none_is_in_force_stays_conditional_and_is_flagged() -> None:
    order = (
        "2016-03-01",
        20,
        "ORDER denying 12 Motion to Compel without prejudice to renewal after the stay is "
        "lifted. Signed by Judge A.",
    )
    p = posture(COMPLAINT, COMPEL, order)
    assert leave(p.motion(12)) == "conditional"
    assert [a.doc for a in p.anomalies if a.code == "leave_awaits_no_stay"] == [20]


@pytest.mark.parametrize(
    "words",
    [
        # A deadline that is not a day: "by December 1, 2016" is read (test_leave_deadlines).
        "without prejudice to renewal by the close of fact discovery",
        # All of discovery closing is read (test_leave_judgment_discovery); fact discovery not.
        "without prejudice to renewal after the close of fact discovery",
        "without prejudice to renewal after the Court rules on the motion to dismiss",
        "without prejudice to renewal after the Court rules on 15, if appropriate",
        "without prejudice to renewal once the stay is lifted and the parties have conferred",
        "without prejudice to renewal after ruling on the motion within 30 days",
    ],
)
def test_leave_on_a_condition_the_docket_cannot_answer_is_flagged_not_guessed(words: str) -> None:
    order = ("2016-03-01", 20, f"ORDER denying 12 Motion to Compel {words}. Signed by Judge A.")
    m = posture(COMPLAINT, COMPEL, DISMISS, order).motion(12)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
    assert [r.doc for r in m.review] == [20]


def test_conditional_leave_is_foreclosed_when_the_case_closes_first() -> None:
    order = (
        "2016-03-01",
        20,
        "ORDER denying 12 Motion to Compel without prejudice to renewal after the Court rules "
        "on 15. Signed by Judge A.",
    )
    closing = (
        "2016-05-01",
        25,
        "STIPULATION of Dismissal with prejudice by Jane Roe, Acme Corp. So Ordered. Signed by "
        "Judge A. (Entered: 05/01/2016)",
    )
    p = posture(COMPLAINT, COMPEL, DISMISS, order, closing)
    assert p.case.status == "closed"
    assert leave(p.motion(12)) == "foreclosed"


def test_leave_words_after_a_sentence_of_references_reach_the_denial_and_a_late_condition_flags() -> (
    None
):
    default = ("2016-02-10", 13, "MOTION for Clerk's Entry of Default by Jane Roe. (Doe, John)")
    order = (
        "2016-03-01",
        20,
        "ORDER DENYING MOTION FOR CLERK'S DEFAULT - Plaintiff has not shown proper service, "
        "her motion for entry of default is DENIED without prejudice. Dkt. 13 . Plaintiff may "
        "renew her motion with supporting evidence or after completing service by another "
        "means. Signed by Judge A.",
    )
    m = posture(COMPLAINT, default, order).motion(13)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
    assert [r.doc for r in m.review] == [20] and "after completing service" in m.review[0].reason
