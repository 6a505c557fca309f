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

# ruff: noqa: SIM905 (word lists read best as one string)
from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["TITLE_WORDS", "Ref", "bare_ok", "find_refs", "title_numbers"]


class Ref(NamedTuple):
    """One docket number mentioned in an entry's text.

    Attributes:
        doc: The docket number referred to.
        start: Where the mention starts in the text searched.
        end: Where it ends.
        related: The mention is introduced by "re", "regarding", "related document", "as to",
            "in support of" and the like: it names a related entry, not the subject itself.
        framed: The mention is in a ``(RE: ...)`` or ``(Related Doc ...)`` parenthetical.
        group: Mentions written as one list ("24 and 25", "Docs. 27 & 28") share a group.
        titled: A bare number closing the title of a motion ("Motion to Stay 19 is
            granted"): see :func:`title_numbers`.
    """

    doc: int
    start: int
    end: int
    related: bool = False
    framed: bool = False
    group: int = 0
    titled: bool = False


#: Words that begin the title of a docket entry: a bare number just before one is a docket
#: number ("19 MOTION to Dismiss", "25 Response in Opposition", "2 Unopposed MOTION").
TITLE_WORDS = frozenset(
    """motion motions order orders response responses reply replies complaint complaints
    stipulation stipulations application applications notice notices report reports
    objection objections brief briefs memorandum memoranda letter letters declaration
    declarations affidavit affidavits petition petitions answer answers transcript
    transcripts minute judgment judgments findings opposition sealed exhibit exhibits
    request requests summons proposed redacted amended supplemental joint consent
    unopposed opposed emergency ex renewed corrected first second third fourth fifth
    defendant defendants plaintiff plaintiffs government appellate counsel pro cross
    partial document certificate granting denying chapter voluntary bankruptcy appeal""".split()
)
_PREFIX_WORDS = frozenset(
    """ecf dkt dkts doc docs document documents filing filings entry entries docket d.e de""".split()
)
_NUMBER_WORDS = frozenset(["no", "nos", "number", "numbers"])
_NOT_HASH_WORDS = frozenset(["receipt", "case", "check", "invoice", "account"])
#: Words after which a bare number is not a docket number ("Rule 12", "Count 1", "$405").
_NOT_DOCKET_WORDS = frozenset(
    """rule rules section title chapter count counts u.s.c usc ch p lbr l.r lr frcp frap at case fee
    number suite suit no jan january feb february mar march apr april may jun june jul
    july aug august sep sept september oct october nov november dec december""".split()
)
_MONTHS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december""".split()
)
_RELATED_WORDS = frozenset("""re regarding to on of for in""".split())
_UNITS = ("day", "a.m", "am", "p.m", "pm", "%", "hour", "page", "minute", "week", "month")
#: A standalone number of up to five digits: not part of a date, a time, an amount, a
#: decimal, a case number or an ordinal ("6/25/2024", "9:30", "$30,000", "12th"); a colon
#: after it ends a clause ("ECF No. 12: GRANTED") unless a digit follows (a time). The
#: first digit comes before the looks behind it (the same matches): the search then skips
#: to a digit instead of trying every position.
_NUMBERS = re.compile(r"\d(?<![\w/$:-]\d)(?<!\d[.,]\d)\d{0,4}(?![\d/a-z]|:\d|\.\d|,\d{3}\b)")
_FRAME = re.compile(r"\((?:re:|related\s+doc|re\s*:)")
_DIGIT = re.compile(r"\d")


def _word_before(low: str, i: int) -> tuple[str, int]:
    """The word (letters, dots, colons) ending at ``i`` after skipping spaces, and its start."""
    while i > 0 and low[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (low[j - 1].isalpha() or low[j - 1] in ".:"):
        j -= 1
    return low[j:i].strip(".:"), j


def _word_at(low: str, i: int) -> tuple[str, int]:
    """The word (letters, apostrophes) starting at ``i`` after skipping spaces, and its end."""
    n = len(low)
    while i < n and low[i] == " ":
        i += 1
    j = i
    while j < n and (low[j].isalpha() or low[j] in "'\u2019"):
        j += 1
    return low[i:j], j


def _marker(low: str, start: int) -> str | None:
    """What, just before a number, makes it a docket number: a prefix ("Dkt.", "#"), an
    opening bracket, or "re". ``None`` for a bare number."""
    i = start
    while i > 0 and low[i - 1] == " ":
        i -= 1
    if i == 0:
        return None
    c = low[i - 1]
    if c == "[":
        return "bracket"
    if c == "#":
        word, _ = _word_before(low, i - 1)
        return None if word in _NOT_HASH_WORDS else "prefixed"
    if c == ")":
        return "prefixed" if low.endswith(("document(s)", "documents(s)"), 0, i) else None
    word, j = _word_before(low, i)
    if word in _PREFIX_WORDS:
        return "prefixed"
    if word in _NUMBER_WORDS:
        word, _ = _word_before(low, j)
        return "prefixed" if word in _PREFIX_WORDS else None
    if word == "re":
        return "re"
    return None


def _titled(low: str, end: int) -> bool:
    """Whether a title follows ``end``: more numbers of a list, a dash, up to two possessive
    words, then a word of :data:`TITLE_WORDS` ("24 and 25 MOTIONS", "21 - Plaintiff's Motion")."""
    n = len(low)
    i = end
    while True:
        j = i
        while j < n and low[j] in " ,&":
            j += 1
        if low.startswith("and ", j):
            j += 4
        k = j
        while k < n and low[k].isdigit():
            k += 1
        if k == j:
            break
        i = k
    while i < n and low[i] in " -\u2013:":
        i += 1
    if i == end or (i < n and low[i - 1] != " " and low[i - 1] not in "-\u2013:"):
        return False
    for _ in range(3):
        word, j = _word_at(low, i)
        if not word:
            return False
        if word in TITLE_WORDS or word.rstrip("'s\u2019") in TITLE_WORDS:
            return True
        glued = _GLUED.match(word)
        if glued is not None:
            # "8 and 9 defendants'motions": the possessive's space lost.
            return glued.group(1) in TITLE_WORDS
        if not word.endswith(("'s", "s'", "\u2019s")):
            return False
        i = j
    return False


#: A possessive glued to the word after it ("defendants'motions", "plaintiff'smotion").
_GLUED = re.compile(r"[a-z]+(?:s['\u2019]|['\u2019]s)([a-z]+)$")


def bare_ok(low: str, start: int, n: int) -> bool:
    """Whether the bare number ``n`` at ``start`` may be a docket number: not a rule, count,
    section, amount or year ("Rule 12", "Count 2", "June 3, 2020")."""
    word, _ = _word_before(low, start)
    if word in _NOT_DOCKET_WORDS or low[max(0, start - 2) : start].strip() in ("$", "\u00a7"):
        return False
    if 1900 <= n <= 2099:
        before = low[max(0, start - 20) : start].rstrip()
        if before.endswith(","):
            return False
        words = before.split()
        if len(words) >= 2 and words[-2].strip(".") in _MONTHS:
            return False
    return True


def _related(low: str, start: int) -> bool:
    """Whether the mention at ``start`` is introduced as a related paper ("re 19", "to [7]",
    "in support of Dkt. 12", "related document(s) 34")."""
    words = low[max(0, start - 40) : start].replace("[", " ").replace("#", " ").split()
    while words and (
        words[-1].strip(".:") in _PREFIX_WORDS
        or words[-1].strip(".:") in _NUMBER_WORDS
        or words[-1] in ("(", "r.", "rec.")
    ):
        words.pop()
    if not words:
        return False
    last = words[-1].strip(".:(")
    if last in _RELATED_WORDS or last.startswith("document(s"):
        return True
    return len(words) >= 2 and words[-2] == "as" and last == "to"


def _frames(low: str) -> list[tuple[int, int]]:
    out = []
    for f in _FRAME.finditer(low):
        close = low.find(")", f.end())
        out.append((f.end(), len(low) if close < 0 else close + 1))
    return out


def _suffix_end(low: str, end: int) -> int:
    """Past an attachment suffix ("22-1") and a closing bracket after a number."""
    n = len(low)
    k = end
    if k < n and low[k] == "-" and k + 1 < n and low[k + 1].isdigit():
        k += 1
        while k < n and low[k].isdigit():
            k += 1
    j = k
    while j < n and low[j] in " ]":
        j += 1
    return j if "]" in low[k:j] else k


def _in_list(low: str, last_end: int, start: int) -> bool:
    """Whether the text between two numbers joins them as one list ("27 & 28", "[30], [33]
    and [61]", "Dkt. 27 ; dkt. 28")."""
    gap = low[last_end:start].strip(" []")
    if gap in ("", ",", "&", "and", ", and", ",and"):
        return True
    if gap.startswith(";"):
        rest = gap[1:].strip(" .#")
        return _list_prefix(rest)
    # "(Dkt. 134 Dkt. 143 ; ...)": the semicolon lost between two prefixed numbers.
    return gap in ("no.", ", no.", "and no.") or (
        gap.endswith(".")
        and gap[0] != "."
        and _list_prefix(gap.strip(" .#"))
        and _prefixed_before(low, last_end)
    )


#: The prefixes a list of docket numbers repeats before each number ("Dkt. 27 ; Dkt. 28").
_LIST_PREFIXES = ("dkt", "doc", "ecf", "dkt. no", "doc. no")


def _list_prefix(word: str) -> bool:
    """Whether ``word`` is a prefix a list repeats, or one with two letters swapped, the
    commonest slip of typing ("Dkt. 31 ; Dtk. 39")."""
    if word in _LIST_PREFIXES:
        return True
    return len(word) == 3 and any(
        sorted(word) == sorted(p) and sum(a != b for a, b in zip(word, p, strict=True)) == 2
        for p in _LIST_PREFIXES[:3]
    )


def _prefixed_before(low: str, end: int) -> bool:
    """Whether the number ending at ``end`` has a docket prefix before it ("Dkt. 134")."""
    i = end
    while i > 0 and low[i - 1].isdigit():
        i -= 1
    return _marker(low, i) == "prefixed"


#: More numbers after a bracket's first, separated by spaces or commas, the closing bracket
#: lost before a word: "[26 32 49 GRANTED", "[26, 32, 49 are denied".
_BRACKET_RUN = re.compile(r"(?:\s*,?\s+\d{1,5}(?![\d/:.,]\d)){1,10}(?=\s*(?:\]|[a-z.;]|$))")


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
    run_end = -1  # where a bracket's run of numbers with its closing bracket lost ends
    for m in _NUMBERS.finditer(low):
        start, end = m.start(), m.end()
        n = int(m.group())
        if n == 0:
            continue
        stop = _suffix_end(low, end)
        framed = bool(frames) and any(s <= start < e for s, e in frames)
        if last is not None and start < run_end:
            last = Ref(n, start, stop, last.related, framed, last.group)
            refs.append(last)
            continue
        if last is not None and start - last.end < 24 and _in_list(low, last.end, start):
            spaced = not low[last.end : start].strip()
            tail = low[end : end + 8].lstrip()
            if (
                not tail.startswith(_UNITS)
                and bare_ok(low, start, n)
                and (not spaced or _titled(low, end))
            ):
                last = Ref(n, start, stop, last.related, framed, last.group)
                refs.append(last)
                continue
        marker = _marker(low, start)
        if marker == "bracket":
            if "]" not in low[end : end + 6]:
                run = _BRACKET_RUN.match(low, end)
                if run is None:
                    continue
                # "motions to dismiss [26 32 49 GRANTED": a bracketed list, its "]" lost.
                run_end = run.end()
        elif marker is None:
            if not (framed or _titled(low, end)) or not bare_ok(low, start, n):
                continue
        elif marker == "re" and not bare_ok(low, start, n):
            continue
        related = marker == "re" or framed or _related(low, start)
        last = Ref(n, start, stop, related, framed, len(refs))
        refs.append(last)
    return refs


#: What may follow a number closing a motion's title: the end of its clause, its verb, more
#: numbers of a list ending so ("Motion to Compel 61 , 69 is DENIED", "Motions to Extend
#: Time 24 and 26 are GRANTED"), or another motion's title joined to it ("Motion for a
#: Status Conference 63 and Motion to Amend 72 are DENIED").
_AFTER_TITLE = (
    r"(?=(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)\d{1,5}\b)*"
    r"\s*(?:[,.;)]|is\b|are\b|be\b|was\b|filed\b|as\s+to\b|in\s+(?:its|their)\s+entirety\b|$)"
    r"|\s*,?\s*(?:and|&)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:motion|application|petition|request)s?\b)"
)
#: A bare number closing the title of a motion, the way judges cite one ("Petitioner's motion
#: for leave to proceed in forma pauperis 3 is granted", "the Stipulated Motion 109, it is
#: ORDERED"): after a motion noun, in the same clause, with nothing after it but the end of
#: the clause or the verb of which it is the subject.
_TITLE_NUMBER = re.compile(
    r"\b(?:motion|application|petition|request)s?\b"
    r"(?:[^.;\d\[\]()]|\.(?=[a-z])|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d\d){0,160}?"
    r"(?<=\s)(\d{1,5})(?![\d/:.,]\d|[a-z(\]-])" + _AFTER_TITLE
)


#: What :data:`_TITLE_NUMBER` ends with: a cheap test before it (its first digit before the
#: look behind it, as in :data:`_NUMBERS`).
_CLOSING_NUMBER = re.compile(r"\d(?<=\s\d)\d{0,4}(?![\d/:.,]\d|[a-z(\]-])" + _AFTER_TITLE)

#: A number right after the noun: "the Stipulated Motion 109 for Entry of ...", "Motion 12
#: ALLOWED".
_NOUN_NUMBER = re.compile(
    r"\b(?:motion|application)s?\s+(?:no\.?\s*)?(\d{1,5})\b(?![/:.,]\d|\s*(?:days?|weeks?|months?|"
    r"hours?|minutes?|pages?|%|percent|a\.?m|p\.?m|\w+\s+days?)\b|\s*\()"
)


#: One more number of a list after a plural motion noun: ", 33", " and 61", ", & 12".
_LIST_MORE = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)(\d{1,5})\b(?![/:.,]\d|\s*(?:days?|weeks?|"
    r"months?|hours?|minutes?|pages?|%|percent)\b)"
)


def title_numbers(low: str, refs: list[Ref]) -> list[Ref]:
    """``refs`` and the bare numbers closing a motion's title in ``low`` (lower-cased text),
    in order of appearance; each added number is its own group, ``titled``."""
    if (
        "motion" not in low
        and "application" not in low
        and "petition" not in low
        and ("request" not in low)
    ):
        return refs
    taken = {r.start for r in refs}
    extra: list[Ref] = []
    found = list(_NOUN_NUMBER.finditer(low))
    if any(m.start() not in taken for m in _CLOSING_NUMBER.finditer(low)):
        found += _TITLE_NUMBER.finditer(low)  # only where a bare number may close a title
    for m in sorted(found, key=lambda m: m.start(1)):
        start = m.start(1)
        n = int(m.group(1))
        if start in taken or n == 0 or not bare_ok(low, start, n):
            continue
        taken.add(start)
        group = -1 - len(extra)
        extra.append(Ref(n, start, m.end(1), False, False, group, True))
        if m.re is _TITLE_NUMBER or low[m.start() : m.start(1)].rstrip().endswith("s"):
            # The rest of a list after a plural noun, "Motions 30, 33 and 61 are DENIED", or
            # closing a title, "Motion to Compel 61 , 69 is DENIED".
            at = m.end(1)
            while (more := _LIST_MORE.match(low, at)) is not None:
                k = int(more.group(1))
                if more.start(1) in taken or k == 0:
                    break
                taken.add(more.start(1))
                extra.append(Ref(k, more.start(1), more.end(1), False, False, group, True))
                at = more.end(1)
    if not extra:
        return refs
    return sorted([*refs, *extra], key=lambda r: r.start)
