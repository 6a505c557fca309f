"""The fast path: due dates counted without words, explanations built when asked for, rule
versions found by bisection, holiday calendars loaded many years at a time.

Each is checked against a plain reference: a day-by-day count, a scan of the pack's versions,
a one-year ``holidays`` calendar.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket.events import MotionKind
from docket.rules import (
    SERVICE_METHODS,
    CourtCalendar,
    Reading,
    RulePack,
    Step,
    compute_deadline,
    federal_holidays,
    load_pack,
    state_holidays,
)
from docket.rules import computation as computation_module
from docket.rules._counting import count_period
from docket.rules._fast import due_ordinal, off_days
from docket.rules.model import Direction, Service

NMD = load_pack("nmd")
NMD_FLOODED = dataclasses.replace(
    NMD, closures=CourtCalendar.of({date(2019, 5, 24): "flood", date(2025, 12, 1): "flood"})
)
PACKS = [NMD, load_pack("frcp"), load_pack(None), NMD_FLOODED]

# From the first FRCP into years past the span loaded first (1990-2045), so that periods
# also cross from one block of loaded years into the next.
triggers = st.dates(min_value=date(1938, 9, 16), max_value=date(2080, 12, 31))
periods = st.integers(min_value=0, max_value=130)
services = st.sampled_from((*SERVICE_METHODS, None))
directions = st.sampled_from(["after", "before"])
packs = st.sampled_from(PACKS)


@st.composite
def calendars(draw: st.DrawFn, trigger: date, days: int, direction: str) -> CourtCalendar:
    # Closures where they bite: runs of days from the end of the period on.
    end = trigger + timedelta(days=days if direction == "after" else -days)
    offsets = draw(st.lists(st.integers(min_value=-5, max_value=12), max_size=5))
    sign = 1 if direction == "after" else -1
    return CourtCalendar.of({end + timedelta(days=sign * o): "closed" for o in offsets})


def _reference_due(
    pack: RulePack,
    trigger: date,
    days: int,
    direction: str,
    service: str | None,
    calendar: CourtCalendar,
    *,
    with_state: bool,
) -> date:
    """FRCP 6(a) and 6(d) day by day, with the pack's versions found by scanning."""
    version = next(c for c in pack.computation if c.in_effect(trigger))
    allowance = next(
        (s for s in pack.service if s.method == service and s.in_effect(trigger)), None
    )
    state = pack.state_holidays
    step = timedelta(days=1 if direction == "after" else -1)

    def off(day: date) -> bool:
        if day.weekday() >= 5 or day in federal_holidays(day.year):
            return True
        return with_state and state is not None and day in state_holidays(state.subdiv, day.year)

    def roll(day: date) -> date:
        # FRCP 6(a)(3)(A): an inaccessible day extends the time forward, even when counting back.
        way = step
        while off(day) or calendar.inaccessible(day) or pack.closures.inaccessible(day):
            if not off(day):
                way = timedelta(days=1)
            day += way
        return day

    if version.short_period_under is not None and days < version.short_period_under:
        day, left = trigger, days
        while left:
            day += step
            left -= not off(day)
    else:
        day = trigger + step * days
    extra = allowance.extra_days if allowance is not None and direction == "after" else 0
    if not extra:
        return roll(day)
    if version.service_order == "roll_then_add":
        day = roll(day)
    return roll(day + timedelta(days=extra))


def _reference_readings(
    pack: RulePack,
    trigger: date,
    days: int,
    direction: str,
    service: str | None,
    calendar: CourtCalendar,
) -> list[date]:
    version = next(c for c in pack.computation if c.in_effect(trigger))
    state = pack.state_holidays
    args = (pack, trigger, days, direction, service, calendar)
    if state is None or (direction == "before" and version.state_holidays == "forward_only"):
        return [_reference_due(*args, with_state=False)]
    if not state.uncertain:
        return [_reference_due(*args, with_state=True)]
    return sorted({_reference_due(*args, with_state=s) for s in (False, True)})


@settings(max_examples=600, deadline=None)
@given(
    data=st.data(),
    trigger=triggers,
    days=periods,
    direction=directions,
    service=services,
    pack=packs,
)
def test_the_fast_path_finds_the_due_dates_a_day_by_day_reference_count_finds(
    data: st.DataObject,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    pack: RulePack,
) -> None:
    calendar = data.draw(calendars(trigger, days, direction))
    result = compute_deadline(
        trigger, days, direction=direction, service=service, court=pack, calendar=calendar
    )
    expected = _reference_readings(pack, trigger, days, direction, service, calendar)
    assert [r.due for r in result.readings] == expected


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    trigger=triggers,
    days=periods,
    direction=directions,
    service=services,
    pack=packs,
    with_state=st.booleans(),
)
def test_the_fast_path_and_the_explained_count_end_on_the_same_day(
    data: st.DataObject,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    pack: RulePack,
    with_state: bool,
) -> None:
    calendar = data.draw(calendars(trigger, days, direction))
    version = pack.computation_on(trigger)
    explained, _, state_days = count_period(
        pack, version, trigger, days, direction, service, calendar, with_state=with_state
    )
    state = pack.state_holidays
    touched: list[int] = []
    fast = due_ordinal(
        pack,
        version,
        off_days(state.subdiv if state else None),
        calendar.ordinals | pack.closures.ordinals,
        trigger,
        days,
        direction,
        service,
        with_state=with_state,
        touched=touched,
    )
    assert date.fromordinal(fast) == explained
    assert [date.fromordinal(o) for o in touched] == list(state_days)


