"""Whether an order's words state its own act or only contemplate one.

"RECOMMENDING that this action be dismissed", "Defendant moves for an order dismissing the
complaint", "Plaintiff is warned that the case shall be dismissed if he fails to appear",
"Unless ..., the case shall be closed", "Defendant asks that discovery be stayed": the act is
proposed, asked for, warned of or put on a condition, in its own clause, and the order does not
do it now. Nor where its verb is denied: "the Clerk shall not close this case", "the Court
declines to close this case". Read by the closing, stay and judgment readers alike.
"""

from __future__ import annotations

import re

__all__ = ["contemplated"]

#: Words in the clause before the act that make it a proposal, a request, a warning or a
#: condition. "When" is left out: it tells a past ("when it ruled on this issue") as often as a
#: condition.
_BEFORE = re.compile(
    r"\brecommend(?:s|ed|ing)?\s+that\b|\brecommending\b|\bit\s+is\s+(?:hereby\s+|further\s+)?recommended\b"
    r"|\brecommendation\s+that\b|\b(?:if|unless|absent|should|whether|why|once|warn\w*)\b"
    r"|\bmov(?:e|es|ed|ing)\s+(?:for|to)\b|\b(?:request(?:s|ed|ing)?|asks?|asked|seeks?|sought)\s+"
    r"(?:that|an?\s+order|the\s+court)\b",
    re.I,
)
#: Words after it, in its clause, that make it wait on something: "the case shall be dismissed
#: if he fails to appear", "... upon Plaintiff's failure to ...".
_AFTER = re.compile(
    r"\b(?:if|unless|absent|in\s+the\s+event)\b|\bupon\s+(?:the\s+|a\s+|(?:\w+)['\u2019]s?\s+)?failure\b",
    re.I,
)
#: A verb denied just before the act's words: "shall not close this case", "declines to close".
_NEGATED = re.compile(r"\b(?:not|never|declin\w*\s+to|refus\w*\s+to)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[.;:](?:\s|$)")


def contemplated(text: str, start: int, end: int) -> bool:
    """Whether the act worded from ``start`` to ``end`` of ``text`` is only proposed, asked
    for, warned of or put on a condition in its own clause (see :data:`_BEFORE`), or its verb
    is denied (:data:`_NEGATED`)."""
    stops = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)]
    begin = stops[-1] if stops else max(0, start - 300)
    after = _CLAUSE_END.search(text, end)
    stop = after.start() if after is not None else len(text)
    return (
        _BEFORE.search(text, begin, start) is not None
        or _AFTER.search(text, end, stop) is not None
        or _NEGATED.search(text, max(begin, start - 40), start) is not None
    )
