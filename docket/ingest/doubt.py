"""Where the reader is unsure: the entries a person should review, and why.

The reader never guesses a ruling or a closing. When an order's words rule ("granted",
"denied", "moot" ...) and name a motion pending on the docket that the reader could not tie
the ruling to, the order carries a :class:`~docket.events.Review` naming those motions; when
a paper dismisses, but the reader could not tell that it ends the whole case (a stipulation
that may reach only some parties), it carries one saying it may end the case. Replay then
shows each such motion, or the case, as needing review, and never changes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docket.events import Review
from docket.ingest.refs import find_refs
from docket.ingest.resolve import DocketContext

__all__ = ["doubt_on_closing", "doubt_on_rulings", "merge_doubts"]

#: The verbs an order rules with (FRCP 7(b) motions are granted, denied, found moot ...), and
#: "noting", which some courts (D.P.R.) use for a motion the order takes notice of without
#: saying how it disposes of it.
_VERBS = (
    r"(?:grant(?:s|ed|ing)?|den(?:y|ies|ied|ying)|moot|allow(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|"
    r"strik(?:e|es|ing)|stricken|approv(?:e|es|ed|ing)|sustain(?:s|ed|ing)?|overrul(?:e|es|ed|ing)|"
    r"adopt(?:s|ed|ing)?|so\s+ordered|endorse(?:d|ment)|not(?:e|es|ed|ing))"
)
_RULES = re.compile(rf"\b{_VERBS}\b", re.I)
#: A number right after a ruling verb ("Noting 15", "granting [22]"): the verb's object.
_OBJECT = re.compile(rf"\b{_VERBS}\s+(?:re:?\s+)?[\[(#]?\s*([0-9]{{1,7}})\b", re.I)
_DISMISSES = re.compile(r"\bdismiss(?:al|ed|es|ing)?\b", re.I)
#: The most motions one review flag names: beyond, the order is too unlike a ruling to say.
_MOST = 6


def doubt_on_rulings(text: str, ruled: Iterable[int], ctx: DocketContext) -> Review | None:
    """A review for an order whose words rule but whose numbered motions, pending on the
    docket, the reader did not read a ruling on; ``None`` when there is no such doubt."""
    if not text or _RULES.search(text) is None:
        return None
    done = set(ruled)
    named: list[int] = []
    numbers = [ref.doc for ref in find_refs(text)] + [
        int(m.group(1)) for m in _OBJECT.finditer(text)
    ]
    for n in numbers:
        if n in done or n in named:
            continue
        if any(m.pending for m in ctx.motions.get(n, ())):
            named.append(n)
    if not named or len(named) > _MOST:
        return None
    which = ", ".join(f"Doc. {n}" for n in named)
    return Review(
        reason=f"its words rule, but no ruling on {which} was read from them",
        may_rule_on=tuple(named),
    )


#: A party's own paper dismissing (FRCP 41(a)(1)(A)): self-executing when it reaches the
#: whole action, which the reader could not tell when it did not close the case.
_DISMISSAL_PAPER = re.compile(
    r"^\W*(?:joint\s+|amended\s+)?(?:notice|stipulation)\s+(?:of\s+)?(?:voluntary\s+)?dismissal\b",
    re.I,
)


def doubt_on_closing(text: str, *, paper: bool) -> Review | None:
    """A review for an entry that dismisses but was not read as ending the case: a party's
    notice or stipulation of dismissal (``paper``), or an order dismissing."""
    if not text:
        return None
    found = _DISMISSAL_PAPER.match(text) if paper else _DISMISSES.search(text)
    if found is None:
        return None
    return Review(
        reason="it dismisses, but not plainly the whole action: it may end the case",
        may_close=True,
    )


def merge_doubts(*doubts: Review | None) -> Review | None:
    """One review holding every doubt about an entry: the reasons joined, the motions it may
    rule on united, and whether it may end the case."""
    found = [d for d in doubts if d is not None]
    if len(found) < 2:
        return found[0] if found else None
    return Review(
        reason="; ".join(d.reason for d in found)[:500],
        may_rule_on=tuple(dict.fromkeys(n for d in found for n in d.may_rule_on))[:200],
        may_close=any(d.may_close for d in found),
    )
