"""The event store contract, run against every adapter: memory, SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from store_backends import Backend, entries

from docket.engine.fold import replay
from docket.events import DocketEntry, EntryCorrected, EntryStricken, dump_event
from docket.store import (
    GENESIS,
    ConcurrencyConflict,
    EventStore,
    IdempotencyConflict,
    UnstorableEvent,
)

CASE = "nmd-2:19-cv-00445"


def test_every_adapter_satisfies_the_event_store_protocol(store: EventStore) -> None:
    assert isinstance(store, EventStore)


def test_a_case_never_appended_to_has_version_zero_and_no_entries(store: EventStore) -> None:
    assert store.version(CASE) == 0
    assert store.load(CASE) == ()
    assert store.cases() == ()


def test_entries_come_back_in_the_order_they_were_appended(store: EventStore) -> None:
    first, second = entries(CASE, 3), entries(CASE, 4, start=4)
    store.append(CASE, first)
    store.append(CASE, second)
    loaded = store.load(CASE)
    assert [e.event for e in loaded] == first + second
    assert [e.position for e in loaded] == list(range(1, 8))
    globals_ = [e.global_position for e in loaded]
    assert globals_ == sorted(set(globals_))
    assert store.version(CASE) == 7


def test_the_append_result_describes_what_was_stored(store: EventStore) -> None:
    result = store.append(CASE, entries(CASE, 3))
    assert (result.case, result.version, result.duplicates) == (CASE, 3, 0)
    assert result.appended == store.load(CASE)


def test_load_after_a_position_returns_only_the_later_entries(store: EventStore) -> None:
    batch = entries(CASE, 5)
    store.append(CASE, batch)
    assert [e.event for e in store.load(CASE, after=3)] == batch[3:]


def test_cases_are_kept_in_separate_streams(store: EventStore) -> None:
    store.append("case-b", entries("case-b", 2))
    store.append("case-a", entries("case-a", 3))
    store.append("case-b", entries("case-b", 1, start=3))
    assert [(c.case, c.version) for c in store.cases()] == [("case-a", 3), ("case-b", 3)]
    assert [e.position for e in store.load("case-b")] == [1, 2, 3]


def test_the_store_stamps_each_batch_with_the_time_it_recorded_it(store: EventStore) -> None:
    before = datetime.now(UTC)
    store.append(CASE, entries(CASE, 2))
    store.append(CASE, entries(CASE, 1, start=3))
    after = datetime.now(UTC)
    stamps = [e.recorded_at for e in store.load(CASE)]
    assert stamps[0] == stamps[1] <= stamps[2]
    assert all(before <= s <= after for s in stamps)
    assert store.cases()[0].last_recorded_at == stamps[2]


def test_appending_at_the_expected_version_moves_the_case_on(store: EventStore) -> None:
    assert store.append(CASE, entries(CASE, 2), expected_version=0).version == 2
    assert store.append(CASE, entries(CASE, 2, start=3), expected_version=2).version == 4


def test_a_stale_expected_version_is_a_conflict_and_writes_nothing(store: EventStore) -> None:
    store.append(CASE, entries(CASE, 2))
    with pytest.raises(ConcurrencyConflict) as caught:
        store.append(CASE, entries(CASE, 3, start=3), expected_version=1)
    assert (caught.value.case, caught.value.expected, caught.value.actual) == (CASE, 1, 2)
    assert store.version(CASE) == 2


def test_a_second_writer_with_the_same_expected_version_loses(backend: Backend) -> None:
    with backend.open() as one:
        two = one if backend.name == "memory" else backend.open()
        with two:
            seen = two.version(CASE)
            one.append(CASE, entries(CASE, 1), expected_version=seen)
            with pytest.raises(ConcurrencyConflict):
                two.append(CASE, entries(CASE, 1, start=2), expected_version=seen)
            assert [e.event.id for e in one.load(CASE)] == [f"{CASE}/1"]


def test_reappending_the_same_entries_is_a_no_op(store: EventStore) -> None:
    batch = entries(CASE, 3)
    store.append(CASE, batch, expected_version=0)
    again = store.append(CASE, batch, expected_version=0)  # a retry after a lost reply
    assert (again.version, again.appended, again.duplicates) == (3, (), 3)
    assert [e.event for e in store.load(CASE)] == batch


def test_a_batch_partly_stored_appends_only_the_new_entries(store: EventStore) -> None:
    store.append(CASE, entries(CASE, 2))
    result = store.append(CASE, entries(CASE, 4))
    assert (len(result.appended), result.duplicates, result.version) == (2, 2, 4)
    assert [e.event.id for e in store.load(CASE)] == [f"{CASE}/{n}" for n in range(1, 5)]


def test_an_entry_repeated_within_one_batch_is_stored_once(store: EventStore) -> None:
    one = entries(CASE, 1)
    result = store.append(CASE, one + one)
    assert (result.version, result.duplicates) == (1, 1)


def test_the_same_id_with_other_content_is_refused_and_nothing_is_written(
    store: EventStore,
) -> None:
    store.append(CASE, entries(CASE, 2))
    altered = entries(CASE, 1, start=2, text="AMENDED")
    with pytest.raises(IdempotencyConflict) as caught:
        store.append(CASE, entries(CASE, 3, start=3) + altered)
    assert (caught.value.event_id, caught.value.position) == (f"{CASE}/2", 2)
    assert store.version(CASE) == 2
    assert store.load(CASE)[1].event.text == "NOTICE 2"


def test_one_id_twice_in_a_batch_with_different_content_is_refused(store: EventStore) -> None:
    batch = entries(CASE, 1) + entries(CASE, 1, text="OTHER")
    with pytest.raises(IdempotencyConflict):
        store.append(CASE, batch)
    assert store.version(CASE) == 0


def test_an_id_already_used_in_another_case_is_refused(store: EventStore) -> None:
    store.append("case-a", [DocketEntry(id="shared", case="case-a", filed=date(2020, 1, 1))])
    with pytest.raises(IdempotencyConflict):
        store.append("case-b", [DocketEntry(id="shared", case="case-b", filed=date(2020, 1, 1))])
    assert store.version("case-b") == 0


def test_an_entry_of_another_case_is_refused(store: EventStore) -> None:
    with pytest.raises(UnstorableEvent, match="belongs to case"):
        store.append(CASE, entries(CASE, 1) + entries("other", 1))
    assert store.version(CASE) == 0


def test_each_entry_is_chained_to_the_one_before_it(store: EventStore) -> None:
    store.append(CASE, entries(CASE, 2))
    store.append(CASE, entries(CASE, 2, start=3))
    loaded = store.load(CASE)
    assert loaded[0].prev_hash == GENESIS
    for earlier, later in itertools.pairwise(loaded):
        assert later.prev_hash == earlier.hash
    for e in loaded:
        assert e.payload == dump_event(e.event)
        assert e.event_hash == hashlib.sha256(e.payload.encode()).hexdigest()
    assert len({e.hash for e in loaded}) == 4


def test_an_intact_store_verifies_and_names_each_case_head(store: EventStore) -> None:
    store.append("case-a", entries("case-a", 3))
    store.append("case-b", entries("case-b", 2))
    result = store.verify()
    assert result.ok and (result.cases, result.events) == (2, 5)
    assert [(h.case, h.version, h.hash) for h in result.heads] == [
        ("case-a", 3, store.load("case-a")[-1].hash),
        ("case-b", 2, store.load("case-b")[-1].hash),
    ]
    assert store.verify("case-b").events == 2


def test_corrections_and_strikes_are_stored_as_events_that_replay_honours(
    store: EventStore,
) -> None:
    motion, notice = entries(CASE, 2)
    fixed = motion.model_copy(update={"text": "NOTICE 1 (corrected)"})
    corrected = EntryCorrected(
        id=f"{CASE}/3",
        case=CASE,
        filed=date(2020, 2, 1),
        target=motion.id,
        corrected=fixed.model_dump(mode="json"),
        reason="wrong text",
    )
    stricken = EntryStricken(id=f"{CASE}/4", case=CASE, filed=date(2020, 2, 2), target=notice.id)
    history = [motion, notice, corrected, stricken]
    store.append(CASE, history)
    loaded = [e.event for e in store.load(CASE)]
    assert loaded == history
    assert [e.payload for e in store.load(CASE)] == [dump_event(e) for e in history]
    assert replay(loaded, as_of=date(2020, 3, 1)) == replay(history, as_of=date(2020, 3, 1))


def test_every_store_lists_cases_in_code_point_order(store: EventStore) -> None:
    names = ["z", "é-case", "B", "a", "Z", "ä", "10", "9"]
    for name in names:
        store.append(name, entries(name, 1))
    assert [c.case for c in store.cases()] == sorted(names)
    assert [h.case for h in store.verify().heads] == sorted(names)


def test_a_case_head_is_its_version_and_the_chain_hash_of_its_last_entry(
    store: EventStore,
) -> None:
    assert store.head(CASE) == (0, GENESIS)
    store.append(CASE, entries(CASE, 3))
    assert store.head(CASE) == (3, store.load(CASE)[-1].hash)


def test_a_snapshot_is_kept_per_case_and_given_back_only_for_its_source(
    store: EventStore,
) -> None:
    blob = bytes(range(256)) * 64  # binary, with NUL bytes
    store.save_snapshot(CASE, "v1", blob)
    store.save_snapshot("other", "v1", b"other")
    assert store.load_snapshot(CASE, "v1") == blob
    assert store.load_snapshot(CASE, "v2") is None
    assert store.load_snapshot("absent", "v1") is None
    store.save_snapshot(CASE, "v2", b"newer")  # replaces: a snapshot is derived data
    assert store.load_snapshot(CASE, "v1") is None
    assert store.load_snapshot(CASE, "v2") == b"newer"
    assert store.load_snapshot("other", "v1") == b"other"


def test_keeping_a_snapshot_touches_no_entry_and_leaves_the_chain_intact(
    store: EventStore,
) -> None:
    store.append(CASE, entries(CASE, 3))
    before = store.load(CASE)
    store.save_snapshot(CASE, "v1", b"snapshot")
    assert store.load(CASE) == before
    assert store.verify().ok
    assert [c.case for c in store.cases()] == [CASE]


def test_a_stored_case_answers_from_its_snapshot_as_a_replay_does(store: EventStore) -> None:
    from docket.audit.kept import posture_from_store
    from docket.history import load_history

    founding = [
        e.model_copy(update={"case": CASE})
        for e in load_history(Path(__file__).parents[2] / "events" / "lucero-v-clovis.jsonl")
    ]
    store.append(CASE, founding)
    days = [date(2019, 5, 1), date(2019, 12, 9), date(2019, 12, 10), date(2021, 1, 1)]
    hows = []
    for day in days:
        found, how = posture_from_store(store, CASE, day, use_index=True)
        assert found == replay(founding, as_of=day)
        hows.append(how)
    assert hows == ["built", "read", "read", "read"]
    # A new entry makes the snapshot stale: the answer follows the entry, then reads again.
    extra = entries(CASE, 1, start=50)
    store.append(CASE, extra)
    assert posture_from_store(store, CASE, days[-1], use_index=True) == (
        replay(founding + extra, as_of=days[-1]),
        "built",
    )
    assert posture_from_store(store, CASE, days[-1], use_index=True)[1] == "read"


def test_a_damaged_snapshot_in_the_store_is_rebuilt_not_believed(store: EventStore) -> None:
    from docket.audit.kept import posture_from_store

    batch = entries(CASE, 3)
    store.append(CASE, batch)
    version, head = store.head(CASE)
    store.save_snapshot(CASE, f"store:{version}:{head}", b"docket posture index 3\n garbage")
    found, how = posture_from_store(store, CASE, date(2020, 6, 1), use_index=True)
    assert (found, how) == (replay(batch, as_of=date(2020, 6, 1)), "built")


def test_events_of_a_loaded_case_are_its_entries_parsed_in_order(store: EventStore) -> None:
    from docket.store import events_of

    batch = entries(CASE, 5)
    store.append(CASE, batch)
    assert events_of(store.load(CASE)) == tuple(batch)
    assert events_of(store.load(CASE, after=2)) == tuple(batch[2:])


def test_a_store_that_refuses_the_snapshot_still_answers(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docket.audit.kept import posture_from_store
    from docket.store import StoreUnavailable

    def refuse(case: str, source: str, data: bytes) -> None:
        raise StoreUnavailable("permission denied for table snapshots")

    batch = entries(CASE, 3)
    store.append(CASE, batch)
    monkeypatch.setattr(store, "save_snapshot", refuse)
    found, how = posture_from_store(store, CASE, date(2020, 6, 1), use_index=True)
    assert (found, how) == (replay(batch, as_of=date(2020, 6, 1)), "not_writable")


def test_a_watch_mark_is_kept_per_case_and_destination_and_replaced_by_the_next(
    store: EventStore,
) -> None:
    assert store.load_mark(CASE, "stdout") is None
    store.append(CASE, entries(CASE, 2))
    version, head = store.head(CASE)
    store.save_mark(CASE, "stdout", version, head)
    store.save_mark(CASE, "webhook:abc", 1, "h1")
    store.save_mark(CASE, "webhook:abc", 2, "h2")
    assert store.load_mark(CASE, "stdout") == (version, head)
    assert store.load_mark(CASE, "webhook:abc") == (2, "h2")
    assert store.load_mark("other-1:20-cv-00001", "stdout") is None


def test_a_watch_mark_outlives_the_connection_that_saved_it(sql_backend: Backend) -> None:
    with sql_backend.open() as store:
        store.append(CASE, entries(CASE, 2))
        store.save_mark(CASE, "stdout", *store.head(CASE))
        head = store.head(CASE)
    with sql_backend.open() as store:
        assert store.load_mark(CASE, "stdout") == head
