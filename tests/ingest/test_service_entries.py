"""The reader's service and answers: a return of service executed names each defendant with
the day of service (or of the waiver request) and the clerk's answer date; an answer to the
complaint names who answers. Texts are CM/ECF docket text as on the fixture sheets (the
docketanalyzer dockets) or written in the same grammar.
"""

from __future__ import annotations

from datetime import date

from docket.engine.fold import replay
from docket.events import AnswerFiled, SummonsServed, WaiverReturned
from docket.ingest import RawDocket, RawEntry, build
from docket.ingest.classify import classify


def test_a_summons_returned_executed_names_the_defendant_and_the_day_of_service() -> None:
    d = classify(
        "SUMMONS Returned Executed by Teresa Arrington. Sanofi-Aventis U.S. LLC served on "
        "1/10/2016, answer due 1/31/2016. (Heisman, James) (Entered: 01/16/2017)"
    )
    assert (d.type, d.rule) == ("summons_served", "service.summons_served")
    assert [(s.name, s.on, s.answer_due) for s in d.served] == [
        ("Sanofi-Aventis U.S. LLC", date(2016, 1, 10), date(2016, 1, 31))
    ]


def test_a_waiver_returned_executed_reads_each_defendant_and_the_day_the_request_was_sent() -> None:
    d = classify(
        "WAIVER OF SERVICE RETURNED EXECUTED. Hornblower Cruises and Events, LLC waiver sent on "
        "1/15/2021, answer due 3/16/2021; Hornblower New York, LLC waiver sent on 1/15/2021, "
        "answer due 3/16/2021."
    )
    assert d.type == "waiver_returned"
    assert [s.name for s in d.served] == [
        "Hornblower Cruises and Events, LLC",
        "Hornblower New York, LLC",
    ]
    assert {s.on for s in d.served} == {date(2021, 1, 15)}


def test_a_return_for_all_defendants_without_a_date_is_read_without_one() -> None:
    d = classify("SUMMONS Returned Executed by Scottie Henry. All Defendants. (Stanley, James)")
    assert [(s.name, s.on) for s in d.served] == [("Defendants", None)]


def test_a_return_unexecuted_or_a_summons_issued_is_not_service() -> None:
    for text in (
        "SUMMONS Returned Unexecuted by Jane Doe. Officer Roe. (Lawyer, Pat)",
        "Summons Issued as to City of Clovis. (jb)",
    ):
        assert classify(text).type not in ("summons_served", "waiver_returned")


def test_an_answer_to_the_complaint_names_who_answers_but_one_to_a_counterclaim_does_not() -> None:
    d = classify("ANSWER to 1 Complaint with Jury Demand by Officer Roe, City of Clovis.(Smith, J)")
    assert (d.type, d.defendants) == ("answer_filed", ("Officer Roe", "City of Clovis"))
    assert classify("ANSWER to Counterclaim by Jane Doe. (Lawyer, Pat)").defendants == ()


