"""A stay of the case's deadlines, in the words orders use for it; a stay only contemplated.

"The deadlines set forth in the Court's March 2, 2016, Scheduling Order are STAYED until further
notice", "All deadlines in the Case Management Order (Doc. 20) are stayed", "ORDER staying all
pretrial deadlines": the case's schedule halts, a stay of the case (discovery, when they are the
discovery deadlines). The deadlines of one paper ("the briefing deadlines are stayed") stay
nothing else. A stay the order only recommends, reports a party asking for, or puts on a
condition ("If the parties do not settle, the case will be stayed") stays nothing now; a lift
only asked for, recommended, refused ("declines to lift the stay") or awaited ("shall be lifted
upon the filing of a status report") lifts nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.ingest import classify
from docket.posture import Posture

COMPLAINT = "COMPLAINT against Willow Creek Mills LLC filed by Dana Ives. (pp)"
SIGNED = "Signed by Judge M. N. Orr on 6/8/2016. (ab)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2016, 9, 1), ucid="wwd;;2:16-cv-81", month=6)


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: The motion is GRANTED to the extent the deadlines set forth in the Court's "
        f"March 2, 2016, Scheduling Order are STAYED until further notice. {SIGNED}",
        f"ORDER: All deadlines in the Case Management Order (Doc. 2) are hereby stayed. {SIGNED}",
        f"ORDER staying all pretrial deadlines pending mediation. {SIGNED}",
        f"TEXT ORDER: The remaining deadlines in this case are STAYED. {SIGNED}",
        f"ORDER: the pretrial deadlines established by the Third Amended Scheduling Order are "
        f"stayed. {SIGNED}",
    ],
)
def test_a_stay_of_the_case_deadlines_stays_the_case(tmp_path: Path, order: str) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "SCHEDULING ORDER: discovery due by 12/1/2016. (ab)",
        "MOTION to Continue Deadlines by Dana Ives. (Ko, K.)",
        order,
    )
    assert posture.case.status == "stayed"
    assert posture.discovery.status == "stayed"


def test_a_stay_of_the_discovery_deadlines_stays_discovery_alone(tmp_path: Path) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        f"ORDER: IT IS ORDERED that the discovery deadlines are hereby stayed. {SIGNED}",
    )
    assert posture.discovery.status == "stayed"
    assert posture.case.status == "open"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: The briefing deadlines are stayed pending the hearing. {SIGNED}",
        f"ORDER: Briefing deadlines on the motion to dismiss are stayed. {SIGNED}",
        f"ORDER: The deadline to respond to the complaint is stayed. {SIGNED}",
        f"ORDER: The deadlines relating to class certification are stayed. {SIGNED}",
    ],
)
def test_the_deadlines_of_one_paper_stayed_are_no_stay_of_the_case(order: str) -> None:
    assert not classify(order).stays


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER and FINDINGS AND RECOMMENDATIONS: it is recommended that this action be stayed "
        f"pending the appeal. {SIGNED}",
        f"ORDER: Defendant asks that discovery be stayed pending resolution of its motion. A "
        f"hearing is set for 7/1/2016. {SIGNED}",
        f"ORDER: If the parties do not settle by 7/1/2016, the case will be stayed. {SIGNED}",
        f"ORDER: Discovery shall be stayed upon Plaintiff's failure to serve the summons. {SIGNED}",
    ],
)
def test_a_stay_only_recommended_asked_for_or_conditional_stays_nothing(order: str) -> None:
    assert not classify(order).stays


def test_a_stay_the_order_imposes_beside_a_request_in_another_sentence_is_read() -> None:
    order = (
        f"ORDER: Defendant asks that discovery be stayed. The motion is GRANTED. Discovery is "
        f"stayed pending a ruling on the motion to dismiss. {SIGNED}"
    )
    assert [s.scope.value for s in classify(order).stays] == ["discovery"]


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: Plaintiff asks that the stay be lifted. The request is under advisement. {SIGNED}",
        f"ORDER and FINDINGS AND RECOMMENDATIONS: It is recommended that the stay be lifted. "
        f"{SIGNED}",
        f"ORDER: The Court declines to lift the stay at this time. {SIGNED}",
        f"ORDER: The stay shall be lifted upon the filing of a joint status report. {SIGNED}",
    ],
)
def test_a_lift_only_asked_for_recommended_refused_or_awaited_lifts_nothing(order: str) -> None:
    assert not classify(order).lifts


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: The stay is lifted, and the case shall proceed. {SIGNED}",
        f"MINUTE ORDER: Stay lifted. Upon review of the report, a conference is set for "
        f"7/1/2016. {SIGNED}",
    ],
)
def test_a_lift_the_order_makes_now_is_read(order: str) -> None:
    assert classify(order).lifts
