"""Leave to refile in the words judges use after a denial without prejudice.

"without prejudice to being re-urged", "to Plaintiff's right to refile", "to Defendants'
ability to renew", "to Plaintiff filing a new motion", "; Plaintiff is granted leave to
refile": leave now. "without prejudice to renewal at trial" or "pending ..." ties it to a
condition not read: flagged. A denial without prejudice "as this case is stayed" may be
renewed once the stay lifts: conditional on the stays lifting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import MotionState

COMPLAINT = "COMPLAINT against Pine Hollow Bank filed by Una Reed. (ss)"
MOTION = "MOTION for Sanctions by Una Reed. (Fox, F.)"


def _motion(tmp_path: Path, *texts: str, as_of: date = date(2016, 9, 1)) -> MotionState:
    return pool_posture(tmp_path, texts, as_of, ucid="vvd;;5:16-cv-3", month=7).motion(2)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice to being re-urged.",
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice to Plaintiff's right to refile.",
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice to Plaintiffs' ability to renew.",
        "ORDER: 2 Motion for Sanctions is DENIED, without prejudice to Plaintiff filing a new "
        "motion.",
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice; Plaintiff is granted leave "
        "to refile.",
    ],
)
def test_words_giving_leave_now_make_it_available(tmp_path: Path, order: str) -> None:
    motion = _motion(tmp_path, COMPLAINT, MOTION, order)
    assert motion.status == "denied_without_prejudice"
    assert motion.leave_to_refile is not None
    assert motion.leave_to_refile.status == "available"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice to being renewed at trial.",
        "ORDER: 2 Motion for Sanctions is DENIED without prejudice to renewal pending the "
        "outcome of mediation.",
    ],
)
def test_leave_on_a_condition_not_read_is_flagged(tmp_path: Path, order: str) -> None:
    motion = _motion(tmp_path, COMPLAINT, MOTION, order)
    assert motion.status == "denied_without_prejudice"
    assert motion.leave_to_refile is None
    assert motion.review


def test_a_denial_because_the_case_is_stayed_may_be_renewed_once_the_stay_lifts(
    tmp_path: Path,
) -> None:
    texts = (
        COMPLAINT,
        MOTION,
        "ORDER: This case is STAYED pending the decision of the Court of Appeals.",
        "ORDER: As this case is stayed, 2 Motion for Sanctions is DENIED without prejudice.",
        "ORDER: The stay is LIFTED.",
    )
    before = _motion(tmp_path, *texts[:4], as_of=date(2016, 7, 4))
    assert before.leave_to_refile is not None
    assert before.leave_to_refile.status == "conditional"
    after = _motion(tmp_path, *texts, as_of=date(2016, 7, 6))
    assert after.leave_to_refile is not None
    assert after.leave_to_refile.status == "available"
