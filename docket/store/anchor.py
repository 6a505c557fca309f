"""Saved heads: a case's chain checked against a head kept outside the store.

A hash chain proves that a case's entries fit together, not that they are the entries
first recorded: anyone who can write the database can rewrite an entry and recompute
every hash after it (the formula is public, :mod:`docket.store.chain`), or remove the
newest entries, and the chain still holds. A head saved elsewhere (a case, a version and
that version's chain hash, as ``docket verify`` prints it) anchors the chain: the case
matches it when the entry at that position still has that chain hash and the chain holds.
Later entries are fine (the docket grew); a changed, removed or reordered entry at or
before the saved position is not, because it changes that position's chain hash.

A saved head is written ``CASE@VERSION=HASH``; ``CASE=HASH`` (position unknown: any
entry's chain hash may match) and a bare ``HASH`` (for the one case in question) are
accepted too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from docket.store.errors import BadSavedHead
from docket.store.protocol import EventStore
from docket.store.records import CaseHead

__all__ = ["SavedHead", "check_saved_head", "parse_saved_head", "saved_head_text"]

_HASH = re.compile(r"[0-9a-fA-F]{64}")
_VERSION = re.compile(r"(.*)@([0-9]+)", re.DOTALL)


class SavedHead(NamedTuple):
    """A head kept outside the store: the case (None: the one in question), its version
    (None: any position) and the chain hash of the entry at that version."""

    case: str | None
    version: int | None
    hash: str


def saved_head_text(head: CaseHead) -> str:
    """A case's head as ``CASE@VERSION=HASH``, the form ``--expect-head`` takes back."""
    return f"{head.case}@{head.version}={head.hash}"


def parse_saved_head(text: str) -> SavedHead:
    """Read ``CASE@VERSION=HASH``, ``CASE=HASH`` or ``HASH``.

    Raises:
        BadSavedHead: The hash is not 64 hexadecimal digits, the case is empty, or the
            version is not a whole number from 1.
    """
    case: str | None
    where, sep, digest = text.rpartition("=")
    if not _HASH.fullmatch(digest):
        raise BadSavedHead(
            f"saved head {text!r}: the hash must be 64 hexadecimal digits, as docket verify"
            " prints it (CASE@VERSION=HASH, CASE=HASH or HASH)"
        )
    version = None
    case = where if sep else None
    if case is not None and (found := _VERSION.fullmatch(case)) is not None:
        case, version = found.group(1), int(found.group(2))
        if version < 1:
            raise BadSavedHead(f"saved head {text!r}: the version counts entries from 1")
    if case == "":
        raise BadSavedHead(f"saved head {text!r}: the case before '=' is empty")
    return SavedHead(case, version, digest.lower())


def check_saved_head(store: EventStore, saved: SavedHead, head: CaseHead | None) -> str | None:
    """Whether a case whose chain holds still contains the head saved for it.

    Args:
        store: The store holding the case.
        saved: The head kept elsewhere; its case must be given.
        head: The case's head as ``verify`` found it (its chain holds), or None when the
            store holds no entries of the case.

    Returns:
        None when the case contains the saved head, else what differs, in words.
    """
    assert saved.case is not None
    short = f"{saved.hash[:16]}…"
    if head is None:
        at = f" (position {saved.version})" if saved.version is not None else ""
        return f"the store holds no entries of the case, but its head {short}{at} was saved"
    if saved.version is None:
        if head.hash == saved.hash or any(e.hash == saved.hash for e in store.load(head.case)):
            return None
        return (
            f"no entry's chain hash is the saved {short}: entries up to the saved head were"
            f" changed or removed (the case holds {head.version}, head {head.hash[:16]}…)"
        )
    if saved.version > head.version:
        return (
            f"the case holds {head.version} entries, fewer than the {saved.version} of the"
            f" saved head {short}: entries were removed"
        )
    found = head.hash if saved.version == head.version else _hash_at(store, head, saved.version)
    if found == saved.hash:
        return None
    return (
        f"position {saved.version}'s chain hash is {found[:16]}…, not the saved {short}:"
        f" an entry at or before position {saved.version} was changed or removed"
    )


def _hash_at(store: EventStore, head: CaseHead, version: int) -> str:
    entries = store.load(head.case, after=version - 1)
    return entries[0].hash if entries else ""
