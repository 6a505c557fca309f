"""A case that closes ends the motions still pending, unless the closing may have ruled on them.

A notice of voluntary dismissal (FRCP 41(a)(1)(A)(i)), a transfer out, a remand or a judgment
that speaks only of the parties leaves nothing to rule on: the clerk terminates the motions
pending (the labelling guide's ``terminated_with_case``, read as moot). A closing entry that
speaks of a motion, refers to its number, or was itself read without certainty may have
ruled on it in words not read: the motion stays pending and needs review.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_events, pool_posture

from docket import replay
from docket.events import CaseClosed, CaseOpened, MotionFiled, MotionKind, Review
from docket.ingest import build
from docket.ingest.docketanalyzer import read_docketanalyzer
from docket.posture import Posture

LATER = date(2016, 6, 1)
COMPLAINT = "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)"
MOTION = "MOTION to Compel Discovery Responses by Jane Roe. (Doe, John)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="xxd;;1:16-cv-1", month=3)


@pytest.mark.parametrize(
    "closing",
    [
        "NOTICE of Voluntary Dismissal by Jane Roe (Doe, John)",
        "NOTICE OF DISMISSAL WITH PREJUDICE pursuant to Rule 41(a)(1)(A)(i) filed by Jane Roe.",
        "ORDER: The Clerk shall transfer this action to the United States District Court for "
        "the District of Oregon. Signed by Judge A. B. (xx)",
        "JUDGMENT entered in favor of Acme Corp. and against Jane Roe. Signed by Judge A. B. (xx)",
        "ORDER approving the parties' Stipulation of Dismissal with prejudice. Case closed. "
        "Signed by Judge A. B. (xx)",
    ],
)
def test_a_closing_that_names_no_motion_ends_the_pending_motion_with_the_case(
    tmp_path: Path, closing: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, MOTION, closing)
    assert posture.case.status == "closed"
    motion = posture.motion(2)
    assert motion.status == "moot" and motion.review == ()
    assert "terminated with the case" in motion.because[-1].what


@pytest.mark.parametrize(
    "closing",
    [
        "ORDER: the motion to compel is resolved by the parties' settlement. Case closed. "
        "Signed by Judge A. B. (xx)",
        "MEMORANDUM ORDER: In light of the settlement the Court does not reach the pending "
        "application. This action is dismissed. Signed by Judge A. B. (xx)",
        "ORDER dismissing the case; see 2. Signed by Judge A. B. (xx)",
    ],
)
def test_a_closing_that_speaks_of_a_motion_leaves_it_pending_for_review(
    tmp_path: Path, closing: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, MOTION, closing)
    assert posture.case.status == "closed"
    motion = posture.motion(2)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [3]
    assert "the case closed" in motion.review[-1].reason


def test_a_motion_an_earlier_entry_may_have_ruled_on_is_not_ended_with_the_case(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        'ORDER: Noting 2 "Motion to Compel." Signed by Judge A. B. on 3/3/2016. (xx)',
        "NOTICE of Voluntary Dismissal by Jane Roe (Doe, John)",
    )
    motion = posture.motion(2)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [3, 4]


@pytest.mark.parametrize(
    "order",
    [
        "ORDER approving the parties' Stipulation of Dismissal. Signed by Judge A. B. (xx)",
        "ORDER granting Joint Stipulation for Voluntary Dismissal with prejudice. (xx)",
        "ORDER so ordering the agreed stipulation to dismiss this action. (xx)",
    ],
)
def test_a_stipulation_of_dismissal_approved_is_no_ruling_on_a_motion_to_dismiss(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(
        tmp_path, COMPLAINT, "MOTION to Dismiss for Failure to State a Claim by Acme Corp.", order
    )
    assert posture.case.status == "closed"
    assert posture.motion(2).status != "granted"


CASE = "xxd-1:16-cv-1"


def test_the_sheets_date_terminated_alone_leaves_the_motion_for_review() -> None:
    # The sheet says the case ended but no entry read said how: a ruling may be unread.
    events = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=date(2016, 3, 1), doc=1),
        MotionFiled(
            id=f"{CASE}/2", case=CASE, filed=date(2016, 3, 2), doc=2, kind=MotionKind.COMPEL
        ),
        CaseClosed(
            id=f"{CASE}/terminated",
            case=CASE,
            filed=date(2016, 4, 1),
            reason="the docket sheet's date terminated",
            undecided="review",
        ),
    ]
    motion = replay(events, as_of=LATER).motion(2)
    assert motion.status == "pending" and motion.review


def test_the_importer_marks_the_sheets_date_terminated_as_leaving_motions_for_review(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pool.csv"
    path.write_text(
        "ucid,ind,docket_text\n"
        f'xxd;;1:16-cv-1,1.0,"{COMPLAINT} (Entered: 03/01/2016)"\n'
        f'xxd;;1:16-cv-1,2.0,"{MOTION} (Entered: 03/02/2016)"\n',
        encoding="utf-8",
    )
    raw = dataclasses.replace(read_docketanalyzer(path)[0], terminated=date(2016, 4, 1))
    events = build(raw).events
    closing = next(e for e in events if isinstance(e, CaseClosed))
    assert closing.undecided == "review"
    assert replay(events, as_of=LATER).motion(2).status == "pending"


def test_replay_follows_the_closings_mark_not_its_words() -> None:
    # The importer reads the words; replay only follows what the event says of the motions.
    events = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=date(2016, 3, 1), doc=1),
        MotionFiled(
            id=f"{CASE}/2", case=CASE, filed=date(2016, 3, 2), doc=2, kind=MotionKind.COMPEL
        ),
        MotionFiled(
            id=f"{CASE}/3", case=CASE, filed=date(2016, 3, 3), doc=3, kind=MotionKind.COMPEL
        ),
        CaseClosed(
            id=f"{CASE}/4",
            case=CASE,
            filed=date(2016, 4, 1),
            doc=4,
            text="ORDER: the motion to compel is resolved by the settlement. Case closed.",
            names_motions=(3,),
        ),
    ]
    posture = replay(events, as_of=LATER)
    assert posture.motion(2).status == "moot"
    assert posture.motion(3).status == "pending" and posture.motion(3).review


@pytest.mark.parametrize(
    ("closing", "undecided", "named"),
    [
        ("NOTICE of Voluntary Dismissal by Jane Roe (Doe, John)", "end", ()),
        (
            "ORDER: the motion to compel is resolved by the parties' settlement. Case closed.",
            "review",
            (),
        ),
        ("ORDER dismissing the case; see 2. Signed by Judge A. B. (xx)", "end", (2,)),
    ],
)
def test_the_importer_reads_what_a_closing_says_of_the_pending_motions(
    tmp_path: Path, closing: str, undecided: str, named: tuple[int, ...]
) -> None:
    events = pool_events(tmp_path, (COMPLAINT, MOTION, closing), ucid="xxd;;1:16-cv-1", month=3)
    (closed,) = [e for e in events if isinstance(e, CaseClosed)]
    assert (closed.undecided, closed.names_motions) == (undecided, named)
    assert closed.derived_from == "xxd-1:16-cv-1/3"


def test_a_closing_read_without_certainty_leaves_the_motion_for_review() -> None:
    events = [
        CaseOpened(id=f"{CASE}/1", case=CASE, filed=date(2016, 3, 1), doc=1),
        MotionFiled(
            id=f"{CASE}/2", case=CASE, filed=date(2016, 3, 2), doc=2, kind=MotionKind.COMPEL
        ),
        CaseClosed(
            id=f"{CASE}/3",
            case=CASE,
            filed=date(2016, 4, 1),
            doc=3,
            text="ORDER closing the case.",
            review=Review(reason="a ruling verb names no motion on the docket", may_rule_on=(2,)),
        ),
    ]
    motion = replay(events, as_of=LATER).motion(2)
    assert motion.status == "pending"
    assert {r.doc for r in motion.review} == {3}
    assert any("the case closed" in r.reason for r in motion.review)


@pytest.mark.parametrize(
    ("ruling", "status"),
    [
        ("ORDER granting 2 Motion to Compel. Signed by Judge A. B. (xx)", "granted"),
        ("ORDER: Plaintiff's motion to compel 2 is DENIED. Signed by Judge A. B. (xx)", "denied"),
        ("ORDER terminating as moot 2 Motion to Compel. (xx)", "moot"),
    ],
)
def test_an_order_ruling_after_the_closing_decides_a_motion_that_ended_with_the_case(
    tmp_path: Path, ruling: str, status: str
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        "JUDGMENT entered in favor of Acme Corp. and against Jane Roe. (xx)",
        ruling,
    )
    motion = posture.motion(2)
    assert motion.status == status and motion.review == ()
    assert posture.anomalies == ()
    assert motion.because[-1].doc == 4


@pytest.mark.parametrize(
    "motion",
    [
        "MOTION to Vacate Order of Dismissal by Jane Roe. (Doe, John)",
        "MOTION for Relief from Judgment pursuant to Rule 60(b) by Jane Roe. (Doe, John)",
        "MOTION to Set Aside the Judgment by Jane Roe. (Doe, John)",
        "MOTION to Reopen Case by Jane Roe. (Doe, John)",
    ],
)
def test_granting_a_motion_to_undo_the_closing_reopens_the_case(
    tmp_path: Path, motion: str
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "JUDGMENT entered in favor of Acme Corp. and against Jane Roe. (xx)",
        motion,
        "ORDER granting 3 Motion. Signed by Judge A. B. (xx)",
    )
    assert posture.case.status == "open"


def test_granting_a_motion_to_vacate_something_else_leaves_the_case_closed(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "JUDGMENT entered in favor of Acme Corp. and against Jane Roe. (xx)",
        "MOTION to Vacate Hearing on Bill of Costs by Jane Roe. (Doe, John)",
        "ORDER granting 3 Motion. Signed by Judge A. B. (xx)",
    )
    assert posture.case.status == "closed"
