"""The reader's cheap word tests before its patterns: a pattern is skipped only where the
text cannot hold a word it needs, so text a case-insensitive pattern reads (in any case,
and with the non-ASCII letters ``re.IGNORECASE`` takes for ASCII ones) is read as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pool_dockets import pool_posture

from docket.ingest._service import answer_extension, default_entry, defaults_set_aside
from docket.ingest._text import may_say
from docket.ingest.hearings import hearing_date

COMPLAINT = "COMPLAINT against Mesa Grain Co. filed by Rhea Tull. (bb)"


def test_text_without_the_word_in_any_case_cannot_say_it() -> None:
    assert not may_say("ORDER granting 12 Motion to Dismiss", "answer", "exten")
    assert may_say("Set/Reset Deadlines: ANSWER due by 7/31/2009", "answer")
    assert may_say("EXTENSION of time", "answer", "exten")


def test_text_with_a_letter_the_patterns_take_for_an_ascii_one_may_say_it() -> None:
    # Under re.IGNORECASE the long s (U+017F) matches "s" and the dotted capital I (U+0130)
    # matches "i"; lower-casing keeps them apart, so such text is left to the patterns.
    assert may_say("Set/Reset Deadlines: An\u017fwer due by 7/31/2009", "answer")
    assert may_say("Clerk's ENTRY OF DEFAULT as to ACME \u0130NC", "default")


def test_an_answer_date_written_with_a_long_s_is_still_read() -> None:
    found = answer_extension("Set/Reset Deadlines: An\u017fwer due by 7/31/2009")
    assert found == ((), date(2009, 7, 31))


def test_an_entry_naming_no_default_is_no_default_and_sets_none_aside() -> None:
    assert default_entry("ORDER granting 12 Motion to Dismiss") is None
    assert defaults_set_aside("ORDER granting 12 Motion to Dismiss") == ()
    assert default_entry("Clerk's ENTRY OF DEFAULT as to Acme Corp.") == (
        "default_entered",
        ("Acme Corp",),
    )
    assert defaults_set_aside("ORDER setting aside the Clerk's Entry of Default as to Acme.") == (
        "Acme",
    )


def test_an_order_closing_the_case_written_with_a_long_s_still_closes_it(tmp_path: Path) -> None:
    order = "ORDER: this ca\u017fe i\u017f CLO\u017fED. Signed by Judge T. U. Vale. (bb)"
    posture = pool_posture(
        tmp_path, [COMPLAINT, order], date(2016, 12, 1), ucid="rrd;;9:16-cv-6", month=11
    )
    assert posture.case.status == "closed"


def test_a_hearing_set_with_a_dotless_i_is_still_read() -> None:
    assert hearing_date("ORDER: Motion HEAR\u0131NG set for 12/1/2016 re 2 Motion.") == date(
        2016, 12, 1
    )


def test_an_order_taking_up_a_motion_written_with_a_long_s_still_flags_it(
    tmp_path: Path,
) -> None:
    texts = [
        COMPLAINT,
        "MOTION to Dismiss by Mesa Grain Co. (Iva, I.)",
        "ORDER: Upon con\u017fideration of 2 Motion to Dismiss, the Clerk shall transfer this "
        "action. (bb)",
    ]
    posture = pool_posture(tmp_path, texts, date(2016, 12, 1), ucid="rrd;;9:16-cv-6", month=11)
    assert [r.doc for r in posture.motion(2).review] == [3]
