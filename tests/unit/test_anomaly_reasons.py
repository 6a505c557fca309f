"""An anomaly's reason tells the clerk which entry did what to which docket number."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from docket import replay
from docket.events import (
    BriefingCompleteNoticed,
    CaseClosed,
    CaseOpened,
    DocketEvent,
    EntryStricken,
    ExtensionNoticed,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
)

CASE = "nmd-1:19-cv-00445"
DAY = date(2019, 10, 7)  # a Monday


def _entry(model: type[Any], doc: int, days: int = 0, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(
        id=f"{CASE}/{doc}", case=CASE, filed=DAY + timedelta(days=days), doc=doc, **fields
    )
    return event


def _docket(*entries: DocketEvent) -> list[DocketEvent]:
    return [
        _entry(CaseOpened, 1, court="nmd"),
        _entry(MotionFiled, 2, kind=MotionKind.COMPEL),
        *entries,
    ]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (
            _entry(ResponseFiled, 3, to_motion=9),
            "responds to Doc. 9, which is not a motion on this docket",
        ),
        (
            _entry(ReplyFiled, 3, to_motion=9),
            "replies on Doc. 9, which is not a motion on this docket",
        ),
        (
            _entry(BriefingCompleteNoticed, 3, motion=1),
            "gives notice of briefing complete on Doc. 1, which is not a motion on this docket",
        ),
        (
            _entry(MotionWithdrawn, 3, motion=9),
            "withdraws Doc. 9, which is not a motion on this docket",
        ),
        (
            _entry(OrderEntered, 3, rulings=(Ruling(motion=9, disposition="granted"),)),
            "rules on Doc. 9, which is not a motion on this docket",
        ),
        (
            _entry(ExtensionNoticed, 3, motion=9, deadline="response", until=DAY),
            "extends a deadline on Doc. 9, which is not a motion on this docket",
        ),
        (_entry(ReplyFiled, 3, to_motion=2), "reply on Doc. 2, which has no response"),
        (
            _entry(ExtensionNoticed, 3, motion=2, deadline="reply", until=DAY),
            "notice extends a deadline, but no reply deadline runs on Doc. 2",
        ),
    ],
    ids=lambda v: v.type if hasattr(v, "type") else "",
)
def test_an_entry_that_cannot_apply_is_flagged_with_a_reason_a_clerk_can_act_on(
    entry: DocketEvent, reason: str
) -> None:
    (anomaly,) = replay(_docket(entry)).anomalies
    assert anomaly.reason == reason
    assert anomaly.event_id == entry.id


def test_an_agreed_extension_after_the_time_ran_out_cites_the_rule_that_forbids_it() -> None:
    late = _entry(
        ExtensionNoticed, 3, days=30, motion=2, deadline="response", until=DAY + timedelta(days=45)
    )
    (anomaly,) = replay(_docket(late)).anomalies
    assert anomaly.code == "extension_after_expiry"
    assert anomaly.rule == "FRCP 6(b)(1)(B)"
    assert "Doc. 2" in anomaly.reason


def test_withdrawing_a_decided_motion_and_correcting_a_missing_entry_say_what_is_wrong() -> None:
    history = _docket(
        _entry(OrderEntered, 3, rulings=(Ruling(motion=2, disposition="denied"),)),
        _entry(MotionWithdrawn, 4, motion=2),
        _entry(EntryStricken, 5, target=f"{CASE}/404"),
    )
    reasons = [(a.code, a.reason) for a in replay(history).anomalies]
    assert reasons == [
        ("not_pending", "withdraws Doc. 2, which is already denied"),
        ("unknown_entry", f"entry stricken: no entry has id '{CASE}/404'"),
    ]


def test_a_case_closed_without_a_reason_says_the_case_was_closed() -> None:
    posture = replay(_docket(_entry(CaseClosed, 3)))
    assert posture.case.status == "closed"
    assert posture.case.because[-1].what == "case closed: case closed"
