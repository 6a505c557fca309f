"""Ruling shapes a clerk or judge writes that the grammar must place.

A colon after a prefixed docket number ends its clause ("ECF No. 14: GRANTED"), unless a digit
follows (a time, "9:30"); "be, and it hereby is, GRANTED" is the copula of a passive ruling;
a numbered motion's title then its verb, with no copula ("14 Motion to Strike DENIED"), rules
on that motion, while a title that runs into other words ("as moot", "is GRANTED ... and")
is left to the rules that read those.
"""

from __future__ import annotations

import pytest

from docket.events import Disposition
from docket.ingest._orders import order
from docket.ingest.refs import find_refs

_D = Disposition


def _read(text: str) -> list[tuple[Disposition, tuple[int, ...]]]:
    return [(r.disposition, r.docs) for r in order(text, None, "", 5).rulings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ORDER: ECF No. 14: GRANTED. (ab)", [(_D.GRANTED, (14,))]),
        ("TEXT ORDER: Dkt. 14: DENIED as moot. (ab)", [(_D.MOOT, (14,))]),
        ("ORDER: Doc. 14: Granted in part. (ab)", [(_D.GRANTED_IN_PART, (14,))]),
    ],
)
def test_a_colon_after_a_prefixed_number_ends_its_clause(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


def test_a_time_after_a_colon_is_no_docket_number() -> None:
    assert [r.doc for r in find_refs("Hearing set for 9:30 AM before Judge Lee.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER: It is ORDERED that the motion to strike (#14) be, and it hereby is, GRANTED.",
            [(_D.GRANTED, (14,))],
        ),
        (
            "ORDER: The motion to compel, ECF No. 14, be and the same hereby is, DENIED.",
            [(_D.DENIED, (14,))],
        ),
    ],
)
def test_be_and_it_hereby_is_is_the_copula_of_a_passive_ruling(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUTE ORDER: After argument, 14 Motion to Strike DENIED. (ab)", [(_D.DENIED, (14,))]),
        (
            "ORDER: On the papers, [14] Motion for Extension of Time GRANTED. (ab)",
            [(_D.GRANTED, (14,))],
        ),
    ],
)
def test_a_numbered_title_then_its_verb_rules_on_that_motion(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER: The Clerk shall terminate 14 Motion to Compel as moot.",
            [(_D.MOOT, (14,))],
        ),
        (
            "ORDER: 14 Motion to Dismiss is GRANTED as to Count I and DENIED as to Count II.",
            [(_D.GRANTED, (14,)), (_D.DENIED, (14,))],
        ),
    ],
)
def test_a_title_running_into_other_words_is_read_once(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDER: Having considered the Motion to Dismiss (ECF No. 14), the Court finds that it "
            "should be and hereby is GRANTED.",
            [(_D.GRANTED, (14,))],
        ),
        (
            "ORDER: The motion to compel (Doc. 14) should be, and hereby is, DENIED.",
            [(_D.DENIED, (14,))],
        ),
        ("ORDER: Motion [14] should be and is hereby GRANTED.", [(_D.GRANTED, (14,))]),
        ("ORDER: The Court finds the motion to dismiss [14] should be granted.", []),
    ],
)
def test_should_be_and_hereby_is_rules_but_should_be_alone_does_not(
    text: str, expected: list[tuple[Disposition, tuple[int, ...]]]
) -> None:
    assert _read(text) == expected
