"""The holiday calendars docket ships agree with the ``holidays`` package, year by year.

``docket/rules/holidays/`` is written by ``scripts/build_holidays.py``; when this fails after
an upgrade of ``holidays``, run that script again.
"""

from __future__ import annotations

import json

import holidays
import pytest

from docket.rules.calendar import (
    DATA,
    SPAN,
    _from_data,
    federal_years_from_library,
    state_years_from_library,
)

YEARS = range(SPAN[0], SPAN[1] + 1)
STATES = sorted(holidays.US.subdivisions)


def test_the_shipped_calendars_cover_the_span_for_the_nation_and_every_state() -> None:
    names = {p.stem for p in DATA.glob("*.json")}
    assert names == {"US", *(f"US-{s}" for s in STATES)}
    for path in DATA.glob("*.json"):
        assert json.loads(path.read_bytes())["years"] == list(SPAN)


def test_the_shipped_federal_calendar_is_the_library_s_for_every_year_it_holds() -> None:
    kept = _from_data("US", YEARS)
    assert kept is not None
    library = federal_years_from_library(YEARS)
    for year in YEARS:
        assert dict(kept[year]) == dict(library[year]), year


@pytest.mark.parametrize("subdiv", STATES)
def test_each_shipped_state_calendar_is_the_library_s_for_every_year_it_holds(subdiv: str) -> None:
    kept = _from_data(f"US-{subdiv}", YEARS)
    assert kept is not None
    library = state_years_from_library(subdiv, YEARS)
    for year in YEARS:
        assert dict(kept[year]) == dict(library[year]), (subdiv, year)


def test_a_block_of_years_other_than_the_span_is_not_read_from_the_shipped_files() -> None:
    assert _from_data("US", range(2050, 2060)) is None
    assert _from_data("US-XX", YEARS) is None
