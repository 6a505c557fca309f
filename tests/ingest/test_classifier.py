"""The docket-text classifier: what an entry is, read from its CM/ECF text alone."""

from __future__ import annotations

from datetime import date

import pytest

from docket.events import Disposition, Ground, MotionKind, Position, StayScope
from docket.ingest import classify
from docket.ingest.rulings import RulingDraft

D = Disposition


def rulings(text: str) -> set[tuple[int, Disposition]]:
    return {(n, r.disposition) for r in classify(text).rulings for n in r.docs}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("MOTION to Compel Discovery by Christine Lucero.", MotionKind.COMPEL),
        (
            "MOTION to Stay Discovery pending resolution of qualified immunity",
            MotionKind.STAY_DISCOVERY,
        ),
        ("MOTION to Stay Proceedings Pending Arbitration by X.", MotionKind.STAY_CASE),
        ("MOTION for Summary Judgment by Defendants.", MotionKind.SUMMARY_JUDGMENT),
        ("MOTION to Dismiss for Failure to State a Claim by Y.", MotionKind.DISMISS),
        ("MOTION for Judgment on the Pleadings by Z.", MotionKind.JUDGMENT_ON_PLEADINGS),
        (
            "Consent MOTION for Extension of Time to File Answer by FBI",
            MotionKind.EXTENSION_OF_TIME,
        ),
        ("Joint MOTION for Protective Order by All Parties", MotionKind.PROTECTIVE_ORDER),
        ("MOTION for Leave to File Excess Pages by X", MotionKind.LEAVE_TO_FILE),
        ("MOTION for Leave to File Amended Complaint, filed by Plaintiffs", MotionKind.AMEND),
        ("MOTION to Amend/Correct [1] Complaint by MICHAEL TABMAN", MotionKind.AMEND),
        ("MOTION for Reconsideration re 49 Order", MotionKind.RECONSIDERATION),
        ("MOTION for Sanctions by Stefan A. Halper.", MotionKind.SANCTIONS),
        ("MOTION to Remand to State Court", MotionKind.REMAND),
        ("MOTION for Default Judgment as to Liability", MotionKind.DEFAULT_JUDGMENT),
        ("MOTION to Compel Arbitration . MOTION to Stay Proceedings", MotionKind.OTHER),
        ("MOTION for Leave to Appear Pro Hac Vice", MotionKind.OTHER),
        (
            "MOTION to Certify under 28 U.S.C. 1292(b) and Stay Proceedings Pending Appeal",
            MotionKind.OTHER,
        ),
        ("MOTION for Leave to to amend complaint filed by plaintiff", MotionKind.AMEND),
    ],
)
def test_a_motion_is_read_with_the_kind_its_first_relief_names(text: str, kind: MotionKind) -> None:
    draft = classify(text)
    assert (draft.type, draft.kind) == ("motion_filed", kind)


@pytest.mark.parametrize(
    "text",
    [
        "NOTICE OF MOTION AND MOTION to Dismiss Case filed by defendants Ericsson Inc.",
        "EX PARTE APPLICATION for Leave to Shorten Time filed by Defendants",
        "LETTER MOTION to Adjourn Conference addressed to Judge Woods",
        "Assented to MOTION for Extension of Time to Respond to Complaint",
        "REQUEST to Continue Hearing from 09/19/2014 to 09/22/2014 filed by Defendants",
    ],
)
def test_papers_styled_otherwise_that_ask_for_an_order_are_motions(text: str) -> None:
    assert classify(text).type == "motion_filed"


def test_a_motion_asserting_qualified_immunity_carries_that_ground() -> None:
    draft = classify("MOTION for Summary Judgment on the basis of Qualified Immunity by Defendants")
    assert draft.grounds == (Ground.QUALIFIED_IMMUNITY,)


def test_a_motion_to_stay_names_the_motion_it_awaits() -> None:
    draft = classify("MOTION to Stay Discovery re 30 MOTION for Summary Judgment by Defendants")
    assert (draft.kind, draft.stay_pending) == (MotionKind.STAY_DISCOVERY, (30,))


