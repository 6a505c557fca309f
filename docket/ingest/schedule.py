"""Reading scheduling orders: the day discovery closes, and when stayed discovery recommences.

CM/ECF writes the dates a scheduling order sets as "Discovery due by 4/3/2015" (and "Fact
Discovery due by ...", "Expert Discovery due by ..."); courts write "discovery shall be
completed by ...", and, lifting a stay, "discovery shall recommence on ...". A scheduling
order opens discovery (the Rule 26(f) conference precedes it: FRCP 16(b)(1), 26(d)(1)) and
sets its close (FRCP 16(b)(3)(A)); an amended one moves it (16(b)(4)). Where an order is a
scheduling order but no discovery date can be read from it, the reader says so (a review),
never guesses.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from docket.ingest.stays import parse_date

__all__ = ["ScheduleDraft", "find_schedule"]


class ScheduleDraft(NamedTuple):
    """What an order says about the discovery schedule.

    Attributes:
        opens: The order opens discovery (it sets a discovery deadline).
        closes: The day discovery closes, as the order sets it: the plain "discovery" date,
            else the latest of its fact and expert discovery dates (the close of all
            discovery, FRCP 56(b)).
        unread: A scheduling order whose discovery date could not be read (it may open
            discovery and set its close: a person says).
        recommences: The day stayed discovery recommences.
    """

    opens: bool = False
    closes: date | None = None
    unread: bool = False
    recommences: date | None = None


_DATE = r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
_CLOSE = re.compile(
    r"\b(?P<which>(?:all|fact|expert|non-?expert)\s+)?discovery\s+"
    r"(?:due|deadline|cut-?off|(?:shall|must|will|to)\s+be\s+(?:completed|closed|concluded)|"
    r"(?:shall|will|must)\s+(?:close|end|be\s+complete))"
    r"\s*(?:by|on|date|is|set\s+for)?\s*(?:of\s+)?:?\s*(?:by|on)?\s*" + _DATE,
    re.I,
)
_RECOMMENCE = re.compile(
    r"\bdiscovery\s+(?:shall|will|may|is\s+to)\s+(?:recommence|resume|re-?open)\s+(?:on|as\s+of)\s+"
    + _DATE,
    re.I,
)
_SCHEDULING = re.compile(r"\bscheduling\s+order\b", re.I)
#: Papers about a scheduling order, not the order itself ("motion to amend the scheduling
#: order", "proposed scheduling order", "joint status report and provisional discovery plan").
_ABOUT = re.compile(
    r"\b(?:motion|proposed|request|stipulat\w*|joint|report|notice|objection)\b[^.;]{0,40}?"
    r"scheduling\s+order",
    re.I,
)


#: A "scheduling order" that only sets a conference, a hearing or ADR (S.D.N.Y. and E.D.N.Y.
#: title any order scheduling a conference so; N.D. Cal.'s initial order precedes the Rule
#: 26(f) conference): not the Rule 16(b) order that opens discovery.
_ONLY_A_CONFERENCE = re.compile(
    r"\b(?:adr|conference|hearing|case\s+management\s+statement|mediation|call)\b", re.I
)


def _dates(pattern: re.Pattern[str], text: str) -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    for m in pattern.finditer(text):
        day = parse_date(m.group("date"))
        if day is not None:
            which = m.groupdict().get("which") or ""
            out.append((which.strip().lower(), day))
    return out


def find_schedule(text: str, head: str) -> ScheduleDraft | None:
    """What order ``text`` (whose head, lower case, is ``head``) sets for discovery, if
    anything: ``None`` when it is not about the discovery schedule."""
    low = text.lower()
    if "discovery" not in low and "scheduling" not in head:
        return None
    scheduling = _SCHEDULING.search(head) is not None and _ABOUT.search(head) is None
    closes = _dates(_CLOSE, text) if "discovery" in low else []
    recommences = _dates(_RECOMMENCE, text) if "discovery" in low else []
    if not scheduling and not closes and not recommences:
        return None
    plain = [day for which, day in closes if which in ("", "all")]
    close = plain[-1] if plain else max((day for _, day in closes), default=None)
    # A discovery deadline read opens discovery; a scheduling order with none read may or
    # may not be the Rule 16(b) order: a person says, unless it plainly sets only a
    # conference.
    unread = (
        scheduling
        and close is None
        and ("discovery" in low or _ONLY_A_CONFERENCE.search(text) is None)
    )
    return ScheduleDraft(
        opens=close is not None,
        closes=close,
        unread=unread,
        recommences=recommences[-1][1] if recommences else None,
    )
