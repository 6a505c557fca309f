"""Many processes appending to one case at once: nothing lost, nothing doubled, losers told.

Each round, every writer reads the case's version, waits until all have read it, then
appends its own batch at that version. Exactly one may win the round; every other must
be told with :class:`ConcurrencyConflict` and must have written nothing.
"""

from __future__ import annotations

import multiprocessing
from datetime import date
from typing import Any

import pytest
from store_backends import Backend

from docket.events import DocketEntry
from docket.store import ConcurrencyConflict, open_store

CASE = "nmd-2:19-cv-00445"
WRITERS = 4
ROUNDS = 6
BATCH = 20


def _writer(url: str, writer: int, barrier: Any, results: Any) -> None:
    with open_store(url) as store:
        for round_ in range(ROUNDS):
            barrier.wait()
            seen = store.version(CASE)
            batch = [
                DocketEntry(
                    id=f"{CASE}/w{writer}/r{round_}/{n}",
                    case=CASE,
                    filed=date(2020, 1, 1),
                    text=f"writer {writer} round {round_} entry {n}",
                )
                for n in range(BATCH)
            ]
            barrier.wait()
            try:
                store.append(CASE, batch, expected_version=seen)
            except ConcurrencyConflict:
                results.put((round_, writer, "conflict"))
            except Exception as e:  # anything else is a failure the parent reports
                results.put((round_, writer, f"error: {e!r}"))
            else:
                results.put((round_, writer, "won"))


def test_concurrent_writers_to_one_case_lose_nothing_and_every_loser_is_told(
    sql_backend: Backend,
) -> None:
    with sql_backend.open():
        pass  # create the store before the race, so the writers race to append, not to migrate
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(WRITERS)
    results = context.Queue()
    writers = [
        context.Process(target=_writer, args=(sql_backend.url, w, barrier, results))
        for w in range(WRITERS)
    ]
    for p in writers:
        p.start()
    outcomes = [results.get(timeout=120) for _ in range(WRITERS * ROUNDS)]
    for p in writers:
        p.join(timeout=60)
        assert p.exitcode == 0

    assert not [o for o in outcomes if o[2].startswith("error")]
    winners = {r: w for r, w, outcome in outcomes if outcome == "won"}
    assert sorted(winners) == list(range(ROUNDS)), "exactly one winner each round"
    conflicts = [o for o in outcomes if o[2] == "conflict"]
    assert len(conflicts) == ROUNDS * (WRITERS - 1)

    with sql_backend.open() as store:
        stored = store.load(CASE)
        assert store.verify().ok
    expected = [f"{CASE}/w{winners[r]}/r{r}/{n}" for r in range(ROUNDS) for n in range(BATCH)]
    assert [e.event_id for e in stored] == expected
    assert [e.position for e in stored] == list(range(1, ROUNDS * BATCH + 1))


@pytest.mark.parametrize("writers", [3])
def test_writers_without_expected_versions_all_land_whole(
    sql_backend: Backend, writers: int
) -> None:
    with sql_backend.open():
        pass
    context = multiprocessing.get_context("fork")
    procs = [
        context.Process(target=_append_freely, args=(sql_backend.url, w)) for w in range(writers)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    with sql_backend.open() as store:
        stored = store.load(CASE)
        assert store.verify().ok
    assert len(stored) == writers * ROUNDS * BATCH
    assert len({e.event_id for e in stored}) == len(stored)
    for start in range(0, len(stored), BATCH):  # every batch contiguous: no interleaving
        assert len({e.event_id.rsplit("/", 1)[0] for e in stored[start : start + BATCH]}) == 1


def _append_freely(url: str, writer: int) -> None:
    with open_store(url) as store:
        for round_ in range(ROUNDS):
            store.append(
                CASE,
                [
                    DocketEntry(
                        id=f"{CASE}/w{writer}/r{round_}/{n}", case=CASE, filed=date(2020, 1, 1)
                    )
                    for n in range(BATCH)
                ],
            )
