"""The head of a docket entry: the CM/ECF event its text opens with.

CM/ECF writes an entry as ``[modifiers] EVENT rest``: "Joint MOTION for Extension of Time",
"MINUTE ORDER granting ...", "RESPONSE in Opposition re 19 MOTION", "Defendant's ANSWER to
Complaint". The head is the first event word after nothing but modifiers (capitalised words,
possessives, "Ex Parte", bracketed or starred notes); an entry whose opening words are not
modifiers ("Arrest of ...", "Set/Reset Deadlines") has no head.
"""

# ruff: noqa: SIM905 (word lists read best as one string)
from __future__ import annotations

import re

from docket.ingest._text import lowered_twin

__all__ = ["HEADS", "head_of"]

#: Each head's pattern, tried in this order at the same position (longer phrases first).
#: The name is the head's category.
HEADS: tuple[tuple[str, str], ...] = (
    ("error", r"entered\s+in\s+error|filing\s+error|deficient\s+(?:docket\s+)?entry"),
    ("proposed", r"\[?proposed\]?\s+(?:\w+\s+){0,2}(?:order|judgment)"),
    (
        "motion_generic",
        r"motion\s+notice|motions?\s*(?:\(s\)\s*)?(?:hearing|referred|no\s+longer\s+referred|terminated|reassigned|submitted|"
        r"related|taken\s+under|under\s+advisement|deadlines?|set|reset|due|schedule|in\s+limine\s+hearing)",
    ),
    (
        "notice_motion",
        r"notice\s+(?:of\s+(?:[\w']+\s+){0,3}motions?\s*(?:;|,|and|&)|and)\s*(?:and\s+)?"
        r"(?:[\w']+\s+){0,3}motions?",
    ),
    ("notice_of_motion", r"notice\s+of\s+motion"),
    ("request", r"request(?=\s+(?:to|for)\b)"),
    (
        "withdrawal",
        r"(?:notice\s+of\s+)?withdrawal(?!\s+(?:of\s+|as\s+)?(?:appearance|attorney|counsel))",
    ),
    (
        "briefing",
        r"notice\s+(?:of\s+)?(?:briefing\s+complete|completion\s+of\s+briefing|that\s+(?:\w+\s+){0,4}fully\s+briefed)",
    ),
    (
        "complaint",
        r"notice\s+of\s+removal|voluntary\s+petition|petition\s+for\s+(?:a\s+)?writ\s+of\s+habeas",
    ),
    (
        "closed",
        r"(?:civil\s+|criminal\s+|bankruptcy\s+|adversary\s+)?case\s+(?:closed|terminated)|"
        r"terminated\s+case|closed\s+dismissed|adversary\s+proceeding\s+closed|final\s+decree|"
        r"\*+\s*civil\s+case\s+terminated",
    ),
    (
        "judgment",
        r"(?:order\s+(?:and|&)\s+)?(?:final\s+)?judge?ments?(?!\s+(?:of\s+acquittal|debtor))",
    ),
    (
        "order",
        r"(?:minute|text|text-only|oral|electronic|paperless|endorsed|docket|letter|"
        r"scheduling|protective|standing|consent|agreed|stipulated|clerk'?s)\s+order|"
        r"memorandum\s+(?:opinion\s+)?(?:and|&)\s+order|memorandum\s+(?:opinion|decision|order)|"
        r"memorandum\s+of\s+decision|ruling|"
        # "REPORT OF HEARING AND ORDER", "NOTICE AND ORDER": a record the order joins.
        r"(?:report|notice)\s+(?:of\s+(?:(?!motion)[\w-]+\s+){1,3}?)?(?:and|&)\s+order|"
        r"memorandum\s+(?:and|&)\s+opinion|opinion\s+(?:and|&)\s+order|decision\s+(?:and|&)\s+order|"
        r"stipulation\s+(?:and|&)\s+(?!\[?proposed)(?:[\w-]+\s+){0,2}order|memo\s*-?\s*endorsement|memo\s*-?\s*endorsed|"
        r"endorsed\s+letter|so\s+ordered|order|opinion|decision|endorsement",
    ),
    ("minute", r"minute\s+entry|minutes?|proceedings\s+held|courtroom\s+minutes"),
    (
        "response",
        r"(?:memorandum|brief|memorandum\s+of\s+law|memorandum\s+of\s+points\s+and\s+authorities)"
        r"\s+in\s+(?:partial\s+)?opposition|(?:memorandum|brief)\s+in\s+(?:response|repsonse|reponse)|"
        r"response|responce|repsonse|reponse|opposition|objection|responsive\s+memorandum|"
        r"sur-?\s?reply|surreply",
    ),
    (
        "reply",
        r"(?:memorandum|brief|memorandum\s+of\s+law)\s+in\s+reply|reply|reply\s+memorandum|reply\s+brief",
    ),
    ("motion", r"letter\s+motion|motions?|applications?|petition(?!\s+for\s+(?:a\s+)?writ)"),
    ("answer", r"answers?(?!\s+(?:to\s+)?interrogator)"),
    ("complaint", r"complaint|indictment|information(?=\s+as\s+to)|petition"),
    (
        "generic",
        r"notice|stipulation|memorandum|brief|declaration|affidavit|exhibits?|certificates?|"
        r"certification|statement|transcripts?|summons(?:es)?|letters?|documents?|report|praecipe|"
        r"redaction|appearance|waiver|return|receipt|mandate|verdict|plea|warrant|subpoena|request|"
        r"disclosure|clarification|joinder|supplement|errata|proof|designation|submission|"
        r"status\s+report|remark|set|reset|deficiency|bnc|claims?|schedules?|chapter|amended\s+complaint",
    ),
)
_MODIFIER = re.compile(
    r"(?:assented\s+to|consented\s+to|certified\s+(?:true\s+)?copy\s+of|"
    r"(?-i:[A-Z0-9(\[*#][\w.'\u2019&/,()\[\]*#:-]*)|ex\s+parte|de\s+\w+|"
    r"of|and|the|&|-+)\s*",
    re.I,
)
_JUNK = re.compile(
    r"^(?:\s*(?:\*+[^*]{0,80}\*+|\[(?!proposed)[^\]]{0,40}\]|\((?:court\s+only|ex\s+parte|termed|sealed|joint[^)]{0,20})\)|"
    r"(?:ep|eo|es|em):\s*|\*+|[-=>.:]+)\s*)+",
    re.I,
)
_HEAD = re.compile(
    "|".join(f"(?P<{name}_{i}>{pattern})" for i, (name, pattern) in enumerate(HEADS)), re.I
)
_HEAD_LOW = lowered_twin(_HEAD)  # the same on lowered ASCII text, faster
_WORD = re.compile(r"[\[*]*([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)")
#: The words a head can begin with: where the word at a position is none of these, no head
#: starts there (a cheap test before the full patterns).
FIRST_WORDS = frozenset(
    """entered filing deficient proposed motion motions notice withdrawal request voluntary
    petition civil criminal bankruptcy adversary case terminated closed final order
    judgment judgement judgments minute text text-only oral electronic paperless endorsed
    docket letter scheduling protective standing consent agreed stipulated clerk's clerks
    clerk memorandum opinion decision ruling stipulation memo memo-endorsement memo-endorsed so
    endorsement minutes proceedings courtroom brief response responce repsonse reponse
    opposition objection responsive sur-reply surreply sur reply application applications
    answer answers complaint indictment information declaration affidavit exhibit exhibits
    certificate certificates certification statement transcript transcripts summons
    summonses letters document documents report praecipe redaction appearance waiver
    return receipt mandate verdict plea warrant subpoena disclosure clarification joinder
    supplement errata proof designation submission status remark set reset deficiency bnc
    claim claims schedule schedules chapter amended""".split()
)
#: Words that are a head by themselves, whatever follows them, and their category: read
#: without trying every pattern.
_ONE_WORD_HEADS = {
    **dict.fromkeys(
        """summons summonses declaration affidavit exhibit exhibits certificate certificates
        certification transcript transcripts appearance waiver return receipt mandate verdict
        plea warrant subpoena disclosure clarification joinder supplement errata proof
        designation submission remark set reset deficiency bnc claim claims schedule schedules
        chapter praecipe redaction statement""".split(),
        "generic",
    ),
    "response": "response",
    "opposition": "response",
    "objection": "response",
    "minutes": "minute",
    "complaint": "complaint",
    "indictment": "complaint",
}
#: How many modifier words may precede the head.
_MAX_MODIFIERS = 9


