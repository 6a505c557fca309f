"""Reading service, answers and default in docket text: a summons or a waiver of service
returned executed, an answer to the complaint, the clerk's entry of default and a request
for it.

Only wording that cannot mean anything else is read. A return opens with "SUMMONS Returned
Executed" or "WAIVER OF SERVICE Returned Executed" (never "Unexecuted", "Issued" or a
request); each "NAME served on M/D/YYYY, answer due M/D/YYYY" (or "NAME waiver sent on
...") clause names one defendant and its dates, as CM/ECF writes them. A return that gives
no such clause ("All Defendants.") is read with no names and no date: replay applies it to
the only defendant, or flags it, and never counts from a date it was not given. An answer
names its defendants after "by" only when it answers the complaint (or an amended one).
"Clerk's ENTRY OF DEFAULT as to X" is the clerk's entry of default (FRCP 55(a)); "REQUEST for
Entry of Default against X" asks for it (a "MOTION for Entry of Default" stays a motion, for
the order ruling on it to find). An entry marked vacated, or one that sets a default aside,
is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from docket.ingest._appeals import named_after_by
from docket.ingest._text import may_say
from docket.ingest.draft import ServedDraft
from docket.ingest.refs import find_refs

__all__ = [
    "VACATED_MARK",
    "abeyance_of",
    "answerers",
    "default_entry",
    "defaults_set_aside",
    "service_entry",
]

_SUMMONS = re.compile(r"^\W*summons\s+returned\s+executed\b", re.I)
_WAIVER = re.compile(r"^\W*waiver\s+of\s+service\s+returned\s+executed\b", re.I)
_DATE = r"(\d{1,2}/\d{1,2}/\d{4})"
#: One clause: the name (after the last sentence break before it), and its dates.
_CLAUSE = re.compile(
    r"(?P<name>[^.;:]*?(?:(?:\b(?:U\.S|Inc|Co|Corp|Ltd|Jr|Sr|L\.L\.C|N\.A|P\.C)\.)[^.;:]*?)*)"
    r"\s+(?P<how>served|waiver\s+sent)\s+on\s+"
    + _DATE
    + r"(?:\s*,\s*answer\s+due\s+"
    + _DATE
    + ")?",
    re.I,
)
_ALL = re.compile(r"\ball\s+defendants\b", re.I)
#: An answer to the complaint (not to a counterclaim or crossclaim).
_TO_COMPLAINT = re.compile(
    r"^\W*answer\s+to\s+(?:\d+\s+)?(?:(?:first|second|third|\w+)\s+)?(?:amended\s+)?"
    r"(?:complaint|notice\s+of\s+removal|petition)\b",
    re.I,
)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    month, day, year = (int(p) for p in text.split("/"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: What a clause needs after its name (:data:`_CLAUSE`), in lowered ASCII text: where the
#: last of these starts, no clause can start after.
_SERVED_ON = re.compile(r"(?:served|waiver\s+sent)\s+on\s+\d{1,2}/\d{1,2}/\d{4}")


def _clauses(body: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_CLAUSE` in ``body``, in order. Its name, read lazily from
    every position, makes a search that finds nothing cost the square of the text's length;
    a search is not begun where no clause can follow (ASCII text only: elsewhere
    ``re.IGNORECASE`` matches letters ``str.lower`` keeps apart)."""
    last = len(body)
    if body.isascii():
        last = -1
        for cue in _SERVED_ON.finditer(body.lower()):
            last = cue.start()
    pos = 0
    while pos <= last and (m := _CLAUSE.search(body, pos)) is not None:
        yield m
        pos = m.end()


def service_entry(body: str) -> tuple[str, tuple[ServedDraft, ...]] | None:
    """``("summons_served" | "waiver_returned", the defendants it names)`` if ``body`` is
    a return of service executed; else ``None``."""
    if _SUMMONS.match(body):
        kind = "summons_served"
    elif _WAIVER.match(body):
        kind = "waiver_returned"
    else:
        return None
    served = []
    for m in _clauses(body):
        name = m.group("name").strip(" ,")
        name = re.sub(r"^(?:and|by)\s+", "", name, flags=re.I).strip()
        if not name:
            continue
        served.append(ServedDraft(name, _date(m.group(3)), _date(m.group(4))))
    if not served and _ALL.search(body):
        served.append(ServedDraft("Defendants", None, None))
    return kind, tuple(served)


