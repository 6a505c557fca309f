"""Reading appeals in docket text: a notice of appeal, and the court of appeals' mandate.

Only wording that cannot mean anything else is read: an entry that opens with "NOTICE OF
APPEAL" or "NOTICE OF INTERLOCUTORY APPEAL" (not an amended notice, the clerk's transmission
of one, a fee or an acknowledgment), and one that opens with "MANDATE of USCA", "MANDATE/
JUDGMENT from USCA" or is named "USCA Mandate" (not a recalled mandate or an order on one).
The mandate's outcome is read only where one word says it (affirmed, reversed, vacated,
dismissed, affirmed in part); its appeal only where the mandate names one notice.
"""

from __future__ import annotations

import re

from docket.events import AppealOutcome, Ground
from docket.ingest.draft import Draft
from docket.ingest.refs import find_refs

__all__ = ["appeal_entry", "named_after_by"]

_NOTICE = re.compile(
    r"^\W*notice\s+of\s+(?P<inter>interlocutory\s+)?(?:cross[-\s]+)?appeal\b(?!\s+fee)", re.I
)
_MANDATE = re.compile(
    r"^\W*(?:certified\s+copy\s+of\s+(?:the\s+)?)?(?:usca\s+)?mandate\b(?!\s+recalled)"
    r"(?:\s*/\s*judgment)?\s*(?:of|from|issued\s+by)\s+(?:the\s+)?"
    r"(?:usca|u\.s\.c\.a|united\s+states\s+court\s+of\s+appeals|court\s+of\s+appeals|\w+\s+circuit)",
    re.I,
)
_MANDATE_NAME = re.compile(r"^\W*usca\s+mandate\b", re.I)
_OUTCOMES = (
    (AppealOutcome.AFFIRMED_IN_PART, re.compile(r"\baffirm\w*\s+in\s+part\b", re.I)),
    (AppealOutcome.AFFIRMED, re.compile(r"\baffirm(?:ed|s|ing)?\b", re.I)),
    (AppealOutcome.REVERSED, re.compile(r"\brevers(?:ed|es|ing)\b", re.I)),
    (AppealOutcome.VACATED, re.compile(r"\bvacat(?:ed|es|ing)\b", re.I)),
    (AppealOutcome.DISMISSED, re.compile(r"\bdismiss(?:ed|es|ing|al)\b", re.I)),
)
_PARTY_WORDS = re.compile(r"^(?:the\s+)?(?:defendants?|plaintiffs?|appellants?)\s+(?=\S)", re.I)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)")
_QUALIFIED_IMMUNITY = re.compile(r"qualified\s+immunity", re.I)
#: "by X" naming the filer (not "signed by", "entered by", "ordered by").
_BY = re.compile(r"\bby\s+(?=[A-Z])")
_NOT_FILED = ("signed", "entered", "ordered", "issued")
#: Where the filer's names end: a sentence, a parenthesis, the fee, the attorney.
_WHO_END = re.compile(
    r"(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\bL\.L\.C)\.\s|\(|;|"
    r"\s+filing\s+fee|\s+fee\s+|\s+\$",
    re.I,
)
_SUFFIX = re.compile(
    r"^(?:llc|l\.l\.c\.?|inc\.?|corp\.?|co\.?|ltd\.?|llp|l\.p\.|p\.c\.|n\.a\.)$", re.I
)


def named_after_by(body: str) -> tuple[str, ...]:
    """Who appeals, as the notice's last "by ..." names them, one name each ("by Defendants
    John Smith, City of Clovis" -> John Smith, City of Clovis; "by Defendants" ->
    Defendants); a company's "LLC" or "Inc." stays with its name."""
    last = None
    for m in _BY.finditer(body):
        before = body[max(0, m.start() - 9) : m.start()].strip().lower()
        if not before.endswith(_NOT_FILED) and not body.startswith("Judge", m.end()):
            last = m
    if last is None:
        return ()
    who = _WHO_END.split(body[last.end() :], maxsplit=1)[0].strip().rstrip(".")
    names: list[str] = []
    for part in _SPLIT.split(who):
        part = part.strip()
        if not part:
            continue
        if names and _SUFFIX.match(part):
            names[-1] = f"{names[-1]}, {part}"
            continue
        stripped = _PARTY_WORDS.sub("", part, count=1).strip()
        names.append(stripped or part)
    return tuple(names)


def _outcome(body: str) -> AppealOutcome | None:
    """The one outcome the mandate's words state, if exactly one."""
    found = [o for o, pattern in _OUTCOMES if pattern.search(body)]
    if AppealOutcome.AFFIRMED_IN_PART in found:
        found = [o for o in found if o is not AppealOutcome.AFFIRMED]
        if len(found) == 2 and set(found) <= {
            AppealOutcome.AFFIRMED_IN_PART,
            AppealOutcome.REVERSED,
        }:
            return AppealOutcome.AFFIRMED_IN_PART  # "affirmed in part and reversed in part"
    return found[0] if len(found) == 1 else None


def appeal_entry(body: str, short: str | None) -> Draft | None:
    """A notice of appeal or a mandate, if ``body`` (or the event name ``short``) is
    unmistakably one; else ``None``."""
    notice = _NOTICE.match(body)
    if notice is not None:
        return Draft(
            "notice_of_appeal",
            "appeal.notice",
            short,
            targets=tuple(dict.fromkeys(r.doc for r in find_refs(body))),  # appealed from
            interlocutory=notice.group("inter") is not None,
            appellants=named_after_by(body),
            grounds=(Ground.QUALIFIED_IMMUNITY,) if _QUALIFIED_IMMUNITY.search(body) else (),
        )
    if _MANDATE.match(body) is not None or (
        _MANDATE_NAME.match(body) is not None and "recall" not in body.lower()
    ):
        named = list(dict.fromkeys(r.doc for r in find_refs(body)))
        return Draft(
            "appeal_decided",
            "appeal.mandate",
            short,
            targets=tuple(named) if len(named) == 1 else (),
            outcome=_outcome(body),
        )
    return None
