"""Stays and lifts, scope, and bench rulings, read as general rules (issue 13, families 1, 3, 4).

Each input is written for this file in the shape of a different court's CM/ECF docket text
(N.D. Ill. minute entries, D. Mass. electronic orders, S.D.N.Y. memo orders, E.D. Va. and
D.N.J. text orders); none is copied from a labelled docket.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket import replay
from docket.events import Disposition, StayScope
from docket.ingest import RawDocket, RawEntry, build, classify

D = Disposition


def sheet(*entries: tuple[str, int | None, str]) -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "ilnd", "1:16-cv-01000", "A v. B", None, (), tuple(raw))


def posture(*entries: tuple[str, int | None, str]):  # type: ignore[no-untyped-def]
    return replay(build(sheet(*entries)).events, as_of=date(2030, 1, 1))


def rulings(text: str) -> set[tuple[int, Disposition]]:
    return {(n, r.disposition) for r in classify(text).rulings for n in r.docs}


COMPLAINT = ("2016-01-04", 1, "COMPLAINT against Acme Corp. and Beta LLC filed by Jane Roe.")
MOTIONS = (
    ("2016-02-01", 4, "MOTION to Dismiss by Acme Corp. (Doe, John)"),
    ("2016-02-02", 5, "MOTION to Compel by Beta LLC. (Doe, John)"),
)


# -- lifts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ORDER directing the Clerk to lift the Stay and return this case to the active docket. "
        "Signed by Judge A. Judge on 3/1/2017.",
        "MINUTE ORDER: Stay lifted. The parties shall file a joint status report by 4/1/2017.",
        "ORDER: The stay entered on 3/1/2017 is hereby LIFTED. Signed by Judge A. Judge.",
        "TEXT ORDER: The stay previously entered in this case (ECF No. 22) is LIFTED.",
        "ELECTRONIC ORDER entered: the stay of this action has been lifted. (abc)",
    ],
)
def test_an_order_lifting_the_stay_in_any_of_its_words_lifts_it(text: str) -> None:
    assert classify(text).lifts


@pytest.mark.parametrize(
    "text",
    [
        "ORDER granting 20 Motion to Stay; denying without prejudice 22 Motion to Compel, "
        "without prejudice to renewal after the stay is lifted. Signed by Judge A. Judge.",
        "ORDER: Plaintiff may renew the motion once the stay is lifted. Signed by Judge A. Judge.",
        "ORDER denying 30 Motion to Lift Stay. Signed by Judge A. Judge.",
        "MINUTE ENTRY: The parties shall file a status report within 14 days after the stay is "
        "lifted. (abc)",
    ],
)
def test_a_lift_the_order_only_contemplates_or_refuses_is_no_lift(text: str) -> None:
    assert classify(text).lifts == ()


def test_the_stay_an_order_imposes_does_not_lift_in_the_same_order() -> None:
    p = posture(
        COMPLAINT,
        ("2016-02-01", 20, "MOTION to Stay Discovery by Acme Corp. (Doe, John)"),
        ("2016-02-02", 22, "MOTION to Compel by Jane Roe. (Roe, Jane)"),
        (
            "2016-03-01",
            30,
            "ORDER granting 20 Motion to Stay Discovery; denying 22 Motion to Compel without "
            "prejudice to renewal after the stay is lifted. Signed by Judge A. Judge.",
        ),
    )
    assert p.discovery.status == "stayed"
    assert p.motion(22).status == "denied_without_prejudice"


# -- scope: a stay of some parties, a ruling on some motions -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ORDER staying case as against Defendant Acme Corp. only, pending its bankruptcy. "
        "Signed by Judge A. Judge.",
        "ORDER: This action is STAYED as to Defendant Acme Corp. pending the automatic stay. ",
        "MINUTE ORDER: The case is stayed against Acme Corp. only. (abc)",
    ],
)
def test_a_stay_against_one_party_is_not_a_stay_of_the_whole_case(text: str) -> None:
    stays = classify(text).stays
    assert [s.scope for s in stays] == [StayScope.PARTIES]
    p = posture(COMPLAINT, ("2016-03-01", 6, text))
    assert p.case.status == "open" and p.discovery.status != "stayed"


def test_a_stay_of_one_conference_is_no_stay_of_the_case() -> None:
    text = "ORDER: The status conference set for 3/1/2017 is STAYED pending mediation."
    assert classify(text).stays == ()


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: Any and all motions between Plaintiff and Acme Corp. are terminated as MOOT.",
        "MINUTE ORDER: All pending motions filed by Defendant Acme Corp. are DENIED as moot.",
        "ORDER terminating as moot all motions relating to Defendant Beta LLC. (abc)",
    ],
)
def test_all_motions_narrowed_by_words_rules_on_none_and_flags_each_pending_one(
    text: str,
) -> None:
    p = posture(COMPLAINT, *MOTIONS, ("2016-03-01", 6, text))
    for doc in (4, 5):
        m = p.motion(doc)
        assert m.status == "pending" and m.review, (doc, m)


def test_all_pending_motions_unnarrowed_are_all_ruled_on() -> None:
    p = posture(
        COMPLAINT, *MOTIONS, ("2016-03-01", 6, "ORDER: All pending motions are DENIED as moot.")
    )
    assert {p.motion(4).status, p.motion(5).status} == {"moot"}


# -- bench rulings in the past tense -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minute Entry for proceedings held before Judge A. Judge: Pretrial Conference held on "
            "3/1/2017. The motion to exclude 40 is MOOT and GRANTED defendants' motion for "
            "summary judgment 41. (Court Reporter B.)",
            {(40, D.MOOT), (41, D.GRANTED)},
        ),
        (
            "Minute Entry for Motion Hearing held on 1/5/2017 before Judge A. Judge: Court heard "
            "argument and DENIED [18] Motion to Dismiss. (Court Reporter B.)",
            {(18, D.DENIED)},
        ),
        (
            "MINUTE ENTRY: Status conference held. Court GRANTED Plaintiff's oral motion to "
            "continue and DENIED Defendant's Motion to Strike (Doc. 33). (abc)",
            {(33, D.DENIED)},
        ),
    ],
)
def test_a_bench_ruling_in_the_past_tense_rules_on_its_object(
    text: str, expected: set[tuple[int, Disposition]]
) -> None:
    assert expected <= rulings(text)


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: Plaintiff's counsel was granted leave to withdraw. Signed by Judge A. Judge.",
        "ORDER: Having considered it, the Court previously granted the defendant's request.",
    ],
)
def test_a_past_tense_verb_with_no_motion_for_object_rules_on_nothing(text: str) -> None:
    assert rulings(text) == set()
