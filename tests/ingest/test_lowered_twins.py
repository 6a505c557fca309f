"""The reader's faster ways to the same matches: the case-sensitive twins of its
case-insensitive patterns, run on lowered ASCII text, match exactly where the patterns match
the text as written (text that is not ASCII is still read by the patterns themselves); the
docket-number patterns read their first digit first; a return of service's clauses, and a
hearing's setting, are not searched for where none can follow."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from docket.ingest import _orders, _service, doubt, heads, hearings, refs
from docket.ingest._service import service_entry
from docket.ingest._text import lowered_twin

_WORDS = [
    "GRANTED", "granting", "Denied", "MOOT", "so ordered", "Noting", "in abeyance", "amending",
    "vacated", "the", "case", "is", "hereby", "CLOSED", "Action", "remanded", "judgment",
    "entered", "in favor of", "stipulation", "of", "dismissal", "approved", "Transferred", "to",
    "District", "of", "Court", "re:", "[12]", "#3", "(4)", "45", "Motion", ".", ";", ",",
    "administratively", "terminated", "Plaintiff's", "complaint", "dismissed", "ORDER", "Minute",
    "Entry", "NOTICE", "Memorandum", "opinion", "and", "Stipulated", "Protective",
]  # fmt: skip
_ASCII_TEXT = st.lists(
    st.sampled_from(_WORDS).map(lambda w: w.upper() if len(w) % 3 == 0 else w), max_size=14
).map(" ".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "pattern", [doubt._RULES, doubt._OBJECT, _orders._CLOSES, _orders._ENDS, heads._HEAD], ids=repr
)
@given(text=_ASCII_TEXT)
def test_a_twin_on_lowered_ascii_text_matches_where_its_pattern_matches_the_text(
    pattern: re.Pattern[str], text: str
) -> None:
    assert _spans(lowered_twin(pattern), text.lower()) == _spans(pattern, text)


def test_a_pattern_with_an_upper_case_letter_or_no_ignorecase_has_no_twin() -> None:
    with pytest.raises(ValueError, match="no lower-case ASCII twin"):
        lowered_twin(re.compile(r"\bOrder\b", re.I))
    with pytest.raises(ValueError, match="no lower-case ASCII twin"):
        lowered_twin(re.compile(r"\border\b"))
    assert lowered_twin(re.compile(r"\b(?P<verb>grant)\W+\d", re.I)).flags & re.I == 0


def test_an_order_closing_the_case_with_a_long_s_is_still_read_as_closing_it() -> None:
    # Under re.IGNORECASE the long s (U+017F) matches "s"; lowering keeps it: such text is
    # left to the case-insensitive pattern, as before.
    body = "ORDER: This ca\u017fe is CLOSED."
    assert _orders._ends(body, body.lower())
    assert not _orders._ends("ORDER: This cafe is CLOSED.", "order: this cafe is closed.")


#: The numbers pattern as first written, its looks behind before the first digit.
_NUMBERS_AS_WRITTEN = re.compile(r"(?<![\w/$:-])(?<!\d[.,])\d{1,5}(?![\d/a-z]|:\d|\.\d|,\d{3}\b)")


@given(text=st.text(alphabet="0123456789/$:-.,azis \t_()]\u0663", max_size=16))
def test_numbers_read_with_the_first_digit_first_are_the_numbers_as_first_written(
    text: str,
) -> None:
    assert _spans(refs._NUMBERS, text) == _spans(_NUMBERS_AS_WRITTEN, text)
    closing = re.compile(
        refs._CLOSING_NUMBER.pattern.replace(r"\d(?<=\s\d)\d{0,4}", r"(?<=\s)\d{1,5}")
    )
    assert closing.pattern != refs._CLOSING_NUMBER.pattern
    assert _spans(refs._CLOSING_NUMBER, text) == _spans(closing, text)


def test_a_head_in_text_that_is_not_ascii_is_read_as_in_ascii_text() -> None:
    ascii_head = heads.head_of("MEMORANDUM OPINION AND ORDER re 12 Motion - Signed")
    assert ascii_head is not None
    assert heads.head_of("MEMORANDUM OPINION AND ORDER re 12 Motion \u2014 Signed") == ascii_head


_SERVICE_WORDS = [
    "SUMMONS", "Returned", "Executed", "by", "Acme", "Inc.", "Corp.", "U.S.", "Bob", "Jr.",
    "served", "SERVED", "waiver", "sent", "on", "11/8/2017", ",", "answer", "due", "12/1/2017",
    ".", ";", ":", "and", "(Entered)",
]  # fmt: skip


@given(body=st.lists(st.sampled_from(_SERVICE_WORDS), max_size=24).map(" ".join))
@example(body="Bob served on 5/7/2014. Acme waiver sent on 5/6/2014, answer due 8/4/2014")
@example(body="Acme Inc. served on 11/8/2017. Bob SERVED on 12/1/2017; by Acme")
def test_clauses_of_a_return_of_service_are_those_its_pattern_finds(body: str) -> None:
    assert [m.span() for m in _service._clauses(body)] == [
        m.span() for m in _service._CLAUSE.finditer(body)
    ]


def test_a_defendant_served_in_text_that_is_not_ascii_is_still_read() -> None:
    # The long s (U+017F) is an "s" to re.IGNORECASE: no cheap test skips such text.
    body = "SUMMONS Returned Executed. Apple Inc. \u017ferved on 11/8/2017, answer due 11/29/2017."
    found = service_entry(body)
    assert found is not None
    assert [(s.name, s.on) for s in found[1]] == [("Apple Inc.", date(2017, 11, 8))]


_HEARING_WORDS = [
    "Motion", "HEARING", "hearing", "set", "RESET", "reset", "for", "to", "on", "7/7/2015",
    "10/5/16", "09:00", "AM", "is", "stricken", "in", "Courtroom", "E", ".", "held",
]  # fmt: skip


@given(text=st.lists(st.sampled_from(_HEARING_WORDS), max_size=14).map(" ".join))
@example(text="Motions [42][43] reset for hearing on 9/22/2014")
@example(text="MOTION to Remand. Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E")
@example(text="Motion Hearing RESET to 10/5/16 at 10:00 AM")
def test_a_hearing_set_in_ascii_text_always_has_the_cheap_cue(text: str) -> None:
    if hearings._SET.search(text) is not None:
        assert hearings._SET_CUE.search(text.lower()) is not None
    assert (hearings.hearing_date(text) is not None) <= (hearings._SET.search(text) is not None)
