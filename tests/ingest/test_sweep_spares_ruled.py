"""'All other pending motions are denied as moot' spares the motions the same order rules on.

"ORDER granting 2 Motion to Dismiss. All other pending motions are DENIED as moot." grants 2
and moots the others: the sweep does not reach a motion the order names by number (it read 2
granted and moot, so granted in part).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture


@pytest.mark.parametrize(
    "order",
    [
        "ORDER granting 2 Motion to Dismiss. All other pending motions are DENIED as moot.",
        "ORDER granting 2 Motion to Dismiss; all outstanding motions are moot. (ff)",
        "ORDER: 2 Motion to Dismiss is GRANTED, and all pending motions are TERMINATED as moot.",
    ],
)
def test_the_sweep_spares_the_motion_ruled_on_by_number(tmp_path: Path, order: str) -> None:
    texts = [
        "COMPLAINT against Gale Optics Inc. filed by Tess Umber. (ff)",
        "MOTION to Dismiss for Failure to State a Claim by Gale Optics Inc. (Yu, Y.)",
        "MOTION to Compel Initial Disclosures by Tess Umber. (Zed, Z.)",
        order,
    ]
    posture = pool_posture(tmp_path, texts, date(2016, 3, 1), ucid="ppd;;2:16-cv-13", month=2)
    assert posture.motion(2).status == "granted"
    assert posture.motion(3).status == "moot"
