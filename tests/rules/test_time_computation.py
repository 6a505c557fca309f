"""FRCP 6(a) and 6(d): counting, rolling, service days, rule versions, closures.

Every expected date here is worked out by hand from the rule text and a calendar.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from docket.errors import DocketError
from docket.rules import (
    CourtCalendar,
    InvalidPeriod,
    compute_deadline,
    compute_rule,
    load_pack,
)


def test_a_period_counted_before_an_event_rolls_back_off_a_monday_holiday() -> None:
    # 14 days before Mon 2019-06-10 is Mon 2019-05-27, Memorial Day: back to Fri 2019-05-24
    # (FRCP 6(a)(5)).
    result = compute_deadline(date(2019, 6, 10), 14, direction="before", court="nmd")
    assert result.due == date(2019, 5, 24)
    assert [s.day for s in result.skipped] == [
        date(2019, 5, 27),
        date(2019, 5, 26),
        date(2019, 5, 25),
    ]
    assert all("FRCP 6(a)(5)" in s.citation for s in result.skipped)


def test_a_period_counted_before_an_event_rolls_back_off_a_weekend() -> None:
    # 7 days before Sun 2019-06-09 is Sun 2019-06-02: back past Sat 06-01 to Fri 05-31.
    result = compute_deadline(date(2019, 6, 9), 7, direction="before")
    assert result.due == date(2019, 5, 31)


def test_a_state_holiday_does_not_count_for_a_period_counted_backward() -> None:
    # 21 days before Fri 2025-12-19 is Fri 2025-11-28, NM's day after Thanksgiving: state
    # holidays count for forward periods only (FRCP 6(a)(6)(C)), so one reading.
    result = compute_deadline(date(2025, 12, 19), 21, direction="before", court="nmd")
    assert [r.due for r in result.readings] == [date(2025, 11, 28)]
    assert "backward" in result.readings[0].assumption


def test_a_period_counted_forward_onto_the_same_state_holiday_has_two_readings() -> None:
    # 7 days after Fri 2025-11-21 is Fri 2025-11-28: federal only, or Mon 2025-12-01.
    result = compute_deadline(date(2025, 11, 21), 7, court="nmd")
    assert [r.due for r in result.readings] == [date(2025, 11, 28), date(2025, 12, 1)]


def test_the_frcp_base_alone_knows_no_state_holidays() -> None:
    result = compute_deadline(date(2025, 11, 21), 7)
    assert [r.due for r in result.readings] == [date(2025, 11, 28)]
    assert result.fallback


def test_before_2009_a_ten_day_period_skips_intermediate_weekends() -> None:
    # Fri 2008-03-07: ten business days -> Fri 2008-03-21 (old FRCP 6(a)).
    result = compute_deadline(date(2008, 3, 7), 10, service="personal")
    assert result.due == date(2008, 3, 21)
    excluded = [s.day for s in result.skipped if s.action == "exclude"]
    assert excluded == [date(2008, 3, 8), date(2008, 3, 9), date(2008, 3, 15), date(2008, 3, 16)]


def test_since_2009_a_ten_day_period_counts_every_day() -> None:
    # Fri 2010-03-05 + 10 = Mon 2010-03-15.
    assert compute_deadline(date(2010, 3, 5), 10, service="personal").due == date(2010, 3, 15)


def test_before_2009_an_eleven_day_period_counts_calendar_days() -> None:
    # Fri 2008-03-07 + 11 = Tue 2008-03-18.
    assert compute_deadline(date(2008, 3, 7), 11, service="personal").due == date(2008, 3, 18)


def test_before_2009_a_short_period_also_skips_holidays_and_may_read_two_ways() -> None:
    # Thu 2008-11-20, 10 days, skipping weekends, Thanksgiving (11-27) and, on the state
    # reading, NM's Friday after Thanksgiving (11-28): Fri 12-05 or Mon 12-08.
    result = compute_deadline(date(2008, 11, 20), 10, service="personal", court="nmd")
    assert [r.due for r in result.readings] == [date(2008, 12, 5), date(2008, 12, 8)]


def test_before_december_2016_electronic_service_adds_three_days() -> None:
    # Fri 2015-03-06 + 14 = Fri 03-20, + 3 = Mon 03-23.
    result = compute_deadline(date(2015, 3, 6), 14, service="electronic", court="nmd")
    assert result.due == date(2015, 3, 23)


def test_electronic_service_stops_adding_days_on_december_1_2016() -> None:
    # Wed 2016-11-30 + 14 = Wed 12-14, + 3 = Sat 12-17 -> Mon 12-19; Thu 2016-12-01 + 14 = Thu 12-15.
    assert compute_deadline(date(2016, 11, 30), 14).due == date(2016, 12, 19)
    assert compute_deadline(date(2016, 12, 1), 14).due == date(2016, 12, 15)


def test_mail_service_days_are_added_after_the_period_is_rolled() -> None:
    # Sat 2017-04-15 + 14 = Sat 04-29 -> Mon 05-01 (6(a)), + 3 = Thu 05-04 (6(d)).
    # Adding before rolling would give Tue 05-02.
    result = compute_deadline(date(2017, 4, 15), 14, service="mail")
    assert result.due == date(2017, 5, 4)
    actions = [s.action for s in result.readings[0].steps]
    assert actions.index("skip") < actions.index("add")


def test_before_2005_mail_service_days_are_added_before_rolling() -> None:
    # Sat 2004-04-17 + 14 = Sat 05-01, + 3 = Tue 05-04 (no roll needed); roll-then-add would
    # give Thu 05-06. The pre-2005 method is flagged as unsettled.
    result = compute_deadline(date(2004, 4, 17), 14, service="mail")
    assert result.due == date(2004, 5, 4)
    assert result.notice is not None and "2005" in result.notice


def test_service_days_do_not_apply_to_a_period_counted_before_an_event() -> None:
    # 14 days before Tue 2019-12-10 is Tue 2019-11-26, mail or not.
    result = compute_deadline(date(2019, 12, 10), 14, direction="before", service="mail")
    assert result.due == date(2019, 11, 26)
    assert not any(s.action == "add" for s in result.readings[0].steps)


def test_a_period_ending_on_a_monday_holiday_runs_to_tuesday() -> None:
    # Mon 2019-01-07 + 14 = Mon 01-21, Martin Luther King, Jr.'s Birthday -> Tue 01-22.
    result = compute_deadline(date(2019, 1, 7), 14)
    assert result.due == date(2019, 1, 22)
    (skip,) = result.skipped
    assert skip.day == date(2019, 1, 21) and "King" in skip.text
    assert "FRCP 6(a)(6)(A)" in skip.citation


def test_juneteenth_is_a_legal_holiday_since_2021_only() -> None:
    # Wed 2024-06-05 + 14 = Wed 06-19 -> Thu 06-20; Wed 2019-06-05 + 14 = Wed 06-19 stands.
    assert compute_deadline(date(2024, 6, 5), 14).due == date(2024, 6, 20)
    assert compute_deadline(date(2019, 6, 5), 14).due == date(2019, 6, 19)


def test_juneteenth_2021_was_observed_on_friday_june_18() -> None:
    # Fri 2021-06-04 + 14 = Fri 06-18 (observed) -> Mon 06-21.
    assert compute_deadline(date(2021, 6, 4), 14).due == date(2021, 6, 21)


def test_an_observed_independence_day_is_a_legal_holiday() -> None:
    # Fri 2020-06-19 + 14 = Fri 07-03 (July 4 observed) -> Mon 07-06.
    assert compute_deadline(date(2020, 6, 19), 14).due == date(2020, 7, 6)


def test_christmas_eve_2019_closed_by_executive_order_is_a_legal_holiday() -> None:
    # Tue 2019-12-10 + 14 = Tue 12-24 (closed by executive order) -> Christmas -> Thu 12-26.
    result = compute_deadline(date(2019, 12, 10), 14)
    assert result.due == date(2019, 12, 26)
    closure = result.skipped[0]
    assert closure.day == date(2019, 12, 24)
    assert "President" in closure.text and "FRCP 6(a)(6)(B)" in closure.citation


def test_a_national_day_of_mourning_is_a_legal_holiday() -> None:
    # Wed 2018-11-21 + 14 = Wed 12-05, day of mourning for President G. H. W. Bush -> Thu 12-06.
    assert compute_deadline(date(2018, 11, 21), 14).due == date(2018, 12, 6)


def test_a_half_day_closing_is_no_legal_holiday() -> None:
    # Thu 2015-12-10 + 14 = Thu 12-24, a half-day closing in 2015: the deadline stands.
    assert compute_deadline(date(2015, 12, 10), 14, service="personal").due == date(2015, 12, 24)


def test_inauguration_day_is_no_legal_holiday_outside_washington() -> None:
    # Fri 2017-01-06 + 14 = Fri 2017-01-20, Inauguration Day.
    assert compute_deadline(date(2017, 1, 6), 14).due == date(2017, 1, 20)


def test_an_inaccessible_clerks_office_on_the_last_day_moves_the_deadline() -> None:
    # Fri 2019-05-24 closed -> Sat, Sun, Mon 05-27 Memorial Day -> Tue 05-28 (FRCP 6(a)(3)).
    closed = CourtCalendar.of({date(2019, 5, 24): "snowstorm"})
    result = compute_deadline(date(2019, 5, 10), 14, court="nmd", calendar=closed)
    assert result.due == date(2019, 5, 28)
    first = result.skipped[0]
    assert "snowstorm" in first.text and "FRCP 6(a)(3)(A)" in first.citation


def test_a_closure_before_the_last_day_does_not_move_the_deadline() -> None:
    closed = CourtCalendar.of({date(2019, 5, 20): "power failure"})
    assert compute_deadline(date(2019, 5, 10), 14, calendar=closed).due == date(2019, 5, 24)


def test_closures_recorded_in_a_courts_pack_count_too() -> None:
    pack = dataclasses.replace(
        load_pack("nmd"), closures=CourtCalendar.of({date(2019, 5, 24): "flood"})
    )
    assert compute_deadline(date(2019, 5, 10), 14, court=pack).due == date(2019, 5, 28)


def test_a_rule_is_computed_under_its_version_on_the_trigger_date() -> None:
    # FRCP 12(a)(1)(A)(i): 20 days before Dec. 1, 2009, 21 days since.
    frcp = load_pack("frcp")
    # Mon 2008-06-02 + 20 = Sun 06-22 -> Mon 06-23.
    old = compute_rule(frcp, "frcp.12a.answer", date(2008, 6, 2))
    assert (old.days, old.due) == (20, date(2008, 6, 23))
    # Tue 2010-06-01 + 21 = Tue 06-22.
    new = compute_rule(frcp, "frcp.12a.answer", date(2010, 6, 1))
    assert (new.days, new.due) == (21, date(2010, 6, 22))


def test_a_rule_without_service_adjustment_ignores_the_method_of_service() -> None:
    frcp = load_pack("frcp")
    result = compute_rule(frcp, "frcp.12a.answer", date(2010, 6, 1), "mail")
    assert result.service is None and result.due == date(2010, 6, 22)


def test_a_backward_rule_counts_back_from_its_event() -> None:
    # FRCP 26(f): at least 21 days before a scheduling conference on Mon 2019-06-17 ->
    # Mon 2019-05-27, Memorial Day -> back to Fri 2019-05-24.
    result = compute_rule(load_pack("nmd"), "frcp.26f.conference", date(2019, 6, 17))
    assert result.due == date(2019, 5, 24)


def test_an_unknown_court_falls_back_to_the_frcp_and_says_so() -> None:
    result = compute_deadline(date(2019, 5, 10), 14, court="xyz")
    assert result.fallback and result.pack == "frcp"
    assert result.notice is not None and "'xyz'" in result.notice
    assert not compute_deadline(date(2019, 5, 10), 14, court="nmd").fallback


@pytest.mark.parametrize(
    ("days", "kwargs"),
    [(-1, {}), (14, {"service": "fax"}), (14, {"direction": "sideways"})],
)
def test_a_period_that_cannot_be_computed_is_refused(days: int, kwargs: dict[str, str]) -> None:
    with pytest.raises(InvalidPeriod):
        compute_deadline(date(2019, 5, 10), days, **kwargs)  # type: ignore[arg-type]


def test_a_period_off_the_end_of_the_calendar_is_refused() -> None:
    with pytest.raises(InvalidPeriod, match="leaves the calendar"):
        compute_deadline(date(9999, 12, 30), 5)


def test_a_date_before_the_frcp_is_refused() -> None:
    with pytest.raises(DocketError, match="1938-09-16"):
        compute_deadline(date(1900, 1, 2), 14)


def test_the_explanation_names_every_skipped_day_and_every_rule_applied() -> None:
    # Fri 2019-05-10 + 14 = Fri 05-24, mail + 3 = Mon 05-27 Memorial Day -> Tue 05-28.
    result = compute_deadline(date(2019, 5, 10), 14, service="mail", court="nmd")
    assert result.due == date(2019, 5, 28)
    text = result.explain()
    assert text.startswith("Due Tuesday, May 28, 2019: 14 days after Friday, May 10, 2019")
    for citation in ("FRCP 6(a)(1)(A)-(B)", "FRCP 6(d)", "FRCP 6(a)(6)(A)", "FRCP 6(a)(4)(A)"):
        assert citation in text
        assert citation in " ".join(result.citations)
    assert "Memorial Day" in text and "Mountain Time" in text


def test_a_two_reading_explanation_gives_both_dates_and_their_assumptions() -> None:
    result = compute_deadline(date(2025, 11, 14), 14, court="nmd")
    text = result.explain()
    assert "Friday, November 28, 2025" in text and "Monday, December 1, 2025" in text
    assert "Reading 1" in text and "Reading 2" in text and "meet the earliest" in text


def test_the_same_computation_is_served_from_the_cache() -> None:
    first = compute_deadline(date(2019, 5, 10), 14, court="nmd")
    assert compute_deadline(date(2019, 5, 10), 14, court="nmd") is first


def test_json_data_leads_with_due_readings_and_explanation() -> None:
    data = compute_deadline(date(2025, 11, 14), 14, court="nmd").to_dict()
    assert list(data)[:3] == ["due", "readings", "explanation"]
    assert data["due"] == "2025-11-28"
    readings = data["readings"]
    assert isinstance(readings, list)
    assert [r["due"] for r in readings] == ["2025-11-28", "2025-12-01"]
