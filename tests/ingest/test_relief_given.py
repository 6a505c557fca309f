"""Relief an order gives in its own words grants the one pending motion that asked for it.

The order extends a deadline, stays the case or discovery, admits counsel pro hac vice, lets
a party proceed in forma pauperis, consolidates, lets counsel withdraw or substitutes counsel,
or is itself the temporary restraining order: the one pending motion asking for that relief
is granted (the labelling guide's "relief given without naming the motion"). Where several
pending motions may have asked for it none is granted and each is flagged; relief refused or
only contemplated grants nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

LATER = date(2016, 9, 1)
COMPLAINT = "COMPLAINT against Orbit Freight Inc. filed by Sam Quill. (kk)"
SIGNED = "Signed by Magistrate Judge E. F. Gale. (pp)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="zzd;;3:16-cv-44", month=5)


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            "Consent MOTION for Extension of Time to Answer the Complaint by Orbit Freight Inc.",
            "ORDER: The deadline for Orbit Freight Inc. to answer the complaint is hereby "
            f"extended to June 30, 2016. {SIGNED}",
        ),
        (
            "MOTION for Extension of Time to File Response to Discovery Requests by Sam Quill.",
            "TEXT ORDER extending the time for Plaintiff to serve discovery responses until "
            f"7/15/2016. {SIGNED}",
        ),
        (
            "MOTION to Stay Proceedings Pending Arbitration by Orbit Freight Inc.",
            f"ORDER: All proceedings in this action are STAYED pending arbitration. {SIGNED}",
        ),
        (
            "MOTION to Stay Discovery pending a ruling on its motion to dismiss by Orbit "
            "Freight Inc.",
            f"ORDER: Discovery is stayed until further order of the Court. {SIGNED}",
        ),
        (
            "MOTION for Leave to Appear Pro Hac Vice of attorney Ann Vale by Sam Quill.",
            f"ORDER: Ann Vale is admitted to practice pro hac vice in this case. {SIGNED}",
        ),
        (
            "APPLICATION to Proceed in District Court without Prepaying Fees or Costs by Sam "
            "Quill. (forma pauperis)",
            f"ORDER: Plaintiff may proceed in forma pauperis. {SIGNED}",
        ),
        (
            "MOTION to Consolidate Cases 3:16-cv-44 and 3:16-cv-45 by Orbit Freight Inc.",
            f"ORDER: The above-captioned cases are hereby consolidated. {SIGNED}",
        ),
        (
            "MOTION to Withdraw as Attorney by Lee Park for Orbit Freight Inc.",
            f"ORDER: Lee Park is relieved as counsel for Orbit Freight Inc. {SIGNED}",
        ),
        (
            "MOTION for Temporary Restraining Order by Sam Quill.",
            f"TEMPORARY RESTRAINING ORDER against Orbit Freight Inc. {SIGNED}",
        ),
        (
            "MOTION for Leave to File First Amended Complaint by Sam Quill.",
            f"ORDER: Plaintiff is granted leave to file a First Amended Complaint. {SIGNED}",
        ),
        (
            "MOTION to Amend/Correct Complaint by Sam Quill.",
            f"ORDER: Plaintiff is hereby GRANTED leave to amend within 14 days. {SIGNED}",
        ),
    ],
)
def test_relief_the_order_gives_grants_the_one_pending_motion_asking_for_it(
    tmp_path: Path, motion: str, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, order)
    assert posture.motion(2).status == "granted"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: The deadline to answer the complaint is not extended. {SIGNED}",
        f"ORDER: Should the deadline to answer the complaint be extended, no hearing is needed. "
        f"{SIGNED}",
        f"ORDER: The Court will decide whether the time to answer is extended at the hearing. "
        f"{SIGNED}",
        f"ORDER: The deadline to file dispositive motions is extended to 9/1/2016. {SIGNED}",
        f"ORDER: Defendant is granted leave to file an amended answer. {SIGNED}",
    ],
)
def test_relief_refused_contemplated_or_of_another_deadline_grants_nothing(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION for Extension of Time to Answer the Complaint by Orbit Freight Inc.",
        order,
    )
    assert posture.motion(2).status == "pending"


def test_two_motions_that_may_have_asked_are_flagged_and_neither_granted(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION for Leave to Appear Pro Hac Vice of attorney Ann Vale by Sam Quill.",
        "MOTION for Leave to Appear Pro Hac Vice of attorney Bo Reyes by Sam Quill.",
        f"ORDER: Counsel is admitted pro hac vice. {SIGNED}",
    )
    for doc in (2, 3):
        motion = posture.motion(doc)
        assert motion.status == "pending" and motion.review


def test_a_stay_of_discovery_does_not_grant_a_motion_to_stay_the_whole_case(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Stay Case pending appeal by Orbit Freight Inc.",
        f"ORDER: Discovery is stayed until further order of the Court. {SIGNED}",
    )
    motion = posture.motion(2)
    assert motion.status == "pending" and motion.review
