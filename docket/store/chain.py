"""The hash chain that makes a case's stored docket tamper-evident.

Each stored entry carries three hashes (SHA-256, lowercase hex):

* ``event_hash = sha256(payload)``, where ``payload`` is the entry's canonical JSON (UTF-8):
  the compact JSON :func:`docket.events.dump_event` writes, stored byte for byte;
* ``prev_hash``: the ``hash`` of the previous entry in the same case, or :data:`GENESIS`
  for the first;
* ``hash = sha256(prev_hash + event_hash + f"{position}\\n{recorded_at}\\n"
  + f"{len(case)}:{case}" + f"{len(event_id)}:{event_id}")``, lengths in code points,
  ``recorded_at`` as :func:`stamp` writes it.

Editing an entry's JSON breaks its ``event_hash``; editing its position, case, id or
recording time breaks its ``hash``; removing or reordering entries breaks the next
``prev_hash``. But the formula is public: whoever can write the database can rewrite an
entry and recompute every hash after it, or remove the newest entries, and the chain still
holds. Only a head kept elsewhere catches that (``docket verify`` prints each case's head;
``--expect-head`` checks it, :mod:`docket.store.anchor`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from docket.store.records import BrokenLink, CaseHead, Verification

__all__ = ["GENESIS", "ChainRow", "chain_hash", "check_chains", "event_hash", "stamp"]

#: The ``prev_hash`` of the first entry of every case.
GENESIS = "0" * 64


class ChainRow(NamedTuple):
    """What :func:`check_chains` reads of one stored entry, rows ordered by case then position."""

    case: str
    position: int
    event_id: str
    recorded_at: str
    payload: str
    event_hash: str
    prev_hash: str
    hash: str


def stamp(moment: datetime) -> str:
    """A recording time as stored and hashed: UTC, ISO 8601, microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(payload: str) -> str:
    """SHA-256 of an entry's canonical JSON."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chain_hash(
    prev: str, digest: str, case: str, position: int, event_id: str, recorded_at: str
) -> str:
    """The chain hash of one entry (see the module docstring for the formula)."""
    text = f"{prev}{digest}{position}\n{recorded_at}\n{len(case)}:{case}{len(event_id)}:{event_id}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _first_break(row: ChainRow, expected_position: int, prev: str) -> str | None:
    if row.position != expected_position:
        return (
            f"expected position {expected_position}, found {row.position} "
            "(entries missing or reordered)"
        )
    computed = event_hash(row.payload)
    if computed != row.event_hash:
        return (
            f"stored JSON does not match its event hash "
            f"(stored {row.event_hash[:16]}…, JSON hashes to {computed[:16]}…)"
        )
    if row.prev_hash != prev:
        return (
            f"previous hash {row.prev_hash[:16]}… does not match the hash of position "
            f"{row.position - 1} ({prev[:16]}…)"
        )
    computed = chain_hash(
        prev, row.event_hash, row.case, row.position, row.event_id, row.recorded_at
    )
    if computed != row.hash:
        return (
            f"chain hash {row.hash[:16]}… does not match its case, position, id and "
            f"recording time (recomputed {computed[:16]}…)"
        )
    return None


def check_chains(rows: Iterable[ChainRow]) -> Verification:
    """Recompute every chain in ``rows`` (each case's rows together, by position).

    Returns:
        How many cases and entries were checked, and the first broken link of each case
        whose chain fails.
    """
    broken: list[BrokenLink] = []
    heads: list[CaseHead] = []
    events = 0
    case: str | None = None
    prev, expected, failed = GENESIS, 1, False
    for row in rows:
        events += 1
        if row.case != case:
            if case is not None and not failed:
                heads.append(CaseHead(case, expected - 1, prev))
            case, prev, expected, failed = row.case, GENESIS, 1, False
        if failed:
            continue
        reason = _first_break(row, expected, prev)
        if reason is not None:
            broken.append(BrokenLink(row.case, row.position, reason))
            failed = True
            continue
        prev, expected = row.hash, expected + 1
    if case is not None and not failed:
        heads.append(CaseHead(case, expected - 1, prev))
    # Cases in code point order, whatever order (or collation) the database gave them in.
    return Verification(
        cases=len(heads) + len(broken),
        events=events,
        broken=tuple(sorted(broken, key=lambda b: b.case)),
        heads=tuple(sorted(heads, key=lambda h: h.case)),
    )
