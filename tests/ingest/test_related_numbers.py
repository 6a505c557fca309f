"""A number an order names only as the object of the motion it rules on is no doubt.

"ORDER granting 3 Motion for Extension of Time to File Response as to 2 Motion to Dismiss"
rules on 3; 2 is what the extension is for, not a motion the order may rule on, so it is not
flagged (a flag would keep it from ending with the case). Where a ruling verb of the order
is left unread, such numbers are still flagged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2016, 6, 1), ucid="nnd;;4:16-cv-15", month=5)


HEAD = (
    "COMPLAINT against Quay Tools Inc. filed by Rex Hale. (hh)",
    "MOTION to Dismiss for Failure to State a Claim by Quay Tools Inc. (Lo, L.)",
    "MOTION for Extension of Time to File Response by Rex Hale. (Mu, M.)",
)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER granting 3 Motion for Extension of Time to File Response as to 2 Motion to "
        "Dismiss. Responses due by 5/20/2016. (hh)",
        "ORDER granting 3 Motion for Extension of Time in which to respond to 2 Motion to "
        "Dismiss. (hh)",
    ],
)
def test_the_ruled_motions_object_is_not_flagged_and_ends_with_the_case(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, *HEAD, order)
    assert posture.motion(3).status == "granted"
    assert posture.motion(2).status == "pending" and posture.motion(2).review == ()
    closed = _posture(tmp_path, *HEAD, order, "NOTICE of Voluntary Dismissal by Rex Hale. (Mu)")
    assert closed.motion(2).status == "moot"


def test_with_a_verb_left_unread_the_object_is_still_flagged(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        *HEAD,
        "ORDER granting 3 Motion for Extension of Time as to 2 Motion to Dismiss; the Court "
        "DENIES the remainder of the relief. (hh)",
    )
    assert posture.motion(2).review
