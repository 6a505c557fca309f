"""Preparing a batch for the store: seal each entry, drop repeats, chain the new ones.

Shared by every adapter, so that all of them decide idempotency and chaining alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from hashlib import sha256
from typing import NamedTuple

from pydantic_core import PydanticSerializationError

from docket.events import DocketEvent, dump_event, parse_event
from docket.store.errors import IdempotencyConflict, UnstorableEvent

__all__ = ["Row", "Sealed", "Stored", "link", "new_entries", "seal"]

#: One entry as inserted: case, position, event id, type, recorded_at, payload,
#: event hash, previous hash, chain hash.
Row = tuple[str, int, str, str, str, str, str, str, str]


class Sealed(NamedTuple):
    """An entry ready to store: its canonical JSON and that JSON's hash."""

    event: DocketEvent
    payload: str
    event_hash: str


class Stored(NamedTuple):
    """What the store already holds under an event id."""

    case: str
    position: int
    event_hash: str


def _check_id(kind: str, value: str) -> None:
    if "\x00" in value:
        raise UnstorableEvent(f"{kind} {value!r} contains a NUL character, which no store keeps")


def seal(case: str, events: Iterable[DocketEvent]) -> tuple[list[Sealed], int]:
    """Seal a batch for ``case``, dropping entries repeated within it.

    Returns:
        The sealed entries in order, and how many repeats were dropped.

    Raises:
        UnstorableEvent: An entry belongs to another case, has a NUL in its id or case, or
            holds text that is not valid Unicode.
        IdempotencyConflict: The batch holds one id twice with different content.
    """
    _check_id("case id", case)
    sealed: list[Sealed] = []
    seen: dict[str, str] = {}
    repeats = 0
    for event in events:
        if event.case != case:
            raise UnstorableEvent(
                f"event {event.id!r} belongs to case {event.case!r}, not {case!r}"
            )
        _check_id("event id", event.id)
        try:
            payload = dump_event(event)
        except PydanticSerializationError:
            raise UnstorableEvent(
                f"event {event.id!r} holds text that is not valid Unicode (a lone surrogate)"
            ) from None
        digest = sha256(payload.encode()).hexdigest()  # chain.event_hash, inlined
        earlier = seen.get(event.id)
        if earlier is not None:
            if earlier != digest:
                raise IdempotencyConflict(event.id, case, None)
            repeats += 1
            continue
        seen[event.id] = digest
        sealed.append(Sealed(event, payload, digest))
    return sealed, repeats


def new_entries(
    sealed: list[Sealed],
    stored: Mapping[str, Stored],
    stored_payload: Callable[[str], str],
) -> list[Sealed]:
    """The entries of ``sealed`` not yet stored.

    An entry stored with the same hash is a repeat. One stored with another hash is still a
    repeat if both parse to the same event (JSON written by an older release); otherwise it
    is a conflict.

    Raises:
        IdempotencyConflict: An id is stored with different content.
    """
    fresh: list[Sealed] = []
    for s in sealed:
        old = stored.get(s.event.id)
        if old is None:
            fresh.append(s)
        elif old.event_hash != s.event_hash and (
            old.case != s.event.case or parse_event(stored_payload(s.event.id)) != s.event
        ):
            raise IdempotencyConflict(s.event.id, old.case, old.position)
    return fresh


def link(case: str, fresh: list[Sealed], version: int, head: str, recorded_at: str) -> list[Row]:
    """Chain ``fresh`` onto a case whose newest entry is at ``version`` with hash ``head``."""
    rows: list[Row] = []
    append = rows.append
    prev = head
    tail = f"\n{recorded_at}\n{len(case)}:{case}"  # chain.chain_hash, inlined for speed
    for position, (event, payload, digest) in enumerate(fresh, start=version + 1):
        eid = event.id
        chained = sha256(f"{prev}{digest}{position}{tail}{len(eid)}:{eid}".encode()).hexdigest()
        append((case, position, eid, event.type, recorded_at, payload, digest, prev, chained))
        prev = chained
    return rows
