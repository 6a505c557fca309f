"""Leave to refile for a number of days after its condition comes to pass.

"Denied without prejudice to renewal within 14 days after the stay is lifted": leave is
conditional while the stay holds, available from the day it lifts, and foreclosed after the
fourteenth day from then (FRCP 6(a)(1)); "within twenty-one (21) days from the date this
action is reopened" counts from the reopening. A count from something the docket does not
record ("within 14 days after judgment" with no entry of judgment in the words) stays unread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pool_dockets import pool_posture

from docket.posture import Posture

COMPLAINT = "COMPLAINT against Mesa Grain Co. filed by Rhea Tull. (bb)"
COMPEL = "MOTION to Compel Discovery by Rhea Tull. (Fox, F.)"
STAY = "ORDER: this case is STAYED pending mediation. (bb)"


def _posture(tmp_path: Path, day: date, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, day, ucid="rrd;;9:16-cv-6", month=11)


def _leave(posture: Posture) -> str | None:
    leave = posture.motion(2).leave_to_refile
    return leave.status if leave is not None else None


def test_leave_for_days_after_the_stay_lifts_opens_with_the_lift_and_lapses_after(
    tmp_path: Path,
) -> None:
    denial = (
        "ORDER denying 2 Motion to Compel without prejudice to renewal within 14 days after the "
        "stay is lifted. (bb)"
    )
    lift = "ORDER: the stay is LIFTED. (bb)"
    # Entries 1-5 are entered November 1-5, 2016: the lift on Saturday the 5th, so the
    # fourteenth day is Saturday the 19th, rolling to Monday, November 21 (FRCP 6(a)(1)(C)).
    texts = (COMPLAINT, COMPEL, STAY, denial, lift)
    assert _leave(_posture(tmp_path, date(2016, 11, 4), *texts)) == "conditional"
    assert _leave(_posture(tmp_path, date(2016, 11, 5), *texts)) == "available"
    assert _leave(_posture(tmp_path, date(2016, 11, 21), *texts)) == "available"
    assert _leave(_posture(tmp_path, date(2016, 11, 22), *texts)) == "foreclosed"


def test_leave_for_days_after_the_case_reopens_counts_from_the_reopening(tmp_path: Path) -> None:
    closed = "ORDER ADMINISTRATIVELY CLOSING CASE pending arbitration. (bb)"
    denial = (
        "ORDER denying 2 Motion to Compel without prejudice to renewal within twenty-one (21) "
        "days from the date this action is reopened. (bb)"
    )
    reopened = "ORDER: the Clerk is directed to REOPEN this case. (bb)"
    texts = (COMPLAINT, COMPEL, closed, denial, reopened)
    assert _leave(_posture(tmp_path, date(2016, 11, 4), *texts)) == "conditional"
    assert _leave(_posture(tmp_path, date(2016, 11, 28), *texts)) == "available"
    assert _leave(_posture(tmp_path, date(2016, 11, 29), *texts)) == "foreclosed"


def test_days_counted_from_something_not_read_leave_the_leave_for_review(tmp_path: Path) -> None:
    denial = (
        "ORDER denying 2 Motion to Compel without prejudice to renewal within 14 days after "
        "judgment. (bb)"
    )
    motion = _posture(tmp_path, date(2016, 11, 30), COMPLAINT, COMPEL, denial).motion(2)
    assert motion.status == "denied_without_prejudice"
    assert motion.review


def test_leave_for_days_after_the_close_of_discovery_waits_for_discovery_to_close(
    tmp_path: Path,
) -> None:
    denial = (
        "ORDER denying 2 Motion to Compel without prejudice to renewal within 14 days after the "
        "close of discovery. (bb)"
    )
    leave = _posture(tmp_path, date(2016, 11, 30), COMPLAINT, COMPEL, denial).motion(2)
    assert leave.leave_to_refile is not None
    assert leave.leave_to_refile.status == "conditional" and not leave.review


def test_leave_days_count_again_when_the_ruling_that_met_the_condition_is_vacated(
    tmp_path: Path,
) -> None:
    summary = "MOTION for Summary Judgment by Mesa Grain Co. (Iva, I.)"
    denial = (
        "ORDER denying 2 Motion to Compel without prejudice to renewal within 14 days after the "
        "Court rules on [3]. (bb)"
    )
    ruled = "ORDER denying 3 Motion for Summary Judgment. (bb)"
    vacated = "ORDER VACATING THE COURT'S ORDER DENYING 3 Motion for Summary Judgment. (bb)"
    filler = "NOTICE of Appearance by Jo Ruiz on behalf of Mesa Grain Co. (Ruiz, J.)"
    # Entered November 1, 2, ...: the denial on the 4th, 3 ruled on the 5th (leave until
    # Monday the 21st), that ruling vacated on the 6th, 3 ruled again on the 26th.
    texts = (COMPLAINT, COMPEL, summary, denial, ruled, vacated, *[filler] * 19, ruled)
    assert _leave(_posture(tmp_path, date(2016, 11, 5), *texts)) == "available"
    assert _leave(_posture(tmp_path, date(2016, 11, 22), *texts)) == "conditional"
    assert _leave(_posture(tmp_path, date(2016, 11, 26), *texts)) == "available"
