"""Entries one at a time: the case opening, motions that presuppose discovery, refilings,
scheduling orders, docket numbers against filed dates, and the reasons anomalies give."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from docket import replay
from docket.audit import PostureIndex
from docket.errors import IllegalTransition
from docket.events import (
    CaseOpened,
    DocketEvent,
    Ground,
    LeaveToRefile,
    MotionFiled,
    MotionKind,
    MotionResolved,
    MotionWithdrawn,
    OrderEntered,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.machines import MOTION

CASE = "nmd-1:21-cv-00404"
MONDAY = date(2021, 3, 1)


def _entry(model: type[Any], doc: int, day: date = MONDAY, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _opened(**fields: Any) -> DocketEvent:
    return _entry(CaseOpened, 1, court="nmd", **fields)


def _order(doc: int, day: date, **fields: Any) -> DocketEvent:
    return _entry(OrderEntered, doc, day, **fields)


def test_a_second_case_opening_without_court_or_title_keeps_the_first_ones():
    # A case reopened or transferred in may be docketed as opened again.
    again = _entry(CaseOpened, 2, date(2021, 3, 2))
    p = replay([_opened(title="Roe v. Doe"), again])
    assert (p.case.court, p.case.title, p.case.rule_pack) == ("nmd", "Roe v. Doe", "nmd")
    assert [(s.doc, s.what) for s in p.case.because] == [(1, "case opened"), (2, "case opened")]


def test_a_case_opening_without_a_title_leaves_the_title_unknown():
    assert replay([_opened()]).case.title is None


def test_a_motion_to_compel_puts_discovery_under_way_under_rule_26d1():
    # FRCP 26(d)(1): no discovery before the parties' conference; a motion to compel
    # presupposes it is under way.
    compel = _entry(MotionFiled, 5, date(2021, 3, 2), kind=MotionKind.COMPEL)
    p = replay([_opened(), compel])
    assert p.discovery.status == "open"
    (step,) = p.discovery.because
    assert (step.doc, step.rule) == (5, "FRCP 26(d)(1)")
    assert step.what == "discovery under way: Doc. 5 (motion to compel) presupposes it"


def test_a_motion_to_compel_during_a_stay_of_discovery_is_flagged_under_jiron():
    stay = _order(2, date(2021, 3, 2), stays=(StayImposed(scope=StayScope.DISCOVERY),))
    compel = _entry(MotionFiled, 3, date(2021, 3, 3), kind=MotionKind.COMPEL)
    (a,) = replay([_opened(), stay, compel]).anomalies
    assert (a.code, a.reason) == (
        "motion_during_stay",
        "motion to compel filed while discovery is stayed",
    )
    assert a.rule == "the order staying discovery; Jiron v. City of Lakewood, 392 F.3d 410, 414"


def test_a_motion_raising_qualified_immunity_is_filed_under_that_name():
    sj = _entry(
        MotionFiled, 2, kind=MotionKind.SUMMARY_JUDGMENT, grounds=(Ground.QUALIFIED_IMMUNITY,)
    )
    plain = _entry(MotionFiled, 3, kind=MotionKind.SUMMARY_JUDGMENT)
    p = replay([_opened(), sj, plain])
    assert p.motion(2).because[0].what != p.motion(3).because[0].what
    assert "immunity" in p.motion(2).because[0].what


def test_refiling_a_motion_that_is_not_on_the_docket_is_flagged_and_replay_goes_on():
    refiled = _entry(MotionFiled, 5, kind=MotionKind.COMPEL, refiles=4)
    (a,) = replay([_opened(), refiled]).anomalies
    assert (a.code, a.doc, a.reason) == (
        "unknown_motion",
        5,
        "refiles Doc. 4, which is not a motion on this docket",
    )


def test_refiling_a_motion_denied_with_no_word_on_leave_is_not_flagged():
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.COMPEL),
        _order(5, date(2021, 3, 8), rulings=(Ruling(motion=4, disposition="denied"),)),
        _entry(MotionFiled, 6, date(2021, 3, 9), kind=MotionKind.COMPEL, refiles=4),
    ]
    assert replay(events).anomalies == ()


def test_refiling_with_leave_granted_at_once_is_not_flagged():
    ruling = Ruling(
        motion=4, disposition="denied_without_prejudice", leave_to_refile=LeaveToRefile()
    )
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.COMPEL),
        _order(5, date(2021, 3, 8), rulings=(ruling,)),
        _entry(MotionFiled, 6, date(2021, 3, 9), kind=MotionKind.COMPEL, refiles=4),
    ]
    assert replay(events).anomalies == ()


def test_a_scheduling_order_closes_discovery_the_day_after_its_deadline():
    order = _order(2, date(2021, 3, 5), opens_discovery=True, discovery_closes=date(2021, 9, 1))
    events = [_opened(), order]
    opened = replay(events, as_of=date(2021, 3, 5)).discovery
    assert (opened.status, opened.closes) == ("open", date(2021, 9, 1))
    assert [(s.doc, s.what) for s in opened.because] == [
        (2, "discovery opened by order Doc. 2"),
        (2, "discovery to close on 2021-09-01 (order Doc. 2)"),
    ]
    assert replay(events, as_of=date(2021, 9, 1)).discovery.status == "open"
    closed = replay(events, as_of=date(2021, 9, 2)).discovery
    assert (closed.status, closed.since) == ("closed", date(2021, 9, 2))
    last = closed.because[-1]
    assert (last.on, last.doc, last.what) == (
        date(2021, 9, 2),
        None,
        "the discovery deadline of 2021-09-01 passed",
    )


def test_a_discovery_deadline_set_before_discovery_opens_closes_it_all_the_same():
    order = _order(2, date(2021, 3, 5), discovery_closes=date(2021, 4, 1))
    assert replay([_opened(), order], as_of=date(2021, 4, 2)).discovery.status == "closed"


def test_a_second_order_opening_discovery_already_open_changes_nothing():
    first = _order(2, date(2021, 3, 5), opens_discovery=True)
    again = _order(3, date(2021, 3, 9), opens_discovery=True)
    p = replay([_opened(), first, again])
    assert [s.doc for s in p.discovery.because] == [2]


def test_lifting_a_stay_not_in_force_says_which_kind_of_stay():
    lift = _order(2, date(2021, 3, 2), lifts=(StayLifted(scope=StayScope.DISCOVERY),))
    (a,) = replay([_opened(), lift]).anomalies
    assert a.reason == "lifts a discovery stay, but none is in force"


def test_a_stay_pending_a_motion_not_on_the_docket_is_flagged():
    stay = _order(
        2,
        date(2021, 3, 2),
        stays=(StayImposed(scope=StayScope.CASE, lifts_when=MotionResolved(motion=9)),),
    )
    (a,) = replay([_opened(), stay]).anomalies
    assert (a.code, a.doc, a.reason) == (
        "unknown_motion",
        2,
        "stay lifts on Doc. 9, which is not a motion on this docket",
    )


def test_a_second_ruling_on_a_decided_motion_says_what_the_first_was():
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.COMPEL),
        _order(5, date(2021, 3, 8), rulings=(Ruling(motion=4, disposition="denied"),)),
        _order(6, date(2021, 3, 9), rulings=(Ruling(motion=4, disposition="granted"),)),
    ]
    (a,) = replay(events).anomalies
    assert (a.code, a.reason) == (
        "already_decided",
        "rules granted on Doc. 4, which was already denied",
    )


def test_vacating_a_ruling_never_made_says_the_motion_is_still_pending():
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.COMPEL),
        _order(5, date(2021, 3, 8), rulings=(Ruling(motion=4, disposition="vacated"),)),
    ]
    (a,) = replay(events).anomalies
    assert (a.code, a.reason) == ("not_decided", "rules vacated on Doc. 4, which is still pending")


def test_rulings_and_withdrawals_name_the_entry_that_made_them():
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.COMPEL),
        _entry(MotionFiled, 5, kind=MotionKind.DISMISS),
        _order(6, date(2021, 3, 8), rulings=(Ruling(motion=4, disposition="granted_in_part"),)),
        _entry(MotionWithdrawn, 7, date(2021, 3, 9), motion=5),
    ]
    p = replay(events)
    assert p.motion(4).because[-1].what == "granted in part by order Doc. 6"
    assert (p.motion(4).decided, p.motion(4).decided_by) == (date(2021, 3, 8), 6)
    assert p.motion(5).because[-1].what == "withdrawn by Doc. 7"
    assert (p.motion(5).status, p.motion(5).decided_by) == ("withdrawn", 7)


def test_granting_in_part_a_motion_to_stay_stays_what_it_asked_to_stay():
    events = [
        _opened(),
        _entry(MotionFiled, 4, kind=MotionKind.STAY_DISCOVERY),
        _order(5, date(2021, 3, 8), rulings=(Ruling(motion=4, disposition="granted_in_part"),)),
    ]
    p = replay(events)
    assert p.discovery.status == "stayed"
    (stay,) = p.discovery.stays
    assert (stay.on_motion, stay.lifts_when) == (4, None)


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        (5, False),  # a small inversion is everyday: mail, sealed filings
        (30, False),  # exactly the tolerance
        (31, True),
    ],
)
def test_an_entry_dated_over_a_month_after_a_later_numbered_one_is_flagged(
    later: int, flagged: bool
):
    events = [
        _opened(),
        _entry(MotionFiled, 5, MONDAY, kind=MotionKind.DISMISS),
        _entry(MotionFiled, 3, MONDAY + timedelta(days=later), kind=MotionKind.DISMISS),
    ]
    codes = [(a.doc, a.code) for a in replay(events).anomalies]
    assert codes == ([(3, "date_out_of_order")] if flagged else [])


def test_an_entry_out_of_date_order_says_which_entry_it_trails():
    events = [
        _opened(),
        _entry(MotionFiled, 5, MONDAY, kind=MotionKind.DISMISS),
        _entry(MotionFiled, 3, date(2021, 5, 3), kind=MotionKind.DISMISS),
    ]
    (a,) = replay(events).anomalies
    assert a.reason == "Doc. 3 is dated 2021-05-03, more than 30 days after Doc. 5 (2021-03-01)"


def test_an_order_dated_long_after_a_later_numbered_entry_is_flagged_unless_nunc_pro_tunc():
    late = _order(3, date(2021, 5, 3), rulings=())
    nunc_pro_tunc = _order(3, date(2021, 5, 3), effective=date(2021, 3, 1))
    later_entry = _entry(MotionFiled, 5, MONDAY, kind=MotionKind.DISMISS)
    assert [a.code for a in replay([_opened(), later_entry, late]).anomalies] == [
        "date_out_of_order"
    ]
    assert replay([_opened(), later_entry, nunc_pro_tunc]).anomalies == ()


def test_duplicate_entries_say_what_is_duplicated():
    motion = _entry(MotionFiled, 5, kind=MotionKind.DISMISS)
    same_id = motion.model_copy(update={"doc": 6})
    same_number = motion.model_copy(update={"id": "another"})
    reasons = [a.reason for a in replay([_opened(), motion, same_id, same_number]).anomalies]
    assert reasons == [
        f"entry id '{CASE}/5' appears twice",
        "Doc. 5 is used by an earlier entry",
    ]


def test_an_illegal_move_names_the_machine_the_state_and_the_trigger():
    with pytest.raises(IllegalTransition) as raised:
        MOTION.fire("withdrawn", "grant")
    message = str(raised.value)
    assert "motion" in message and "withdrawn" in message and "grant" in message


def test_the_index_records_a_discovery_deadline_set_by_an_order_that_does_not_open_discovery():
    set_only = _order(2, date(2021, 3, 5), discovery_closes=date(2021, 4, 1))
    events = [_opened(), set_only]
    days = [MONDAY + timedelta(days=n) for n in range(45)]
    assert PostureIndex(events).check(days) == []
    assert PostureIndex(events).posture(date(2021, 3, 5)).discovery.closes == date(2021, 4, 1)


def test_discovery_stays_open_through_its_last_day_when_a_later_order_moves_it_a_day():
    first = _order(2, date(2021, 3, 5), opens_discovery=True, discovery_closes=date(2021, 9, 1))
    moved = _order(3, date(2021, 8, 2), discovery_closes=date(2021, 9, 2))
    events = [_opened(), first, moved]
    assert replay(events, as_of=date(2021, 9, 2)).discovery.status == "open"
    assert replay(events, as_of=date(2021, 9, 3)).discovery.status == "closed"


def test_the_index_follows_a_case_whose_opening_entry_is_not_its_first():
    # A docket imported part-way may show a motion before the entry that opens the case.
    events = [
        _entry(MotionFiled, 5, MONDAY, kind=MotionKind.DISMISS),
        _entry(CaseOpened, 1, date(2021, 3, 3), court="nmd", title="Roe v. Doe"),
    ]
    days = [MONDAY + timedelta(days=n) for n in range(20)]
    index = PostureIndex(events)
    assert index.check(days) == []
    assert index.posture(MONDAY).case.id == CASE
    assert index.posture(date(2021, 3, 3)).case.title == "Roe v. Doe"
