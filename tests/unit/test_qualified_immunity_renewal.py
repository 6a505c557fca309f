"""A stay pending a qualified-immunity motion, when an amended complaint moots the motion.

The immunity is an entitlement not to face discovery at all (Mitchell v. Forsyth, 472 U.S.
511, 526 (1985); Jiron v. City of Lakewood, 392 F.3d 410, 414 (10th Cir. 2004)), and an
amended complaint is routinely met by a renewed motion asserting it anew. So the stay is
never lifted silently when its motion is found moot after an amended pleading: it stays in
force, flagged for review, or follows a renewed qualified-immunity motion filed within the
time to respond to the amended pleading (FRCP 15(a)(3): at least 14 days after service).

Dates: the amended complaint is e-served Monday 2021-03-01; 14 days later is Monday
2021-03-15 (FRCP 6(a)(1)); served by mail, 3 days are added (FRCP 6(d)): Thursday 2021-03-18.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.engine.world import RENEWAL_REVIEW
from docket.events import (
    CaseOpened,
    DocketEvent,
    Ground,
    MotionFiled,
    MotionKind,
    MotionResolved,
    OrderEntered,
    PleadingAmended,
    Ruling,
    StayImposed,
    StayScope,
)
from docket.render import posture_text

CASE = "nmd-1:20-cv-00400"


def _e(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _qi(doc: int, day: date) -> DocketEvent:
    return _e(MotionFiled, doc, day, kind=MotionKind.DISMISS, grounds=(Ground.QUALIFIED_IMMUNITY,))


BASE = [
    _e(CaseOpened, 1, date(2020, 10, 1), court="nmd"),
    _qi(10, date(2020, 11, 2)),
    _e(
        OrderEntered,
        15,
        date(2020, 12, 1),
        stays=(StayImposed(scope=StayScope.DISCOVERY, lifts_when=MotionResolved(motion=10)),),
    ),
]
AMENDED = _e(PleadingAmended, 20, date(2021, 3, 1))
MOOTED = _e(OrderEntered, 22, date(2021, 3, 3), rulings=(Ruling(motion=10, disposition="moot"),))


def test_the_stay_does_not_lift_when_an_amended_complaint_moots_its_motion() -> None:
    p = replay([*BASE, AMENDED, MOOTED], as_of=date(2021, 4, 1))
    (stay,) = p.discovery.stays
    assert stay.status == "in_force"
    assert stay.review == RENEWAL_REVIEW
    assert p.discovery.status == "stayed"
    assert [a.code for a in p.anomalies] == ["stay_awaits_renewed_motion"]
    assert "NEEDS REVIEW: the motion it waited on was mooted" in posture_text(p)
    assert "review" in p.model_dump(mode="json")["discovery"]["stays"][0]


def test_the_stay_follows_a_renewed_motion_filed_within_the_time_to_respond() -> None:
    """Renewed on the last day, 2021-03-15: the stay now awaits Doc. 25, and lifts with it."""
    renewed = _qi(25, date(2021, 3, 15))
    p = replay([*BASE, AMENDED, MOOTED, renewed], as_of=date(2021, 3, 15))
    (stay,) = p.discovery.stays
    assert (stay.status, stay.review, stay.lifts_when) == (
        "in_force",
        None,
        MotionResolved(motion=25),
    )
    denied = _e(
        OrderEntered, 30, date(2021, 6, 1), rulings=(Ruling(motion=25, disposition="denied"),)
    )
    after = replay([*BASE, AMENDED, MOOTED, renewed, denied], as_of=date(2021, 6, 1))
    assert after.discovery.stays[0].status == "lifted"
    assert after.discovery.status == "open"


def test_a_renewed_motion_after_the_time_to_respond_leaves_the_stay_for_review() -> None:
    late = _qi(25, date(2021, 3, 16))
    (stay,) = replay([*BASE, AMENDED, MOOTED, late], as_of=date(2021, 3, 16)).discovery.stays
    assert (stay.status, stay.review) == ("in_force", RENEWAL_REVIEW)


def test_mail_service_of_the_amended_pleading_adds_three_days() -> None:
    mailed = _e(PleadingAmended, 20, date(2021, 3, 1), service="mail")
    renewed = _qi(25, date(2021, 3, 18))
    (stay,) = replay([*BASE, mailed, MOOTED, renewed], as_of=date(2021, 3, 18)).discovery.stays
    assert stay.lifts_when == MotionResolved(motion=25)


def test_a_motion_mooted_without_an_amended_pleading_lifts_the_stay_by_its_terms() -> None:
    (stay,) = replay([*BASE, MOOTED], as_of=date(2021, 3, 3)).discovery.stays
    assert (stay.status, stay.review) == ("lifted", None)
