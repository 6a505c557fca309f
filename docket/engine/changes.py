"""The posture facts an index records, and how a posture is assembled from them.

Kept apart from :mod:`docket.audit.index` (which folds a history to record them) so that
reading a kept index (:mod:`docket.audit.index_file`) needs neither the replay engine nor the
rules: only these values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

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
from docket.records import FrozenRecord, ValueRecord

__all__ = [
    "Change",
    "Fact",
    "FactKey",
    "FactKind",
    "Snapshot",
    "assemble",
    "deadline_book",
    "put_fact",
]


class FactKind(StrEnum):
    """What a posture fact is: the kinds replay marks changed and the audit index records."""

    MOTION = "motion"
    STAY = "stay"
    DEADLINE = "deadline"
    CASE = "case"
    DISCOVERY = "discovery"
    #: The anomalies, as their count (they are only ever added).
    ANOMALIES = "anomalies"


#: One fact: its kind and its index among its kind (0 for the case, discovery, anomalies).
FactKey = tuple[FactKind, int]
Fact = MotionState | StayState | Deadline | CaseState | DiscoveryState | int


class Change(FrozenRecord):
    """One posture fact changed on a day: ``key`` names it, ``old`` and ``new`` are its states.

    For the anomalies, the fact is their count; ``old`` is ``None`` for a new fact.
    """

    __slots__ = ("key", "new", "old", "on")

    on: date
    key: FactKey
    old: Fact | None
    new: Fact

    def __init__(self, on: date, key: FactKey, old: Fact | None, new: Fact) -> None:
        put = object.__setattr__
        put(self, "on", on)
        put(self, "key", key)
        put(self, "old", old)
        put(self, "new", new)


# A dataclass to pydantic (a kept index holds snapshots), a record otherwise: the dataclass
# machinery only collects the fields (see docket.posture).
@dataclass(slots=True, init=False, repr=False, eq=False)
class Snapshot(ValueRecord):
    """The posture facts as they stood after ``position`` recorded changes, on ``on``."""

    on: date
    position: int
    motions: list[MotionState]
    stays: list[StayState]
    deadlines: dict[int, Deadline]
    case: CaseState
    discovery: DiscoveryState
    anomalies: int

    def __init__(
        self,
        on: date,
        position: int,
        motions: list[MotionState],
        stays: list[StayState],
        deadlines: dict[int, Deadline],
        case: CaseState,
        discovery: DiscoveryState,
        anomalies: int,
    ) -> None:
        self.on = on
        self.position = position
        self.motions = motions
        self.stays = stays
        self.deadlines = deadlines
        self.case = case
        self.discovery = discovery
        self.anomalies = anomalies

    def copy(self) -> Snapshot:
        """A working copy: its own lists of facts (the facts themselves are frozen)."""
        return Snapshot(
            self.on,
            self.position,
            list(self.motions),
            list(self.stays),
            dict(self.deadlines),
            self.case,
            self.discovery,
            self.anomalies,
        )


def _put(items: list[MotionState] | list[StayState], i: int, value: object) -> None:
    if i == len(items):
        items.append(value)  # type: ignore[arg-type]
    else:
        items[i] = value  # type: ignore[call-overload]


def put_fact(snap: Snapshot, kind: FactKind, i: int, value: Fact) -> None:
    """Set one fact of ``snap`` (a working copy): the one place a fact's kind says where it
    goes. A deadline is kept only while the posture lists it (running or suspended)."""
    match kind:
        case FactKind.MOTION:
            _put(snap.motions, i, value)
        case FactKind.STAY:
            _put(snap.stays, i, value)
        case FactKind.DEADLINE:
            assert isinstance(value, Deadline)
            if value.status in RUNNING:
                snap.deadlines[i] = value
            else:
                snap.deadlines.pop(i, None)
        case FactKind.CASE:
            assert isinstance(value, CaseState)
            snap.case = value
        case FactKind.DISCOVERY:
            assert isinstance(value, DiscoveryState)
            snap.discovery = value
        case FactKind.ANOMALIES:
            assert isinstance(value, int)
            snap.anomalies = value


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
    work = snap.copy()
    while position < len(changes) and changes[position].on <= as_of:
        change = changes[position]
        put_fact(work, *change.key, change.new)
        position += 1
    return Posture.model_construct(
        as_of=as_of,
        case=work.case,
        discovery=work.discovery.model_copy(update={"stays": tuple(work.stays)}),
        motions=tuple(work.motions),
        deadlines=tuple(work.deadlines[k] for k in sorted(work.deadlines)),
        anomalies=tuple(anomalies[: work.anomalies]),
    )


def deadline_book(changes: Iterable[Change], as_of: date) -> tuple[Deadline, ...]:
    """Every deadline the ``changes`` (in date order) started by ``as_of``, each in its last
    state on or before ``as_of``, in the order they were started: the running ones the
    posture lists, and those met, moot or elapsed, which it no longer does."""
    book: dict[int, Deadline] = {}
    for change in changes:
        if change.on > as_of:
            break
        if change.key[0] is FactKind.DEADLINE:
            assert isinstance(change.new, Deadline)
            book[change.key[1]] = change.new
    return tuple(book[n] for n in sorted(book))