def _sheet(*entries: tuple[str, int, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nmd", "1:21-cv-00200", "Doe v. Roe", None, (), tuple(raw))


def test_an_imported_sheet_tracks_each_defendants_answer_from_service_to_answer() -> None:
    """Roe served Mon 2021-01-11 (21 days: Mon 2021-02-01) answers 2021-01-29; the City's
    waiver request sent Tue 2021-01-05 (60 days: Sat 2021-03-06, so Mon 2021-03-08)."""
    result = build(
        _sheet(
            ("2021-01-04", 1, "COMPLAINT against Officer Roe, City of Clovis filed by Jane Doe."),
            (
                "2021-01-15",
                5,
                "SUMMONS Returned Executed by Jane Doe. Officer Roe served on 1/11/2021, answer "
                "due 2/1/2021. (Lawyer, Pat)",
            ),
            (
                "2021-01-20",
                6,
                "WAIVER OF SERVICE Returned Executed by Jane Doe. City of Clovis waiver sent on "
                "1/5/2021, answer due 3/8/2021. (Lawyer, Pat)",
            ),
            ("2021-01-29", 9, "ANSWER to 1 Complaint by Officer Roe. (Smith, J)"),
        )
    )
    kinds = {type(e) for e in result.events}
    assert {SummonsServed, WaiverReturned, AnswerFiled} <= kinds
    p = replay(result.events, as_of=date(2021, 2, 10))
    states = {d.name: d for d in p.case.defendants}
    assert states["Officer Roe"].answer == "answered"
    assert (states["City of Clovis"].answer, states["City of Clovis"].answer_due) == (
        "due",
        date(2021, 3, 8),
    )
    assert all(not d.review for d in p.case.defendants)


def test_the_clerks_entry_of_default_and_a_request_for_it_name_the_defendants() -> None:
    entered = classify("Clerk's ENTRY OF DEFAULT as to City of Clovis and Officer Roe. (jb)")
    assert (entered.type, entered.defendants) == (
        "default_entered",
        ("City of Clovis", "Officer Roe"),
    )
    asked = classify("REQUEST for Entry of Default against Officer Roe by Jane Doe. (Lawyer, Pat)")
    assert (asked.type, asked.defendants) == ("default_requested", ("Officer Roe",))


def test_a_vacated_default_an_order_setting_one_aside_and_a_motion_for_one_are_not_read_as_default() -> (
    None
):
    assert classify(
        "**VACATED PER DKT 20 **Clerk's ENTRY OF DEFAULT - default is entered against Indy Dirt"
    ).type not in ("default_entered", "default_requested")
    assert (
        classify("ORDER setting aside Clerk's Entry of Default. Signed by Judge X").type == "order"
    )
    assert (
        classify("MOTION for Default Judgment as to Officer Roe by Jane Doe").type == "motion_filed"
    )


def test_an_order_setting_aside_the_clerks_entry_of_default_is_read_as_such() -> None:
    d = classify(
        "ORDER GRANTING MOTION FOR LEAVE TO FILE AN AMENDED COMPLAINT, DENYING MOTION FOR "
        "DEFAULT JUDGMENT AS MOOT, AND SETTING ASIDE CLERK'S ENTRY OF DEFAULT. Signed by Judge X."
    )
    assert (d.type, d.defaults_set_aside) == ("order", ("Defendants",))
    assert (
        classify("ORDER granting 30 Motion to Dismiss. Signed by Judge X.").defaults_set_aside == ()
    )


def test_an_entry_of_default_known_only_by_its_event_name_names_no_one() -> None:
    d = classify(None, "Clerk's Entry of Default")
    assert (d.type, d.rule, d.defendants) == (
        "default_entered",
        "short_description.default.default_entered",
        (),
    )


def test_an_order_holding_a_motion_in_abeyance_pending_another_is_read() -> None:
    d = classify(
        "ORDER: 30 Motion to Dismiss is HELD IN ABEYANCE pending the Court's ruling on 35 "
        "Motion to Remand. Signed by Judge X."
    )
    assert d.type == "order" and not d.rulings
    assert d.abeyances == (((30,), (35,), "pending the Court's ruling on 35 Motion to Remand"),)


def test_a_motion_asking_for_abeyance_and_an_order_lifting_it_are_told_apart() -> None:
    granted = classify(
        "ORDER granting 40 Motion to hold in abeyance 30 Motion for Summary Judgment."
    )
    assert granted.abeyances == ()
    lifted = classify("ORDER lifting abeyance of 30 Motion to Dismiss. Signed by Judge X.")
    assert lifted.abeyances == (((30,), (), "lifted"),)


def test_an_imported_abeyance_holds_the_motion_and_asks_no_review() -> None:
    result = build(
        _sheet(
            ("2021-01-04", 1, "COMPLAINT against Officer Roe filed by Jane Doe."),
            ("2021-03-01", 20, "MOTION to Dismiss by Officer Roe. (Smith, J)"),
            ("2021-03-02", 21, "MOTION to Amend/Correct Complaint by Jane Doe. (Lawyer, Pat)"),
            (
                "2021-03-05",
                22,
                "ORDER holding in abeyance 20 Motion to Dismiss pending resolution of 21 Motion "
                "to Amend/Correct. Signed by Judge X.",
            ),
        )
    )
    p = replay(result.events, as_of=date(2021, 4, 1))
    m = p.motion(20)
    assert m.status == "held_in_abeyance" and not m.review
    assert m.abeyance is not None and m.abeyance.pending_text == "resolution of Doc. 21"


def test_an_extension_of_the_time_to_answer_is_read_with_its_day_and_defendant() -> None:
    granted = classify(
        "Defendant's Unopposed First Application for Extension of Time to Answer Complaint is "
        "granted pursuant to Local Rule CV-12 for SVTronics, Inc. to 12/11/2017. (ch, )"
    )
    assert granted.answer_extension == (("SVTronics, Inc.",), date(2017, 12, 11))
    reset = classify("Set/Reset Deadlines: Answer due by 7/31/2009. (zlin, )")
    assert reset.answer_extension == ((), date(2009, 7, 31))
    stipulated = classify(
        "STIPULATION Extending Time to Respond to the Complaint filed by Apple Inc.. (James, C)"
    )
    assert stipulated.answer_extension == ((), None)


def test_a_motion_for_more_time_or_a_return_of_service_extends_nothing() -> None:
    asked = classify("MOTION for Extension of Time to File Answer by Officer Roe. (Smith, J)")
    assert asked.type == "motion_filed" and asked.answer_extension is None
    returned = classify(
        "RETURN OF SERVICE/AFFIDAVIT of Summons and Complaint Executed. JOHN PISTOLE served on "
        "1/8/2009, answer due 1/28/2009 (Berliner, Howard)"
    )
    assert returned.answer_extension is None


def test_an_answer_whose_event_word_follows_the_filers_name_is_an_answer() -> None:
    d = classify(
        "Annora Pharma Private Limited, Grace Consulting Services, Inc., Hetero Labs Limited and "
        "Hetero USA, Inc.'s ANSWER to Complaint by All Defendants.(SHELHOFF, DMITRY)"
    )
    assert (d.type, d.defendants) == ("answer_filed", ("All Defendants",))
    assert classify("NOTICE of filing ANSWER to Complaint by Officer Roe").type != "answer_filed"
