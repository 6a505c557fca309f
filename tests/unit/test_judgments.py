"""Judgments and the periods that run from their entry, with dates worked by hand from the rules.

Periods are counted under FRCP 6(a)(1): the day of entry excluded, every day counted, a last
day on a weekend or legal holiday rolled to the next day that is neither. They run from entry
of the judgment, not from service, so FRCP 6(d) never adds days. 2021-03-01 is a Monday.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from docket import replay
from docket.events import (
    CaseClosed,
    CaseOpened,
    DocketEvent,
    JudgmentEntered,
    MotionFiled,
    MotionKind,
    OrderEntered,
    Party,
    Ruling,
    StayImposed,
    StayScope,
    dump_event,
    parse_event,
)
from docket.posture import Posture
from docket.rules import compute_rule, load_pack

CASE = "nmd-1:20-cv-00101"
MONDAY = date(2021, 3, 1)
PARTIES = (
    Party(name="Ann Roe", role="plaintiff"),
    Party(name="City of Clovis", role="defendant", entity=True),
)


def _entry(model: type[Any], doc: int | None, day: date, **fields: Any) -> DocketEvent:
    event: DocketEvent = model(id=f"{CASE}/{doc}/{day}", case=CASE, doc=doc, filed=day, **fields)
    return event


def _opened(parties: tuple[Party, ...] = PARTIES) -> DocketEvent:
    return _entry(CaseOpened, 1, date(2020, 6, 1), court="nmd", parties=parties)


def _due(posture: Posture) -> dict[str, date]:
    return {d.id: d.due for d in posture.deadlines}


def _final(day: date = MONDAY, doc: int = 40, **fields: Any) -> DocketEvent:
    return _entry(JudgmentEntered, doc, day, in_favor_of="Defendants", **fields)


def test_final_judgment_starts_the_appeal_rule_59_and_fees_periods() -> None:
    """FRAP 4(a)(1)(A): 30 days after entry, Mon 2021-03-01 + 30 = Wed 2021-03-31.
    FRCP 59(b), (e): 28 days, Mon 2021-03-29. FRCP 54(d)(2)(B): 14 days, Mon 2021-03-15."""
    p = replay([_opened(), _final()], as_of=MONDAY)
    assert p.case.status == "closed"
    assert _due(p) == {
        "appeal:40": date(2021, 3, 31),
        "rule59:40": date(2021, 3, 29),
        "fees:40": date(2021, 3, 15),
    }
    cites = {d.id: d.citation for d in p.deadlines}
    assert cites["appeal:40"] == "FRAP 4(a)(1)(A)"
    assert cites["rule59:40"] == "FRCP 59(b), 59(e)"
    assert cites["fees:40"].startswith("FRCP 54(d)(2)(B)")
    (j,) = p.case.judgments
    assert j.final and j.doc == 40 and j.entered == MONDAY


def test_rule_59_period_is_flagged_as_not_extendable() -> None:
    """FRCP 6(b)(2): a court must not extend the time to act under Rules 50(b), 52(b), 59."""
    p = replay([_opened(), _final()], as_of=MONDAY)
    rule59 = next(d for d in p.deadlines if d.id == "rule59:40")
    assert "6(b)(2)" in rule59.what
    assert rule59.consequence is not None and "6(b)(2)" in rule59.consequence


def test_appeal_period_ending_on_a_sunday_before_presidents_day_runs_to_tuesday() -> None:
    """FRAP 4(a)(1)(A) with FRCP 6(a)(1)(C): Fri 2021-01-15 + 30 = Sun 2021-02-14; Mon
    2021-02-15 is Washington's Birthday, a legal holiday (6(a)(6)(A)): due Tue 2021-02-16.
    Rule 59: + 28 = Fri 2021-02-12, a court day."""
    p = replay([_opened(), _final(date(2021, 1, 15))], as_of=date(2021, 1, 15))
    assert _due(p)["appeal:40"] == date(2021, 2, 16)
    assert _due(p)["rule59:40"] == date(2021, 2, 12)


def test_united_states_as_a_party_gets_sixty_days_to_appeal() -> None:
    """FRAP 4(a)(1)(B): 60 days when the United States is a party: Mon 2021-03-01 + 60 =
    Fri 2021-04-30."""
    parties = (
        *PARTIES,
        Party(name="United States of America", role="defendant", united_states=True),
    )
    p = replay([_opened(parties), _final()], as_of=MONDAY)
    appeal = next(d for d in p.deadlines if d.id == "appeal:40")
    assert appeal.due == date(2021, 4, 30)
    assert appeal.citation == "FRAP 4(a)(1)(B)"
    assert not p.case.judgments[0].review


def test_a_party_named_like_a_federal_agency_without_the_flag_is_flagged_for_review() -> None:
    """FRAP 4(a)(1)(B) may give 60 days; unsure whether the party is the United States, replay
    shows the earlier 30-day date (Wed 2021-03-31) and asks a person."""
    parties = (*PARTIES, Party(name="Commissioner of Social Security", role="defendant"))
    p = replay([_opened(parties), _final()], as_of=MONDAY)
    assert _due(p)["appeal:40"] == date(2021, 3, 31)
    (flag,) = p.case.judgments[0].review
    assert "4(a)(1)(B)" in flag.reason


def test_jury_verdict_judgment_adds_the_rule_50b_period_and_bench_trial_rule_52b() -> None:
    """FRCP 50(b) (after a jury trial) and 52(b) (after a bench trial): 28 days, Mon 2021-03-29."""
    jury = replay([_opened(), _final(trial="jury")], as_of=MONDAY)
    assert _due(jury)["rule50b:40"] == date(2021, 3, 29)
    assert "rule52b:40" not in _due(jury)
    bench = replay([_opened(), _final(trial="bench")], as_of=MONDAY)
    assert _due(bench)["rule52b:40"] == date(2021, 3, 29)
    assert "rule50b:40" not in _due(bench)


def test_timely_rule_59e_motion_suspends_the_appeal_until_the_order_disposing_of_it() -> None:
    """FRAP 4(a)(4)(A)(iv): a Rule 59(e) motion filed Fri 2021-03-26 (within 28 days, by
    2021-03-29) suspends the time to appeal; the order denying it on Tue 2021-06-01 starts
    the 30 days again: Thu 2021-07-01."""
    events = [
        _opened(),
        _final(),
        _entry(MotionFiled, 42, date(2021, 3, 26), kind=MotionKind.ALTER_JUDGMENT),
        _entry(
            OrderEntered, 50, date(2021, 6, 1), rulings=(Ruling(motion=42, disposition="denied"),)
        ),
    ]
    during = replay(events, as_of=date(2021, 4, 15))
    appeal = next(d for d in during.deadlines if d.id == "appeal:40")
    assert appeal.status == "suspended"
    assert during.case.judgments[0].tolled_by == ("42",)
    after = replay(events, as_of=date(2021, 6, 1))
    appeal = next(d for d in after.deadlines if d.id == "appeal:40")
    assert (appeal.status, appeal.due, appeal.trigger_doc) == ("running", date(2021, 7, 1), 50)
    assert appeal.citation.startswith("FRAP 4(a)(4)(A)")
    assert after.case.judgments[0].tolled_by == ()


def test_the_appeal_time_runs_from_the_order_disposing_of_the_last_tolling_motion() -> None:
    """FRAP 4(a)(4)(A): two timely motions (Rule 50(b) and 59(a)); the first decided Mon
    2021-05-03 leaves the time suspended; the second decided Mon 2021-05-17: + 30 = Wed
    2021-06-16."""
    events = [
        _opened(),
        _final(trial="jury"),
        _entry(
            MotionFiled, 41, date(2021, 3, 20), kind=MotionKind.RENEWED_JUDGMENT_AS_A_MATTER_OF_LAW
        ),
        _entry(MotionFiled, 42, date(2021, 3, 22), kind=MotionKind.NEW_TRIAL),
        _entry(
            OrderEntered, 50, date(2021, 5, 3), rulings=(Ruling(motion=41, disposition="denied"),)
        ),
        _entry(
            OrderEntered, 51, date(2021, 5, 17), rulings=(Ruling(motion=42, disposition="denied"),)
        ),
    ]
    mid = replay(events, as_of=date(2021, 5, 10))
    assert next(d for d in mid.deadlines if d.id == "appeal:40").status == "suspended"
    end = replay(events, as_of=date(2021, 5, 17))
    assert _due(end)["appeal:40"] == date(2021, 6, 16)


def test_untimely_rule_59_motion_is_flagged_and_does_not_toll_the_appeal() -> None:
    """FRCP 59(e) and 6(b)(2): filed Tue 2021-03-30, a day after the 28 days ran out
    (Mon 2021-03-29); the appeal stays due Wed 2021-03-31 (FRAP 4(a)(4)(A) needs a timely motion)."""
    events = [
        _opened(),
        _final(),
        _entry(MotionFiled, 42, date(2021, 3, 30), kind=MotionKind.ALTER_JUDGMENT),
    ]
    p = replay(events, as_of=date(2021, 3, 30))
    appeal = next(d for d in p.deadlines if d.id == "appeal:40")
    assert (appeal.status, appeal.due) == ("running", date(2021, 3, 31))
    codes = [a.code for a in p.anomalies]
    assert codes == ["untimely_post_judgment_motion"]
    assert p.anomalies[0].rule == "FRCP 6(b)(2)"


def test_motion_to_reconsider_within_28_days_of_judgment_is_flagged_for_review() -> None:
    """A motion to reconsider a final judgment filed within Rule 59(e)'s 28 days may be a
    Rule 59(e) motion that tolls the appeal (FRAP 4(a)(4)(A)(iv)): a person decides."""
    events = [
        _opened(),
        _final(),
        _entry(MotionFiled, 42, date(2021, 3, 10), kind=MotionKind.RECONSIDERATION),
    ]
    p = replay(events, as_of=date(2021, 3, 10))
    assert next(d for d in p.deadlines if d.id == "appeal:40").status == "running"
    assert any("59(e)" in r.reason for r in p.case.judgments[0].review)


def test_rule_54b_judgment_leaves_the_case_open_and_starts_the_appeal_for_its_parties() -> None:
    """FRCP 54(b): a judgment final as to the City only; the case stays open and the time to
    appeal runs from its entry (FRAP 4(a)(1)(A)): Wed 2021-03-31."""
    partial = _entry(JudgmentEntered, 40, MONDAY, final=False, parties=("City of Clovis",))
    p = replay([_opened(), partial], as_of=MONDAY)
    assert p.case.status == "open"
    (j,) = p.case.judgments
    assert j.rule_54b and j.parties == ("City of Clovis",)
    assert _due(p)["appeal:40"] == date(2021, 3, 31)


def test_partial_judgment_naming_no_parties_or_claims_starts_nothing_and_asks_review() -> None:
    """FRCP 54(b): without the parties or claims it is final as to, no appeal period is shown."""
    partial = _entry(JudgmentEntered, 40, MONDAY, final=False)
    p = replay([_opened(), partial], as_of=MONDAY)
    assert p.deadlines == ()
    assert p.case.judgments[0].review


def test_a_stay_of_the_case_and_the_clerk_closing_it_do_not_stop_the_time_to_appeal() -> None:
    """FRAP 4(a) is jurisdictional: a district court's stay does not suspend it, and closing
    the case after a Rule 54(b) judgment does not moot it."""
    events = [
        _opened(),
        _entry(MotionFiled, 30, date(2021, 2, 20), kind=MotionKind.DISMISS),
        _entry(JudgmentEntered, 40, MONDAY, final=False, parties=("City of Clovis",)),
        _entry(OrderEntered, 41, date(2021, 3, 5), stays=(StayImposed(scope=StayScope.CASE),)),
        _entry(CaseClosed, 42, date(2021, 3, 10)),
    ]
    stayed = replay(events, as_of=date(2021, 3, 5))
    status = {d.id: d.status for d in stayed.deadlines}
    assert status["appeal:40"] == "running"
    assert status["response:30"] == "suspended"
    closed = replay(events, as_of=date(2021, 3, 10))
    assert _due(closed)["appeal:40"] == date(2021, 3, 31)
    assert "response:30" not in _due(closed)


def test_periods_from_entry_of_judgment_add_no_service_days_before_2016() -> None:
    """FRCP 6(d) adds 3 days only to periods that run after service; Rule 59(e) runs from
    entry: a judgment of Mon 2015-03-02 + 28 = Mon 2015-03-30, whatever the service."""
    pack = load_pack("nmd")
    for service in ("electronic", "mail"):
        assert compute_rule(pack, "frcp.59.new_trial", date(2015, 3, 2), service).due == date(
            2015, 3, 30
        )  # type: ignore[arg-type]


def test_before_2009_rule_59_allowed_ten_days_without_weekends() -> None:
    """FRCP 59(b), (e) before Dec. 1, 2009: 10 days, and old FRCP 6(a) skipped weekends in
    periods under 11 days: from Mon 2008-03-03, the tenth court day is Mon 2008-03-17."""
    p = replay([_opened(), _final(date(2008, 3, 3))], as_of=date(2008, 3, 3))
    assert _due(p)["rule59:40"] == date(2008, 3, 17)
    assert _due(p)["appeal:40"] == date(2008, 4, 2)


def test_judgment_json_without_the_new_fields_dumps_byte_for_byte_as_before() -> None:
    line = (
        '{"id":"x","case":"c","filed":"2020-01-01","doc":9,"text":null,"filed_by":null,'
        '"entered":null,"reconstructed":false,"note":null,"schema_version":1,'
        '"type":"judgment","final":true,"in_favor_of":null}'
    )
    assert dump_event(parse_event(line)) == line


def test_sdfla_gives_60_days_to_move_for_fees_under_its_local_rule_7_3() -> None:
    """S.D. Fla. L.R. 7.3(a)(1): 'within 60 days of "the final judgment or order giving rise
    to the claim"' (Lira v. Essentia Ins. Co., No. 20-12788 (11th Cir. 2021)), superseding
    FRCP 54(d)(2)(B)'s 14 days: Mon 2021-03-01 + 60 = Fri 2021-04-30, by hand."""
    opened = _entry(CaseOpened, 1, date(2020, 6, 1), court="flsd", parties=PARTIES)
    p = replay([opened, _final()], as_of=MONDAY)
    fees = next(d for d in p.deadlines if d.id == "fees:40")
    assert fees.due == date(2021, 4, 30)
    assert fees.citation == "S.D. Fla. L.R. 7.3(a)(1)"


