"""``docket verify`` re-checks each case's stored posture snapshot against its events."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from docket.audit import index_file
from docket.audit.index import PostureIndex
from docket.audit.kept import posture_from_store, store_source
from docket.events import CaseClosed
from docket.store import events_of, open_store

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "tests" / "fixtures" / "lucero-v-clovis.jsonl"
CASE = "nmd-2:19-cv-00445"


def docket(*args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "docket", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        timeout=120,
    )


def test_verify_rebuilds_a_forged_snapshot_and_says_so(tmp_path: Path) -> None:
    db = str(tmp_path / "docket.db")
    assert docket("append", str(FOUNDING), "--store", db).returncode == 0
    with open_store(db, create=False) as store:
        version, head = store.head(CASE)
        events = events_of(store.load(CASE))
        closing = CaseClosed(id=f"{CASE}/c", case=CASE, filed=date(2020, 2, 1), doc=90)
        source = store_source(version, head)
        shape = index_file.Shape(CASE, version, None, None)
        forged = index_file.dump_index(PostureIndex([*events, closing]), source, shape)
        store.save_snapshot(CASE, source, forged)
    out = docket("verify", "--store", db)
    assert out.returncode == 0, out.stderr
    assert f"snapshot\t{CASE}\trebuilt" in out.stdout
    with open_store(db, create=False) as store:
        found, how = posture_from_store(store, CASE, date(2021, 1, 1), use_index=True)
    assert (found.case.status, how) == ("open", "read")
    again = docket("verify", "--store", db)
    assert "snapshot" not in again.stdout
