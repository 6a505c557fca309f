"""Relief an order gives in its own words, without naming the motion that asked for it.

"Defendant's time to answer is extended to May 1", "This case is STAYED pending arbitration",
"ORDER admitting John Smith pro hac vice": the order does what a motion asked, and says
nothing of the motion. The labelling guide counts such relief, entered right after the
motion asking for it, as the motion granted. Each kind of relief is read here as words; the
importer then looks for the one pending motion that asked for it (of its kind, sharing its
words) and grants it, or, where several may have, flags each for review and grants none.
Relief the order refuses, proposes or makes conditional ("is not extended", "may be
stayed", "should the Court extend") is not relief given.
"""

from __future__ import annotations

import re

from docket.events import Disposition, MotionKind, StayScope
from docket.ingest.rulings import RulingDraft
from docket.ingest.stays import StayDraft

__all__ = ["relief_given"]

_K = MotionKind
#: Each relief: the words that give it, the kind of motion that asks for it, and the words
#: that motion's title shares with it. Deadlines extended are read with the words of what
#: they are for (the answer, discovery, a brief), so that a motion to extend another
#: deadline is not taken for it.
_RELIEF: tuple[tuple[re.Pattern[str], MotionKind, str | None], ...] = (
    (
        re.compile(
            r"\b(?P<what>(?:time|deadline|date)\s+(?:for\s+[^;]{1,40}?\s+)?(?:to|for|by\s+which)\s+"
            r"[^.;]{3,80}?)\s+(?:is|are|shall\s+be|be)\s+(?:hereby\s+)?(?:extended|enlarged)\b"
            r"|\b(?:extend(?:s|ing)?|enlarg(?:es|ing))\s+(?:the\s+)?(?P<what2>(?:time|deadline)\s+"
            r"[^.;]{3,80}?)\s+(?:to|until|through)\s+(?=\d|[a-z]{3,9}\.?\s+\d)"
        ),
        _K.EXTENSION_OF_TIME,
        None,
    ),
    (
        re.compile(r"\badmit(?:s|ted|ting)?\b[^.;]{0,80}?\bpro\s+hac\s+vice\b"),
        _K.OTHER,
        "appear admission admit vice",
    ),
    (
        re.compile(
            r"\b(?:may|shall\s+be\s+(?:allowed|permitted)\s+to|is\s+(?:allowed|permitted)\s+to)\s+"
            r"proceed\s+in\s+forma\s+pauperis\b"
        ),
        _K.OTHER,
        "forma pauperis proceed prepaying",
    ),
    (
        re.compile(
            r"\bconsolidat(?:es|ing)\s+(?:this|the|these|those|said)\s+(?:case|action|matter)"
            r"|\b(?:cases|actions|matters)\s+(?:are|be|shall\s+be)\s+(?:hereby\s+)?consolidated\b"
        ),
        _K.OTHER,
        "consolidate consolidation consolidated",
    ),
    (
        re.compile(
            r"\b(?:is|are)\s+(?:hereby\s+)?(?:withdrawn|relieved)\s+as\s+(?:counsel|attorney)"
            r"|\b(?:is|are)\s+(?:hereby\s+)?(?:permitted|allowed|granted\s+leave)\s+to\s+withdraw\s+as\s+"
            r"(?:counsel|attorney)"
        ),
        _K.OTHER,
        "withdraw withdrawal counsel attorney",
    ),
    (
        re.compile(r"\bsubstitut(?:es|ed|ing)\s+(?:attorney|counsel)\b"),
        _K.OTHER,
        "substitute substitution attorney counsel",
    ),
    (
        # "Plaintiff is granted leave to file a First Amended Complaint", "is GRANTED leave
        # to amend": what a motion for leave to amend asks (FRCP 15(a)(2)).
        re.compile(
            r"\b(?:is|are)\s+(?:hereby\s+)?granted\s+leave\s+to\s+(?:amend\b|file\s+(?:an?\s+|the\s+|its\s+|"
            r"his\s+|her\s+|their\s+)?(?:proposed\s+)?(?:first\s+|second\s+|third\s+|fourth\s+)?amended\s+"
            r"(?:complaint|answer|pleading|petition)\b)"
        ),
        _K.AMEND,
        None,
    ),
)
#: For each relief above, words one of which its text must hold.
_CUES: tuple[tuple[str, ...], ...] = (
    ("extend", "enlarg"),
    ("pro hac",),
    ("pauperis",),
    ("consolidat",),
    ("withdraw", "relieved"),
    ("substitut",),
    ("granted leave",),
)
_ANY_CUE = re.compile(
    "|".join(re.escape(c) for cues in _CUES for c in cues) + r"|restraining|injunction"
)
#: A head naming the order itself as the relief: "TEMPORARY RESTRAINING ORDER", "PRELIMINARY
#: INJUNCTION", "ORDER OF PRELIMINARY INJUNCTION".
_HEADS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^\W*(?:order\s+(?:granting\s+)?)?temporary\s+restraining\s+order\b"),
        "temporary restraining",
    ),
    (
        re.compile(r"^\W*(?:order\s+(?:of|for|granting)\s+)?preliminary\s+injunction\b"),
        "preliminary injunction",
    ),
)
#: Words before the relief that make it refused, proposed or conditional.
_NOT_GIVEN = re.compile(
    r"(?:\bnot|\bno|\bnor|\bdeclin\w*|\bden\w*|\bwhether|\bif|\bshould|\bwould|\bmay|\bmight|"
    r"\bcould|\bunless|\brequest\w*|\bmov\w*|\bmotion|\bseek\w*|\bask\w*|\bpropos\w*)\W+"
    r"(?:\w+\W+){0,4}$"
)
_SCOPE_KIND = {StayScope.CASE: _K.STAY_CASE, StayScope.DISCOVERY: _K.STAY_DISCOVERY}
_STOP = frozenset(
    [
        "time",
        "deadline",
        "date",
        "extended",
        "enlarged",
        "extend",
        "extends",
        "extending",
        "hereby",
        "shall",
        "until",
        "through",
        "which",
        "the",
        "file",
    ]
)


