"""A denial without prejudice because the case is administratively closed, and reopening.

"As this matter is administratively closed, 2 Motion ... is DENIED WITHOUT PREJUDICE": the
motion may be renewed once the case is reopened (leave ``conditional`` on the case reopening,
``available`` when it does, ``foreclosed`` when the case closes again). Words placing a
reopening in the future ("within 21 days from the date this action is reopened") reopen
nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pool_dockets import pool_posture

from docket.events import CaseReopened, describe
from docket.posture import Posture

COMPLAINT = "COMPLAINT against Harbor Tile Co. filed by Lev Amos. (tt)"
CLOSING = (
    "ORDER: The Clerk shall administratively close this action, without prejudice to the "
    "right of the parties to reopen it. Signed by Judge M. N. Oak. (tt)"
)
MOTION = "MOTION for Extension of Time to File Answer by Harbor Tile Co. (Ng, N.)"
DENIAL = (
    "ORDER: As this matter is administratively closed, 3 Motion for Extension of Time is "
    "DENIED WITHOUT PREJUDICE. The answer shall be filed within twenty-one (21) days from the "
    "date this action is reopened. Signed by Judge M. N. Oak. (tt)"
)
REOPENING = "ORDER: The Clerk is directed to reopen this case. Signed by Judge M. N. Oak. (tt)"
JUDGMENT = (
    "JUDGMENT entered in favor of Lev Amos against Harbor Tile Co. Signed by Judge M. N. Oak."
)


def _posture(tmp_path: Path, texts: tuple[str, ...], as_of: date) -> Posture:
    return pool_posture(tmp_path, texts, as_of, ucid="uud;;6:16-cv-8", month=8)


def test_a_future_reopening_in_an_orders_words_reopens_nothing(tmp_path: Path) -> None:
    posture = _posture(tmp_path, (COMPLAINT, CLOSING, MOTION, DENIAL), date(2016, 8, 4))
    assert posture.case.status == "closed"


def test_leave_waits_on_the_case_reopening_and_ends_when_it_closes_again(tmp_path: Path) -> None:
    texts = (COMPLAINT, CLOSING, MOTION, DENIAL, REOPENING, JUDGMENT)
    waiting = _posture(tmp_path, texts, date(2016, 8, 4)).motion(3)
    assert waiting.status == "denied_without_prejudice"
    assert waiting.leave_to_refile is not None
    assert waiting.leave_to_refile.status == "conditional"
    assert waiting.leave_to_refile.condition == CaseReopened()
    reopened = _posture(tmp_path, texts, date(2016, 8, 5))
    assert reopened.case.status == "open"
    leave = reopened.motion(3).leave_to_refile
    assert leave is not None and leave.status == "available"
    judged = _posture(tmp_path, texts, date(2016, 8, 6)).motion(3).leave_to_refile
    assert judged is not None and judged.status == "foreclosed"


def test_the_condition_is_said_in_a_clerks_words() -> None:
    assert describe(CaseReopened()) == "the case reopened"
