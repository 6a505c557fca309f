"""Each defendant's answer in replay: service, FRCP 12(a), Rule 12 motions, 15(a)(3).

Dates are worked by hand under FRCP 6(a)(1): the trigger day excluded, every day counted, a
last day on a weekend or legal holiday rolled to the next day that is neither. The periods
run from service (or from the sending of a waiver request), and the 12(a) periods add no
FRCP 6(d) days (the summons is served, not mailed as a paper under Rule 5).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.events import (
    AnswerFiled,
    AnswerTimeExtended,
    CaseOpened,
    DefaultEntered,
    DefaultRequested,
    DocketEvent,
    MotionFiled,
    MotionKind,
    MotionWithdrawn,
    OrderEntered,
    Party,
    PleadingAmended,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
    SummonsServed,
    WaiverReturned,
)
from docket.posture import DefendantState, Posture
from docket.render import posture_text

CASE = "nmd-1:21-cv-00200"
PARTIES = (
    Party(name="Jane Doe", role="plaintiff"),
    Party(name="Officer Roe", role="defendant"),
    Party(name="City of Clovis", role="defendant", entity=True),
)


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _opened(parties: tuple[Party, ...] = PARTIES) -> DocketEvent:
    return _entry(CaseOpened, 1, date(2021, 1, 4), court="nmd", parties=parties)


def _served(doc: int, on: date, *names: str, filed: date | None = None) -> DocketEvent:
    return _entry(SummonsServed, doc, filed or on, defendants=names, served_on=on)


def _defendant(p: Posture, name: str) -> DefendantState:
    return next(d for d in p.case.defendants if d.name == name)


def _due(p: Posture) -> dict[str, date]:
    return {d.id: d.due for d in p.deadlines}


def test_a_summons_served_starts_21_days_to_answer_listed_with_its_rule() -> None:
    """FRCP 12(a)(1)(A)(i): served Mon 2021-01-11 + 21 days = Mon 2021-02-01."""
    p = replay(
        [_opened(), _served(5, date(2021, 1, 11), "Officer Roe", filed=date(2021, 1, 15))],
        as_of=date(2021, 1, 15),
    )
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.served, roe.answer_due) == ("due", date(2021, 1, 11), date(2021, 2, 1))
    assert roe.rule == "FRCP 12(a)(1)(A)(i)"
    deadline = next(d for d in p.deadlines if d.id == "answer:officer-roe")
    assert (deadline.due, deadline.citation, deadline.rule) == (
        date(2021, 2, 1),
        "FRCP 12(a)(1)(A)(i)",
        "frcp.12a.answer",
    )
    assert "55(a)" in (deadline.consequence or "")
    assert _defendant(p, "City of Clovis").answer == "not_served"


def test_a_waiver_gives_60_days_from_the_request_and_90_abroad() -> None:
    """FRCP 12(a)(1)(A)(ii): request sent Tue 2021-01-05 + 60 = Sat 2021-03-06, rolled to
    Mon 2021-03-08; + 90 = Mon 2021-04-05."""
    home = _entry(
        WaiverReturned, 6, date(2021, 1, 20), defendants=("City",), requested=date(2021, 1, 5)
    )
    p = replay([_opened(), home], as_of=date(2021, 1, 20))
    city = _defendant(p, "City of Clovis")
    assert (city.service, city.answer_due, city.rule) == (
        "waiver",
        date(2021, 3, 8),
        "FRCP 12(a)(1)(A)(ii)",
    )
    abroad = home.model_copy(update={"abroad": True})
    assert _defendant(replay([_opened(), abroad]), "City of Clovis").answer_due == date(2021, 4, 5)


def test_a_waiver_that_does_not_say_when_the_request_was_sent_computes_no_date() -> None:
    """Counting from the return would come too late: no date, and a person is asked."""
    p = replay([_opened(), _entry(WaiverReturned, 6, date(2021, 1, 20), defendants=("City",))])
    city = _defendant(p, "City of Clovis")
    assert (city.answer, city.answer_due) == ("due", None)
    assert "request was sent" in city.review[0].reason
    assert not any(d.id.startswith("answer:") for d in p.deadlines)


def test_the_united_states_has_60_days_to_answer() -> None:
    """FRCP 12(a)(2): served Mon 2021-01-11 + 60 = Sat 2021-03-12? No: Fri 2021-03-12."""
    parties = (
        Party(name="Jane Doe", role="plaintiff"),
        Party(name="Department of the Interior", role="defendant", united_states=True),
    )
    p = replay([_opened(parties), _served(5, date(2021, 1, 11))])
    doi = _defendant(p, "Department of the Interior")
    assert (doi.answer_due, doi.rule) == (date(2021, 3, 12), "FRCP 12(a)(2)")


def test_an_unmarked_federal_looking_defendant_is_flagged_not_given_60_days() -> None:
    parties = (Party(name="U.S. Forest Service", role="defendant"),)
    p = replay([_opened(parties), _served(5, date(2021, 1, 11))])
    d = p.case.defendants[0]
    assert d.answer_due == date(2021, 2, 1)
    assert any("12(a)(2)" in r.reason for r in d.review)


def test_an_answer_meets_the_time_and_the_posture_says_answered() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(AnswerFiled, 9, date(2021, 1, 29), filed_by="Officer Roe"),
    ]
    p = replay(events, as_of=date(2021, 2, 10))
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.answered, roe.answered_by) == ("answered", date(2021, 1, 29), 9)
    assert "answer:officer-roe" not in _due(p)
    assert "Officer Roe: served 2021-01-11; ANSWERED 2021-01-29 (Doc. 9)" in posture_text(p)


def test_no_answer_by_the_day_shows_overdue_and_that_default_may_be_sought() -> None:
    p = replay([_opened(), _served(5, date(2021, 1, 11), "Officer Roe")], as_of=date(2021, 2, 2))
    roe = _defendant(p, "Officer Roe")
    assert roe.answer == "overdue"
    assert "NO ANSWER" in posture_text(p) and "FRCP 55(a)" in posture_text(p)


def test_an_answer_naming_no_known_defendant_changes_nothing_and_asks_for_review() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _served(6, date(2021, 1, 11), "City of Clovis"),
        _entry(AnswerFiled, 9, date(2021, 1, 29), filed_by="Sergeant Smith"),
    ]
    p = replay(events, as_of=date(2021, 1, 30))
    for name in ("Officer Roe", "City of Clovis"):
        d = _defendant(p, name)
        assert d.answer == "due"
        assert any("Sergeant Smith" in r.reason for r in d.review)


def test_a_rule_12_motion_suspends_the_answer_and_a_denial_gives_14_days_after_notice() -> None:
    """FRCP 12(a)(4)(A): the motion (Fri 2021-01-29) suspends the 2021-02-01 date; denied
    Wed 2021-03-10, the answer is due 14 days later, Wed 2021-03-24."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(
            MotionFiled, 8, date(2021, 1, 29), kind=MotionKind.DISMISS, movants=("Officer Roe",)
        ),
    ]
    held = replay(events, as_of=date(2021, 2, 15))
    roe = _defendant(held, "Officer Roe")
    assert (roe.answer, roe.held_by) == ("suspended", ("8",))
    assert "SUSPENDED while Doc. 8" in posture_text(held)
    denied = _entry(
        OrderEntered, 12, date(2021, 3, 10), rulings=(Ruling(motion=8, disposition="denied"),)
    )
    p = replay([*events, denied], as_of=date(2021, 3, 11))
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.answer_due, roe.rule) == ("due", date(2021, 3, 24), "FRCP 12(a)(4)(A)")


