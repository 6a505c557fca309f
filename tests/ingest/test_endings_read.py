"""Orders that end the case in words other than "case closed".

Granting a motion to remand remands the case (28 U.S.C. 1447(c), (d)): it ends here, though the
order says only "granting 5 Motion to Remand". A motion whose title or order may limit the
remand to some claims, or a grant in part, may end it: flagged, never closed or left open
unremarked.

An order directing that judgment be entered ("LET JUDGMENT BE ENTERED ACCORDINGLY", "The Clerk
is directed to enter judgment for Defendants") ends the case (FRCP 58); a direction to enter a
partial or default judgment may end it (flagged); one the order only contemplates ("If
Plaintiff fails to respond, judgment shall be entered") or a judgment "on" another order ends
nothing.

The complaint dismissed ends the case, written with or without its article and docket number
("Complaint is dismissed.", "Amended Complaint, 9 , is DISMISSED WITH PREJUDICE."); a part of
it ("Count I of the complaint is dismissed"), a dismissal "with prejudice as to" one defendant,
or a motion whose title names the complaint ("Motion to Amend the Complaint is DISMISSED as
moot") does not end it. So too the court's own verb: "dismissing this action with prejudice",
"the Court DISMISSES the complaint", but not "DISMISSED, with prejudice, as to" one defendant.
A closing the order only proposes, is asked for, warns of or puts a condition on
("RECOMMENDING that this action be dismissed", "moves for an order dismissing the complaint",
"the case shall be dismissed if he fails to appear", "Unless ..., the case shall be closed")
ends nothing now; nor does one whose verb is denied ("the Clerk shall not close this case",
"the Court declines to close this case").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

LATER = date(2016, 9, 1)
COMPLAINT = "COMPLAINT against Orchard Lane Foods Inc. filed by Ravi Quint. (kk)"
SIGNED = "Signed by Judge E. F. Gale on 5/3/2016. (tt)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, LATER, ucid="zzd;;3:16-cv-44", month=5)


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            "MOTION to Remand to State Court by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 motion to remand. {SIGNED}",
        ),
        (
            "MOTION to Remand Case to the Superior Court of Pima County by Ravi Quint. (Lo, L.)",
            f"ORDER: Plaintiff's Motion to Remand (Doc. 2) is GRANTED. {SIGNED}",
        ),
        (
            "MOTION to Remand for lack of subject matter jurisdiction by Ravi Quint. (Lo, L.)",
            f"MEMORANDUM AND ORDER granting Plaintiff's 2 Motion to Remand. {SIGNED}",
        ),
    ],
)
def test_granting_the_motion_to_remand_closes_the_case(
    tmp_path: Path, motion: str, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, order)
    assert posture.motion(2).status == "granted"
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    ("motion", "order"),
    [
        (
            "MOTION to Remand State Law Claims by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion to Remand. {SIGNED}",
        ),
        (
            "MOTION for Partial Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion for Partial Remand. {SIGNED}",
        ),
        (
            "MOTION to Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting in part and denying in part 2 Motion to Remand. {SIGNED}",
        ),
        (
            "MOTION to Remand by Ravi Quint. (Lo, L.)",
            f"ORDER granting 2 Motion to Remand; the Court retains jurisdiction. {SIGNED}",
        ),
    ],
)
def test_a_remand_that_may_reach_part_of_the_case_is_flagged(
    tmp_path: Path, motion: str, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, motion, order)
    assert posture.case.status == "open"
    assert posture.case.review


def test_denying_the_motion_to_remand_leaves_the_case_open_and_unflagged(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Remand by Ravi Quint. (Lo, L.)",
        f"ORDER denying 2 Motion to Remand. {SIGNED}",
    )
    assert posture.motion(2).status == "denied"
    assert posture.case.status == "open"
    assert not posture.case.review


SJ_MOTION = "MOTION for Summary Judgment by Orchard Lane Foods Inc. (Lo, L.)"


@pytest.mark.parametrize(
    "order",
    [
        f"OPINION AND ORDER: the Motion for Summary Judgment 2 is GRANTED. LET JUDGMENT BE "
        f"ENTERED ACCORDINGLY. {SIGNED}",
        f"ORDER granting 2 Motion for Summary Judgment. Judgment shall be entered accordingly. "
        f"{SIGNED}",
        f"ORDER granting 2 Motion for Summary Judgment. The Clerk of Court is directed to enter "
        f"judgment in favor of Orchard Lane Foods Inc. {SIGNED}",
        f"MEMORANDUM OPINION: 2 Motion for Summary Judgment is GRANTED. IT IS FURTHER ORDERED "
        f"that final judgment be entered for the defendant. {SIGNED}",
        f"ORDER granting 2 Motion for Summary Judgment. The Clerk shall enter judgment for the "
        f"defendant on all claims. {SIGNED}",
    ],
)
def test_an_order_directing_judgment_to_be_entered_closes_the_case(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, SJ_MOTION, order)
    assert posture.motion(2).status == "granted"
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER granting 2 Motion for Summary Judgment. There being no just reason for delay, "
        f"the Clerk shall enter judgment for Orchard Lane Foods Inc. {SIGNED}",
        f"ORDER granting 2 Motion for Summary Judgment. The Clerk shall enter partial judgment "
        f"accordingly. {SIGNED}",
        f"ORDER granting 2 Motion for Summary Judgment. The Clerk shall enter judgment on Count I. "
        f"{SIGNED}",
    ],
)
def test_a_direction_to_enter_a_judgment_that_may_be_partial_is_flagged(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, SJ_MOTION, order)
    assert posture.case.status == "open"
    assert posture.case.review


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER denying 2 Motion for Summary Judgment. If Plaintiff fails to file a pretrial "
        f"statement by June 1, 2016, judgment shall be entered for the defendant. {SIGNED}",
        f"ORDER denying 2 Motion for Summary Judgment. The Clerk is directed to enter judgment on "
        f"the Court's Order dissolving the temporary restraining order. {SIGNED}",
        f"ORDER denying 2 Motion for Summary Judgment. Judgment shall enter upon confirmation of "
        f"the arbitration award. {SIGNED}",
    ],
)
def test_a_judgment_only_contemplated_or_on_another_order_leaves_the_case_open(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, SJ_MOTION, order)
    assert posture.motion(2).status == "denied"
    assert posture.case.status == "open"
    assert not posture.case.review


DISMISS_MOTION = (
    "MOTION to Dismiss for Failure to State a Claim by Orchard Lane Foods Inc. (Lo, L.)"
)


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER adopting 5 Report and Recommendation. 2 Motion to Dismiss is GRANTED. Complaint is "
        f"dismissed. {SIGNED}",
        f"ORDER granting 2 Motion to Dismiss; adopting 5 Memorandum and Recommendation. Amended "
        f"Complaint, 4 , is DISMISSED WITH PREJUDICE. {SIGNED}",
        f"ORDER granting 2 Motion to Dismiss. Plaintiff's complaint (Doc. 1) is DISMISSED without "
        f"prejudice. {SIGNED}",
    ],
)
def test_the_complaint_dismissed_closes_the_case(tmp_path: Path, order: str) -> None:
    posture = _posture(tmp_path, COMPLAINT, DISMISS_MOTION, order)
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER granting in part 2 Motion to Dismiss. Count I of the complaint is dismissed. "
        f"{SIGNED}",
        f"ORDER granting 2 Motion to Dismiss. The complaint is dismissed with prejudice as to "
        f"Defendant Orchard Lane Foods Inc. {SIGNED}",
    ],
)
def test_a_dismissal_of_part_of_the_complaint_is_flagged_not_closed(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, DISMISS_MOTION, order)
    assert posture.case.status == "open"
    assert posture.case.review


def test_a_motion_to_amend_the_complaint_dismissed_as_moot_leaves_the_case_open(
    tmp_path: Path,
) -> None:
    posture = _posture(
        tmp_path,
        COMPLAINT,
        "MOTION to Amend the Complaint by Ravi Quint. (Lo, L.)",
        f"ORDER: Plaintiff's Motion to Amend the Complaint is DISMISSED as moot. {SIGNED}",
    )
    assert posture.case.status == "open"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER adopting 5 Report and Recommendation, granting 2 Motion to Dismiss, and dismissing "
        f"this action with prejudice. {SIGNED}",
        f"MEMORANDUM ORDER: For the reasons stated, the Court DISMISSES the complaint without "
        f"prejudice. {SIGNED}",
    ],
)
def test_the_courts_own_verb_dismissing_the_action_closes_the_case(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, DISMISS_MOTION, order)
    assert posture.case.status == "closed"


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER: this action is hereby DISMISSED, with prejudice, as to Defendant Orchard Lane "
        f"Foods Inc. {SIGNED}",
        f"ORDER granting 2 Motion to Dismiss and dismissing the action against Defendant Orchard "
        f"Lane Foods Inc. {SIGNED}",
    ],
)
def test_a_dismissal_reaching_one_party_after_its_prejudice_words_is_flagged(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, DISMISS_MOTION, order)
    assert posture.case.status == "open"
    assert posture.case.review


@pytest.mark.parametrize(
    "order",
    [
        f"ORDER and FINDINGS AND RECOMMENDATIONS: RECOMMENDING that this action be dismissed for "
        f"failure to prosecute. Objections due within fourteen days. {SIGNED}",
        f"ORDER: Defendant moves for an order dismissing the complaint. A hearing is set for "
        f"6/1/2016. {SIGNED}",
        f"ORDER: Plaintiff is warned that the case shall be dismissed if he fails to appear on "
        f"6/1/2016. {SIGNED}",
        f"ORDER: Unless Plaintiff files a status report by 6/1/2016, the case shall be closed. "
        f"{SIGNED}",
        f"ORDER: The settlement is not yet final, and the Clerk shall not close this case. "
        f"{SIGNED}",
        f"ORDER: The Court declines to close this case at this time. {SIGNED}",
    ],
)
def test_a_closing_only_proposed_asked_for_or_conditional_leaves_the_case_open(
    tmp_path: Path, order: str
) -> None:
    posture = _posture(tmp_path, COMPLAINT, DISMISS_MOTION, order)
    assert posture.case.status == "open"
