"""Scheduling orders read from docket text open discovery and set its close (FRCP 16(b)(3)(A),
26(d)(1)); an amended one moves it (16(b)(4)); "discovery shall recommence on" a day resumes
stayed discovery then. Where a scheduling order's date cannot be read, a person reviews it.

The texts are in CM/ECF's own words ("Discovery due by 4/3/2015"), from the fixture sheets'
patterns; the dates below are read off the text, not computed.
"""

from __future__ import annotations

from datetime import date

from docket.engine.fold import replay
from docket.events import DateReached, OrderEntered, StayScope
from docket.ingest import RawDocket, RawEntry, build


def sheet(*entries: tuple[str, int | None, str], number: str = "2:19-cv-00445") -> RawDocket:
    raw = [
        RawEntry(i, date.fromisoformat(day), None, doc, None, "", text, None)
        for i, (day, doc, text) in enumerate(entries)
    ]
    return RawDocket("sheet.json", "nmd", number, "A v. B", None, (), tuple(raw))


COMPLAINT = ("2014-06-02", 1, "COMPLAINT against City filed by Jane Doe.")
SCHEDULING = (
    "2014-08-04",
    12,
    "SCHEDULING ORDER: Joinder of Parties due by 10/3/2014. Motions to Amend due by 10/3/2014. "
    "Discovery due by 4/3/2015. Dispositive motions due by 5/8/2015. Signed by Judge X.",
)


def _orders(raw: RawDocket) -> list[OrderEntered]:
    return [e for e in build(raw).events if isinstance(e, OrderEntered)]


def test_a_scheduling_order_opens_discovery_and_sets_the_day_it_closes() -> None:
    (order,) = _orders(sheet(COMPLAINT, SCHEDULING))
    assert (order.opens_discovery, order.discovery_closes) == (True, date(2015, 4, 3))
    posture = replay(build(sheet(COMPLAINT, SCHEDULING)).events, as_of=date(2015, 1, 5))
    assert (posture.discovery.status, posture.discovery.closes) == ("open", date(2015, 4, 3))


def test_fact_and_expert_dates_close_all_discovery_on_the_later() -> None:
    text = (
        "ORDER: Motions due by 10/29/2021. Deposition due by 6/15/2021. Fact Discovery due by "
        "7/30/2021. Expert Discovery due by 9/29/2021."
    )
    (order,) = _orders(sheet(COMPLAINT, ("2021-03-01", 20, text)))
    assert order.discovery_closes == date(2021, 9, 29)


def test_an_amended_scheduling_order_moves_the_close() -> None:
    amended = (
        "2015-03-02",
        30,
        "AMENDED SCHEDULING ORDER: Discovery due by 7/31/2015. Signed by Judge X.",
    )
    events = build(sheet(COMPLAINT, SCHEDULING, amended)).events
    assert replay(events, as_of=date(2015, 5, 1)).discovery.closes == date(2015, 7, 31)


def test_a_scheduling_order_without_a_readable_date_is_flagged_for_review() -> None:
    unread = ("2014-08-04", 12, "SCHEDULING ORDER. Signed by Magistrate Judge X.")
    (order,) = _orders(sheet(COMPLAINT, unread))
    assert (order.opens_discovery, order.discovery_closes) == (False, None)
    assert order.review is not None and order.review.may_schedule
    posture = replay(build(sheet(COMPLAINT, unread)).events, as_of=date(2014, 9, 1))
    assert posture.discovery.status == "not_open"
    assert [r.doc for r in posture.discovery.review] == [12]


def test_a_scheduling_order_that_only_sets_a_conference_is_neither_read_nor_flagged() -> None:
    """S.D.N.Y. titles any order scheduling a conference "SCHEDULING ORDER"."""
    conference = (
        "2014-08-04",
        12,
        "SCHEDULING ORDER: a telephone conference in this matter has been scheduled for "
        "August 4, 2014 at 10:30 a.m.",
    )
    (order,) = _orders(sheet(COMPLAINT, conference))
    assert (order.opens_discovery, order.discovery_closes, order.review) == (False, None, None)


def test_a_motion_to_amend_the_scheduling_order_is_not_a_scheduling_order() -> None:
    motion = ("2015-02-02", 25, "ORDER setting hearing on 24 Motion to Amend Scheduling Order.")
    (order,) = _orders(sheet(COMPLAINT, motion))
    assert (order.opens_discovery, order.discovery_closes, order.review) == (False, None, None)


def test_discovery_shall_recommence_lifts_the_stay_and_stays_discovery_until_that_day() -> None:
    stay = ("2014-10-01", 18, "ORDER: discovery is stayed until further order of the Court.")
    resume = (
        "2015-01-05",
        28,
        "ORDER: the stay is lifted and discovery shall recommence on February 2, 2015.",
    )
    orders = _orders(sheet(COMPLAINT, SCHEDULING, stay, resume))
    last = orders[-1]
    assert [lift.scope for lift in last.lifts] == [StayScope.DISCOVERY]
    assert [s.lifts_when for s in last.stays] == [DateReached(on=date(2015, 2, 2))]
    events = build(sheet(COMPLAINT, SCHEDULING, stay, resume)).events
    assert replay(events, as_of=date(2015, 2, 1)).discovery.status == "stayed"
    assert replay(events, as_of=date(2015, 2, 2)).discovery.status == "open"


def test_a_criminal_case_s_discovery_dates_are_not_read_as_the_civil_schedule() -> None:
    minute = ("2008-10-24", 17, "ORDER: Pretrial Conference held. Discovery due by 11/7/2008.")
    raw = sheet(("2008-10-01", 1, "INDICTMENT"), minute, number="2:08-cr-00125")
    assert all(o.discovery_closes is None for o in _orders(raw))
