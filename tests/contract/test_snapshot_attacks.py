"""A stored posture snapshot is data, believed only at the case's head, and re-checked by
``docket verify``: whoever may write the snapshots table cannot run code or change answers."""

from __future__ import annotations

import hashlib
import os
import pickle
from datetime import date
from pathlib import Path

from store_backends import entries

from docket import replay
from docket.audit import index_file
from docket.audit.index import PostureIndex
from docket.audit.kept import check_snapshots, posture_from_store, store_source
from docket.events import CaseClosed
from docket.store import EventStore

CASE = "nmd-2:19-cv-00445"
DAY = date(2021, 1, 1)


class _RunsCode:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def _old_sealed_index(marker: Path) -> bytes:
    """A snapshot as the old writer laid one out, whose pickled header runs a command."""
    header = pickle.dumps(_RunsCode(marker), protocol=pickle.HIGHEST_PROTOCOL)
    magic = b"docket posture index 3\n"
    return magic + len(header).to_bytes(8, "big") + hashlib.sha256(header).digest() + header


def _current(store: EventStore) -> str:
    return store_source(*store.head(CASE))


def test_a_planted_pickle_snapshot_at_the_current_head_runs_nothing(
    store: EventStore, tmp_path: Path
) -> None:
    batch = entries(CASE, 5)
    store.append(CASE, batch)
    marker = tmp_path / "pwned"
    store.save_snapshot(CASE, _current(store), _old_sealed_index(marker))
    found, how = posture_from_store(store, CASE, DAY, use_index=True)
    assert (found, how) == (replay(batch, as_of=DAY), "built")
    assert not marker.exists()
    assert posture_from_store(store, CASE, DAY, use_index=True)[1] == "read"  # replaced


def _forged(store: EventStore, events: list, source: str) -> bytes:
    """A well-formed snapshot of ``events``, stamped as if built at ``source``."""
    version = store.version(CASE)
    shape = index_file.Shape(CASE, version, None, None)
    return index_file.dump_index(PostureIndex(events), source, shape)


def test_a_snapshot_built_at_an_earlier_head_is_not_believed_whatever_its_stamp(
    store: EventStore,
) -> None:
    early = entries(CASE, 3)
    store.append(CASE, early)
    early_source = _current(store)
    closing = CaseClosed(id=f"{CASE}/c", case=CASE, filed=date(2020, 2, 1), doc=90)
    stale = _forged(store, [*early, closing], early_source)
    more = entries(CASE, 2, start=4)
    store.append(CASE, more)
    store.save_snapshot(CASE, early_source, stale)  # kept under the head it was built at
    found, how = posture_from_store(store, CASE, DAY, use_index=True)
    assert (found, how) == (replay(early + more, as_of=DAY), "built")
    assert found.case.status == "open"


def test_verify_replaces_a_forged_snapshot_stamped_with_the_current_head(
    store: EventStore,
) -> None:
    batch = entries(CASE, 5)
    store.append(CASE, batch)
    closing = CaseClosed(id=f"{CASE}/c", case=CASE, filed=date(2020, 2, 1), doc=90)
    store.save_snapshot(CASE, _current(store), _forged(store, [*batch, closing], _current(store)))
    assert posture_from_store(store, CASE, DAY, use_index=True)[0].case.status == "closed"
    assert check_snapshots(store) == [
        (CASE, "rebuilt: the kept snapshot differed from its events' index")
    ]
    found, how = posture_from_store(store, CASE, DAY, use_index=True)
    assert (found, how) == (replay(batch, as_of=DAY), "read")
    assert check_snapshots(store) == []  # a sound snapshot is left alone


def test_verify_leaves_a_case_without_a_current_snapshot_alone(store: EventStore) -> None:
    store.append(CASE, entries(CASE, 3))
    assert check_snapshots(store) == []
    assert store.load_snapshot(CASE, _current(store)) is None
