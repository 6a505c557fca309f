"""D.N.M.LR-Civ. 7.1(b) makes a missed response consent to grant a motion, but never for a
motion for summary judgment (Reed v. Bennett, 312 F.3d 1190, 1194-95 (10th Cir. 2002)) or
under Rule 12(b)(6) (Issa v. Comp USA, 354 F.3d 1174, 1177-78 (10th Cir. 2003)).

Motions filed Friday 2019-05-10 and e-served: the response is due Friday 2019-05-24
(14 days, D.N.M.LR-Civ. 7.4(a)); on 2019-05-25 the time has run out.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.engine.briefing import NO_CONSENT
from docket.events import CaseOpened, MotionFiled, MotionKind

CASE = "nmd-1:19-cv-00500"


def _history(kind: MotionKind) -> list[object]:
    return [
        CaseOpened(id=f"{CASE}/1", case=CASE, doc=1, filed=date(2019, 5, 1), court="nmd"),
        MotionFiled(id=f"{CASE}/10", case=CASE, doc=10, filed=date(2019, 5, 10), kind=kind),
    ]


@pytest.mark.parametrize(
    "kind",
    [MotionKind.SUMMARY_JUDGMENT, MotionKind.DISMISS, MotionKind.JUDGMENT_ON_PLEADINGS],
)
def test_a_missed_response_to_a_dispositive_motion_is_never_called_consent(
    kind: MotionKind,
) -> None:
    p = replay(_history(kind), as_of=date(2019, 5, 20))  # type: ignore[arg-type]
    (deadline,) = p.deadlines
    assert deadline.due == date(2019, 5, 24)
    assert deadline.consequence == NO_CONSENT
    after = replay(_history(kind), as_of=date(2019, 5, 25))  # type: ignore[arg-type]
    steps = " ".join(f"{s.what} {s.rule}" for s in after.motion(10).because)
    assert "consent to grant" not in steps
    assert "Reed v. Bennett" in steps


def test_a_missed_response_to_a_motion_to_compel_is_consent_under_the_local_rule() -> None:
    p = replay(_history(MotionKind.COMPEL), as_of=date(2019, 5, 20))  # type: ignore[arg-type]
    (deadline,) = p.deadlines
    assert deadline.consequence is not None and "consent to grant" in deadline.consequence


@pytest.mark.parametrize("court", ["nysd", "scd", "txnd"])
def test_another_courts_dispositive_motion_does_not_cite_the_dnm_rule(court: str) -> None:
    """The Tenth Circuit's holdings are about D.N.M.LR-Civ. 7.1(b): an S.D.N.Y., D.S.C. or
    N.D. Tex. motion to dismiss shows its own rule's consequence (none in these packs), not
    D.N.M.'s rule and Tenth Circuit cases."""
    case = f"{court}-1:19-cv-00500"
    history = [
        CaseOpened(id=f"{case}/1", case=case, doc=1, filed=date(2019, 5, 1), court=court),
        MotionFiled(
            id=f"{case}/10", case=case, doc=10, filed=date(2019, 5, 10), kind=MotionKind.DISMISS
        ),
    ]
    p = replay(history, as_of=date(2019, 5, 20))  # type: ignore[arg-type]
    (deadline,) = p.deadlines
    assert deadline.consequence is None
