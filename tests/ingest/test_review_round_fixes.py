"""Readings a review of this round's reader found wrong, each kept right here.

Leave to refile "within 21 days of the date this action is reopened" in an order that itself
closes the case is for a person (the reopening it waits for is not yet placed); days after
the close of discovery count from discovery's last day; a stay as to a party names the party,
not its filer; "Approved <date>" approves an application only as the clerk's closing note; a
motion named in passing ("any motion to dismiss shall be filed by ...") is not flagged; a bare
"Granted as requested." is; "No pending motions remain" rules on nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pool_dockets import pool_events, pool_posture

from docket.events import StayImposed
from docket.ingest.leave import read_terms
from docket.posture import Posture

COMPLAINT = "COMPLAINT against Mesa Grain Co. filed by Rhea Tull. (bb)"
DISMISS = "MOTION to Dismiss for Failure to State a Claim by Mesa Grain Co. (Iva, I.)"
SUMMARY = "MOTION for Summary Judgment by Mesa Grain Co. (Iva, I.)"


def _posture(tmp_path: Path, day: date, *texts: str) -> Posture:
    return pool_posture(tmp_path, texts, day, ucid="nmd;;1:16-cv-6", month=11)


def test_leave_until_reopening_in_an_order_closing_the_case_is_for_review(
    tmp_path: Path,
) -> None:
    order = (
        "ORDER denying 2 Motion for Summary Judgment without prejudice to renewal within 21 "
        "days of the date this action is reopened. The Clerk is directed to administratively "
        "close this case. (bb)"
    )
    motion = _posture(tmp_path, date(2016, 12, 30), COMPLAINT, SUMMARY, order).motion(2)
    assert motion.status == "denied_without_prejudice"
    assert motion.leave_to_refile is None or motion.leave_to_refile.status != "foreclosed"
    assert motion.review


def test_days_after_the_close_of_discovery_count_from_its_last_day(tmp_path: Path) -> None:
    schedule = "SCHEDULING ORDER: Discovery shall be completed by 11/7/2016. (bb)"
    denial = (
        "ORDER denying 3 Motion for Summary Judgment without prejudice to renewal within 14 "
        "days after the close of discovery. (bb)"
    )
    texts = (COMPLAINT, schedule, SUMMARY, denial)
    # Discovery's last day Monday, November 7; fourteen days later Monday, November 21.
    on_last = _posture(tmp_path, date(2016, 11, 21), *texts).motion(3).leave_to_refile
    after = _posture(tmp_path, date(2016, 11, 22), *texts).motion(3).leave_to_refile
    assert on_last is not None and on_last.status == "available"
    assert after is not None and after.status == "foreclosed"


def test_a_stay_as_to_a_party_names_the_party_not_its_filer(tmp_path: Path) -> None:
    stay = "MOTION to Stay Proceedings as to Defendant Ivo Park by Ivo Park. (Fox, F.)"
    order = "ORDER granting 2 Motion to Stay. (bb)"
    events = pool_events(tmp_path, (COMPLAINT, stay, order), ucid="nmd;;1:16-cv-6", month=11)
    stays = [s for e in events for s in getattr(e, "stays", ()) if isinstance(s, StayImposed)]
    assert [s.parties for s in stays] == [("Ivo Park",)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "APPLICATION to Appear Pro Hac Vice by Attorney Jo Ruiz. Fee pd. Approved 11/2/16. (mjc)",
            "granted",
        ),
        (
            "MOTION to Modify Stipulated Protective Order Approved 10/3/2016 by Rhea Tull. (Fox, F.)",
            "pending",
        ),
    ],
)
def test_approved_is_read_only_as_the_clerks_closing_note(
    tmp_path: Path, text: str, status: str
) -> None:
    assert _posture(tmp_path, date(2016, 11, 30), COMPLAINT, text).motion(2).status == status


@pytest.mark.parametrize(
    "order",
    [
        "SCHEDULING ORDER: Any motion to dismiss the amended complaint shall be filed by "
        "1/5/2017. The Court notes the parties' Rule 26(f) report. (bb)",
        "ORDER: Each side is allowed 30 pages for any motion for summary judgment. (bb)",
        "MINUTE ENTRY: Discovery dispute ruled on the record. No pending motions remain other "
        "than the motion to compel. (bb)",
    ],
)
def test_a_motion_named_in_passing_is_not_flagged(tmp_path: Path, order: str) -> None:
    posture = _posture(tmp_path, date(2016, 11, 30), COMPLAINT, DISMISS, SUMMARY, order)
    assert posture.motion(2).review == () and posture.motion(3).review == ()


def test_a_bare_ruling_with_a_word_like_request_still_flags_the_pending_motion(
    tmp_path: Path,
) -> None:
    motion = _posture(
        tmp_path, date(2016, 11, 30), COMPLAINT, DISMISS, "TEXT ORDER: Granted as requested."
    ).motion(2)
    assert [r.doc for r in motion.review] == [3]


def test_a_count_of_days_after_words_before_within_is_read_or_left_for_review() -> None:
    words = " the motion within 14 days after the close of discovery."
    terms = read_terms(words, 0, len(words) - 1)
    assert terms is None or terms.within_after == 14