def test_sdfla_fees_before_the_rule_is_known_in_force_fall_back_to_the_frcp_14_days() -> None:
    """The pack holds L.R. 7.3(a)(1)'s 60 days in force only from July 23, 2019 (the 2012
    version read 30 days): a 2018 judgment shows FRCP 54(d)(2)(B)'s 14 days, the earliest
    reading, flagged. Thu 2018-03-01 + 14 = Thu 2018-03-15, by hand."""
    opened = _entry(CaseOpened, 1, date(2017, 6, 1), court="flsd", parties=PARTIES)
    p = replay([opened, _final(date(2018, 3, 1))], as_of=date(2018, 3, 1))
    fees = next(d for d in p.deadlines if d.id == "fees:40")
    assert fees.due == date(2018, 3, 15)
    assert fees.citation.startswith("FRCP 54(d)(2)(B)")


def test_ndtex_judgment_starts_a_bill_of_costs_period_marked_unverified() -> None:
    """N.D. Tex. LR 54.1 as the court's bill-of-costs guide states it: 14 days after the
    clerk enters the judgment on the docket. Mon 2021-03-01 + 14 = Mon 2021-03-15, by hand;
    the rule's own text was not read, so the deadline says it is unverified."""
    opened = _entry(CaseOpened, 1, date(2020, 6, 1), court="txnd", parties=PARTIES)
    p = replay([opened, _final()], as_of=MONDAY)
    costs = next(d for d in p.deadlines if d.id == "costs:40")
    assert costs.due == date(2021, 3, 15)
    assert costs.citation == "N.D. Tex. L. Civ. R. 54.1"
    assert costs.unverified


def test_a_court_without_a_bill_of_costs_rule_shows_no_costs_deadline() -> None:
    """FRCP 54(d)(1) sets no time to ask for costs; D.N.M.'s pack has no such rule here."""
    p = replay([_opened(), _final()], as_of=MONDAY)
    assert "costs:40" not in _due(p)
