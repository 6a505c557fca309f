"""Orders that end the case in words other than "case closed".

Granting a motion to remand remands the case (28 U.S.C. 1447(c), (d)): it ends here, though the
order says only "granting 5 Motion to Remand". A motion whose title or order may limit the
remand to some claims, or a grant in part, may end it: flagged, never closed or left open
unremarked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

LATER = date(2016, 9, 1)
COMPLAINT = "COMPLAINT against Orchard Lane Foods Inc. filed by Ravi Quint. (kk)"
SIGNED = "Signed by Judge E. F. Gale on 5/3/2016. (tt)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="zzd;;3:16-cv-44", month=5)


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            "MOTION to Remand to State Court by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 motion to remand. {SIGNED}",
        ),
        (
            "MOTION to Remand Case to the Superior Court of Pima County by Ravi Quint. (Lo, L.)",
            f"ORDER: Plaintiff's Motion to Remand (Doc. 2) is GRANTED. {SIGNED}",
        ),
        (
            "MOTION to Remand for lack of subject matter jurisdiction by Ravi Quint. (Lo, L.)",
            f"MEMORANDUM AND ORDER granting Plaintiff's 2 Motion to Remand. {SIGNED}",
        ),
    ],
)
def test_granting_the_motion_to_remand_closes_the_case(
    tmp_path: Path, motion: str, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, order)
    assert posture.motion(2).status == "granted"
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            "MOTION to Remand State Law Claims by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion to Remand. {SIGNED}",
        ),
        (
            "MOTION for Partial Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion for Partial Remand. {SIGNED}",
        ),
        (
            "MOTION to Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting in part and denying in part 2 Motion to Remand. {SIGNED}",
        ),
        (
            "MOTION to Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion to Remand; the Court retains jurisdiction. {SIGNED}",
        ),
    ],
)
def test_a_remand_that_may_reach_part_of_the_case_is_flagged(
    tmp_path: Path, motion: str, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, order)
    assert posture.case.status == "open"
    assert posture.case.review


def test_denying_the_motion_to_remand_leaves_the_case_open_and_unflagged(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Remand by Ravi Quint. (Lo, L.)",
        f"ORDER denying 2 Motion to Remand. {SIGNED}",
    )
    assert posture.motion(2).status == "denied"
    assert posture.case.status == "open"
    assert not posture.case.review
