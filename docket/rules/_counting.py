"""Counting one reading of a period under one version of FRCP 6 (see
:mod:`docket.rules.computation` for the rules and the public entry points)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from docket.rules.calendar import CourtCalendar, federal_holidays, state_holidays
from docket.rules.model import Computation, Direction, Service
from docket.rules.pack import RulePack
from docket.rules.result import Step, long_date

__all__ = ["count_period"]

_SERVED = {
    "electronic": "electronically",
    "mail": "by mail",
    "clerk": "by leaving it with the clerk",
    "other": "by other means consented to",
    "personal": "by hand",
}


# A day that is no day to file: (why, which rule, whether it is a state-only holiday).
_Off = tuple[str, str, bool]


def _off_day(
    pack: RulePack, version: Computation, *, with_state: bool
) -> Callable[[date], _Off | None]:
    cite = version.citations
    state = pack.state_holidays

    def off(day: date) -> _Off | None:
        weekday = day.weekday()
        if weekday >= 5:
            return ("a Saturday" if weekday == 5 else "a Sunday", cite.weekend, False)
        holiday = federal_holidays(day.year).get(day)
        if holiday is not None:
            if holiday.kind == "federal":
                return (f"{holiday.name}, a legal holiday", cite.federal_holiday, False)
            return (
                f"{holiday.name}, a day the President closed the federal government",
                cite.declared_holiday,
                False,
            )
        if with_state and state is not None:
            local = state_holidays(state.subdiv, day.year).get(day)
            if local is not None:
                return (f"{local.name}, a {state.state} state holiday", cite.state_holiday, True)
        return None

    return off


def count_period(
    pack: RulePack,
    version: Computation,
    trigger: date,
    days: int,
    direction: Direction,
    service: Service | None,
    calendar: CourtCalendar,
    *,
    with_state: bool,
) -> tuple[date, tuple[Step, ...], tuple[date, ...]]:
    """One reading: the due date, its steps, and the state-only days that moved it."""
    cite = version.citations
    off = _off_day(pack, version, with_state=with_state)
    sign = 1 if direction == "after" else -1
    one = timedelta(days=sign)
    word = "after" if direction == "after" else "before"
    steps: list[Step] = []
    state_days: list[date] = []

    # Count the period (6(a)(1)(A)-(B)); before 2009, periods under 11 days skip
    # intermediate weekends and holidays (old FRCP 6(a)).
    if version.short_period_under is not None and days < version.short_period_under:
        excluded: list[Step] = []
        day, counted = trigger, 0
        while counted < days:
            day += one
            why = off(day)
            if why is None:
                counted += 1
                continue
            short = cite.short_period or cite.count
            rule = short if why[1] == cite.weekend else f"{short}; {why[1]}"
            excluded.append(Step("exclude", f"{long_date(day)} not counted: {why[0]}", rule, day))
            if why[2]:
                state_days.append(day)
        end = day
        steps.append(
            Step(
                "count",
                f"{days} days {word} {long_date(trigger)}, the trigger day excluded and "
                f"intermediate weekends and legal holidays not counted, end on {long_date(end)}",
                cite.short_period or cite.count,
            )
        )
        steps.extend(excluded)
    else:
        end = trigger + timedelta(days=sign * days)
        steps.append(
            Step(
                "count",
                f"{days} days {word} {long_date(trigger)}, the trigger day excluded, "
                f"end on {long_date(end)}",
                cite.count,
            )
        )

    roll_cite = cite.roll if direction == "after" else cite.backward
    moves = "forward" if direction == "after" else "back"

    def roll(day: date) -> date:
        step, way, how = one, moves, roll_cite
        while True:
            why = off(day)
            if why is not None:
                reason, citation, is_state = why
                if is_state:
                    state_days.append(day)
            else:
                closure = calendar.inaccessible(day) or pack.closures.inaccessible(day)
                if closure is None:
                    return day
                reason = f"a day the clerk's office was inaccessible ({closure.reason})"
                citation = cite.inaccessible
                if step.days < 0:
                    # 6(a)(3)(A): inaccessibility extends the time forward, to the first
                    # accessible day that is no day off, even for a period counted back.
                    step, way, how = timedelta(days=1), "forward", cite.roll
                    steps.append(
                        Step(
                            "skip",
                            f"{long_date(day)} is {reason}: the time is extended forward to "
                            "the first accessible day that is not a weekend or legal holiday, "
                            "even for a period counted backward",
                            citation,
                            day,
                        )
                    )
                    day += step
                    continue
            steps.append(
                Step(
                    "skip",
                    f"{long_date(day)} is {reason}: the period runs {way} to the next day",
                    f"{how}; {citation}" if citation != how else citation,
                    day,
                )
            )
            day += step

    allowance = pack.service_on(service, trigger) if service is not None else None
    if allowance is None or allowance.extra_days == 0 or direction == "before":
        end = roll(end)
        if allowance is not None and allowance.extra_days and direction == "before":
            steps.append(
                Step(
                    "note",
                    f"served {_SERVED[allowance.method]}, but {cite.service} adds days only "
                    "to periods that run after service: none added",
                    cite.service,
                )
            )
        elif allowance is not None:
            steps.append(
                Step(
                    "note",
                    f"served {_SERVED[allowance.method]}: no days added",
                    f"{cite.service}; {allowance.citation}",
                )
            )
    else:
        if version.service_order == "roll_then_add":
            end = roll(end)
            after_what = "after the period would otherwise expire"
        else:
            after_what = "to the end of the period before it is rolled"
        end += timedelta(days=allowance.extra_days)
        steps.append(
            Step(
                "add",
                f"served {_SERVED[allowance.method]}: {allowance.extra_days} days added "
                f"{after_what}, to {long_date(end)}",
                f"{cite.service}; {allowance.citation}",
                end,
            )
        )
        end = roll(end)

    court = pack.court
    if cite.last_day_ends and court is not None and court.timezone:
        steps.append(
            Step(
                "note",
                f"electronic filing is timely until midnight {court.timezone_name or court.timezone} "
                f"on {long_date(end)}",
                cite.last_day_ends,
            )
        )
    return end, tuple(steps), tuple(state_days)
