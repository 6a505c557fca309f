"""Reading motion hearings: the day a motion is noticed (or reset) for hearing.

CM/ECF writes it in the motion's own entry ("NOTICE OF MOTION AND MOTION to Dismiss ...
Motion set for hearing on 6/9/2014 at 01:30 PM before Judge ..."; "MOTION to Remand ...
Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E") and in later entries that set,
reset or continue it ("Motions [42][43] reset for hearing on 9/22/2014"; "ORDER SCHEDULING
HEARING as to 43 MOTION ... Motion Hearing set for 6/3/2016"). Where a court counts the
opposition and reply back from the hearing (C.D. Cal. L.R. 7-9, 7-10), they run from the
latest day read. Words that strike or vacate the hearing set none.

Example:
    >>> hearing_date("MOTION to Remand. Motion Hearing set for 7/7/2015 09:00 AM in Courtroom E")
    datetime.date(2015, 7, 7)
    >>> hearing_date("Motion hearing set for 10/5/2016 is stricken.") is None
    True
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["hearing_date", "hearing_motions"]

_SET = re.compile(
    r"(?:\bmotion\s+hearing\s+(?:re)?set\s+(?:for|to)|\b(?:re)?set\s+for\s+hearing\s+on)"
    r"\s+(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b([^.;]{0,60})",
    re.I,
)
_RULED_ON = re.compile(r"(?:grant|deny|denie|strik|vacat)\w*\W*$", re.I)
_UNSET = re.compile(r"\b(?:stricken|struck|vacated|off\s+calendar|terminated)\b", re.I)


def hearing_date(text: str | None) -> date | None:
    """The day ``text`` sets a motion hearing for (the last one it sets), or ``None``."""
    if not text or "hearing" not in text.lower():
        return None
    found: date | None = None
    for m in _SET.finditer(text):
        if _UNSET.search(m.group(4)):
            continue
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if year < 100:
            year += 2000
        try:
            found = date(year, month, day)
        except ValueError:
            continue
    return found


def hearing_motions(text: str, refs: list[tuple[int, int]]) -> list[int]:
    """Which of the docket numbers ``refs`` (number, where it starts) a hearing set in
    ``text`` belongs to: those in the sentence that sets it, before the words; or, when that
    sentence names none ("ORDER SCHEDULING HEARING as to 43 MOTION ... . Motion Hearing set
    for ..."), every number before it except those the entry rules on ("granting [51]
    Request to Continue")."""
    found = list(_SET.finditer(text))
    if not found:
        return []
    at = found[-1].start()
    sentence = text.rfind(". ", 0, at) + 1
    before = [(doc, start) for doc, start in refs if start < at]
    near = [doc for doc, start in before if start >= sentence]
    if near:
        return list(dict.fromkeys(near))
    kept = [doc for doc, start in before if not _RULED_ON.search(text[max(0, start - 12) : start])]
    return list(dict.fromkeys(kept))
