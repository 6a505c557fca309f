"""Stays: what they halt, how they lift, and what a stay of the case does to running deadlines.

A stay of the whole case suspends every running deadline; when it lifts, the days that were
left run again from the lift, under the court's calendar. Periods are D.N.M.'s (14 days to
respond or reply, D.N.M.LR-Civ. 7.4(a)); 2021-03-01 is a Monday.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from docket import replay
from docket.audit import PostureIndex
from docket.events import (
    AnyOf,
    CaseOpened,
    DateReached,
    DocketEvent,
    ExtensionNoticed,
    Ground,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    ReplyFiled,
    ResponseFiled,
    Ruling,
    StayImposed,
    StayLifted,
    StayScope,
)
from docket.posture import Deadline
from docket.rules.qualified_immunity import QI_STAY_RULE

CASE = "nmd-1:21-cv-00202"
MONDAY = date(2021, 3, 1)


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _opened(day: date = MONDAY) -> list[DocketEvent]:
    return [
        _entry(CaseOpened, 1, day, court="nmd"),
        _entry(MotionFiled, 10, day, kind=MotionKind.DISMISS),
    ]


def _stay_case(doc: int, day: date, **terms: Any) -> DocketEvent:
    return _entry(OrderEntered, doc, day, stays=(StayImposed(scope=StayScope.CASE, **terms),))


def _lift_case(doc: int, day: date) -> DocketEvent:
    return _entry(OrderEntered, doc, day, lifts=(StayLifted(scope=StayScope.CASE),))


def _last_state(events: list[DocketEvent], ident: str) -> Deadline:
    states = [
        c.new
        for c in PostureIndex(events).changes
        if isinstance(c.new, Deadline) and c.new.id == ident
    ]
    assert states, f"no deadline {ident}"
    return states[-1]


STAYED = [
    *_opened(),
    _entry(OrderEntered, 11, date(2021, 3, 5), opens_discovery=True),
    _stay_case(12, date(2021, 3, 8)),
    _entry(ResponseFiled, 13, date(2021, 3, 10), to_motion=10),
    _lift_case(14, date(2021, 3, 22)),
]


def test_a_stay_of_the_case_suspends_the_time_to_respond_with_the_days_left():
    p = replay(STAYED, as_of=date(2021, 3, 8))
    assert (p.case.status, p.case.since, p.discovery.status) == (
        "stayed",
        date(2021, 3, 8),
        "stayed",
    )
    (d,) = p.deadlines
    assert (d.id, d.status, d.due) == ("response:10", "suspended", date(2021, 3, 15))
    assert d.because[-1].what == "suspended by the stay of the case, 7 days left"
    assert [(s.doc, s.what) for s in p.case.because] == [
        (1, "case opened"),
        (12, "case stayed by order Doc. 12, until further order"),
    ]


def test_a_response_filed_during_the_stay_meets_its_deadline_and_the_time_to_reply_starts_suspended():
    p = replay(STAYED, as_of=date(2021, 3, 10))
    (d,) = p.deadlines
    assert (d.id, d.status, d.due) == ("reply:10", "suspended", date(2021, 3, 24))
    assert d.because[-1].what == "suspended by the stay of the case, 14 days left"
    response = _last_state(STAYED, "response:10")
    assert (response.status, response.because[-1].what) == ("met", "met by response Doc. 13")


def test_lifting_the_stay_runs_the_days_left_again_from_the_lift():
    p = replay(STAYED, as_of=date(2021, 3, 22))
    assert (p.case.status, p.case.since, p.discovery.status) == ("open", date(2021, 3, 22), "open")
    (d,) = p.deadlines
    # 14 days from Mon 2021-03-22.
    assert (d.id, d.status, d.due) == ("reply:10", "running", date(2021, 4, 5))
    assert d.because[-1].what == "stay lifted: 14 days run again, due 2021-04-05"
    lifted = "stay of 2021-03-08 lifted: lifted by order Doc. 14"
    assert (p.case.because[-1].doc, p.case.because[-1].what) == (14, lifted)
    assert [(s.doc, s.what) for s in p.discovery.because] == [
        (11, "discovery opened by order Doc. 11"),
        (12, "case stayed by order Doc. 12, until further order"),
        (14, lifted),
    ]
    (stay,) = p.discovery.stays
    assert (stay.status, stay.lifted, stay.lifted_by, stay.lifted_because) == (
        "lifted",
        date(2021, 3, 22),
        14,
        "lifted by order Doc. 14",
    )
    assert stay.lift_cause == "order"
    assert stay.because[-1].what == "stay lifted: lifted by order Doc. 14"


def test_a_deadline_stayed_on_its_last_day_has_one_day_after_the_lift():
    events = [*_opened(), _stay_case(11, date(2021, 3, 15)), _lift_case(12, date(2021, 3, 22))]
    (stayed,) = replay(events, as_of=date(2021, 3, 15)).deadlines
    assert stayed.because[-1].what == "suspended by the stay of the case, 0 days left"
    (d,) = replay(events, as_of=date(2021, 3, 22)).deadlines
    assert (d.status, d.due) == ("running", date(2021, 3, 23))


def test_the_days_left_run_again_under_the_courts_own_calendar():
    # 14 days from Fri 2021-11-12 end on Fri 2021-11-26, the day after Thanksgiving: a New
    # Mexico state holiday, so the deadline has two readings (see RULES.md).
    events = [
        *_opened(date(2021, 10, 4)),
        _stay_case(11, date(2021, 10, 4)),
        _lift_case(12, date(2021, 11, 12)),
    ]
    (d,) = replay(events, as_of=date(2021, 11, 12)).deadlines
    assert [r.due for r in d.readings] == [date(2021, 11, 26), date(2021, 11, 29)]


def _agreed_in_a_stay(lift: date, *more: DocketEvent) -> list[DocketEvent]:
    notice = _entry(
        ExtensionNoticed,
        12,
        date(2021, 3, 10),
        motion=10,
        deadline="response",
        until=date(2021, 4, 30),
    )
    return [*_opened(), _stay_case(11, date(2021, 3, 5)), notice, _lift_case(13, lift), *more]


def test_an_agreed_extension_during_the_stay_keeps_the_deadline_suspended_on_the_agreed_date():
    events = _agreed_in_a_stay(date(2021, 3, 22))
    p = replay(events, as_of=date(2021, 3, 10))
    (d,) = p.deadlines
    assert (d.status, d.due) == ("suspended", date(2021, 4, 30))
    assert (d.because[-1].doc, d.because[-1].what) == (
        12,
        "extended to 2021-04-30 by notice of agreed extension Doc. 12",
    )
    assert p.anomalies == ()
    (after,) = replay(events, as_of=date(2021, 3, 22)).deadlines
    assert (after.status, after.due) == ("running", date(2021, 4, 30))  # the agreed date stands
    assert after.because[-1].what == "stay lifted: due 2021-04-30 as extended"
    days = [MONDAY + timedelta(days=n) for n in range(30)]
    assert PostureIndex(events).check(days) == []


def test_an_agreed_date_the_stay_outlasts_gives_its_days_again_from_the_lift():
    # Agreed on 2021-03-10 (in the stay): 2021-04-30, 51 days on. The stay lifts on 2021-05-10.
    events = _agreed_in_a_stay(date(2021, 5, 10))
    (d,) = replay(events, as_of=date(2021, 5, 10)).deadlines
    assert (d.status, d.due) == ("running", date(2021, 6, 30))  # Wed 2021-06-30, 51 days on
    assert d.because[-1].what == "stay lifted: 51 days run again, due 2021-06-30"


def test_a_stay_pending_a_motion_already_decided_never_stays_the_case():
    events = [
        *_opened(),
        _entry(MotionFiled, 20, MONDAY, kind=MotionKind.SUMMARY_JUDGMENT),
        _entry(
            OrderEntered, 21, date(2021, 3, 3), rulings=(Ruling(motion=20, disposition="denied"),)
        ),
        _stay_case(22, date(2021, 3, 8), lifts_when=MotionResolved(motion=20)),
    ]
    p = replay(events, as_of=date(2021, 3, 8))
    assert p.case.status == "open"
    assert [s.what for s in p.case.because] == ["case opened"]
    # The time to respond to Doc. 10 was never suspended, so it is not recomputed either.
    assert [(d.id, d.status, d.due, len(d.because)) for d in p.deadlines] == [
        ("response:10", "running", date(2021, 3, 15), 1),
    ]
    (stay,) = p.discovery.stays
    assert (stay.status, stay.lifted, stay.lifted_by, stay.lifted_because) == (
        "lifted",
        date(2021, 3, 8),
        None,
        "its own terms were met",
    )


QI_STAY = [
    _entry(CaseOpened, 1, MONDAY, court="nmd"),
    _entry(
        MotionFiled,
        20,
        MONDAY,
        kind=MotionKind.SUMMARY_JUDGMENT,
        grounds=(Ground.QUALIFIED_IMMUNITY,),
    ),
    _entry(MotionFiled, 21, date(2021, 3, 2), kind=MotionKind.STAY_DISCOVERY, stay_pending=20),
    _entry(OrderEntered, 22, date(2021, 3, 3), opens_discovery=True),
    _entry(OrderEntered, 23, date(2021, 3, 8), rulings=(Ruling(motion=21, disposition="granted"),)),
    _entry(OrderEntered, 24, date(2021, 4, 8), rulings=(Ruling(motion=20, disposition="denied"),)),
]


def test_a_qualified_immunity_stay_cites_jiron_and_lifts_on_its_own_terms():
    # Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004): discovery stays pending
    # the immunity motion; it resumes once the motion is resolved.
    stayed = replay(QI_STAY, as_of=date(2021, 3, 8))
    step = stayed.discovery.because[-1]
    assert (step.doc, step.rule) == (23, QI_STAY_RULE)
    assert step.what == (
        "discovery stayed by order Doc. 23, granting Doc. 21 (motion to stay discovery), "
        "pending resolution of Doc. 20"
    )
    (stay,) = stayed.discovery.stays
    assert stay.grounds == (Ground.QUALIFIED_IMMUNITY,)
    assert stay.explanation is not None and "Doc. 20" in stay.explanation
    assert stay.because[0].rule == QI_STAY_RULE
    p = replay(QI_STAY, as_of=date(2021, 4, 8))
    assert p.discovery.status == "open"
    assert p.discovery.because[-1].what == "stay of 2021-03-08 lifted: its own terms were met"
    (stay,) = p.discovery.stays
    assert (stay.lifted_by, stay.lifted_because) == (None, "its own terms were met")
    assert stay.lift_cause == "motion_resolved"  # the immunity motion it was pending
    assert stay.because[-1].what == "stay lifted: its own terms were met"


@pytest.mark.parametrize(
    ("terms", "cause"),
    [
        (DateReached(on=date(2021, 3, 15)), "date"),
        (MotionResolved(motion=10), "motion_resolved"),
        # Whichever comes first lifts it: the kind of its terms does not say which came.
        (AnyOf(conditions=(MotionResolved(motion=10), DateReached(on=date(2021, 3, 15)))), "terms"),
    ],
)
def test_a_stay_lifted_on_its_own_terms_says_whether_a_date_or_a_motion_lifted_it(
    terms: Any, cause: str
) -> None:
    ruling = _entry(
        OrderEntered, 13, date(2021, 3, 15), rulings=(Ruling(motion=10, disposition="denied"),)
    )
    events = [*_opened(), _stay_case(12, date(2021, 3, 8), lifts_when=terms), ruling]
    (stay,) = replay(events, as_of=date(2021, 3, 16)).discovery.stays
    assert (stay.status, stay.lifted, stay.lift_cause) == ("lifted", date(2021, 3, 15), cause)
    (in_force,) = replay(events, as_of=date(2021, 3, 10)).discovery.stays
    assert (in_force.status, in_force.lift_cause) == ("in_force", None)


def test_a_stay_on_no_immunity_motion_cites_no_immunity_rule_and_gives_no_immunity_reasons():
    p = replay(STAYED, as_of=date(2021, 3, 8))
    (stay,) = p.discovery.stays
    assert (stay.grounds, stay.explanation, stay.because[0].rule) == ((), None, None)
    assert p.discovery.because[-1].rule is None


def test_a_final_judgment_ends_the_stay_discovery_and_deadlines_in_its_own_words():
    judgment = _entry(JudgmentEntered, 40, date(2021, 3, 12))
    events = [*STAYED[:4], judgment]
    p = replay(events, as_of=date(2021, 3, 12))
    because = "final judgment Doc. 40"
    assert (p.case.status, p.case.because[-1].what) == ("closed", f"case closed: {because}")
    # Discovery stayed goes straight to closed: it is never open again in between.
    assert [(s.doc, s.what) for s in p.discovery.because][-2:] == [
        (12, "case stayed by order Doc. 12, until further order"),
        (40, f"discovery closed with the case: {because}"),
    ]
    (stay,) = p.discovery.stays
    assert (stay.status, stay.lifted_by, stay.lifted_because) == ("lifted", None, because)
    assert stay.lift_cause == "case_closed"
    # Only the periods that run from the judgment are left (FRAP 4(a); FRCP 59; 54(d)(2)).
    assert {d.id for d in p.deadlines} == {"appeal:40", "rule59:40", "fees:40"}
    response = _last_state(events, "response:10")
    assert (response.status, response.because[-1].what) == ("moot", f"case closed: {because}")


def test_a_final_judgment_without_a_docket_number_closes_the_case_for_final_judgment():
    p = replay([*_opened(), _entry(JudgmentEntered, None, date(2021, 3, 12))])
    assert p.case.because[-1].what == "case closed: final judgment"


def test_the_index_agrees_with_replay_on_every_day_of_these_stays():
    days = [date.fromordinal(MONDAY.toordinal() + n) for n in range(0, 50, 1)]
    for events in (STAYED, QI_STAY, [*STAYED[:4], _entry(JudgmentEntered, 40, date(2021, 3, 12))]):
        assert PostureIndex(events).check(days) == []


START = date(2021, 1, 4)


@pytest.mark.parametrize(
    "first",
    [
        [
            _entry(OrderEntered, 2, START, opens_discovery=True),
            _entry(ReplyFiled, 3, START, to_motion=9),
            _stay_case(4, START + timedelta(days=1)),
        ],
        [_entry(OrderEntered, 2, START, discovery_closes=date(2022, 6, 1))],
    ],
    ids=["stayed-with-an-anomaly", "discovery-deadline-set"],
)
def test_an_index_long_enough_to_keep_snapshots_agrees_with_replay_on_every_day(
    first: list[DocketEvent],
):
    # Well over one snapshot's worth of changes (docket.audit.index.SNAPSHOT_EVERY) made
    # after the case and discovery last changed and an anomaly was flagged, so that each
    # snapshot must carry the case, discovery and the anomalies as they then were.
    start = START
    events: list[DocketEvent] = [_entry(CaseOpened, 1, start, court="nmd"), *first]
    for n in range(60):
        day = start + timedelta(days=2 + n)
        events.append(_entry(MotionFiled, 10 + n, day, kind=MotionKind.DISMISS))
    events.append(_lift_case(90, start + timedelta(days=70)))
    days = [start + timedelta(days=n) for n in range(0, 100)]
    index = PostureIndex(events)
    assert len(index.changes) > 2 * 64
    assert index.check(days) == []


def test_a_stay_of_discovery_as_to_some_defendants_names_them_and_leaves_discovery_open():
    order = _entry(
        OrderEntered,
        11,
        date(2021, 3, 5),
        stays=(StayImposed(scope=StayScope.PARTIES, parties=("Officer Roe",)),),
    )
    opened = _entry(OrderEntered, 2, MONDAY, opens_discovery=True)
    p = replay([*_opened(), opened, order])
    (stay,) = p.discovery.stays
    assert (stay.scope, stay.parties, stay.status) == (
        StayScope.PARTIES,
        ("Officer Roe",),
        "in_force",
    )
    assert p.discovery.status == "open"


def test_a_stay_granted_on_a_motion_carries_the_grounds_the_motion_gave():
    events = [
        *_opened(),
        _entry(
            MotionFiled,
            20,
            MONDAY,
            kind=MotionKind.STAY_DISCOVERY,
            grounds=(Ground.ABSOLUTE_IMMUNITY,),
        ),
        _entry(
            OrderEntered, 21, date(2021, 3, 8), rulings=(Ruling(motion=20, disposition="granted"),)
        ),
    ]
    (stay,) = replay(events).discovery.stays
    assert (stay.on_motion, stay.grounds, stay.explanation) == (
        20,
        (Ground.ABSOLUTE_IMMUNITY,),
        None,
    )


def test_a_stay_lifted_on_the_agreed_date_itself_gives_the_agreed_days_again() -> None:
    # Lifted on the very day agreed: it came while the case was stayed, so its 51 days run again.
    (d,) = replay(_agreed_in_a_stay(date(2021, 4, 30)), as_of=date(2021, 4, 30)).deadlines
    assert d.due == date(2021, 6, 21)  # Mon 2021-06-21: 2021-04-30 + 51 days (Sun 06-20)


def test_a_second_stay_after_an_agreed_date_stood_counts_the_days_left_from_then() -> None:
    events = _agreed_in_a_stay(
        date(2021, 3, 22), _stay_case(14, date(2021, 4, 20)), _lift_case(15, date(2021, 5, 3))
    )
    (d,) = replay(events, as_of=date(2021, 5, 3)).deadlines
    # 10 days were left on 2021-04-20 (due 04-30); they run again from 2021-05-03.
    assert (d.status, d.due) == ("running", date(2021, 5, 13))
