"""Leave to refile against the case's end, as GUIDE.md's "Leave to refile" reads it: leave is
``foreclosed`` once the case closes, whatever closes it (GUIDE.md, "Closed without an order
saying so": a self-executing Rule 41(a)(1)(A) notice or stipulation, a final judgment, a
remand, a transfer out, an administrative closure); it becomes ``available`` once its
condition comes to pass; a denial without prejudice that says nothing of refiling gives none.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
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


def leave(m: MotionState) -> str | None:
    return m.leave_to_refile.status if m.leave_to_refile is not None else None


COMPLAINT = ("2016-01-04", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")
COMPEL = ("2016-02-01", 12, "MOTION to Compel Discovery by Jane Roe. (Doe, John)")
DISMISS = ("2016-02-03", 15, "MOTION to Dismiss for Failure to State a Claim by Acme Corp.")
DENIAL = (
    "2016-03-01",
    20,
    "ORDER denying 12 Motion to Compel as premature with leave to re-file. Signed by Judge A.",
)


@pytest.mark.parametrize(
    "closing",
    [
        "NOTICE of Voluntary Dismissal pursuant to FRCP 41(a)(1)(A)(i) by Jane Roe. (Doe, John)",
        "STIPULATION of Dismissal with prejudice by Jane Roe, Acme Corp. (Doe, John)",
        "ORDER granting 15 Motion to Dismiss. This action is DISMISSED. Signed by Judge A.",
        "JUDGMENT in favor of Acme Corp. against Jane Roe. Signed by Judge A. (abc)",
        "ORDER REMANDING CASE to the Supreme Court of New York, County of New York. Signed by "
        "Judge A. (abc)",
        "ORDER TRANSFERRING CASE to the United States District Court for the District of New "
        "Jersey. Signed by Judge A. (abc)",
        "ORDER: The Clerk shall administratively close this action. Signed by Judge A. (abc)",
    ],
)
def test_leave_available_is_foreclosed_whatever_closes_the_case(closing: str) -> None:
    p = posture(COMPLAINT, COMPEL, DISMISS, DENIAL, ("2016-05-02", 30, closing))
    assert p.case.status == "closed"
    assert leave(p.motion(12)) == "foreclosed"


def test_leave_is_available_before_the_case_closes() -> None:
    m = posture(COMPLAINT, COMPEL, DENIAL).motion(12)
    assert m.status == "denied_without_prejudice" and leave(m) == "available"


def test_conditional_leave_becomes_available_when_its_condition_comes_to_pass() -> None:
    order = (
        "2016-03-01",
        20,
        "ORDER denying 12 Motion to Compel without prejudice to renewal after the Court rules "
        "on 15. Signed by Judge A.",
    )
    ruling = ("2016-04-01", 21, "ORDER denying 15 Motion to Dismiss. Signed by Judge A.")
    before = posture(COMPLAINT, COMPEL, DISMISS, order, ruling, on="2016-03-31").motion(12)
    after = posture(COMPLAINT, COMPEL, DISMISS, order, ruling, on="2016-04-01").motion(12)
    assert (leave(before), leave(after)) == ("conditional", "available")


@pytest.mark.parametrize(
    "text",
    [
        "ORDER denying without prejudice 12 Motion to Compel. Signed by Judge A. (abc)",
        "ORDER: The Motion to Compel [12] is DENIED WITHOUT PREJUDICE. Signed by Judge A.",
        "ORDER denying 12 Motion to Compel without prejudice to proceeding under the Court's "
        "discovery procedures. Signed by Judge A.",
    ],
)
def test_a_plain_denial_without_prejudice_reports_no_leave_not_leave_available(text: str) -> None:
    m = posture(COMPLAINT, COMPEL, ("2016-03-01", 20, text)).motion(12)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