def test_a_deadline_is_computed_without_building_its_explanation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[bool] = []

    def counting(*args: object, with_state: bool) -> object:
        counted.append(with_state)
        return count_period(*args, with_state=with_state)  # type: ignore[arg-type]

    monkeypatch.setattr(computation_module, "count_period", counting)
    computation_module._cached.cache_clear()
    # Fri 2025-11-21 + 7 = Fri 11-28, NM's day after Thanksgiving: two readings.
    result = compute_deadline(date(2025, 11, 21), 7, court=NMD)
    assert [r.due for r in result.readings] == [date(2025, 11, 28), date(2025, 12, 1)]
    assert counted == []
    assert "Reading 2" in result.explain()
    assert sorted(counted) == [False, True]
    result.to_dict()
    assert len(counted) == 2  # worked out once, then kept


def test_a_deferred_reading_equals_the_reading_built_with_its_steps() -> None:
    steps = (Step("count", "14 days after Friday, May 10, 2019", "FRCP 6(a)(1)(A)-(B)"),)
    calls: list[int] = []

    def explain() -> tuple[Step, ...]:
        calls.append(1)
        return steps

    deferred = Reading.deferred(date(2019, 5, 24), "federal legal holidays", explain)
    assert calls == []
    eager = Reading(date(2019, 5, 24), "federal legal holidays", steps)
    assert deferred == eager and hash(deferred) == hash(eager)
    assert copy.deepcopy(deferred) == eager  # by __reduce__: the steps, not the callback
    assert repr(deferred) == repr(eager)
    assert calls == [1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        deferred.due = date(2019, 5, 25)


def _one_year(year: int, calendar: holidays.HolidayBase) -> dict[date, str]:
    # A calendar as a single year's holidays call gives it, half-day closings left out.
    days = {}
    for day in sorted(calendar):
        names = [n for n in calendar.get_list(day) if "half-day" not in n.lower()]
        if names:
            days[day] = "; ".join(names)
    return days


@pytest.mark.parametrize("year", [1979, 1989, 1990, 2010, 2011, 2021, 2022, 2045, 2046, 2101])
def test_a_calendar_loaded_many_years_at_a_time_gives_each_year_its_own_holidays(
    year: int,
) -> None:
    government = holidays.country_holidays("US", categories=holidays.GOVERNMENT, years=year)
    federal = _one_year(year, government)
    assert {d: h.name for d, h in federal_holidays(year).items()} == federal
    statutory = _one_year(year, holidays.country_holidays("US", years=year))
    assert {d for d, h in federal_holidays(year).items() if h.kind == "federal"} == {
        d for d in federal if d in statutory
    }
    new_mexico = _one_year(year, holidays.country_holidays("US", subdiv="NM", years=year))
    assert {d: h.name for d, h in state_holidays("NM", year).items()} == {
        d: name for d, name in new_mexico.items() if d not in federal
    }


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    on=dates,
    pack=packs,
    kind=st.sampled_from([None, MotionKind.COMPEL, MotionKind.DISMISS, "compel"]),
)
def test_rule_versions_found_by_bisection_are_the_versions_a_scan_finds(
    on: date, pack: RulePack, kind: MotionKind | str | None
) -> None:
    computation = [c for c in pack.computation if c.in_effect(on)]
    if computation:
        assert pack.computation_on(on) is computation[0]
    for method in SERVICE_METHODS:
        allowance = [s for s in pack.service if s.method == method and s.in_effect(on)]
        if allowance:
            assert pack.service_on(method, on) is allowance[0]
    for rule_id in pack.rule_ids:
        versions = [r for r in pack.rules if r.id == rule_id and r.in_effect(on)]
        if versions:
            assert pack.rule(rule_id, on) is versions[0]
    for due in ("response", "reply", "motion_to_compel", "answer"):
        live = [r for r in pack.rules if r.due == due and r.in_effect(on) and r.governs(kind)]
        superseded = {s for r in live for s in r.supersedes}
        first = next((r for r in live if r.id not in superseded), None)
        assert pack.rule_for(due, on, kind) is first