def test_the_filer_and_attorney_of_a_motion_are_read() -> None:
    draft = classify(
        "MOTION to Dismiss by Stefan A. Halper. (Reed, Terrance) (Entered: 08/08/2019)"
    )
    assert (draft.filed_by, draft.attorney) == ("Stefan A. Halper", "Reed, Terrance")


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("RESPONSE in Opposition re 19 MOTION to Dismiss filed by X", "response_filed", (19,)),
        (
            "Memorandum in opposition to re [7] MOTION for Order filed by FBI",
            "response_filed",
            (7,),
        ),
        ("MEMORANDUM in Repsonse to 31 MOTION to Dismiss", "response_filed", (31,)),
        (
            "SUR-REPLY to Reply to Response to Motion re [12] MOTION to Dismiss",
            "response_filed",
            (12,),
        ),
        ("REPLY to Response to Motion re 19 MOTION to Dismiss filed by Y", "reply_filed", (19,)),
        ("REPLY MEMORANDUM OF LAW in Opposition re: 39 MOTION to Compel", "response_filed", (39,)),
    ],
)
def test_responses_and_replies_name_the_paper_they_answer(
    text: str, kind: str, target: tuple[int, ...]
) -> None:
    draft = classify(text)
    assert (draft.type, draft.targets) == (kind, target)


def test_a_statement_of_non_opposition_is_an_unopposed_response() -> None:
    draft = classify("RESPONSE re 19 MOTION to Dismiss - Statement of Non-Opposition")
    assert draft.position is Position.UNOPPOSED


def test_an_objection_to_a_report_is_not_a_response_to_a_motion() -> None:
    assert (
        classify("OBJECTION to 45 Report and Recommendations by Plaintiff").type == "docket_entry"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ORDER granting 19 Motion to Dismiss", {(19, D.GRANTED)}),
        (
            "ORDER granting 38 Motion to Stay; denying without prejudice 27 Motion to Compel",
            {(38, D.GRANTED), (27, D.DENIED_WITHOUT_PREJUDICE)},
        ),
        ("ORDER denying as moot [13] Motion to Dismiss Case", {(13, D.MOOT)}),
        (
            "ORDER granting in part and denying in part 50 Motion for Reconsideration",
            {(50, D.GRANTED_IN_PART)},
        ),
        ("ORDER GRANTING, IN PART, AND DENYING, IN PART, 55 Motion", {(55, D.GRANTED_IN_PART)}),
        (
            "ORDER Denying 77 Defendant's Motion without Prejudice",
            {(77, D.DENIED_WITHOUT_PREJUDICE)},
        ),
        ("ORDER denying 24 and 25 MOTIONS FOR CLERK'S DEFAULT", {(24, D.DENIED), (25, D.DENIED)}),
        ("ORDER: the motion to dismiss [18] is denied as moot.", {(18, D.MOOT)}),
        (
            "Motions [30], [33] and [61] are denied without prejudice. Discovery is stayed.",
            {
                (30, D.DENIED_WITHOUT_PREJUDICE),
                (33, D.DENIED_WITHOUT_PREJUDICE),
                (61, D.DENIED_WITHOUT_PREJUDICE),
            },
        ),
        (
            "ORDERED that Defendants' motion for a stay (Doc. 38) is GRANTED; motions to compel "
            "(Docs. 27 & 28) are DENIED without prejudice.",
            {(38, D.GRANTED), (27, D.DENIED_WITHOUT_PREJUDICE), (28, D.DENIED_WITHOUT_PREJUDICE)},
        ),
        (
            "MINUTE entry before the Honorable X: Motion to enforce [202] is terminated.",
            {(202, D.MOOT)},
        ),
        (
            "ORDER DENYING MOTIONS - their motions for entry of default are DENIED without "
            "prejudice. Dkt. 27 ; dkt. 28 .",
            {(27, D.DENIED_WITHOUT_PREJUDICE), (28, D.DENIED_WITHOUT_PREJUDICE)},
        ),
        (
            "MINUTE entry: Hearing held on motion for class certification ([12]). Motion is granted.",
            {(12, D.GRANTED)},
        ),
        ("ORDER: Motion to correct proposed consent decree is granted (23).", {(23, D.GRANTED)}),
        (
            "ORDERED that [18]the Defendants' Motion is GRANT; and it is FURTHER ORDERED",
            {(18, D.GRANTED)},
        ),
        (
            "MEMO ENDORSEMENT: on 18 MOTION FOR ADMISSION PRO HAC VICE. ENDORSEMENT: Granted. SO ORDERED.",
            {(18, D.GRANTED)},
        ),
        ("ORDER Granting Motion for 2004 Examination (Re: # 55 ).", {(55, D.GRANTED)}),
        (
            "ORDER granting 22 on a temporary basis the intervenor's Emergency Motion to Seal",
            {(22, D.GRANTED)},
        ),
    ],
)
def test_an_order_states_a_disposition_for_each_motion_it_names(
    text: str, expected: set[tuple[int, Disposition]]
) -> None:
    draft = classify(text)
    assert draft.type == "order"
    assert rulings(text) == expected


