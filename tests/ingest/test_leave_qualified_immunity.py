"""Leave to refile "should Plaintiff overcome Defendants' qualified immunity" (issue 13, family
6): conditional on the motion asserting the immunity being denied at least in part (the
plaintiff overcomes it), available once it is, foreclosed once it is granted in full. An
order that names no motion is tied by replay to the one motion on the docket asserting the
immunity; with none or several, the leave stays conditional and the order is flagged.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.events import motion_denied_at_least_in_part
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import MotionState, Posture


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nmd", "1:19-cv-00100", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str], on: str) -> Posture:
    return replay(build(sheet(*entries)).events, as_of=date.fromisoformat(on))


def leave(m: MotionState) -> str | None:
    return m.leave_to_refile.status if m.leave_to_refile is not None else None


COMPLAINT = ("2019-08-01", 1, "COMPLAINT against Officer Roe filed by Jane Doe. (abc)")
COMPEL = ("2019-10-11", 27, "MOTION to Compel Discovery by Jane Doe. (Smith, Ann)")
QI = (
    "2019-10-20",
    30,
    "MOTION to Dismiss on the Basis of Qualified Immunity by Officer Roe. (Lee, Bo)",
)
DENIAL = (
    "2019-12-10",
    44,
    "ORDER denying 27 Motion to Compel without prejudice. Plaintiff will be free to refile "
    "her motion to compel should Plaintiff overcome Defendant's qualified immunity. Signed by "
    "Judge A. (abc)",
)


@pytest.mark.parametrize(
    ("ruling", "then"),
    [
        ("ORDER denying 30 Motion to Dismiss. Signed by Judge A. (abc)", "available"),
        ("ORDER granting in part and denying in part 30 Motion to Dismiss. (abc)", "available"),
        ("ORDER granting 30 Motion to Dismiss on qualified immunity. Signed by Judge A.", None),
    ],
)
def test_leave_should_plaintiff_overcome_qualified_immunity_follows_the_immunity_motion(
    ruling: str, then: str | None
) -> None:
    entries = (COMPLAINT, COMPEL, QI, DENIAL, ("2020-02-03", 50, ruling))
    waiting = posture(*entries, on="2020-01-02").motion(27)
    assert waiting.status == "denied_without_prejudice" and leave(waiting) == "conditional"
    assert waiting.leave_to_refile is not None
    assert waiting.leave_to_refile.condition == motion_denied_at_least_in_part(30)
    after = posture(*entries, on="2020-02-03")
    # Granted in full: the plaintiff did not overcome it; the dismissal closes the case too.
    assert leave(after.motion(27)) == (then or "foreclosed")


def test_the_immunity_motion_named_by_its_number_is_taken_from_the_words() -> None:
    other_qi = ("2019-10-21", 31, "MOTION for Summary Judgment on Qualified Immunity by Roe.")
    denial = (
        "2019-12-10",
        44,
        "ORDER denying 27 Motion to Compel without prejudice to renewal if Plaintiff overcomes "
        "the defense of qualified immunity (Doc. 31). Signed by Judge A. (abc)",
    )
    m = posture(COMPLAINT, COMPEL, QI, other_qi, denial, on="2020-01-02").motion(27)
    assert m.leave_to_refile is not None
    assert m.leave_to_refile.condition == motion_denied_at_least_in_part(31)


def test_with_no_motion_asserting_the_immunity_the_leave_waits_and_the_order_is_flagged() -> None:
    p = posture(COMPLAINT, COMPEL, DENIAL, on="2020-01-02")
    assert leave(p.motion(27)) == "conditional"
    assert [a.doc for a in p.anomalies if a.code == "leave_awaits_qualified_immunity"] == [44]


def test_an_if_that_is_not_the_immunity_is_flagged_not_read() -> None:
    denial = (
        "2019-12-10",
        44,
        "ORDER denying 27 Motion to Compel without prejudice to renewal should the parties "
        "fail to agree. Signed by Judge A. (abc)",
    )
    m = posture(COMPLAINT, COMPEL, QI, denial, on="2020-01-02").motion(27)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
    assert [r.doc for r in m.review] == [44]
