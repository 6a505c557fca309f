"""The posture facts an index records, and how a posture is assembled from them.

Kept apart from :mod:`docket.audit.index` (which folds a history to record them) so that
reading a kept index (:mod:`docket.audit.index_file`) needs neither the replay engine nor the
rules: only these values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from docket.posture import (
    RUNNING,
    Anomaly,
    CaseState,
    Deadline,
    DiscoveryState,
    MotionState,
    Posture,
    StayState,
)

__all__ = ["Change", "Fact", "Snapshot", "assemble", "put", "running"]

Fact = MotionState | StayState | Deadline | CaseState | DiscoveryState | int


@dataclass(frozen=True, slots=True)
class Change:
    """One posture fact changed on a day: ``key`` names it, ``old`` and ``new`` are its states.

    For the anomalies, the fact is their count; ``old`` is ``None`` for a new fact.
    """

    on: date
    key: tuple[str, int]
    old: Fact | None
    new: Fact


@dataclass(slots=True)
class Snapshot:
    """The posture facts as they stood after ``position`` recorded changes, on ``on``."""

    on: date
    position: int
    motions: list[MotionState]
    stays: list[StayState]
    deadlines: dict[int, Deadline]
    case: CaseState
    discovery: DiscoveryState
    anomalies: int


def running(deadlines: dict[int, Deadline], i: int, value: object) -> None:
    """Keep only the deadlines a posture lists (the running ones), by index."""
    assert isinstance(value, Deadline)
    if value.status in RUNNING:
        deadlines[i] = value
    else:
        deadlines.pop(i, None)


def put(items: list[MotionState] | list[StayState], i: int, value: object) -> None:
    if i == len(items):
        items.append(value)  # type: ignore[arg-type]
    else:
        items[i] = value  # type: ignore[call-overload]


def assemble(
    snap: Snapshot,
    changes: Sequence[Change],
    position: int,
    as_of: date,
    anomalies: Sequence[Anomaly],
) -> Posture:
    """The posture on ``as_of``: ``snap`` with ``changes[position:]`` on or before it applied.

    ``changes[position:]`` must be the changes recorded after the snapshot, in date order;
    ``anomalies`` every anomaly of the epoch (the snapshot and changes say how many apply).
    """
    motions, stays, deadlines = list(snap.motions), list(snap.stays), dict(snap.deadlines)
    case, discovery, count = snap.case, snap.discovery, snap.anomalies
    while position < len(changes) and changes[position].on <= as_of:
        change = changes[position]
        kind, n = change.key
        new = change.new
        if kind == "motion":
            put(motions, n, new)
        elif kind == "stay":
            put(stays, n, new)
        elif kind == "deadline":
            running(deadlines, n, new)
        elif kind == "case":
            case = new  # type: ignore[assignment]
        elif kind == "discovery":
            discovery = new  # type: ignore[assignment]
        else:
            count = new  # type: ignore[assignment]
        position += 1
    return Posture.model_construct(
        as_of=as_of,
        case=case,
        discovery=discovery.model_copy(update={"stays": tuple(stays)}),
        motions=tuple(motions),
        deadlines=tuple(deadlines[k] for k in sorted(deadlines)),
        anomalies=tuple(anomalies[:count]),
    )