def head_of(text: str) -> tuple[str, str, int] | None:
    """The head category of ``text``, the modifiers before it, and where the head ends.

    Returns ``None`` when the text opens with no known head.
    """
    offset = 0
    if not text[:1].isalpha() or text[2:3] == ":":
        junk = _JUNK.match(text)
        offset = junk.end() if junk is not None else 0
    pos = offset
    low: str | None = None
    for _ in range(_MAX_MODIFIERS + 1):
        w = _WORD.match(text, pos)
        word = w.group(1).lower() if w is not None else ""
        simple = _ONE_WORD_HEADS.get(word)
        if simple is not None and w is not None:
            return simple, text[offset:pos], w.end()
        if word in FIRST_WORDS:
            if low is None:
                # ASCII text (nearly all) is read lowered by the twin: the same matches.
                low = text.lower() if text.isascii() else ""
            m = _HEAD_LOW.match(low, pos) if low else _HEAD.match(text, pos)
            if m is not None and m.lastgroup is not None and _at_word_end(text, m.end()):
                return m.lastgroup.rsplit("_", 1)[0], text[offset:pos], m.end()
        if word in _DECREE_WORDS:
            # "IT IS ORDERED Plaintiff's Motion to Dismiss (Doc. 54) is GRANTED": the court's
            # decree, not the paper it names after it.
            return None
        mod = _MODIFIER.match(text, pos)
        if mod is None or mod.end() == pos:
            return None
        pos = mod.end()
    return None


#: The words of a court's decree ("IT IS ORDERED", "ORDERED AND ADJUDGED"): a paper's title
#: named after one is what the decree rules on, not the head of the entry.
_DECREE_WORDS = frozenset(["ordered", "adjudged", "decreed"])


def _at_word_end(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")
