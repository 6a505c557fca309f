"""Briefing under the court's rules: deadlines that run, run out, move and pause."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docket import load_history, replay
from docket.audit import explain
from docket.events import (
    CaseOpened,
    DateReached,
    Extension,
    ExtensionNoticed,
    MotionFiled,
    MotionKind,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    StayImposed,
    StayScope,
)

LUCERO = load_history(Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl")
CASE = "nmd-1:21-cv-00001"


def _open(court: str | None = "nmd") -> CaseOpened:
    return CaseOpened(id="c1", case=CASE, doc=1, filed=date(2015, 1, 5), court=court)


def _motion(doc: int = 10, day: date = date(2021, 3, 1), **kw) -> MotionFiled:
    return MotionFiled(id=f"m{doc}", case=CASE, doc=doc, filed=day, kind=MotionKind.DISMISS, **kw)


def test_the_engine_knows_the_time_for_a_reply_had_elapsed_before_the_founding_order():
    # "Plaintiff opposes, and the time for filing a reply has elapsed" -- with no entry saying so.
    due = replay(LUCERO, as_of=date(2019, 12, 2))
    (reply,) = due.deadlines
    assert (reply.id, reply.due, reply.trigger_doc, reply.citation) == (
        "reply:38",
        date(2019, 12, 2),
        40,
        "D.N.M.LR-Civ. 7.4(a)",
    )
    assert due.motion(38).briefing.status == "awaiting_reply"  # type: ignore[union-attr]
    after = replay(LUCERO, as_of=date(2019, 12, 3))
    b = after.motion(38).briefing
    assert b is not None and b.status == "complete" and b.complete_since == date(2019, 12, 3)
    assert b.complete_because == "the time for filing a reply has elapsed"
    assert after.deadlines == ()


def test_a_response_due_date_follows_dnm_local_rule_7_4a():
    p = replay([_open(), _motion(day=date(2019, 5, 10))], as_of=date(2019, 5, 10))
    (d,) = p.deadlines
    # Molina v. DHS (D.N.M. 2019): motion filed Fri 2019-05-10, response due Fri 2019-05-24.
    assert (d.due, d.rule, d.trigger_doc, d.motion) == (
        date(2019, 5, 24),
        "nmd.7.4a.response",
        10,
        10,
    )


def test_mail_service_adds_three_days_under_rule_6d():
    # Fitzgerald v. New Mexico (D.N.M. 2017): mailed Fri 2017-04-07, due Mon 2017-04-24.
    p = replay([_open(), _motion(day=date(2017, 4, 7), service="mail")], as_of=date(2017, 4, 7))
    assert p.deadlines[0].due == date(2017, 4, 24)


def test_a_late_response_is_flagged_with_the_days_late_and_the_rule():
    events = [
        _open(),
        _motion(day=date(2019, 5, 10)),
        ResponseFiled(id="r", case=CASE, doc=11, filed=date(2019, 5, 28), to_motion=10),
    ]
    (a,) = replay(events).anomalies
    assert (a.code, a.doc, a.rule) == ("late_response", 11, "D.N.M.LR-Civ. 7.4(a)")
    assert "4 days after it was due on 2019-05-24" in a.reason


def test_a_response_due_on_the_day_after_thanksgiving_has_two_readings_and_a_grace_note():
    # Computed in RULES.md: e-served Fri 2025-11-14 -> 2025-11-28, or 2025-12-01 if NM's holiday counts.
    events = [
        _open(),
        _motion(day=date(2025, 11, 14)),
        ResponseFiled(id="r", case=CASE, doc=11, filed=date(2025, 12, 1), to_motion=10),
    ]
    before = replay(events, as_of=date(2025, 11, 20))
    assert [r.due for r in before.deadlines[0].readings] == [date(2025, 11, 28), date(2025, 12, 1)]
    (a,) = replay(events).anomalies
    assert (
        a.code == "late_response" and "timely if the later reading, 2025-12-01, holds" in a.reason
    )


def test_an_unanswered_motion_is_fully_briefed_when_the_response_time_runs_out():
    events = [_open(), _motion(day=date(2019, 5, 10))]
    assert replay(events, as_of=date(2019, 5, 24)).motion(10).briefing.status == "awaiting_response"  # type: ignore[union-attr]
    b = replay(events, as_of=date(2019, 5, 25)).motion(10).briefing
    assert (
        b is not None
        and b.status == "complete"
        and b.complete_because == "no response filed in time"
    )
    e = explain(replay(events, as_of=date(2019, 5, 25)), motion=10)
    assert e.steps[-1].rule is not None and "7.1(b)" in e.steps[-1].rule


def test_a_notice_of_agreed_extension_moves_the_deadline():
    notice = ExtensionNoticed(
        id="n",
        case=CASE,
        doc=11,
        filed=date(2019, 5, 20),
        motion=10,
        deadline="response",
        until=date(2019, 6, 7),
    )
    events = [_open(), _motion(day=date(2019, 5, 10)), notice]
    p = replay(events, as_of=date(2019, 5, 30))
    assert p.deadlines[0].due == date(2019, 6, 7)
    assert p.motion(10).briefing.status == "awaiting_response"  # type: ignore[union-attr]
    assert replay(events, as_of=date(2019, 6, 8)).motion(10).briefing.status == "complete"  # type: ignore[union-attr]


def test_an_agreed_extension_after_the_time_ran_out_is_flagged_but_an_order_revives_it():
    late_notice = ExtensionNoticed(
        id="n",
        case=CASE,
        doc=11,
        filed=date(2019, 5, 28),
        motion=10,
        deadline="response",
        until=date(2019, 6, 7),
    )
    assert [
        a.code for a in replay([_open(), _motion(day=date(2019, 5, 10)), late_notice]).anomalies
    ] == ["extension_after_expiry"]
    order = OrderEntered(
        id="o",
        case=CASE,
        doc=12,
        filed=date(2019, 5, 28),
        extensions=(Extension(motion=10, deadline="response", until=date(2019, 6, 7)),),
    )
    p = replay([_open(), _motion(day=date(2019, 5, 10)), order], as_of=date(2019, 5, 29))
    assert p.deadlines[0].due == date(2019, 6, 7)
    assert p.motion(10).briefing.status == "awaiting_response"  # type: ignore[union-attr]


def test_a_stay_of_the_case_suspends_running_deadlines_and_the_days_left_run_again_after():
    stay = OrderEntered(
        id="s",
        case=CASE,
        doc=11,
        filed=date(2021, 3, 5),
        stays=(StayImposed(scope=StayScope.CASE, lifts_when=DateReached(on=date(2021, 4, 1))),),
    )
    events = [_open(), _motion(day=date(2021, 3, 1)), stay]
    during = replay(events, as_of=date(2021, 3, 20))
    (d,) = during.deadlines
    assert d.status == "suspended" and d.due == date(2021, 3, 15)
    assert during.motion(10).briefing.status == "awaiting_response"  # type: ignore[union-attr]
    after = replay(events, as_of=date(2021, 4, 1))
    (d,) = after.deadlines
    # 10 days were left on March 5; they run again from April 1.
    assert d.status == "running" and d.due == date(2021, 4, 12)  # 4/11 is a Sunday


def test_a_reply_after_its_time_ran_out_is_flagged_late():
    events = [
        _open(),
        _motion(day=date(2019, 5, 10)),
        ResponseFiled(id="r", case=CASE, doc=11, filed=date(2019, 5, 20), to_motion=10),
        ReplyFiled(id="y", case=CASE, doc=12, filed=date(2019, 6, 10), to_motion=10),
    ]
    (a,) = replay(events).anomalies
    assert a.code == "late_reply" and "after it was due on 2019-06-03" in a.reason


def test_a_court_without_a_rule_pack_falls_back_to_the_frcp_and_says_so():
    p = replay([_open(court="zzd"), _motion()], as_of=date(2021, 3, 1))
    assert p.case.rule_pack == "frcp"
    assert (
        p.case.rule_pack_notice is not None and "'zzd' has no rule pack" in p.case.rule_pack_notice
    )
    assert p.deadlines[0].due == date(2021, 3, 15)


def test_deciding_a_motion_ends_its_deadlines():
    from docket.events import Disposition, Ruling

    order = OrderEntered(
        id="o",
        case=CASE,
        doc=11,
        filed=date(2021, 3, 2),
        rulings=(Ruling(motion=10, disposition=Disposition.DENIED),),
    )
    assert replay([_open(), _motion(), order], as_of=date(2021, 3, 3)).deadlines == ()