def test_a_rule_12_motion_filed_before_the_return_is_docketed_still_suspends_the_answer() -> None:
    events = [
        _opened(),
        _entry(MotionFiled, 4, date(2021, 1, 25), kind=MotionKind.DISMISS, filed_by="Officer Roe"),
        _served(5, date(2021, 1, 11), "Officer Roe", filed=date(2021, 1, 26)),
    ]
    roe = _defendant(replay(events, as_of=date(2021, 3, 1)), "Officer Roe")
    assert (roe.answer, roe.held_by) == ("suspended", ("4",))


def test_a_granted_rule_12_motion_leaves_no_answer_due() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(MotionFiled, 8, date(2021, 1, 29), kind=MotionKind.DISMISS, movants=("Roe",)),
        _entry(
            OrderEntered, 12, date(2021, 3, 10), rulings=(Ruling(motion=8, disposition="granted"),)
        ),
    ]
    p = replay(events, as_of=date(2021, 4, 1))
    assert _defendant(p, "Officer Roe").answer == "dismissed"
    assert "answer:officer-roe" not in _due(p)


def test_a_withdrawn_rule_12_motion_restarts_14_days_and_is_flagged() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(
            MotionFiled, 8, date(2021, 1, 29), kind=MotionKind.DISMISS, movants=("Officer Roe",)
        ),
        _entry(MotionWithdrawn, 10, date(2021, 2, 3), motion=8),
    ]
    roe = _defendant(replay(events), "Officer Roe")
    assert (roe.answer, roe.answer_due) == ("due", date(2021, 2, 17))
    assert any("withdrawn" in r.reason for r in roe.review)


