"""The briefing API replay calls: response and reply deadlines, lateness, court rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docket.events import MotionFiled, OrderEntered, ResponseFiled
from docket.history import load_history
from docket.rules import (
    briefing_deadlines,
    compel_deadline,
    court_rules,
    lateness,
    load_pack,
    reply_deadline,
)

FOUNDING_CASE = Path(__file__).resolve().parents[2] / "events" / "lucero-v-clovis.jsonl"
NMD = load_pack("nmd")


def test_the_founding_cases_reply_time_elapsed_before_the_order() -> None:
    # Doc. 38 (motion to stay) filed Mon 2019-11-04: response due Mon 11-18 (Veterans Day
    # 11-11 falls inside the period). Doc. 40 (response) filed 11-18: reply due Mon 12-02
    # (NM's Friday after Thanksgiving, 11-29, falls inside the period). The order of
    # 2019-12-10 says "the time for filing a reply has elapsed".
    events = load_history(str(FOUNDING_CASE))
    motion = next(e for e in events if isinstance(e, MotionFiled) and e.doc == 38)
    response = next(e for e in events if isinstance(e, ResponseFiled) and e.to_motion == 38)
    order = next(e for e in events if isinstance(e, OrderEntered) and e.doc == 44)

    response_due = briefing_deadlines(NMD, motion.kind, motion.filed, "electronic")
    assert response_due.due == date(2019, 11, 18)
    assert lateness(response_due, response.filed) is None

    reply_due = reply_deadline(NMD, response.filed, "electronic")
    assert [r.due for r in reply_due.readings] == [date(2019, 12, 2)]
    assert reply_due.rule_id == "nmd.7.4a.reply" and reply_due.citation == "D.N.M.LR-Civ. 7.4(a)"
    assert reply_due.due < order.filed


def test_a_response_filed_after_its_deadline_is_late_by_the_days_past_it() -> None:
    due = briefing_deadlines(NMD, "compel", date(2019, 5, 10), "electronic")
    late = lateness(due, date(2019, 5, 28))
    assert late is not None and late.days == 4 and late.under_every_reading
    assert lateness(due, date(2019, 5, 24)) is None


def test_a_filing_late_only_under_the_federal_reading_is_not_late_under_every_reading() -> None:
    due = reply_deadline(NMD, date(2025, 11, 14), "electronic")
    late = lateness(due, date(2025, 12, 1))
    assert late is not None and late.days == 3 and not late.under_every_reading


def test_a_court_without_a_pack_gets_the_frcp_default_briefing_periods_marked_uncertain() -> None:
    pack = load_pack("zzz")
    response = briefing_deadlines(pack, "dismiss", date(2019, 5, 10), "electronic")
    assert response.rule_id == "frcp.default.response" and response.uncertain
    assert response.due == date(2019, 5, 24)
    assert response.fallback and response.notice is not None and "zzz" in response.notice
    # Fri 2019-05-10 + 7 = Fri 05-17.
    assert reply_deadline(pack, date(2019, 5, 10)).due == date(2019, 5, 17)


def test_only_new_mexico_sets_a_deadline_to_move_to_compel_after_objections() -> None:
    assert compel_deadline(load_pack("zzz"), date(2016, 2, 15)) is None
    # Electronic service before Dec. 1, 2016 adds 3 days: Mon 03-07 + 3 = Thu 2016-03-10.
    result = compel_deadline(NMD, date(2016, 2, 15), "electronic")
    assert result is not None and result.due == date(2016, 3, 10)


def test_the_rules_replay_checks_filings_against_are_listed_by_date() -> None:
    rules = court_rules(NMD, date(2019, 11, 4))
    assert rules.response is not None and rules.response.id == "nmd.7.4a.response"
    assert rules.reply is not None and rules.reply.days == 14
    assert rules.compel is not None and rules.compel.days == 21
    assert [r.id for r in rules.periods] == [
        "nmd.7.4a.response",
        "nmd.7.4a.reply",
        "nmd.26.6.compel",
    ]
    assert rules.provisions["nmd.7.1b.consent"].citation == "D.N.M.LR-Civ. 7.1(b)"
    assert court_rules(load_pack(None), date(2019, 11, 4)).compel is None


def test_briefing_deadlines_are_served_from_the_cache() -> None:
    first = briefing_deadlines(NMD, "compel", date(2019, 5, 10), "electronic")
    assert briefing_deadlines(NMD, "compel", date(2019, 5, 10), "electronic") is first
