"""Deadlines as an iCalendar file (RFC 5545), written with the ``icalendar`` library.

One VEVENT per deadline a case has started: at the filing cut-off (23:59 in the court's IANA
zone: electronic filing is timely until midnight in the court's time zone, FRCP 6(a)(4)(A))
where the court's zone is known, else all day on the due date. Its UID is the case and the
deadline's id, so a calendar that imports a new export updates the event instead of adding
another; its SEQUENCE grows with each change the deadline went through. A deadline since met
or mooted is emitted with ``STATUS:CANCELLED`` (the export remembers nothing: the history
knows); one suspended by a stay is ``TENTATIVE``. Where two readings of a rule give two
dates, the earlier is the event and the description says why. Alarms ring 7 days and 1 day
before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import icalendar

from docket.courts import district
from docket.posture import Deadline

__all__ = ["CaseDeadlines", "deadline_calendar", "event_status"]

#: Each deadline status as an iCalendar event status.
_STATUS = {
    "running": "CONFIRMED",
    "elapsed": "CONFIRMED",
    "suspended": "TENTATIVE",
    "met": "CANCELLED",
    "moot": "CANCELLED",
}

#: The last minute of the day electronic filing is timely (FRCP 6(a)(4)(A): until midnight).
CUT_OFF = time(23, 59)


@dataclass(frozen=True, slots=True)
class CaseDeadlines:
    """One case's deadline book, with what the calendar names the case by."""

    case: str
    title: str | None
    court: str | None
    deadlines: tuple[Deadline, ...]


def event_status(d: Deadline) -> str:
    """The iCalendar STATUS of a deadline: CANCELLED once met or moot."""
    return _STATUS[d.status]


def _description(c: CaseDeadlines, d: Deadline) -> str:
    lines = [f"{d.what}.", f"Rule: {d.citation} ({d.rule})."]
    if d.trigger_doc is not None:
        lines.append(f"Triggered by Doc. {d.trigger_doc}.")
    lines.append(f"Status: {d.status.replace('_', ' ')}.")
    if len(d.readings) > 1:
        lines.append(
            "The rule reads two ways: "
            + "; ".join(f"{r.due} ({r.assumption})" for r in d.readings)
            + f". The earlier, {d.due}, is the one to meet, and the one this event is on."
        )
    lines.extend(f"{s.on}: {s.what}" for s in d.because)
    if d.consequence:
        lines.append(d.consequence)
    lines.append(f"Case {c.case}" + (f", {c.title}" if c.title else "") + ".")
    return "\n".join(lines)


def _event(c: CaseDeadlines, d: Deadline, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{c.case}/{d.id}@docket")
    event.add("dtstamp", stamp)
    court = district(c.court)
    if court is not None:
        start = datetime.combine(d.due, CUT_OFF, tzinfo=court.zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=1))
    else:
        event.add("dtstart", d.due)
        event.add("dtend", d.due + timedelta(days=1))
    event.add("summary", f"{d.what}: {c.title or c.case}")
    event.add("description", _description(c, d))
    event.add("status", event_status(d))
    event.add("sequence", len(d.because))
    for before, words in ((timedelta(days=7), "in 7 days"), (timedelta(days=1), "tomorrow")):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Due {words}: {d.what}")
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event


def deadline_calendar(cases: Iterable[CaseDeadlines], stamp: datetime) -> bytes:
    """An iCalendar file of every deadline of ``cases``; ``stamp`` (aware) is the DTSTAMP."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//docket//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "docket deadlines")
    for c in cases:
        for d in c.deadlines:
            cal.add_component(_event(c, d, stamp))
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
