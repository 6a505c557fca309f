"""A motion's briefing from filing to ruling, and the trail each briefing deadline leaves.

Periods are the District of New Mexico's (D.N.M.LR-Civ. 7.4(a): 14 days to respond, 14 to
reply); 2021-03-01 is a Monday and no holiday falls in March 2021.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.audit import PostureIndex, explain
from docket.events import (
    BriefingCompleteNoticed,
    CaseOpened,
    DocketEvent,
    Extension,
    ExtensionNoticed,
    MotionFiled,
    MotionKind,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
)
from docket.posture import BriefingState, Deadline, Posture

CASE = "nmd-1:21-cv-00101"
MONDAY = date(2021, 3, 1)


def _entry(model: type[Any], doc: int, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _motion_to_dismiss(*later: DocketEvent) -> list[DocketEvent]:
    return [
        _entry(CaseOpened, 1, MONDAY, court="nmd"),
        _entry(MotionFiled, 10, MONDAY, kind=MotionKind.DISMISS),
        *later,
    ]


def _briefing(p: Posture, doc: int = 10) -> BriefingState:
    b = p.motion(doc).briefing
    assert b is not None
    return b


def _last_state(events: list[DocketEvent], ident: str) -> Deadline:
    """The deadline ``ident`` as it last changed, met or moot ones included (the index keeps
    every change; a posture lists only the deadlines still running)."""
    states = [
        c.new
        for c in PostureIndex(events).changes
        if isinstance(c.new, Deadline) and c.new.id == ident
    ]
    assert states, f"no deadline {ident}"
    return states[-1]


RESPONSE = _entry(ResponseFiled, 11, date(2021, 3, 10), to_motion=10)
REPLY = _entry(ReplyFiled, 12, date(2021, 3, 20), to_motion=10)
GRANTED = _entry(
    OrderEntered, 13, date(2021, 4, 1), rulings=(Ruling(motion=10, disposition="granted"),)
)
VACATED = _entry(
    OrderEntered, 14, date(2021, 4, 5), rulings=(Ruling(motion=10, disposition="vacated"),)
)


def test_briefing_runs_from_response_to_reply_to_ruling_and_reopens_when_the_ruling_is_vacated():
    events = _motion_to_dismiss(RESPONSE, REPLY, GRANTED, VACATED)
    filed = _briefing(replay(events, as_of=MONDAY))
    assert (filed.status, filed.response_due, filed.reply_due) == (
        "awaiting_response",
        date(2021, 3, 15),
        None,
    )
    responded = _briefing(replay(events, as_of=date(2021, 3, 10)))
    # 14 days from the response of Wed 2021-03-10 (D.N.M.LR-Civ. 7.4(a)).
    assert (responded.status, responded.response, responded.reply_due) == (
        "awaiting_reply",
        11,
        date(2021, 3, 24),
    )
    replied = _briefing(replay(events, as_of=date(2021, 3, 20)))
    assert (replied.status, replied.reply, replied.complete_since, replied.complete_because) == (
        "complete",
        12,
        date(2021, 3, 20),
        "reply Doc. 12 filed",
    )
    assert _briefing(replay(events, as_of=date(2021, 4, 1))).status == "decided"
    reopened = _briefing(replay(events, as_of=date(2021, 4, 5)))
    assert (reopened.status, reopened.response, reopened.reply) == ("complete", 11, 12)


def test_each_filing_leaves_a_briefing_step_on_the_motion_and_a_step_on_its_deadline():
    events = _motion_to_dismiss(RESPONSE, REPLY)
    steps = replay(events).motion(10).because
    assert [(s.on, s.doc, s.what, s.about) for s in steps] == [
        (MONDAY, 10, "motion to dismiss filed", "status"),
        (date(2021, 3, 10), 11, "briefing: response Doc. 11 filed (opposed)", "briefing"),
        (date(2021, 3, 20), 12, "briefing: reply Doc. 12 filed", "briefing"),
    ]
    response = _last_state(events, "response:10")
    assert response.status == "met"
    assert [(s.doc, s.what, s.rule) for s in response.because] == [
        (
            10,
            "Response to Doc. 10 (motion to dismiss) due 2021-03-15 (14 days)",
            "D.N.M.LR-Civ. 7.4(a)",
        ),
        (11, "met by response Doc. 11", None),
    ]
    reply = _last_state(events, "reply:10")
    assert (reply.status, reply.what, reply.trigger_doc) == (
        "met",
        "Reply in support of Doc. 10 (motion to dismiss)",
        11,
    )
    assert [s.what for s in reply.because][-1] == "met by reply Doc. 12"


def test_a_deadline_due_on_an_ordinary_day_has_one_reading_counting_federal_holidays():
    (d,) = replay(_motion_to_dismiss(), as_of=MONDAY).deadlines
    (reading,) = d.readings
    assert reading.due == date(2021, 3, 15)
    assert "federal legal holidays" in reading.assumption


def test_a_notice_of_briefing_complete_completes_briefing_and_ends_the_time_to_reply():
    notice = _entry(BriefingCompleteNoticed, 12, date(2021, 3, 15), motion=10)
    events = _motion_to_dismiss(RESPONSE, notice)
    p = replay(events, as_of=date(2021, 3, 15))
    b = _briefing(p)
    assert (b.status, b.complete_since) == ("complete", date(2021, 3, 15))
    assert b.complete_because == "notice of briefing complete Doc. 12"
    assert p.deadlines == ()
    assert p.motion(10).because[-1].what == "briefing: notice of briefing complete Doc. 12"
    reply = _last_state(events, "reply:10")
    assert (reply.status, reply.because[-1].what) == ("moot", "briefing complete by notice Doc. 12")


def test_a_response_served_by_mail_gives_three_more_days_to_reply():
    # FRCP 6(d): 14 days from Wed 2021-03-10 is Wed 03-24, and 3 more for mail: Sat 03-27,
    # which rolls to Mon 2021-03-29 (FRCP 6(a)(1)(C)).
    mailed = _entry(ResponseFiled, 11, date(2021, 3, 10), to_motion=10, service="mail")
    (reply,) = replay(_motion_to_dismiss(mailed), as_of=date(2021, 3, 10)).deadlines
    assert (reply.id, reply.due) == ("reply:10", date(2021, 3, 29))


def test_a_second_response_neither_restarts_the_time_to_reply_nor_is_measured_against_it():
    second = _entry(ResponseFiled, 12, date(2021, 3, 19), to_motion=10)
    p = replay(_motion_to_dismiss(RESPONSE, second), as_of=date(2021, 3, 19))
    (reply,) = p.deadlines
    assert (reply.id, reply.due, reply.trigger_doc) == ("reply:10", date(2021, 3, 24), 11)
    assert _briefing(p).response == 11
    assert p.anomalies == ()


def test_a_response_after_the_motion_was_decided_starts_no_time_to_reply():
    granted = _entry(
        OrderEntered, 11, date(2021, 3, 5), rulings=(Ruling(motion=10, disposition="granted"),)
    )
    late_opposition = _entry(ResponseFiled, 12, date(2021, 3, 10), to_motion=10)
    p = replay(_motion_to_dismiss(granted, late_opposition), as_of=date(2021, 3, 10))
    assert p.deadlines == ()
    assert _briefing(p).reply_due is None


def test_a_response_one_day_late_is_one_day_late():
    late = _entry(ResponseFiled, 11, date(2021, 3, 16), to_motion=10)
    (a,) = replay(_motion_to_dismiss(late)).anomalies
    assert a.code == "late_response"
    assert a.reason == "response to Doc. 10 filed 1 day after it was due on 2021-03-15"


def test_a_response_late_on_every_reading_has_no_note_that_it_may_be_timely():
    late = _entry(ResponseFiled, 11, date(2021, 3, 18), to_motion=10)
    (a,) = replay(_motion_to_dismiss(late)).anomalies
    assert a.reason == "response to Doc. 10 filed 3 days after it was due on 2021-03-15"


def test_an_order_extending_the_time_to_respond_moves_the_deadline_under_rule_6b():
    order = _entry(
        OrderEntered,
        11,
        date(2021, 3, 8),
        extensions=(Extension(motion=10, deadline="response", until=date(2021, 4, 1)),),
    )
    p = replay(_motion_to_dismiss(order), as_of=date(2021, 3, 8))
    (d,) = p.deadlines
    assert (d.due, d.status) == (date(2021, 4, 1), "running")
    assert [(r.due, r.assumption) for r in d.readings] == [(date(2021, 4, 1), "as extended")]
    last = d.because[-1]
    assert (last.doc, last.what, last.rule) == (
        11,
        "extended to 2021-04-01 by order Doc. 11",
        "FRCP 6(b)",
    )
    assert _briefing(p).response_due == date(2021, 4, 1)
    assert p.motion(10).because[-1].what == "response due 2021-04-01 (order Doc. 11)"
    assert p.anomalies == ()
    # The old due date passes without the time running out.
    assert replay(_motion_to_dismiss(order), as_of=date(2021, 3, 20)).deadlines[0].status == (
        "running"
    )


def test_an_agreed_extension_of_the_time_to_reply_moves_the_reply_date():
    notice = _entry(
        ExtensionNoticed,
        12,
        date(2021, 3, 15),
        motion=10,
        deadline="reply",
        until=date(2021, 4, 7),
    )
    p = replay(_motion_to_dismiss(RESPONSE, notice), as_of=date(2021, 3, 15))
    assert _briefing(p).reply_due == date(2021, 4, 7)
    assert p.deadlines[0].because[-1].what == (
        "extended to 2021-04-07 by notice of agreed extension Doc. 12"
    )


def test_an_order_extending_a_deadline_that_does_not_run_is_flagged():
    order = _entry(
        OrderEntered,
        11,
        date(2021, 3, 8),
        extensions=(Extension(motion=10, deadline="reply", until=date(2021, 4, 1)),),
    )
    (a,) = replay(_motion_to_dismiss(order)).anomalies
    assert (a.code, a.doc) == ("no_deadline_to_extend", 11)
    assert a.reason == "extends a deadline, but no reply deadline runs on Doc. 10"


def test_an_order_extending_time_that_ran_out_reopens_briefing_for_that_filing():
    # FRCP 6(b)(1)(B): after the time expired, the court may extend it on motion.
    order = _entry(
        OrderEntered,
        12,
        date(2021, 4, 1),
        extensions=(Extension(motion=10, deadline="reply", until=date(2021, 4, 15)),),
    )
    events = _motion_to_dismiss(RESPONSE, order)
    ran_out = _briefing(replay(events, as_of=date(2021, 3, 25)))
    assert (ran_out.status, ran_out.complete_because) == (
        "complete",
        "the time for filing a reply has elapsed",
    )
    p = replay(events, as_of=date(2021, 4, 1))
    b = _briefing(p)
    assert (b.status, b.complete_since, b.complete_because, b.reply_due) == (
        "awaiting_reply",
        None,
        None,
        date(2021, 4, 15),
    )
    (d,) = p.deadlines
    assert (d.id, d.status, d.due) == ("reply:10", "running", date(2021, 4, 15))


def test_extending_a_deadline_already_met_is_flagged_not_raised():
    # "An entry that cannot apply is flagged as an anomaly, never raised" (docket.engine.entries).
    notice = _entry(
        ExtensionNoticed,
        12,
        date(2021, 3, 12),
        motion=10,
        deadline="response",
        until=date(2021, 4, 1),
    )
    (a,) = replay(_motion_to_dismiss(RESPONSE, notice)).anomalies
    assert (a.code, a.doc) == ("no_deadline_to_extend", 12)
    assert a.reason == (
        "notice extends a deadline, but the response deadline on Doc. 10 no longer runs (met)"
    )


def test_when_the_time_to_reply_runs_out_the_step_cites_the_local_rules_consequence():
    events = _motion_to_dismiss(RESPONSE)
    p = replay(events, as_of=date(2021, 3, 25))
    last = explain(p, motion=10).steps[-1]
    assert (last.doc, last.what, last.about) == (
        None,
        "briefing: the time for filing a reply has elapsed",
        "briefing",
    )
    assert last.rule is not None and "D.N.M.LR-Civ. 7.1(b)" in last.rule
    reply = _last_state(events, "reply:10")
    ran_out = reply.because[-1]
    assert (reply.status, ran_out.on, ran_out.doc, ran_out.what) == (
        "elapsed",
        date(2021, 3, 25),
        None,
        "time ran out: nothing filed by 2021-03-24",
    )
    assert ran_out.rule == reply.consequence and "7.1(b)" in (ran_out.rule or "")


def test_a_ruling_moots_the_time_to_reply_and_says_which_ruling():
    denied = _entry(
        OrderEntered,
        12,
        date(2021, 3, 15),
        rulings=(Ruling(motion=10, disposition="denied_without_prejudice"),),
    )
    events = _motion_to_dismiss(RESPONSE, denied)
    assert replay(events, as_of=date(2021, 3, 15)).deadlines == ()
    reply = _last_state(events, "reply:10")
    assert (reply.status, reply.because[-1].what) == (
        "moot",
        "Doc. 10 denied without prejudice",
    )


def test_the_index_agrees_with_replay_on_every_day_of_these_briefings():
    histories = [
        _motion_to_dismiss(RESPONSE, REPLY, GRANTED, VACATED),
        _motion_to_dismiss(
            RESPONSE, _entry(BriefingCompleteNoticed, 12, date(2021, 3, 15), motion=10)
        ),
        # A response after the time ran out changes the briefing but moves no machine.
        _motion_to_dismiss(_entry(ResponseFiled, 11, date(2021, 3, 22), to_motion=10)),
        _motion_to_dismiss(
            RESPONSE,
            _entry(
                OrderEntered,
                12,
                date(2021, 4, 1),
                extensions=(Extension(motion=10, deadline="reply", until=date(2021, 4, 15)),),
            ),
        ),
    ]
    days = [date.fromordinal(MONDAY.toordinal() + n) for n in range(0, 60, 2)]
    for events in histories:
        assert PostureIndex(events).check(days) == []


def test_a_response_after_the_time_ran_out_is_recorded_on_the_briefing():
    late = _entry(ResponseFiled, 11, date(2021, 3, 22), to_motion=10)
    events = _motion_to_dismiss(late)
    b = _briefing(replay(events, as_of=date(2021, 3, 22)))
    assert (b.status, b.response, b.complete_because) == (
        "complete",
        11,
        "no response filed in time",
    )
    assert PostureIndex(events).posture(date(2021, 3, 22)) == replay(
        events, as_of=date(2021, 3, 22)
    )
