"""Per-court vectors for the local rule packs (issue 18).

Each test names its source. Where a court's order (or a published answer quoting the rule)
computed a date, the test checks the pack against that date. Where no published computation
was found, the docstring says so: the expected date was counted by hand on the calendar
under the pack's period (which is then unverified in the pack unless its text was read),
chosen so that a weekend or holiday roll is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from docket.rules import (
    NoPeriod,
    available_courts,
    briefing_deadlines,
    compute_rule,
    lateness,
    load_pack,
    reply_deadline,
)
from docket.rules.errors import RulePackError
from docket.rules.pack import read_pack_file

NEW_COURTS = (
    "nysd", "nyed", "cacd", "cand", "casd", "ilnd", "paed", "njd",
    "flsd", "txnd", "txed", "ded", "dcd", "azd", "nvd", "scd",
)  # fmt: skip


def _response(court: str, kind: str, filed: date, **kw: date) -> date:
    return briefing_deadlines(load_pack(court), kind, filed, **kw).due


def _reply(court: str, filed: date, kind: str | None = None, **kw: date) -> date:
    return reply_deadline(load_pack(court), filed, motion_kind=kind, **kw).due


def test_sixteen_more_districts_have_a_pack_of_their_own() -> None:
    assert set(NEW_COURTS) <= set(available_courts())
    for court in NEW_COURTS:
        pack = load_pack(court)
        assert not pack.fallback and pack.own_rules, court
        assert all(r.source for r in pack.own_rules), court


def test_a_court_period_without_a_source_or_verified_flag_is_refused() -> None:
    text = """
id = "cacd"
name = "x"
base = "frcp"
[court]
id = "cacd"
[[rules]]
id = "cacd.7_9.opposition"
citation = "C.D. Cal. L.R. 7-9"
title = "Opposition"
due = "response"
trigger = "motion_hearing"
days = 21
direction = "before"
"""
    with pytest.raises(RulePackError, match="must say verified, source"):
        read_pack_file(text, "packs/cacd.toml")


# --- C.D. Cal.: counted back from the hearing ------------------------------------------


def test_cdcal_opposition_is_due_21_days_before_the_hearing_as_palacios_computed() -> None:
    """Palacios v. County of Los Angeles, No. CV 20-11182 MRW (C.D. Cal. Nov. 14, 2022)
    (order to show cause): motion noticed for hearing on November 30 [2022]; 'Plaintiffs'
    responsive pleading was due 21 days before then, or by November 9.'"""
    assert _response(
        "cacd", "summary_judgment", date(2022, 10, 20), hearing=date(2022, 11, 30)
    ) == (date(2022, 11, 9))


def test_cdcal_opposition_under_the_2009_rule_was_14_days_before_the_hearing() -> None:
    """A June 2009 lawguru.com answer (Bryan R. R. Whipple) quoting L.R. 7-9 as then in force
    ('not later than fourteen (14) days before the date designated for the hearing'): for a
    hearing on June 22 [2009], 'the Central District due date would be June 8, counting
    backwards from the 22nd'."""
    result = compute_rule(load_pack("cacd"), "cacd.7_9.opposition", date(2009, 6, 22), None)
    assert result.due == date(2009, 6, 8) and not result.uncertain


def test_cdcal_without_a_hearing_date_no_response_deadline_runs() -> None:
    """L.R. 7-9 counts from the hearing; with none on the docket there is no date to meet."""
    with pytest.raises(NoPeriod, match="no hearing date"):
        briefing_deadlines(load_pack("cacd"), "dismiss", date(2022, 10, 20))


def test_cdcal_reply_is_14_days_before_the_hearing_and_says_it_is_unverified() -> None:
    """No published computation of an L.R. 7-10 reply date was found (only a 2010 summary of
    the rule): hearing Wed 2022-11-30, 14 days back is Wed 2022-11-16, by hand."""
    result = reply_deadline(load_pack("cacd"), date(2022, 11, 9), hearing=date(2022, 11, 30))
    assert result.due == date(2022, 11, 16)
    assert result.uncertain and "Unverified" in (result.notice or "")


# --- N.D. Cal.: from filing, and (before the amendment) back from the hearing ------------


def test_ndcal_opposition_is_due_14_days_after_the_motion_as_in_brown() -> None:
    """Brown v. City & County of San Francisco, No. C 11-02162 LB (N.D. Cal. Aug. 16, 2011):
    motion to dismiss filed July 21, 2011; under Civil L.R. 7-3(a) the opposition was due
    'August 4, 2011'."""
    assert _response("cand", "dismiss", date(2011, 7, 21)) == date(2011, 8, 4)