_DEFAULT_ENTERED = re.compile(r"^\W*(?:clerk'?s\s+)?entry\s+of\s+default\b", re.I)
_DEFAULT_REQUESTED = re.compile(
    r"^\W*request\s+for\s+(?:the\s+)?(?:clerk'?s\s+)?entry\s+of\s+default\b", re.I
)
_AGAINST = re.compile(r"\b(?:as\s+to|against)\s+(?P<who>.+)", re.I)
_WHO_END = re.compile(
    r"(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\bU\.S)\.(?:\s|$)|\(|;"
    r"|\s+(?:by|filed|for\s+failure|pursuant|signed)\b",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?!(?:inc|llc|l\.l\.c|corp|co|ltd)\b)", re.I)
_SET_ASIDE = re.compile(r"\b(?:vacat|set\s+aside|setting\s+aside|withdraw)", re.I)


def _against(body: str) -> tuple[str, ...]:
    m = _AGAINST.search(body)
    if m is None:
        return ()
    who = _WHO_END.split(m.group("who"), maxsplit=1)[0].strip().rstrip(".,")
    return tuple(p.strip() for p in _SPLIT.split(who) if p.strip())


def default_entry(body: str) -> tuple[str, tuple[str, ...]] | None:
    """``("default_entered" | "default_requested", the defendants it names)`` if ``body``
    is the clerk's entry of default or a request for it; else ``None``."""
    if not may_say(body, "default"):
        return None  # neither pattern can match: a cheap test before them
    if _SET_ASIDE.search(body[:80]):
        return None
    if _DEFAULT_ENTERED.match(body):
        return "default_entered", _against(body)
    if _DEFAULT_REQUESTED.match(body):
        return "default_requested", _against(body)
    return None


#: The clerk's mark on an entry later vacated ("**VACATED PER DKT 20 **Clerk's ENTRY ...").
VACATED_MARK = re.compile(r"^\W*vacated\b", re.I)
_SETS_ASIDE = re.compile(
    r"\bset(?:s|ting)?\s+aside\s+(?:the\s+)?(?:clerk'?s\s+)?(?:entry\s+of\s+)?default\b"
    r"|\b(?:clerk'?s\s+)?entry\s+of\s+default\s+(?:\(?(?:doc\.?|dkt\.?)?\s*\d+\)?\s+)?"
    r"(?:is|be|shall\s+be)\s+(?:hereby\s+)?(?:set\s+aside|vacated)\b",
    re.I,
)


def defaults_set_aside(body: str) -> tuple[str, ...]:
    """For an order setting aside an entry of default (FRCP 55(c)), the defendants it names
    right after ("as to X"), else every defendant in default ("Defendants"); else ``()``."""
    if not may_say(body, "default"):
        return ()  # the pattern cannot match: a cheap test before it
    m = _SETS_ASIDE.search(body)
    if m is None:
        return ()
    after = body[m.end() : m.end() + 200]
    named = _against(after) if re.match(r"\s*(?:as\s+to|against)\b", after, re.I) else ()
    return named or ("Defendants",)


#: "X's ANSWER to Complaint by ...": CM/ECF's event word after the filer's own name.
_LATE_HEAD = re.compile(
    r"^(?P<before>[^\n]{0,160}?)\bANSWER\s+(?i:to\s+(?:\d+\s+)?(?:(?:first|second|third)\s+)?"
    r"(?:amended\s+)?complaint)\b"
)
_OTHER_HEADS = re.compile(
    r"\b(?:NOTICE|MOTION|ORDER|REPLY|RESPONSE|MEMORANDUM|STIPULATION|LETTER|BRIEF|DECLARATION|"
    r"AFFIDAVIT|EXHIBIT|OBJECTION|SUMMONS|CERTIFICATE|STRIKE|re:?)\b"
)


def late_answer(body: str) -> tuple[str, ...] | None:
    """The defendants of an answer whose event word comes after the filer's name ("Annora
    Pharma Private Limited's ANSWER to Complaint by All Defendants"), if ``body`` is one and
    names no other paper before it; else ``None``."""
    m = _LATE_HEAD.match(body)
    if m is None or _OTHER_HEADS.search(m.group("before")):
        return None
    return named_after_by(body[m.start("before") + len(m.group("before")) :])


def answerers(body: str) -> tuple[str, ...]:
    """The defendants an answer to the complaint names after "by" (empty for an answer to
    a counterclaim or crossclaim, or one that names no one)."""
    if not _TO_COMPLAINT.match(body):
        return ()
    return named_after_by(body)


