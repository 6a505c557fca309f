"""Leave to refile in the words that say how, offer a paper again, or leave it to the movant.

"with leave to renew by motion for summary judgment at the close of discovery": "by motion ..."
says how the motion may be renewed, not when; the close of discovery is the condition. "The
parties may submit a revised proposed protective order" after a denial without prejudice of
the motion for a protective order: leave now (only for the motion that asked for that paper,
and only after a denial without prejudice). "Should Defendants elect to re-file their
motion, the parties shall meet and confer and ...": leave on terms a person reads (flagged);
"If Plaintiff wishes to renew the motion, she may do so by May 2, 2016": leave until then.
"without prejudice to renewal at a later stage of the proceedings", "at an appropriate time",
"later in the case": not now, on a condition the reader cannot place (flagged).

Each docket text is written for this file; none is copied from a labelled order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import MotionState

COMPLAINT = "COMPLAINT against Birch Row Logistics Inc. filed by Tomas Vale. (gg)"
SIGNED = "Signed by Magistrate Judge R. S. Tan on 3/3/2016. (qq)"


def _motion(tmp_path: Path, motion: str, order: str) -> MotionState:
    texts = (COMPLAINT, motion, order)
    return pool_posture(tmp_path, texts, date(2016, 3, 20), ucid="qqd;;4:16-cv-12", month=3).motion(
        2
    )


def _leave(m: MotionState) -> str | None:
    return m.leave_to_refile.status if m.leave_to_refile is not None else None


DISMISS = "MOTION to Dismiss for Failure to State a Claim by Birch Row Logistics Inc. (Yu, Y.)"
PROTECTIVE = "MOTION for Protective Order by Birch Row Logistics Inc. (Yu, Y.)"
COMPEL = "MOTION to Compel Discovery Responses by Tomas Vale. (Ng, N.)"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER denying 2 Motion to Dismiss without prejudice with leave to renew by motion for "
        f"summary judgment at the close of discovery. {SIGNED}",
        f"ORDER: 2 Motion to Dismiss is DENIED without prejudice to renewal by way of a properly "
        f"supported motion after the close of discovery. {SIGNED}",
        f"ORDER: 2 Motion to Dismiss is DENIED with leave to renew in a motion under Rule 56 "
        f"upon the completion of discovery. {SIGNED}",
    ],
)
def test_the_way_to_renew_sets_no_term_and_the_condition_after_it_is_read(
    tmp_path: Path, order: str
) -> None:
    motion = _motion(tmp_path, DISMISS, order)
    assert motion.status == "denied_without_prejudice"
    assert _leave(motion) == "conditional"


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            PROTECTIVE,
            f"OPINION AND ORDER: DENYING 2 MOTION for Protective Order without prejudice. The "
            f"parties may submit a revised proposed protective order that complies with Rule 26(c)."
            f" {SIGNED}",
        ),
        (
            COMPEL,
            f"ORDER: Plaintiff's Motion to Compel (ECF No. 2) is DENIED without prejudice. "
            f"Plaintiff may file a corrected motion. {SIGNED}",
        ),
        (
            COMPEL,
            f"ORDER: 2 Motion to Compel is DENIED without prejudice. If Plaintiff wishes to renew "
            f"the motion, he may do so. {SIGNED}",
        ),
    ],
)
def test_an_offer_to_take_the_paper_again_gives_leave_now(
    tmp_path: Path, motion: str, order: str
) -> None:
    state = _motion(tmp_path, motion, order)
    assert state.status == "denied_without_prejudice"
    assert _leave(state) == "available"


def test_an_election_to_renew_with_a_deadline_gives_leave_until_then(tmp_path: Path) -> None:
    state = _motion(
        tmp_path,
        COMPEL,
        f"ORDER: 2 Motion to Compel is DENIED without prejudice. If Plaintiff wishes to renew the "
        f"motion, he may do so by May 2, 2016. {SIGNED}",
    )
    assert _leave(state) == "available"
    assert state.leave_to_refile is not None
    assert state.leave_to_refile.until == date(2016, 5, 2)


def test_an_election_to_refile_followed_by_other_duties_is_flagged(tmp_path: Path) -> None:
    state = _motion(
        tmp_path,
        DISMISS,
        f"MEMORANDUM ORDER: the motion to dismiss 2 is DENIED WITHOUT PREJUDICE. Should Defendant "
        f"elect to re-file its motion, the parties shall meet and confer and file a joint "
        f"statement of undisputed facts by April 1, 2016. {SIGNED}",
    )
    assert state.status == "denied_without_prejudice"
    assert state.leave_to_refile is None
    assert state.review


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            COMPEL,
            f"ORDER: 2 Motion to Compel is DENIED without prejudice. The parties may submit a "
            f"revised proposed scheduling order. {SIGNED}",
        ),
        (
            COMPEL,
            f"ORDER: 2 Motion to Compel is DENIED. Plaintiff may file a corrected motion. {SIGNED}",
        ),
    ],
)
def test_an_offer_of_another_paper_or_after_a_plain_denial_gives_no_leave(
    tmp_path: Path, motion: str, order: str
) -> None:
    state = _motion(tmp_path, motion, order)
    assert state.leave_to_refile is None
    assert not state.review


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: 2 Motion to Compel is DENIED without prejudice to renewal at a later stage of the "
        f"proceedings. {SIGNED}",
        f"ORDER denying 2 Motion to Compel without prejudice to renewal at an appropriate time. "
        f"{SIGNED}",
        f"ORDER: 2 Motion to Compel is DENIED without prejudice. Plaintiff may renew the motion "
        f"later in the case. {SIGNED}",
    ],
)
def test_leave_to_renew_at_a_later_stage_is_not_leave_now_and_is_flagged(
    tmp_path: Path, order: str
) -> None:
    state = _motion(tmp_path, COMPEL, order)
    assert state.status == "denied_without_prejudice"
    assert state.leave_to_refile is None
    assert state.review
