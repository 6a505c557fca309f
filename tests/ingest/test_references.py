"""References to other entries: every way CM/ECF and judges write a docket number."""

from __future__ import annotations

import pytest

from docket.ingest.refs import find_refs


def docs(text: str) -> list[int]:
    return [r.doc for r in find_refs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ORDER granting 19 Motion to Dismiss", [19]),
        ("motion to dismiss [18] is denied as moot", [18]),
        ("the motion (ECF No. 19) is granted", [19]),
        ("see Dkt. 19 and Dkt. No. 20", [19, 20]),
        ("the motion for a stay (Doc. 38) is GRANTED", [38]),
        ("R. Doc. 19 is denied", [19]),
        ("RESPONSE in Opposition re 19 MOTION to Dismiss", [19]),
        ("(Filing No. 50 ) is granted", [50]),
        ("Order Granting Motion for 2004 Examination (Re: # 55 )", [55]),
        ("BNC Certificate (related document(s)34 Granting Order)", [34]),
        ("denying defendant's motion to dismiss no. 1 [22-1]", [22]),
        ("Motions [30], [33] and [61] are denied without prejudice", [30, 33, 61]),
        ("motions to compel (Docs. 27 & 28) are DENIED", [27, 28]),
        ("ORDER denying 24 and 25 MOTIONS FOR CLERK'S DEFAULT", [24, 25]),
        ("are DENIED without prejudice. Dkt. 27 ; dkt. 28 .", [27, 28]),
        ("Motions for extension of time [[93] & [95]] is granted.", [93, 95]),
        ("ELECTRONIC ORDER entered granting 21 - Plaintiff's Motion for Extension", [21]),
        ("ORDER granting 267 Gov's Motion to withdraw", [267]),
    ],
)
def test_a_docket_number_written_any_way_is_found(text: str, expected: list[int]) -> None:
    assert docs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Signed by Judge Ann Smith on 6/25/2024.",
        "Filing fee $ 405, receipt number 0971-11889831",
        "pursuant to Rule 12 and 28 U.S.C. 1915 within 14 days",
        "Motion Hearing set for 10/30/2015 10:00 AM in Courtroom 1, 17th Floor",
        "the Court's September 22, 2022 order remains in effect",
        "as to Elias Torres Alcazar Jr (1) count(s) 1",
        "Case No. 2:19-cv-00445-MV-KRS",
        "Local Rule LBR 3015-2 Chapter 13 Plan",
    ],
)
def test_numbers_that_are_not_docket_numbers_are_ignored(text: str) -> None:
    assert docs(text) == []


def test_a_reference_introduced_by_re_is_marked_related() -> None:
    refs = find_refs("MOTION to Seal re 30 MOTION for Summary Judgment")
    assert [(r.doc, r.related) for r in refs] == [(30, True)]


def test_numbers_in_a_bankruptcy_re_parenthetical_are_framed() -> None:
    refs = find_refs("Order (RE: Application to Approve Employment 9, Document 30 ). Filed")
    assert [(r.doc, r.framed) for r in refs] == [(9, True), (30, True)]


def test_numbers_written_as_one_list_share_a_group() -> None:
    refs = find_refs("Docs. 27 & 28; and ECF 40")
    groups = {r.doc: r.group for r in refs}
    assert groups[27] == groups[28] != groups[40]
