"""A decision that ends the case and the motions pending when it comes.

Relief given without naming the motion: a remand, a transfer out or a default judgment gives
what the one pending motion asking for it asked, and grants it (the labelling guide's
"relief given without naming the motion"). A court's order or judgment ending the case on the
merits while a motion to dismiss, for summary judgment or for a default judgment is pending
may have decided that motion in words not on the docket: it is flagged, never ended with the
case as moot. An ending on the parties' own terms decides no motion; relief no motion asked
for (a stipulated protective order) leaves the other motions alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

LATER = date(2016, 9, 1)
COMPLAINT = "COMPLAINT against Zenith Widgets LLC filed by Mary Major. (lmn)"
SIGNED = "Signed by Judge C. D. Ewing. (qq)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="yyd;;2:16-cv-7", month=4)


@pytest.mark.parametrize(
    ("motion", "ending"),
    [
        (
            "MOTION for Default Judgment against Zenith Widgets LLC by Mary Major. (Roe, R.)",
            f"DEFAULT JUDGMENT entered against Zenith Widgets LLC in the sum of $12,400. {SIGNED}",
        ),
        (
            "MOTION for Default Judgment by Mary Major. (Roe, R.)",
            f"JUDGMENT BY DEFAULT for Mary Major against Zenith Widgets LLC. {SIGNED}",
        ),
        (
            "MOTION to Remand to the Circuit Court of Jackson County by Mary Major. (Roe, R.)",
            f"ORDER: This action is REMANDED to the Circuit Court of Jackson County. {SIGNED}",
        ),
        (
            "MOTION to Transfer Case to the Western District of Texas by Zenith Widgets LLC.",
            "MEMORANDUM ORDER: The Clerk shall transfer this case to the United States District "
            f"Court for the Western District of Texas. {SIGNED}",
        ),
    ],
)
def test_an_ending_that_gives_what_the_one_pending_motion_asked_for_grants_it(
    tmp_path: Path, motion: str, ending: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, ending)
    assert posture.case.status == "closed"
    assert posture.motion(2).status == "granted"


def test_two_motions_asking_for_the_remand_are_neither_granted_and_both_reviewed(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Remand by Mary Major. (Roe, R.)",
        "MOTION to Remand for lack of diversity by Mary Major. (Roe, R.)",
        f"ORDER: This action is REMANDED to the Circuit Court of Jackson County. {SIGNED}",
    )
    for doc in (2, 3):
        motion = posture.motion(doc)
        assert motion.status == "pending" and motion.review


@pytest.mark.parametrize(
    ("motion", "ending"),
    [
        (
            "MOTION to Dismiss for Failure to State a Claim by Zenith Widgets LLC. (Poe, P.)",
            f"ORDER dismissing the complaint with prejudice. Case closed. {SIGNED}",
        ),
        (
            "MOTION for Summary Judgment by Zenith Widgets LLC. (Poe, P.)",
            f"JUDGMENT entered in favor of Zenith Widgets LLC against Mary Major. {SIGNED}",
        ),
        (
            "MOTION for Judgment on the Pleadings by Zenith Widgets LLC. (Poe, P.)",
            f"FINAL JUDGMENT: Plaintiff shall take nothing; this action is closed. {SIGNED}",
        ),
        (
            "MOTION for Default Judgment by Mary Major. (Roe, R.)",
            f"ORDER: For the reasons stated at the hearing, the case is DISMISSED. {SIGNED}",
        ),
    ],
)
def test_a_motion_for_a_decision_on_the_merits_pending_when_the_court_ends_the_case_is_reviewed(
    tmp_path: Path, motion: str, ending: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, ending)
    assert posture.case.status == "closed"
    pending = posture.motion(2)
    assert pending.status == "pending"
    assert any("may have decided it" in r.reason for r in pending.review)


@pytest.mark.parametrize(
    "ending",
    [
        "STIPULATION of Dismissal with prejudice by Mary Major, Zenith Widgets LLC. (Roe, R.)",
        f"ORDER approving the parties' stipulation of dismissal; the case is closed. {SIGNED}",
        f"CONSENT JUDGMENT entered in favor of Mary Major against Zenith Widgets LLC. {SIGNED}",
        f"ORDER: The parties having settled, this action is DISMISSED. {SIGNED}",
    ],
)
def test_an_ending_on_the_parties_own_terms_ends_the_pending_motion_to_dismiss_with_the_case(
    tmp_path: Path, ending: str
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Dismiss for Lack of Jurisdiction by Zenith Widgets LLC. (Poe, P.)",
        ending,
    )
    assert posture.case.status == "closed"
    motion = posture.motion(2)
    assert motion.status == "moot" and motion.review == ()


def test_a_motion_to_compel_pending_at_judgment_ends_with_the_case(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Compel Production of Documents by Mary Major. (Roe, R.)",
        f"JUDGMENT entered in favor of Zenith Widgets LLC against Mary Major. {SIGNED}",
    )
    assert posture.motion(2).status == "moot"


def test_relief_no_pending_motion_asked_for_flags_no_other_motion(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Compel Production of Documents by Mary Major. (Roe, R.)",
        f"STIPULATED PROTECTIVE ORDER governing confidential documents. {SIGNED}",
    )
    motion = posture.motion(2)
    assert motion.status == "pending" and motion.review == ()


@pytest.mark.parametrize(
    "ending",
    [
        f"ORDER: Plaintiff's complaint is DISMISSED with prejudice. {SIGNED}",
        f"ORDER: Plaintiffs' Amended Complaint is DISMISSED WITH PREJUDICE. {SIGNED}",
        "ORDER: All claims against all defendants having been resolved, the Clerk shall "
        f"terminate this action. {SIGNED}",
        f"ORDER ADMINISTRATIVELY CLOSING CASE. {SIGNED}",
    ],
)
def test_more_ways_an_order_ends_the_case(tmp_path: Path, ending: str) -> None:
    posture = _posture(tmp_path, COMPLAINT, ending)
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: The complaint is DISMISSED with leave to amend within 30 days. {SIGNED}",
        "ORDER: The complaint is dismissed without prejudice. Plaintiff may file an amended "
        f"complaint within 21 days. {SIGNED}",
    ],
)
def test_a_dismissal_with_leave_to_amend_leaves_the_case_open_and_flags_the_motion(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Dismiss for Failure to State a Claim by Zenith Widgets LLC. (Poe, P.)",
        order,
    )
    assert posture.case.status == "open"
    motion = posture.motion(2)
    assert motion.status == "pending"
    assert any("may have decided it" in r.reason for r in motion.review)
