"""References to other docket entries inside docket text.

CM/ECF links an entry to earlier ones by docket number, written many ways: ``19``,
``[19]``, ``[22-1]``, ``ECF No. 19``, ``Dkt. 19``, ``(Doc. 19)``, ``R. Doc. 19``,
``Filing No. 19``, ``re 19``, ``(Re: # 55)``, ``related document(s) 34``. A bare number
counts only where the grammar makes it a docket number: before the title of an entry
("granting 19 Motion"), after "re", inside a bankruptcy "(RE: ...)" parenthetical, or in a
list joined to one of those ("denying 24 and 25 Motions", "Docs. 27 & 28").

Each number in the text is a candidate; its few neighbouring characters decide, so the
cost grows with the numbers in an entry, not with its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DOC_TITLE_WORDS", "Ref", "find_refs"]


@dataclass(frozen=True, slots=True)
class Ref:
    """One docket number mentioned in an entry's text.

    Attributes:
        doc: The docket number referred to.
        start: Where the mention starts in the text searched.
        end: Where it ends.
        related: The mention is introduced by "re", "regarding", "related document", "as to",
            "in support of" and the like: it names a related entry, not the subject itself.
        framed: The mention is in a ``(RE: ...)`` or ``(Related Doc ...)`` parenthetical.
        group: Mentions written as one list ("24 and 25", "Docs. 27 & 28") share a group.
    """

    doc: int
    start: int
    end: int
    related: bool = False
    framed: bool = False
    group: int = 0


#: Words that begin the title of a docket entry, after which a bare number before them is a
#: docket number ("19 MOTION to Dismiss", "25 Response in Opposition").
DOC_TITLE_WORDS = (
    r"motions?|orders?|responses?|repl(?:y|ies)|complaints?|stipulations?|applications?|"
    r"notices?|reports?|objections?|briefs?|memorand(?:um|a)|letters?|declarations?|"
    r"affidavits?|petitions?|answers?|transcripts?|minute|judgments?|findings|"
    r"opposition(?:/response)?|sealed|exhibits?|requests?|summons|proposed|redacted|"
    r"amended|supplemental|joint|consent|unopposed|opposed|emergency|ex\s+parte|renewed|"
    r"corrected|first|second|third|fourth|fifth|defendants?'?s?|plaintiffs?'?s?|"
    r"government'?s|appellate|counsel'?s|pro\s+se|cross|partial|document|"
    r"certificate|granting|denying|chapter|voluntary|bankruptcy|appeal"
)

_NUMBER = re.compile(
    r"(?<![\w/$:-])(?<!\d\.)(?<!\d,)(\d{1,5})(\s*-\s*\d{1,3}\b)?(?![\d/:]|\.\d|,\d{3})"
)
_PREFIXED = re.compile(
    r"(?:\br(?:ec)?\.\s*docs?|\becf|\bdkts?|\bdocket(?:\s+entr(?:y|ies))?|\bdocs?|\bdocuments?|"
    r"\bd\.\s?e|\bfilings?|\bentr(?:y|ies)|\brelated\s+documents?\(?s?\)?)"
    r"\.?\s*(?:(?:nos?|numbers?)\.?\s*|#\s*|:\s*)*$"
)
_BRACKET = re.compile(r"\[\s*\[?\s*$")
_HASH = re.compile(r"(?<![\w&])#\s*$")
_RE = re.compile(r"\bre:?\s+$")
_TYPED = re.compile(
    rf"(?:\s*(?:,|and|&)?\s*\d{{1,5}})*(?:\s*[-\u2013:])?(?:\s+[\w.&-]+['\u2019]s?){{0,2}}\s+(?:{DOC_TITLE_WORDS})\b"
)
_SEPARATOR = re.compile(
    r"\s*(?:\]\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*|;\s*(?:dkt\.?|doc\.?|ecf)\s*|\s)?\s*\[?\s*(?:no\.\s*)?$"
)
_NOT_AFTER_LIST = re.compile(r"\s*(?:days?|a\.?m|p\.?m|%|hours?|pages?|minutes?)\b")
_FRAME = re.compile(r"\((?:re:|related\s+doc|re\s*:)")
_RELATED_LEAD = re.compile(
    r"(?:\bre:?|\bregarding|\brelated\s+(?:documents?\(?s?\)?|docs?)|\bas\s+to|\bin\s+support\s+of|"
    r"\bsupport\s+of|\bto|\bon|\bof|\bfor|\bin):?\s*[#\[(]?\s*(?:(?:dkt|doc|ecf)\.?\s*(?:no\.?)?\s*)?$"
)
_NOT_DOCKET = re.compile(
    r"(?:\brules?|\bsection|§|\btitle|\bchapter|\bcounts?|u\.s\.c\.?|\bch\.|\bp\.|\blbr|\bl\.\s?r\.|\bat|"
    r"\bcase|\bfee|\$|\bnumber|\bsuite|\bsuit|\bno|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s*$"
)
_MONTH_YEAR = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*$"
)
_DIGIT = re.compile(r"\d")


def _bare_ok(low: str, start: int, n: int) -> bool:
    before = low[max(0, start - 20) : start]
    if _NOT_DOCKET.search(before):
        return False
    return not (1900 <= n <= 2099 and (before.rstrip().endswith(",") or _MONTH_YEAR.search(before)))


def _frames(low: str) -> list[tuple[int, int]]:
    out = []
    for f in _FRAME.finditer(low):
        close = low.find(")", f.end())
        out.append((f.end(), len(low) if close < 0 else close + 1))
    return out


def find_refs(text: str) -> list[Ref]:
    """Every docket number ``text`` refers to, in order of appearance.

    A number may appear more than once if the text names the entry more than once.
    """
    if _DIGIT.search(text) is None:
        return []
    low = text.lower()
    frames = _frames(low) if "(re" in low or "(related" in low else []
    refs: list[Ref] = []
    last: Ref | None = None
    for m in _NUMBER.finditer(low):
        start, end = m.start(), m.end()
        n = int(m.group(1))
        if n == 0:
            continue
        before = low[max(0, start - 32) : start]
        framed = any(s <= start < e for s, e in frames)
        if last is not None and _SEPARATOR.fullmatch(low, last.end, start):
            spaced = not low[last.end : start].strip()
            if (
                _NOT_AFTER_LIST.match(low, end) is None
                and _bare_ok(low, start, n)
                and (not spaced or _TYPED.match(low, end) is not None)
            ):
                last = Ref(n, start, _close_bracket(low, end), last.related, framed, last.group)
                refs.append(last)
                continue
        related = False
        if _PREFIXED.search(before) or _HASH.search(before):
            pass
        elif _BRACKET.search(before):
            if not low.startswith("]", end) and not re.match(r"\s*\]", low[end : end + 3]):
                continue
        elif _RE.search(before):
            related = True
        elif framed or _TYPED.match(low, end):
            if not _bare_ok(low, start, n):
                continue
            related = framed
        else:
            continue
        related = related or framed or _RELATED_LEAD.search(before) is not None
        last = Ref(n, start, _close_bracket(low, end), related, framed, len(refs))
        refs.append(last)
    return refs


def _close_bracket(low: str, end: int) -> int:
    k = end
    while k < len(low) and low[k] in " ]":
        k += 1
    return k if k > end and "]" in low[end:k] else end
