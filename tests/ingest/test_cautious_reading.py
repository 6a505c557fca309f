"""Where an order takes a motion up without a ruling the reader can read, the motion is
flagged for review, never ruled on by guess (issue 13, step 3).

Each docket text here is written for this file in the shape of CM/ECF entries (D.D.C. minute
orders, D.P.R. text orders, D. Ariz. notices, N.D. Ill. minute entries); none is copied from
a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.ingest import RawDocket, RawEntry, build
from docket.posture import Posture


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "dcd", "1:16-cv-01000", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str]) -> Posture:
    return replay(build(sheet(*entries)).events, as_of=date(2030, 1, 1))


def flagged_by(p: Posture, doc: int, part: int | None = None) -> list[int | None]:
    m = (
        p.motion(doc)
        if part is None
        else next(x for x in p.motions if x.doc == doc and x.part == part)
    )
    return [r.doc for r in m.review]


COMPLAINT = ("2016-01-04", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)")


def test_an_order_upon_consideration_of_a_motion_that_orders_no_ruling_flags_the_motion() -> None:
    p = posture(
        COMPLAINT,
        (
            "2016-02-01",
            8,
            "MOTION to Dismiss or in the alternative, MOTION to Change Venue by Acme Corp.",
        ),
        (
            "2016-03-01",
            9,
            "MINUTE ORDER: Upon consideration of the Motion to Dismiss or in the alternative, "
            "Motion to Change Venue 8 , and the response thereto, it is hereby ORDERED that the "
            "Clerk shall transfer this action to the District of Maryland. Signed by Judge A. B.",
        ),
    )
    # The transfer out is what the motion to change venue asked for: granted (28 U.S.C.
    # 1404(a)); the motion to dismiss it was joined to may have been decided in words not
    # read, and is not ended with the case unremarked.
    venue = next(x for x in p.motions if x.doc == 8 and x.part == 2)
    assert venue.status == "granted"
    dismiss = next(x for x in p.motions if x.doc == 8 and x.part == 1)
    assert dismiss.status == "pending"
    assert dismiss.review[0].doc == 9 and "may have decided it" in dismiss.review[0].reason
    assert "closed" in dismiss.review[-1].reason


def test_upon_consideration_then_granted_is_a_ruling_and_no_doubt() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 4, "MOTION for Extension of Time to File Affidavit of Service by Jane Roe"),
        (
            "2016-02-02",
            5,
            "MINUTE ORDER: Upon consideration of Plaintiff's Motion for Enlargement of Time 4 , "
            "it is hereby ORDERED that the Motion is GRANTED. Signed by Judge A. B.",
        ),
    )
    assert p.motion(4).status == "granted" and not p.motion(4).review


def test_an_order_holding_a_motion_in_abeyance_flags_the_motion_asking_for_that() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 23, "MOTION to Remand to State Court filed by Jane Roe"),
        (
            "2016-02-10",
            26,
            "MOTION to Stay Consideration of Motion to Remand re: 23 MOTION to Remand to State "
            "Court filed by Acme Corp. (Related document(s) 23 )",
        ),
        ("2016-02-11", 28, 'ORDER: Holding in abeyance 23 "Motion to Remand," pending the appeal.'),
    )
    assert p.motion(23).status == "pending" and flagged_by(p, 23) == [28]
    assert p.motion(26).status == "pending" and flagged_by(p, 26) == [28]


def test_an_amended_judgment_flags_the_pending_motion_to_alter_that_judgment() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 34, "ORDER: the Court finds for plaintiff. Signed by Judge A. B."),
        ("2016-02-05", 52, "MOTION to Alter Judgment re: 34 Order by Acme Corp."),
        (
            "2016-05-01",
            117,
            "OPINION AND ORDER amending 34 . The award is reduced to $1,000. Signed by Judge A. B.",
        ),
    )
    assert p.motion(52).status == "pending" and flagged_by(p, 52) == [117]


def test_a_link_naming_an_earlier_entry_an_order_on_a_motion_flags_that_pending_motion() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 7, "MOTION for Preliminary Injunction by Jane Roe. (Doe, John)"),
        (
            "2016-02-05",
            13,
            "MINUTE ENTRY for proceedings held before Judge A. B.: Motion Hearing held on 2/4/2016.",
        ),
        (
            "2016-02-06",
            14,
            "NOTICE re: Deposit by Jane Roe re: 13 Order on Motion for Preliminary Injunction, "
            "Motion Hearing . (Doe, John)",
        ),
    )
    assert p.motion(7).status == "pending" and flagged_by(p, 7) == [14]


def test_a_link_saying_an_order_terminated_motions_flags_those_pending_before_it() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 16, "MOTION for Preliminary Injunction by Jane Roe. (Doe, John)"),
        ("2016-02-03", 18, "PRELIMINARY INJUNCTION approving 17 Stipulation. Signed by Judge A."),
        ("2016-02-04", 19, "MOTION to Compel by Jane Roe. (Doe, John)"),
        (
            "2016-02-05",
            25,
            "NOTICE of Deposit by Jane Roe re: 18 Order on Stipulation, Terminate Motions .",
        ),
    )
    assert flagged_by(p, 16) == [25]
    assert flagged_by(p, 19) == []  # filed after the order the link names


def test_all_pending_motions_denied_as_moot_does_not_sweep_a_motion_already_in_doubt() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 35, "THIRD MOTION by Petitioner for Extension of Time. (abc)"),
        (
            "2016-02-05",
            36,
            "MINUTE entry before the Honorable A. B.: Now before the Court is Petitioner's Third "
            "Motion for Extension of Time 35 . Since the Court granted Respondent several "
            "extensions, we will also grant Petitioner's Third Motion for Extension of Time 35 .",
        ),
        ("2016-02-07", 37, "MOTION to Compel by Jane Roe. (Doe, John)"),
        (
            "2016-06-01",
            44,
            "MEMORANDUM Opinion and Order: The petition is denied on the merits. Any pending "
            "motions are denied as moot. Civil Case Terminated. Signed by Judge A. B.",
        ),
    )
    assert p.motion(37).status == "moot"
    m = p.motion(35)
    # flagged by the minute entry, by the order sweeping motions, and as left when the case closed
    assert m.status == "pending" and flagged_by(p, 35)[:2] == [36, 44]


def test_the_motion_is_granted_with_two_motions_pending_flags_both_and_rules_neither() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 4, "MOTION to Compel Discovery by Jane Roe. (Doe, John)"),
        ("2016-02-02", 5, "MOTION to Strike Affirmative Defenses by Jane Roe. (Doe, John)"),
        ("2016-03-01", 9, "ORDER: Having reviewed the papers, the motion is GRANTED. (abc)"),
    )
    assert p.motion(4).status == p.motion(5).status == "pending"
    assert flagged_by(p, 4) == flagged_by(p, 5) == [9]


def test_a_ruling_by_a_title_two_pending_motions_bear_flags_those_two_only() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 4, "MOTION for Protective Order by Acme Corp. (Doe, John)"),
        ("2016-02-02", 5, "MOTION for Protective Order by Beta LLC. (Roe, Ann)"),
        ("2016-02-03", 6, "MOTION to Compel by Jane Roe. (Lee, Al)"),
        ("2016-03-01", 9, "ORDER: The motion for a protective order is GRANTED. (abc)"),
    )
    assert p.motion(4).status == p.motion(5).status == "pending"
    assert flagged_by(p, 4) == flagged_by(p, 5) == [9]
    assert flagged_by(p, 6) == []


def test_a_notice_withdrawing_a_notice_withdraws_no_motion_and_flags_the_one_it_names() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION to Dismiss by Acme Corp. (Doe, John)"),
        ("2016-02-02", 14, "NOTICE of Motion by John Doe for presentment of 12 MOTION to Dismiss"),
        (
            "2016-02-03",
            15,
            "NOTICE of Withdrawal of 14 Notice of Motion re 12 MOTION to Dismiss by Acme Corp.",
        ),
    )
    assert p.motion(12).status == "pending" and flagged_by(p, 12) == [15]


def test_a_withdrawal_of_a_response_leaves_the_motion_it_answered_pending() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION to Dismiss by Acme Corp. (Doe, John)"),
        ("2016-02-10", 14, "RESPONSE in Opposition re 12 MOTION to Dismiss filed by Jane Roe."),
        ("2016-02-11", 15, "WITHDRAWAL OF DOCUMENT re: 14 Response in Opposition by Jane Roe."),
    )
    assert p.motion(12).status == "pending"


def test_a_withdrawal_of_document_naming_a_motion_withdraws_it() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION to Dismiss by Acme Corp. (Doe, John)"),
        ("2016-02-11", 15, "WITHDRAWAL OF DOCUMENT re: 12 MOTION to Dismiss by Acme Corp."),
    )
    assert p.motion(12).status == "withdrawn"


def test_the_clerks_entered_trailer_in_the_text_dates_the_entry_when_the_sheet_does_not() -> None:
    events = build(
        sheet(
            COMPLAINT,
            (
                "2016-02-01",
                4,
                "MOTION to Dismiss by Acme Corp. (Doe, John) (Entered: 02/03/2016)",
            ),
            ("2016-02-02", 5, "MOTION to Strike by Acme Corp. (Entered: 02/31/2016)"),
            ("2016-02-02", 6, "NOTICE (Entered: 02/02/2016) re 4 (Entered: 02/05/2016)"),
        )
    ).events
    by_doc = {e.doc: e for e in events}
    assert by_doc[4].entered == date(2016, 2, 3)
    assert by_doc[5].entered is None  # no such day
    assert by_doc[6].entered is None  # two days given: neither is taken
    # known on 2 February, the motion entered on the 3rd is not yet on the docket
    known = replay(events, as_of=date(2016, 3, 1), known_on=date(2016, 2, 2))
    assert [m.doc for m in known.motions] == [5]


# -- reopening ---------------------------------------------------------------------------------

DISMISSED = ("2016-03-01", 20, "ORDER OF DISMISSAL: this action is DISMISSED. Signed by Judge A.")


def test_an_order_vacating_the_order_of_dismissal_reopens_the_case_and_does_not_close_it() -> None:
    p = posture(
        COMPLAINT,
        DISMISSED,
        (
            "2016-04-01",
            22,
            "ORDER vacating 20 Order of Dismissal. The parties' settlement was not consummated. "
            "Signed by Judge A.",
        ),
    )
    assert p.case.status == "open"


def test_granting_a_motion_to_reinstate_the_case_reopens_it() -> None:
    p = posture(
        COMPLAINT,
        DISMISSED,
        ("2016-03-20", 21, "MOTION to Reinstate Case by Jane Roe. (Doe, John)"),
        ("2016-04-01", 22, "ORDER granting 21 Motion to Reinstate Case. Signed by Judge A."),
    )
    assert p.motion(21).status == "granted" and p.case.status == "open"


def test_the_clerk_directed_to_reopen_the_case_reopens_it() -> None:
    p = posture(
        COMPLAINT,
        DISMISSED,
        (
            "2016-04-01",
            22,
            "ORDER: The Clerk of Court is ordered to reopen these proceedings, and Defendant "
            "shall answer within 21 days. Signed by Judge A.",
        ),
    )
    assert p.case.status == "open"


def test_a_closing_that_lets_the_parties_move_to_reopen_does_not_reopen_the_case() -> None:
    p = posture(
        COMPLAINT,
        (
            "2016-03-01",
            20,
            "ORDER: the Clerk shall administratively terminate this action, without prejudice "
            "to the right of the parties to reopen the proceedings; any party may move to "
            "reopen the case within 60 days. This case is closed.",
        ),
    )
    assert p.case.status == "closed"


def test_vacating_a_second_judgment_does_not_reopen_a_case_the_first_one_closed() -> None:
    p = posture(
        COMPLAINT,
        ("2016-03-01", 69, "JUDGMENT for plaintiff. Signed by Judge A. on 3/1/2016."),
        ("2016-03-05", 70, "FINAL JUDGMENT AND ORDER Signed by Judge A. on 3/5/2016."),
        (
            "2016-03-09",
            71,
            "ORDER entered vacating 70 Final Judgment and Order. Judgment entered in this matter "
            "on 3/1/2016. See docket entry #69. Signed by Judge A.",
        ),
    )
    assert p.case.status == "closed"


def test_vacating_the_judgment_that_closed_the_case_reopens_it() -> None:
    p = posture(
        COMPLAINT,
        ("2016-03-01", 69, "DEFAULT JUDGMENT for plaintiff. Signed by Judge A. on 3/1/2016."),
        ("2016-03-09", 71, "ORDER vacating 69 Default Judgment. Signed by Judge A."),
    )
    assert p.case.status == "open"


# -- leave to refile read from the text --------------------------------------------------------

COMPEL = ("2016-02-01", 12, "MOTION to Compel Discovery by Jane Roe. (Doe, John)")


def test_a_denial_letting_the_movant_file_a_renewed_motion_gives_leave_to_refile_now() -> None:
    p = posture(
        COMPLAINT,
        COMPEL,
        (
            "2016-03-01",
            20,
            "ORDER denying 12 Motion to Compel without prejudice. Plaintiff may file a renewed "
            "motion. Signed by Judge A.",
        ),
    )
    m = p.motion(12)
    assert m.status == "denied_without_prejudice" and not m.review
    assert m.leave_to_refile is not None and m.leave_to_refile.status == "available"


def test_leave_to_renew_on_a_condition_not_read_is_flagged_on_the_denied_motion() -> None:
    p = posture(
        COMPLAINT,
        COMPEL,
        (
            "2016-03-01",
            20,
            "ORDER denying 12 Motion to Compel without prejudice to renewal after completing "
            "service by another means. Signed by Judge A.",
        ),
    )
    m = p.motion(12)
    assert m.status == "denied_without_prejudice" and m.leave_to_refile is None
    assert [r.doc for r in m.review] == [20] and "after completing service" in m.review[0].reason


def test_a_denial_then_may_file_a_renewed_motion_after_discovery_is_without_prejudice() -> None:
    p = posture(
        COMPLAINT,
        COMPEL,
        (
            "2016-03-01",
            20,
            "ORDER: Plaintiff's Motion to Compel 12 is DENIED. Plaintiff may file a renewed "
            "motion after the close of fact discovery. Signed by Judge A.",
        ),
    )
    m = p.motion(12)
    assert m.status == "denied_without_prejudice" and [r.doc for r in m.review] == [20]


def test_a_later_doubt_does_not_hang_on_a_motion_an_earlier_order_decided() -> None:
    p = posture(
        COMPLAINT,
        COMPEL,
        ("2016-03-01", 20, "ORDER denying 12 Motion to Compel. Signed by Judge A."),
        ("2016-03-05", 21, "ORDER: Noting 12 Motion to Compel. Signed by Judge A."),
    )
    assert p.motion(12).status == "denied" and not p.motion(12).review


# -- scope and closing -------------------------------------------------------------------------


def test_granting_a_motion_to_stay_as_to_one_defendant_stays_that_party_not_the_case() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 20, "MOTION to Stay by Acme Corp. (Doe, John)"),
        ("2016-03-01", 21, "ORDER granting 20 Motion to Stay as to Defendant Acme Corp. only."),
    )
    assert p.motion(20).status == "granted"
    assert p.case.status == "open" and p.discovery.status != "stayed"
    assert [(s.scope, s.parties) for s in p.discovery.stays] == [("parties", ("Acme Corp",))]


def test_a_stipulation_of_dismissal_so_ordered_in_the_passive_voice_closes_the_case() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-02", 21, "ORDER: The Joint Stipulation of Dismissal (Doc. 20) is SO ORDERED."),
    )
    assert p.case.status == "closed"


def test_a_stipulation_of_dismissal_as_to_one_defendant_approved_does_not_close_the_case() -> None:
    p = posture(
        COMPLAINT,
        (
            "2016-02-02",
            21,
            "ORDER: The stipulation of dismissal as to Defendant Acme is APPROVED. (abc)",
        ),
    )
    assert p.case.status == "open" and [r.doc for r in p.case.review] == [21]


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: This case is ADMINISTRATIVELY CLOSED pending the arbitration. Signed by Judge A.",
        "ORDER administratively closing this case. Signed by Judge A.",
        "ORDER TRANSFERRING CASE to the Northern District of Texas. Signed by Judge A.",
        "ORDER: The Clerk shall transfer this action to the United States District Court for "
        "the District of Maryland. Signed by Judge A.",
    ],
)
def test_an_administrative_closing_or_a_transfer_out_closes_the_case(text: str) -> None:
    assert posture(COMPLAINT, ("2016-03-01", 20, text)).case.status == "closed"


def test_the_transferors_order_on_the_transferee_docket_does_not_close_the_case() -> None:
    text = (
        "MINUTE ORDER: it is hereby ORDERED that the Clerk shall transfer this action to the "
        "United States District Court for the Eastern District of Virginia. [Transferred from "
        "District of Columbia on 7/11/2016.]"
    )
    assert posture(COMPLAINT, ("2016-03-01", 20, text)).case.status == "open"


def test_granting_a_motion_to_transfer_venue_may_close_the_case_and_says_so() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION to Transfer Case to the District of Maryland by Acme Corp."),
        (
            "2016-03-01",
            20,
            "ORDER granting 12 Motion to Transfer Case to the District of Maryland.",
        ),
    )
    assert p.motion(12).status == "granted"
    assert p.case.status == "open" and [r.doc for r in p.case.review] == [20]


def test_a_protective_order_entered_grants_the_amended_motion_and_flags_the_one_it_amended() -> (
    None
):
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "Joint MOTION for Protective Order by Acme Corp. (Lee, Ann)"),
        ("2016-02-09", 14, "Amended MOTION for Protective Order by Acme Corp. (Lee, Ann)"),
        ("2016-02-10", 15, "PROTECTIVE ORDER entered. Signed by Magistrate Judge A. B."),
    )
    assert p.motion(14).status == "granted"
    assert p.motion(12).status == "pending" and flagged_by(p, 12) == [15]


def test_a_protective_order_entered_with_two_motions_of_other_movants_grants_neither() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION for Protective Order by Acme Corp. (Lee, Ann)"),
        ("2016-02-09", 14, "Amended MOTION for Protective Order by Jane Roe. (Doe, John)"),
        ("2016-02-10", 15, "PROTECTIVE ORDER entered. Signed by Magistrate Judge A. B."),
    )
    assert p.motion(12).status == p.motion(14).status == "pending"
    assert flagged_by(p, 12) == flagged_by(p, 14) == [15]


def test_an_order_awarding_attorneys_fees_grants_the_pending_motion_for_fees() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 40, "MOTION for Attorney Fees and Costs by Jane Roe. (Doe, John)"),
        ("2016-02-02", 41, "MOTION to Compel by Jane Roe. (Doe, John)"),
        (
            "2016-05-01",
            50,
            "MEMORANDUM ORDER: The Court awards plaintiffs $36,862.75 in attorneys' fees, "
            "costs, and disbursements. SO ORDERED.",
        ),
    )
    assert p.motion(40).status == "granted" and p.motion(41).status == "pending"


def test_an_order_declining_to_award_fees_or_reciting_a_request_for_them_rules_on_nothing() -> None:
    for text in (
        "ORDER: The Court declines to award attorney's fees at this time.",
        "ORDER: Plaintiff moves for an award of attorney's fees. Response due 3/1/2016.",
    ):
        p = posture(
            COMPLAINT,
            ("2016-02-01", 40, "MOTION for Attorney Fees by Jane Roe. (Doe, John)"),
            ("2016-05-01", 50, text),
        )
        assert p.motion(40).status == "pending"


@pytest.mark.parametrize(
    "text",
    [
        "MEMORANDUM ORDER: Defendant's motion to dismiss 12 is GRANTED. SO ORDERED.",
        "MEMORANDUM OF DECISION: the motion to dismiss 12 is GRANTED.",
        "RULING RE: 12 MOTION to Dismiss. The motion is GRANTED.",
    ],
)
def test_an_order_under_a_memorandum_or_ruling_head_rules_and_files_no_motion(text: str) -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 12, "MOTION to Dismiss by Acme Corp. (Doe, John)"),
        ("2016-03-01", 20, text),
    )
    assert [(m.doc, m.status) for m in p.motions] == [(12, "granted")]
