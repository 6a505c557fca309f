"""The posture under a court's own pack: verified periods as fact, unverified ones flagged,
and no deadline where the court's rule sets none that can run (issue 18)."""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import (
    BriefingScheduled,
    CaseOpened,
    HearingNoticed,
    MotionFiled,
    MotionKind,
    ResponseFiled,
)
from docket.render import posture_text


def _case(court: str, *events: object) -> list[object]:
    case = f"{court}-1:22-cv-00001"
    opened = CaseOpened(id="c1", case=case, doc=1, filed=date(2020, 1, 6), court=court)
    return [opened, *events]


def _motion(court: str, filed: date, kind: MotionKind = MotionKind.DISMISS) -> MotionFiled:
    return MotionFiled(id="m10", case=f"{court}-1:22-cv-00001", doc=10, filed=filed, kind=kind)


def _response(court: str, filed: date) -> ResponseFiled:
    return ResponseFiled(id="r12", case=f"{court}-1:22-cv-00001", doc=12, filed=filed, to_motion=10)


def test_a_verified_local_period_runs_as_fact() -> None:
    # N.D. Tex. LR 7.1(e) (text read): 21 days from filing; Fri 2022-04-01 -> Fri 2022-04-22.
    p = replay(_case("txnd", _motion("txnd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    (d,) = p.deadlines
    assert (d.due, d.rule, d.unverified) == (date(2022, 4, 22), "txnd.7_1e.response", None)


def test_an_unverified_local_period_is_shown_as_unverified() -> None:
    # D.S.C. Local Civ. Rule 7.06, its text not read: 14 days, flagged.
    p = replay(_case("scd", _motion("scd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    (d,) = p.deadlines
    assert d.due == date(2022, 4, 15)
    assert d.unverified is not None and "D.S.C. Local Civ. Rule 7.06" in d.unverified
    assert "UNVERIFIED period" in posture_text(p)


def test_a_late_response_under_an_unverified_period_says_so() -> None:
    events = _case("scd", _motion("scd", date(2022, 4, 1)), _response("scd", date(2022, 4, 20)))
    p = replay(events, as_of=date(2022, 4, 20))
    (late,) = [a for a in p.anomalies if a.code == "late_response"]
    assert "unverified" in late.reason


def test_a_timely_response_under_the_courts_own_longer_period_is_not_late() -> None:
    # 18 days after the motion: late under the FRCP base's 14-day default, timely under
    # N.D. Tex. LR 7.1(e)'s 21 days.
    events = _case("txnd", _motion("txnd", date(2022, 4, 1)), _response("txnd", date(2022, 4, 19)))
    p = replay(events, as_of=date(2022, 4, 19))
    assert not [a for a in p.anomalies if a.code == "late_response"]


def test_no_response_deadline_runs_where_the_court_sets_briefing_by_order() -> None:
    # N.D. Ill. LR 78.3: "The court may set a briefing schedule."
    events = _case("ilnd", _motion("ilnd", date(2022, 4, 1)), _response("ilnd", date(2022, 5, 20)))
    p = replay(events, as_of=date(2022, 5, 20))
    assert p.deadlines == () and not p.anomalies
    (m,) = p.motions
    assert any("LR 78.3" in s.what for s in m.because)


def test_no_response_deadline_runs_for_a_hearing_court_without_a_hearing_date() -> None:
    p = replay(_case("cacd", _motion("cacd", date(2022, 4, 1))), as_of=date(2022, 4, 1))
    assert p.deadlines == ()
    (m,) = p.motions
    assert any("no hearing date" in s.what for s in m.because)


def _hearing(court: str, doc: int, filed: date, hearing: date) -> HearingNoticed:
    return HearingNoticed(
        id=f"h{doc}",
        case=f"{court}-1:22-cv-00001",
        doc=doc,
        filed=filed,
        motion=10,
        hearing=hearing,
    )


def test_a_hearing_in_the_motion_counts_the_opposition_back_from_it() -> None:
    # Palacios v. County of Los Angeles (C.D. Cal. 2022): hearing Nov. 30, opposition Nov. 9.
    motion = _motion("cacd", date(2022, 10, 20)).model_copy(update={"hearing": date(2022, 11, 30)})
    p = replay(_case("cacd", motion), as_of=date(2022, 10, 20))
    (d,) = p.deadlines
    assert (d.id, d.due, d.rule) == ("response:10", date(2022, 11, 9), "cacd.7_9.opposition")
    assert p.motions[0].hearing == date(2022, 11, 30)
    assert "hearing 2022-11-30" in posture_text(p)


def test_a_later_notice_of_hearing_starts_the_opposition_and_reply_back_from_it() -> None:
    events = _case(
        "cacd",
        _motion("cacd", date(2022, 10, 20)),
        _hearing("cacd", 11, date(2022, 10, 21), date(2022, 11, 30)),
    )
    p = replay(events, as_of=date(2022, 10, 21))
    (d,) = p.deadlines
    assert (d.due, d.unverified) == (date(2022, 11, 9), None)
    after = replay([*events, _response("cacd", date(2022, 11, 9))], as_of=date(2022, 11, 9))
    (reply,) = after.deadlines
    # L.R. 7-10 (unverified): 14 days before Wed 2022-11-30 is Wed 2022-11-16.
    assert (reply.id, reply.due) == ("reply:10", date(2022, 11, 16))
    assert reply.unverified is not None and "L.R. 7-10" in reply.unverified
    assert not [a for a in after.anomalies if a.code == "late_response"]


def test_a_hearing_reset_to_a_later_day_moves_the_opposition_with_it() -> None:
    # L.R. 7-11: continuing the hearing moves the opposition to 21 days before the new day.
    events = _case(
        "cacd",
        _motion("cacd", date(2022, 10, 20)),
        _hearing("cacd", 11, date(2022, 10, 21), date(2022, 11, 30)),
        _hearing("cacd", 13, date(2022, 11, 1), date(2022, 12, 14)),
        _response("cacd", date(2022, 11, 22)),
    )
    p = replay(events, as_of=date(2022, 11, 22))
    assert p.motions[0].hearing == date(2022, 12, 14)
    assert not [a for a in p.anomalies if a.code == "late_response"]
    early = replay(events[:4], as_of=date(2022, 11, 1))
    assert early.deadlines[0].due == date(2022, 11, 23)


def test_a_backward_period_landing_on_a_holiday_rolls_earlier() -> None:
    # D.N.J. L. Civ. R. 7.1(d)(3) (unverified): reply 7 days before a motion day of Mon
    # 2022-06-06 is Mon 05-30, Memorial Day: FRCP 6(a)(5) counts back to Fri 05-27.
    events = _case(
        "njd",
        _motion("njd", date(2022, 5, 2)),
        _hearing("njd", 11, date(2022, 5, 3), date(2022, 6, 6)),
        _response("njd", date(2022, 5, 23)),
    )
    p = replay(events, as_of=date(2022, 5, 23))
    (reply,) = p.deadlines
    assert reply.due == date(2022, 5, 27)


def test_a_hearing_does_not_move_a_period_counted_from_filing() -> None:
    events = _case(
        "txnd",
        _motion("txnd", date(2022, 4, 1)),
        _hearing("txnd", 11, date(2022, 4, 2), date(2022, 6, 1)),
    )
    p = replay(events, as_of=date(2022, 4, 2))
    (d,) = p.deadlines
    assert d.due == date(2022, 4, 22) and p.motions[0].hearing == date(2022, 6, 1)


def test_a_response_date_the_docket_sets_governs_and_is_not_unverified() -> None:
    # S.D. Fla. (14 days): the clerk writes "Responses due by 5/2/2022" on the
    # motion; a response filed 05-02 is on time though 14 days would end 04-15.
    case = "flsd-1:22-cv-00001"
    events = _case(
        "flsd",
        _motion("flsd", date(2022, 4, 1)),
        BriefingScheduled(
            id="b10", case=case, filed=date(2022, 4, 1), motion=10, response_due=date(2022, 5, 2)
        ),
    )
    p = replay(events, as_of=date(2022, 4, 1))
    (d,) = p.deadlines
    assert (d.due, d.unverified) == (date(2022, 5, 2), None)
    after = replay([*events, _response("flsd", date(2022, 5, 2))], as_of=date(2022, 5, 2))
    assert not [a for a in after.anomalies if a.code == "late_response"]


def test_a_reply_date_set_before_the_response_waits_for_the_reply_deadline() -> None:
    case = "flsd-1:22-cv-00001"
    events = _case(
        "flsd",
        _motion("flsd", date(2022, 4, 1)),
        BriefingScheduled(
            id="b10",
            case=case,
            filed=date(2022, 4, 1),
            motion=10,
            response_due=date(2022, 5, 2),
            reply_due=date(2022, 5, 23),
        ),
        _response("flsd", date(2022, 4, 29)),
    )
    p = replay(events, as_of=date(2022, 4, 29))
    (reply,) = p.deadlines
    assert (reply.id, reply.due, reply.unverified) == ("reply:10", date(2022, 5, 23), None)


def test_a_late_brief_under_a_rule_that_yields_to_the_judge_is_flagged_not_stated() -> None:
    # S.D.N.Y. Local Civ. R. 6.1(b), text read: 14 days, but the rule applies only "unless
    # otherwise provided ... by the Court in a Judge's Individual Practice or in a direction
    # in a particular case": a brief after the date is flagged for review.
    events = _case("nysd", _motion("nysd", date(2022, 4, 1)), _response("nysd", date(2022, 4, 20)))
    p = replay(events, as_of=date(2022, 4, 20))
    (late,) = [a for a in p.anomalies if a.code == "late_response"]
    assert "due on 2022-04-15" in late.reason
    assert "yields to the judge's practices and directions" in late.reason
    assert "unverified" not in late.reason


def _late_sdny_response(scheduled: BriefingScheduled) -> str:
    events = _case(
        "nysd", _motion("nysd", date(2022, 3, 2)), scheduled, _response("nysd", date(2022, 3, 23))
    )
    p = replay(events, as_of=date(2022, 3, 23))
    (late,) = [a for a in p.anomalies if a.code == "late_response"]
    return late.reason


def test_the_date_cm_ecf_wrote_on_an_sdny_motion_yields_to_the_judge_like_the_rule() -> None:
    """S.D.N.Y. No. 1:16-cv-02823 (tests/fixtures/docketanalyzer/dockets.csv): the motion's
    own entry 52 reads "( Responses due by 3/16/2017)", the 6.1(b) default its filing event
    computed, while the judge had granted a motion to confirm a post-trial briefing schedule
    (entry 39); the opposition came on 3/23. The date read from the motion's own entry settles
    no more than the rule: the brief is flagged, not called late as fact. (The dates are
    moved to 2022, when the test case is open.)"""
    case = "nysd-1:22-cv-00001"
    own = BriefingScheduled(
        id="m10/briefing10", case=case, filed=date(2022, 3, 2), motion=10,
        response_due=date(2022, 3, 16),
    )  # fmt: skip
    reason = _late_sdny_response(own)
    assert "due on 2022-03-16" in reason
    assert "yields to the judge's practices and directions" in reason


def test_an_sdny_order_setting_the_date_makes_a_late_brief_late_as_fact() -> None:
    """A date an order or the clerk's separate entry sets is the judge's direction: after it,
    a brief is late as fact (the same dates as above, set by Doc. 11)."""
    case = "nysd-1:22-cv-00001"
    order = BriefingScheduled(
        id="o11", case=case, doc=11, filed=date(2022, 3, 3), motion=10,
        response_due=date(2022, 3, 16),
    )  # fmt: skip
    reason = _late_sdny_response(order)
    assert "due on 2022-03-16" in reason
    assert "yields to the judge" not in reason and "unverified" not in reason
