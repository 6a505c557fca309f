"""Evaluating conditions against the motions replay has seen so far."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from enum import Enum
from typing import Protocol

from docket.events import AllOf, AnyOf, Condition, DateReached, MotionResolved, MotionRuled

__all__ = ["HasStatus", "Truth", "dates_in", "evaluate", "motions_in"]


class Truth(Enum):
    """A condition holds, may still come to hold, or can no longer hold."""

    HOLDS = "holds"
    OPEN = "open"
    FAILED = "failed"


class HasStatus(Protocol):
    """Anything with a motion status (the replay's working motion)."""

    @property
    def status(self) -> str: ...


def evaluate(condition: Condition, motions: Mapping[int, HasStatus], today: date) -> Truth:
    """The truth of ``condition`` on ``today`` given the motions' statuses."""
    match condition:
        case MotionResolved(motion=n):
            m = motions.get(n)
            return Truth.HOLDS if m is not None and m.status != "pending" else Truth.OPEN
        case MotionRuled(motion=n, dispositions=ds):
            m = motions.get(n)
            if m is None or m.status == "pending":
                return Truth.OPEN
            return Truth.HOLDS if m.status in ds else Truth.FAILED
        case DateReached(on=day):
            return Truth.HOLDS if today >= day else Truth.OPEN
        case AnyOf(conditions=cs):
            truths = [evaluate(c, motions, today) for c in cs]
            if Truth.HOLDS in truths:
                return Truth.HOLDS
            return Truth.FAILED if all(t is Truth.FAILED for t in truths) else Truth.OPEN
        case AllOf(conditions=cs):
            truths = [evaluate(c, motions, today) for c in cs]
            if Truth.FAILED in truths:
                return Truth.FAILED
            return Truth.HOLDS if all(t is Truth.HOLDS for t in truths) else Truth.OPEN
    raise AssertionError(condition)  # pragma: no cover - the union is closed


def motions_in(condition: Condition) -> Iterator[int]:
    """The docket numbers of the motions a condition watches."""
    match condition:
        case MotionResolved(motion=n) | MotionRuled(motion=n):
            yield n
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            for c in cs:
                yield from motions_in(c)


def dates_in(condition: Condition) -> Iterator[date]:
    """The dates on which a condition may change truth by the calendar alone."""
    match condition:
        case DateReached(on=day):
            yield day
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            for c in cs:
                yield from dates_in(c)
