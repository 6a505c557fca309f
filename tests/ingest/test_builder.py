"""From a docket sheet to a history: order, ids, references looked up on the whole docket."""

from __future__ import annotations

from datetime import date

from docket.engine.fold import replay
from docket.events import (
    CaseClosed,
    CaseOpened,
    DateReached,
    Disposition,
    DocketEntry,
    MotionResolved,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
)
from docket.ingest import (
    Known,
    RawDocket,
    RawEntry,
    build,
    case_id,
    known_from_history,
    merge_sheet,
)

D = Disposition


def sheet(*entries: tuple[str, int | None, str], court: str | None = "nmd") -> RawDocket:
    """A docket sheet from (date, docket number, text) triples, in the order given."""
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket(
        "sheet.json", court, "2:19-cv-00445-MV-KRS", "Lucero v. Clovis", None, (), tuple(raw)
    )


LUCERO = sheet(
    (
        "2019-05-13",
        1,
        "COMPLAINT against City of Clovis Police Department filed by Christine Lucero.",
    ),
    ("2019-10-11", 27, "MOTION to Compel Discovery by Christine Lucero. (Lawyer, Pat)"),
    ("2019-10-11", 28, "MOTION to Compel Discovery by Christine Lucero. (Lawyer, Pat)"),
    (
        "2019-10-21",
        30,
        "MOTION for Summary Judgment on the basis of qualified immunity by Defendants.",
    ),
    (
        "2019-11-04",
        38,
        "MOTION to Stay Discovery pending resolution of 30 MOTION for Summary Judgment by Defendants",
    ),
    (
        "2019-11-18",
        41,
        "RESPONSE in Opposition re 38 MOTION to Stay Discovery filed by Christine Lucero.",
    ),
    (
        "2019-12-09",
        45,
        "ORDER granting 38 Motion to Stay; denying without prejudice 27 Motion to Compel; denying "
        "without prejudice 28 Motion to Compel. Discovery is STAYED pending resolution of "
        "Defendants' motion for summary judgement. Signed by Magistrate Judge Kevin R. Sweazea.",
    ),
)


def test_the_case_id_is_the_court_and_the_docket_number_without_judges_initials() -> None:
    assert case_id("nmd", "2:19-cv-00445-MV-KRS") == "nmd-2:19-cv-00445"
    assert build(LUCERO).events[0].case == "nmd-2:19-cv-00445"


def test_the_founding_order_replays_to_a_stay_pending_summary_judgment() -> None:
    posture = replay(build(LUCERO).events, as_of=date(2019, 12, 10))
    motions = {m.doc: m.status for m in posture.motions}
    assert motions == {
        27: "denied_without_prejudice",
        28: "denied_without_prejudice",
        30: "pending",
        38: "granted",
    }
    assert posture.discovery.status == "stayed"
    (stay,) = posture.discovery.stays
    assert stay.lifts_when == MotionResolved(motion=30)


def test_the_complaint_opens_the_case_with_the_court_id() -> None:
    opened = build(LUCERO).events[0]
    assert isinstance(opened, CaseOpened)
    assert (opened.court, opened.doc, opened.reconstructed) == ("nmd", 1, False)


def test_a_sheet_that_does_not_open_with_a_complaint_gets_a_reconstructed_opening() -> None:
    raw = sheet(
        ("2019-02-04", None, "Arrest of Jose on 2/4/2019."),
        ("2019-02-06", 1, "COMPLAINT as to Jose"),
    )
    first = build(raw).events[0]
    assert isinstance(first, CaseOpened)
    assert (first.court, first.reconstructed, first.filed) == ("nmd", True, date(2019, 2, 4))


def test_entries_are_put_in_court_order_date_then_number() -> None:
    raw = sheet(
        ("2019-03-01", 3, "NOTICE of Appearance"),
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-03-01", 2, "SUMMONS Issued"),
    )
    assert [e.doc for e in build(raw).events] == [1, 2, 3]


def test_ids_are_deterministic_and_distinguish_unnumbered_and_repeated_entries() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-01-02", None, "Minute entry one"),
        ("2019-01-02", None, "Minute entry two"),
        ("2019-01-03", 5, "MOTION to Extend Time"),
        ("2019-01-03", 5, "MOTION to Extend Time to File Complaint"),
    )
    first = [e.id for e in build(raw).events]
    again = [e.id for e in build(raw).events]
    assert first == again
    assert first == [
        "nmd-2:19-cv-00445/1",
        "nmd-2:19-cv-00445/2019-01-02.1",
        "nmd-2:19-cv-00445/2019-01-02.2",
        "nmd-2:19-cv-00445/5",
        "nmd-2:19-cv-00445/5.2",
    ]


def test_a_missing_filing_date_is_taken_from_a_neighbour_and_marked_reconstructed() -> None:
    raw = sheet(("2019-01-01", 1, "COMPLAINT against X"), ("2019-01-05", 2, "SUMMONS Issued"))
    gap = raw.entries[1]._replace(filed=None)
    raw = RawDocket(
        raw.path, raw.court, raw.number, raw.title, raw.filed, (), (raw.entries[0], gap)
    )
    event = build(raw).events[1]
    assert (event.filed, event.reconstructed) == (date(2019, 1, 1), True)
    assert "neighbouring entry" in (event.note or "")


def test_a_reply_naming_the_response_answers_the_response_s_motion() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-02-01", 19, "MOTION to Dismiss by Acme."),
        ("2019-02-15", 25, "RESPONSE in Opposition re 19 MOTION to Dismiss filed by Smith."),
        ("2019-02-22", 26, "REPLY re 25 Response in Opposition filed by Acme."),
    )
    events = {e.doc: e for e in build(raw).events}
    assert isinstance(events[25], ResponseFiled) and events[25].to_motion == 19
    assert isinstance(events[26], ReplyFiled) and events[26].to_motion == 19


