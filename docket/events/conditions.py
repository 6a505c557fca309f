"""Conditions as data: what must happen for a stay to lift or for leave to refile to open.

A condition is never code inside an event. Replay evaluates it against the posture it has
built so far (see :mod:`docket.engine.fold`), to one of three truths: it holds, it may still hold
(open), or it can no longer hold (failed).
"""

# No "from __future__ import annotations" here: pydantic reads these models' annotations as
# objects instead of evaluating each one's text when the module loads (start-up time).

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from docket.events._base import CourtDate, DocNumber, Frozen, Part
from docket.events.vocabulary import Disposition
from docket.words import motion_ref

__all__ = [
    "AllOf",
    "AnyOf",
    "CaseReopened",
    "Condition",
    "DateReached",
    "DiscoveryClosed",
    "FinalJudgment",
    "MotionResolved",
    "MotionRuled",
    "QualifiedImmunityOvercome",
    "StaysLifted",
    "dates_in",
    "describe",
    "motion_denied_at_least_in_part",
    "motions_in",
    "refs_in",
    "waits_on_case",
    "waits_on_judgment",
    "waits_on_stays",
]


class MotionResolved(Frozen):
    """Holds once motion ``motion`` is decided, withdrawn or mooted: "pending resolution of".

    Without a ``part``, on a document holding several motions: once every one is resolved.
    """

    kind: Literal["motion_resolved"] = "motion_resolved"
    motion: DocNumber
    part: Part = None


class MotionRuled(Frozen):
    """Holds once motion ``motion`` is decided with one of ``dispositions``.

    It fails once the motion is decided any other way, or withdrawn. Without a ``part``, on a
    document holding several motions, it holds once any of them is so decided, and fails once
    all are decided otherwise.
    """

    kind: Literal["motion_ruled"] = "motion_ruled"
    motion: DocNumber
    dispositions: tuple[Disposition, ...] = Field(min_length=1)
    part: Part = None


class DateReached(Frozen):
    """Holds on and after ``on``."""

    kind: Literal["date_reached"] = "date_reached"
    on: CourtDate


class StaysLifted(Frozen):
    """Holds once the stays in force have lifted: "without prejudice to renewal after the
    stay is lifted". A stay keeps a motion from being heard, so leave tied to it opens when
    no stay is in force any more (one imposed by the same order counts)."""

    kind: Literal["stays_lifted"] = "stays_lifted"


class FinalJudgment(Frozen):
    """Holds once a final judgment is entered: "Plaintiff may file such motions in a timely
    manner after the entry of judgment" (a motion for fees comes after judgment, FRCP
    54(d)(2)(B)). The judgment closing the case is what opens this leave, so it does not
    foreclose it; any other closing does."""

    kind: Literal["final_judgment"] = "final_judgment"


class DiscoveryClosed(Frozen):
    """Holds once discovery has closed: "without prejudice to renewal after the close of
    discovery"."""

    kind: Literal["discovery_closed"] = "discovery_closed"


class CaseReopened(Frozen):
    """Holds once the case, closed when the leave was given, is open again: "As this matter
    is administratively closed, the motion is DENIED WITHOUT PREJUDICE" (it may be renewed
    when the case is reopened). A case closed by administrative closing may be reopened on
    the docket; until then nothing is heard in it."""

    kind: Literal["case_reopened"] = "case_reopened"


class QualifiedImmunityOvercome(Frozen):
    """Holds once the plaintiff overcomes the defendants' qualified immunity, the motion
    asserting it denied at least in part: "should Plaintiff overcome Defendants' qualified
    immunity", the order naming no motion. Replay ties it to the one motion on the docket
    that asserts qualified immunity, read as :func:`motion_denied_at_least_in_part` of it;
    with none or several, a person says which."""

    kind: Literal["qualified_immunity_overcome"] = "qualified_immunity_overcome"


