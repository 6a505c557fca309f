"""Why a posture fact is what it is: the chain of entries, conditions and rules behind it."""

from __future__ import annotations

from datetime import date
from typing import Literal

from docket.engine.conditions import evaluate, named
from docket.errors import DocketError
from docket.events import Condition, Frozen, describe
from docket.events.conditions import refs_in, waits_on_stays
from docket.posture import MotionState, Posture, Step
from docket.words import doc_ref, kind_words, motion_ref, status_words

__all__ = [
    "ConditionCheck",
    "Explanation",
    "NothingToExplain",
    "explain",
    "explain_case",
    "explain_deadline",
    "explain_discovery",
    "explain_motion",
]


class NothingToExplain(DocketError, LookupError):
    """The posture has no such fact (no motion with that number, no such deadline)."""


class ConditionCheck(Frozen):
    """A condition the fact waits on, and how it stands on the posture's date."""

    condition: Condition
    text: str
    truth: Literal["holds", "open", "failed"]
    as_of: date | None
    detail: str = ""


class Explanation(Frozen):
    """A fact, and the steps that made it so, oldest first."""

    subject: str
    summary: str
    steps: tuple[Step, ...]
    conditions: tuple[ConditionCheck, ...] = ()
    notes: tuple[str, ...] = ()
    #: For a document holding several motions, asked about as a whole: each motion's own.
    parts: tuple[Explanation, ...] = ()

    def text(self) -> str:
        """The explanation as a clerk would write it."""
        lines = [self.summary]
        lines.extend(p.text() for p in self.parts)
        for s in self.steps:
            by = f"{doc_ref(s.doc)} " if s.doc is not None else ""
            rule = f" [{s.rule}]" if s.rule else ""
            lines.append(f"  {s.on} {by}{s.what}{rule}")
        for c in self.conditions:
            verdict = _VERDICTS[c.truth]
            lines.append(f"  condition: {c.text}: {verdict} as of {c.as_of} ({c.detail})")
        lines.extend(f"  Why: {n}" for n in self.notes)
        return "\n".join(lines)


_VERDICTS = {"holds": "met", "open": "not yet met", "failed": "can no longer be met"}


def _check(posture: Posture, condition: Condition) -> ConditionCheck:
    motions: dict[int, list[MotionState]] = {}
    for m in posture.motions:
        if m.doc is not None:
            motions.setdefault(m.doc, []).append(m)
    stayed = any(s.status == "in_force" for s in posture.discovery.stays)
    truth = evaluate(condition, motions, posture.as_of or date.max, stayed).value
    said: list[str] = []
    for n, part in dict.fromkeys(refs_in(condition)):
        ms = named(motions, n, part)
        if not ms:
            said.append(f"{motion_ref(n, part)} not on the docket")
        said.extend(f"{motion_ref(n, x.part)} {status_words(x.status)}" for x in ms)
    detail = "; ".join(said)
    return ConditionCheck(
        condition=condition,
        text=describe(condition),
        truth=truth,
        as_of=posture.as_of,
        detail=detail
        or ("by the stays in force" if waits_on_stays(condition) else "by the calendar"),
    )


def explain(
    posture: Posture,
    *,
    motion: int | None = None,
    part: int | None = None,
    discovery: bool = False,
    case: bool = False,
    deadline: str | None = None,
) -> Explanation:
    """Explain one fact of ``posture``: a motion, discovery, the case, or a deadline (the one
    entry point the CLI calls; each fact has its own function below).

    Raises:
        NothingToExplain: the posture has no such motion or deadline, or nothing was asked.
    """
    if motion is not None:
        return explain_motion(posture, motion, part)
    if discovery:
        return explain_discovery(posture)
    if case:
        return explain_case(posture)
    if deadline is not None:
        return explain_deadline(posture, deadline)
    raise NothingToExplain("say what to explain: a motion, discovery, the case or a deadline")


def explain_motion(posture: Posture, doc: int, part: int | None = None) -> Explanation:
    """Why Doc. ``doc`` stands as it does. ``part`` picks one motion of a document holding
    several; without it, such a document is explained motion by motion (``parts``).

    Raises:
        NothingToExplain: no such motion on the posture's date.
    """
    parts = posture.motions_of(doc)
    if part is not None:
        parts = tuple(m for m in parts if m.part == part)
    if not parts:
        raise NothingToExplain(f"no motion is {motion_ref(doc, part)} as of {posture.as_of}")
    if len(parts) == 1:
        return _motion(posture, parts[0])
    return Explanation(
        subject=f"motion {doc}",
        summary=f"{doc_ref(doc)} holds {len(parts)} motions, ruled on separately "
        f"(pick one with --motion {doc}.N)",
        steps=(),
        parts=tuple(_motion(posture, m) for m in parts),
    )


def explain_discovery(posture: Posture) -> Explanation:
    """Why discovery is open, stayed, closed or not yet open: its steps, and the lifting
    condition and explanation of each stay in force."""
    d = posture.discovery
    checks: list[ConditionCheck] = []
    notes = []
    for s in d.stays:
        if s.status == "in_force":
            if s.lifts_when is not None:
                checks.append(_check(posture, s.lifts_when))
            if s.explanation:
                notes.append(s.explanation)
    return Explanation(
        subject="discovery",
        summary=f"Discovery {status_words(d.status).upper()} as of {posture.as_of}",
        steps=tuple(sorted(d.because, key=lambda s: s.on)),
        conditions=tuple(checks),
        notes=tuple(notes),
    )


def explain_case(posture: Posture) -> Explanation:
    """Why the case is open, stayed or closed, with the lifting condition of each stay of the
    case in force."""
    c = posture.case
    checks = [
        _check(posture, s.lifts_when)
        for s in posture.discovery.stays
        if s.status == "in_force" and s.scope.value == "case" and s.lifts_when is not None
    ]
    return Explanation(
        subject="case",
        summary=f"Case {c.status.upper()} as of {posture.as_of}",
        steps=c.because,
        conditions=tuple(checks),
    )


def explain_deadline(posture: Posture, deadline: str) -> Explanation:
    """Why deadline ``deadline`` (its id) falls when it does, with every reading of the rule.

    Raises:
        NothingToExplain: no deadline has that id on the posture's date.
    """
    for dl in posture.deadlines:
        if dl.id == deadline:
            return Explanation(
                subject=f"deadline {dl.id}",
                summary=f"{dl.what}: due {dl.due} ({dl.status}) [{dl.citation}]",
                steps=dl.because,
                notes=tuple(f"reading: {r.due} ({r.assumption})" for r in dl.readings),
            )
    known = ", ".join(d.id for d in posture.deadlines) or "none"
    raise NothingToExplain(f"no deadline {deadline!r} as of {posture.as_of} (deadlines: {known})")


def _motion(posture: Posture, m: MotionState) -> Explanation:
    summary = (
        f"{motion_ref(m.doc, m.part)} ({kind_words(m.kind, m.grounds)}) "
        f"{status_words(m.status).upper()}"
    )
    checks: list[ConditionCheck] = []
    if m.leave_to_refile is not None:
        summary += f"; leave to refile {m.leave_to_refile.status.upper()}"
        if m.leave_to_refile.condition is not None:
            checks.append(_check(posture, m.leave_to_refile.condition))
    subject = f"motion {m.doc}" if m.part is None else f"motion {m.doc}.{m.part}"
    return Explanation(subject=subject, summary=summary, steps=m.because, conditions=tuple(checks))
