"""Reading the condition on which an order lets a movant refile a motion it denies.

A denial without prejudice may let the movant refile at once ("with leave to re-file") or
once something happens ("without prejudice to renewal after the Court rules on 23", "may
file a renewed motion on or after March 1, 2017", "without prejudice to renewal once the
stay is lifted"), and may bound it by a deadline ("without prejudice to renewal by December
1, 2014", "may refile within fourteen (14) days of this order"). The words after the leave
phrase are read as a short grammar: terms, each a condition or a deadline, then the end of
the clause. A condition is read into the engine's vocabulary only where its words name
something the docket records: a motion's resolution by its number, a calendar date, the
stay being lifted; a deadline only where it is a calendar date or a count of days from the
order itself. Anything else ("after completing service", "within 14 days after the close of
discovery", "if appropriate", "after the motion to dismiss is decided" with no number) is
left unread, so a person reviews the leave: a wrong leave is worse than a flagged one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from docket.events import (
    CaseReopened,
    Condition,
    DateReached,
    DiscoveryClosed,
    FinalJudgment,
    MotionResolved,
    QualifiedImmunityOvercome,
    StaysLifted,
    motion_denied_at_least_in_part,
)
from docket.ingest.stays import parse_date

__all__ = ["Offer", "Terms", "read_condition", "read_terms", "refiling_offer"]


class Terms(NamedTuple):
    """What an order's words put on refiling: a condition to wait for, a last day, or a
    number of days from the order (each ``None`` when the words set none)."""

    condition: Condition | None = None
    until: date | None = None
    within_days: int | None = None
    #: Days from the day ``condition`` comes to pass ("within 14 days after the stay is lifted").
    within_after: int | None = None


#: "by December 1, 2014", "no later than 3/1/2017", "on or before March 1, 2017", "until
#: March 1, 2017": the last day to refile ("before March 1" leaves the day before).
_BY = re.compile(
    r"\s*,?\s*(?P<word>by|(?:no|not)\s+later\s+than|on\s+or\s+before|before|until|through)\s+"
)
#: "within 14 days", "within fourteen (14) days", "within 30 calendar days".
_WITHIN = re.compile(
    r"\s*,?\s*within\s+(?:(?P<word>[a-z]+(?:-[a-z]+)?)\s+)?\(?(?P<n>\d{1,3})?\)?\s*(?:calendar\s+)?"
    r"days\b"
)
#: What a count of days may run from: this order alone ("of this order", "from the date of
#: this Order", "of the entry of this order"), or nothing said (the order's own date).
_FROM_ORDER = re.compile(
    r"\s+(?:of|from|after)\s+(?:the\s+)?(?:date\s+of\s+|entry\s+of\s+)?(?:this|the\s+court'?s|the"
    r"\s+present)\s+order\b|\s+hereof\b"
)
_FROM_OTHER = re.compile(r"\s+(?:of|from|after|following)\b")
_SMALL = {
    w: i
    for i, w in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
}
_SMALL.update({"twenty-one": 21, "twenty-eight": 28, "thirty": 30, "sixty": 60, "ninety": 90})
#: What may join two terms: "after the stay is lifted, and by March 1" is not joined so.
_SEP = re.compile(r"\s*,?\s*")


def read_terms(low: str, at: int, stop: int) -> Terms | None:
    """The terms the words of ``low`` from ``at`` (just after the leave phrase) to ``stop``
    (the end of its sentence) put on refiling: ``Terms()`` when they put none, ``None``
    when they put one the reader cannot tie to the docket. ``low`` is the order's text in
    lower case."""
    condition: Condition | None = None
    until: date | None = None
    within: int | None = None
    after: int | None = None
    end = at
    if (manner := _MANNER.match(low, end, stop)) is not None:
        end = (
            manner.end()
        )  # "with leave to renew by motion for summary judgment ...": how, not when
    while True:
        if until is None and within is None and after is None and _starts_deadline(low, end, stop):
            counted = _within_after(low, end, stop) if condition is None else None
            if counted is not None:
                # "within 14 days after the stay is lifted": leave opens with the condition,
                # for that many days.
                condition, after, end = counted
                continue
            term = _deadline(low, end, stop)
            if term is None:
                return None  # a deadline the reader cannot count: "within 14 days after ..."
            until, within, end = term
            continue
        if condition is None and _LEAD.match(low, end, stop) is not None:
            found = read_condition(low, end, stop, whole=False)
            if found is None:
                return None
            condition, end = found
            continue
        break
    rest = low[end:stop]
    if _MORE.search(rest) is not None or _TERM_WORD.search(rest) is not None:
        return None  # another term or condition the grammar does not place
    return Terms(condition, until, within, after)


class Offer(NamedTuple):
    """Leave to refile in words that offer to take the paper again, or leave it to the movant's
    election.

    Attributes:
        found: The words; its terms, if any, follow them.
        election: The words leave refiling to the movant's election ("Should Defendants elect
            to re-file their motion, ..."), which any denial may give; else they offer to take
            a paper again, revised, which only a denial without prejudice gives.
        unread: The terms are left to a person: an election whose sentence goes on with other
            duties ("..., the parties shall meet and confer and file ...").
        paper: The paper offered to be taken again, when not a motion ("protective order"):
            leave only for the motion that asked for it.
    """

    found: re.Match[str]
    election: bool = False
    unread: bool = False
    paper: str | None = None


#: "The parties may submit a revised proposed protective order", "Plaintiff may file a
#: corrected application", "Defendant is free to present a properly supported request".
_RESUBMIT = re.compile(
    r"\b(?:may|can|(?:is|are)\s+free\s+to|(?:is|are)\s+permitted\s+to|(?:is|are)\s+invited\s+to)\s+"
    r"(?:re-?)?(?:submit|file|present|lodge)\s+(?:a\s+|an\s+)?"
    r"(?:revised|corrected|modified|proper|properly\s+supported|substitute|new|renewed|amended)\s+"
    r"(?:(?:joint|stipulated|agreed|proposed|consent)\s+)*"
    r"(?P<paper>(?:[a-z]+\s+)?(?:order|stipulation)|motion|application|request|petition)s?\b"
)
#: An election to refile: "Should Defendants elect to re-file their motion for summary judgment,
#: ...", "If Plaintiff wishes to renew the application, she may do so by May 1, 2017" (its terms
#: then follow "may do so").
_ELECTION = re.compile(
    r"\b(?:should|if|in\s+the\s+event\s+(?:that\s+)?)\s+(?:[\w.'\u2019-]+\s+){1,4}?"
    r"(?:elects?|chooses?|decides?|wish(?:es)?|seeks?|intends?|wants?|desires?)\s+to\s+"
    r"(?:re-?\s?(?:file|new|submit|urge|assert)\w*|file\s+(?:a\s+|an\s+)?(?:renewed|new|second|"
    r"substitute)\s+motion)[^.;,]{0,80}?,\s*(?P<so>(?:[\w.'\u2019-]+\s+){1,3}?(?:may|can|shall|must)\s+"
    r"do\s+so\b)?"
)
_MOTION_PAPERS = frozenset(["motion", "application", "request", "petition"])


def refiling_offer(low: str, at: int, stop: int) -> Offer | None:
    """Leave to refile in the words of ``low`` from ``at`` to ``stop`` (after a denial, up
    to the end of the next sentence) that offer to take the paper again or leave it to the
    movant's election, if any. ``low`` is the order's text in lower case."""
    if (m := _ELECTION.search(low, at, stop)) is not None:
        return Offer(m, election=True, unread=m.group("so") is None)
    if (m := _RESUBMIT.search(low, at, stop)) is not None:
        paper = m.group("paper")
        return Offer(m, paper=None if paper in _MOTION_PAPERS else paper)
    return None


#: The way the motion may be renewed, which sets no term: "by motion for summary judgment", "by
#: way of a properly supported motion", "in a renewed motion under Rule 56", "through a motion
#: for judgment on the pleadings".
_MANNER = re.compile(
    r"\s*,?\s*(?:by\s+(?:way\s+of\s+)?|in\s+|through\s+)(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:properly\s+supported|proper|timely|renewed|new|separate|subsequent|dispositive|formal)\s+)*"
    r"motion(?:\s+(?:for\s+(?:partial\s+)?summary\s+judgment|for\s+judgment\s+on\s+the\s+pleadings"
    r"|to\s+dismiss|under\s+(?:fed(?:eral)?\.?\s+)?(?:r(?:ule)?\.?\s*(?:civ\.?\s+p\.?\s*)?)?\d{1,2}"
    r"(?:\s*\([a-z0-9]\))*))?\b"
)


#: What a count of days may run from besides the order: the case reopened ("of the date this
#: action is reopened", "of reopening"), which :func:`read_condition` does not lead to.
_REOPENED = re.compile(
    r"\s+(?:of|from|after|following)\s+(?:the\s+)?(?:date\s+(?:on\s+which\s+|that\s+)?)?"
    r"(?:(?:this|the)\s+(?:case|action|matter)\s+(?:is|has\s+been)\s+reopened"
    r"|reopening(?:\s+of\s+(?:this|the)\s+(?:case|action|matter))?)\b"
)


def _within_after(low: str, at: int, stop: int) -> tuple[Condition, int, int] | None:
    """A count of days from something the docket records ("within 14 days after the stay is
    lifted", "within twenty-one (21) days from the date this action is reopened", "within 30
    days after the Court rules on 23"): (the condition, the days, where its words end)."""
    m = _WITHIN.match(low, at, stop)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n") else _SMALL.get(m.group("word") or "")
    if n is None or n < 1 or _FROM_ORDER.match(low, m.end(), stop) is not None:
        return None
    if (r := _REOPENED.match(low, m.end(), stop)) is not None:
        return CaseReopened(), n, r.end()
    lead = _FROM_OTHER.match(low, m.end(), stop)
    if lead is None or lead.group(0).split()[0] not in ("after", "following", "of", "from"):
        return None
    # Read the condition as if "after" led it: "of the close of discovery", "after the
    # entry of judgment".
    found = read_condition("after " + low[lead.end() :], 0, stop - lead.end() + 6, whole=False)
    if found is None:
        return None
    condition, end = found
    if isinstance(condition, DateReached):
        return None  # "within 14 days after March 1" is a day, not a condition
    return condition, n, lead.end() + end - 6


#: A word that starts a term the grammar has not read ("within 14 days after discovery",
#: "until", "once", "upon").
_TERM_WORD = re.compile(r"\b(?:after|upon|once|following|when|until|within|by|before|no\s+later)\b")


def _starts_deadline(low: str, at: int, stop: int) -> bool:
    return _BY.match(low, at, stop) is not None or _WITHIN_WORD.match(low, at, stop) is not None


#: "within", wherever a count of days may follow.
_WITHIN_WORD = re.compile(r"\s*,?\s*within\b")


def _deadline(low: str, at: int, stop: int) -> tuple[date | None, int | None, int] | None:
    """A deadline at ``at``: (last day, days from the order, where its words end)."""
    if (m := _BY.match(low, at, stop)) is not None:
        day = _date_at(low, m.end(), stop)
        if day is None:
            return None
        on, end = day
        return (on - timedelta(days=1) if m.group("word") == "before" else on), None, end
    if (m := _WITHIN.match(low, at, stop)) is not None:
        n = int(m.group("n")) if m.group("n") else _SMALL.get(m.group("word") or "")
        if n is None or n < 1:
            return None
        end = m.end()
        if (f := _FROM_ORDER.match(low, end, stop)) is not None:
            end = f.end()
        elif _FROM_OTHER.match(low, end, stop) is not None:
            return None  # days counted from something else: "within 14 days after judgment"
        return None, n, end
    return None


#: The word that ties refiling to something yet to happen.
_LEAD = re.compile(
    r"(?:(?!within\b)[^.;]){0,30}?\b(?P<word>after|upon|once|following|when|on\s+or\s+after|at|if|should"
    r"|in\s+the\s+event(?:\s+that)?)\s+(?=\S)"
)

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
#: "the entry of judgment", "entry of final judgment", "judgment is entered": a final
#: judgment (a motion for fees or costs comes after it, FRCP 54(d)).
_JUDGMENT = re.compile(
    r"(?:the\s+)?entry\s+of\s+(?:a\s+|the\s+)?(?:final\s+)?judgment\b"
    r"|(?:a\s+|the\s+)?(?:final\s+)?judgment\s+(?:is|has\s+been)\s+entered\b"
)
#: "the close of discovery", "the completion of discovery", "discovery closes": all of
#: discovery ("the close of fact discovery" is another day, left unread).
_DISCOVERY = re.compile(
    r"(?:the\s+)?(?:close|closing|completion|conclusion|end)\s+of\s+(?:all\s+)?discovery\b"
    r"|discovery\s+(?:closes|has\s+closed|is\s+closed|is\s+completed?|has\s+been\s+completed"
    r"|ends)\b"
)
#: "Plaintiff overcome(s) Defendants' qualified immunity", "plaintiff defeats the defense of
#: qualified immunity (Doc. 30)": the motion asserting the immunity denied at least in part;
#: its number when the words give one, else replay ties it to the motion asserting it.
_IMMUNITY = re.compile(
    r"(?:the\s+)?plaintiffs?(?:['\u2019]s?)?\s+(?:(?:is|are)\s+able\s+to\s+|can\s+)?"
    r"(?:overcomes?|defeats?)\s+(?:the\s+)?(?:[\w.]+['\u2019]s?\s+){0,2}"
    r"(?:(?:assertions?|defenses?|claims?)\s+of\s+)?qualified\s+immunity(?:\s+defenses?)?"
    r"(?:\s*[\[(]?\s*(?:(?:ecf|doc|dkt|docket)\.?\s*(?:no\.?\s*)?)?(?P<n>\d{1,5})\s*[\])]?)?"
)
#: Words that lead a condition only as "should Plaintiff overcome qualified immunity".
_IF_WORDS = frozenset(["if", "should", "in the event", "in the event that"])
#: A condition's words must end the clause: "and", "or", "unless", "provided", "if"
#: after it join another condition the reader would drop.
_MORE = re.compile(r"\b(?:and|or|unless|provided|if|except|but|only)\b")


def read_condition(
    low: str, at: int, stop: int, *, whole: bool = True
) -> tuple[Condition, int] | None:
    """The condition the words of ``low`` from ``at`` put on refiling, and where its words
    end, or ``None`` when they put one the reader cannot tie to the docket. With ``whole``,
    the condition must end the clause (up to ``stop``, the end of its sentence); without,
    :func:`read_terms` reads what follows. ``low`` is the order's text in lower case."""
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
    elif (m := _IMMUNITY.match(low, start, stop)) is not None:
        n = m.group("n")
        found = QualifiedImmunityOvercome() if n is None else motion_denied_at_least_in_part(int(n))
        end = m.end()
    elif (m := _JUDGMENT.match(low, start, stop)) is not None:
        found, end = FinalJudgment(), m.end()
    elif (m := _DISCOVERY.match(low, start, stop)) is not None:
        found, end = DiscoveryClosed(), m.end()
    elif word in ("after", "on or after") and (day := _date_at(low, start, stop)) is not None:
        on, end = day
        # "after March 1" opens the day after; "on or after March 1" that day.
        found = DateReached(on=on if word != "after" else on + timedelta(days=1))
    if word == "at" and not isinstance(found, DiscoveryClosed):
        return None  # "at" leads only "at the close of discovery"
    if " ".join(word.split()) in _IF_WORDS and _IMMUNITY.match(low, start, stop) is None:
        return None  # "if appropriate", "should the parties agree": not read
    if found is None or (whole and _MORE.search(low, end, stop) is not None):
        return None
    return found, end


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
