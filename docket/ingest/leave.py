"""Reading the condition on which an order lets a movant refile a motion it denies.

A denial without prejudice may let the movant refile at once ("with leave to re-file") or
once something happens ("without prejudice to renewal after the Court rules on 23", "may
file a renewed motion on or after March 1, 2017", "without prejudice to renewal once the
stay is lifted"). The condition is read into the engine's vocabulary only where its words
name something the docket records: a motion's resolution by its number, a calendar date,
the stay being lifted. Anything else ("after completing service", "by December 1, 2014",
"if appropriate", "after the motion to dismiss is decided" with no number) is left unread,
so a person reviews the leave: a wrong leave is worse than a flagged one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from docket.events import Condition, DateReached, MotionResolved, StaysLifted
from docket.ingest.stays import parse_date

__all__ = ["read_condition"]

#: The word that ties refiling to something yet to happen.
_LEAD = re.compile(r"[^.;]{0,30}?\b(?P<word>after|upon|once|following|when|on\s+or\s+after)\s+")

#: "the Court's ruling on 23", "resolution of the motion to dismiss (Doc. 23)", "the Court
#: decides [23]": the condition is that motion's resolution, whatever its outcome.
_RESOLUTION = re.compile(
    r"(?:the\s+)?(?:court'?s\s+|district\s+judge'?s\s+)?"
    r"(?:resolution|ruling|decision|determination|disposition|adjudication)\s+(?:of|on|upon)\s+"
    r"(?P<what>[^;]{0,120}?)(?P<n>\d{1,5})\s*\]?\)?"
    r"|(?:the\s+)?court\s+(?:rules\s+on|decides|resolves)\s+(?P<what2>[^;]{0,120}?)(?P<n2>\d{1,5})"
    r"\s*\]?\)?"
)
#: Only a docket reference may stand between the words and the number (not "30 days").
_REFERENCE = re.compile(
    r"^[\w'.,\s-]{0,100}?(?:[\[(#]|[\[(]?\s*(?:ecf|doc|dkt|docket|document)\.?\s*(?:no\.?\s*)?"
    r"|motion\s+)\s*$"
)
#: "the stay is lifted", "the lifting of the stay", "the stay in this case has been lifted".
_STAY = re.compile(
    r"(?:the\s+)?(?:lifting|dissolution)\s+of\s+the\s+stay\b"
    r"|(?:the|this|any)\s+stay\s+(?:[^.;,]{0,40}?\s)?(?:is|has\s+been|being|was)\s+(?:lifted|dissolved)\b"
    r"|the\s+stay\s+(?:lifts|ends|expires)\b"
)
#: A condition's words must end the clause: "and", "or", "unless", "provided", "if"
#: after it join another condition the reader would drop.
_MORE = re.compile(r"\b(?:and|or|unless|provided|if|except|but|only)\b")


def read_condition(low: str, at: int, stop: int) -> Condition | None:
    """The condition the words of ``low`` from ``at`` (just after the leave phrase) to
    ``stop`` (the end of its sentence) put on refiling, or ``None`` when they put one the
    reader cannot tie to the docket. ``low`` is the order's text in lower case."""
    lead = _LEAD.match(low, at, stop)
    if lead is None:
        return None
    start = lead.end()
    found: Condition | None = None
    end = start
    word = lead.group("word")
    if (m := _RESOLUTION.match(low, start, stop)) is not None:
        what = m.group("what") if m.group("n") else m.group("what2")
        n = m.group("n") or m.group("n2")
        if what and _REFERENCE.match(what) is None:
            return None  # "ruling on the motion within 30 days": the number is not a reference
        found, end = MotionResolved(motion=int(n)), m.end()
    elif (m := _STAY.match(low, start, stop)) is not None:
        found, end = StaysLifted(), m.end()
    elif word in ("after", "on or after") and (day := _date_at(low, start, stop)) is not None:
        on, end = day
        # "after March 1" opens the day after; "on or after March 1" that day.
        found = DateReached(on=on if word != "after" else on + timedelta(days=1))
    if found is None or _MORE.search(low, end, stop) is not None:
        return None
    return found


_DATE_HEAD = re.compile(
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
)


def _date_at(low: str, start: int, stop: int) -> tuple[date, int] | None:
    m = _DATE_HEAD.match(low, start, stop)
    if m is None:
        return None
    day = parse_date(m.group(0))
    if day is None:
        return None
    return day, m.end()
