"""Discovery's close under a scheduling order, through stays and amended orders.

Hand-written histories from the rule text, with the dates worked by hand:

* FRCP 16(b)(3)(A): the scheduling order limits the time to complete discovery; 16(b)(4):
  the schedule is modified only by order (an amended scheduling order).
* FRCP 26(d)(1): no discovery before the Rule 26(f) conference; discovery opens with it.
* A stay of discovery halts it: the close does not come while the stay is in force
  (Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004): qualified immunity shields
  the official from discovery itself), and discovery resumes with the days that were left,
  flagged for a person to check, unless an order sets the new date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.events import (
    CaseOpened,
    DateReached,
    DocketEvent,
    Ground,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    Review,
    Rule26fConference,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.render import posture_text

CASE = "nmd-1:20-cv-00300"


def _e(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


OPENED = _e(CaseOpened, 1, date(2020, 1, 6), court="nmd")
SCHEDULING = _e(
    OrderEntered, 10, date(2020, 3, 2), opens_discovery=True, discovery_closes=date(2020, 9, 30)
)
QI_MOTION = _e(
    MotionFiled,
    20,
    date(2020, 5, 1),
    kind=MotionKind.SUMMARY_JUDGMENT,
    grounds=(Ground.QUALIFIED_IMMUNITY,),
)
QI_STAY = _e(
    OrderEntered,
    25,
    date(2020, 6, 1),
    stays=(StayImposed(scope=StayScope.DISCOVERY, lifts_when=MotionResolved(motion=20)),),
)
BASE = [OPENED, SCHEDULING, QI_MOTION, QI_STAY]


def test_a_scheduling_order_opens_discovery_and_sets_its_close() -> None:
    p = replay([OPENED, SCHEDULING], as_of=date(2020, 9, 30))
    assert (p.discovery.status, p.discovery.closes) == ("open", date(2020, 9, 30))
    assert replay([OPENED, SCHEDULING], as_of=date(2020, 10, 1)).discovery.status == "closed"


def test_the_discovery_deadline_does_not_fire_while_discovery_is_stayed() -> None:
    """Stayed 2020-06-01 with the close set for 2020-09-30: 121 days left (June 30, July 31,
    August 31, September 29 after June 1: 29 + 31 + 31 + 30 = 121). On 2020-12-01 the stay
    still holds, and discovery is stayed, not closed, in the JSON and the text alike."""
    p = replay(BASE, as_of=date(2020, 12, 1))
    assert p.discovery.status == "stayed"
    assert p.discovery.days_left == 121
    assert p.model_dump(mode="json")["discovery"]["status"] == "stayed"
    text = posture_text(p)
    assert "STAYED" in text and "121 days left" in text
    assert "CLOSED" not in text


def test_discovery_resumes_with_the_days_left_when_the_stay_lifts_flagged_for_review() -> None:
    """Doc. 20 denied 2021-01-04 (a Monday): the stay lifts by its terms, and the 121 days
    left run from then: January has 27 days after the 4th, February 28, March 31 (86), April 30 (116), so
    the 121st day is May 5, 2021. No order set that date: a person checks it."""
    denial = _e(
        OrderEntered, 40, date(2021, 1, 4), rulings=(Ruling(motion=20, disposition="denied"),)
    )
    p = replay([*BASE, denial], as_of=date(2021, 1, 4))
    assert p.discovery.status == "open"
    assert p.discovery.closes == date(2021, 5, 5)
    assert [r.doc for r in p.discovery.review] == [40]
    assert "NEEDS REVIEW" in posture_text(p)
    assert replay([*BASE, denial], as_of=date(2021, 5, 5)).discovery.status == "open"
    assert replay([*BASE, denial], as_of=date(2021, 5, 6)).discovery.status == "closed"


def test_an_amended_scheduling_order_resets_the_close_and_settles_the_doubt() -> None:
    denial = _e(
        OrderEntered, 40, date(2021, 1, 4), rulings=(Ruling(motion=20, disposition="denied"),)
    )
    amended = _e(OrderEntered, 45, date(2021, 1, 20), discovery_closes=date(2021, 7, 30))
    p = replay([*BASE, denial, amended], as_of=date(2021, 6, 1))
    assert (p.discovery.status, p.discovery.closes, p.discovery.review) == (
        "open",
        date(2021, 7, 30),
        (),
    )


def test_an_amended_scheduling_order_reopens_discovery_closed_by_the_old_date() -> None:
    amended = _e(OrderEntered, 30, date(2020, 11, 2), discovery_closes=date(2021, 2, 26))
    p = replay([OPENED, SCHEDULING, amended], as_of=date(2020, 11, 2))
    assert (p.discovery.status, p.discovery.closes) == ("open", date(2021, 2, 26))
    assert (
        replay([OPENED, SCHEDULING, amended], as_of=date(2021, 3, 1)).discovery.status == "closed"
    )


def test_a_close_set_while_discovery_is_stayed_stands_if_the_stay_lifts_first() -> None:
    """Amended while stayed to close 2021-03-31; the stay lifts by order on 2021-01-15: the
    ordered date stands and nothing needs review."""
    amended = _e(OrderEntered, 30, date(2020, 11, 2), discovery_closes=date(2021, 3, 31))
    lift = _e(OrderEntered, 35, date(2021, 1, 15), lifts=(StayLifted(scope=StayScope.DISCOVERY),))
    p = replay([*BASE, amended, lift], as_of=date(2021, 1, 15))
    assert (p.discovery.status, p.discovery.closes, p.discovery.review) == (
        "open",
        date(2021, 3, 31),
        (),
    )


def test_a_lifting_order_that_sets_the_new_close_needs_no_review() -> None:
    lift = _e(
        OrderEntered,
        35,
        date(2021, 1, 15),
        lifts=(StayLifted(scope=StayScope.DISCOVERY),),
        discovery_closes=date(2021, 6, 30),
    )
    p = replay([*BASE, lift], as_of=date(2021, 1, 15))
    assert (p.discovery.closes, p.discovery.review) == (date(2021, 6, 30), ())


def test_a_stay_until_a_date_resumes_discovery_on_that_date() -> None:
    """Stayed 2020-06-01 until 2020-07-01 with 121 days left: the close becomes
    2020-07-01 + 121 days = 2020-10-30 (July 30 days after the 1st, August 31, September 30:
    91; 30 more into October)."""
    stay = _e(
        OrderEntered,
        25,
        date(2020, 6, 1),
        stays=(
            StayImposed(scope=StayScope.DISCOVERY, lifts_when=DateReached(on=date(2020, 7, 1))),
        ),
    )
    p = replay([OPENED, SCHEDULING, stay], as_of=date(2020, 7, 1))
    assert (p.discovery.status, p.discovery.closes) == ("open", date(2020, 10, 30))
    assert len(p.discovery.review) == 1


def test_the_rule_26f_conference_opens_discovery() -> None:
    """FRCP 26(d)(1): discovery may be sought from the Rule 26(f) conference on."""
    conference = _e(Rule26fConference, 8, date(2020, 2, 14))
    p = replay([OPENED, conference], as_of=date(2020, 2, 14))
    assert p.discovery.status == "open"
    assert p.discovery.because[-1].rule == "FRCP 26(d)(1)"
    assert replay([OPENED, conference], as_of=date(2020, 2, 13)).discovery.status == "not_open"


def test_a_scheduling_order_whose_date_was_not_read_flags_discovery_for_review() -> None:
    unread = _e(
        OrderEntered,
        10,
        date(2020, 3, 2),
        opens_discovery=True,
        review=Review(
            reason="a scheduling order: its discovery deadline was not read", may_schedule=True
        ),
    )
    p = replay([OPENED, unread], as_of=date(2020, 3, 2))
    assert p.discovery.status == "open"
    assert [r.doc for r in p.discovery.review] == [10]