def test_ndcal_before_the_amendment_briefs_were_counted_back_from_the_hearing() -> None:
    """Romanowski v. RNI, No. C 06-6575 PJH (N.D. Cal. Nov. 30, 2007): with the hearing on
    January 16, 2008, the opposition was due December 26, 2007 and the reply January 2."""
    hearing = date(2008, 1, 16)
    assert _response("cand", "summary_judgment", date(2007, 11, 1), hearing=hearing) == (
        date(2007, 12, 26)
    )
    assert _reply("cand", date(2007, 12, 26), hearing=hearing) == date(2008, 1, 2)


def test_ndcal_reply_runs_from_the_day_the_opposition_was_due_not_filed() -> None:
    """No published computation found. Civil L.R. 7-3(c) (unverified): 7 days after the
    opposition was due. Opposition due Mon 2022-01-10 (filed earlier, on 01-05): +7 is
    Mon 01-17, Martin Luther King Jr. Day, so Tue 01-18, by hand."""
    assert _reply("cand", date(2022, 1, 5), response_due=date(2022, 1, 10)) == date(2022, 1, 18)


# --- D.D.C. ---------------------------------------------------------------------------


def test_ddc_opposition_14_days_plus_3_for_electronic_service_before_2016_as_in_vemuri() -> None:
    """Vemuri v. Napolitano, No. 10-199 (CKK) (D.D.C. Mar. 23, 2011): motion to dismiss
    filed August 30, 2010; 'By operation of Local Civil Rule 7(b), Plaintiff's opposition
    ... was due by no later than September 16, 2010' (14 days, plus 3 for electronic service
    under FRCP 6(d) as it then stood)."""
    result = briefing_deadlines(load_pack("dcd"), "dismiss", date(2010, 8, 30))
    assert result.due == date(2010, 9, 16) and not result.uncertain


def test_ddc_oppositions_fall_due_as_in_jarvis_v_parker() -> None:
    """Jarvis v. Parker, No. 13-350 (CKK) (D.D.C. June 3, 2013) (memorandum opinion): a
    motion to dismiss filed Apr. 16, 2013 -> opposition 'due on Friday, May 3, 2013'; one
    filed Apr. 17 -> 'due on Monday, May 6, 2013' (LCvR 7(b) 14 days, plus 3 for electronic
    service before Dec. 1, 2016: Sat May 4 rolls to Monday). Read at cetient.com."""
    assert _response("dcd", "dismiss", date(2013, 4, 16)) == date(2013, 5, 3)
    assert _response("dcd", "dismiss", date(2013, 4, 17)) == date(2013, 5, 6)


def test_ddc_reply_rolls_off_martin_luther_king_day() -> None:
    """No published computation found. LCvR 7(d) (unverified): opposition served Mon
    2019-01-14, +7 is Mon 01-21 (MLK Day), so Tue 01-22, by hand."""
    assert _reply("dcd", date(2019, 1, 14)) == date(2019, 1, 22)


# --- D. Nev. --------------------------------------------------------------------------


def test_dnev_reply_is_7_days_after_the_response_as_in_dixon() -> None:
    """Dixon v. Baker, No. 3:13-cv-00248-RCJ-WGC (D. Nev. Jan. 14, 2022): opposition filed
    December 20, 2021; under LR 7-2(b) the reply was due December 27, 2021."""
    assert _reply("nvd", date(2021, 12, 20)) == date(2021, 12, 27)


def test_dnev_response_falls_due_as_in_kidiavayi_v_leonard() -> None:
    """Kidiavayi v. Leonard, No. 2:16-cv-01202-KJD-NJK (D. Nev. Jan. 31, 2017) (order, read
    at docs.justia.com): a motion for protective order filed Nov. 15, 2016, briefed on LR
    7-2(b)'s default time; the response 'was therefore due on December 2, 2016. See LR IC
    3-1(a); LR 7-2(b); Fed. R. Civ. P. 6(d) (previous version)': 14 days, plus 3 for
    electronic service before Dec. 1, 2016."""
    assert _response("nvd", "protective_order", date(2016, 11, 15)) == date(2016, 12, 2)


def test_dnev_summary_judgment_response_is_21_days() -> None:
    """No published computation found. LR 7-2(b) (unverified): motion for summary judgment
    served Mon 2021-03-01, +21 is Mon 03-22, by hand (a plain motion would be 03-15)."""
    assert _response("nvd", "summary_judgment", date(2021, 3, 1)) == date(2021, 3, 22)
    assert _response("nvd", "dismiss", date(2021, 3, 1)) == date(2021, 3, 15)


# --- N.D. Ill.: briefing set by the court -----------------------------------------------


def test_ndill_sets_briefing_by_order_so_no_response_or_reply_deadline_runs() -> None:
    """N.D. Ill. LR 78.3 (text at ilnd.uscourts.gov): 'The court may set a briefing
    schedule.' No local period runs, so neither a response nor a reply is ever late by a
    default the court never set."""
    with pytest.raises(NoPeriod, match=r"LR 78\.3"):
        briefing_deadlines(load_pack("ilnd"), "dismiss", date(2020, 1, 6))
    with pytest.raises(NoPeriod, match=r"LR 78\.3"):
        reply_deadline(load_pack("ilnd"), date(2020, 1, 20))


