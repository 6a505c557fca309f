"""An order that names a motion and says no more, and one about a motion's procedure.

"ORDER re 12 MOTION to Dismiss. Signed by Judge ...", "MEMORANDUM OPINION AND ORDER re 12":
the ruling is in the order's document, not its docket text, so the motion is flagged ("may
rule on"), not left confidently pending; so is one a minute entry says was ruled on "as
stated on the record". An order setting a hearing or a deadline on a motion to dismiss rules
on nothing and may end nothing: no flag, and the motion still ends with the case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

COMPLAINT = "COMPLAINT against Mesa Grain Co. filed by Rhea Tull. (bb)"
MOTION = "MOTION to Dismiss for Lack of Jurisdiction by Mesa Grain Co. (Iva, I.)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2016, 12, 1), ucid="rrd;;9:16-cv-6", month=11)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER re 2 MOTION to Dismiss for Lack of Jurisdiction filed by Mesa Grain Co. Signed "
        "by Judge T. U. Vale on 11/2/2016. (bb)",
        "MEMORANDUM OPINION AND ORDER re: [2] Motion to Dismiss. Signed by Judge T. U. Vale.",
        "OPINION AND ORDER as to ECF No. 2. Signed by Judge T. U. Vale. (bb)",
        "MINUTE ENTRY: Motion Hearing held re 2 Motion to Dismiss; ruling as stated on the "
        "record. (bb)",
    ],
)
def test_an_order_naming_a_motion_and_no_ruling_flags_it(tmp_path: Path, order: str) -> None:
    motion = _posture(tmp_path, COMPLAINT, MOTION, order).motion(2)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [3]


@pytest.mark.parametrize(
    "order",
    [
        "ORDER setting hearing on 2 MOTION to Dismiss: Motion Hearing set for 12/1/2016. (bb)",
        "ORDER re 2 MOTION to Dismiss: Response due by 11/20/2016. (bb)",
        "MINUTE ENTRY: Motion Hearing held re 2 Motion to Dismiss. Arguments heard. (bb)",
    ],
)
def test_an_order_on_a_motions_procedure_flags_nothing_and_the_motion_ends_with_the_case(
    tmp_path: Path, order: str
) -> None:
    before = _posture(tmp_path, COMPLAINT, MOTION, order)
    assert before.motion(2).review == () and before.case.review == ()
    after = _posture(
        tmp_path,
        COMPLAINT,
        MOTION,
        order,
        "NOTICE of Voluntary Dismissal by Rhea Tull. (Ola, O.)",
    )
    assert after.case.status == "closed"
    assert after.motion(2).status == "moot"
