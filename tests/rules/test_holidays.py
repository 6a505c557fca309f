"""Legal-holiday calendars: federal days, presidential closures, half days, state days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from docket.rules import federal_holidays, state_holidays


def _thanksgiving(year: int) -> date:
    # The fourth Thursday of November (5 U.S.C. 6103(a)).
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def test_juneteenth_appears_from_2021() -> None:
    assert date(2020, 6, 19) not in federal_holidays(2020)
    assert federal_holidays(2021)[date(2021, 6, 18)].name.startswith("Juneteenth")
    assert date(2024, 6, 19) in federal_holidays(2024)


def test_holidays_falling_on_a_weekend_are_observed_on_the_nearest_weekday() -> None:
    assert "observed" in federal_holidays(2020)[date(2020, 7, 3)].name
    assert "observed" in federal_holidays(2021)[date(2021, 12, 31)].name


def test_presidential_closures_are_declared_holidays() -> None:
    for day in (date(2019, 12, 24), date(2007, 12, 24), date(2018, 12, 5), date(2025, 1, 9)):
        assert federal_holidays(day.year)[day].kind == "declared"


def test_statutory_holidays_are_federal_holidays() -> None:
    assert federal_holidays(2019)[date(2019, 5, 27)].kind == "federal"
    assert federal_holidays(2019)[date(2019, 2, 18)].name == "Washington's Birthday"


@pytest.mark.parametrize("day", [date(2002, 12, 24), date(2009, 12, 24), date(2015, 12, 24)])
def test_half_day_closings_are_left_out(day: date) -> None:
    assert day not in federal_holidays(day.year)


def test_inauguration_day_is_not_a_federal_holiday_for_the_courts() -> None:
    assert date(2017, 1, 20) not in federal_holidays(2017)
    assert date(2021, 1, 20) not in federal_holidays(2021)


def test_new_mexicos_only_state_holiday_is_the_friday_after_thanksgiving() -> None:
    for year in range(1990, 2031):
        assert set(state_holidays("NM", year)) == {_thanksgiving(year) + timedelta(days=1)}


def test_new_mexicos_calendar_does_not_drop_washingtons_birthday_from_the_federal_list() -> None:
    # holidays.US(subdiv="NM") alone lacks Washington's Birthday; the federal list keeps it.
    assert date(2025, 2, 17) in federal_holidays(2025)
    assert date(2025, 2, 17) not in state_holidays("NM", 2025)
