"""Time ``docket agenda`` over many stored cases: the first run (which builds and keeps each
case's snapshot) and a repeated run (which reads them).

    python scripts/bench_agenda.py [--cases 10000]

Builds a temporary SQLite store holding N copies of the founding case (each its own case id),
then runs ``docket agenda --format csv`` twice through the entry point, and prints the
seconds each took and how many deadlines they listed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from docket.events import dump_event, parse_event_data  # noqa: E402
from docket.history import load_history  # noqa: E402
from docket.store import open_store  # noqa: E402


def build(path: str, cases: int) -> None:
    """A store of ``cases`` copies of the founding case, one batch per case."""
    import json

    lucero = load_history(ROOT / "events" / "lucero-v-clovis.jsonl")
    lines = [dump_event(e) for e in lucero]
    with open_store(path) as store:
        for n in range(cases):
            case = f"nmd-1:19-cv-{n:05d}"
            events = [
                parse_event_data(json.loads(line.replace("nmd-2:19-cv-00445", case)))
                for line in lines
            ]
            store.append(case, events)


def agenda(path: str) -> tuple[float, int]:
    """Seconds one ``docket agenda`` took, and the deadlines it listed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "docket",
            "agenda",
            "--store",
            path,
            "--from",
            "2019-10-01",
            "--to",
            "2019-12-31",
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    return time.perf_counter() - start, len(out.stdout.splitlines()) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "agenda.db")
        start = time.perf_counter()
        build(path, args.cases)
        print(f"built {args.cases} cases in {time.perf_counter() - start:.1f} s")
        for run in ("first (builds snapshots)", "repeated (reads snapshots)"):
            seconds, listed = agenda(path)
            print(f"agenda, {run}: {seconds:.1f} s, {listed} deadlines")


if __name__ == "__main__":
    main()
