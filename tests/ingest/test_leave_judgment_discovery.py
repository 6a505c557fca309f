"""Leave to refile waiting on the entry of judgment or the close of discovery (issue 13,
family 6; GUIDE.md "Leave to refile": ``conditional`` until the condition comes to pass, then
``available``; ``foreclosed`` when the case closes first). A motion the order lets the movant
file "after the entry of judgment" (fees and costs come after judgment, FRCP 54(d)) is opened,
not foreclosed, by the judgment that closes the case.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import DiscoveryClosed, FinalJudgment
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import MotionState, Posture


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
SCHEDULE = (
    "2016-02-01",
    9,
    "SCHEDULING ORDER: Discovery due by 6/30/2016. Dispositive motions due by 8/1/2016. "
    "Signed by Judge A. (abc)",
)
FEES = ("2016-02-10", 12, "MOTION for Attorney Fees by Jane Roe. (Doe, John)")
SUMMARY = ("2016-02-12", 14, "MOTION for Summary Judgment by Acme Corp. (Doe, John)")
AFTER_JUDGMENT = (
    "2016-03-01",
    20,
    "ORDER denying 12 Motion for Attorney Fees without prejudice. Plaintiff may file such "
    "motions in a timely manner after the entry of judgment. Signed by Judge A. (abc)",
)
AFTER_DISCOVERY = (
    "2016-03-01",
    20,
    "ORDER denying 14 Motion for Summary Judgment without prejudice to renewal after the "
    "close of discovery. Signed by Judge A. (abc)",
)
JUDGMENT = ("2016-09-01", 30, "JUDGMENT in favor of Jane Roe against Acme Corp. (abc)")
DISMISSAL = ("2016-05-02", 30, "NOTICE of Voluntary Dismissal by Jane Roe. (Doe, John)")


def test_leave_after_the_entry_of_judgment_waits_for_it_and_the_judgment_opens_it() -> None:
    entries = (COMPLAINT, FEES, AFTER_JUDGMENT, JUDGMENT)
    before = posture(*entries, on="2016-08-31").motion(12)
    after = posture(*entries, on="2016-09-01")
    assert leave(before) == "conditional" and before.leave_to_refile is not None
    assert before.leave_to_refile.condition == FinalJudgment()
    assert after.case.status == "closed"
    assert leave(after.motion(12)) == "available"


def test_leave_after_the_entry_of_judgment_is_foreclosed_when_the_case_ends_without_one() -> None:
    p = posture(COMPLAINT, FEES, AFTER_JUDGMENT, DISMISSAL, on="2016-05-02")
    assert p.case.status == "closed" and leave(p.motion(12)) == "foreclosed"


def test_leave_after_the_close_of_discovery_opens_the_day_discovery_closes() -> None:
    entries = (COMPLAINT, SCHEDULE, SUMMARY, AFTER_DISCOVERY)
    waiting = posture(*entries, on="2016-06-30").motion(14)
    opened = posture(*entries, on="2016-07-01")
    assert leave(waiting) == "conditional" and waiting.leave_to_refile is not None
    assert waiting.leave_to_refile.condition == DiscoveryClosed()
    assert opened.discovery.status == "closed"
    assert leave(opened.motion(14)) == "available"


def test_leave_after_the_close_of_discovery_is_foreclosed_when_the_case_closes_first() -> None:
    p = posture(COMPLAINT, SCHEDULE, SUMMARY, AFTER_DISCOVERY, DISMISSAL, on="2016-05-02")
    assert p.case.status == "closed" and leave(p.motion(14)) == "foreclosed"