_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z*])")
_ABEYANCE = re.compile(r"\bin\s+abeyance\b", re.I)
_ASKS = re.compile(
    r"\b(?:motion|request|application)\s+(?:to|for)\s+(?:an?\s+)?(?:hold|abeyance|place|stay\s+and\s+hold)\b",
    re.I,
)
_ENDS = re.compile(
    r"\b(?:lift\w*|remov\w*|no\s+longer|end\w*|terminat\w*)\b[^.;]{0,40}\babeyance|\babeyance\b[^.;]{0,40}\b(?:is|be|shall\s+be|are)\s+(?:hereby\s+)?(?:lifted|removed|terminated|ended)",
    re.I,
)
_PENDING = re.compile(r"\b(?:pending|until)\b", re.I)


#: What an order says of one abeyance: the numbers held, the numbers waited on, its words.
AbeyanceRead = tuple[tuple[int, ...], tuple[int, ...], str | None]


def abeyance_of(body: str) -> tuple[AbeyanceRead, ...]:
    """What an order says of abeyance, sentence by sentence: for each sentence holding
    motions in abeyance, ``(the docket numbers held, the numbers it waits on, its words
    after "pending")``; a sentence ending an abeyance gives ``(numbers, (), "lifted")``. A
    motion asking for abeyance, or a sentence naming no docket number, is not read."""
    out: list[AbeyanceRead] = []
    for sentence in _SENTENCE.split(body):
        if not _ABEYANCE.search(sentence) and "abeyance" not in sentence.lower():
            continue
        if _ASKS.search(sentence):
            continue
        refs = find_refs(sentence)
        if _ENDS.search(sentence):
            docs = tuple(dict.fromkeys(r.doc for r in refs))
            if docs:
                out.append((docs, (), "lifted"))
            continue
        at = _ABEYANCE.search(sentence)
        if at is None:
            continue
        wait = _PENDING.search(sentence, at.end())
        cut = wait.start() if wait is not None else len(sentence)
        held = tuple(dict.fromkeys(r.doc for r in refs if r.end <= cut))
        if not held:
            continue
        pending = tuple(dict.fromkeys(r.doc for r in refs if r.start >= cut))
        words = sentence[wait.start() :].strip(" .;") if wait is not None else None
        out.append((held, pending, words))
    return tuple(out)


_EXTENDS = re.compile(
    r"\b(?:extend\w*|extension\s+of)\s+(?:the\s+)?(?:deadline|time)\s+(?:for\s+[\w.,' ]{1,60}?\s+)?"
    r"to\s+(?:answer|plead|respond\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:amended\s+)?complaint|"
    r"file\s+(?:an?\s+)?(?:answer|responsive\s+pleading))",
    re.I,
)
_ANSWER_DUE = re.compile(r"\banswer\s+(?:now\s+)?due\s+(?:by|on)?\s*(\d{1,2}/\d{1,2}/\d{4})", re.I)
_UNTIL = re.compile(
    r"\b(?:to|until|through|by|on\s+or\s+before|now\s+due)\s+(?:and\s+including\s+)?"
    r"(\d{1,2}/\d{1,2}/\d{4})",
    re.I,
)
_FOR = re.compile(r"\b(?:for|as\s+to)\s+(?P<who>[A-Z][^;()]{0,80}?)\s+to\s+\d{1,2}/")
_RETURN = re.compile(r"\bserved\s+on\b|\bwaiver\s+sent\s+on\b", re.I)


def answer_extension(body: str) -> tuple[tuple[str, ...], date | None] | None:
    """``(whose, the new day)`` if ``body`` extends the time to answer ("Extension of Time to
    Answer ... is GRANTED ... for X to 12/11/2017", "STIPULATION Extending Time to Answer ...
    answer now due 7/3/2014", "Set/Reset Deadlines: Answer due by 7/31/2009"); the day is
    ``None`` when the entry does not give one, the names empty when it names no one."""
    if not may_say(body, "answer", "exten"):
        return None  # neither pattern can match: a cheap test before them
    if _SUMMONS.match(body) or _WAIVER.match(body) or _RETURN.search(body):
        return None  # a return of service states the first answer date, not an extension
    due = _ANSWER_DUE.search(body)
    ext = _EXTENDS.search(body)
    if ext is None and due is None:
        return None
    if due is not None:
        return (), _date(due.group(1))
    assert ext is not None
    until = _UNTIL.search(body, ext.end())
    who = _FOR.search(body, ext.end())
    names = (who.group("who").strip(),) if who is not None else ()
    return names, _date(until.group(1)) if until is not None else None