# --- N.D. Tex. ------------------------------------------------------------------------


def test_ndtex_response_is_21_days_from_filing_with_texas_friday_after_thanksgiving() -> None:
    """No published computation found. LR 7.1(e) (text read, 2023 rules): 21 days from the
    date the motion is filed. Filed Fri 2023-11-03, +21 is Fri 11-24: a federal workday but a
    Texas state holiday (day after Thanksgiving), so two readings: 11-24, or Mon 11-27."""
    result = briefing_deadlines(load_pack("txnd"), "dismiss", date(2023, 11, 3))
    assert [r.due for r in result.readings] == [date(2023, 11, 24), date(2023, 11, 27)]
    assert not result.uncertain


def test_ndtex_reply_is_14_days_and_unverified() -> None:
    """No published computation found. LR 7.1(f) (unverified): response filed Fri
    2023-12-01, +14 is Fri 12-15, by hand."""
    result = reply_deadline(load_pack("txnd"), date(2023, 12, 1))
    assert result.due == date(2023, 12, 15) and result.uncertain


# --- S.D.N.Y. and E.D.N.Y. --------------------------------------------------------------


def test_sdny_opposition_is_14_days_and_a_discovery_motion_gets_7() -> None:
    """No published computation with its trigger date was found (D3 Int'l v. AGGF (S.D.N.Y.
    2022) applies 6.1(b)'s fourteen days but the excerpt read gives only the due date, May
    20, 2022). By hand: served Fri 2022-05-06: +14 is Fri 05-20 (6.1(b)); a motion to compel
    +7 is Fri 05-13 (6.1(a))."""
    assert _response("nysd", "dismiss", date(2022, 5, 6)) == date(2022, 5, 20)
    assert _response("nysd", "compel", date(2022, 5, 6)) == date(2022, 5, 13)


def test_sdny_discovery_reply_is_two_days_and_rolls_over_the_weekend() -> None:
    """No published computation found. 6.1(a) reply, two days (rule text read; the 2010
    summary first used said one): answering papers Tue 2022-05-10, +2 is Thu 05-12; Fri
    05-06, +2 is Sun, so Mon 05-09, by hand."""
    assert _reply("nysd", date(2022, 5, 10), "compel") == date(2022, 5, 12)
    assert _reply("nysd", date(2022, 5, 6), "compel") == date(2022, 5, 9)


def test_edny_opposition_rolls_off_christmas() -> None:
    """No published computation found. Local Civ. R. 6.1(b) (text read): served Wed
    2024-12-11, +14 is Wed 12-25 (Christmas), so Thu 12-26; reply 7 days after an
    opposition of Mon 2025-01-13 is Mon 01-20 (MLK Day), so Tue 01-21, by hand."""
    assert _response("nyed", "dismiss", date(2024, 12, 11)) == date(2024, 12, 26)
    assert _reply("nyed", date(2025, 1, 13)) == date(2025, 1, 21)


# --- S.D. Cal. and D.N.J.: counted back from the hearing or motion day -------------------


def test_sdcal_briefs_count_back_from_the_noticed_hearing() -> None:
    """No published computation for these dates. CivLR 7.1(e)(2) (read as orders quote it)
    and 7.1(e)(3) (unverified): hearing Mon 2022-06-06: opposition 14 days back is Mon 05-23;
    reply 7 days back is Mon 05-30, Memorial Day, so back to Fri 05-27 (FRCP 6(a)(5)), by
    hand."""
    hearing = date(2022, 6, 6)
    assert _response("casd", "dismiss", date(2022, 5, 1), hearing=hearing) == date(2022, 5, 23)
    assert _reply("casd", date(2022, 5, 20), hearing=hearing) == date(2022, 5, 27)


DNJ_CALENDAR = (
    "the Clerk's list of 2018 motion days published under L. Civ. R. 78.1(a), with each day's "
    "'Deadline for Opposition Papers (14 days prior to motion day)' and 'Deadline for Reply "
    "Papers (7 days to motion day)' (online.documentine.com copy, 'nj courts motion schedule')"
)


@pytest.mark.parametrize(
    ("motion_day", "opposition", "reply"),
    [
        (date(2018, 2, 20), date(2018, 2, 6), date(2018, 2, 13)),
        (date(2018, 4, 16), date(2018, 4, 2), date(2018, 4, 9)),
        (date(2018, 12, 17), date(2018, 12, 3), date(2018, 12, 10)),
    ],
)
def test_dnj_briefs_count_back_from_the_motion_day_as_the_clerks_calendar_does(
    motion_day: date, opposition: date, reply: date
) -> None:
    """The court's own calendar: the Clerk's 2018 list of motion days (L. Civ. R. 78.1(a))
    with its opposition (14 days prior) and reply (7 days prior) deadlines."""
    assert _response("njd", "dismiss", date(2018, 1, 2), hearing=motion_day) == opposition
    assert _reply("njd", opposition, hearing=motion_day) == reply