_CLAUSE_END = re.compile(r"[.;:]\s")


def _clause_start(low: str, at: int) -> int:
    """Where the clause holding ``at`` starts, at most 40 characters before it: words of the
    sentence before ("... is denied as moot. The time ... is extended") do not refuse it."""
    start = max(0, at - 40)
    ends = [m.end() for m in _CLAUSE_END.finditer(low, start, at)]
    return ends[-1] if ends else start


def relief_given(low: str, stays: tuple[StayDraft, ...]) -> tuple[RulingDraft, ...]:
    """The relief an order's words give without naming a motion (``low``, its lower-cased
    text), each as a ruling granting the motion that asked for it; ``stays`` are the stays
    the order imposes (a stay of the case or of discovery is what a motion to stay asks)."""
    out: list[RulingDraft] = []
    if not stays and _ANY_CUE.search(low) is None:
        return ()  # cheap: no word any relief needs
    for (pattern, kind, words), cue in zip(_RELIEF, _CUES, strict=True):
        if not any(c in low for c in cue):
            continue  # cheap: the words the relief needs are absent
        for m in pattern.finditer(low):
            if _NOT_GIVEN.search(low, _clause_start(low, m.start()), m.start()):
                continue
            said = words
            if kind is _K.EXTENSION_OF_TIME:
                what = m.group("what") or m.group("what2") or ""
                said = " ".join(w for w in re.findall(r"[a-z]+", what) if w not in _STOP)
                if not said:
                    continue
            out.append(
                RulingDraft(Disposition.GRANTED, (), "order.relief_entered", kind=kind, words=said)
            )
            break
    for pattern, words in _HEADS if ("restraining" in low or "injunction" in low) else ():
        if pattern.match(low):
            out.append(
                RulingDraft(
                    Disposition.GRANTED, (), "order.relief_entered", kind=_K.OTHER, words=words
                )
            )
    for scope in dict.fromkeys(s.scope for s in stays if not s.parties):
        stay_kind = _SCOPE_KIND.get(scope)
        if stay_kind is not None:
            out.append(RulingDraft(Disposition.GRANTED, (), "order.relief_entered", kind=stay_kind))
    return tuple(out)
