"""An order that changes a briefing schedule without a date the docket gives: a brief after
the date it replaced may be on time, so it is flagged for review, not called late as fact.

Found on N.D. Cal. No. 4:15-cv-02172 (tests/fixtures/dockets/juriscraper/dockets_internet_archive/
cand_287492.json): a motion to dismiss (Doc. 82, 9/8/2016, "Replies due by 9/29/2016"); an
order (Doc. 86, 9/27/2016) "granting AS MODIFIED 85 Stipulation TO WITHDRAW AND RE-FILE
PLAINTIFFS' OPPOSITION ... AND MODIFY BRIEFING SCHEDULE"; the amended opposition on 9/28 and
the reply on 10/5, seven days after it.
"""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import (
    BriefingScheduled,
    CaseOpened,
    DocketEvent,
    MotionFiled,
    MotionKind,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
)

CASE = "cand-4:15-cv-02172"


def _history(order_text: str) -> list[DocketEvent]:
    return [
        CaseOpened(id="c1", case=CASE, doc=1, filed=date(2015, 5, 15), court="cand"),
        MotionFiled(id="m82", case=CASE, doc=82, filed=date(2016, 9, 8), kind=MotionKind.DISMISS),
        BriefingScheduled(
            id="m82/briefing82",
            case=CASE,
            filed=date(2016, 9, 8),
            motion=82,
            response_due=date(2016, 9, 22),
            reply_due=date(2016, 9, 29),
        ),
        ResponseFiled(id="r84", case=CASE, doc=84, filed=date(2016, 9, 22), to_motion=82),
        OrderEntered(id="o86", case=CASE, doc=86, filed=date(2016, 9, 27), text=order_text),
        ReplyFiled(id="p88", case=CASE, doc=88, filed=date(2016, 10, 5), to_motion=82),
    ]


def _late_reply(order_text: str) -> str:
    p = replay(_history(order_text), as_of=date(2016, 10, 5))
    (late,) = [a for a in p.anomalies if a.code == "late_reply"]
    return late.reason


def test_a_late_reply_after_an_order_modifying_the_briefing_schedule_is_flagged() -> None:
    reason = _late_reply(
        "ORDER granting AS MODIFIED 85 Stipulation TO WITHDRAW AND RE-FILE PLAINTIFFS' "
        "OPPOSITION TO DEFENDANT'S MOTION TO DISMISS AND MODIFY BRIEFING SCHEDULE."
    )
    assert "due on 2016-09-29" in reason
    assert "an order changed a briefing schedule before it, Doc. 86" in reason


def test_an_order_on_another_motions_briefing_schedule_leaves_the_reply_late() -> None:
    """The order names Doc. 90, a motion of the docket's, not Doc. 82."""
    events = _history("ORDER granting 91 Stipulation to extend the briefing schedule on 90.")
    other = MotionFiled(
        id="m90", case=CASE, doc=90, filed=date(2016, 9, 20), kind=MotionKind.COMPEL
    )
    p = replay([*events[:3], other, *events[3:]], as_of=date(2016, 10, 5))
    (late,) = [a for a in p.anomalies if a.code == "late_reply"]
    assert "changed a briefing schedule" not in late.reason


def test_an_order_that_does_not_touch_a_briefing_schedule_leaves_the_reply_late() -> None:
    reason = _late_reply("ORDER continuing the case management conference to 12/16/2016.")
    assert "changed a briefing schedule" not in reason
