"""Valid time and knowledge time: what the posture was, and what the docket showed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docket import load_history, replay
from docket.audit import PostureIndex, diff, explain, timeline
from docket.audit.explain import NothingToExplain
from docket.events import (
    Disposition,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Ruling,
)

HISTORY = Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl"
CASE = "c-1"


@pytest.fixture(scope="module")
def lucero():
    return load_history(HISTORY)


def _motion(doc: int, day: date) -> MotionFiled:
    return MotionFiled(id=f"m{doc}", case=CASE, doc=doc, filed=day, kind=MotionKind.DISMISS)


def test_a_late_entered_order_changes_the_posture_only_for_queries_that_know_of_it():
    # Signed and filed on March 2, entered on the docket on March 9.
    order = OrderEntered(
        id="o2",
        case=CASE,
        doc=2,
        filed=date(2021, 3, 2),
        entered=date(2021, 3, 9),
        rulings=(Ruling(motion=1, disposition=Disposition.DENIED),),
    )
    events = [_motion(1, date(2021, 2, 1)), order]
    assert replay(events, as_of=date(2021, 3, 5)).motion(1).status == "denied"
    assert (
        replay(events, as_of=date(2021, 3, 5), known_on=date(2021, 3, 5)).motion(1).status
        == "pending"
    )
    assert (
        replay(events, as_of=date(2021, 3, 5), known_on=date(2021, 3, 9)).motion(1).status
        == "denied"
    )
    # What the store recorded overrides the docket's entered date.
    known = {"o2": date(2021, 3, 20)}
    assert (
        replay(events, as_of=date(2021, 3, 5), known_on=date(2021, 3, 9), known_dates=known)
        .motion(1)
        .status
        == "pending"
    )


def test_a_nunc_pro_tunc_order_takes_effect_on_its_effective_date():
    order = OrderEntered(
        id="o2",
        case=CASE,
        doc=2,
        filed=date(2021, 5, 1),
        effective=date(2021, 3, 1),
        rulings=(Ruling(motion=1, disposition=Disposition.GRANTED),),
    )
    events = [_motion(1, date(2021, 2, 1)), order]
    p = replay(events, as_of=date(2021, 3, 1))
    assert p.motion(1).status == "granted" and p.motion(1).decided == date(2021, 3, 1)
    assert replay(events, as_of=date(2021, 2, 28)).motion(1).status == "pending"
    # Known on April 1, nobody could know of an order filed on May 1.
    assert (
        replay(events, as_of=date(2021, 3, 1), known_on=date(2021, 4, 1)).motion(1).status
        == "pending"
    )


@pytest.mark.parametrize("known_on", [date(2019, 12, 9), date(2019, 12, 10)])
def test_the_founding_case_known_before_and_after_the_order_was_entered(lucero, known_on):
    p = replay(lucero, as_of=date(2019, 12, 31), known_on=known_on)
    stayed = known_on >= date(2019, 12, 10)
    assert (p.discovery.status == "stayed") is stayed
    assert p.motion(38).status == ("granted" if stayed else "pending")


def test_the_founding_case_day_by_day_from_the_first_motion_to_the_order(lucero):
    index = PostureIndex(lucero)
    day = date(2019, 10, 11)
    while day <= date(2019, 12, 11):
        p = replay(lucero, as_of=day)
        assert index.posture(day) == p
        assert p.motion(27).status == (
            "pending" if day < date(2019, 12, 10) else "denied_without_prejudice"
        )
        assert (p.discovery.status == "stayed") is (day >= date(2019, 12, 10))
        day = date.fromordinal(day.toordinal() + 1)


def test_explain_discovery_names_the_order_the_motion_and_the_pending_condition(lucero):
    text = explain(replay(lucero, as_of=date(2019, 12, 31)), discovery=True).text()
    assert text.startswith("Discovery STAYED as of 2019-12-31")
    assert (
        "Doc. 44 discovery stayed by order Doc. 44, granting Doc. 38 (motion to stay discovery)"
        in text
    )
    assert (
        "condition: resolution of Doc. 30: not yet met as of 2019-12-31 (Doc. 30 pending)" in text
    )
    assert "Jiron v. City of Lakewood" in text


@pytest.mark.parametrize("doc", [27, 28, 30, 38])
def test_explain_each_motion_starts_with_its_filing(lucero, doc):
    e = explain(replay(lucero, as_of=date(2019, 12, 31)), motion=doc)
    assert e.steps[0].doc == doc and e.steps[0].what.endswith("filed")
    if doc in (27, 28):
        assert e.conditions[0].truth == "open"
        assert e.conditions[0].detail == "Doc. 30 pending"


def test_explain_refuses_a_motion_that_is_not_on_the_docket(lucero):
    with pytest.raises(NothingToExplain, match=r"Doc\. 99"):
        explain(replay(lucero), motion=99)


def test_diff_across_the_order_lists_each_change_with_the_order_as_its_cause(lucero):
    changes = diff(
        replay(lucero, as_of=date(2019, 12, 1)), replay(lucero, as_of=date(2019, 12, 31))
    )
    facts = {(c.fact, c.field): (c.old, c.new, c.cause.doc if c.cause else None) for c in changes}
    assert facts[("discovery", "status")] == ("open", "stayed", 44)
    assert facts[("Doc. 27 (motion to compel)", "status")] == (
        "pending",
        "denied without prejudice",
        44,
    )
    assert facts[("Doc. 27 (motion to compel)", "leave to refile")] == (None, "conditional", 44)
    assert facts[("Doc. 38 (motion to stay discovery)", "status")] == ("pending", "granted", 44)


def test_the_timeline_is_in_date_order_and_ends_with_the_order(lucero):
    changes = timeline(lucero)
    days = [c.on for c in changes]
    assert days == sorted(days)
    assert changes[0].fact == "case"
    assert {c.cause.doc for c in changes if c.on == date(2019, 12, 10)} == {44}