def test_dismissing_the_action_is_not_a_ruling_on_a_motion() -> None:
    draft = classify(
        "ORDER OF DISMISSAL: Pursuant to the stipulation, this action is DISMISSED WITH PREJUDICE."
    )
    assert (draft.rulings, draft.closes) == ((), True)


def test_a_ruling_in_the_recommending_voice_is_not_a_ruling() -> None:
    text = "REPORT AND RECOMMENDATIONS re: 20 MOTION. The Court recommends that the motion [20] be DENIED."
    assert classify(text).rulings == ()


def test_all_pending_motions_denied_as_moot_is_one_ruling_on_every_pending_motion() -> None:
    draft = classify("ORDER DISMISSING CASE. All outstanding motions are DENIED as MOOT.")
    assert draft.rulings == (RulingDraft(D.MOOT, (), "order.all_pending", all_pending=True),)
    assert draft.closes


def test_a_motion_named_without_a_number_is_kept_with_its_words() -> None:
    (ruling,) = classify(
        "ORDER: Plaintiff's motion for leave to file second amended complaint is GRANTED."
    ).rulings
    assert (ruling.docs, ruling.kind) == ((), MotionKind.AMEND)


def test_a_stay_until_a_date_is_read() -> None:
    (stay,) = classify("ORDER: Discovery is stayed until 10/5/2017.").stays
    assert (stay.scope, stay.until) == (StayScope.DISCOVERY, date(2017, 10, 5))


def test_a_stay_pending_a_ruling_names_the_motion_it_awaits() -> None:
    (stay,) = classify(
        "ORDER granting 38 Motion. Discovery is STAYED pending resolution of Doc. 30."
    ).stays
    assert (stay.scope, stay.pending_docs) == (StayScope.DISCOVERY, (30,))


def test_a_stay_pending_a_motion_named_in_words_keeps_its_kind() -> None:
    text = (
        "ORDER: discovery is STAYED pending resolution of Defendants' motion for summary judgement."
    )
    (stay,) = classify(text).stays
    assert stay.pending_kind is MotionKind.SUMMARY_JUDGMENT


def test_a_stay_until_the_court_rules_awaits_that_motion() -> None:
    text = "ORDER: All discovery is stayed until the Court rules on the motion for summary judgment [30]."
    (stay,) = classify(text).stays
    assert (stay.scope, stay.pending_docs) == (StayScope.DISCOVERY, (30,))


def test_staying_the_case_in_a_title_is_a_stay_of_the_case() -> None:
    (stay,) = classify(
        "ORDER STAYING CASE pending the outcome of the related criminal proceeding."
    ).stays
    assert (stay.scope, stay.indefinite) == (StayScope.CASE, True)


def test_a_stay_as_to_a_party_pending_a_numbered_motion_keeps_both() -> None:
    (stay,) = classify(
        "ORDER: Discovery is hereby STAYED as to Defendant Officer Smith pending resolution of Doc. 30."
    ).stays
    assert (stay.scope, stay.parties, stay.pending_docs) == (
        StayScope.PARTIES,
        ("Officer Smith",),
        (30,),
    )


def test_a_stay_as_to_named_parties_is_scoped_to_them() -> None:
    (stay,) = classify("ORDER: This action is stayed as to Defendant John Smith.").stays
    assert (stay.scope, stay.parties) == (StayScope.PARTIES, ("John Smith",))


def test_a_stay_pending_arbitration_awaits_no_motion() -> None:
    (stay,) = classify("ORDER: The case is stayed pending arbitration.").stays
    assert (stay.scope, stay.indefinite) == (StayScope.CASE, True)


def test_lifting_a_stay_is_read() -> None:
    assert (
        classify("ORDER: The stay of discovery is hereby LIFTED.").lifts[0].scope
        is StayScope.DISCOVERY
    )


