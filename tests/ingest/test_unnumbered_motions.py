"""Motions entered without a docket number: read as motions with a stable identity (their
entry's id), ruled on by an order whose words name them and no other motion, and flagged for
review where the words could mean another motion too.

The docketanalyzer CSV lists a docket's unnumbered rows after all its numbered ones, so only
their date places them: an unnumbered motion is read first in its day (an order of that day
may rule on it), while its id keeps the sheet's order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from docket import replay
from docket.events import (
    CaseOpened,
    Disposition,
    DocketEvent,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Ruling,
    dump_event,
    parse_event,
)
from docket.ingest import build
from docket.ingest.docketanalyzer import read_docketanalyzer
from docket.posture import MotionState, Posture

LATER = date(2016, 9, 1)
UCID = "xxd;;1:16-cv-1"
CASE = "xxd-1:16-cv-1"


def _import(tmp_path: Path, numbered: list[tuple[str, str]], unnumbered: list[tuple[str, str]]):
    """``numbered`` and ``unnumbered``: (MM/DD, text) rows; the unnumbered come last, as the
    CSV gives them."""
    rows = ["ucid,ind,docket_text"]
    for n, (day, text) in enumerate(numbered, start=1):
        body = f"{text} (Entered: {day}/2016)".replace('"', '""')
        rows.append(f'{UCID},{n}.0,"{body}"')
    for day, text in unnumbered:
        body = f"{text} (Entered: {day}/2016)".replace('"', '""')
        rows.append(f'{UCID},,"{body}"')
    path = tmp_path / "pool.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return build(read_docketanalyzer(path)[0])


def _posture(events: list[DocketEvent]) -> Posture:
    return replay(events, as_of=LATER)


def _unnumbered(posture: Posture) -> list[MotionState]:
    return [m for m in posture.motions if m.doc is None]


COMPLAINT = ("03/01", "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")


@pytest.mark.parametrize(
    ("motion", "order", "status"),
    [
        (
            "MOTION for Leave to File Excess Pages by Jane Roe. (Doe, John)",
            "MINUTE ORDER: Plaintiff's motion for leave to file excess pages is GRANTED. (xx)",
            "granted",
        ),
        (
            "MOTION to Continue Settlement Conference by Acme Corp. (Lee, Ann)",
            "ORDER: The Court DENIES Defendant's Motion to Continue the Settlement Conference. (xx)",
            "denied",
        ),
        (
            "MOTION for Sanctions by Jane Roe. (No pdf attached to this entry) (Doe, John)",
            "ORDER: it is ORDERED that the plaintiff's motion for sanctions is DENIED without "
            "prejudice. Signed by Judge A. B. (xx)",
            "denied_without_prejudice",
        ),
    ],
)
def test_an_order_rules_by_its_words_on_a_motion_entered_without_a_number(
    tmp_path: Path, motion: str, order: str, status: str
) -> None:
    result = _import(tmp_path, [COMPLAINT, ("04/05", order)], [("04/01", motion)])
    [m] = _unnumbered(_posture(result.events))
    assert m.status == status and m.review == ()
    [ruling_order] = [e for e in result.events if isinstance(e, OrderEntered)]
    assert [r.entry for r in ruling_order.rulings] == [m.id]


def test_a_motion_entered_the_same_day_as_the_order_ruling_on_it_is_read_first(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [COMPLAINT, ("05/02", "ORDER: Defendant's motion for a protective order is GRANTED. (xx)")],
        [("05/02", "MOTION for Protective Order by Acme Corp. (Lee, Ann)")],
    )
    [m] = _unnumbered(_posture(result.events))
    assert m.status == "granted"
    # Its id keeps the sheet's order: the first unnumbered entry of its day.
    assert m.id == f"{CASE}/2016-05-02.1"


def test_two_motions_of_one_unnumbered_entry_joined_in_one_ruling_are_each_decided(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [
            COMPLAINT,
            (
                "06/01",
                "ORDER: the plaintiff's motion for attorney fees and motion for an extension of "
                "time to file a bill of costs are DENIED. Signed by Judge A. B. (xx)",
            ),
        ],
        [("05/20", "MOTION for Attorney Fees and MOTION for Extension of Time by Jane Roe.")],
    )
    motions = _unnumbered(_posture(result.events))
    assert [(m.part, m.status) for m in motions] == [(1, "denied"), (2, "denied")]


def test_words_that_may_mean_a_numbered_or_an_unnumbered_motion_flag_both(
    tmp_path: Path,
) -> None:
    result = _import(
        tmp_path,
        [
            COMPLAINT,
            ("04/01", "MOTION to Compel Interrogatory Answers by Jane Roe. (Doe, John)"),
            ("05/01", "ORDER: The motion to compel is GRANTED. Signed by Judge A. B. (xx)"),
        ],
        [("04/10", "MOTION to Compel Production of Documents by Jane Roe. (Doe, John)")],
    )
    posture = _posture(result.events)
    numbered = posture.motion(2)
    [unnumbered] = _unnumbered(posture)
    assert numbered.status == unnumbered.status == "pending"
    assert [r.doc for r in numbered.review] == [3]
    assert [r.doc for r in unnumbered.review] == [3]


def test_a_citation_after_the_verb_is_not_the_motion_ruled_on(tmp_path: Path) -> None:
    result = _import(
        tmp_path,
        [
            COMPLAINT,
            ("04/01", "BRIEF in Support of the Complaint by Jane Roe. (Doe, John)"),
            ("04/02", "MOTION to Strike Brief by Acme Corp. (Lee, Ann)"),
            (
                "05/01",
                "ORDER: it is ORDERED that the motion to strike is DENIED (See Doc. 2 at 4). (xx)",
            ),
        ],
        [],
    )
    [order] = [e for e in result.events if isinstance(e, OrderEntered)]
    assert [(r.motion, r.disposition) for r in order.rulings] == [(3, Disposition.DENIED)]


def test_a_ruling_names_its_motion_by_number_or_by_entry_and_round_trips() -> None:
    by_entry = Ruling(entry=f"{CASE}/2016-04-01.1", disposition=Disposition.GRANTED)
    order = OrderEntered(id=f"{CASE}/9", case=CASE, filed=LATER, doc=9, rulings=(by_entry,))
    assert parse_event(dump_event(order)) == order
    assert '"motion"' not in dump_event(order)
    assert '"entry"' not in Ruling(motion=3, disposition=Disposition.DENIED).model_dump_json()
    for neither_or_both in ({}, {"motion": 3, "entry": f"{CASE}/x"}):
        with pytest.raises(ValidationError):
            Ruling(disposition=Disposition.GRANTED, **neither_or_both)  # type: ignore[arg-type]


def test_a_ruling_on_an_entry_that_is_no_motion_is_flagged_not_applied() -> None:
    events = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=date(2016, 3, 1), doc=1),
        MotionFiled(
            id=f"{CASE}/2016-04-01.1", case=CASE, filed=date(2016, 4, 1), kind=MotionKind.COMPEL
        ),
        OrderEntered(
            id=f"{CASE}/2",
            case=CASE,
            filed=date(2016, 5, 1),
            doc=2,
            rulings=(Ruling(entry=f"{CASE}/2016-04-02.1", disposition=Disposition.GRANTED),),
        ),
    ]
    posture = _posture(events)
    [m] = _unnumbered(posture)
    assert m.status == "pending"
    assert [a.code for a in posture.anomalies] == ["unknown_motion"]
