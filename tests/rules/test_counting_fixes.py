"""Regression vectors for three counting faults (issue 14), each worked by hand from the rule.

- FRCP 6(a)(3)(A): when the clerk's office is inaccessible on the last day, the time runs to
  the first accessible day that is not a weekend or legal holiday, forward even for a period
  counted backward (2009 Committee Note).
- FRCP 6(d): the 3 days apply only to periods that run after service, never to periods that
  run from entry of a judgment or order.
- A deadline suspended by a stay of the case and resumed adds the 3 days of 6(d) once, not
  again on resumption.
"""

from __future__ import annotations

from datetime import date

from docket import replay
from docket.events import (
    CaseOpened,
    MotionFiled,
    MotionKind,
    OrderEntered,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.rules import CourtCalendar, compute_deadline, compute_rule, load_pack

NMD = load_pack("nmd")


def test_inaccessible_last_day_of_a_backward_period_moves_forward_past_labor_day() -> None:
    """FRCP 6(a)(3)(A) and the 2009 Committee Note's example, on the same calendar in 2018
    (Saturday, September 1; Monday, September 3 Labor Day): 10 days before Tue 2018-09-11
    is Sat 09-01, rolled back to Fri 08-31 (6(a)(5)); the clerk's office is inaccessible on
    08-31, so the time is extended forward to the first accessible day that is not a
    weekend or holiday: Tue 2018-09-04."""
    closed = CourtCalendar.of({date(2018, 8, 31): "inaccessible"})
    result = compute_deadline(date(2018, 9, 11), 10, direction="before", calendar=closed)
    assert result.due == date(2018, 9, 4)
    assert any("6(a)(3)" in s.citation and "forward" in s.text for s in result.readings[0].steps)
    assert compute_deadline(date(2018, 9, 11), 10, direction="before").due == date(2018, 8, 31)


def test_inaccessible_day_in_a_forward_period_still_moves_forward() -> None:
    """FRCP 6(a)(3)(A): 14 days after Mon 2019-05-06 is Mon 2019-05-20; closed that day ->
    Tue 2019-05-21."""
    closed = CourtCalendar.of({date(2019, 5, 20): "inaccessible"})
    assert compute_deadline(date(2019, 5, 6), 14, calendar=closed).due == date(2019, 5, 21)


def test_rule_59e_from_a_2015_judgment_gets_no_service_days_under_either_method() -> None:
    """FRCP 59(e) runs from entry of judgment, not service: Mon 2015-03-02 + 28 = Mon
    2015-03-30 (before 2016-12-01 electronic service added 3 days to periods after service)."""
    for service in ("electronic", "mail", None):
        assert compute_rule(NMD, "frcp.59.new_trial", date(2015, 3, 2), service).due == date(
            2015, 3, 30
        )
    assert compute_deadline(date(2015, 3, 2), 28, service=None).due == date(2015, 3, 30)
    assert compute_deadline(date(2015, 3, 2), 28, service="electronic").due == date(2015, 4, 2)


def test_a_resumed_deadline_does_not_add_the_service_days_twice() -> None:
    """D.N.M.LR-Civ. 7.4(a) in 2015: a motion e-served Mon 2015-03-02 gets 14 days (Mon
    03-16) + 3 for electronic service before 2016 (FRCP 6(d)): Thu 2015-03-19. The case is
    stayed Thu 03-05 with 14 days left; lifted Wed 04-01, the 14 days run again: Wed
    2015-04-15 (not 3 days more, Sat 04-18 rolled to Mon 04-20)."""
    case = "nmd-1:15-cv-00001"
    events = [
        CaseOpened(id=f"{case}/1", case=case, doc=1, filed=date(2015, 1, 5), court="nmd"),
        MotionFiled(
            id=f"{case}/10", case=case, doc=10, filed=date(2015, 3, 2), kind=MotionKind.DISMISS
        ),
        OrderEntered(
            id=f"{case}/11",
            case=case,
            doc=11,
            filed=date(2015, 3, 5),
            stays=(StayImposed(scope=StayScope.CASE),),
        ),
        OrderEntered(
            id=f"{case}/12",
            case=case,
            doc=12,
            filed=date(2015, 4, 1),
            lifts=(StayLifted(scope=StayScope.CASE),),
        ),
    ]
    before = replay(events[:2], as_of=date(2015, 3, 2))
    assert before.deadlines[0].due == date(2015, 3, 19)
    after = replay(events, as_of=date(2015, 4, 1))
    (response,) = after.deadlines
    assert (response.id, response.status, response.due) == (
        "response:10",
        "running",
        date(2015, 4, 15),
    )
