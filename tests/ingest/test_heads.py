"""The head of an entry: the CM/ECF event its text opens with."""

from __future__ import annotations

import pytest

from docket.ingest.heads import _HEAD, _ONE_WORD_HEADS, FIRST_WORDS, head_of


@pytest.mark.parametrize("word", sorted(_ONE_WORD_HEADS))
def test_a_one_word_head_is_what_the_full_patterns_say(word: str) -> None:
    m = _HEAD.match(f"{word.upper()} filed by Acme Corp.")
    assert m is not None and m.lastgroup is not None
    assert m.lastgroup.rsplit("_", 1)[0] == _ONE_WORD_HEADS[word]
    assert word in FIRST_WORDS


@pytest.mark.parametrize(
    ("text", "category", "modifiers"),
    [
        ("Joint MOTION for Extension of Time", "motion", "Joint "),
        (
            "Defendant's Unopposed First Application for Extension",
            "motion",
            "Defendant's Unopposed First ",
        ),
        ("EX PARTE APPLICATION for Leave", "motion", "EX PARTE "),
        ("Assented to MOTION for Extension of Time", "motion", "Assented to "),
        (
            "Judge Mark G. Mastroianni: ELECTRONIC ORDER entered",
            "order",
            "Judge Mark G. Mastroianni: ",
        ),
        (
            "CERTIFIED TRUE COPY OF CONDITIONAL MDL TRANSFER IN ORDER",
            "order",
            "CERTIFIED TRUE COPY OF CONDITIONAL MDL TRANSFER IN ",
        ),
        ("AMENDED ORDER AND FINAL JUDGMENT. Lead case closed.", "judgment", "AMENDED "),
        ("MINUTES (IN CHAMBERS): ORDER by Judge", "minute", ""),
        ("***Civil Case Terminated", "closed", ""),
        ("[Proposed] Order granting 19 Motion", "proposed", ""),
        ("ENTERED IN ERROR.....MOTION for Order", "error", ""),
        ("SUR-REPLY to Reply to Response to Motion", "response", ""),
        ("REPLY MEMORANDUM OF LAW in Support", "reply", ""),
        ("Memorandum in opposition to re [7] MOTION", "response", ""),
        ("MEMORANDUM in Repsonse to 31 MOTION", "response", ""),
        ("NOTICE OF MOTION AND MOTION to Dismiss", "notice_motion", ""),
        ("Notice of Motion; MOTION to remove conditions", "notice_motion", ""),
        ("NOTICE of Motion by James for presentment", "notice_of_motion", ""),
        ("STIPULATION AND [PROPOSED] ORDER", "generic", ""),
        ("CONFIDENTIALITY STIPULATION AND PROTECTIVE ORDER - Signed", "order", "CONFIDENTIALITY "),
        ("MOTION(S) REFERRED: 2 MOTION", "motion_generic", ""),
    ],
)
def test_the_head_is_the_first_event_word_after_modifiers(
    text: str, category: str, modifiers: str
) -> None:
    head = head_of(text)
    assert head is not None
    assert head[:2] == (category, modifiers)


@pytest.mark.parametrize(
    "text",
    [
        "Arrest of Jose Miguel Santana-Esmeralda on 2/4/2017.",
        "Telephone Conference held on 3/1/2019 re 19 MOTION",
        "",
    ],
)
def test_text_that_opens_with_no_event_word_has_no_head(text: str) -> None:
    assert head_of(text) is None