@pytest.mark.parametrize(
    ("motion_day", "counted_back", "clerks_date", "brief"),
    [
        (date(2018, 3, 5), date(2018, 2, 16), date(2018, 2, 20), "opposition"),
        (date(2018, 6, 4), date(2018, 5, 25), date(2018, 5, 29), "reply"),
    ],
)
def test_dnj_clerks_calendar_date_after_a_holiday_is_a_second_later_reading(
    motion_day: date, counted_back: date, clerks_date: date, brief: str
) -> None:
    """The court's own calendar (see DNJ_CALENDAR): where 14 (or 7) days before the motion
    day is a holiday, the Clerk's 2018 list gives the next day (Mon 2018-03-05: opposition
    Tue Feb 20, after Presidents' Day; Mon 2018-06-04: reply Tue May 29, after Memorial
    Day). FRCP 6(a)(5) counts the same period back to the Friday before, and the rule's own
    text was not read to say otherwise: so both are readings. The one to meet is the earlier;
    a brief filed on the Clerk's date is never called late as fact."""
    pack = load_pack("njd")
    if brief == "opposition":
        d = briefing_deadlines(pack, "dismiss", date(2018, 2, 1), hearing=motion_day)
    else:
        d = reply_deadline(pack, date(2018, 5, 21), hearing=motion_day)
    assert [r.due for r in d.readings] == [counted_back, clerks_date]
    assert d.due == counted_back and "Two readings" in d.explain()
    on_clerks_date = lateness(d, clerks_date)
    assert on_clerks_date is not None and not on_clerks_date.under_every_reading
    after = lateness(d, date.fromordinal(clerks_date.toordinal() + 1))
    assert after is not None and after.under_every_reading


def test_dnj_briefs_roll_back_off_memorial_day_under_frcp_6a5() -> None:
    """No published computation of 2022 found: L. Civ. R. 7.1(d)(2)-(3) counted under FRCP
    6(a)(5): motion day Mon 2022-06-06, opposition 14 days back is Mon 05-23 (one reading);
    reply 7 days back is Memorial Day, so Fri 05-27, and the Clerk's practice (see above)
    gives the later reading Tue 05-31."""
    hearing = date(2022, 6, 6)
    assert _response("njd", "dismiss", date(2022, 5, 1), hearing=hearing) == date(2022, 5, 23)
    assert _reply("njd", date(2022, 5, 20), hearing=hearing) == date(2022, 5, 27)
    opposition = briefing_deadlines(load_pack("njd"), "dismiss", date(2022, 5, 1), hearing=hearing)
    reply = reply_deadline(load_pack("njd"), date(2022, 5, 20), hearing=hearing)
    assert len(opposition.readings) == 1
    assert [r.due for r in reply.readings] == [date(2022, 5, 27), date(2022, 5, 31)]


# --- E.D. Pa., S.D. Fla., E.D. Tex., D. Del., D. Ariz., D.S.C. ---------------------------


def test_edpa_response_falls_due_as_in_schutter_v_herskowitz() -> None:
    """Schutter v. Herskowitz, No. 07-3823 (E.D. Pa. June 6, 2008) (memorandum opinion): a
    motion to dismiss filed Feb. 5, 2008; the 'response to this motion was due on February
    22, 2008 under Local Civil Rule 7.1(c) (which requires response within 14 days) and
    Fed.R.Civ.P. 6(e)' (3 days for electronic service). Read at print.casetext.com."""
    assert _response("paed", "dismiss", date(2008, 2, 5)) == date(2008, 2, 22)


def test_edpa_response_is_14_days_and_the_reply_is_left_to_the_judge() -> None:
    """No published computation found. Local R. Civ. P. 7.1(c) (summaries read, unverified):
    served Fri 2019-01-04, +14 is Fri 01-18, by hand; no reply period runs."""
    assert _response("paed", "dismiss", date(2019, 1, 4)) == date(2019, 1, 18)
    with pytest.raises(NoPeriod):
        reply_deadline(load_pack("paed"), date(2019, 1, 18))


def test_sdfla_response_and_reply_roll_off_holidays() -> None:
    """No published computation found. L.R. 7.1(c)(1) (opposition: the rule's words as a 2014
    order quotes them; reply: summaries read, unverified): served
    Fri 2021-12-10, +14 is Fri 12-24 (Christmas observed), so Mon 12-27; reply after an
    opposition of Mon 2022-01-10, +7 is Mon 01-17 (MLK Day), so Tue 01-18, by hand."""
    assert _response("flsd", "dismiss", date(2021, 12, 10)) == date(2021, 12, 27)
    assert _reply("flsd", date(2022, 1, 10)) == date(2022, 1, 18)