def test_an_amended_complaint_gives_14_days_after_service_when_that_is_later() -> None:
    """FRCP 15(a)(3): answer due Mon 2021-02-01; the amended complaint is served through
    CM/ECF Thu 2021-01-28, + 14 = Thu 2021-02-11, the later date."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(PleadingAmended, 7, date(2021, 1, 28), filed_by="plaintiff"),
    ]
    roe = _defendant(replay(events), "Officer Roe")
    assert roe.answer_due == date(2021, 2, 11)
    assert any(s.rule == "FRCP 15(a)(3)" for s in roe.because)


def test_an_amended_complaint_after_the_answer_calls_for_a_new_answer() -> None:
    """FRCP 15(a)(3): answered 2021-01-29; amended Mon 2021-02-08 + 14 = Mon 2021-02-22."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(AnswerFiled, 9, date(2021, 1, 29), defendants=("Officer Roe",)),
        _entry(PleadingAmended, 11, date(2021, 2, 8), filed_by="plaintiff"),
    ]
    roe = _defendant(replay(events), "Officer Roe")
    assert (roe.answer, roe.answer_due, roe.rule) == ("due", date(2021, 2, 22), "FRCP 15(a)(3)")


def test_a_stay_of_the_case_suspends_the_answer_and_its_lift_runs_the_days_left() -> None:
    """Stayed Mon 2021-01-25 with 7 days left (due 2021-02-01); lifted Mon 2021-03-01:
    7 days run again, Mon 2021-03-08."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(OrderEntered, 7, date(2021, 1, 25), stays=(StayImposed(scope=StayScope.CASE),)),
        _entry(OrderEntered, 9, date(2021, 3, 1), lifts=(StayLifted(scope=StayScope.CASE),)),
    ]
    assert _defendant(replay(events, as_of=date(2021, 2, 15)), "Officer Roe").answer == "suspended"
    roe = _defendant(replay(events), "Officer Roe")
    assert (roe.answer, roe.answer_due) == ("due", date(2021, 3, 8))


def test_a_clerks_answer_date_that_differs_from_the_rule_is_flagged() -> None:
    served = _entry(
        SummonsServed,
        5,
        date(2021, 1, 15),
        defendants=("Officer Roe",),
        served_on=date(2021, 1, 11),
        answer_due=date(2021, 2, 5),
    )
    roe = _defendant(replay([_opened(), served]), "Officer Roe")
    assert roe.answer_due == date(2021, 2, 1)
    assert any("2021-02-05" in r.reason for r in roe.review)


def test_a_case_without_service_answers_or_default_shows_no_defendants() -> None:
    p = replay([_opened()])
    assert p.case.defendants == ()
    assert "defendants" not in p.case.model_dump(mode="json")


# -- default (FRCP 55) -----------------------------------------------------------------


def test_the_clerks_entry_of_default_shows_the_defendant_in_default() -> None:
    """Roe's time ran out Mon 2021-02-01; default requested 2021-02-10, entered 2021-02-16."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(DefaultRequested, 10, date(2021, 2, 10), defendants=("Officer Roe",)),
    ]
    asked = _defendant(replay(events), "Officer Roe")
    assert (asked.answer, asked.default_requested) == ("overdue", date(2021, 2, 10))
    assert "entry of default REQUESTED 2021-02-10" in posture_text(replay(events))
    p = replay([*events, _entry(DefaultEntered, 11, date(2021, 2, 16), defendants=("Roe",))])
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.default_entered) == ("in_default", date(2021, 2, 16))
    assert "IN DEFAULT since 2021-02-16 (FRCP 55(a))" in posture_text(p)
    assert not p.anomalies


