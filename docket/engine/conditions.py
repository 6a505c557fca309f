"""Evaluating conditions against the motions replay has seen so far."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Protocol

from docket.events import (
    AllOf,
    AnyOf,
    CaseReopened,
    Condition,
    DateReached,
    DiscoveryClosed,
    FinalJudgment,
    MotionResolved,
    MotionRuled,
    QualifiedImmunityOvercome,
    StaysLifted,
)

__all__ = [
    "HasStatus",
    "Truth",
    "ambiguous_in",
    "evaluate",
    "named",
]


class Truth(Enum):
    """A condition holds, may still come to hold, or can no longer hold."""

    HOLDS = "holds"
    OPEN = "open"
    FAILED = "failed"


class HasStatus(Protocol):
    """Anything with a motion status and its part of a document (replay's working motion,
    or a posture's motion)."""

    @property
    def status(self) -> str: ...
    @property
    def part(self) -> int | None: ...


#: The motions of each document by docket number: one, or the document's parts.
Motions = Mapping[int, Sequence[HasStatus]]


def named(motions: Motions, doc: int, part: int | None) -> list[HasStatus]:
    """The motions a condition names: the part it names, or every motion of the document."""
    parts = motions.get(doc, ())
    if part is None:
        return list(parts)
    return [m for m in parts if m.part == part]


def evaluate(
    condition: Condition,
    motions: Motions,
    today: date,
    stayed: bool | None = None,
    *,
    judged: bool | None = None,
    discovery_closed: bool | None = None,
    case_open: bool | None = None,
) -> Truth:
    """The truth of ``condition`` on ``today`` given the motions' statuses, and whether any
    stay is in force (``stayed``), a final judgment was entered (``judged``) and discovery
    has closed (``discovery_closed``) and the case is open (``case_open``); each ``None``
    when not known: a condition on it stays open.

    A condition on a document holding several motions, naming no part, is read over all of
    them: resolution of the document is resolution of every motion in it; a ruling on the
    document is a ruling on any one of them.
    """
    match condition:
        case MotionResolved(motion=n, part=part):
            ms = named(motions, n, part)
            resolved = bool(ms) and all(m.status != "pending" for m in ms)
            return Truth.HOLDS if resolved else Truth.OPEN
        case MotionRuled(motion=n, dispositions=ds, part=part):
            ms = named(motions, n, part)
            if any(m.status in ds for m in ms):
                return Truth.HOLDS
            if not ms or any(m.status == "pending" for m in ms):
                return Truth.OPEN
            return Truth.FAILED
        case DateReached(on=day):
            return Truth.HOLDS if today >= day else Truth.OPEN
        case StaysLifted():
            return Truth.HOLDS if stayed is False else Truth.OPEN
        case FinalJudgment():
            return Truth.HOLDS if judged else Truth.OPEN
        case DiscoveryClosed():
            return Truth.HOLDS if discovery_closed else Truth.OPEN
        case CaseReopened():
            return Truth.HOLDS if case_open else Truth.OPEN
        case QualifiedImmunityOvercome():
            return Truth.OPEN  # until replay ties it to the motion asserting the immunity
        case AnyOf(conditions=cs):
            truths = [
                _each(c, motions, today, stayed, judged, discovery_closed, case_open) for c in cs
            ]
            if Truth.HOLDS in truths:
                return Truth.HOLDS
            return Truth.FAILED if all(t is Truth.FAILED for t in truths) else Truth.OPEN
        case AllOf(conditions=cs):
            truths = [
                _each(c, motions, today, stayed, judged, discovery_closed, case_open) for c in cs
            ]
            if Truth.FAILED in truths:
                return Truth.FAILED
            return Truth.HOLDS if all(t is Truth.HOLDS for t in truths) else Truth.OPEN
    raise AssertionError(condition)  # pragma: no cover - the union is closed


def _each(
    condition: Condition,
    motions: Motions,
    today: date,
    stayed: bool | None,
    judged: bool | None,
    discovery_closed: bool | None,
    case_open: bool | None,
) -> Truth:
    return evaluate(
        condition,
        motions,
        today,
        stayed,
        judged=judged,
        discovery_closed=discovery_closed,
        case_open=case_open,
    )


def ambiguous_in(condition: Condition, motions: Motions) -> Iterator[int]:
    """The documents holding several motions that a ruling condition names without a part."""
    match condition:
        case MotionRuled(motion=n, part=None) if len(motions.get(n, ())) > 1:
            yield n
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            for c in cs:
                yield from ambiguous_in(c, motions)
