"""Saved heads: a rewrite or a truncation that keeps the chain whole is caught against a head
kept outside the store, in every adapter; a later append is not mistaken for one."""

from __future__ import annotations

import pytest
from store_backends import Backend, entries

from docket.store import BadSavedHead, CaseHead, EventStore, MemoryStore, StoredEvent
from docket.store.anchor import (
    SavedHead,
    check_saved_head,
    parse_saved_head,
    saved_head_text,
)
from docket.store.chain import GENESIS, chain_hash, event_hash, stamp

CASE = "nmd-2:19-cv-00445"


def _head(store: EventStore, case: str = CASE) -> CaseHead | None:
    """The case's head as verify finds it, its chain holding (None if the store lacks it)."""
    result = store.verify()
    assert result.ok
    return {h.case: h for h in result.heads}.get(case)


def _saved(store: EventStore) -> SavedHead:
    head = _head(store)
    assert head is not None
    return parse_saved_head(saved_head_text(head))


def _check(store: EventStore, saved: SavedHead) -> str | None:
    return check_saved_head(store, saved, _head(store, saved.case or CASE))


def _rewrite(backend: Backend, store: EventStore, position: int) -> None:
    """Change one entry's text and recompute every hash from it on, with the public formula:
    what someone who can write the database (and drop its guards) could do."""
    stored = store.load(CASE)
    prev = stored[position - 2].hash if position > 1 else GENESIS
    forged: list[StoredEvent] = []
    for old in stored[position - 1 :]:
        payload = old.payload
        if old.position == position:
            payload = payload.replace(f"NOTICE {position}", "NOTICE 99")
        digest = event_hash(payload)
        at = stamp(old.recorded_at)
        link = chain_hash(prev, digest, CASE, old.position, old.event_id, at)
        forged.append(
            StoredEvent(
                CASE,
                old.position,
                old.global_position,
                old.event_id,
                old.recorded_at,
                payload,
                digest,
                prev,
                link,
            )
        )
        prev = link
    if isinstance(store, MemoryStore):
        store._streams[CASE][position - 1 :] = forged
        store._by_id.update((e.event_id, e) for e in forged)
        return
    assert backend.raw is not None
    backend.drop_guard()
    for e in forged:
        text = e.payload.replace("'", "''")
        backend.raw(
            f"UPDATE {backend.table} SET payload = '{text}', event_hash = '{e.event_hash}',"
            f" prev_hash = '{e.prev_hash}', hash = '{e.hash}'"
            f" WHERE case_id = '{CASE}' AND position = {e.position}"
        )


def _truncate(backend: Backend, store: EventStore, keep: int) -> None:
    """Remove the case's entries after position ``keep``, behind the store's back."""
    if isinstance(store, MemoryStore):
        for e in store._streams[CASE][keep:]:
            del store._by_id[e.event_id]
        del store._streams[CASE][keep:]
        return
    assert backend.raw is not None
    on = f" ON {backend.table}" if backend.name == "postgres" else ""
    backend.raw(f"DROP TRIGGER events_no_delete{on}")
    backend.raw(f"DELETE FROM {backend.table} WHERE case_id = '{CASE}' AND position > {keep}")


@pytest.mark.parametrize("versioned", [True, False], ids=["CASE@N=HASH", "CASE=HASH"])
def test_a_saved_head_still_holds_after_later_entries_are_appended(
    store: EventStore, versioned: bool
) -> None:
    store.append(CASE, entries(CASE, 5))
    saved = _saved(store)
    saved = saved if versioned else saved._replace(version=None)
    assert _check(store, saved) is None
    store.append(CASE, entries(CASE, 3, start=6))
    assert _check(store, saved) is None


def test_a_rewrite_with_every_hash_recomputed_keeps_the_chain_but_misses_the_saved_head(
    backend: Backend,
) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        saved = _saved(store)
        _rewrite(backend, store, 3)
        assert store.verify().ok  # the chain alone cannot tell
        assert "NOTICE 99" in store.load(CASE)[2].payload
        reason = _check(store, saved)
        unversioned = _check(store, saved._replace(version=None))
    assert reason is not None and reason.startswith("position 5's chain hash is ")
    assert f"not the saved {saved.hash[:16]}…" in reason
    assert unversioned is not None
    assert unversioned.startswith(f"no entry's chain hash is the saved {saved.hash[:16]}…")


def test_removing_the_newest_entries_keeps_the_chain_but_misses_the_saved_head(
    backend: Backend,
) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        saved = _saved(store)
        _truncate(backend, store, 3)
        assert store.verify().ok
        reason = _check(store, saved)
    assert reason is not None
    assert reason.startswith("the case holds 3 entries, fewer than the 5 of the saved head")


def test_entries_removed_and_others_appended_to_the_same_length_miss_the_saved_head(
    backend: Backend,
) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        saved = _saved(store)
        _truncate(backend, store, 3)
        store.append(CASE, entries(CASE, 2, start=4, text="MOTION"))
        assert store.verify().ok and store.version(CASE) == 5
        reason = _check(store, saved)
    assert reason is not None and reason.startswith("position 5's chain hash is ")


def test_a_case_gone_from_the_store_misses_its_saved_head(backend: Backend) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 2))
        saved = _saved(store)
        _truncate(backend, store, 0)
        reason = _check(store, saved)
    assert reason == (
        f"the store holds no entries of the case, but its head {saved.hash[:16]}… (position 2)"
        " was saved"
    )


def test_a_saved_head_vouches_only_for_the_entries_up_to_it(backend: Backend) -> None:
    with backend.open() as store:
        store.append(CASE, entries(CASE, 5))
        early = _saved(store)._replace(version=None)
        store.append(CASE, entries(CASE, 2, start=6))
        late = _saved(store)
        _rewrite(backend, store, 6)
        assert _check(store, late) is not None
        assert _check(store, early) is None


def test_a_saved_head_reads_back_as_verify_writes_it() -> None:
    digest = "ab" * 32
    odd = "a@b=c@12"
    assert parse_saved_head(saved_head_text(CaseHead(odd, 7, digest))) == SavedHead(odd, 7, digest)
    assert parse_saved_head(f"{CASE}={digest.upper()}") == SavedHead(CASE, None, digest)
    assert parse_saved_head(digest) == SavedHead(None, None, digest)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("abc", "the hash must be 64 hexadecimal digits"),
        (f"{CASE}@7={'z' * 64}", "the hash must be 64 hexadecimal digits"),
        (f"{CASE}@7={'a' * 63}", "the hash must be 64 hexadecimal digits"),
        (f"{CASE}@0={'a' * 64}", "the version counts entries from 1"),
        (f"={'a' * 64}", "the case before '=' is empty"),
        (f"@3={'a' * 64}", "the case before '=' is empty"),
    ],
)
def test_a_saved_head_that_cannot_be_read_says_why(text: str, why: str) -> None:
    with pytest.raises(BadSavedHead, match=why):
        parse_saved_head(text)
