"""What a motion asks for, read off its title: its kind and the grounds it asserts.

The first relief the title names decides the kind ("Motion for Leave to File a Motion for
Summary Judgment" is a motion for leave), so each kind is a pattern and the earliest match
in the title wins.
"""

from __future__ import annotations

import re

from docket.events import Ground, MotionKind

__all__ = ["grounds_of", "kinds_named", "motion_kind", "named_kind"]

_K = MotionKind
#: One alternative per kind; the name of the group is the kind's value.
_KINDS = re.compile(
    r"(?P<judgment_on_pleadings>judgment\s+on\s+(?:the\s+)?pleadings|\b12\s*\(c\))"
    r"|(?P<default_judgment>default\s+judgment|judgment\s+by\s+default)"
    r"|(?P<summary_judgment>summary\s+(?:judg?e?ment|judgm|adjudication)|\brule\s+56\b(?!\s*\(d\)))"
    r"|(?P<compel_other>compel\s+(?:\w+\s+){0,2}arbitration)"
    r"|(?P<compel>\bcompel)"
    r"|(?P<stay_discovery>stay\w*\s+(?:of\s+|all\s+)?(?:\w+\s+){0,2}discovery|"
    r"discovery\s+stay|stay\s+(?:of\s+)?(?:rule\s+)?26)"
    r"|(?P<lift_other>(?:lift|vacate|dissolve)\w*\s+(?:the\s+)?(?:automatic\s+)?stay|"
    r"relief\s+from\s+(?:the\s+)?(?:automatic\s+)?stay|stay\s+relief)"
    r"|(?P<stay_case>\bstay\b|\bstaying\b|abey|abeyance)"
    r"|(?P<dismiss>\bdismiss|\bdismissal|12\s*\(b\))"
    r"|(?P<extension_of_time>extension|extention|extenstion|extend|enlarge|additional\s+time|more\s+time|"
    r"continuance\s+of\s+(?:the\s+)?(?:deadline|time))"
    r"|(?P<protective_order>protective\s+order)"
    r"|(?P<amend>\bamend(?!ed)\b|amend/correct|to\s+amend|leave\s+to\s+amend|"
    r"leave\s+to\s+file\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:first\s+|second\s+|third\s+|fourth\s+)?"
    r"amended\s+(?:complaint|pleading|petition))"
    r"|(?P<leave_to_file>leave\s+to\s+(?:file|submit|exceed|serve)|excess\s+pages)"
    r"|(?P<first_other>leave\s+to\s+\w+|certif|approv|settle|seal\b|strike|intervene|transfer|consolidat|"
    r"appoint|substitut|withdraw|continue|adjourn|admission|admit|appear|in\s+forma|pro\s+hac|enforce|"
    r"quash|vacate|preliminary\s+injunction|temporary\s+restraining|class\s+cert|impound|"
    r"expedite|shorten)"
    r"|(?P<reconsideration>reconsider|alter\s+or\s+amend|rule\s+59\s*\(e\)|rehearing)"
    r"|(?P<sanctions>sanction)"
    r"|(?P<remand>\bremand)"
)
#: Where a kind's words may start; each candidate is then read by ``_KINDS`` in place.
_STEMS = re.compile(
    r"judg|default|summary|compel|stay|abey|dismiss|12\s*\(|exten|enlarg|additional\s+time|"
    r"more\s+time|continuance\s+of|protective|amend|to\s+amend|leave\s+to|excess|reconsider|"
    r"alter\s+or|rule\s+5[69]|rehearing|sanction|remand|lift|vacat|dissolv|relief|discovery|"
    r"certif|approv|settle|seal|strike|intervene|transfer|consolidat|appoint|substitut|withdraw|"
    r"continue|adjourn|admi|appear|in\s+forma|pro\s+hac|enforce|quash|preliminary|temporary|"
    r"class|impound|expedite|shorten"
)

_GROUNDS = (
    (Ground.QUALIFIED_IMMUNITY, re.compile(r"qualified\s+immunity")),
    (Ground.ABSOLUTE_IMMUNITY, re.compile(r"absolute\s+(?:\w+\s+)?immunity")),
    (
        Ground.LACK_OF_JURISDICTION,
        re.compile(r"lack\s+of\s+(?:\w+\s+){0,2}jurisdiction|12\s*\(b\)\s*\([12]\)"),
    ),
    (
        Ground.FAILURE_TO_STATE_A_CLAIM,
        re.compile(r"failure\s+to\s+state|12\s*\(b\)\s*\(6\)"),
    ),
    (Ground.RULE_56D, re.compile(r"56\s*\((?:d|f)\)")),
)


def motion_kind(title: str) -> MotionKind:
    """The kind of motion ``title`` names (``other`` when it names none we track).

    A motion to compel arbitration and a motion for relief from the automatic stay are
    "other": they neither compel discovery nor stay the case.
    """
    low = title.lower()
    kind = _scan(low)
    if kind is _K.OTHER:
        words = low.split()
        if any(map(str.__eq__, words, words[1:])):  # "leave to to amend": a real typo
            return _scan(" ".join(w for k, w in enumerate(words) if k == 0 or w != words[k - 1]))
    return kind


def _scan(low: str) -> MotionKind:
    for stem in _STEMS.finditer(low):
        m = _KINDS.match(low, stem.start())
        if m is not None and m.lastgroup is not None:
            return _K.OTHER if m.lastgroup.endswith("_other") else _K(m.lastgroup)
    return _K.OTHER


_RELIEF = re.compile(r"\b(?:motion|application)s?\s+(?:to|for|in)\s+\w", re.I)
_MOTION_WORD = re.compile(r"\b(?:motion|application)s?\b", re.I)


def named_kind(words: str) -> MotionKind | None:
    """The kind of motion ``words`` name ("Motion to Compel as to ..." -> compel), or ``None``
    when they name no relief ("the motion", "Motions [30]")."""
    kind = motion_kind(words)
    if kind is not _K.OTHER:
        return kind
    return _K.OTHER if _RELIEF.search(words) else None


def kinds_named(text: str) -> tuple[MotionKind, ...]:
    """The kinds of every motion ``text`` names, in order ("re 39 MOTION to Compel Arbitration.
    MOTION to Stay Proceedings" -> other, stay_case)."""
    out: list[MotionKind] = []
    marks = [m.start() for m in _MOTION_WORD.finditer(text)]
    for i, at in enumerate(marks):
        stop = marks[i + 1] if i + 1 < len(marks) else len(text)
        kind = named_kind(text[at:stop])
        if kind is not None and kind not in out:
            out.append(kind)
    return tuple(out)


def grounds_of(text: str) -> tuple[Ground, ...]:
    """The legal grounds a motion's text asserts, in a fixed order."""
    low = text.lower()
    if not any(w in low for w in ("immun", "jurisdiction", "12", "56", "failure")):
        return ()
    return tuple(ground for ground, pattern in _GROUNDS if pattern.search(low))
