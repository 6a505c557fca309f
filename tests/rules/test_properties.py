"""Properties of every computed deadline, over random dates, periods and closures."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from docket.rules import (
    SERVICE_METHODS,
    CourtCalendar,
    DeadlineResult,
    compute_deadline,
    federal_holidays,
    state_holidays,
)

_MODERN = date(2009, 12, 1)  # since the 2009 amendments, every period counts every day

triggers = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))
modern_triggers = st.dates(min_value=_MODERN, max_value=date(2035, 12, 31))
periods = st.integers(min_value=0, max_value=120)
services = st.sampled_from(SERVICE_METHODS)
courts = st.sampled_from([None, "nmd"])
directions = st.sampled_from(["after", "before"])


@st.composite
def closures(draw: st.DrawFn, near: date) -> CourtCalendar:
    offsets = draw(st.lists(st.integers(min_value=-130, max_value=130), max_size=4))
    return CourtCalendar.of({near + timedelta(days=o): "closed" for o in offsets})


def _is_legal_holiday(day: date, *, state: bool) -> bool:
    return day in federal_holidays(day.year) or (state and day in state_holidays("NM", day.year))


def _check_no_reading_lands_on_a_day_off(result: DeadlineResult, calendar: CourtCalendar) -> None:
    for reading in result.readings:
        counts_state = "counts as a legal holiday" in reading.assumption
        assert reading.due.weekday() < 5, reading
        assert not _is_legal_holiday(reading.due, state=counts_state), reading
        assert calendar.inaccessible(reading.due) is None, reading


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    trigger=triggers,
    days=periods,
    service=services,
    court=courts,
    direction=directions,
)
def test_no_deadline_falls_on_a_weekend_a_legal_holiday_or_a_closed_day(
    data: st.DataObject,
    trigger: date,
    days: int,
    service: str,
    court: str | None,
    direction: str,
) -> None:
    calendar = data.draw(closures(trigger))
    result = compute_deadline(
        trigger,
        days,
        direction=direction,
        service=service,
        court=court,
        calendar=calendar,  # type: ignore[arg-type]
    )
    _check_no_reading_lands_on_a_day_off(result, calendar)


@settings(max_examples=300, deadline=None)
@given(trigger=triggers, days=periods, service=services, court=courts)
def test_a_forward_deadline_never_falls_before_its_trigger_plus_the_period(
    trigger: date, days: int, service: str, court: str | None
) -> None:
    result = compute_deadline(trigger, days, service=service, court=court)  # type: ignore[arg-type]
    assert all(r.due >= trigger + timedelta(days=days) for r in result.readings)


@settings(max_examples=300, deadline=None)
@given(trigger=triggers, days=periods, service=services, court=courts)
def test_a_backward_deadline_never_falls_after_its_event_minus_the_period(
    trigger: date, days: int, service: str, court: str | None
) -> None:
    result = compute_deadline(trigger, days, direction="before", service=service, court=court)  # type: ignore[arg-type]
    assert all(r.due <= trigger - timedelta(days=days) for r in result.readings)


@settings(max_examples=300, deadline=None)
@given(
    trigger=modern_triggers,
    days=periods,
    extra=st.integers(1, 30),
    service=services,
    court=courts,
    direction=directions,
)
def test_a_longer_period_never_ends_sooner(
    trigger: date, days: int, extra: int, service: str, court: str | None, direction: str
) -> None:
    def due(n: int) -> tuple[date, ...]:
        result = compute_deadline(trigger, n, direction=direction, service=service, court=court)  # type: ignore[arg-type]
        return tuple(r.due for r in result.readings)

    shorter, longer = due(days), due(days + extra)
    if direction == "after":
        assert min(longer) >= min(shorter) and max(longer) >= max(shorter)
    else:
        assert min(longer) <= min(shorter) and max(longer) <= max(shorter)


def test_before_2009_a_ten_day_period_could_end_after_an_eleven_day_one() -> None:
    # Why monotonicity is only claimed since 2009: under old FRCP 6(a) ten days skipped
    # weekends (Fri 2008-03-07 -> Fri 03-21) while eleven counted them (-> Tue 03-18).
    ten = compute_deadline(date(2008, 3, 7), 10, service="personal").due
    eleven = compute_deadline(date(2008, 3, 7), 11, service="personal").due
    assert ten > eleven


@settings(max_examples=200, deadline=None)
@given(trigger=triggers, days=periods, service=services, court=courts)
def test_every_skipped_day_lies_between_the_period_end_and_the_due_date(
    trigger: date, days: int, service: str, court: str | None
) -> None:
    result = compute_deadline(trigger, days, service=service, court=court)  # type: ignore[arg-type]
    first = trigger + timedelta(days=min(days, 1))  # a 0-day period ends on its trigger day
    for reading in result.readings:
        for step in reading.skipped:
            assert step.day is not None and first <= step.day < reading.due
            assert step.citation.startswith("FRCP 6")
