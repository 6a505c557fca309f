"""Tamper evidence: every adapter's ``verify`` finds an edited, moved or removed entry."""

from __future__ import annotations

from typing import Any

import pytest
from store_backends import Backend, entries

from docket.store import EventStore, MemoryStore, StoredEvent

CASE = "nmd-2:19-cv-00445"
FIELDS = (
    "case",
    "position",
    "global_position",
    "event_id",
    "recorded_at",
    "payload",
    "event_hash",
    "prev_hash",
    "hash",
)


def _edit(backend: Backend, store: EventStore, position: int, **changes: Any) -> None:
    """Change a stored entry behind the store's back, as someone with the keys could."""
    if isinstance(store, MemoryStore):
        stream = store._streams[CASE]
        old = stream[position - 1]
        fields = {name: getattr(old, name) for name in FIELDS}
        stream[position - 1] = StoredEvent(**{**fields, **changes})
        return
    assert backend.raw is not None
    backend.drop_guard()
    sets = ", ".join(f"{column} = '{value}'" for column, value in changes.items())
    backend.raw(
        f"UPDATE {backend.table} SET {sets} WHERE case_id = '{CASE}' AND position = {position}"
    )


def test_an_edited_entry_is_the_first_broken_link(backend: Backend) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        payload = store.load(CASE)[2].payload
        _edit(backend, store, 3, payload=payload.replace("NOTICE 3", "NOTICE 9"))
        result = store.verify()
    assert not result.ok
    (link,) = result.broken
    assert (link.case, link.position) == (CASE, 3)
    assert "stored JSON does not match its event hash" in link.reason


def test_an_entry_edited_with_its_hash_recomputed_breaks_the_chain(backend: Backend) -> None:
    import hashlib

    with backend.open() as store:
        store.append(CASE, entries(CASE, 4))
        payload = store.load(CASE)[1].payload.replace("NOTICE 2", "NOTICE 7")
        digest = hashlib.sha256(payload.encode()).hexdigest()
        _edit(backend, store, 2, payload=payload, event_hash=digest)
        (link,) = store.verify(CASE).broken
    assert link.position == 2
    assert "chain hash" in link.reason


def test_a_removed_entry_is_found_where_the_gap_is(sql_backend: Backend) -> None:
    assert sql_backend.raw is not None
    with sql_backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        on = f" ON {sql_backend.table}" if sql_backend.name == "postgres" else ""
        sql_backend.raw(f"DROP TRIGGER events_no_delete{on}")
        sql_backend.raw(f"DELETE FROM {sql_backend.table} WHERE position = 2")
        (link,) = store.verify().broken
    assert (link.position, link.reason) == (
        3,
        "expected position 2, found 3 (entries missing or reordered)",
    )


@pytest.mark.parametrize("when", ["2001-01-01T00:00:00.000000+00:00"])
def test_a_changed_recording_time_breaks_the_chain(backend: Backend, when: str) -> None:
    from datetime import datetime

    with backend.open() as store:
        store.append(CASE, entries(CASE, 3))
        value: Any = datetime.fromisoformat(when) if backend.name == "memory" else when
        _edit(backend, store, 1, recorded_at=value)
        (link,) = store.verify().broken
    assert link.position == 1
    assert "recording time" in link.reason


def test_a_broken_case_does_not_hide_the_others(backend: Backend) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 2))
        store.append("other", entries("other", 2))
        payload = store.load(CASE)[0].payload
        _edit(backend, store, 1, payload=payload.replace("NOTICE", "NOTICED"))
        result = store.verify()
    assert [link.case for link in result.broken] == [CASE]
    assert [h.case for h in result.heads] == ["other"]
