"""Reading motion hearings and briefing dates the docket sets.

The hearing: the day a motion is noticed (or reset) for hearing.

CM/ECF writes it in the motion's own entry ("NOTICE OF MOTION AND MOTION to Dismiss ...
Motion set for hearing on 6/9/2014 at 01:30 PM before Judge ..."; "MOTION to Remand ...
Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E") and in later entries that set,
reset or continue it ("Motions [42][43] reset for hearing on 9/22/2014"; "ORDER SCHEDULING
HEARING as to 43 MOTION ... Motion Hearing set for 6/3/2016"). Where a court counts the
opposition and reply back from the hearing (C.D. Cal. L.R. 7-9, 7-10), they run from the
latest day read. Words that strike or vacate the hearing set none.

The briefing dates: the clerk's "Responses due by 6/12/2015. Replies due by 6/19/2015." on a
motion's entry, or on an order or notice that sets or resets them: the court's own calendar.

Example:
    >>> hearing_date("MOTION to Remand. Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E")
    datetime.date(2015, 7, 7)
    >>> hearing_date("Motion hearing set for 10/5/2016 is stricken.") is None
    True
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["briefing_dates", "hearing_date", "hearing_motions", "motions_named"]

_SET = re.compile(
    r"(?:\bmotion\s+hearing\s+(?:re)?set\s+(?:for|to)|\b(?:re)?set\s+for\s+hearing\s+on)"
    r"\s+(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b([^.;]{0,60})",
    re.I,
)
#: What :data:`_SET` needs, in lowered ASCII text: a cheap test before it.
_SET_CUE = re.compile(r"set\s+(?:for|to)\s+(?:hearing\s+on\s+)?\d{1,2}/")
_DUE = re.compile(
    r"\b(responses?|repl(?:y|ies))\s+due\s+by\s+(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", re.I
)
_RULED_ON = re.compile(r"(?:grant|deny|denie|strik|vacat)\w*\W*$", re.I)
_UNSET = re.compile(r"\b(?:stricken|struck|vacated|off\s+calendar|terminated)\b", re.I)


def _day(month: str, day: str, year: str) -> date | None:
    y = int(year)
    try:
        return date(y + 2000 if y < 100 else y, int(month), int(day))
    except ValueError:
        return None


def briefing_dates(text: str | None) -> tuple[date | None, date | None, int]:
    """The response and reply dates ``text`` sets ("Responses due by 6/12/2015. Replies due
    by 6/19/2015."), each the last one written, and where the first is written (-1: none)."""
    response: date | None = None
    reply: date | None = None
    first = -1
    if not text or "due by" not in text.lower():
        return None, None, first
    for m in _DUE.finditer(text):
        day = _day(m.group(2), m.group(3), m.group(4))
        if day is None:
            continue
        first = m.start() if first < 0 else first
        if m.group(1).lower().startswith("resp"):
            response = day
        else:
            reply = day
    return response, reply, first


def hearing_date(text: str | None) -> date | None:
    """The day ``text`` sets a motion hearing for (the last one it sets), or ``None``."""
    if not text:
        return None
    low = text.lower()
    if text.isascii() and ("hearing" not in low or _SET_CUE.search(low) is None):
        return None
    found: date | None = None
    for m in _SET.finditer(text):
        if _UNSET.search(m.group(4)):
            continue
        found = _day(m.group(1), m.group(2), m.group(3)) or found
    return found


def hearing_motions(text: str, refs: list[tuple[int, int]]) -> list[int]:
    """Which of the docket numbers ``refs`` (number, where it starts) the hearing ``text``
    sets belongs to (see :func:`motions_named`)."""
    found = list(_SET.finditer(text))
    return motions_named(text, refs, found[-1].start()) if found else []


def motions_named(text: str, refs: list[tuple[int, int]], at: int) -> list[int]:
    """Which of the docket numbers ``refs`` (number, where it starts) the words at ``at``
    belong to: those in the same sentence, before the words; or, when that sentence names
    none ("ORDER SCHEDULING HEARING as to 43 MOTION ... . Motion Hearing set for ..."), every
    number before it except those the entry rules on ("granting [51] Request to Continue")."""
    sentence = text.rfind(". ", 0, at) + 1
    before = [(doc, start) for doc, start in refs if start < at]
    near = [doc for doc, start in before if start >= sentence]
    if near:
        return list(dict.fromkeys(near))
    kept = [doc for doc, start in before if not _RULED_ON.search(text[max(0, start - 12) : start])]
    return list(dict.fromkeys(kept))
