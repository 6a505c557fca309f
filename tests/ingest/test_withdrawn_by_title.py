"""A withdrawal naming its motion by title, one the parties stipulate, one an order records.

"Notice of Withdrawal of Plaintiff's Motion to Compel" and "WITHDRAWAL of Motion to Compel by
..." withdraw the one pending motion of that kind; with two such motions pending, neither is
withdrawn and both are flagged. "STIPULATION withdrawing 2 Motion to Compel" withdraws it, and
so does an order saying "the Motion to Compel is WITHDRAWN" (not moot).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

COMPLAINT = "COMPLAINT against Pell Quarry Inc. filed by Nia Wolfe. (cc)"
MOTION = "MOTION to Compel Production of Documents by Nia Wolfe. (Arn, A.)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2017, 1, 1), ucid="qqd;;1:16-cv-12", month=12)


@pytest.mark.parametrize(
    "withdrawal",
    [
        "Notice of Withdrawal of Plaintiff's Motion to Compel. (Arn, A.)",
        "WITHDRAWAL of Motion to Compel Production by Nia Wolfe. (Arn, A.)",
        "STIPULATION withdrawing 2 Motion to Compel by Nia Wolfe, Pell Quarry Inc. (Arn, A.)",
        "ORDER: Based on Plaintiff's notice, the Motion to Compel is WITHDRAWN. (cc)",
    ],
)
def test_the_motion_it_names_is_withdrawn(tmp_path: Path, withdrawal: str) -> None:
    motion = _posture(tmp_path, COMPLAINT, MOTION, withdrawal).motion(2)
    assert motion.status == "withdrawn"


def test_two_motions_of_that_kind_are_flagged_and_neither_withdrawn(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        "MOTION to Compel Deposition of Hal Pell by Nia Wolfe. (Arn, A.)",
        "Notice of Withdrawal of Plaintiff's Motion to Compel. (Arn, A.)",
    )
    for doc in (2, 3):
        motion = posture.motion(doc)
        assert motion.status == "pending" and motion.review
