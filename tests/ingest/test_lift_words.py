"""More ways an order lifts the stay in force.

"This matter is no longer stayed", and a motion to lift the stay granted ("ORDER granting 4
Motion to Lift Stay", "Plaintiff's motion to lift the stay is GRANTED") lift it: granting such
a motion gives what it asked for. A request to lift it, or a lift to come, lifts nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

TEXTS = (
    "COMPLAINT against Lark Freight LLC filed by Ottilie Ames. (aa)",
    "MOTION to Stay Case pending arbitration by Lark Freight LLC. (Ko, K.)",
    "ORDER granting 2 Motion to Stay Case. Signed by Judge P. Q. Rowe. (aa)",
    "MOTION to Lift Stay by Ottilie Ames. (Vu, V.)",
)


def _posture(tmp_path: Path, order: str) -> Posture:
    return pool_posture(
        tmp_path, (*TEXTS, order), date(2016, 11, 1), ucid="ssd;;8:16-cv-5", month=10
    )


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: This matter is no longer stayed. (aa)",
        "ORDER granting 4 Motion to Lift Stay. (aa)",
        "ORDER: Plaintiff's motion to lift the stay [4] is GRANTED. (aa)",
    ],
)
def test_these_words_lift_the_stay(tmp_path: Path, order: str) -> None:
    assert _posture(tmp_path, order).case.status == "open"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: Defendant shall respond to the motion to lift the stay by 11/15/2016. (aa)",
        "ORDER: The case will no longer be stayed once the arbitration concludes. (aa)",
    ],
)
def test_a_request_or_a_lift_to_come_lifts_nothing(tmp_path: Path, order: str) -> None:
    assert _posture(tmp_path, order).case.status == "stayed"
