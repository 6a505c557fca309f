"""``scripts/bench.py``, run through its entry point with ``--quick``, prints every figure of
the README's benchmark table (issue 19) with a number beside its floor or peer and their
ratio, and the load average at the start and the end. How fast anything is, is not judged
here (the machine is shared): benchmarks live in ``scripts/``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
NOWHERE = "postgresql://postgres@127.0.0.1:1/test?connect_timeout=2"

#: Every row of the full table, by words only that row's figure holds; True where the row
#: needs the PostgreSQL server.
ROWS = {
    "cold start (wall): `docket posture": False,
    "cold start (CPU): `docket posture": False,
    "cold start (CPU) vs a peer": False,
    "`replay(load_history(p))` vs `json.loads` per line + dict reducer": False,
    "streaming `replay_history(p)` vs `json.loads` per line + dict reducer": False,
    "reading alone": False,
    "store append, SQLite": False,
    "store append, PostgreSQL, ": True,  # twice: against executemany and against COPY
    "batch scaling from history files": False,
    "batch from history files on a Dask LocalCluster": False,
    "batch scaling from the PostgreSQL store": True,
    "batch from the PostgreSQL store on a Dask LocalCluster": True,
    "streaming replay of": False,
    "size vs the history file": False,
    "first `docket posture --as-of`": False,
}
NUMBER = re.compile(r"\d[\d,]*(\.\d+)? (ms|s|MB|/s)$|\d[\d,]*/s$")
RATIO = re.compile(r"^\d+\.\d\dx$")
LOAD = re.compile(r"load average at the (start|end) \d+\.\d\d \d+\.\d\d \d+\.\d\d")


def bench(*args: str, postgres: str = POSTGRES) -> str:
    """Standard output of ``python scripts/bench.py ARGS`` (which must succeed)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOCKET_TEST_POSTGRES": postgres}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    # Its standard error is progress, and whatever Dask logs (a worker slow to shut down
    # under load may log a traceback): not judged.
    assert done.returncode == 0, done.stderr
    return done.stdout


def table(out: str) -> list[list[str]]:
    """The table's rows, each as its six cells (header and rule left out)."""
    lines = [line for line in out.splitlines() if line.startswith("| ")]
    assert lines[0] == "| figure | docket | floor / peer | ratio | goal | met? |"
    rows = [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[1:]]
    assert all(len(row) == 6 for row in rows), rows
    return rows


def postgres_reachable() -> bool:
    import psycopg

    try:
        psycopg.connect(POSTGRES, connect_timeout=3).close()
    except psycopg.OperationalError:
        return False
    return True


def test_the_quick_run_prints_every_figure_with_a_number_beside_its_floor_and_the_load() -> None:
    out = bench("--quick")
    rows = table(out)
    skip_postgres = not postgres_reachable() and not os.environ.get("CI")
    for words, needs_postgres in ROWS.items():
        found = [row for row in rows if words in row[0]]
        assert len(found) == (2 if words == "store append, PostgreSQL, " else 1), (words, rows)
        for figure, value, floor, ratio, _goal, met in found:
            if needs_postgres and skip_postgres:
                assert value.startswith("skipped: PostgreSQL unreachable"), figure
                continue
            if words == "size vs the history file" and value == "none kept":
                assert ratio == "-"  # an index not kept at this size is a figure too
                continue
            assert NUMBER.search(value), (figure, value)
            assert NUMBER.search(floor), (figure, floor)
            assert RATIO.match(ratio), (figure, ratio)
            assert met in ("-", "not judged (--quick)"), (figure, met)
    assert len(rows) == len(ROWS) + 1
    assert [m.group(1) for m in LOAD.finditer(out)] == ["start", "end"]
    goals = {row[4] for row in rows}
    assert {"<= 2x", "<= 1.5x", ">= 1.7x", "<= 200 MB", "< 10 MB", "< 5 s"} <= goals


def test_one_figure_alone_and_an_unreachable_postgresql_server_said_so_in_its_rows() -> None:
    rows = table(bench("--quick", "--only", "store", postgres=NOWHERE))
    assert [row[0].split(",")[:2] for row in rows] == [
        ["store append", " SQLite"],
        ["store append", " PostgreSQL"],
        ["store append", " PostgreSQL"],
    ]
    assert NUMBER.search(rows[0][1]) and RATIO.match(rows[0][3])
    for row in rows[1:]:
        assert row[1].startswith("skipped: PostgreSQL unreachable at " + NOWHERE), row
        assert row[3] == "-"
