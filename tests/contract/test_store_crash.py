"""A writer killed (SIGKILL) in the middle of a large batch leaves only whole batches behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from store_backends import Backend

CASE = "nmd-2:19-cv-00445"
FIRST = 1_000
LARGE = 30_000

_WRITER = """
import sys
from datetime import date
from docket.events import DocketEntry
from docket.store import open_store

url, first, large = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
case = "nmd-2:19-cv-00445"
template = DocketEntry(id="x", case=case, filed=date(2020, 1, 1), text="MINUTE ENTRY " * 20)
def batch(start, count):
    return [template.model_copy(update={"id": f"{case}/{n}"}) for n in range(start, start + count)]
with open_store(url) as store:
    store.append(case, batch(0, first))
    print("committed", flush=True)
    store.append(case, batch(first, large))
    print("done", flush=True)
"""


def _spawn(url: str) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, url, str(FIRST), str(LARGE)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "committed"
    return child


def _kill_when(child: subprocess.Popen[str], mid_batch: Any) -> None:
    deadline = time.monotonic() + 120
    while not mid_batch():
        assert child.poll() is None, "the writer finished before it could be killed mid-batch"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


def _only_whole_batches(backend: Backend) -> None:
    with backend.open() as store:
        stored = store.load(CASE)
        assert [e.position for e in stored] == list(range(1, FIRST + 1))
        assert store.verify().ok
        assert store.append(CASE, [stored[0].event]).duplicates == 1  # usable again


def test_sqlite_writer_killed_mid_batch_leaves_only_whole_batches(tmp_path: Path) -> None:
    path = tmp_path / "docket.db"
    child = _spawn(str(path))
    wal = Path(f"{path}-wal")
    committed = wal.stat().st_size
    # Uncommitted pages spill into the write-ahead log while the large batch is written.
    _kill_when(child, lambda: wal.stat().st_size > committed + 4 * 1024 * 1024)
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    _only_whole_batches(Backend("sqlite", str(path), None))


def test_postgres_writer_killed_mid_batch_leaves_only_whole_batches(
    pg_backend: Backend, pg_schema: tuple[str, Any]
) -> None:
    schema, admin = pg_schema
    child = _spawn(pg_backend.url)

    def copying() -> bool:
        rows = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s"
            " AND state = 'active' AND query LIKE 'COPY%%'",
            (schema,),
        ).fetchone()
        return bool(rows[0])

    _kill_when(child, copying)
    _only_whole_batches(pg_backend)
