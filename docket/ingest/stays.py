"""Reading the stays an order imposes or lifts, and on what terms.

"Discovery is stayed until 10/5/2017" (until a date), "discovery is STAYED pending
resolution of Defendants' motion for summary judgment" (pending a ruling), "this action is
stayed as to Defendant Smith" (as to named parties), "the stay is lifted".
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from docket.events import MotionKind, StayScope
from docket.ingest.kinds import motion_kind
from docket.ingest.mood import contemplated
from docket.ingest.refs import Ref

__all__ = [
    "MONTHS",
    "LiftDraft",
    "StayDraft",
    "find_lifts",
    "find_stays",
    "parse_date",
    "parties_asked",
]


class StayDraft(NamedTuple):
    """A stay as the order states it, before its motion is looked up on the docket.

    Attributes:
        scope: What the stay halts.
        parties: For a stay as to named parties, their names.
        until: The date the stay ends by its own terms.
        pending_docs: The motions the stay awaits, by number.
        pending_kind: The kind of motion the stay awaits, when named without a number.
        indefinite: The stay awaits something that is not a motion (arbitration, appeal,
            further order).
    """

    scope: StayScope
    parties: tuple[str, ...] = ()
    until: date | None = None
    pending_docs: tuple[int, ...] = ()
    pending_kind: MotionKind | None = None
    indefinite: bool = False


class LiftDraft(NamedTuple):
    """An order lifting a stay; ``scope`` is ``None`` when the text does not say which."""

    scope: StayScope | None


#: The deadlines of the case as a whole ("all deadlines", "the remaining pretrial deadlines",
#: "discovery deadlines"), not those of one paper ("the briefing deadlines": see
#: :data:`_WHOLE_DEADLINES`).
_DEADLINES = (
    r"(?P<dl>(?:all\s+|the\s+|any\s+)?(?:(?:other|remaining|current|existing|outstanding|upcoming)\s+)?"
    r"(?:(?:pretrial|case[- ]management|scheduling(?:\s+order)?|discovery)\s+)?deadlines)"
)
_STAYED = re.compile(
    r"\b(?P<what>discovery|(?:this|the|instant|above[- ]captioned)\s+(?:case|action|matter|litigation|"
    rf"proceedings?|lawsuit|suit)|(?:all\s+)?proceedings|(?:the\s+)?case|{_DEADLINES})"
    r"(?:\s+(?:in|of)\s+this\s+(?:case|action|matter))?"
    # "the deadlines set forth in the Court's December 1, 2008, scheduling order are STAYED",
    # "all deadlines in the Case Management Order (Doc. 20) are stayed".
    r"(?:\s+(?:(?:set\s+forth|set|established|entered|contained|imposed|listed)\s+)?(?:in|by|under)\s+"
    r"[^.;]{0,80}?\b(?:scheduling|case[- ]management|pretrial|progression|trial[- ]setting)\s+order\b"
    r"(?:\s*[\[(][^\])]{0,30}[\])])?)?"
    r"(?P<asto1>\s+(?:only\s+)?(?:as\s+to|as\s+against|against)\s+[^.;]{3,80}?)?"
    r"\s+(?:is|are|shall\s+be|will\s+be|be|is\s+hereby|are\s+hereby|shall\s+remain|remains?|is\s+now)\s+"
    r"(?:hereby\s+|temporarily\s+|administratively\s+)?stayed\b"
    r"|\b(?:staying|stays|STAYED:?)\s+(?P<what2>(?:all\s+)?discovery|(?:(?:this|the)\s+)?(?:case|action|matter)|"
    r"(?:all\s+)?proceedings|all\s+(?:(?:other|remaining)\s+)?(?:(?:pretrial|case[- ]management)\s+)?deadlines)",
    re.I,
)
#: "all deadlines", "the deadlines": the words start the phrase, whatever stands before them.
_DETERMINED = re.compile(r"(?:all|the|any)\s", re.I)
#: The word before "deadlines" that may stand there when they are the whole case's: none, or a
#: joining word ("ORDERED that deadlines are stayed"); "the briefing deadlines" are one paper's.
_WHOLE_DEADLINES = frozenset(["", "that", "and", "ordered", "further", "hereby", "court's", "its"])
_UNTIL = re.compile(r"^[^.;]{0,80}?\buntil\s+(?P<date>[^.;]{4,30})", re.I)
_PENDING = re.compile(
    r"^[^.;]{0,40}?\bpending\s+(?:the\s+)?(?:(?:final\s+)?(?:resolution|disposition|ruling|decision|"
    r"determination|adjudication|outcome|consideration)\s+(?:of|on)\s+)?(?P<what>[^;]{0,160}?)"
    r"(?=\.\s+[A-Z(]|\.$|;|$)",
    re.I,
)
#: "until the Court rules on Defendant's motion for summary judgment [30]"
_UNTIL_RULING = re.compile(
    r"^[^.;]{0,40}?\buntil\s+(?:the\s+court\s+|it\s+)?(?:rules?|decides?|resolves?|determines?)\s+"
    r"(?:on\s+)?(?P<what>[^;]{0,160}?)(?=\.\s+[A-Z(]|\.$|;|$)",
    re.I,
)
#: A stay reaching named parties only ("as to Defendant Smith", "as against Acme Corp.
#: only"): the rest of the case goes on, so it is not a stay of the whole case.
_AS_TO = re.compile(
    r"^\s*(?:only\s+)?(?:as\s+to|as\s+against|against)\s+(?:the\s+)?(?:defendants?|plaintiffs?|parties|party)?\s*"
    r"(?P<names>[^.;]{2,120}?)"
    r"(?=\s+(?:until|pending|only|and\s+(?:the|all)|is|are|shall|by|filed|\.|;)|[.;]|$)",
    re.I,
)
_NOT_A_MOTION = re.compile(
    r"^(?:the\s+)?(?:arbitration|appeal|interlocutory|further\s+order|mediation|settlement|"
    r"the\s+outcome|state|criminal|a\s+decision\s+by|the\s+(?:united\s+states\s+)?(?:court\s+of\s+appeals|"
    r"supreme|ninth|tenth|jpml|panel|mdl))",
    re.I,
)
#: A stay lifted: "the stay (of discovery) (entered on 3/1/2017) is hereby LIFTED", "lifting
#: the stay", "directing the Clerk to lift the Stay", "Stay lifted".
_LIFT = re.compile(
    r"\b(?:stay\s+(?:of\s+(?P<of>discovery|(?:this|the)\s+(?:case|action|proceedings?)|proceedings)\s+)?"
    r"(?:(?:previously\s+|heretofore\s+)?(?:entered|imposed|issued|ordered|granted|in\s+(?:this|the)\s+"
    r"(?:case|action|matter))(?:\s+(?:on|by|in)\s+[^.;]{1,40}?)?\s+)?"
    r"(?:[\[(][^\])\n]{1,30}[\])],?\s*)?(?:is|be|shall\s+be|are|was|has\s+been)\s+(?:hereby\s+)?(?:lifted|dissolved|vacated)"
    r"|(?:lifting|lifts|lift|dissolving|dissolves|vacating)\s+(?:the\s+|its\s+|this\s+)?"
    r"(?:administrative\s+|temporary\s+)?stay(?:\s+of\s+(?P<of2>discovery))?"
    r"|STAY\s+LIFTED)\b",
    re.I,
)
#: Words before a lift that make it a condition or a request, not the order's act ("without
#: prejudice to renewal after the stay is lifted", "Motion to Lift Stay", "once the stay is
#: lifted").
_NOT_LIFTING = re.compile(
    r"(?:\b(?:after|until|once|when|whenever|upon|if|before|unless|pending|whether)\s+(?:the\s+|this\s+|such\s+)?"
    r"|\b(?:motion|request|application|petition|moves?|moved|asks?|seeks?|requests?)\b[^.;]{0,25}?"
    r"\bto\s+(?:the\s+)?)$",
    re.I,
)
#: A month's number by its name or abbreviation in lower case ("sept", "september").
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_DATE = re.compile(
    r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"
    r"|(?P<mn>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
)


def parse_date(text: str) -> date | None:
    """The first calendar date written in ``text`` (10/5/2017, October 5, 2017, 2017-10-05)."""
    for m in _DATE.finditer(text):
        try:
            if m.group("m"):
                y = int(m.group("y"))
                y = y + 2000 if y < 70 else y + 1900 if y < 100 else y
                return date(y, int(m.group("m")), int(m.group("d")))
            if m.group("mn"):
                month = MONTHS.get(m.group("mn").lower())
                if month is None:
                    continue
                return date(int(m.group("y2")), month, int(m.group("d2")))
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        except ValueError:
            continue
    return None


_LAST_WORD = re.compile(r"([\w'\u2019]+)\s*$")


def _word_before(text: str, at: int) -> str:
    """The word just before ``at`` in lower case ("" after punctuation or at the start)."""
    before = _LAST_WORD.search(text, max(0, at - 30), at)
    return "" if before is None else before.group(1).lower().replace("\u2019", "'")


def _names(raw: str) -> tuple[str, ...]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", raw.strip(" ,"))
    return tuple(p.strip() for p in parts if p.strip())


#: An order granting a motion to stay, up to where the motion's title may say whom it reaches.
_GRANTS_STAY = re.compile(
    r"\b(?:grant(?:ing|s|ed)?|allow(?:ing|s|ed)?)\s+(?:[^.;]{0,60}?\s)?motion\s+(?:\w+\s+){0,2}?"
    r"to\s+stay(?:\s+(?:discovery|proceedings|(?:this|the)\s+(?:case|action)|all\s+proceedings))?",
    re.I,
)
_NOT_PARTIES = re.compile(r"^(?:all|each|every|the\s+claims?|claims?|counts?)\b", re.I)


def find_stays(text: str, refs: list[Ref]) -> list[StayDraft]:
    """The stays ``text`` imposes, in order."""
    if "stay" not in text.lower():
        return []
    out: list[StayDraft] = []
    for m in _STAYED.finditer(text):
        if contemplated(text, m.start(), m.end()):
            continue  # "Defendant asks that discovery be stayed", "RECOMMENDING that ... be stayed"
        what = (m.group("what") or m.group("what2") or "").lower()
        if (
            m.group("dl")
            and _DETERMINED.match(m.group("dl")) is None
            and _word_before(text, m.start()) not in _WHOLE_DEADLINES
        ):
            continue  # "the briefing deadlines are stayed": one paper's, not the case's
        scope = StayScope.DISCOVERY if "discovery" in what else StayScope.CASE
        base = m.end()
        rest = text[base:]
        parties: tuple[str, ...] = ()
        as_to = m.group("asto1")
        if as_to is None:
            a = _AS_TO.match(rest)
            if a is not None:
                parties = _names(a.group("names"))
                rest = rest[a.end() :]
                base += a.end()
        else:
            a = _AS_TO.match(as_to)
            parties = _names(a.group("names")) if a is not None else ()
        if parties:
            scope = StayScope.PARTIES
        until = None
        u = _UNTIL.match(rest)
        if u is not None and not re.match(
            r"\s*(?:further|the|a|such|resolution|ruling)", u.group("date"), re.I
        ):
            until = parse_date(u.group("date"))
        p = _PENDING.match(rest) or _UNTIL_RULING.match(rest)
        docs: tuple[int, ...] = ()
        kind: MotionKind | None = None
        indefinite = False
        if p is not None and until is None:
            offset = base + p.start("what")
            span_end = base + p.end("what")
            docs = tuple(r.doc for r in refs if offset <= r.start < span_end)
            words = p.group("what")
            if not docs:
                if _NOT_A_MOTION.match(words) or "motion" not in words.lower():
                    indefinite = True
                else:
                    kind = motion_kind(words)
        out.append(StayDraft(scope, parties, until, docs, kind, indefinite))
    if not out:
        granted = _GRANTS_STAY.search(text)
        if granted is not None:
            a = _AS_TO.match(text[granted.end() :])
            if a is not None and not _NOT_PARTIES.match(a.group("names")):
                # "granting 20 Motion to Stay as to Defendant Acme Corp. only": the stay the
                # motion asked for, reaching that party alone, not the whole case.
                out.append(StayDraft(StayScope.PARTIES, _names(a.group("names"))))
    return out


#: A motion's title asking for a stay: "MOTION to Stay Proceedings", "Motion for Stay".
_ASKS_STAY = re.compile(
    r"\b(?:to\s+stay|for\s+(?:a\s+)?stay)(?:\s+(?:of\s+)?(?:discovery|proceedings|(?:this|the)\s+"
    r"(?:case|action)|all\s+proceedings))?",
    re.I,
)


def parties_asked(title: str) -> tuple[str, ...]:
    """The parties a motion to stay asks to stay the case as to, when its title limits it
    ("MOTION to Stay Proceedings as to Defendant Acme Corp. only"); empty when it does not."""
    asked = _ASKS_STAY.search(title)
    if asked is None:
        return ()
    a = _AS_TO.match(title[asked.end() :])
    if a is None or _NOT_PARTIES.match(a.group("names")):
        return ()
    return _names(a.group("names"))


#: Further words that lift the stay in force: "This matter is no longer stayed", "the case
#: shall no longer be stayed", "Plaintiff's motion to lift the stay is GRANTED" (the motion's
#: relief given, whether or not the motion is on the docket), "granting ... motion to lift
#: stay".
_NO_LONGER_STAYED = re.compile(
    r"\b(?P<of>case|action|matter|proceedings?|discovery)\s+(?:is|are|shall|will)\s+(?:be\s+)?no\s+longer\s+"
    r"(?:be\s+)?stayed\b(?![^.;]{0,60}\b(?:once|when|after|upon|until|if|unless)\b)"
    r"|\bmotion\s+to\s+(?:lift|dissolve|vacate)\s+(?:the\s+)?stay\b[^.;]{0,60}?\b(?:is|are)\s+"
    r"(?:hereby\s+)?(?:granted|allowed)\b"
    r"|\bgranting\s+(?:\S+\s+){0,4}?motion\s+to\s+(?:lift|dissolve|vacate)\s+(?:the\s+)?stay\b",
    re.I,
)


#: A lift that waits on something yet to come: "The stay shall be lifted upon the filing of a
#: status report", "... once the appeal is decided".
_LIFTS_LATER = re.compile(r"[\s,]*(?:upon|once)\b", re.I)


def _not_now(text: str, m: re.Match[str]) -> bool:
    """Whether the lift worded by ``m`` is only asked for, recommended, denied or put on a
    condition ("Plaintiff asks that the stay be lifted", "The Court declines to lift the
    stay", "... shall be lifted upon the filing of a status report")."""
    return contemplated(text, m.start(), m.end()) or _LIFTS_LATER.match(text, m.end()) is not None


def find_lifts(text: str) -> list[LiftDraft]:
    """The stays ``text`` lifts."""
    if "stay" not in text.lower() and "STAY" not in text:
        return []
    out: list[LiftDraft] = []
    for m in _NO_LONGER_STAYED.finditer(text):
        if _not_now(text, m):
            continue
        of = (m.group("of") or "").lower()
        out.append(LiftDraft(StayScope.DISCOVERY if of == "discovery" else None))
    for m in _LIFT.finditer(text):
        if _NOT_LIFTING.search(text, max(0, m.start() - 40), m.start()) or _not_now(text, m):
            continue
        of = (m.group("of") or m.group("of2") or "").lower()
        if "discovery" in of:
            out.append(LiftDraft(StayScope.DISCOVERY))
        elif of:
            out.append(LiftDraft(StayScope.CASE))
        else:
            out.append(LiftDraft(None))
    return out
