"""Benchmark: ``docket batch`` on 1 and 2 processes, and on a local Dask cluster.

A corpus of synthetic dockets (``scripts/synthetic.py``: motions, briefs, rulings, stays;
each case its own seed) is written as history files and appended to a PostgreSQL store (a
schema of its own at ``$DOCKET_TEST_POSTGRES``, default
``postgresql://postgres@127.0.0.1:5432/test``, dropped afterwards; left out with a note when
unreachable). Then each source is replayed by ``python -m docket batch`` (the entry point, a
fresh process each run, its start-up included) with ``--jobs 1``, ``--jobs 2`` and
``--scheduler`` on a ``distributed.LocalCluster`` of 2 worker processes of 1 thread (started
once, before the runs: an existing cluster, as a user would have). Each run is repeated and
the best and the median wall time shown; the modes take turns round after round, so that a
burst of load from other work falls on all of them, and the load average is printed beside
each, because the machine is shared. Every run's rows are checked equal to the first's.
Nothing is asserted.

Usage: python scripts/bench_batch.py [--cases 300] [--entries 300] [--repeat 3] [--no-postgres]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from synthetic import synthetic_history  # noqa: E402

from docket.events import dump_event  # noqa: E402

POSTGRES = os.environ.get("DOCKET_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _corpus(folder: Path, cases: int, entries: int) -> tuple[list[Path], int]:
    paths = []
    total = 0
    for i in range(cases):
        history = synthetic_history(entries, seed=i, case=f"synthetic-{i:05d}")
        path = folder / f"case-{i:05d}.jsonl"
        path.write_text("".join(dump_event(e) + "\n" for e in history))
        paths.append(path)
        total += len(history)
    return paths, total


def _postgres(paths: list[Path]) -> tuple[str, object] | None:
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except Exception as e:
        print(f"PostgreSQL left out: {e}".splitlines()[0])
        return None
    from docket.history import load_history
    from docket.store import open_store

    schema = f"bench_batch_{uuid.uuid4().hex[:10]}"
    sep = "&" if "?" in POSTGRES else "?"
    url = f"{POSTGRES}{sep}schema={schema}"
    with open_store(url) as store:
        for path in paths:
            events = load_history(path)
            store.append(events[0].case, events)
    return url, (admin, schema)


def _run(args: list[str], out: Path) -> tuple[float, str, tuple[float, float], float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    load_before = os.getloadavg()[0]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "docket", "batch", *args, "--as-of", "2024-01-01", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"docket batch {' '.join(args)} failed:\n{done.stderr}")
    cpu = _children_cpu() - cpu_before
    return wall, out.read_text(), (load_before, os.getloadavg()[0]), cpu


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (the command and its pool's workers;
    not a Dask cluster's, which are not its children)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    opts = parser.parse_args()
    os.environ["PYTHONPATH"] = str(ROOT)  # the Dask workers import docket from here
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "histories"
        folder.mkdir()
        paths, total = _corpus(folder, opts.cases, opts.entries)
        print(
            f"corpus: {opts.cases} synthetic cases, {total:,} entries; cores: {os.cpu_count()};"
            f" {opts.repeat} rounds"
        )
        sources = [("history files", [str(folder)])]
        pg = None if opts.no_postgres else _postgres(paths)
        if pg is not None:
            sources.append(("PostgreSQL store", ["--store", pg[0]]))
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        try:
            modes = (
                ("--jobs 1", ["--jobs", "1"]),
                ("--jobs 2", ["--jobs", "2"]),
                ("Dask LocalCluster, 2 workers", ["--scheduler", cluster.scheduler_address]),
            )
            for name, source in sources:
                first: str | None = None
                walls: dict[str, list[float]] = {label: [] for label, _ in modes}
                loads: dict[str, list[float]] = {label: [] for label, _ in modes}
                cpus: dict[str, list[float]] = {label: [] for label, _ in modes}
                # The modes take turns, round after round, so that each meets the same load.
                for _ in range(opts.repeat):
                    for label, extra in modes:
                        wall, rows, load, cpu = _run(source + extra, Path(tmp) / "out.jsonl")
                        walls[label].append(wall)
                        cpus[label].append(cpu)
                        loads[label] += load
                        if first is None:
                            first = rows
                        elif rows != first:
                            raise SystemExit(f"{name} {label}: rows differ from --jobs 1")
                best = {label: min(w) for label, w in walls.items()}
                for label, _ in modes:
                    w, ld = walls[label], loads[label]
                    print(
                        f"{name:17} {label:30} best {best[label]:6.2f} s"
                        f" ({total / best[label]:7,.0f} entries/s),"
                        f" median {statistics.median(w):6.2f} s,"
                        f" CPU {statistics.median(cpus[label]):6.2f} s"
                        f"  (runs {', '.join(f'{x:.2f}' for x in w)};"
                        f" load average {min(ld):.1f}-{max(ld):.1f})"
                    )
                one = best["--jobs 1"]
                print(
                    f"{name:17} scaling 1 -> 2 processes: {one / best['--jobs 2']:.2f}x best,"
                    f" {statistics.median(walls['--jobs 1']) / statistics.median(walls['--jobs 2']):.2f}x median;"
                    f" Dask vs 1 process: {one / best['Dask LocalCluster, 2 workers']:.2f}x best;"
                    " rows identical in every run"
                )
            print("CPU: the command's and its pool's processes (not a Dask cluster's workers)")
        finally:
            cluster.close()
            if pg is not None:
                admin, schema = pg[1]  # type: ignore[misc]
                admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
                admin.close()


if __name__ == "__main__":
    main()
