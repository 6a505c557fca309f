"""A later order ruling otherwise on a motion already decided ("denied without prejudice",
then after a conference "is denied") is flagged on the motion for review, not dropped in the
anomalies alone: a court may revise an interlocutory order (FRCP 54(b)), or the later
reference was misread; a person says which ruling stands. The same ruling again is not.

Each docket text is written for this file in the shape of CM/ECF entries; none is copied
from a labelled docket.
"""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import Posture


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nysd", "1:21-cv-01000", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str], on: str) -> Posture:
    return replay(build(sheet(*entries)).events, as_of=date.fromisoformat(on))


COMPLAINT = ("2021-01-04", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")
EXTEND = ("2021-07-23", 27, "LETTER MOTION for Extension of Time to Complete Discovery. (Doe)")
FIRST = ("2021-07-24", 28, "ORDER denying without prejudice 27 Letter Motion for Extension.")


def test_a_later_order_ruling_otherwise_on_a_decided_motion_flags_it() -> None:
    later = ("2021-07-29", 29, "ORDER denying 27 Letter Motion for Extension of Time. (abc)")
    before = posture(COMPLAINT, EXTEND, FIRST, later, on="2021-07-28").motion(27)
    after = posture(COMPLAINT, EXTEND, FIRST, later, on="2021-07-29").motion(27)
    assert before.status == "denied_without_prejudice" and not before.review
    assert after.status == "denied_without_prejudice"
    assert [r.doc for r in after.review] == [29]


def test_the_same_ruling_again_is_not_flagged_on_the_motion() -> None:
    again = ("2021-07-29", 29, "ORDER denying without prejudice 27 Letter Motion. (abc)")
    m = posture(COMPLAINT, EXTEND, FIRST, again, on="2021-07-29").motion(27)
    assert m.status == "denied_without_prejudice" and not m.review