@pytest.mark.parametrize(
    ("text", "final"),
    [
        ("JUDGMENT in favor of Defendants against Plaintiff.", True),
        ("PARTIAL JUDGMENT under Rule 54(b)", False),
    ],
)
def test_judgments_are_final_unless_partial(text: str, final: bool) -> None:
    draft = classify(text)
    assert (draft.type, draft.final) == ("judgment", final)


def test_the_party_a_judgment_favours_is_read() -> None:
    assert (
        classify("CLERK'S JUDGMENT in favor of Acme Corp. against Smith.").in_favor_of
        == "Acme Corp"
    )


@pytest.mark.parametrize(
    "text",
    [
        "USCA-FEDERAL CIRCUIT JUDGMENT affirming the Order of the District Court",
        "ORDER of USCA: That the petitions for permission to appeal are denied.",
        "CLERK ORDER dismissing appeal pursuant to 5th Circuit Rule 42",
    ],
)
def test_papers_from_the_court_of_appeals_are_kept_generic(text: str) -> None:
    assert classify(text).type == "docket_entry"


@pytest.mark.parametrize(
    "text", ["Civil Case Terminated.", "***Civil Case Terminated", "CASE CLOSED"]
)
def test_a_standalone_closing_entry_closes_the_case(text: str) -> None:
    assert classify(text).type == "case_closed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "MINUTE ENTRY for proceedings held before Judge X: Status Conference held.",
            "docket_entry",
        ),
        (
            "MINUTE ENTRY for Initial Scheduling Conference held. Discovery due by 5/1/2016.",
            "order",
        ),
        ("MINUTE entry before the Honorable Matthew F. Kennelly: Status hearing held.", "order"),
    ],
)
def test_a_minute_entry_is_an_order_only_if_it_directs_or_rules(text: str, kind: str) -> None:
    assert classify(text).type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("COMPLAINT against Acme filed by Smith.", "case_opened"),
        ("NOTICE OF REMOVAL from State Court", "case_opened"),
        ("ANSWER to Complaint by Acme Corp.", "answer_filed"),
        ("Amended Complaint against Acme", "docket_entry"),
        ("NOTICE of Appearance by Jane Doe on behalf of Acme", "docket_entry"),
        (
            "NOTICE of Motion by Adam Schwartz for presentment of motion for attorney fees[168]",
            "docket_entry",
        ),
        ("ENTERED IN ERROR.....MOTION for Order by MICHAEL TABMAN", "docket_entry"),
        ("[Proposed] Order granting 19 Motion", "docket_entry"),
        ("MOTION(S) REFERRED: 2 MOTION to Proceed In Forma Pauperis", "docket_entry"),
        ("Summons Issued as to Acme Corp.", "docket_entry"),
    ],
)
def test_other_heads_are_read_as_what_they_are(text: str, kind: str) -> None:
    assert classify(text).type == kind


def test_a_notice_withdrawing_a_motion_names_it() -> None:
    draft = classify("NOTICE of Withdrawal of 19 MOTION to Compel by Plaintiff")
    assert (draft.type, draft.targets) == ("motion_withdrawn", (19,))


def test_a_notice_of_briefing_complete_names_the_motion() -> None:
    draft = classify("NOTICE of Briefing Complete re 30 MOTION for Summary Judgment")
    assert (draft.type, draft.targets) == ("briefing_complete", (30,))


def test_html_entities_are_decoded_before_reading() -> None:
    draft = classify("ORDER granting 19 Motion to Dismiss &amp; denying 20 Motion for Sanctions")
    assert rulings(draft_text := "ORDER granting 19 Motion &amp; denying 20 Motion") == {
        (19, D.GRANTED),
        (20, D.DENIED),
    }
    assert draft.type == "order" and draft_text


def test_an_entry_known_only_by_its_event_name_is_read_from_it() -> None:
    draft = classify("", "Motion to Dismiss for Failure to State a Claim")
    assert (draft.type, draft.kind, draft.rule) == (
        "motion_filed",
        MotionKind.DISMISS,
        "short_description.motion.head",
    )


def test_the_event_name_is_kept_on_a_generic_entry() -> None:
    draft = classify("Transcript of Proceedings held on 1/2/2019", "Transcript")
    assert (draft.type, draft.event_name) == ("docket_entry", "Transcript")


def test_every_draft_records_the_rule_that_classified_it() -> None:
    for text in ("ORDER granting 19 Motion", "MOTION to Dismiss", "Arrest of Jose", ""):
        assert classify(text).rule