def test_edtex_summary_judgment_gets_21_days_and_other_motions_14() -> None:
    """No published computation found. Local Rule CV-7(e) (unverified): served Fri
    2020-06-12: +21 is Fri 07-03 (Independence Day observed), so Mon 07-06; +14 is Fri 06-26,
    by hand."""
    assert _response("txed", "summary_judgment", date(2020, 6, 12)) == date(2020, 7, 6)
    assert _response("txed", "dismiss", date(2020, 6, 12)) == date(2020, 6, 26)


def test_ddel_answering_and_reply_briefs_under_the_2010_rule() -> None:
    """No published computation found. LR 7.1.2(b) as amended Apr. 30, 2010 (reports read,
    unverified): served Tue 2018-12-11, +14 is Tue 12-25, so Wed 12-26; reply after Thu
    2019-01-03, +7 is Thu 01-10, by hand. Before the amendment the pack has no period."""
    assert _response("ded", "dismiss", date(2018, 12, 11)) == date(2018, 12, 26)
    assert _reply("ded", date(2019, 1, 3)) == date(2019, 1, 10)
    before = load_pack("ded").rule_for("response", date(2009, 1, 5), "dismiss")
    assert before is not None and before.id == "frcp.default.response"


def test_ddel_answering_brief_gives_the_date_cm_ecf_wrote_on_the_opening_brief_in_2023() -> None:
    """The court's own calendar: D. Del. CM/ECF writes a due date 'per Local Rules' on every
    opening brief. ViaTech Techs., Inc. v. Adobe Inc., C.A. No. 20-358-RGA-JLH (D. Del.), D.I.
    312, as quoted in 'Can You Rely on the Due Date in the Docket Text on PACER? No You
    Cannot' (ipde.com/blog/2023/10/30/can-you-rely-on-the-due-date-in-the-docket-text-on-pacer-
    no-you-cannot/): "312 OPENING BRIEF in Support re 311 MOTION to Amend Judgment, filed by
    ViaTech Technologies Inc..Answering Brief/Response due date per Local Rules is 11/8/2023.
    ... (Entered: 10/25/2023)". Wed Oct. 25 + 14 (LR 7.1.2(b) as reported since 2010) is Wed
    Nov. 8, nothing added for CM/ECF service after Dec. 1, 2016. Two days later the court
    removed that date because a stipulated order (D.I. 310) set the schedule: what the entry
    shows is the local-rule default CM/ECF computes, the date this pack computes too; the
    period stays flagged unverified until the rule's text is read."""
    result = briefing_deadlines(load_pack("ded"), "alter_judgment", date(2023, 10, 25))
    assert result.due == date(2023, 11, 8)
    assert result.rule_id == "ded.7_1_2b.response"
    assert result.uncertain


def test_dariz_responses_fall_due_as_in_wood_v_unified_investigative() -> None:
    """Wood v. Unified Investigative & Sciences, Inc. (D. Ariz. June 21, 2019) (Lanza, J.)
    (order, read at az.findacase.com): a motion to dismiss filed Apr. 30, 2019 -> 'the Woods'
    response was due 14 days later, on May 14, 2019'; a motion for summary disposition filed
    June 4, 2019 -> response 'due June 18, 2019'. The court added no FRCP 6(d) days although
    both motions were certified as mailed; the pack's default (CM/ECF service, nothing added
    since Dec. 1, 2016) gives the court's dates, and mail service would give a later date
    (May 17), never an earlier one."""
    assert _response("azd", "dismiss", date(2019, 4, 30)) == date(2019, 5, 14)
    assert _response("azd", "other", date(2019, 6, 4)) == date(2019, 6, 18)


def test_dariz_summary_judgment_gets_30_days_and_15_to_reply() -> None:
    """No published computation found. LRCiv 56.1(d) and 7.2(c) (unverified): served Mon
    2021-03-01: +30 is Wed 03-31, +14 is Mon 03-15; a reply 15 days after Wed 03-31 is Thu
    04-15, by hand."""
    assert _response("azd", "summary_judgment", date(2021, 3, 1)) == date(2021, 3, 31)
    assert _response("azd", "dismiss", date(2021, 3, 1)) == date(2021, 3, 15)
    assert _reply("azd", date(2021, 3, 31), "summary_judgment") == date(2021, 4, 15)


