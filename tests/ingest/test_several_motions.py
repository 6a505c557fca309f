"""Importing a document that holds several motions, ruled on separately (issue 6).

CM/ECF dockets a combined filing as one entry holding one motion event per relief, each
written by its event name in capitals; orders then rule on each by the same number
("ORDER denying 40 Motion for Summary Judgment; granting 40 Motion to Preclude"). The real
texts below are quoted from the fixture dockets under tests/fixtures/dockets/ (juriscraper's
test data, BSD licence: see LICENSE.juriscraper there).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docket.engine.fold import replay
from docket.events import (
    Disposition,
    MotionFiled,
    MotionKind,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
)
from docket.ingest import (
    RawDocket,
    RawEntry,
    build,
    classify,
    known_from_history,
    merge_sheet,
    read_juriscraper,
)

D = Disposition
K = MotionKind
DOCKETS = Path(__file__).resolve().parents[1] / "fixtures" / "dockets" / "juriscraper"


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    """A docket sheet from (date, docket number, text) triples, in the order given."""
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nmd", "2:20-cv-00045", "A v. B", None, (), tuple(raw))


def kinds(text: str) -> list[MotionKind]:
    draft = classify(text)
    assert draft.type == "motion_filed", draft
    assert draft.kind is not None
    return [draft.kind, *(f.kind for f in draft.further)]


# -- the motion entry -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # utd.json Doc. 60
        (
            "Amended MOTION to Compel Evidence, Defendant's MOTION to Continue Scheduling "
            "Conference filed by Brian David Mitchell. (Attachments: # 1 Exhibit A)(Steele, Robert)",
            [K.COMPEL, K.OTHER],
        ),
        # nysd_4.json Doc. 40
        (
            "MOTION for Summary Judgment seeking Complete Dismissal of Plaintiff's Complaint "
            "Pursuant to FRCP 56., MOTION to Preclude Expert Testimony and/or Evidence Pursuant "
            "to FRCP 26 and 37. Document filed by Hornblower Cruises and Events, LLC.",
            [K.SUMMARY_JUDGMENT, K.OTHER],
        ),
        # nysd_476194.json Doc. 39
        (
            "MOTION to Compel Arbitration ., MOTION to Stay Proceedings Pending Arbitration. "
            "Document filed by Barnes & Noble Booksellers, Inc..(Goldstein, Sandra)",
            [K.OTHER, K.STAY_CASE],
        ),
        # almd_49523.json Doc. 580
        (
            "Unopposed MOTION to Continue Sentencing Hearing and MOTION to Seal Affidavit by "
            "Willie C. Moody. (ag, )",
            [K.OTHER, K.OTHER],
        ),
        # casd_4.json Doc. 50
        (
            "In Limine MOTION to Exclude Witnesses, In Limine MOTION to Admit Evidence of TECS, "
            "In Limine MOTION to Admit Testimony of Expert Witnesses, In Limine MOTION to Allow "
            "609 Impeachment Evidence and Attorney-Conducted Voir Dire by USA",
            [K.OTHER, K.OTHER, K.OTHER, K.OTHER],
        ),
        # Two event names joined "or, in the alternative,": two motions, ruled on separately.
        (
            "MOTION to Dismiss or, in the alternative, MOTION for Summary Judgment by Defendants.",
            [K.DISMISS, K.SUMMARY_JUDGMENT],
        ),
    ],
)
def test_an_entry_holding_several_motion_events_is_read_as_several_motions(
    text: str, expected: list[MotionKind]
) -> None:
    assert kinds(text) == expected
    assert classify(text).rule == "motion.several_in_one_document"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # One event name asking for alternative relief: one motion, read by its first relief.
        ("MOTION to Dismiss or in the Alternative for Summary Judgment by Defendants.", K.DISMISS),
        # "MOTION" naming the paper it answers, not a motion of this entry.
        (
            "MOTION for Extension of Time to Respond to Defendant's MOTION to Dismiss by Plaintiff.",
            K.EXTENSION_OF_TIME,
        ),
        # mad_193254.json: a motion of another entry, after its number.
        (
            "Assented to MOTION for Extension of Time to 1/25/2018 to File Response/Reply as to 10 "
            "MOTION to Seal Document 1 Complaint,, 7 MOTION to Strike 1 Complaint by Sonja Krusic "
            "O'Donnell.(Russcol, David)",
            K.EXTENSION_OF_TIME,
        ),
        # cacd: C.D. Cal.'s "NOTICE OF MOTION AND MOTION" is one motion.
        (
            "NOTICE OF MOTION AND MOTION to Dismiss Case filed by defendants Ericsson Inc.",
            K.DISMISS,
        ),
        # All capitals: no event name stands out; one motion.
        ("MOTION TO DISMISS AND MOTION FOR SUMMARY JUDGMENT BY DEFENDANTS", K.DISMISS),
    ],
)
def test_an_entry_holding_one_motion_is_not_split(text: str, kind: MotionKind) -> None:
    assert kinds(text) == [kind]


# -- the real dockets -----------------------------------------------------------------------


def _imported(name: str, docs: set[int]) -> tuple[list, object]:
    result = build(read_juriscraper(DOCKETS / name))
    events = [e for e in result.events if e.doc in docs]
    return events, replay(result.events, as_of=date(2030, 1, 1))


def test_an_order_ruling_separately_on_two_motions_of_one_document_decides_each() -> None:
    # nysd_4.json: "ORDER denying 40 Motion for Summary Judgment; granting 40 Motion to
    # Preclude. ... the Defendants' Motion for Summary Judgment, Dkt. No. 40, is denied."
    events, posture = _imported("dockets/district/nysd_4.json", {40, 53})
    motions = [e for e in events if isinstance(e, MotionFiled)]
    assert [(m.id.rsplit("/", 1)[-1], m.part, m.kind) for m in motions] == [
        ("40", 1, K.SUMMARY_JUDGMENT),
        ("part2", 2, K.OTHER),
    ]
    (order,) = [e for e in events if isinstance(e, OrderEntered)]
    assert {(r.motion, r.part, r.disposition) for r in order.rulings} == {
        (40, 1, D.DENIED),
        (40, 2, D.GRANTED),
    }
    assert posture.motion(40, 1).status == "denied"
    assert posture.motion(40, 2).status == "granted"
    assert not [a for a in posture.anomalies if a.doc in (40, 53)]


def test_two_orders_each_ruling_on_one_motion_of_a_document_are_both_applied() -> None:
    # almd_49523.json: "TEXT ORDER granting [580] Motion to Seal", then "TEXT ORDER ...
    # granting [580] MOTION to Continue Sentencing": both "other", told apart by their words.
    events, posture = _imported("dockets_internet_archive/almd_49523.json", {580, 582, 583})
    rulings = {
        e.doc: [(r.motion, r.part, r.disposition) for r in e.rulings]
        for e in events
        if isinstance(e, OrderEntered)
    }
    assert rulings == {582: [(580, 2, D.GRANTED)], 583: [(580, 1, D.GRANTED)]}
    assert posture.motion(580, 1).decided_by == 583
    assert posture.motion(580, 2).decided_by == 582
    assert not [a for a in posture.anomalies if a.doc in (580, 582, 583)]


def test_a_response_naming_every_motion_of_a_document_answers_each() -> None:
    # utd.json Doc. 61: "RESPONSE to Motion ... re 60 Amended MOTION to Compel
    # EvidenceDefendant's MOTION to Continue Scheduling Conference"; Doc. 62 rules on both.
    events, posture = _imported("dockets/district/utd.json", {60, 61, 62})
    (response,) = [e for e in events if isinstance(e, ResponseFiled)]
    assert (response.to_motion, response.to_part) == (60, None)
    (order,) = [e for e in events if isinstance(e, OrderEntered)]
    assert [(r.motion, r.part, r.disposition) for r in order.rulings] == [
        (60, 1, D.GRANTED),
        (60, 2, D.GRANTED),
    ]
    for m in posture.motions_of(60):
        assert (m.status, m.briefing.response) == ("granted", 61)


# -- briefs and orders on a sheet -----------------------------------------------------------

COMBINED = (
    "2020-03-02",
    45,
    "MOTION to Dismiss , MOTION for Summary Judgment on the basis of qualified immunity by "
    "Defendants City of A. (Lawyer, Pat)",
)


def test_a_response_naming_one_motion_of_a_document_answers_that_motion_only() -> None:
    raw = sheet(
        ("2020-01-02", 1, "COMPLAINT against City of A filed by B."),
        COMBINED,
        (
            "2020-03-16",
            47,
            "RESPONSE in Opposition re 45 MOTION for Summary Judgment filed by B. (Counsel, C)",
        ),
        (
            "2020-03-20",
            48,
            "REPLY to Response to Motion re 45 MOTION to Dismiss filed by City of A.",
        ),
    )
    events = build(raw).events
    response = next(e for e in events if isinstance(e, ResponseFiled))
    reply = next(e for e in events if isinstance(e, ReplyFiled))
    assert (response.to_motion, response.to_part) == (45, 2)
    assert (reply.to_motion, reply.to_part) == (45, 1)
    posture = replay(events, as_of=date(2020, 3, 21))
    assert posture.motion(45, 2).briefing.response == 47
    assert posture.motion(45, 1).briefing.response is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER granting 45 Motion to Dismiss; denying as moot 45 Motion for Summary Judgment.",
            {(45, 1, D.GRANTED), (45, 2, D.MOOT)},
        ),
        (
            "MEMORANDUM OPINION AND ORDER: the motion for summary judgment [45] is DENIED and the "
            "motion to dismiss [45] is GRANTED.",
            {(45, 1, D.GRANTED), (45, 2, D.DENIED)},
        ),
        # Naming the document and no motion of it: a ruling on each.
        ("ORDER denying 45 Defendants' motions.", {(45, 1, D.DENIED), (45, 2, D.DENIED)}),
        # One motion named, the document otherwise: the rest of the document.
        (
            "ORDER granting 45 Motion to Dismiss. The motion [45] is otherwise denied.",
            {(45, 1, D.GRANTED), (45, 2, D.DENIED)},
        ),
    ],
)
def test_an_order_on_a_document_holding_two_motions_rules_on_each_by_its_kind(
    text: str, expected: set[tuple[int, int | None, Disposition]]
) -> None:
    raw = sheet(
        ("2020-01-02", 1, "COMPLAINT against City of A filed by B."),
        COMBINED,
        ("2020-05-01", 60, text),
    )
    events = build(raw).events
    order = next(e for e in events if isinstance(e, OrderEntered))
    assert {(r.motion, r.part, r.disposition) for r in order.rulings} == expected
    assert replay(events, as_of=date(2020, 5, 2)).anomalies == ()


def test_the_motions_of_a_document_share_its_grounds_and_a_stay_pending_it_awaits_both() -> None:
    raw = sheet(
        ("2020-01-02", 1, "COMPLAINT against City of A filed by B."),
        COMBINED,
        (
            "2020-03-05",
            46,
            "MOTION to Stay Discovery pending resolution of 45 MOTION for Summary Judgment by "
            "City of A.",
        ),
        ("2020-04-01", 50, "ORDER granting 46 Motion to Stay Discovery."),
        ("2020-05-01", 60, "ORDER granting 45 Motion to Dismiss."),
    )
    events = build(raw).events
    motions = [e for e in events if isinstance(e, MotionFiled) and e.doc == 45]
    assert all(m.grounds for m in motions)
    assert replay(events, as_of=date(2020, 5, 2)).discovery.status == "stayed"
    ruled = sheet(
        *raw_entries(raw), ("2020-06-01", 61, "ORDER denying 45 Motion for Summary Judgment.")
    )
    assert replay(build(ruled).events, as_of=date(2020, 6, 2)).discovery.status != "stayed"


def raw_entries(raw: RawDocket) -> list[tuple[str, int | None, str]]:
    return [(e.filed.isoformat(), e.doc, e.text) for e in raw.entries if e.filed is not None]


def test_reimporting_a_sheet_with_a_combined_motion_into_its_history_adds_nothing() -> None:
    raw = sheet(("2020-01-02", 1, "COMPLAINT against City of A filed by B."), COMBINED)
    first = build(raw).events
    assert [e.id.rsplit("/", 1)[-1] for e in first] == ["1", "45", "part2"]
    known = known_from_history(first)
    assert known is not None and set(known.motions) == {(45, 1), (45, 2)}
    again = merge_sheet(first, raw, on=date(2020, 2, 1))
    assert again.events == [] and again.report.skipped == again.unchanged == 2


def test_the_import_report_counts_the_entries_holding_several_motions() -> None:
    raw = sheet(("2020-01-02", 1, "COMPLAINT against City of A filed by B."), COMBINED)
    report = build(raw).report
    assert report.several == 1 and report.types["motion_filed"] == 1
    assert "entries holding several motions, each one an event: 1" in report.text()