def test_default_sought_while_the_time_to_answer_runs_is_flagged() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(DefaultRequested, 8, date(2021, 1, 25), defendants=("Officer Roe",)),
    ]
    p = replay(events)
    assert [a.code for a in p.anomalies] == ["premature_default"]
    assert p.anomalies[0].rule == "FRCP 55(a)"


def test_default_against_a_defendant_who_moved_to_dismiss_is_flagged() -> None:
    """A Rule 12 motion is defending (FRCP 55(a): 'failed to plead or otherwise defend')."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(MotionFiled, 8, date(2021, 1, 29), kind=MotionKind.DISMISS, movants=("Roe",)),
        _entry(DefaultEntered, 11, date(2021, 2, 16), defendants=("Officer Roe",)),
    ]
    p = replay(events)
    assert [a.code for a in p.anomalies] == ["premature_default"]


def test_an_answer_after_default_leaves_the_default_standing_for_review() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(DefaultEntered, 11, date(2021, 2, 16), defendants=("Officer Roe",)),
        _entry(AnswerFiled, 12, date(2021, 2, 20), defendants=("Officer Roe",)),
    ]
    roe = _defendant(replay(events), "Officer Roe")
    assert (roe.answer, roe.answered) == ("in_default", date(2021, 2, 20))
    assert any("55(c)" in r.reason for r in roe.review)


def test_a_motion_for_default_judgment_is_a_motion() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(DefaultEntered, 11, date(2021, 2, 16), defendants=("Officer Roe",)),
        _entry(MotionFiled, 14, date(2021, 3, 1), kind=MotionKind.DEFAULT_JUDGMENT),
    ]
    p = replay(events)
    assert p.motion(14).status == "pending"
    assert "motion for default judgment" in posture_text(p)


def test_an_order_setting_aside_the_default_takes_the_defendant_out_of_default() -> None:
    """FRCP 55(c): when the answer is then due, the order says; none is computed."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(DefaultEntered, 11, date(2021, 2, 16), defendants=("Officer Roe",)),
        _entry(OrderEntered, 15, date(2021, 3, 1), defaults_set_aside=("Defendants",)),
    ]
    roe = _defendant(replay(events), "Officer Roe")
    assert (roe.answer, roe.default_entered, roe.answer_due) == ("due", None, None)
    assert any("set aside" in r.reason for r in roe.review)


# -- extensions of the time to answer (FRCP 6(b)(1)) ------------------------------------


def test_an_extension_to_a_day_moves_the_answer_and_keeps_it_from_running_out() -> None:
    """Due Mon 2021-02-01; extended to Mon 2021-03-01: on 2021-02-15 it is still due."""
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(
            AnswerTimeExtended, 9, date(2021, 1, 28), defendants=("Roe",), until=date(2021, 3, 1)
        ),
    ]
    roe = _defendant(replay(events, as_of=date(2021, 2, 15)), "Officer Roe")
    assert (roe.answer, roe.answer_due) == ("due", date(2021, 3, 1))


def test_an_extension_to_a_day_the_docket_does_not_give_never_shows_the_time_run_out() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _entry(AnswerTimeExtended, 9, date(2021, 1, 28), defendants=("Officer Roe",)),
    ]
    p = replay(events, as_of=date(2021, 6, 1))
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.answer_due) == ("due", None)
    assert any("does not give" in r.reason for r in roe.review)
    assert "NO ANSWER" not in posture_text(p)


def test_an_extension_naming_no_one_among_several_defendants_changes_no_date() -> None:
    events = [
        _opened(),
        _served(5, date(2021, 1, 11), "Officer Roe"),
        _served(6, date(2021, 1, 11), "City of Clovis"),
        _entry(AnswerTimeExtended, 9, date(2021, 1, 28), until=date(2021, 3, 1)),
    ]
    p = replay(events, as_of=date(2021, 2, 15))
    for d in p.case.defendants:
        assert (d.answer, d.answer_due) == ("due", None)
        assert d.review


def test_a_return_that_does_not_date_service_computes_no_answer_date() -> None:
    """Counted from the return's filing, the date could come after the real one: none is shown."""
    served = _entry(SummonsServed, 5, date(2021, 1, 15), defendants=("Officer Roe",))
    p = replay([_opened(), served], as_of=date(2021, 6, 1))
    roe = _defendant(p, "Officer Roe")
    assert (roe.answer, roe.answer_due) == ("due", None)
    assert "day of service" in roe.review[0].reason
    assert not any(d.id.startswith("answer:") for d in p.deadlines)