class AnyOf(Frozen):
    """Holds when any one of ``conditions`` holds; fails when all have failed."""

    kind: Literal["any_of"] = "any_of"
    conditions: tuple["Condition", ...] = Field(min_length=1)


class AllOf(Frozen):
    """Holds when every one of ``conditions`` holds; fails when any has failed."""

    kind: Literal["all_of"] = "all_of"
    conditions: tuple["Condition", ...] = Field(min_length=1)


Condition = Annotated[
    MotionResolved
    | MotionRuled
    | DateReached
    | StaysLifted
    | FinalJudgment
    | DiscoveryClosed
    | CaseReopened
    | QualifiedImmunityOvercome
    | AnyOf
    | AllOf,
    Field(discriminator="kind"),
]

# AnyOf and AllOf name Condition before it exists: pydantic resolves it from this module when
# their schema is first built (their building is deferred, as every event's: start-up time).

#: Dispositions by which a movant loses at least in part: the plaintiff "overcomes" the motion.
_LOSS = (Disposition.DENIED, Disposition.DENIED_WITHOUT_PREJUDICE, Disposition.GRANTED_IN_PART)


def motion_denied_at_least_in_part(motion: int, part: int | None = None) -> MotionRuled:
    """The condition "motion ``motion`` is denied at least in part".

    This is how "should Plaintiff overcome Defendants' qualified immunity" reads as data:
    the qualified-immunity motion is denied, in whole or in part.
    """
    return MotionRuled(motion=motion, dispositions=_LOSS, part=part)


def describe(condition: Condition) -> str:
    """Say a condition in a docket clerk's words."""
    match condition:
        case MotionResolved(motion=n, part=part):
            return f"resolution of {motion_ref(n, part)}"
        case MotionRuled(motion=n, dispositions=ds, part=part):
            if set(ds) == set(_LOSS):
                return f"{motion_ref(n, part)} denied at least in part"
            words = " or ".join(d.value.replace("_", " ") for d in ds)
            return f"{motion_ref(n, part)} {words}"
        case DateReached(on=day):
            return f"{day.isoformat()}"
        case StaysLifted():
            return "the stay lifted"
        case FinalJudgment():
            return "entry of judgment"
        case DiscoveryClosed():
            return "the close of discovery"
        case CaseReopened():
            return "the case reopened"
        case QualifiedImmunityOvercome():
            return "qualified immunity overcome"
        case AnyOf(conditions=cs):
            return " or ".join(describe(c) for c in cs)
        case AllOf(conditions=cs):
            return " and ".join(describe(c) for c in cs)
    raise AssertionError(condition)  # pragma: no cover - the union is closed


def refs_in(condition: Condition) -> Iterator[tuple[int, int | None]]:
    """The motions a condition watches, as (docket number, part)."""
    match condition:
        case MotionResolved(motion=n, part=part) | MotionRuled(motion=n, part=part):
            yield n, part
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            for c in cs:
                yield from refs_in(c)


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


def waits_on_stays(condition: Condition) -> bool:
    """Whether a condition may change truth when a stay lifts."""
    match condition:
        case StaysLifted():
            return True
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            return any(waits_on_stays(c) for c in cs)
    return False


def waits_on_case(condition: Condition) -> bool:
    """Whether a condition may change truth when judgment is entered, discovery closes or
    the case reopens."""
    match condition:
        case FinalJudgment() | DiscoveryClosed() | CaseReopened():
            return True
        case AnyOf(conditions=cs) | AllOf(conditions=cs):
            return any(waits_on_case(c) for c in cs)
    return False


def waits_on_judgment(condition: Condition) -> bool:
    """Whether a condition holds on a final judgment alone ("after the entry of judgment")."""
    match condition:
        case FinalJudgment():
            return True
        case AnyOf(conditions=cs):
            return any(waits_on_judgment(c) for c in cs)
        case AllOf(conditions=cs):
            return all(waits_on_judgment(c) for c in cs)
    return False
