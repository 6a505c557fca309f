"""Reading an order's direction that judgment be entered.

"LET JUDGMENT BE ENTERED ACCORDINGLY", "Judgment shall be entered in favor of Defendants",
"The Clerk is directed to enter final judgment and close the case": the order decides the
action and directs the clerk to enter the judgment on a separate document (FRCP 58(a), (b)(2)),
which ends the case. A direction to enter a partial judgment (FRCP 54(b): "no just reason for
delay"), a default judgment (FRCP 55(b), which may reach one defendant of several) or a
judgment "as to" some parties may end it or not: the reader cannot tell. A direction the order
only contemplates ("If Plaintiff fails to respond, judgment shall be entered", "it is
recommended that judgment be entered") ends nothing now.
"""

from __future__ import annotations

import re

from docket.ingest.mood import contemplated

__all__ = ["judgment_directed"]

_JUDGMENT = r"(?:(?:a|the)\s+)?(?:(?:final|default|partial)\s+)*judgment"
#: The direction itself, in the forms orders use.
_DIRECTED = re.compile(
    rf"\blet\s+{_JUDGMENT}\s+(?:be\s+)?enter(?:ed)?\b"
    rf"|\b{_JUDGMENT}\s+(?:shall|will|must|is\s+to|to)\s+(?:hereby\s+|now\s+|accordingly\s+)?"
    r"(?:be\s+)?enter(?:ed)?\b"
    rf"|\bthat\s+{_JUDGMENT}\s+(?:hereby\s+)?be\s+entered\b"
    rf"|\b(?:directed|ordered|instructed|requested)\s+to\s+(?:forthwith\s+)?enter\s+{_JUDGMENT}\b"
    r"|\b(?:clerk|court)\s+(?:of\s+(?:the\s+)?court\s+)?(?:shall|will|must|is\s+to)\s+"
    rf"(?:hereby\s+|forthwith\s+|accordingly\s+)?enter\s+{_JUDGMENT}\b"
    rf"|\bdirect(?:s|ing)\s+(?:the\s+)?clerk\s+(?:of\s+(?:the\s+)?court\s+)?to\s+enter\s+{_JUDGMENT}\b",
    re.I,
)
#: Besides the words that make any act only contemplated (:func:`contemplated`), words that make
#: a judgment wait: before it, a proposed order or a failure ("Upon the filing of the
#: stipulation, ..."); after it, a time yet to come ("... shall be entered after the parties
#: file a stipulation", "once", "when", "following").
_NOT_NOW_BEFORE = re.compile(
    r"\b(?:proposed|in\s+the\s+event|fail(?:s|ure)?|upon\s+(?:the\s+)?(?:filing|receipt|expiration))\b",
    re.I,
)
_NOT_NOW_AFTER = re.compile(r"\b(?:upon|once|after|when|following)\b", re.I)
#: A judgment "on" something: on an order not ending the case ("enter judgment on the Court's
#: Order Vacating the Temporary Restraining Order"), or on a thing yet to happen ("Judgment
#: shall enter on confirmation of the arbitration award").
_ON = re.compile(r"\s*(?:on|upon)\b", re.I)
#: A judgment that may not reach the whole action: partial (FRCP 54(b)), by default (FRCP
#: 55(b)), or as to some parties or claims only ("on all claims" reaches them all).
_MAY_BE_PART = re.compile(
    r"\bpartial\b|\bdefault\b|\bas\s+to\b(?!\s+all\b)|(?<!all )\b(?:claims?|counts?)\b",
    re.I,
)
#: A judgment "on" claims or counts is one on the merits of some of them ("enter judgment on
#: Count I"): it may end the case.
_COUNTS = re.compile(r"\b(?:claims?|counts?)\b", re.I)
#: A partial judgment anywhere in the order (FRCP 54(b)).
_RULE_54B = re.compile(r"\b54\s*\(\s*b\s*\)|\bno\s+just\s+reason\s+for\s+delay\b", re.I)
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)")


def judgment_directed(text: str) -> bool | None:
    """Whether the order directs that judgment be entered now: ``True`` when it does and the
    judgment is the whole action's, ``None`` when the judgment may reach only part of it
    (partial, by default, as to some parties or claims), ``False`` when it directs none or
    only contemplates one or directs a judgment on something else (an order, an award)."""
    if "udgment" not in text and "UDGMENT" not in text:
        return False
    found: bool | None = False
    for m in _DIRECTED.finditer(text):
        starts = [s.end() for s in _SENTENCE_END.finditer(text, 0, m.start())]
        start = starts[-1] if starts else 0
        stop_at = _SENTENCE_END.search(text, m.end())
        stop = stop_at.start() if stop_at is not None else len(text)
        if (
            contemplated(text, m.start(), m.end())
            or _NOT_NOW_BEFORE.search(text, start, m.start())
            or _NOT_NOW_AFTER.search(text, m.end(), stop)
        ):
            continue
        if _ON.match(text, m.end()) and not _COUNTS.search(text, m.end(), stop):
            continue  # a judgment on an order or on a thing yet to happen
        if _MAY_BE_PART.search(text, start, stop) or _RULE_54B.search(text):
            found = None
            continue
        return True
    return found
