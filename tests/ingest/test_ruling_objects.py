"""What an active verb's object and a bare subject say about the ruling.

"The Court GRANTS the motion in part and DENIES it in part" is granted in part; a verb inside
a motion's title naming an earlier order ("Motion for Reconsideration of Order granting in
part 9 Motion") rules on nothing now; "Plaintiff's motion is DENIED" after a sentence about
the defendant's motion does not borrow that sentence's motion.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.events import Disposition
from docket.ingest._orders import order

_D = Disposition


def _read(text: str) -> list[tuple[Disposition, tuple[int, ...]]]:
    return [(r.disposition, r.docs) for r in order(text, None, "", 5).rulings]


@pytest.mark.parametrize(
    "text",
    [
        "ORDER re 12 MOTION for Summary Judgment: The Court GRANTS the motion in part and "
        "DENIES it in part.",
        "ORDER granting 12 Motion for Summary Judgment in part.",
        "ORDER: The Court DENIES [12] in part, as set out below.",
    ],
)
def test_an_active_verb_limited_to_part_of_its_object_is_granted_in_part(text: str) -> None:
    found = _read(text)
    assert found and all(d is _D.GRANTED_IN_PART for d, _ in found)
    assert {n for _, docs in found for n in docs} == {12}


@pytest.mark.parametrize(
    "text",
    [
        "ORDER denying 12 Motion for Reconsideration of Order granting in part 9 Motion to Compel.",
        "ORDER granting 12 Motion for Relief from Order denying 9 Motion to Dismiss.",
        "ORDER overruling 12 Objection to Magistrate Judge's Order denying 9 Motion to Compel.",
    ],
)
def test_a_verb_in_a_title_naming_an_earlier_order_rules_on_nothing_now(text: str) -> None:
    assert all(9 not in docs for _, docs in _read(text))


def test_another_movants_bare_motion_does_not_borrow_the_sentence_before(tmp_path: Path) -> None:
    texts = [
        "COMPLAINT against Keel Labs Inc. filed by Dana Oyler. (ab)",
        "MOTION to Dismiss for Failure to State a Claim by Keel Labs Inc. (Ro, R.)",
        "MOTION to Strike Affirmative Defenses by Dana Oyler. (Su, S.)",
        "ORDER: Defendant's motion to dismiss is GRANTED. Plaintiff's motion is DENIED. (ab)",
    ]
    posture = pool_posture(tmp_path, texts, date(2016, 10, 1), ucid="ttd;;7:16-cv-2", month=9)
    assert posture.motion(2).status == "granted"
    strike = posture.motion(3)
    assert strike.status == "pending" and strike.review