def test_dsc_response_rolls_off_memorial_day() -> None:
    """No published computation found. Local Civ. Rule 7.06-7.07 (unverified): served Mon
    2022-05-16, +14 is Mon 05-30 (Memorial Day), so Tue 05-31; reply after Tue 05-31, +7 is
    Tue 06-07, by hand."""
    assert _response("scd", "dismiss", date(2022, 5, 16)) == date(2022, 5, 31)
    assert _reply("scd", date(2022, 5, 31)) == date(2022, 6, 7)


# --- The court's own calendar: the clerk's dates on real dockets ------------------------


@pytest.mark.parametrize(
    ("filed", "response", "reply"),
    [
        (date(2015, 5, 29), date(2015, 6, 12), date(2015, 6, 19)),
        (date(2015, 9, 18), date(2015, 10, 2), date(2015, 10, 9)),
        (date(2016, 9, 8), date(2016, 9, 22), date(2016, 9, 29)),
    ],
)
def test_ndcal_periods_give_the_dates_the_clerk_wrote_on_the_motion(
    filed: date, response: date, reply: date
) -> None:
    """The court's CM/ECF entries in the N.D. Cal. docket kept as
    tests/fixtures/dockets/juriscraper/dockets_internet_archive/cand_287492.json: a motion to
    remand filed 5/29/2015 ("Responses due by 6/12/2015. Replies due by 6/19/2015."), a
    motion to dismiss filed 9/18/2015 (10/2/2015, 10/9/2015) and another filed 9/8/2016
    (9/22/2016, 9/29/2016): 14 days after filing, and the reply 7 days after the day the
    opposition was due (Civil L.R. 7-3(a), (c))."""
    assert _response("cand", "dismiss", filed) == response
    assert _reply("cand", filed, response_due=response) == reply


def test_edtex_response_gives_the_date_the_clerk_wrote_in_2014() -> None:
    """The court's CM/ECF entry in the E.D. Tex. docket kept as
    tests/fixtures/dockets/juriscraper/docket_history_reports/txed_150129.json: a motion to
    dismiss filed 4/24/2014, "Responses due by 5/12/2014": 14 days (CV-7(e)) is Thu 5/8, plus
    3 for electronic service before Dec. 1, 2016 (FRCP 6(d)) is Sun 5/11, so Mon 5/12."""
    assert _response("txed", "dismiss", date(2014, 4, 24)) == date(2014, 5, 12)


@pytest.mark.parametrize(
    ("ucid", "kind", "entered", "due"),
    [
        ("9:16-cv-01777 (entry 3)", "other", date(2016, 6, 2), date(2016, 6, 20)),
        ("9:16-cv-01777 (entry 5)", "remand", date(2016, 6, 3), date(2016, 6, 20)),
    ],
)
def test_dsc_response_in_2016_adds_three_days_for_electronic_service_as_cm_ecf_did(
    ucid: str, kind: str, entered: date, due: date
) -> None:
    """The court's CM/ECF entries in D.S.C. No. 9:16-cv-01777 (development split of the
    posture labels), kept in tests/fixtures/docketanalyzer/dockets.csv: a motion for leave to
    proceed in forma pauperis entered 06/02/2016 and a motion to remand entered 06/03/2016,
    both "Response to Motion due by 6/20/2016": 14 days (Local Civ. Rule 7.06) is Thu 6/16
    and Fri 6/17, plus 3 for electronic service under FRCP 6(d) before its Dec. 1, 2016
    amendment is Sun 6/19 (so Mon 6/20) and Mon 6/20."""
    assert _response("scd", kind, entered) == due, ucid


def test_sdny_response_gives_the_date_cm_ecf_wrote_on_the_motion_in_2017() -> None:
    """The court's CM/ECF entry in S.D.N.Y. No. 1:16-cv-02823, kept in
    tests/fixtures/docketanalyzer/dockets.csv: entry 52, a motion to alter the judgment and
    for judgment as a matter of law entered 03/02/2017, "( Responses due by 3/16/2017)": 14
    days after service of the moving papers (Local Civ. R. 6.1(b)). The opposition (entry
    62) was entered 03/23/2017, after the date, but the judge had granted a motion to confirm
    a post-trial briefing schedule (entries 38-39) whose dates the docket does not give: the
    date on the motion's entry is the rule's default and yields to the judge as the rule does,
    so the brief is flagged, not called late as fact."""
    assert _response("nysd", "alter_judgment", date(2017, 3, 2)) == date(2017, 3, 16)


# --- Orders that computed the date (issue 18, second round) ------------------------------
# None of these comes from the dockets of the posture labels' held-out test split
# (tests/fixtures/labels/posture/split.json): the vectors that did were removed.