def test_a_movant_s_response_in_support_of_its_own_motion_is_a_reply() -> None:
    raw = sheet(
        ("2019-02-01", 17, "MOTION TO DISMISS FOR FAILURE TO STATE A CLAIM (Weller, Jennifer)"),
        (
            "2019-02-20",
            22,
            "RESPONSE by Harris in Support of MOTION TO DISMISS [17] (Weller, Jennifer)",
        ),
    )
    events = {e.doc: e for e in build(raw).events}
    assert isinstance(events[22], ReplyFiled) and events[22].to_motion == 17


def test_an_order_reference_to_a_paper_that_is_not_a_motion_is_reported_not_ruled() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-02-01", 6, "STIPULATION for Extension of Time by Acme"),
        ("2019-02-02", 7, "ORDER granting 6 Stipulation. Signed by Judge X."),
    )
    result = build(raw)
    order = next(e for e in result.events if e.doc == 7)
    assert isinstance(order, OrderEntered) and order.rulings == ()
    (u,) = result.report.unresolved
    assert (u.order, u.ref) == (7, 6)
    assert "not a motion" in u.reason


def test_a_ruling_on_a_number_the_order_calls_a_motion_brings_that_motion_in() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-02-02", 7, "ORDER granting 5 Motion to Seal. Signed by Judge X."),
    )
    result = build(raw)
    order = next(e for e in result.events if e.doc == 7)
    assert isinstance(order, OrderEntered)
    assert [(r.motion, r.disposition) for r in order.rulings] == [(5, D.GRANTED)]
    (motion,) = [e for e in result.events if e.doc == 5]
    assert motion.type == "motion_filed" and motion.reconstructed
    assert result.report.added["motion_filed"] == 1 and not result.report.unresolved
    assert result.report.types["order"] == 1  # the entry is counted as what it is


def test_all_pending_motions_denied_as_moot_rules_on_the_pending_ones_only() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-02-01", 10, "MOTION to Dismiss by Acme."),
        ("2019-02-02", 11, "MOTION to Compel by Smith."),
        ("2019-02-03", 12, "ORDER granting 11 Motion to Compel."),
        (
            "2019-03-01",
            13,
            "ORDER DISMISSING CASE. All pending motions are denied as moot. Case closed.",
        ),
    )
    events = build(raw).events
    final = next(e for e in events if e.doc == 13)
    assert isinstance(final, OrderEntered)
    assert [(r.motion, r.disposition) for r in final.rulings] == [(10, D.MOOT)]
    closed = [e for e in events if isinstance(e, CaseClosed)]
    assert [c.id for c in closed] == ["nmd-2:19-cv-00445/13/closed"]
    assert replay(events).case.status == "closed"


def test_a_stay_until_a_date_lifts_on_that_date() -> None:
    raw = sheet(
        ("2017-06-01", 1, "COMPLAINT against X"),
        ("2017-07-01", 9, "ORDER: Discovery is stayed until 10/5/2017."),
    )
    order = next(e for e in build(raw).events if e.doc == 9)
    assert isinstance(order, OrderEntered)
    assert order.stays[0].lifts_when == DateReached(on=date(2017, 10, 5))
    assert replay(build(raw).events, as_of=date(2017, 10, 6)).discovery.stays[0].status == "lifted"


def test_a_motion_named_only_in_words_is_found_when_one_pending_motion_fits() -> None:
    raw = sheet(
        ("2019-01-01", 1, "COMPLAINT against X"),
        ("2019-02-01", 24, "MOTION for Leave to File Second Amended Complaint by Plaintiff."),
        (
            "2019-03-01",
            34,
            "ORDER: Plaintiff's motion for leave to file second amended complaint is GRANTED.",
        ),
    )
    order = next(e for e in build(raw).events if e.doc == 34)
    assert isinstance(order, OrderEntered)
    assert [(r.motion, r.disposition) for r in order.rulings] == [(24, D.GRANTED)]
    assert "order.passive_by_title" in (order.note or "")


def test_a_later_complaint_stays_a_generic_entry() -> None:
    raw = sheet(("2019-01-01", 1, "COMPLAINT against X"), ("2019-02-01", 9, "COMPLAINT against Y"))
    assert isinstance(build(raw).events[1], DocketEntry)


def test_every_event_records_the_rule_that_classified_it_and_the_note_does_not_repeat_it() -> None:
    events = build(LUCERO).events
    assert {e.classified_by for e in events} >= {"complaint.head", "motion.head", "order.head"}
    for event in events:
        assert event.classified_by
        assert "classified by rule" not in (event.note or "")


def test_importing_into_a_history_keeps_its_case_and_adds_only_new_entries() -> None:
    first = build(LUCERO).events[:3]
    renamed = [
        e.model_copy(update={"case": "lucero", "id": e.id.replace("nmd-2:19-cv-00445", "lucero")})
        for e in first
    ]
    known = known_from_history(renamed)
    assert isinstance(known, Known) and known.case == "lucero"
    result = merge_sheet(renamed, LUCERO, on=date(2020, 1, 1))
    assert {e.case for e in result.events} == {"lucero"}
    assert [e.doc for e in result.events] == [30, 38, 41, 45]
    assert result.report.skipped == result.unchanged == 3
    assert result.new == 4 and result.corrected == 0
    again = merge_sheet([*renamed, *result.events], LUCERO, on=date(2020, 1, 1))
    assert again.events == []
