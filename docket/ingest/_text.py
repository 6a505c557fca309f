"""Cleaning CM/ECF docket text before it is read: entities, whitespace, clerk's trailers."""

from __future__ import annotations

import html
import re
from datetime import date

from docket.limits import EARLIEST_DATE, LATEST_DATE

__all__ = ["clean", "entered_in", "lowered_twin", "may_say", "sentence_spans", "strip_noise"]

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)

#: Parentheticals the clerk or the filer appends that name documents which are not the
#: subject of the entry: attachment lists ("(Attachments: # 1 Exhibit A ...)"), replaced
#: main documents, "(Entered: 01/02/2019)".
_NOISE_OPENERS = re.compile(
    r"\((?:Attachments?|Additional attachment\(s\) added|Main Document|Entered|Filed on)\b", re.I
)
_MODIFIED = re.compile(r"\bModified (?:on|by) .*?(?=\(Entered|$)", re.I)

#: The clerk's own trailer dating an entry: "(Entered: 01/02/2019)".
_ENTERED = re.compile(r"\(Entered:\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*\)")


def entered_in(text: str) -> date | None:
    """The date the entry's own text says it was entered, "(Entered: MM/DD/YYYY)", if it
    says so once, or always the same day, and the date is real and in range."""
    if "(Entered:" not in text:
        return None
    days = set(_ENTERED.findall(text))
    if len(days) != 1:
        return None
    month, day, year = (int(g) for g in days.pop())
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST_DATE <= found <= LATEST_DATE else None


#: Words after which a full stop does not end a sentence ("Dkt. No. 40", "Fed. R. Civ. P.").
_ABBREVIATIONS = frozenset(
    [
        "no",
        "nos",
        "dkt",
        "dkts",
        "doc",
        "docs",
        "rec",
        "r",
        "civ",
        "crim",
        "p",
        "fed",
        "inc",
        "co",
        "corp",
        "ltd",
        "v",
        "vs",
        "jr",
        "sr",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "u.s",
        "ct",
        "cir",
        "app",
        "supp",
        "al",
        "e.g",
        "i.e",
        "proc",
        "dist",
        "cal",
        "ill",
        "mass",
        "ecf",
        "d.e",
        "hon",
        "mag",
        "j",
        "n.d",
        "s.d",
        "e.d",
        "w.d",
        "d.n.m",
        "d.d.c",
        "m.d",
        "c.d",
        "seq",
        "sec",
        "art",
        "para",
        "pp",
        "ex",
        "ave",
    ]
)


def may_say(text: str, *words: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case: ``False``
    only when it cannot, so a case-insensitive pattern needing one of them cannot match
    and need not run. Text that is not ASCII may: under ``re.IGNORECASE`` an "s" also
    matches the long s (U+017F) and an "i" the dotless and dotted ones (U+0131, U+0130),
    which ``str.lower`` keeps apart."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of a case-insensitive ``pattern`` whose letters are all
    lower-case ASCII, for ASCII text lowered with ``str.lower``: there it matches exactly
    where ``pattern`` matches the text itself (same spans, same groups but for case), and
    runs faster. Only for ASCII text: elsewhere ``re.IGNORECASE`` also matches the long s,
    the Kelvin sign and the dotted and dotless i, which ``str.lower`` keeps apart."""
    # Escapes (\b, \W ...) and group names' "(?P" are no letters to match.
    source = re.sub(r"\\.|\(\?P", "", pattern.pattern)
    if not (pattern.flags & re.IGNORECASE) or not source.isascii() or source != source.lower():
        raise ValueError(f"no lower-case ASCII twin for {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def clean(text: str) -> str:
    """Docket text as a reader sees it: HTML entities decoded, whitespace collapsed."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if (
        "  " in text
        or "\n" in text
        or "\t" in text
        or "\r" in text
        or "\xa0" in text
        or text[:1].isspace()
        or text[-1:].isspace()
    ):
        return " ".join(text.split())
    return text


_PAREN = re.compile(r"[()]")


def _close(text: str, start: int) -> int:
    """The index just past the parenthesis that closes the one opened at ``start``."""
    depth = 0
    for m in _PAREN.finditer(text, start):
        depth += 1 if m.group() == "(" else -1
        if depth == 0:
            return m.end()
    return len(text)


def strip_noise(text: str) -> str:
    """Cleaned text without attachment lists, modification notes and entry dates.

    The positions of the remaining characters shift; use the result for reading only.
    """
    if "(" in text:
        out: list[str] = []
        pos = 0
        for m in _NOISE_OPENERS.finditer(text):
            if m.start() < pos:
                continue
            out.append(text[pos : m.start()])
            pos = _close(text, m.start())
        out.append(text[pos:])
        text = "".join(out)
    if "odified" in text:
        text = _MODIFIED.sub("", text)
    return text


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences (and semicolon clauses) of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for stop in _stops(text):
        j = stop
        if text[j] == ".":
            # A full stop ends a sentence only before a space and a capital, a number, a
            # bracket or the end, and not after an abbreviation ("Dkt. No. 40").
            k = j + 1
            while k < n and text[k] == " ":
                k += 1
            if k < n and (k == j + 1 or not (text[k].isupper() or text[k] in "([0123456789*-")):
                continue
            w = j
            while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "."):
                w -= 1
            word = text[w:j].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            end = k
        else:
            end = j + 1
            while end < n and text[end] == " ":
                end += 1
        if j > start:
            spans.append((start, j))
        start = end
    if start < n:
        spans.append((start, n))
    return spans


def _stops(text: str) -> list[int]:
    """Where the full stops and semicolons of ``text`` are, in order."""
    out = []
    for mark in ".;":
        i = text.find(mark)
        while i >= 0:
            out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out
