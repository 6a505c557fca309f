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


def _dcd_late_response(order_text: str) -> str:
    """D.D.C. No. 1:06-cv-00577 (tests/fixtures/dockets/juriscraper/dockets_internet_archive/
    dcd_119997.json): Doc. 17, 4/30/2007, reads in full "SCHEDULING ORDER. Signed by Judge
    Richard W. Roberts on 4/30/07."; a motion for summary judgment (Doc. 18, 6/8/2007) was
    opposed on 7/13, the cross-motion of that day on 8/3 and replied to on 8/24: the
    35/21/21-day rhythm of a schedule the court set, whose terms the docket does not give."""
    case = "dcd-1:06-cv-00577"
    events: list[DocketEvent] = [
        CaseOpened(id="c1", case=case, doc=1, filed=date(2006, 3, 29), court="dcd"),
        MotionFiled(id="m7", case=case, doc=7, filed=date(2006, 7, 24), kind=MotionKind.OTHER),
        OrderEntered(id="o17", case=case, doc=17, filed=date(2007, 4, 30), text=order_text),
        MotionFiled(
            id="m18", case=case, doc=18, filed=date(2007, 6, 8), kind=MotionKind.SUMMARY_JUDGMENT
        ),
        ResponseFiled(id="r21", case=case, doc=21, filed=date(2007, 7, 13), to_motion=18),
    ]
    p = replay(events, as_of=date(2007, 7, 13))
    (late,) = [a for a in p.anomalies if a.code == "late_response"]
    return late.reason


def test_a_late_response_after_a_scheduling_order_the_docket_does_not_spell_out_is_flagged() -> (
    None
):
    reason = _dcd_late_response("SCHEDULING ORDER. Signed by Judge Richard W. Roberts on 4/30/07.")
    assert "a scheduling order whose terms the docket does not give, Doc. 17" in reason


def test_a_scheduling_order_whose_terms_the_docket_gives_leaves_the_response_late() -> None:
    reason = _dcd_late_response(
        "SCHEDULING ORDER: Discovery due by 9/1/2007. Signed by Judge Richard W. Roberts."
    )
    assert "scheduling order" not in reason
