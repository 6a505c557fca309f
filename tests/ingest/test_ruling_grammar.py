"""Rulings read as grammar: a verb, a disposition, and every motion it reaches.

Synthetic orders in several wordings: a list of numbers after a plural motion noun is ruled
on whole, the clerk told to terminate a motion as moot moots it, and a bare "the motion is
moot" whose sentence before names no motion is left for review, not matched by stray words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_posture

from docket.events import Disposition
from docket.ingest._orders import order

_D = Disposition


def _read(text: str) -> list[tuple[Disposition, tuple[int, ...]]]:
    return [(r.disposition, r.docs) for r in order(text, None, "", 5).rulings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER: Motions 30, 33 and 61 are DENIED without prejudice.",
            [(_D.DENIED_WITHOUT_PREJUDICE, (30, 33, 61))],
        ),
        ("ORDER: Motions 30, 33, & 61 are terminated as moot.", [(_D.MOOT, (30, 33, 61))]),
        (
            "ORDER: Motions 30 and 33 are DENIED; the parties shall confer within 14 days.",
            [(_D.DENIED, (30, 33))],
        ),
        ("MINUTE ORDER: Applications 7 and 9 are GRANTED.", [(_D.GRANTED, (7, 9))]),
    ],
)
def test_every_number_listed_after_a_plural_motion_noun_is_ruled_on(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: Motion 30 is granted, 14 days to answer.",
        "ORDER: Motion 30 is granted and 5 days are allowed to respond.",
    ],
)
def test_a_count_of_days_after_the_number_is_no_motion(text: str) -> None:
    assert {(d, n) for d, docs in _read(text) for n in docs} == {(_D.GRANTED, 30)}


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: the Clerk is directed to terminate 12 Motion as moot.",
        "ORDER: The Clerk is directed to terminate the pending motion 12 as moot.",
        "ORDER: The Clerk shall terminate 12 Motion to Compel as moot in light of the stipulation.",
    ],
)
def test_the_clerk_told_to_terminate_a_motion_as_moot_moots_it(text: str) -> None:
    assert _read(text) == [(_D.MOOT, (12,))]


def test_terminating_the_case_is_no_ruling_on_a_numbered_motion() -> None:
    assert _read("ORDER: The Clerk is directed to terminate 12 Motion and to close the case.") == []


@pytest.mark.parametrize(
    "order_text",
    [
        "ORDER: The Court has been advised that the case has settled in principle. The motion "
        "is moot. (xx)",
        "MINUTE ORDER: Counsel report the case is resolved. The pending motion is DENIED as "
        "moot. (xx)",
    ],
)
def test_a_bare_subject_after_a_sentence_naming_no_motion_is_left_for_review(
    tmp_path: Path, order_text: str
) -> None:
    rows = [
        "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)",
        "MOTION to Stay Case Pending Arbitration by Acme Corp. (Lee, Ann)",
        "MOTION for Extension of Time to Complete Discovery by Jane Roe. (Doe, John)",
        order_text,
    ]
    posture = pool_posture(tmp_path, rows, date(2016, 6, 1), ucid="xxd;;1:16-cv-1", month=3)
    for doc in (2, 3):
        motion = posture.motion(doc)
        assert motion.status == "pending" and [r.doc for r in motion.review] == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ORDER: The Court ALLOWS 12 Motion to Dismiss.", [(_D.GRANTED, (12,))]),
        ("ORDER: The Court APPROVES 12 Application for Attorney Fees.", [(_D.GRANTED, (12,))]),
        (
            "ORDER: The Court hereby FINDS AS MOOT Defendant's motion to dismiss (Doc. 12).",
            [(_D.MOOT, (12,))],
        ),
        ("ORDER: The Court DEEMS MOOT 12 Motion to Compel.", [(_D.MOOT, (12,))]),
        ("ORDER on 22 Motion for Summary Judgment: GRANTED.", [(_D.GRANTED, (22,))]),
    ],
)
def test_the_judges_present_tense_and_an_order_on_a_motion_rule(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: 22 Motion for Summary Judgment is GRANTED as to Count I and DENIED as to Count II.",
        "ORDER: The motion to dismiss (Doc. 22) is GRANTED as to Count I, and is DENIED as to "
        "Count II.",
        "ORDER: Motion 22 is ALLOWED as to the breach of contract claim, but otherwise DENIED.",
    ],
)
def test_a_second_verb_sharing_the_subject_makes_the_ruling_partial(
    tmp_path: Path, text: str
) -> None:
    rows = [
        "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)",
        "ANSWER to Complaint by Acme Corp. (Lee, Ann)",
        "NOTICE of Appearance by Ann Lee for Acme Corp. (Lee, Ann)",
    ]
    rows += [f"NOTICE of Filing by Jane Roe. (Doe, John) {n}" for n in range(4, 22)]
    rows += ["MOTION for Summary Judgment by Acme Corp. (Lee, Ann)", text]
    posture = pool_posture(tmp_path, rows, date(2016, 6, 1), ucid="xxd;;1:16-cv-1", month=3)
    assert posture.motion(22).status == "granted_in_part"


@pytest.mark.parametrize(
    "text",
    [
        "ORDER: The motion to strike 20 is DENIED, and the motion to dismiss 22 is GRANTED.",
        "ORDER: The motion to strike 20 is DENIED and motion 22 GRANTED.",
    ],
)
def test_a_verb_with_its_own_subject_after_and_rules_on_that_subject(text: str) -> None:
    assert _read(text) == [(_D.DENIED, (20,)), (_D.GRANTED, (22,))]
