"""Rulings the docket text leaves half said.

A second verb with only a scope ("denying 2 Motion to Dismiss as to Count I; granting as to
Count II") rules on the motion of the verb before it; a bare number as a ruling's subject
("2 is GRANTED"), an order naming a motion by its title and no more ("ORDER on Motion to
Dismiss"), "finds it well taken", and the clerk's "Motions terminated" leave the motion
flagged for review, never confidently pending; a motion to stay the case as to one party,
granted, stays the case as to that party only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.posture import Posture

COMPLAINT = "COMPLAINT against Mesa Grain Co. filed by Rhea Tull. (bb)"
DISMISS = "MOTION to Dismiss for Failure to State a Claim by Mesa Grain Co. (Iva, I.)"
COMPEL = "MOTION to Compel Discovery by Rhea Tull. (Fox, F.)"


def _posture(tmp_path: Path, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, date(2016, 12, 1), ucid="rrd;;9:16-cv-6", month=11)


@pytest.mark.parametrize(
    "order",
    [
        "ORDER denying 2 Motion to Dismiss as to Count I; granting as to Count II. (bb)",
        "ORDER granting 2 Motion to Dismiss as to Count III; denying it in all other respects.",
    ],
)
def test_a_second_verb_with_only_a_scope_rules_on_the_same_motion_in_part(
    tmp_path: Path, order: str
) -> None:
    assert _posture(tmp_path, COMPLAINT, DISMISS, order).motion(2).status == "granted_in_part"


def test_a_second_verb_with_its_own_number_is_not_read_as_the_first_motions(
    tmp_path: Path,
) -> None:
    order = "ORDER denying 2 Motion to Dismiss; granting as to 3 Motion to Compel. (bb)"
    posture = _posture(tmp_path, COMPLAINT, DISMISS, COMPEL, order)
    assert posture.motion(2).status == "denied"


@pytest.mark.parametrize(
    "order",
    [
        "ORDER: 2 is GRANTED. Signed by Judge T. U. Vale. (bb)",
        "ORDER: Having reviewed 2 Motion to Dismiss, the Court finds it well taken. (bb)",
        "ORDER on Motion to Dismiss. Signed by Judge T. U. Vale on 11/2/2016. (bb)",
        "MEMORANDUM OPINION AND ORDER re: Defendant's Motion to Dismiss. Signed by Judge Vale.",
        "***Motions terminated: 2 MOTION to Dismiss filed by Mesa Grain Co. (bb)",
        "TEXT ORDER: Granted. (bb)",
        "ORDER: Granted as unopposed. Signed by Judge T. U. Vale. (bb)",
        "ORDER: Upon review of the motion to dismiss, the Court finds that the motion should be "
        "GRANTED. (bb)",
    ],
)
def test_an_entry_that_may_have_decided_the_motion_unsaid_flags_it(
    tmp_path: Path, order: str
) -> None:
    motion = _posture(tmp_path, COMPLAINT, DISMISS, order).motion(2)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [3]


def test_an_order_by_title_flags_only_the_motions_of_that_title(tmp_path: Path) -> None:
    order = "ORDER re: Defendant's Motion to Dismiss. Signed by Judge Vale. (bb)"
    posture = _posture(tmp_path, COMPLAINT, DISMISS, COMPEL, order)
    assert [r.doc for r in posture.motion(2).review] == [4]
    assert posture.motion(3).review == ()


def test_an_order_by_title_setting_a_hearing_flags_nothing(tmp_path: Path) -> None:
    order = "ORDER on Motion to Dismiss: Motion Hearing set for 12/1/2016. (bb)"
    assert _posture(tmp_path, COMPLAINT, DISMISS, order).motion(2).review == ()


def test_a_stay_asked_as_to_one_party_and_granted_does_not_stay_the_case(
    tmp_path: Path,
) -> None:
    stay = "MOTION to Stay Proceedings as to Defendant Nola Farms, Inc. by Nola Farms, Inc. (x)"
    granted = "ORDER granting 2 Motion to Stay. Signed by Judge T. U. Vale. (bb)"
    posture = _posture(tmp_path, COMPLAINT, stay, granted)
    assert posture.motion(2).status == "granted"
    assert posture.case.status == "open"
    assert posture.discovery.status != "stayed"


def test_a_stay_asked_for_the_whole_case_and_granted_stays_it(tmp_path: Path) -> None:
    stay = "MOTION to Stay Proceedings as to all Defendants by Nola Farms, Inc. (x)"
    granted = "ORDER granting 2 Motion to Stay. Signed by Judge T. U. Vale. (bb)"
    assert _posture(tmp_path, COMPLAINT, stay, granted).case.status == "stayed"


def test_a_ruling_on_a_paper_about_a_motion_does_not_flag_the_motion(tmp_path: Path) -> None:
    stipulation = "STIPULATION to extend time to oppose the motion to dismiss by Rhea Tull. (x)"
    order = (
        "ORDER granting 3 Stipulation to extend time for Plaintiff's Opposition to Defendant's "
        "Motion to Dismiss. (bb)"
    )
    posture = _posture(tmp_path, COMPLAINT, DISMISS, stipulation, order)
    assert posture.motion(2).status == "pending"
    assert posture.motion(2).review == ()


def test_pending_motions_ruled_on_the_record_are_each_flagged(tmp_path: Path) -> None:
    minute = (
        "Minute Entry. Final Pretrial Conference held on 11/3/2016. Pending motions ruled on as "
        "stated on the record. Trial set for 1/20/2017. (bb)"
    )
    posture = _posture(tmp_path, COMPLAINT, DISMISS, COMPEL, minute)
    for doc in (2, 3):
        assert posture.motion(doc).status == "pending"
        assert [r.doc for r in posture.motion(doc).review] == [4]


def test_a_motion_decided_on_the_record_in_a_minute_entry_is_flagged(tmp_path: Path) -> None:
    minute = (
        "Minute Entry for proceedings held before Judge Vale: Motion Hearing held on 11/3/2016 "
        "re 2 MOTION to Dismiss. Motion decided on the record. (bb)"
    )
    assert [r.doc for r in _posture(tmp_path, COMPLAINT, DISMISS, minute).motion(2).review] == [3]


@pytest.mark.parametrize(
    ("minute", "flagged"),
    [
        (
            "MINUTE entry before the Honorable T. U. Vale: Motion to dismiss [2] is terminated.",
            True,
        ),
        (
            "MINUTE entry before the Honorable T. U. Vale: Motion to dismiss [2] is terminated as "
            "moot.",
            False,
        ),
    ],
)
def test_a_motion_terminated_without_a_reason_is_moot_and_flagged(
    tmp_path: Path, minute: str, flagged: bool
) -> None:
    motion = _posture(tmp_path, COMPLAINT, DISMISS, minute).motion(2)
    assert motion.status == "moot"
    assert bool(motion.review) is flagged


def test_a_complaint_docketed_with_a_motion_holds_that_motion_under_its_number(
    tmp_path: Path,
) -> None:
    complaint = (
        "COMPLAINT/Brief in Support of Plaintiff's Motion for Preliminary Injunction against "
        "Ricky Babin filed by Lucas Roddy. (EDC)"
    )
    ruling = "RULING AND ORDER denying 1 Motion for Preliminary Injunction. Signed by Judge Vale."
    before = _posture(tmp_path, complaint)
    assert before.motion(1).status == "pending"
    assert _posture(tmp_path, complaint, ruling).motion(1).status == "denied"


def test_a_grant_naming_an_application_by_a_title_no_motion_has_flags_the_pending_ones(
    tmp_path: Path,
) -> None:
    extension = "MOTION for Extension of Time to File Response/Reply by Rhea Tull. (Fox, F.)"
    grant = (
        "Defendant's Unopposed SECOND Application for Extension of Time to File Response is "
        "granted pursuant to Local Rule CV-12 for Acme, Inc. to 12/28/2016. (ch, )"
    )
    motion = _posture(tmp_path, COMPLAINT, extension, grant).motion(2)
    assert motion.status == "pending"
    assert [r.doc for r in motion.review] == [3]