def test_sdfla_response_falls_due_14_days_after_the_motion_as_in_jacobs() -> None:
    """Jacobs v. Hudson Real Estate Holdings, LLC, No. 20-CIV-80911-RAR (S.D. Fla. Feb. 23,
    2021) (Ruiz, J.) (order denying motion to set aside default order, read at
    casetext.com/case/jacobs-v-hudson-real-estate-holdings-llc): a motion to strike filed
    Mon Dec. 14, 2020; "Pursuant to Local Rule 7.1(c)(1), Defendants' response was due on
    December 28, 2020." 14 days, nothing added for CM/ECF service after Dec. 1, 2016."""
    result = briefing_deadlines(load_pack("flsd"), "strike", date(2020, 12, 14))
    assert result.due == date(2020, 12, 28)
    assert result.rule_id == "flsd.7_1c1.response"


def test_ndtex_response_was_20_days_from_filing_in_2005_as_harris_quotes_the_rule() -> None:
    """Harris v. State Farm Lloyds, No. 3:04-CV-2348-D (N.D. Tex. Aug. 23, 2005) (Fitzwater,
    J.) (order, read at print.casetext.com/case/harris-v-state-farm-lloyds): a motion for
    summary judgment filed Tue July 12, 2005; "Plaintiff's response was due August 1, 2005,
    20 days after defendant filed its motion. See N.D. Tex. Civ. R. 7.1(e) ('A response and
    brief to an opposed motion must be filed within 20 days from the date the motion is
    filed.')". The pack had only the 2023 text's 21 days, which gives Aug. 2: it now holds the
    2005 text too. When 20 became 21 was not found (the pack assumes Dec. 1, 2009), so the
    2005 period is flagged uncertain: a response after it is not called late as fact."""
    result = briefing_deadlines(load_pack("txnd"), "summary_judgment", date(2005, 7, 12))
    assert result.due == date(2005, 8, 1)
    assert result.citation == "N.D. Tex. L. Civ. R. 7.1(e) (2005)"
    assert result.uncertain and "as the rule read in 2005" in (result.notice or "")
    assert "Unverified" not in (result.notice or "")


def test_ndtex_response_21_days_from_filing_rolls_off_presidents_day_with_no_service_days() -> None:
    """A party's computation, not the court's: Texas v. EEOC, No. 5:13-cv-00255-C (N.D. Tex.),
    Doc. 19, plaintiff's unopposed motion to extend time (read at docs.justia.com, txndce
    5:2013cv00255 filing 19): defendants moved to dismiss on Mon Jan. 27, 2014, and "Under
    ... Local Rule 7.1(e), the State's current deadline for ... opposing the Defendants'
    motion to dismiss is February 18, 2014." 21 days is Mon Feb. 17, Presidents' Day, so Tue
    Feb. 18; LR 7.1(e) counts from filing, so the 3 days FRCP 6(d) then gave for electronic
    service are not added (Feb. 20 would be wrong)."""
    result = briefing_deadlines(load_pack("txnd"), "dismiss", date(2014, 1, 27), "electronic")
    assert result.due == date(2014, 2, 18)
    assert not result.uncertain


def test_sdcal_opposition_is_14_days_before_the_hearing_as_moriarty_computed() -> None:
    """Moriarty v. County of San Diego, No. 17cv1154-LAB (AGS) (S.D. Cal. Feb. 22, 2019)
    (Burns, J.) (order granting joint motion to extend briefing dates, read at
    docs.justia.com, casdce 3:2017cv01154 filing 77): a motion for leave to amend "set for
    hearing on March 11" [Mon, 2019]; "Under Civil Local Rule 7.1(e)(1), CPMG's opposition
    is currently due February 25, not February 21": 14 days back from the hearing, Mon Feb.
    25. The order does not give the motion's filing day, which does not enter the count (any
    day before the hearing gives the same date; Feb. 8 is used)."""
    result = briefing_deadlines(
        load_pack("casd"), "amend", date(2019, 2, 8), hearing=date(2019, 3, 11)
    )
    assert result.due == date(2019, 2, 25)
    # The period is now read in the rule's words (Blow, 2017, quoting CivLR 7.1(e)(2)).
    assert not result.uncertain and "Unverified" not in (result.notice or "")


# --- Orders that computed the date (issue 18, third round) -------------------------------
# Read in the search tool's `pages` corpus; none of these dockets is in the posture labels'
# held-out test split (tests/fixtures/labels/posture/split.json).


def test_sdny_response_falls_due_14_days_after_the_motion_as_in_sweet_baby_lightning() -> None:
    """Sweet Baby Lightning Enters. v. Keystone Capital Corp., No. 21-CV-6528 (RA) (S.D.N.Y.
    Oct. 19, 2022) (Abrams, J.) (order, read at print.casetext.com/case/
    sweet-baby-lightning-enters-v-keystone-capital-corp-2): "On September 22, 2022,
    Defendants moved to dismiss Plaintiffs' Amended Complaint. Pursuant to Local Civil Rule
    6.1, any response to the motion to dismiss was due on October 6, 2022." Fourteen days
    (6.1(b)), nothing added for CM/ECF service after Dec. 1, 2016."""
    result = briefing_deadlines(load_pack("nysd"), "dismiss", date(2022, 9, 22))
    assert result.due == date(2022, 10, 6)
    assert result.rule_id == "nysd.6_1b.response"


