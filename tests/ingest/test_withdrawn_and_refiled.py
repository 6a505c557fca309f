"""An order recording a withdrawal, and a denial said twice, once without prejudice.

"Motion [14] is withdrawn" in an order or minute entry records the movant's withdrawal: the
motion is withdrawn, not moot. "ORDER Denying 14 ... The motion is denied without prejudice"
is a denial without prejudice (the plainer word says less), and "... and be refiled with
notice to ..." after it lets the movant refile now.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

LATER = date(2016, 9, 1)
COMPLAINT = "COMPLAINT against Delta Mills Co. filed by Ira Voss. (rr)"
MOTION = "MOTION to Compel Inspection of Premises by Ira Voss. (Tam, T.)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="wwd;;4:16-cv-9", month=6)


@pytest.mark.parametrize(
    "order",
    [
        "MINUTE entry before the Honorable R. S. Lane: Status hearing held. Motion to compel "
        "[2] is withdrawn without prejudice as stated in open court. Mailed notice. (ab)",
        "ORDER: At the movant's request, 2 Motion to Compel is WITHDRAWN. (ab)",
        "MINUTE ORDER: Plaintiff's motion to compel (Dkt. 2) is deemed withdrawn. (ab)",
    ],
)
def test_an_order_recording_a_withdrawal_withdraws_the_motion(tmp_path: Path, order: str) -> None:
    posture = _posture(tmp_path, COMPLAINT, MOTION, order)
    assert posture.motion(2).status == "withdrawn"


def test_a_paper_that_is_no_motion_named_withdrawn_withdraws_no_motion(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        "NOTICE of Deposition of Kay Lund by Ira Voss. (Tam, T.)",
        "MINUTE ORDER: The notice [3] is withdrawn. (ab)",
    )
    assert posture.motion(2).status == "pending"


def test_a_denial_said_twice_once_without_prejudice_is_without_prejudice(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        "ORDER denying 2 Motion to Compel Inspection of Premises. The motion is denied without "
        "prejudice. Signed by Judge R. S. Lane. (ab)",
    )
    motion = posture.motion(2)
    assert motion.status == "denied_without_prejudice"
    assert motion.leave_to_refile is None


def test_and_be_refiled_after_a_denial_lets_the_movant_refile_now(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        "ORDER denying 2 Motion to Compel Inspection of Premises. The motion is denied without "
        "prejudice and be refiled with a certificate of conferral. Signed by Judge R. S. Lane.",
    )
    motion = posture.motion(2)
    assert motion.status == "denied_without_prejudice"
    assert motion.leave_to_refile is not None
    assert motion.leave_to_refile.status == "available"
