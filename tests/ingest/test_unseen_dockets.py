"""Reading rulings and closings worded the way dockets nobody here had read word them (issue 13).

Every input is written for this file in the shape of CM/ECF docket text (none is copied from
a labelled docket). A ruling is read as grammar: a verb (with its disposition) and the
motions it reaches, by number or by the words naming them, wherever they sit.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.events import Disposition
from docket.ingest import RawDocket, RawEntry, build, classify

D = Disposition


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    """A docket sheet from (date, docket number, text) triples, in the order given."""
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nmd", "2:20-cv-00045", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str]):  # type: ignore[no-untyped-def]
    return replay(build(sheet(*entries)).events, as_of=date(2030, 1, 1))


def statuses(*entries: tuple[str, int | None, str]) -> dict[int, str]:
    return {m.doc: m.status for m in posture(*entries).motions}


def rulings(text: str) -> set[tuple[int, Disposition]]:
    return {(n, r.disposition) for r in classify(text).rulings for n in r.docs}


COMPLAINT = ("2020-01-02", 1, "COMPLAINT against Acme Corp. filed by Jane Roe. (Doe, John)")


# -- a bare number closing a motion's title --------------------------------------------------


def test_a_number_closing_the_motion_s_title_is_the_subject_of_the_passive_verb() -> None:
    text = (
        "MINUTE entry before the Honorable A. Judge: Plaintiff's motion for leave to proceed "
        "in forma pauperis 3 is granted. Defendant's motion to file his exhibits, declarations, "
        "and memorandum 4 is granted. Mailed notice (abc, )"
    )
    assert rulings(text) == {(3, D.GRANTED), (4, D.GRANTED)}


def test_a_date_inside_the_title_does_not_hide_the_number_after_it() -> None:
    text = (
        "MINUTE entry before the Honorable A. Judge: Motion for extension of time to answer "
        "by 7/15/2020 12 is granted. Motion hearing set for 7/1/2020 is stricken."
    )
    assert rulings(text) == {(12, D.GRANTED)}


def test_upon_consideration_of_a_numbered_motion_the_motion_is_granted() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 4, "MOTION for Enlargement of Time to Serve by Jane Roe. (Doe, John)"),
        (
            "2020-02-03",
            None,
            "MINUTE ORDER: Upon consideration of Plaintiff's Motion for Enlargement of Time to "
            "Serve 4 , it is hereby ORDERED that the Motion is GRANTED. Plaintiff shall file "
            "proof of service on or before March 2, 2020. Signed by Judge A. Judge on 2/3/2020.",
        ),
    )
    assert got[4] == "granted"


def test_numbers_that_are_not_docket_numbers_are_not_read_as_motions() -> None:
    for text in (
        "ORDER: the motion to extend the deadline by 14 days is granted.",
        "ORDER: the motion under Rule 12 is denied as to Count 2.",
        "ORDER: the motion to continue the hearing to June 3, 2020 is granted.",
    ):
        assert all(not r.docs for r in classify(text).rulings), text


def test_a_ruling_by_title_after_a_numbered_ruling_on_another_kind_is_kept() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 26, "MOTION to Strike 23 Answer by Jane Roe. (Doe, John)"),
        ("2020-02-02", 27, "MOTION to Appear by Video Conference by Jane Roe. (Doe, John)"),
        (
            "2020-03-01",
            32,
            "ORDER: For the following reasons, the Court denies Roe's Motion to Strike. Roe's "
            "motion to appear via video conference 27 is denied. Signed by Judge A. Judge.",
        ),
    )
    assert got == {26: "denied", 27: "denied"}


def test_a_ruling_by_title_that_repeats_the_numbered_ruling_rules_once() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 5, "MOTION to Dismiss by Acme Corp. (Poe, Ann)"),
        ("2020-02-02", 6, "MOTION to Dismiss Counterclaim by Jane Roe. (Doe, John)"),
        (
            "2020-03-01",
            7,
            "ORDER granting 5 Motion to Dismiss. The motion to dismiss is granted.",
        ),
    )
    assert got == {5: "granted", 6: "pending"}


# -- what closes the case, and what does not ----------------------------------------------------


def case_status(*entries: tuple[str, int | None, str]) -> str:
    return posture(*entries).case.status


@pytest.mark.parametrize(
    "text",
    [
        "ORDER accepting 8 Stipulation; matter remanded to the Circuit Court of Jones County. "
        "Signed by Judge A. Judge on 3/1/20.",
        "ORDER Remanding Case to the Superior Court of the County of Essex. Signed by Judge A. "
        "Judge on 3/1/2020. (cc: Superior Court)",
        "ORDER adopting 11 Report and Recommendations. The Court sua sponte remands this action "
        "to state court for lack of subject matter jurisdiction.",
        "MEMORANDUM AND ORDER: The final decision of the Commissioner is REVERSED and this matter "
        "is REMANDED to the Commissioner for further proceedings under sentence four of 42 U.S.C. "
        "405(g).",
        "ORDER APPROVING re 24 Stipulation of Dismissal filed by Jane Roe. All claims are "
        "Dismissed With Prejudice. Each party shall bear its own costs.",
        "So Ordered re 29 Stipulation of Dismissal With Prejudice filed by Acme Corp.. Signed by "
        "District Judge A. Judge on 3/1/20.",
        "ORDER granting 6 Motion for Default Judgment; Default Judgment entered in favor of the "
        "Plaintiff and against the Defendant in the amount of $10,000.00.",
    ],
)
def test_an_order_that_remands_approves_a_dismissal_or_enters_judgment_closes(text: str) -> None:
    assert classify(text).closes
    assert case_status(COMPLAINT, ("2020-03-01", 30, text)) == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "ORDER that by May 1, 2020 Defendant shall file a declaration of citizenship. Failure "
        "to comply will result in an order remanding the case without further notice.",
        "ORDER setting hearing on 5 Motion to Remand this case to state court for 4/2/2020.",
        "ORDER approving 30 Stipulation of Dismissal as to Defendant Acme Corp. only.",
        "ORDER: partial default judgment entered against Defendant Acme Corp.",
        "ORDER vacating 20 Order of Dismissal. The case is reopened.",
        "ORDER to show cause why this case should not be remanded to state court.",
    ],
)
def test_a_threat_a_proposal_a_partial_dismissal_or_a_reopening_does_not_close(text: str) -> None:
    assert not classify(text).closes
    assert case_status(COMPLAINT, ("2020-03-01", 30, text)) == "open"


@pytest.mark.parametrize(
    "text",
    [
        "STIPULATION of Dismissal by Acme Corp., Jane Roe. (Poe, Ann)",
        "Joint STIPULATION of Dismissal With Prejudice by Jane Roe (Doe, John)",
        "NOTICE of Voluntary Dismissal by Jane Roe (Doe, John)",
        "NOTICE of Voluntary Dismissal pursuant to Rule 41(a)(1)(A)(i) by Jane Roe (Doe, John)",
        "NOTICE of Dismissal filed by Jane Roe. (Doe, John)",
        "Clerk's Notice of Closing: No order will be entered. (abc)",
        "Intradistrict Transfer to Western Division new case number 5:20-cv-123. (Clerk, A.)",
    ],
)
def test_a_self_executing_dismissal_of_the_whole_action_closes_the_case(text: str) -> None:
    draft = classify(text)
    assert draft.type == "docket_entry" and draft.closes  # the entry stays what it is
    assert case_status(COMPLAINT, ("2020-03-01", 30, text)) == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "NOTICE of Voluntary Dismissal re Defendant John Smith (Doe, John)",
        "NOTICE of Voluntary Dismissal (Partial) (Doe, John)",
        "STIPULATION of Dismissal as to Defendant Acme Corp. by Jane Roe",
        "STIPULATION of Dismissal of Defendant Acme Corp. by Jane Roe",
        "NOTICE of Voluntary Dismissal by Jane Roe as to Acme Corp. only (Doe, John)",
        "STIPULATION of Dismissal of Counterclaim by Acme Corp.",
        "Intradistrict Transfer from Eastern Division, old case number 4:20-cv-99. (Clerk, A.)",
    ],
)
def test_a_dismissal_that_may_be_limited_to_a_party_or_claim_does_not_close(text: str) -> None:
    assert not classify(text).closes
    assert case_status(COMPLAINT, ("2020-03-01", 30, text)) == "open"


# -- the verb and every motion it reaches -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER GRANTING re 14 Unopposed MOTION for Extension of Time to File Reply filed by "
            "Jane Roe. Plaintiff shall have until May 20, 2020 to file the Reply Brief.",
            {(14, D.GRANTED)},
        ),
        (
            "ORDER granting leave to proceed in forma pauperis 2 . The Clerk will issue summons "
            "without prepayment of fees.",
            {(2, D.GRANTED)},
        ),
        (
            "ORDER Granting [34] Acme Corp.'s Motion to Intervene and [26] Jane Roe's Motion to "
            "Compel. Signed by Judge A. Judge.",
            {(34, D.GRANTED), (26, D.GRANTED)},
        ),
        (
            "ORDER denying 16 Motion in Limine as premature with leave to re-file. Signed by "
            "Judge A. Judge.",
            {(16, D.DENIED_WITHOUT_PREJUDICE)},
        ),
        (
            "ORDER granting 22 Motion to Compel to the extent it requests the tax returns.",
            {(22, D.GRANTED_IN_PART)},
        ),
        (
            "ELECTRONIC ORDER: Motion to Compel 22 is ALLOWED insofar as it seeks the tax "
            "returns, and is otherwise DENIED.",
            {(22, D.GRANTED_IN_PART)},
        ),
        ("ORDER granting [69] Motion to Compel.", {(69, D.GRANTED)}),
    ],
)
def test_active_and_passive_rulings_read_as_grammar(
    text: str, expected: set[tuple[int, Disposition]]
) -> None:
    assert rulings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 35 is the paper 40 asks to strike, not a second motion the verb reaches.
        "ORDER granting 40 Motion to Strike 35 Motion to Dismiss and 36 Motion to Compel.",
        # 35 continues the title of 40 ("to respond to 30 ... and 35").
        "ORDER granting 40 Motion to Extend Time to Respond to 30 Motion to Dismiss and 35 "
        "Motion to Compel.",
    ],
)
def test_a_list_inside_a_motion_s_title_does_not_distribute_the_verb(text: str) -> None:
    assert rulings(text) == {(40, D.GRANTED)}


def test_leave_to_refile_at_once_is_kept_and_a_condition_not_read_is_not_guessed() -> None:
    now = classify("ORDER: The motion to strike 30 is denied without prejudice to refiling.")
    assert [r.leave for r in now.rulings] == ["without prejudice to refiling"]
    later = classify(
        "ORDER denying 16 Motion to Compel without prejudice to renewal after the parties confer."
    )
    assert [(r.disposition, r.leave) for r in later.rulings] == [(D.DENIED_WITHOUT_PREJUDICE, None)]
    assert [r.leave_unread for r in later.rulings] == [
        "without prejudice to renewal after the parties confer"
    ]


def test_leave_to_refile_reaches_the_posture_and_is_foreclosed_when_the_case_closes() -> None:
    entries = [
        COMPLAINT,
        ("2020-02-01", 16, "MOTION in Limine by Acme Corp. (Poe, Ann)"),
        ("2020-02-15", 17, "ORDER denying 16 Motion in Limine as premature with leave to re-file."),
    ]
    m = {m.doc: m for m in posture(*entries).motions}[16]
    assert m.status == "denied_without_prejudice"
    assert m.leave_to_refile is not None and m.leave_to_refile.status == "available"
    closed = posture(*entries, ("2020-03-01", 18, "NOTICE of Voluntary Dismissal by Jane Roe"))
    m = {m.doc: m for m in closed.motions}[16]
    assert m.leave_to_refile is not None and m.leave_to_refile.status == "foreclosed"


def test_a_bench_ruling_on_the_motion_is_the_one_motion_the_minutes_name() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 15, "NOTICE OF MOTION AND MOTION for Default Judgment by USA. (Poe, Ann)"),
        (
            "2020-03-01",
            16,
            "MINUTES OF MOTION for Default Judgment 15 ; Motion Hearing held before Judge A. "
            "Judge: Case called and counsel appear. The Court and counsel confer. The motion is "
            "GRANTED. Written ruling to issue. Court Reporter: A. Reporter.",
        ),
    )
    assert got[15] == "granted"


def test_the_motion_is_not_guessed_when_the_entry_names_two() -> None:
    text = (
        "MINUTES OF HEARING on 15 Motion to Compel and 18 Motion for Protective Order. The Court "
        "and counsel confer. Counsel argue. The motion is GRANTED."
    )
    assert all(not r.docs for r in classify(text).rulings)


def test_directing_the_clerk_to_terminate_all_motions_moots_every_pending_motion() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 17, "MOTION to Compel by Jane Roe. (Doe, John)"),
        ("2020-02-02", 18, "MOTION to Strike by Acme Corp. (Poe, Ann)"),
        ("2020-02-03", 19, "ORDER granting 18 Motion to Strike."),
        (
            "2020-03-01",
            21,
            "ORDER that the Consent Judgment is ENTERED. The Clerk is directed to terminate all "
            "motions and deadlines and close this case.",
        ),
    )
    assert got == {17: "moot", 18: "granted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minute Order: finding as moot (41) Motion for Judgment on the Pleadings.", {41}),
        ("ORDER granting (2) days extension to all parties.", set()),
        ("ORDER granting 30 days to respond.", set()),
    ],
)
def test_a_parenthesised_number_right_after_the_verb_is_its_object(
    text: str, expected: set[int]
) -> None:
    assert {n for r in classify(text).rulings for n in r.docs} == expected


# -- relief given without naming the motion -----------------------------------------------------


def test_a_protective_order_entered_grants_the_one_pending_motion_for_one() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 12, "Joint MOTION for Protective Order by Acme Corp. (Poe, Ann)"),
        ("2020-02-01", 13, "MOTION to Compel by Jane Roe. (Doe, John)"),
        ("2020-02-05", 14, "PROTECTIVE ORDER entered. Signed by Magistrate Judge A. Judge."),
    )
    assert got == {12: "granted", 13: "pending"}


def test_a_signed_stipulated_protective_order_grants_the_motion_for_one() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 17, "Joint MOTION for Protective Order by Acme Corp. (Poe, Ann)"),
        (
            "2020-02-05",
            18,
            "STIPULATION OF CONFIDENTIALITY AND PROTECTIVE ORDER. Signed by Magistrate Judge "
            "A. Judge on 2/5/2020. (abc)",
        ),
    )
    assert got == {17: "granted"}


def test_relief_is_not_given_to_either_of_two_motions_that_asked_for_it() -> None:
    # (an amended motion by the same movant supersedes the first: see
    # tests/ingest/test_cautious_reading.py)
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 12, "MOTION for Protective Order by Acme Corp. (Poe, Ann)"),
        ("2020-02-03", 14, "MOTION for Protective Order by Jane Roe. (Doe, John)"),
        ("2020-02-05", 15, "PROTECTIVE ORDER entered. Signed by Magistrate Judge A. Judge."),
    )
    assert got == {12: "pending", 14: "pending"}


def test_the_clerk_s_entry_of_default_grants_the_application_not_a_default_judgment() -> None:
    entries = [
        COMPLAINT,
        ("2020-02-01", 12, "APPLICATION for Clerk to Enter Default against Acme Corp. by Roe"),
        ("2020-02-05", 13, "DEFAULT BY CLERK F.R.Civ.P.55(a) as to Acme Corp. (abc)"),
    ]
    assert statuses(*entries) == {12: "granted"}
    only_judgment = statuses(
        COMPLAINT,
        ("2020-02-01", 12, "MOTION for Default Judgment against Acme Corp. by Roe"),
        ("2020-02-05", 13, "DEFAULT BY CLERK F.R.Civ.P.55(a) as to Acme Corp. (abc)"),
    )
    assert only_judgment == {12: "pending"}


def test_a_writ_issued_grants_the_application_for_that_writ() -> None:
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 33, "APPLICATION for Writ of Special Execution by United States"),
        ("2020-02-02", 34, "APPLICATION for Writ of Garnishment by United States"),
        ("2020-02-05", 35, "WRIT of Special Execution Issued to Plaintiff United States (abc)"),
    )
    assert got == {33: "granted", 34: "pending"}
    assert classify("WRIT of Special Execution Issued to Plaintiff").type == "docket_entry"


# -- the motion a ruling means, named by number, by "re", or by the entry ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER granting the Stipulated Motion 109 for Entry of Protective Order.",
            {(109, D.GRANTED)},
        ),
        ("Judge A. Judge: ELECTRONIC ORDER entered. Motion 12 ALLOWED.", {(12, D.GRANTED)}),
        (
            "Judge A. Judge: ELECTRONIC ORDER entered re 27 Motion to Dismiss: ALLOWED. (abc)",
            {(27, D.GRANTED)},
        ),
        (
            "ORDER re 30 MOTION to Continue Trial filed by Acme Corp. It is ORDERED that the "
            "Motion to Continue is GRANTED. Trial is reset for 6/1/2020.",
            {(30, D.GRANTED)},
        ),
        (
            "Minute Entry for proceedings held before Judge A. Judge: Motion Hearing held on "
            "5/1/2020 re 25 MOTION to Dismiss filed by Acme Corp. The Court GRANTS the motion "
            "from the bench.",
            {(25, D.GRANTED)},
        ),
        (
            "MEMORANDUM AND ORDER: Plaintiff's Motion to Strike 81 is GRANTED. Defendant's "
            "Motion for Summary Judgment 83 is DENIED. Signed by Judge A. Judge.",
            {(81, D.GRANTED), (83, D.DENIED)},
        ),
    ],
)
def test_the_motion_is_found_wherever_the_order_names_it(
    text: str, expected: set[tuple[int, Disposition]]
) -> None:
    assert rulings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The motion granted is the extension; 27 is the paper it answers.
        "ORDER: The motion for extension of time to respond to 27 Motion to Dismiss is granted.",
        # The entry names a motion to compel; the order grants a motion to continue.
        "ORDER re 30 MOTION to Compel filed by Acme Corp. It is ORDERED that the Motion to "
        "Continue is GRANTED.",
        "ORDER: Motion 2 days late is denied.",
    ],
)
def test_a_motion_the_text_does_not_tie_to_a_number_gets_none(text: str) -> None:
    assert all(not r.docs for r in classify(text).rulings)


# -- withdrawals ----------------------------------------------------------------------------


def test_a_motion_the_clerk_marked_withdrawn_is_withdrawn_on_the_marked_entry_s_date() -> None:
    entries = [
        COMPLAINT,
        (
            "2020-02-01",
            12,
            "*WITHDRAWN by (Doc. 30)* MOTION to Dismiss for Failure to State a Claim by Acme "
            "Corp. (Poe, Ann)",
        ),
        ("2020-03-01", 30, "NOTICE by Acme Corp. (Poe, Ann)"),
    ]
    assert classify(entries[1][2]).withdrawn_by == 30
    events = build(sheet(*entries)).events
    before = replay(events, as_of=date(2020, 2, 15))
    assert {m.doc: m.status for m in before.motions} == {12: "pending"}
    assert statuses(*entries) == {12: "withdrawn"}


def test_a_withdrawal_that_says_so_itself_is_not_doubled() -> None:
    entries = [
        COMPLAINT,
        ("2020-02-01", 12, "*WITHDRAWN by (Doc. 30)* MOTION to Compel by Jane Roe. (Doe, John)"),
        ("2020-03-01", 30, "WITHDRAWAL OF DOCUMENT re: 12 MOTION to Compel filed by Jane Roe."),
    ]
    events = build(sheet(*entries)).events
    assert sum(e.type == "motion_withdrawn" for e in events) == 1
    assert statuses(*entries) == {12: "withdrawn"}


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        (
            "ORDER granting 12 Motion for Extension of Time nunc pro tunc to March 1, 2020.",
            date(2020, 3, 1),
        ),
        ("ORDER granting 12 Motion for Leave, NUNC PRO TUNC as of 3/1/2020.", date(2020, 3, 1)),
        ("ORDER granting 12 Motion for Leave nunc pro tunc to the date of filing.", None),
        ("ORDER granting 12 Motion for Leave.", None),
    ],
)
def test_an_order_nunc_pro_tunc_takes_effect_on_the_date_it_gives(
    text: str, effective: date | None
) -> None:
    assert classify(text).effective == effective
    events = build(
        sheet(
            COMPLAINT,
            ("2020-02-20", 12, "MOTION for Extension of Time by Jane Roe. (Doe, John)"),
            ("2020-03-10", 13, text),
        )
    ).events
    order = next(e for e in events if e.type == "order")
    assert order.effective == effective  # type: ignore[attr-defined]


def test_an_effective_date_after_the_filing_date_is_not_taken() -> None:
    events = build(
        sheet(
            COMPLAINT,
            ("2020-03-10", 13, "ORDER: stay entered nunc pro tunc to April 1, 2020."),
        )
    ).events
    assert next(e for e in events if e.type == "order").effective is None  # type: ignore[attr-defined]


def test_a_petition_docketed_in_an_open_case_is_a_motion_and_a_later_complaint_is_not() -> None:
    entries = [
        ("2020-01-02", 1, "PETITION for writ of habeas corpus filed by John Doe. (abc)"),
        ("2020-01-05", 7, "AMENDED COMPLAINT against Acme Corp. filed by John Doe. (abc)"),
        ("2020-02-01", 8, "PETITION for writ of habeas corpus filed by John Doe; Notice. (abc)"),
    ]
    assert statuses(*entries) == {8: "pending"}


@pytest.mark.parametrize(
    "text",
    [
        "Judge A. Judge: ELECTRONIC ORDER entered. Motion to Compel 22 is ALLOWED in part and "
        "DENIED in part.",
        "Judge A. Judge: ELECTRONIC ORDER entered re 22 Motion to Compel: ALLOWED IN PART.",
        "Judge A. Judge: ELECTRONIC ORDER entered allowing in part 22 Motion to Compel.",
    ],
)
def test_allowed_in_part_is_granted_in_part(text: str) -> None:
    assert rulings(text) == {(22, D.GRANTED_IN_PART)}


def test_an_amended_scheduling_order_grants_the_one_motion_to_extend_discovery() -> None:
    amended = (
        "2020-03-01",
        21,
        "AMENDED SCHEDULING ORDER: Discovery due by 8/21/2020. Motions due by 9/20/2020. "
        "Signed by Magistrate Judge A. Judge on 3/1/2020.",
    )
    got = statuses(
        COMPLAINT,
        ("2020-02-01", 20, "MOTION for Extension of Time to Complete Discovery by Jane Roe."),
        ("2020-02-02", 19, "MOTION for Extension of Time to File Answer by Acme Corp."),
        amended,
    )
    assert got == {20: "granted", 19: "pending"}
    # Only a motion about the schedule, and only one: else nothing is guessed.
    assert statuses(
        COMPLAINT,
        ("2020-02-01", 19, "MOTION for Extension of Time to File Answer by Acme Corp."),
        amended,
    ) == {19: "pending"}
    assert statuses(
        COMPLAINT,
        ("2020-02-01", 20, "MOTION for Extension of Time to Complete Discovery by Jane Roe."),
        ("2020-02-02", 22, "MOTION to Extend Discovery Deadlines by Acme Corp."),
        amended,
    ) == {20: "pending", 22: "pending"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ORDER granting 22 Motion to Seal to the extent set forth herein.", D.GRANTED),
        (
            "ORDER granting 22 Motion to Seal to the extent it seeks to seal Exhibit A.",
            D.GRANTED_IN_PART,
        ),
    ],
)
def test_to_the_extent_set_forth_herein_is_not_a_partial_grant(
    text: str, expected: Disposition
) -> None:
    assert rulings(text) == {(22, expected)}


def test_a_coordinated_motion_with_its_own_verb_takes_its_own() -> None:
    text = (
        "ORDER granting 267 Motion to Withdraw its earlier motion, and 234 Motion to Reduce "
        "Sentence now deemed moot. Signed by Judge A. Judge."
    )
    assert rulings(text) == {(267, D.GRANTED), (234, D.MOOT)}


def test_a_paper_about_an_order_is_not_the_motion_a_bare_ruling_means() -> None:
    text = (
        "Mail Returned as Undeliverable re 78 Order Denying Defendant's Motion without Prejudice."
    )
    assert classify(text).type == "docket_entry"


def test_an_event_name_alone_does_not_close_the_case() -> None:
    assert not classify(None, "Stipulation of Dismissal").closes
    assert not classify(None, "Notice of Voluntary Dismissal").closes
    assert not classify(
        "Notice of Dismissal (Re: related document(s)39 Order Dismissing Case) (Admin.)"
    ).closes


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        (
            "MEMORANDUM OPINION AND ORDER: the decision of the Commissioner is REVERSED and "
            "REMANDED pursuant to sentence four of 42 U.S.C. 405(g).",
            True,
        ),
        (
            "MEMORANDUM OPINION AND ORDER: the decision of the Commissioner will be REVERSED and "
            "REMANDED; a separate judgment will issue.",
            False,
        ),
        ("ORDER: the decision of the Commissioner is AFFIRMED.", False),
        ("ORDER: this case will be remanded to state court by separate order.", False),
    ],
)
def test_a_social_security_reversal_and_remand_closes_a_promise_of_one_does_not(
    text: str, closes: bool
) -> None:
    assert classify(text).closes is closes


def test_a_sentence_four_judgment_is_final_and_closes_the_case() -> None:
    text = (
        "JUDGMENT: it is ORDERED, ADJUDGED and DECREED that the decision of the Commissioner is "
        "REVERSED and the cause REMANDED to the Commissioner pursuant to sentence four of 42 "
        "U.S.C. 405(g). Signed by Judge A. Judge."
    )
    draft = classify(text)
    assert draft.type == "judgment" and draft.final
    assert case_status(COMPLAINT, ("2020-03-01", 16, text)) == "closed"


def test_bench_rulings_listed_after_a_dash_rule_on_each_motion() -> None:
    text = (
        "Minute Entry for proceedings held before Judge A. Judge: Motion Hearing held on "
        "5/1/2020 re 25 MOTION to Dismiss - GRANTED. 27 MOTION to Strike -- DENIED. (Court "
        "Reporter A. Reporter.)"
    )
    assert rulings(text) == {(25, D.GRANTED), (27, D.DENIED)}
