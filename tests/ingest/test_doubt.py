"""Where the reader is unsure it says so: a review flag, never a guessed ruling or closing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pool_dockets import pool_events

from docket import replay
from docket.events import DocketEvent


def _import(tmp_path: Path, *texts: str) -> tuple[DocketEvent, ...]:
    return pool_events(tmp_path, texts, ucid="xxd;;1:16-cv-1", month=3)


COMPLAINT = "COMPLAINT against Acme Corp. filed by Jane Roe. (abc)"


def test_an_order_noting_a_pending_motion_flags_it_and_rules_nothing(tmp_path: Path) -> None:
    events = _import(
        tmp_path,
        COMPLAINT,
        "INFORMATIVE MOTION by Acme Corp. (Lee, Ann)",
        'ORDER: Noting 2 "Informative Motion." Signed by Judge A. B. on 3/3/2016. (xx)',
    )
    order = events[-1]
    assert order.type == "order" and order.review is not None
    assert order.review.may_rule_on == (2,)
    motion = replay(events, as_of=date(2016, 4, 1)).motion(2)
    assert motion.status == "pending" and [r.doc for r in motion.review] == [3]


def test_an_order_whose_ruling_was_read_carries_no_doubt(tmp_path: Path) -> None:
    events = _import(
        tmp_path,
        COMPLAINT,
        "MOTION for Extension of Time to File Answer by Acme Corp. (Lee, Ann)",
        "ORDER granting 2 Motion for Extension of Time to Answer. Signed by Judge A. B. (xx)",
    )
    assert events[-1].review is None
    assert replay(events, as_of=date(2016, 4, 1)).motion(2).status == "granted"


def test_a_dismissal_as_to_one_party_may_end_the_case_and_says_so(tmp_path: Path) -> None:
    events = _import(
        tmp_path,
        COMPLAINT,
        "NOTICE of Voluntary Dismissal as to Defendant Acme Corp. by Jane Roe (Doe, John)",
    )
    assert events[-1].review is not None and events[-1].review.may_close
    posture = replay(events, as_of=date(2016, 4, 1))
    assert posture.case.status == "open" and [r.doc for r in posture.case.review] == [2]


def test_a_paper_that_neither_rules_nor_dismisses_is_read_with_certainty(tmp_path: Path) -> None:
    events = _import(tmp_path, COMPLAINT, "NOTICE of Appearance by John Doe on behalf of Jane Roe")
    assert all(e.review is None for e in events)
