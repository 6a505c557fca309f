"""A case that reopens, and the motions that ended with it.

A motion pending when the case closed ended with it (moot). When the case reopens (an
administrative closing lifted, a dismissal vacated) the court may take it up again: it stays
ended but is flagged for a person to say whether it is live; a later ruling on it decides it
and the flag goes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pool_dockets import pool_posture

from docket.posture import Posture

TEXTS = (
    "COMPLAINT against Fenn Mills LLC filed by Abel Crane. (gg)",
    "MOTION to Compel Site Inspection by Abel Crane. (Dow, D.)",
    "ORDER: This case is ADMINISTRATIVELY CLOSED pending arbitration. (gg)",
    "ORDER: The arbitration having concluded, the case is reopened. (gg)",
)


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2016, 4, 1), ucid="ood;;3:16-cv-14", month=3)


def test_a_motion_ended_with_the_case_is_flagged_when_the_case_reopens(tmp_path: Path) -> None:
    closed = _posture(tmp_path, *TEXTS[:3]).motion(2)
    assert closed.status == "moot" and closed.review == ()
    reopened = _posture(tmp_path, *TEXTS)
    assert reopened.case.status == "open"
    motion = reopened.motion(2)
    assert motion.status == "moot"
    assert [r.doc for r in motion.review] == [4]
    assert "may be live again" in motion.review[0].reason


def test_a_later_ruling_decides_it_and_the_flag_goes(tmp_path: Path) -> None:
    motion = _posture(tmp_path, *TEXTS, "ORDER granting 2 Motion to Compel. (gg)").motion(2)
    assert motion.status == "granted" and motion.review == ()