def test_cdcal_opposition_to_a_mailed_motion_is_21_days_before_the_hearing_as_in_carlis() -> None:
    """Carlis v. Beijing Pu Luo Media Co., No. 2:20-cv-3451-ODW (Ex) (C.D. Cal. 2020) (Wright,
    J.) (order granting unopposed motion to remand, read at ecases.us/case/cacd/c9647154):
    "On May 4, 2020, Plaintiff moved to remand the case ("Motion"), served the Motion to
    Defendant by mail ... Plaintiff noticed the hearing on the Motion on June 1, 2020. Thus,
    pursuant to Local Rule 7-9, Defendant's opposition was due no later than May 11, 2020."
    21 days back from Mon June 1 is Mon May 11; the court adds nothing for mail service to a
    period counted back from the hearing."""
    result = briefing_deadlines(
        load_pack("cacd"), "remand", date(2020, 5, 4), "mail", hearing=date(2020, 6, 1)
    )
    assert result.due == date(2020, 5, 11)
    assert result.rule_id == "cacd.7_9.opposition"


def test_cdcal_opposition_is_21_days_before_the_hearing_as_in_venice_baking() -> None:
    """Venice Baking Co. v. Sophast Sales & Marketing LLC, No. 2:16-cv-6136-ODW (KS) (C.D.
    Cal. Sept. 21, 2016) (Wright, J.) (order denying ex parte application, read at
    print.casetext.com/case/venice-baking-co-v-sophast-sales-1): a motion to dismiss filed
    "on August 30, 2016, which was set for hearing on October 3, 2016"; "Plaintiff's
    opposition to the motion was due on September 12, 2016." 21 days back from Mon Oct. 3."""
    hearing = date(2016, 10, 3)
    assert _response("cacd", "dismiss", date(2016, 8, 30), hearing=hearing) == date(2016, 9, 12)


def test_sdcal_opposition_is_14_days_before_the_hearing_as_in_lesperance() -> None:
    """Lesperance v. Kijakazi, No. 3:20-cv-02506-BEN-NLS (S.D. Cal. 2021) (Benitez, J.) (order
    granting unopposed motion to dismiss, read at ecases.us/case/casd/c9003059): "On October
    6, 2021, Defendant ... filed a motion to dismiss ... The motion was set for hearing on
    November 2, 2021, which meant Plaintiff's opposition was due on October 19, 2021." 14
    days back from Tue Nov. 2 (CivLR 7.1(e)(2))."""
    result = briefing_deadlines(
        load_pack("casd"), "dismiss", date(2021, 10, 6), hearing=date(2021, 11, 2)
    )
    assert result.due == date(2021, 10, 19)
    assert result.rule_id == "casd.7_1e2.opposition"


def test_sdcal_opposition_is_14_days_before_the_hearing_as_in_langer() -> None:
    """Langer v. Niche Investments, LLC, No. 20-CV-627-CAB-BLM (S.D. Cal. 2020) (Bencivengo,
    J.) (order granting unopposed motion to dismiss, read at ecases.us/case/casd/c8987256):
    "The motion was filed on May 8, 2020 and set a hearing date (for briefing purposes only)
    of June 12, 2020. ... Thus, based on the hearing date of June 12, 2020, Plaintiff's
    opposition to the motion to dismiss was due on May 29, 2020." 14 days back from Fri
    June 12."""
    hearing = date(2020, 6, 12)
    assert _response("casd", "dismiss", date(2020, 5, 8), hearing=hearing) == date(2020, 5, 29)


def test_ndtex_response_is_21_days_from_filing_as_in_ostberg() -> None:
    """Ostberg v. U.S. Bank N.A., No. 3:15-CV-0826-D (N.D. Tex. July 7, 2016) (Fitzwater, J.)
    (memorandum opinion and order, read at print.casetext.com/case/ostberg-v-us-bank-na):
    "Defendants filed their motion for summary judgment on May 25, 2016. Ostberg did not
    respond to the motion by the June 15, 2016 deadline", citing N.D. Tex. Civ. R. 7.1(e) ("A
    response and brief to an opposed motion must be filed within 21 days from the date the
    motion is filed."). Wed May 25 + 21 is Wed June 15; counted from filing, so the 3 days
    FRCP 6(d) then gave for electronic service are not added."""
    result = briefing_deadlines(
        load_pack("txnd"), "summary_judgment", date(2016, 5, 25), "electronic"
    )
    assert result.due == date(2016, 6, 15)
    assert result.rule_id == "txnd.7_1e.response"
    assert not result.uncertain
