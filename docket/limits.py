"""The bounds docket puts on what it reads: every one refused with one line naming where.

A docket history, a docket sheet or a command-line option beyond these bounds is not a
docket anyone files: it is a typo or an attack. Each is refused where it is read, with the
file, the line (or the entry) and the reason, before it can make a parser recurse, an
integer conversion blow up, or date arithmetic leave the calendar.

* **Dates** (filed, entered, effective, and every other date in an event, a docket sheet or
  an option): from :data:`EARLIEST_DATE` to :data:`LATEST_DATE`, 1900-01-01 to 2100-12-31.
  The FRCP took effect on 16 September 1938 (308 U.S. 645); the bound leaves room before
  that for a reconstructed or mis-keyed date to be read and flagged, not crash: replay flags
  a paper filed before the pack's FRCP 6 ``no_rule_in_force`` and runs no time from it. A
  year such as ``1019`` or ``0001`` is a typo, refused at parse, so no deadline computed
  from a date docket reads can leave the calendar.
* **Docket numbers** (``doc`` and every reference to one): 0 to :data:`MAX_DOC`
  (9,999,999). The longest federal dockets (multidistrict litigation) run to tens of
  thousands of entries.
* **Parts** (which motion of a document): 1 to :data:`MAX_PART` (999).
* **One line of a history**: at most :data:`MAX_LINE_BYTES` bytes (8 MiB: an entry with a
  megabyte of docket text reads back from an export), JSON nested at
  most :data:`MAX_JSON_DEPTH` (200) deep, pydantic-core's own limit, so both ways of parsing
  a line agree. A real event is a few kilobytes and 5 deep; 200 leaves room for about 98
  nested conditions ("any of ... all of ..."), which replay, render and explain.
* **A JSON docket sheet** (juriscraper, CourtListener): nested no deeper than Python's
  ``json`` reads (about 1,000), and no docket or sequence number over
  :data:`MAX_INT_DIGITS` (18) digits; a number over 4,300 digits is refused as JSON.
* **A PACER page**: elements nested at most :data:`MAX_HTML_DEPTH` (1,000) deep. Real
  sheets nest under a dozen; an 80,000-deep page took lxml and juriscraper 42 seconds, the
  time growing faster than the depth. The scan that counts the depth is linear.
* **A period** (``docket deadline --days``, a rule pack's ``days``): 0 to
  :data:`MAX_PERIOD_DAYS` (3,650, about ten years).

What the size of a whole file may be, and what kind of file may be read at all, is
:mod:`docket.files`'s business, not this module's.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "MAX_DOC",
    "MAX_HTML_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_JSON_DEPTH",
    "MAX_LINE_BYTES",
    "MAX_PART",
    "MAX_PERIOD_DAYS",
    "date_out_of_range",
    "html_depth",
    "json_depth_over",
]

#: The earliest date docket reads.
EARLIEST_DATE = date(1900, 1, 1)
#: The latest date docket reads.
LATEST_DATE = date(2100, 12, 31)
#: The largest docket number.
MAX_DOC = 9_999_999
#: The largest part (which motion of a document).
MAX_PART = 999
#: The longest line of a docket history, in bytes.
MAX_LINE_BYTES = 8 << 20
#: The deepest nesting of JSON arrays and objects in one line of a history.
MAX_JSON_DEPTH = 200
#: The most digits of a docket or sequence number in a docket sheet.
MAX_INT_DIGITS = 18
#: The deepest nesting of elements in a PACER page.
MAX_HTML_DEPTH = 1000
#: The longest period, in days.
MAX_PERIOD_DAYS = 3650


def date_out_of_range(value: date) -> str | None:
    """Why ``value`` is refused, or ``None`` when it lies within the bounds."""
    if EARLIEST_DATE <= value <= LATEST_DATE:
        return None
    return (
        f"{value.isoformat()} is outside the dates docket reads "
        f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})"
    )


def json_depth_over(text: str | bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests arrays and objects more than ``limit`` deep.

    Linear, and free for ordinary text: it scans only when the text holds more than
    ``limit`` opening brackets. Brackets inside strings are skipped.
    """
    if isinstance(text, str):
        if text.count("[") + text.count("{") <= limit:
            return False
        data = text.encode("utf-8", "surrogatepass")
    else:
        if text.count(b"[") + text.count(b"{") <= limit:
            return False
        data = text
    depth = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False


#: Elements that never hold others (void), or that the HTML parser closes by itself: an
#: unclosed one does not deepen the tree.
_FLAT = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
        "p",
        "li",
        "dt",
        "dd",
        "td",
        "th",
        "tr",
        "option",
        "optgroup",
        "colgroup",
        "tbody",
        "thead",
        "tfoot",
    ]
)


def html_depth(html: str, limit: int = MAX_HTML_DEPTH) -> int:
    """How deep the elements of ``html`` nest, counted up to ``limit + 1`` (a cheap scan).

    Scripts, styles and comments are skipped; a closing tag closes one level. Linear: every
    step moves forward in the text.
    """
    lower = html.lower()
    depth = deepest = 0
    at = lower.find("<")
    end = len(lower)
    while 0 <= at < end:
        if lower.startswith("<!--", at):
            close = lower.find("-->", at + 4)
            if close < 0:
                break
            at = lower.find("<", close + 3)
            continue
        close = lower.find(">", at + 1)
        if close < 0:
            break
        tag = lower[at + 1 : close]
        closing = tag.startswith("/")
        name = tag[1:] if closing else tag
        name = name.split(None, 1)[0] if name.strip() else ""
        name = name.rstrip("/")
        if not name or not (name[0].isalpha()):
            at = lower.find("<", close + 1)
            continue
        if not closing and name in ("script", "style"):
            stop = lower.find(f"</{name}", close + 1)
            if stop < 0:
                break
            at = stop
            continue
        if closing:
            if name not in _FLAT and name not in ("script", "style"):
                depth = max(depth - 1, 0)
        elif name not in _FLAT and not tag.endswith("/"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        at = lower.find("<", close + 1)
    return deepest
